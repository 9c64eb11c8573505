"""Parquet I/O behind one seam: every table set written as a whole version, committed atomically.

Layout of an output folder:

    <out>/.versions/<version>/<table>/part-<version>.parquet   one complete set of tables per version
    <out>/.versions/<version>/_state/             manifest, extraction cache, checksums of that set
    <out>/current -> .versions/<version>           the committed set (a symlink)
    <out>/<table> -> current/<table>               what readers open (the contract's folders)

A run stages a new version folder, records every file's checksum (`checksums`), then swaps
the `current` symlink with one atomic rename, so a reader sees the previous complete set or
the new one, never a mix. A table's file is named after its set, so that a path a reader
listed through the links before a swap never leads to the next set's file (it reads the file
it listed, or fails plainly when it opens the path again after the swap). A crash before the
swap leaves a stray version folder, which the next run removes (`recover`). A `current` or
table link removed by hand is put back to the last sound committed set (`restore`), never
taken for a reason to delete sets. Sets replaced by a newer one are kept while a reader may
still be reading them (the last KEEP, and any replaced less than RETAIN_S seconds ago). A
lock file keeps two runs from writing the same output at once.
"""
from __future__ import annotations

import os
import shutil
import time
import uuid
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from newsfacts.checksums import SUMS, read_sums, verify, write_sums
from newsfacts.lock import OutputLocked, locked
from schemas import MODELS, SCHEMA_VERSION, arrow_schema

VERSIONS = ".versions"
CURRENT = "current"
STATE = "_state"
WORK = ".work"  # runs' intermediate files, `<out>/.work/<run_id>/` (see pipeline.work_dir)
KEEP = 2  # committed sets always kept: the current one and the one before
# Seconds a replaced set is kept for readers that resolved `current` before it moved (env NEWSFACTS_RETAIN_SECONDS).
RETAIN_S = float(os.environ.get("NEWSFACTS_RETAIN_SECONDS", 600))


class DamagedOutput(RuntimeError):
    """The output folder is damaged in a way a run does not repair by itself; the message says what to do."""


# ------------------------------------------------------------------ files
def write_parquet(path: Path, table: pa.Table) -> Path:
    """One Parquet file, zstd, written under a temporary name, synced and renamed into place.

    Without pandas' own metadata: it names the writer's dtypes ("list<item: string>[pyarrow]"),
    which other pandas versions cannot rebuild, and every reader (pandas included) does better
    from the Arrow schema alone.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    meta = {k: v for k, v in (table.schema.metadata or {}).items() if k != b"pandas"}
    table = table.replace_schema_metadata(meta or None)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp, compression="zstd", coerce_timestamps="us", allow_truncated_timestamps=False)
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return path


def to_arrow(table: str, df: pd.DataFrame) -> pa.Table:
    schema = arrow_schema(MODELS[table])
    return pa.Table.from_pandas(df[schema.names], schema=schema, preserve_index=False)


def part_name(folder: Path | str) -> str:
    """The name of a table's file in the set `folder`: `part-<set>.parquet`, its own to the set."""
    return f"part-{Path(folder).name}.parquet"


def table_part(folder: Path | str, table: str) -> Path:
    """The Parquet file of `table` in a set (or through the links of an output folder); the name it should have
    when there is none."""
    files = sorted((Path(folder) / table).glob("*.parquet"))
    return files[0] if files else Path(folder) / table / part_name(folder)


def write_table(folder: Path | str, table: str, df: pd.DataFrame) -> Path:
    """Write one table with its explicit Arrow schema as `<folder>/<table>/part-<folder name>.parquet`."""
    return write_parquet(Path(folder) / table / part_name(folder), to_arrow(table, df))


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ------------------------------------------------------------------ versions
def current_version(out: Path | str) -> Path | None:
    """The committed version folder, or None before the first commit."""
    link = Path(out) / CURRENT
    if not link.is_symlink():
        return None
    target = Path(out) / os.readlink(link)
    return target if target.is_dir() else None


