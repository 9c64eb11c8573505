"""Side-by-side benchmark: textacy's direct-quotation extractor scored by the shared scorer.

    python benchmarks/textacy_quotes.py [--out DIR] [--json]

Needs textacy in the venv (`pip install "textacy>=0.13"`; not a project dependency).
The dev raw folder is built as in dev_score.py and read with the pipeline's own ingest, so
the texts (and offsets) are the ones newsfacts scores on; each text is parsed with the
pipeline's spaCy model and `textacy.extract.triples.direct_quotations` run over it. The
quotes go into a Parquet output folder shaped like the contract's tables (actors and events
empty but typed; the speaker as speaker_text only), which score.py then reads. textacy's
exceptions are caught per document and counted.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from dev_score import GOLD, SHARED, build_dev_raw  # noqa: E402

_S, _I32, _B, _D = pa.string(), pa.int32(), pa.bool_(), pa.date32()
_TS = pa.timestamp("us", tz="UTC")
SCHEMAS = {
    "documents": pa.schema([("doc_id", _S), ("source_path", _S), ("title", _S), ("published", _D),
                            ("source", _S), ("text", _S), ("text_sha256", _S), ("ingested_at", _TS)]),
    "actors": pa.schema([("actor_id", _S), ("name", _S), ("actor_type", _S), ("aliases", pa.list_(_S)),
                         ("country", _S), ("sector", _S), ("title", _S), ("n_documents", _I32),
                         ("n_mentions", _I32)]),
    "actor_mentions": pa.schema([("doc_id", _S), ("actor_id", _S), ("start", _I32), ("end", _I32), ("text", _S)]),
    "events": pa.schema([("event_id", _S), ("event_type", _S), ("actor1_id", _S), ("actor2_id", _S),
                         ("event_date", _D), ("date_precision", _S), ("location", _S), ("n_documents", _I32),
                         ("n_mentions", _I32)]),
    "event_mentions": pa.schema([("event_id", _S), ("doc_id", _S), ("trigger", _S), ("start", _I32),
                                 ("end", _I32), ("sentence", _S)]),
    "quotes": pa.schema([("quote_id", _S), ("doc_id", _S), ("text", _S), ("start", _I32), ("end", _I32),
                         ("speaker_actor_id", _S), ("speaker_text", _S), ("cue", _S), ("is_direct", _B)]),
    "quarantine": pa.schema([("table", _S), ("doc_id", _S), ("source_path", _S), ("reason", _S), ("detail", _S),
                             ("run_id", _S), ("quarantined_at", _TS)]),
}


def write_tables(out: Path, rows: dict[str, list[dict]]) -> None:
    """Each table as out/<name>/part-0.parquet, typed by SCHEMAS (missing tables written empty)."""
    for name, schema in SCHEMAS.items():
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        table = pa.Table.from_pylist(rows.get(name, []), schema=schema)
        pq.write_table(table, folder / "part-0.parquet")


def document_row(d, at: dt.datetime) -> dict:
    return {"doc_id": d.doc_id, "source_path": d.source_path, "title": d.title, "published": d.published,
            "source": d.source, "text": d.text, "text_sha256": hashlib.sha256(d.text.encode()).hexdigest(),
            "ingested_at": at}


def _quote_id(doc_id: str, start: int, end: int) -> str:
    return "quo_" + hashlib.sha1(f"{doc_id}:{start}:{end}".encode()).hexdigest()[:16]


def textacy_quotes(doc, doc_id: str) -> list[dict]:
    """textacy's direct quotations of one parsed Doc as quotes rows (marks stripped from the text)."""
    import textacy.extract.triples as triples

    rows = []
    for dq in triples.direct_quotations(doc):
        content = dq.content  # a Span that includes the quotation marks
        start, end = content.start_char, content.end_char
        text = doc.text
        while start < end and (text[start] in "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb" or text[start].isspace()):
            start += 1
        while end > start and (text[end - 1] in "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb" or text[end - 1].isspace()):
            end -= 1
        if end <= start:
            continue
        speaker = " ".join(t.text for t in dq.speaker) if dq.speaker else None
        cue = " ".join(t.text for t in dq.cue) if dq.cue else None
        rows.append({"quote_id": _quote_id(doc_id, start, end), "doc_id": doc_id, "text": text[start:end],
                     "start": start, "end": end, "speaker_actor_id": None, "speaker_text": speaker,
                     "cue": cue, "is_direct": True})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=None, help="output folder (default: a temporary one)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    try:
        import textacy  # noqa: F401
        import textacy.extract.triples  # noqa: F401
    except Exception as e:  # noqa: BLE001
        print(f"textacy cannot be imported: {e!r}", file=sys.stderr)
        return 2
    from newsfacts.ingest import Document, iter_raw
    from newsfacts.nlp import load_nlp

    nlp = load_nlp()
    at = dt.datetime.now(dt.timezone.utc)
    with tempfile.TemporaryDirectory() as tmp:
        raw = build_dev_raw(Path(tmp) / "raw")
        docs = [d for d in iter_raw(raw) if isinstance(d, Document)]
        rows: dict[str, list[dict]] = {"documents": [document_row(d, at) for d in docs], "quotes": [], "quarantine": []}
        failures = 0
        for d, parsed in zip(docs, nlp.pipe(d.text for d in docs)):
            try:
                rows["quotes"].extend(textacy_quotes(parsed, d.doc_id))
            except Exception as e:  # noqa: BLE001 - textacy's own failures are counted, not fatal
                failures += 1
                print(f"textacy failed on {d.doc_id}: {e!r}", file=sys.stderr)
                rows["quarantine"].append({"table": "quotes", "doc_id": d.doc_id, "source_path": d.source_path,
                                           "reason": "textacy_error", "detail": repr(e)[:500],
                                           "run_id": "textacy-bench", "quarantined_at": at})
        out = a.out or Path(tmp) / "out"
        write_tables(out, rows)
        print(f"textacy {textacy.__version__}: {len(docs)} documents, {len(rows['quotes'])} quotes, "
              f"{failures} documents failed", file=sys.stderr)
        cmd = [sys.executable, str(SHARED / "eval" / "score.py"), "--contract", "--out", str(out),
               "--gold", *map(str, GOLD)] + (["--json"] if a.json else [])
        return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
