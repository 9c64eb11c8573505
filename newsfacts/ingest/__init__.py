"""Ingest: every input format of the contract turned into clean documents or quarantine rows.

`iter_raw(raw_dir)` walks the raw folder (never writing to it, never reading outside it) and
yields, in a stable order, a `Document` for each article it can read and a `Rejection` for
each input it cannot, with its reason. Lines of one file refused for the same reason are one
Rejection that counts them. Modules: `scan` (what is under the folder), `formats` (the
readers), `decode` (bytes to text), `metadata` (dates, strings, URLs), `limits` (the bounds).
"""
from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from newsfacts.ingest import limits
from newsfacts.ingest.decode import decode_bytes
from newsfacts.ingest.formats import (HTML_LOGGERS, HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES, read_html,
                                      read_jsonl, read_txt)
from newsfacts.ingest.limits import MAX_BYTES, MAX_CHARS
from newsfacts.ingest.metadata import make_document, parse_published
from newsfacts.ingest.records import Document, IngestError, Rejection, sha256_text
from newsfacts.ingest.scan import Input, file_doc_ids, scan_inputs

LISTED_LINES = 20  # line numbers a grouped Rejection lists in its detail


def iter_raw(raw_dir: Path | str, exclude: tuple[Path | str, ...] = (),
             known: dict[str, list[Document]] | None = None) -> Iterator[Document | Rejection]:
    """Every document and rejection under `raw_dir` (less `exclude`, the output folder), files in sorted order,
    ids unique; a document whose metadata was partly dropped is followed by a warning Rejection saying what.
    `known`: the documents of files read before and unchanged since (`pipeline.known_documents`), taken as they are
    where the file's name still gives them the same id; the ids are made unique over all files alike."""
    inputs = scan_inputs(raw_dir, exclude)
    ids = file_doc_ids(inputs)
    listing = {i.rel: i for i in inputs}
    seen: dict[str, str] = {}
    for inp in inputs:
        if inp.problem:
            yield Rejection(inp.rel, *inp.problem)
            continue
        groups = _LineGroups(inp.rel)
        kept = (known or {}).get(inp.rel)
        if kept and not inp.rel.lower().endswith(JSONL_SUFFIXES) and \
                kept[0].doc_id != (ids.get(inp.rel) or PurePosixPath(inp.rel).stem):
            kept = None  # another file of the same name came or went: its id is another now
        for item in kept or read_file(inp, ids.get(inp.rel), listing):
            if isinstance(item, Document):
                if item.doc_id in seen:
                    item = Rejection(item.source_path, "duplicate_doc_id",
                                     f"doc_id {item.doc_id!r} already read from {seen[item.doc_id]}", item.doc_id)
                else:
                    seen[item.doc_id] = item.source_path
                    if item.dropped:
                        yield Rejection(item.source_path, "bad_metadata", "kept as null: " + "; ".join(item.dropped),
                                        item.doc_id, warning=True)
            if isinstance(item, Rejection) and groups.add(item):
                continue
            yield item
        yield from groups.rows()


def read_file(inp: Input, doc_id: str | None, listing: dict[str, Input]) -> Iterator[Document | Rejection]:
    """The documents and rejections of one readable input. `doc_id`: its id when the format takes it from the
    file name (`file_doc_ids`); `listing`: the raw folder's entries by relative path, where a sidecar is looked up."""
    path, rel = inp.path, inp.rel
    name = rel.lower()
    doc_id = doc_id or PurePosixPath(rel).stem
    try:
        if name.endswith(TEXT_SUFFIXES):
            sidecar = listing.get(_with_suffix(rel, ".json"))
            yield from read_txt(path, rel, doc_id, sidecar.path if sidecar and not sidecar.problem else None)
        elif name.endswith(JSONL_SUFFIXES):
            yield from read_jsonl(path, rel)
        elif name.endswith(HTML_SUFFIXES):
            yield from read_html(path, rel, doc_id)
        elif name.endswith(".json") and any(_with_suffix(rel, s) in listing for s in TEXT_SUFFIXES):
            return  # a sidecar, read with its text file
        else:
            suffix = PurePosixPath(rel).suffix or "files without a suffix"
            yield Rejection(rel, "unsupported_format", f"no reader for {suffix}")
    except IngestError as e:
        yield Rejection(rel, e.reason, str(e), doc_id)
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as e:
        yield Rejection(rel, "unreadable", f"{type(e).__name__}: {e}", doc_id)
    except Exception as e:  # noqa: BLE001 - an input must never stop the run (a parser's own bug included)
        yield Rejection(rel, "unreadable", f"{type(e).__name__}: {e}", doc_id)


def _with_suffix(rel: str, suffix: str) -> str:
    return str(PurePosixPath(rel).with_suffix(suffix))


class _LineGroups:
    """The Rejections of lines of one file (source paths "<file>:<line>"), one per reason: a file of a
    million broken lines is one row that counts them, not a million rows."""

    def __init__(self, rel: str):
        self.prefix = rel + ":"
        self.groups: dict[str, dict] = {}

    def add(self, r: Rejection) -> bool:
        """Take a line's Rejection (True); False for any other (a whole file's, a warning)."""
        line = r.source_path.removeprefix(self.prefix)
        if r.warning or not r.source_path.startswith(self.prefix) or not line.isdigit():
            return False
        g = self.groups.setdefault(r.reason, {"first": r, "lines": [], "last": 0, "count": 0, "ids": set()})
        g["count"] += 1
        g["last"] = int(line)
        if len(g["lines"]) < LISTED_LINES:
            g["lines"].append(line)
        if len(g["ids"]) < 2:
            g["ids"].add(r.doc_id)
        return True

    def rows(self) -> Iterator[Rejection]:
        for reason, g in self.groups.items():
            first, n = g["first"], g["count"]
            if n == 1:
                yield first
                continue
            listed = ", ".join(g["lines"]) + (", ..." if n > LISTED_LINES else "")
            doc_id = next(iter(g["ids"])) if len(g["ids"]) == 1 else None
            yield Rejection(f"{self.prefix}{g['lines'][0]}-{g['last']}", reason,
                            f"{n} lines ({listed}); the first: {first.detail}", doc_id, count=n)


__all__ = ["HTML_LOGGERS", "MAX_BYTES", "MAX_CHARS", "Document", "IngestError", "Input", "Rejection",
           "decode_bytes", "iter_raw", "limits", "make_document", "parse_published", "read_file", "scan_inputs",
           "sha256_text"]
