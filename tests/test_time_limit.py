"""A bound on one document's extraction: over it, the document is quarantined and the rest of the run commits."""
from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from newsfacts.deadline import CPULimitExceeded, cpu_limit
from newsfacts.pipeline import run_local
from newsfacts.storage import read_table
from newsfacts.validate import validate_output
from tests.conftest import slow_article


def _spin(seconds: float) -> None:
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def test_work_over_its_cpu_limit_is_interrupted_even_through_except_exception():
    caught = []
    start = time.perf_counter()
    with pytest.raises(CPULimitExceeded):
        with cpu_limit(0.3):
            try:
                _spin(30)
            except Exception as e:  # the interrupted code's own handler does not swallow the limit
                caught.append(e)
    assert not caught and time.perf_counter() - start < 20


def test_waiting_is_not_cpu_time_and_a_block_that_ends_in_time_is_not_interrupted_later():
    with cpu_limit(0.3):
        time.sleep(0.8)  # wall time, no CPU: within the limit
    with cpu_limit(0.5):
        _spin(0.1)
    _spin(0.8)  # nothing raised after the block ended


def test_the_limit_works_in_any_thread():
    outcome = []

    def work():
        try:
            with cpu_limit(0.2):
                _spin(30)
            outcome.append("finished")
        except CPULimitExceeded:
            outcome.append("interrupted")

    t = threading.Thread(target=work)
    t.start()
    t.join(30)
    assert outcome == ["interrupted"]


# The limit may first arrive in a garbage collector's callback (Hypothesis installs one), where Python prints it and
# goes on: it is raised again until the document's extraction ends (see deadline.cpu_limit).
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_document_over_the_limit_is_quarantined_and_the_others_committed(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "stall.txt").write_text(slow_article(12_000))  # ~1.6 s of extraction: many times the limit
    (raw / "kenya.txt").write_text("Kenya sent 400 police officers to Haiti on Tuesday, the government said.")
    summary = run_local(raw, out, time_limit=0.1)
    assert summary["rows"]["documents"] == 1 and summary["quarantine_by_reason"] == {"extraction_timeout": 1}
    q = read_table(out, "quarantine")
    assert list(zip(q["table"], q["doc_id"], q["reason"], q["source_path"])) == \
        [("documents", "stall", "extraction_timeout", "stall.txt")]
    assert "--doc-time-limit" in q["detail"].iloc[0]
    assert list(read_table(out, "documents")["doc_id"]) == ["kenya"] and validate_output(out) == []
    assert run_local(raw, out, time_limit=0.1)["unchanged"]  # not tried again under the same limit
    again = run_local(raw, out, time_limit=300)  # a longer limit: tried again, and extracted
    assert again["extracted"] == 1 and again["rows"]["documents"] == 2 and again["rows"]["quarantine"] == 0


def test_the_first_document_of_a_process_does_not_pay_for_loading_the_word_lists():
    # a fresh process loads its word lists on first use; that is no document's extraction time
    code = ("from newsfacts.extract import extract_texts\n"
            "r = list(extract_texts([('k', 'Kenya sent 400 police officers to Haiti, the government said.', None)], "
            "0.05))\n"
            "print('timeout' if 'timeout_s' in r[0] else 'ok')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.stdout.strip() == "ok", out.stderr
