"""Progress bars only on a terminal; one summary line per stage."""

from __future__ import annotations

import io

import pytest

from pipeline import progress as progress_module
from pipeline.progress import StageTimer, progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_bar_when_stderr_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    err = io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    assert list(progress(range(3), "extract", total=3)) == [0, 1, 2]
    assert err.getvalue() == ""


def test_bar_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    err = Terminal()
    monkeypatch.setattr("sys.stderr", err)
    assert list(progress(range(3), "extract", total=3)) == [0, 1, 2]
    assert err.getvalue().startswith("\rextract:   0%|") and "0/3 [" in err.getvalue()


def test_summary_line_names_articles_records_and_seconds(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter([100.0, 102.25])
    monkeypatch.setattr(progress_module.time, "perf_counter", lambda: next(clock))
    err = io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    line = StageTimer("extract").summary(157, "276 officials, 17 visits")
    assert line == "extract: 157 articles in; out: 276 officials, 17 visits; 2.2 s"
    assert err.getvalue() == line + "\n"
