"""Agencies (OPD), national bodies and vertical institutions named in the article.

Gazetteer spans give most mentions; full names written differently ("Dinas
Kependudukan dan Catatan Sipil") are matched to the canonical name with rapidfuzz, and a
full name the gazetteer lacks is still an agency when it opens with an agency head word
("Dinas Perumahan Rakyat dan Kawasan Permukiman"). A bracketed acronym ("Dinas Kesehatan
(Dinkes)") and a region suffix ("Disdukcapil Kota Bogor") join the mention. `category`
tells regional agencies (dinas, badan, ...) from national bodies (Kemendagri, Ditjen
Dukcapil) and vertical institutions (Kodim, Polresta, Kejaksaan).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process

from pipeline import gazetteers
from pipeline.config import JejakError, load_params
from pipeline.extract.base import Article, record
from pipeline.gazetteers import fold

ORG_HEAD = (r"(?:Dinas|Badan|Kantor|Sekretariat|Inspektorat|Satuan|Rumah Sakit|Kementerian|Komisi|Kejaksaan|"
            r"Kepolisian|Pengadilan|Balai|Biro|Bagian|Direktorat Jenderal|Direktorat|Perusahaan Umum Daerah|Perumda)")
# Head word, then capitalised words and "dan"/"serta" inside the name, but not a "dan" that starts the next agency.
_FULL_NAME = re.compile(r"\b" + ORG_HEAD + r"(?:\s+(?:(?!" + ORG_HEAD + r"\b)[A-Z][\w-]*|(?:dan|serta)(?!\s+" + ORG_HEAD
                        + r"\b))|,\s+(?=[A-Z][\w-]*\s+dan\b))+")
_DEFINITION = re.compile(r"\s*\((?P<abbr>[A-Z][A-Za-z0-9/-]{1,19})\)")
# Heads' titles that name the institution they lead ("berkunjung ke Dandim" = to the Kodim).
HEAD_TO_ORG = {"Dandim": "Komando Distrik Militer", "Kapolres": "Kepolisian Resor", "Kapolresta": "Kepolisian Resor",
               "Kajari": "Kejaksaan Negeri", "Danrem": "Komando Resor Militer", "Kapolda": "Kepolisian Daerah",
               "Kapolsek": "Kepolisian Sektor", "Kajati": "Kejaksaan Tinggi"}
REGION_SUFFIX = re.compile(r"\s+(?P<region>(?:(?:Kota|Kabupaten|Kab\.?|Provinsi|Prov\.?)\s+)?"
                           r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")
PLACES = {"kecamatan", "kelurahan", "desa"}  # "Kecamatan Bogor Utara" names a kecamatan, not Kabupaten Bogor
CITY_UNITS = re.compile(r"(?:ta|tabes)$|\bKota\b")  # Polresta, Polrestabes, "... Kota": the city


@lru_cache(maxsize=1)
def _choices() -> tuple[list[str], list[str]]:
    """Folded names and variants with their canonical names, for fuzzy matching."""
    g = gazetteers.load()
    pairs = {fold(name): org.canonical for org in g.orgs for name in (org.canonical, *org.variants)}
    return list(pairs), list(pairs.values())


@lru_cache(maxsize=1)
def _categories() -> dict[str, str]:
    return {org.canonical: org.category for org in reversed(gazetteers.load().orgs)}


def canonical(name: str, threshold: float = 90.0) -> str | None:
    """Canonical agency name for a written name: exact, acronym, then fuzzy match (rapidfuzz ratio)."""
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
    keys, canon = _choices()
    best = process.extractOne(fold(name), keys, scorer=fuzz.ratio, score_cutoff=threshold)
    return canon[best[2]] if best else None


def category(org: str, written: str = "") -> str:
    """opd-style category from the gazetteer, or from the head word of an unknown name."""
    known = _categories().get(org)
    if known:
        return known
    head = (written or org).split()[0].lower()
    if head in {"kementerian", "direktorat"}:
        return "national"
    if head in {"kejaksaan", "kepolisian", "pengadilan", "komando"}:
        return "vertical"
    return head if head in {"dinas", "badan", "sekretariat", "inspektorat", "biro", "bagian"} else "other"


def _region_after(text: str, pos: int, written: str) -> gazetteers.Region | None:
    """Region written right after the agency: `Disdukcapil Kota Bogor`, `Dinkes Kab. Bogor`, `DLH DKI Jakarta`."""
    m = REGION_SUFFIX.match(text, pos)
    if not m:
        return None
    words = m.group("region").split()
    prefer = "kota" if CITY_UNITS.search(written) else "kabupaten"
    for n in range(len(words), 0, -1):
        region = gazetteers.region_for(" ".join(words[:n]), prefer=prefer)
        if region is not None and region.type != "negara":
            return region
    return None


def _without_region(name: str) -> str:
    """`Dinas Kesehatan Kota Bogor` -> `Dinas Kesehatan`: the region is the mention's suffix, not its name."""
    words = name.split()
    names = gazetteers.load().region_names
    for k in range(1, len(words)):
        w = words[k].rstrip(".")
        if w in {"Kota", "Kabupaten", "Kab", "Provinsi", "Prov"} or fold(w) in names \
                or (k + 1 < len(words) and fold(f"{w} {words[k + 1]}") in names):
            return " ".join(words[:k]).rstrip(", ")
    return name


@lru_cache(maxsize=1)
def _threshold() -> float:
    """`extract.fuzzy_org_threshold` of params.yaml (90 when the file does not set it)."""
    try:
        return float(load_params().get("extract", {}).get("fuzzy_org_threshold", 90))
    except JejakError:
        return 90.0


def extract(article: Article, fuzzy_threshold: float | None = None) -> list[dict[str, Any]]:
    """Agency mentions (not a dataset table): canonical name, as written, category, region, offsets."""
    fuzzy_threshold = _threshold() if fuzzy_threshold is None else fuzzy_threshold
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
        kind = category(canon, text[start:end])
        region = None if kind in PLACES else _region_after(text, written_end, text[start:end])
        taken.append((start, written_end))
        mentions.append(record(article, start, written_end, extractor, confidence, org=canon,
                               org_text=text[start:written_end], category=kind,
                               region=region.canonical if region else None))

    for m in _FULL_NAME.finditer(text):
        name = _without_region(m.group().rstrip(", "))
        canon = canonical(name, fuzzy_threshold)
        if canon is None and len(name.split()) >= 2 and name.split()[-1] not in {"dan", "serta"} \
                and not any(w in gazetteers.load().org_abbrevs for w in name.split()):  # "Kantor DPMPTSP": the acronym
            add(m.start(), m.start() + len(name), name, "orgs.head_word", 0.6)
        else:
            add(m.start(), m.start() + len(name), canon, "orgs.fuzzy", 0.8)
    for span in article.gazetteer("OPD"):
        add(span.start_char, span.end_char, span.id_ or span.text, "orgs.gazetteer", 0.9)
    for span in article.gazetteer("TITLE"):
        if span.text in HEAD_TO_ORG:
            add(span.start_char, span.end_char, HEAD_TO_ORG[span.text], "orgs.head_title", 0.7)
    return sorted(mentions, key=lambda m: m["char_start"])
