"""`jejak show ARTICLE_ID`: one article's clean text with every extracted record marked.

Each record gets a label (`V1` = first visit, `C3` = third commitment...) placed where
its span starts in the text and coloured over the span, then a list gives every
record with its table, its fields, the exact characters it was taken from and its
sentence: a reader can check each claim against the words it came from.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.compute as pc
import pyarrow.parquet as pq
from rich.console import Console, Group
from rich.text import Text

from pipeline import schema
from pipeline.config import JejakError
from pipeline.export import require_dataset

LABELS = {"officials": "O", "visits": "V", "commitments": "C", "indicators": "I", "quotes": "Q"}
STYLES = {
    "officials": "bold cyan",
    "visits": "black on green",
    "commitments": "black on yellow",
    "indicators": "black on magenta",
    "quotes": "italic blue",
}
# Long spans first, so shorter records nested inside them stay visible on top.
PAINT_ORDER = ("quotes", "commitments", "visits", "indicators", "officials")


@dataclass(frozen=True)
class Mark:
    """One record placed on the article text."""

    label: str
    table: str
    start: int | None
    end: int | None
    summary: str
    sentence: str | None


def _fmt(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def summarize_record(table: str, r: dict[str, Any]) -> str:
    """The fields a reader checks, in one line."""
    def join(*parts: Any, sep: str = ", ") -> str:
        return sep.join(_fmt(p) for p in parts if p not in (None, ""))

    if table == "officials":
        return join(r["name"], r["title"], r["organization"], r["jurisdiction"])
    if table == "visits":
        host = r["host_org"] or r["host_org_text"] or r["place_text"]
        return join(join(r["visitor_name"], host, sep=" -> "), r["visit_date"] or r["visit_date_text"], r["status"])
    if table == "commitments":
        target = join(r["target_value"], r["target_unit"], sep=" ")
        deadline = r["deadline"] or r["deadline_text"]
        return join(f"{r['kind']}: {r['actor_name'] or r['actor_org'] or '?'}",
                    r["text"], target and f"target {target}", deadline and f"by {deadline}")
    if table == "indicators":
        return join(f"{r['indicator']} = {join(r['value'], r['unit'], sep=' ')}", r["value_kind"], r["period"],
                    r["region"], r["org"])
    return join(r["speaker_name"] or "?", r["cue"], f"\u201c{r['text']}\u201d")


def marks_for(records: dict[str, list[dict[str, Any]]], text_len: int) -> list[Mark]:
    """Labelled marks, numbered per table in reading order; spans outside the text keep no offsets."""
    marks: list[Mark] = []
    for table in LABELS:
        rows = sorted(records.get(table, []), key=lambda r: (r["char_start"] is None, r["char_start"] or 0))
        for i, r in enumerate(rows, 1):
            start, end = r["char_start"], r["char_end"]
            if start is None or end is None or not 0 <= start < end <= text_len:
                start = end = None
            marks.append(Mark(f"{LABELS[table]}{i}", table, start, end, summarize_record(table, r), r["sentence"]))
    return marks


def marked_text(text: str, marks: list[Mark]) -> Text:
    """The text with `[label]` before each span and the span coloured by its table."""
    placed = sorted((m for m in marks if m.start is not None), key=lambda m: (m.start, -(m.end or 0)))
    positions = [m.start for m in placed]
    tags = [f"[{m.label}]" for m in placed]
    cumulative = [0]
    for tag in tags:
        cumulative.append(cumulative[-1] + len(tag))

    def shifted(pos: int, own_labels: bool) -> int:
        """Where original offset `pos` lands once the labels are inserted."""
        i = bisect_right(positions, pos) if own_labels else bisect_left(positions, pos)
        return pos + cumulative[i]

    out = Text()
    prev = 0
    for m, tag in zip(placed, tags):
        out.append(text[prev:m.start])
        out.append(tag, style=f"bold {STYLES[m.table].split(' on ')[-1]}")
        prev = m.start
    out.append(text[prev:])
    for table in PAINT_ORDER:
        for m in placed:
            if m.table == table:
                out.stylize(STYLES[table], shifted(m.start, True), shifted(m.end, False))
    return out


def resolve_article_id(dataset_dir: Path, article_id: str) -> str:
    """The full id for `article_id` or a unique prefix of one."""
    ids = pq.read_table(dataset_dir / "articles.parquet", columns=["article_id"]).column("article_id").to_pylist()
    if article_id in ids:
        return article_id
    matches = [i for i in ids if i.startswith(article_id)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise JejakError(f"no article {article_id!r} in {dataset_dir}")
    raise JejakError(f"{article_id!r} matches {len(matches)} articles: " + ", ".join(matches[:5]))


def load_article(dataset_dir: str | Path, article_id: str) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """The article row and its records by table."""
    dataset_dir = require_dataset(dataset_dir)
    article_id = resolve_article_id(dataset_dir, article_id)
    only = pc.field("article_id") == article_id
    article = pq.read_table(dataset_dir / "articles.parquet", filters=only).to_pylist()[0]
    records = {}
    for table in schema.RECORD_TABLES:
        path = dataset_dir / f"{table}.parquet"
        records[table] = pq.read_table(path, filters=only).to_pylist() if path.exists() else []
    return article, records


def render(article: dict[str, Any], records: dict[str, list[dict[str, Any]]]) -> Group:
    """Header, marked text and the list of records, ready for a rich console."""
    text = article["text"] or ""
    marks = marks_for(records, len(text))
    meta = ", ".join(str(v) for v in (article["publisher"], article["published_date"], article["dateline"]) if v)
    header = Text.assemble((article["title"] or "(no title)", "bold"), "\n",
                           (f"{article['article_id']}  {meta}  status: {article['status']}", "dim"))
    legend = Text("  ").join(Text(f"{LABELS[t]} = {t}", style=STYLES[t]) for t in LABELS)
    listing = Text()
    for m in marks:
        listing.append(f"\n[{m.label}] {m.table}: ", style=f"bold {STYLES[m.table].split(' on ')[-1]}")
        listing.append(m.summary)
        if m.start is None:
            listing.append("\n    (no offsets into the text)", style="red")
        else:
            listing.append(f"\n    chars {m.start}-{m.end}: \u201c{text[m.start:m.end]}\u201d", style="dim")
        if m.sentence:
            listing.append(f"\n    sentence: {m.sentence}", style="dim")
    counts = ", ".join(f"{len(records.get(t, []))} {t}" for t in LABELS)
    return Group(header, Text(""), marked_text(text, marks), Text(""), legend,
                 Text(f"\nRecords: {counts}", style="bold"), listing)


def show(dataset_dir: str | Path, article_id: str, console: Console | None = None) -> None:
    article, records = load_article(dataset_dir, article_id)
    (console or Console()).print(render(article, records))
