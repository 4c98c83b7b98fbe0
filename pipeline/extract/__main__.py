"""Stage `extract`: run every extractor over the annotated articles.

Writes one Parquet of records per dataset table under `data/interim/records/`, plus
`failures.parquet` for articles whose extraction raised (they become `rejected`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import spacy
from spacy.tokens import DocBin
from spacy.vocab import Vocab

from pipeline import paths, schema
from pipeline.config import load_params
from pipeline.extract import commitments, dates, indicators, officials, orgs, quotes, visits
from pipeline.extract.base import Article
from pipeline.guard import Failed, Overrun, guarded_map
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


def iter_articles(nlp_path: str | Path, articles_path: str | Path, skip: int = 0, vocab: Vocab | None = None) -> Iterator[Article]:
    """Articles rebuilt from the stored Docs (from index `skip` on), with metadata from the articles table."""
    meta_cols = ["article_id", "published_date", "title"]
    meta = {r["article_id"]: r for r in pq.read_table(articles_path, columns=meta_cols).to_pylist()}
    vocab = vocab if vocab is not None else spacy.blank("id").vocab
    pf = pq.ParquetFile(nlp_path)
    for batch in pf.iter_batches(batch_size=1):
        for row in batch.to_pylist():
            if skip >= len(row["article_ids"]):  # resuming after an overrun: no need to decode these
                skip -= len(row["article_ids"])
                continue
            docs = DocBin().from_bytes(row["docs"]).get_docs(vocab)
            for article_id, doc in islice(zip(row["article_ids"], docs), skip, None):
                m = meta.get(article_id, {})
                published: date | None = m.get("published_date")
                yield Article(doc, article_id, published, m.get("title"))
            skip = 0


def _record_tables(article: Article) -> dict[str, list[dict[str, Any]]]:
    """The records of one article for the dataset tables: what crosses from the guarded worker."""
    return {t: recs for t, recs in extract_article(article).items() if t in schema.RECORD_TABLES}


def run(nlp_path: str | Path, articles_path: str | Path, out_dir: str | Path, batch_size: int = 64,
        limit_s: float | None = None) -> dict[str, int]:
    """Extract records for every annotated article into `out_dir/<table>.parquet`, each within `limit_s`."""
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
        vocab = spacy.blank("id").vocab  # made before the worker forks: a replacement worker starts at once
        outcomes = guarded_map(lambda skip: iter_articles(nlp_path, articles_path, skip, vocab), _record_tables,
                               lambda a: a.article_id, limit_s)
        for outcome in progress(outcomes, "extract"):
            n += 1
            if isinstance(outcome.result, Overrun):  # one bad article never stops the run
                failed.append({"article_id": outcome.label, "reject_reason":
                               f"extraction took longer than {limit_s:g} s (extract.article_timeout_s)"})
                continue
            if isinstance(outcome.result, Failed):
                failed.append({"article_id": outcome.label, "reject_reason": f"extraction failed: {outcome.result.error}"})
                continue
            for table in writers:
                buffers[table] += outcome.result.get(table, [])
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
    params = load_params()["extract"]
    run(paths.NLP, paths.ARTICLES, paths.RECORDS, params["batch_size"], params.get("article_timeout_s"))


if __name__ == "__main__":
    main()
