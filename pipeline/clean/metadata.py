"""Article metadata read from the scrape itself: headline, masthead, dateline, date, author.

Each value comes with where it was found (`input`, `headline`, `dateline`, `header`,
`footer`), so users can weigh it. The header and footer lines that held metadata are
removed from the body.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import dateparser

WEEKDAYS = r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)"
MONTHS = (r"(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|"
          r"november|desember|jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|okt|nov|des)")
_HEADER_DATE = re.compile(rf"^{WEEKDAYS},?\s*(\d{{1,2}}\s+{MONTHS}\s+\d{{4}})(?:\s*[-,|]?\s*\d{{1,2}}[:.]\d{{2}}(?:\s*(?:wib|wita|wit))?)?$", re.I)

_PUB = r"(?P<pub>[A-Z][A-Za-z0-9]*(?:\.[A-Za-z]{2,4}){1,2}|CNN Indonesia|[A-Z]{3,}(?:[ -][A-Z]{2,})*)"
_PLACE = r"(?P<place>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2})"
_DASH = r"\s*[-]{1,2}\s*"
# Datelines in the order they are tried: "BOGOR, CEKLISSATU -", "TEMPO.CO, Jakarta -",
# "Jakarta, CNN Indonesia --", "KORANMANDALA.COM -", "BOGOR -".
DATELINES = [
    re.compile(rf"^{_PLACE.replace('[A-Za-z]', '[A-Z]')},\s*{_PUB}{_DASH}"),
    re.compile(rf"^(?P<pub>[A-Z][A-Za-z0-9]*\.[A-Za-z]{{2,4}}(?:\.[A-Za-z]{{2}})?),\s*{_PLACE}{_DASH}"),
    re.compile(rf"^{_PLACE},\s*(?P<pub>CNN Indonesia|detik\w*|Kompas\.com|Liputan6\.com){_DASH}"),
    re.compile(rf"^(?P<pub>[A-Z][A-Za-z0-9]*\.(?:COM|CO\.ID|ID|NET|CO|com|co\.id|id)){_DASH}"),
    re.compile(rf"^(?P<place>[A-Z]{{3,}}(?: [A-Z]{{3,}}){{0,2}}){_DASH}"),
]
# CLICK-ID lost the dateline's anchor text and left "- ", ", , -", "-,", "-Word" or ",,,".
_DATELINE_RESIDUE = re.compile(r"^[\s,]*-[\s,]+|^[\s,]*-(?=[A-Z\"])|^[\s,]+(?=\S)")

AUTHOR_LINE = re.compile(r"^\(?\s*(reporter|penulis|redaktur|editor|pewarta|jurnalis|sumber)\s*:\s*(?P<name>[^()\n]+?)\s*\)?$", re.I)
AUTHOR_TAIL = [
    re.compile(r"\s*\((?P<name>(?:[A-Z][A-Za-z]{2,20}/)?[a-z]{2,5}(?:/[a-z]{2,5})*)\)\.?\s*$"),  # (rob). (Tribunjateng/gum)
    re.compile(r"\s*-\s*\*{2,}\s*(?P<name>[a-z][a-z ]{1,30})$"),                           # - *** nicko
    re.compile(r"\s+(?P<name>[a-z]{2,4}/[A-Za-z]{2,4}(?:/[A-Z0-9-]{1,5})?)\s*$"),          # wid/Ant/G-1
]


# WordPress/Jetpack footers name the site: "Eksplorasi konten lain dari RakyatBekasi.Com".
_FOOTER_PUBLISHER = re.compile(r"^(?:eksplorasi konten lain dari|baca berita lainnya di|copyright ©?\s*\d{0,4})\s+(?P<pub>[\w.-]+\.(?:com|co\.id|id|net))\s*$",
                               re.I | re.M)


def footer_publisher(text: str) -> str | None:
    """The site named in a footer line (read before boilerplate removal drops that line)."""
    m = _FOOTER_PUBLISHER.search(text)
    return m.group("pub") if m else None


def parse_header_date(line: str) -> date | None:
    """A header line such as "Minggu, 27 April 2025 - 13:43 WIB" to its date."""
    m = _HEADER_DATE.match(line.strip())
    if not m:
        return None
    parsed = dateparser.parse(m.group(1), languages=["id"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None


def parse_input_date(value: str | None) -> date | None:
    """ISO or free-form date from input metadata; None when absent or unreadable."""
    if not value:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value.strip())
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    parsed = dateparser.parse(value, languages=["id", "en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None


def _is_body_line(line: str) -> bool:
    """A paragraph of running text, as opposed to a headline, kicker or caption."""
    if any(rx.match(line) for rx in DATELINES) or _DATELINE_RESIDUE.match(line):
        return True
    words = line.split()
    if len(words) > 25 or (len(words) >= 12 and (line.rstrip()[-1:] in '.!?")' or ". " in line)):
        return True  # longer than any headline, or a long sentence
    # A short lead sentence ("Kecelakaan,kembali terjadi di Tol Cipularang.") has lowercase words;
    # a caption ("Pj Wali Kota Bogor Hery Antasari.") is a run of capitalised names.
    alpha = [w for w in words if w[:1].isalpha()]
    lowercase = sum(w[:1].islower() for w in alpha) / max(len(alpha), 1)
    return len(words) >= 4 and line.rstrip()[-1:] in '.!?"' and lowercase >= 0.2


def _is_headline(line: str) -> bool:
    words = line.split()
    if not 3 <= len(words) <= 25 or line.rstrip().endswith("."):
        return False
    capitalised = sum(w[:1].isupper() or w[:1].isdigit() for w in words)
    return capitalised / len(words) >= 0.5


def split_header(text: str) -> tuple[list[str], str]:
    """Split off the lines above the first body paragraph (headline, kicker, date, captions)."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:40]):
        if line.strip() and _is_body_line(line.strip()):
            return [h.strip() for h in lines[:i] if h.strip()], "\n".join(lines[i:])
    return [], text


