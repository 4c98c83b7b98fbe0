"""Officials: people named with a public office, their normalised title and jurisdiction.

Finds gazetteer TITLE spans, reads the office's tail (region, agency) and the name that
follows ("Wali Kota Bogor, Hery Antasari") or precedes ("Erwin, Wakil Wali Kota
Bandung"), then merges short mentions ("Hery") into the fullest name of the article.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from spacy.tokens import Span, Token

from pipeline import gazetteers
from pipeline.extract.base import Article, record
from pipeline.gazetteers import fold

ACTING = {"penjabat": "Penjabat", "pj": "Penjabat", "plt": "Pelaksana Tugas", "pelaksana tugas": "Pelaksana Tugas",
          "plh": "Pelaksana Harian", "pelaksana harian": "Pelaksana Harian"}
KIND_BY_TITLE = {"Wali Kota": "kota", "Wakil Wali Kota": "kota", "Bupati": "kabupaten", "Wakil Bupati": "kabupaten",
                 "Gubernur": "provinsi", "Wakil Gubernur": "provinsi"}
TAIL_WORDS = {"sekretariat", "daerah", "kota", "kabupaten", "kab", "provinsi", "prov", "ri", "republik", "indonesia",
              "administrasi", "dinas", "badan", "bagian", "bidang", "setda", "pemkot", "pemkab", "pemprov", "dki", "di"}
NOT_NAME = {"dan", "yang", "di", "ke", "dari", "pada", "saat", "ini", "itu", "juga", "pun", "bersama", "beserta",
            "mengatakan", "menjelaskan", "resmi", "melakukan", "dalam", "untuk", "selaku", "sebagai", "kepada",
            "Kamis", "Senin", "Selasa", "Rabu", "Jumat", "Sabtu", "Minggu", "Ia", "Dia", "Mereka", "Kami"}
FORMER = {"mantan", "eks", "bekas", "purnawirawan"}
DEGREE = re.compile(r"(,?\s+(?:[A-Z][a-z]{0,3}\.){1,3}(?:[A-Z][a-z]*\.?)?)+$")


def _is_name_token(tok: Token) -> bool:
    t = tok.text
    if t in NOT_NAME or fold(t) in TAIL_WORDS or not t[:1].isupper() or (t.isupper() and len(t) > 2) or not t.replace("'", "").replace(".", "").isalpha():
        return False
    return len(t) > 1


def clean_name(name: str) -> str:
    """Drop honorifics, ranks and degrees: `Kang Erwin` -> `Erwin`, `dr. Ani, M.Kes.` -> `Ani`."""
    honorifics = gazetteers.load().honorifics
    name = DEGREE.sub("", name.strip(" ,."))
    words = name.split()
    while len(words) > 1 and (words[0] in honorifics or words[0].rstrip(".") + "." in honorifics):
        words = words[1:]
    return " ".join(words)


def _title_groups(article: Article) -> list[tuple[int, int, list[Span]]]:
    """Runs of TITLE spans joined by brackets: `Penjabat (Pj) Wali Kota` is one office."""
    groups: list[tuple[int, int, list[Span]]] = []
    for span in article.gazetteer("TITLE"):
        if groups:
            start, end, spans = groups[-1]
            between = article.doc[end : span.start]
            if all(t.text in "()" for t in between):
                groups[-1] = (start, span.end, spans + [span])
                continue
        groups.append((span.start, span.end, [span]))
    return groups


def _normalised_title(spans: list[Span]) -> tuple[str, bool]:
    """Compose `Penjabat` + `Wali Kota`; returns the title and whether it is national."""
    g = gazetteers.load()
    main = spans[-1].id_ or spans[-1].text
    acting = next((ACTING[fold(s.text)] for s in spans[:-1] if fold(s.text) in ACTING), None)
    title = f"{acting} {main}" if acting and not main.startswith(acting) else main
    if fold(title) not in g.title_forms and acting:
        title = main
    entry = g.title_forms.get(fold(main))
    return title, bool(entry and entry.level == "national")


def _jurisdiction(article: Article, start: int, end: int, title: str, national: bool) -> gazetteers.Region | None:
    """Region named in the office's tail, typed by the office (Wali Kota Bogor -> Kota Bogor)."""
    kind = next((k for t, k in KIND_BY_TITLE.items() if title.endswith(t)), None)
    tail = article.doc[start:end]
    for span in article.doc.spans.get("gazetteer", []):
        if span.label_ == "REGION" and span.start >= start and span.end <= end:
            region = gazetteers.region_for(span.id_ or span.text)
            if region:
                return region
    for tok in tail:
        if tok.text[:1].isupper():
            region = gazetteers.region_for(tok.text, kind) or gazetteers.region_for(f"{kind} {tok.text}" if kind else tok.text)
            if region:
                return region
    return gazetteers.INDONESIA if national else None


def _organization(article: Article, start: int, end: int) -> str | None:
    for span in article.doc.spans.get("gazetteer", []):
        if span.label_ == "OPD" and span.start >= start and span.end <= end:
            return span.id_ or span.text
    return None


def _tail_end(article: Article, end: int) -> int:
    """Extend an office over its region/agency words: `Kepala Disdukcapil Kota Bogor`."""
    doc = article.doc
    covered = {i for s in article.gazetteer() for i in range(s.start, s.end)}
    i = end
    while i < len(doc):
        tok = doc[i]
        if i in covered or fold(tok.text) in TAIL_WORDS or tok.text in "()":
            i += 1
        elif tok.text[:1].isupper() and gazetteers.load().region_names.get(fold(tok.text)) and \
                (i + 1 >= len(doc) or not _is_name_token(doc[i + 1]) or doc[i + 1].text == ","):
            i += 1
        else:
            break
    while i > end and doc[i - 1].text in "(" or (i > end and fold(doc[i - 1].text) in {"di", "dan"}):
        i -= 1
    return i


