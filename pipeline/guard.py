"""Per-item time limits that really hold: the work runs in a child process killed on overrun.

Python's `re` does not look at signals in the middle of a match, so an alarm cannot stop a
runaway regex; killing the process that runs it can. Two shapes, both with one forked
worker per stage whose caches stay warm, replaced only after a kill:

- `Worker`: items that pickle cheaply (dicts of text) are sent to the worker one at a time;
- `StreamWorker`: items that do not (spaCy Docs) are made by the worker itself from a payload
  that does (serialised Docs); it announces each one before it starts, so the parent can name
  the item that overran and resume after it (`guarded_map`: the same for one payload).
"""

from __future__ import annotations

import ctypes
import multiprocessing as mp
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, Generic, Self, TypeVar

T = TypeVar("T")
R = TypeVar("R")
L = TypeVar("L")
P = TypeVar("P")

PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class Overrun:
    """The item took longer than the limit; its worker was killed."""

    limit_s: float


@dataclass(frozen=True)
class Failed:
    """The work raised (or its worker died); `error` says what happened."""

    error: str


@dataclass(frozen=True)
class Outcome(Generic[L, R]):
    """What became of one item: its label (what the caller needs to report it) and the result."""

    label: L
    result: R | Overrun | Failed

    @property
    def ok(self) -> bool:
        return not isinstance(self.result, (Overrun, Failed))


