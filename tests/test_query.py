"""`jejak query`: DuckDB over the six tables, read-only, every way out of the sandbox refused."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.config import JejakError
from pipeline.query import check_read_only, connect, query, run_query


@pytest.fixture(scope="module")
def con(seed_dataset: Path) -> duckdb.DuckDBPyConnection:
    return connect(seed_dataset)


def test_the_six_tables_are_loaded_with_their_rows(con: duckdb.DuckDBPyConnection, seed_tables: dict) -> None:
    for name, rows in seed_tables.items():
        assert run_query(con, f"select count(*) from {name}").rows == [(len(rows),)]


def test_select_show_describe_and_from_first_are_allowed(con: duckdb.DuckDBPyConnection) -> None:
    assert {r[0] for r in run_query(con, "show tables").rows} == {
        "articles", "officials", "visits", "commitments", "indicators", "quotes"}
    described = run_query(con, "describe visits")
    assert ("visit_date", "DATE") in {(r[0], r[1]) for r in described.rows}
    result = run_query(con, "from articles select count(*) as n where status = 'ok'")
    assert result.columns == ["n"] and result.rows == [(5,)]


def test_cli_counts_commitments(seed_dataset: Path, seed_tables: dict) -> None:
    result = CliRunner().invoke(main, ["query", "select count(*) as n from commitments", "--dataset", str(seed_dataset),
                                       "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output == f"n\n{len(seed_tables['commitments'])}\n"


def _escape_attempts(seed_dataset: Path, outside: Path) -> list[str]:
    return [
        "copy visits to 'x.csv'",
        "COPY (select * from visits) TO 'x.parquet' (FORMAT parquet)",
        "select 1; copy visits to 'x.csv'",
        "export database 'dump'",
        "attach 'x.db' as other",
        "attach ':memory:' as other",
        "install httpfs",
        "load httpfs",
        "force install json",
        f"select * from read_csv('{outside}')",
        f"select * from '{outside}'",
        f"select * from read_parquet('{seed_dataset / 'visits.parquet'}')",
        "select * from read_text('/etc/hostname')",
        "select * from glob('/etc/*')",
        "set enable_external_access = true",
        "reset lock_configuration",
        "set lock_configuration = false",
        "pragma enable_profiling",
        "pragma profiling_output = 'x.txt'",
        "call pragma_version()",
        "create table x as select * from visits",
        "delete from visits",
        "drop table visits",
        "checkpoint",
    ]


def test_every_escape_is_refused_and_writes_nothing(seed_dataset: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    outside = tmp_path / "secret.csv"
    outside.write_text("a,b\n1,2\n")
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    for sql in _escape_attempts(seed_dataset, outside):
        with pytest.raises(JejakError):
            query(seed_dataset, sql)
        result = CliRunner().invoke(main, ["query", sql, "--dataset", str(seed_dataset)])
        assert result.exit_code == 2, (sql, result.output)
        assert len(result.output.strip().splitlines()) == 1, result.output
    assert os.listdir(work) == []
    assert sorted(os.listdir(tmp_path)) == ["cwd", "secret.csv"]


def test_the_connection_itself_is_locked(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    """Even SQL that bypassed the statement check could not write or reopen file access."""
    target = tmp_path / "x.csv"
    with pytest.raises(duckdb.PermissionException):
        con.execute(f"copy visits to '{target}'")
    with pytest.raises(duckdb.Error, match="locked"):
        con.execute("set enable_external_access = true")
    with pytest.raises(duckdb.PermissionException):
        con.execute("load httpfs")
    assert not target.exists()


def test_refusals_name_the_statement() -> None:
    with pytest.raises(JejakError, match=r"^only SELECT queries are allowed \(got COPY\)"):
        check_read_only("copy visits to 'x.csv'")
    with pytest.raises(JejakError, match=r"^only SELECT queries are allowed \(got ATTACH\)"):
        check_read_only("attach 'x.db'")


def test_bad_queries_give_duckdbs_one_line_error(seed_dataset: Path) -> None:
    with pytest.raises(JejakError) as err:
        query(seed_dataset, "select nope from visits")
    assert str(err.value) == 'Binder Error: Referenced column "nope" not found in FROM clause!'
    result = CliRunner().invoke(main, ["query", "select from where", "--dataset", str(seed_dataset)])
    assert result.exit_code == 2
    assert result.output == 'jejak: error: Parser Error: syntax error at or near "where"\n'


def test_missing_dataset_is_a_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["query", "select 1", "--dataset", str(tmp_path)])
    assert result.exit_code == 2 and result.output.startswith(f"jejak: error: no dataset in {tmp_path}")
