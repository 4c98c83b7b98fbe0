"""Stage `clean`: raw articles to the `articles` table (clean text, metadata, status).

Every input row comes out as one article: `ok`, `duplicate`, `irrelevant` or
`rejected` with its reason. An error while cleaning one article rejects that article
and the run goes on. Two passes: the first cleans, identifies the language and scores
relevance batch by batch while indexing every `ok` body for duplicates; the second marks the
later copies of each story once all copies are known (the earliest copy stays `ok`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import partial
from pathlib import Path
from typing import Any

from pipeline import paths, schema
from pipeline.clean.boilerplate import strip_boilerplate
from pipeline.clean.duplicates import DuplicateFinder
from pipeline.clean.html import html_to_text
from pipeline.clean.language import language_reason
from pipeline.clean.metadata import extract_metadata, footer_publisher
from pipeline.clean.relevance import relevance_scores
from pipeline.clean.repair import repair_text
from pipeline.config import REPO_ROOT, load_params
from pipeline.guard import Failed, Overrun, Worker
from pipeline.parquet import AtomicWriter, iter_batches, write_json_atomic
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


def _clean_batch(batch: list[dict[str, Any]], params: dict[str, Any], removed: Counter[str],
                 clean_one: Worker) -> list[dict[str, Any]]:
    """Clean, identify the language and score relevance for one batch of raw records."""
    rows = []
    for raw in progress(batch, "clean"):
        result = clean_one(raw)
        if isinstance(result, (Overrun, Failed)):  # one bad article never stops the run
            reason = f"cleaning failed: {result.error}" if isinstance(result, Failed) else \
                f"cleaning took longer than {result.limit_s:g} s (clean.article_timeout_s)"
            row = clean_article({**raw, "reject_reason": reason}, removed)
        else:
            row, counts = result
            removed.update(counts)
        if row["status"] == "ok":
            reason = language_reason(row["text"], tuple(params["language_candidates"]), tuple(params["language_accept"]))
            if reason:
                row.update(status="irrelevant", reject_reason=reason)
        rows.append(row)
    scored = [r for r in rows if r["status"] != "rejected"]
    for row, score in zip(scored, relevance_scores([r["text"] for r in scored], REPO_ROOT / params["relevance_model"])):
        row["relevance"] = score
        if row["status"] == "ok" and score < params["relevance_threshold"]:
            row.update(status="irrelevant",
                       reject_reason=f"no government content (relevance {score:.2f} < {params['relevance_threshold']})")
    return rows


def run(raw_path: str | Path, out: str | Path, params: dict[str, Any], metrics: str | Path | None = None) -> dict[str, Any]:
    """Clean every raw article into `out` (the articles table schema)."""
    timer = StageTimer("clean")
    removed: Counter[str] = Counter()
    status: Counter[str] = Counter()
    dupes = DuplicateFinder(params["near_duplicate_threshold"], params["minhash_perm"])
    first_pass = Path(out).with_name(Path(out).name + ".pass1")
    clean_one = Worker(partial(_clean_one, min_chars=params["min_chars"], max_chars=params.get("max_chars") or math.inf,
                               max_punct_run=params.get("max_punct_run", 0)), params.get("article_timeout_s"))
    with clean_one, AtomicWriter(first_pass, schema.ARTICLES) as writer:
        for batch in iter_batches(raw_path, params["batch_size"]):
            rows = _clean_batch(batch, params, removed, clean_one)
            for row in rows:
                if row["status"] == "ok":  # a relevant story is never marked as a copy of an irrelevant one
                    dupes.add(row["article_id"], row["text"], row["published_date"])
            writer.write_rows(rows)
    copies = dupes.duplicate_of()
    with AtomicWriter(out, schema.ARTICLES) as writer:
        for rows in iter_batches(first_pass, params["batch_size"]):
            for row in rows:
                if row["article_id"] in copies:
                    row.update(status="duplicate", duplicate_of=copies[row["article_id"]], reject_reason=None)
                status[row["status"]] += 1
            writer.write_rows(rows)
    first_pass.unlink()
    report = {"articles": sum(status.values()), "status": dict(status), "removed_lines": dict(sorted(removed.items())),
              "duplicate_clusters": len(dupes.clusters()), "seconds": round(timer.seconds, 2)}
    if metrics:
        write_json_atomic(metrics, report)
    timer.summary(report["articles"], ", ".join(f"{v} {k}" for k, v in sorted(status.items())))
    return report


def main() -> None:
    params = load_params()
    run(paths.RAW, paths.ARTICLES, params["clean"], paths.METRICS / "clean.json")


if __name__ == "__main__":
    main()
