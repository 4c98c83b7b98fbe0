"""Engines and worker counts change where the batches run, never the rows or their order."""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import schema
from pipeline.engine import DaskEngine, LocalEngine, make_engine
from pipeline.extract.__main__ import run as extract_run
from pipeline.nlp.__main__ import run as nlp_run


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


_MARKS: list[int] = []


def _marks(_: int) -> list[int]:
    return list(_MARKS)


def test_work_while_the_next_pool_runs_reaches_later_pools_only() -> None:
    """What the thread loads (the NLP pipeline) is not half-inherited by the pool it overlaps."""
    engine = LocalEngine(2)
    engine.while_next_pool_runs(lambda: _MARKS.append(os.getpid()))
    try:
        assert _MARKS == []  # nothing runs before the pool forked
        assert list(engine.map(_marks, range(4))) == [[]] * 4
        assert list(engine.map(_marks, range(2))) == [[os.getpid()]] * 2  # joined before the next pool forks
    finally:
        engine.close()
        _MARKS.clear()
    one = LocalEngine(1)
    one.while_next_pool_runs(lambda: _MARKS.append(os.getpid()))
    assert list(one.map(_marks, range(2))) == [[], []] and _MARKS == []  # no pool to overlap: nothing runs
    one.close()


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
