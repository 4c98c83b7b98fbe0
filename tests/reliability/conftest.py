"""Shared by the reliability tests: the annotation pipeline, and the bundled sample run once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from spacy.language import Language

from pipeline import schema
from pipeline.nlp.model import load_pipeline
from pipeline.run import run_all

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def nlp_pipeline(params: dict) -> Language:
    return load_pipeline(params["nlp"])


def _tables(out: Path) -> dict[str, pa.Table]:
    return {name: pq.read_table(out / f"{name}.parquet") for name in schema.TABLES}


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory: pytest.TempPathFactory, params: dict) -> tuple[Path, dict[str, pa.Table]]:
    """The bundled sample (seeds and 200 CLICK-ID articles) and the tables of one uninterrupted run."""
    inp = tmp_path_factory.mktemp("sample_in")
    shutil.copytree(REPO / "data" / "raw" / "seeds", inp / "seeds")
    shutil.copy(REPO / "data" / "raw" / "clickid_sample.jsonl", inp)
    out = tmp_path_factory.mktemp("sample_out")
    run_all([inp], out, params)
    return inp, _tables(out)
