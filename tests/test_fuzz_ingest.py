"""Fuzzing ingest: no input makes it raise; every bad input is a Rejection with a reason and a detail;
the good inputs mixed in with them all come out."""
from __future__ import annotations

import codecs
import gzip
import json
import os
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfacts import ingest
from newsfacts.ingest import Document, IngestError, Rejection, decode_bytes, iter_raw, make_document

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
GOOD = "Police in Lagos arrested five men on Monday, officials said."
# any text, lone surrogates included (JSON escapes produce them; hypothesis leaves them out by default)
TEXTS = st.lists(st.one_of(st.characters(), st.integers(0xD800, 0xDFFF).map(chr)), max_size=300).map("".join)


def _utf8_ok(*values) -> bool:
    for v in values:
        if isinstance(v, str):
            v.encode("utf-8")  # raises on a lone surrogate: such a value could not be written to Parquet
    return True


def _read(raw: Path) -> tuple[dict[str, Document], list[Rejection]]:
    items = list(iter_raw(raw))
    for r in items:
        if isinstance(r, Rejection):
            assert r.reason and r.detail, r
            assert _utf8_ok(r.source_path, r.reason, r.detail, r.doc_id)
        else:
            assert _utf8_ok(r.doc_id, r.source_path, r.text, r.title, r.source, r.url)
    return ({i.doc_id: i for i in items if isinstance(i, Document)}, [i for i in items if isinstance(i, Rejection)])


def lines_of(r: Rejection) -> list[str]:
    """The "<file>:<line>" source paths a Rejection stands for: lines of one file refused for one reason are
    one row, "<file>:<first>-<last>", whose detail lists them ("3 lines (2, 5, 9); the first: ...")."""
    if r.count == 1:
        return [r.source_path]
    file = r.source_path.rsplit(":", 1)[0]
    listed = r.detail.split("(", 1)[1].split(")", 1)[0].split(", ")
    assert r.detail.startswith(f"{r.count} lines") and len(listed) == r.count, r
    return [f"{file}:{n}" for n in listed]


# ------------------------------------------------------------------ properties
@FAST
@given(st.binary(max_size=4000))
def test_decode_bytes_never_raises_anything_but_ingest_error(data):
    try:
        text = decode_bytes(data)
    except IngestError as e:
        assert e.reason in {"empty", "binary", "undecodable"} and str(e)
    else:
        assert isinstance(text, str)


@FAST
@given(TEXTS, TEXTS, st.dictionaries(st.sampled_from(["title", "published", "source", "url", "date"]),
                                     st.one_of(TEXTS, st.integers(), st.none(), st.lists(st.integers()))))
def test_make_document_gives_a_writable_document_or_an_ingest_error(doc_id, text, meta):
    try:
        doc = make_document(doc_id or "x", "feed.jsonl:1", text, meta)
    except IngestError as e:
        assert e.reason and str(e)
    else:
        assert doc.text.strip() and len(doc.text_sha256) == 64
        assert _utf8_ok(doc.doc_id, doc.text, doc.title, doc.source, doc.url)


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXTS,
                     lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXTS, inner, max_size=3),
                     max_leaves=8)
BAD_LINES = st.one_of(
    st.binary(min_size=1, max_size=300).map(lambda b: b.replace(b"\n", b" ").replace(b"\r", b" ")),
    _JSON.map(lambda v: json.dumps(v).encode()),  # valid JSON, rarely an object with an id and a text
    st.fixed_dictionaries({"id": st.one_of(st.none(), st.just(""), st.integers(), st.lists(st.integers()))},
                          optional={"text": st.one_of(st.none(), st.integers(), st.just("  "))})
    .map(lambda d: json.dumps(d).encode()),
    st.sampled_from([b'{"id": "x", "text": "never closed', b"[" * 5000, b'{"id": 1' + b"0" * 5000 + b"}",
                     b'{"id": "nul", "text": "a\\u0000b\x00"}', b"\xff\xfe\xfd"]),
)


