"""Cross-document event merging (newsfacts.resolve.events), one rule at a time, on made-up mentions."""
from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.resolve.events import _same_stem, event_groups, merge_confidence, merge_events
from newsfacts.resolve.event_rows import event_tables

D = dt.date


def _m(doc, a1, a2, lemma="expel", date=None, precision=None, start=0, kind="SANCTION", types=None, **kw):
    types = types or {}
    return {"event_type": kind, "actor1_id": a1, "actor2_id": a2, "event_date": date, "date_precision": precision,
            "doc_id": doc, "start": start, "lemma": lemma, "confidence": 0.7,
            "actor1_type": types.get(a1, "PERSON"), "actor2_type": types.get(a2, "PERSON"), **kw}


def _docs(groups) -> list[list[str]]:
    return sorted(sorted(m["doc_id"] + (f"@{m['start']}" if m["start"] else "") for m in g) for g in groups)


def _pub(**days) -> dict:
    return {doc: D(2020, 3, d) for doc, d in days.items()}


# ------------------------------------------------------------------ what two reports must share
def test_reports_of_different_types_or_contradicting_actors_stay_apart():
    pub = _pub(a=1, b=1, c=1)
    groups = merge_events([_m("a", "X", "Y"), _m("b", "X", "Y", kind="COERCE"), _m("c", "X", "Z")], pub)
    assert _docs(groups) == [["a"], ["b"], ["c"]]


def test_an_agent_left_unnamed_is_someone_not_a_wildcard_across_articles():
    # 'I support the plan' in two interviews: two speakers, though neither is named; a report of an act done to Y
    # with no agent at all ('Y was supported') may be either
    said = "the councillor said she supports the plan for the new harbour"
    first = _m("a", None, "Y", lemma="support", kind="SUPPORT", sentence=said, agent_unresolved=True)
    second = _m("b", None, "Y", lemma="support", kind="SUPPORT", sentence=said, agent_unresolved=True)
    assert _docs(merge_events([first, second], _pub(a=1, b=1))) == [["a"], ["b"]]
    second["agent_unresolved"] = False
    assert _docs(merge_events([first, second], _pub(a=1, b=1))) == [["a"], ["b"]]
    first["agent_unresolved"] = False
    assert _docs(merge_events([first, second], _pub(a=1, b=1))) == [["a", "b"]]
    # within one article the text may name the same speaker twice
    again = _m("a", None, "Y", lemma="support", kind="SUPPORT", sentence=said, start=5, agent_unresolved=True)
    assert _docs(merge_events([first, again], _pub(a=1))) == [["a", "a@5"]]
    # nor is an unnamed speaker another article's named one
    first["agent_unresolved"] = True
    named = _m("c", "X", "Y", lemma="support", kind="SUPPORT", sentence=said)
    assert _docs(merge_events([first, named], _pub(a=1, c=1))) == [["a"], ["c"]]
    # an act whose target tells it still joins: a named person is killed once, whoever 'they' are
    killed = _m("a", None, "Y", lemma="kill", date=D(2020, 3, 3), precision="day", kind="ASSAULT",
                agent_unresolved=True)
    assert _docs(merge_events([killed, _m("b", None, "Y", lemma="murder", kind="ASSAULT")], {})) == [["a", "b"]]


def test_reports_placed_in_different_countries_stay_apart():
    # 'killed in Kabul' and 'killed in Baghdad' the same day are two attacks; a city and its country fit
    ms = [_m("a", "X", "Y", "kill", "2020-03-02", "day", kind="ASSAULT", location="Kabul"),
          _m("b", "X", "Y", "kill", "2020-03-02", "day", kind="ASSAULT", location="Baghdad"),
          _m("c", "X", "Y", "kill", "2020-03-02", "day", kind="ASSAULT", location="Afghanistan")]
    assert _docs(merge_events(ms)) == [["a", "c"], ["b"]]


@pytest.mark.parametrize("one, other", [("Hong Kong", "China"), ("Jerusalem", "West Bank"), ("Georgia", "Atlanta")])
def test_places_that_may_lie_in_one_country_do_not_keep_reports_apart(one, other):
    # a territory of two names, a contested one, a name of a country and of a state
    ms = [_m("a", "X", "Y", "kill", "2020-03-02", "day", kind="ASSAULT", location=one),
          _m("b", "X", "Y", "kill", "2020-03-02", "day", kind="ASSAULT", location=other)]
    assert _docs(merge_events(ms)) == [["a", "b"]]


