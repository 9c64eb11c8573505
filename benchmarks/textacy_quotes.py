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
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.dev_score import build_dev_raw, scorer_command  # noqa: E402
from newsfacts.resolve import stable_id  # noqa: E402
from newsfacts.storage import write_table  # noqa: E402
from newsfacts.tables import document_rows, frame  # noqa: E402
from schemas import MODELS  # noqa: E402

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
        rows.append({"quote_id": stable_id("quo", doc_id, start, end), "doc_id": doc_id, "text": text[start:end],
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
        rows: dict[str, list[dict]] = {"documents": document_rows(docs, at), "quotes": [], "quarantine": []}
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
        for name in MODELS:  # typed by the project's own schemas; tables textacy has nothing for stay empty
            write_table(out, name, frame(name, rows.get(name, [])))
        print(f"textacy {textacy.__version__}: {len(docs)} documents, {len(rows['quotes'])} quotes, "
              f"{failures} documents failed", file=sys.stderr)
        return subprocess.call(scorer_command(out, "--contract", *(["--json"] if a.json else [])))


if __name__ == "__main__":
    sys.exit(main())
