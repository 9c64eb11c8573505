"""Parquet I/O behind one seam: each table a dataset folder `<out>/<table>/`, written atomically.

A table's data is one file, `part-0.parquet`, written under a hidden temporary name and moved
into place with an atomic rename, so a reader sees the previous complete table or the new one.
"""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from schemas import MODELS, SCHEMA_VERSION, arrow_schema

PART = "part-0.parquet"


def write_table(out: Path | str, table: str, df: pd.DataFrame) -> Path:
    """Write one table with its explicit Arrow schema, zstd-compressed, atomically."""
    folder = Path(out) / table
    folder.mkdir(parents=True, exist_ok=True)
    schema = arrow_schema(MODELS[table])
    arrow = pa.Table.from_pandas(df[schema.names], schema=schema, preserve_index=False)
    tmp = folder / f".{PART}.{os.getpid()}.tmp"
    pq.write_table(arrow, tmp, compression="zstd", coerce_timestamps="us", allow_truncated_timestamps=False)
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    target = folder / PART
    os.replace(tmp, target)
    for stale in folder.glob("*.parquet"):  # files of an older layout would be read as part of the table
        if stale.name != PART:
            stale.unlink()
    _fsync_dir(folder)
    return target


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_table(out: Path | str, table: str) -> pd.DataFrame:
    """A table as written, with Arrow-backed dtypes; FileNotFoundError when it is not there."""
    folder = Path(out) / table
    if not folder.is_dir():
        raise FileNotFoundError(f"no table {table!r} under {out}")
    arrow = ds.dataset(folder, format="parquet", schema=arrow_schema(MODELS[table])).to_table()
    return arrow.to_pandas(types_mapper=pd.ArrowDtype)


def schema_version(out: Path | str, table: str) -> str | None:
    meta = pq.read_schema(Path(out) / table / PART).metadata or {}
    value = meta.get(b"newsfacts.schema_version")
    return value.decode() if value else None


__all__ = ["PART", "SCHEMA_VERSION", "read_table", "schema_version", "write_table"]