def test_an_actor_in_common_must_be_in_the_same_role():
    # "X expelled someone" and "someone expelled X" are not one event
    pub = _pub(a=1, b=1)
    assert len(merge_events([_m("a", "X", None), _m("b", None, "X")], pub)) == 2


def test_symmetric_acts_match_whatever_the_order_of_the_two_sides():
    pub = _pub(a=1, b=2)
    ms = [_m("a", "X", "Y", lemma="meet", kind="CONSULT", symmetric=True),
          _m("b", "Y", "X", lemma="meet", kind="CONSULT", symmetric=True)]
    assert len(merge_events(ms, pub)) == 1


# ------------------------------------------------------------------ time
def test_undated_reports_join_only_when_published_within_a_few_days():
    pub = {"a": D(2020, 1, 1), "b": D(2020, 1, 3), "c": D(2020, 1, 20)}
    groups = merge_events([_m("a", "X", "Y"), _m("b", "X", "Y"), _m("c", "X", "Y")], pub)
    assert _docs(groups) == [["a", "b"], ["c"]]


def test_undated_reports_a_day_apart_must_tell_the_same_thing():
    pub = {"a": D(2020, 1, 1), "b": D(2020, 1, 2), "c": D(2020, 1, 2)}
    ms = [_m("a", "X", None, lemma="urge", kind="REQUEST",
             sentence="The senator urged Iran to stop enriching uranium."),
          _m("b", "X", None, lemma="urge", kind="REQUEST", sentence="On Monday the senator urged Iran to stop "
             "enriching uranium at its plants."),
          _m("c", "X", None, lemma="urge", kind="REQUEST", sentence="The senator also urged lawmakers to pass the "
             "farm bill before the recess.")]
    assert _docs(merge_events(ms, pub)) == [["a", "b"], ["c"]]


def test_a_dated_event_joins_undated_reports_of_the_following_week_only():
    pub = {"a": D(2020, 3, 2), "b": D(2020, 3, 6), "c": D(2020, 3, 30)}
    ms = [_m("a", "X", "Y", date="2020-03-01", precision="day"), _m("b", "X", "Y"), _m("c", "X", "Y")]
    assert _docs(merge_events(ms, pub)) == [["a", "b"], ["c"]]


def test_dates_join_when_one_lies_within_the_other_and_never_across_days():
    ms = [_m("a", "X", "Y", date="2020-03-01", precision="day"), _m("b", "X", "Y", date="2020-03-01", precision="month"),
          _m("c", "X", "Y", date="2020-04-02", precision="day"), _m("d", "X", "Y", date="2020-04-03", precision="day")]
    assert _docs(merge_events(ms, _pub(a=2, b=5, c=3, d=4))) == [["a", "b"], ["c"], ["d"]]


def test_without_any_date_or_publication_date_the_actors_and_words_decide():
    assert len(merge_events([_m("a", "X", "Y"), _m("b", "X", "Y")], {})) == 1


# ------------------------------------------------------------------ the passes
def test_both_roles_agree_with_different_words_only_on_the_same_day():
    same_day = [_m("a", "X", "Y", lemma="expel", date="2020-03-01", precision="day"),
                _m("b", "X", "Y", lemma="suspend", date="2020-03-01", precision="day")]
    assert len(merge_events(same_day, _pub(a=2, b=2))) == 1
    undated = [_m("a", "X", "Y", lemma="expel"), _m("b", "X", "Y", lemma="suspend")]
    assert len(merge_events(undated, _pub(a=2, b=2))) == 2


def test_one_shared_actor_needs_the_same_word_not_a_synonym():
    pub = _pub(a=1, b=2)
    assert len(merge_events([_m("a", "X", None, lemma="kill", kind="ASSAULT"),
                             _m("b", "X", None, lemma="killing", kind="ASSAULT")], pub)) == 1
    assert len(merge_events([_m("a", "X", None, lemma="kill", kind="ASSAULT"),
                             _m("b", "X", None, lemma="murder", kind="ASSAULT")], pub)) == 2


