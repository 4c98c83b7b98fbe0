"""Clean stage on the shared corpus: speed on one core, mojibake left, near-duplicate stories.

    OMP_NUM_THREADS=1 python -m benchmarks.clean_speed [--limit N] [--out out/clean_speed] [--show 10]

Runs the real stage (ingest, then `pipeline.clean` with params.yaml) and reports
articles per second, peak memory, the statuses, the mojibake sequences left in any
article's text, and the near-duplicate stories among all cleaned bodies (relevant or
not: the stage itself only groups `ok` articles), with `--show` of them printed to
check by eye.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import time
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq

from benchmarks.shared import iter_news
from pipeline import ingest
from pipeline.clean.__main__ import run as clean_run
from pipeline.clean.duplicates import DuplicateFinder
from pipeline.clean.boilerplate import strip_boilerplate
from pipeline.clean.language import language_reason
from pipeline.clean.metadata import extract_metadata
from pipeline.clean.relevance import relevance_scores
from pipeline.clean.repair import mojibake_sequences, repair_text
from pipeline.config import REPO_ROOT, load_params


def step_seconds(rows: list[dict], params: dict) -> dict[str, float]:
    """Where the time goes, per 1,000 articles: each step timed on its own, in this process."""
    raws = [r for r in iter_news(ids={r["article_id"] for r in rows})]
    clocks: Counter[str] = Counter()

    def timed(name, fn, *a):
        t = time.perf_counter()
        out = fn(*a)
        clocks[name] += time.perf_counter() - t
        return out

    bodies = []
    for raw in raws:
        text = timed("repair", repair_text, raw["text"])
        text = timed("boilerplate", strip_boilerplate, text)[0]
        meta, body = timed("metadata", extract_metadata, text, {"title": raw.get("title"), "published": raw.get("published")})
        timed("language", language_reason, body, tuple(params["language_candidates"]), tuple(params["language_accept"]))
        bodies.append(body)
    timed("relevance", relevance_scores, bodies, REPO_ROOT / params["relevance_model"])
    finder = DuplicateFinder(params["near_duplicate_threshold"], params["minhash_perm"])
    for raw, body in zip(raws, bodies):
        timed("duplicates", finder.add, raw["id"], body, None)
    return {k: round(v * 1000 / max(len(raws), 1), 2) for k, v in clocks.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N corpus articles")
    ap.add_argument("--out", type=Path, default=Path("out/clean_speed"))
    ap.add_argument("--show", type=int, default=10, help="near-duplicate stories to print for checking")
    args = ap.parse_args()
    params = load_params()
    args.out.mkdir(parents=True, exist_ok=True)
    corpus = args.out / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as f:
        for obj in iter_news(limit=args.limit):
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    ingest.run([corpus], args.out / "raw.parquet", params["ingest"]["batch_size"])

    start = time.perf_counter()
    report = clean_run(args.out / "raw.parquet", args.out / "articles.parquet", params["clean"], args.out / "clean.json")
    seconds = time.perf_counter() - start

    rows = pq.read_table(args.out / "articles.parquet", columns=["article_id", "text", "status", "published_date"]).to_pylist()
    left = Counter(seq for r in rows for seq in mojibake_sequences(r["text"] or ""))
    moji_articles = sum(1 for r in rows if mojibake_sequences(r["text"] or ""))
    finder = DuplicateFinder(params["clean"]["near_duplicate_threshold"], params["clean"]["minhash_perm"])
    texts = {}
    for r in rows:
        if r["status"] != "rejected":
            finder.add(r["article_id"], r["text"], r["published_date"])
            texts[r["article_id"]] = r["text"]
    clusters = finder.clusters()
    result = {
        "articles": len(rows), "seconds": round(seconds, 1), "articles_per_second": round(len(rows) / seconds, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "peak_rss_worker_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        "seconds_per_1000_by_step": step_seconds(rows[:2000], params["clean"]),
        "status": report["status"], "mojibake_articles": moji_articles, "mojibake_sequences": dict(left.most_common(10)),
        "near_duplicate_clusters_all": len(clusters), "articles_in_clusters_all": sum(map(len, clusters)),
        "near_duplicate_clusters_ok": report["duplicate_clusters"], "removed_lines": report["removed_lines"],
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    for group in random.Random(13).sample(clusters, min(args.show, len(clusters))):
        print("\n== story of", len(group), "copies:", ", ".join(group))
        for aid in group[:3]:
            print(f"   {aid}: {texts[aid][:160]!r}")


if __name__ == "__main__":
    main()