def _die_with_parent() -> None:
    """Linux: the worker gets SIGKILL when the parent dies, so a killed run leaves no runaway child."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass


def _apply(fn: Callable[[T], R], item: T) -> R | Failed:
    try:
        return fn(item)
    except Exception as e:  # one bad item never stops the stream
        return Failed(f"{type(e).__name__}: {e}")


def _serve(fn: Callable[[T], R], conn: Connection) -> None:
    _die_with_parent()
    while True:
        try:
            item = conn.recv()
        except EOFError:  # the parent closed the pipe: done
            return
        result = _apply(fn, item)
        try:
            conn.send(result)
        except Exception as e:  # a result that cannot cross the pipe
            conn.send(Failed(f"result not transferable: {type(e).__name__}: {e}"))


class _Child:
    """A forked child process with a duplex pipe to it: started on demand, killed on `close`."""

    _proc: mp.process.BaseProcess | None = None
    _conn: Connection | None = None

    def _start(self, target: Callable[..., None], *args: Any) -> Connection:
        """The pipe to the running child, forking one that runs `target(*args, its end of the pipe)` if none runs."""
        if self._proc is None:
            ctx = mp.get_context("fork")
            self._conn, child = ctx.Pipe()
            self._proc = ctx.Process(target=target, args=(*args, child), daemon=True)
            self._proc.start()
            child.close()
        assert self._conn is not None
        return self._conn

    def _exitcode(self) -> int | None:
        """The exit code of a child that died (waiting a moment for it)."""
        assert self._proc is not None
        self._proc.join(5)
        return self._proc.exitcode

    def close(self) -> None:
        """Stop the child process (the next use starts a new one)."""
        if self._proc is not None:
            assert self._conn is not None
            self._conn.close()
            self._proc.kill()
            self._proc.join()
            self._proc = self._conn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class Worker(_Child, Generic[T, R]):
    """`fn` in a long-lived child process, called one item at a time, each within `limit_s` seconds.

    Calling it returns `fn(item)`, `Overrun` (the child was killed; the next call starts a
    new one) or `Failed`. Without a limit (None or 0) `fn` runs in this process.
    """

    def __init__(self, fn: Callable[[T], R], limit_s: float | None) -> None:
        self.fn, self.limit_s = fn, limit_s

    def __call__(self, item: T) -> R | Overrun | Failed:
        if not self.limit_s:
            return _apply(self.fn, item)
        conn = self._start(_serve, self.fn)
        conn.send(item)
        if not conn.poll(self.limit_s):
            self.close()
            return Overrun(self.limit_s)
        try:
            return conn.recv()
        except EOFError:  # the worker died on this item (memory, a crash in C code)
            code = self._exitcode()
            self.close()
            return Failed(f"worker died (exit code {code})")


def _stream_serve(items: Callable[[Any, int], Iterable[T]], fn: Callable[[T], R], label: Callable[[T], L],
                  conn: Connection) -> None:
    _die_with_parent()
    while True:
        try:
            payload, skip = conn.recv()
        except EOFError:  # the parent closed the pipe: done
            return
        try:
            for item in items(payload, skip):
                conn.send(("begin", label(item), time.monotonic()))
                result = _apply(fn, item)
                try:
                    conn.send(("done", result))
                except Exception as e:  # a result that cannot cross the pipe
                    conn.send(("done", Failed(f"result not transferable: {type(e).__name__}: {e}")))
        except Exception as e:  # reading the items failed: the caller fails as it would inline
            conn.send(("error", f"{type(e).__name__}: {e}"))
            continue
        conn.send(("end",))


class StreamWorker(_Child, Generic[P, T, R, L]):
    """`fn` over the items of payloads in one long-lived child process, each item within `limit_s` seconds.

    For items that do not pickle cheaply (spaCy Docs): a payload that does (a batch of serialised
    Docs) goes to the child, which makes the items itself (`items(payload, skip)`, the same items
    on every call, from index `skip` on) and announces each before it starts, so the parent can
    name the item that overran (`label(item)`, small and picklable), kill the child, and resend the
    payload to a new one from the next item. The child lives across payloads, keeping its caches
    and lexemes (a child per payload made extraction 1.7x slower: every child re-copied the memory
    it touched), and is replaced after `recycle_after` payloads, which bounds its memory.
    """

    def __init__(self, items: Callable[[P, int], Iterable[T]], fn: Callable[[T], R], label: Callable[[T], L],
                 recycle_after: int = 50) -> None:
        self.items, self.fn, self.label, self.recycle_after = items, fn, label, recycle_after
        self._served = 0

    def _connection(self) -> Connection:
        if self._proc is not None and self._served >= self.recycle_after:
            self.close()
        if self._proc is None:
            self._served = 0
        return self._start(_stream_serve, self.items, self.fn, self.label)

    def map(self, payload: P, limit_s: float | None) -> Iterator[Outcome[L, R]]:
        """The outcome of every item of `payload` in order (no limit, None or 0: in this process)."""
        if not limit_s:
            for item in self.items(payload, 0):
                yield Outcome(self.label(item), _apply(self.fn, item))
            return
        skip, done = 0, False
        while not done:
            conn = self._connection()
            conn.send((payload, skip))
            self._served += 1
            finished = False
            try:
                while True:
                    try:
                        msg = conn.recv()
                    except EOFError:  # the child died outside an item
                        code = self._exitcode()
                        raise RuntimeError(f"guarded worker stopped reading its items (exit code {code})") from None
                    if msg[0] == "end":
                        done = finished = True
                        break
                    if msg[0] == "error":
                        finished = True
                        raise RuntimeError(f"guarded worker stopped reading its items: {msg[1]}")
                    _, item_label, started = msg
                    if not conn.poll(max(0.0, started + limit_s - time.monotonic())):
                        yield Outcome(item_label, Overrun(limit_s))
                        skip += 1
                        break
                    try:
                        _, result = conn.recv()
                    except EOFError:  # the child died on this item (memory, a crash in C code)
                        yield Outcome(item_label, Failed(f"worker died (exit code {self._exitcode()})"))
                        skip += 1
                        break
                    yield Outcome(item_label, result)
                    skip += 1
            finally:
                if not finished:  # killed, died, or the caller stopped early: the child is out of step
                    self.close()


def guarded_map(items: Callable[[int], Iterable[T]], fn: Callable[[T], R], label: Callable[[T], L],
                limit_s: float | None) -> Iterator[Outcome[L, R]]:
    """`fn` over the items in order, each within `limit_s` seconds (no limit: None or 0), in a child of its own.

    `items(skip)` must yield the same items every call, from index `skip` on (see `StreamWorker`).
    Exceptions in `fn` become `Failed`.
    """
    with StreamWorker(lambda _, skip: items(skip), fn, label) as worker:
        yield from worker.map(None, limit_s)
