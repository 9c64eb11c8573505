"""Bytes to text: byte order marks, UTF-8, detected code pages, and files that mix UTF-8 with a code page."""
from __future__ import annotations

import codecs
import json
import re

import charset_normalizer

from newsfacts.ingest.records import IngestError

_MAGIC = (b"%PDF", b"\x89PNG", b"PK\x03\x04", b"\x1f\x8b", b"GIF8", b"\xff\xd8\xff", b"\x7fELF", b"BM")
_WESTERN = {"cp1250", "cp1252", "latin_1", "iso8859_15", "iso8859_2", "cp1254", "cp1257", "mac_roman"}
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_bytes(data: bytes) -> str:
    """Text from bytes: UTF-8 or a BOM first, else the detected encoding; IngestError if none fits.

    A text whose lines are partly UTF-8 and partly a single-byte code page (articles pasted
    together from two sources) is decoded line by line rather than refused whole.
    """
    if not data.strip():
        raise IngestError("empty", "the input has no content")
    for bom, enc in BOMS:
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
    mixed = _decode_mixed(data)
    if mixed is not None:
        return mixed
    text = _decode_code_page(data)
    if text is None:
        raise IngestError("undecodable", "not UTF-8 and no text encoding fits the bytes")
    return text


def _decode_code_page(data: bytes) -> str | None:
    """The bytes in the encoding detected for them (cp1252 among tied Western code pages); None when none fits."""
    match = _detect(data)
    if match is None:
        return None
    return data.decode("cp1252") if match == "cp1252" else str(match)


def _detect(data: bytes):
    """The string "cp1252", else the best charset_normalizer match (its `encoding` names it); None if none fits."""
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    tied = {m.encoding for m in matches if m.chaos <= best.chaos}
    if tied & _WESTERN:
        try:  # English news in a single-byte code page is far more often cp1252 than its cousins
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass
    return best


def _decode_mixed(data: bytes) -> str | None:
    """Lines that are UTF-8 decoded as UTF-8, the others in the code page detected for them; None unless mixed.

    Mixed means at least one line is valid UTF-8 with non-ASCII characters and another is not
    UTF-8: text in a single-byte code page is almost never valid UTF-8 once it holds an
    accented letter (a lone \u00e9 is an invalid UTF-8 sequence), so such a line is UTF-8.
    """
    lines = data.splitlines(keepends=True)
    if len(lines) < 2:
        return None
    utf8_lines, other = 0, set()
    for i, line in enumerate(lines):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_lines += 1
        except UnicodeDecodeError:
            other.add(i)
    if not utf8_lines or not other:
        return None
    match = _detect(b"".join(lines[i] for i in sorted(other)))
    if match is None:
        return None
    encoding = match if isinstance(match, str) else match.encoding
    try:
        return "".join(line.decode(encoding if i in other else "utf-8") for i, line in enumerate(lines))
    except (UnicodeDecodeError, LookupError):
        return None


# the control characters of no text: below 32, but tab, line feed, form feed and carriage return (one regular
# expression: a loop over every character cost 5 s of a 50,000-article ingest)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def check_text(text: str) -> None:
    """IngestError unless `text` holds something other than white space and few control characters."""
    if not text.strip():
        raise IngestError("empty", "no text after cleaning")
    controls = len(_CONTROLS.findall(text))
    if controls > max(5, len(text) // 100):
        raise IngestError("binary", f"{controls} control characters in {len(text)}: not text")


def loads(text: str, reason: str = "bad_json"):
    """json.loads, with every way it fails (broken, too deep, huge integers) as IngestError."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise IngestError(reason, f"broken JSON: {e}") from None
    except RecursionError:
        raise IngestError(reason, "JSON nested too deeply") from None
    except ValueError as e:  # e.g. an integer of more than 4,300 digits
        raise IngestError(reason, f"unreadable JSON: {e}") from None
