"""Ingest: every input format of the contract, cleaning, metadata, and bad input quarantined."""
from __future__ import annotations

import datetime as dt
import gzip
import json

import pytest

from newsfacts.clean import clean_text, normalize_source
from newsfacts.ingest import Document, IngestError, Rejection, decode_bytes, iter_raw, parse_published
from tests.conftest import SEEDS, write_bad_inputs


def _read(raw):
    items = list(iter_raw(raw))
    return ({i.doc_id: i for i in items if isinstance(i, Document)},
            [i for i in items if isinstance(i, Rejection)])


def test_seed_boilerplate_removed_and_source_kept(tmp_path):
    docs, rejected = _read(SEEDS)
    assert not rejected
    first, second = docs["000_fcfe19a8060cea84"], docs["002_8882498b03355ac9"]
    assert not first.text.startswith("Can't read it")
    assert first.text.startswith("El Salvador is now part of")
    assert "Original Source" not in second.text
    assert second.source == "haitilibre.com"
    assert len(first.text_sha256) == 64


def test_html_and_wiki_tags_are_no_text_and_a_line_break_tag_ends_a_line():
    text, _ = clean_text('<noinclude> The talks ended.<br>The minister left.<br/> '
                         '<div style="float:left; width:50%;">Delegates</div> met. a <b>bold</b> move; 3<b and c>d stay.')
    assert text == "The talks ended.\nThe minister left.\n  Delegates  met. a bold move; 3<b and c>d stay."


def test_presentation_attributes_of_wiki_tables_are_no_text_and_open_no_quote():
    from newsfacts.quotes import find_quote_spans
    text, _ = clean_text('{| class="wikitable" style="float:right; width:40%;" |+ Results |- | colspan="2" | '
                         'Ward 3 |} The mayor said "the count was fair and complete" on Monday.')
    assert "style" not in text and "colspan" not in text and "wikitable" not in text
    assert [text[s.start:s.end] for s in find_quote_spans(text)] == ["the count was fair and complete"]


def test_a_wiki_heading_run_into_the_text_becomes_a_paragraph_of_its_own():
    text, _ = clean_text("The talks ended on Friday. ==Reactions== The minister said it was a good day. "
                         "=== Opposition view === Others disagreed. A score of 2==2 stays.")
    assert text == ("The talks ended on Friday.\n\nReactions\n\n The minister said it was a good day.\n\n"
                    "Opposition view\n\n Others disagreed. A score of 2==2 stays.")


def test_a_template_label_run_into_the_first_sentence_is_set_apart():
    # a wiki template's label ('Kenyan news', 'Somalia infobox') is no part of the first sentence's subject
    assert clean_text("Kenyan news Nairobi police arrested two men.")[0] == "Kenyan news\n\nNairobi police arrested two men."
    assert clean_text("Somalia infobox Troops left Mogadishu.")[0] == "Somalia infobox\n\nTroops left Mogadishu."
    # a category's label: a topic noun ending up to five words ('2006 Kenya-Uganda conflict', 'Economy and business')
    assert clean_text("2006 Kenya-Uganda conflict The fighting went on.")[0] == \
        "2006 Kenya-Uganda conflict\n\nThe fighting went on."
    assert clean_text("Somalia war Kenyan forces left.")[0] == "Somalia war\n\nKenyan forces left."
    # not news about something in a sentence of its own
    for text in ("Kenyan news agencies reported the fire.", "The Kenyan news Editor resigned.",
                 "The Somalia war ended in May."):
        assert clean_text(text)[0] == text


def test_a_country_label_run_into_the_first_sentence_is_set_apart():
    # a wiki's category before the article ('Kenya Two people ...') is no part of its first sentence
    assert clean_text("Kenya Two people were killed in Nairobi.")[0] == "Kenya\n\nTwo people were killed in Nairobi."
    assert clean_text("United Kingdom The Treasury said.")[0] == "United Kingdom\n\nThe Treasury said."
    # a country that modifies the sentence's first noun phrase stays
    for text in ("U.S. President Joe Biden said.", "Kenya and Uganda met.", "Chile US relations improved."):
        assert clean_text(text)[0] == text


def test_the_word_a_publication_status_template_leaves_is_dropped():
    # '{{publish}}' and '{{Archive-unreviewed}}' written out where they stood: at a line's start or after a sentence
    assert clean_text("publish Archive-unreviewed The party won a seat.")[0] == "The party won a seat."
    assert clean_text("Prices rose. publish Another ten countries joined.\n\npublish")[0] == \
        "Prices rose. Another ten countries joined."
    assert clean_text("publish Economy and business Prices fell.")[0] == "Economy and business\n\nPrices fell."
    # the verb stays
    for text in ("He would publish his first article.", 'She left. "Publish the list," they said.'):
        assert clean_text(text)[0] == text


