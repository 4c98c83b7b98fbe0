"""Train the spaCy NER pipeline from the prepared DocBins with the repository's config, on CPU."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import spacy
from spacy.cli.train import train as spacy_train
from threadpoolctl import threadpool_limits

CONFIG = Path(__file__).with_name("config.cfg")


def overrides(params: dict[str, Any], data_dir: Path, vectors: Path | None, train: str = "train.spacy") -> dict[str, Any]:
    """Config values that come from params.yaml and the prepared data rather than from config.cfg."""
    out: dict[str, Any] = {"paths.train": str(data_dir / train), "paths.dev": str(data_dir / "dev.spacy"),
                           "system.seed": params["seed"], "training.max_steps": params["max_steps"]}
    if vectors is not None:
        out.update({"paths.vectors": str(vectors), "components.tok2vec.model.embed.include_static_vectors": True})
    return out


def train_model(params: dict[str, Any], data_dir: Path, output_dir: Path, vectors: Path | None = None,
                train: str = "train.spacy") -> Path:
    """Train on one thread (the machine is shared) on the DocBin `train` of `data_dir`; return the best model on dev."""
    with threadpool_limits(limits=1):
        spacy_train(CONFIG, output_dir, overrides=overrides(params, data_dir, vectors, train))
    return output_dir / "model-best"


def save_model(best: Path, model_dir: Path, meta: dict[str, Any]) -> None:
    """Write the trained pipeline to `model_dir` with the model card's facts in its meta.json."""
    nlp = spacy.load(best)
    nlp.meta.update(meta)
    for key in ("train", "dev", "vectors", "init_tok2vec"):  # local training paths: the shipped config names none
        nlp.config["paths"][key] = None
    tmp, old = (model_dir.with_name(f"{model_dir.name}.{suffix}") for suffix in ("tmp", "old"))
    for leftover in (tmp, old):
        shutil.rmtree(leftover, ignore_errors=True)
    nlp.to_disk(tmp)
    if model_dir.exists():
        model_dir.rename(old)
    tmp.rename(model_dir)
    shutil.rmtree(old, ignore_errors=True)
