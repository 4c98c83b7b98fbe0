"""`jejak export`: the six tables as SQLite (with Datasette metadata), CSV files or an Excel workbook.

SQLite is built with sqlite-utils: typed columns, `article_id` of every record a
foreign key to `articles`, full-text search (accent-insensitive) over article text,
quotes, commitments, visits and officials, and a Datasette `metadata.json` beside it
with the table and column descriptions of docs/dataset.md and canned queries.
Every file is written under a temporary name and moved into place when complete.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import yaml

from pipeline import schema
from pipeline.config import JejakError
from pipeline.parquet import _publish

FORMATS = ("sqlite", "csv", "xlsx")
FTS_COLUMNS = {
    "articles": ["title", "text"],
    "officials": ["name", "title_text", "organization", "jurisdiction"],
    "visits": ["visitor_name", "host_org", "host_org_text", "place_text", "sentence"],
    "commitments": ["actor_name", "actor_org", "text", "deadline_text", "sentence"],
    "quotes": ["speaker_name", "text"],
}
FTS_TOKENIZER = "unicode61 remove_diacritics 2"  # case- and accent-insensitive, no English stemming
FACETS = {
    "articles": ["status", "publisher"],
    "officials": ["jurisdiction", "title"],
    "visits": ["visitor_name", "status", "host_region"],
    "commitments": ["kind", "actor_name"],
    "indicators": ["indicator", "value_kind", "region"],
    "quotes": ["speaker_name"],
}
CANNED_QUERIES = {
    "visits_by_official": {
        "title": "Visits by official",
        "description": "Every visit of officials whose name contains the text (e.g. hery), by date.",
        "sql": "select visit_date, visitor_name, visitor_title, coalesce(host_org, host_org_text, place_text) as visited,\n"
               "  host_region, status, sentence, article_id\nfrom visits\n"
               "where visitor_name like '%' || :official || '%'\norder by visit_date is null, visit_date",
    },
    "commitments_with_a_deadline": {
        "title": "Commitments with a deadline",
        "description": "Promises, plans and targets that say by when, soonest deadline first.",
        "sql": "select deadline, deadline_text, actor_name, actor_title, kind, text, target_value, target_unit,\n"
               "  sentence, article_id\nfrom commitments\nwhere deadline is not null or deadline_text is not null\n"
               "order by deadline is null, deadline",
    },
    "commitments_by_official": {
        "title": "Commitments by official",
        "description": "How many commitments of each kind every official made.",
        "sql": "select actor_name, actor_title, kind, count(*) as commitments, count(distinct article_id) as articles\n"
               "from commitments where actor_name is not null\ngroup by actor_name, actor_title, kind\n"
               "order by commitments desc",
    },
    "indicator_values_by_region": {
        "title": "Indicator values by region",
        "description": "Reported values of each indicator in regions whose name contains the text (e.g. bogor).",
        "sql": "select i.region, i.indicator, i.value, i.unit, i.value_kind, i.period, a.published_date,\n"
               "  i.value_text, i.sentence, i.article_id\nfrom indicators i join articles a using (article_id)\n"
               "where i.region like '%' || :region || '%'\norder by i.indicator, a.published_date",
    },
    "records_of_an_article": {
        "title": "Records of an article",
        "description": "Every record extracted from one article, with the sentence it came from.",
        "sql": "select 'official' as record, name as what, char_start, sentence from officials where article_id = :article_id\n"
               "union all select 'visit', visitor_name || ' -> ' || coalesce(host_org, host_org_text, place_text), "
               "char_start, sentence from visits where article_id = :article_id\n"
               "union all select 'commitment', text, char_start, sentence from commitments where article_id = :article_id\n"
               "union all select 'indicator', indicator || ' = ' || value_text, char_start, sentence "
               "from indicators where article_id = :article_id\n"
               "union all select 'quote', text, char_start, sentence from quotes where article_id = :article_id\n"
               "order by char_start",
    },
}
XLSX_MAX_CELL = 32767  # Excel's limit on characters in one cell
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def descriptions() -> dict[str, Any]:
    """Table and column descriptions shipped with the package."""
    return yaml.safe_load(resources.files("pipeline").joinpath("data/descriptions.yaml").read_text(encoding="utf-8"))


def require_dataset(dataset_dir: str | Path) -> Path:
    """`dataset_dir` as a Path; a JejakError when it holds no dataset."""
    dataset_dir = Path(dataset_dir)
    if not (dataset_dir / "articles.parquet").exists():
        raise JejakError(f"no dataset in {dataset_dir} (run `make run` or `jejak run INPUT --out DIR` first)")
    return dataset_dir


def load_tables(dataset_dir: str | Path) -> dict[str, pa.Table]:
    """The six tables with the contract's schema (a missing record table is empty)."""
    dataset_dir = require_dataset(dataset_dir)
    tables = {}
    for name, table_schema in schema.TABLES.items():
        path = dataset_dir / f"{name}.parquet"
        tables[name] = pq.read_table(path, schema=table_schema) if path.exists() else table_schema.empty_table()
    return tables


