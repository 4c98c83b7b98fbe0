"""Ready-made questions for people who do not write SQL: `jejak officials|visits|commitments|indicators`.

Each question is a SELECT over the read-only DuckDB of `pipeline.query`. Its base rows
carry helper columns (`_official`, `_region`, `_org`, `_date`, `_search`) that the
filters match, so every question understands the same options. Names, regions and
agencies match word by word from the start of a word, ignoring case and accents:
"hery" finds "Hery Antasari", "kota bogor" finds "Kota Bogor" but not "Kabupaten
Bogor", "dinkes" finds "Dinas Kesehatan (Dinkes)". `--search` matches anywhere in the
record's text and sentence.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

from pipeline.query import Result, run_query

# Names of officials per article, for questions whose records have no person or region.
_ARTICLE_OFFICIALS = """
    SELECT article_id, string_agg(DISTINCT name, ' | ') AS names,
           string_agg(DISTINCT jurisdiction, ' | ') AS jurisdictions
    FROM officials GROUP BY article_id
"""

BASES: dict[str, str] = {
    "officials": """
        SELECT o.*, a.published_date,
               o.name AS _official, o.jurisdiction AS _region,
               concat_ws(' | ', o.organization, o.title_text) AS _org,
               a.published_date AS _date,
               concat_ws(' ', o.name, o.title_text, o.organization, o.sentence) AS _search
        FROM officials o JOIN articles a USING (article_id)
    """,
    "visits": """
        SELECT v.*, a.published_date,
               v.visitor_name AS _official,
               concat_ws(' | ', v.host_region, v.visitor_jurisdiction) AS _region,
               concat_ws(' | ', v.host_org, v.host_org_text, v.place_text) AS _org,
               coalesce(v.visit_date, a.published_date) AS _date,
               concat_ws(' ', v.visitor_name, v.host_org_text, v.place_text, v.sentence) AS _search
        FROM visits v JOIN articles a USING (article_id)
    """,
    "commitments": f"""
        SELECT c.*, a.published_date,
               c.actor_name AS _official,
               coalesce(o.jurisdiction, ao.jurisdictions) AS _region,
               c.actor_org AS _org,
               a.published_date AS _date,
               concat_ws(' ', c.actor_name, c.actor_org, c.text, c.indicator, c.sentence) AS _search
        FROM commitments c JOIN articles a USING (article_id)
        LEFT JOIN (SELECT article_id, name, any_value(jurisdiction) AS jurisdiction
                   FROM officials GROUP BY ALL) o
               ON o.article_id = c.article_id AND o.name = c.actor_name
        LEFT JOIN ({_ARTICLE_OFFICIALS}) ao ON ao.article_id = c.article_id
    """,
    "indicators": f"""
        SELECT i.*, a.published_date,
               ao.names AS _official,
               coalesce(i.region, ao.jurisdictions) AS _region,
               i.org AS _org,
               a.published_date AS _date,
               concat_ws(' ', i.indicator, i.indicator_text, i.value_text, i.period, i.sentence) AS _search
        FROM indicators i JOIN articles a USING (article_id)
        LEFT JOIN ({_ARTICLE_OFFICIALS}) ao ON ao.article_id = i.article_id
    """,
}

# What each question prints, from the filtered base rows (`filtered`), oldest first.
FINALS: dict[str, str] = {
    "officials": """
        SELECT first(name ORDER BY length(name) DESC) AS name,
               first(title ORDER BY title IS NULL, _date DESC NULLS LAST) AS title,
               first(jurisdiction ORDER BY jurisdiction IS NULL, _date DESC NULLS LAST) AS jurisdiction,
               first(organization ORDER BY organization IS NULL, _date DESC NULLS LAST) AS organization,
               count(DISTINCT article_id) AS articles,
               min(_date) AS first_seen, max(_date) AS last_seen, official_id
        FROM filtered GROUP BY official_id
        ORDER BY first_seen NULLS LAST, name
    """,
    "visits": """
        SELECT visit_date, visitor_name AS official, visitor_title AS title,
               coalesce(host_org, host_org_text, place_text) AS visited,
               host_region AS region, status, visit_date_text AS date_as_written, article_id
        FROM filtered ORDER BY _date NULLS LAST, article_id, char_start
    """,
    "commitments": """
        SELECT published_date AS said_on, coalesce(actor_name, actor_org) AS actor, actor_title AS title,
               kind, text AS commitment,
               nullif(concat_ws(' ', CASE WHEN target_value % 1 = 0 THEN CAST(CAST(target_value AS BIGINT) AS VARCHAR)
                                          ELSE CAST(target_value AS VARCHAR) END, target_unit), '') AS target,
               coalesce(CAST(deadline AS VARCHAR), deadline_text) AS deadline, article_id
        FROM filtered ORDER BY _date NULLS LAST, article_id, char_start
    """,
    "indicators": """
        SELECT published_date, indicator, value, unit, value_kind AS kind, period,
               _region AS region, org, value_text AS as_written, article_id
        FROM filtered ORDER BY _date NULLS LAST, indicator, article_id, char_start
    """,
}

QUESTIONS = tuple(BASES)


@dataclass(frozen=True)
class Filters:
    """What the reader asked for; empty fields do not filter."""

    official: str | None = None
    region: str | None = None
    org: str | None = None
    since: date | None = None
    until: date | None = None
    search: str | None = None


def fold(text: str) -> str:
    """Lower case without accents: the form both sides of a match are compared in."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def word_prefix_pattern(word: str) -> str:
    """An RE2 pattern finding `word` (folded) at the start of a word."""
    return r"(^|[^[:alnum:]])" + re.escape(fold(word))


def _folded(column: str) -> str:
    return f"lower(strip_accents(coalesce({column}, '')))"


def where_clause(filters: Filters) -> tuple[str, list[Any]]:
    """SQL conditions over the helper columns, with their parameters."""
    conds: list[str] = []
    params: list[Any] = []
    for column, text in (("_official", filters.official), ("_region", filters.region), ("_org", filters.org)):
        for word in fold(text or "").split():
            conds.append(f"regexp_matches({_folded(column)}, ?)")
            params.append(word_prefix_pattern(word))
    for word in fold(filters.search or "").split():
        conds.append(f"contains({_folded('_search')}, ?)")
        params.append(word)
    if filters.since:
        conds.append("_date >= ?")
        params.append(filters.since)
    if filters.until:
        conds.append("_date <= ?")
        params.append(filters.until)
    return (" AND ".join(conds) or "true"), params


def ask(con: duckdb.DuckDBPyConnection, question: str, filters: Filters) -> Result:
    """Answer one ready-made question on the loaded dataset."""
    where, params = where_clause(filters)
    sql = f"WITH base AS ({BASES[question]}), filtered AS (SELECT * FROM base WHERE {where}) {FINALS[question]}"
    return run_query(con, sql, params)
