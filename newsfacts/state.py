"""The committed set's state as a run reads it, trusting only what its checksums vouch for.

    <version>/_state/manifest.parquet      the input files the set was built from
    <version>/_state/extractions.parquet   every document's extraction result (the cache)

A state file that is damaged (its checksum differs, its footer does not read) is done without:
the manifest then no longer says "unchanged", the cache no longer saves an extraction. One
that passes its checks and still does not read stops the run with the flag that repairs it.
Before a run, `prepare_output` restores links, clears what interrupted runs left and says
what is damaged.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from newsfacts.checksums import sound
from newsfacts.storage import (STATE, VERSIONS, DamagedOutput, current_version, inspect, recover, restore,
                               table_part)

MANIFEST, CACHE = "manifest.parquet", "extractions.parquet"
CACHE_KEYS = ["doc_id", "text_sha256", "extractor_version", "timeout_s"]


def prepare_output(out: Path | str) -> tuple[list[str], list[str], list[str]]:
    """Before a run, holding the lock: what was restored (links put back), what interrupted runs left and was
    removed, and what is damaged in the committed set (the run rebuilds it: `ingest(repair=True)`)."""
    restored = restore(out)
    return restored, recover(out), inspect(out)


def damage_lines(damage: list[str], shown: int = 3) -> list[str]:
    """The warning a run gives about a damaged committed set it rebuilds ([] when sound)."""
    if not damage:
        return []
    more = f" and {len(damage) - shown} more" if len(damage) > shown else ""
    return [f"the committed tables are damaged ({'; '.join(damage[:shown])}{more}): rebuilding them, "
            f"from the extraction cache where it holds"]


def read_state(out: Path | str, name: str, columns: list[str] | None = None) -> pd.DataFrame | None:
    """A state file of the committed set; None when there is none or it is damaged. `columns` it lacks (a cache
    written before they were added) are left out."""
    version = current_version(out)
    return read_sound(version, f"{STATE}/{name}", columns) if version else None


def read_sound_table(version: Path, name: str, columns: list[str] | None = None) -> pd.DataFrame | None:
    """A table of a set (its Parquet part) when it is sound, as `read_sound`."""
    return read_sound(version, table_part(version, name).relative_to(version).as_posix(), columns)


def read_sound(version: Path, rel: str, columns: list[str] | None = None) -> pd.DataFrame | None:
    """A Parquet file of a set when it is sound (None otherwise); DamagedOutput if it is, yet does not read."""
    if not sound(version, rel):
        return None
    try:
        if columns is not None:
            names = pq.read_schema(version / rel).names
            columns = [c for c in columns if c in names]
        return pq.read_table(version / rel, columns=columns).to_pandas()
    except Exception as e:  # sound by its checksum (or a set without checksums) yet unreadable
        raise DamagedOutput(f"cannot read {rel} of the committed tables ({type(e).__name__}: {str(e)[:120]}); "
                            f"run again with --full-refresh to rebuild them from the input") from None


def committed_documents(out: Path | str) -> pd.DataFrame | None:
    """doc_id, text_sha256 and ingested_at of the documents of the newest kept set whose documents are sound
    (the current one unless it is damaged): a document keeps the time it was first ingested."""
    root, current = Path(out) / VERSIONS, current_version(out)
    if current is None or not root.is_dir():
        return None
    for version in sorted((p for p in root.iterdir() if p.is_dir() and p.name <= current.name), reverse=True):
        docs = read_sound_table(version, "documents", ["doc_id", "text_sha256", "ingested_at"])
        if docs is not None:
            return docs
    return None


def cached_keys(out: Path | str, extractor: str, time_limit: float | None, retry: bool = False
                ) -> set[tuple[str, str]]:
    """(doc_id, text_sha256) of the cached results of `extractor` that hold: a document that ran out of time
    holds unless this run's `time_limit` is longer. `retry`: those that do not, instead."""
    cache = read_state(out, CACHE, CACHE_KEYS)
    if cache is None:
        return set()
    cache = cache[cache["extractor_version"] == extractor]
    limits = cache["timeout_s"] if "timeout_s" in cache else pd.Series([None] * len(cache), index=cache.index)
    stale = limits.notna() & ((time_limit is None) | (limits < (time_limit or 0)))
    ok = cache[stale if retry else ~stale]
    return set(zip(ok["doc_id"], ok["text_sha256"]))


def cached_results(out: Path | str, extractor: str, wanted: dict[str, str]) -> dict[str, str]:
    """The cached result (JSON text) of each wanted document (doc_id -> text_sha256) extracted by `extractor`."""
    cache = read_state(out, CACHE)
    if cache is None:
        return {}
    return {d: r for d, s, v, r in zip(cache["doc_id"], cache["text_sha256"], cache["extractor_version"],
                                       cache["result"]) if wanted.get(d) == s and v == extractor}


def cache_table(documents: pd.DataFrame, results: list[dict], texts: list[str], extractor: str) -> pa.Table:
    """The extraction cache: every document's result as its JSON text; `timeout_s` the limit a document ran out of."""
    return pa.table({
        "doc_id": pa.array(documents["doc_id"].tolist(), pa.string()),
        "text_sha256": pa.array(documents["text_sha256"].tolist(), pa.string()),
        "extractor_version": pa.array([extractor] * len(results), pa.string()),
        "result": pa.array(texts, pa.string()),
        "timeout_s": pa.array([r.get("timeout_s") for r in results], pa.float64()),
    })
