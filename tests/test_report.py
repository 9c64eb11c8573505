"""The data-quality report: its numbers, the page, `newsfacts report`, and the page in headless Chromium."""
from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from newsfacts.pipeline import run_local
from newsfacts.report import REPORT, build_report, report_summary
from newsfacts.storage import read_table
from schemas import MODELS
from schemas.tables import ACTOR_TYPES
from tests.conftest import newsfacts_here

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


@pytest.fixture(scope="module")
def seeds(local_run):
    """The seeds plus bad inputs run once in-process: (raw, out, run summary, expected quarantine reasons)."""
    return local_run


@pytest.fixture(scope="module")
def tables(seeds):
    return {name: read_table(seeds[1], name) for name in MODELS}


def test_a_run_that_commits_writes_the_report(seeds):
    _, out, summary, _ = seeds
    assert summary["report"] == str(out / REPORT), summary.get("report_error")
    assert (out / REPORT).is_file()
    assert not list(out.glob(f".{REPORT}*")), "a temporary report file is left behind"


def test_summary_numbers_match_the_tables(seeds, tables):
    _, out, run, reasons = seeds
    s = report_summary(out)
    assert s["version"] == run["version"] and s["run"]["run_id"] == run["run_id"]
    assert {t["table"]: t["total"] for t in s["tables"]} == {n: len(df) for n, df in tables.items()}
    # a first run extracted everything: every row is new
    assert all(t["new"] == t["total"] for t in s["tables"]), s["tables"]
    assert s["validation_failures"] == []

    q = tables["quarantine"]
    assert {(r["table"], r["reason"]): r["rows"] for r in s["quarantine_by_reason"]} == \
        dict(Counter(zip(q["table"], q["reason"])))
    assert set(reasons.values()) <= {r["reason"] for r in s["quarantine_by_reason"]}

    docs = set(tables["documents"]["doc_id"])
    cov = s["coverage"]
    assert cov["documents"] == len(docs)
    assert cov["no_actor"] == len(docs - set(tables["actor_mentions"]["doc_id"]))
    assert cov["no_event"] == len(docs - set(tables["event_mentions"]["doc_id"]))
    assert cov["no_quote"] == len(docs - set(tables["quotes"]["doc_id"]))
    assert cov["no_quote"] >= 2  # the two short JSON Lines articles have no quote

    actors = tables["actors"]
    places = actors["actor_type"] == "LOCATION"
    top, locations = s["top_actors"], s["top_locations"]
    assert top and len(top) == min(int((~places).sum()), 15)
    assert [(a["n_documents"], a["n_mentions"]) for a in top] == \
        sorted(((a["n_documents"], a["n_mentions"]) for a in top), reverse=True)
    assert top[0]["n_documents"] == actors.loc[~places, "n_documents"].max()
    # locations have a list of their own, and only there
    assert places.any() and {a["actor_type"] for a in top} <= set(ACTOR_TYPES) - {"LOCATION"}
    assert {a["name"] for a in locations} <= set(actors.loc[places, "name"])
    assert len(locations) == min(int(places.sum()), 15)

    quotes = tables["quotes"]
    assert sum(r["quotes"] for r in s["quotes_per_speaker"]) + s["unattributed_quotes"] == len(quotes)

    # every event is in the chart, the undated ones in its last column, per type
    events, tl = tables["events"], s["timeline"]
    plotted = sum(n for per_type in tl["counts"].values() for n in per_type.values())
    assert plotted == len(events)
    undated = events[events["event_date"].isna()]
    assert len(undated) and tl["periods"][-1] == "undated"
    assert tl["counts"]["undated"] == dict(Counter(undated["event_type"]))
    assert set(tl["types"]) == set(events["event_type"])
    assert sum(r["events"] for r in s["event_types"]) == len(events)
    assert sum(r["undated"] for r in s["event_types"]) == len(undated)

    # the run: its duration by stage, and the history of committed runs
    timings = s["run"]["timings"]
    assert set(timings) == {"ingest_s", "extract_s", "assemble_s", "total_s"}
    assert s["history"][-1]["run_id"] == run["run_id"] and s["history"][-1]["rows"] == run["rows"]


