"""Event extraction on general news sentences, with the real spaCy pipeline."""
import datetime as dt

import pytest

from newsfacts.actors import find_actors
from newsfacts.events import find_events
from newsfacts.extract import extract_doc
from newsfacts.nlp import load_nlp
from newsfacts.quotes import find_quote_spans
from newsfacts.resolve import merge_events
from newsfacts.tables import build_tables


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def events_of(nlp, text, published=None):
    doc = nlp(text)
    actors = find_actors(doc)
    names = {a.local_id: a.name for a in actors}
    out = []
    for e in find_events(doc, actors, find_quote_spans(doc.text), published):
        out.append({"type": e.event_type, "a1": names[e.actor1], "a2": names.get(e.actor2), "date": e.event_date,
                    "precision": e.date_precision, "trigger": e.trigger, "location": e.location,
                    "confidence": e.confidence})
    return out


def has(name, words):
    return name is not None and any(w in name for w in words)


def test_passive_agent_is_actor1_and_explicit_date(nlp):
    evs = events_of(nlp, "The trade agreement was approved by the European Parliament on May 4, 2021.")
    support = [e for e in evs if e["type"] == "SUPPORT"]
    assert len(support) == 1
    assert has(support[0]["a1"], ["European Parliament"])
    assert (support[0]["date"], support[0]["precision"]) == (dt.date(2021, 5, 4), "day")


def test_negated_and_hypothetical_actions_are_not_events(nlp):
    assert events_of(nlp, "Brazil did not sign the agreement with Argentina.") == []
    assert events_of(nlp, "Germany could send troops to Ukraine if the situation worsens.") == []


def test_future_support_or_aid_is_agree(nlp):
    evs = events_of(nlp, "Japan will send humanitarian aid to Nepal.")
    assert [e["type"] for e in evs] == ["AGREE"]
    assert has(evs[0]["a1"], ["Japan"]) and has(evs[0]["a2"], ["Nepal"])


def test_planned_action_is_an_agree_of_the_planner_not_the_action(nlp):
    evs = events_of(nlp, "Canada plans to send a special envoy to Haiti.")
    assert [e["type"] for e in evs] == ["AGREE"]
    assert has(evs[0]["a1"], ["Canada"])


def test_arrest_is_coerce_with_relative_weekday(nlp):
    evs = events_of(nlp, "Russia arrested Alexei Navalny on Friday.", published=dt.date(2024, 10, 10))
    coerce = [e for e in evs if e["type"] == "COERCE"]
    assert len(coerce) == 1
    assert has(coerce[0]["a1"], ["Russia"]) and has(coerce[0]["a2"], ["Navalny"])
    assert (coerce[0]["date"], coerce[0]["precision"]) == (dt.date(2024, 10, 4), "day")


def test_meeting_is_consult_with_place(nlp):
    evs = events_of(nlp, "Emmanuel Macron met Olaf Scholz in Berlin on Tuesday.", published=dt.date(2024, 10, 10))
    consult = [e for e in evs if e["type"] == "CONSULT"]
    assert len(consult) == 1
    assert has(consult[0]["a1"], ["Macron"]) and has(consult[0]["a2"], ["Scholz"])
    assert consult[0]["location"] == "Berlin"
    assert consult[0]["date"] == dt.date(2024, 10, 8)


def test_words_in_quotes_and_plain_speech_are_not_events(nlp):
    text = ('"We will attack the convoy and kill the soldiers," a Hamas spokesman said. '
            "Joe Biden said on Monday that the economy is strong.")
    assert events_of(nlp, text, published=dt.date(2024, 10, 10)) == []


def test_light_verb_with_event_noun(nlp):
    evs = events_of(nlp, "Turkey issued a warning to Greece on Monday.", published=dt.date(2024, 10, 10))
    assert [e["type"] for e in evs] == ["THREATEN"]
    assert has(evs[0]["a1"], ["Turkey"]) and has(evs[0]["a2"], ["Greece"])


def test_partial_date_resolved_against_a_reference_from_the_text(nlp):
    text = ("On October 3, 2024, Chile signed a trade agreement with Peru. "
            "The agreement was ratified by the Congress of Peru in July.")
    evs = events_of(nlp, text, published=None)
    dated = {(e["trigger"], e["date"], e["precision"]) for e in evs if e["type"] == "SUPPORT"}
    assert ("signed", dt.date(2024, 10, 3), "day") in dated
    assert ("ratified", dt.date(2024, 7, 1), "month") in dated


def test_merge_two_mentions_from_two_documents(nlp):
    texts = {
        "a": "Japan signed a trade agreement with Vietnam on March 3, 2023.",
        "b": "Last week, Japan signed a deal with Vietnam, officials said. Vietnam welcomed the move.",
    }
    published = {"a": dt.date(2023, 3, 4), "b": dt.date(2023, 3, 9)}
    extractions = [extract_doc(nlp(t), d, published[d]) for d, t in texts.items()]
    tables = build_tables(None, extractions)
    events = tables["events"]
    signed = events[events["event_type"] == "SUPPORT"]
    merged = signed[signed["n_documents"] == 2]
    assert len(merged) == 1
    row = merged.iloc[0]
    assert row["n_mentions"] >= 2 and 0.0 < row["confidence"] <= 1.0
    assert row["event_date"] == dt.date(2023, 3, 3)
    mentions = tables["event_mentions"]
    assert set(mentions[mentions["event_id"] == row["event_id"]]["doc_id"]) == {"a", "b"}


