"""The extraction batches on other task runners give the same tables: local processes, a local Dask cluster."""
from __future__ import annotations

import shutil

import pytest

from tests.conftest import SEEDS, assert_same_tables, table_snapshot, write_bad_inputs

@pytest.mark.parametrize("workers, dask", [(2, "local"), (2, None)], ids=["dask-local-2-workers", "2-processes"])
def test_runner_gives_identical_tables(seed_run, tmp_path, workers, dask):
    from flows.pipeline import newsfacts_flow

    if dask:
        pytest.importorskip("prefect_dask")
    raw = tmp_path / "raw"
    raw.mkdir()
    for p in SEEDS.glob("*.txt"):
        shutil.copy(p, raw / p.name)
    write_bad_inputs(raw)
    summary = newsfacts_flow(raw=str(raw), out=str(tmp_path / "out"), batch_size=2, workers=workers, dask=dask)
    assert summary["extracted"] == 4
    single = table_snapshot(seed_run[1])  # the same inputs, run in the flow's own process (workers=1)
    parallel = table_snapshot(tmp_path / "out")
    assert_same_tables(parallel, single)
