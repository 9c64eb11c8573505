"""The published contract `schemas/contract.json`: up to date with the pandera models, and never broken.

Adding a column is allowed. Renaming, dropping or retyping a published column, or changing its
nullability, fails here: such a change needs a new major schema version (see shared/CONTRACT.md).
"""
from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa

from schemas import MODELS, SCHEMA_VERSION, arrow_schema
from schemas.publish import CONTRACT_PATH, breaking_changes, contract, load, main, render

ROOT = Path(__file__).resolve().parents[1]
REGENERATE = "regenerate it with `python -m schemas.publish` and commit schemas/contract.json"


def test_committed_contract_has_every_table_and_the_schema_version():
    published = load()
    assert published["schema_version"] == SCHEMA_VERSION, REGENERATE
    assert set(published["tables"]) == set(MODELS)
    for table, spec in published["tables"].items():
        assert spec["columns"], table
        for col, entry in spec["columns"].items():
            assert {"type", "nullable"} <= set(entry), f"{table}.{col}"


def test_no_breaking_change_against_the_committed_contract():
    """Every published column still exists in the models, with the same Arrow type and nullability."""
    problems = breaking_changes(load(), contract())
    assert not problems, ("the pandera models break the published contract (columns may be added, never renamed, "
                          "dropped, retyped or made (non-)nullable without a new major schema version):\n  "
                          + "\n  ".join(problems))


def test_published_types_are_those_written_to_parquet():
    published = load()
    for table, spec in published["tables"].items():
        schema = arrow_schema(MODELS[table])
        for col, entry in spec["columns"].items():
            field = schema.field(col)
            assert entry["type"] == str(field.type) and entry["nullable"] == field.nullable, f"{table}.{col}"


def test_committed_contract_is_up_to_date_with_the_models():
    assert CONTRACT_PATH.read_text(encoding="utf-8") == render(contract()), \
        f"schemas/contract.json differs from the pandera models: {REGENERATE}"


def test_checks_are_published():
    tables = load()["tables"]
    events, actors = tables["events"]["columns"], tables["actors"]["columns"]
    assert {"isin": list(MODELS["events"].to_schema().columns["event_type"].checks[0].statistics["allowed_values"])} \
        in events["event_type"]["checks"]
    assert events["event_id"]["unique"] is True
    assert {"ge": 1} in events["n_documents"]["checks"]
    assert {"ge": 0.0} in events["confidence"]["checks"] and {"le": 1.0} in events["confidence"]["checks"]
    assert isinstance(actors["country"]["checks"][0]["isin"], str)  # the ISO 3166 set, by name
    assert tables["events"]["table_checks"]


def test_breaking_changes_are_detected_and_additions_allowed():
    published = contract()
    added = copy.deepcopy(published)
    added["tables"]["events"]["columns"]["new_column"] = {"type": "string", "nullable": True}
    assert breaking_changes(published, added) == []

    dropped = copy.deepcopy(published)
    del dropped["tables"]["quotes"]["columns"]["cue"]
    retyped = copy.deepcopy(published)
    retyped["tables"]["actors"]["columns"]["n_mentions"]["type"] = str(pa.int64())
    nullable = copy.deepcopy(published)
    nullable["tables"]["events"]["columns"]["event_type"]["nullable"] = True
    renamed = copy.deepcopy(published)
    cols = renamed["tables"]["documents"]["columns"]
    cols["published_date"] = cols.pop("published")
    gone = copy.deepcopy(published)
    del gone["tables"]["quarantine"]
    assert breaking_changes(published, dropped) == ["quotes.cue was dropped or renamed"]
    assert breaking_changes(published, retyped) == ["actors.n_mentions changed type: int32 -> int64"]
    assert breaking_changes(published, nullable) == [
        "events.event_type changed nullability: nullable=False -> True"]
    assert breaking_changes(published, renamed) == ["documents.published was dropped or renamed"]
    assert breaking_changes(published, gone) == ["table 'quarantine' was dropped"]


def test_publish_refuses_to_overwrite_with_a_breaking_change(tmp_path, capsys):
    """A published column the models no longer have: regeneration refuses, the file is kept."""
    path = tmp_path / "contract.json"
    published = contract()
    published["tables"]["events"]["columns"]["retired"] = {"type": "string", "nullable": True}
    path.write_text(render(published), encoding="utf-8")
    assert main(["--path", str(path)]) == 1
    assert "events.retired was dropped or renamed" in capsys.readouterr().err
    assert json.loads(path.read_text())["tables"]["events"]["columns"]["retired"]
    assert main(["--path", str(path), "--check"]) == 1
    assert main(["--path", str(path), "--allow-breaking"]) == 0
    assert path.read_text() == render(contract())


def test_publish_check_command_passes_on_the_repository():
    proc = subprocess.run([sys.executable, "-m", "schemas.publish", "--check"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