def test_an_actor_that_stands_for_many_needs_a_pinned_day():
    # two reports that "a soldier of country C was killed", published a day apart, may be two killings
    types = {"C": "COUNTRY"}
    undated = [_m("a", None, "C", lemma="kill", kind="ASSAULT", types=types),
               _m("b", None, "C", lemma="kill", kind="ASSAULT", types=types)]
    assert len(merge_events(undated, _pub(a=1, b=2))) == 2
    dated = [_m("a", None, "C", lemma="kill", kind="ASSAULT", types=types, date="2020-03-01", precision="day"),
             _m("b", None, "C", lemma="kill", kind="ASSAULT", types=types, date="2020-03-01", precision="day")]
    assert len(merge_events(dated, _pub(a=1, b=2))) == 1


def test_the_same_word_stands_in_for_a_role_one_report_leaves_empty():
    pub = _pub(a=1, b=1)
    assert len(merge_events([_m("a", "X", "Y", lemma="expel"), _m("b", "X", None, lemma="expulsion")], pub)) == 1
    assert len(merge_events([_m("a", "X", "Y", lemma="expel"), _m("b", "X", None, lemma="suspend")], pub)) == 2


def test_a_loose_time_joins_only_where_neither_group_could_be_another_event():
    # "X resigned in 2019" fits the resignation of 2019-05-02 while that is the only one on record ...
    alone = [_m("a", "X", None, lemma="resign", date="2019-05-02", precision="day"),
             _m("b", "X", None, lemma="resign", date="2019-01-01", precision="year")]
    assert len(merge_events(alone, {"a": D(2019, 5, 3), "b": D(2020, 2, 1)})) == 1
    # ... but not when X resigned twice that year
    twice = alone + [_m("c", "X", None, lemma="resign", date="2019-11-20", precision="day")]
    groups = merge_events(twice, {"a": D(2019, 5, 3), "b": D(2020, 2, 1), "c": D(2019, 11, 21)})
    assert _docs(groups) == [["a"], ["b"], ["c"]]


def test_a_report_without_a_publication_date_joins_a_dated_one_only_as_its_only_candidate():
    ms = [_m("a", "X", None, lemma="resign", date="2019-05-02", precision="day"), _m("b", "X", None, lemma="resign")]
    assert len(merge_events(ms, {"a": D(2019, 5, 3), "b": None})) == 1
    ms.append(_m("c", "X", None, lemma="resign", date="2018-02-01", precision="day"))
    assert len(merge_events(ms, {"a": D(2019, 5, 3), "b": None, "c": D(2018, 2, 2)})) == 3


def test_a_report_that_fits_two_different_events_equally_joins_neither():
    ms = [_m("a", "X", "Y", date="2020-03-01", precision="day"), _m("b", "X", "Y", date="2020-03-05", precision="day"),
          _m("c", "X", "Y", date="2020-03-01", precision="month")]
    assert _docs(merge_events(ms, _pub(a=2, b=6, c=9))) == [["a"], ["b"], ["c"]]


# ------------------------------------------------------------------ within one report
def test_a_report_repeats_an_event_with_the_same_word_and_tells_two_acts_by_two_words():
    ms = [_m("a", "X", "Y", lemma="arrest", kind="COERCE", start=0),
          _m("a", None, "Y", lemma="arrest", kind="COERCE", start=50),
          _m("a", "X", "Y", lemma="deport", kind="COERCE", start=90)]
    assert _docs(merge_events(ms, _pub(a=1))) == [["a", "a@50"], ["a@90"]]


def test_a_verb_stating_an_event_noun_shares_the_nouns_words():
    # 'X announced his resignation' (the verb's trigger, the noun its theme) and 'his resignation' later
    ms = [_m("a", "X", None, lemma="announce", kind="RETREAT", theme="resignation", start=0),
          _m("a", "X", None, lemma="resignation", kind="RETREAT", start=80)]
    assert _docs(merge_events(ms, _pub(a=1))) == [["a", "a@80"]]
    ms[0]["theme"] = None  # an announcement alone is a different word
    assert _docs(merge_events(ms, _pub(a=1))) == [["a"], ["a@80"]]


