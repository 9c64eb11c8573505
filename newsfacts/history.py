"""A small history of the runs that committed a table set, beside the tables: `<out>/runs.jsonl`.

One JSON line per committed run (when, how long, rows per table, quarantine, the Prefect run's
page), the newest last, the last KEEP kept; the report shows the trend from it. Written by
the run holding the output's lock, replaced atomically.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

HISTORY = "runs.jsonl"
KEEP = 50


def record(summary: dict) -> dict:
    """The history line of a committed run's summary."""
    timings = summary.get("timings") or {}
    return {"run_id": summary["run_id"], "run_url": summary.get("run_url"), "version": summary["version"],
            "finished_at": summary["finished_at"], "seconds": round(timings.get("total_s", 0.0), 1),
            "extracted": summary["extracted"], "reused": summary["reused"], "rows": summary["rows"]}


def append(out: Path | str, summary: dict, keep: int = KEEP) -> Path:
    """Add a committed run to `<out>/runs.jsonl`, keeping the last `keep` runs."""
    path = Path(out) / HISTORY
    lines = [json.dumps(r, default=str) for r in recent(out, keep - 1)] + [json.dumps(record(summary), default=str)]
    tmp = path.with_name(f".{HISTORY}.{os.getpid()}.tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


def recent(out: Path | str, n: int = KEEP) -> list[dict]:
    """The last `n` committed runs, oldest first ([] before the first; a damaged line is skipped)."""
    path = Path(out) / HISTORY
    if not path.exists() or n <= 0:
        return []
    runs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            runs.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return runs[-n:]
