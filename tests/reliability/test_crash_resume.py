"""SIGKILL in the middle of a stage, run again: complete, identical tables, no partial file ever visible."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import schema
from pipeline.clean.__main__ import run as clean_run

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "data" / "raw" / "seeds"

# Where each stage writes (relative to --out) and the start of its file names (clean's first
# pass adds a suffix; extract and dataset write a file per table).
STAGE_OUTPUT = {
    "ingest": (".interim", "raw.parquet"),
    "clean": (".interim", "articles.parquet"),
    "nlp": (".interim", "nlp.parquet"),
    "extract": (".interim/records", ""),
    "dataset": ("", ""),
}


def _visible_tables(out: Path) -> list[Path]:
    """Published Parquet files under `out`; os.walk skips a stage's temporary folder removed meanwhile."""
    return [Path(root) / name for root, _, files in os.walk(out) for name in files
            if name.endswith(".parquet") and not name.startswith(".")]


def _jejak_run(inp: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "pipeline.cli", "run", str(inp), "--out", str(out), "--params", str(REPO / "params.yaml")]


def _start(cmd: list[str]) -> subprocess.Popen:
    return subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def kill_during(cmd: list[str], out: Path, folder: str, prefix: str) -> Path:
    """Start `cmd`, SIGKILL it while it writes `out/folder/prefix*`; returns the temp file it left.

    While waiting, every Parquet file visible under `out` is opened: none may be partial.
    """
    seen: dict[Path, tuple[int, int]] = {}
    proc = _start(cmd)
    try:
        while proc.poll() is None:
            temps = list((out / folder).glob(f".{prefix}*.{proc.pid}.*.tmp")) if (out / folder).exists() else []
            if temps:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
                return temps[0]
            for table in _visible_tables(out):  # each new or replaced file, once
                try:
                    stat = table.stat()
                    if seen.get(table) != (stat.st_ino, stat.st_mtime_ns):
                        pq.ParquetFile(table).metadata  # raises on a partial or corrupt file
                        seen[table] = (stat.st_ino, stat.st_mtime_ns)
                except FileNotFoundError:  # a stage's temporary folder went away meanwhile: nothing partial
                    continue
            time.sleep(0.001)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    pytest.fail(f"the run ended before it was seen writing {folder}/{prefix}* (exit {proc.returncode}): {proc.stderr.read()}")


def read_tables(out: Path) -> dict:
    return {name: pq.read_table(out / f"{name}.parquet") for name in schema.TABLES}


def _after_kill(left: Path, out: Path) -> None:
    assert left.exists(), "killed before the stage's file was written: not a mid-stage kill"
    for table in _visible_tables(out):
        if table.exists():  # a killed run's temporary folder may be on its way out
            pq.read_table(table)  # everything visible after the kill is complete


def crash_and_resume(stage: str, inp: Path, out: Path, reference: dict) -> None:
    """Kill `jejak run` in `stage`, run it again: it completes with the reference tables."""
    _after_kill(kill_during(_jejak_run(inp, out), out, *STAGE_OUTPUT[stage]), out)
    proc = _start(_jejak_run(inp, out))
    _, err = proc.communicate(timeout=900)
    assert proc.returncode == 0, err
    assert not list(out.rglob("*.tmp")), "the killed run's temporary files were not cleaned up"
    resumed = read_tables(out)
    for name, table in reference.items():
        assert resumed[name].equals(table), name


CLEAN_STAGE = "import sys; from pipeline.clean.__main__ import run; from pipeline.config import load_params; " \
              "run(sys.argv[1], sys.argv[2], load_params(sys.argv[3])['clean'])"


def test_clean_stage_killed_then_rerun_matches_uninterrupted_run(tmp_path: Path, seed_dataset: Path, params: dict) -> None:
    """The stage module on the seeds (no model to load, so it stays in the fast suite)."""
    raw, out = seed_dataset / ".interim" / "raw.parquet", tmp_path / "articles.parquet"
    cmd = [sys.executable, "-c", CLEAN_STAGE, str(raw), str(out), str(REPO / "params.yaml")]
    _after_kill(kill_during(cmd, tmp_path, "", "articles.parquet"), tmp_path)
    clean_run(raw, out, params["clean"])
    assert not list(tmp_path.rglob("*.tmp")), "the killed run's temporary files were not cleaned up"
    assert pq.read_table(out).equals(pq.read_table(seed_dataset / ".interim" / "articles.parquet"))


@pytest.mark.slow
def test_run_killed_during_clean_then_rerun_matches(tmp_path: Path, seed_dataset: Path) -> None:
    crash_and_resume("clean", SEEDS, tmp_path / "out", read_tables(seed_dataset))


@pytest.mark.slow
@pytest.mark.parametrize("stage", list(STAGE_OUTPUT))
def test_killed_in_any_stage_then_rerun_matches(stage: str, sample_run: tuple[Path, dict], tmp_path: Path) -> None:
    inp, reference = sample_run
    crash_and_resume(stage, inp, tmp_path / "out", reference)
