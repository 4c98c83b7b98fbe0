"""End-to-end throughput on the shared corpus: articles/s, words/s, seconds per stage, peak memory.

    OMP_NUM_THREADS=1 python -m benchmarks.throughput --n 1000 [--workers 2] [--engine local|dask]
        [--scheduler ADDRESS] [--repeat 3] [--new 0.01] [--name NAME]

Runs `jejak run` (`pipeline.run.run_all`) on the first N articles of ../shared/corpus/news.jsonl
with a cold cache, `--repeat` times (medians reported). In the same run it times the bare NER
model (`nlp.pipe` of the model in params.yaml, as many processes as workers) on the same clean
texts, so everything else is a ratio to NER, then re-runs with `--new` (a fraction of N) more
articles on the warm cache, in a new `jejak run` process as a user would. Peak RSS is `getrusage` of this process and of its largest child,
taken after the full runs (the nlp workers' fork server stopped first). Writes benchmarks/results/<name>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import spacy

from benchmarks.shared import REPO, iter_news
from pipeline.cache import extractable_batches
from pipeline.config import load_params
from pipeline.engine import stop_fork_server
from pipeline.run import run_all

RESULTS = REPO / "benchmarks" / "results"


def write_corpus(path: Path, start: int, stop: int) -> int:
    """Articles [start, stop) of the shared corpus as JSONL; returns their words."""
    words = 0
    with path.open("w", encoding="utf-8") as f:
        for i, obj in enumerate(iter_news(limit=stop)):
            if i >= start:
                f.write(json.dumps(obj, ensure_ascii=False) + "\n")
                words += len((obj.get("text") or "").split())
    return words


def bare_ner_seconds(articles: Path, params: dict[str, Any], workers: int) -> tuple[float, int]:
    """Seconds `nlp.pipe` of the bare model takes over the clean texts the pipeline annotated."""
    nlp = spacy.load(REPO / params["nlp"]["model"])
    include = params["clean"]["extract_irrelevant"]

    def texts():
        for rows in extractable_batches(articles, 256, ["status", "text"], include):
            yield from (r["text"] for r in rows)

    start = time.perf_counter()
    n = sum(1 for _ in nlp.pipe(texts(), batch_size=params["nlp"]["batch_size"], n_process=workers))
    return time.perf_counter() - start, n


def peak_rss_mb() -> dict[str, int]:
    return {"self": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            "largest_child": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024}


def timed_run(inputs: list[Path], out: Path, params: dict[str, Any]) -> dict[str, Any]:
    start = time.perf_counter()
    summary = run_all(inputs, out, params, preload_nlp=True)
    return {"seconds": round(time.perf_counter() - start, 2), "stage_seconds": summary.seconds,
            "counts": summary.counts, "statuses": summary.statuses}


def cli_run(inputs: list[Path], out: Path, args: argparse.Namespace) -> dict[str, Any]:
    """`jejak run` in a new process, as a user re-runs it: wall seconds and each stage's seconds."""
    cmd = [sys.executable, "-m", "pipeline.cli", "run", *map(str, inputs), "--out", str(out), "--workers", str(args.workers),
           "--engine", args.engine, *(["--scheduler", args.scheduler] if args.scheduler else [])]
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, check=True)
    stages = {m[1]: float(m[2]) for m in re.finditer(r"(?m)^(\w+): .*; ([\d.]+) s$", proc.stderr)}
    return {"seconds": round(time.perf_counter() - start, 2), "stage_seconds": stages}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, required=True, help="the first N articles of the corpus")
    ap.add_argument("--workers", type=int, default=0, help="processes for nlp and extract (0: every core)")
    ap.add_argument("--engine", choices=["local", "dask"], default="local")
    ap.add_argument("--scheduler", help="dask scheduler address (default: a LocalCluster)")
    ap.add_argument("--repeat", type=int, default=1, help="full runs; medians are reported")
    ap.add_argument("--new", type=float, default=0.01, help="re-run with this fraction of N more articles (0: skip)")
    ap.add_argument("--name", help="result file name (default: throughput-n<N>-w<W>-<engine>)")
    ap.add_argument("--work", type=Path, default=REPO / "out" / "throughput")
    args = ap.parse_args()

    params = load_params(REPO / "params.yaml")
    params["engine"] = {"name": args.engine, "workers": args.workers, "scheduler": args.scheduler}
    workers = args.workers or len(os.sched_getaffinity(0))
    name = args.name or f"throughput-n{args.n}-w{workers}-{args.engine}"
    work = args.work / name
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    corpus, more = work / "corpus.jsonl", work / "more.jsonl"
    words = write_corpus(corpus, 0, args.n)
    load_before = os.getloadavg()

    runs = []
    for _ in range(args.repeat):
        shutil.rmtree(work / "out", ignore_errors=True)  # cold cache
        runs.append(timed_run([corpus], work / "out", params))
    stop_fork_server()  # the nlp workers forked from it: their memory counts once it has exited
    rss = peak_rss_mb()
    seconds = statistics.median(r["seconds"] for r in runs)
    stage_seconds = {s: statistics.median(r["stage_seconds"][s] for r in runs) for s in runs[0]["stage_seconds"]}
    ner_s, annotated = bare_ner_seconds(work / "out" / ".interim" / "articles.parquet", params, workers)
    result: dict[str, Any] = {
        "n": args.n, "workers": workers, "engine": args.engine, "repeat": args.repeat,
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "commit": os.environ.get("JEJAK_COMMIT") or subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO,
                                                                   capture_output=True, text=True).stdout.strip(),
        "cores": os.cpu_count(), "load_average_before": [round(x, 2) for x in load_before],
        "seconds": seconds, "seconds_all_runs": [r["seconds"] for r in runs],
        "articles_per_s": round(args.n / seconds, 2), "words": words, "words_per_s": round(words / seconds),
        "stage_seconds": stage_seconds, "statuses": runs[-1]["statuses"], "counts": runs[-1]["counts"],
        "peak_rss_mb": rss,
        "bare_ner": {"articles": annotated, "seconds": round(ner_s, 2), "processes": workers},
        "non_ner_ratio": round((seconds - ner_s) / ner_s, 3),
    }
    if args.new:
        n_new = max(1, round(args.n * args.new))
        write_corpus(more, args.n, args.n + n_new)
        if sum(1 for _ in more.open(encoding="utf-8")) == n_new:
            out, inputs, total = work / "out", [corpus, more], args.n + n_new
        else:  # the corpus ends at N: a run on its first N - new articles, then all N
            base = work / "base.jsonl"
            write_corpus(base, 0, args.n - n_new)
            write_corpus(more, args.n - n_new, args.n)
            out, inputs, total = work / "rerun", [base, more], args.n
            shutil.rmtree(out, ignore_errors=True)
            run_all([base], out, params, preload_nlp=True)
        rerun = cli_run(inputs, out, args)
        result["rerun"] = {"new_articles": n_new, "total_articles": total, **rerun,
                           "ratio_to_full": round(rerun["seconds"] / seconds, 3)}
    result["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
