"""What ingest yields: a Document for each article read, a Rejection for each input (or part of one) it refuses."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field

_SURROGATES = re.compile("[\ud800-\udfff]")  # from JSON escapes or undecodable file names


@dataclass
class Document:
    doc_id: str
    source_path: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    dropped: list[str] = field(default_factory=list)  # metadata values refused (kept as null), each said why
    text_sha256: str = field(init=False)

    def __post_init__(self) -> None:
        self.text_sha256 = sha256_text(self.text)


@dataclass
class Rejection:
    """An input, or lines of one, not used; `warning` when only metadata was dropped (the article was read).

    `count` is the number of input lines the row stands for (lines of one file refused for one reason
    are one row).
    """
    source_path: str
    reason: str
    detail: str
    doc_id: str | None = None
    warning: bool = False
    count: int = 1

    def __post_init__(self) -> None:  # every field must be writable as UTF-8, whatever the input was
        self.source_path = utf8(self.source_path)
        self.reason = utf8(self.reason)
        self.detail = utf8(self.detail)
        self.doc_id = None if self.doc_id is None else utf8(self.doc_id)


class IngestError(ValueError):
    """An input that cannot be used; `reason` is a short code, the message the detail."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason


def utf8(value: str) -> str:
    """`value` with lone surrogates (which UTF-8 cannot hold) replaced by U+FFFD, one character each."""
    return _SURROGATES.sub("\ufffd", value) if isinstance(value, str) else value


def display_path(rel: str) -> str:
    """A relative path that UTF-8 can hold: the bytes of an undecodable file name as \\xNN escapes."""
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
