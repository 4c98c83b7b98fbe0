"""Gazetteers of regions, agencies (OPD), official titles, indicators and honorifics.

Loaded once per process from `pipeline/data/gazetteers/` (started from the project's
shared gazetteers, extended in `extra_*.csv` where real articles showed gaps).
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

GAZETTEER_DIR = Path(__file__).parent / "data" / "gazetteers"


_DOTS = str.maketrans(".,", "  ")


def fold(text: str) -> str:
    """Lowercase, drop dots and commas and fold whitespace: the key used for every lookup."""
    return " ".join(text.lower().translate(_DOTS).split())


def _split(cell: str | None) -> list[str]:
    return [v.strip() for v in (cell or "").split("|") if v.strip()]


def _rows(name: str) -> list[dict[str, str]]:
    """Rows of `extra_<name>.csv` first, so our corrections win over the shared file's rows."""
    rows: list[dict[str, str]] = []
    for path in (GAZETTEER_DIR / f"extra_{name}.csv", GAZETTEER_DIR / f"{name}.csv"):
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
    common_words: frozenset[str] = frozenset()  # lowercase words the press rarely capitalises mid-sentence
    version: str = ""


INDONESIA = Region(code="", canonical="Indonesia", type="negara", bare="Indonesia", province="")


@lru_cache(maxsize=1)
def load() -> Gazetteers:
    """Read every gazetteer file once."""
    g = Gazetteers()
    digest = hashlib.sha1()
    for path in sorted([*GAZETTEER_DIR.glob("*.csv"), *GAZETTEER_DIR.glob("*.txt")]):
        digest.update(path.read_bytes())
    g.version = digest.hexdigest()[:12]

    for r in _rows("regions"):
        region = Region(r["code"], r["canonical_name"], r["type"], r["bare_name"], r["province_name"])
        g.regions[region.code] = region
        names = {r["canonical_name"], r["name"], *_split(r["alt_names"])}
        if r["bare_name_ambiguous"].lower() != "true" or r["type"] == "provinsi":
            names.add(r["bare_name"])
        for key in {fold(name) for name in names}:  # "Kab. Bogor" and "Kab Bogor" fold alike: one entry
            g.region_names.setdefault(key, []).append(region)
    g.region_names.setdefault("indonesia", [INDONESIA])
    g.region_names.setdefault("ri", [INDONESIA])
    for r in _rows("countries"):  # foreign heads of state and ministers: jurisdiction is their country
        country = Region(code="", canonical=r["name"], type="negara", bare=r["name"], province="")
        for name in (r["name"], *_split(r["aliases"])):
            g.region_names.setdefault(fold(name), [country])

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
    words = GAZETTEER_DIR / "common_words.txt"
    if words.exists():
        g.common_words = frozenset(w for w in words.read_text(encoding="utf-8").split() if not w.startswith("#"))
    return g


def region_for(name: str, kind: str | None = None, prefer: str | None = None) -> Region | None:
    """Resolve a region name, preferring `kind` (kota/kabupaten/provinsi) when it is ambiguous.

    `prefer` breaks a remaining tie without excluding the others: a bare "Serang" or "Bogor"
    under an office that exists at both levels (Kapolres, Kajari) is the kabupaten, because
    the press writes "Kota X" when it means the city.
    """
    candidates = load().region_names.get(fold(name), [])
    if kind:
        typed = [r for r in candidates if r.type == kind]
        candidates = typed or candidates
    if len(candidates) > 1 and prefer:
        candidates = [r for r in candidates if r.type == prefer] or candidates
    if len(candidates) == 1:
        return candidates[0]
    return None


@lru_cache(maxsize=1)
def _kecamatan() -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    with (GAZETTEER_DIR / "kecamatan.csv").open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            names.setdefault(fold(r["name"]), []).append(r["code"])
    return names


def kecamatan_code(name: str) -> str | None:
    """Kemendagri code of a kecamatan name; "" when several kecamatan share it, None when unknown."""
    codes = _kecamatan().get(fold(name))
    if not codes:
        return None
    return codes[0] if len(codes) == 1 else ""


def common_words_of(texts: Iterable[str], min_lower: int = 20, ratio: float = 2.0) -> list[str]:
    """Words written in lowercase mid-sentence at least `ratio` times as often as capitalised.

    A capitalised run made of such words ("Evaluasi Penyerapan Anggaran", "Dorong Kebijakan
    Tepat Sasaran") is a heading or an office, not a person's name.
    """
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for text in texts:
        for m in _MID_SENTENCE_WORD.finditer(text):
            w = m.group()
            (upper if w[0].isupper() else lower)[w.lower()] += 1
    return sorted(w for w, n in lower.items() if n >= min_lower and n >= ratio * upper[w])


_MID_SENTENCE_WORD = re.compile(r"(?<=[a-z,] )[A-Za-z][a-z'-]+")


if __name__ == "__main__":  # python -m pipeline.gazetteers CORPUS.jsonl > pipeline/data/gazetteers/common_words.txt
    import json
    import sys

    with open(sys.argv[1], encoding="utf-8") as f:
        print("\n".join(common_words_of(json.loads(line)["text"] for line in f)))
