"""Read-only SQL over the six tables (DuckDB), for `jejak query` and the ready-made questions.

The tables are copied into an in-memory database, then DuckDB's external access is
switched off and its configuration locked: no statement can read or write a file,
attach a database or load an extension afterwards. Only SELECT statements (which
include SHOW, DESCRIBE, SUMMARIZE and FROM-first queries) are accepted, so the
user's SQL cannot change the loaded tables either.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from pipeline import schema
from pipeline.config import JejakError
from pipeline.export import require_dataset

ALLOWED = {duckdb.StatementType.SELECT}


@dataclass(frozen=True)
class Result:
    """Column names and rows of one query."""

    columns: list[str]
    rows: list[tuple[Any, ...]]


def connect(dataset_dir: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB holding the dataset's tables, with file access off and settings locked."""
    dataset_dir = require_dataset(dataset_dir)
    con = duckdb.connect(":memory:")
    for name, table_schema in schema.TABLES.items():
        path = dataset_dir / f"{name}.parquet"
        if path.exists():
            con.execute(f"CREATE TABLE {name} AS SELECT * FROM read_parquet(?)", [str(path)])
        else:  # a missing table is empty, with the contract's columns
            con.register("_empty", table_schema.empty_table())
            con.execute(f"CREATE TABLE {name} AS SELECT * FROM _empty")
            con.unregister("_empty")
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    return con


def one_line(error: duckdb.Error) -> str:
    """DuckDB's message without the caret drawing and candidate lists below it."""
    return str(error).strip().splitlines()[0]


def check_read_only(sql: str) -> list[duckdb.Statement]:
    """The statements of `sql`; refuses anything not a SELECT (COPY, ATTACH, INSTALL, LOAD, SET, PRAGMA...)."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as e:
        raise JejakError(one_line(e)) from None
    if not statements:
        raise JejakError("empty query")
    for st in statements:
        if st.type not in ALLOWED:
            kind = st.type.name.replace("_", " ")
            raise JejakError(f"only SELECT queries are allowed (got {kind}): the dataset is read-only")
    return statements


def run_query(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> Result:
    """Run one or more read-only statements; the result is the last one's."""
    statements = check_read_only(sql)
    try:
        for st in statements[:-1]:
            con.execute(st)
        cur = con.execute(statements[-1], params or None)
        columns = [d[0] for d in cur.description or []]
        return Result(columns, cur.fetchall())
    except duckdb.Error as e:
        raise JejakError(one_line(e)) from None


def query(dataset_dir: str | Path, sql: str) -> Result:
    """Load the dataset and run `sql` on it."""
    check_read_only(sql)  # refuse before spending time loading
    return run_query(connect(dataset_dir), sql)
