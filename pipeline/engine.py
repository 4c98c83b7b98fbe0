"""Where the per-batch work of the nlp and extract stages runs: here, a local process pool, or Dask.

Every engine maps a function over batches and yields the results in input order, with at most
a few batches in flight, so the stages write the same rows in the same order whatever runs them
and never hold more than a window of batches in memory.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Protocol, TypeVar

from pipeline.config import JejakError
from pipeline.guard import _die_with_parent

T = TypeVar("T")
R = TypeVar("R")


class Engine(Protocol):
    workers: int

    def map(self, fn: Callable[[T], R], items: Iterable[T], preloaded: bool = False) -> Iterator[R]:
        """`fn` over the items, results in input order; `preloaded`: where a preloaded server runs (LocalEngine)."""
        ...

    def close(self) -> None: ...


def resolve_workers(workers: int | None) -> int:
    """`workers` as given, or every core this process may use (None or 0)."""
    if workers:
        return max(1, int(workers))
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _ordered(submit: Callable[[T], Future], items: Iterable[T], window: int) -> Iterator[Any]:
    """Submit items keeping at most `window` in flight; yield results in submission order."""
    pending: deque[Future] = deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class LocalEngine:
    """One process (workers=1) or a pool of forked processes that inherit what the parent loaded.

    Pool processes are not daemonic, so a task may itself start the guarded worker that enforces
    a per-article time limit (`pipeline.guard`).
    """

    def __init__(self, workers: int | None = None) -> None:
        self.workers = resolve_workers(workers)
        self._server: mp.context.BaseContext | None = None

    @property
    def preloaded(self) -> bool:
        """Whether `preload_server` started a server the preloaded pools fork from."""
        return self._server is not None

    def preload_server(self, module: str, env: dict[str, str]) -> bool:
        """Start a fork server now that imports `module` (with `env` set): pools of `map(..., preloaded=True)`
        fork from it and share what it loaded.

        For the NLP pipeline: loading it takes a few seconds of one core, holding the GIL; in the
        server it loads on another core while this process cleans. With one worker there is no
        pool, and the server is not started (False). The server is Python's one per process: a
        second call, or one after a pool used it, changes nothing.
        """
        if self.workers == 1 or "forkserver" not in mp.get_all_start_methods():
            return False
        from multiprocessing import forkserver

        saved = {k: os.environ.get(k) for k in env}
        os.environ.update(env)  # the server starts with them; later child processes do not
        try:
            forkserver.set_forkserver_preload([module])
            forkserver.ensure_running()
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
        self._server = mp.get_context("forkserver")
        return True

    def map(self, fn: Callable[[T], R], items: Iterable[T], preloaded: bool = False) -> Iterator[R]:
        if self.workers == 1:
            yield from map(fn, items)
            return
        # A pool per call, forked after the caller (or the preloaded server) loaded what `fn` needs: shared
        # copy-on-write. With the fork start method the pool forks all its workers on its first submit.
        context = self._server if preloaded and self._server else mp.get_context("fork")
        pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_die_with_parent)
        try:
            yield from _ordered(lambda item: pool.submit(fn, item), items, 2 * self.workers)
        finally:
            pool.shutdown(cancel_futures=True)

    def close(self) -> None:
        """Nothing to release: each `map` shuts its pool down, and the fork server ends with this process."""


def stop_fork_server() -> None:
    """Stop the fork server `LocalEngine.preload_server` started (it stops by itself when this process exits).

    Its workers' peak memory reaches `getrusage(RUSAGE_CHILDREN)` of this process only once it has
    exited: the throughput benchmark stops it before reading peak RSS.
    """
    from multiprocessing import forkserver

    stop = getattr(forkserver._forkserver, "_stop", None)  # CPython's own, used by its test suite
    if stop is not None:
        stop()


class DaskEngine:
    """Tasks on a dask.distributed cluster: the one at `scheduler`, or a LocalCluster of `workers` processes.

    Worker processes must be allowed to start children (the extract time limit kills a child
    process): a LocalCluster is started so; on a real cluster, start the workers with
    `DASK_DISTRIBUTED__WORKER__DAEMON=False`.
    """

    def __init__(self, scheduler: str | None = None, workers: int | None = None) -> None:
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError as e:
            raise JejakError("the dask engine needs dask.distributed: pip install 'jejak[dask]'") from e
        self._cluster = None
        if scheduler:
            self._client = Client(scheduler)
            self.workers = max(1, len(self._client.scheduler_info().get("workers", {})))
        else:
            self.workers = resolve_workers(workers)
            with dask.config.set({"distributed.worker.daemon": False}):
                self._cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                             dashboard_address=None)
            self._client = Client(self._cluster)

    def map(self, fn: Callable[[T], R], items: Iterable[T], preloaded: bool = False) -> Iterator[R]:
        yield from _ordered(lambda item: self._client.submit(fn, item, pure=False), items, 2 * self.workers)

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_engine(params: dict[str, Any] | None = None) -> Engine:
    """The engine the `engine` block of params.yaml asks for (name, workers, scheduler)."""
    params = params or {}
    name = params.get("name") or "local"
    if name == "local":
        return LocalEngine(params.get("workers"))
    if name == "dask":
        return DaskEngine(params.get("scheduler"), params.get("workers"))
    raise JejakError(f"unknown engine {name!r} (use local or dask)")
