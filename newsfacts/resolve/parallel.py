"""Resolution on a Dask cluster: the components of actors and events (`components`) resolved in batches on its
workers, with the same tables as resolving in one process, ids included.

    if __name__ == "__main__":                             # a local cluster starts its workers by spawning
        with dask_mapper("local", workers=2) as mapper:    # or a scheduler's address, "tcp://host:8786"
            tables = build_tables(documents, extractions, mapper)

The driver still reads every extraction, links every item and decides every id (`ComponentIndex.update`); the
workers do the grouping, the part that grows fastest with the corpus. A component is resolved whole on one worker,
so the largest (a country's local actors, the reports of its busiest actors) bound how far the work spreads.
Workers of a remote cluster must run this same newsfacts code (checked on connecting: `code_digest`).
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager

from newsfacts.resolve.components import Mapper

BATCHES_PER_WORKER = 4  # batches of components per worker thread: they finish at about the same time


class DaskUnavailable(RuntimeError):
    """The Dask cluster cannot be started or reached, or runs another newsfacts (not an I/O error to retry)."""


@contextmanager
def dask_mapper(address: str, workers: int | None = None) -> Iterator[Mapper]:
    """A mapper on the Dask scheduler at `address`, or on a local cluster of `workers` single-threaded processes
    (one per core by default) for "local"; what it started is closed on leaving, whatever happens. The batches
    go to the workers as data of their own (scattered), not inside the task graph."""
    try:
        from distributed import Client, LocalCluster  # dask's distributed (installed with prefect-dask)
    except ImportError as e:
        raise DaskUnavailable("resolving on Dask needs the 'distributed' package (pip install prefect-dask)") from e
    if address == "local" and multiprocessing.parent_process() is not None:
        raise DaskUnavailable("a local Dask cluster cannot be started from a process that multiprocessing spawned: "
                              "start it under `if __name__ == '__main__':`")
    with ExitStack() as stack:
        try:
            if address == "local":
                cluster = stack.enter_context(LocalCluster(
                    n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                    dashboard_address="127.0.0.1:0"))
                client = stack.enter_context(Client(cluster))
            else:
                client = stack.enter_context(Client(address, timeout="30s"))
        except OSError as e:
            raise DaskUnavailable(f"cannot reach the Dask cluster at {address}: {e}") from e
        if set(client.run(code_digest).values()) != {code_digest()}:
            raise DaskUnavailable("the Dask workers run other newsfacts code than this run: their groups and ids "
                                  "would not be this code's")

        def mapper(fn: Callable[[dict], list], batches: list[dict]) -> list[list]:
            futures = client.map(fn, client.scatter(batches), pure=False)
            return client.gather(futures)

        mapper.batches = BATCHES_PER_WORKER * max(1, sum(client.nthreads().values()))
        yield mapper


def code_digest() -> str:
    """A digest of the newsfacts code and word lists where it is imported (a worker's copy may differ)."""
    import hashlib
    from pathlib import Path

    import newsfacts as here
    from newsfacts.checksums import add_code

    h = hashlib.sha256()
    add_code(h, Path(here.__file__).parent)
    return h.hexdigest()
