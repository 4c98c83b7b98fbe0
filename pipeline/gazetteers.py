"""Gazetteers of regions, agencies (OPD), official titles, indicators and honorifics.

Loaded once per process from `pipeline/data/gazetteers/` (started from the project's
shared gazetteers, extended in `extra_*.csv` where real articles showed gaps).
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

GAZETTEER_DIR = Path(__file__).parent / "data" / "gazetteers"


def fold(text: str) -> str:
    """Lowercase, drop dots and fold whitespace: the key used for every lookup."""
    return re.sub(r"\s+", " ", re.sub(r"[.,]", " ", text.lower())).strip()


def _split(cell: str | None) -> list[str]:
    return [v.strip() for v in (cell or "").split("|") if v.strip()]


def _rows(name: str) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in (GAZETTEER_DIR / f"{name}.csv", GAZETTEER_DIR / f"extra_{name}.csv"):
        if path.exists():
            with path.open(encoding="utf-8", newline="") as f:
                rows += list(csv.DictReader(f))
    return rows


@dataclass(frozen=True)
class Region:
    code: str
    canonical: str
    type: str  # provinsi | kabupaten | kota | negara
    bare: str
    province: str


@dataclass(frozen=True)
class Org:
    canonical: str
    category: str
    abbreviations: tuple[str, ...]
    variants: tuple[str, ...]


@dataclass(frozen=True)
class Title:
    title: str
    normalized: str
    kind: str
    level: str


@dataclass(frozen=True)
class Indicator:
    canonical: str
    aliases: tuple[str, ...]
    unit: str


@dataclass
class Gazetteers:
    regions: dict[str, Region] = field(default_factory=dict)          # code -> region
    region_names: dict[str, list[Region]] = field(default_factory=dict)  # folded name -> regions
    orgs: list[Org] = field(default_factory=list)
    org_names: dict[str, Org] = field(default_factory=dict)           # folded full name/variant -> org
    org_abbrevs: dict[str, list[Org]] = field(default_factory=dict)   # exact acronym -> orgs
    titles: list[Title] = field(default_factory=list)
    title_forms: dict[str, Title] = field(default_factory=dict)       # folded form -> title
    indicators: list[Indicator] = field(default_factory=list)
    honorifics: frozenset[str] = frozenset()
    version: str = ""


INDONESIA = Region(code="", canonical="Indonesia", type="negara", bare="Indonesia", province="")


@lru_cache(maxsize=1)
def load() -> Gazetteers:
    """Read every gazetteer file once."""
    g = Gazetteers()
    digest = hashlib.sha1()
    for path in sorted(GAZETTEER_DIR.glob("*.csv")):
        digest.update(path.read_bytes())
    g.version = digest.hexdigest()[:12]

    for r in _rows("regions"):
        region = Region(r["code"], r["canonical_name"], r["type"], r["bare_name"], r["province_name"])
        g.regions[region.code] = region
        names = {r["canonical_name"], r["name"], *_split(r["alt_names"])}
        if r["bare_name_ambiguous"].lower() != "true" or r["type"] == "provinsi":
            names.add(r["bare_name"])
        for name in names:
            g.region_names.setdefault(fold(name), []).append(region)
    g.region_names.setdefault("indonesia", [INDONESIA])
    g.region_names.setdefault("ri", [INDONESIA])

    for r in _rows("opd"):
        org = Org(r["canonical_name"], r["category"], tuple(_split(r["abbreviations"])), tuple(_split(r["name_variants"])))
        g.orgs.append(org)
        for name in (org.canonical, *org.variants):
            g.org_names.setdefault(fold(name), org)
        for abbr in org.abbreviations:
            if len(abbr) > 40 or " " in abbr and not abbr.isupper():
                g.org_names.setdefault(fold(abbr), org)
            else:
                g.org_abbrevs.setdefault(abbr, []).append(org)

    for r in _rows("titles"):
        t = Title(re.sub(r"\s*\(.*\)$", "", r["title"]), r["normalized_title"], r["kind"], r["level"])
        g.titles.append(t)
        for form in (t.title, *_split(r["abbreviations_variants"])):
            if not form.endswith("-"):
                g.title_forms.setdefault(fold(form), t)

    for r in _rows("indicators"):
        g.indicators.append(Indicator(r["canonical_name"], tuple(_split(r["aliases"])), r["unit"]))

    g.honorifics = frozenset(r["token"] for r in _rows("honorifics"))
    return g


def region_for(name: str, kind: str | None = None) -> Region | None:
    """Resolve a region name, preferring `kind` (kota/kabupaten/provinsi) when it is ambiguous."""
    candidates = load().region_names.get(fold(name), [])
    if kind:
        typed = [r for r in candidates if r.type == kind]
        candidates = typed or candidates
    if len(candidates) == 1:
        return candidates[0]
    return None
