"""Stage `extract`: run every extractor over the annotated articles.

Writes one Parquet of records per dataset table under `data/interim/records/`, plus
`failures.parquet` for articles whose extraction raised (they become `rejected`).
"""

from __future__ import annotations

import multiprocessing as mp
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from spacy.lang.id import Indonesian
from spacy.tokens import Doc
from spacy.vocab import Vocab, create_vocab

from pipeline import cache as record_cache, paths, schema
from pipeline.cache import RecordCache
from pipeline.config import JejakError, load_params
from pipeline.engine import Engine, LocalEngine, make_engine
from pipeline.extract import commitments, dates, indicators, officials, orgs, quotes, visits
from pipeline.extract.base import Article
from pipeline.guard import Failed, Outcome, Overrun, StreamWorker
from pipeline.nlp import serialize
from pipeline.parquet import AtomicWriter, temp_dir_beside
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


_VOCAB: list[Vocab] = []


WARM_UP = ('Wali Kota Bogor Bima Arya meninjau Dinas Kesehatan Kota Bogor pada Senin (6/1/2025). "Kami menargetkan '
           'cakupan imunisasi naik menjadi 95 persen pada Desember 2025," ujar Bima.')


def _warm_up_doc(vocab: Vocab) -> Doc:
    """WARM_UP as a Doc of words and punctuation, one sentence, "Bima Arya" a PER entity.

    Built without a tokenizer: making one loads ~2,700 Indonesian special cases (seconds).
    """
    words = [m.group() for m in re.finditer(r"\w+|[^\w\s]", WARM_UP)]
    spaces, pos = [], 0
    for w in words:
        pos = WARM_UP.index(w, pos) + len(w)
        spaces.append(WARM_UP[pos:pos + 1] == " ")
    return Doc(vocab, words=words, spaces=spaces, sent_starts=[True] + [False] * (len(words) - 1),
               ents=["O"] * 3 + ["B-PER", "I-PER"] + ["O"] * (len(words) - 5))


def _vocab() -> Vocab:
    """One Indonesian vocabulary per process, made before the guarded workers fork: a replacement starts at once.

    The extractors also run once on a fixed text here, so the guarded worker of every batch is
    forked with their imports, gazetteers and date parsers loaded (about a second per batch saved).
    """
    if not _VOCAB:
        vocab = create_vocab("id", Indonesian.Defaults)
        extract_article(Article(_warm_up_doc(vocab), "warm-up", None, None))
        _VOCAB.append(vocab)
    return _VOCAB[0]


def _record_tables(article: Article) -> dict[str, list[dict[str, Any]]]:
    """The records of one article for the dataset tables: what crosses from the guarded worker."""
    return {t: recs for t, recs in extract_article(article).items() if t in schema.RECORD_TABLES}


def _batch_articles(batch: dict[str, Any], skip: int) -> Iterator[Article]:
    """The articles of one batch of the nlp stage, from index `skip` on (decoded where they are extracted)."""
    ids = batch["article_ids"]
    docs = serialize.unpack(batch["docs"], batch.get("spans"), _vocab())
    meta = zip(ids, batch.get("published_dates") or [None] * len(ids), batch.get("titles") or [None] * len(ids), docs)
    for article_id, published, title, doc in islice(meta, skip, None):
        yield Article(doc, article_id, published, title)


def _article_id(article: Article) -> str:
    return article.article_id


_STREAM: list[StreamWorker] = []
# Batches a guarded worker serves before it is replaced. A new one starts with an empty vocabulary,
# and making the lexemes of a corpus's words again made decoding Docs up to 2.5x slower; 400
# batches (25,600 articles) keep its vocabulary, its only growing memory, at tens of megabytes.
RECYCLE_AFTER = 400


def _stream() -> StreamWorker:
    """This process's guarded extraction worker, forked once the vocabulary and extractors are warm."""
    if not _STREAM:
        _vocab()
        _STREAM.append(StreamWorker(_batch_articles, _record_tables, _article_id, recycle_after=RECYCLE_AFTER))
    return _STREAM[0]


