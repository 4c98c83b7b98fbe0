"""Dates in the body, resolved against the publication date.

Handles "Selasa, 23 April 2024", "Senin 24 Februari 2025", "Kamis (27/6)", "Minggu
(27/04/2025)", "per tanggal 2 Mei 2024", "20 Mei nanti", "akhir Oktober" and relative
words ("kemarin", "minggu depan"). A weekday that contradicts the day gives no date.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from collections.abc import Iterator
from typing import Any

import dateparser

from pipeline.extract.base import Article, record

WEEKDAY_NUM = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6, "ahad": 6}
MONTH_NUM = {"januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "maret": 3, "mar": 3, "april": 4, "apr": 4,
             "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8, "ags": 8,
             "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
             "desember": 12, "des": 12}
_WD = r"(?P<wd>senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)"
_MON = r"(?P<mon>" + "|".join(sorted(MONTH_NUM, key=len, reverse=True)) + r")"
# Each pattern is a core and an optional prefix that may stand right before it ("Selasa, "). The
# prefix is matched backwards from a core match: a leading optional group would be tried at every
# character of the text, which made date finding the slowest extractor step.
PATTERNS = [
    ("long", re.compile(rf"(?P<d>\d{{1,2}})\s+{_MON}\b\.?(?:\s+(?P<y>\d{{4}}))?(?!\d)", re.I),
     re.compile(rf"(?:{_WD},?\s*(?:\(\s*)?)?(?:tanggal\s+)?\Z", re.I)),
    ("numeric", re.compile(r"\(\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{2,4}))?\s*\)"),
     re.compile(rf"(?:{_WD}\s*,?\s*)?\Z", re.I)),
    ("month_end", re.compile(rf"akhir\s+(?:bulan\s+)?{_MON}\b(?:\s+(?P<y>\d{{4}}))?", re.I), None),
    ("year_end", re.compile(r"akhir\s+(?:tahun\s+)?(?P<y>\d{4})\b", re.I), None),
    ("relative", re.compile(r"\b(?P<rel>kemarin|hari ini|besok|lusa|minggu depan|pekan depan|bulan depan|tahun depan|"
                            r"minggu lalu|pekan lalu|bulan lalu|tahun lalu|minggu ini|pekan ini|bulan ini|"
                            r"tahun ini)\b", re.I), None),
]
_PREFIX_REACH = 32  # characters before a core that a prefix may take ("Jum'at, (tanggal ")


def _matches(text: str, core: re.Pattern[str], prefix: re.Pattern[str] | None) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """(start, end, groups) of each match of prefix + core, left to right, without overlaps."""
    floor = 0
    for m in core.finditer(text):
        start, groups = m.start(), m.groupdict()
        if prefix is not None:
            p = prefix.search(text, max(floor, start - _PREFIX_REACH), start)
            if p is not None:
                start = p.start()
                groups.update(p.groupdict())
        floor = m.end()
        yield start, m.end(), groups


def _year(y: str | None, month: int, base: date | None) -> int | None:
    if y:
        # "(21/8/019)": a mistyped year is unknown, not the year 19.
        year = int(y) + (2000 if len(y) == 2 else 0)
        return year if 1900 <= year <= 2100 else None
    if base is None:
        return None
    # A month well after the publication month most likely belongs to the previous year.
    return base.year - 1 if month - base.month > 6 else base.year


def _weekday_ok(wd: str | None, d: date) -> bool:
    return wd is None or WEEKDAY_NUM[wd.lower().replace("'", "")] == d.weekday()


def parse_dates(text: str, base: date | None) -> list[dict[str, Any]]:
    """All date mentions in `text` with their resolved date (None when unknown or inconsistent)."""
    found: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []
    for kind, core, prefix in PATTERNS:
        for start, end, g in _matches(text, core, prefix):
            if any(s < end and start < e for s, e in taken):
                continue
            value, precision = None, "day"
            try:
                if kind in ("long", "numeric"):
                    month = MONTH_NUM[g["mon"].lower()] if kind == "long" else int(g["m"])
                    year = _year(g.get("y"), month, base)
                    value = date(year, month, int(g["d"])) if year else None
                    if value and not _weekday_ok(g.get("wd"), value):
                        value = None
                elif kind == "month_end":
                    month = MONTH_NUM[g["mon"].lower()]
                    year = _year(g.get("y"), month, base)
                    value = date(year, month, calendar.monthrange(year, month)[1]) if year else None
                    precision = "month"
                elif kind == "year_end":
                    value, precision = date(int(g["y"]), 12, 31), "year"
                elif base is not None:
                    value, precision = _relative(g["rel"].lower(), base)
            except ValueError:  # "31/02/2025" and other impossible days
                value = None
            taken.append((start, end))
            found.append({"start": start, "end": end, "text": text[start:end].strip(), "date": value,
                          "precision": precision, "kind": kind})
    return sorted(found, key=lambda f: f["start"])


@lru_cache(maxsize=4096)
def _relative(word: str, base: date) -> tuple[date | None, str]:
    """A lowercased relative expression through dateparser, anchored at the publication date.

    Remembered: dateparser takes ~2 ms a call and a corpus's articles share publication dates."""
    precision = "week" if "minggu" in word or "pekan" in word else "month" if "bulan" in word else \
        "year" if "tahun" in word else "day"
    if word.endswith(" ini"):  # "tahun ini", "bulan ini": the publication's own period
        return base, precision
    english = {"minggu depan": "in 1 week", "pekan depan": "in 1 week", "minggu lalu": "1 week ago",
               "pekan lalu": "1 week ago"}.get(word, word)
    parsed = dateparser.parse(english, languages=["id", "en"],
                              settings={"RELATIVE_BASE": datetime.combine(base, datetime.min.time())})
    if parsed is None:
        fallback = {"lusa": 2, "besok": 1}.get(word)
        return (base + timedelta(days=fallback), precision) if fallback else (None, precision)
    return parsed.date(), precision


def extract(article: Article) -> list[dict[str, Any]]:
    """Date mentions as records (used by visits and commitments, not a dataset table)."""
    return [record(article, d["start"], d["end"], f"dates.{d['kind']}", 0.9 if d["date"] else 0.4,
                   text=d["text"], date=d["date"], precision=d["precision"])
            for d in parse_dates(article.text, article.published_date)]
