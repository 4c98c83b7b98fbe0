"""Engines and worker counts change where the batches run, never the rows or their order."""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import schema
from pipeline.engine import DaskEngine, LocalEngine, make_engine, stop_fork_server
from pipeline.extract.__main__ import run as extract_run
from pipeline.nlp.__main__ import run as nlp_run
from pipeline.run import run_all

SEEDS = Path(__file__).resolve().parents[1] / "data" / "raw" / "seeds"


def _square(x: int) -> int:
    return x * x


def test_local_pool_keeps_input_order_with_a_bounded_window() -> None:
    engine = LocalEngine(2)
    try:
        assert list(engine.map(_square, range(50))) == [x * x for x in range(50)]
    finally:
        engine.close()
    assert make_engine({"name": "local", "workers": 3}).workers == 3
    assert make_engine({"workers": 0}).workers >= 1


def _preloaded(_: int) -> str | None:
    import engine_preload  # noqa: PLC0415 - imported where the task runs

    return engine_preload.VALUE


def test_a_preloaded_pool_forks_from_the_server_that_imported_the_module() -> None:
    """The NLP pipeline loads in a fork server beside the run; only the pools that ask fork from it."""
    stop_fork_server()  # the fork server is one per process: start this test's own
    engine = LocalEngine(2)
    try:
        assert engine.preload_server("engine_preload", {"JEJAK_TEST_PRELOAD": "loaded"})
        assert "JEJAK_TEST_PRELOAD" not in os.environ  # set for the server only
        assert list(engine.map(_preloaded, range(4), preloaded=True)) == ["loaded"] * 4
        assert list(engine.map(_preloaded, range(2))) == [None] * 2  # forked from this process
    finally:
        engine.close()
        stop_fork_server()
    assert not LocalEngine(1).preload_server("engine_preload", {}) and not LocalEngine(1).preloaded


def _stages(seed_dataset: Path, out: Path, params: dict, engine) -> dict:
    """nlp and extract over the seed articles in batches of two articles, on `engine`."""
    articles = seed_dataset / ".interim" / "articles.parquet"
    try:
        nlp_run(articles, out / "nlp.parquet", {**params["nlp"], "batch_size": 2}, engine=engine)
        extract_run(out / "nlp.parquet", articles, out / "records", 2, params["extract"]["article_timeout_s"], engine=engine)
    finally:
        engine.close()
    tables = {t: pq.read_table(out / "records" / f"{t}.parquet") for t in (*schema.RECORD_TABLES, "failures")}
    return {"nlp": pq.read_table(out / "nlp.parquet"), **tables}


def _assert_same_records(tables: dict, seed_dataset: Path) -> None:
    for name in (*schema.RECORD_TABLES, "failures"):
        assert tables[name].equals(pq.read_table(seed_dataset / ".interim" / "records" / f"{name}.parquet")), name
    assert tables["quotes"].num_rows > 0


def test_two_workers_write_what_one_writes(seed_dataset: Path, params: dict, tmp_path: Path) -> None:
    one = _stages(seed_dataset, tmp_path / "one", params, LocalEngine(1))
    two = _stages(seed_dataset, tmp_path / "two", params, LocalEngine(2))
    assert one["nlp"].column("batch").to_pylist() == [0, 1, 2]
    assert two["nlp"].equals(one["nlp"])
    _assert_same_records(one, seed_dataset)
    _assert_same_records(two, seed_dataset)


@pytest.mark.slow
def test_dask_local_cluster_writes_what_the_local_engine_writes(seed_dataset: Path, params: dict, tmp_path: Path) -> None:
    tables = _stages(seed_dataset, tmp_path / "dask", params, DaskEngine(workers=2))
    _assert_same_records(tables, seed_dataset)


def test_jejak_runs_nlp_from_the_preloaded_server_with_the_same_tables(seed_dataset: Path, params: dict,
                                                                       tmp_path: Path) -> None:
    """`jejak run`'s way (`preload_nlp`): the NER pipeline loaded in the fork server gives the same tables."""
    stop_fork_server()
    try:
        run_all([SEEDS], tmp_path, {**params, "engine": {"name": "local", "workers": 2}}, preload_nlp=True)
    finally:
        stop_fork_server()
    for name in (*schema.RECORD_TABLES, "articles"):
        assert pq.read_table(tmp_path / f"{name}.parquet").equals(pq.read_table(seed_dataset / f"{name}.parquet")), name
