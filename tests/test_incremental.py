"""Incremental, crash-safe, idempotent runs (in-process, no Prefect): the stages as plain functions."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from newsfacts import storage
from newsfacts.pipeline import extractor_version, ingest, run_local
from newsfacts.storage import read_table
from newsfacts.validate import validate_output
from tests.conftest import assert_same_tables, table_snapshot

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = [
    ("a-kenya", "Kenya sent 400 police officers to Haiti on Tuesday, the government said."),
    ("b-chile", "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Friday."),
    ("c-police", "Police in Nairobi arrested 12 protesters on Monday. \u201cWe will not tolerate violence,\u201d "
                 "Interior Minister Kithure Kindiki said."),
    ("d-un", "The United Nations Security Council approved the mission in October 2023."),
]


def _write(raw: Path, items) -> None:
    raw.mkdir(parents=True, exist_ok=True)
    for doc_id, text in items:
        (raw / f"{doc_id}.txt").write_text(text, encoding="utf-8")


def test_rerun_unchanged_writes_nothing(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    _write(raw, ARTICLES[:2])
    first = run_local(raw, out)
    version = storage.current_version(out)
    mtimes = {p: p.stat().st_mtime_ns for p in version.rglob("*")}
    second = run_local(raw, out)
    assert second["unchanged"] and second["extracted"] == 0
    assert second["rows"] == first["rows"]
    assert storage.current_version(out) == version
    assert {p: p.stat().st_mtime_ns for p in version.rglob("*")} == mtimes
    assert [p.name for p in (out / ".versions").iterdir()] == [version.name]


def test_added_changed_deleted_inputs_equal_a_full_rebuild(tmp_path):
    raw, out, full = tmp_path / "raw", tmp_path / "out", tmp_path / "full"
    _write(raw, ARTICLES[:3])
    assert run_local(raw, out)["extracted"] == 3
    _write(raw, ARTICLES[3:])  # one new article
    (raw / "b-chile.txt").write_text(ARTICLES[1][1].replace("Friday", "Saturday"), encoding="utf-8")  # one changed
    (raw / "a-kenya.txt").unlink()  # one deleted
    summary = run_local(raw, out)
    assert summary["extracted"] == 2 and summary["reused"] == 1
    docs = read_table(out, "documents")
    assert sorted(docs["doc_id"]) == ["b-chile", "c-police", "d-un"]
    assert "Saturday" in docs.set_index("doc_id").loc["b-chile", "text"]
    assert run_local(raw, full, full_refresh=True)["extracted"] == 3
    assert_same_tables(table_snapshot(out), table_snapshot(full))
    assert validate_output(out) == []


def test_a_run_reads_only_new_or_changed_inputs_and_equals_a_full_rebuild(tmp_path):
    # files read before and unchanged give their documents from the committed set; what changes a file's documents
    # without changing the file (its sidecar, another file of its name, an earlier file with one of its ids) reads it
    raw, out, full = tmp_path / "raw", tmp_path / "out", tmp_path / "full"
    _write(raw, ARTICLES[:2])
    (raw / "b-chile.json").write_text('{"title": "Leaders meet"}', encoding="utf-8")
    (raw / "sub1").mkdir()
    (raw / "sub1" / "note.txt").write_text(ARTICLES[2][1], encoding="utf-8")
    lines = [{"id": "k1", "text": ARTICLES[3][1], "published": "2023-10-02"}, {"id": "k2", "text": ARTICLES[0][1]}]
    (raw / "m-feed.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    # a file with a problem (here a date refused, kept as null: a warning) is read again, to say it again
    (raw / "n-feed.jsonl").write_text(json.dumps({"id": "n1", "text": ARTICLES[2][1], "published": "soon"}) + "\n",
                                      encoding="utf-8")
    run_local(raw, out)
    work = tmp_path / "work"
    work.mkdir()
    assert ingest(raw, out, work).unchanged
    (raw / "b-chile.json").write_text('{"title": "Presidents meet"}', encoding="utf-8")
    (raw / "sub2").mkdir()
    (raw / "sub2" / "note.txt").write_text(ARTICLES[1][1], encoding="utf-8")  # 'note' is now 'sub1/note'
    (raw / "l-feed.jsonl").write_text(json.dumps({"id": "k2", "text": "Peru recalled its envoy."}) + "\n",
                                      encoding="utf-8")  # read first: its k2 makes m-feed's k2 a duplicate
    ingested = ingest(raw, out, work)
    assert ingested.n_known == 2  # a-kenya.txt and m-feed's k1
    run_local(raw, out)
    run_local(raw, full, full_refresh=True)
    assert_same_tables(table_snapshot(out), table_snapshot(full))
    docs = read_table(out, "documents").set_index("doc_id")
    assert docs.loc["b-chile", "title"] == "Presidents meet" and "sub1/note" in docs.index
    assert docs.loc["k2", "text"] == "Peru recalled its envoy."


def _equals_a_full_rebuild(raw: Path, out: Path, full: Path) -> None:
    run_local(raw, full, full_refresh=True)
    assert_same_tables(table_snapshot(out), table_snapshot(full))


def test_a_bad_sidecars_warning_is_said_again_by_each_run(tmp_path):
    # the warning stands under the sidecar's path, not its text file's: the text file is read again all the same
    raw, out = tmp_path / "raw", tmp_path / "out"
    _write(raw, ARTICLES[:2])
    (raw / "a-kenya.json").write_text("{not json", encoding="utf-8")
    run_local(raw, out)
    _write(raw, ARTICLES[2:3])
    run_local(raw, out)
    assert list(read_table(out, "quarantine")["reason"]) == ["bad_sidecar"]
    _equals_a_full_rebuild(raw, out, tmp_path / "full")


def test_new_reading_code_reads_every_input_again(tmp_path, monkeypatch):
    # what ingest reads depends on its own code and libraries (`reader_version`), which `extractor_version` leaves out
    from newsfacts import pipeline
    from newsfacts.ingest import limits
    raw, out = tmp_path / "raw", tmp_path / "out"
    _write(raw, ARTICLES[:3])
    run_local(raw, out)
    monkeypatch.setattr(limits, "MAX_CHARS", 90)  # an edit of the reading code ...
    monkeypatch.setattr(pipeline, "reader_version", lambda: "another")  # ... gives another reader version
    _write(raw, ARTICLES[3:])
    run_local(raw, out)
    _equals_a_full_rebuild(raw, out, tmp_path / "full")


def test_a_removed_file_whose_name_holds_a_colon_leaves_later_runs_sound(tmp_path):
    # documents of JSON Lines are 'file:line': a name with a colon is told apart by the committed manifest's paths
    raw, out = tmp_path / "raw", tmp_path / "out"
    _write(raw, ARTICLES[:2])
    (raw / "a-kenya.txt:v2.txt").write_text(ARTICLES[2][1], encoding="utf-8")
    run_local(raw, out)
    (raw / "a-kenya.txt:v2.txt").unlink()
    run_local(raw, out)
    _equals_a_full_rebuild(raw, out, tmp_path / "full")


def test_full_refresh_reextracts(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    _write(raw, ARTICLES[:2])
    run_local(raw, out)
    again = run_local(raw, out, full_refresh=True)
    assert not again["unchanged"] and again["extracted"] == 2


def test_second_run_on_a_locked_output_says_so(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    _write(raw, ARTICLES[:1])
    held, done = threading.Event(), threading.Event()

    def other_run() -> None:
        with storage.locked(out):
            held.set()
            done.wait(60)

    holder = threading.Thread(target=other_run)
    holder.start()
    try:
        assert held.wait(60)
        with pytest.raises(storage.OutputLocked, match="another newsfacts run"):
            run_local(raw, out)
    finally:
        done.set()
        holder.join()
    with storage.locked(out):  # the holding thread may take it again (the command, then its flow)
        assert run_local(raw, out)["extracted"] == 1


def test_uncommitted_version_is_cleared_and_current_kept(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    _write(raw, ARTICLES[:1])
    run_local(raw, out)
    good = storage.current_version(out)
    stray = storage.new_version(out)  # what a run killed before its commit leaves
    (stray / "actors").mkdir()
    assert storage.recover(out) == [stray.name]
    assert storage.current_version(out) == good and not stray.exists()


def test_quarantine_share_limit_keeps_previous_tables(tmp_path):
    from newsfacts.pipeline import QuarantineLimitExceeded

    raw, out = tmp_path / "raw", tmp_path / "out"
    _write(raw, ARTICLES[:1])
    run_local(raw, out)
    good = storage.current_version(out)
    (raw / "junk.txt").write_bytes(b"")
    (raw / "junk2.txt").write_bytes(bytes(range(256)))
    with pytest.raises(QuarantineLimitExceeded, match="2 of 3 inputs"):
        run_local(raw, out, max_quarantine_share=0.5)
    assert storage.current_version(out) == good
    assert run_local(raw, out, max_quarantine_share=0.7)["rows"]["quarantine"] == 2


_KILLED_RUN = """
import sys
from newsfacts.pipeline import extractor_version, run_local
run_local(sys.argv[1], sys.argv[2], batch_size=1, full_refresh=True)
"""


@pytest.mark.slow  # five runs in processes of their own: left out by make test-fast
def test_sigkill_during_runs_never_leaves_torn_tables(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    _write(raw, ARTICLES)
    run_local(raw, out)
    before = table_snapshot(out)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.monotonic()
    subprocess.run([sys.executable, "-c", _KILLED_RUN, str(raw), str(out)], env=env, check=True)
    duration = time.monotonic() - start
    rng = random.Random(7)
    for _ in range(4):
        proc = subprocess.Popen([sys.executable, "-c", _KILLED_RUN, str(raw), str(out)], env=env)
        time.sleep(rng.uniform(0.5 * duration, duration))  # late in the run: extraction ends, writing begins
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert validate_output(out) == [], "tables torn or inconsistent after a kill"
        assert_same_tables(table_snapshot(out), before)  # same input: the old set or an identical new one
    extractor_version.cache_clear()  # the killed runs computed it afresh in their own processes
    assert run_local(raw, out)["unchanged"]  # the next run recovers by itself


def test_work_folders_of_killed_runs_are_cleared(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    _write(raw, ARTICLES[:1])
    run_local(raw, out)
    left = out / ".work" / "killed-run"  # what a run killed mid-way leaves: its intermediate files
    left.mkdir(parents=True)
    (left / "documents.parquet").write_bytes(b"x")
    assert ".work/killed-run" in storage.recover(out)
    assert not left.exists()


def test_inputs_with_lone_surrogates_or_undecodable_names_reach_the_tables(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    _write(raw, ARTICLES[:1])
    (raw / "feed.jsonl").write_text('{"id": "s\\udc80", "text": "Kenya \\ud800 sent police to Haiti."}\n'
                                    '{"id": "\\ud800", "text": 5}\n', encoding="utf-8")
    with open(os.fsencode(str(raw)) + b"/caf\xe9.txt", "wb") as f:
        f.write(ARTICLES[3][1].encode())
    summary = run_local(raw, out)
    assert summary["extracted"] == 3
    assert sorted(read_table(out, "documents")["doc_id"]) == ["a-kenya", "caf\\xe9", "s\ufffd"]
    assert list(read_table(out, "quarantine")["reason"]) == ["empty"]
    assert validate_output(out) == []
    assert run_local(raw, out)["unchanged"]
