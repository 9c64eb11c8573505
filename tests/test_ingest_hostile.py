"""Hostile input: nothing read from outside the raw folder, every entry read or refused with its reason,
bounds on what one file may cost, metadata kept honest, wide and mixed encodings decoded."""
from __future__ import annotations

import codecs
import gzip
import json
import os
import threading

import pytest

from newsfacts.ingest import Document, Rejection, iter_raw, limits
from newsfacts.pipeline import run_local
from newsfacts.storage import read_table
from tests.test_fuzz_ingest import lines_of

GOOD = "Police in Lagos arrested five men on Monday, officials said."


def _read(raw, exclude=()):
    items = list(iter_raw(raw, exclude))
    return ({i.doc_id: i for i in items if isinstance(i, Document)},
            {r.source_path: r for r in items if isinstance(r, Rejection)})


@pytest.fixture
def outside(tmp_path):
    """A file outside the raw folder whose words must never reach a document."""
    secret = tmp_path / "secret" / "passwd.txt"
    secret.parent.mkdir()
    secret.write_text("root:x:0:0:SECRET-CONTENT:/root:/bin/bash\n")
    (tmp_path / "secret" / "meta.json").write_text(json.dumps({"title": "SECRET-TITLE"}))
    return secret


def test_links_out_of_the_raw_folder_are_refused_unread(tmp_path, outside):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "passwd.txt").symlink_to(outside)
    (raw / "etc").symlink_to(outside.parent)
    (raw / "article.txt").write_text(GOOD)
    (raw / "article.json").symlink_to(outside.parent / "meta.json")  # a sidecar from elsewhere
    docs, rejected = _read(raw)
    assert set(docs) == {"article"} and docs["article"].title is None
    assert {p: r.reason for p, r in rejected.items()} == {
        "passwd.txt": "outside_raw", "etc": "outside_raw", "article.json": "outside_raw"}
    assert not any("SECRET" in str(vars(x)) for x in [*docs.values(), *rejected.values()])


def test_links_inside_the_raw_folder_are_read_where_they_lead(tmp_path):
    raw = tmp_path / "raw"
    (raw / "sub").mkdir(parents=True)
    (raw / "sub" / "kenya.txt").write_text(GOOD)
    (raw / "linked.txt").symlink_to(raw / "sub" / "kenya.txt")
    (raw / "alias").symlink_to(raw / "sub")
    docs, rejected = _read(raw)
    assert set(docs) == {"kenya", "linked"} and docs["linked"].text == GOOD
    assert {p: r.reason for p, r in rejected.items()} == {"alias": "linked_folder"}


def test_loops_dangling_links_pipes_and_hidden_entries_each_have_a_row(tmp_path):
    raw = tmp_path / "raw"
    (raw / ".git" / "objects").mkdir(parents=True)
    (raw / ".git" / "objects" / "a.txt").write_text(GOOD)
    (raw / ".DS_Store").write_bytes(b"\x00\x01")
    (raw / "loop.txt").symlink_to(raw / "loop.txt")
    (raw / "gone.txt").symlink_to(raw / "missing.txt")
    os.mkfifo(raw / "pipe.jsonl")  # opening it to read would wait for a writer forever
    (raw / "good.txt").write_text(GOOD)
    result = {}
    reader = threading.Thread(target=lambda: result.update(zip(("docs", "rejected"), _read(raw))), daemon=True)
    reader.start()
    reader.join(60)
    assert not reader.is_alive(), "reading the raw folder blocked (on the named pipe?)"
    assert set(result["docs"]) == {"good"}
    assert {p: r.reason for p, r in result["rejected"].items()} == {
        ".DS_Store": "hidden", ".git": "hidden", "loop.txt": "link_loop", "gone.txt": "dangling_link",
        "pipe.jsonl": "special_file"}
    assert all(r.detail for r in result["rejected"].values())


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_an_unreadable_file_is_refused_with_its_reason(tmp_path):
    (tmp_path / "locked.txt").write_text(GOOD)
    (tmp_path / "locked.txt").chmod(0)
    _, rejected = _read(tmp_path)
    assert rejected["locked.txt"].reason == "unreadable"


