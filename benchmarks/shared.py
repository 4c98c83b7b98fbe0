"""Where the team's shared data is, with one clear message when it is not there."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("JEJAK_SHARED", REPO.parent / "shared"))
NEWS = SHARED / "corpus" / "news.jsonl"
SEEDS = SHARED / "corpus" / "seeds"


def require(path: Path) -> Path:
    """Exit with one line when a shared file is missing (users have no ../shared)."""
    if not path.exists():
        sys.exit(f"benchmarks: {path} not found: these scripts need the shared corpus beside the repo "
                 f"(../shared, or set JEJAK_SHARED)")
    return path


def iter_news(limit: int | None = None, ids: set[str] | None = None) -> Iterator[dict]:
    """Articles of the shared news corpus in file order, optionally only the given ids."""
    with require(NEWS).open(encoding="utf-8") as f:
        n = 0
        for line in f:
            if limit is not None and n >= limit:
                return
            obj = json.loads(line)
            if ids is None or obj["id"] in ids:
                n += 1
                yield obj


def build_gold_input(out: Path, ids: set[str]) -> Path:
    """`out/input/`: the seed texts and shared-corpus articles whose ids are in `ids` (as JSONL)."""
    inp = out / "input"
    if inp.exists():
        shutil.rmtree(inp)
    inp.mkdir(parents=True)
    for f in sorted(require(SEEDS).glob("*.txt")):
        if f.stem in ids:
            shutil.copy(f, inp / f.name)
    with (inp / "corpus.jsonl").open("w", encoding="utf-8") as f:
        for obj in iter_news(ids=ids):
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return inp
