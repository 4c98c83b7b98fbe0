"""Run ingest + clean on every cleaning-gold article and score it (detik25 texts from ../shared).

    python -m benchmarks.clean_eval [--out out/clean_eval] [--errors]

The bundled sample holds the seeds and the CLICK-ID gold articles only; the detik25 ones
and the other corpus articles of `data/gold/clean/` are read from the shared corpus here.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from benchmarks.shared import REPO, build_gold_input
from pipeline import ingest
from pipeline.clean.__main__ import run as clean_run
from pipeline.config import load_params
from pipeline.evaluate.clean import evaluate_clean, load_clean_gold

GOLD = REPO / "data" / "gold" / "clean"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="out/clean_eval", type=Path)
    ap.add_argument("--errors", action="store_true", help="list every leaked or lost line")
    args = ap.parse_args()
    params = load_params()
    gold = load_clean_gold([GOLD])
    inp = build_gold_input(args.out, set(gold))
    ingest.run([inp], args.out / "raw.parquet", params["ingest"]["batch_size"])
    clean_run(args.out / "raw.parquet", args.out / "articles.parquet", params["clean"], args.out / "clean.json")
    result = evaluate_clean(args.out / "articles.parquet", gold)
    print(json.dumps(result["scores"], indent=2))
    if args.errors:
        for e in result["errors"]:
            print(f"{e['article_id']} {e['error']}: {e['line']}")


if __name__ == "__main__":
    main()
