"""Cleaning gold: did the body come out whole, and did the boilerplate go?

One JSON per article in `data/gold/clean/`: `first_sentence` and `last_sentence` of the
body, `must_be_gone` (boilerplate lines), optionally `must_be_kept` (body lines a rule
could wrongly take) and `metadata` (expected title, publisher, dateline, published_date,
author). Scores count lines, exactly:
- leaked: a `must_be_gone` line still in the text (lines under four words must match a
  whole line), or any text before the first or after the last body sentence;
- lost: the first or last sentence or a `must_be_kept` line missing from the text.
Whitespace is folded before comparing; nothing else is forgiven.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

METADATA_FIELDS = ("title", "publisher", "dateline", "published_date", "author")


def is_clean_gold(data: dict[str, Any]) -> bool:
    """A cleaning gold file, as opposed to an extraction gold file."""
    return "first_sentence" in data and "must_be_gone" in data


def load_clean_gold(dirs: list[str | Path]) -> dict[str, dict[str, Any]]:
    """Cleaning gold files by article_id from the given folders (other gold files are skipped)."""
    gold = {}
    for d in dirs:
        for f in sorted(Path(d).glob("*.json")):
            data = json.loads(f.read_text(encoding="utf-8"))
            if is_clean_gold(data):
                gold[data.get("article_id", f.stem)] = data
    return gold


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _present(line: str, body: str, lines: set[str]) -> bool:
    """Short boilerplate ("ads", "Top") must match a whole line; longer lines anywhere."""
    return bool(line) and (line in lines if len(line.split()) < 4 else line in body)


def score_article(text: str, gold: dict[str, Any]) -> dict[str, list[str]]:
    """Leaked and lost lines of one cleaned body against its gold."""
    body = _fold(text)
    first, last = _fold(gold["first_sentence"]), _fold(gold["last_sentence"])
    lines = {_fold(line) for line in text.split("\n")}
    leaked = [line for line in gold["must_be_gone"] if _present(_fold(line), body, lines)]
    lost = [line for line in (first, last, *map(_fold, gold.get("must_be_kept", []))) if line not in body]
    if first in body and not body.startswith(first):
        leaked.append("before the first sentence: " + body[: body.index(first)].strip()[:120])
    if last in body and not body.endswith(last):
        leaked.append("after the last sentence: " + body[body.rindex(last) + len(last):].strip()[:120])
    return {"leaked": leaked, "lost": lost}


def _same(expected: Any, got: Any) -> bool:
    return str(expected) == str(got) if expected is not None else got is None


def evaluate_clean(dataset: str | Path, gold: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Leaked/lost line totals and metadata accuracy over the gold articles in the dataset.

    `dataset` is a dataset folder or an articles table (the clean stage's output)."""
    path = Path(dataset) if str(dataset).endswith(".parquet") else Path(dataset) / "articles.parquet"
    columns = ["article_id", "text", *METADATA_FIELDS]
    rows = {r["article_id"]: r for r in pq.read_table(path, columns=columns).to_pylist()} if path.exists() else {}
    errors, leaked, lost, checked, correct = [], 0, 0, 0, 0
    for aid, g in sorted(gold.items()):
        if aid not in rows:
            continue
        result = score_article(rows[aid]["text"] or "", g)
        leaked += len(result["leaked"])
        lost += len(result["lost"])
        errors += [{"article_id": aid, "error": kind, "line": line} for kind in ("leaked", "lost") for line in result[kind]]
        for field, expected in g.get("metadata", {}).items():
            checked += 1
            if _same(expected, rows[aid][field]):
                correct += 1
            else:
                errors.append({"article_id": aid, "error": "metadata", "line": f"{field}: expected {expected!r}, got {rows[aid][field]!r}"})
    present = [aid for aid in gold if aid in rows]
    return {"scores": {"articles": len(present), "boilerplate_leaked": leaked, "body_lost": lost,
                       "metadata_checked": checked, "metadata_accuracy": round(correct / checked, 4) if checked else None,
                       "gold_absent": sorted(set(gold) - set(present))},
            "errors": errors}
