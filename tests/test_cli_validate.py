"""`newsfacts validate`: exit 0 on sound output; non-zero, naming the failure, on a tampered table."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsfacts.storage import PART
from tests.conftest import newsfacts


@pytest.fixture(scope="module")
def seed_out(local_run) -> Path:
    return local_run[1]


def _copy(out: Path, dest: Path) -> Path:
    shutil.copytree(out, dest, symlinks=True)  # the table links and `current` are relative: they follow
    return dest


def test_validate_passes_on_good_output(seed_out):
    proc = newsfacts("validate", "--out", str(seed_out))
    assert proc.returncode == 0, proc.stderr
    assert "hold" in proc.stdout


def test_validate_fails_on_a_tampered_table(seed_out, tmp_path):
    out = _copy(seed_out, tmp_path / "tampered")
    part = out / "current" / "events" / PART
    table = pq.read_table(part)
    types = table["event_type"].to_pylist()
    types[0] = "DANCE"  # not a PLOVER type
    tampered = table.set_column(table.schema.get_field_index("event_type"),
                                table.schema.field("event_type"), pa.array(types, pa.string()))
    pq.write_table(tampered, part)

    proc = newsfacts("validate", "--out", str(out))
    assert proc.returncode != 0
    failure = next((line for line in proc.stderr.splitlines() if "events: 1 rows fail" in line), None)
    assert failure is not None, proc.stderr
    assert "isin(" in failure and "(e.g. DANCE)" in failure, failure
    assert "problems in" in proc.stderr
    assert proc.stdout == ""


def test_validate_fails_on_a_table_of_the_wrong_type(seed_out, tmp_path):
    out = _copy(seed_out, tmp_path / "retyped")
    part = out / "current" / "actors" / PART
    table = pq.read_table(part)
    i = table.schema.get_field_index("n_mentions")
    pq.write_table(table.set_column(i, pa.field("n_mentions", pa.string()), table["n_mentions"].cast(pa.string())),
                   part)
    proc = newsfacts("validate", "--out", str(out))
    assert proc.returncode != 0
    assert "actors" in proc.stderr and "cannot be read with the contract's schema" in proc.stderr, proc.stderr


def test_validate_fails_clearly_without_tables(tmp_path):
    proc = newsfacts("validate", "--out", str(tmp_path / "nothing-here"))
    assert proc.returncode != 0
    assert "no table 'documents'" in proc.stderr
