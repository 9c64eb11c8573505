"""The extraction batches on other task runners give the same tables: local processes, a local Dask cluster."""
from __future__ import annotations

import shutil

import pandas as pd
import pytest

from newsfacts.storage import read_table
from schemas import MODELS
from tests.conftest import SEEDS, write_bad_inputs

VOLATILE = {"ingested_at", "quarantined_at", "run_id"}


def _snapshot(out) -> dict[str, pd.DataFrame]:
    snap = {}
    for name in MODELS:
        df = read_table(out, name)
        df = df.drop(columns=[c for c in VOLATILE if c in df.columns]).astype(str)
        snap[name] = df.sort_values(list(df.columns)).reset_index(drop=True)
    return snap


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
    single = _snapshot(seed_run[1])  # the same inputs, run in the flow's own process (workers=1)
    parallel = _snapshot(tmp_path / "out")
    for name in MODELS:
        pd.testing.assert_frame_equal(parallel[name], single[name], obj=name)