def test_the_page_is_self_contained(seeds):
    page = (seeds[1] / REPORT).read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<(link|img|iframe)\b|<script[^>]*\bsrc=|@import|url\(", page, re.I)
    assert set(re.findall(r"https?://[^\s\"'<)]+", page)) <= {"http://www.w3.org/2000/svg"}
    assert '<svg xmlns="http://www.w3.org/2000/svg" id="timeline"' in page


def test_report_command_rebuilds_the_page_and_fails_clearly_without_tables(seeds, tmp_path, capsys):
    _, out, _, _ = seeds
    (out / REPORT).unlink()
    proc = newsfacts_here(capsys, "report", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(out / REPORT)
    assert (out / REPORT).is_file()

    proc = newsfacts_here(capsys, "report", "--out", str(tmp_path / "empty"))
    assert proc.returncode != 0
    assert "newsfacts report: no committed tables under" in proc.stderr
    assert not (tmp_path / "empty" / REPORT).exists()


def test_new_rows_after_an_incremental_run_and_an_unchanged_run_leaves_the_report(seeds, tmp_path):
    raw0, out0, _, _ = seeds
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(raw0, raw)
    shutil.copytree(out0, out, symlinks=True)
    (raw / "z-kenya.txt").write_text("Kenya sent 400 police officers to Haiti on Tuesday, the government said.",
                                     encoding="utf-8")
    before = report_summary(out)
    run = run_local(raw, out)
    assert run["extracted"] == 1 and run["report"] == str(out / REPORT)
    s = report_summary(out)
    counts = {t["table"]: t for t in s["tables"]}
    totals = {t["table"]: t["total"] for t in before["tables"]}
    assert counts["documents"]["new"] == 1 and counts["documents"]["total"] == totals["documents"] + 1
    assert counts["quarantine"]["new"] == 0  # the same bad inputs as before
    mentions = read_table(out, "actor_mentions")
    assert counts["actor_mentions"]["new"] == int((mentions["doc_id"] == "z-kenya").sum())
    assert 0 < counts["actors"]["new"] < counts["actors"]["total"]
    assert s["previous_version"] == before["version"]
    # the trend: this run and the one before, with the change
    assert [r["run_id"] for r in s["history"]] == [r["run_id"] for r in before["history"]] + [run["run_id"]]
    assert s["history"][-1]["rows"]["documents"] == s["history"][-2]["rows"]["documents"] + 1
    assert f"<td class=\"num\">{counts['documents']['total']} (+1)</td>" in (out / REPORT).read_text()

    page = (out / REPORT).read_bytes()
    mtime = (out / REPORT).stat().st_mtime_ns
    again = run_local(raw, out)
    assert again["unchanged"]
    assert (out / REPORT).read_bytes() == page and (out / REPORT).stat().st_mtime_ns == mtime


def _chromium() -> str | None:
    for name in CHROMIUM_NAMES:
        if path := shutil.which(name):
            return path
    return None


def _chromium_args(binary: str, profile: Path) -> list[str]:
    return [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={profile}", "--window-size=1280,2000"]


@pytest.mark.slow  # a browser: left out by make test-fast
def test_report_in_headless_chromium_shows_the_numbers(seeds, tables, tmp_path):
    binary = _chromium()
    if binary is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium); CI installs it")
    _, out, _, _ = seeds
    page = build_report(out)
    url = page.resolve().as_uri()

    dom = subprocess.run([*_chromium_args(binary, tmp_path / "profile-dom"), "--dump-dom", url],
                         capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    html = dom.stdout
    assert "<h1>newsfacts data-quality report</h1>" in html
    for name, df in tables.items():
        assert re.search(rf'id="total-{name}">{len(df)}</td>', html), f"{name}: {len(df)} rows not shown"
        assert re.search(rf'id="card-{name}">{len(df)}</b>', html), name
    s = report_summary(out, validate=False)
    for key in ("no_actor", "no_event", "no_quote", "nothing"):
        assert re.search(rf'id="coverage-{key}">{s["coverage"][key]}</td>', html), key
    assert 'id="validation-status">All tables hold' in html
    for r in s["quarantine_by_reason"]:
        assert f"<td>{r['reason']}</td><td class=\"num\">{r['rows']}</td>" in html, r
    bars = sum(len(per_type) for per_type in s["timeline"]["counts"].values())
    assert html.count('<rect class="bar"') == bars
    assert s["top_actors"][0]["name"] in html

    shots = Path(os.environ.get("NEWSFACTS_SCREENSHOT_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    png = shots / "report.png"
    shot = subprocess.run([*_chromium_args(binary, tmp_path / "profile-shot"), f"--screenshot={png}", url],
                          capture_output=True, text=True, timeout=120)
    assert shot.returncode == 0 and png.is_file(), shot.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 2000)
    assert len(data) > 20_000, "the screenshot looks blank"
    print(f"report screenshot: {png}")


def test_values_from_the_input_cannot_break_out_of_the_page(tmp_path):
    """A doc_id "<!--<script>" or a title "</script>..." stays data: one script element, of JSON that reads back;
    a run link that is not http(s) is no link."""
    import html.parser
    import json

    from newsfacts import history

    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    hostile = "<!--<script>"
    (raw / "feed.jsonl").write_text(json.dumps({
        "id": hostile, "title": "</script><script>alert(1)</script>",
        "text": "Kenya sent 400 police officers to Haiti on Tuesday, the government said."}) + "\n"
        + json.dumps({"id": "x&<b>", "text": 5}) + "\n")
    summary = run_local(raw, out)
    history.append(out, {**summary, "run_id": "</script>", "run_url": "javascript:alert(1)"})
    page = build_report(out).read_text()

    class Scripts(html.parser.HTMLParser):
        def __init__(self):
            super().__init__()
            self.scripts, self.inside = [], False

        def handle_starttag(self, tag, attrs):
            if tag == "script":
                self.scripts.append([dict(attrs), ""])
                self.inside = True

        def handle_endtag(self, tag):
            self.inside = self.inside and tag != "script"

        def handle_data(self, data):
            if self.inside:
                self.scripts[-1][1] += data

    parser = Scripts()
    parser.feed(page)
    assert len(parser.scripts) == 1 and parser.scripts[0][0]["type"] == "application/json"
    # a browser reads "<!--<script>" inside a script as the start of an escaped block that "</script>" no longer
    # ends (the HTML parser here does not): the block must hold no "<" at all
    assert "<" not in parser.scripts[0][1]
    data = json.loads(parser.scripts[0][1])
    assert hostile in data["coverage"]["examples"]["no_quote"]
    assert "javascript:" not in page.split('<script type="application/json"')[0]
