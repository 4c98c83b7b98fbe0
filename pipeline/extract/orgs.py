"""Agencies (OPD), national bodies and vertical institutions named in the article.

Gazetteer spans give most mentions; full names written differently ("Dinas
Kependudukan dan Catatan Sipil") are matched fuzzily to the canonical name with
rapidfuzz, and bracketed definitions ("Dinas Kesehatan (Dinkes)") join a name and its
acronym into one mention.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process

from pipeline import gazetteers
from pipeline.extract.base import Article, record
from pipeline.gazetteers import fold

ORG_HEAD = r"(?:Dinas|Badan|Kantor|Sekretariat|Inspektorat|Satuan|Rumah Sakit|Kementerian|Komisi|Kejaksaan|Kepolisian|Pengadilan|Balai|Biro|Bagian|Perusahaan Umum Daerah|Perumda)"
_FULL_NAME = re.compile(ORG_HEAD + r"(?:\s+(?:[A-Z][\w-]*|dan|serta))+")
_DEFINITION = re.compile(r"\s*\((?P<abbr>[A-Z][A-Za-z0-9-]{1,14})\)")
# Heads' titles that name the institution they lead ("berkunjung ke Dandim" = to the Kodim).
HEAD_TO_ORG = {"Dandim": "Komando Distrik Militer", "Kapolres": "Kepolisian Resor", "Kapolresta": "Kepolisian Resor",
               "Kajari": "Kejaksaan Negeri", "Danrem": "Komando Resor Militer", "Kapolda": "Kepolisian Daerah",
               "Kapolsek": "Kepolisian Sektor", "Kajati": "Kejaksaan Tinggi"}
REGION_SUFFIX = re.compile(r"^\s+(?P<region>(?:Kota|Kabupaten|Kab\.|Provinsi)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


@lru_cache(maxsize=1)
def _choices() -> dict[str, str]:
    g = gazetteers.load()
    return {fold(name): org.canonical for org in g.orgs for name in (org.canonical, *org.variants)}


def canonical(name: str, threshold: float = 90) -> str | None:
    """Canonical agency name for a written name: exact, acronym, then fuzzy match."""
    g = gazetteers.load()
    org = g.org_names.get(fold(name))
    if org:
        return org.canonical
    acronyms = g.org_abbrevs.get(name.strip())
    if acronyms:
        return acronyms[0].canonical
    if name in HEAD_TO_ORG:
        return HEAD_TO_ORG[name]
    if len(name.split()) < 2:
        return None
    best = process.extractOne(fold(name), _choices(), scorer=fuzz.ratio, score_cutoff=threshold)
    return best[0] if best else None


def extract(article: Article, fuzzy_threshold: float = 90) -> list[dict[str, Any]]:
    """Agency mentions (not a dataset table): canonical name, as written, region, offsets."""
    text = article.text
    mentions: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, canon: str | None, extractor: str, confidence: float) -> None:
        if canon is None or any(s < end and start < e for s, e in taken):
            return
        written_end = end
        definition = _DEFINITION.match(text, end)
        if definition:
            written_end = definition.end()
        suffix = REGION_SUFFIX.match(text, written_end)
        region = gazetteers.region_for(suffix.group("region")) if suffix else None
        taken.append((start, written_end))
        mentions.append(record(article, start, written_end, extractor, confidence, org=canon,
                               org_text=text[start:written_end], region=region.canonical if region else None))

    for m in _FULL_NAME.finditer(text):
        name = m.group().rstrip(", ")
        add(m.start(), m.start() + len(name), canonical(name, fuzzy_threshold), "orgs.fuzzy", 0.8)
    for span in article.gazetteer("OPD"):
        add(span.start_char, span.end_char, span.id_ or span.text, "orgs.gazetteer", 0.9)
    for span in article.gazetteer("TITLE"):
        if span.text in HEAD_TO_ORG:
            add(span.start_char, span.end_char, HEAD_TO_ORG[span.text], "orgs.head_title", 0.7)
    return sorted(mentions, key=lambda m: m["char_start"])
