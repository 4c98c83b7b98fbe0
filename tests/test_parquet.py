"""Atomic writes: a table appears whole or not at all, and a dead writer's temp files are swept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.parquet import AtomicWriter, remove_stale_temps, temp_dir_beside

SCHEMA = pa.schema([pa.field("article_id", pa.string())])


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_table_is_published_only_when_closed(tmp_path: Path) -> None:
    target = tmp_path / "articles.parquet"
    with AtomicWriter(target, SCHEMA) as w:
        w.write_rows([{"article_id": "a"}])
        assert not target.exists() and len(list(tmp_path.glob(f".articles.parquet.{os.getpid()}.*.tmp"))) == 1
    assert pq.read_table(target).column("article_id").to_pylist() == ["a"] and not list(tmp_path.glob("*.tmp"))


def test_failed_write_leaves_the_old_table(tmp_path: Path) -> None:
    target = tmp_path / "articles.parquet"
    with AtomicWriter(target, SCHEMA) as w:
        w.write_rows([{"article_id": "old"}])
    with pytest.raises(RuntimeError), AtomicWriter(target, SCHEMA) as w:
        w.write_rows([{"article_id": "new"}])
        raise RuntimeError("killed")
    assert pq.read_table(target).column("article_id").to_pylist() == ["old"] and not list(tmp_path.glob("*.tmp"))


def test_temps_of_dead_writers_are_swept_from_the_folder(tmp_path: Path) -> None:
    dead, alive = _dead_pid(), os.getppid()
    names = [f".articles.parquet.{dead}.ab12cd34.tmp", f".part-9-1.quotes.parquet.{dead}.x_9.tmp",  # a dead run's
             f".nlp.parquet.{alive}.zz99aa11.tmp",  # a writer still running
             "notes.tmp", ".config.tmp", "articles.parquet"]  # not temp files of a writer
    for name in names:
        (tmp_path / name).write_bytes(b"")
    removed = remove_stale_temps(tmp_path / "raw.parquet")
    assert sorted(p.name for p in removed) == sorted(names[:2])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names[2:])


def test_a_killed_runs_working_folder_is_swept_and_a_live_one_kept(tmp_path: Path) -> None:
    dead = tmp_path / f".records.{_dead_pid()}.k2j4.tmp"
    (dead / "first").mkdir(parents=True)
    (dead / "first" / "clean.parquet").write_bytes(b"")
    with temp_dir_beside(tmp_path / "articles.parquet") as live:
        assert remove_stale_temps(tmp_path / "raw.parquet") == [dead]
        assert not dead.exists() and Path(live).is_dir()
    assert not Path(live).exists()
