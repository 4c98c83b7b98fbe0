"""The whole road on the real seed articles: six typed tables with provenance."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from pipeline import schema


def test_six_tables_with_specified_schemas(seed_dataset: Path) -> None:
    for name, expected in schema.TABLES.items():
        table = pq.read_table(seed_dataset / f"{name}.parquet")
        assert table.schema.names == expected.names
        assert table.schema.equals(expected, check_metadata=False)


def test_every_seed_is_accounted_for(seed_tables: dict) -> None:
    articles = {a["article_id"]: a for a in seed_tables["articles"]}
    assert len(articles) == 5 and {a["status"] for a in articles.values()} == {"ok"}
    assert str(articles["004_1de3d0c439e19941"]["published_date"]) == "2025-04-27"


def test_provenance_points_into_the_clean_text(seed_tables: dict) -> None:
    texts = {a["article_id"]: a["text"] for a in seed_tables["articles"]}
    for name in schema.RECORD_TABLES:
        for rec in seed_tables[name]:
            text = texts[rec["article_id"]]
            assert 0 <= rec["char_start"] < rec["char_end"] <= len(text), (name, rec)
            assert text[rec["char_start"]:rec["char_end"]].strip(), (name, rec)
            assert rec["extractor"] and 0 <= rec["confidence"] <= 1


def test_seed_records(seed_tables: dict) -> None:
    officials = {(o["article_id"][:3], o["name"]): o for o in seed_tables["officials"]}
    hery = officials[("000", "Hery Antasari")]
    assert (hery["title"], hery["jurisdiction"], hery["region_code"]) == ("Penjabat Wali Kota", "Kota Bogor", "32.71")
    assert officials[("003", "Erwin")]["title"] == "Wakil Wali Kota"
    hosts = {v["host_org"] for v in seed_tables["visits"] if v["article_id"].startswith("000") and v["status"] == "done"}
    assert {"Dinas Kesehatan", "Dinas Arsip dan Perpustakaan"} <= hosts
    ikm = [i for i in seed_tables["indicators"] if i["value"] == 89.13]
    assert ikm and ikm[0]["unit"] == "persen"
