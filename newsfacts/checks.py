"""A run's folders checked before any work starts (and before Prefect does): one clear line each.

The command calls these first, so a mistake costs a second, not Prefect's start-up; the flow
calls them too, for runs started by a deployment.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


class UsageError(ValueError):
    """A mistake in what the run was given (a folder missing, not writable, ...): the message says which."""


def raw_folder(raw: Path | str) -> Path:
    """The raw input folder, which must exist, be a folder and be readable."""
    path = Path(raw)
    if not path.exists():
        raise UsageError(f"raw folder not found: {raw}")
    if not path.is_dir():
        raise UsageError(f"raw folder {raw} is a file, not a folder")
    if not os.access(path, os.R_OK | os.X_OK):
        raise UsageError(f"raw folder {raw} cannot be read (permission denied)")
    return path


def apart(raw: Path | str, out: Path | str) -> None:
    """The raw folder must not be the output folder nor inside it (a run rewrites what is there). The output
    folder may lie inside the raw folder: ingest leaves it out."""
    raw_path, out_path = Path(raw).resolve(), Path(out).resolve()
    if raw_path == out_path or raw_path.is_relative_to(out_path):
        where = "the output folder" if raw_path == out_path else "inside the output folder"
        raise UsageError(f"raw folder {raw} is {where} {out}: give the tables a folder of their own (--out)")


def output_folder(out: Path | str) -> Path:
    """The output folder, made if missing; it must be a folder this process can write in."""
    path = Path(out)
    if path.exists() and not path.is_dir():
        raise UsageError(f"output folder {out} is a file, not a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=path, prefix=".write-check-"):
            pass
    except OSError as e:  # read-only file system, permission denied, a file where a parent folder should be
        raise UsageError(f"cannot write to the output folder {out}: {e.strerror or e}") from None
    return path
