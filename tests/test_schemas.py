"""pandera models, Arrow schemas derived from them, lazy validation into the quarantine, Parquet I/O."""
from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsfacts.storage import read_table, write_table
from newsfacts.tables import frame
from newsfacts.validate import validate_tables
from schemas import MODELS, SCHEMA_VERSION, arrow_schema

AT = dt.datetime(2024, 10, 10, tzinfo=dt.timezone.utc)
TEXT = "Kenya sent police to Haiti."


def _tables(**overrides):
    t = {
        "documents": [{"doc_id": "d1", "source_path": "d1.txt", "text": TEXT, "text_sha256": "0" * 64, "ingested_at": AT}],
        "actors": [
            {"actor_id": "a1", "name": "Kenya", "actor_type": "COUNTRY", "aliases": [], "country": "KEN",
             "n_documents": 1, "n_mentions": 1},
            {"actor_id": "a2", "name": "Haiti", "actor_type": "COUNTRY", "aliases": [], "country": "HTI",
             "n_documents": 1, "n_mentions": 1}],
        "actor_mentions": [{"doc_id": "d1", "actor_id": "a1", "start": 0, "end": 5, "text": "Kenya"},
                           {"doc_id": "d1", "actor_id": "a2", "start": 21, "end": 26, "text": "Haiti"}],
        "events": [{"event_id": "e1", "event_type": "AID", "actor1_id": "a1", "actor2_id": "a2", "n_documents": 1,
                    "n_mentions": 1, "confidence": 0.8}],
        "event_mentions": [{"event_id": "e1", "doc_id": "d1", "trigger": "sent", "start": 6, "end": 10, "sentence": TEXT,
                            "trigger_lemma": "send", "vocabulary": "codebook"}],
        "quotes": [],
    }
    t.update(overrides)
    return {name: frame(name, rows) for name, rows in t.items()}


def test_arrow_schema_read_off_the_models():
    s = arrow_schema(MODELS["actors"])
    assert s.field("aliases").type == pa.list_(pa.string())
    assert s.field("n_documents").type == pa.int32()
    assert arrow_schema(MODELS["documents"]).field("published").type == pa.date32()
    assert s.metadata[b"newsfacts.schema_version"].decode() == SCHEMA_VERSION


def test_valid_tables_pass_untouched():
    kept, bad = validate_tables(_tables(), "run-1", AT)
    assert bad == []
    assert len(kept["events"]) == 1 and len(kept["actor_mentions"]) == 2


def test_bad_rows_quarantined_with_reason_rest_kept():
    t = _tables(
        actors=[
            {"actor_id": "a1", "name": "Kenya", "actor_type": "COUNTRY", "aliases": [], "country": "KEN",
             "n_documents": 1, "n_mentions": 1},
            {"actor_id": "a2", "name": "Haiti", "actor_type": "COUNTRY", "aliases": [], "country": "XXX",
             "n_documents": 1, "n_mentions": 1}],
        event_mentions=[{"event_id": "e1", "doc_id": "d1", "trigger": "sent", "start": 7, "end": 11, "sentence": TEXT,
                        "trigger_lemma": "send", "vocabulary": "codebook"}],
    )
    kept, bad = validate_tables(t, "run-1", AT)
    by_table = {(b["table"], b["reason"]) for b in bad}
    assert any(tb == "actors" and "isin" in r for tb, r in by_table)  # XXX is no ISO3 code
    assert any(tb == "event_mentions" and "documents.text[start:end]" in r for tb, r in by_table)
    # the actor went, so do the rows that point at it; Kenya's rows stay
    assert list(kept["actors"]["actor_id"]) == ["a1"]
    assert list(kept["actor_mentions"]["actor_id"]) == ["a1"]
    assert kept["events"].empty and any(b["table"] == "events" for b in bad)
    assert all(b["run_id"] == "run-1" and b["detail"] for b in bad)


def test_table_of_the_wrong_shape_raises():
    t = _tables()
    t["events"] = t["events"].drop(columns=["event_type"])
    with pytest.raises(ValueError, match="event_type"):
        validate_tables(t, "run-1", AT)


def test_write_and_read_back(tmp_path):
    df = _tables()["actors"]
    path = write_table(tmp_path, "actors", df)
    assert path.parent.name == "actors"
    assert pq.read_metadata(path).row_group(0).column(0).compression == "ZSTD"
    back = read_table(tmp_path, "actors")
    assert back["name"].tolist() == ["Kenya", "Haiti"]
    assert back["aliases"].tolist()[0] == []
    assert [p.name for p in (tmp_path / "actors").iterdir()] == [path.name]  # nothing else: no temporary file
