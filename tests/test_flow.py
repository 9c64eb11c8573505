"""End to end through Prefect: seeds plus bad inputs in, every contract table read back from Parquet."""
from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from newsfacts.storage import read_table, schema_version, table_part
from schemas import MODELS, SCHEMA_VERSION
from tests.conftest import slow_article

pytestmark = pytest.mark.slow  # flow runs through Prefect: left out by make test-fast

CONTRACT_COLUMNS = {
    "documents": ["doc_id", "source_path", "title", "published", "source", "text", "text_sha256", "ingested_at"],
    "actors": ["actor_id", "name", "actor_type", "aliases", "country", "sector", "title", "n_documents", "n_mentions"],
    "actor_mentions": ["doc_id", "actor_id", "start", "end", "text"],
    "events": ["event_id", "event_type", "actor1_id", "actor2_id", "event_date", "date_precision", "location",
               "n_documents", "n_mentions"],
    "event_mentions": ["event_id", "doc_id", "trigger", "start", "end", "sentence"],
    "quotes": ["quote_id", "doc_id", "text", "start", "end", "speaker_actor_id", "speaker_text", "cue", "is_direct"],
    "quarantine": ["table", "doc_id", "source_path", "reason", "detail", "run_id", "quarantined_at"],
}


@pytest.fixture(scope="module")
def tables(seed_run):
    _, out, _ = seed_run
    return {name: read_table(out, name) for name in MODELS}


def test_every_table_written_with_contract_columns_and_schema_version(seed_run, tables):
    _, out, summary = seed_run
    for name, cols in CONTRACT_COLUMNS.items():
        files = list((out / name).glob("*.parquet"))
        assert files, f"{name} has no Parquet file"
        schema = pq.read_schema(files[0])
        assert set(cols) <= set(schema.names), name
        assert schema_version(out, name) == SCHEMA_VERSION
        assert summary["rows"][name] == len(tables[name])
    ts = pq.read_schema(table_part(out, "documents")).field("ingested_at").type
    assert (ts.unit, ts.tz) == ("us", "UTC")
    assert not (out / ".work").exists(), "the run's work folder is left behind"


def test_good_articles_all_come_out_and_bad_inputs_quarantined(tables):
    docs, q = tables["documents"], tables["quarantine"]
    assert set(docs["doc_id"]) == {"000_fcfe19a8060cea84", "002_8882498b03355ac9", "good-1", "good-2"}
    reasons = dict(zip(q["source_path"], q["reason"]))
    assert reasons == {"binary.txt": "binary", "empty.txt": "empty", "feed.jsonl:2": "bad_json",
                       "undecodable.txt": "undecodable"}
    assert q["run_id"].notna().all() and q["detail"].notna().all()


def test_referential_integrity_and_offsets(tables):
    docs = dict(zip(tables["documents"]["doc_id"], tables["documents"]["text"]))
    actor_ids = set(tables["actors"]["actor_id"])
    event_ids = set(tables["events"]["event_id"])
    for name, col in (("actor_mentions", "text"), ("quotes", "text"), ("event_mentions", "trigger")):
        df = tables[name]
        assert len(df), f"{name} is empty on the seeds"
        for doc_id, start, end, value in zip(df["doc_id"], df["start"], df["end"], df[col]):
            assert docs[doc_id][start:end] == value
    assert set(tables["actor_mentions"]["actor_id"]) <= actor_ids
    assert set(tables["events"]["actor1_id"].dropna()) <= actor_ids  # null: the text names no one responsible
    assert set(tables["events"]["actor2_id"].dropna()) <= actor_ids
    assert set(tables["quotes"]["speaker_actor_id"].dropna()) <= actor_ids
    assert set(tables["event_mentions"]["event_id"]) == event_ids
    for key, name in (("doc_id", "documents"), ("actor_id", "actors"), ("event_id", "events"), ("quote_id", "quotes")):
        assert tables[name][key].is_unique


def test_seed_content(tables):
    actors = tables["actors"]
    countries = actors[actors["actor_type"] == "COUNTRY"]
    assert {"SLV", "HTI"} <= set(countries["country"])
    # one El Salvador across both articles
    slv = countries[countries["country"] == "SLV"]
    assert len(slv) == 1 and slv["n_documents"].iloc[0] == 2
    quotes = tables["quotes"]
    assert quotes["is_direct"].all()
    assert quotes["speaker_actor_id"].notna().all()
    assert set(tables["events"]["event_type"]) <= set(MODELS["events"].to_schema().columns["event_type"].checks[0]
                                                        .statistics["allowed_values"])


def test_an_empty_raw_folder_gives_empty_tables_and_a_warning(prefect_server, tmp_path, caplog):
    from flows.pipeline import newsfacts_flow

    (tmp_path / "raw").mkdir()
    state = newsfacts_flow(raw=str(tmp_path / "raw"), out=str(tmp_path / "out"), workers=1, return_state=True)
    assert state.is_completed(), state.message
    assert set(state.result()["rows"].values()) == {0}
    assert all(len(read_table(tmp_path / "out", name)) == 0 for name in MODELS)
    assert any(r.levelname == "WARNING" and "no articles under" in r.getMessage() for r in caplog.records)


def test_too_much_unreadable_input_fails_the_run_with_one_line_and_no_traceback(seed_run, tmp_path, caplog):
    from flows.pipeline import newsfacts_flow

    raw, _, _ = seed_run  # 4 of 8 inputs are unreadable
    state = newsfacts_flow(raw=str(raw), out=str(tmp_path / "out"), workers=1, max_quarantine_share=0.25,
                           return_state=True)
    assert state.is_failed()
    assert state.message == ("4 of 8 inputs quarantined (50.0%), more than the allowed 25.0%; "
                             "the previous tables are kept")
    assert not [r for r in caplog.records if r.exc_info], "an expected condition logged a traceback"
    assert not (tmp_path / "out" / "current").exists()


def test_a_document_over_its_time_limit_in_a_worker_process_is_quarantined(prefect_server, tmp_path):
    """The CPU limit interrupts extraction in Prefect's process-pool worker too; the other document commits."""
    from flows.pipeline import newsfacts_flow

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "stall.txt").write_text(slow_article(12_000))  # ~1.6 s of extraction: several times the limit
    (raw / "kenya.txt").write_text("Kenya sent 400 police officers to Haiti on Tuesday, the government said.")
    state = newsfacts_flow(raw=str(raw), out=str(tmp_path / "out"), workers=1, batch_size=1, doc_time_limit=0.3,
                           return_state=True)
    assert state.is_completed(), state.message
    q = read_table(tmp_path / "out", "quarantine")
    assert list(zip(q["doc_id"], q["reason"])) == [("stall", "extraction_timeout")]
    assert list(read_table(tmp_path / "out", "documents")["doc_id"]) == ["kenya"]
