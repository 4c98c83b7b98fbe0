"""Build the dataset of every gold article (seeds + dev, detik25 included) and score it.

The bundled sample lacks the detik25 gold articles (their licence forbids copying), so
the full gold score needs ../shared:

    python -m benchmarks.gold_eval [--out out/gold] [--errors]
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from benchmarks.shared import REPO, SEEDS, iter_news, require
from pipeline.config import load_params
from pipeline.evaluate.__main__ import evaluate
from pipeline.evaluate.report import format_errors, format_scores
from pipeline.run import run_all

GOLD_DIRS = [REPO / "data/gold/seeds", REPO / "data/gold/dev"]


def build_input(out: Path) -> Path:
    """Seeds as text files plus the dev gold articles from the shared corpus as JSONL."""
    inp = out / "input"
    if inp.exists():
        shutil.rmtree(inp)
    inp.mkdir(parents=True)
    for f in sorted(require(SEEDS).glob("*.txt")):
        shutil.copy(f, inp / f.name)
    ids = {p.stem for p in (REPO / "data/gold/dev").glob("*.json")}
    with (inp / "dev.jsonl").open("w", encoding="utf-8") as f:
        for obj in iter_news(ids=ids):
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return inp


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=REPO / "out/gold")
    ap.add_argument("--errors", action="store_true", help="list every missed and spurious record")
    ap.add_argument("--json", type=Path, help="also write the scores here")
    args = ap.parse_args()
    inp = build_input(args.out)
    dataset = args.out / "dataset"
    run_all([inp], dataset, load_params(REPO / "params.yaml"))
    result = evaluate(dataset, GOLD_DIRS)
    print(format_scores(result["scores"]))
    if args.errors:
        print(format_errors(result["errors"]))
    if args.json:
        args.json.write_text(json.dumps(result["scores"], indent=2, ensure_ascii=False, default=str) + "\n")


if __name__ == "__main__":
    main()
