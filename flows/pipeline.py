"""The newsfacts flow: ingest, extraction in document batches, validation and an atomic commit.

Tasks pass file paths, never DataFrames; one task per batch of documents. Only I/O errors
are retried: a bug or bad data fails fast instead of running three times. The output
folder's lock is held for the whole run; what an interrupted run left is cleared first.
"""
from __future__ import annotations

import os
import time
import uuid
from dataclasses import asdict
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.states import Failed
from prefect.task_runners import ProcessPoolTaskRunner

from flows.server import run_url, shared_api
from newsfacts import checks, pipeline, storage
from newsfacts.checks import UsageError
from newsfacts.pipeline import Ingested, QuarantineLimitExceeded
from newsfacts.progress import track
from newsfacts.resolve.parallel import DaskUnavailable
from newsfacts.report import report_summary
from newsfacts.state import damage_lines, prepare_output

DEFAULT_BATCH_SIZE = 200
# Conditions of the input or of the moment, not bugs: the run ends Failed with the message alone, no traceback.
EXPECTED = (UsageError, storage.OutputLocked, storage.DamagedOutput, QuarantineLimitExceeded, DaskUnavailable)


def task_runner(workers: int | None = None, dask: str | None = None):
    """The task runner for the extraction batches, chosen by configuration.

    `dask`: a Dask scheduler address ("tcp://host:8786"), or "local" for a local Dask cluster
    of `workers` single-threaded processes (needs prefect-dask). Otherwise `workers` local
    processes (default: one per core). Even one worker is a process of its own: spaCy then
    runs clear of the flow process's threads (Prefect's event, log and API clients); on 1,000
    articles extraction took 56.3 s in the flow's process, 55.0 s in a worker, its start included.
    """
    workers = workers or os.cpu_count() or 1
    if dask:
        from prefect_dask import DaskTaskRunner

        if dask == "local":
            return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                                  "dashboard_address": "127.0.0.1:0"})
        return DaskTaskRunner(address=dask)
    return ProcessPoolTaskRunner(max_workers=workers)


def retry_on_io_error(task, task_run, state) -> bool:
    """Retry a failed task only when it failed on I/O (a full disk, a flaky mount)."""
    try:
        state.result()
    except OSError:
        return True
    except BaseException:
        return False
    return False


@task(name="ingest", retries=2, retry_delay_seconds=2, retry_condition_fn=retry_on_io_error, cache_policy=NO_CACHE)
def ingest_task(raw: str, out: str, work: str, full_refresh: bool, time_limit: float | None,
                repair: bool = False) -> dict:
    return asdict(pipeline.ingest(raw, out, work, full_refresh, time_limit, repair))


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_task(documents: str, start: int, stop: int, work: str, time_limit: float | None) -> str:
    return pipeline.extract_batch(documents, start, stop, work, time_limit)


@task(name="validate-and-commit", retries=2, retry_delay_seconds=2, retry_condition_fn=retry_on_io_error,
      cache_policy=NO_CACHE)
def assemble_task(ingested: dict, extraction_paths: list[str], out: str, run_id: str, timings: dict,
                  started: float, url: str | None, dask: str | None = None, workers: int | None = None) -> dict:
    return pipeline.assemble(Ingested(**ingested), extraction_paths, out, run_id, timings, started, url, dask, workers)


def _publish(summary: dict, out: str) -> None:
    rows = [{"table": name, "rows": n} for name, n in summary["rows"].items()]
    create_table_artifact(key="newsfacts-tables", table=rows, description="Rows per table")
    reasons = summary["quarantine_by_reason"]
    state = "nothing changed, nothing written" if summary["unchanged"] else \
        f"{summary['extracted']} documents extracted, {summary['reused']} reused"
    lines = ["# newsfacts run", "", f"run `{summary['run_id']}`, extractor {summary['extractor_version']}: {state}", "",
             "| table | rows |", "|---|---:|", *[f"| {r['table']} | {r['rows']} |" for r in rows], ""]
    if reasons:
        lines += ["## Quarantine by reason", "", "| reason | rows |", "|---|---:|",
                  *[f"| {k} | {v} |" for k, v in sorted(reasons.items(), key=lambda kv: -kv[1])]]
    create_markdown_artifact(key="newsfacts-run-summary", markdown="\n".join(lines), description="newsfacts run summary")
    _publish_report(out)


def _publish_report(out: str) -> None:
    """Top actors and coverage from the committed tables, as a table and a markdown artifact."""
    try:
        rs = report_summary(out, validate=False)
    except FileNotFoundError:
        return
    top = [{"actor": a["name"], "type": a["actor_type"], "country": a["country"] or "", "documents": a["n_documents"],
            "mentions": a["n_mentions"], "quotes": a["n_quotes"]} for a in rs["top_actors"][:10]]
    create_table_artifact(key="newsfacts-top-actors", table=top, description="Top actors (by documents, mentions)")
    cov = rs["coverage"]
    n = cov["documents"] or 1
    lines = ["# newsfacts data quality", "", f"table set `{rs['version']}`; full report: `{Path(out) / 'report.html'}`",
             "", "| table | rows | new |", "|---|---:|---:|",
             *[f"| {t['table']} | {t['total']} | {t['new']} |" for t in rs["tables"]], "",
             "## Coverage", "", "| documents with | documents | share |", "|---|---:|---:|",
             *[f"| {label} | {cov[k]} | {100 * cov[k] / n:.0f}% |" for k, label in
               (("no_actor", "no actor"), ("no_event", "no event"), ("no_quote", "no quote"),
                ("nothing", "none of the three"))], "",
             "## Top actors", "", "| actor | type | documents | mentions | quotes |", "|---|---|---:|---:|---:|",
             *[f"| {a['actor']} | {a['type']} | {a['documents']} | {a['mentions']} | {a['quotes']} |" for a in top]]
    create_markdown_artifact(key="newsfacts-data-quality", markdown="\n".join(lines),
                             description="newsfacts data-quality summary")