def test_repeats_about_an_actor_that_stands_for_many_stay_inside_their_report():
    types = {"C": "COUNTRY"}
    ms = [_m("a", None, "C", lemma="kill", kind="ASSAULT", types=types, date="2020-03-01", precision="day"),
          _m("b", None, "C", lemma="kill", kind="ASSAULT", types=types, date="2020-03-01", precision="day"),
          _m("b", None, "C", lemma="kill", kind="ASSAULT", types=types, start=70)]
    # b's second killing (undated, of another soldier perhaps) is not carried into a's report
    assert ["b@70"] in _docs(merge_events(ms, _pub(a=2, b=2)))


# ------------------------------------------------------------------ evidence and confidence
def test_each_group_publishes_the_evidence_of_its_joins_and_weak_evidence_adds_less_confidence():
    (group, evidence), = event_groups([_m("a", "X", "Y"), _m("b", "X", "Y")], _pub(a=1, b=2))
    assert evidence == {"actor pair, published, same word"}
    weak = {"partial, published, same word"}
    assert merge_confidence(group, evidence) > merge_confidence(group, weak) > 0.7


def test_spelling_variants_and_derivations_count_as_the_same_word():
    assert _same_stem("criticise", "criticize") and _same_stem("recognition", "recognize")
    assert _same_stem("threat", "threaten") and not _same_stem("attack", "attach")
    assert not _same_stem("protest", "protection")


def test_two_events_alike_in_type_actors_and_date_keep_two_ids():
    row = {"trigger": "x", "end": 1, "sentence": "x", "date_text": None, "location": None}
    ms = [{**_m("a", "X", "Y", lemma="arrest", kind="COERCE", date="2020-03-01", precision="day"), **row, "ref": ("a", 0)},
          {**_m("a", "X", "Y", lemma="deport", kind="COERCE", date="2020-03-01", precision="day", start=40), **row,
           "ref": ("a", 1)}]
    events, mentions = event_tables(ms, _pub(a=2))
    assert len(events) == 2 and len({m["event_id"] for m in mentions}) == 2


def test_a_target_left_unnamed_joins_only_where_the_agent_did_no_other_such_act_then():
    # "X urged Y" and "X urged" (no target) a day apart are one event while X urged nobody else then ...
    pub = _pub(a=1, b=2, c=2)
    ms = [_m("a", "X", "Y", lemma="urge", kind="REQUEST"), _m("b", "X", None, lemma="urge", kind="REQUEST")]
    assert len(merge_events(ms, pub)) == 1
    # ... but "X urged" may as well be X urging Z
    ms.append(_m("c", "X", "Z", lemma="urge", kind="REQUEST"))
    assert _docs(merge_events(ms, pub)) == [["a"], ["b"], ["c"]]


def test_an_agent_left_unnamed_is_stood_in_for_by_the_same_word():
    # "X arrested Y" and "Y was arrested", reported the next day
    pub = _pub(a=1, b=2)
    ms = [_m("a", "X", "Y", lemma="arrest", kind="COERCE"), _m("b", None, "Y", lemma="arrest", kind="COERCE")]
    (group, evidence), = event_groups(ms, pub)
    assert evidence == {"partial, published, same word"}


def test_a_repeat_joins_an_event_of_other_reports_only_with_the_same_word_and_roles():
    pub = _pub(a=1, b=1)
    ms = [_m("a", "X", "Y", lemma="expel"), _m("b", "X", "Y", lemma="expel"),
          _m("b", "X", None, lemma="expulsion", start=80), _m("b", "X", "Y", lemma="suspend", start=160)]
    # b's "expulsion" (no target) and "suspend" (another word) stay apart from the event a and b report
    assert _docs(merge_events(ms, pub)) == [["a", "b"], ["b@160"], ["b@80"]]


# ------------------------------------------------------------------ many events of one actor
def _background(n: int) -> tuple[list[dict], dict]:
    """n reports of one actor pair's acts, each its own day, 20 days apart from 2000 on."""
    days = [D(2000, 1, 1) + dt.timedelta(days=20 * k) for k in range(n)]
    return ([_m(f"bg{k}", "X", "Y", date=d.isoformat(), precision="day") for k, d in enumerate(days)],
            {f"bg{k}": d + dt.timedelta(days=1) for k, d in enumerate(days)})


