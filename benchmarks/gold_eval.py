"""Build the dataset of a gold set (the development sets by default, detik25 included) and score it.

The bundled sample lacks the detik25 gold articles (their licence forbids copying), so
the full gold score needs ../shared:

    python -m benchmarks.gold_eval [--set dev|holdout|all|<one set>] [--out out/gold] [--errors]

`dev` is every development set present (seeds, dev, dev2 ... dev8); `holdout` the sets never
used to write rules (holdout, holdout3, holdout4, holdout5).
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

DEV_SETS = ["seeds", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8"]
HOLDOUT_SETS = ["holdout", "holdout3", "holdout4", "holdout5"]
GOLD_SETS = {**{name: [name] for name in DEV_SETS + HOLDOUT_SETS},  # one set; "dev" and "holdout" mean every such set
             "dev": DEV_SETS, "holdout": HOLDOUT_SETS, "all": DEV_SETS + HOLDOUT_SETS}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=REPO / "out/gold")
    ap.add_argument("--errors", action="store_true", help="list every missed and spurious record")
    ap.add_argument("--json", type=Path, help="also write the scores here")
    ap.add_argument("--set", choices=sorted(GOLD_SETS), default="dev",
                    help="dev: every development set; holdout: the sets never used to develop rules; all; or one set")
    args = ap.parse_args()
    gold_dirs = [d for d in (REPO / "data/gold" / name for name in GOLD_SETS[args.set]) if d.is_dir()]
    inp = build_gold_input(args.out, {p.stem for d in gold_dirs for p in d.glob("*.json")})
    dataset = args.out / "dataset"
    params = load_params(REPO / "params.yaml")
    # Each gold article is annotated on its own: two gold articles telling one story (dev's
    # clickid-sindonews-03309 and dev2's clickid-okezone-03528) must not lose one to deduplication.
    params["clean"]["near_duplicate_threshold"] = 0.98  # the highest datasketch allows at 128 permutations
    run_all([inp], dataset, params, preload_nlp=True)
    result = evaluate(dataset, gold_dirs)
    print(format_scores(result["scores"]))
    if args.errors:
        print(format_errors(result["errors"]))
    if args.json:
        args.json.write_text(json.dumps(result["scores"], indent=2, ensure_ascii=False, default=str) + "\n")


if __name__ == "__main__":
    main()
