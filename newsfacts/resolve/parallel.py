"""Resolution on a Dask cluster: the components of actors and events (`components`) resolved in batches on its
workers, with the same tables as resolving in one process, ids included.

    with dask_mapper("local", workers=2) as mapper:       # or a scheduler's address, "tcp://host:8786"
        tables = build_tables(documents, extractions, mapper)

The driver still reads every extraction and decides every id (`ComponentIndex.update`); the workers do the
grouping, the part that grows fastest with the corpus. A component is resolved whole on one worker, so the
largest (a country's local actors, the reports of its busiest actors) bounds how far the work spreads.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from newsfacts.resolve.components import Mapper


@contextmanager
def dask_mapper(address: str, workers: int | None = None) -> Iterator[Mapper]:
    """A mapper on the Dask scheduler at `address`, or on a local cluster of `workers` single-threaded processes
    (one per core by default) for "local"; the cluster it started is closed on leaving."""
    from distributed import Client, LocalCluster  # needs dask's distributed (installed with prefect-dask)

    cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                           dashboard_address=None) if address == "local" else None
    client = Client(cluster if cluster is not None else address)
    try:
        def mapper(fn: Callable[[dict], list], batches: list[dict]) -> list[list]:
            return client.gather(client.map(fn, batches, pure=False))

        yield mapper
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