def test_a_countrys_adjective_parted_by_a_wiki_link_is_rejoined():
    # '[[South Africa]]n' written out as 'South Africa n': the adjective the article wrote
    assert clean_text("The South Africa n government and Iraq i officials met.")[0] == \
        "The South African government and Iraqi officials met."
    # a country's name before a word is left alone ('Pakistan is' is no 'Pakistanis')
    for text in ("Pakistan is small.", "He flew from Iran n Tehran."):
        assert clean_text(text)[0] == text


def test_clean_text_keeps_article_lines_and_reports_source():
    text, source = clean_text("Advertisement\nThe minister resigned.\r\n\r\n\r\nShe left.\nSource: https://www.bbc.co.uk/news/1")
    assert text == "The minister resigned.\n\nShe left."
    assert source == "bbc.co.uk"
    assert normalize_source("Reuters") == "Reuters"


def test_html_comments_are_no_text_and_an_unclosed_one_is_kept():
    text, _ = clean_text("The mayor of Springfield resigned.<!-- [http://example.org/a.html] --> He left\n"
                         "<!-- editors: check the\nspelling of Quimby -->on Monday. A <!-- stays.")
    assert text == "The mayor of Springfield resigned. He left\non Monday. A <!-- stays."


def test_txt_with_sidecar_metadata(tmp_path):
    (tmp_path / "a1.txt").write_text("Kenya signed the accord with Haiti.", encoding="utf-8")
    (tmp_path / "a1.json").write_text(json.dumps({"title": "Accord", "published": "2024-07-02T10:00:00Z",
                                                  "url": "https://www.example.org/a1"}))
    docs, rejected = _read(tmp_path)
    assert not rejected
    d = docs["a1"]
    assert (d.title, str(d.published), d.source) == ("Accord", "2024-07-02", "example.org")


def test_jsonl_gz_and_html(tmp_path):
    with gzip.open(tmp_path / "feed.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "g1", "text": "Brazil hosted talks.", "published": "2010-01-05"}) + "\n")
    body = " ".join(["The foreign minister of Chile met his Peruvian counterpart in Lima on Tuesday."] * 6)
    (tmp_path / "page.html").write_text(
        f"<html><head><title>Chile and Peru</title></head><body><nav>Home | World</nav>"
        f"<article><h1>Chile and Peru</h1><p>{body}</p><p>{body}</p></article></body></html>", encoding="utf-8")
    docs, rejected = _read(tmp_path)
    assert not rejected, rejected
    assert str(docs["g1"].published) == "2010-01-05"
    assert "Peruvian counterpart" in docs["page"].text
    assert "Home | World" not in docs["page"].text


def test_encodings_detected():
    assert decode_bytes("Président élu".encode("cp1252")) == "Président élu"
    assert decode_bytes("\ufeffHello".encode("utf-8")) == "Hello"
    assert decode_bytes("Grüße aus Köln".encode("utf-16")) == "Grüße aus Köln"
    with pytest.raises(IngestError) as e:
        decode_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert e.value.reason == "binary"


def test_each_bad_input_one_quarantine_row_good_articles_kept(tmp_path):
    expected = write_bad_inputs(tmp_path)
    docs, rejected = _read(tmp_path)
    assert {r.source_path: r.reason for r in rejected} == expected
    assert all(r.detail for r in rejected)
    assert set(docs) == {"good-1", "good-2"}


def test_duplicate_doc_id_is_quarantined_not_lost(tmp_path):
    (tmp_path / "x.txt").write_text("Chile and Peru signed a treaty.", encoding="utf-8")
    (tmp_path / "y.jsonl").write_text(json.dumps({"id": "x", "text": "Another article."}) + "\n")
    docs, rejected = _read(tmp_path)
    assert list(docs) == ["x"] and docs["x"].source_path == "x.txt"
    assert [r.reason for r in rejected] == ["duplicate_doc_id"]


@pytest.mark.parametrize("value, expected", [("2024-10-03", "2024-10-03"), ("2024-10-03T23:00:00+02:00", "2024-10-03"),
                                             ("October 3", None), ("", None), (None, None), ("2024-13-40", None)])
def test_parse_published(value, expected):
    got = parse_published(value)
    assert (str(got) if got else None) == expected


def test_a_web_pages_date_does_not_depend_on_the_day_it_is_read(tmp_path):
    # the HTML date search drops a date after the day it runs: a page dated after it (another time zone, a feed read
    # early) kept another date than a later reading gave it; the search's bound is fixed
    soon = dt.date.today() + dt.timedelta(days=3)
    (tmp_path / "page.html").write_text(
        f'<html><head><title>Envoys meet</title><meta property="article:published_time" content="{soon}">'
        "</head><body><article><h1>Envoys meet</h1><p>The foreign ministers of Chile and Peru met in Lima to discuss "
        "trade and the border, officials of both countries said after the talks.</p></article></body></html>",
        encoding="utf-8")
    doc, = [d for d in iter_raw(tmp_path) if isinstance(d, Document)]
    assert doc.published == soon
