"""Progress bars that stay silent off a terminal, and one summary line per stage."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

from tqdm import tqdm

T = TypeVar("T")


def progress(items: Iterable[T], desc: str, total: int | None = None, unit: str = "art") -> Iterator[T]:
    """Wrap an iterable in a tqdm bar shown only when stderr is a terminal."""
    return iter(tqdm(items, desc=desc, total=total, unit=unit, disable=not sys.stderr.isatty(), leave=False))


class StageTimer:
    """Counts what a stage took in and gave out, and prints it on one line."""

    def __init__(self, stage: str) -> None:
        self.stage = stage
        self.start = time.perf_counter()

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.start

    def summary(self, articles_in: int, records_out: int | str, quiet: bool = False) -> str:
        line = f"{self.stage}: {articles_in} articles in; out: {records_out}; {self.seconds:.1f} s"
        if not quiet:
            print(line, file=sys.stderr)
        return line
