"""Per-article cache of extracted records: a re-run annotates and extracts only new or changed articles.

An article's key hashes its clean text, title and publication date with the version of all that
makes its records: the NER model's files, the gazetteers, the nlp and extract code, their
parameters and spaCy's version. Records are stored under the key (in their `article_id` column)
in Parquet parts, one part per run, in `<root>/<version>/`. A part counts once its keys file is
published, after its tables, so a killed run leaves no half part behind. Opening a version removes
the folders of the other versions: the cache only ever holds what the current code would produce.
Failed articles are not cached (a time limit or a dying worker may not repeat).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import spacy

from pipeline.config import REPO_ROOT
from pipeline.parquet import AtomicWriter, PublishOnExit, _pid_alive

# Parameters that change how a stage runs, not what it produces.
EXECUTION_ONLY = {"batch_size", "workers", "article_timeout_s", "cache_dir", "model", "stanza_dir"}
CODE = ["pipeline/nlp", "pipeline/extract", "pipeline/gazetteers.py", "pipeline/schema.py", "pipeline/data/gazetteers"]
KEYS = pa.schema([pa.field("key", pa.string())])
_VERSION_DIR = re.compile(r"^[0-9a-f]{16}$")
CHUNK = 50_000  # articles per join: 2,000 made assembling 20,000 clean rows 3x slower, for no less memory


def hash_files(h: Any, path: Path) -> None:
    files = sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts) if path.is_dir() else [path]
    for p in files:
        if p.exists():
            h.update(str(p.relative_to(path) if path.is_dir() else p.name).encode())
            h.update(hashlib.sha256(p.read_bytes()).digest())


def version(nlp_params: dict[str, Any], extract_params: dict[str, Any]) -> str:
    """Hash of the model, gazetteers, code and parameters that determine an article's records."""
    h = hashlib.sha256(spacy.__version__.encode())
    for rel in CODE:
        hash_files(h, REPO_ROOT / rel)
    for params in (nlp_params, extract_params):
        h.update(json.dumps({k: v for k, v in params.items() if k not in EXECUTION_ONLY}, sort_keys=True, default=str).encode())
    for key in ("model", "stanza_dir"):
        if nlp_params.get(key) and Path(nlp_params[key]).exists():
            hash_files(h, Path(nlp_params[key]))
    return h.hexdigest()[:16]


def article_key(version_hash: str, text: str, title: str | None, published: date | None) -> str:
    """What an article's records depend on besides the version: its text, title and date."""
    h = hashlib.sha256(version_hash.encode())
    for part in (text, title or "", published.isoformat() if published else ""):
        h.update(b"\0" + part.encode())
    return h.hexdigest()


def extractable_tables(articles: str | Path, batch_size: int, columns: list[str],
                       include_irrelevant: bool) -> Iterator[pa.RecordBatch]:
    """Per batch of the articles table, the rows whose records go into the dataset: `ok`, and
    `irrelevant` only on request (`columns` must include `status`).

    Rows are filtered before they become Python objects: most of a corpus is not extractable, and
    turning its texts into Python strings took longer than the rest of a re-run's nlp stage.
    """
    keep = pa.array(["ok", "irrelevant"] if include_irrelevant else ["ok"])
    for batch in pq.ParquetFile(articles).iter_batches(batch_size=batch_size, columns=columns):
        yield batch.filter(pc.is_in(batch.column("status"), value_set=keep))


def extractable_batches(articles: str | Path, batch_size: int, columns: list[str],
                        include_irrelevant: bool) -> Iterator[list[dict[str, Any]]]:
    """`extractable_tables` as lists of row dicts."""
    for batch in extractable_tables(articles, batch_size, columns, include_irrelevant):
        yield batch.to_pylist()


