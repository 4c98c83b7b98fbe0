"""Stage `train_ner`: prepare the corpora, (optionally) train floret vectors, train and measure the model.

Writes the best model on dev to `models/ner-id/` and `metrics/ner.json`: P/R/F1 overall and per
label on each test set and on all of them combined, words/s on one core, size, and the recall
of the gold officials' names as PER entities. Needs ../shared (the corpora are not in the repo),
so the stage is frozen in dvc.yaml: `make run` uses the committed model (see models/README.md).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import DocBin

from pipeline import paths
from pipeline.config import JejakError, load_params
from pipeline.parquet import write_json_atomic
from pipeline.nlp.model import load_pipeline
from pipeline.train_ner.evaluate import (cleaned_texts, gold_texts, official_name_recall, score_docbin,
                                          words_per_second)
from pipeline.train_ner.exclude import excluded_ids
from pipeline.train_ner.prepare import prepare
from pipeline.train_ner.silver import corpus_articles, entity_counts, folded_sentences, silver_docs
from pipeline.train_ner.train import train_model, save_model
from pipeline.train_ner.vectors import train_vectors

MODEL_DIR = Path("models/ner-id")
DATA_DIR = paths.INTERIM / "ner"
METRICS = paths.METRICS / "ner.json"
META = {"name": "ner_id", "version": "1.0.0", "license": "see models/README.md",
        "description": "Jejak's Indonesian NER (PER, ORG, LOC) with floret vectors from Indonesian news; "
                       "card: models/README.md",
        "sources": [{"name": "IDNER-news-2k", "url": "https://github.com/khairunnisaor/idner-news-2k", "license": "MIT"},
                    {"name": "NER-UI (IndoLEM)", "url": "https://github.com/indolem/indolem", "license": "none stated"},
                    {"name": "NERGrit (IndoNLU)", "url": "https://github.com/indobenchmark/indonlu", "license": "MIT"}]}


def measure(model_dir: Path, params: dict[str, Any], data_dir: Path = DATA_DIR) -> dict[str, Any]:
    """Scores on every prepared test set, speed, size and gold name recall of the model in `model_dir`
    alone, and the same (`pipeline_*`) for the `nlp` stage's pipeline built on it."""
    nlp = spacy.load(model_dir)
    sample = [d.text for d in DocBin().from_disk(data_dir / "test-combined.spacy").get_docs(nlp.vocab)]
    texts = gold_texts(paths.RAW_DIR / "seeds", [paths.RAW_DIR / "clickid_sample.jsonl", Path(params["corpus_jsonl"])])
    sentences = {p.stem: len(DocBin().from_disk(p)) for p in sorted(data_dir.glob("*.spacy"))}
    model = scores(nlp, params, data_dir, sample, texts)
    # the nlp stage's pipeline (params `nlp` defaults: gazetteer rulers and officials' name rules) on clean text
    stage = load_pipeline({"backend": "spacy", "model": str(model_dir), "entity_ruler": True})
    pipeline = scores(stage, params, data_dir, sample, cleaned_texts(texts))
    return {"test": model["test"], "sentences": sentences,
            "words_per_second_one_core": model["words_per_second_one_core"],
            "model_mb": round(sum(f.stat().st_size for f in model_dir.rglob("*") if f.is_file()) / 2**20, 2),
            "gold_official_name_recall": model["official_name_recall"],
            "heldout_official_name_recall": model["heldout_official_name_recall"],
            **{f"pipeline_{k}": v for k, v in pipeline.items()}}


def scores(nlp: Language, params: dict[str, Any], data_dir: Path, sample: list[str],
           texts: dict[str, str]) -> dict[str, Any]:
    """Test-set scores, speed and gold name recall of one pipeline."""
    heldout = official_name_recall(nlp, gold_files(params.get("heldout_gold_dirs", [])), texts)
    return {"test": {p.stem.removeprefix("test-"): score_docbin(nlp, p) for p in sorted(data_dir.glob("test-*.spacy"))},
            "words_per_second_one_core": words_per_second(nlp, sample),
            "official_name_recall": official_name_recall(nlp, gold_files(params["gold_dirs"]), texts),
            # held-out sets stay unseen: their figures only, never their missed names
            "heldout_official_name_recall": {k: v for k, v in heldout.items() if k != "missed"}}


