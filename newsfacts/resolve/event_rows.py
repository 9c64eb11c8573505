"""Event rows from merged event reports: each group's row with the id it claims, then the ids held.

A report is one event mention of a document with global actor ids: its `ref` is (doc_id, n), its n-th
event. A group's id comes from its type, actors and date; where two groups claim one id (two distinct
acts of one kind on one day), the one whose founding report comes first in the merge's order keeps it
and the others' ids also name their first mention (`hold_event_ids`).
"""
from __future__ import annotations

import datetime as dt
from collections import Counter

from newsfacts.resolve.events import _strength, event_groups, merge_confidence
from newsfacts.resolve.ids import stable_id

_ORDER = {"day": 0, "month": 1, "year": 2}


def event_claims(reports: list[dict], published: dict) -> list[tuple[list[tuple], dict]]:
    """(sorted refs, row) of each event the reports tell, the row's `event_id` the one it claims. Each report
    has a `ref` and what `events.event_groups` reads; the row keeps, for `hold_event_ids`, its founding
    report's place in the merge's order (`_order`), its id's parts (`_key`) and its first mention (`_first`)."""
    out = []
    for members, evidence in event_groups(reports, published):
        founder = members[0]
        group = sorted(members, key=lambda m: (m["doc_id"], m["start"]))
        row = _event_row(group)
        row.update(confidence=merge_confidence(group, evidence), merge_evidence="; ".join(sorted(evidence)) or None,
                   _order=(*_strength(founder), founder["ref"][1]), _first=f"{group[0]['doc_id']}@{group[0]['start']}")
        out.append((sorted(m["ref"] for m in members), row))
    return out


def hold_event_ids(groups: list[tuple[list[tuple], dict]]) -> list[tuple[list[tuple], dict]]:
    """The groups with the ids they hold: of groups that claim one id, the first in the merge's order keeps
    it, the others' ids also name their first mention. Every group that claims an id must be in `groups`."""
    taken: set[str] = set()
    out = []
    for refs, row in sorted(groups, key=lambda g: (g[1]["event_type"], g[1]["_order"])):
        key, row = list(row["_key"]), dict(row)
        while row["event_id"] in taken:
            key.append(row["_first"])
            row["event_id"] = stable_id("evt", *key)
        taken.add(row["event_id"])
        out.append((refs, row))
    return out


def _event_row(group: list[dict]) -> dict:
    """The event a group of reports tells (sorted by document and place): its commonest actors, its most
    precise date, its place, and the id its type, actors and date give."""
    first = group[0]
    actor1 = _most_common([m["actor1_id"] for m in group], first["actor1_id"])
    actor2 = _most_common([m["actor2_id"] for m in group if m["actor2_id"] not in (None, actor1)], None)
    if actor2 is None:
        actor2 = _most_common([m["actor1_id"] for m in group if m["actor1_id"] != actor1], None)
        if actor2 is not None and not any(m.get("symmetric") for m in group):
            actor2 = None
    dated = [m for m in group if m["event_date"]]
    best = min(dated, key=lambda m: (_ORDER[m["date_precision"]], m["event_date"])) if dated else None
    key = [first["event_type"], actor1, actor2, best["event_date"] if best else f"{first['doc_id']}@{first['start']}"]
    locations = Counter(m["location"] for m in group if m["location"])
    return {"event_id": stable_id("evt", *key), "event_type": first["event_type"], "actor1_id": actor1,
            "actor2_id": actor2, "event_date": dt.date.fromisoformat(best["event_date"]) if best else None,
            "date_precision": best["date_precision"] if best else None,
            "location": locations.most_common(1)[0][0] if locations else None,
            "n_documents": len({m["doc_id"] for m in group}), "n_mentions": len(group), "_key": tuple(key)}


def _most_common(values: list, default):
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return default
    return max(counts, key=lambda v: (counts[v], -values.index(v)))


def mention_row(report: dict, event_id: str) -> dict:
    """The event_mentions row of a report of event `event_id`."""
    m = report
    return {"event_id": event_id, "doc_id": m["doc_id"], "trigger": m["trigger"], "start": m["start"], "end": m["end"],
            "sentence": m["sentence"], "date_text": m["date_text"],
            "trigger_lemma": m.get("lemma") or m["trigger"].lower(), "vocabulary": m.get("source") or "codebook"}


def mention_order(m: dict) -> tuple:
    """The order of event_mentions rows: by document and place, one event after another at one place."""
    return m["doc_id"], m["start"], m["end"], m["event_id"]


def event_tables(reports: list[dict], published: dict) -> tuple[list[dict], list[dict]]:
    """The events and event_mentions rows of all reports (each with its actors' types, `actor1_type` and
    `actor2_type`: COUNTRY and GROUP stand for many)."""
    held = hold_event_ids(event_claims(reports, published))
    by_ref = {m["ref"]: m for m in reports}
    events = sorted(({k: v for k, v in row.items() if not k.startswith("_")} for _, row in held),
                    key=lambda e: e["event_id"])
    mentions = sorted((mention_row(by_ref[r], row["event_id"]) for refs, row in held for r in refs), key=mention_order)
    return events, mentions
