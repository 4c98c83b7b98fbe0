"""Stage `ingest`: every input file under the raw folder to one raw-articles Parquet."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from pipeline import paths, schema
from pipeline.config import load_params
from pipeline.parquet import AtomicWriter
from pipeline.progress import StageTimer, progress
from pipeline.readers import read_inputs, unsupported_files


def run(inputs: list[str | Path], out: str | Path, batch_size: int = 500) -> dict[str, Any]:
    """Read `inputs` (files or folders) into `out`.

    Returns the counts of readable and unreadable inputs and, for the run summary, the
    reasons of the unreadable ones (each naming its file and line) and the files skipped
    as not a supported format.
    """
    timer = StageTimer("ingest")
    counts: Counter[str] = Counter()
    unreadable: list[str] = []
    batch: list[dict] = []
    with AtomicWriter(out, schema.RAW) as writer:
        for rec in progress(read_inputs(inputs), "ingest"):
            if rec["reject_reason"]:
                counts["unreadable"] += 1
                unreadable.append(rec["reject_reason"])
            else:
                counts["read"] += 1
            batch.append(rec)
            if len(batch) >= batch_size:
                writer.write_rows(batch)
                batch = []
        writer.write_rows(batch)
    timer.summary(sum(counts.values()), f"{counts['read']} readable, {counts['unreadable']} unreadable")
    return {"read": counts["read"], "unreadable": counts["unreadable"], "reasons": unreadable,
            "skipped": unsupported_files(inputs)}


def main() -> None:
    run([paths.RAW_DIR], paths.RAW, load_params()["ingest"]["batch_size"])


if __name__ == "__main__":
    main()
