"""The pipeline's stages as plain functions that pass file paths, for the flow to wire together.

ingest -> extract (one call per batch of documents) -> assemble (resolve, validate, write).
Intermediate results live in a work folder under the output folder and are removed at the end.
"""
from __future__ import annotations

import datetime as dt
import json
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from newsfacts import PIPELINE_VERSION
from newsfacts.extract import extract_texts
from newsfacts.ingest import Document, Rejection, iter_raw
from newsfacts.storage import write_table
from newsfacts.tables import build_tables, document_rows, frame, rejection_rows
from newsfacts.validate import validate_tables
from schemas import MODELS

TABLES = tuple(MODELS)


@dataclass
class Ingested:
    documents: str  # Parquet file of the documents table
    rejections: str  # JSON Lines of input rejections
    n_documents: int
    n_rejected: int


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def work_dir(out: Path | str, run_id: str) -> Path:
    path = Path(out) / ".work" / run_id
    path.mkdir(parents=True, exist_ok=True)
    return path


def ingest(raw: Path | str, work: Path | str) -> Ingested:
    """Read every input under `raw`; documents to Parquet, rejections to JSON Lines, in `work`."""
    work = Path(work)
    docs: list[Document] = []
    rejected: list[Rejection] = []
    for item in iter_raw(raw):
        (docs if isinstance(item, Document) else rejected).append(item)
    df = frame("documents", document_rows(docs, now_utc()))
    docs_path = work / "documents.parquet"
    df.to_parquet(docs_path, index=False)
    rej_path = work / "rejections.jsonl"
    with rej_path.open("w", encoding="utf-8") as f:
        for r in rejected:
            f.write(json.dumps(asdict(r)) + "\n")
    return Ingested(str(docs_path), str(rej_path), len(docs), len(rejected))


def batches(n_documents: int, batch_size: int) -> list[tuple[int, int]]:
    """[start, stop) row ranges covering `n_documents` in batches."""
    return [(i, min(i + batch_size, n_documents)) for i in range(0, n_documents, batch_size)]


def extract_batch(documents: str, start: int, stop: int, work: Path | str) -> str:
    """Extract rows [start, stop) of the documents file; results to a JSON Lines file, its path returned."""
    table = pq.read_table(documents, columns=["doc_id", "text", "published"]).slice(start, stop - start)
    records = zip(table["doc_id"].to_pylist(), table["text"].to_pylist(), table["published"].to_pylist())
    path = Path(work) / f"extract-{start:08d}.jsonl"
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for result in extract_texts(records):
            f.write(json.dumps(result, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return str(path)


def _read_jsonl(paths: list[str]) -> list[dict]:
    rows = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            rows.extend(json.loads(line) for line in f if line.strip())
    return rows


def assemble(ingested: Ingested, extraction_paths: list[str], out: Path | str, run_id: str) -> dict:
    """Resolve identities, build and validate every table, write them all; the run summary returned."""
    at = now_utc()
    documents = pd.read_parquet(ingested.documents, dtype_backend="pyarrow")
    documents = frame("documents", documents.to_dict("records")) if len(documents) else frame("documents", [])
    extractions = _read_jsonl(extraction_paths)
    tables = {"documents": documents, **build_tables(documents, extractions)}
    tables, bad_rows = validate_tables(tables, run_id, at)
    rejections = [Rejection(**json.loads(line)) for line in Path(ingested.rejections).read_text().splitlines()]
    tables["quarantine"] = frame("quarantine", rejection_rows(rejections, run_id, at) + bad_rows)
    for name in TABLES:
        write_table(out, name, tables[name])
    summary = {
        "run_id": run_id,
        "pipeline_version": PIPELINE_VERSION,
        "finished_at": at.isoformat(),
        "rows": {name: int(len(tables[name])) for name in TABLES},
        "quarantine_by_reason": tables["quarantine"]["reason"].value_counts().to_dict() if len(tables["quarantine"]) else {},
    }
    (Path(out) / "run_summary.json").write_text(json.dumps(summary, indent=2, default=str))
    return summary


def cleanup(out: Path | str, run_id: str) -> None:
    """Remove a run's work folder, and the work root when no other run uses it."""
    root = Path(out) / ".work"
    shutil.rmtree(root / run_id, ignore_errors=True)
    try:
        root.rmdir()
    except OSError:
        pass


def run_local(raw: Path | str, out: Path | str, batch_size: int = 200, run_id: str | None = None) -> dict:
    """The whole pipeline in this process, no Prefect (for tests and debugging)."""
    run_id = run_id or time.strftime("local-%Y%m%dT%H%M%S")
    work = work_dir(out, run_id)
    try:
        ing = ingest(raw, work)
        paths = [extract_batch(ing.documents, a, b, work) for a, b in batches(ing.n_documents, batch_size)]
        return assemble(ing, paths, out, run_id)
    finally:
        cleanup(out, run_id)
