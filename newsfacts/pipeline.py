"""The pipeline's stages as plain functions that pass file paths, for the flow to wire together.

    ingest  -> extract (one call per batch of documents) -> assemble (resolve, validate, commit)

Runs are incremental. The committed table set keeps, in its `_state` folder, a manifest of the
input files it was built from and every document's extraction result, keyed by the text's
hash and the extractor version. A run whose inputs and extractor are unchanged extracts and
writes nothing; otherwise only new or changed documents are extracted, and the tables are
rebuilt from all current documents, so they equal a full rebuild. Intermediate results live
in `<out>/.work/<run_id>/` and are removed at the end.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import importlib.metadata
import json
import logging
import shutil
import time
from collections import Counter
from contextlib import nullcontext
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from newsfacts import PIPELINE_VERSION, history
from newsfacts.deadline import DOC_TIME_LIMIT_S
from newsfacts.extract import extract_texts
from newsfacts.checksums import add_code, file_sha256
from newsfacts.ingest import Document, Rejection, iter_raw, scan_inputs
from newsfacts.nlp import MODEL_PACKAGES
from newsfacts.progress import track
from newsfacts.resolve.parallel import dask_mapper
from newsfacts.state import (CACHE, MANIFEST, cache_table, cached_keys, cached_results, committed_documents,
                             damage_lines, prepare_output, read_sound_table, read_state)
from newsfacts.storage import STATE, commit, current_version, new_version, table_part, write_parquet, write_table
from newsfacts.tables import build_tables, document_rows, frame, rejection_rows
from newsfacts.validate import validate_tables
from schemas import MODELS

TABLES = tuple(MODELS)
log = logging.getLogger("newsfacts")
MIN_BATCH_CHARS = 20_000  # the smallest extraction batch worth a task (about ten articles)
# Modules (and packages) whose code does not change what is extracted from a document's text (the cleaner does:
# it makes the text that is parsed, so a change to it alone must re-read and re-extract every article).
NOT_EXTRACTION = {"pipeline.py", "storage.py", "validate.py", "tables.py", "resolve", "ingest",
                  "report.py", "progress.py", "checks.py", "lock.py", "history.py", "deadline.py", "state.py",
                  "checksums.py", "processes.py"}


class QuarantineLimitExceeded(RuntimeError):
    """More of the input was quarantined than the run allows; nothing was committed."""


@dataclass
class Ingested:
    documents: str  # Parquet file of the documents table (every document read this run)
    rejections: str  # JSON Lines of input rejections
    todo: str  # Parquet file of the documents to extract (new, changed or never extracted)
    manifest: str  # Parquet file of the input files
    n_documents: int
    n_rejected: int
    n_todo: int
    unchanged: bool  # inputs and extractor as in the committed set: nothing to do
    n_known: int = 0  # documents taken from the committed set, their files unchanged (`known_documents`), not read


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """PIPELINE_VERSION plus a hash of the library's code and word lists and the spaCy model's version.

    Any change to extraction gives a new version, so stored results are known to be stale.
    """
    h = hashlib.sha256()
    add_code(h, Path(__file__).parent, NOT_EXTRACTION)
    for name in MODEL_PACKAGES:
        try:
            h.update(f"{name}=={importlib.metadata.version(name.replace('_', '-'))}".encode())
            break
        except importlib.metadata.PackageNotFoundError:
            continue
    return f"{PIPELINE_VERSION}+{h.hexdigest()[:12]}"


@lru_cache(maxsize=1)
def reader_version() -> str:
    """A hash of what reading an input depends on besides the input and `extractor_version` (which leaves ingest out):
    the ingest package and the readers' libraries. A change of it reads every input again."""
    h = hashlib.sha256()
    add_code(h, Path(__file__).parent / "ingest")
    for name in ("trafilatura", "htmldate", "charset-normalizer", "lxml", "justext", "courlan"):
        try:
            h.update(f"{name}=={importlib.metadata.version(name)}".encode())
        except importlib.metadata.PackageNotFoundError:
            pass
    return h.hexdigest()[:12]


def work_dir(out: Path | str, run_id: str) -> Path:
    path = Path(out) / ".work" / run_id
    path.mkdir(parents=True, exist_ok=True)
    return path