@FAST
@given(st.lists(st.tuples(st.booleans(), BAD_LINES), min_size=1, max_size=12), st.booleans())
def test_jsonl_good_lines_all_come_out_whatever_lies_between_them(lines, gz):
    with tempfile.TemporaryDirectory() as tmp:
        raw, body, good_ids = Path(tmp), [], []
        for k, (is_good, bad) in enumerate(lines):
            if is_good:
                good_ids.append(f"good-{k}")
                body.append(json.dumps({"id": f"good-{k}", "text": GOOD}).encode())
            else:
                body.append(bad)
        data = b"\n".join(body) + b"\n"
        name = "feed.jsonl.gz" if gz else "feed.jsonl"
        (raw / name).write_bytes(gzip.compress(data) if gz else data)
        docs, rejected = _read(raw)
        for doc_id in good_ids:
            assert doc_id in docs
        # every other non-blank line is either a document (a bad-looking line can be a real article) or
        # counted by exactly one rejection, the one of its reason
        lines_out = [line for r in rejected for line in lines_of(r)] + [d.source_path for d in docs.values()]
        nonblank = [f"{name}:{i}" for i, line in enumerate(body, start=1) if line.strip()]
        assert sorted(lines_out) == sorted(nonblank) or (not nonblank and [r.reason for r in rejected] == ["empty"])
        assert len({r.reason for r in rejected}) == len(rejected)  # one row per reason


@FAST
@given(st.lists(st.tuples(st.sampled_from([".txt", ".html", ".htm", ".jsonl", ".jsonl.gz", ".json", ".pdf", ""]),
                          st.binary(max_size=3000)), min_size=1, max_size=6))
def test_random_files_never_raise_and_each_gives_a_document_or_a_rejection(files):
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp)
        (raw / "zz-good.txt").write_text(GOOD, encoding="utf-8")
        for k, (ext, data) in enumerate(files):
            (raw / f"f{k}{ext}").write_bytes(data)
        docs, rejected = _read(raw)
        assert "zz-good" in docs
        named = {r.source_path.split(":")[0] for r in rejected} | {d.source_path.split(":")[0] for d in docs.values()}
        for k, (ext, _) in enumerate(files):
            sidecar = ext == ".json" and (raw / f"f{k}.txt").exists()
            assert sidecar or f"f{k}{ext}" in named, (ext, named)


