"""What every extractor shares: the annotated article and provenance for its records."""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
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
    _gazetteer: dict[str | None, list[Span]] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The clean text (`doc_text`)."""
        return doc_text(self.doc)

    def gazetteer(self, label: str | None = None) -> list[Span]:
        """Longest non-overlapping gazetteer spans, optionally of one label (worked out once per label)."""
        if label not in self._gazetteer:
            spans = list(self.doc.spans.get(GAZETTEER_KEY, []))
            if label:
                spans = [s for s in spans if s.label_ == label]
            self._gazetteer[label] = filter_spans(spans)
        return list(self._gazetteer[label])

    def span_text(self, span: Span) -> str:
        """`span.text`, cut from the article's text: spaCy builds it from a Python object per token."""
        return self.text[span.start_char:span.end_char]

    def sentence_at(self, char: int) -> Span | None:
        tok = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return tok.sent if tok is not None else None


_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc: spaCy rebuilds it from every token on each access."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


@lru_cache(maxsize=8192)
def pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile` for patterns built from names: `re` caches 512 patterns, and a batch of
    articles has more names than that, so each article compiled its names' patterns again."""
    return re.compile(source, flags)


def is_word_char(ch: str) -> bool:
    """What `re` counts as a word character (`\\w`)."""
    return ch.isalnum() or ch == "_"


def word_starts(text: str, phrase: str) -> Iterator[int]:
    """Where `phrase` occurs as `re` finds `\\b<phrase>\\b` (word boundaries on both sides, no overlaps).

    A string search: a regex per name cost more to compile than to run, and a leading `\\b` keeps
    `re` from skipping ahead to the phrase's first letter, so each search walked the whole text."""
    if not phrase:
        return
    first, last = is_word_char(phrase[0]), is_word_char(phrase[-1])
    i = text.find(phrase)
    while i >= 0:
        j = i + len(phrase)
        if (i > 0 and is_word_char(text[i - 1])) != first and (j < len(text) and is_word_char(text[j])) != last:
            yield i
            i = text.find(phrase, j)
        else:
            i = text.find(phrase, i + 1)


def record(article: Article, start: int, end: int, extractor: str, confidence: float, **fields: Any) -> dict[str, Any]:
    """A record with provenance: article, sentence and character offsets into the clean text."""
    sent = article.sentence_at(start)
    sentence = article.span_text(sent).strip() if sent is not None else article.text[start:end]
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
