"""SIGKILL in the middle of a stage, run again: complete, identical tables, no partial file ever visible."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import schema
from pipeline.run import run_all

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "data" / "raw" / "seeds"
SAMPLE = REPO / "data" / "raw" / "clickid_sample.jsonl"

# The file each stage writes (relative to --out) while it runs (clean's first pass has a suffix).
STAGE_OUTPUT = {
    "ingest": ".interim/raw.parquet",
    "clean": ".interim/articles.parquet",
    "nlp": ".interim/nlp.parquet",
    "extract": ".interim/records/quotes.parquet",
    "dataset": "quotes.parquet",
}


def _visible_tables(out: Path) -> list[Path]:
    return [p for p in out.rglob("*.parquet") if not p.name.startswith(".")]


def _run(inp: Path, out: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "pipeline.cli", "run", str(inp), "--out", str(out), "--params", str(REPO / "params.yaml")]
    return subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def kill_during(stage: str, inp: Path, out: Path) -> Path:
    """Start `jejak run`, SIGKILL it while `stage` writes its output; returns the temp file it left.

    While waiting, every Parquet file visible under `out` is opened: none may be partial.
    """
    target = out / STAGE_OUTPUT[stage]
    proc = _run(inp, out)
    try:
        while proc.poll() is None:
            temps = list(target.parent.glob(f".{target.name}*.{proc.pid}.*.tmp")) if target.parent.exists() else []
            if temps:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
                return temps[0]
            for table in _visible_tables(out):
                pq.ParquetFile(table).metadata  # raises on a partial or corrupt file
            time.sleep(0.002)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    pytest.fail(f"the run ended before the {stage} stage was seen writing (exit {proc.returncode}): {proc.stderr.read()}")


def _tables(out: Path) -> dict:
    return {name: pq.read_table(out / f"{name}.parquet") for name in schema.TABLES}


def crash_and_resume(stage: str, inp: Path, out: Path, reference: dict) -> None:
    left = kill_during(stage, inp, out)
    assert left.exists(), "killed before the stage's file was written: not a mid-stage kill"
    for table in _visible_tables(out):
        pq.read_table(table)  # everything visible after the kill is complete
    proc = _run(inp, out)
    _, err = proc.communicate(timeout=900)
    assert proc.returncode == 0, err
    assert not list(out.rglob("*.tmp")), "the killed run's temporary files were not cleaned up"
    resumed = _tables(out)
    for name, table in reference.items():
        assert resumed[name].equals(table), name


def test_killed_during_clean_then_rerun_matches_uninterrupted_run(tmp_path: Path, seed_dataset: Path) -> None:
    crash_and_resume("clean", SEEDS, tmp_path / "out", _tables(seed_dataset))


@pytest.fixture(scope="module")
def sample_input(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """The bundled sample (seeds and 200 CLICK-ID articles) and its uninterrupted tables."""
    inp = tmp_path_factory.mktemp("sample_in")
    shutil.copytree(SEEDS, inp / "seeds")
    shutil.copy(SAMPLE, inp)
    out = tmp_path_factory.mktemp("sample_ref")
    from pipeline.config import load_params

    run_all([inp], out, load_params(REPO / "params.yaml"))
    return inp, _tables(out)


@pytest.mark.slow
@pytest.mark.parametrize("stage", list(STAGE_OUTPUT))
def test_killed_in_any_stage_then_rerun_matches(stage: str, sample_input: tuple[Path, dict], tmp_path: Path) -> None:
    inp, reference = sample_input
    crash_and_resume(stage, inp, tmp_path / "out", reference)
