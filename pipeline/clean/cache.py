"""Per-article cache of the clean stage: a re-run cleans only raw articles it has not seen.

A raw article's key hashes every field of its raw record with the version of all that makes its
clean row: the clean code, its parameters, the relevance model, the gazetteers and the versions
of the libraries that repair, parse and score text. The cached row holds what the first pass
produces (status before duplicates), the lines each boilerplate rule removed and the article's
duplicate fingerprint, so the duplicate pass over all articles needs no text work.
"""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import version as package_version
from typing import Any

import pyarrow as pa

from pipeline import schema
from pipeline.cache import EXECUTION_ONLY, hash_files
from pipeline.config import REPO_ROOT

TABLE = "clean"
SCHEMA = pa.schema([*schema.ARTICLES, pa.field("removed", pa.string()), pa.field("digest", pa.string()),
                    pa.field("minhash", pa.list_(pa.uint64()))])
CODE = ["pipeline/clean", "pipeline/gazetteers.py", "pipeline/data/gazetteers"]
LIBRARIES = ["ftfy", "trafilatura", "lingua-language-detector", "datasketch", "numpy", "dateparser"]


def version(params: dict[str, Any]) -> str:
    """Hash of the code, parameters, relevance model and libraries that determine a clean row."""
    h = hashlib.sha256()
    for name in LIBRARIES:
        h.update(f"{name}=={package_version(name)}".encode())
    for rel in CODE:
        hash_files(h, REPO_ROOT / rel)
    h.update(json.dumps({k: v for k, v in params.items() if k not in EXECUTION_ONLY and k != "relevance_training"},
                        sort_keys=True, default=str).encode())
    hash_files(h, REPO_ROOT / params["relevance_model"])
    return h.hexdigest()[:16]


def raw_key(version_hash: str, raw: dict[str, Any]) -> str:
    """The key of one raw record: every field of it (type, length and value), with the version."""
    parts = [version_hash]
    for field in schema.RAW.names:
        value = raw.get(field)
        text = "" if value is None else str(value)
        parts.append(f"\0{type(value).__name__}:{len(text)}:{text}")
    return hashlib.sha256("".join(parts).encode()).hexdigest()