def test_an_actors_acts_at_other_times_neither_join_a_report_nor_stop_its_merge():
    bg, pub = _background(300)
    pair = [_m("a", "X", "Y", date="2020-03-01", precision="day"), _m("b", "X", "Y")]
    pub = {**pub, "a": D(2020, 3, 1), "b": D(2020, 3, 4)}
    groups = _docs(merge_events(bg + pair, pub))
    assert ["a", "b"] in groups and len(groups) == 301


def test_a_report_with_no_time_joins_the_one_event_it_can_be_and_none_of_many():
    # no date and no publication date: it may be any of the pair's acts, so it joins one only when there is one
    lone = _m("c", "X", "Y")
    pub = {"a": D(2020, 3, 1)}
    assert _docs(merge_events([_m("a", "X", "Y", date="2020-03-01", precision="day"), lone], pub)) == [["a", "c"]]
    bg, bg_pub = _background(300)
    groups = _docs(merge_events(bg + [lone], bg_pub))
    assert ["c"] in groups and len(groups) == 301


# ------------------------------------------------------------------ the shortcuts give the sieve's own answer
def _random_reports(seed: int, n: int = 60) -> tuple[list[dict], dict]:
    """n reports over 8 documents with a few actors, words, dates and symmetric acts, many of them exact repeats
    of a report in the same document (a story retold sentence by sentence)."""
    import random

    rng = random.Random(seed)
    actors, words = ["X", "Y", "Z", "W", None], ["expel", "expulsion", "suspend", "meet"]
    dates = [None, None, "2020-03-01", "2020-03-02", "2020-03", "2020"]
    ms: list[dict] = []
    for k in range(n):
        if ms and rng.random() < 0.4:  # a repeat of an earlier report of the same document, further on
            ms.append({**rng.choice(ms), "start": 1000 + k})
            continue
        date = rng.choice(dates)
        ms.append(_m(f"d{rng.randrange(8)}", rng.choice(actors[:4]), rng.choice(actors), lemma=rng.choice(words),
                     date=date, precision={10: "day", 7: "month", 4: "year"}.get(len(date or "")), start=k,
                     kind=rng.choice(["SANCTION", "CONSULT"]), symmetric=rng.random() < 0.2,
                     types={"W": "COUNTRY"}))
    pub = {f"d{d}": D(2020, 3, 1 + d % 4) for d in range(7)}  # d7 has no publication date
    return ms, pub


def _answer(ms: list[dict], pub: dict) -> list:
    return sorted((sorted((m["doc_id"], m["start"]) for m in g), sorted(ev)) for g, ev in event_groups(ms, pub))


def test_the_index_of_roles_and_times_gives_what_trying_every_pair_gives(monkeypatch):
    from newsfacts.resolve import events

    fast = [_answer(*_random_reports(seed)) for seed in range(40)]
    monkeypatch.setattr(events._Index, "near", lambda self, g: set(range(self.size)))
    monkeypatch.setattr(events._Index, "__init__",
                        lambda self, groups, surnames=False: setattr(self, "size", len(groups)))
    monkeypatch.setattr(events._Index, "add", lambda self, i, g, sort=True: None)
    assert [_answer(*_random_reports(seed)) for seed in range(40)] == fast


def test_a_reports_many_repeats_of_one_act_are_one_event_with_every_mention():
    repeats = [_m("a", "X", "Y", date="2020-03-01", precision="day", start=k) for k in range(3000)]
    other = _m("b", "X", "Y", date="2020-03-01", precision="day")
    (group, evidence), = event_groups(repeats + [other], _pub(a=1, b=2))
    assert len(group) == 3001 and "actor pair, same day, same word" in evidence


def test_one_actors_acts_on_many_targets_the_same_day_stay_apart():
    acts = [_m("a", "X", f"T{k}", date="2020-03-01", precision="day", start=k) for k in range(2000)]
    assert len(merge_events(acts + [_m("b", "X", "T7", date="2020-03-01", precision="day")], _pub(a=1, b=1))) == 2000


