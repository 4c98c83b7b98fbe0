"""Commitments: targets, plans, instructions and promises of officials and agencies.

A clause qualifies when it holds a commitment cue (akan, harus, wajib, perlu,
menargetkan, berkomitmen, berjanji, berencana, berupaya, meminta, menugaskan, ...); the
record keeps the shortest clause with the action, its actor (the quote's speaker, else
the official named in the sentence, else the last one named) and its kind. Numbered
programme lists give one plan per item. Hopes, praise and confidence are not commitments.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract import quotes
from pipeline.extract.base import Article, record
from pipeline.extract.numbers import NUMBER, parse_number

CUES = {
    "instruction": r"meminta|menginstruksikan|menugaskan|memerintahkan|mengimbau|mengajak|menginstruksi|harus|wajib|perlu",
    "target": r"menargetkan|ditargetkan|target(?:nya)?|harus mencapai",
    "plan": r"akan|berencana|merencanakan|rencananya|bakal|segera",
    "promise": r"berkomitmen|berjanji|berupaya|memastikan|pastikan|menjamin|siap",
}
CUE = re.compile(r"\b(" + "|".join(CUES.values()) + r")\b", re.I)
NOT_COMMITMENT = re.compile(r"\b(berharap|harapan|mengapresiasi|yakin|optimistis|optimis|bangga|percaya)\b", re.I)
SELF = re.compile(r"\b(saya|kami|kita|aku)\b", re.I)
CLAUSE_SPLIT = re.compile(r"[;:]|,(?![^()]*\))|\.(?=\s)|\b(?:sehingga|namun|tetapi|tapi|karena|sebab)\b")
LEAD = re.compile(r"^\s*(?:dan|serta|juga|bahwa|agar|supaya|pun|lalu|kemudian|bahkan|meski demikian|selain itu)\b[\s,]*", re.I)
TARGET_VALUE = re.compile(rf"(?P<num>{NUMBER})\s*(?P<unit>persen|%|hari|bulan|tahun|unit|rupiah|orang|km|ton|hektare)", re.I)
LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-•])\s+(?P<item>\S.*)$", re.M)


def _kind(clause: str) -> str:
    for kind in ("target", "promise", "plan", "instruction"):
        if re.search(r"\b(" + CUES[kind] + r")\b", clause, re.I):
            if kind == "instruction" and re.search(r"\b(harus|wajib|perlu)\b", clause, re.I) and SELF.search(clause):
                return "promise"
            return kind
    return "plan"


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause boundaries inside [start, end)."""
    out, pos = [], start
    for m in CLAUSE_SPLIT.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return out


def _actor(article: Article, pos: int, quoted: dict[str, Any] | None, sent_start: int) -> tuple[str | None, str | None]:
    if quoted and quoted["speaker_name"]:
        return quoted["speaker_name"], quoted["speaker_title"]
    before = article.text[sent_start:pos]
    for o in article.results.get("officials", []):
        if any(re.search(r"\b" + re.escape(w) + r"\b", before) for w in [o["name"], *o["name"].split()] if len(w) >= 3):
            return o["name"], o["title"]
    return quotes.last_mentioned(article, pos)


def extract(article: Article) -> list[dict[str, Any]]:
    """Commitment records, one per committing clause and per programme-list item."""
    text = article.text
    quoted_spans = article.results.get("quotes", [])
    dates = [d for d in article.results.get("dates", []) if d["date"] is not None]
    records = []
    for sent in article.doc.sents:
        for c_start, c_end in _clauses(text, sent.start_char, sent.end_char):
            clause = text[c_start:c_end]
            cue = CUE.search(clause)
            if not cue or NOT_COMMITMENT.search(clause) or len(clause.split()) < 3:
                continue
            lead = LEAD.match(clause)
            if lead:
                c_start += lead.end()
                clause = text[c_start:c_end]
            clause = clause.strip(' ,."')
            c_start = text.find(clause, c_start)
            quote = next((q for q in quoted_spans if q["char_start"] <= c_start < q["char_end"]), None)
            actor, title = _actor(article, c_start, quote, sent.start_char)
            if actor is None:
                continue
            tv = TARGET_VALUE.search(clause)
            deadline = next((d for d in dates if sent.start_char <= d["char_start"] < sent.end_char), None)
            records.append(record(article, c_start, c_start + len(clause), "commitments.cue", 0.6,
                                  actor_name=actor, actor_title=title, actor_org=None, text=clause, kind=_kind(clause),
                                  target_value=parse_number(tv.group("num")) if tv else None,
                                  target_unit=("persen" if tv.group("unit") == "%" else tv.group("unit").lower()) if tv else None,
                                  indicator=None, deadline=deadline["date"] if deadline else None,
                                  deadline_text=deadline["text"] if deadline else None, quoted=quote is not None))
    records += _programme_items(article)
    return records


def _programme_items(article: Article) -> list[dict[str, Any]]:
    """"7 program prioritas ...: 1. ... 2. ...": each numbered item is a planned action."""
    text = article.text
    out = []
    for intro in re.finditer(r"(program|prioritas|rencana|langkah|agenda)[^\n]*:\s*\n", text, re.I):
        pos = intro.end()
        for m in LIST_ITEM.finditer(text, pos):
            if text[pos:m.start()].strip():
                break
            actor, title = quotes.last_mentioned(article, intro.start())
            item = m.group("item").strip().rstrip(".")
            out.append(record(article, m.start("item"), m.start("item") + len(item), "commitments.list_item", 0.7,
                              actor_name=actor, actor_title=title, actor_org=None, text=item, kind="plan",
                              target_value=None, target_unit=None, indicator=None, deadline=None, deadline_text=None,
                              quoted=False))
            pos = m.end() + 1
    return out
