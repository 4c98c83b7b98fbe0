"""The time limit really holds: a runaway regex is killed, the items after it still run."""

from __future__ import annotations

import os
import re

from pipeline.guard import Failed, Outcome, Overrun, StreamWorker, Worker, guarded_map

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


def _pid_or_work(item: str) -> object:
    return os.getpid() if item == "pid" else work(item)


def test_stream_worker_keeps_its_child_across_payloads_until_an_overrun_or_recycling() -> None:
    with StreamWorker(lambda payload, skip: payload[skip:], _pid_or_work, str, recycle_after=3) as worker:
        first = [o.result for o in worker.map(["pid", "last"], 0.5)]
        second = [o.result for o in worker.map(["pid"], 0.5)]
        assert first[1] == "LAST" and first[0] == second[0] != os.getpid()  # one child for both payloads
        assert [o.result for o in worker.map(ITEMS, 0.5)] == EXPECTED  # killed and replaced mid-payload
        after = [o.result for o in worker.map(["pid"], 0.5)][0]
        assert after not in (first[0], os.getpid())
        recycled = [o.result for o in worker.map(["pid"], 0.5)][0]
        assert recycled == after
        assert [o.result for o in worker.map(["pid"], 0.5)][0] != after  # the third payload of that child: a new one


def test_stream_worker_reports_items_it_cannot_make() -> None:
    def items(payload: list[str], skip: int) -> list[str]:
        if payload == ["x"]:
            raise OSError("unreadable batch")
        return payload[skip:]
    with StreamWorker(items, work, str) as worker:
        try:
            list(worker.map(["x"], 0.5))
        except RuntimeError as e:
            assert "OSError: unreadable batch" in str(e)
        else:
            raise AssertionError("no error")
        assert [o.result for o in worker.map(["ok"], 0.5)] == ["OK"]  # the child reads the next payload
