"""How much an article is about government: offices, agencies and regions it names."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from pipeline import gazetteers

_GENERIC = ["pemerintah", "pemkot", "pemkab", "pemprov", "pemda", "dprd", "apbd", "apbn", "kementerian",
            "dinas", "badan", "satpol pp", "kecamatan", "kelurahan", "desa", "polres", "polda", "kodim",
            "kejaksaan", "asn", "pns", "kebijakan", "anggaran", "pelayanan publik", "program"]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    g = gazetteers.load()
    terms = {fold for fold in g.title_forms if len(fold) >= 4}
    terms |= {o.canonical.lower() for o in g.orgs}
    terms |= set(_GENERIC)
    alternatives = sorted((re.escape(t) for t in terms), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I)


def government_hits(text: str) -> int:
    """Occurrences of official titles, agency names and government vocabulary."""
    return sum(1 for _ in _pattern().finditer(text))


def relevance_score(text: str) -> float:
    """0..1, saturating with the density of government terms per 100 words."""
    words = max(len(text.split()), 1)
    hits = government_hits(text)
    return round(1 - math.exp(-(hits / 3) * min(1.0, 150 / words) ** 0.5), 4)