# ------------------------------------------------------------------ seeded kinds, and the bugs they found
def test_seeded_bad_inputs_each_quarantined_with_its_reason_good_ones_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest.limits, "MAX_BYTES", 5000)  # "huge" without writing megabytes
    rng = random.Random(6)
    expected: dict[str, set[str]] = {}
    for k in range(20):
        (tmp_path / f"random-{k}.txt").write_bytes(rng.randbytes(rng.randint(300, 3000)))
        expected[f"random-{k}.txt"] = {"binary", "undecodable"}
    with open(tmp_path / "huge.txt", "wb") as f:
        f.truncate(5001)
    (tmp_path / "huge.html").write_bytes(b"<p>" + b"word " * 2000 + b"</p>")
    expected |= {"huge.txt": {"too_large"}, "huge.html": {"too_large"}}
    encodings = [codecs.BOM_UTF8 + b"bad \xff\xfe utf-8", codecs.BOM_UTF16_LE + b"T\x00\x00\xd8h\x00",
                 codecs.BOM_UTF16_LE + b"T\x00h", codecs.BOM_UTF32_LE + b"\x00\x00\x11\x00"]
    for k, data in enumerate(encodings):
        (tmp_path / f"enc-{k}.txt").write_bytes(data)
        expected[f"enc-{k}.txt"] = {"undecodable"}
    for k, data in enumerate([b"", b"   ", b"\n\t\r\n", codecs.BOM_UTF8 + b"  "]):
        (tmp_path / f"empty-{k}.txt").write_bytes(data)
        expected[f"empty-{k}.txt"] = {"empty"}
    (tmp_path / "empty.jsonl").write_bytes(b"\n  \n")
    (tmp_path / "empty2.jsonl.gz").write_bytes(gzip.compress(b""))
    expected |= {"empty.jsonl": {"empty"}, "empty2.jsonl.gz": {"empty"}}
    payload = gzip.compress(b"".join(json.dumps({"id": f"z{i}", "text": GOOD}).encode() + b"\n" for i in range(50)))
    (tmp_path / "truncated.jsonl.gz").write_bytes(payload[: len(payload) // 2])
    corrupt = bytearray(payload)
    for i in range(20, len(corrupt) - 10, 5):
        corrupt[i] ^= 0xA5
    (tmp_path / "corrupt.jsonl.gz").write_bytes(bytes(corrupt))
    (tmp_path / "plain.jsonl.gz").write_bytes(b'{"id": "p", "text": "plain"}\n')
    expected |= {"truncated.jsonl.gz": {"unreadable"}, "corrupt.jsonl.gz": {"unreadable"},
                 "plain.jsonl.gz": {"unreadable"}}
    (tmp_path / "nav.html").write_text("<html><body><nav>Home | World | Sport</nav></body></html>")
    (tmp_path / "script.html").write_text("<html><body><script>var a = 1;</script></body></html>")
    (tmp_path / "png.html").write_bytes(b"\x89PNG\r\n\x1a\n" + rng.randbytes(500))
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "README").write_bytes(b"text")
    expected |= {"nav.html": {"no_article"}, "script.html": {"no_article"}, "png.html": {"binary"},
                 "doc.pdf": {"unsupported_format"}, "README": {"unsupported_format"}}
    for k, data in enumerate([b'{"title": "x', b"[1]", b"", b"[" * 50_000, b'{"t": 1' + b"0" * 5000 + b"}"]):
        (tmp_path / f"side-{k}.txt").write_text(GOOD)
        (tmp_path / f"side-{k}.json").write_bytes(data)
        expected[f"side-{k}.json"] = {"bad_sidecar"}
    lines = [json.dumps({"id": "g1", "text": GOOD}), "[1, 2]", '{"text": "no id"}', '{"id": "t", "text": 5}',
             "[" * 4000, '{"id": 1' + "0" * 4400 + ', "text": "x"}', '{"id": "long", "text": "' + "a" * 6000 + '"}',
             json.dumps({"id": "g2", "text": GOOD})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n")
    # lines 2, 5 and 6 are all broken JSON: one row for the three
    expected |= {"feed.jsonl:2-6": {"bad_json"}, "feed.jsonl:3": {"missing_id"}, "feed.jsonl:4": {"empty"},
                 "feed.jsonl:7": {"too_large"}}

    docs, rejected = _read(tmp_path)
    got: dict[str, set[str]] = {}
    for r in rejected:
        got.setdefault(r.source_path, set()).add(r.reason)
    assert set(got) == set(expected), set(got) ^ set(expected)
    for path, reasons in expected.items():
        assert got[path] <= reasons, (path, got[path])
    assert {"g1", "g2", "side-0", "side-1", "side-2", "side-3", "side-4"} <= set(docs)


def test_lone_surrogates_from_json_escapes_are_replaced_not_fatal(tmp_path):
    (tmp_path / "feed.jsonl").write_text('{"id": "s\\udc80", "text": "Police \\ud800 arrested men.", '
                                         '"title": "T\\udfff"}\n' + json.dumps({"id": "g", "text": GOOD}) + "\n")
    docs, rejected = _read(tmp_path)
    assert not rejected
    assert docs["s\ufffd"].text == "Police \ufffd arrested men." and docs["s\ufffd"].title == "T\ufffd"
    assert "g" in docs


def test_file_name_that_is_not_utf8_is_read_under_an_escaped_name(tmp_path):
    with open(os.fsencode(str(tmp_path)) + b"/caf\xe9.txt", "wb") as f:
        f.write(GOOD.encode())
    docs, rejected = _read(tmp_path)
    assert not rejected and docs["caf\\xe9"].source_path == "caf\\xe9.txt"


def test_upper_case_gzip_suffix_is_decompressed(tmp_path):
    (tmp_path / "FEED.JSONL.GZ").write_bytes(gzip.compress(json.dumps({"id": "u", "text": GOOD}).encode()))
    docs, rejected = _read(tmp_path)
    assert not rejected and "u" in docs


def test_a_line_longer_than_max_bytes_is_skipped_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest.limits, "MAX_BYTES", 1000)
    body = (json.dumps({"id": "a", "text": GOOD}) + "\n" + "x" * 5000 + "\n" + json.dumps({"id": "b", "text": GOOD}))
    (tmp_path / "feed.jsonl").write_text(body)
    docs, rejected = _read(tmp_path)
    assert set(docs) == {"a", "b"}
    assert [(r.source_path, r.reason) for r in rejected] == [("feed.jsonl:2", "too_large")]


@pytest.mark.parametrize("html", ["<html></html>", "<html><body><nav>Home | World | Sport</nav></body></html>",
                                  "<html><body><footer>(c) 2024 Example News</footer></body></html>"])
def test_html_without_an_article_is_quarantined(tmp_path, html):
    (tmp_path / "page.html").write_text(html)
    docs, rejected = _read(tmp_path)
    assert not docs and [r.reason for r in rejected] in (["no_article"], ["empty"])
