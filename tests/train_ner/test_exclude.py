"""Every gold article, in any gold folder or only announced in params, is kept out of training data."""

from __future__ import annotations

from pathlib import Path

from pipeline.train_ner.exclude import excluded_ids, gold_article_ids


def _gold(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("{}", encoding="utf-8")


def test_ids_of_every_sub_folder(tmp_path: Path) -> None:
    _gold(tmp_path / "gold", "dev/clickid-kompas-00591.json", "holdout/detik25-0576.json", "dev/README.md")
    assert gold_article_ids([tmp_path / "gold", tmp_path / "missing"]) == {"clickid-kompas-00591", "detik25-0576"}


def test_roots_recall_dirs_and_announced_ids(tmp_path: Path) -> None:
    _gold(tmp_path / "gold", "dev/clickid-kompas-00591.json")
    _gold(tmp_path / "shared", "seeds/000_61cda29305c3ac69.json")
    params = {"exclude_gold_roots": [str(tmp_path / "gold")], "gold_dirs": [str(tmp_path / "shared/seeds")],
              "heldout_gold_dirs": [str(tmp_path / "holdout2")], "exclude_ids": ["detik25-0635"]}
    assert excluded_ids(params) == {"clickid-kompas-00591", "000_61cda29305c3ac69", "detik25-0635"}
