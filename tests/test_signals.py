"""Signals to a running `newsfacts run` (real processes, real Prefect): SIGINT and SIGTERM stop the workers and the
server and end the command within seconds, keeping the last committed set; after a SIGKILL, the processes it had
started end on their own."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from newsfacts import storage
from newsfacts.pipeline import run_local
from newsfacts.processes import alive, descendants
from newsfacts.validate import validate_output
from tests.conftest import ROOT, slow_article

pytestmark = pytest.mark.slow  # the command in a process of its own, with Prefect's server and a worker

KENYA = "Kenya sent 400 police officers to Haiti on Tuesday, the government said."


def _long_run(tmp_path) -> tuple[subprocess.Popen, object]:
    """A committed set, then `newsfacts run` on changed input whose extraction lasts minutes, once its worker
    is extracting: (the command's process, the output folder)."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "kenya.txt").write_text(KENYA)
    run_local(raw, out)
    for k in range(3):  # about 10 s of parse and extraction each
        (raw / f"stall-{k}.txt").write_text(slow_article(10_000))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NEWSFACTS_PROGRESS": "0"}
    proc = subprocess.Popen([sys.executable, "-m", "flows.cli", "run", "--raw", str(raw), "--out", str(out),
                             "--workers", "1", "--batch-size", "1", "--doc-time-limit", "3600"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)  # a process group of its own, as a command in a terminal
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and not list((out / ".work").glob("*/extract-*.tmp")):
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.5)
    assert list((out / ".work").glob("*/extract-*.tmp")), "the worker never started extracting"
    return proc, out


@pytest.mark.parametrize("sig, group", [(signal.SIGINT, False), (signal.SIGTERM, False), (signal.SIGINT, True)],
                         ids=["SIGINT", "SIGTERM", "Ctrl-C: SIGINT to the whole process group"])
def test_sigint_and_sigterm_end_the_run_within_seconds_keeping_the_last_set(tmp_path, sig, group):
    proc, out = _long_run(tmp_path)
    committed = storage.current_version(out)
    started = descendants(proc.pid)
    assert len(started) >= 3, started  # the guard, Prefect's server, the worker (and its resource tracker)
    sent = time.monotonic()
    if group:  # the server and the worker get it too
        os.killpg(proc.pid, sig)
    else:
        proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    took = time.monotonic() - sent
    assert took < 10, (took, err)
    assert proc.returncode == 128 + sig, err
    assert f"stopped on {signal.Signals(sig).name}; the last committed tables are kept" in err, err
    time.sleep(1.5)  # the guard's poll
    assert alive(started) == [], "processes of the run outlived it"
    assert storage.current_version(out) == committed and validate_output(out) == []


def test_after_a_sigkill_the_processes_it_started_end_on_their_own(tmp_path):
    proc, out = _long_run(tmp_path)
    started = descendants(proc.pid)
    assert len(started) >= 3, started
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    deadline = time.monotonic() + 30
    while alive(started) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert alive(started) == [], "processes left behind by a SIGKILLed run"
    assert validate_output(out) == []
