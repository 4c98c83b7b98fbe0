"""Stage `ingest`: every input file under the raw folder to one raw-articles Parquet."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from pipeline import paths, schema
from pipeline.config import load_params
from pipeline.parquet import AtomicWriter
from pipeline.progress import StageTimer, progress
from pipeline.readers import read_inputs


def run(inputs: list[str | Path], out: str | Path, batch_size: int = 500) -> dict[str, int]:
    """Read `inputs` (files or folders) into `out`; returns counts of read and unreadable inputs."""
    timer = StageTimer("ingest")
    counts: Counter[str] = Counter()
    batch: list[dict] = []
    with AtomicWriter(out, schema.RAW) as writer:
        for rec in progress(read_inputs(inputs), "ingest"):
            counts["rejected" if rec["reject_reason"] else "read"] += 1
            batch.append(rec)
            if len(batch) >= batch_size:
                writer.write_rows(batch)
                batch = []
        writer.write_rows(batch)
    timer.summary(sum(counts.values()), f"{counts['read']} readable, {counts['rejected']} unreadable")
    return dict(counts)


def main() -> None:
    run([paths.RAW_DIR], paths.RAW, load_params()["ingest"]["batch_size"])


if __name__ == "__main__":
    main()
