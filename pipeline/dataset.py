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
from pipeline.parquet import AtomicWriter, copy_atomic
from pipeline.progress import StageTimer


def _write_articles(articles: str | Path, out: Path, failures: dict[str, str], ids: set[str], batch_size: int) -> int:
    """The articles table with the articles whose extraction failed marked `rejected`; collects the ids."""
    with AtomicWriter(out, schema.ARTICLES) as w:
        for batch in pq.ParquetFile(articles).iter_batches(batch_size=batch_size):
            table = pa.Table.from_batches([batch]).cast(schema.ARTICLES)
            batch_ids = table.column("article_id").to_pylist()
            ids.update(batch_ids)
            if failures.keys() & set(batch_ids):
                rows = table.to_pylist()
                for row in rows:
                    if row["article_id"] in failures:
                        row.update(status="rejected", reject_reason=failures[row["article_id"]])
                table = pa.Table.from_pylist(rows, schema=schema.ARTICLES)
            w.write_table(table)
    return w.rows


def run(articles: str | Path, records_dir: str | Path, out_dir: str | Path, batch_size: int = 2000) -> dict[str, int]:
    """Write `out_dir/<table>.parquet` for all six tables; returns row counts.

    Streams every table `batch_size` rows at a time: memory holds the article ids, not the tables.
    """
    timer = StageTimer("dataset")
    records_dir, out_dir = Path(records_dir), Path(out_dir)
    failures = {r["article_id"]: r["reject_reason"] for r in pq.read_table(records_dir / "failures.parquet").to_pylist()}
    ids: set[str] = set()
    if not failures and pq.read_schema(articles).equals(schema.ARTICLES):  # nothing to change: the clean stage's file
        copy_atomic(articles, out_dir / "articles.parquet")
        ids.update(pq.read_table(articles, columns=["article_id"]).column("article_id").to_pylist())
        counts = {"articles": pq.ParquetFile(articles).metadata.num_rows}
    else:
        counts = {"articles": _write_articles(articles, out_dir / "articles.parquet", failures, ids, batch_size)}
    keep = pa.array(sorted(ids - set(failures)), pa.string())
    for name in schema.RECORD_TABLES:
        with AtomicWriter(out_dir / f"{name}.parquet", schema.TABLES[name]) as w:
            for batch in pq.ParquetFile(records_dir / f"{name}.parquet").iter_batches(batch_size=batch_size):
                records = pa.Table.from_batches([batch]).cast(schema.TABLES[name])
                w.write_table(records.filter(pc.is_in(records.column("article_id"), value_set=keep)))
        counts[name] = w.rows
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
