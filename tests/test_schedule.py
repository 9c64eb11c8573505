"""`newsfacts serve --cron` against a real `prefect server start`: the server's own scheduler creates the
runs and the serving process completes them. Nothing here creates a run: a run that completes was
scheduled by the server (this is what SQLAlchemy 2.1 broke, with Prefect 3.8)."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT, copy_seeds

DEPLOYMENT = "newsfacts-test-schedule"
pytestmark = pytest.mark.slow  # a Prefect server and a scheduled run: left out by make test-fast


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stop(proc: subprocess.Popen, sig: int) -> None:
    """Stop a process started in a session of its own, and all it started."""
    if proc.poll() is None:
        os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A Prefect server of its own (`prefect server start`, as the README says): (API URL, environment to use it)."""
    home = tmp_path_factory.mktemp("prefect-server-home")
    api = f"http://127.0.0.1:{_free_port()}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_UI_ENABLED="false")
    log = (home / "server.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                             "--port", api.split(":")[-1].removesuffix("/api")], env=env, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                if httpx.get(f"{api}/health", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        else:
            pytest.fail(f"prefect server start did not answer: {(home / 'server.log').read_text()[-2000:]}")
        yield api, {**env, "PREFECT_API_URL": api}
    finally:
        _stop(proc, signal.SIGTERM)
        log.close()


def _runs(api: str) -> list[dict]:
    body = {"deployments": {"name": {"any_": [DEPLOYMENT]}}, "sort": "EXPECTED_START_TIME_ASC"}
    return httpx.post(f"{api}/flow_runs/filter", json=body, timeout=30).json()


def test_the_servers_scheduler_runs_a_served_cron_deployment(server, tmp_path):
    api, env = server
    raw, out = copy_seeds(tmp_path / "raw"), tmp_path / "out"
    log = (tmp_path / "serve.log").open("w")
    serve = subprocess.Popen([sys.executable, "-m", "flows.cli", "serve", "--cron", "* * * * *", "--name", DEPLOYMENT,
                              "--raw", str(raw), "--out", str(out), "--workers", "1"], cwd=ROOT, env=env,
                             stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    completed: list[dict] = []
    try:
        deadline = time.monotonic() + 240  # the next minute's run, with the server's and the run's start on a busy machine
        while not completed and time.monotonic() < deadline and serve.poll() is None:
            time.sleep(2)
            completed = [r for r in _runs(api) if r["state"]["type"] == "COMPLETED"]
    finally:
        _stop(serve, signal.SIGINT)
        log.close()
    assert completed, f"no scheduled run completed; runs: {[r['state']['type'] for r in _runs(api)]}; " \
                      f"serve said: {(tmp_path / 'serve.log').read_text()[-3000:]}"
    run = completed[0]
    assert run["auto_scheduled"], "the run was not created by the server's scheduler"
    assert run["parameters"]["out"] == str(out.resolve())
    summary = json.loads((out / "current" / "run_summary.json").read_text())
    assert summary["run_id"] == run["id"] and summary["run_url"].endswith(f"/runs/flow-run/{run['id']}")
    assert f'href="{summary["run_url"]}"' in (out / "report.html").read_text()  # the report links to the run
    assert "Traceback" not in Path(tmp_path / "serve.log").read_text()
