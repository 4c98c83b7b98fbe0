"""The time limit really holds: a runaway regex is killed, the items after it still run."""

from __future__ import annotations

import os
import re

from pipeline.guard import Failed, Outcome, Overrun, Worker, guarded_map

CATASTROPHIC = re.compile(r"(a+)+$")  # exponential backtracking on "aaa...b"; `re` ignores signals meanwhile


def work(item: str) -> str:
    if item == "runaway":
        CATASTROPHIC.match("a" * 40 + "b")
    if item == "raises":
        raise ValueError("bad input")
    if item == "dies":
        os._exit(3)
    return item.upper()


ITEMS = ["first", "runaway", "raises", "dies", "last"]
EXPECTED = ["FIRST", Overrun(0.5), Failed("ValueError: bad input"), Failed("worker died (exit code 3)"), "LAST"]


def test_guarded_map_kills_the_overrun_and_resumes_after_it() -> None:
    outcomes = list(guarded_map(lambda skip: ITEMS[skip:], work, str, 0.5))
    assert outcomes == [Outcome(item, result) for item, result in zip(ITEMS, EXPECTED)]
    assert [o.ok for o in outcomes] == [True, False, False, False, True]


def test_worker_kills_the_overrun_and_starts_afresh() -> None:
    with Worker(work, 0.5) as worker:
        assert [worker(item) for item in ITEMS] == EXPECTED


def test_without_a_limit_work_runs_in_this_process() -> None:
    pid = os.getpid()
    assert list(guarded_map(lambda skip: [1, 2][skip:], lambda _: os.getpid(), str, None)) == \
        [Outcome("1", pid), Outcome("2", pid)]
    assert Worker(lambda _: os.getpid(), 0)(None) == pid
    assert Worker(work, None)("raises") == Failed("ValueError: bad input")
