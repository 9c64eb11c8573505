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
import threading
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


def _stop(proc: subprocess.Popen | None, sig: int) -> None:
    """Stop a process started in a session of its own, and all it started."""
    if proc is not None and proc.poll() is None:
        os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


class ServedSchedule:
    """A Prefect server of its own (`prefect server start`, as the README says) and `newsfacts serve
    --cron "* * * * *"` pointed at it, both in the background.

    The first scheduled run is up to a minute away, so the test session starts these with its
    first test (conftest's `served_schedule`) and the test, near the end, finds the run done.
    """

    def __init__(self, root: Path):
        self.root, self.api = root, f"http://127.0.0.1:{_free_port()}/api"
        self.raw, self.out = copy_seeds(root / "raw"), root / "out"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
        self.env.update(PREFECT_HOME=str(root / "prefect-home"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
                        PREFECT_UI_ENABLED="false")
        self.server: subprocess.Popen | None = None
        self.serve: subprocess.Popen | None = None
        self.problem = ""
        self._thread = threading.Thread(target=self._serve_when_up, daemon=True)

    def start(self) -> None:
        port = self.api.split(":")[-1].removesuffix("/api")
        self.server = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                                        "--port", port], env=self.env, stdout=(self.root / "server.log").open("w"),
                                       stderr=subprocess.STDOUT, start_new_session=True)
        self._thread.start()

    def _serve_when_up(self) -> None:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and self.server.poll() is None:
            try:
                if httpx.get(f"{self.api}/health", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        else:
            self.problem = f"prefect server start did not answer: {(self.root / 'server.log').read_text()[-2000:]}"
            return
        self.serve = subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "serve", "--cron", "* * * * *", "--name", DEPLOYMENT, "--raw",
             str(self.raw), "--out", str(self.out), "--workers", "1"], cwd=ROOT,
            env={**self.env, "PREFECT_API_URL": self.api}, stdout=(self.root / "serve.log").open("w"),
            stderr=subprocess.STDOUT, start_new_session=True)

    def runs(self) -> list[dict]:
        body = {"deployments": {"name": {"any_": [DEPLOYMENT]}}, "sort": "EXPECTED_START_TIME_ASC"}
        return httpx.post(f"{self.api}/flow_runs/filter", json=body, timeout=30).json()

    def completed(self, timeout: float) -> list[dict]:
        """The deployment's completed runs, once there is one (or [] after `timeout` seconds)."""
        self._thread.join(timeout)
        deadline = time.monotonic() + timeout
        while not self.problem and self.serve is not None and self.serve.poll() is None:
            done = [r for r in self.runs() if r["state"]["type"] == "COMPLETED"]
            if done or time.monotonic() > deadline:
                return done
            time.sleep(2)
        return []

    def log(self) -> str:
        path = self.root / "serve.log"
        return self.problem or (path.read_text() if path.exists() else "")

    def stop(self) -> None:
        self._thread.join(5)
        _stop(self.serve, signal.SIGINT)
        _stop(self.server, signal.SIGTERM)


def test_the_servers_scheduler_runs_a_served_cron_deployment(served_schedule):
    served = served_schedule
    completed = served.completed(timeout=240)  # the next minute's run, with the starts on a busy machine
    assert completed, f"no scheduled run completed; runs: {[r['state']['type'] for r in served.runs()]}; " \
                      f"serve said: {served.log()[-3000:]}"
    run = completed[0]
    assert run["auto_scheduled"], "the run was not created by the server's scheduler"
    assert run["parameters"]["out"] == str(served.out.resolve())
    summary = json.loads((served.out / "current" / "run_summary.json").read_text())
    assert summary["run_id"] == run["id"] and summary["run_url"].endswith(f"/runs/flow-run/{run['id']}")
    assert f'href="{summary["run_url"]}"' in (served.out / "report.html").read_text()  # the report links to the run
    assert "Traceback" not in served.log()
