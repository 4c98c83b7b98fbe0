"""Explicit Arrow schemas for every table Jejak writes: the contract of spec/dataset.md.

Defined once so that every stage, the CLI and the tests agree on names and types.
"""

from __future__ import annotations

import pyarrow as pa

PROVENANCE = [
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("sentence", pa.string()),
    pa.field("char_start", pa.int32()),
    pa.field("char_end", pa.int32()),
    pa.field("extractor", pa.string()),
    pa.field("confidence", pa.float64()),
]


def _with_provenance(*fields: pa.Field) -> pa.Schema:
    return pa.schema([PROVENANCE[0], *fields, *PROVENANCE[1:]])


RAW = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("source", pa.string()),
        pa.field("url", pa.string()),
        pa.field("title", pa.string()),
        pa.field("published", pa.string()),
        pa.field("text", pa.string()),
        pa.field("html", pa.bool_()),
        pa.field("reject_reason", pa.string()),
    ]
)

ARTICLES = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("source", pa.string()),
        pa.field("url", pa.string()),
        pa.field("title", pa.string()),
        pa.field("publisher", pa.string()),
        pa.field("published_date", pa.date32()),
        pa.field("dateline", pa.string()),
        pa.field("author", pa.string()),
        pa.field("text", pa.string()),
        pa.field("duplicate_of", pa.string()),
        pa.field("status", pa.string(), nullable=False),
        pa.field("reject_reason", pa.string()),
        pa.field("relevance", pa.float64()),
        pa.field("metadata_sources", pa.string()),
    ]
)

OFFICIALS = _with_provenance(
    pa.field("official_id", pa.string(), nullable=False),
    pa.field("name", pa.string(), nullable=False),
    pa.field("title", pa.string()),
    pa.field("title_text", pa.string()),
    pa.field("organization", pa.string()),
    pa.field("jurisdiction", pa.string()),
    pa.field("region_code", pa.string()),
    pa.field("mentions", pa.int32()),
)

VISITS = _with_provenance(
    pa.field("visitor_name", pa.string()),
    pa.field("visitor_title", pa.string()),
    pa.field("visitor_jurisdiction", pa.string()),
    pa.field("host_org", pa.string()),
    pa.field("host_org_text", pa.string()),
    pa.field("host_region", pa.string()),
    pa.field("place_text", pa.string()),
    pa.field("visit_date", pa.date32()),
    pa.field("visit_date_text", pa.string()),
    pa.field("status", pa.string()),
)

COMMITMENTS = _with_provenance(
    pa.field("actor_name", pa.string()),
    pa.field("actor_title", pa.string()),
    pa.field("actor_org", pa.string()),
    pa.field("text", pa.string(), nullable=False),
    pa.field("kind", pa.string()),
    pa.field("target_value", pa.float64()),
    pa.field("target_unit", pa.string()),
    pa.field("indicator", pa.string()),
    pa.field("deadline", pa.date32()),
    pa.field("deadline_text", pa.string()),
    pa.field("quoted", pa.bool_()),
)

INDICATORS = _with_provenance(
    pa.field("indicator", pa.string(), nullable=False),
    pa.field("indicator_text", pa.string()),
    pa.field("value", pa.float64(), nullable=False),
    pa.field("unit", pa.string()),
    pa.field("value_text", pa.string()),
    pa.field("value_kind", pa.string()),
    pa.field("period", pa.string()),
    pa.field("region", pa.string()),
    pa.field("org", pa.string()),
)

QUOTES = _with_provenance(
    pa.field("speaker_name", pa.string()),
    pa.field("speaker_title", pa.string()),
    pa.field("text", pa.string(), nullable=False),
    pa.field("cue", pa.string()),
)

TABLES: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    "officials": OFFICIALS,
    "visits": VISITS,
    "commitments": COMMITMENTS,
    "indicators": INDICATORS,
    "quotes": QUOTES,
}

RECORD_TABLES = ("officials", "visits", "commitments", "indicators", "quotes")

STATUSES = ("ok", "duplicate", "irrelevant", "rejected")