def extract_metadata(text: str, given: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """Fill title, publisher, dateline, published_date and author; return them and the body."""
    meta: dict[str, Any] = {"title": None, "publisher": None, "dateline": None, "published_date": None, "author": None}
    sources: dict[str, str] = {}

    def put(key: str, value: Any, source: str) -> None:
        if value and meta[key] is None:
            meta[key] = value
            sources[key] = source

    put("title", given.get("title"), "input")
    put("published_date", parse_input_date(given.get("published")), "input")

    header, body = split_header(text)
    for line in header:
        put("published_date", parse_header_date(line), "header")
        m = AUTHOR_LINE.match(line)
        if m:
            put("author", m.group("name").strip(" ,"), "header")
    headline = next((h for h in header if _is_headline(h)), None)
    if headline:
        m = next((rx.match(headline) for rx in DATELINES[:4] if rx.match(headline)), None)
        if m:
            put("publisher", m.group("pub"), "masthead")
            headline = headline[m.end():].strip()
        put("title", headline, "headline")

    body = _DATELINE_RESIDUE.sub("", body.lstrip())
    m = next((rx.match(body) for rx in DATELINES if rx.match(body)), None)
    if m:
        groups = m.groupdict()
        put("publisher", groups.get("pub"), "dateline")
        put("dateline", groups.get("place"), "dateline")
        body = body[m.end():]
        first, _, rest = body.partition("\n")
        if rest.strip() and _is_headline(first) and not _is_body_line(first):
            put("title", first.strip(), "masthead")
            body = rest

    body, author = _strip_author_footer(body)
    put("author", author, "footer")
    put("publisher", given.get("footer_publisher"), "footer")
    meta["metadata_sources"] = ",".join(f"{k}={v}" for k, v in sorted(sources.items()))
    return meta, body.strip()


def _strip_author_footer(body: str) -> tuple[str, str | None]:
    """Remove reporter/editor lines at the end and the initials that close the last paragraph."""
    lines = body.rstrip().split("\n")
    names: list[str] = []
    while lines and (not lines[-1].strip() or AUTHOR_LINE.match(lines[-1].strip())):
        m = AUTHOR_LINE.match(lines.pop().strip())
        if m:
            names.insert(0, m.group("name").strip(" ,"))
    if lines:
        for rx in AUTHOR_TAIL:
            m = rx.search(lines[-1])
            if m and len(lines[-1]) > m.end() - m.start():
                names.insert(0, m.group("name").strip())
                lines[-1] = lines[-1][: m.start()].rstrip()
                break
    return "\n".join(lines), "; ".join(names) or None
