"""Checksums of a committed table set: every file of it (tables, state, run summary) with its size and sha256.

    <out>/.versions/<version>/_state/checksums.json

Written last, when the set is staged, before it is committed; read to tell a sound set from a
damaged one (a truncated or replaced table file, a corrupt extraction cache, a file gone or
added). A set written before checksums existed has none: its Parquet files are then checked
by reading their footers.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pyarrow.parquet as pq

SUMS = "_state/checksums.json"


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def add_code(h, root: Path, skip: set[str] = frozenset()) -> None:
    """Feed `h` (a hashlib hash) the code and word lists under `root` (.py, .tsv, .txt), each file's path relative
    to `root` and its bytes, in path order; not those whose first path part is in `skip`."""
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".tsv", ".txt")
                       and p.relative_to(root).parts[0] not in skip):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(path.read_bytes())


def _files(version: Path) -> list[str]:
    """Every file of a set, relative to it, but the checksums file and temporary files."""
    return sorted(p.relative_to(version).as_posix() for p in version.rglob("*")
                  if p.is_file() and not p.name.startswith(".") and p.relative_to(version).as_posix() != SUMS)


def write_sums(version: Path) -> Path:
    """Record the size and sha256 of every file of the staged set `version` (atomically, synced)."""
    files = {rel: {"size": (version / rel).stat().st_size, "sha256": file_sha256(version / rel)}
             for rel in _files(version)}
    path = version / SUMS
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump({"version": version.name, "files": files}, f, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return path


def read_sums(version: Path) -> dict[str, dict] | None:
    """{relative path: {"size", "sha256"}} of a set; None when it has no checksums (or they cannot be read)."""
    try:
        data = json.loads((version / SUMS).read_text(encoding="utf-8"))
        files = data["files"]
        if data.get("version") != version.name or not isinstance(files, dict):
            return None
        return files
    except (OSError, ValueError, KeyError, TypeError):
        return None


def verify(version: Path) -> list[str]:
    """What is wrong with the set `version` ("actors/part-<v>.parquet: ..."), [] when sound.

    With checksums: each file present, of its size and hash, and no file added. Without (a set
    older than checksums, or a checksums file that is itself damaged): every Parquet file's
    footer must read, and the set is said to have no checksums when its checksums file is
    there but unreadable.
    """
    sums = read_sums(version)
    if sums is None:
        problems = [f"{SUMS}: unreadable"] if (version / SUMS).exists() else []
        return problems + [f"{rel}: unreadable (its Parquet footer)" for rel in _files(version)
                           if rel.endswith(".parquet") and not _footer_reads(version / rel)]
    problems = []
    for rel, want in sums.items():
        path = version / rel
        if not path.is_file():
            problems.append(f"{rel}: missing")
        elif path.stat().st_size != want["size"]:
            problems.append(f"{rel}: changed since it was committed ({path.stat().st_size} bytes, {want['size']} then)")
        elif file_sha256(path) != want["sha256"]:
            problems.append(f"{rel}: changed since it was committed (same size, checksum differs)")
    problems += [f"{rel}: not part of the committed set" for rel in _files(version) if rel not in sums]
    return problems


def _footer_reads(path: Path) -> bool:
    try:
        pq.read_metadata(path)
        return True
    except Exception:  # noqa: BLE001 - any way a footer fails to read is damage
        return False


def sound(version: Path, rel: str) -> bool:
    """Whether one file of a set is as committed (for a set without checksums: whether it is there and, for
    Parquet, its footer reads)."""
    path = version / rel
    if not path.is_file():
        return False
    sums = read_sums(version)
    if sums is None:
        return not rel.endswith(".parquet") or _footer_reads(path)
    want = sums.get(rel)
    return want is not None and path.stat().st_size == want["size"] and file_sha256(path) == want["sha256"]