def default_target(dataset_dir: str | Path, fmt: str) -> Path:
    """Where an export goes when no --to is given: beside the dataset folder."""
    return Path(dataset_dir).parent / {"sqlite": "jejak.db", "csv": "jejak-csv", "xlsx": "jejak.xlsx"}[fmt]


def metadata_path(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(f"{db_path.stem}.metadata.json")


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside `target`, flushed to disk and renamed to it when the block succeeds."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    os.unlink(tmp)
    try:
        yield Path(tmp)
        _publish(Path(tmp), target)
    finally:
        Path(tmp).unlink(missing_ok=True)


def _sqlite_type(t: pa.DataType) -> type:
    if pa.types.is_integer(t) or pa.types.is_boolean(t):
        return int
    if pa.types.is_floating(t):
        return float
    return str  # strings, and dates as ISO text (they sort as dates)


def _sqlite_value(v: Any) -> Any:
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if isinstance(v, bool):
        return int(v)
    return v


def datasette_metadata(db_name: str) -> dict[str, Any]:
    """Titles, descriptions, facets and canned queries for Datasette."""
    desc = descriptions()
    tables: dict[str, Any] = {}
    for name, table_schema in schema.TABLES.items():
        info = desc["tables"][name]
        columns = {f.name: info["columns"].get(f.name) or desc["provenance"][f.name] for f in table_schema}
        if name != "articles":
            columns = {"id": "Row number of the record in this export", **columns}
        tables[name] = {"description": info["description"], "columns": columns, "facets": FACETS[name]}
    tables["articles"]["label_column"] = "title"
    tables["articles"]["sort_desc"] = "published_date"
    tables["visits"]["sort_desc"] = "visit_date"  # dated visits first, newest on top
    return {
        "title": "Jejak",
        "description": "What Indonesian regional governments do, from the news: officials, visits, commitments, "
                       "indicator values and quotes, each pointing back to its sentence (articles.text).",
        "databases": {db_name: {"tables": tables, "queries": CANNED_QUERIES}},
    }


def to_sqlite(tables: dict[str, pa.Table], target: Path) -> Path:
    """Write the SQLite database and its `<name>.metadata.json`; returns the database path."""
    import sqlite_utils

    with atomic_path(target) as tmp:
        db = sqlite_utils.Database(tmp)
        for name, table in tables.items():
            columns = {f.name: _sqlite_type(f.type) for f in table.schema}
            if name == "articles":
                db[name].create(columns, pk="article_id", not_null={"article_id", "status"})
            else:
                db[name].create({"id": int, **columns}, pk="id", not_null={"article_id"},
                                foreign_keys=[("article_id", "articles", "article_id")])
            rows = ({k: _sqlite_value(v) for k, v in row.items()} for row in table.to_pylist())
            db[name].insert_all(rows, batch_size=500)
            if name != "articles":
                db[name].create_index(["article_id"])
            if name in FTS_COLUMNS:
                db[name].enable_fts(FTS_COLUMNS[name], tokenize=FTS_TOKENIZER)
        db.execute("ANALYZE")
        db.conn.commit()
        db.close()
    with atomic_path(metadata_path(target)) as tmp:
        tmp.write_text(json.dumps(datasette_metadata(target.stem), indent=2, ensure_ascii=False) + "\n",
                       encoding="utf-8")
    return target


def to_csv(tables: dict[str, pa.Table], target: Path) -> Path:
    """One UTF-8 CSV per table in the folder `target`."""
    target.mkdir(parents=True, exist_ok=True)
    for name, table in tables.items():
        with atomic_path(target / f"{name}.csv") as tmp:
            pacsv.write_csv(table, tmp)
    return target


def _xlsx_value(v: Any) -> Any:
    if isinstance(v, str):
        v = _XLSX_ILLEGAL.sub("", v)
        return v if len(v) <= XLSX_MAX_CELL else v[: XLSX_MAX_CELL - 1] + "\u2026"
    return v


def to_xlsx(tables: dict[str, pa.Table], target: Path) -> Path:
    """One sheet per table; texts longer than Excel allows are cut with an ellipsis."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    for name, table in tables.items():
        ws = wb.create_sheet(name)
        ws.freeze_panes = "A2"
        header = []
        for column in table.column_names:
            cell = WriteOnlyCell(ws, value=column)
            cell.font = Font(bold=True)
            header.append(cell)
        ws.append(header)
        for row in table.to_pylist():
            ws.append([_xlsx_value(v) for v in row.values()])
    with atomic_path(target) as tmp:
        wb.save(tmp)
    return target


def export(dataset_dir: str | Path, fmt: str, target: str | Path | None = None) -> Path:
    """Export the dataset in `fmt` to `target` (default: beside the dataset folder); returns where."""
    if fmt not in FORMATS:
        raise JejakError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    target = Path(target) if target else default_target(dataset_dir, fmt)
    tables = load_tables(dataset_dir)
    return {"sqlite": to_sqlite, "csv": to_csv, "xlsx": to_xlsx}[fmt](tables, target)
