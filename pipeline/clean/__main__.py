"""Stage `clean`: raw articles to the `articles` table (clean text, metadata, status).

Every input row comes out as one article: `ok`, `duplicate`, `irrelevant` or
`rejected` with its reason. An error while cleaning one article rejects that article
and the run goes on. Two passes: the first cleans, identifies the language, scores
relevance and fingerprints each new article in batches on the engine (articles cleaned in an
earlier run come from the cache, `pipeline.clean.cache`); the second groups every `ok` article
into stories from the fingerprints and marks the later copies (the earliest copy stays `ok`).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, deque
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from pipeline import paths, schema
from pipeline.cache import RecordCache
from pipeline.clean import cache as clean_cache
from pipeline.clean.boilerplate import strip_boilerplate
from pipeline.clean.duplicates import DuplicateFinder, fingerprint
from pipeline.clean.html import html_to_text
from pipeline.clean.language import language_reason
from pipeline.clean.metadata import extract_metadata, footer_publisher
from pipeline.clean.relevance import lead_official, relevance_scores, speaking_official
from pipeline.clean.repair import repair_text
from pipeline.config import REPO_ROOT, load_params
from pipeline.engine import Engine, LocalEngine, make_engine
from pipeline.guard import Failed, Overrun, Worker
from pipeline.parquet import AtomicWriter, iter_batches, temp_dir_beside, write_json_atomic
from pipeline.progress import StageTimer, progress


def clean_article(raw: dict[str, Any], removed: Counter[str], min_chars: int = 200) -> dict[str, Any]:
    """One raw record to an articles row (status `ok` or `rejected`); counts removed lines."""
    row: dict[str, Any] = {k: raw.get(k) for k in ("article_id", "source", "url", "title")}
    row.update(publisher=None, published_date=None, dateline=None, author=None, text="", duplicate_of=None,
               status="ok", reject_reason=None, relevance=None, metadata_sources=None)
    if raw.get("reject_reason"):
        return {**row, "status": "rejected", "reject_reason": raw["reject_reason"]}
    text = raw.get("text") or ""
    given = {"title": raw.get("title"), "published": raw.get("published")}
    if raw.get("html"):
        text, found = html_to_text(text)
        given = {**found, **{k: v for k, v in given.items() if v}}
        row["url"] = row["url"] or found.get("url")
    text = repair_text(text)
    given["footer_publisher"] = footer_publisher(text)
    text, counts = strip_boilerplate(text)
    removed.update(counts)
    meta, body = extract_metadata(text, given)
    row.update(meta, text=body)
    row["publisher"] = row["publisher"] or given.get("publisher")
    row["author"] = row["author"] or given.get("author")
    if not body.strip():
        return {**row, "status": "rejected", "reject_reason": "empty text after cleaning"}
    if len(body) < min_chars:
        return {**row, "status": "rejected", "reject_reason": f"too short: {len(body)} characters after cleaning (minimum {min_chars})"}
    return row


def _clean_one(raw: dict[str, Any], min_chars: int, max_chars: float, max_punct_run: int) -> tuple[dict[str, Any], Counter[str]]:
    """Clean one article: the part that runs under `clean.article_timeout_s`, in a worker process.

    Runs of punctuation are cut to `max_punct_run` marks: spaCy's tokenizer takes quadratic
    time on them (5,000 dashes without a space: 40 s).
    """
    removed: Counter[str] = Counter()
    row = clean_article(raw, removed, min_chars)
    if row["status"] == "ok" and max_punct_run:
        row["text"] = re.sub(rf"[^\w\s]{{{max_punct_run + 1},}}", lambda m: m.group()[:max_punct_run], row["text"])
    if row["status"] == "ok" and len(row["text"]) > max_chars:
        row.update(status="rejected", reject_reason=f"too long: {len(row['text'])} characters after cleaning "
                                                      f"(maximum {max_chars:g}; clean.max_chars)")
    return row, removed


def _clean_rows(batch: list[dict[str, Any]], params: dict[str, Any], clean_one: Worker) -> list[dict[str, Any]]:
    """Clean, identify the language, score relevance and fingerprint one batch of raw records.

    Each row also carries the lines each boilerplate rule removed (`removed`, JSON) and, when
    `ok`, its duplicate fingerprint (`digest`, `minhash`): what the cache keeps of an article.
    """
    rows = []
    for raw in batch:
        result = clean_one(raw)
        removed: Counter[str] = Counter()
        if isinstance(result, (Overrun, Failed)):  # one bad article never stops the run
            reason = f"cleaning failed: {result.error}" if isinstance(result, Failed) else \
                f"cleaning took longer than {result.limit_s:g} s (clean.article_timeout_s)"
            row = clean_article({**raw, "reject_reason": reason}, removed)
        else:
            row, removed = result
        row["removed"] = json.dumps(dict(sorted(removed.items()))) if removed else None
        if row["status"] == "ok":
            reason = language_reason(row["text"], tuple(params["language_candidates"]), tuple(params["language_accept"]))
            if reason:
                row.update(status="irrelevant", reject_reason=reason)
        rows.append(row)
    scored = [r for r in rows if r["status"] != "rejected"]
    for row, score in zip(scored, relevance_scores([r["text"] for r in scored], REPO_ROOT / params["relevance_model"])):
        row["relevance"] = score
        if row["status"] == "ok" and score < params["relevance_threshold"] and not (
                score >= params["lead_official_min_relevance"] and lead_official(row["text"]) or
                score >= params["speaking_official_min_relevance"] and speaking_official(row["text"])):
            row.update(status="irrelevant",
                       reject_reason=f"no government content (relevance {score:.2f} < {params['relevance_threshold']})")
    for row in rows:  # a relevant story is never marked as a copy of an irrelevant one
        row["digest"], row["minhash"] = fingerprint(row["text"], params["minhash_perm"]) if row["status"] == "ok" else (None, None)
    return rows


def mark_copies(table: pa.Table, copies: dict[str, str]) -> pa.Table:
    """Rows of the articles table with every later copy of a story marked `duplicate` of its original."""
    ids = table.column("article_id").to_pylist()
    if not any(a in copies for a in ids):
        return table
    columns = {name: table.column(name).to_pylist() for name in ("status", "duplicate_of", "reject_reason")}
    for i, a in enumerate(ids):
        if a in copies:
            columns["status"][i], columns["duplicate_of"][i], columns["reject_reason"][i] = "duplicate", copies[a], None
    for name, values in columns.items():
        table = table.set_column(table.schema.get_field_index(name), name, pa.array(values, table.schema.field(name).type))
    return table


_WORKERS: dict[str, Worker] = {}


def _clean_task(batch: list[dict[str, Any]], params: dict[str, Any]) -> list[dict[str, Any]]:
    """One batch on an engine: the unit of work a worker process or Dask task runs.

    Each process keeps one guarded cleaning worker (`clean.article_timeout_s`), started on its first batch.
    """
    key = json.dumps(params, sort_keys=True, default=str)
    if key not in _WORKERS:
        _WORKERS[key] = Worker(partial(_clean_one, min_chars=params["min_chars"], max_chars=params.get("max_chars") or math.inf,
                                       max_punct_run=params.get("max_punct_run", 0)), params.get("article_timeout_s"))
    return _clean_rows(batch, params, _WORKERS[key])


def _close_workers() -> None:
    for worker in _WORKERS.values():
        worker.close()
    _WORKERS.clear()


def run(raw_path: str | Path, out: str | Path, params: dict[str, Any], metrics: str | Path | None = None,
        engine: Engine | None = None, cache_root: str | Path | None = None) -> dict[str, Any]:
    """Clean every raw article into `out` (the articles table schema).

    Raw articles cleaned before (same record, same clean version) come from the cache under
    `cache_root` (none: a cache for this run only); the others are cleaned in batches on
    `engine` (default: this process). The duplicate pass then runs over every article in input
    order, from the cached fingerprints, so the output is the same whatever was cached or ran where.
    """
    timer = StageTimer("clean")
    engine = engine or LocalEngine(1)
    out = Path(out)
    with temp_dir_beside(out) as tmp:
        cache = RecordCache(cache_root or Path(tmp) / "cache", clean_cache.version(params))
        order: list[tuple[str, str]] = []
        batch_keys: deque[list[str]] = deque()

        def todo() -> Iterator[list[dict[str, Any]]]:
            queued: set[str] = set()
            for batch in iter_batches(raw_path, params["batch_size"]):
                new, keys = [], []
                for raw in batch:
                    key = clean_cache.raw_key(cache.version, raw)
                    order.append((raw["article_id"], key))
                    if key not in cache and key not in queued:
                        queued.add(key)
                        new.append(raw)
                        keys.append(key)
                if new:
                    batch_keys.append(keys)
                    yield new

        cleaned = 0
        try:
            with cache.part({clean_cache.TABLE: clean_cache.SCHEMA}) as part:
                for rows in progress(engine.map(partial(_clean_task, params=params), todo()), "clean", unit="batch"):
                    for key, row in zip(batch_keys.popleft(), rows):
                        part.add(key, {clean_cache.TABLE: [row]})
                    cleaned += len(rows)
        finally:
            _close_workers()
        removed, dupes = Counter(), DuplicateFinder(params["near_duplicate_threshold"], params["minhash_perm"])
        for batch in cache.records(order, clean_cache.TABLE, ["article_id", "status", "published_date", "removed", "digest", "minhash"]):
            for counts in batch.column("removed").drop_null().to_pylist():
                removed.update(json.loads(counts))
            ok = batch.filter(pc.equal(batch.column("status"), "ok"))
            signatures = ok.column("minhash").flatten().to_numpy().reshape(ok.num_rows, params["minhash_perm"])
            dupes.add_batch(ok.column("article_id").to_pylist(), ok.column("digest").to_pylist(), signatures,
                            ok.column("published_date").to_pylist())
        copies = dupes.duplicate_of()
        status: Counter[str] = Counter()
        with AtomicWriter(out, schema.ARTICLES) as writer:
            for batch in cache.records(order, clean_cache.TABLE, schema.ARTICLES.names):
                table = mark_copies(pa.Table.from_batches([batch]), copies)
                status.update(table.column("status").to_pylist())
                writer.write_table(table)
    report = {"articles": sum(status.values()), "status": dict(status), "removed_lines": dict(sorted(removed.items())),
              "duplicate_clusters": len(dupes.clusters()), "seconds": round(timer.seconds, 2)}
    if metrics:
        write_json_atomic(metrics, report)
    timer.summary(report["articles"], ", ".join(f"{v} {k}" for k, v in sorted(status.items())) + f" ({cleaned} cleaned, "
                  f"{report['articles'] - cleaned} from the cache)")
    return report


def main() -> None:
    params = load_params()
    engine = make_engine(params.get("engine"))
    try:
        run(paths.RAW, paths.ARTICLES, params["clean"], paths.METRICS / "clean.json", engine, paths.CACHE / "clean")
    finally:
        engine.close()


if __name__ == "__main__":
    main()