def input_files(raw: Path | str, out: Path | str | None = None) -> pd.DataFrame:
    """Path, size and sha256 of every entry under `raw` (the output folder `out` left out).

    An entry that is not read (a link out of the folder, a pipe, a hidden file) is hashed by
    its reason, never by its content: the manifest changes when that does.
    """
    rows = []
    for inp in track(scan_inputs(raw, (out,) if out else ()), "ingest: hashing input files"):
        if inp.problem:
            rows.append({"path": inp.rel, "size": 0, "sha256": hashlib.sha256(repr(inp.problem).encode()).hexdigest()})
        else:
            rows.append({"path": inp.rel, "size": inp.path.stat().st_size, "sha256": file_sha256(inp.path)})
    return pd.DataFrame(rows, columns=["path", "size", "sha256"])


def ingest(raw: Path | str, out: Path | str, work: Path | str, full_refresh: bool = False,
           time_limit: float | None = DOC_TIME_LIMIT_S, repair: bool = False) -> Ingested:
    """Read every input under `raw` (never writing to it); say what needs extracting.

    Documents go to Parquet, rejections to JSON Lines, both in `work`. With nothing changed
    since the committed set (same input files, same extractor, no document that ran out of a
    shorter `time_limit` than this one) and that set sound (not `repair`), no input is parsed.
    """
    work = Path(work)
    files = input_files(raw, out)
    files["extractor_version"] = extractor_version()
    files["reader_version"] = reader_version()
    manifest_path = work / "manifest.parquet"
    files.to_parquet(manifest_path, index=False)
    paths = {k: str(work / k) for k in ("documents.parquet", "rejections.jsonl", "todo.parquet")}
    previous = None if full_refresh else read_state(out, MANIFEST)
    if not repair and previous is not None and _same_inputs(previous, files) \
            and not cached_keys(out, extractor_version(), time_limit, retry=True):
        return Ingested(paths["documents.parquet"], paths["rejections.jsonl"], paths["todo.parquet"],
                        str(manifest_path), int(previous["n_documents"].sum()), 0, 0, unchanged=True)

    docs: list[Document] = []
    rejected: list[Rejection] = []
    known = {} if repair or previous is None else known_documents(out, previous, files)
    for item in track(iter_raw(raw, (out,), known), "ingest: reading articles"):
        (docs if isinstance(item, Document) else rejected).append(item)
    taken = {id(d) for listed in known.values() for d in listed}
    at = now_utc()
    df = frame("documents", document_rows(docs, at))
    cached = set() if full_refresh else cached_keys(out, extractor_version(), time_limit)
    old = None if full_refresh else committed_documents(out)
    if old is not None and len(df):  # an unchanged document keeps the time it was first ingested
        first = {(d, s): t for d, s, t in zip(old["doc_id"], old["text_sha256"], old["ingested_at"])}
        df["ingested_at"] = pd.array([first.get((d, s), at) for d, s in zip(df["doc_id"], df["text_sha256"])],
                                     dtype=df["ingested_at"].dtype)
    df.to_parquet(paths["documents.parquet"], index=False)
    # .loc: a mask of no documents selects no rows (df[[]] would select no columns)
    todo = df.loc[[(d, s) not in cached for d, s in zip(df["doc_id"], df["text_sha256"])]]
    todo[["doc_id", "text", "published"]].to_parquet(paths["todo.parquet"], index=False)
    with open(paths["rejections.jsonl"], "w", encoding="utf-8") as f:
        for r in rejected:
            f.write(json.dumps(asdict(r)) + "\n")
    refused = sum(not r.warning for r in rejected)  # warnings (metadata dropped) are of articles that were read
    return Ingested(paths["documents.parquet"], paths["rejections.jsonl"], paths["todo.parquet"], str(manifest_path),
                    len(docs), refused, len(todo), unchanged=False, n_known=sum(id(d) in taken for d in docs))