def gold_files(dirs: list[str]) -> list[Path]:
    """The gold JSON files of the folders that exist (a set being annotated may not have landed)."""
    return sorted(p for d in dirs for p in Path(d).glob("*.json"))


def build_silver(params: dict[str, Any], data_dir: Path) -> dict[str, Any]:
    """Write `silver.spacy` and `train-silver.spacy` (the corpora's train split plus silver) to `data_dir`."""
    options = params["silver"]
    teacher = load_pipeline({"backend": "spacy", "model": options["teacher"], "entity_ruler": True})
    rows = corpus_articles(Path(params["corpus_jsonl"]), excluded_ids(params), params["seed"])
    held = folded_sentences([data_dir / "dev.spacy", *sorted(data_dir.glob("test-*.spacy"))])
    docs = silver_docs(teacher, rows, options["sentences"], options["per_article"], held)
    DocBin(docs=docs).to_disk(data_dir / "silver.spacy")
    mix = DocBin().from_disk(data_dir / "train.spacy")
    mix.merge(DocBin(docs=docs))
    mix.to_disk(data_dir / "train-silver.spacy")
    return {**options, "sentences": len(docs), "entities": entity_counts(docs)}


def run(params: dict[str, Any]) -> dict[str, Any]:
    root = Path(params["corpora_dir"])
    if not root.is_dir():
        raise JejakError(f"NER corpora not found in {root} (they are in ../shared/corpora/ner; "
                         "set train_ner.corpora_dir)")
    start = time.perf_counter()
    prepare(root, params, DATA_DIR)
    vectors = None
    if params.get("vectors"):
        vectors = train_vectors(Path(params["corpus_jsonl"]), excluded_ids(params), params["vectors"],
                                DATA_DIR / "vectors")
    silver = build_silver(params, DATA_DIR) if params.get("silver") else False
    best = train_model(params, DATA_DIR, paths.INTERIM / "ner-training", vectors,
                       "train-silver.spacy" if silver else "train.spacy")
    save_model(best, MODEL_DIR, META)
    metrics = {**measure(MODEL_DIR, params), **training(params), "silver": silver,
               "train_seconds": round(time.perf_counter() - start, 1)}
    write_json_atomic(METRICS, metrics)
    return metrics


def training(params: dict[str, Any]) -> dict[str, Any]:
    """The training settings the metrics belong to."""
    return {"vectors": params.get("vectors") or False, "max_steps": params["max_steps"], "seed": params["seed"]}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m pipeline.train_ner", description=__doc__.splitlines()[0])
    parser.add_argument("--measure-only", action="store_true",
                        help="score the model in models/ner-id on the prepared data without training")
    parser.add_argument("--params", help="parameters file (default: params.yaml)")
    args = parser.parse_args(argv)
    params = load_params(args.params)["train_ner"]
    if args.measure_only:  # the model is the one trained before: the facts of its training run stay
        previous = json.loads(METRICS.read_text(encoding="utf-8")) if METRICS.exists() else {}
        metrics = {**previous, **measure(MODEL_DIR, params), **training(params)}
        write_json_atomic(METRICS, metrics)
    else:
        metrics = run(params)
    scores = " ".join(f"{name} F1 {t['f1']:.3f} (PER {t['per_label']['PER']['f1']:.3f})"
                      for name, t in metrics["test"].items() if name in ("news", "combined"))
    print(f"train_ner: {scores}, {metrics['words_per_second_one_core']:.0f} words/s, {metrics['model_mb']:.1f} MB, "
          f"gold name recall {metrics['gold_official_name_recall']['recall']} "
          f"(held-out {metrics['heldout_official_name_recall']['recall']}); nlp stage pipeline: "
          f"news F1 {metrics['pipeline_test']['news']['f1']:.3f} (PER {metrics['pipeline_test']['news']['per_label']['PER']['f1']:.3f}), "
          f"gold name recall {metrics['pipeline_official_name_recall']['recall']} "
          f"(held-out {metrics['pipeline_heldout_official_name_recall']['recall']})")


if __name__ == "__main__":
    try:
        main()
    except JejakError as err:
        raise SystemExit(f"train_ner: {err}") from None
