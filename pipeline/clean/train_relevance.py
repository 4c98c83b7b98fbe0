"""Train the government-content model on the shared corpus: `python -m pipeline.clean.train_relevance`.

Labels, weak but checkable:
- relevant: the article sits in a news section about the state (`nasional`, `regional`,
  `daerah`, `megapolitan`, `metro`, `news`) *and* names officials, agencies or government
  vocabulary from the gazetteers at least `min_hits` times;
- not relevant: entertainment, sport, lifestyle, technology and travel sections (and the
  entertainment-only sites) with fewer than `min_hits` such terms, and state-news
  sections with none at all (crime, accidents, weather).
Everything else is left out. The gold articles (`data/gold/*`) never enter training: they
are the human-labelled test (an article whose gold lists are all empty is not relevant),
next to a held-out split of the weak labels. Writes `pipeline/data/relevance/model.json`
(plain JSON arrays, no pickle) and `metrics/relevance.json`.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, precision_recall_fscore_support
from sklearn.model_selection import train_test_split

from pipeline.clean.__main__ import clean_article
from pipeline.clean.relevance import MODEL_PATH, RelevanceModel, government_hits, model_to_json, vectorizer_options
from pipeline.config import REPO_ROOT, load_params
from pipeline.parquet import write_json_atomic

GOV_SECTIONS = {"nasional", "regional", "daerah", "megapolitan", "metro", "news"}
OTHER_SECTIONS = {"bola", "sports", "sport", "superskor", "celebrity", "seleb", "entertainment", "showbiz", "korea",
                  "lifestyle", "lifestyle-relationship", "gaya", "cantik", "beauty-health", "news-entertainment",
                  "otomotif", "autotekno", "tekno", "techno", "travel", "food", "hot", "film", "musik"}
ENTERTAINMENT_SITES = {"wowkeren.com", "kapanlagi.com", "fimela.com"}


def section(url: str | None) -> str | None:
    """The news section of an article URL: its subdomain, or its first path part on www."""
    m = re.match(r"https?://([^/]+)/?([^/?#]*)", url or "")
    if not m:
        return None
    host, first = m.group(1).lower(), m.group(2).lower()
    if any(host.endswith(site) for site in ENTERTAINMENT_SITES):
        return "entertainment"
    sub = host.split(".")[0]
    return first if sub in {"www", "m"} else sub


def weak_label(url: str | None, hits: int, min_hits: int) -> int | None:
    """1 relevant, 0 not relevant, None when the section and the gazetteer disagree or say nothing."""
    sec = section(url)
    if sec in GOV_SECTIONS:
        return 1 if hits >= min_hits else 0 if hits == 0 else None
    if sec in OTHER_SECTIONS or sec == "entertainment":
        return 0 if hits < min_hits else None
    return None


def gold_labels(gold_dirs: list[Path]) -> dict[str, int]:
    """Article id -> 1 when its gold has any record, 0 when every gold list is empty."""
    labels = {}
    for d in gold_dirs:
        for p in sorted(d.glob("*.json")):
            g = json.loads(p.read_text(encoding="utf-8"))
            labels[g["article_id"]] = int(any(isinstance(v, list) and v for v in g.values()))
    return labels


def _scores(y_true: list[int], y_pred: list[int]) -> dict[str, float]:
    p, r, f, _ = precision_recall_fscore_support(y_true, y_pred, average="binary", zero_division=0)
    return {"n": len(y_true), "accuracy": round(accuracy_score(y_true, y_pred), 4), "precision": round(p, 4),
            "recall": round(r, 4), "f1": round(f, 4)}


def train(params: dict[str, Any]) -> dict[str, Any]:
    """Fit, evaluate on held-out weak labels and on the gold articles, write model and metrics."""
    cfg = params["relevance_training"]
    corpus = (REPO_ROOT / cfg["corpus"]).resolve()
    if not corpus.exists():
        sys.exit(f"train_relevance: {corpus} not found: training needs the shared corpus beside the repo "
                 f"(../shared); the committed model in {MODEL_PATH.relative_to(REPO_ROOT)} is used meanwhile")
    gold = gold_labels([REPO_ROOT / d for d in cfg["gold_dirs"]])
    texts, labels, gold_texts, gold_y = [], [], [], []
    for line in corpus.open(encoding="utf-8"):
        obj = json.loads(line)
        row = clean_article({"article_id": obj["id"], "text": obj["text"], "title": obj.get("title")}, Counter())
        if row["status"] != "ok":
            continue
        if obj["id"] in gold:
            gold_texts.append(row["text"])
            gold_y.append(gold[obj["id"]])
            continue
        label = weak_label(obj.get("url"), government_hits(row["text"]), cfg["min_hits"])
        if label is not None:
            texts.append(row["text"])
            labels.append(label)
    for p in sorted((REPO_ROOT / cfg["seeds_dir"]).glob("*.txt")):
        if p.stem in gold:
            row = clean_article({"article_id": p.stem, "text": p.read_text(encoding="utf-8")}, Counter())
            gold_texts.append(row["text"])
            gold_y.append(gold[p.stem])

    x_train, x_test, y_train, y_test = train_test_split(texts, labels, test_size=cfg["test_size"],
                                                        random_state=cfg["seed"], stratify=labels)
    vectorizer = TfidfVectorizer(**vectorizer_options(cfg["max_features"]))
    classifier = LogisticRegression(C=cfg["C"], max_iter=1000, class_weight="balanced")
    classifier.fit(vectorizer.fit_transform(x_train), y_train)
    info = {"trained_on": len(x_train), "labels": dict(Counter(map(str, y_train))), "params": cfg}
    data = model_to_json(vectorizer, classifier, info)
    model = RelevanceModel(data)  # evaluate the JSON round trip, i.e. what the stage will use
    threshold = params["relevance_threshold"]
    held_out = [int(s >= threshold) for s in model.scores(x_test)]
    gold_scores = model.scores(gold_texts)
    metrics = {"threshold": threshold, "weak_held_out": _scores(y_test, held_out),
               "gold": _scores(gold_y, [int(s >= threshold) for s in gold_scores]),
               "gold_lowest_relevant": min((s for s, y in zip(gold_scores, gold_y) if y), default=None),
               "gold_highest_irrelevant": max((s for s, y in zip(gold_scores, gold_y) if not y), default=None),
               "features": len(data["terms"]), "top_terms": _top_terms(data, 15)}
    info["evaluation"] = metrics
    write_json_atomic(REPO_ROOT / cfg["model"], data)
    write_json_atomic(REPO_ROOT / "metrics" / "relevance.json", metrics)
    return metrics


def _top_terms(data: dict[str, Any], n: int) -> dict[str, list[str]]:
    order = np.argsort(data["coef"])
    return {"relevant": [data["terms"][i] for i in order[::-1][:n]], "not_relevant": [data["terms"][i] for i in order[:n]]}


def main() -> None:
    print(json.dumps(train(load_params()["clean"]), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
