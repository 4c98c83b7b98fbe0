"""Direct quotes and their speakers.

A quote runs from an opening mark to the closing one, or to the end of its paragraph
when the closing mark was lost. The speaker is read from the cue after the quote
(`," ujar Erwin.`, `," katanya.`) or before it (`Hery mengatakan, "...`); `-nya` cues
and unattributed quotes go to the last named speaker.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract import officials
from pipeline.extract.base import Article, cue_of, record

_NAME = r"(?P<name>[A-Z][\w'-]*(?:[ ](?:[A-Z][\w'-]*|[A-Z]\.|bin|binti)){0,4})"
_AFTER = re.compile(r"\s*[,.]?\s*(?P<cue>[a-z]+(?:nya)?)\b(?:\s+" + _NAME + r")?")
_BEFORE = re.compile(_NAME + r"\s*(?:,[^,\"]{0,60},)?\s+(?P<cue>[a-z]+)\s*(?:bahwa\s*)?[,:]?\s*$")
_MENURUT = re.compile(r"[Mm]enurut\s+" + _NAME + r"\s*,\s*$")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted passage, marks excluded; unclosed quotes end with the paragraph."""
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        marks = [m.start() + para.start() for m in re.finditer('"', para.group())]
        i = 0
        while i < len(marks):
            start = marks[i] + 1
            end = marks[i + 1] if i + 1 < len(marks) else para.end()
            if text[start:end].strip() and len(text[start:end].split()) >= 3:
                spans.append((start, end))
            i += 2
    return spans


def _speaker(article: Article, name: str | None) -> tuple[str | None, str | None]:
    if not name:
        return None, None
    name = officials.clean_name(name)
    official = officials.resolve(article, name)
    if official:
        return official["name"], official["title"]
    return name, None


def last_mentioned(article: Article, pos: int) -> tuple[str | None, str | None]:
    """The official named last before `pos` (full, given or family name)."""
    best, where = (None, None), -1
    for o in article.results.get("officials", []):
        parts = [o["name"]] + [w for w in o["name"].split() if len(w) >= 3]
        for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, parts)) + r")\b", article.text[:pos]):
            if m.start() > where:
                best, where = (o["name"], o["title"]), m.start()
    return best


def extract(article: Article) -> list[dict[str, Any]]:
    """One record per direct quote, speaker resolved where the text allows."""
    text = article.text
    records = []
    last: tuple[str | None, str | None] = (None, None)
    for start, end in quote_spans(text):
        after = _AFTER.match(text, end + 1, min(len(text), end + 120))
        line_start = text.rfind("\n", 0, start) + 1
        before_text = text[line_start : start - 1]
        before = _BEFORE.search(before_text) or _MENURUT.search(before_text)
        cue, speaker = None, (None, None)
        if after and cue_of(after.group("cue")):
            cue, nya = cue_of(after.group("cue"))
            speaker = last_mentioned(article, start) if nya or not after.group("name") else _speaker(article, after.group("name"))
        elif before and (before.re is _MENURUT or cue_of(before.group("cue"))):
            cue = "menurut" if before.re is _MENURUT else cue_of(before.group("cue"))[0]
            speaker = _speaker(article, before.group("name"))
        if speaker == (None, None):
            speaker = last if last[0] else last_mentioned(article, start)
        if speaker[0]:
            last = speaker
        quote = text[start:end].strip().rstrip(",")
        records.append(record(article, start, end, "quotes.marks", 0.9 if cue else 0.6,
                              speaker_name=speaker[0], speaker_title=speaker[1], text=quote, cue=cue))
    return records
