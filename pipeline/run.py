"""All stages in one call, without DVC: what `jejak run` does on any input."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline import dataset, ingest
from pipeline.clean.__main__ import run as clean_run
from pipeline.extract.__main__ import run as extract_run
from pipeline.nlp.__main__ import run as nlp_run


def run_all(inputs: list[str | Path], out_dir: str | Path, params: dict[str, Any]) -> dict[str, int]:
    """Run ingest -> clean -> nlp -> extract -> dataset; tables land in `out_dir`."""
    out_dir = Path(out_dir)
    interim = out_dir / ".interim"
    ingest.run(inputs, interim / "raw.parquet", params["ingest"]["batch_size"])
    clean_run(interim / "raw.parquet", interim / "articles.parquet", params["clean"], interim / "clean.json")
    nlp_run(interim / "articles.parquet", interim / "nlp.parquet", params["nlp"], params["clean"]["extract_irrelevant"])
    extract_run(interim / "nlp.parquet", interim / "articles.parquet", interim / "records", params["extract"]["batch_size"])
    return dataset.run(interim / "articles.parquet", interim / "records", out_dir)
