"""The readers of the contract's formats: .txt (+ .json sidecar), .jsonl / .jsonl.gz, .html.

Each reader yields Documents and Rejections for one input and raises IngestError when the
input as a whole cannot be used. A JSON Lines file is read line by line within bounds
(`limits`): decompressed bytes, lines, unreadable lines, the length of a line; UTF-16 and
UTF-32 files (with a byte order mark, or without one when the first character is ASCII) are
decoded as such.
"""
from __future__ import annotations

import codecs
import gzip
import io
import logging
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from newsfacts.ingest import limits
from newsfacts.ingest.decode import decode_bytes, loads
from newsfacts.ingest.metadata import make_document
from newsfacts.ingest.records import Document, IngestError, Rejection, display_path, utf8

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
# the date search's bounds fixed, not today's date: what a page gives must not depend on the day it is read
HTML_DATE_PARAMS = {"original_date": True, "extensive_search": True, "max_date": "2999-12-31"}
MIN_HTML_WORDS = 8  # text extracted from a web page with fewer words is navigation, not an article
_WORD = re.compile(r"\w+")
# The HTML extractor and its helpers log their complaints about a page that holds no article;
# such a page becomes a quarantine row with its reason, so the complaints are noise on the console.
HTML_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")
# Wide encodings: (byte order mark, the encoding of what follows it, the encoding to read the file in). With a
# mark, its first character after the mark must be ASCII; without one, the file must start with "{" in that
# encoding (a UTF-8 JSON line holds no NUL byte).
_WIDE = ((codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"), (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
         (b"", "utf-32-le", "utf-32-le"), (b"", "utf-32-be", "utf-32-be"), (b"", "utf-16-le", "utf-16-le"),
         (b"", "utf-16-be", "utf-16-be"))


def read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > limits.MAX_BYTES:
        raise IngestError("too_large", f"{size} bytes, more than {limits.MAX_BYTES}")
    return path.read_bytes()


def read_txt(path: Path, rel: str, doc_id: str, sidecar: Path | None) -> Iterator[Document | Rejection]:
    """A text article; its metadata from `sidecar` (a readable .json beside it inside the raw folder), if any."""
    meta: dict = {}
    if sidecar is not None:
        where = str(Path(rel).with_name(display_path(sidecar.name)))
        try:
            meta = loads(decode_bytes(read_bytes(sidecar)), "bad_sidecar")
            if not isinstance(meta, dict):
                raise IngestError("bad_sidecar", "the sidecar is not a JSON object")
        except (IngestError, OSError) as e:
            meta = {}
            yield Rejection(where, "bad_sidecar", f"metadata ignored: {e}", doc_id, warning=True)
    yield make_document(doc_id, rel, decode_bytes(read_bytes(path)), meta)


def read_html(path: Path, rel: str, doc_id: str) -> Iterator[Document]:
    import trafilatura  # imported here: slow to import and only needed for HTML

    for name in HTML_LOGGERS:
        if logging.getLogger(name).level == logging.NOTSET:  # unless configured otherwise
            logging.getLogger(name).setLevel(logging.CRITICAL)
    html = decode_bytes(read_bytes(path))
    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True,
                                         date_extraction_params=HTML_DATE_PARAMS)
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if not text:
        raise IngestError("no_article", "no article text found in the HTML")
    if len(_WORD.findall(text)) < MIN_HTML_WORDS:  # a menu or a caption left by a page without an article
        raise IngestError("no_article", f"only {text[:80]!r} found in the HTML, not an article")
    meta = {"title": result.title, "published": result.date, "url": result.url,
            "source": result.sitename or result.hostname}
    yield make_document(doc_id, rel, result.text, meta)


