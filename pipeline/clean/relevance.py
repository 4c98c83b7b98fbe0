"""How much an article is about government: a TF-IDF + logistic regression score.

The model is trained by `python -m pipeline.clean.train_relevance` and stored as plain
JSON (vocabulary, idf, coefficients: no pickle, nothing executable) in
`pipeline/data/relevance/model.json`; here it is scored with numpy alone.
`government_hits` (gazetteer titles, agencies and government words) gives the weak
labels the model is trained on.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from pipeline import gazetteers

if TYPE_CHECKING:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "relevance" / "model.json"

_GENERIC = ["pemerintah", "pemkot", "pemkab", "pemprov", "pemda", "dprd", "apbd", "apbn", "kementerian",
            "dinas", "satpol pp", "kecamatan", "kelurahan", "opd", "sekda", "asn", "pns", "pelayanan publik"]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    g = gazetteers.load()
    terms = {fold for fold in g.title_forms if len(fold) >= 4}
    terms |= {o.canonical.lower() for o in g.orgs}
    terms |= set(_GENERIC)
    alternatives = sorted((re.escape(t) for t in terms), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I)


# Titles too generic to name an Indonesian office without a region after them ("Perdana Menteri India",
# "Presiden Klub Borneo", "Direktur Utama PT ...", "Juru Bicara Facebook", "Wakil Presiden Apple").
_GENERIC_TITLE_STARTS = ("perdana", "presiden", "direktur", "dirut", "ketua", "anggota", "wakil ketua", "sekretaris jenderal",
                         "juru bicara", "wakil presiden", "kepala bagian")


_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_NAME_AFTER = re.compile(r"(?i:\s*\([A-Z][\w&-]*\))?,?\s+[A-Z][a-z]+\b")


@lru_cache(maxsize=1)
def _offices_and_regions() -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, list[str]]]:
    """Offices, offices specific enough alone, and (non-foreign) region names, by first word, longest first."""
    g = gazetteers.load()
    titles = {fold for fold in g.title_forms if len(fold) >= 4 and _WORD.match(fold)}
    specific = {t for t in titles if " " in t and not t.startswith(_GENERIC_TITLE_STARTS)}
    regions = {name for name, found in g.region_names.items()
               if len(name) >= 4 and _WORD.match(name) and any(r.type != "negara" for r in found)}

    def by_first(terms: set[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for t in sorted(terms, key=len, reverse=True):
            out.setdefault(_WORD.match(t).group(), []).append(t)
        return out

    return by_first(titles), by_first(specific), by_first(regions)


def _starts_with(text: str, pos: int, terms: list[str]) -> Iterator[int]:
    """Where each of `terms` (lowercase, longest first) written at `pos` ends."""
    for term in terms:
        if text[pos:pos + len(term)].lower() == term:
            yield pos + len(term)


def _official_at(text: str, pos: int, word: str) -> re.Match[str] | None:
    """The office and name starting at `pos` (whose first word is `word`): an office, a region and a name, else a
    specific office and a name; the name part as `_NAME_AFTER` matches it (None if there is none)."""
    titles, specific, regions = _offices_and_regions()
    for end in _starts_with(text, pos, titles.get(word, [])):
        space = _SPACE.match(text, end)
        region_word = _WORD.match(text, space.end()) if space else None
        if region_word:
            for region_end in _starts_with(text, space.end(), regions.get(region_word.group().lower(), [])):
                name = _NAME_AFTER.match(text, region_end)
                if name:
                    return name
    for end in _starts_with(text, pos, specific.get(word, [])):
        name = _NAME_AFTER.match(text, end)
        if name:
            return name
    return None


def _officials(text: str) -> Iterator[tuple[int, int]]:
    """Where each office-and-name of `text` is, left to right (an Indonesian office followed by a region, or one
    specific enough alone, then a capitalised name). Offices are tried only where one of their first words starts:
    one regular expression of all ~700 offices and ~500 regions took milliseconds an article."""
    titles, specific, _ = _offices_and_regions()
    pos = 0
    for word in _WORD.finditer(text):
        first = word.group().lower()
        if word.start() < pos or (first not in titles and first not in specific):
            continue
        name = _official_at(text, word.start(), first)
        if name:
            yield word.start(), name.end()
            pos = name.end()


def lead_official(text: str, chars: int = 400) -> str | None:
    """An Indonesian office and a name in the lead ("Wali Kota Bandung Muhammad Farhan"), or None.

    A story that opens with a regional or national official by name is about what they do, even
    when its words (floods, a trade fair abroad) read like other news to the relevance model.
    """
    found = next(_officials(text[:chars]), None)
    return text[found[0]:found[1]] if found else None


# The official speaks: a reporting verb right after the name, or "kata"/"ujar" right before the office.
_SPEAKS_AFTER = re.compile(r"[\w\s.,'()-]{0,60}?\b(?:mengatakan|menjelaskan|menyebut(?:kan)?|menegaskan|menyatakan|"
                           r"mengungkapkan|menuturkan|menambahkan|mengimbau|meminta)\b")
_SPEAKS_BEFORE = re.compile(r"\b(?:kata|ujar|tutur|ungkap|jelas|tegas)\s+$", re.I)


def speaking_official(text: str) -> str | None:
    """An Indonesian office and a name, speaking, anywhere in the text ("Kepala Dinas Perhubungan Jabar Hery
    Antasari mengatakan"), or None: news in which a named office holder speaks is about government even
    when the story is an airline's."""
    for start, end in _officials(text):
        if _SPEAKS_AFTER.match(text, end) or _SPEAKS_BEFORE.search(text, max(0, start - 12), start):
            return text[start:end]
    return None


def government_hits(text: str) -> int:
    """Occurrences of official titles, agency names and government vocabulary."""
    return sum(1 for _ in _pattern().finditer(text))


def vectorizer_options(max_features: int | None = None) -> dict[str, Any]:
    """TfidfVectorizer settings shared by training and scoring (they must match)."""
    return {"lowercase": True, "ngram_range": (1, 2), "min_df": 5, "max_df": 0.5, "sublinear_tf": True,
            "token_pattern": r"(?u)\b[^\W\d_]{2,}\b", "max_features": max_features, "dtype": np.float64}


def model_to_json(vectorizer: TfidfVectorizer, classifier: LogisticRegression, info: dict[str, Any]) -> dict[str, Any]:
    """Plain arrays of a fitted vectorizer and classifier, with how they were trained."""
    terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
    return {"format": "jejak-relevance-1", "terms": terms, "idf": [round(float(v), 5) for v in vectorizer.idf_],
            "coef": [round(float(v), 5) for v in classifier.coef_[0]], "intercept": float(classifier.intercept_[0]),
            "info": info}


class RelevanceModel:
    """The TF-IDF vectorizer and logistic regression of the JSON arrays, scored without scikit-learn.

    It computes what `TfidfVectorizer(**vectorizer_options()).transform` and
    `LogisticRegression.predict_proba` compute (sublinear tf, idf, l2 norm, sigmoid) with a dict
    and numpy: scikit-learn (with SciPy) took a second to import in every cleaning process, and its
    sparse matrices took longer than the scoring itself on 100 texts at a time.
    """

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("format") != "jejak-relevance-1":
            raise ValueError(f"unknown relevance model format: {data.get('format')!r}")
        self.index = {t: i for i, t in enumerate(data["terms"])}
        self.bigram_starts = {t.split(" ", 1)[0] for t in data["terms"] if " " in t}
        self.idf = np.asarray(data["idf"], dtype=np.float64)
        self.coef = np.asarray(data["coef"], dtype=np.float64)
        self.intercept = float(data["intercept"])
        self.token = re.compile(vectorizer_options()["token_pattern"])
        self.info = data.get("info", {})

    def _decision(self, text: str) -> float:
        tokens = self.token.findall(text.lower())
        counts = Counter(tokens)  # bigrams only where one can start: most tokens start none
        counts.update(f"{a} {b}" for a, b in zip(tokens, tokens[1:]) if a in self.bigram_starts)
        found = [(i, n) for i, n in ((self.index.get(term), n) for term, n in counts.items()) if i is not None]
        if not found:
            return self.intercept
        idx = np.fromiter((i for i, _ in found), dtype=np.intp, count=len(found))
        tf = np.fromiter((n for _, n in found), dtype=np.float64, count=len(found))
        tfidf = (np.log(tf) + 1) * self.idf[idx]
        return float(tfidf @ self.coef[idx]) / float(np.sqrt(tfidf @ tfidf)) + self.intercept

    def scores(self, texts: Sequence[str]) -> list[float]:
        """Probability that each text is about government (0..1, 4 decimals)."""
        return [round(1 / (1 + math.exp(-self._decision(t))), 4) for t in texts]


@lru_cache(maxsize=2)
def load_model(path: str | Path = MODEL_PATH) -> RelevanceModel:
    """The stored relevance model (read once per process)."""
    with Path(path).open(encoding="utf-8") as f:
        return RelevanceModel(json.load(f))


def relevance_scores(texts: Sequence[str], path: str | Path = MODEL_PATH) -> list[float]:
    """Government-content score of each text with the stored model."""
    return load_model(path).scores(texts)
