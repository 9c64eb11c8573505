"""The contract's tables built from documents and per-document extractions."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pandas as pd
import pyarrow as pa

from newsfacts.ingest import Document, Rejection
from newsfacts.resolve import resolve_actors, stable_id
from newsfacts.resolve.components import Mapper
from newsfacts.resolve.event_rows import event_tables
from newsfacts.resolve.incremental import Resolution
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


def build_tables(documents: pd.DataFrame, extractions: list[dict], mapper: Mapper | None = None
                 ) -> dict[str, pd.DataFrame]:
    """actors, actor_mentions, events, event_mentions and quotes from extraction results. With a `mapper`
    (`newsfacts.resolve.parallel`), actors and events are resolved by components, batches of them on its workers:
    the same tables, ids included (`newsfacts.resolve.components`)."""
    published = published_dates(dict(zip(documents["doc_id"], documents["published"])) if len(documents) else {})
    resolution = None
    if mapper is not None:
        resolution = Resolution(mapper=mapper)
        resolution.update(extractions, published)
        actors, id_of = resolution.actors.result_rows(), resolution.actors.id_of()
    else:
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
            speaker, speaks_for = q["speaker_local_id"], q.get("speaks_for_local_id")
            quote_rows.append({
                "quote_id": stable_id("quo", doc_id, q["start"], q["end"]), "doc_id": doc_id, "text": q["text"],
                "start": q["start"], "end": q["end"], "speaker_text": q["speaker_text"], "cue": q["cue"],
                "speaker_actor_id": id_of[(doc_id, speaker)] if speaker is not None else None,
                "is_direct": q["is_direct"],
                "speaks_for_actor_id": id_of[(doc_id, speaks_for)] if speaks_for is not None else None})
        for n, e in enumerate(ex["events"] if resolution is None else ()):  # the resolution has its own
            event_mention_rows.append({
                **e, "doc_id": doc_id, "ref": (doc_id, n), "actor1_id": id_of[(doc_id, e["actor1"])] if e["actor1"] is not None else None,
                "actor2_id": id_of[(doc_id, e["actor2"])] if e["actor2"] is not None else None})
    if resolution is not None:
        events, mentions_out = resolution.events.result_rows(), resolution.events.mention_rows()
    else:
        events, mentions_out = event_tables(with_actor_types(event_mention_rows, actors), published)
    mention_rows.sort(key=lambda r: (r["doc_id"], r["start"], r["end"], r["actor_id"]))
    return {
        "actors": frame("actors", actors),
        "actor_mentions": frame("actor_mentions", mention_rows),
        "events": frame("events", events),
        "event_mentions": frame("event_mentions", mentions_out),
        "quotes": frame("quotes", sorted(quote_rows, key=lambda r: (r["doc_id"], r["start"]))),
    }


def published_dates(published: dict) -> dict:
    """doc_id -> publication date, None where there is none."""
    return {k: (None if v is None or pd.isna(v) else v) for k, v in published.items()}


def with_actor_types(reports: list[dict], actors: list[dict]) -> list[dict]:
    """Event reports with their actors' types and names (the merge reads them: COUNTRY and GROUP stand for many; a
    person named by surname only may be one named in full)."""
    types = {a["actor_id"]: a["actor_type"] for a in actors}
    names = {a["actor_id"]: a["name"] for a in actors}
    return [{**m, **{f"actor{r}_type": types.get(m[f"actor{r}_id"], m.get(f"actor{r}_type")) for r in (1, 2)},
             **{f"actor{r}_name": names.get(m[f"actor{r}_id"], m.get(f"actor{r}_name")) for r in (1, 2)}}
            for m in reports]
