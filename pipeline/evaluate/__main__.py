"""Stage `evaluate`: score the dataset against the gold of the articles it holds."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from pipeline import paths
from pipeline.config import JejakError, load_params
from pipeline.evaluate.clean import evaluate_clean, is_clean_gold, load_clean_gold
from pipeline.evaluate.scoring import TABLES, score
from pipeline.parquet import write_json_atomic
from pipeline.plots import eval_rows
from pipeline.progress import StageTimer


def load_gold(dirs: list[str | Path]) -> dict[str, dict]:
    """Gold JSON files by article_id from one or more folders."""
    gold: dict[str, dict] = {}
    for d in dirs:
        d = Path(d)
        if not d.is_dir():
            raise JejakError(f"gold folder not found: {d}")
        for f in sorted(d.glob("*.json")):
            try:
                data = json.loads(f.read_text(encoding="utf-8"))
            except json.JSONDecodeError as e:
                raise JejakError(f"{f}: malformed gold JSON ({e.msg} at line {e.lineno})") from None
            if not is_clean_gold(data):  # cleaning gold is scored by pipeline.evaluate.clean
                gold[data.get("article_id", f.stem)] = data
    return gold


def load_predictions(dataset: str | Path) -> tuple[dict[str, dict[str, list[dict]]], dict[str, Any]]:
    """Dataset tables grouped by article, and each article's published_date."""
    dataset = Path(dataset)
    if not (dataset / "articles.parquet").exists():
        raise JejakError(f"no dataset in {dataset} (expected {dataset / 'articles.parquet'})")
    articles = pq.read_table(dataset / "articles.parquet", columns=["article_id", "published_date"]).to_pylist()
    preds: dict[str, dict[str, list[dict]]] = {}
    for table in TABLES:
        grouped: dict[str, list[dict]] = defaultdict(list)
        path = dataset / f"{table}.parquet"
        if path.exists():
            for row in pq.read_table(path).to_pylist():
                grouped[row["article_id"]].append(row)
        preds[table] = grouped
    return preds, {a["article_id"]: a["published_date"] for a in articles}


def evaluate(dataset: str | Path, gold_dirs: list[str | Path]) -> dict[str, Any]:
    """Scores for the gold articles present in the dataset (others are listed as absent)."""
    gold = load_gold(gold_dirs)
    preds, published = load_predictions(dataset)
    present = {aid: g for aid, g in gold.items() if aid in published}
    result = score(present, preds, published)
    result["scores"]["gold_absent"] = sorted(set(gold) - set(present))
    clean_gold = load_clean_gold(gold_dirs)
    if clean_gold:
        cleaning = evaluate_clean(dataset, clean_gold)
        result["scores"]["clean"] = cleaning["scores"]
        result["errors"] += [{**e, "table": "clean"} for e in cleaning["errors"]]
    return result


def main() -> None:
    timer = StageTimer("evaluate")
    params = load_params()["evaluate"]
    result = evaluate(paths.DATASET, params["gold_dirs"])
    write_json_atomic(paths.METRICS / "eval.json", result["scores"])
    write_json_atomic(paths.METRICS / "eval_errors.json", result["errors"])
    write_json_atomic(paths.METRICS / "eval_plot.json", eval_rows(result["scores"]))  # for `dvc plots show`
    s = result["scores"]
    timer.summary(s["articles"], ", ".join(f"{t} F1 {s[t]['f1']:.2f}" for t in TABLES))
    if "clean" in s:
        print(f"evaluate: cleaning {s['clean']['boilerplate_leaked']} boilerplate lines leaked, "
              f"{s['clean']['body_lost']} body lines lost", flush=True)


if __name__ == "__main__":
    main()
