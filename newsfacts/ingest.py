"""Ingest: every input format of the contract turned into clean documents or quarantine rows.

`iter_raw(raw_dir)` walks the raw folder (never writing to it) and yields, in a stable
order, a `Document` for each article it can read and a `Rejection` for each input it cannot.
"""
from __future__ import annotations

import codecs
import datetime as dt
import gzip
import hashlib
import json
import logging
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer

from newsfacts.clean import clean_text, normalize_source

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
MAX_BYTES = 20_000_000  # one input file larger than this is not an article
MAX_CHARS = 1_000_000  # the most text spaCy is given for one article
_MAGIC = (b"%PDF", b"\x89PNG", b"PK\x03\x04", b"\x1f\x8b", b"GIF8", b"\xff\xd8\xff", b"\x7fELF", b"BM")
MIN_HTML_WORDS = 8  # text extracted from a web page with fewer words is navigation, not an article
_WORD = re.compile(r"\w+")
_SURROGATES = re.compile("[\ud800-\udfff]")  # from JSON escapes or undecodable file names
_WESTERN = {"cp1250", "cp1252", "latin_1", "iso8859_15", "iso8859_2", "cp1254", "cp1257", "mac_roman"}


@dataclass
class Document:
    doc_id: str
    source_path: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    text_sha256: str = field(init=False)

    def __post_init__(self) -> None:
        self.text_sha256 = sha256_text(self.text)


@dataclass
class Rejection:
    source_path: str
    reason: str
    detail: str
    doc_id: str | None = None

    def __post_init__(self) -> None:  # every field must be writable as UTF-8, whatever the input was
        self.source_path = _utf8(self.source_path)
        self.reason = _utf8(self.reason)
        self.detail = _utf8(self.detail)
        self.doc_id = None if self.doc_id is None else _utf8(self.doc_id)


class IngestError(ValueError):
    """An input that cannot be used; `reason` is a short code, the message the detail."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason


def _utf8(value: str) -> str:
    """`value` with lone surrogates (which UTF-8 cannot hold) replaced by U+FFFD, one character each."""
    return _SURROGATES.sub("\ufffd", value) if isinstance(value, str) else value


def _display_path(rel: str) -> str:
    """A relative path that UTF-8 can hold: the bytes of an undecodable file name as \\xNN escapes."""
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _loads(text: str, reason: str = "bad_json"):
    """json.loads, with every way it fails (broken, too deep, huge integers) as IngestError."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise IngestError(reason, f"broken JSON: {e}") from None
    except RecursionError:
        raise IngestError(reason, "JSON nested too deeply") from None
    except ValueError as e:  # e.g. an integer of more than 4,300 digits
        raise IngestError(reason, f"unreadable JSON: {e}") from None


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ------------------------------------------------------------------ bytes and encodings
def decode_bytes(data: bytes) -> str:
    """Text from bytes: UTF-8 or a BOM first, else the detected encoding; IngestError if none fits."""
    if not data.strip():
        raise IngestError("empty", "the input has no content")
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as e:
                raise IngestError("undecodable", f"{enc} byte order mark but invalid {enc}: {e}") from None
    if data.startswith(_MAGIC) or b"\x00" in data[:65536]:
        raise IngestError("binary", f"binary content (starts with {data[:8]!r})")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise IngestError("undecodable", "not UTF-8 and no text encoding fits the bytes")
    best = matches[0]
    tied = {m.encoding for m in matches if m.chaos <= best.chaos}
    if tied & _WESTERN:
        try:  # English news in a single-byte code page is far more often cp1252 than its cousins
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)