@contextmanager
def _streaming() -> Iterator[None]:
    """Stop this process's guarded worker when the stage ends (a pool's workers take theirs with them)."""
    try:
        yield
    finally:
        for worker in _STREAM:
            worker.close()
        _STREAM.clear()


def extract_batch(batch: dict[str, Any], limit_s: float | None) -> list[Outcome]:
    """The outcomes of one batch of annotated articles, each article within `limit_s` seconds.

    The unit of work a worker process or Dask task runs. `batch` is a row of the nlp stage: the
    `article_ids`, their `published_dates` and `titles`, `docs` and `spans` (`serialize.pack`); the
    process's guarded worker decodes the Docs itself and resumes after an article that overran.
    """
    if limit_s and mp.current_process().daemon:
        raise JejakError("the extract time limit needs worker processes that may start children: "
                         "start Dask workers with DASK_DISTRIBUTED__WORKER__DAEMON=False")
    return list(_stream().map(batch, limit_s))


def run(nlp_path: str | Path, articles_path: str | Path, out_dir: str | Path, batch_size: int = 64,
        limit_s: float | None = None, include_irrelevant: bool = False, engine: Engine | None = None,
        cache: RecordCache | None = None) -> dict[str, int]:
    """Extract records for every annotated article into `out_dir/<table>.parquet`, each within `limit_s`.

    Articles annotated in `nlp_path` are extracted (batches on `engine`, default this process)
    and added to `cache`; the tables are then written from the cache for every extractable
    article, in table order, so cached and fresh articles, and any engine, give the same rows.
    """
    timer = StageTimer("extract")
    out_dir = Path(out_dir)
    engine = engine or LocalEngine(1)
    with temp_dir_beside(out_dir) as tmp:
        cache = cache or RecordCache(tmp, "0" * 16)
        order = cache.order(articles_path, include_irrelevant)
        keys = dict(order)
        batches = (row for batch in pq.ParquetFile(nlp_path).iter_batches(batch_size=1) for row in batch.to_pylist())
        tables = {t: schema.TABLES[t] for t in schema.RECORD_TABLES}
        n, failed, failed_ids = 0, [], set()
        if pq.ParquetFile(nlp_path).metadata.num_rows:
            _vocab()  # extractors warmed up here, before the pool or the guarded workers fork
        with cache.part(tables) as part, AtomicWriter(out_dir / "failures.parquet", FAILURES) as failures, \
                _streaming():
            for outcomes in engine.map(partial(extract_batch, limit_s=limit_s), batches):
                for outcome in progress(outcomes, "extract"):
                    n += 1
                    if not outcome.ok:
                        failed_ids.add(outcome.label)
                    if isinstance(outcome.result, Overrun):  # one bad article never stops the run
                        failed.append({"article_id": outcome.label, "reject_reason":
                                       f"extraction took longer than {limit_s:g} s (extract.article_timeout_s)"})
                    elif isinstance(outcome.result, Failed):
                        failed.append({"article_id": outcome.label, "reject_reason": f"extraction failed: {outcome.result.error}"})
                    elif outcome.label in keys:
                        part.add(keys[outcome.label], outcome.result)
                if len(failed) >= batch_size:
                    failures.write_rows(failed)
                    failed.clear()
            failures.write_rows(failed)
        order = [(a, k) for a, k in order if a not in failed_ids]
        try:
            counts = cache.assemble(order, out_dir, tables)
        except KeyError as e:
            raise JejakError(f"{e.args[0]}: they are neither in {nlp_path} nor in the cache; run the nlp stage again") from None
    timer.summary(n, ", ".join(f"{v} {k}" for k, v in counts.items()))
    return counts


def main() -> None:
    params = load_params()
    p = params["extract"]
    cache = RecordCache(paths.CACHE, record_cache.version(params["nlp"], p))
    engine = make_engine(params.get("engine"))
    try:
        run(paths.NLP, paths.ARTICLES, paths.RECORDS, p["batch_size"], p.get("article_timeout_s"),
            params["clean"]["extract_irrelevant"], engine, cache)
    finally:
        engine.close()


if __name__ == "__main__":
    main()
