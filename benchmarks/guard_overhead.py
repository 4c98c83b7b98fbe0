"""What the per-article time limits cost: clean and extract with the guarded worker and without.

    OMP_NUM_THREADS=1 python -m benchmarks.guard_overhead [--limit 1000] [--out out/guard_overhead]

Reads the first `--limit` articles of the shared corpus, runs ingest and nlp once, then
the clean and extract stages with the limits of params.yaml and with 0 (in this process),
twice each in turn so that one-time loading counts for neither, and prints the faster
seconds per stage and mode, the overhead per article and whether the tables are identical.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import pyarrow.parquet as pq

from benchmarks.shared import iter_news
from pipeline import ingest, schema
from pipeline.clean.__main__ import run as clean_run
from pipeline.config import load_params
from pipeline.extract.__main__ import run as extract_run
from pipeline.nlp.__main__ import run as nlp_run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--out", type=Path, default=Path("out/guard_overhead"))
    args = ap.parse_args()
    params = load_params()
    args.out.mkdir(parents=True, exist_ok=True)
    inp = args.out / "news.jsonl"
    with inp.open("w", encoding="utf-8") as f:
        for obj in iter_news(args.limit):
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    ingest.run([inp], args.out / "raw.parquet")
    seconds: dict[str, dict[str, float]] = {"clean": {}, "extract": {}}
    modes = [("guarded", params["clean"]["article_timeout_s"], params["extract"]["article_timeout_s"]), ("in-process", 0, 0)]
    for mode, clean_limit, extract_limit in modes * 2:
        d = args.out / mode
        t = time.perf_counter()
        clean_run(args.out / "raw.parquet", d / "articles.parquet", {**params["clean"], "article_timeout_s": clean_limit})
        seconds["clean"][mode] = min(seconds["clean"].get(mode, float("inf")), time.perf_counter() - t)
        if not (args.out / "nlp.parquet").exists():
            nlp_run(d / "articles.parquet", args.out / "nlp.parquet", params["nlp"], params["clean"]["extract_irrelevant"])
        t = time.perf_counter()
        extract_run(args.out / "nlp.parquet", d / "articles.parquet", d / "records", params["extract"]["batch_size"], extract_limit)
        seconds["extract"][mode] = min(seconds["extract"].get(mode, float("inf")), time.perf_counter() - t)
    articles = pq.ParquetFile(args.out / "raw.parquet").metadata.num_rows
    for stage, by_mode in seconds.items():
        extra = (by_mode["guarded"] - by_mode["in-process"]) / articles * 1000
        print(f"{stage:8} guarded {by_mode['guarded']:7.1f} s   in-process {by_mode['in-process']:7.1f} s   "
              f"{extra:+.2f} ms per article")
    same = [pq.read_table(args.out / "guarded" / "articles.parquet").equals(pq.read_table(args.out / "in-process" / "articles.parquet"))]
    same += [pq.read_table(args.out / "guarded" / "records" / f"{t}.parquet").equals(
             pq.read_table(args.out / "in-process" / "records" / f"{t}.parquet")) for t in schema.RECORD_TABLES]
    print(f"{articles} articles; tables identical in both modes: {all(same)}")


if __name__ == "__main__":
    main()