def _name_after(doc, i: int, covered: set[int]) -> tuple[int, int] | None:
    if i < len(doc) and doc[i].text == ",":
        i += 1
    j = i
    while j < len(doc) and j - i < 5 and j not in covered and _is_name_token(doc[j]):
        j += 1
    return (i, j) if j > i else None


def _name_before(doc, i: int, covered: set[int]) -> tuple[int, int] | None:
    if i < 2 or doc[i - 1].text != ",":
        return None
    j = i - 1
    while j > 0 and i - 1 - j < 4 and j - 1 not in covered and _is_name_token(doc[j - 1]):
        j -= 1
    if j == i - 1 or (j > 0 and doc[j - 1].text[:1].isupper() and not doc[j - 1].is_sent_start):
        return None
    return (j, i - 1)


def find_mentions(article: Article) -> list[dict[str, Any]]:
    """Every title+name mention in the article, in text order."""
    doc = article.doc
    mentions = []
    groups = _title_groups(article)
    covered = {i for s in article.doc.spans.get("gazetteer", []) for i in range(s.start, s.end)}
    for idx, (start, end, spans) in enumerate(groups):
        if start > 0 and fold(doc[start - 1].text) in FORMER:
            continue
        title, national = _normalised_title(spans)
        tail = _tail_end(article, end)
        nxt = groups[idx + 1][0] if idx + 1 < len(groups) else len(doc)
        if tail < len(doc) and fold(doc[tail].text) == "dan" and tail + 1 == nxt:
            continue  # "Wali Kota dan Wakil Wali Kota Bekasi, A dan B": names are read at the last title
        name = _name_after(doc, tail, covered)
        names = [name] if name else []
        if name and name[1] < len(doc) and fold(doc[name[1]].text) == "dan":
            second = _name_after(doc, name[1] + 1, covered)
            if second:
                names.append(second)
        if not names:
            before = _name_before(doc, start, covered)
            names = [before] if before else []
        region = _jurisdiction(article, start, tail, title, national)
        org = _organization(article, start, tail)
        coordinated = _coordinated_titles(article, groups, idx)
        for k, (a, b) in enumerate(names):
            t, reg = (coordinated[k] if len(names) > 1 and k < len(coordinated) else (title, region))
            name_text = clean_name(doc[a:b].text)
            if not name_text or len(name_text) < 3:
                continue
            span_start = min(doc[start].idx, doc[a].idx)
            span_end = max(doc[tail - 1].idx + len(doc[tail - 1]), doc[b - 1].idx + len(doc[b - 1]))
            mentions.append({"name": name_text, "title": t, "title_text": doc[start:tail].text,
                             "organization": org, "region": reg or region, "char_start": span_start, "char_end": span_end})
    return mentions


def _coordinated_titles(article: Article, groups: list, idx: int) -> list[tuple[str, gazetteers.Region | None]]:
    """For `Wali Kota dan Wakil Wali Kota Bekasi`: both offices, sharing the region."""
    doc = article.doc
    titles = [groups[idx]]
    j = idx
    while j > 0 and groups[j][0] - groups[j - 1][1] == 1 and fold(doc[groups[j - 1][1]].text) == "dan":
        titles.insert(0, groups[j - 1])
        j -= 1
    region = _jurisdiction(article, groups[idx][0], _tail_end(article, groups[idx][1]), *_normalised_title(groups[idx][2]))
    return [(_normalised_title(spans)[0], region) for _, _, spans in titles]


def official_id(name: str, jurisdiction: str | None) -> str:
    """Stable across the corpus for the same person in the same jurisdiction."""
    return "o-" + hashlib.sha1(f"{fold(name)}|{jurisdiction or ''}".encode()).hexdigest()[:12]


def extract(article: Article) -> list[dict[str, Any]]:
    """One record per official per article, with the fullest name and its mention count."""
    people: dict[str, dict[str, Any]] = {}
    for m in find_mentions(article):
        key = fold(m["name"])
        longer = next((k for k in people if key != k and key in k.split()), None)
        shorter = [k for k in people if k != key and k in key.split()]
        if longer:
            continue
        for k in shorter:
            people.pop(k)
        if key not in people:
            people[key] = m
    records = []
    last_region = None
    for m in sorted(people.values(), key=lambda m: m["char_start"]):
        region = m["region"]
        if region is None and m["title"] in KIND_BY_TITLE and last_region and last_region.type == KIND_BY_TITLE[m["title"]]:
            region = last_region  # "Wali Kota Bekasi, A dan Wakil Wali Kota B": B shares the region
        last_region = region or last_region
        jurisdiction = region.canonical if region else None
        parts = [re.escape(m["name"])] + [re.escape(w) for w in m["name"].split() if len(w) >= 3]
        mentions = len(re.findall(r"\b(?:" + "|".join(parts) + r")\b", article.text))
        records.append(record(article, m["char_start"], m["char_end"], "officials.title_name", 0.8,
                              official_id=official_id(m["name"], jurisdiction), name=m["name"], title=m["title"],
                              title_text=m["title_text"], organization=m["organization"], jurisdiction=jurisdiction,
                              region_code=(region.code or None) if region else None, mentions=max(mentions, 1)))
    return records


def resolve(article: Article, mention: str) -> dict[str, Any] | None:
    """The article's official a mention refers to: full name, or a unique given/family name."""
    key = fold(clean_name(mention))
    officials = article.results.get("officials", [])
    exact = [o for o in officials if fold(o["name"]) == key]
    if exact:
        return exact[0]
    partial = [o for o in officials if key and all(w in fold(o["name"]).split() for w in key.split())]
    return partial[0] if len(partial) == 1 else None
