"""Shared fixtures: a private Prefect home, one Prefect test server per session, seed output."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

# Before Prefect is imported anywhere: its database and settings live in a throw-away folder.
_PREFECT_HOME = tempfile.mkdtemp(prefix="newsfacts-prefect-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")  # no telemetry, from the server or the client
os.environ.setdefault("DO_NOT_TRACK", "1")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "raw"


@pytest.fixture(scope="session")
def prefect_server():
    """One Prefect test server for the whole session (its start costs seconds)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
    shutil.rmtree(_PREFECT_HOME, ignore_errors=True)


@pytest.fixture(scope="session", autouse=True)
def served_schedule(request, tmp_path_factory):
    """The scheduling test's server and served deployment, started with the session when that test is to run:
    its first scheduled run is up to a minute away, and the other tests run meanwhile (see test_schedule)."""
    if not any(item.path.name == "test_schedule.py" for item in request.session.items):
        yield None
        return
    from tests.test_schedule import ServedSchedule

    served = ServedSchedule(tmp_path_factory.mktemp("schedule"))
    served.start()
    try:
        yield served
    finally:
        served.stop()


@pytest.fixture(scope="session")
def seed_run(prefect_server, tmp_path_factory):
    """The flow run once through Prefect on the seeds plus bad inputs: (raw dir, out dir, summary)."""
    from flows.pipeline import newsfacts_flow

    raw = copy_seeds(tmp_path_factory.mktemp("raw"))
    write_bad_inputs(raw)
    out = tmp_path_factory.mktemp("out")
    summary = newsfacts_flow(raw=str(raw), out=str(out), batch_size=2, workers=1)
    return raw, out, summary


@pytest.fixture(scope="session")
def local_run(tmp_path_factory):
    """The seeds plus bad inputs run once in-process, without Prefect: (raw, out, summary, quarantine reasons).

    Tests may read it; a test that changes it works on a copy.
    """
    from newsfacts.pipeline import run_local

    root = tmp_path_factory.mktemp("local-run")
    raw = copy_seeds(root / "raw")
    reasons = write_bad_inputs(raw)
    out = root / "out"
    return raw, out, run_local(raw, out), reasons


def newsfacts(*args: str, env: dict | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
    """The `newsfacts` command, as installed (flows.cli:main), in a fresh process."""
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, env=env)


def newsfacts_here(capsys, *args: str) -> subprocess.CompletedProcess:
    """`newsfacts validate` or `report` (which start no Prefect) run in this process: quicker than a fresh one."""
    from flows.cli import main

    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(["newsfacts", *args], code, out, err)


def slow_article(sentences: int) -> str:
    """An article of `sentences` identical dated sentences with two names and no event, whose extraction is long
    on any machine. Its CPU is linear in its length, measured on this 2-core machine: about 0.13 ms a sentence
    of extraction after about 0.9 ms a sentence of parsing (6,000 sentences: 0.8 s and 5.6 s). No event: the
    time limit is for extraction, and an event's repeats are merged after it (in well under a second, see
    test_resolve_events)."""
    return "Jane Doe was in Paris on Monday. " * sentences


def copy_seeds(raw: Path) -> Path:
    """The seed articles copied into `raw` (made if missing), for a run that must not touch data/raw."""
    raw.mkdir(parents=True, exist_ok=True)
    for p in SEEDS.glob("*.txt"):
        shutil.copy(p, raw / p.name)
    return raw


def write_bad_inputs(raw: Path) -> dict[str, str]:
    """A binary file, an empty file, a broken JSON line between two good ones, undecodable bytes.

    Returns the expected quarantine reason by source path.
    """
    (raw / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (raw / "empty.txt").write_bytes(b"")
    (raw / "feed.jsonl").write_text(
        '{"id": "good-1", "text": "Police in Lagos arrested five men on Monday, officials said.", "published": "2021-05-04"}\n'
        '{"id": "broken", "text": "never closed\n'
        '{"id": "good-2", "text": "The Senate of France approved the budget.", "source": "https://www.lemonde.fr/x"}\n',
        encoding="utf-8")
    (raw / "undecodable.txt").write_bytes(bytes((0x80 + (i * 37) % 128) for i in range(3000)))
    return {"binary.txt": "binary", "empty.txt": "empty", "feed.jsonl:2": "bad_json", "undecodable.txt": "undecodable"}


def table_snapshot(out) -> dict:
    """Every committed table, volatile columns left out, as sorted string frames: equal sets, equal snapshots."""
    from newsfacts.storage import read_table
    from newsfacts.tables import VOLATILE_COLUMNS
    from schemas import MODELS

    snap = {}
    for name in MODELS:
        df = read_table(out, name)
        df = df.drop(columns=[c for c in VOLATILE_COLUMNS if c in df.columns]).astype(str)
        snap[name] = df.sort_values(list(df.columns)).reset_index(drop=True)
    return snap


def assert_same_tables(a: dict, b: dict) -> None:
    import pandas as pd

    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name], obj=name)


def documents_frame(published: dict):
    """A documents table of bare documents: doc_id -> publication date (None for none)."""
    import datetime as dt

    from newsfacts.tables import frame

    return frame("documents", [{"doc_id": d, "published": p, "text": "", "source_path": d, "text_sha256": d,
                                "ingested_at": dt.datetime(2021, 1, 1, tzinfo=dt.timezone.utc)}
                               for d, p in published.items()])
