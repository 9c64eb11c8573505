"""The extraction batches on other task runners give the same tables: a local Dask cluster, local processes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from schemas import MODELS
from tests.conftest import assert_same_tables, copy_seeds, table_snapshot, write_bad_inputs

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow  # flow runs through Prefect, on several processes: left out by make test-fast


def test_a_local_dask_cluster_gives_identical_tables(seed_run, tmp_path):
    """Extraction batches and the resolution of actors and events on a local 2-worker cluster."""
    from flows.pipeline import newsfacts_flow

    pytest.importorskip("prefect_dask")
    raw = copy_seeds(tmp_path / "raw")
    write_bad_inputs(raw)
    summary = newsfacts_flow(raw=str(raw), out=str(tmp_path / "out"), batch_size=2, workers=2, dask="local")
    assert summary["extracted"] == 4
    assert_same_tables(table_snapshot(tmp_path / "out"), table_snapshot(seed_run[1]))  # seed_run: one process


def test_the_command_on_two_processes_shares_one_server_and_prints_one_line(seed_run, tmp_path):
    """`newsfacts run --workers 2` with no PREFECT_API_URL: one ephemeral API server (not one per worker),
    the same tables as one process, and a console with the summary line alone (no log, no warning)."""
    psutil = pytest.importorskip("psutil")
    raw = copy_seeds(tmp_path / "raw")
    write_bad_inputs(raw)
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")
    proc = subprocess.Popen([sys.executable, "-m", "flows.cli", "run", "--raw", str(raw), "--out", str(tmp_path / "out"),
                             "--workers", "2", "--batch-size", "1"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    servers, workers = set(), set()
    root = psutil.Process(proc.pid)
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            children = root.children(recursive=True)
        except psutil.Error:
            break
        for child in children:
            try:
                cmd = " ".join(child.cmdline())
            except psutil.Error:
                continue
            if "uvicorn" in cmd and "prefect.server" in cmd:
                servers.add(child.pid)
            elif "multiprocessing.spawn" in cmd:
                workers.add(child.pid)
        time.sleep(0.1)
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 0, stderr[-2000:]
    assert len(workers) >= 2  # the batches ran in worker processes
    assert len(servers) == 1, f"{len(servers)} Prefect API servers started for one run"
    assert stderr == ""
    assert list(json.loads(stdout)) == ["unchanged", "extracted", *MODELS, "seconds"]
    assert_same_tables(table_snapshot(tmp_path / "out"), table_snapshot(seed_run[1]))
