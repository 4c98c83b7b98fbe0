"""`jejak export`: SQLite with search, foreign keys and Datasette metadata; CSV; Excel."""

from __future__ import annotations

import asyncio
import csv
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from datasette.app import Datasette
from openpyxl import load_workbook

from pipeline import schema
from pipeline.cli import main
from pipeline.export import XLSX_MAX_CELL, _xlsx_value, default_target, descriptions, export, metadata_path


@pytest.fixture(scope="module")
def sqlite_export(seed_dataset: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("export") / "jejak.db"
    result = CliRunner().invoke(main, ["export", "--dataset", str(seed_dataset), "--format", "sqlite", "--to", str(target)])
    assert result.exit_code == 0, result.output
    assert result.output == f"Wrote {target} (Datasette metadata: {target.with_name('jejak.metadata.json')})\n"
    return target


def test_every_column_of_the_contract_is_described() -> None:
    desc = descriptions()
    for name, table_schema in schema.TABLES.items():
        columns = desc["tables"][name]["columns"]
        for field in table_schema:
            assert columns.get(field.name) or desc["provenance"].get(field.name), f"{name}.{field.name}"


def test_sqlite_has_every_row_typed_columns_and_foreign_keys(sqlite_export: Path, seed_tables: dict) -> None:
    db = sqlite3.connect(sqlite_export)
    for name, rows in seed_tables.items():
        assert db.execute(f"select count(*) from {name}").fetchone() == (len(rows),)
    types = {r[1]: r[2] for r in db.execute("pragma table_info(visits)")}
    assert (types["id"], types["visit_date"], types["char_start"], types["confidence"]) == (
        "INTEGER", "TEXT", "INTEGER", "FLOAT")
    assert {r[1] for r in db.execute("pragma table_info(commitments)") if r[2] == "INTEGER"} >= {"quoted", "char_end"}
    for name in schema.RECORD_TABLES:
        fks = db.execute(f"pragma foreign_key_list({name})").fetchall()
        assert [(fk[2], fk[3], fk[4]) for fk in fks] == [("articles", "article_id", "article_id")]
    assert db.execute("pragma foreign_key_check").fetchall() == []
    assert db.execute("select typeof(visit_date) from visits where visit_date is not null limit 1").fetchone() == ("text",)


def test_full_text_search_ignores_case_and_accents(sqlite_export: Path, seed_tables: dict) -> None:
    db = sqlite3.connect(sqlite_export)
    hits = db.execute("select visitor_name from visits where rowid in "
                      "(select rowid from visits_fts where visits_fts match 'HÉRY')").fetchall()
    assert hits and {h[0] for h in hits} == {"Hery Antasari"}
    for name in ("articles", "quotes", "commitments"):
        assert db.execute(f"select count(*) from {name}_fts where {name}_fts match 'bogor'").fetchone()[0] > 0
    quote = seed_tables["quotes"][0]["text"]
    word = max(quote.split(), key=len).strip(".,\"'()")
    assert db.execute("select count(*) from quotes_fts where quotes_fts match ?", [f'"{word}"']).fetchone()[0] >= 1


def test_metadata_describes_tables_and_its_canned_queries_run(sqlite_export: Path) -> None:
    meta = json.loads(metadata_path(sqlite_export).read_text())
    database = meta["databases"]["jejak"]
    assert set(database["tables"]) == set(schema.TABLES)
    assert database["tables"]["visits"]["columns"]["visit_date"].startswith("Day of the visit")
    db = sqlite3.connect(sqlite_export)
    params = {"official": "hery", "region": "bogor", "article_id": "002_bcace05eaed1d481"}
    for name, canned in database["queries"].items():
        rows = db.execute(canned["sql"], params).fetchall()
        if name in ("visits_by_official", "records_of_an_article", "commitments_by_official"):
            assert rows, name
    visits = db.execute(database["queries"]["visits_by_official"]["sql"], params).fetchall()
    assert {r[1] for r in visits} == {"Hery Antasari"} and visits[0][0] is not None


def test_datasette_serves_search_and_descriptions(sqlite_export: Path) -> None:
    ds = Datasette(immutables=[str(sqlite_export)],
                   metadata=json.loads(metadata_path(sqlite_export).read_text()))

    async def fetch(path: str):
        return await ds.client.get(path)

    found = asyncio.run(fetch("/jejak/visits.json?_search=hery&_shape=objects"))
    assert found.status_code == 200
    assert {r["visitor_name"] for r in found.json()["rows"]} == {"Hery Antasari"}
    page = asyncio.run(fetch("/jejak/visits"))
    assert page.status_code == 200 and "Day of the visit" in page.text and 'name="_search"' in page.text
    canned = asyncio.run(fetch("/jejak/visits_by_official.json?official=hery&_shape=objects"))
    assert canned.status_code == 200 and canned.json()["rows"]


def test_csv_has_one_file_per_table(seed_dataset: Path, seed_tables: dict, tmp_path: Path) -> None:
    out = export(seed_dataset, "csv", tmp_path / "csv")
    for name, table_schema in schema.TABLES.items():
        with (out / f"{name}.csv").open(newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        assert rows[0] == table_schema.names and len(rows) - 1 == len(seed_tables[name])


def test_xlsx_has_one_sheet_per_table(seed_dataset: Path, seed_tables: dict, tmp_path: Path) -> None:
    out = export(seed_dataset, "xlsx", tmp_path / "jejak.xlsx")
    wb = load_workbook(out, read_only=True)
    assert wb.sheetnames == list(schema.TABLES)
    for name in schema.TABLES:
        rows = list(wb[name].values)
        assert list(rows[0]) == schema.TABLES[name].names and len(rows) - 1 == len(seed_tables[name])


def test_xlsx_cells_stay_within_excels_limits() -> None:
    assert _xlsx_value("a\x00b\x1fc") == "abc"
    long = _xlsx_value("x" * 40000)
    assert len(long) == XLSX_MAX_CELL and long.endswith("\u2026")
    assert _xlsx_value(3.5) == 3.5


def test_exports_go_beside_the_dataset_by_default() -> None:
    dataset = Path("data/processed/dataset")
    assert default_target(dataset, "sqlite") == Path("data/processed/jejak.db")
    assert default_target(dataset, "csv") == Path("data/processed/jejak-csv")
    assert metadata_path(default_target(dataset, "sqlite")) == Path("data/processed/jejak.metadata.json")
