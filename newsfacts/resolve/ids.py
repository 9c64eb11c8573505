"""Stable ids: the same input gives the same id on every run."""
from __future__ import annotations

import hashlib


def stable_id(prefix: str, *parts: object) -> str:
    """A short id that depends only on its parts: the same input gives the same id on every run."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]
    return f"{prefix}_{digest}"
