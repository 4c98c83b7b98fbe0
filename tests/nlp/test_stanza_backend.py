"""The optional stanza backend: clear errors without its models, faithful Docs with them."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import spacy

from pipeline.config import JejakError
from pipeline.nlp.model import load_pipeline
from pipeline.nlp.stanza_backend import StanzaTokenizer

TEXT = "Wali Kota Bogor meninjau Dinkes. Ia berkunjung."


@dataclass
class Word:
    text: str
    upos: str
    lemma: str
    head: int
    deprel: str


@dataclass
class Token:
    start_char: int
    end_char: int
    words: list[Word] = field(default_factory=list)


@dataclass
class Sentence:
    tokens: list[Token]


@dataclass
class Document:
    sentences: list[Sentence]


def _annotated(text: str) -> Document:
    """The shape stanza returns for TEXT: two sentences, heads 1-based within the sentence."""
    spans = [(0, 4, "PROPN", 4, "nsubj"), (5, 9, "PROPN", 1, "flat"), (10, 15, "PROPN", 1, "flat"),
             (16, 24, "VERB", 0, "root"), (25, 31, "PROPN", 4, "obj"), (31, 32, "PUNCT", 4, "punct")]
    second = [(33, 35, "PRON", 2, "nsubj"), (36, 46, "VERB", 0, "root"), (46, 47, "PUNCT", 2, "punct")]

    def sent(rows: list) -> Sentence:
        return Sentence([Token(s, e, [Word(text[s:e], p, text[s:e].lower(), h, d)]) for s, e, p, h, d in rows])

    return Document([sent(spans), sent(second)])


def test_stanza_annotation_becomes_a_spacy_doc() -> None:
    nlp = spacy.blank("id")
    doc = StanzaTokenizer(_annotated, nlp.vocab)(TEXT)
    assert doc.text == TEXT
    assert [s.text for s in doc.sents] == ["Wali Kota Bogor meninjau Dinkes.", "Ia berkunjung."]
    assert doc[3].dep_ == "ROOT" and doc[0].head.text == "meninjau" and doc[4].pos_ == "PROPN"
    assert doc[7].head.text == "berkunjung"


def test_missing_stanza_or_models_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(JejakError, match="stanza"):
        load_pipeline({"backend": "stanza", "stanza_dir": str(tmp_path), "model": ""})


def _stanza_models() -> Path | None:
    if importlib.util.find_spec("stanza") is None:
        return None
    from stanza.resources.common import DEFAULT_MODEL_DIR

    path = Path(DEFAULT_MODEL_DIR)
    return path if (path / "id").is_dir() else None


@pytest.mark.skipif(_stanza_models() is None, reason="stanza and its Indonesian models are not installed")
def test_real_stanza_pipeline() -> None:
    nlp = load_pipeline({"backend": "stanza", "model": "models/ner-id"})
    doc = nlp("Penjabat Wali Kota Bogor, Hery Antasari, meninjau Dinas Kesehatan. Ia berkunjung ke Disdukcapil.")
    assert len(list(doc.sents)) == 2 and any(t.dep_ == "ROOT" for t in doc)
