"""The record cache: a re-run annotates only new articles and writes the tables a cold run writes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline import cache, schema
from pipeline.cache import RecordCache, article_key
from pipeline.extract.__main__ import run as extract_run
from pipeline.nlp.__main__ import run as nlp_run


def test_key_covers_text_title_and_date_only() -> None:
    key = article_key("v1", "Wali Kota meninjau pasar.", "Tinjau pasar", date(2025, 4, 27))
    assert key == article_key("v1", "Wali Kota meninjau pasar.", "Tinjau pasar", date(2025, 4, 27))
    assert len({key, article_key("v2", "Wali Kota meninjau pasar.", "Tinjau pasar", date(2025, 4, 27)),
                article_key("v1", "Wali Kota meninjau pasar!", "Tinjau pasar", date(2025, 4, 27)),
                article_key("v1", "Wali Kota meninjau pasar.", None, date(2025, 4, 27)),
                article_key("v1", "Wali Kota meninjau pasar.", "Tinjau pasar", None)}) == 5


def test_version_follows_what_makes_records_not_how_they_run(params: dict) -> None:
    nlp, extract = params["nlp"], params["extract"]
    v = cache.version(nlp, extract)
    assert cache.version({**nlp, "batch_size": 7}, {**extract, "article_timeout_s": 1}) == v
    assert cache.version(nlp, {**extract, "fuzzy_org_threshold": 80}) != v
    assert cache.version({**nlp, "entity_ruler": not nlp.get("entity_ruler", True)}, extract) != v


def test_opening_another_version_drops_the_old_one(tmp_path: Path) -> None:
    RecordCache(tmp_path, "0123456789abcdef")
    RecordCache(tmp_path, "fedcba9876543210")
    assert [p.name for p in tmp_path.iterdir()] == ["fedcba9876543210"]


def test_rerun_with_a_new_article_annotates_only_it(seed_dataset: Path, params: dict, tmp_path: Path) -> None:
    articles = seed_dataset / ".interim" / "articles.parquet"
    table = pq.read_table(articles)
    first = tmp_path / "first.parquet"
    pq.write_table(table.filter(pc.not_equal(table.column("article_id"), table.column("article_id")[2])), first)
    store = tmp_path / "cache"
    version = cache.version(params["nlp"], params["extract"])
    timeout = params["extract"]["article_timeout_s"]

    assert nlp_run(first, tmp_path / "nlp1.parquet", params["nlp"], cache=RecordCache(store, version)) == 4
    extract_run(tmp_path / "nlp1.parquet", first, tmp_path / "rec1", 64, timeout, cache=RecordCache(store, version))
    assert nlp_run(articles, tmp_path / "nlp2.parquet", params["nlp"], cache=RecordCache(store, version)) == 1
    assert pq.read_table(tmp_path / "nlp2.parquet").column("article_ids").to_pylist() == [[table.column("article_id")[2].as_py()]]
    extract_run(tmp_path / "nlp2.parquet", articles, tmp_path / "rec2", 64, timeout, cache=RecordCache(store, version))
    for name in schema.RECORD_TABLES:
        assert pq.read_table(tmp_path / "rec2" / f"{name}.parquet").equals(
            pq.read_table(seed_dataset / ".interim" / "records" / f"{name}.parquet")), name
    assert len(list((store / version).glob("*.keys.parquet"))) == 2


def test_order_lists_extractable_articles_and_follows_the_file(seed_dataset: Path, params: dict, tmp_path: Path) -> None:
    articles = tmp_path / "articles.parquet"
    table = pq.read_table(seed_dataset / ".interim" / "articles.parquet")
    pq.write_table(table, articles)
    store = RecordCache(tmp_path / "cache", cache.version(params["nlp"], params["extract"]))
    ok = [r for r in table.to_pylist() if r["status"] == "ok"]
    assert store.order(articles, include_irrelevant=False) == [(r["article_id"], store.key(r)) for r in ok]
    pq.write_table(table.filter(pc.not_equal(table.column("article_id"), ok[0]["article_id"])), articles)
    assert [a for a, _ in store.order(articles, include_irrelevant=False)] == [r["article_id"] for r in ok[1:]]
