"""The spaCy pipeline loaded once for every extractor test that needs annotated articles."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from spacy.language import Language

from pipeline.extract.__main__ import extract_article
from pipeline.extract.base import Article
from pipeline.nlp.model import load_pipeline


@pytest.fixture(scope="session")
def nlp(params: dict) -> Language:
    return load_pipeline(params["nlp"])


@pytest.fixture(scope="session")
def extracted(nlp: Language) -> Callable[[str, date, str], list[dict[str, Any]]]:
    """Records of one table for a text, after every extractor of the stage has run."""
    def run(text: str, published: date, table: str) -> list[dict[str, Any]]:
        return extract_article(Article(nlp(text), "test", published))[table]
    return run
