"""Print query results for people (a rich table) and for other programs (CSV, JSON, Markdown)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from typing import Any

from rich.console import Console
from rich.table import Table

from pipeline.query import Result

FORMATS = ("table", "csv", "json", "markdown")


def _plain(value: Any) -> Any:
    """JSON-friendly value: dates as ISO strings, everything else unchanged."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(_plain(value))


def to_csv(result: Result) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows([[_cell(v) for v in row] for row in result.rows])
    return buf.getvalue()


def to_json(result: Result) -> str:
    """A list of objects, one per row; nulls stay null."""
    rows = [{c: _plain(v) for c, v in zip(result.columns, row)} for row in result.rows]
    return json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n"


def to_markdown(result: Result) -> str:
    def esc(value: Any) -> str:
        return _cell(value).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(map(esc, result.columns)) + " |", "|" + "---|" * len(result.columns)]
    lines += ["| " + " | ".join(map(esc, row)) + " |" for row in result.rows]
    return "\n".join(lines) + "\n"


def to_table(result: Result, title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False, header_style="bold")
    for column in result.columns:
        table.add_column(column, overflow="fold")
    for row in result.rows:
        table.add_row(*map(_cell, row))
    return table


def emit(result: Result, fmt: str, console: Console | None = None, title: str | None = None) -> None:
    """Write `result` to stdout in `fmt`; the table format ends with the row count."""
    console = console or Console()
    if fmt == "table":
        console.print(to_table(result, title))
        console.print(f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}", style="dim")
        return
    text = {"csv": to_csv, "json": to_json, "markdown": to_markdown}[fmt](result)
    console.file.write(text)
