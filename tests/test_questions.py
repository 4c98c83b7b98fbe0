"""Ready-made questions: filters that ignore case and accents and match short names."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.query import connect
from pipeline.questions import QUESTIONS, Filters, ask, fold, where_clause


@pytest.fixture(scope="module")
def con(seed_dataset: Path) -> duckdb.DuckDBPyConnection:
    return connect(seed_dataset)


def rows(con: duckdb.DuckDBPyConnection, question: str, **filters: object) -> list[dict]:
    result = ask(con, question, Filters(**filters))  # type: ignore[arg-type]
    return [dict(zip(result.columns, r)) for r in result.rows]


def test_fold_drops_case_and_accents() -> None:
    assert fold("HÉRY Antasarì") == "hery antasari"


def test_where_clause_matches_words_from_their_start() -> None:
    where, params = where_clause(Filters(official="Héry", search="Wali Kota", since=date(2024, 5, 1)))
    assert where == ("regexp_matches(lower(strip_accents(coalesce(_official, ''))), ?)"
                     " AND contains(lower(strip_accents(coalesce(_search, ''))), ?)"
                     " AND contains(lower(strip_accents(coalesce(_search, ''))), ?) AND _date >= ?")
    assert params == ["(^|[^[:alnum:]])hery", "wali", "kota", date(2024, 5, 1)]


def test_short_name_finds_hery_antasaris_visits_with_dates(con: duckdb.DuckDBPyConnection) -> None:
    visits = rows(con, "visits", official="hery")
    assert visits and {v["official"] for v in visits} == {"Hery Antasari"}
    dated = [v["visit_date"] for v in visits if v["visit_date"]]
    assert dated and dated == sorted(dated)
    assert visits.index(next(v for v in visits if v["visit_date"])) == 0  # dated first, undated last
    assert rows(con, "visits", official="HÉRY") == visits
    assert rows(con, "visits", official="antasari hery") == visits
    assert rows(con, "visits", official="ery") == []  # inside a word is not a name match


def test_dates_bound_the_visits(con: duckdb.DuckDBPyConnection) -> None:
    since = rows(con, "visits", official="hery", since=date(2024, 5, 1))
    assert since and all(v["visit_date"] >= date(2024, 5, 1) for v in since)
    until = rows(con, "visits", official="hery", until=date(2024, 4, 30))
    assert all(v["visit_date"] <= date(2024, 4, 30) for v in until)
    assert not {v["article_id"] for v in since} & {v["article_id"] for v in until if v["visit_date"]}


def test_region_and_org_filters(con: duckdb.DuckDBPyConnection) -> None:
    officials = rows(con, "officials", region="kota bogor")
    assert "Hery Antasari" in {o["name"] for o in officials}
    assert {o["jurisdiction"] for o in officials} == {"Kota Bogor"}
    assert rows(con, "officials", region="bogor kabupaten") == []
    assert "Ganjar Gunawan" in {o["name"] for o in rows(con, "officials", org="disdukcapil")}  # from title_text
    by_short_name = rows(con, "visits", org="disdukcapil")
    assert by_short_name and all("Kependudukan" in v["visited"] for v in by_short_name)


def test_search_finds_words_anywhere(con: duckdb.DuckDBPyConnection, seed_tables: dict) -> None:
    record = next(c for c in seed_tables["commitments"] if c["actor_name"])
    word = max(record["text"].split(), key=len).strip(".,\"'()")
    found = rows(con, "commitments", search=word.upper())
    assert record["text"] in {c["commitment"] for c in found}
    assert rows(con, "commitments", search=word + " zzzqx") == []


def test_every_question_answers_without_filters(con: duckdb.DuckDBPyConnection, seed_tables: dict) -> None:
    for question in QUESTIONS:
        answer = rows(con, question)
        if question == "officials":
            assert len(answer) == len({o["official_id"] for o in seed_tables["officials"]})
        else:
            assert len(answer) == len(seed_tables[question])


def test_cli_lists_visits_as_json_and_table(seed_dataset: Path) -> None:
    result = CliRunner().invoke(main, ["visits", "--official", "hery", "--dataset", str(seed_dataset), "--format", "json"])
    assert result.exit_code == 0, result.output
    visits = json.loads(result.output)
    assert {v["official"] for v in visits} == {"Hery Antasari"}
    assert any(v["visit_date"] for v in visits)
    table = CliRunner().invoke(main, ["visits", "--official", "hery", "--dataset", str(seed_dataset)])
    assert table.exit_code == 0 and "Hery" in table.output and f"{len(visits)} rows" in table.output
    bad = CliRunner().invoke(main, ["visits", "--since", "8 Mei 2024", "--dataset", str(seed_dataset)])
    assert bad.exit_code == 2 and "'8 Mei 2024' does not match the format '%Y-%m-%d'" in bad.output