@flow(name="newsfacts-extract", log_prints=False)
def extract_flow(todo: str, plan: list[tuple[int, int]], work: str, time_limit: float | None = None) -> list[str]:
    """The extraction batches (row ranges of `todo`), one task each, on the task runner this subflow was given."""
    futures = [extract_task.submit(todo, a, b, work, time_limit) for a, b in plan]
    return [f.result() for f in track(futures, "extract: batches")]


@flow(name="newsfacts", log_prints=False)
def newsfacts_flow(raw: str = "data/raw", out: str = "data/processed", batch_size: int = DEFAULT_BATCH_SIZE,
                   full_refresh: bool = False, max_quarantine_share: float | None = None,
                   lock_wait: float = 0.0, workers: int | None = None, dask: str | None = None,
                   doc_time_limit: float | None = pipeline.DOC_TIME_LIMIT_S) -> dict:
    """Turn the articles under `raw` into the contract's Parquet tables under `out`.

    `workers` and `dask` choose where the extraction batches run (see `task_runner`), and with `dask` the
    actors and events are resolved on that cluster too (`newsfacts.resolve.parallel`, the same tables); a document
    whose extraction takes more than `doc_time_limit` CPU seconds is quarantined. A missing
    or unwritable folder, another run on `out` or too much unreadable input ends the run Failed
    with that message.
    """
    try:
        summary = _run(raw, out, batch_size, full_refresh, max_quarantine_share, lock_wait, workers, dask,
                       doc_time_limit)
    except EXPECTED as e:
        return Failed(message=str(e))
    _publish(summary, out)
    return summary


def _run(raw: str, out: str, batch_size: int, full_refresh: bool, max_quarantine_share: float | None,
         lock_wait: float, workers: int | None, dask: str | None, time_limit: float | None) -> dict:
    logger = get_run_logger()
    run_id = str(flow_run.get_id() or uuid.uuid4())
    checks.raw_folder(raw)
    checks.apart(raw, out)
    checks.output_folder(out)
    started = time.perf_counter()
    with storage.locked(out, wait=lock_wait):
        restored, removed, damage = prepare_output(out)
        for line in restored + damage_lines(damage):
            logger.warning("%s", line)
        if removed:
            logger.warning("cleared what an interrupted run left: %s", ", ".join(removed))
        work = str(pipeline.work_dir(out, run_id))
        try:
            ingested = ingest_task(raw, out, work, full_refresh, time_limit, bool(damage))
            timings = {"ingest_s": time.perf_counter() - started}
            if ingested["n_documents"] + ingested["n_rejected"] == 0:
                logger.warning("no articles under %s: the tables are empty", raw)
            if ingested["unchanged"]:
                logger.info("inputs and extractor unchanged since the committed tables: nothing to do")
                summary = pipeline.unchanged_summary(Ingested(**ingested), out, run_id)
            else:
                logger.info("ingested %d documents (%d to extract), %d inputs quarantined",
                            ingested["n_documents"], ingested["n_todo"], ingested["n_rejected"])
                pipeline.check_quarantine_share(Ingested(**ingested), max_quarantine_share)
                paths = _extract(ingested["todo"], work, batch_size, workers, dask, time_limit)
                timings["extract_s"] = time.perf_counter() - started - timings["ingest_s"]
                summary = assemble_task(ingested, paths, out, run_id, timings, started, run_url(run_id), dask,
                                        workers)
        finally:
            pipeline.cleanup(out, run_id)
    summary.setdefault("timings", {**timings, "total_s": time.perf_counter() - started})
    logger.info("tables: %s (%.1f s)", ", ".join(f"{k}={v}" for k, v in summary["rows"].items()),
                summary["timings"]["total_s"])
    return summary


def _extract(todo: str, work: str, batch_size: int, workers: int | None, dask: str | None,
             time_limit: float | None) -> list[str]:
    """The extraction results of the to-do documents, in batches on the chosen task runner."""
    workers = workers or os.cpu_count() or 1
    plan = pipeline.plan_batches(todo, batch_size, workers)
    if not plan:
        return []
    if not dask:  # no more processes than batches
        workers = min(workers, len(plan))
    with shared_api():
        return extract_flow.with_options(task_runner=task_runner(workers, dask))(todo, plan, work, time_limit)


def serve(cron: str, name: str = "newsfacts-scheduled", **parameters) -> None:
    """Serve the flow as a deployment on the cron schedule, runs executed by this process (blocks)."""
    newsfacts_flow.serve(name=name, cron=cron, parameters=parameters)
