"""Cross-table checks of the contract: references between tables and offsets into the text."""
from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

# (child table, column, parent table, parent key, may be null)
REFERENCES = (
    ("actor_mentions", "doc_id", "documents", "doc_id", False),
    ("actor_mentions", "actor_id", "actors", "actor_id", False),
    ("events", "actor1_id", "actors", "actor_id", True),
    ("events", "actor2_id", "actors", "actor_id", True),
    ("event_mentions", "event_id", "events", "event_id", False),
    ("event_mentions", "doc_id", "documents", "doc_id", False),
    ("quotes", "doc_id", "documents", "doc_id", False),
    ("quotes", "speaker_actor_id", "actors", "actor_id", True),
    ("quotes", "speaks_for_actor_id", "actors", "actor_id", True),
)
# (table, column whose value must equal documents.text[start:end])
SPANS = (("actor_mentions", "text"), ("event_mentions", "trigger"), ("quotes", "text"))


def reference_failures(tables: Mapping[str, pd.DataFrame], table: str,
                       quarantined: Mapping[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """Rows of `table` that break a cross-table rule, as (index, check, failure_case, cascade).

    `quarantined`: rows already taken out of their tables. A row that refers to one of them
    fails as a consequence, not on its own: its check says so and `cascade` names the parent
    table (None for every other failure).
    """
    df = tables[table]
    out = []
    for child, col, parent, key, nullable in REFERENCES:
        if child != table or parent not in tables:
            continue
        values = df[col]
        known = set(tables[parent][key].dropna().tolist())
        gone = set(quarantined[parent][key].dropna().tolist()) if quarantined and parent in quarantined else set()
        bad = ~values.isin(known)
        if nullable:
            bad &= values.notna()
        for idx in df.index[bad.fillna(True).astype(bool)]:
            value = values.loc[idx]
            if value in gone:
                out.append((idx, f"{col} refers to a quarantined {parent} row", str(value), parent))
            else:
                out.append((idx, f"{col} references a missing {parent}.{key}", str(value), None))
    for child, col in SPANS:
        if child != table or "documents" not in tables:
            continue
        texts = dict(zip(tables["documents"]["doc_id"], tables["documents"]["text"]))
        for idx, doc_id, start, end, value in zip(df.index, df["doc_id"], df["start"], df["end"], df[col]):
            text = texts.get(doc_id)
            if text is None or pd.isna(start) or pd.isna(end) or text[int(start):int(end)] != value:
                out.append((idx, f"{col} is not documents.text[start:end]", f"{doc_id}[{start}:{end}]", None))
    return pd.DataFrame(out, columns=["index", "check", "failure_case", "cascade"])
