"""`newsfacts validate`: exit 0 on sound output; non-zero, naming each failure once, on a tampered table."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsfacts.checksums import write_sums
from newsfacts.storage import table_part
from tests.conftest import newsfacts_here


@pytest.fixture(scope="module")
def seed_out(local_run) -> Path:
    return local_run[1]


def _copy(out: Path, dest: Path) -> Path:
    shutil.copytree(out, dest, symlinks=True)  # the table links and `current` are relative: they follow
    return dest


def test_validate_passes_on_good_output(seed_out, capsys):
    proc = newsfacts_here(capsys, "validate", "--out", str(seed_out))
    assert proc.returncode == 0, proc.stderr
    assert "hold" in proc.stdout


def _set(out: Path, table: str, column: str, row: int, value) -> None:
    """Overwrite one value of a stored table, keeping the column's type, as if the run had committed it so
    (its checksums follow: what is tested is the schema check, not the checksum's)."""
    part = table_part(out / "current", table)
    data = pq.read_table(part)
    values = data[column].to_pylist()
    values[row] = value
    i = data.schema.get_field_index(column)
    pq.write_table(data.set_column(i, data.schema.field(column), pa.array(values, data.schema.field(column).type)),
                   part)
    write_sums((out / "current").resolve())


def test_validate_fails_on_a_tampered_table_and_tells_each_failure_once(seed_out, tmp_path, capsys):
    out = _copy(seed_out, tmp_path / "tampered")
    _set(out, "events", "event_type", 0, "DANCE")  # not a PLOVER type
    _set(out, "actor_mentions", "end", 0, 0)  # a span that ends before it starts: a check of the whole row

    proc = newsfacts_here(capsys, "validate", "--out", str(out))
    assert proc.returncode != 0
    lines = proc.stderr.splitlines()
    assert lines[-1].endswith(f"2 problems in {out}"), proc.stderr
    events = [line for line in lines if line.startswith("newsfacts validate: events:")]
    assert len(events) == 1 and "1 rows fail" in events[0], proc.stderr
    assert "isin(" in events[0] and "(e.g. DANCE)" in events[0], events[0]
    # the event's mentions fail only because the event does: told with it, not as problems of their own
    assert re.search(r"and with them \d+ event_mentions rows that refer to them$", events[0]), events[0]
    assert not [line for line in lines if line.startswith("newsfacts validate: event_mentions:")], proc.stderr
    spans = [line for line in lines if line.startswith("newsfacts validate: actor_mentions:")]
    assert len(spans) == 1 and spans[0].count("end must be greater than start") == 1, proc.stderr
    assert proc.stdout == ""


def test_validate_fails_on_a_table_of_the_wrong_type(seed_out, tmp_path, capsys):
    out = _copy(seed_out, tmp_path / "retyped")
    part = table_part(out / "current", "actors")
    table = pq.read_table(part)
    i = table.schema.get_field_index("n_mentions")
    pq.write_table(table.set_column(i, pa.field("n_mentions", pa.string()), table["n_mentions"].cast(pa.string())),
                   part)
    write_sums((out / "current").resolve())
    proc = newsfacts_here(capsys, "validate", "--out", str(out))
    assert proc.returncode != 0
    assert "actors" in proc.stderr and "cannot be read with the contract's schema" in proc.stderr, proc.stderr


def test_validate_fails_clearly_without_tables(tmp_path, capsys):
    proc = newsfacts_here(capsys, "validate", "--out", str(tmp_path / "nothing-here"))
    assert proc.returncode != 0
    assert "no table 'documents'" in proc.stderr


def test_one_bad_actor_is_one_problem_with_what_refers_to_it(seed_out, tmp_path, capsys):
    """The actor's mentions, its events and their mentions fail only because the actor does: one line."""
    out = _copy(seed_out, tmp_path / "bad-actor")
    events = pq.read_table(out / "events").to_pandas()
    actors = pq.read_table(out / "actors")["actor_id"].to_pylist()
    actor1 = events["actor1_id"].dropna().iloc[0]  # an event may name no one responsible (schema 2.0)
    _set(out, "actors", "actor_type", actors.index(actor1), "ALIEN")

    proc = newsfacts_here(capsys, "validate", "--out", str(out))
    lines = proc.stderr.splitlines()
    assert proc.returncode != 0 and len(lines) == 2, proc.stderr
    assert lines[0].startswith("newsfacts validate: actors: 1 rows fail actor_type: isin("), lines[0]
    assert lines[0].endswith(" rows that refer to them"), lines[0]
    for child in ("actor_mentions", "events", "event_mentions"):
        assert re.search(rf"[ ,]\d+ {child}\b", lines[0]), lines[0]
