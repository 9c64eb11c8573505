"""What re-resolving only the components new articles touch costs, against resolving everything again.

    python benchmarks/eval_sets.py corpus              # once: the 5,000-article corpus extracted
    python benchmarks/incremental_resolution.py [--sizes 20000 50000] [--add 100] [--result FILE]

For each size N, the synthetic corpus of `scale.py` (clones of the real corpus's extraction results with
new ids, shifted dates and varied names), in memory, without files: `newsfacts.resolve.incremental.Resolution`
takes the clones one at a time (5,000 articles each), then `--add` new articles (the first articles of a
clone beyond the corpus); the same articles are then resolved at once (`tables.build_tables`) and both
results compared row for row (actors, events, event_mentions). Measured: the add's time, the full resolve's
time, the largest components, the process's peak memory. Results to `benchmarks/results/incremental_resolution.json`.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import sys
import time
from pathlib import Path

import pyarrow as pa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
RESULT = ROOT / "benchmarks" / "results" / "incremental_resolution.json"


def _published(record: dict) -> dt.date | None:
    return dt.date.fromisoformat(record["published"][:10]) if record.get("published") else None


def measure(n: int, add: int, docs: list[dict], results: dict[str, dict]) -> dict:
    from scale import clone

    from newsfacts.resolve.incremental import Resolution
    from newsfacts.tables import build_tables, frame

    resolution, everything, published = Resolution(), [], {}
    started = time.perf_counter()
    per = len(docs)
    for c in range((n + per - 1) // per):
        batch = []
        for doc in docs[: min(per, n - c * per)]:
            record, result = clone(doc, results[doc["doc_id"]], c)
            published[result["doc_id"]] = _published(record)
            batch.append(result)
        resolution.update(batch, published)
        everything += batch
    built = time.perf_counter() - started
    c = (n + per - 1) // per  # the next clone: new ids, names varied as a clone's are
    new = []
    for doc in docs[:add]:
        record, result = clone(doc, results[doc["doc_id"]], c)
        published[result["doc_id"]] = _published(record)
        new.append(result)
    t = time.perf_counter()
    resolution.update(new, published)
    add_s = time.perf_counter() - t
    everything += new
    documents = frame("documents", [{"doc_id": d, "published": published[d], "text": "", "source_path": d,
                                     "text_sha256": d, "ingested_at": dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)}
                                    for d in (r["doc_id"] for r in everything)])
    t = time.perf_counter()
    full = build_tables(documents, everything)
    full_s = time.perf_counter() - t
    same = {table: pa.Table.from_pandas(frame(table, rows)).equals(pa.Table.from_pandas(full[table]))
            for table, rows in (("actors", resolution.actors.result_rows()),
                                ("events", resolution.events.result_rows()),
                                ("event_mentions", resolution.events.mention_rows()))}
    return {"stored": n, "added": add, "build_by_clone_s": round(built, 1), "add_s": round(add_s, 2),
            "full_build_tables_s": round(full_s, 1), "equal_to_full": same,
            "local_actors": len(resolution.actors.items), "actors": len(resolution.actors.rows),
            "reports": len(resolution.events.items), "events": len(resolution.events.rows),
            "largest_actor_component": max(map(len, resolution.actors.component_refs.values())),
            "largest_event_component": max(map(len, resolution.events.component_refs.values())),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}


def main(argv: list[str] | None = None) -> int:
    from scale import BASE, base_corpus

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[20_000, 50_000])
    ap.add_argument("--add", type=int, default=100)
    ap.add_argument("--result", type=Path, default=RESULT)
    a = ap.parse_args(argv)
    docs, results = base_corpus(BASE)
    out = {"base_articles": len(docs), "measured": dt.date.today().isoformat(), "sizes": {}}
    for n in a.sizes:  # each size in this process: peak memory is of the largest so far
        out["sizes"][str(n)] = measure(n, a.add, docs, results)
        print(json.dumps({n: out["sizes"][str(n)]}), flush=True)
    a.result.parent.mkdir(parents=True, exist_ok=True)
    a.result.write_text(json.dumps(out, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
