"""Stage `extract`: run every extractor over the annotated articles.

Writes one Parquet of records per dataset table under `data/interim/records/`, plus
`failures.parquet` for articles whose extraction raised (they become `rejected`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import spacy
from spacy.tokens import DocBin

from pipeline import paths, schema
from pipeline.config import load_params
from pipeline.extract import commitments, dates, indicators, officials, orgs, quotes, visits
from pipeline.extract.base import Article
from pipeline.parquet import AtomicWriter
from pipeline.progress import StageTimer, progress

# Order matters: each extractor may read the results of those before it.
ORDER: list[tuple[str, Callable[[Article], list[dict[str, Any]]]]] = [
    ("officials", officials.extract),
    ("orgs", orgs.extract),
    ("dates", dates.extract),
    ("quotes", quotes.extract),
    ("indicators", indicators.extract),
    ("visits", visits.extract),
    ("commitments", commitments.extract),
]
FAILURES = pa.schema([pa.field("article_id", pa.string()), pa.field("reject_reason", pa.string())])


def extract_article(article: Article) -> dict[str, list[dict[str, Any]]]:
    """All records of one article, keyed by table (internal helper tables included)."""
    for name, fn in ORDER:
        article.results[name] = fn(article)
    return article.results


def iter_articles(nlp_path: str | Path, articles_path: str | Path) -> Iterator[Article]:
    """Articles rebuilt from the stored Docs, with their metadata from the articles table."""
    meta_cols = ["article_id", "published_date", "title"]
    meta = {r["article_id"]: r for r in pq.read_table(articles_path, columns=meta_cols).to_pylist()}
    vocab = spacy.blank("id").vocab
    pf = pq.ParquetFile(nlp_path)
    for batch in pf.iter_batches(batch_size=1):
        for row in batch.to_pylist():
            docs = DocBin().from_bytes(row["docs"]).get_docs(vocab)
            for article_id, doc in zip(row["article_ids"], docs):
                m = meta.get(article_id, {})
                published: date | None = m.get("published_date")
                yield Article(doc, article_id, published, m.get("title"))


def run(nlp_path: str | Path, articles_path: str | Path, out_dir: str | Path, batch_size: int = 64) -> dict[str, int]:
    """Extract records for every annotated article into `out_dir/<table>.parquet`."""
    timer = StageTimer("extract")
    out_dir = Path(out_dir)
    writers = {t: AtomicWriter(out_dir / f"{t}.parquet", schema.TABLES[t]) for t in schema.RECORD_TABLES}
    failures = AtomicWriter(out_dir / "failures.parquet", FAILURES)
    buffers: dict[str, list[dict[str, Any]]] = {t: [] for t in writers}
    failed: list[dict[str, str]] = []

    def flush() -> None:
        for table, writer in writers.items():
            writer.write_rows(buffers[table])
            buffers[table] = []
        failures.write_rows(failed)
        failed.clear()

    n = 0
    try:
        for article in progress(iter_articles(nlp_path, articles_path), "extract"):
            n += 1
            try:
                results = extract_article(article)
            except Exception as e:  # one bad article never stops the run
                failed.append({"article_id": article.article_id,
                               "reject_reason": f"extraction failed: {type(e).__name__}: {e}"})
                continue
            for table in writers:
                buffers[table] += results.get(table, [])
            if n % batch_size == 0:
                flush()
        flush()
    except BaseException:
        for w in [*writers.values(), failures]:
            w.abort()
        raise
    for w in [*writers.values(), failures]:
        w.close()
    counts = {t: w.rows for t, w in writers.items()}
    timer.summary(n, ", ".join(f"{v} {k}" for k, v in counts.items()))
    return counts


def main() -> None:
    run(paths.NLP, paths.ARTICLES, paths.RECORDS, load_params()["extract"]["batch_size"])


if __name__ == "__main__":
    main()
