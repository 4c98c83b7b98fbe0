"""Stage `dataset`: the six published tables, typed by `pipeline.schema`.

Articles whose extraction failed become `rejected` with the reason; records are kept
only for articles that are in the dataset with status `ok` (or `irrelevant` when the
parameters ask for their extraction).
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline import paths, schema
from pipeline.config import load_params
from pipeline.parquet import AtomicWriter
from pipeline.progress import StageTimer


def run(articles: str | Path, records_dir: str | Path, out_dir: str | Path) -> dict[str, int]:
    """Write `out_dir/<table>.parquet` for all six tables; returns row counts."""
    timer = StageTimer("dataset")
    records_dir, out_dir = Path(records_dir), Path(out_dir)
    table = pq.read_table(articles, schema=schema.ARTICLES)
    failures = {r["article_id"]: r["reject_reason"] for r in pq.read_table(records_dir / "failures.parquet").to_pylist()}
    if failures:
        rows = table.to_pylist()
        for row in rows:
            if row["article_id"] in failures:
                row.update(status="rejected", reject_reason=failures[row["article_id"]])
        table = pa.Table.from_pylist(rows, schema=schema.ARTICLES)
    counts = {"articles": table.num_rows}
    with AtomicWriter(out_dir / "articles.parquet", schema.ARTICLES) as w:
        w.write_table(table)
    keep = pa.array(sorted(set(table.column("article_id").to_pylist()) - set(failures)))
    for name in schema.RECORD_TABLES:
        records = pq.read_table(records_dir / f"{name}.parquet", schema=schema.TABLES[name])
        records = records.filter(pc.is_in(records.column("article_id"), value_set=keep))
        with AtomicWriter(out_dir / f"{name}.parquet", schema.TABLES[name]) as w:
            w.write_table(records)
        counts[name] = records.num_rows
    timer.summary(counts["articles"], ", ".join(f"{v} {k}" for k, v in counts.items()))
    return counts


def summarize(dataset_dir: str | Path) -> str:
    """How many rows each table holds and where it is; article statuses beside."""
    dataset_dir = Path(dataset_dir)
    lines = [f"Jejak dataset in {dataset_dir}/"]
    for name in schema.TABLES:
        path = dataset_dir / f"{name}.parquet"
        if not path.exists():
            lines.append(f"  {name:<12} missing")
            continue
        n = pq.ParquetFile(path).metadata.num_rows
        extra = ""
        if name == "articles":
            status = pq.read_table(path, columns=["status"]).column("status").value_counts().to_pylist()
            extra = "  (" + ", ".join(f"{s['counts']} {s['values']}" for s in sorted(status, key=lambda s: s["values"])) + ")"
        lines.append(f"  {name:<12} {n:>7} rows  {path}{extra}")
    return "\n".join(lines)


def main() -> None:
    load_params()
    run(paths.ARTICLES, paths.RECORDS, paths.DATASET)
    print(summarize(paths.DATASET))


if __name__ == "__main__":
    main()
