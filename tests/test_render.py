"""Query results as CSV, JSON, Markdown and a rich table."""

from __future__ import annotations

import io
from datetime import date

from rich.console import Console

from pipeline.query import Result
from pipeline.render import emit, to_csv, to_json, to_markdown

RESULT = Result(
    ["visit_date", "official", "visited", "value"],
    [(date(2024, 5, 8), "Hery Antasari", "Dinas Kependudukan dan Pencatatan Sipil", 30.0),
     (None, "Erwin", "Balai Kota | Bandung", 89.13)],
)


def test_csv_writes_iso_dates_and_empty_nulls() -> None:
    assert to_csv(RESULT) == (
        "visit_date,official,visited,value\n"
        "2024-05-08,Hery Antasari,Dinas Kependudukan dan Pencatatan Sipil,30\n"
        ",Erwin,Balai Kota | Bandung,89.13\n"
    )


def test_json_keeps_nulls_and_numbers() -> None:
    assert to_json(RESULT) == (
        '[\n  {\n    "visit_date": "2024-05-08",\n    "official": "Hery Antasari",\n'
        '    "visited": "Dinas Kependudukan dan Pencatatan Sipil",\n    "value": 30.0\n  },\n'
        '  {\n    "visit_date": null,\n    "official": "Erwin",\n    "visited": "Balai Kota | Bandung",\n'
        '    "value": 89.13\n  }\n]\n'
    )


def test_markdown_escapes_pipes() -> None:
    assert to_markdown(RESULT) == (
        "| visit_date | official | visited | value |\n|---|---|---|---|\n"
        "| 2024-05-08 | Hery Antasari | Dinas Kependudukan dan Pencatatan Sipil | 30 |\n"
        "|  | Erwin | Balai Kota \\| Bandung | 89.13 |\n"
    )


def test_table_shows_every_cell_and_the_row_count() -> None:
    out = io.StringIO()
    emit(RESULT, "table", Console(file=out, width=200, color_system=None), title="Visits")
    text = out.getvalue()
    for cell in ("Visits", "visit_date", "2024-05-08", "Hery Antasari", "Balai Kota | Bandung", "89.13"):
        assert cell in text
    assert text.rstrip().endswith("2 rows")
