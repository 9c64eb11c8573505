"""Parsing in bounded batches: long texts are parsed in pieces and come back as one Doc with the same text."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.extract import extract_texts
from newsfacts.nlp import PIECE_CHARS, load_nlp, parse, split_text

PARAGRAPH = ("El Salvador's Defense Minister René Merino Monroy said on Monday that 200 soldiers would join "
             "the Multinational Security Support Mission in Haiti. \"We are ready to help,\" he told reporters "
             "in San Salvador.\n\n")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .!?\n\t\"'A"), max_size=600), st.integers(min_value=20, max_value=120))
def test_pieces_join_back_into_the_text_and_respect_the_limit(text, limit):
    pieces = split_text(text, limit)
    assert "".join(pieces) == text
    assert all(len(p) <= limit for p in pieces)
    assert all(pieces[:-1])  # no empty piece but possibly the last (an empty text is one empty piece)


def test_a_cut_falls_after_a_line_break_where_there_is_one():
    text = PARAGRAPH * 100
    pieces = split_text(text)
    assert len(pieces) > 1
    assert all(p.endswith("\n") for p in pieces[:-1])


def test_a_long_text_is_one_doc_with_its_own_text_and_offsets():
    long = PARAGRAPH * (3 * PIECE_CHARS // len(PARAGRAPH))
    texts = ["Short one about Haiti.", long, "", "Another short one, by Nayib Bukele."]
    docs = list(parse(texts))
    assert [d.text for d in docs] == texts
    doc = docs[1]
    assert all(long[t.idx:t.idx + len(t.text)] == t.text for t in doc)
    people = [e for e in doc.ents if e.label_ == "PERSON" and e.text == "René Merino Monroy"]
    assert len(people) > 1 and people[-1].start_char > 2 * PIECE_CHARS  # found in the last piece too
    assert sum(1 for s in doc.sents if "200 soldiers" in s.text) == long.count("200 soldiers")


def test_extraction_of_a_long_text_reaches_its_end():
    long = PARAGRAPH * (3 * PIECE_CHARS // len(PARAGRAPH))
    (result,) = extract_texts([("long", long, None)])
    quotes = result["quotes"]
    assert len(quotes) == long.count("We are ready")
    assert max(q["start"] for q in quotes) > 2 * PIECE_CHARS


def test_a_blank_line_ends_a_sentence():
    # the parser runs a heading into the next sentence ('Reactions The minister said'); a blank line ends it
    doc = load_nlp()("The talks ended on Friday.\n\nReactions\n\nThe minister said the deal was good.")
    assert [s.text.strip() for s in doc.sents] == ["The talks ended on Friday.", "Reactions",
                                                    "The minister said the deal was good."]


def test_a_line_without_final_punctuation_ends_a_sentence_unless_it_is_wrapped():
    # a headline on its own line is no part of the sentence after it; a hard-wrapped sentence goes on
    doc = load_nlp()("Rebel leader captured near Goma\nCongolese troops captured the rebel leader on Monday.\n"
                     "The army said that the\nleader had been hiding in a church.")
    assert [s.text.strip() for s in doc.sents] == [
        "Rebel leader captured near Goma", "Congolese troops captured the rebel leader on Monday.",
        "The army said that the\nleader had been hiding in a church."]


@pytest.mark.parametrize("text, victim", [
    ("Taliban fighters killed Sgt. Tom Hale near Kandahar on Monday.", "Tom Hale"),
    ("The army said that Lt. Col. Anna Roe had been wounded by Taliban fighters.", "Anna Roe"),
    ("Rebels of the FDLR captured Cpl. Marek Nowak and two other soldiers.", "Marek Nowak"),
])
def test_an_abbreviated_title_before_a_name_ends_no_sentence(text, victim):
    doc = load_nlp()(text)
    assert [s.text for s in doc.sents] == [text]
    # so the act's victim is the one named after the title, in the act's own sentence
    (result,) = extract_texts([("a", text, None)])
    names = {a["local_id"]: a["name"] for a in result["actors"]}
    assert victim in [names.get(e["actor2"]) for e in result["events"]], result["events"]


def test_a_dateline_is_a_sentence_of_its_own():
    doc = load_nlp()("Rebel leader captured near Goma\non March 3, 2011\nCongolese troops captured him on Monday.")
    assert [s.text.strip() for s in doc.sents] == ["Rebel leader captured near Goma", "on March 3, 2011",
                                                    "Congolese troops captured him on Monday."]


def test_a_verb_lemma_keeps_its_silent_e_and_a_doubled_consonant_stays_single():
    # 'staged' is not of 'stag' (that would be 'stagged'): the lemma takes back its e; 'stopped' is of 'stop'
    doc = load_nlp()("Students staged a sit-in, the court fined the firm and the police stopped the march.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["staged"], lemmas["fined"], lemmas["stopped"]) == ("stage", "fine", "stop")


def test_a_state_or_country_after_a_place_and_a_comma_is_that_place_not_the_subject():
    # 'the embassy in Nairobi, Kenya has warned': the parser takes 'Kenya' for a second subject; it names where
    # Nairobi is
    doc = load_nlp()("The British Embassy in Nairobi, Kenya has warned travellers about the roads. "
                     "A farmer from Dayton, Ohio has sued the railway.")
    tok = {t.text: t for t in doc}
    assert (tok["Kenya"].dep_, tok["Kenya"].head.text) == ("appos", "Nairobi")
    assert (tok["Ohio"].dep_, tok["Ohio"].head.text) == ("appos", "Dayton")
    assert [c.text for c in tok["warned"].children if c.dep_ == "nsubj"] == ["Embassy"]
    assert [c.text for c in tok["sued"].children if c.dep_ == "nsubj"] == ["farmer"]


def test_a_country_after_an_opening_place_phrase_stays_the_subject():
    # 'In Kabul, Afghanistan said ...': the phrase sets the scene of the clause, the country speaks
    doc = load_nlp()("In Kabul, Afghanistan said on Monday that it would close the border.")
    tok = {t.text: t for t in doc}
    assert (tok["Afghanistan"].dep_, tok["Afghanistan"].head.text) == ("nsubj", "said")


def _ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in load_nlp()(text).ents]


def test_a_country_opening_the_text_as_its_dateline_is_an_entity_of_its_own():
    # a dateline country runs into the first sentence's first word or name unless split off; the sentence names
    # the country again (or its people), which a name beginning with the country's does not
    assert _ents("Chile Angry farmers in Chile blocked the main highway on Friday.")[:2] == [
        ("Chile", "GPE"), ("Chile", "GPE")]
    assert _ents("Kenya Widespread flooding in Kenya has closed schools.")[:2] == [("Kenya", "GPE"), ("Kenya", "GPE")]
    assert _ents("Ghana Ghana has recalled its ambassador to Nigeria.")[:2] == [("Ghana", "GPE"), ("Ghana", "GPE")]
    # the name after the dateline stays a name
    assert _ents("Mexico Grupo Bimbo, the Mexican baking company, reported higher profits.")[:2] == [
        ("Mexico", "GPE"), ("Grupo Bimbo", "ORG")]


def test_a_name_that_begins_with_a_country_is_no_dateline():
    assert _ents("Singapore Airlines said on Monday it would buy ten new planes.")[0] == ("Singapore Airlines", "ORG")
    assert _ents("The Chile Solidarity Network said that Chile must act.")[0] == (
        "The Chile Solidarity Network", "ORG")


def test_a_headline_that_begins_with_a_company_named_for_its_country_is_no_dateline():
    # the country named again only inside the same name, on the next lines: a headline, not a dateline
    text = "Singapore Airlines to buy ten jets\n\nMay 2, 2008\n\nSingapore Airlines says it will pay in cash."
    assert _ents(text)[0] == ("Singapore Airlines", "ORG")
    assert _ents("Singapore Airlines said Singapore Airlines would fly on.")[0] == ("Singapore Airlines", "ORG")