# ------------------------------------------------------------------ JSON Lines
def read_jsonl(path: Path, rel: str) -> Iterator[Document | Rejection]:
    """One document per line; each bad line a Rejection naming its line; the file's bounds enforced.

    Reading stops at the first bound reached (decompressed size, lines, unreadable lines), with
    one Rejection for the rest of the file; the documents before it are kept.
    """
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    n_lines = n_bad = 0
    with opener(path, "rb") as f:
        try:
            for lineno, line in _lines(f):
                n_lines += line is None or bool(line.strip())
                item = _line_item(line, f"{rel}:{lineno}")
                if isinstance(item, Rejection):
                    n_bad += 1
                    if n_bad > limits.MAX_BAD_LINES:
                        yield Rejection(rel, "too_many_bad_lines", f"more than {limits.MAX_BAD_LINES} unreadable "
                                        f"lines; the lines after line {lineno - 1} are not read")
                        return
                if item is not None:
                    yield item
        except IngestError as e:  # a bound of the file: the lines read so far stand
            yield Rejection(rel, e.reason, str(e))
            return
    if not n_lines:  # like an empty .txt: an input with nothing in it is said so, not silently skipped
        raise IngestError("empty", "the file has no JSON lines")


def _line_item(line: bytes | str | None, where: str) -> Document | Rejection | None:
    """The document of one JSON line, a Rejection saying why there is none, or None for a blank line."""
    if line is None:
        return Rejection(where, "too_large", f"a line of more than {limits.MAX_BYTES} bytes")
    if not line.strip():
        return None
    doc_id = None
    try:
        record = loads(decode_bytes(line) if isinstance(line, bytes) else line)
        if not isinstance(record, dict):
            raise IngestError("bad_json", f"the line is not a JSON object but a {type(record).__name__}")
        raw_id = record.get("id")
        if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)):
            raise IngestError("missing_id", "the line has no 'id' string or integer")
        doc_id = utf8(str(raw_id)).strip() or None
        if not doc_id:
            raise IngestError("missing_id", "the line has an empty 'id'")
        text = record.get("text")
        if not isinstance(text, str):
            raise IngestError("empty", "the line has no 'text' string")
        return make_document(doc_id, where, text, record)
    except IngestError as e:
        return Rejection(where, e.reason, str(e), doc_id)
    except Exception as e:  # noqa: BLE001 - one bad line must never cost the lines after it
        return Rejection(where, "unreadable", f"{type(e).__name__}: {e}", doc_id)


def _lines(f) -> Iterator[tuple[int, bytes | str | None]]:
    """(line number, line) of a binary file within the bounds; None for a line longer than MAX_BYTES (skipped
    unread). A file in UTF-16 or UTF-32 gives its lines as text. IngestError when a bound of the file is reached."""
    tell: Callable[[], int] = f.tell  # decompressed position, for a gzip file too
    wide = wide_encoding(f.peek(8)[:8])
    stream = io.TextIOWrapper(f, encoding=wide, errors="strict", newline="\n") if wide else f
    newline = "\n" if wide else b"\n"
    lineno = 0
    try:
        while True:
            _within_bounds(lineno, tell())
            line = stream.readline(limits.MAX_BYTES + 1)
            if not line:
                return
            lineno += 1
            if len(line) > limits.MAX_BYTES and not line.endswith(newline):
                while (rest := stream.readline(1 << 20)) and not rest.endswith(newline):
                    _within_bounds(lineno, tell())
                yield lineno, None
            else:
                yield lineno, line
    except UnicodeDecodeError as e:
        raise IngestError("undecodable", f"invalid {wide} after line {lineno}; the rest is not read: {e}") from None
    finally:
        if wide:
            stream.detach()  # the caller closes the file


def wide_encoding(head: bytes) -> str | None:
    """UTF-16 or UTF-32 (with its byte order) when the first bytes of a JSON Lines file say so, else None."""
    for bom, encoding, read_as in _WIDE:
        width = 4 if "32" in encoding else 2
        first = head[len(bom):len(bom) + width]
        if not head.startswith(bom) or len(first) < width:
            continue
        try:
            char = first.decode(encoding)
        except UnicodeDecodeError:
            continue
        if char == "{" or (bom and char.isascii() and char != "\x00"):
            return read_as
    return None


def _within_bounds(lineno: int, position: int) -> None:
    if lineno >= limits.MAX_LINES:
        raise IngestError("too_many_lines", f"more than {limits.MAX_LINES} lines; the lines after line "
                                            f"{lineno} are not read")
    if position > limits.MAX_FILE_BYTES:
        raise IngestError("too_large", f"more than {limits.MAX_FILE_BYTES} bytes (decompressed); the lines after "
                                       f"line {lineno} are not read")
