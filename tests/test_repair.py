"""Damage to the output folder is found by its checksums, said, and repaired by the next run (or refused with the
flag that repairs it); links removed by hand are put back from the last committed set, never taken for strays."""
from __future__ import annotations

import logging
import os
import re
import shutil
import time

import pyarrow.parquet as pq
import pytest

from benchmarks.hostile import garble  # flips bytes of a file (its data pages only, if asked)
from newsfacts import storage
from newsfacts.checksums import SUMS, verify
from newsfacts.pipeline import run_local
from newsfacts.report import REPORT, report_version
from newsfacts.storage import DamagedOutput, read_table, table_part
from newsfacts.validate import validate_output
from tests.conftest import assert_same_tables, table_snapshot
from schemas.tables import MODELS, empty_frame
from tests.test_incremental import ARTICLES, _write


@pytest.fixture
def built(tmp_path):
    """Two articles run once: (raw, out, the committed version)."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    _write(raw, ARTICLES[:2])
    run_local(raw, out)
    return raw, out, storage.current_version(out)


def test_a_committed_set_carries_the_checksum_of_every_file_and_validate_checks_them(built):
    _, out, version = built
    assert verify(version) == [] and validate_output(out) == []
    sums = (version / SUMS).read_text()
    actors = table_part(version, "actors")
    assert actors.name == f"part-{version.name}.parquet"  # a file of its own to the set
    for rel in (f"actors/{actors.name}", "_state/manifest.parquet", "_state/extractions.parquet", "run_summary.json"):
        assert f'"{rel}"' in sums
    older = out / "older.parquet"  # a valid table file, but not the committed one
    pq.write_table(pq.read_table(actors).slice(0, 1), older)
    shutil.copy(older, actors)
    problems = validate_output(out)
    assert re.fullmatch(rf"actors/{re.escape(actors.name)}: changed since it was committed \(\d+ bytes, \d+ then\); "
                        r"`newsfacts run` rebuilds it", problems[0]), problems
    assert any(p.startswith("actor_mentions: ") and "missing actors.actor_id" in p for p in problems), problems


@pytest.mark.parametrize("damaged", ["_state/manifest.parquet", "actors", "documents"])
def test_a_damaged_table_or_manifest_is_rebuilt_from_the_cache(built, damaged, caplog):
    raw, out, version = built
    if "/" not in damaged:  # a table: its file
        damaged = table_part(version, damaged).relative_to(version).as_posix()
    before = table_snapshot(out)
    garble(version / damaged)
    with caplog.at_level(logging.WARNING, logger="newsfacts"):
        summary = run_local(raw, out)
    assert not summary["unchanged"] and summary["extracted"] == 0  # rebuilt, nothing extracted again
    assert any("damaged" in r.getMessage() and damaged in r.getMessage() for r in caplog.records)
    assert validate_output(out) == [] and verify(storage.current_version(out)) == []
    assert_same_tables(table_snapshot(out), before)
    assert run_local(raw, out)["unchanged"]


def test_a_damaged_cache_with_changed_input_re_extracts(built):
    raw, out, version = built
    garble(version / "_state" / "extractions.parquet")
    _write(raw, ARTICLES[2:3])
    summary = run_local(raw, out)
    assert summary["extracted"] == 3 and summary["rows"]["documents"] == 3
    assert validate_output(out) == []


def test_unreadable_state_without_checksums_stops_with_the_flag_that_repairs_it(built):
    raw, out, version = built
    (version / SUMS).unlink()  # a set written before checksums
    garble(version / "_state" / "extractions.parquet", keep_footer=True)  # footer fine, pages not
    _write(raw, ARTICLES[2:3])
    with pytest.raises(DamagedOutput, match="run again with --full-refresh"):
        run_local(raw, out)
    assert run_local(raw, out, full_refresh=True)["extracted"] == 3
    assert validate_output(out) == []


def test_a_set_without_checksums_whose_cache_does_not_read_is_rebuilt_by_re_extracting(built):
    raw, out, version = built
    (version / SUMS).unlink()  # a set written before checksums
    (version / "_state" / "extractions.parquet").write_bytes(b"not parquet")
    summary = run_local(raw, out)
    assert summary["extracted"] == 2 and validate_output(out) == []


def test_removed_links_are_restored_from_the_last_committed_set(built):
    raw, out, version = built
    first_seen = read_table(out, "documents")["ingested_at"].tolist()
    (out / "current").unlink()
    (out / "actors").unlink()
    assert validate_output(out) == [f"{out}/current: missing or leading nowhere; `newsfacts run` restores it from "
                                    f"the last sound set"]
    summary = run_local(raw, out)
    assert summary["unchanged"]  # nothing deleted, nothing extracted again
    assert storage.current_version(out) == version and (out / "actors").is_symlink()
    (out / "quotes").unlink()
    assert validate_output(out) == [f"{out}/quotes: not the link to current/quotes readers open; "
                                    f"`newsfacts run` restores it"]
    assert run_local(raw, out)["unchanged"] and (out / "quotes").is_symlink()
    assert read_table(out, "documents")["ingested_at"].tolist() == first_seen
    assert validate_output(out) == []


def test_a_folder_in_place_of_current_is_refused_not_removed(built):
    raw, out, version = built
    (out / "current").unlink()
    (out / "current").mkdir()
    (out / "current" / "notes.txt").write_text("mine")
    with pytest.raises(DamagedOutput, match="is a folder, not the link to the committed tables"):
        run_local(raw, out)
    assert (out / "current" / "notes.txt").exists() and version.is_dir()


def test_a_report_that_does_not_describe_the_committed_set_is_rebuilt(built):
    raw, out, version = built
    (out / REPORT).write_text('<code id="version">an-older-set</code>')
    assert run_local(raw, out)["unchanged"]
    assert report_version(out) == version.name
    (out / REPORT).unlink()
    run_local(raw, out)
    assert report_version(out) == version.name


def test_replaced_sets_are_kept_while_a_reader_may_be_reading_them(tmp_path):
    out = tmp_path / "out"
    sets = []
    for k in range(4):
        v = storage.new_version(out)
        for table in MODELS:
            storage.write_table(v, table, empty_frame(MODELS[table]))
        storage.commit(out, v, retain_s=3600)
        sets.append(v)
    assert all(v.is_dir() for v in sets)  # replaced less than an hour ago: all kept
    os.utime(sets[2] / SUMS, (time.time() - 7200, time.time() - 7200))  # sets[1] was replaced two hours ago
    v = storage.new_version(out)
    for table in MODELS:
        storage.write_table(v, table, empty_frame(MODELS[table]))
    storage.commit(out, v, retain_s=3600)
    assert [p.is_dir() for p in sets] == [True, False, True, True]
    storage.commit(out, storage.current_version(out), retain_s=0)  # no retention: the two newest stay
    assert sorted(p.name for p in (out / ".versions").iterdir()) == [sets[3].name, v.name]


