"""The same input gives identical tables (rows, order, ids) across runs, processes and worker modes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

from pipeline import schema

REPO = Path(__file__).resolve().parents[2]


def _run_elsewhere(inp: Path, out: Path, params: dict, hash_seed: str) -> None:
    """`jejak run` in a fresh process with its own string-hash seed (set and dict order differ)."""
    params_file = out.parent / f"{out.name}.params.yaml"
    params_file.write_text(yaml.safe_dump(params), encoding="utf-8")
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "OMP_NUM_THREADS": "1"}
    subprocess.run([sys.executable, "-m", "pipeline.cli", "run", str(inp), "--out", str(out), "--params", str(params_file)],
                   cwd=REPO, env=env, check=True, capture_output=True)


@pytest.mark.slow
@pytest.mark.parametrize("hash_seed,limits,workers", [("1", True, 1), ("2", False, 2)])
def test_identical_tables_across_processes_and_worker_modes(sample_run, params: dict, tmp_path: Path,
                                                            hash_seed: str, limits: bool, workers: int) -> None:
    """Guarded workers (limits on) or in-process work (off), one or two worker processes: the same tables."""
    inp, reference = sample_run
    run_params = {**params, "clean": dict(params["clean"]), "extract": dict(params["extract"]),
                  "engine": {**params["engine"], "workers": workers}}
    if not limits:
        run_params["clean"]["article_timeout_s"] = run_params["extract"]["article_timeout_s"] = 0
    _run_elsewhere(inp, tmp_path / "out", run_params, hash_seed)
    assert reference["articles"].num_rows == 205
    for name in schema.TABLES:
        table = pq.read_table(tmp_path / "out" / f"{name}.parquet")
        assert table.equals(reference[name]), name
    ids = reference["articles"].column("article_id").to_pylist()
    assert len(set(ids)) == len(ids)
    assert len(set(reference["officials"].column("official_id").to_pylist())) > 0
