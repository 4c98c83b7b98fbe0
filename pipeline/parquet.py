"""Streaming, atomic Parquet I/O shared by every stage.

Stages read their input in record batches and write through `AtomicWriter`, which
writes to a temporary file beside the target and renames it into place only when the
stage finished: a crashed run never leaves a partial table where a reader looks. Temporary
files are named after the writing process, so the next writer of the same target removes
those a killed run left behind.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Self

import pyarrow as pa
import pyarrow.parquet as pq


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def remove_stale_temps(path: str | Path) -> list[Path]:
    """Delete the temporary files and folders in `path`'s folder whose writing process is gone; returns them.

    The whole folder is swept, not only `path`'s own: a killed run may have been writing a file
    (a cache part with a fresh name) that no later run writes again.
    """
    stale = []
    for tmp in Path(path).parent.glob(".*.tmp"):
        parts = tmp.name[: -len(".tmp")].rsplit(".", 2)  # ".<name>", "<pid>", "<random>"
        if len(parts) == 3 and parts[1].isdigit() and int(parts[1]) != os.getpid() and not _pid_alive(int(parts[1])):
            if tmp.is_dir():
                shutil.rmtree(tmp, ignore_errors=True)
            else:
                tmp.unlink(missing_ok=True)
            stale.append(tmp)
    return stale


def temp_dir_beside(path: Path) -> tempfile.TemporaryDirectory[str]:
    """A working folder beside `path`, named like its temporary files, so a killed run's is swept too."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return tempfile.TemporaryDirectory(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)


def _temp_beside(path: Path) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    return Path(tmp)


def _publish(tmp: Path, path: Path) -> None:
    """Flush `tmp` to disk and rename it over `path` (atomic on POSIX)."""
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, path)


class PublishOnExit(ABC):
    """Context-manager protocol for writers with `close` (publish) and `abort` (discard):
    a `with` block that finishes publishes, one that raises discards."""

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def abort(self) -> None: ...

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


class AtomicWriter(PublishOnExit):
    """A Parquet writer that appends row groups and publishes the file on close."""

    def __init__(self, path: str | Path, schema: pa.Schema) -> None:
        self.path = Path(path)
        self.schema = schema
        self.path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(self.path)
        self._tmp = _temp_beside(self.path)
        self._writer = pq.ParquetWriter(self._tmp, schema, compression="zstd")
        self.rows = 0

    def write_rows(self, rows: list[dict[str, Any]]) -> None:
        """Append rows (dicts keyed by column name) as one row group."""
        if rows:
            self.write_table(pa.Table.from_pylist(rows, schema=self.schema))

    def write_table(self, table: pa.Table) -> None:
        if table.num_rows:
            self._writer.write_table(table.select(self.schema.names).cast(self.schema))
            self.rows += table.num_rows

    def close(self) -> None:
        """Finish the file and move it into place."""
        self._writer.close()
        _publish(self._tmp, self.path)

    def abort(self) -> None:
        self._writer.close()
        self._tmp.unlink(missing_ok=True)

def iter_batches(path: str | Path, batch_size: int, columns: list[str] | None = None) -> Iterator[list[dict]]:
    """Yield the rows of a Parquet file as lists of dicts, `batch_size` rows at a time."""
    pf = pq.ParquetFile(path)
    for batch in pf.iter_batches(batch_size=batch_size, columns=columns):
        yield batch.to_pylist()


def iter_rows(path: str | Path, batch_size: int, columns: list[str] | None = None, skip: int = 0) -> Iterator[dict]:
    """The rows of a Parquet file from index `skip` on, converting only the batches needed."""
    pf = pq.ParquetFile(path)
    for batch in pf.iter_batches(batch_size=batch_size, columns=columns):
        if skip >= batch.num_rows:
            skip -= batch.num_rows
            continue
        yield from batch.slice(skip).to_pylist()
        skip = 0


def write_table_atomic(path: str | Path, rows: Iterable[dict[str, Any]], schema: pa.Schema) -> int:
    """Write all `rows` to `path` atomically; returns the row count."""
    with AtomicWriter(path, schema) as writer:
        writer.write_rows(list(rows))
    return writer.rows


def copy_atomic(src: str | Path, path: str | Path) -> None:
    """Copy `src` to `path` through a temp file and rename, like the tables."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(path)
    tmp = _temp_beside(path)
    try:
        shutil.copyfile(src, tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _publish(tmp, path)


def write_json_atomic(path: str | Path, data: Any) -> None:
    """Write JSON through a temp file and rename, like the tables."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(path)
    tmp = _temp_beside(path)
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2, sort_keys=True, default=str)
        f.write("\n")
    _publish(tmp, path)
