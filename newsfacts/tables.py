"""The contract's tables built from documents and per-document extractions."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

import pandas as pd
import pyarrow as pa

from newsfacts.ingest import Document, Rejection
from newsfacts.resolve import resolve_actors, stable_id
from newsfacts.resolve.events import event_groups, merge_confidence
from schemas import MODELS, arrow_schema


# Columns whose values differ between two runs over the same input (when, and which run).
VOLATILE_COLUMNS = frozenset({"ingested_at", "quarantined_at", "run_id"})


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """Rows as a DataFrame with exactly the table's Arrow-backed dtypes."""
    schema = arrow_schema(MODELS[table])
    cols = {f.name: [r.get(f.name) for r in rows] for f in schema}
    arrow = pa.table({f.name: pa.array(cols[f.name], type=f.type) for f in schema})
    return arrow.to_pandas(types_mapper=pd.ArrowDtype)


def document_rows(docs: Iterable[Document], ingested_at: dt.datetime) -> list[dict]:
    return [{"doc_id": d.doc_id, "source_path": d.source_path, "title": d.title, "published": d.published,
             "source": d.source, "url": d.url, "text": d.text, "text_sha256": d.text_sha256,
             "ingested_at": ingested_at} for d in docs]


def rejection_rows(rejections: Iterable[Rejection], run_id: str, at: dt.datetime) -> list[dict]:
    return [{"table": "input", "doc_id": r.doc_id, "source_path": r.source_path, "reason": r.reason,
             "detail": r.detail, "run_id": run_id, "quarantined_at": at} for r in rejections]


def build_tables(documents: pd.DataFrame, extractions: list[dict]) -> dict[str, pd.DataFrame]:
    """actors, actor_mentions, events, event_mentions and quotes from extraction results."""
    actors, id_of = resolve_actors(extractions)
    mention_rows, quote_rows, event_mention_rows = [], [], []
    for ex in extractions:
        doc_id = ex["doc_id"]
        seen = set()
        for a in ex["actors"]:
            actor_id = id_of[(doc_id, a["local_id"])]
            for m in a["mentions"]:
                key = (actor_id, m["start"], m["end"])
                if key not in seen:
                    seen.add(key)
                    mention_rows.append({"doc_id": doc_id, "actor_id": actor_id, "start": m["start"],
                                         "end": m["end"], "text": m["text"]})
        for q in ex["quotes"]:
            speaker = q["speaker_local_id"]
            quote_rows.append({
                "quote_id": stable_id("quo", doc_id, q["start"], q["end"]), "doc_id": doc_id, "text": q["text"],
                "start": q["start"], "end": q["end"], "speaker_text": q["speaker_text"], "cue": q["cue"],
                "speaker_actor_id": id_of[(doc_id, speaker)] if speaker is not None else None,
                "is_direct": q["is_direct"]})
        for e in ex["events"]:
            event_mention_rows.append({
                **e, "doc_id": doc_id, "actor1_id": id_of[(doc_id, e["actor1"])] if e["actor1"] is not None else None,
                "actor2_id": id_of[(doc_id, e["actor2"])] if e["actor2"] is not None else None})
    published = dict(zip(documents["doc_id"], documents["published"])) if len(documents) else {}
    events, mentions_out = _events(event_mention_rows, published, {a["actor_id"]: a["actor_type"] for a in actors})
    mention_rows.sort(key=lambda r: (r["doc_id"], r["start"], r["end"], r["actor_id"]))
    return {
        "actors": frame("actors", actors),
        "actor_mentions": frame("actor_mentions", mention_rows),
        "events": frame("events", events),
        "event_mentions": frame("event_mentions", mentions_out),
        "quotes": frame("quotes", sorted(quote_rows, key=lambda r: (r["doc_id"], r["start"]))),
    }


def _events(mentions: list[dict], published: dict, actor_types: dict | None = None
            ) -> tuple[list[dict], list[dict]]:
    """One event row per group of merged mentions, with its mentions pointing to it. The merge reads
    each mention's actor types (`actor_types`: actor_id -> actor_type)."""
    events, out = [], []
    published = {k: (None if v is None or pd.isna(v) else v) for k, v in published.items()}
    types = actor_types or {}
    mentions = [{**m, **{f"actor{r}_type": types.get(m[f"actor{r}_id"], m.get(f"actor{r}_type")) for r in (1, 2)}}
                for m in mentions]
    taken: set[str] = set()
    for group, evidence in event_groups(mentions, published):
        group.sort(key=lambda m: (m["doc_id"], m["start"]))
        event = _event_row(group, taken)
        taken.add(event["event_id"])
        events.append({**event, "confidence": merge_confidence(group, evidence),
                       "merge_evidence": "; ".join(sorted(evidence)) or None})
        for m in group:
            out.append({"event_id": event["event_id"], "doc_id": m["doc_id"], "trigger": m["trigger"],
                        "start": m["start"], "end": m["end"], "sentence": m["sentence"], "date_text": m["date_text"],
                        "trigger_lemma": m.get("lemma") or m["trigger"].lower(), "vocabulary": m.get("source") or "codebook"})
    events.sort(key=lambda e: e["event_id"])
    out.sort(key=lambda m: (m["doc_id"], m["start"]))
    return events, out


def _event_row(group: list[dict], taken: set[str]) -> dict:
    """The event a group of mentions reports: its commonest actors, its most precise date, its place.
    Its id comes from type, actors and date; where two events share these (two distinct acts of one
    kind on one day), the later one's id also names its first mention."""
    order = {"day": 0, "month": 1, "year": 2}
    first = group[0]
    actor1 = _most_common([m["actor1_id"] for m in group], first["actor1_id"])
    actor2 = _most_common([m["actor2_id"] for m in group if m["actor2_id"] not in (None, actor1)], None)
    if actor2 is None:
        actor2 = _most_common([m["actor1_id"] for m in group if m["actor1_id"] != actor1], None)
        if actor2 is not None and not any(m.get("symmetric") for m in group):
            actor2 = None
    dated = [m for m in group if m["event_date"]]
    best = min(dated, key=lambda m: (order[m["date_precision"]], m["event_date"])) if dated else None
    key = [first["event_type"], actor1, actor2, best["event_date"] if best else f"{first['doc_id']}@{first['start']}"]
    event_id = stable_id("evt", *key)
    while event_id in taken:
        key.append(f"{first['doc_id']}@{first['start']}")
        event_id = stable_id("evt", *key)
    locations = Counter(m["location"] for m in group if m["location"])
    return {"event_id": event_id, "event_type": first["event_type"], "actor1_id": actor1, "actor2_id": actor2,
            "event_date": dt.date.fromisoformat(best["event_date"]) if best else None,
            "date_precision": best["date_precision"] if best else None,
            "location": locations.most_common(1)[0][0] if locations else None,
            "n_documents": len({m["doc_id"] for m in group}), "n_mentions": len(group)}


def _most_common(values: list, default):
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return default
    return max(counts, key=lambda v: (counts[v], -values.index(v)))