def test_merge_keeps_incompatible_dates_and_actors_apart():
    def m(doc, a1, a2, date, precision, start=0):
        return {"event_type": "SUPPORT", "actor1_id": a1, "actor2_id": a2, "event_date": date,
                "date_precision": precision, "doc_id": doc, "start": start}
    groups = merge_events([
        m("a", "X", "Y", "2024-10-03", "day"), m("b", "X", None, "2024-10", "month"),
        m("c", "X", "Y", None, None), m("d", "X", "Y", "2023-01-05", "day"), m("e", "X", "Z", None, None),
    ])
    by_docs = sorted(sorted(x["doc_id"] for x in g) for g in groups)
    assert ["a", "b"] in [d[:2] for d in by_docs]
    assert ["d"] in by_docs and ["e"] in by_docs
    assert ["c"] in by_docs  # fits two dated events: left alone rather than guessed


def test_ban_without_agent_is_imposed_by_each_state_it_holds_in(nlp):
    evs = events_of(nlp, "The movement is banned as an extremist group in several countries including "
                         "Germany, France and Russia.")
    bans = sorted(e["a1"] for e in evs if e["type"] == "SANCTION")
    assert len(bans) == 3
    assert has(bans[0], ["France"]) and has(bans[1], ["Germany"]) and has(bans[2], ["Russia"])


def test_protest_without_organizer_belongs_to_the_country_it_is_in(nlp):
    evs = events_of(nlp, "The talks were overshadowed by large protests against NATO in Serbia's capital.")
    protests = [e for e in evs if e["type"] == "PROTEST"]
    assert len(protests) == 1
    assert has(protests[0]["a1"], ["Serbia"]) and has(protests[0]["a2"], ["NATO"])


def test_other_party_of_the_agreement_that_formalized_it_is_actor2(nlp):
    evs = events_of(nlp, "Chile's membership was formalized on May 2, 2019, through an agreement between "
                         "the Chilean government and Peru's ambassador.")
    support = [e for e in evs if e["type"] == "SUPPORT"]
    assert len(support) == 1
    assert has(support[0]["a1"], ["Chile"]) and has(support[0]["a2"], ["Peru"])


def test_statements_and_forecasts_are_not_events(nlp):
    # denials of claims, forecasts, and orders of things
    assert not [e for e in events_of(nlp, "Senator Mark Ellis denied that his office had received the letter.")
                if e["type"] == "REJECT"]
    assert not [e for e in events_of(nlp, "The Finance Minister, Paul Keating, denied the allegations on Monday.")
                if e["type"] == "REJECT"]
    assert not [e for e in events_of(nlp, "Economist John Smith of Barclays warned that the economy will slow.")
                if e["type"] == "THREATEN"]
    assert not [e for e in events_of(nlp, "The owners of Time magazine ordered a complete redesign of the paper.")
                if e["type"] == "REQUEST"]
    # a warning to a named party stays a threat
    assert [e for e in events_of(nlp, "Russia warned Georgia that it would respond to any attack.")
            if e["type"] == "THREATEN"]


def test_business_deals_are_not_political_events(nlp):
    assert not [e for e in events_of(nlp, "Sony Corporation agreed to buy EMI Music Publishing for $2 billion.")
                if e["type"] == "AGREE"]
    assert not [e for e in events_of(nlp, "Peru joined the World Trade Organization in 1995.")
                if e["type"] == "COOPERATE"]
    assert not [e for e in events_of(nlp, "Actor Tom Hanks signed a contract with Paramount Pictures.")
                if e["type"] == "SUPPORT"]
    # joining a joint undertaking is cooperation
    assert [e for e in events_of(nlp, "Chile joined the peacekeeping mission in Haiti with Brazil.")
            if e["type"] == "COOPERATE"]


def test_undated_mentions_in_two_documents_stay_apart_without_a_shared_recipient():
    def m(doc_id, a2=None, date=None):
        return {"doc_id": doc_id, "start": 0, "event_type": "SANCTION", "actor1_id": "usa", "actor2_id": a2,
                "event_date": date, "date_precision": "day" if date else None}
    assert len(merge_events([m("d1", "hamas"), m("d2")])) == 2  # banned in one story, shunned in another
    assert len(merge_events([m("d1", "hamas"), m("d2", "hamas")])) == 1
    assert len(merge_events([m("d1", None, "2024-10-03"), m("d2", "hamas", "2024-10-03")])) == 1
    assert len(merge_events([m("d1"), m("d1", "hamas")])) == 1  # same document: one event


def test_releases_of_things_and_warnings_of_trouble_are_not_events(nlp):
    from newsfacts.actors import find_actors
    from newsfacts.events import find_events
    from newsfacts.quotes import find_quote_spans

    def types(text):
        doc = nlp(text)
        return [(e.event_type, e.trigger) for e in find_events(doc, find_actors(doc), find_quote_spans(text), None)]

    assert types("In a media release, Greenpeace said the plan had failed.") == []
    assert types("Qantas came under scrutiny after the release of a damning report on Monday.") == []
    assert ("RETREAT", "release") in types("Hamas announced the release of the hostages held in Gaza.")
    assert types("Police Commissioner Mick Keelty warned of an increase in traffic delays in Sydney.") == []
