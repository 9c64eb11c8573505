"""What the shared scorer gives a perfect prediction: the gold itself, written as output tables.

    python benchmarks/scorer_ceiling.py [--seeds 50]

The scorer pairs gold and predicted events by a maximum matching over "same type and one
actor in common", iterating predicted events in hash order, so pairings can swap between
events that share an actor. Figures that depend on the pairing (event_date_acc,
cross_doc_event_merge) then vary with PYTHONHASHSEED even for output equal to the gold.
This script writes the gold as tables (one actor id per gold name across documents, one
event id per gold event key) and scores them under many hash seeds.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.dev_score import GOLD, scorer_command  # noqa: E402
from newsfacts.resolve import stable_id  # noqa: E402
from newsfacts.storage import write_table  # noqa: E402
from newsfacts.tables import frame  # noqa: E402


def gold_tables(gold: list[dict]) -> dict[str, list[dict]]:
    at = dt.datetime.now(dt.timezone.utc)
    rows = {k: [] for k in ("documents", "actors", "actor_mentions", "events", "event_mentions", "quotes",
                            "quarantine")}
    actors: dict[str, dict] = {}
    events: dict[str, dict] = {}
    for d in gold:
        text = "x" * 10
        rows["documents"].append({"doc_id": d["doc_id"], "source_path": d["doc_id"], "text": text,
                                  "text_sha256": "0" * 64, "ingested_at": at})
        for a in d["actors"]:
            aid = stable_id("act", a["name"])
            row = actors.setdefault(aid, {"actor_id": aid, "name": a["name"], "actor_type": a["type"],
                                          "aliases": [], "country": a.get("country"), "n_documents": 0,
                                          "n_mentions": 0})
            row["aliases"] = sorted(set(row["aliases"]) | set(a.get("aliases", [])))
            row["n_documents"] += 1
            row["n_mentions"] += 1
            rows["actor_mentions"].append({"doc_id": d["doc_id"], "actor_id": aid, "start": 0, "end": 1,
                                           "text": a["name"]})
        for i, q in enumerate(d["quotes"]):
            rows["quotes"].append({"quote_id": f"q{d['doc_id']}{i}", "doc_id": d["doc_id"], "text": q["text"],
                                   "start": 0, "end": 1, "is_direct": True,
                                   "speaker_actor_id": stable_id("act", q["speaker"]) if q.get("speaker") else None})
        for e in d["events"]:
            key = (e["type"], e.get("actor1"), e.get("actor2"), e.get("date"))
            eid = stable_id("evt", *key)
            date, precision = None, None
            if e.get("date"):
                parts = e["date"].split("-")
                precision = {1: "year", 2: "month", 3: "day"}[len(parts)]
                date = dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
            ev = events.setdefault(eid, {"event_id": eid, "event_type": e["type"],
                                         "actor1_id": stable_id("act", e["actor1"]),
                                         "actor2_id": stable_id("act", e["actor2"]) if e.get("actor2") else None,
                                         "event_date": date, "date_precision": precision, "n_documents": 0,
                                         "n_mentions": 0, "confidence": 1.0})
            ev["n_documents"] += 1
            ev["n_mentions"] += 1
            rows["event_mentions"].append({"event_id": eid, "doc_id": d["doc_id"], "trigger": e["trigger"],
                                           "start": 0, "end": 1, "sentence": e["evidence"]})
    rows["actors"] = list(actors.values())
    rows["events"] = list(events.values())
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=int, default=50)
    a = ap.parse_args(argv)
    gold = [json.loads(line) for g in GOLD for line in g.open(encoding="utf-8") if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        for name, rows in gold_tables(gold).items():
            write_table(tmp, name, frame(name, rows))
        figures: dict[str, list[float]] = {}
        for seed in range(a.seeds):
            out = subprocess.run(scorer_command(Path(tmp), "--json"), capture_output=True, text=True, check=True,
                                 env={**os.environ, "PYTHONHASHSEED": str(seed)})
            r = json.loads(out.stdout[: out.stdout.rindex("}") + 1])
            for k in ("events_f1", "event_date_acc", "cross_doc_event_merge", "actors_f1", "quotes_f1"):
                figures.setdefault(k, []).append(r[k])
    for k, v in figures.items():
        print(f"{k:24} min {min(v):.3f}  mean {statistics.mean(v):.3f}  max {max(v):.3f}  over {len(v)} hash seeds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
