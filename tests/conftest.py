"""Shared fixtures: the real seed articles run through every stage once per session."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.config import load_params
from pipeline.run import run_all

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "data" / "raw" / "seeds"


@pytest.fixture(scope="session")
def params() -> dict:
    return load_params(REPO / "params.yaml")


@pytest.fixture(scope="session")
def seed_dataset(tmp_path_factory: pytest.TempPathFactory, params: dict) -> Path:
    """The six tables built from the five seed articles."""
    out = tmp_path_factory.mktemp("seeds")
    run_all([SEEDS], out, params)
    return out


@pytest.fixture(scope="session")
def seed_tables(seed_dataset: Path) -> dict[str, list[dict]]:
    return {p.stem: pq.read_table(p).to_pylist() for p in seed_dataset.glob("*.parquet")}