def new_version(out: Path | str) -> Path:
    """A fresh, empty version folder to stage a table set in (sortable by time)."""
    ns = time.time_ns()
    name = time.strftime("%Y%m%dT%H%M%S", time.gmtime(ns // 10**9)) + f".{ns % 10**9:09d}-{uuid.uuid4().hex[:6]}"
    path = Path(out) / VERSIONS / name
    path.mkdir(parents=True)
    return path


def commit(out: Path | str, version: Path, keep: int = KEEP, retain_s: float | None = None) -> None:
    """Record the checksums of `version` and make it the current set with one atomic rename; older sets go
    once they are neither among the `keep` newest nor replaced less than `retain_s` seconds ago."""
    out = Path(out)
    write_sums(version)
    for sub in [p for p in version.rglob("*") if p.is_dir()] + [version]:
        _fsync_dir(sub)
    tmp_link = out / f".{CURRENT}.{uuid.uuid4().hex[:8]}"
    os.symlink(os.path.relpath(version, out), tmp_link)
    os.replace(tmp_link, out / CURRENT)  # the moment the new set becomes visible
    _fsync_dir(out)
    for table in MODELS:
        _ensure_table_link(out, table)
    _prune(out, keep, RETAIN_S if retain_s is None else retain_s)


def _ensure_table_link(out: Path, table: str) -> bool:
    """Make `<out>/<table>` the link into `current`; True when it had to be made or mended."""
    link = out / table
    want = os.path.join(CURRENT, table)
    if link.is_symlink() and os.readlink(link) == want:
        return False
    if link.exists() and not link.is_symlink():  # a folder from the old one-table-at-a-time layout
        shutil.rmtree(link)
    _link(want, link)
    return True


def _link(target: str, link: Path) -> None:
    """Point `link` at `target` with one atomic rename (a reader sees the old link or the new one)."""
    tmp = link.with_name(f".{link.name}.{uuid.uuid4().hex[:8]}")
    os.symlink(target, tmp)
    os.replace(tmp, link)


def _committed_at(version: Path) -> float:
    """When a set was committed: its checksums were written just before (its folder's time for an older set)."""
    try:
        return (version / SUMS).stat().st_mtime
    except OSError:
        return version.stat().st_mtime


def _prune(out: Path, keep: int, retain_s: float) -> None:
    """Remove committed sets older than the `keep` newest that were replaced more than `retain_s` seconds ago
    (a set is replaced when the next one is committed)."""
    current = current_version(out)
    if current is None:
        return
    versions = sorted((p for p in (out / VERSIONS).iterdir() if p.is_dir()), key=lambda p: p.name)
    committed = [p for p in versions if p.name <= current.name]
    now = time.time()
    for old, successor in zip(committed[:-max(keep, 1)], committed[1:]):
        if now - _committed_at(successor) >= retain_s:
            shutil.rmtree(old, ignore_errors=True)


def restore(out: Path | str) -> list[str]:
    """Put back what readers and runs go through when it was removed or broken by hand, never deleting a set.

    `current` missing, or leading to no set: pointed at the newest set whose checksums hold.
    A table link missing or wrong: made again. Call it holding the lock; returns what was done,
    one line each. DamagedOutput when `current` is something else than a link (a folder or a
    file put there): that is not for a run to remove.
    """
    out = Path(out)
    done: list[str] = []
    link = out / CURRENT
    if link.exists() and not link.is_symlink():
        raise DamagedOutput(f"{link} is a {'folder' if link.is_dir() else 'file'}, not the link to the committed "
                            f"tables; move it away and run again")
    if current_version(out) is None:
        sound = _last_sound_set(out)
        if sound is not None:
            _link(os.path.relpath(sound, out), link)
            _fsync_dir(out)
            done.append(f"restored {CURRENT} -> {VERSIONS}/{sound.name} (the last sound committed set)")
    if current_version(out) is not None:
        done += [f"restored the link {t} -> {CURRENT}/{t}" for t in MODELS if _ensure_table_link(out, t)]
    return done


def _last_sound_set(out: Path) -> Path | None:
    """The newest set with every table whose checksums hold (of sets older than checksums: whose files read)."""
    root = out / VERSIONS
    if not root.is_dir():
        return None
    sets = sorted((p for p in root.iterdir() if p.is_dir()), key=lambda p: p.name, reverse=True)
    complete = [p for p in sets if all(table_part(p, t).is_file() for t in MODELS)]
    summed = [p for p in complete if read_sums(p) is not None]
    for version in summed or complete:  # sets with checksums first: one without may be a staged, torn one
        if not verify(version):
            return version
    return None


def inspect(out: Path | str) -> list[str]:
    """What is wrong with the committed set (see checksums.verify), [] when it is sound or there is none."""
    current = current_version(out)
    return verify(current) if current is not None else []


def recover(out: Path | str) -> list[str]:
    """Remove what interrupted runs left: staged versions never committed, temporary links.

    Call it holding the lock, after `restore` (without a committed set, nothing is taken for
    a stray). Returns the names removed.
    """
    out = Path(out)
    removed = []
    current = current_version(out)
    root = out / VERSIONS
    if root.is_dir() and current is not None:
        for p in root.iterdir():
            if p.is_dir() and p.name > current.name:
                shutil.rmtree(p, ignore_errors=True)
                removed.append(p.name)
    for p in out.glob(".*.*"):
        if p.is_symlink() or p.name.endswith(".tmp"):
            p.unlink(missing_ok=True)
            removed.append(p.name)
    work = out / WORK
    if work.is_dir():  # the lock is held: no run is using these; a killed run never removed its own
        for p in work.iterdir():
            shutil.rmtree(p, ignore_errors=True)
            removed.append(f"{WORK}/{p.name}")
    return removed


# ------------------------------------------------------------------ reading
def read_table(out: Path | str, table: str) -> pd.DataFrame:
    """A committed table, with Arrow-backed dtypes; FileNotFoundError when it is not there."""
    folder = Path(out) / table
    if not folder.is_dir():
        raise FileNotFoundError(f"no table {table!r} under {out}")
    arrow = ds.dataset(folder, format="parquet", schema=arrow_schema(MODELS[table])).to_table()
    return arrow.to_pandas(types_mapper=pd.ArrowDtype)


def table_files(out: Path | str, table: str) -> list[Path]:
    """The Parquet files of a committed table; FileNotFoundError when it is not there."""
    folder = Path(out) / table
    if not folder.is_dir():
        raise FileNotFoundError(f"no table {table!r} under {out}")
    return sorted(folder.rglob("*.parquet"))


def schema_version(out: Path | str, table: str) -> str | None:
    meta = pq.read_schema(table_part(out, table)).metadata or {}
    value = meta.get(b"newsfacts.schema_version")
    return value.decode() if value else None


__all__ = ["SCHEMA_VERSION", "DamagedOutput", "OutputLocked", "commit", "current_version", "inspect", "locked",
           "new_version", "part_name", "read_table", "recover", "restore", "schema_version", "table_files",
           "table_part", "write_parquet", "write_table"]
