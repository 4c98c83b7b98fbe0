"""Which corpus articles the training may not read: every gold article, annotated or being annotated.

Name recall is measured on gold articles, so their texts must stay out of the floret vectors and
the silver sentences. The ids come from the gold folders themselves (one JSON per article, named
by its id) and from `train_ner.exclude_ids` for sets whose files have not landed yet.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any


def gold_article_ids(gold_roots: Iterable[Path]) -> set[str]:
    """Ids of every gold article under the roots (the file names of the gold JSON files, in any sub-folder)."""
    return {p.stem for root in gold_roots for p in Path(root).rglob("*.json")}


def excluded_ids(params: dict[str, Any]) -> set[str]:
    """The gold articles of `exclude_gold_roots` (and of the recall's gold dirs) plus `exclude_ids`."""
    roots = [*params.get("exclude_gold_roots", []), *params.get("gold_dirs", []), *params.get("heldout_gold_dirs", [])]
    return gold_article_ids(Path(r) for r in roots) | set(params.get("exclude_ids") or [])
