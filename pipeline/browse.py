"""`jejak browse`: Datasette over the SQLite export, on this machine only unless asked otherwise.

The database is opened immutable (read-only, no locking), with the metadata written by
`jejak export` (descriptions, facets, canned queries). It is (re)exported first when
missing or older than the dataset it comes from.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from pipeline.export import export, metadata_path


def needs_export(dataset_dir: Path, db_path: Path) -> bool:
    """True when the database is missing or a table of the dataset is newer than it."""
    if not db_path.exists() or not metadata_path(db_path).exists():
        return True
    built = db_path.stat().st_mtime
    return any(p.stat().st_mtime > built for p in dataset_dir.glob("*.parquet"))


def datasette_command(db_path: Path, host: str, port: int, open_browser: bool = False) -> list[str]:
    """The Datasette command line, run with this interpreter."""
    cmd = [sys.executable, "-m", "datasette", "serve", "--immutable", str(db_path),
           "--metadata", str(metadata_path(db_path)), "--host", host, "--port", str(port),
           "--setting", "default_page_size", "50", "--setting", "sql_time_limit_ms", "3000"]
    return [*cmd, "--open"] if open_browser else cmd


def browse(dataset_dir: Path, db_path: Path, host: str, port: int, open_browser: bool = False) -> None:
    """Export if needed, then become Datasette (so Ctrl-C and kill reach the server itself)."""
    if needs_export(dataset_dir, db_path):
        export(dataset_dir, "sqlite", db_path)
    print(f"Jejak in Datasette: http://{host}:{port}/{db_path.stem}  (Ctrl-C to stop)", file=sys.stderr, flush=True)
    cmd = datasette_command(db_path, host, port, open_browser)
    os.execv(cmd[0], cmd)
