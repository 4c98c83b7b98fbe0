"""Stage `nlp`: run the pipeline over the `ok` articles, storing Docs in batches (`serialize.pack`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import ExitStack
from functools import partial
from itertools import chain
from pathlib import Path
from typing import Any

import pyarrow as pa
from spacy.language import Language

from pipeline import cache as record_cache, paths
from pipeline.cache import RecordCache
from pipeline.config import load_params
from pipeline.engine import Engine, LocalEngine, make_engine
from pipeline.nlp import serialize
from pipeline.nlp.model import load_pipeline
from pipeline.parquet import AtomicWriter, iter_batches
from pipeline.progress import StageTimer, progress

NLP_SCHEMA = pa.schema([
    pa.field("batch", pa.int32()),
    pa.field("article_ids", pa.list_(pa.string())),
    pa.field("docs", pa.binary()),
    pa.field("spans", serialize.SPANS),
])


def extractable(row: dict[str, Any], include_irrelevant: bool) -> bool:
    """Articles whose records go into the dataset: `ok`, and `irrelevant` only on request."""
    return row["status"] == "ok" or (include_irrelevant and row["status"] == "irrelevant")


_PIPELINES: dict[str, Language] = {}


def _key(params: dict[str, Any]) -> str:
    return json.dumps(params, sort_keys=True, default=str)


def pipeline_for(params: dict[str, Any]) -> Language:
    """The pipeline for `params`, loaded once per process (a forked worker inherits the parent's)."""
    key = _key(params)
    if key not in _PIPELINES:
        _PIPELINES[key] = load_pipeline(params)
    return _PIPELINES[key]


class MemoryZone:
    """One memory zone kept open across batches, renewed once `max_new_strings` strings entered it.

    Strings and lexemes made inside a zone are freed when it closes, so a worker's memory does
    not grow with every new word of the corpus. A zone per batch made the nlp stage ~20% slower
    (every batch re-created the lexemes of its common words); a zone over many batches costs
    nothing measurable and still bounds the vocabulary.
    """

    def __init__(self, nlp: Language, max_new_strings: int) -> None:
        self.nlp, self.max_new_strings = nlp, max_new_strings
        self._stack: ExitStack | None = None
        self._base = 0

    def renew_if_full(self) -> None:
        """Close the zone if it holds too many strings (the Docs made in it must be serialised), then open one."""
        if self._stack is not None and len(self.nlp.vocab.strings) - self._base > self.max_new_strings:
            self.close()
        if self._stack is None:
            self._base = len(self.nlp.vocab.strings)
            self._stack = ExitStack()
            self._stack.enter_context(self.nlp.memory_zone())

    def close(self) -> None:
        if self._stack is not None:
            self._stack.close()
            self._stack = None


_ZONES: dict[str, MemoryZone] = {}
ZONE_MAX_NEW_STRINGS = 200_000  # ~40 MB of strings and lexemes; a 640-article window adds ~17,000


def annotate(rows: list[dict[str, Any]], params: dict[str, Any]) -> tuple[bytes, list[list[dict[str, Any]]]]:
    """One batch of articles to Docs (`serialize.pack`): the unit of work a worker process or Dask task runs.

    The Docs live in the process's memory zone (`MemoryZone`) only until they are serialised here.
    """
    nlp = pipeline_for(params)
    key = _key(params)
    zone = _ZONES.setdefault(key, MemoryZone(nlp, ZONE_MAX_NEW_STRINGS))
    zone.renew_if_full()
    return serialize.pack(nlp.pipe(r["text"] for r in rows))


def close_zones() -> None:
    """Free the strings of this process's memory zones (the stage's end, in the process that ran it)."""
    for zone in _ZONES.values():
        zone.close()
    _ZONES.clear()


def run(articles: str | Path, out: str | Path, params: dict[str, Any], include_irrelevant: bool = False,
        engine: Engine | None = None, cache: RecordCache | None = None) -> int:
    """Annotate every extractable article not in `cache`; one output row per batch of Docs, in article order.

    The batches go to `engine` (default: this process); they are the same whatever the engine,
    so the output is too.
    """
    timer = StageTimer("nlp")
    if params.get("model"):  # a Dask worker may run elsewhere than here
        params = {**params, "model": str(Path(params["model"]).resolve())}
    engine = engine or LocalEngine(1)
    columns = ["article_id", "status", "text", "title", "published_date"]
    batches: list[tuple[int, list[str]]] = []

    def todo() -> Iterator[list[dict[str, Any]]]:
        for b, batch in enumerate(iter_batches(articles, params["batch_size"], columns)):
            rows = [r for r in batch if extractable(r, include_irrelevant) and not (cache and cache.key(r) in cache)]
            if rows:
                batches.append((b, [r["article_id"] for r in rows]))
                yield [{"article_id": r["article_id"], "text": r["text"]} for r in rows]

    n = 0
    pending = todo()
    first = next(pending, None)
    if first is not None and isinstance(engine, LocalEngine):
        pipeline_for(params)  # loaded once there is work, before the pool forks
    work = chain([first], pending) if first is not None else iter(())
    try:
        with AtomicWriter(out, NLP_SCHEMA) as writer:
            for docs, spans in progress(engine.map(partial(annotate, params=params), work), "nlp", unit="batch"):
                b, ids = batches.pop(0)
                writer.write_rows([{"batch": b, "article_ids": ids, "docs": docs, "spans": spans}])
                n += len(ids)
    finally:
        close_zones()
    timer.summary(n, f"{n} annotated articles")
    return n


def main() -> None:
    params = load_params()
    cache = RecordCache(paths.CACHE, record_cache.version(params["nlp"], params["extract"]))
    engine = make_engine(params.get("engine"))
    try:
        run(paths.ARTICLES, paths.NLP, params["nlp"], params["clean"]["extract_irrelevant"], engine, cache)
    finally:
        engine.close()


if __name__ == "__main__":
    main()