def test_two_reports_of_the_killing_of_one_named_person_are_one_event():
    # a person is killed once: "the murder of Y" (undated) and "Y was killed on the 3rd" join whatever the words
    killed = _m("a", None, "Y", lemma="kill", date=D(2020, 3, 3), precision="day", kind="ASSAULT")
    murder = _m("b", None, "Y", lemma="murder", kind="ASSAULT")
    assert _docs(merge_events([killed, murder], {})) == [["a", "b"]]
    # also where one article tells both ("was killed on the 3rd ... the murder of Y")
    again = _m("a", None, "Y", lemma="murder", start=9, kind="ASSAULT")
    assert _docs(merge_events([killed, murder, again], {})) == [["a", "a@9", "b"]]
    # not attempts: one may try to kill X many times
    tried = _m("g", None, "Y", lemma="assassinate", kind="ASSAULT", attempted=True)
    assert len(merge_events([killed, tried], {})) == 2
    # not an attack on one person reported twice without a date: attacks recur
    shot = _m("c", None, "Y", lemma="shoot", kind="ASSAULT")
    attack = _m("d", None, "Y", lemma="attack", date=D(2020, 3, 3), precision="day", kind="ASSAULT")
    assert len(merge_events([shot, attack], {})) == 2
    # nor the killing of a country's people ("Iraqis were killed")
    iraq = {"IRQ": "COUNTRY"}
    assert len(merge_events([_m("e", None, "IRQ", lemma="kill", kind="ASSAULT", types=iraq,
                                date=D(2020, 3, 3), precision="day"),
                             _m("f", None, "IRQ", lemma="murder", kind="ASSAULT", types=iraq)], {})) == 2


def test_reports_of_harm_to_one_named_person_close_in_time_are_one_attack():
    # "Y was shot on the 3rd" and "the bullet struck Y" (published that day): one act, whatever the words
    shot = _m("a", "X", "Y", lemma="shoot", date=D(2020, 3, 3), precision="day", kind="ASSAULT")
    struck = _m("b", None, "Y", lemma="strike", kind="ASSAULT")
    assert _docs(merge_events([shot, struck], _pub(a=3, b=3))) == [["a", "b"]]
    # also within one report ("was shot ... his wounds": "injured")
    injured = _m("a", None, "Y", lemma="injure", start=9, kind="ASSAULT")
    assert _docs(merge_events([shot, injured], _pub(a=3))) == [["a", "a@9"]]
    # not months apart: a person may be attacked again
    assert len(merge_events([shot, struck], _pub(a=3) | {"b": D(2020, 6, 1)})) == 2
    # not the killing the shooting caused (two events, as news tells them), nor an abduction of the same person
    killed = _m("c", None, "Y", lemma="kill", kind="ASSAULT")
    kidnapped = _m("d", None, "Y", lemma="kidnap", kind="ASSAULT")
    assert len(merge_events([struck, killed, kidnapped], _pub(b=3, c=3, d=3))) == 3
    # nor harm to a country's people ("Iraqis were wounded")
    iraq = {"IRQ": "COUNTRY"}
    assert len(merge_events([_m("e", None, "IRQ", lemma="wound", kind="ASSAULT", types=iraq),
                             _m("f", None, "IRQ", lemma="shoot", kind="ASSAULT", types=iraq)], _pub(e=3, f=3))) == 2


def test_a_person_named_by_surname_is_the_one_named_in_full_where_the_act_is_the_same():
    # actor identity keeps 'Jackson' apart from 'Vincent Jackson' where other Jacksons are named elsewhere; the same
    # act at the same time ('Jackson was arrested', 'police arrested Vincent Jackson') is one event
    people = {"VJ": "Vincent Jackson", "J": "Jackson", "TJ": "Tarvaris Jackson", "P": "Highway Patrol"}

    def m(doc, a1, a2, lemma="arrest", **kw):
        return _m(doc, a1, a2, lemma=lemma, kind="COERCE", actor1_name=people.get(a1), actor2_name=people.get(a2),
                  **kw)
    full, short = m("a", "P", "VJ"), m("b", None, "J")
    assert _docs(merge_events([full, short], _pub(a=6, b=6))) == [["a", "b"]]
    # not another act of the same kind ('charged'), nor days apart
    assert len(merge_events([full, m("b", None, "J", lemma="charge")], _pub(a=6, b=6))) == 2
    assert len(merge_events([full, short], _pub(a=6, b=20))) == 2
    # nor where two people of that surname were arrested then: which one is meant is a guess
    other = m("c", "P", "TJ")
    groups = merge_events([full, short, other], _pub(a=6, b=6, c=6))
    assert _docs(groups) == [["a"], ["b"], ["c"]]