class RecordCache:
    """The records of every article extracted before under `version_hash`, by article key."""

    def __init__(self, root: str | Path, version_hash: str) -> None:
        self.version = version_hash
        self.root = Path(root)
        self.dir = self.root / version_hash
        self.dir.mkdir(parents=True, exist_ok=True)
        for other in self.root.iterdir():
            if other.is_dir() and other != self.dir and _VERSION_DIR.match(other.name):
                shutil.rmtree(other, ignore_errors=True)
        self.index: dict[str, str] = {}  # key -> part holding its records
        self._order: tuple[tuple[Any, ...], list[tuple[str, str]]] | None = None
        for keys_file in sorted(self.dir.glob("*.keys.parquet")):
            part = keys_file.name.removesuffix(".keys.parquet")
            for key in pq.read_table(keys_file).column("key").to_pylist():
                self.index.setdefault(key, part)
        self._remove_orphans()

    def _remove_orphans(self) -> None:
        """Tables and temporary files of parts whose run was killed before publishing the keys."""
        parts = set(self.index.values()) | {p.name.removesuffix(".keys.parquet") for p in self.dir.glob("*.keys.parquet")}
        for f in [*self.dir.glob("*.parquet"), *self.dir.glob(".part-*.tmp")]:
            part = f.name.lstrip(".").split(".", 1)[0]
            pid = part.split("-")[1] if part.count("-") >= 2 else ""
            if part not in parts and not (pid.isdigit() and _pid_alive(int(pid))):
                f.unlink(missing_ok=True)

    def key(self, row: dict[str, Any]) -> str:
        return article_key(self.version, row["text"] or "", row.get("title"), row.get("published_date"))

    def __contains__(self, key: str) -> bool:
        return key in self.index

    def order(self, articles: str | Path, include_irrelevant: bool) -> list[tuple[str, str]]:
        """(article_id, key) of every extractable article of the articles table, in table order.

        Worked out once per state of the file: `jejak run`'s nlp and extract stages share one
        cache, and hashing every text twice was a tenth of a re-run.
        """
        stat = Path(articles).stat()
        state = (str(Path(articles).resolve()), stat.st_mtime_ns, stat.st_size, include_irrelevant)
        if self._order is None or self._order[0] != state:
            columns = ["article_id", "status", "text", "title", "published_date"]
            self._order = (state, [(r["article_id"], self.key(r)) for batch in
                                   extractable_batches(articles, 256, columns, include_irrelevant) for r in batch])
        return self._order[1]

    def part(self, tables: dict[str, pa.Schema]) -> CachePart:
        return CachePart(self, tables)

    def records(self, order: list[tuple[str, str]], table: str, columns: list[str],
                chunk: int = CHUNK) -> Iterator[pa.RecordBatch]:
        """The `columns` of `table`'s records of the (article_id, key) pairs, in that order.

        DuckDB joins the parts to `chunk` articles of the order at a time, spilling to disk beyond
        its memory limit; each chunk scans every part, so chunks are large. Only the columns
        asked for are read.
        """
        missing = [aid for aid, key in order if key not in self.index]
        if missing:
            raise KeyError(f"no cached records for {len(missing)} articles (first: {missing[0]})")
        files = sorted(str(f) for f in self.dir.glob(f"*.{table}.parquet"))
        if not files or not order:
            return
        select = ", ".join("o.article_id AS article_id" if c == "article_id" else f'r."{c}"' for c in columns)
        prefix = {part: str(self.dir / part) for part in set(self.index.values())}
        con = duckdb.connect()
        try:
            con.execute("SET memory_limit = '256MB'; SET threads = 1; SET preserve_insertion_order = true")
            con.execute(f"SET temp_directory = '{self.dir / '.duckdb'}'")
            for i in range(0, len(order), chunk):
                part = order[i:i + chunk]
                con.register("o", pa.table({
                    "pos": pa.array(range(i, i + len(part)), pa.int64()), "article_id": [a for a, _ in part],
                    "key": [k for _, k in part], "prefix": [prefix[self.index[k]] for _, k in part]}))
                yield from con.sql(
                    f"SELECT {select} FROM read_parquet($files, filename = true, file_row_number = true) r "
                    f"JOIN o ON r.article_id = o.key AND r.filename = o.prefix || '.{table}.parquet' "
                    "ORDER BY o.pos, r.file_row_number", params={"files": files}).to_arrow_reader(8192)
                con.unregister("o")
        finally:
            con.close()

    def assemble(self, order: list[tuple[str, str]], out_dir: str | Path, tables: dict[str, pa.Schema],
                 chunk: int = CHUNK) -> dict[str, int]:
        """Write `out_dir/<table>.parquet` with the records of the (article_id, key) pairs, in that order."""
        counts = {}
        for name, schema in tables.items():
            with AtomicWriter(Path(out_dir) / f"{name}.parquet", schema) as writer:
                for batch in self.records(order, name, schema.names, chunk):
                    writer.write_table(pa.Table.from_batches([batch]))
            counts[name] = writer.rows
        return counts


class CachePart(PublishOnExit):
    """The records one run adds to the cache; published on `close`, keys last."""

    def __init__(self, cache: RecordCache, tables: dict[str, pa.Schema], flush_every: int = 64) -> None:
        self.cache = cache
        self.name = f"part-{os.getpid()}-{time.time_ns()}"
        self.writers = {t: AtomicWriter(cache.dir / f"{self.name}.{t}.parquet", s) for t, s in tables.items()}
        self.keys_writer = AtomicWriter(cache.dir / f"{self.name}.keys.parquet", KEYS)
        self.buffers: dict[str, list[dict[str, Any]]] = {t: [] for t in tables}
        self.keys: list[str] = []
        self.flush_every = flush_every

    def add(self, key: str, records: dict[str, list[dict[str, Any]]]) -> None:
        """Store one article's records (a key already stored is left as it is)."""
        if key in self.cache.index:
            return
        for table, buf in self.buffers.items():
            buf += ({**r, "article_id": key} for r in records.get(table, []))
        self.keys.append(key)
        self.cache.index[key] = self.name
        if len(self.keys) % self.flush_every == 0:
            self._flush()

    def _flush(self) -> None:
        for table, writer in self.writers.items():
            writer.write_rows(self.buffers[table])
            self.buffers[table] = []

    def close(self) -> None:
        self._flush()
        for writer in self.writers.values():
            writer.close()
        self.keys_writer.write_rows([{"key": k} for k in self.keys])
        self.keys_writer.close()

    def abort(self) -> None:
        for writer in [*self.writers.values(), self.keys_writer]:
            writer.abort()
        for key in self.keys:
            self.cache.index.pop(key, None)
