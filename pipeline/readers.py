"""Read articles from any supported input: txt, html, jsonl/json, csv, parquet.

Every input becomes one raw record, and an input that cannot be read becomes a record
with a `reject_reason` naming the file (and line): nothing is dropped silently.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from charset_normalizer import from_bytes

from pipeline.config import JejakError

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
TABLE_SUFFIXES = {".jsonl", ".json", ".csv", ".parquet"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | TABLE_SUFFIXES
TEXT_KEYS = ("text", "content", "body")
DATE_KEYS = ("published", "date")
LEGACY_ENCODINGS = ["cp1252", "latin_1", "iso8859_15", "mac_roman"]

csv.field_size_limit(64 * 1024 * 1024)


def decode_bytes(data: bytes) -> str:
    """Decode file bytes: UTF-8 (with or without BOM) first, else the detected charset."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Indonesian is written in Latin script: legacy files are one of the Western code pages.
        best = from_bytes(data, cp_isolation=LEGACY_ENCODINGS).best()
        if best is None:
            raise ValueError("undecodable bytes (binary file?)") from None
        return str(best)


def looks_binary(data: bytes) -> bool:
    """NUL bytes outside UTF-16 mean an image, archive or other non-text file."""
    return b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff"))


def text_id(text: str, url: str | None = None) -> str:
    """A stable id for inputs that bring none: hash of the normalised url, else the text."""
    basis = (url or "").strip().lower().rstrip("/") or re.sub(r"\s+", " ", text).strip()
    return "h-" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


def _record(article_id: str, source: str, text: str | None = None, *, url: Any = None, title: Any = None,
            published: Any = None, html: bool = False, reject_reason: str | None = None) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "source": source,
        "url": _str_or_none(url),
        "title": _str_or_none(title),
        "published": _str_or_none(published),
        "text": text,
        "html": html,
        "reject_reason": reject_reason,
    }


def _str_or_none(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    s = str(value).strip()
    return s or None


def _from_mapping(obj: Any, source: str, where: str) -> dict[str, Any]:
    """One JSON/CSV/Parquet row to a raw record; wrong shapes are rejected, not raised."""
    if not isinstance(obj, dict):
        return _record(text_id(where), source, reject_reason=f"{where}: expected an object, got {type(obj).__name__}")
    text = next((obj[k] for k in TEXT_KEYS if obj.get(k) is not None), None)
    url = obj.get("url")
    raw_id = _str_or_none(obj.get("id"))
    if not isinstance(text, str):
        reason = f"{where}: no text field ({'|'.join(TEXT_KEYS)})" if text is None else \
            f"{where}: text field is {type(text).__name__}, not a string"
        return _record(raw_id or text_id(where), source, url=url, reject_reason=reason)
    published = next((obj[k] for k in DATE_KEYS if obj.get(k) is not None), None)
    looks_html = bool(re.search(r"<(p|div|html|body|br)\b", text[:2000], re.I))
    return _record(raw_id or text_id(text, _str_or_none(url)), source, text, url=url, title=obj.get("title"),
                   published=published, html=looks_html)


def read_file(path: Path) -> Iterator[dict[str, Any]]:
    """Yield the raw records of one input file."""
    suffix = path.suffix.lower()
    source = path.name
    if suffix == ".parquet":
        yield from _read_parquet(path, source)
        return
    try:
        data = path.read_bytes()
    except OSError as e:
        yield _record(path.stem, source, reject_reason=f"{path}: unreadable ({e.strerror})")
        return
    if looks_binary(data):
        yield _record(path.stem, source, reject_reason=f"{path}: binary file, not text")
        return
    try:
        content = decode_bytes(data)
    except ValueError as e:
        yield _record(path.stem, source, reject_reason=f"{path}: {e}")
        return
    if suffix in TEXT_SUFFIXES:
        yield _record(path.stem, source, content)
    elif suffix in HTML_SUFFIXES:
        yield _record(path.stem, source, content, html=True)
    elif suffix == ".jsonl":
        yield from _read_jsonl(content, source)
    elif suffix == ".json":
        yield from _read_json(content, source)
    elif suffix == ".csv":
        yield from _read_csv(content, source)


def _read_jsonl(content: str, source: str) -> Iterator[dict[str, Any]]:
    for lineno, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield _record(text_id(where), source, reject_reason=f"{where}: malformed JSON ({e.msg})")
            continue
        yield _from_mapping(obj, source, where)


def _read_json(content: str, source: str) -> Iterator[dict[str, Any]]:
    try:
        obj = json.loads(content)
    except json.JSONDecodeError as e:
        yield _record(text_id(source), source, reject_reason=f"{source}: malformed JSON ({e.msg} at line {e.lineno})")
        return
    items = obj if isinstance(obj, list) else obj.get("articles", [obj]) if isinstance(obj, dict) else [obj]
    for i, item in enumerate(items):
        yield _from_mapping(item, source, f"{source}[{i}]")


def _read_csv(content: str, source: str) -> Iterator[dict[str, Any]]:
    reader = csv.DictReader(io.StringIO(content, newline=""))
    for row in reader:
        yield _from_mapping(row, source, f"{source}:{reader.line_num}")


def _read_parquet(path: Path, source: str) -> Iterator[dict[str, Any]]:
    try:
        pf = pq.ParquetFile(path)
    except Exception as e:  # pyarrow raises several types for corrupt files
        yield _record(path.stem, source, reject_reason=f"{path}: not a readable Parquet file ({e})")
        return
    names = set(pf.schema_arrow.names)
    if not names & set(TEXT_KEYS):
        yield _record(path.stem, source, reject_reason=f"{path}: no text column ({'|'.join(TEXT_KEYS)})")
        return
    row_no = 0
    for batch in pf.iter_batches(batch_size=1000):
        for row in batch.to_pylist():
            yield _from_mapping(row, source, f"{source}[row {row_no}]")
            row_no += 1


def expand_inputs(inputs: list[str | Path]) -> list[Path]:
    """Files named directly, plus supported files found under folders, in a stable order."""
    files: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED
                            and not any(part.startswith(".") for part in f.relative_to(p).parts))
        elif p.is_file():
            if p.suffix.lower() not in SUPPORTED:
                raise JejakError(f"unknown input format: {p} (use {', '.join(sorted(SUPPORTED))})")
            files.append(p)
        else:
            raise JejakError(f"input not found: {p}")
    return files


def read_inputs(inputs: list[str | Path]) -> Iterator[dict[str, Any]]:
    """All raw records of the inputs, with ids made unique (a repeated id is rejected)."""
    seen: set[str] = set()
    for path in expand_inputs(inputs):
        for rec in read_file(path):
            aid = rec["article_id"]
            if aid in seen:
                n = 2
                while f"{aid}~{n}" in seen:
                    n += 1
                rec["article_id"] = f"{aid}~{n}"
                if rec["reject_reason"] is None:
                    rec["reject_reason"] = f"{rec['source']}: duplicate article id {aid!r}"
            seen.add(rec["article_id"])
            yield rec