def known_documents(out: Path | str, previous: pd.DataFrame, files: pd.DataFrame) -> dict[str, list[Document]]:
    """The committed set's documents of each input file that reading it again would give: a file read by the same code
    (`extractor_version`, `reader_version`), of the same size and hash (and a text file's sidecar unchanged too), that
    gave documents and met no problem (its status 'ok', no input, sidecar or document of it quarantined, every
    document it gave still in the set), in the file's order. A run that adds articles then reads only them: ingest
    costs what is new, not the corpus."""
    version = current_version(out)
    if version is None or not {"status", "n_documents", "extractor_version"} <= set(previous.columns):
        return {}
    before = {r.path: r for r in previous.itertuples(index=False)}
    now = {r.path: (r.size, r.sha256) for r in files.itertuples(index=False)}
    changed = {p for p in set(now) | set(before) if p not in now or p not in before
               or (before[p].size, before[p].sha256) != now[p]}
    wanted = {p for p in now if p not in changed and before[p].status == "ok" and before[p].n_documents > 0
              and before[p].extractor_version == extractor_version()
              and getattr(before[p], "reader_version", None) == reader_version()
              and str(PurePosixPath(p).with_suffix(".json")) not in changed}
    if not wanted:
        return {}
    documents = read_sound_table(version, "documents")
    quarantine = read_sound_table(version, "quarantine", ["table", "source_path"])
    if documents is None or quarantine is None:
        return {}
    paths = set(before)  # the files those documents were read from (a file gone since maps to itself)
    # a file's own problems: its input refused or warned about, a document of it left out (a row of another table
    # quarantined at validation is no problem of reading)
    mine = quarantine[quarantine["table"].isin(["input", "documents"])]["source_path"].dropna()
    problems = {_input_file(p, paths) for p in mine}
    wanted = {p for p in wanted if p not in problems and str(PurePosixPath(p).with_suffix(".json")) not in problems}
    by_file: dict[str, list[Document]] = {}
    for row in documents.to_dict("records"):
        rel = _input_file(row["source_path"], paths)
        if rel in wanted:
            by_file.setdefault(rel, []).append(Document(
                row["doc_id"], row["source_path"], row["text"], _none(row["title"]), _date(row["published"]),
                _none(row["source"]), _none(row["url"])))
    for rel, docs in by_file.items():
        docs.sort(key=lambda d: int(d.source_path.rsplit(":", 1)[1]) if d.source_path != rel else 0)
    return {rel: docs for rel, docs in by_file.items() if len(docs) == before[rel].n_documents}


def _none(value):
    return None if pd.isna(value) else value


def _date(value) -> dt.date | None:
    value = _none(value)
    return value.date() if isinstance(value, dt.datetime) else value


def _same_inputs(previous: pd.DataFrame, files: pd.DataFrame) -> bool:
    key = ["path", "size", "sha256", "extractor_version", "reader_version"]
    if not set(key) <= set(previous.columns):
        return False  # a manifest of an older run: read again once
    a = previous[key].sort_values("path").reset_index(drop=True)
    b = files[key].sort_values("path").reset_index(drop=True)
    return a.astype(str).equals(b.astype(str))


def batches(n_documents: int, batch_size: int, sizes: list[int] | None = None,
            workers: int = 1) -> list[tuple[int, int]]:
    """[start, stop) row ranges covering `n_documents` in order, at most `batch_size` each.

    Given the documents' `sizes` (characters) and more than one worker, batches shrink toward
    the end (guided self-scheduling): each takes at most 1/(2 x workers) of the characters
    left, and no less than MIN_BATCH_CHARS, so that no worker idles long while another
    finishes a last big batch.
    """
    if sizes is None or workers <= 1:
        return [(i, min(i + batch_size, n_documents)) for i in range(0, n_documents, batch_size)]
    out, left, i = [], sum(sizes), 0
    while i < n_documents:
        target = max(left / (2 * workers), MIN_BATCH_CHARS)
        j, chars = i, 0
        while j < n_documents and j - i < batch_size and chars < target:
            chars += sizes[j]
            j += 1
        out.append((i, j))
        left -= chars
        i = j
    return out


def plan_batches(todo: str, batch_size: int, workers: int) -> list[tuple[int, int]]:
    """The extraction batches of a to-do file for `workers` processes (see `batches`)."""
    lengths = pc.utf8_length(pq.read_table(todo, columns=["text"])["text"]).to_pylist()
    return batches(len(lengths), batch_size, lengths, workers)


