"""Stage `nlp`: run the pipeline over the `ok` articles, storing Docs in batches (`serialize.pack`)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import ExitStack
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import Any

import pyarrow as pa
from spacy.language import Language

from pipeline import cache as record_cache, paths
from pipeline.cache import RecordCache, extractable_tables
from pipeline.config import load_params
from pipeline.engine import Engine, LocalEngine, make_engine
from pipeline.nlp import serialize
from pipeline.nlp.model import load_pipeline
from pipeline.parquet import AtomicWriter
from pipeline.progress import StageTimer, progress

NLP_SCHEMA = pa.schema([
    pa.field("batch", pa.int32()),
    pa.field("article_ids", pa.list_(pa.string())),
    pa.field("published_dates", pa.list_(pa.date32())),  # what the extractors need besides the Docs
    pa.field("titles", pa.list_(pa.string())),
    pa.field("docs", pa.binary()),
    pa.field("spans", serialize.SPANS),
])


_PIPELINES: dict[str, Language] = {}
_LOADING = threading.Lock()  # `jejak run` may load the pipeline in a thread while the clean stage runs


def _key(params: dict[str, Any]) -> str:
    return json.dumps(params, sort_keys=True, default=str)


def pipeline_for(params: dict[str, Any]) -> Language:
    """The pipeline for `params`, loaded once per process (a forked worker inherits the parent's)."""
    key = _key(params)
    with _LOADING:
        if key not in _PIPELINES:
            _PIPELINES[key] = load_pipeline(params)
    return _PIPELINES[key]


def resolved_params(params: dict[str, Any]) -> dict[str, Any]:
    """`params` with an absolute model path: a Dask worker may run elsewhere than here."""
    return {**params, "model": str(Path(params["model"]).resolve())} if params.get("model") else params


PRELOAD_ENV = "JEJAK_NLP_PRELOAD"  # the params `pipeline.nlp.preload` loads the pipeline of, as JSON


def preload_pipeline(params: dict[str, Any]) -> None:
    """Load the pipeline ahead of the stage; a failure is left for the stage to raise and report."""
    try:
        pipeline_for(params)
    except Exception:  # noqa: BLE001 - the nlp stage loads it again and reports the error
        pass


class MemoryZone:
    """Bound a process's vocabulary: the first `keep` new strings stay, later ones live in renewed zones.

    Strings and lexemes made inside a spaCy memory zone are freed when it closes, so a worker's
    memory does not grow with every new word of the corpus. But the tokenizer caches no word inside
    a zone, and a zone per batch re-creates the lexemes of the batch's words: that made the nlp
    stage ~30% slower. So the zone starts only once the vocabulary holds `keep` new strings (the
    common words, cached for good), and is renewed when `window` more strings entered it.
    """

    def __init__(self, nlp: Language, keep: int, window: int) -> None:
        self.nlp, self.keep, self.window = nlp, keep, window
        self._stack: ExitStack | None = None
        self._start = len(nlp.vocab.strings)
        self._base = self._start

    def renew_if_full(self) -> None:
        """Before a batch: close a full zone (the Docs made in it must be serialised), open one once warm."""
        size = len(self.nlp.vocab.strings)
        if self._stack is None and size - self._start < self.keep:
            return
        if self._stack is not None and size - self._base > self.window:
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
ZONE_KEEP, ZONE_WINDOW = 150_000, 150_000  # new strings; ~30 MB each; 640 articles of news add ~17,000


def annotate(rows: list[dict[str, Any]], params: dict[str, Any]) -> tuple[bytes, list[list[dict[str, Any]]]]:
    """One batch of articles to Docs (`serialize.pack`): the unit of work a worker process or Dask task runs.

    The Docs live in the process's memory zone (`MemoryZone`) only until they are serialised here.
    """
    nlp = pipeline_for(params)
    key = _key(params)
    zone = _ZONES.setdefault(key, MemoryZone(nlp, ZONE_KEEP, ZONE_WINDOW))
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
    params = resolved_params(params)
    engine = engine or LocalEngine(1)
    columns = ["article_id", "status", "text", "title", "published_date"]
    batches: list[dict[str, Any]] = []

    def todo() -> Iterator[list[dict[str, Any]]]:
        keys = iter(cache.order(articles, include_irrelevant)) if cache else None
        for b, batch in enumerate(extractable_tables(articles, params["batch_size"], columns, include_irrelevant)):
            if keys is not None:  # only the new articles' texts become Python strings
                batch = batch.filter(pa.array([key not in cache for _, key in islice(keys, batch.num_rows)], pa.bool_()))
            rows = batch.to_pylist()
            if rows:
                batches.append({"batch": b, "article_ids": [r["article_id"] for r in rows],
                                "published_dates": [r["published_date"] for r in rows], "titles": [r["title"] for r in rows]})
                yield [{"article_id": r["article_id"], "text": r["text"]} for r in rows]

    n = 0
    pending = todo()
    first = next(pending, None)
    if first is not None and isinstance(engine, LocalEngine) and not engine.preloaded:
        pipeline_for(params)  # loaded once there is work, before the pool forks
    work = chain([first], pending) if first is not None else iter(())
    try:
        with AtomicWriter(out, NLP_SCHEMA) as writer:
            for docs, spans in progress(engine.map(partial(annotate, params=params), work, preloaded=True), "nlp", unit="batch"):
                row = batches.pop(0)
                writer.write_rows([{**row, "docs": docs, "spans": spans}])
                n += len(row["article_ids"])
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
