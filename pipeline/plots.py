"""Data for `dvc plots show`: precision and recall per table, and records per stage.

`evaluate` writes `metrics/eval_plot.json` with `eval_rows`; the `stage_counts` stage
(`python -m pipeline.plots`) writes `metrics/stages.json`: what each stage handed on,
read back from the files the stages wrote, so it costs no extra pass over the data.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline import paths, schema
from pipeline.parquet import write_json_atomic
from pipeline.progress import StageTimer


def eval_rows(scores: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per record table: precision, recall and F1 from the evaluate scores."""
    return [{"table": t, "precision": scores[t]["precision"], "recall": scores[t]["recall"], "f1": scores[t]["f1"]}
            for t in schema.RECORD_TABLES if t in scores]


def _rows(path: Path) -> int:
    return pq.ParquetFile(path).metadata.num_rows if path.exists() else 0


def _records(folder: Path) -> int:
    return sum(_rows(folder / f"{t}.parquet") for t in schema.RECORD_TABLES)


def stage_rows(raw: Path, articles: Path, nlp: Path, records: Path, dataset: Path) -> list[dict[str, Any]]:
    """What each stage handed on: articles read, kept, annotated; records extracted and published."""
    status = pq.read_table(articles, columns=["status"]).column("status")
    annotated = pq.read_table(nlp, columns=["article_ids"]).column("article_ids")
    return [
        {"stage": "ingest", "unit": "articles read", "count": _rows(raw)},
        {"stage": "clean", "unit": "articles ok", "count": int(pc.sum(pc.equal(status, "ok")).as_py() or 0)},
        {"stage": "nlp", "unit": "articles annotated", "count": int(pc.sum(pc.list_value_length(annotated)).as_py() or 0)},
        {"stage": "extract", "unit": "records", "count": _records(records)},
        {"stage": "dataset", "unit": "records", "count": _records(dataset)},
    ]


def main() -> None:
    timer = StageTimer("stage_counts")
    rows = stage_rows(paths.RAW, paths.ARTICLES, paths.NLP, paths.RECORDS, paths.DATASET)
    write_json_atomic(paths.METRICS / "stages.json", rows)
    timer.summary(rows[0]["count"], ", ".join(f"{r['stage']} {r['count']} {r['unit']}" for r in rows))


if __name__ == "__main__":
    main()
