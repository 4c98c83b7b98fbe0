"""Parameters from `params.yaml`: one block per stage, as DVC tracks them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PARAMS = REPO_ROOT / "params.yaml"


class JejakError(Exception):
    """A user-facing error: printed as one line, no traceback."""


def load_params(path: str | Path | None = None) -> dict[str, Any]:
    """Read the parameters file (the repository's `params.yaml` unless told otherwise)."""
    p = Path(path) if path else (Path("params.yaml") if Path("params.yaml").exists() else DEFAULT_PARAMS)
    if not p.exists():
        raise JejakError(f"parameters file not found: {p}")
    with p.open(encoding="utf-8") as f:
        return yaml.safe_load(f) or {}
