"""Stage `nlp`: run the pipeline over the `ok` articles, storing Docs in batches (DocBin)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa
from spacy.tokens import DocBin

from pipeline import paths
from pipeline.config import load_params
from pipeline.nlp.model import load_pipeline
from pipeline.parquet import AtomicWriter, iter_batches
from pipeline.progress import StageTimer, progress

NLP_SCHEMA = pa.schema([
    pa.field("batch", pa.int32()),
    pa.field("article_ids", pa.list_(pa.string())),
    pa.field("docs", pa.binary()),
])


def extractable(row: dict[str, Any], include_irrelevant: bool) -> bool:
    """Articles whose records go into the dataset: `ok`, and `irrelevant` only on request."""
    return row["status"] == "ok" or (include_irrelevant and row["status"] == "irrelevant")


def run(articles: str | Path, out: str | Path, params: dict[str, Any], include_irrelevant: bool = False) -> int:
    """Annotate every extractable article; one output row per batch of Docs."""
    timer = StageTimer("nlp")
    nlp = load_pipeline(params)
    n = 0
    with AtomicWriter(out, NLP_SCHEMA) as writer:
        for b, batch in enumerate(iter_batches(articles, params["batch_size"], ["article_id", "status", "text"])):
            rows = [r for r in batch if extractable(r, include_irrelevant)]
            docs = DocBin(store_user_data=False)
            for doc in progress(nlp.pipe(r["text"] for r in rows), "nlp", total=len(rows)):
                docs.add(doc)
            writer.write_rows([{"batch": b, "article_ids": [r["article_id"] for r in rows], "docs": docs.to_bytes()}])
            n += len(rows)
    timer.summary(n, f"{n} annotated articles")
    return n


def main() -> None:
    params = load_params()
    run(paths.ARTICLES, paths.NLP, params["nlp"], params["clean"]["extract_irrelevant"])


if __name__ == "__main__":
    main()
