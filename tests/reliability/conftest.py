"""The annotation pipeline, loaded once for the reliability tests that build Docs."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.nlp.model import load_pipeline


@pytest.fixture(scope="session")
def nlp_pipeline(params: dict) -> Language:
    return load_pipeline(params["nlp"])
