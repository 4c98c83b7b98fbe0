"""What every extractor shares: the annotated article and provenance for its records."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.nlp.components import GAZETTEER_KEY


@dataclass
class Article:
    """A clean article as the extractors see it: the Doc, its metadata and earlier results."""

    doc: Doc
    article_id: str
    published_date: date | None = None
    title: str | None = None
    results: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @cached_property
    def text(self) -> str:
        """The clean text, joined once: spaCy rebuilds `Doc.text` from every token on each access."""
        return self.doc.text

    def gazetteer(self, label: str | None = None) -> list[Span]:
        """Longest non-overlapping gazetteer spans, optionally of one label."""
        spans = list(self.doc.spans.get(GAZETTEER_KEY, []))
        if label:
            spans = [s for s in spans if s.label_ == label]
        return filter_spans(spans)

    def sentence_at(self, char: int) -> Span | None:
        tok = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return tok.sent if tok is not None else None


@lru_cache(maxsize=8192)
def pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile` for patterns built from names: `re` caches 512 patterns, and a batch of
    articles has more names than that, so each article compiled its names' patterns again."""
    return re.compile(source, flags)


def record(article: Article, start: int, end: int, extractor: str, confidence: float, **fields: Any) -> dict[str, Any]:
    """A record with provenance: article, sentence and character offsets into the clean text."""
    sent = article.sentence_at(start)
    sentence = sent.text.strip() if sent is not None else article.text[start:end]
    return {"article_id": article.article_id, **fields, "sentence": sentence, "char_start": start, "char_end": end,
            "extractor": extractor, "confidence": round(confidence, 3)}


# Lines that promote other content ("Tonton juga video "..."", "Baca juga: ...") hold no records.
PROMO = re.compile(r"^\s*(?:Tonton|Simak|Baca|Lihat|Saksikan)\s+(?:juga|pula)\b|^\s*ADVERTISEMENT", re.I | re.M)


def in_promo_line(text: str, pos: int) -> bool:
    """Whether `pos` lies on a promotional line."""
    return bool(PROMO.match(text, text.rfind("\n", 0, pos) + 1))


QUOTE_CHARS = '"'
CUE_VERBS = {
    "ujar": "ujar", "kata": "kata", "ungkap": "ungkap", "jelas": "jelas", "tutur": "tutur", "tegas": "tegas",
    "imbuh": "imbuh", "tambah": "tambah", "papar": "papar", "ucap": "ucap", "tandas": "tandas", "tutup": "tutup",
    "lanjut": "lanjut", "sebut": "sebut", "terang": "terang", "pungkas": "pungkas", "timpal": "timpal",
    "katakan": "kata", "mengatakan": "kata", "menjelaskan": "jelas", "mengungkapkan": "ungkap",
    "menuturkan": "tutur", "menegaskan": "tegas", "menambahkan": "tambah", "memaparkan": "papar",
    "mengucapkan": "ucap", "menyebutkan": "sebut", "menyebut": "sebut", "menerangkan": "terang",
    "menyampaikan": "sampai", "menandaskan": "tandas", "mengimbuhkan": "imbuh", "melanjutkan": "lanjut",
    "bilang": "bilang", "tanya": "tanya", "menurut": "menurut", "sambung": "sambung", "beber": "beber",
    "urai": "urai", "jawab": "jawab", "memungkasi": "pungkas", "tukas": "tukas", "kilah": "kilah", "seru": "seru",
    "menyatakan": "nyata", "mengungkap": "ungkap", "klaim": "klaim", "harap": "harap", "tulis": "tulis",
}
_CUE_NYA = re.compile(r"^(" + "|".join(sorted(CUE_VERBS, key=len, reverse=True)) + r")(nya)?$", re.I)


def cue_of(word: str) -> tuple[str, bool] | None:
    """The attribution cue of a word (`ujarnya` -> (`ujar`, True)), or None."""
    m = _CUE_NYA.match(word)
    if not m:
        return None
    return CUE_VERBS[m.group(1).lower()], bool(m.group(2))
