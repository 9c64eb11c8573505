"""An article's metadata read strictly: a value of the wrong kind is dropped (kept as null) and said so.

A date must be an ISO date or datetime that exists ("2024-02-30" does not, nor does
"9999-12-31T99:99:99"); a title, source or URL must be a string (a JSON number, list or
boolean is not turned into one); a URL must be an http(s) address. Each dropped value is
named in the document's `dropped` list, which ingest turns into one quarantine warning row
per document: the article itself is kept.
"""
from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from newsfacts.clean import clean_text, normalize_source
from newsfacts.ingest import limits
from newsfacts.ingest.decode import check_text
from newsfacts.ingest.records import Document, IngestError, utf8

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:$|[T ])")
_TOKEN = re.compile(r"\w+|[^\w\s]")
WEB_SCHEMES = ("http", "https")


def read_published(value) -> tuple[dt.date | None, str | None]:
    """(date, None) for an ISO date or datetime; (None, why) for any other value; (None, None) when absent."""
    if value is None or value == "":
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    if not isinstance(value, str):
        return None, f"published {_shown(value)} is a {_kind(value)}, not an ISO date string"
    text = value.strip()
    if not _ISO_DATE.match(text):
        return None, f"published {_shown(value)} is not an ISO date (YYYY-MM-DD)"
    try:
        return dt.datetime.fromisoformat(text).date(), None
    except ValueError as e:
        return None, f"published {_shown(value)} is not a date that exists ({e})"


def parse_published(value) -> dt.date | None:
    """An ISO date or datetime (string) as a date; None when absent or unreadable."""
    return read_published(value)[0]


def read_string(key: str, value) -> tuple[str | None, str | None]:
    """(the string, None); (None, why) for a value that is not a string; (None, None) when absent or blank."""
    if value is None:
        return None, None
    if not isinstance(value, str):
        return None, f"{key} {_shown(value)} is a {_kind(value)}, not a string"
    value = utf8(value).strip()
    return value or None, None


def read_url(value) -> tuple[str | None, str | None]:
    """(the URL, None) for an http(s) address; (None, why) for anything else; (None, None) when absent."""
    url, why = read_string("url", value)
    if url is None:
        return None, why
    try:
        parts = urlsplit(url)
        ok = parts.scheme.lower() in WEB_SCHEMES and bool(parts.hostname)
    except ValueError:  # e.g. a malformed IPv6 host
        ok = False
    if not ok:
        return None, f"url {_shown(url)} is not an http(s) address"
    return url, None


def _kind(value) -> str:
    return {bool: "boolean", int: "number", float: "number", list: "list", dict: "JSON object"}.get(
        type(value), type(value).__name__)


def _shown(value, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "..."


def make_document(doc_id: str, source_path: str, raw_text: str, meta: dict) -> Document:
    """A cleaned Document from raw text and its metadata; IngestError when nothing usable is left.

    Metadata values that are not what the contract says are left out and listed in `dropped`.
    """
    raw_text, doc_id, source_path = utf8(raw_text), utf8(doc_id), utf8(source_path)
    check_text(raw_text)
    text, found_source = clean_text(raw_text)
    check_text(text)
    if len(text) > limits.MAX_CHARS:
        raise IngestError("too_large", f"{len(text)} characters of text, more than {limits.MAX_CHARS}")
    if len(text) > limits.MAX_TOKENS:  # a text shorter than this cannot hold more tokens than characters
        tokens = sum(1 for _ in _TOKEN.finditer(text))
        if tokens > limits.MAX_TOKENS:
            raise IngestError("too_many_tokens", f"{tokens} words and punctuation marks, more than "
                                                 f"{limits.MAX_TOKENS}: not prose")
    dropped: list[str] = []

    def keep(pair):
        value, why = pair
        if why:
            dropped.append(why)
        return value

    published = meta.get("published")
    url = keep(read_url(meta.get("url")))
    return Document(
        doc_id=doc_id, source_path=source_path, text=text,
        title=keep(read_string("title", meta.get("title"))),
        published=keep(read_published(published if published not in (None, "") else meta.get("date"))),
        source=normalize_source(keep(read_string("source", meta.get("source")))) or found_source
        or normalize_source(url),
        url=url, dropped=dropped)