def _check_text(text: str) -> None:
    if not text.strip():
        raise IngestError("empty", "no text after cleaning")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\t\r\f")
    if controls > max(5, len(text) // 100):
        raise IngestError("binary", f"{controls} control characters in {len(text)}: not text")


def parse_published(value) -> dt.date | None:
    """An ISO date or datetime (string) as a date; None when absent or unreadable."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    m = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", str(value))
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _opt_str(value) -> str | None:
    if value is None:
        return None
    value = _utf8(str(value)).strip()
    return value or None


def make_document(doc_id: str, source_path: str, raw_text: str, meta: dict) -> Document:
    """A cleaned Document from raw text and its metadata; IngestError when nothing usable is left."""
    raw_text, doc_id, source_path = _utf8(raw_text), _utf8(doc_id), _utf8(source_path)
    _check_text(raw_text)
    text, found_source = clean_text(raw_text)
    _check_text(text)
    if len(text) > MAX_CHARS:
        raise IngestError("too_large", f"{len(text)} characters of text, more than {MAX_CHARS}")
    return Document(
        doc_id=doc_id,
        source_path=source_path,
        text=text,
        title=_opt_str(meta.get("title")),
        published=parse_published(meta.get("published") or meta.get("date")),
        source=normalize_source(_opt_str(meta.get("source"))) or found_source
        or normalize_source(_opt_str(meta.get("url"))),
        url=_opt_str(meta.get("url")),
    )


# ------------------------------------------------------------------ formats
def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise IngestError("too_large", f"{size} bytes, more than {MAX_BYTES}")
    return path.read_bytes()


def _read_txt(path: Path, rel: str) -> Iterator[Document | Rejection]:
    meta: dict = {}
    sidecar = path.with_suffix(".json")
    if sidecar.exists():
        try:
            meta = _loads(decode_bytes(_read_bytes(sidecar)), "bad_sidecar")
            if not isinstance(meta, dict):
                raise IngestError("bad_sidecar", "the sidecar is not a JSON object")
        except (IngestError, OSError) as e:
            meta = {}
            yield Rejection(_rel(sidecar, path, rel), "bad_sidecar", f"metadata ignored: {e}", _stem(rel))
    yield make_document(_stem(rel), rel, decode_bytes(_read_bytes(path)), meta)


def _stem(rel: str) -> str:
    return Path(rel).stem


def _rel(other: Path, path: Path, rel: str) -> str:
    return str(Path(rel).with_name(_display_path(other.name)))


def _lines(f) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) of a binary file; None for a line longer than MAX_BYTES, which is skipped unread."""
    lineno = 0
    while line := f.readline(MAX_BYTES + 1):
        lineno += 1
        if len(line) > MAX_BYTES and not line.endswith(b"\n"):
            while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield lineno, None
        else:
            yield lineno, line


def _read_jsonl(path: Path, rel: str) -> Iterator[Document | Rejection]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    n_lines = 0
    with opener(path, "rb") as f:
        for lineno, line in _lines(f):
            n_lines += line is None or bool(line.strip())
            where, doc_id = f"{rel}:{lineno}", None
            if line is None:
                yield Rejection(where, "too_large", f"a line of more than {MAX_BYTES} bytes")
                continue
            if not line.strip():
                continue
            try:
                record = _loads(decode_bytes(line))
                if not isinstance(record, dict):
                    raise IngestError("bad_json", f"the line is not a JSON object but a {type(record).__name__}")
                raw_id = record.get("id")
                if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)):
                    raise IngestError("missing_id", "the line has no 'id' string or integer")
                doc_id = _opt_str(raw_id)
                if not doc_id:
                    raise IngestError("missing_id", "the line has an empty 'id'")
                text = record.get("text")
                if not isinstance(text, str):
                    raise IngestError("empty", "the line has no 'text' string")
                yield make_document(doc_id, where, text, record)
            except IngestError as e:
                yield Rejection(where, e.reason, str(e), doc_id)
            except Exception as e:  # noqa: BLE001 - one bad line must never cost the lines after it
                yield Rejection(where, "unreadable", f"{type(e).__name__}: {e}", doc_id)
    if not n_lines:  # like an empty .txt: an input with nothing in it is said so, not silently skipped
        raise IngestError("empty", "the file has no JSON lines")


# The HTML extractor and its helpers log their complaints about a page that holds no article;
# such a page becomes a quarantine row with its reason, so the complaints are noise on the console.
HTML_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")


def _read_html(path: Path, rel: str) -> Iterator[Document]:
    import trafilatura  # imported here: slow to import and only needed for HTML

    for name in HTML_LOGGERS:
        if logging.getLogger(name).level == logging.NOTSET:  # unless configured otherwise
            logging.getLogger(name).setLevel(logging.CRITICAL)
    html = decode_bytes(_read_bytes(path))
    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True)
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if not text:
        raise IngestError("no_article", "no article text found in the HTML")
    if len(_WORD.findall(text)) < MIN_HTML_WORDS:  # a menu or a caption left by a page without an article
        raise IngestError("no_article", f"only {text[:80]!r} found in the HTML, not an article")
    meta = {"title": result.title, "published": result.date, "url": result.url,
            "source": result.sitename or result.hostname}
    yield make_document(_stem(rel), rel, result.text, meta)


def list_inputs(raw_dir: Path | str) -> list[tuple[Path, str]]:
    """(path, path relative to `raw_dir`) of every input file, sorted; hidden files and folders skipped."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder not found: {raw_dir}")
    out = []
    for path in sorted(p for p in raw_dir.rglob("*") if p.is_file()):
        rel = _display_path(path.relative_to(raw_dir).as_posix())
        if not any(part.startswith(".") for part in Path(rel).parts):  # editor swap files, .DS_Store
            out.append((path, rel))
    return out


def iter_raw(raw_dir: Path | str) -> Iterator[Document | Rejection]:
    """Every document and rejection under `raw_dir`, files in sorted order, ids unique."""
    seen: dict[str, str] = {}
    for path, rel in list_inputs(raw_dir):
        for item in _read_file(path, rel):
            if isinstance(item, Document):
                if item.doc_id in seen:
                    item = Rejection(item.source_path, "duplicate_doc_id",
                                     f"doc_id {item.doc_id!r} already read from {seen[item.doc_id]}", item.doc_id)
                else:
                    seen[item.doc_id] = item.source_path
            yield item


def _read_file(path: Path, rel: str) -> Iterator[Document | Rejection]:
    name = path.name.lower()
    try:
        if name.endswith(TEXT_SUFFIXES):
            yield from _read_txt(path, rel)
        elif name.endswith((".jsonl", ".jsonl.gz")):
            yield from _read_jsonl(path, rel)
        elif name.endswith(HTML_SUFFIXES):
            yield from _read_html(path, rel)
        elif name.endswith(".json") and any(path.with_suffix(s).exists() for s in TEXT_SUFFIXES):
            return  # a sidecar, read with its text file
        else:
            yield Rejection(rel, "unsupported_format", f"no reader for {path.suffix or 'files without a suffix'}")
    except IngestError as e:
        yield Rejection(rel, e.reason, str(e), _stem(rel))
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as e:
        yield Rejection(rel, "unreadable", f"{type(e).__name__}: {e}", _stem(rel))
    except Exception as e:  # noqa: BLE001 - an input must never stop the run (a parser's own bug included)
        yield Rejection(rel, "unreadable", f"{type(e).__name__}: {e}", _stem(rel))
