"""The `newsfacts` command's mistakes: each is one line on stderr and exit 2, found before Prefect is imported."""
from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from newsfacts.lock import locked
from tests.conftest import ROOT, copy_seeds, newsfacts

# The command in a fresh process that fails if Prefect was imported by the time it returns.
WITHOUT_PREFECT = """
import sys
from flows.cli import main
code = main(sys.argv[1:])
assert not [m for m in sys.modules if m.split(".")[0] == "prefect"], "Prefect was imported"
sys.exit(code)
"""


def _one_line_exit_2(proc: subprocess.CompletedProcess, says: str) -> None:
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.splitlines() == [proc.stderr.strip()] and proc.stderr.startswith("newsfacts: "), proc.stderr
    assert says in proc.stderr, proc.stderr
    assert proc.stdout == ""


def _run_without_prefect(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", WITHOUT_PREFECT, "run", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture
def raw(tmp_path):
    return copy_seeds(tmp_path / "raw")


def test_a_missing_raw_folder(tmp_path):
    proc = _run_without_prefect("--raw", str(tmp_path / "missing"), "--out", str(tmp_path / "out"))
    _one_line_exit_2(proc, f"raw folder not found: {tmp_path / 'missing'}")


def test_a_raw_folder_that_is_a_file(tmp_path):
    (tmp_path / "article.txt").write_text("text")
    proc = _run_without_prefect("--raw", str(tmp_path / "article.txt"), "--out", str(tmp_path / "out"))
    _one_line_exit_2(proc, "is a file, not a folder")


def test_a_raw_folder_that_is_or_lies_in_the_output_folder(raw, tmp_path):
    _one_line_exit_2(_run_without_prefect("--raw", str(raw), "--out", str(raw)),
                     f"raw folder {raw} is the output folder {raw}: give the tables a folder of their own")
    inner = tmp_path / "out" / "documents"  # a run would take it for a table folder of an old layout
    inner.mkdir(parents=True)
    _one_line_exit_2(_run_without_prefect("--raw", str(inner), "--out", str(tmp_path / "out")),
                     "is inside the output folder")


def test_an_output_folder_that_is_a_file(raw, tmp_path):
    (tmp_path / "out").write_text("")
    _one_line_exit_2(_run_without_prefect("--raw", str(raw), "--out", str(tmp_path / "out")),
                     f"output folder {tmp_path / 'out'} is a file, not a folder")
    _one_line_exit_2(_run_without_prefect("--raw", str(raw), "--out", str(tmp_path / "out" / "tables")),
                     "cannot write to the output folder")


def test_a_read_only_output_folder(raw, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        if os.access(out, os.W_OK):
            pytest.skip("this user writes in read-only folders (root)")
        _one_line_exit_2(_run_without_prefect("--raw", str(raw), "--out", str(out)),
                         f"cannot write to the output folder {out}: Permission denied")
    finally:
        out.chmod(stat.S_IRWXU)


def test_a_second_run_on_the_same_output(raw, tmp_path):
    with locked(tmp_path / "out"):  # this process is the first run
        proc = _run_without_prefect("--raw", str(raw), "--out", str(tmp_path / "out"))
    _one_line_exit_2(proc, f"another newsfacts run is writing {tmp_path / 'out'} (pid {os.getpid()})")


def test_serve_on_the_ephemeral_server_says_schedules_need_a_server(raw, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    proc = newsfacts("serve", "--cron", "* * * * *", "--raw", str(raw), "--out", str(tmp_path / "out"), env=env)
    _one_line_exit_2(proc, "schedules need a Prefect server")


def test_version():
    proc = newsfacts("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("newsfacts 0."), proc.stdout


@pytest.mark.slow  # imports Prefect and starts its server twice: left out by make test-fast
def test_a_local_server_that_does_not_start_is_tried_twice_then_one_line(raw, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="0")
    proc = newsfacts("run", "--raw", str(raw), "--out", str(tmp_path / "out"), env=env)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.count("did not start in time; trying once more") == 1, proc.stderr
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("newsfacts: Prefect's local API server did not start"), proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "out" / "current").exists()