def extract_batch(documents: str, start: int, stop: int, work: Path | str,
                  time_limit: float | None = DOC_TIME_LIMIT_S) -> str:
    """Extract rows [start, stop) of a documents file; results to a JSON Lines file, its path returned.

    A document over `time_limit` CPU seconds gives a `{"doc_id", "timeout_s"}` result (see extract_texts)."""
    table = pq.read_table(documents, columns=["doc_id", "text", "published"]).slice(start, stop - start)
    records = zip(table["doc_id"].to_pylist(), table["text"].to_pylist(), table["published"].to_pylist())
    path = Path(work) / f"extract-{start:08d}.jsonl"
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for result in track(extract_texts(records, time_limit), f"extract: documents {start + 1}-{stop}",
                            total=stop - start):
            f.write(json.dumps(result, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return str(path)


def _extractions(documents: pd.DataFrame, new_paths: list[str], out: Path | str) -> list[str]:
    """Every current document's extraction result as its JSON text, new ones and cached ones, in document order."""
    by_doc: dict[str, str] = {}
    for p in new_paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    by_doc[json.loads(line)["doc_id"]] = line.rstrip("\n")
    wanted = dict(zip(documents["doc_id"], documents["text_sha256"]))
    missing = {d: s for d, s in wanted.items() if d not in by_doc}
    if missing:
        by_doc.update(cached_results(out, extractor_version(), missing))
    lost = set(wanted) - set(by_doc)
    if lost:
        raise RuntimeError(f"{len(lost)} documents have no extraction result (e.g. {sorted(lost)[:3]})")
    return [by_doc[d] for d in documents["doc_id"]]


def _timed_out(documents: pd.DataFrame, results: list[dict], run_id: str, at: dt.datetime
               ) -> tuple[pd.DataFrame, list[dict], list[dict]]:
    """The documents and results without those that ran out of time, and a quarantine row for each of those."""
    limit = {r["doc_id"]: r["timeout_s"] for r in results if "timeout_s" in r}
    if not limit:
        return documents, results, []
    out = documents["doc_id"].isin(list(limit))
    rows = [{"table": "documents", "doc_id": d, "source_path": p, "reason": "extraction_timeout",
             "detail": f"extraction took more than {limit[d]:g} s of CPU; the article is left out "
                       f"(a longer --doc-time-limit extracts it)", "run_id": run_id, "quarantined_at": at}
            for d, p in zip(documents.loc[out, "doc_id"], documents.loc[out, "source_path"])]
    kept = documents.loc[~out].reset_index(drop=True)
    return kept, [r for r in results if "timeout_s" not in r], rows


def _manifest_table(ingested: Ingested, rejections: list[Rejection], run_id: str) -> pa.Table:
    files = pd.read_parquet(ingested.manifest)
    paths = set(files["path"])
    docs_per_file = Counter(_input_file(p, paths) for p in pd.read_parquet(ingested.documents)["source_path"])
    refused = [r for r in rejections if not r.warning]
    whole = {r.source_path for r in refused} - set(docs_per_file)
    per_line = {_input_file(r.source_path, paths) for r in refused} - whole
    files["status"] = ["quarantined" if p in whole else "partial" if p in per_line else "ok" for p in files["path"]]
    files["n_documents"] = [docs_per_file[p] for p in files["path"]]
    files["run_id"] = run_id
    return pa.Table.from_pandas(files, preserve_index=False)


def _input_file(source_path: str, paths: set[str]) -> str:
    """The input file of a source path: 'feed.jsonl:12' -> 'feed.jsonl'."""
    return source_path if source_path in paths else source_path.rsplit(":", 1)[0]


def check_quarantine_share(ingested: Ingested, max_share: float | None) -> None:
    """Raise QuarantineLimitExceeded when more than `max_share` of the inputs was unreadable.

    Checked right after ingest, before any extraction: the previous tables are kept.
    """
    n_inputs = ingested.n_documents + ingested.n_rejected
    share = ingested.n_rejected / n_inputs if n_inputs else 0.0
    if max_share is not None and share > max_share:
        raise QuarantineLimitExceeded(f"{ingested.n_rejected} of {n_inputs} inputs quarantined ({share:.1%}), more "
                                      f"than the allowed {max_share:.1%}; the previous tables are kept")


def assemble(ingested: Ingested, extraction_paths: list[str], out: Path | str, run_id: str,
             timings: dict | None = None, started: float | None = None, run_url: str | None = None,
             dask: str | None = None, workers: int | None = None) -> dict:
    """Resolve identities, build and validate every table, stage them all and commit them as one set.

    `timings` (seconds of the earlier stages) and `started` (the run's perf_counter start) go
    into the run summary with this stage's own time and the total; `run_url`, the run's page
    in the Prefect UI, too. `dask`: resolve on a Dask cluster (a scheduler's address, or "local" for
    `workers` local processes; `newsfacts.resolve.parallel`), with the same tables.
    """
    at, t0 = now_utc(), time.perf_counter()
    documents = pd.read_parquet(ingested.documents, dtype_backend="pyarrow")
    documents = frame("documents", documents.to_dict("records"))
    texts = _extractions(documents, extraction_paths, out)
    results = [json.loads(r) for r in texts]
    kept, extracted, timeouts = _timed_out(documents, results, run_id, at)
    steps: dict[str, float] = {}  # the assemble stage's own steps, seconds each

    def lap(step: str) -> None:
        steps[step] = time.perf_counter() - t0 - sum(steps.values())

    lap("read_s")
    with dask_mapper(dask, workers) if dask and extracted else nullcontext() as mapper:
        tables = {"documents": kept, **build_tables(kept, extracted, mapper)}
    lap("resolve_s")
    tables, bad_rows = validate_tables(tables, run_id, at)
    lap("validate_s")
    rejections = [Rejection(**json.loads(line)) for line in Path(ingested.rejections).read_text().splitlines()]
    tables["quarantine"] = frame("quarantine", rejection_rows(rejections, run_id, at) + timeouts + bad_rows)
    version = new_version(out)
    for name in TABLES:
        write_table(version, name, tables[name])
    write_parquet(version / STATE / CACHE, cache_table(documents, results, texts, extractor_version()))
    write_parquet(version / STATE / MANIFEST, _manifest_table(ingested, rejections, run_id))
    lap("write_s")
    summary = {
        "run_id": run_id,
        "run_url": run_url,
        "version": version.name,
        "extractor_version": extractor_version(),
        "finished_at": at.isoformat(),
        "unchanged": False,
        "extracted": ingested.n_todo,
        "reused": len(documents) - ingested.n_todo,
        "rows": {name: int(len(tables[name])) for name in TABLES},
        "quarantine_by_reason": tables["quarantine"]["reason"].value_counts().to_dict() if len(tables["quarantine"]) else {},
        "assemble_steps": steps,  # seconds: read the extractions, resolve and build, validate, write
        "timings": {**(timings or {}), "assemble_s": time.perf_counter() - t0,
                    "total_s": time.perf_counter() - (started if started is not None else t0)},
    }
    (version / "run_summary.json").write_text(json.dumps(summary, indent=2, default=str))
    commit(out, version)
    try:
        from newsfacts.report import build_report

        history.append(out, summary)
        summary["report"] = str(build_report(out))
    except Exception as e:  # the tables are committed: their history or report must not undo the run
        summary["report"] = None
        summary["report_error"] = f"{type(e).__name__}: {e}"
    return summary


def unchanged_summary(ingested: Ingested, out: Path | str, run_id: str) -> dict:
    """The summary of a run that found nothing to do: the committed set's row counts. The report is rebuilt
    when it does not describe the committed set (a run killed between its commit and its report)."""
    version = current_version(out)
    rows = {name: pq.ParquetFile(table_part(version, name)).metadata.num_rows for name in TABLES}
    summary = {"run_id": run_id, "version": version.name, "extractor_version": extractor_version(),
               "finished_at": now_utc().isoformat(), "unchanged": True, "extracted": 0,
               "reused": ingested.n_documents, "rows": rows, "quarantine_by_reason": {}}
    try:
        from newsfacts.report import ensure_report

        summary["report"] = str(ensure_report(out) or "")
    except Exception as e:  # the tables are sound: a report that cannot be built must not fail the run
        summary["report_error"] = f"{type(e).__name__}: {e}"
    return summary


def cleanup(out: Path | str, run_id: str) -> None:
    """Remove a run's work folder, and the work root when no other run uses it."""
    root = Path(out) / ".work"
    shutil.rmtree(root / run_id, ignore_errors=True)
    try:
        root.rmdir()
    except OSError:
        pass


def run_local(raw: Path | str, out: Path | str, batch_size: int = 200, run_id: str | None = None,
              full_refresh: bool = False, max_quarantine_share: float | None = None,
              time_limit: float | None = DOC_TIME_LIMIT_S, dask: str | None = None, workers: int | None = None) -> dict:
    """The whole pipeline in this process, no Prefect (for tests, benchmarks and debugging); `dask`: resolve on a
    Dask cluster, "local" one of `workers` processes (`assemble`; call it under `if __name__ == "__main__":`)."""
    from newsfacts.storage import locked

    run_id = run_id or time.strftime("local-%Y%m%dT%H%M%S")
    started = time.perf_counter()
    with locked(out):
        restored, _, damage = prepare_output(out)
        for line in restored + damage_lines(damage):
            log.warning("%s", line)
        work = work_dir(out, run_id)
        try:
            ing = ingest(raw, out, work, full_refresh, time_limit, repair=bool(damage))
            timings = {"ingest_s": time.perf_counter() - started}
            if ing.unchanged:
                return {**unchanged_summary(ing, out, run_id), "timings": {**timings, "total_s": timings["ingest_s"]}}
            check_quarantine_share(ing, max_quarantine_share)
            paths = [extract_batch(ing.todo, a, b, work, time_limit) for a, b in batches(ing.n_todo, batch_size)]
            timings["extract_s"] = time.perf_counter() - started - timings["ingest_s"]
            return assemble(ing, paths, out, run_id, timings=timings, started=started, dask=dask, workers=workers)
        finally:
            cleanup(out, run_id)