def test_files_whose_stems_collide_are_told_apart_by_their_path(tmp_path):
    for folder in ("", "a/", "b/"):
        (tmp_path / folder).mkdir(exist_ok=True)
        (tmp_path / f"{folder}report.txt").write_text(f"{GOOD} ({folder or 'top'})")
    (tmp_path / "a" / "report.html").write_text("<html><body><p>" + GOOD * 3 + "</p></body></html>")
    (tmp_path / "unique.txt").write_text(GOOD)
    docs, rejected = _read(tmp_path)
    assert not rejected
    assert set(docs) == {"report", "a/report.txt", "a/report.html", "b/report", "unique"}
    assert docs["b/report"].source_path == "b/report.txt"


def test_the_output_folder_inside_the_raw_folder_is_not_read_and_the_input_settles(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "kenya.txt").write_text("Kenya sent 400 police officers to Haiti on Tuesday, the government said.")
    out = raw / "processed"
    first = run_local(raw, out)
    assert first["rows"]["documents"] == 1 and first["rows"]["quarantine"] == 0
    assert (out / "report.html").exists()
    assert run_local(raw, out)["unchanged"]  # its own report and tables are not new input


# ------------------------------------------------------------------ bounds
def test_a_gzip_of_newlines_stops_at_the_line_bound_keeping_the_articles_before(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_LINES", 1000)
    body = json.dumps({"id": "first", "text": GOOD}).encode() + b"\n" * 1_000_000
    (tmp_path / "bomb.jsonl.gz").write_bytes(gzip.compress(body))
    docs, rejected = _read(tmp_path)
    assert set(docs) == {"first"}
    assert [(p, r.reason) for p, r in rejected.items()] == [("bomb.jsonl.gz", "too_many_lines")]


def test_a_file_of_broken_lines_is_one_row_per_reason_and_stops_at_the_bound(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_BAD_LINES", 500)
    lines = [json.dumps({"id": "ok", "text": GOOD})] + ["{}"] * 300 + ["[1]"] * 100 + ["{}"] * 1000
    (tmp_path / "feed.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode()))
    docs, rejected = _read(tmp_path)
    assert set(docs) == {"ok"}
    rows = sorted((r.reason, r.count) for r in rejected.values())
    assert rows == [("bad_json", 100), ("missing_id", 400), ("too_many_bad_lines", 1)]
    assert rejected["feed.jsonl.gz:2-501"].detail.startswith("400 lines (2, 3, 4,")
    assert rejected["feed.jsonl.gz"].detail.endswith("the lines after line 501 are not read")


def test_a_file_over_the_decompressed_bound_keeps_what_came_before(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 20_000)
    lines = [json.dumps({"id": f"a{i}", "text": GOOD + " " + "x" * 400}) for i in range(100)]
    (tmp_path / "big.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode()))
    docs, rejected = _read(tmp_path)
    assert 30 <= len(docs) <= 50 and "a0" in docs
    assert [r.reason for r in rejected.values()] == ["too_large"] and "decompressed" in rejected["big.jsonl.gz"].detail


def test_text_of_too_many_tokens_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_TOKENS", 1000)
    (tmp_path / "dots.txt").write_text(GOOD + " " + ". " * 2000)
    (tmp_path / "prose.txt").write_text(" ".join([GOOD] * 50))  # 550 tokens
    docs, rejected = _read(tmp_path)
    assert set(docs) == {"prose"} and rejected["dots.txt"].reason == "too_many_tokens"


# ------------------------------------------------------------------ metadata
@pytest.mark.parametrize("published", ["2024-13-45", "yesterday", 1e20, "2024-02-30", "9999-12-31T99:99:99",
                                       ["2024-01-01"], True])
def test_a_date_that_is_not_one_is_dropped_with_a_warning_row(tmp_path, published):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "a.json").write_text(json.dumps({"published": published, "title": "Arrests in Lagos"}))
    docs, rejected = _read(tmp_path)
    assert docs["a"].published is None and docs["a"].title == "Arrests in Lagos"
    [row] = rejected.values()
    assert (row.reason, row.doc_id, row.warning, row.source_path) == ("bad_metadata", "a", True, "a.txt")
    assert repr(published)[:20] in row.detail


def test_valid_dates_are_kept():
    from newsfacts.ingest.metadata import read_published

    assert str(read_published("2024-02-29")[0]) == "2024-02-29"
    assert str(read_published("2024-07-02T10:00:00Z")[0]) == "2024-07-02"
    assert str(read_published("2024-10-03 23:00:00+02:00")[0]) == "2024-10-03"


def test_non_string_fields_and_non_web_urls_are_dropped_with_one_row_per_document(tmp_path):
    rows = [{"id": "n", "text": GOOD, "title": 123, "source": [1, 2], "url": "javascript:alert(1)"},
            {"id": "b", "text": GOOD, "title": True, "url": "file:///etc/passwd"},
            {"id": "f", "text": GOOD, "title": float("inf")},
            {"id": "ok", "text": GOOD, "title": "Arrests", "url": "https://www.example.org/a"}]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    docs, rejected = _read(tmp_path)
    assert (docs["n"].title, docs["n"].source, docs["n"].url) == (None, None, None)
    assert docs["b"].url is None and docs["f"].title is None
    assert (docs["ok"].title, docs["ok"].source) == ("Arrests", "example.org")
    assert {(r.doc_id, r.reason) for r in rejected.values()} == {("n", "bad_metadata"), ("b", "bad_metadata"),
                                                                 ("f", "bad_metadata")}
    n = rejected["feed.jsonl:1"].detail
    assert "title 123 is a number" in n and "source [1, 2] is a list" in n and "not an http(s) address" in n


def test_metadata_warnings_do_not_count_against_the_quarantine_share(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "a.txt").write_text("Kenya sent police officers to Haiti on Tuesday.")
    (raw / "a.json").write_text(json.dumps({"published": "2024-13-45"}))
    summary = run_local(raw, out, max_quarantine_share=0.0)
    q = read_table(out, "quarantine")
    assert summary["rows"]["documents"] == 1
    assert list(zip(q["reason"], q["doc_id"])) == [("bad_metadata", "a")]


# ------------------------------------------------------------------ encodings
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"])
@pytest.mark.parametrize("gz", [False, True])
def test_jsonl_in_utf16_or_utf32_is_decoded(tmp_path, encoding, gz):
    text = "".join(json.dumps({"id": f"w{i}", "text": f"Le président élu {i} a parlé."}, ensure_ascii=False) + "\n"
                   for i in range(3))
    data = text.encode(encoding)
    (tmp_path / ("feed.jsonl.gz" if gz else "feed.jsonl")).write_bytes(gzip.compress(data) if gz else data)
    docs, rejected = _read(tmp_path)
    assert not rejected and docs["w2"].text == "Le président élu 2 a parlé."


def test_a_text_mixing_utf8_and_cp1252_is_decoded_line_by_line(tmp_path):
    data = ("Le président a parlé à Genève.\n".encode("utf-8") + "Le ministre a répondu à Zürich.\n".encode("cp1252")
            + "Les députés ont voté « oui ».\n".encode("utf-8"))
    (tmp_path / "mixed.txt").write_bytes(data)
    docs, rejected = _read(tmp_path)
    assert not rejected
    assert docs["mixed"].text == "Le président a parlé à Genève.\nLe ministre a répondu à Zürich.\n" \
                                 "Les députés ont voté « oui »."


def test_a_utf16_text_file_still_decodes_and_random_high_bytes_do_not(tmp_path):
    (tmp_path / "wide.txt").write_bytes(codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"))
    (tmp_path / "noise.txt").write_bytes(bytes((0x80 + (i * 37) % 128) for i in range(3000)))
    docs, rejected = _read(tmp_path)
    assert docs["wide"].text == GOOD and rejected["noise.txt"].reason == "undecodable"
    assert lines_of(rejected["noise.txt"]) == ["noise.txt"]
