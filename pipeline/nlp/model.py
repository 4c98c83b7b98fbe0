"""Load the NLP pipeline the stage runs: the shipped model, or stanza on request."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from pipeline.config import JejakError
from pipeline.nlp import components, official_names  # also registers the components and the tokenizer


def load_pipeline(params: dict[str, Any]) -> Language:
    """The configured pipeline with sentence splitting, the gazetteer ruler and the officials' name rules added."""
    backend = params.get("backend", "spacy")
    model = Path(params.get("model") or "")
    # The shipped tokenizer is replaced by Jejak's (the same rules plus a few splits), built once
    trained = (spacy.load(model, exclude=["tokenizer"], config=components.TOKENIZER_CONFIG)
               if model and (model / "config.cfg").exists() else None)
    if backend == "stanza":
        from pipeline.nlp.stanza_backend import load_stanza

        nlp = load_stanza(params)
        if trained is not None:  # the shipped NER runs on stanza's tokens
            for name in trained.pipe_names:
                nlp.add_pipe(name, source=trained)
    elif backend == "spacy":
        nlp = trained or spacy.blank("id", config=components.TOKENIZER_CONFIG)
        if not nlp.has_pipe("senter") and not nlp.has_pipe("parser"):
            nlp.add_pipe("sentencizer")
    else:
        raise JejakError(f"unknown nlp backend {backend!r} (use spacy or stanza)")
    nlp.add_pipe("jejak_paragraphs", last=True)
    if params.get("entity_ruler", True):
        components.add_gazetteer_ruler(nlp)
        if params.get("official_names", True):  # names next to the ruler's titles (pipeline/nlp/official_names.py)
            nlp.add_pipe(official_names.FACTORY, last=True)
    return nlp
