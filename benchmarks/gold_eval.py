"""Build the dataset of a gold set (seeds + dev + dev2 by default, detik25 included) and score it.

The bundled sample lacks the detik25 gold articles (their licence forbids copying), so
the full gold score needs ../shared:

    python -m benchmarks.gold_eval [--set dev|dev2|holdout|all] [--out out/gold] [--errors]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from benchmarks.shared import REPO, build_gold_input
from pipeline.config import load_params
from pipeline.evaluate.__main__ import evaluate
from pipeline.evaluate.report import format_errors, format_scores
from pipeline.run import run_all

GOLD_SETS = {"dev": ["seeds", "dev", "dev2"], "dev2": ["dev2"], "holdout": ["holdout"],
             "all": ["seeds", "dev", "dev2", "holdout"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=REPO / "out/gold")
    ap.add_argument("--errors", action="store_true", help="list every missed and spurious record")
    ap.add_argument("--json", type=Path, help="also write the scores here")
    ap.add_argument("--set", choices=sorted(GOLD_SETS), default="dev",
                    help="dev: seeds + dev + dev2 (for development); holdout: never used to develop rules; all")
    args = ap.parse_args()
    gold_dirs = [REPO / "data/gold" / name for name in GOLD_SETS[args.set]]
    inp = build_gold_input(args.out, {p.stem for d in gold_dirs for p in d.glob("*.json")})
    dataset = args.out / "dataset"
    run_all([inp], dataset, load_params(REPO / "params.yaml"))
    result = evaluate(dataset, gold_dirs)
    print(format_scores(result["scores"]))
    if args.errors:
        print(format_errors(result["errors"]))
    if args.json:
        args.json.write_text(json.dumps(result["scores"], indent=2, ensure_ascii=False, default=str) + "\n")


if __name__ == "__main__":
    main()
