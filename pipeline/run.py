"""All stages in one call, without DVC: what `jejak run` does on any input."""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from pipeline import cache as record_cache, dataset, ingest
from pipeline.cache import RecordCache
from pipeline.clean.__main__ import run as clean_run
from pipeline.engine import LocalEngine, make_engine
from pipeline.extract.__main__ import run as extract_run
from pipeline.nlp.__main__ import PRELOAD_ENV, resolved_params, run as nlp_run


@dataclass
class RunSummary:
    """What a run wrote, and which inputs it could not read (each with its file and line)."""

    out_dir: Path
    counts: dict[str, int]
    statuses: dict[str, int]
    unreadable: list[str]
    skipped: list[str] = field(default_factory=list)  # files under the input folders in no supported format
    seconds: dict[str, float] = field(default_factory=dict)  # per stage

    def format(self, max_listed: int = 50) -> str:
        """The lines `jejak run` prints: rows per table, articles per status, unreadable and skipped inputs."""
        lines = [f"Wrote {self.out_dir}/: " + ", ".join(f"{k} {v}" for k, v in self.counts.items()),
                 "articles: " + ", ".join(f"{n} {s}" for s, n in sorted(self.statuses.items()))]
        if self.unreadable:
            lines.append(f"rejected while reading ({len(self.unreadable)}):")
            lines += [f"  {reason}" for reason in self.unreadable[:max_listed]]
            if len(self.unreadable) > max_listed:
                lines.append(f"  ... and {len(self.unreadable) - max_listed} more: "
                             f"{self.out_dir / 'articles.parquet'}, status 'rejected'")
        if self.skipped:
            more = f", ... and {len(self.skipped) - max_listed} more" if len(self.skipped) > max_listed else ""
            lines.append(f"skipped, not a supported format ({len(self.skipped)}): {', '.join(self.skipped[:max_listed])}{more}")
        return "\n".join(lines)


def run_all(inputs: list[str | Path], out_dir: str | Path, params: dict[str, Any], preload_nlp: bool = False) -> RunSummary:
    """Run ingest -> clean -> nlp -> extract -> dataset; tables land in `out_dir`.

    Every stage publishes its output atomically, so a run killed anywhere leaves complete
    tables or none, and running again starts over cleanly. The clean rows and the records of
    every article are cached in `out_dir/.cache`: running again on more articles cleans,
    annotates and extracts only the new ones. The clean, nlp and extract batches run on the
    engine of `params["engine"]`.

    `preload_nlp` (what `jejak run` does): the NER pipeline loads in a fork server while ingest and
    clean run here, and the nlp workers fork from it. Those workers import the program's main
    module, as with Python's "spawn", so only a program whose main module is safe to import (its work
    under `if __name__ == "__main__":`) should ask for it; without it the nlp stage loads the pipeline
    here before its pool forks.
    """
    out_dir = Path(out_dir)
    interim = out_dir / ".interim"
    seconds: dict[str, float] = {}

    def timed(stage: str, fn, *args):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        result = fn(*args)
        seconds[stage] = round(time.perf_counter() - start, 3)
        return result

    engine = make_engine(params.get("engine"))
    if preload_nlp and isinstance(engine, LocalEngine):  # the NLP pipeline loads on another core meanwhile
        engine.preload_server("pipeline.nlp.preload", {PRELOAD_ENV: json.dumps(resolved_params(params["nlp"]))})
    read = timed("ingest", ingest.run, inputs, interim / "raw.parquet", params["ingest"]["batch_size"])
    include_irrelevant = params["clean"]["extract_irrelevant"]
    try:
        timed("clean", clean_run, interim / "raw.parquet", interim / "articles.parquet", params["clean"],
              interim / "clean.json", engine, out_dir / ".cache" / "clean")
        cache = RecordCache(out_dir / ".cache", record_cache.version(params["nlp"], params["extract"]))
        timed("nlp", nlp_run, interim / "articles.parquet", interim / "nlp.parquet", params["nlp"], include_irrelevant,
              engine, cache)
        timed("extract", extract_run, interim / "nlp.parquet", interim / "articles.parquet", interim / "records",
              params["extract"]["batch_size"], params["extract"].get("article_timeout_s"), include_irrelevant, engine, cache)
    finally:
        engine.close()
    counts = timed("dataset", dataset.run, interim / "articles.parquet", interim / "records", out_dir)
    statuses = Counter(pq.read_table(out_dir / "articles.parquet", columns=["status"]).column("status").to_pylist())
    return RunSummary(out_dir, counts, dict(statuses), read["reasons"], read["skipped"], seconds)
