"""The newsfacts flow: ingest, extraction in document batches, validation and writing.

Tasks pass file paths, never DataFrames; one task per batch of documents. Only I/O errors
are retried: a bug or bad data fails fast instead of running three times.
"""
from __future__ import annotations

import uuid
from dataclasses import asdict
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from newsfacts import pipeline
from newsfacts.pipeline import Ingested

DEFAULT_BATCH_SIZE = 200


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
def ingest_task(raw: str, work: str) -> dict:
    return asdict(pipeline.ingest(raw, work))


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_task(documents: str, start: int, stop: int, work: str) -> str:
    return pipeline.extract_batch(documents, start, stop, work)


@task(name="validate-and-write", retries=2, retry_delay_seconds=2, retry_condition_fn=retry_on_io_error,
      cache_policy=NO_CACHE)
def assemble_task(ingested: dict, extraction_paths: list[str], out: str, run_id: str) -> dict:
    return pipeline.assemble(Ingested(**ingested), extraction_paths, out, run_id)


def _publish(summary: dict) -> None:
    rows = [{"table": name, "rows": n} for name, n in summary["rows"].items()]
    create_table_artifact(key="newsfacts-tables", table=rows, description="Rows written per table")
    reasons = summary["quarantine_by_reason"]
    lines = ["# newsfacts run", "", f"run `{summary['run_id']}`, pipeline {summary['pipeline_version']}", "",
             "| table | rows |", "|---|---:|", *[f"| {r['table']} | {r['rows']} |" for r in rows], ""]
    if reasons:
        lines += ["## Quarantine by reason", "", "| reason | rows |", "|---|---:|",
                  *[f"| {k} | {v} |" for k, v in sorted(reasons.items(), key=lambda kv: -kv[1])]]
    create_markdown_artifact(key="newsfacts-run-summary", markdown="\n".join(lines), description="newsfacts run summary")


@flow(name="newsfacts", log_prints=False)
def newsfacts_flow(raw: str = "data/raw", out: str = "data/processed", batch_size: int = DEFAULT_BATCH_SIZE) -> dict:
    """Turn the articles under `raw` into the contract's Parquet tables under `out`."""
    logger = get_run_logger()
    run_id = str(flow_run.get_id() or uuid.uuid4())
    Path(out).mkdir(parents=True, exist_ok=True)
    work = str(pipeline.work_dir(out, run_id))
    try:
        ingested = ingest_task(raw, work)
        logger.info("ingested %d documents, %d inputs quarantined", ingested["n_documents"], ingested["n_rejected"])
        paths = [extract_task(ingested["documents"], a, b, work)
                 for a, b in pipeline.batches(ingested["n_documents"], batch_size)]
        summary = assemble_task(ingested, paths, out, run_id)
    finally:
        pipeline.cleanup(out, run_id)
    logger.info("wrote %s", ", ".join(f"{k}={v}" for k, v in summary["rows"].items()))
    _publish(summary)
    return summary
