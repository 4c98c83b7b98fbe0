"""Read articles from any supported input: txt, html, jsonl/json, csv, parquet.

Every input becomes one raw record, and an input that cannot be read becomes a record
with a `reject_reason` naming the file (and line): nothing is dropped silently. A record's
`source` says where it came from: the file (its path under the input folder) and, for
tables, the line or row.
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
    """Decode file bytes: by their BOM, else UTF-8, else the detected Western code page."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return data.decode("utf-32")
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
    """NUL bytes outside UTF-16/32 mean an image, archive or other non-text file."""
    return b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"))


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


def _rejected(where: str, problem: str, article_id: str | None = None) -> dict[str, Any]:
    """The record of an input that could not be read: the reason starts with where it is."""
    return _record(article_id or text_id(where), where, reject_reason=f"{where}: {problem}")


def _str_or_none(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    s = str(value).strip()
    return s or None


def _from_mapping(obj: Any, where: str) -> dict[str, Any]:
    """One JSON/CSV/Parquet row to a raw record; wrong shapes are rejected, not raised."""
    if not isinstance(obj, dict):
        return _rejected(where, f"expected an object, got {type(obj).__name__}")
    text = next((obj[k] for k in TEXT_KEYS if obj.get(k) is not None), None)
    url = obj.get("url")
    raw_id = _str_or_none(obj.get("id")) if isinstance(obj.get("id"), (str, int)) else None  # not objects, lists
    if not isinstance(text, str):
        problem = f"no text field ({'|'.join(TEXT_KEYS)})" if text is None else \
            f"text field is {type(text).__name__}, not a string"
        return {**_rejected(where, problem, raw_id), "url": _str_or_none(url)}
    if not text.strip():
        return {**_rejected(where, "empty text field", raw_id), "url": _str_or_none(url)}
    published = next((obj[k] for k in DATE_KEYS if obj.get(k) is not None), None)
    looks_html = bool(re.search(r"<(p|div|html|body|br)\b", text[:2000], re.I))
    return _record(raw_id or text_id(text, _str_or_none(url)), where, text, url=url, title=obj.get("title"),
                   published=published, html=looks_html)


def _read_file(path: Path, source: str) -> Iterator[dict[str, Any]]:
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        yield from _read_parquet(path, source)
        return
    if suffix == ".jsonl" and _streamable(path):
        yield from _stream_jsonl(path, source)
        return
    try:
        data = path.read_bytes()
    except OSError as e:
        yield _rejected(source, f"unreadable ({e.strerror})", path.stem)
        return
    if not data.strip():
        yield _rejected(source, "empty file" if not data else "only whitespace", path.stem)
        return
    if looks_binary(data):
        yield _rejected(source, "binary file, not text", path.stem)
        return
    try:
        content = decode_bytes(data)
    except (ValueError, UnicodeDecodeError) as e:
        yield _rejected(source, str(e), path.stem)
        return
    if not content.strip():
        yield _rejected(source, "only whitespace", path.stem)
    elif suffix in TEXT_SUFFIXES:
        yield _record(path.stem, source, content)
    elif suffix in HTML_SUFFIXES:
        yield _record(path.stem, source, content, html=True)
    else:
        reader = {".jsonl": _read_jsonl, ".json": _read_json, ".csv": _read_csv}[suffix]
        n = 0
        for n, rec in enumerate(reader(content, source), 1):
            yield rec
        if n == 0:
            yield _rejected(source, "no articles in the file")


def read_file(path: Path, source: str | None = None) -> Iterator[dict[str, Any]]:
    """Yield the raw records of one input file; `source` names it in records (default: file name).

    A file that stops being readable half-way yields what it could read and one rejected
    record for the rest.
    """
    source = source or path.name
    try:
        yield from _read_file(path, source)
    except Exception as e:  # the last line of defence: a reader bug never stops the run
        yield _rejected(source, f"reading stopped ({type(e).__name__}: {e}); the rest of the file was not read")


def _streamable(path: Path) -> bool:
    """A JSON Lines file read line by line: readable, not binary, not UTF-16/32 (those are read whole)."""
    try:
        with path.open("rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    return bool(head.strip()) and not looks_binary(head) and not head.startswith(
        (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"))


def _stream_jsonl(path: Path, source: str) -> Iterator[dict[str, Any]]:
    """The records of a JSON Lines file, one line in memory at a time (corpora run to gigabytes)."""
    n = 0
    with path.open("rb") as f:  # binary lines end at b"\n" only, as JSON Lines does
        for lineno, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError:
                try:
                    line = decode_bytes(raw)
                except ValueError as e:
                    n += 1
                    yield _rejected(f"{source}:{lineno}", str(e))
                    continue
            for rec in _read_jsonl(line, source, lineno):
                n += 1
                yield rec
    if n == 0:
        yield _rejected(source, "no articles in the file")


def _read_jsonl(content: str, source: str, first_line: int = 1) -> Iterator[dict[str, Any]]:
    # split on "\n" only: str.splitlines() also breaks at U+2028 and others, which JSON strings may hold
    for lineno, line in enumerate(content.split("\n"), first_line):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield _rejected(where, f"malformed JSON ({e.msg}: column {e.colno})")
            continue
        except RecursionError:
            yield _rejected(where, "malformed JSON (nested too deeply)")
            continue
        yield _from_mapping(obj, where)


def _read_json(content: str, source: str) -> Iterator[dict[str, Any]]:
    try:
        obj = json.loads(content)
    except json.JSONDecodeError as e:
        yield _rejected(source, f"malformed JSON ({e.msg}: line {e.lineno} column {e.colno})")
        return
    except RecursionError:
        yield _rejected(source, "malformed JSON (nested too deeply)")
        return
    if isinstance(obj, dict) and "articles" in obj:
        obj = obj["articles"]
    for i, item in enumerate(obj if isinstance(obj, list) else [obj]):
        yield _from_mapping(item, f"{source}[{i}]")


def _read_csv(content: str, source: str) -> Iterator[dict[str, Any]]:
    """Rows of a CSV file; a malformed row is rejected and reading goes on with the next line."""
    reader = csv.DictReader(io.StringIO(content, newline=""))
    first_line = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            yield _rejected(f"{source}:{reader.line_num}", f"malformed CSV ({e})")
            if reader.line_num < first_line:  # the reader did not move on
                return
            first_line = reader.line_num + 1
            continue
        yield _from_mapping(row, f"{source}:{first_line}")  # a row with line breaks is named by its first line
        first_line = reader.line_num + 1


def _read_parquet(path: Path, source: str) -> Iterator[dict[str, Any]]:
    try:
        pf = pq.ParquetFile(path)
        names = set(pf.schema_arrow.names)
    except Exception as e:  # pyarrow raises several types for corrupt files
        yield _rejected(source, f"not a readable Parquet file ({e})", path.stem)
        return
    if not names & set(TEXT_KEYS):
        yield _rejected(source, f"no text column ({'|'.join(TEXT_KEYS)}; columns: {', '.join(sorted(names))})", path.stem)
        return
    row_no = 0
    try:
        for batch in pf.iter_batches(batch_size=1000):
            for row in batch.to_pylist():
                yield _from_mapping(row, f"{source}[row {row_no}]")
                row_no += 1
    except Exception as e:
        yield _rejected(f"{source}[row {row_no}]", f"unreadable from this row on ({e})")
        return
    if row_no == 0:
        yield _rejected(source, "no articles in the file", path.stem)


def _folder_files(folder: Path) -> list[Path]:
    """Files under `folder`, relative to it, hidden ones left out, in a stable order."""
    found = (f.relative_to(folder) for f in folder.rglob("*") if f.is_file())
    return sorted(rel for rel in found if not any(part.startswith(".") for part in rel.parts))


def input_files(inputs: list[str | Path]) -> list[tuple[Path, str]]:
    """(file, source name) for files named directly and supported files under folders, in a stable order.

    A file named directly is known by its name, one found under a folder by its path in the folder.
    """
    files: list[tuple[Path, str]] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            files += [(p / rel, rel.as_posix()) for rel in _folder_files(p) if rel.suffix.lower() in SUPPORTED]
        elif p.is_file():
            if p.suffix.lower() not in SUPPORTED:
                raise JejakError(f"unknown input format: {p} (use {', '.join(sorted(SUPPORTED))})")
            files.append((p, p.name))
        else:
            raise JejakError(f"input not found: {p}")
    return files


def unsupported_files(inputs: list[str | Path]) -> list[str]:
    """Files under the input folders that are not read (not a supported format), for the run summary."""
    return [str(Path(item) / rel) for item in inputs if Path(item).is_dir()
            for rel in _folder_files(Path(item)) if rel.suffix.lower() not in SUPPORTED]


def expand_inputs(inputs: list[str | Path]) -> list[Path]:
    """Files named directly, plus supported files found under folders, in a stable order."""
    return [path for path, _ in input_files(inputs)]


def read_inputs(inputs: list[str | Path]) -> Iterator[dict[str, Any]]:
    """All raw records of the inputs, with ids made unique (a repeated id is rejected)."""
    first_seen: dict[str, str] = {}
    for path, source in input_files(inputs):
        for rec in read_file(path, source):
            aid = rec["article_id"]
            if aid in first_seen:
                n = 2
                while f"{aid}~{n}" in first_seen:
                    n += 1
                rec["article_id"] = f"{aid}~{n}"
                if rec["reject_reason"] is None:
                    rec["reject_reason"] = f"{rec['source']}: duplicate article id {aid!r} (first at {first_seen[aid]})"
            first_seen[rec["article_id"]] = rec["source"]
            yield rec
