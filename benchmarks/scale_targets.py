"""Issue-7 targets from the throughput results: one table, each figure against its target.

    python -m benchmarks.scale_targets [--n 20000] [--small 1000]

Reads benchmarks/results/throughput-n<N>-w2-local.json (medians of its runs),
throughput-n<N>-w1-local.json (the speed-up) and throughput-n<SMALL>-w2-local.json (the memory
ratio); run `benchmarks.throughput` for those first. Prints Markdown and exits 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from benchmarks.throughput import RESULTS


def load(name: str) -> dict[str, Any]:
    path = RESULTS / f"{name}.json"
    if not path.exists():
        sys.exit(f"scale_targets: {path} not found: run python -m benchmarks.throughput for it first")
    return json.loads(path.read_text(encoding="utf-8"))


def peak_mb(result: dict[str, Any]) -> int:
    """The largest process of the run: the one that runs the stages or its largest worker."""
    return max(result["peak_rss_mb"].values())


def rows(n: int, small: int) -> list[tuple[str, str, str, bool]]:
    w2, w1, little = load(f"throughput-n{n}-w2-local"), load(f"throughput-n{n}-w1-local"), load(f"throughput-n{small}-w2-local")
    speedup = w1["seconds"] / w2["seconds"]
    rss_ratio = peak_mb(w2) / peak_mb(little)
    return [
        (f"throughput, {n:,} articles, --workers 2 ({w2['repeat']} runs, median)", f"{w2['articles_per_s']:.1f} articles/s",
         ">= 40", w2["articles_per_s"] >= 40),
        ("everything but NER / bare NER", f"{w2['non_ner_ratio']:.2f}", "<= 0.5", w2["non_ner_ratio"] <= 0.5),
        (f"peak RSS, {n:,} vs {small:,} articles", f"{peak_mb(w2)} / {peak_mb(little)} MB = {rss_ratio:.2f}",
         "<= 1.25 and <= 2 GiB", rss_ratio <= 1.25 and peak_mb(w2) <= 2048),
        (f"re-run with {w2['rerun']['new_articles']} new articles", f"{w2['rerun']['seconds']:.1f} s = {w2['rerun']['ratio_to_full']:.3f} of the full run",
         "<= 0.05", w2["rerun"]["ratio_to_full"] <= 0.05),
        ("--workers 2 speed-up over --workers 1", f"{w1['seconds']:.0f} s / {w2['seconds']:.0f} s = {speedup:.2f}x",
         ">= 1.7x", speedup >= 1.7),
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--small", type=int, default=1000)
    args = ap.parse_args()
    table = rows(args.n, args.small)
    print("| figure | measured | target | met |\n|---|---|---|---|")
    for figure, measured, target, met in table:
        print(f"| {figure} | {measured} | {target} | {'yes' if met else 'no'} |")
    sys.exit(0 if all(met for *_, met in table) else 1)


if __name__ == "__main__":
    main()
