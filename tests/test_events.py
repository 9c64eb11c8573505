"""Event extraction on general news sentences (written for these tests), with the real spaCy pipeline."""
import datetime as dt

import pytest

from newsfacts.events import find_events
from newsfacts.events.responsible import responsible_countries
from newsfacts.events.senses import sense
from newsfacts.events.vocabulary import nominal_bases, vocabulary
from newsfacts.extract import extract_doc
from newsfacts.actors import find_actors
from newsfacts.nlp import load_nlp
from newsfacts.quotes import find_quote_spans, find_quotes
from newsfacts.resolve import merge_events
from newsfacts.tables import build_tables

PUB = dt.date(2024, 10, 10)  # a Thursday


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def mentions_of(nlp, text, published=PUB):
    """The event mentions `find_events` gives a text, and its actors' names by local id."""
    doc = nlp(text)
    actors = responsible_countries(doc, find_actors(doc))
    spans = find_quote_spans(doc.text)
    return find_events(doc, actors, spans, published, find_quotes(doc, actors, spans)), {
        a.local_id: a.name for a in actors}


def events_of(nlp, text, published=PUB):
    found, names = mentions_of(nlp, text, published)
    return [{"type": e.event_type, "a1": names.get(e.actor1), "a2": names.get(e.actor2), "date": e.event_date,
             "precision": e.date_precision, "trigger": e.trigger, "location": e.location} for e in found]


def of_type(evs, t):
    return [e for e in evs if e["type"] == t]


def locations(nlp, text, t):
    """The places of a text's events of type `t`."""
    return [e["location"] for e in of_type(events_of(nlp, text), t)]


def has(name, *words):
    return name is not None and any(w in name for w in words)


# ------------------------------------------------------------------ the vocabulary
def test_a_call_for_something_is_a_request_and_a_telephone_call_is_not(nlp):
    # the noun is a request only with its preposition, as the verb 'call for' is (PLOVER: "calls for
    # dismissal of officials" are REQUEST)
    evs = of_type(events_of(nlp, "Chile's president repeated her call for an inquiry into the shooting."), "REQUEST")
    assert evs == [] or all(e["a1"] is None or "Chile" in e["a1"] for e in evs)
    evs = of_type(events_of(nlp, "Amnesty International renewed its call for the release of Ahmad Karim."), "REQUEST")
    assert [e["a1"] for e in evs] == ["Amnesty International"]
    evs = of_type(events_of(nlp, "Angela Merkel's call for new elections surprised her party."), "REQUEST")
    assert [e["a1"] for e in evs] == ["Angela Merkel"]
    for text in ("Angela Merkel's call with Vladimir Putin lasted an hour.",
                 "The phone call for Angela Merkel came from Vladimir Putin.",
                 "It is a wake-up call for Angela Merkel."):
        assert not of_type(events_of(nlp, text), "REQUEST"), text


def test_calling_for_an_inquiry_or_a_dismissal_is_a_demand_and_calling_someone_a_name_criticizes(nlp):
    # what is called for is demanded (REQUEST), whichever act it is; naming someone a liar is criticism (ACCUSE)
    for text in ("Senator Jane Roe called for an independent inquiry into the shooting.",
                 "Senator Jane Roe called for the dismissal of Police Commissioner John Doe."):
        evs = events_of(nlp, text)
        assert [e["a1"] for e in of_type(evs, "REQUEST")] == ["Jane Roe"], evs
        assert not [e for e in of_type(evs, "ACCUSE") if e["a1"] == "Jane Roe"], evs
    for text in ("Senator Jane Roe called Police Commissioner John Doe a liar.",
                 "Senator Jane Roe has called Police Commissioner John Doe a liar for years."):
        evs = of_type(events_of(nlp, text), "ACCUSE")
        assert [(e["a1"], e["a2"]) for e in evs] == [("Jane Roe", "John Doe")], (text, evs)


def test_declining_to_comment_is_no_rejection_but_refusing_to_act_is(nlp):
    # CAMEO codes "refuse comment" 011, a statement: no PLOVER event; the infinitive is read as its noun
    assert not events_of(nlp, "The Pentagon declined to comment on the report by Amnesty International.")
    assert not events_of(nlp, "The government of Chile declined to confirm or deny the report by Amnesty International.")
    reject = of_type(events_of(nlp, "Syria refused to withdraw its troops from Lebanon."), "REJECT")
    assert len(reject) == 1 and reject[0]["a1"] == "Syria"
    # what is refused is not done, whichever of two coordinated verbs names it
    assert not of_type(events_of(nlp, "Syria refused to withdraw its troops or negotiate with Israel."), "CONSULT")
    # giving words or talking about something is saying too; talking with someone is an act refused
    for text in ("The ministry of Peru declined to give details of the incident.",
                 "Chile refused to make a statement on the treaty.",
                 "Senator Ann Cole refused to talk about the vote.",
                 "Chile refused to discuss the terms of the treaty.",
                 "The ministry of Peru declined to answer questions about the report by Amnesty International."):
        assert not events_of(nlp, text), text
    assert of_type(events_of(nlp, "Chile refused to talk with Peru."), "REJECT")
    # words withheld from someone who asked for them reject the request; from the press, they are no comment
    evs = events_of(nlp, "Iran refused to provide information to the IAEA.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("REJECT", "Iran", "IAEA")], evs
    assert not events_of(nlp, "The ministry of Peru declined to give details of the incident to reporters.")


def test_ending_a_restriction_is_an_event_of_its_own_and_the_restriction_is_none(nlp):
    # CAMEO 085 (ease an embargo: RETREAT, on the one it was imposed on) and 0814 (ease a state of emergency),
    # a verbal concession in the PLOVER manual; the lifted embargo itself is no SANCTION
    evs = events_of(nlp, "The European Union ended its arms embargo on Chile on Monday.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("RETREAT", "European Union", "Chile")]
    evs = events_of(nlp, "The government of Peru lifted the state of emergency in the south on Monday.")
    assert [(e["type"], e["a1"]) for e in evs] == [("CONCEDE", "Peru")]
    # an object that is no restriction leaves the verb as it was
    assert not events_of(nlp, "The government of Peru ended the season of festivals on Monday.")


def test_a_quantity_of_things_is_read_as_the_things(nlp):
    # 'most of the claims', 'some of the hostages': a CAMEO pattern's object and the grammar's reading of what
    # is acted on are the noun after 'of' (dismissing claims is rejecting them; releasing hostages is retreating)
    evs = events_of(nlp, "Russian officials have dismissed most of the claims as baseless.")
    assert [(e["type"], e["a1"]) for e in evs] == [("REJECT", "Russian Federation")], evs
    evs = events_of(nlp, "The Tuareg rebels released some of the hostages to Mali on Monday.")
    assert [(e["type"], e["a2"]) for e in evs] == [("RETREAT", "Mali")], evs


def test_a_visited_capital_is_its_country_hosting_the_visit(nlp):
    evs = of_type(events_of(nlp, "Chinese Premier Wen Jiabao visited Tokyo on Monday."), "CONSULT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Wen Jiabao", "Japan")]
    # so is the capital a visit is made to, and the visit still happens there
    evs = of_type(events_of(nlp, "Gordon Brown began a two-day visit to Nairobi on Tuesday."), "CONSULT")
    assert [(e["a1"], e["a2"], e["location"]) for e in evs] == [("Gordon Brown", "Kenya", "Nairobi")], evs
    # a capital where something happens stays a place
    evs = of_type(events_of(nlp, "Chinese Premier Wen Jiabao met Shinzo Abe in Tokyo on Monday."), "CONSULT")
    assert evs and all(e["a2"] != "Japan" for e in evs) and evs[0]["location"] == "Tokyo"


def test_an_apology_is_a_verbal_concession(nlp):
    # the PLOVER manual: expressions of regret or remorse are CONCEDE (CAMEO's 055 had it SUPPORT)
    evs = events_of(nlp, "The government of Japan apologized to South Korea for the incident on Monday.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("CONCEDE", "Japan", "South Korea")]


def test_an_event_noun_object_belongs_to_the_coordinated_subject(nlp):
    support = of_type(events_of(nlp, "Germany and France have reaffirmed their support for Brazil."), "SUPPORT")
    assert sorted(e["a1"] for e in support) == ["France", "Germany"]
    # a verb of doing more of it: the subject carries the attacks out
    assault = of_type(events_of(nlp, "Chad and Niger increased air strikes against Boko Haram in May."), "ASSAULT")
    assert sorted(e["a1"] for e in assault) == ["Chad", "Niger"]
    # a verb of starting, performing or tightening it (CAMEO's START, PERFORM and TIGHTEN synsets)
    for text in ("Kenya has tightened sanctions on Eritrea since March.", "Kenya performed the attack on Eritrea.",
                 "Kenya initiated an inquiry into Eritrea on Monday.", "Kenya began imposing a blockade on Eritrea."):
        evs = events_of(nlp, text)
        assert [(e["a1"], e["a2"]) for e in evs] == [("Kenya", "Eritrea")], (text, evs)
    # the light verb's clause is the noun's: an obligation or a wish is no event done
    for text in ("The treaty requires Kenya to launch an inquiry into Eritrea.",
                 "Ethiopia insisted that Kenya launch air strikes on Eritrea."):
        assert not [e for e in events_of(nlp, text) if e["a1"] == "Kenya"], text


def test_arms_are_weapons(nlp):
    # CAMEO's "send &WEAPON" (072, military aid); spaCy reads "arms" as the plural of the body part
    evs = events_of(nlp, "Russia sent arms to Syria last year.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("AID", "Russia", "Syria")]


def test_an_attack_for_what_someone_said_or_did_is_criticism(nlp):
    evs = events_of(nlp, "Senator Maria Lopes attacked the government of Chile for its refusal to lower rates.")
    assert ("ACCUSE", "Maria Lopes", "Chile") in [(e["type"], e["a1"], e["a2"]) for e in evs]
    evs = events_of(nlp, "Israel attacked Lebanon for three weeks.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("ASSAULT", "Israel", "Lebanon")]


def test_who_calls_an_act_something_comments_on_it_and_did_not_do_it(nlp):
    # 'called the bombings a crime' names the bombings with a predicate; 'called a strike' calls one, with or
    # without an 'as' phrase
    for text in ("Foreign Minister Ana Ruiz called the bombings a cowardly crime.",
                 "Senator Jane Roe described the riots as a sign of despair."):
        assert not [e for e in events_of(nlp, text) if e["type"] in ("ASSAULT", "PROTEST") and e["a1"]], text
    evs = of_type(events_of(nlp, "Hamas called a ceasefire as a gesture of goodwill."), "RETREAT")
    assert [e["a1"] for e in evs] == ["Hamas"], evs
    # the act named stays its owner's
    evs = of_type(events_of(nlp, "Kenya called its withdrawal a painful decision."), "RETREAT")
    assert [e["a1"] for e in evs] == ["Kenya"], evs


def test_what_one_does_during_an_act_does_not_make_one_its_actor_but_in_a_meeting_it_does(nlp):
    assert not [e for e in events_of(nlp, "Senator Jane Roe spoke to reporters during the protest in Ottawa.")
                if e["type"] == "PROTEST" and e["a1"] == "Jane Roe"]
    assert not [e for e in events_of(nlp, "Jane Roe refused a blindfold during the execution.")
                if e["type"] == "ASSAULT" and e["a1"] == "Jane Roe"]
    evs = of_type(events_of(nlp, "During the meeting with Vladimir Putin, Jane Roe raised the gas dispute."), "CONSULT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Jane Roe", "Vladimir Putin")], evs
    evs = of_type(events_of(nlp, "Senator Jane Roe took part in the protest against the Kenyan government."), "PROTEST")
    assert [e["a1"] for e in evs] == ["Jane Roe"], evs
    # what one says during a rally of no known actor is mostly said at one's own
    evs = of_type(events_of(nlp, "Senator Jane Roe said during a rally in Ottawa that taxes must fall."), "PROTEST")
    assert [e["a1"] for e in evs] == ["Jane Roe"], evs


def test_harm_that_results_from_an_attack_is_done_by_the_attacker(nlp):
    for text in ("Jane Roe was killed after Hamas attacked the bus near Hebron.",
                 "Jane Roe was injured when Hamas attacked the bus near Hebron.",
                 "Gunmen of the Taliban opened fire on the convoy, injuring Jane Roe.",
                 "Jane Roe was killed on Tuesday following a Hamas rocket attack."):
        evs = [e for e in of_type(events_of(nlp, text), "ASSAULT") if e["a2"] == "Jane Roe"]
        assert [e["a1"] for e in evs] == [next(w for w in ("Hamas", "Taliban") if w in text)], (text, evs)
    # not an act before it or days off, not a clause of its own, not where two attackers could have done it
    for text in ("Jane Roe was killed before Hamas attacked the bus near Hebron.",
                 "Jane Roe was killed two days after Hamas attacked the bus near Hebron.",
                 "Hamas attacked the village, and the Israeli soldier Jane Roe was killed.",
                 "After Hamas attacked the bus, Jane Roe was killed when an Israeli tank fired on the car."):
        evs = [e for e in of_type(events_of(nlp, text), "ASSAULT") if e["a2"] == "Jane Roe"]
        assert all(e["a1"] is None for e in evs), (text, evs)


def test_who_claims_responsibility_for_an_act_carried_it_out(nlp):
    evs = of_type(events_of(nlp, "Hezbollah claimed responsibility for the kidnapping of the two soldiers."), "ASSAULT")
    assert [e["a1"] for e in evs] == ["Hezbollah"]
    # denying it is no claim
    evs = of_type(events_of(nlp, "Hezbollah denied responsibility for the kidnapping of the two soldiers."), "ASSAULT")
    assert all(e["a1"] != "Hezbollah" for e in evs)
    # an attack 'claimed by' a group
    evs = of_type(events_of(nlp, "The bombing in Quetta, claimed by the Baluch Liberation Army, killed two men."),
                  "ASSAULT")
    assert "Baluch Liberation Army" in [e["a1"] for e in evs], evs


def test_firing_a_weapon_is_an_assault_and_firing_a_minister_is_not(nlp):
    assault = of_type(events_of(nlp, "Hezbollah fired rockets into Israel on Sunday."), "ASSAULT")
    assert len(assault) == 1 and (assault[0]["a1"], assault[0]["a2"]) == ("Hezbollah", "Israel")
    assert of_type(events_of(nlp, "The convoy of Amnesty International was fired upon near Kandahar."), "ASSAULT")
    assert not events_of(nlp, "President Mwai Kibaki fired his finance minister on Monday.")
    assert not events_of(nlp, "Condoleezza Rice fired back at Vladimir Putin.")
    # a person fired in the passive is dismissed
    text = "Ana Ruiz, the former finance minister, was seen as a rival to the president but was fired in May."
    assert not of_type(events_of(nlp, text), "ASSAULT")
    assert of_type(events_of(nlp, "Hezbollah said two Katyushas were fired at Haifa on Monday."), "ASSAULT")


def test_vocabulary_comes_from_the_codebook_and_cameo():
    v = vocabulary()
    assert v.verb("arrest").plover == "COERCE" and v.verb("arrest").source == "codebook"
    assert v.noun("ceasefire").plover == "RETREAT"
    assert v.verb("shell") is not None and v.verb("shell").plover == "ASSAULT"  # a CAMEO synset member
    assert v.verb("say") is None  # CAMEO 01, a statement: no PLOVER event


def test_event_nouns_read_in_the_corpus_are_triggers_with_their_actors(nlp):
    evs = events_of(nlp, "The Chilean bombardment of Bolivia continued for a second day.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("ASSAULT", "Chile", "Bolivia")], evs
    assert vocabulary().noun("offensive").plover == "ASSAULT"  # an object of CAMEO's "launch", read in context
    assert vocabulary().noun("deal") is None  # a CAMEO nominalization the reading dropped (business deals)


def test_the_read_nouns_must_come_from_cameo(tmp_path):
    from collections import Counter

    from newsfacts.events.build_vocabulary import _read_nouns
    listed = tmp_path / "read.tsv"
    listed.write_text("noun\tplover\tdecision\tread\treason\nambush\tASSAULT\tkeep\t3/6\tx\n", encoding="utf-8")
    assert _read_nouns(listed, {"ambush": {"ASSAULT"}}, {}, Counter(ambush=16), {}, set())[0][:3] == (
        "ambush", "ASSAULT", "nominalization read")
    for verbs, objects in (({"attack": {"ASSAULT"}}, {}), ({"ambush": {"REQUEST"}}, {"ambush": {"AGREE"}})):
        with pytest.raises(ValueError):  # no CAMEO word, or CAMEO gives it another type: an error in the list
            _read_nouns(listed, verbs, objects, Counter(), {}, set())
    listed.write_text("noun\tplover\tdecision\tread\treason\nambush\tASSAULT\tKeep\t3/6\tx\n", encoding="utf-8")
    with pytest.raises(ValueError):  # a decision other than keep or drop
        _read_nouns(listed, {"ambush": {"ASSAULT"}}, {}, Counter(), {}, set())


def test_nominal_bases_follow_english_morphology():
    assert "detain" in nominal_bases("detention")
    assert "deploy" in nominal_bases("deployment")
    assert "expel" in nominal_bases("expulsion")
    # '-al' takes the whole verb after a vowel sound or 'ss', else the verb's final 'e' goes
    assert "withdraw" in nominal_bases("withdrawal") and "dismiss" in nominal_bases("dismissal")
    assert "approve" in nominal_bases("approval") and "sign" not in nominal_bases("signal")


def test_a_cameo_pattern_refines_a_verb_by_its_object(nlp):
    doc = nlp("The rebels called for a ceasefire.")
    called = next(t for t in doc if t.lower_ == "called")
    assert sense(called).plover == "REQUEST"


def test_a_pattern_on_relations_holds_for_ties_and_the_other_way_round(nlp):
    # CAMEO has 'upgrade diplomatic relations' (SUPPORT) and 'strain ties' (SANCTION); it uses the two nouns alike
    evs = events_of(nlp, "Peru has upgraded its diplomatic ties with Chile.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("SUPPORT", "Peru", "Chile")], evs
    evs = events_of(nlp, "Peru strained its ties with Chile.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("SANCTION", "Peru", "Chile")], evs


def test_a_patterns_phrase_holds_in_either_number_but_a_bare_plural_is_an_idiom(nlp):
    # CAMEO writes 'issue arrest warrants' (COERCE) in the plural; one warrant is issued alike
    for text in ("A court in Lima issued an arrest warrant for Ana Ruiz.", "A court in Lima issued arrest warrants "
                                                                           "for Ana Ruiz."):
        issued = next(t for t in nlp(text) if t.lower_ == "issued")
        assert sense(issued).plover == "COERCE", text
    # 'join forces' (cooperation) is not joining the force one serves in
    joined = next(t for t in nlp("Ana Ruiz joined the Air Force in 1990.") if t.lower_ == "joined")
    assert sense(joined) is None or sense(joined).plover != "COOPERATE"


def test_a_pattern_of_another_type_is_an_idiom_of_its_own_verb(nlp):
    # CAMEO files "take part" (AGREE) under the synset of "capture" and "break with" (THREATEN) under that
    # of "beat": each is an idiom of the verb the dictionary's comment names, not of the whole synset
    doc = nlp("The army captured part of the rebel stronghold. Police beat the marchers with batons.")
    captured, beat = (next(t for t in doc if t.lower_ == w) for w in ("captured", "beat"))
    assert sense(captured).plover == "COERCE" and sense(beat).plover == "ASSAULT"
    took = next(t for t in nlp("Ghana took part in the joint exercise.") if t.lower_ == "took")
    assert sense(took) is not None and sense(took).plover == "AGREE"


def test_agreeing_to_something_is_an_agreement_and_agreeing_with_someone_support(nlp):
    agree = of_type(events_of(nlp, "Peru and Ecuador agreed to a ceasefire on Sunday."), "AGREE")
    assert len(agree) == 1 and {agree[0]["a1"], agree[0]["a2"]} == {"Peru", "Ecuador"}
    assert of_type(events_of(nlp, "Norway agreed on a new fishing plan with Iceland."), "AGREE")
    evs = events_of(nlp, "Denmark agreed with the Swedish proposal.")
    assert of_type(evs, "SUPPORT") and not of_type(evs, "AGREE")


def test_event_nouns_the_codebook_names_are_triggers(nlp):
    murder = of_type(events_of(nlp, "The murder of journalist Javier Valdez shocked Mexico."), "ASSAULT")
    assert len(murder) == 1 and has(murder[0]["a2"], "Valdez")
    raid = of_type(events_of(nlp, "The raid on Greenpeace drew criticism from Denmark."), "COERCE")
    assert len(raid) == 1 and raid[0]["a2"] == "Greenpeace"
    clash = of_type(events_of(nlp, "Clashes between Fatah and Hamas left nine dead."), "ASSAULT")
    assert len(clash) == 1 and {clash[0]["a1"], clash[0]["a2"]} == {"Fatah", "Hamas"}


def test_a_strike_by_a_means_of_force_is_an_attack_and_an_execution_kills_people(nlp):
    evs = events_of(nlp, "Chile condemned the air strike on Bolivia. "
                         "The Bolivian Workers' Center began a hunger strike.")
    assert [e["type"] for e in evs if e["trigger"] == "strike"] == ["ASSAULT", "PROTEST"]
    assert of_type(events_of(nlp, "The execution of the activist Reza Tabrizi drew protests in Iran."), "ASSAULT")
    assert not of_type(events_of(nlp, "Brazil praised the execution of the treaty by Uruguay."), "ASSAULT")
    # the verb as well: people are executed, plans and warrants carried out
    evs = of_type(events_of(nlp, "Iran executed the activist Reza Tabrizi on Monday."), "ASSAULT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Iran", "Reza Tabrizi")]
    assert not of_type(events_of(nlp, "Police in Chile executed a search warrant at the home of Reza Tabrizi."),
                       "ASSAULT")


# ------------------------------------------------------------------ roles
def test_an_aspectual_verb_passes_its_subject_to_the_event_noun(nlp):
    consult = of_type(events_of(nlp, "Armenia and Azerbaijan have renewed negotiations over the border."), "CONSULT")
    assert len(consult) == 1 and {consult[0]["a1"], consult[0]["a2"]} == {"Armenia", "Azerbaijan"}


def test_an_event_noun_takes_the_date_its_participle_gives_not_the_date_of_its_content(nlp):
    talks = of_type(events_of(nlp, "The talks between Iran and Iraq held in May failed."), "CONSULT")
    assert [(t["a1"], t["a2"], t["date"]) for t in talks] == [("Iran", "Iraq", dt.date(2024, 5, 1))]
    # 'next month' is when the visit is to be, not when the invitation was made
    invitation = events_of(nlp, "Iran accepted an invitation from Iraq to visit Baghdad next month.")
    assert invitation and all(e["date"] is None for e in invitation)


def test_a_present_participle_on_an_object_happens_when_its_verb_does_a_past_one_earlier(nlp):
    # 'issued a statement on Friday condemning X': the statement condemns when it is issued
    evs = of_type(events_of(nlp, "Amnesty International issued a statement on Monday condemning Israel."), "ACCUSE")
    assert [e["date"] for e in evs] == [dt.date(2024, 10, 7)]
    evs = of_type(events_of(nlp, "In March the union wrote a letter asking Canada to reopen the plant."), "REQUEST")
    assert [e["date"] for e in evs] == [dt.date(2024, 3, 1)]
    # what was done to the object before is not dated by the clause: 'rebels backed by Rwanda' did not start then
    evs = of_type(events_of(nlp, "On Monday Congo attacked rebels backed by Rwanda."), "SUPPORT")
    assert all(e["date"] is None for e in evs)


def test_a_relative_clause_of_an_event_noun_says_who_did_it_and_when(nlp):
    # 'the sanctions that X imposed', 'the sanctions imposed by X': the clause's subject or agent acts, its date dates
    for text in ("Peru criticised the sanctions that Chile imposed on Bolivia in March.",
                 "Peru criticised the sanctions imposed on Bolivia by Chile in March."):
        sanction = of_type(events_of(nlp, text), "SANCTION")
        assert [(e["a1"], e["a2"], e["date"]) for e in sanction] == [("Chile", "Bolivia", dt.date(2024, 3, 1))], text
        assert not of_type(events_of(nlp, text), "COERCE"), text  # the verb is the noun's, no event of its own
    # a verb with an object of its own names the noun, it does not do it: 'the raids, called terrorism by X'
    evs = events_of(nlp, "The raids, called terrorism by Ecuador, went on for weeks.")
    assert not [e for e in evs if e["a1"] == "Ecuador"], evs


def test_the_actor_of_an_event_noun_subject_does_what_the_noun_did(nlp):
    # 'a Hamas attack killed three soldiers': who carried out the attack killed them
    evs = of_type(events_of(nlp, "A Syrian air strike killed four Turkish soldiers on Sunday."), "ASSAULT")
    assert [(e["a1"], e["a2"] is not None) for e in evs if e["trigger"] == "killed"] == [("Syria", True)], evs


def test_a_verb_of_giving_in_the_passive_gives_its_subject_the_event(nlp):
    evs = of_type(events_of(nlp, "Serbia was given an ultimatum by the European Union on Monday."), "THREATEN")
    assert [(e["a1"], e["a2"]) for e in evs] == [("European Union", "Serbia")], evs


def test_a_year_inside_the_subject_or_object_names_it_and_does_not_date_the_act(nlp):
    evs = of_type(events_of(nlp, "Former 2004 candidate Jean Dupont criticized Chile on Monday."), "ACCUSE")
    assert [(e["date"], e["a2"]) for e in evs] == [(dt.date(2024, 10, 7), "Chile")], evs
    evs = of_type(events_of(nlp, "Peru rejected the 1998 treaty with Chile."), "REJECT")
    assert [e["date"] for e in evs] == [None], evs
    # a year modifying the event noun itself dates it
    evs = of_type(events_of(nlp, "The May 2004 attack on Baghdad was carried out by al-Qaeda."), "ASSAULT")
    assert [e["date"] for e in evs] == [dt.date(2004, 5, 1)], evs


def test_a_day_put_before_another_event_noun_dates_that_event_not_the_act(nlp):
    # the arrest comes after the bombing it is connected with, and the call after the shooting it is about
    evs = of_type(events_of(nlp, "Kenyan police arrested Omar Farah in connection with Tuesday's bombing of a "
                                 "market in Mombasa."), "COERCE")
    assert [(e["a2"], e["date"]) for e in evs] == [("Omar Farah", None)], evs
    evs = of_type(events_of(nlp, "Maria Lopez called for an inquiry into the March 3 shooting of a student."),
                  "REQUEST")
    assert [(e["a1"], e["date"]) for e in evs] == [("Maria Lopez", None)], evs
    # the event the act takes place at, or acts on, gives the act its time
    evs = of_type(events_of(nlp, "At Monday's summit, Kenya criticized Uganda."), "ACCUSE")
    assert [(e["a2"], e["date"]) for e in evs] == [("Uganda", dt.date(2024, 10, 7))], evs
    evs = of_type(events_of(nlp, "On the sidelines of Tuesday's summit, Kenya criticized Uganda."), "ACCUSE")
    assert [(e["a2"], e["date"]) for e in evs] == [("Uganda", dt.date(2024, 10, 8))], evs
    evs = of_type(events_of(nlp, "Egyptian riot police dispersed Saturday's demonstration against "
                                 "President Ahmed Salem."), "COERCE")
    assert [e["date"] for e in evs] == [dt.date(2024, 10, 5)], evs
    # whatever a day's possessive names, it gives that thing's own time ('the site of Monday's fire')
    evs = of_type(events_of(nlp, "Colonel Juma Otieno was visiting the site of Monday's fire when gunmen "
                                 "attacked him."), "ASSAULT")
    assert [(e["a2"], e["date"]) for e in evs] == [("Juma Otieno", None)], evs
    # an act beside the thing at its time shares it; a time expression of several words owns as its last word does
    evs = of_type(events_of(nlp, "Supporters clashed with Kenyan police outside Sunday's match."), "ASSAULT")
    assert [e["date"] for e in evs] == [dt.date(2024, 10, 6)], evs
    evs = of_type(events_of(nlp, "Kenya expelled two Ugandan diplomats over Monday morning's remarks by Uganda."),
                  "SANCTION")
    assert [(e["a2"], e["date"]) for e in evs] == [("Uganda", None)], evs


# (sentence, event type, its date): a comma after the year leads the parser to take a full date for a phrase of its
# own, and NER may fold one into a name; the date still dates the noun after it and no other act of the sentence,
# unless that noun is the act's doer or occasion
FULL_DATES = [
    ("Kenya accused Omar Farah of a role in the April 4, 2019, assassination of Ali Nouri.", "ACCUSE", None),
    ("Kenya accused Omar Farah of a role in the April 4, 2019, assassination of Ali Nouri.", "ASSAULT",
     dt.date(2019, 4, 4)),
    ("Peru condemned Hamas for the May 9, 2017 attacks on Israel.", "ASSAULT", dt.date(2017, 5, 9)),
    ("Peru condemned Hamas for the May 9, 2017 attacks on Israel.", "ACCUSE", None),
    # a full date that NER folds into a name is a date all the same
    ("The resolution was adopted by the council on March 21, 2016.", "SUPPORT", dt.date(2016, 3, 21)),
    # a date after a preposition is the clause's, and so is one after an object or a conjunction
    ("On June 2, 2020, Kenyan police arrested Omar Farah.", "COERCE", dt.date(2020, 6, 2)),
    ("Kenyan police arrested him June 2, 2020, Kenyan officials said.", "COERCE", dt.date(2020, 6, 2)),
    # the dated thing that acts, or the occasion the act is in, dates the act; a dated thing acted on does not
    ("A June 2, 2020, report by Amnesty International accused Kenya of torture.", "ACCUSE", dt.date(2020, 6, 2)),
    ("In his May 14, 2019 speech, Omar Farah threatened Uganda.", "THREATEN", dt.date(2019, 5, 14)),
    ("The June 2, 2020 bombings in Mombasa were condemned by Uganda.", "ACCUSE", None),
]


@pytest.mark.parametrize("text,event_type,date", FULL_DATES)
def test_a_full_date_before_an_event_noun_is_that_events_time_whatever_the_parse_or_the_ner_makes_of_it(
        nlp, text, event_type, date):
    evs = of_type(events_of(nlp, text), event_type)
    assert [e["date"] for e in evs] == [date], evs


def test_a_promise_stated_for_oneself_or_ones_own_body_is_made_where_and_when_it_is_said(nlp):
    evs = of_type(events_of(nlp, "In Lima, Maria Lopez announced her country will withdraw its troops from Haiti."),
                  "CONCEDE")
    assert [(e["a1"], e["location"]) for e in evs] == [("Maria Lopez", "Lima")], evs
    evs = of_type(events_of(nlp, "Jean Dupont said on Monday that he will resign from the Senate."), "CONCEDE")
    assert [(e["a1"], e["date"]) for e in evs] == [("Jean Dupont", dt.date(2024, 10, 7))], evs
    # a person named as one's own speaks for themself: their stance is not dated by another's saying
    evs = of_type(events_of(nlp, "William Ruto said on Monday that his rival, Raila Odinga, rejects the plan of "
                                 "Uganda."), "REJECT")
    assert [(e["a1"], e["date"]) for e in evs] == [("Raila Odinga", None)], evs


def test_a_present_participle_before_the_subject_sets_the_time_of_its_clause(nlp):
    evs = of_type(events_of(nlp, "Speaking to reporters on Tuesday, Jean Dupont criticized Peru."), "ACCUSE")
    assert [(e["a2"], e["date"]) for e in evs] == [("Peru", dt.date(2024, 10, 8))], evs
    # a perfect participle tells of an earlier time, and one after the verb of other things
    evs = of_type(events_of(nlp, "Having visited Peru in May, Jean Dupont criticized Chile."), "ACCUSE")
    assert [(e["a2"], e["date"]) for e in evs] == [("Chile", None)], evs
    evs = of_type(events_of(nlp, "Jean Dupont criticized Chile, citing a report from July."), "ACCUSE")
    assert [(e["a2"], e["date"]) for e in evs] == [("Chile", None)], evs


def test_an_incident_told_on_in_the_next_sentence_keeps_its_time_and_place(nlp):
    evs = of_type(events_of(nlp, "Kenyan troops raided a village near Garissa on Monday. Two members of "
                                 "al-Shabaab were killed in the raid."), "ASSAULT")
    assert [(e["a2"], e["date"], e["location"]) for e in evs if e["a2"]] == [
        ("al-Shabaab", dt.date(2024, 10, 7), "Garissa")], evs
    # not an act told as done at another time, nor another incident, nor a state, nor across a paragraph
    for text in ("Kenyan police arrested Omar Farah in Mombasa on Tuesday. Ali Hassan was later arrested.",
                 "Kenyan police arrested Omar Farah in Mombasa on Tuesday. Ali Hassan had been arrested.",
                 "Kenyan police arrested Omar Farah in Mombasa on Tuesday. In a separate incident, Ugandan police "
                 "arrested Ali Hassan.",
                 "Kenyan police arrested Omar Farah in Mombasa on Tuesday. Ali Hassan remains detained.",
                 "Kenyan police arrested Omar Farah in Mombasa on Tuesday.\nAli Hassan was arrested too."):
        evs = [e for e in of_type(events_of(nlp, text), "COERCE") if e["a2"] == "Ali Hassan"]
        assert [(e["date"], e["location"]) for e in evs] == [(None, None)], (text, evs)


def test_passive_agent_is_actor1_and_explicit_date(nlp):
    support = of_type(events_of(nlp, "The trade treaty was ratified by the Parliament of Ghana on May 4, 2021."),
                      "SUPPORT")
    assert len(support) == 1 and has(support[0]["a1"], "Parliament")
    assert (support[0]["date"], support[0]["precision"]) == (dt.date(2021, 5, 4), "day")


def test_passive_without_agent_leaves_actor1_empty(nlp):
    coerce = of_type(events_of(nlp, "Opposition leader Maria Lopes was arrested in Caracas on Monday."), "COERCE")
    assert len(coerce) == 1
    assert coerce[0]["a1"] is None and has(coerce[0]["a2"], "Lopes")
    assert coerce[0]["location"] == "Caracas" and coerce[0]["date"] == dt.date(2024, 10, 7)


def test_a_perfect_with_a_by_phrase_of_manner_is_active(nlp):
    # 'has attacked X by air': the subject acts, 'by' tells how; 'has been attacked by X' is the passive
    evs = of_type(events_of(nlp, "Peru has attacked Bolivia by air."), "ASSAULT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Peru", "Bolivia")], evs
    evs = of_type(events_of(nlp, "Bolivia has been attacked by Peru."), "ASSAULT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Peru", "Bolivia")], evs


def test_telling_or_instructing_someone_to_act_orders_it(nlp):
    # a verb of saying or directing with an object and an infinitive is an order (REQUEST), in either voice
    for text in ("The Chilean ministry told Acme Corp to close its copper mine.",
                 "Acme Corp was instructed by the Chilean ministry to close its copper mine."):
        evs = of_type(events_of(nlp, text), "REQUEST")
        assert [(e["a1"], e["a2"]) for e in evs] == [("Chilean ministry", "Acme Corp")], (text, evs)
    # telling someone something is no order, nor is telling the press what to expect; an order goes to its object
    for text in ("The Chilean ministry told Acme Corp that the mine was safe.",
                 "The Chilean ministry told Acme Corp about the new rules.",
                 "The Chilean ministry told reporters to expect a ruling on Acme Corp soon."):
        assert not of_type(events_of(nlp, text), "REQUEST"), text
    evs = of_type(events_of(nlp, "Chile instructed its delegates in Geneva to vote against Peru."), "REQUEST")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Chile", None)], evs


def test_saying_someone_is_a_word_of_strong_sentiment_judges_them_as_naming_does(nlp):
    def judgements(text):
        return [(e["type"], e["a1"], e["a2"]) for e in events_of(nlp, text) if e["type"] in ("ACCUSE", "SUPPORT")]
    # 'X said Y is a liar' as 'X called Y a liar': criticism; a noun of praise: support; reported or quoted
    assert judgements("Senator Jane Roe said Police Commissioner John Doe is a liar.") \
        == [("ACCUSE", "Jane Roe", "John Doe")]
    assert judgements('"Maria Lopez is an outstanding diplomat," Foreign Minister Pedro Alvarez said.') \
        == [("SUPPORT", "Pedro Alvarez", "Maria Lopez")]
    assert judgements("Governor Tom Hale told reporters that Mayor Ann Kirby was a disgrace.") \
        == [("ACCUSE", "Tom Hale", "Ann Kirby")]
    # no judgement: a noun of no sentiment, a negated one, an adjective (often the subject's own state), a verb
    # with an object of its own, or praise of the body the speaker speaks for
    for text in ("Senator Jane Roe said Police Commissioner John Doe is a lawyer.",
                 "Senator Jane Roe said Police Commissioner John Doe is not a liar.",
                 "Senator Jane Roe said Police Commissioner John Doe was angry.",
                 "Acme spokesman John Smith said Acme is a great company.",
                 "In Asia, India and Japan were the strongest performers - India added 47 new stadiums.",
                 "The Electoral Commission of Kenya said Mwai Kibaki was the winner.",
                 "Senator Jane Roe said Russia is Iran's biggest enemy."):
        assert not judgements(text), text
    # a body named in a relative clause on the speaker is not one the speaker speaks for
    assert ("ACCUSE", "Jane Roe", "Iran") in judgements(
        "Senator Jane Roe, who visited Iran last week, said Iran is a threat to peace.")
    # a sentence of the speaker's quotation with no verb of saying in it judges as well, the predicate its trigger
    evs = events_of(nlp, 'Senator Jane Roe said: "I know him well. John Doe is a liar. He must resign."')
    assert [(e["type"], e["a1"], e["a2"], e["trigger"]) for e in evs if e["type"] == "ACCUSE"] \
        == [("ACCUSE", "Jane Roe", "John Doe", "liar")], evs


def test_calling_for_someone_to_act_demands_it_of_them(nlp):
    evs = of_type(events_of(nlp, "Jane Roe has called for Peru to release the fishermen."), "REQUEST")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Jane Roe", "Peru")], evs
    # a text's terms demand nothing of anyone; a passive clause's subject is what the act is done to
    assert not of_type(events_of(nlp, "The treaty calls for Chile to reduce its tariffs by June."), "REQUEST")
    evs = of_type(events_of(nlp, "President Jane Roe called for Chile to be punished."), "REQUEST")
    assert [e["a2"] for e in evs] in ([], [None]), evs


def test_taking_or_keeping_someone_in_custody_or_under_arrest_detains_them(nlp):
    for text, a1 in (("Jane Roe was taken into custody by Peruvian police on Monday.", "Peruvian police"),
                     ("The Bolivian army kept the union leader Jane Roe under house arrest for a month.", "Bolivian army"),
                     ("Peru placed Jane Roe under house arrest.", "Peru"),
                     ("Hamas held Jane Roe in a prison in Gaza for a month.", "Hamas")):
        evs = of_type(events_of(nlp, text), "COERCE")
        assert [(e["a1"], e["a2"]) for e in evs] == [(a1, "Jane Roe")], (text, evs)
    # talks held in a prison, papers kept in custody, a visit to a prison detain no one
    for text in ("Peru held talks with Jane Roe in a prison in Lima.",
                 "Talks with Jane Roe were held by Peru in a prison in Lima.",
                 "Peru put the documents of Jane Roe in custody.",
                 "The Red Cross took Jane Roe to the prison in Lima to see her brother."):
        assert not of_type(events_of(nlp, text), "COERCE"), text


def test_passing_or_adopting_a_bill_or_a_resolution_approves_it(nlp):
    # the codebook's SUPPORT (approve); CAMEO's 'pass' is to allow, which no legislature does to a bill
    for text in ("The Chilean Senate passed the bill on Tuesday.",
                 "By a vote of 96 to 3, the Chilean Senate has passed a new anti-terror law.",
                 "The anti-terror law was passed by the Chilean Senate.",
                 "The Chilean Senate adopted a resolution on the border.",
                 "The anti-terror bill passed the Chilean Senate on Tuesday.",
                 # what the text says is no target of its approval
                 "The Chilean Senate passed a bill imposing sanctions on Peru."):
        evs = of_type(events_of(nlp, text), "SUPPORT")
        assert [(e["a1"], e["a2"]) for e in evs] == [("Chilean Senate", None)], (text, evs)
    for text in ("The bill was passed on to the Chilean Senate.", "Time passed slowly in the Chilean Senate.",
                 "Jane Roe passed the test in June.", "Chile passed the proposal on to Peru.",
                 "Chile adopted tough measures against Peru."):
        assert not of_type(events_of(nlp, text), "SUPPORT"), text


def test_coordinated_subjects_give_one_event_each(nlp):
    evs = of_type(events_of(nlp, "Norway and Sweden condemned Belarus on Tuesday."), "ACCUSE")
    assert sorted(e["a1"] for e in evs) == ["Norway", "Sweden"]
    assert all(has(e["a2"], "Belarus") for e in evs)


def test_coordinated_owners_of_an_unnamed_phrase_act_one_event_each(nlp):
    # the countries or bodies an unnamed phrase names by coordinated nationality words or an 'of'/'from' phrase
    evs = of_type(events_of(nlp, "Pakistani and Afghan officials accused India of backing the rebels."), "ACCUSE")
    assert sorted((e["a1"], e["a2"]) for e in evs) == [("Afghanistan", "India"), ("Pakistan", "India")], evs
    evs = of_type(events_of(nlp, "US and Iraqi forces attacked al-Qaeda fighters in Fallujah."), "ASSAULT")
    assert sorted(e["a1"] for e in evs) == ["Iraq", "US"], evs
    # coordinated in one role, they stay in it: 'requests from X and Y' are requests of each, to no one named
    evs = of_type(events_of(nlp, "The decision came in response to requests from British and Japanese leaders."),
                  "REQUEST")
    assert sorted((e["a1"], e["a2"]) for e in evs) == [("Japan", None), ("United Kingdom", None)], evs
    evs = of_type(events_of(nlp, "Leaders of Japan, China and South Korea held talks in Beijing."), "CONSULT")
    assert {frozenset((e["a1"], e["a2"])) for e in evs} >= {frozenset(("Japan", "China")),
                                                             frozenset(("Japan", "South Korea"))}, evs


def test_coordinated_subjects_of_a_meeting_meet_each_other(nlp):
    evs = of_type(events_of(nlp, "Kenya and Uganda held talks in Nairobi."), "CONSULT")
    assert len(evs) == 1 and {evs[0]["a1"], evs[0]["a2"]} == {"Kenya", "Uganda"}
    assert evs[0]["location"] == "Nairobi"


def test_nominal_events_take_owner_and_object(nlp):
    evs = events_of(nlp, "Ethiopia's attack on Eritrea drew wide criticism.")
    assault = of_type(evs, "ASSAULT")
    assert len(assault) == 1 and has(assault[0]["a1"], "Ethiopia") and has(assault[0]["a2"], "Eritrea")


def test_a_strike_against_a_country_is_an_attack_and_a_strike_in_one_a_walkout(nlp):
    evs = events_of(nlp, "Turkey launched strikes against Syria on Monday.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("ASSAULT", "Turkey", "Syria")]
    evs = events_of(nlp, "Unions in Belgium held a strike in Brussels on Monday.")
    assert not of_type(evs, "ASSAULT")


def test_a_nationality_before_a_states_act_names_the_state(nlp):
    evs = of_type(events_of(nlp, "Dozens of people were killed in Turkish air strikes near Kobani on Monday."), "ASSAULT")
    assert evs and all(e["a1"] == "Türkiye" for e in evs)
    # a nationality before other event nouns names no one ('Turkish protests': people, not the state)
    assert not [e for e in events_of(nlp, "Turkish protests grew on Monday.") if e["a1"] == "Türkiye"]


def test_a_nationality_before_weapons_that_strike_names_the_state(nlp):
    evs = of_type(events_of(nlp, "Turkish missiles struck the market in Kobani on Monday."), "ASSAULT")
    assert evs and all(e["a1"] == "Türkiye" for e in evs), evs
    evs = of_type(events_of(nlp, "Two Kurdish fighters were killed by a Syrian rocket near Afrin."), "ASSAULT")
    assert evs and all(e["a1"] == "Syria" for e in evs), evs
    # weapons that strike no one, or whose maker the word names, name no state in act
    assert not events_of(nlp, "The trucks were loaded with Iranian rockets.")


def test_withdrawing_support_or_diplomats_is_a_sanction_and_forces_a_retreat(nlp):
    evs = events_of(nlp, "Kenya withdrew its support for the government of Sudan in March.")
    assert [(e["type"], e["a1"]) for e in evs] == [("SANCTION", "Kenya")], evs  # and the support is no more
    evs = events_of(nlp, "Peru withdrew its ambassador from Bolivia.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("SANCTION", "Peru", "Bolivia")], evs
    assert [e["type"] for e in events_of(nlp, "Chad withdrew its troops from Niger.")] == ["RETREAT"]
    assert not events_of(nlp, "Bayer withdrew the drug from the market in Germany.")
    # withdrawing oneself from a body or from talks is a SANCTION (the manual's 'withdraw' mode), from a place a RETREAT
    evs = events_of(nlp, "Venezuela withdrew from the Andean Community on Monday.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("SANCTION", "Venezuela", "Andean Community")], evs
    assert ("SANCTION", "Hamas", "Fatah") in [(e["type"], e["a1"], e["a2"])
                                              for e in events_of(nlp, "Hamas withdrew from the talks with Fatah.")]


def test_who_leads_an_operation_carries_it_out(nlp):
    evs = of_type(events_of(nlp, "The NATO-led invasion of Libya began in March."), "ASSAULT")
    assert evs and (evs[0]["a1"], evs[0]["a2"]) == ("NATO", "Libya")
    # a dotted abbreviation stays a name before the hyphen
    evs = of_type(events_of(nlp, "Thousands fled after the U.S.-led invasion of Iraq."), "ASSAULT")
    assert evs and has(evs[0]["a1"], "U.S.", "United States") and evs[0]["a2"] == "Iraq", evs
    # a nationality that leads is its state
    evs = of_type(events_of(nlp, "Many fled after the Saudi-led invasion of Yemen."), "ASSAULT")
    assert evs and (evs[0]["a1"], evs[0]["a2"]) == ("Saudi Arabia", "Yemen"), evs
    evs = of_type(events_of(nlp, "The Kenyan-led force attacked the rebels near Kismayo."), "ASSAULT")
    assert evs and evs[0]["a1"] == "Kenya", evs


def test_the_place_of_an_unnamed_place_is_where_it_happened(nlp):
    evs = events_of(nlp, "Police arrested Omar Khalil at his home in Fresno on Monday.")
    assert [(e["type"], e["location"]) for e in evs] == [("COERCE", "Fresno")]


def test_an_unnamed_plural_acts_through_the_named_members_it_lists(nlp):
    evs = of_type(events_of(nlp, "Several states, including Peru and Chile, condemned the coup on Monday."), "ACCUSE")
    assert sorted(e["a1"] for e in evs) == ["Chile", "Peru"]
    evs = of_type(events_of(nlp, "Rights groups such as Amnesty International criticised the verdict."), "ACCUSE")
    assert [e["a1"] for e in evs] == ["Amnesty International"]


def test_the_owner_of_an_attack_carries_it_out_and_the_owner_of_an_arrest_suffers_it(nlp):
    strikes = of_type(events_of(nlp, "Turkey's air strikes killed nine people near the border on Friday."), "ASSAULT")
    assert strikes and (strikes[0]["a1"], strikes[0]["a2"]) == ("Turkey", None)
    # a date is no object: 'on Monday' leaves the owner the one arrested
    arrest = of_type(events_of(nlp, "Pedro Alvarez's arrest on Monday angered his supporters in Lima."), "COERCE")
    assert arrest and (arrest[0]["a1"], arrest[0]["a2"]) == (None, "Pedro Alvarez")


@pytest.mark.parametrize("text, a1, a2", [
    ("The trial of Pedro Alvarez opened in Lima on Monday.", None, "Pedro Alvarez"),
    ("Pedro Alvarez's trial opened in Lima on Monday.", None, "Pedro Alvarez"),
    ("Pedro Alvarez faces trial for fraud.", None, "Pedro Alvarez"),
    ("Pedro Alvarez went on trial in Lima on Monday.", None, "Pedro Alvarez"),
    ("Pedro Alvarez was put on trial by Peru in May.", "Peru", "Pedro Alvarez"),
])
def test_a_trial_accuses_the_one_tried(nlp, text, a1, a2):
    # the codebook's ACCUSE 'bring to trial': whoever owns the trial or stands, faces or goes on it is accused
    trials = [e for e in of_type(events_of(nlp, text), "ACCUSE") if e["trigger"] == "trial"]
    assert [(e["a1"], e["a2"]) for e in trials] == [(a1, a2)], trials


def test_a_country_owns_a_trial_as_its_setting_and_a_test_is_no_trial_of_anyone(nlp):
    assert not of_type(events_of(nlp, "Pedro Alvarez was acquitted in Peru's longest trial."), "ACCUSE")
    assert not of_type(events_of(nlp, "Kellan Pharma's clinical trial of the vaccine ended early."), "ACCUSE")


def test_the_one_a_trial_is_of_is_tried_whoever_owns_it(nlp):
    trials = of_type(events_of(nlp, "The Ruritania Tribunal's trial of Pedro Alvarez resumed on Monday."), "ACCUSE")
    assert [e["a2"] for e in trials] == ["Pedro Alvarez"]
    trials = [e for e in of_type(events_of(nlp, "Pedro Alvarez was arrested and put on trial in May."), "ACCUSE")]
    assert [e["a2"] for e in trials] == ["Pedro Alvarez"]


def test_visiting_a_web_site_meets_no_one(nlp):
    evs = events_of(nlp, "For details, contact Kellan Tools Co. or visit the firm's web site at www.kellan.com.")
    assert not of_type(evs, "CONSULT"), evs


def test_an_event_nouns_from_names_its_source_but_what_is_left(nlp):
    request = of_type(events_of(nlp, "The decision followed a request from Norway."), "REQUEST")
    assert len(request) == 1 and (request[0]["a1"], request[0]["a2"]) == ("Norway", None)
    retreat = of_type(events_of(nlp, "Spain announced its withdrawal from Iraq."), "RETREAT")
    assert retreat and retreat[0]["a2"] == "Iraq"


def test_the_subject_of_a_verb_of_receiving_gets_what_the_event_noun_gives(nlp):
    support = of_type(events_of(nlp, "Chile won the support of Peru."), "SUPPORT")
    assert len(support) == 1 and (support[0]["a1"], support[0]["a2"]) == ("Peru", "Chile")
    agree = of_type(events_of(nlp, "Kenya accepted an invitation from Uganda."), "AGREE")
    assert len(agree) == 1 and (agree[0]["a1"], agree[0]["a2"]) == ("Uganda", "Kenya")
    # to draw criticism is to attract it: the one it is drawn from acts
    accuse = of_type(events_of(nlp, "Togo's president has drawn criticism from Ghana over the border closure."),
                     "ACCUSE")
    assert [(e["a1"], e["a2"]) for e in accuse] == [("Ghana", "Togo")], accuse
    # to draw up a proposal is to write it, not to get it
    evs = events_of(nlp, "The African Union drew up a ceasefire proposal for Ghana and Togo.")
    assert evs and all(e["a2"] != "African Union" for e in evs), evs
    # the giver's 'from' the parser hangs on the verb
    aid = of_type(events_of(nlp, "Malawi received aid from Norway after the floods."), "AID")
    assert [(e["a1"], e["a2"]) for e in aid] == [("Norway", "Malawi")], aid
    # to have someone's support is to receive it; to have talks with someone is to hold them
    support = of_type(events_of(nlp, "Chile has the backing of Brazil."), "SUPPORT")
    assert [(e["a1"], e["a2"]) for e in support] == [("Brazil", "Chile")], support
    talks = of_type(events_of(nlp, "Chile had talks with Brazil on Monday."), "CONSULT")
    assert [(e["a1"], e["a2"]) for e in talks] == [("Chile", "Brazil")], talks
    # an owner's support had, and a giver named by 'from' before an owner who is the one receiving
    support = of_type(events_of(nlp, "Governor Ann Kirby said Senator Tom Hale has her support."), "SUPPORT")
    assert [(e["a1"], e["a2"]) for e in support] == [("Ann Kirby", "Tom Hale")], support
    for text in ("Senator Tom Hale received his endorsement from Governor Ann Kirby.",
                 "Senator Tom Hale received Governor Ann Kirby's endorsement of his candidacy."):
        support = of_type(events_of(nlp, text), "SUPPORT")
        assert [(e["a1"], e["a2"]) for e in support] == [("Ann Kirby", "Tom Hale")], (text, support)


def test_they_after_a_group_that_speaks_is_that_group(nlp):
    evs = events_of(nlp, "Somali rebels said they had kidnapped Marco Bianchi.")
    assert ("ASSAULT", "Somali rebels", "Marco Bianchi") in [(e["type"], e["a1"], e["a2"]) for e in evs], evs


def test_to_provide_an_act_is_to_do_it(nlp):
    evs = of_type(events_of(nlp, "Japan provided humanitarian aid to Liberia last year."), "AID")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Japan", "Liberia")], evs


def test_who_speaks_or_acts_on_a_visit_is_the_visitor(nlp):
    visit = of_type(events_of(nlp, "On a visit to Brazil, Evo Morales signed a gas deal."), "CONSULT")
    assert [(e["a1"], e["a2"]) for e in visit] == [("Evo Morales", "Brazil")], visit


def test_who_a_threatened_or_promised_act_is_done_to_is_the_target(nlp):
    threat = of_type(events_of(nlp, "Portugal threatened to suspend its diplomatic ties with Angola."), "THREATEN")
    assert threat and threat[0]["a2"] == "Angola"


def test_talks_between_parties(nlp):
    evs = of_type(events_of(nlp, "Talks between Serbia and Kosovo resumed in Brussels on Friday."), "CONSULT")
    assert len(evs) == 1 and {evs[0]["a1"], evs[0]["a2"]} == {"Serbia", "Kosovo"}
    # a body named before the noun hosts or frames the talks; the parties are the ones 'between'
    for text in ("NATO talks between Greece and Turkey resumed on Monday.",
                 "NATO-led talks between Greece and Turkey resumed on Monday."):
        evs = of_type(events_of(nlp, text), "CONSULT")
        assert len(evs) == 1 and {evs[0]["a1"], evs[0]["a2"]} == {"Greece", "Turkey"}, evs


def test_the_counterpart_of_an_event_noun_object_is_the_verbs(nlp):
    # "held talks with Y": the talks' counterpart is the holding's; the talks are no second event
    evs = events_of(nlp, "Bolivia held talks with envoys of the Chilean government on fishing quotas.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("CONSULT", "Bolivia", "Chile")], evs
    # a noun that is the subject is not the verb's object: "talks with Y were held" has no holder
    evs = events_of(nlp, "The talks with Moldova were held in private.")
    assert all(e["a1"] is None for e in evs), evs


def test_an_attempted_act_of_force_is_that_act_and_other_attempts_are_not(nlp):
    evs = events_of(nlp, "Fighters of the Free Army tried to kill the radio host Omar Haddad in Aleppo.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("ASSAULT", "Free Army", "Omar Haddad")], evs
    assert not events_of(nlp, "The Free Army did not try to attack Aleppo or the Syrian government.")
    assert not of_type(events_of(nlp, "The Syrian army tried to negotiate with the Free Army."), "CONSULT")


@pytest.mark.parametrize("text, tried", [
    ("The court sentenced three officers over the failed assassination of Omar Haddad.", True),
    ("Two officers of the Free Army attempted to kill Omar Haddad last year.", True),
    ("Gunmen killed Omar Haddad in Aleppo on Monday.", False)])
def test_an_act_of_force_named_as_tried_is_an_attempt(nlp, text, tried):
    # a failed or tried killing is an assault, but no report of the victim's death may join it (resolve.events)
    found = [m for m in mentions_of(nlp, text)[0] if m.event_type == "ASSAULT"]
    assert [m.attempted for m in found] == [tried], found


@pytest.mark.parametrize("text, unresolved", [
    ("They demanded that Chile release the prisoners.", True),
    ("I strongly support the Labour Party.", True),
    ("Chile was criticized for the arrests.", False)])
def test_a_pronoun_agent_left_unnamed_is_marked_as_someone(nlp, text, unresolved):
    found = mentions_of(nlp, text)[0]
    assert [(m.actor1, m.agent_unresolved) for m in found] == [(None, unresolved)], found


def test_people_named_by_nationality_and_a_role_modifier_are_a_group_of_that_sector(nlp):
    # "media organizers": no role noun itself, but people of the media (PETRARCH: country + MED)
    doc = nlp("Kenyan media organizers accused the electoral board of censorship.")
    groups = [a for a in responsible_countries(doc, find_actors(doc)) if a.actor_type == "GROUP"]
    assert [(a.name, a.country, a.sector) for a in groups] == [("Kenyan media organizers", "KEN", "MED")]
    evs = events_of(nlp, "Kenyan media organizers accused the electoral board of censorship.")
    assert [(e["type"], e["a1"]) for e in evs] == [("ACCUSE", "Kenyan media organizers")], evs


def test_what_is_denied_avoided_or_prevented_did_not_happen(nlp):
    for text in ("Armenia denied shelling Azerbaijani villages.",
                 "Armenia denied that its troops had shelled Azerbaijan.",
                 "The journalist Ana Ruiz escaped being detained by Venezuelan police.",
                 "Riot police prevented the crowd from storming the Danish embassy."):
        assert not of_type(events_of(nlp, text), "ASSAULT") and not of_type(events_of(nlp, text), "COERCE"), text
    evs = events_of(nlp, "Armenia denied shelling Azerbaijani villages.")
    assert [(e["type"], e["a1"]) for e in evs] == [("REJECT", "Armenia")], evs
    # a clause the parser hangs before the verb is no denial: "X shot at a man; he escaped"
    assert of_type(events_of(nlp, "Turkish soldiers shot at a smuggler today; he escaped unharmed."), "ASSAULT")


def test_what_someone_is_kept_from_or_does_without_did_not_happen(nlp):
    for text in ("The court barred Tomas Varga from visiting Serbia.",
                 "Rwandan officials left the summit without criticizing Uganda."):
        evs = events_of(nlp, text)
        assert not of_type(evs, "CONSULT") and not of_type(evs, "ACCUSE"), (text, evs)


def test_a_gerund_of_means_or_time_shares_the_subject_of_its_verb(nlp):
    evs = events_of(nlp, "Peru answered the protest by expelling the Chilean ambassador.")
    assert ("SANCTION", "Peru") in [(e["type"], e["a1"]) for e in evs], evs
    evs = events_of(nlp, "After meeting Xi Jinping, Cyril Ramaphosa flew home.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs if e["type"] == "CONSULT"] == [
        ("CONSULT", "Cyril Ramaphosa", "Xi Jinping")], evs
    evs = events_of(nlp, "After being detained by Turkish police, Selin Demir was freed.")
    assert ("COERCE", "Turkish police", "Selin Demir") in [(e["type"], e["a1"], e["a2"]) for e in evs], evs
    # a gerund after 'for' or 'on' may be what the object is blamed or warned for: no subject of the verb's
    evs = events_of(nlp, "Norway warned Israel on attacking Gaza.")
    assert not [e for e in evs if e["type"] == "ASSAULT" and e["a1"] == "Norway"], evs


def test_a_verb_coordinated_with_a_passive_shares_its_subject_and_voice(nlp):
    evs = events_of(nlp, "Tomas Varga was arrested in Belgrade and sentenced to ten years.")
    assert ("SANCTION", None, "Tomas Varga") in [(e["type"], e["a1"], e["a2"]) for e in evs], evs
    evs = events_of(nlp, "Ana Ruiz was convicted of fraud and ordered to pay a fine.")
    assert not [e for e in evs if e["a1"] == "Ana Ruiz"], evs
    evs = events_of(nlp, "Senator Paul Kline was briefed by the army and has criticized Iran.")
    assert ("ACCUSE", "Paul Kline", "Iran") in [(e["type"], e["a1"], e["a2"]) for e in evs], evs
    assert not events_of(nlp, "None of the Ghanaian soldiers were injured or killed.")


def test_a_verb_that_needs_an_object_and_has_none_is_a_passive_without_auxiliary(nlp):
    # headlines, captions and lists drop the auxiliary: "X killed in Y" is X's death
    evs = events_of(nlp, "Rebel commander Joseph Kony killed in Uganda\nThe army said he died on Monday.")
    assert ("ASSAULT", None, "Joseph Kony") in [(e["type"], e["a1"], e["a2"]) for e in evs], evs
    evs = events_of(nlp, "Joseph Kony arrested and jailed in Uganda\nThe army said he was held on Monday.")
    assert [(e["type"], e["a1"]) for e in evs if e["a2"] == "Joseph Kony"] == [("COERCE", None)] * 2, evs
    evs = events_of(nlp, "Kenyan police arrested and questioned the suspects.")
    assert ("COERCE", "Kenyan police") in [(e["type"], e["a1"]) for e in evs], evs


def test_a_natural_hazard_is_no_actor_of_an_event(nlp):
    assert not events_of(nlp, "A strong earthquake struck Peru on Tuesday, and a storm hit Chile.")
    assert of_type(events_of(nlp, "Chilean warplanes struck Peru on Tuesday."), "ASSAULT")


def test_a_decision_not_to_act_is_no_commitment(nlp):
    assert not events_of(nlp, "Japan decided not to send troops to Iraq.")
    assert of_type(events_of(nlp, "Japan decided to send troops to Iraq."), "AGREE")
    # nor is deciding whether to act
    assert not events_of(nlp, "Japan will decide next month whether to send troops to Iraq.")


@pytest.mark.parametrize("text, kind", [
    ("The Commonwealth decided on Friday to suspend Fiji.", "SANCTION"),
    ("The Liberal Party has decided to endorse Maria Santos.", "SUPPORT"),
])
def test_a_suspension_or_an_endorsement_decided_is_done(nlp, text, kind):
    # a decision performs what its maker has the power to do by deciding; a deployment has still to be carried out
    evs = events_of(nlp, text)
    assert [e["type"] for e in evs] == [kind], evs


def test_what_a_court_decided_was_the_case_is_no_commitment(nlp):
    evs = events_of(nlp, "The court decided that Tom Hale was shot by an Israeli soldier.")
    assert not [e for e in evs if e["type"] in ("AGREE", "THREATEN")], evs
    # but what it decides is to be done, with a modal, is still decided
    evs = events_of(nlp, "The Commonwealth decided that Fiji should be suspended from its councils.")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Commonwealth", "Fiji")], evs


def test_what_is_discussed_is_no_one_met_nor_is_its_owner(nlp):
    evs = events_of(nlp, "Chile's foreign minister discussed Peru's debt with Bolivia on Monday.")
    assert [(e["type"], e["a2"]) for e in evs] == [("CONSULT", "Bolivia")], evs
    evs = events_of(nlp, "President Jon Smith and President Ana Roe discussed Benin's economy in Washington.")
    assert "Benin" not in [e["a2"] for e in evs], evs
    # a place visited is its country's, as before
    evs = events_of(nlp, "Chancellor Olaf Berg visited Peru's capital on Monday.")
    assert [(e["type"], e["a2"]) for e in evs] == [("CONSULT", "Peru")], evs
    # a person or a body met is the one met, whoever they belong to
    evs = events_of(nlp, "The United States met North Korea's ambassador on Monday.")
    assert [(e["type"], e["a2"]) for e in evs] == [("CONSULT", "North Korea")], evs


def test_support_is_given_to_another_not_oneself(nlp):
    # 'X defended himself' justifies or protects X: no one is supported
    assert not events_of(nlp, "Prime Minister Jon Smith of Peru later defended himself, saying his comments were "
                              "ironic.")
    evs = events_of(nlp, "Chile defended Peru at the United Nations on Monday.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("SUPPORT", "Chile", "Peru")], evs


def test_it_acted_on_is_a_thing_unless_told_charged_or_called_a_body(nlp):
    # 'it' as an object or a passive subject is mostly a thing (a ship, a bill) or says nothing ('it is alleged that'),
    # not the body named last
    evs = events_of(nlp, "CNN reported that the tanker was sailing off Yemen when it was attacked by the Houthi "
                         "movement.")
    assert [(e["type"], e["a2"]) for e in of_type(evs, "ASSAULT")] == [("ASSAULT", None)], evs
    evs = events_of(nlp, "Transparency International published a report on Monday. It is alleged that the Acme "
                         "Corporation paid the minister.")
    assert "Transparency International" not in [e["a2"] for e in evs], evs
    evs = events_of(nlp, "The Senate passed the budget bill on Monday. Senator Jon Smith opposed it.")
    assert [(e["a1"], e["a2"]) for e in of_type(evs, "REJECT")] == [("Jon Smith", None)], evs
    # a body speaks of itself as 'it' ('X said it was attacked')
    evs = events_of(nlp, "Chile said it was attacked by Bolivian troops overnight.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("ASSAULT", "Bolivia", "Chile")], evs
    # one told to act, charged with something or called a body is one
    evs = events_of(nlp, "The Free Aceh Movement fought the army for years. It is banned as a terrorist organization "
                         "in a number of countries.")
    assert [(e["type"], e["a2"]) for e in evs if e["type"] == "SANCTION"] == [("SANCTION", "Free Aceh Movement")], evs
    evs = events_of(nlp, "Protesters marched against the Supreme Council of the Armed Forces and told it to hand over "
                         "power.")
    assert ("REQUEST", "Supreme Council of the Armed Forces") in [(e["type"], e["a2"]) for e in evs], evs


def test_a_subject_acts_for_the_body_it_is_part_of_not_for_what_it_is_of(nlp):
    evs = events_of(nlp, "Critics of the Moroccan government accused it of fraud.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("ACCUSE", None, "Morocco")], evs
    evs = events_of(nlp, "Leaders of Hamas accused Israel of violating the truce.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("ACCUSE", "Hamas", "Israel")], evs
    evs = events_of(nlp, "Thousands of Hamas members protested against Israel.")
    assert [(e["a1"], e["a2"]) for e in of_type(evs, "PROTEST")] == [("Hamas", "Israel")], evs
    # supporters are no members: they protest on their own account (the dev gold: "Her supporters blame the
    # government" has no actor1)
    evs = events_of(nlp, "Thousands of Hamas supporters protested against Israel.")
    assert [(e["a1"], e["a2"]) for e in of_type(evs, "PROTEST")] == [(None, "Israel")], evs
    # nor are an actor's neighbours, allies or counterparts that actor, but those who come from one are its
    evs = events_of(nlp, "Peru thanked Chile's neighbours.")
    assert not [e for e in evs if e["a2"] == "Chile"], evs
    evs = events_of(nlp, "Our partners from Canada opened fire on Taliban fighters.")
    assert "Canada" in [e["a1"] for e in of_type(evs, "ASSAULT")], evs


def test_who_carried_out_the_attack_a_victim_died_in_is_the_attacker(nlp):
    evs = events_of(nlp, "Abu Karim was killed in a US airstrike on Thursday.")
    killed = [e for e in evs if e["trigger"] == "killed"]
    assert [(e["a1"], e["a2"]) for e in killed] == [("US", "Abu Karim")], evs
    assert all(e["location"] != "US" for e in evs), evs  # "in an air strike" is no place


def test_a_light_verb_typed_by_a_cameo_pattern_takes_its_event_noun(nlp):
    # CAMEO: "lodge * PROTEST" is a disapproval (110): a diplomatic complaint, no street protest
    evs = events_of(nlp, "Kenya lodged a protest over the detention of its fishermen by Tanzania.")
    assert [(e["type"], e["a1"]) for e in evs if e["trigger"] == "lodged"] == [("ACCUSE", "Kenya")], evs
    assert not of_type(evs, "PROTEST"), evs
    # a verb reacting to an event leaves it an event of its own
    evs = events_of(nlp, "Chile condemned the attack on Peru by Bolivia.")
    assert of_type(evs, "ACCUSE") and of_type(evs, "ASSAULT"), evs


def test_a_demand_or_allegation_is_made_to_or_against_the_subject_of_its_clause(nlp):
    evs = events_of(nlp, "Kenya demanded that Uganda withdraw its troops from the border.")
    assert [(e["type"], e["a1"], e["a2"]) for e in of_type(evs, "REQUEST")] == [("REQUEST", "Kenya", "Uganda")], evs
    evs = events_of(nlp, "The newspaper El Pais alleged that Morocco had paid the officials.")
    assert [e["a2"] for e in of_type(evs, "ACCUSE")] == ["Morocco"], evs
    # a person's pronoun as that subject is who it stands for; 'it' is as often a thing or the claim itself
    evs = events_of(nlp, "John Smith spoke to reporters on Monday. Senator Jane Roe later demanded that he resign.")
    assert [(e["a1"], e["a2"]) for e in of_type(evs, "REQUEST")] == [("Jane Roe", "John Smith")], evs
    evs = events_of(nlp, "Peru signed the treaty in May. Senator Jane Roe demanded that it be withdrawn.")
    assert [e["a2"] for e in of_type(evs, "REQUEST")] in ([], [None]), evs
    # a passive clause's subject is the one it is done to, no target; its 'by' agent is the one accused
    evs = events_of(nlp, "John Smith was arrested on Monday. Amnesty International alleged that he was tortured.")
    assert [e["a2"] for e in of_type(evs, "ACCUSE")] in ([], [None]), evs
    evs = events_of(nlp, "Amnesty International alleged that the prisoners were tortured by the Kenyan army.")
    assert [(e["a1"], e["a2"]) for e in of_type(evs, "ACCUSE")] == [("Amnesty International", "Kenyan army")], evs


def test_a_passive_report_is_made_only_by_its_by_agent(nlp):
    # "it" in "It is believed that ..." is no one, not the country the sentence before named
    evs = events_of(nlp, "Chile has rejected the plan. It is believed that Peru and Bolivia attacked Ecuador in May.")
    assert not of_type(evs, "ACCUSE"), evs
    assert of_type(evs, "ASSAULT") and of_type(evs, "REJECT"), evs
    evs = events_of(nlp, "Chile has rejected the plan. It was claimed by Chile that Peru attacked Ecuador in May.")
    assert [(e["a1"], e["a2"]) for e in of_type(evs, "ACCUSE")] == [("Chile", "Peru")], evs
    # a passive verb above the report leaves its subject the one who claims
    evs = events_of(nlp, "The rebel leader Juan Perez is reported to have claimed that Chile attacked Peru.")
    assert [(e["a1"], e["a2"]) for e in of_type(evs, "ACCUSE")] == [("Juan Perez", "Chile")], evs


def test_a_claim_of_harm_to_come_or_that_might_have_been_is_no_allegation(nlp):
    evs = events_of(nlp, "Chile believes that Peru attacked Bolivia last year.")
    assert [(e["a1"], e["a2"]) for e in of_type(evs, "ACCUSE")] == [("Chile", "Peru")], evs
    assert not of_type(events_of(nlp, "Chile believes that Peru would attack Bolivia next year."), "ACCUSE")
    assert not of_type(events_of(nlp, "Chile claimed that Peru could have attacked the convoy."), "ACCUSE")


def test_what_someone_should_have_done_is_blame_and_a_demand_on_a_condition_none_yet(nlp):
    evs = events_of(nlp, "Bolivia said that Peru should have warned Chile about the storm.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("ACCUSE", "Bolivia", "Peru")], evs
    evs = events_of(nlp, "Bolivia said that Peru should pay damages to Chile.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("REQUEST", "Bolivia", "Peru")], evs
    assert not events_of(nlp, "If the claim is proven, Peru should pay damages to Chile, Bolivia said.")
    evs = events_of(nlp, "Bolivia said that Peru should impose sanctions even if prices rise.")  # concessive
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("REQUEST", "Bolivia", "Peru")], evs


def test_what_a_speaker_says_must_be_done_to_a_thing_is_a_demand_on_no_one_named(nlp):
    def pairs(text):
        return [(e["type"], e["a1"], e["a2"]) for e in events_of(nlp, text)]
    assert pairs("Senator Jane Roe said on Monday that the remaining troops should be withdrawn.") == [
        ("REQUEST", "Jane Roe", None)]
    assert pairs("The Acme Party insisted that the new tax must be scrapped.") == [("REQUEST", "Acme Party", None)]
    # a person judged ('they', 'the nurses'), a question about the duty, a negated subject, blame for the past,
    # one's own duty: no demand
    assert not of_type(events_of(nlp, "Jane Roe said they should be commended for their work."), "REQUEST")
    assert not of_type(events_of(nlp, "Jane Roe said the nurses should be commended for their work."), "REQUEST")
    assert not pairs("Jane Roe explained why the new tax should be scrapped.")
    assert not pairs("Jane Roe explained which taxes should be scrapped.")
    assert not pairs("Jane Roe said that no troops should be withdrawn.")
    assert not of_type(events_of(nlp, "Jane Roe said the new tax should have been scrapped."), "REQUEST")
    assert not pairs("Jane Roe said that we must act now.")


@pytest.mark.parametrize("text", [
    # an impersonal 'it' of a passive or of 'be' is asked nothing: no demand, least of all of the last country named
    "Chile signed the treaty with Peru. President Ana Ruiz said it has to be ratified by Bolivia.",
    "Chile signed the treaty with Peru. Chile's president Ana Ruiz said it should be a signal to Bolivia.",
    # 'have yet to' says what is not done, not what must be
    "Bolivia said Peru has yet to pay damages to Chile."])
def test_an_obligation_of_no_one_named_is_no_demand(nlp, text):
    assert not of_type(events_of(nlp, text), "REQUEST")


def test_have_to_obliges_with_an_adverb_between(nlp):
    evs = of_type(events_of(nlp, "Bolivia said Peru has also to pay damages to Chile."), "REQUEST")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Bolivia", "Peru")], evs


def test_naming_someone_by_a_word_of_strong_sentiment_is_criticism_or_praise(nlp):
    def pairs(text):
        return [(e["type"], e["a1"], e["a2"]) for e in events_of(nlp, text)]
    assert pairs("Senator Jane Roe called John Smith a coward on Monday.") == [("ACCUSE", "Jane Roe", "John Smith")]
    assert pairs("The Acme Party described Peru as a dangerous and dishonest neighbour.") == [
        ("ACCUSE", "Acme Party", "Peru")]
    assert pairs("Jane Roe called John Smith a great leader.") == [("SUPPORT", "Jane Roe", "John Smith")]
    assert pairs("John Smith has been labelled a liar.") == [("ACCUSE", None, "John Smith")]
    # the parser hangs the passive's agent on the object predicate
    assert pairs("John Smith was labelled a liar by Jane Roe.") == [("ACCUSE", "Jane Roe", "John Smith")]
    # naming only: no sentiment, mixed sentiment, the subject itself, a thing or situation ('it')
    assert not pairs("Jane Roe called John Smith the new chairman.")
    assert not pairs("Jane Roe called John Smith a brilliant but dangerous man.")
    assert not pairs("Jane Roe called John Smith no coward.")
    assert not pairs("The Acme Corporation brands itself as a healthy choice.")
    assert not pairs("Jane Roe called it a disgrace.")


def test_cooperation_that_is_stopped_or_cut_is_not_reported_as_done(nlp):
    def pairs(text):
        return [(e["type"], e["a1"], e["a2"]) for e in events_of(nlp, text)]
    assert pairs("Chile suspended its cooperation with Peru.") == [("SANCTION", "Chile", "Peru")]
    # reducing or stopping cooperative relations is the codebook's SANCTION, whatever the verb
    assert pairs("Chile reduced its cooperation with Peru.") == [("SANCTION", "Chile", "Peru")]
    assert pairs("Chile halted talks with Peru on Monday.") == [("SANCTION", "Chile", "Peru")]
    assert pairs("Chile cut its aid to Peru by half.") == [("SANCTION", "Chile", "Peru")]
    assert pairs("Chile terminated its aid to Peru.") == [("SANCTION", "Chile", "Peru")]
    # what was going on and is to stop still happened
    assert ("ASSAULT", "Hamas", None) in pairs("Israel demanded that Hamas stop its attacks.")


def test_a_possessive_in_the_object_is_the_subjects_own(nlp):
    def pairs(text):
        return [(e["type"], e["a1"], e["a2"]) for e in events_of(nlp, text)]
    # 'its', 'their' in what a subject acts with or on: the subject's, not the most salient actor before
    assert ("ASSAULT", "Hamas", None) in pairs("Israel said that Hamas had resumed its attacks.")
    assert sorted(pairs("Peru and Chile closed their borders with Bolivia.")) == [
        ("COERCE", "Chile", "Bolivia"), ("COERCE", "Peru", "Bolivia")]
    # not what another did or said, not a person of another gender
    assert pairs("Chile criticized Peru for its policies.") == [("ACCUSE", "Chile", "Peru")]
    evs = pairs("John Smith left Lima on Monday. Judge Amy Roe confiscated his passport on Tuesday.")
    assert ("COERCE", "Amy Roe", "John Smith") in evs, evs


def test_being_asked_to_comment_is_no_request_but_asking_a_state_to_explain_is(nlp):
    assert not events_of(nlp, "Asked to comment on the vote, Foreign Ministry spokesman Liu Wei said the council "
                              "needed reform.")
    evs = events_of(nlp, "Chile asked Peru to explain the incident.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("REQUEST", "Chile", "Peru")], evs


def test_an_act_done_to_protest_is_a_protest_but_a_planned_one_is_not(nlp):
    evs = events_of(nlp, "Students of Makerere University marched to parliament to protest against the fee increase.")
    assert [(e["type"], e["a1"]) for e in of_type(evs, "PROTEST")] == [("PROTEST", "Makerere University")], evs
    assert not of_type(events_of(nlp, "Hamas plans to march to protest against Israel."), "PROTEST")


def test_what_a_denial_is_coordinated_with_is_still_stated(nlp):
    evs = events_of(nlp, "Russia denied the charge and said its troops attacked Georgian positions.")
    assert of_type(evs, "REJECT") and of_type(evs, "ASSAULT"), evs


def test_a_state_that_has_asked_another_to_explain_makes_a_request(nlp):
    evs = events_of(nlp, "Chile has asked Peru to explain the incident.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("REQUEST", "Chile", "Peru")], evs


def test_coordinated_subjects_are_subjects_too(nlp):
    evs = events_of(nlp, "Critics of the government and opponents of Hamas accused Israel of lying.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("ACCUSE", None, "Israel")], evs


def test_agreeing_with_an_opinion_is_no_agreement_but_agreeing_what_will_be_done_is(nlp):
    assert not events_of(nlp, "Spain and Portugal agreed that tourism is the main challenge.")
    evs = events_of(nlp, "Spain and Portugal agreed that their troops would leave by June.")
    assert [(e["type"], {e["a1"], e["a2"]}) for e in evs] == [("AGREE", {"Spain", "Portugal"})], evs


def test_a_scheduled_act_is_a_promise_of_the_one_scheduled_to_do_it(nlp):
    evs = events_of(nlp, "Chancellor Olaf Berg is scheduled to meet President Ana Morales of Peru next week.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("AGREE", "Olaf Berg", "Ana Morales")], evs
    assert not events_of(nlp, "The accession treaty with Bulgaria is scheduled to be signed in April.")
    # a light verb's mood is its noun's: talks to be attended are yet to come
    evs = events_of(nlp, "Chancellor Olaf Berg is due to attend talks with President Ana Morales of Peru next week.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("AGREE", "Olaf Berg", "Ana Morales")], evs


def test_an_event_noun_takes_the_mood_of_the_clause_it_belongs_to(nlp):
    # a meeting or a visit to come is promised (GOLD: a future CONSULT is AGREE), by the verb it hangs from, the verb
    # it takes place by, the copula it completes, or a time after the day of writing
    for text in ("The talks between Chile and Peru will take place in Geneva.",
                 "Chancellor Olaf Berg will take part in talks with President Ana Morales of Peru.",
                 "This will be the first visit by a Chilean president to Peru.",
                 "Protesters gathered ahead of the visit of Chancellor Olaf Berg to Peru next week.",
                 "Chancellor Olaf Berg meets President Ana Morales of Peru tomorrow."):
        evs = events_of(nlp, text)
        assert evs and {e["type"] for e in evs} == {"AGREE"}, (text, evs)
    evs = events_of(nlp, "Chancellor Olaf Berg meets President Ana Morales of Peru tomorrow.")
    assert [(e["a1"], e["a2"], e["date"]) for e in evs] == [("Olaf Berg", "Ana Morales", dt.date(2024, 10, 11))]
    # the visit's roles are a visit's, though it is promised
    evs = events_of(nlp, "During his visit to Peru, Chancellor Olaf Berg will announce a plan.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("AGREE", "Olaf Berg", "Peru")], evs
    # a signing to come is promised, not a speech act done
    evs = events_of(nlp, "Chile signs a defence pact with Peru next week.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("AGREE", "Chile", "Peru")], evs
    # scheduled, it is to come; expected to take place, it is someone's expectation; a promise needs who makes it
    for text in ("More talks with Chile are scheduled for next month, Peru said.",
                 "Talks between Chile and Peru are expected to resume next week.",
                 "Roads will close during the visit of Chancellor Olaf Berg to Peru later this week."):
        assert not of_type(events_of(nlp, text), "CONSULT"), text
    # held, or taken part in, it happened; a past act is not dated by the time of another to come
    for text in ("The talks between Chile and Peru took place in Geneva.",
                 "This was the first visit by a Chilean president to Peru."):
        assert {e["type"] for e in events_of(nlp, text)} == {"CONSULT"}, text
    evs = events_of(nlp, "Ahead of the summit next week, President Ana Morales of Peru accused Chile of spying.")
    assert [(e["type"], e["a2"], e["date"]) for e in evs] == [("ACCUSE", "Chile", None)], evs


def test_what_someone_is_to_do_is_arranged_and_an_aim_or_a_judgement_is_no_act(nlp):
    # 'be to' with someone for subject: yet to happen (a future withdrawal is a concession, a future meeting a promise)
    evs = events_of(nlp, "Chile is to pull its navy out of Peruvian waters.")
    assert [(e["type"], e["a1"]) for e in evs] == [("CONCEDE", "Chile")], evs
    for text in ("Chancellor Olaf Berg is to meet President Ana Morales of Peru on Friday.",
                 "Chancellor Olaf Berg, who is to meet President Ana Morales of Peru on Friday, said nothing."):
        evs = events_of(nlp, text)
        assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("AGREE", "Olaf Berg", "Ana Morales")], (text, evs)
    # of a light verb too, and a day without a year is the next one
    evs = events_of(nlp, "Chancellor Olaf Berg is to attend talks with President Ana Morales of Peru on Friday.")
    assert [(e["type"], e["a1"], e["a2"], e["date"]) for e in evs] == [
        ("AGREE", "Olaf Berg", "Ana Morales", dt.date(2024, 10, 11))], evs
    assert not events_of(nlp, "The Lima Miners Union is to join the strike against the Peruvian government.")
    # nothing is arranged where it is not
    for text in ("Chancellor Olaf Berg is not to attend talks with President Ana Morales of Peru.",
                 "Chancellor Olaf Berg is not scheduled to meet President Ana Morales of Peru next week."):
        assert not events_of(nlp, text), text
    # an aim, a plan, a judgement or a condition: no one acts
    for text in ("The main goal of the new fund is to help Bolivia rebuild its schools.",
                 "Our plan was to support Chile in the vote, the minister said.",
                 "It is wrong to arrest the journalists of Radio Libre, Peru said.",
                 "If Chile is to pull its navy out of Peruvian waters, Peru must first sign the treaty."):
        assert not [e for e in events_of(nlp, text) if e["type"] in ("AID", "SUPPORT", "COERCE", "CONCEDE")], text
    # the idiom is no plan: 'X is to blame' still blames
    assert of_type(events_of(nlp, "Chile's president said Bolivia is to blame for the crisis."), "ACCUSE")


def test_headline_infinitives_and_verbal_attacks_are_no_assaults(nlp):
    assert not of_type(events_of(nlp, "Israel to launch ground offensive in Gaza"), "ASSAULT")
    evs = events_of(nlp, "Correa's verbal attacks on Colombia angered Bogota.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("ACCUSE", "Correa", "Colombia")], evs


def test_an_attack_over_a_matter_in_dispute_is_criticism_and_over_a_place_or_time_force(nlp):
    evs = events_of(nlp, "Ed Miliband attacked David Cameron over the budget in a speech on Monday.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("ACCUSE", "Ed Miliband", "David Cameron")], evs
    # a thing, a country or armed men attacked 'over' something is force: a place, a time or a motive
    for text in ("Israeli jets attacked targets over Gaza on Monday.",
                 "Taliban fighters attacked the town over the weekend.",
                 "Somali gunmen attacked the aid convoy over the hills near Baidoa.",
                 "Angry Kenyan farmers attacked a police post over the shooting of a herder.",
                 "Russia attacked Georgia over South Ossetia."):
        assert [e["type"] for e in events_of(nlp, text)] == ["ASSAULT"], text


def test_what_happened_before_or_after_an_act_is_not_its_subjects_doing_unless_a_meeting(nlp):
    evs = of_type(events_of(nlp, "Egypt closed the border crossing after the attack on Israel."), "ASSAULT")
    assert [(e["a1"], e["a2"]) for e in evs] == [(None, "Israel")], evs
    evs = of_type(events_of(nlp, "Condoleezza Rice expressed anger after a meeting with President Omar al-Bashir."),
                  "CONSULT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Condoleezza Rice", "Omar al-Bashir")], evs


def test_the_target_of_an_event_noun_after_a_preposition_is_the_verbs(nlp):
    evs = events_of(nlp, "The Nordic Council agreed to a suspension of its sanctions against Belarus.")
    assert [(e["type"], e["a2"]) for e in of_type(evs, "AGREE")] == [("AGREE", "Belarus")], evs
    evs = events_of(nlp, "Human Rights Watch called for the release of Omar Haddad.")
    assert [(e["type"], e["a1"], e["a2"]) for e in of_type(evs, "REQUEST")] == [
        ("REQUEST", "Human Rights Watch", "Omar Haddad")], evs


def test_an_apposed_name_is_who_a_described_phrase_names(nlp):
    # "a US peace activist, Scott Miller": the activist, not the United States
    evs = events_of(nlp, "A US peace activist, Scott Miller, has been arrested in Melbourne.")
    assert [(e["type"], e["a2"]) for e in evs] == [("COERCE", "Scott Miller")], evs


def test_meeting_a_target_or_a_deadline_is_no_meeting(nlp):
    assert not of_type(events_of(nlp, "The Chilean government met the deadline set by the United Nations."), "CONSULT")
    evs = events_of(nlp, "President Bachelet met the Peruvian foreign minister in Lima.")
    assert [(e["type"], e["a1"]) for e in evs] == [("CONSULT", "Bachelet")], evs


def test_the_object_of_a_verb_of_causing_does_its_infinitive(nlp):
    evs = events_of(nlp, "The scandal forced Minister Ana Ruiz to resign.")
    assert [(e["type"], e["a1"]) for e in evs] == [("RETREAT", "Ana Ruiz")], evs


def test_any_other_verb_with_an_object_does_its_infinitive_for_its_subject(nlp):
    # a purpose: the subject entered the country to attack, not the country
    evs = of_type(events_of(nlp, "Kenyan troops entered Somalia to attack al-Shabaab bases."), "ASSAULT")
    assert len(evs) == 1 and has(evs[0]["a1"], "Kenya") and has(evs[0]["a2"], "al-Shabaab")
    evs = of_type(events_of(nlp, "Uganda urged Kenya to arrest the suspects."), "REQUEST")
    assert len(evs) == 1 and has(evs[0]["a2"], "Kenya")


def test_forces_sent_to_no_one_named_are_deployed_and_a_curfew_imposed_is_coercion(nlp):
    evs = events_of(nlp, "Peru sent 2,000 soldiers to the southern highlands.")
    assert [(e["type"], e["a1"]) for e in evs] == [("MOBILIZE", "Peru")], evs
    evs = events_of(nlp, "Peru sent 2,000 soldiers to Haiti.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("AID", "Peru", "Haiti")], evs
    # 'impose' takes sanctions more often than curfews, but a curfew it imposes is the codebook's coercion
    evs = events_of(nlp, "The Chilean government imposed a curfew in Arica.")
    assert [(e["type"], e["a1"]) for e in evs] == [("COERCE", "Chile")], evs


def test_an_amount_in_aid_is_aid_given_by_the_verbs_subject(nlp):
    for text in ("Norway provided $40 million in aid to Malawi.", "Norway gave $40 million in aid to Malawi."):
        evs = events_of(nlp, text)  # one event, not one of the verb and another of the noun
        assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("AID", "Norway", "Malawi")], evs


def test_state_forces_act_for_their_country(nlp):
    evs = of_type(events_of(nlp, "Chilean police arrested the mayor of Valparaiso, Jorge Sharp."), "COERCE")
    assert len(evs) == 1 and has(evs[0]["a1"], "Chile")
    assert not of_type(events_of(nlp, "Chilean students marched through Santiago."), "COERCE")


def test_officials_forces_and_warplanes_of_a_nationality_act_for_its_state(nlp):
    accuse = of_type(events_of(nlp, "Egyptian officials accused Sudan of arming the rebels."), "ACCUSE")
    assert len(accuse) == 1 and has(accuse[0]["a1"], "Egypt") and has(accuse[0]["a2"], "Sudan")
    assault = of_type(events_of(nlp, "Turkish jets struck Kurdish positions in Syria on Friday."), "ASSAULT")
    assert assault and has(assault[0]["a1"], "Türkiye", "Turkey")
    # the same nouns without a nationality name no one
    assert not events_of(nlp, "Officials accused the company of fraud.")


def test_a_participle_on_a_phrase_apposed_to_a_name_acts_on_the_named(nlp):
    # 'X, the man accused of ...', 'X, a reporter detained in ...': the apposed phrase is X, so what its
    # participle says is done to X
    evs = of_type(events_of(nlp, "Egypt freed Tom Hale, a reporter detained in Cairo last week."), "COERCE")
    assert [(e["a2"], e["trigger"]) for e in evs] == [("Tom Hale", "detained")]
    evs = of_type(events_of(nlp, "Ray Dunn, the man accused of stealing the paintings, appeared in court."), "ACCUSE")
    assert [e["a2"] for e in evs if e["trigger"] == "accused"] == ["Ray Dunn"]
    # a body's describing noun: 'X, a firm fined by Y'
    evs = of_type(events_of(nlp, "Veltra, a company fined by the European Commission in May, appealed."), "COERCE")
    assert [(e["a1"], e["a2"]) for e in evs] == [("European Commission", "Veltra")]


def test_who_faces_an_accusation_is_its_target(nlp):
    # charges or criticism one faces have been made against one; the one they come from makes them
    evs = of_type(events_of(nlp, "Senator Tom Reyes faces corruption charges after the audit."), "ACCUSE")
    assert [(e["a1"], e["a2"]) for e in evs] == [(None, "Tom Reyes")]
    evs = of_type(events_of(nlp, "Governor Laura Bennett faced criticism from Amnesty International over the evictions."),
                  "ACCUSE")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Amnesty International", "Laura Bennett")]
    # facing them may be yet to come
    assert of_type(events_of(nlp, "Tom Reyes may face charges after the audit."), "ACCUSE") == []
    assert of_type(events_of(nlp, "Tom Reyes is expected to face charges on Friday."), "ACCUSE") == []


# ------------------------------------------------------------------ modality
def test_negated_hypothetical_and_questioned_actions_are_not_events(nlp):
    assert not events_of(nlp, "Brazil did not sign the agreement with Argentina.")
    assert not events_of(nlp, "Germany could send troops to Lithuania if the situation worsens.")
    assert not of_type(events_of(nlp, "Will Iran attack Israel?"), "ASSAULT")
    # a question the parser joins to the answer that follows is still asked; the answer still tells
    evs = events_of(nlp, "'''WN''': Did the Peruvian army arrest Jon Smith? '''JS''': The army arrested his brother.")
    assert {e["trigger"] for e in evs} == {"arrested"}, evs
    # a headline without a full stop asks nothing of the question that follows it
    assert of_type(events_of(nlp, "Peru arrests Jon Smith\nIs this hostage diplomacy?"), "COERCE")
    # and a question in brackets asks nothing of the clause around it
    assert of_type(events_of(nlp, "Senator Jon Smith criticized the Peruvian government (was it unwise?) and left."),
                   "ACCUSE")


def test_a_negation_does_not_reach_a_conjunct_set_against_it_or_a_clause_of_its_own(nlp):
    evs = events_of(nlp, "The Bank of Japan is not taking part in the intervention, but welcomed the decision "
                         "by the Federal Reserve.")
    assert [(e["a1"], e["a2"]) for e in of_type(evs, "SUPPORT")] == [("Bank of Japan", "Federal Reserve")]
    evs = events_of(nlp, "Peru did not attack Chile, but Bolivia attacked Ecuador on Monday.")
    assert [(e["a1"], e["a2"]) for e in of_type(evs, "ASSAULT")] == [("Bolivia", "Ecuador")]
    evs = events_of(nlp, "Peru did not attack Chile and yet welcomed the decision by Bolivia.")
    assert [(e["a1"], e["a2"]) for e in of_type(evs, "SUPPORT")] == [("Peru", "Bolivia")]
    # a contrasted conjunct with a tense of its own has its own mood too
    evs = events_of(nlp, "Peru would not comment on the talks but condemned the attack by Bolivia.")
    assert [(e["a1"], e["a2"]) for e in of_type(evs, "ACCUSE")] == [("Peru", "Bolivia")]
    # shared by conjuncts with one subject and no contrast; 'neither' negates its own clause
    assert not events_of(nlp, "Peru did not attack Chile or threaten Bolivia.")
    assert not events_of(nlp, "Peru did not attack Chile and did not threaten Bolivia.")
    assert not of_type(events_of(nlp, "Peru did not attack Chile, and neither has Bolivia threatened Ecuador."),
                       "THREATEN")


def test_future_support_or_aid_is_agree(nlp):
    evs = events_of(nlp, "Japan will send humanitarian aid to Nepal.")
    assert [e["type"] for e in evs] == ["AGREE"]
    assert has(evs[0]["a1"], "Japan") and has(evs[0]["a2"], "Nepal")


def test_planned_action_is_an_agree_of_the_planner(nlp):
    evs = events_of(nlp, "Canada plans to send a special envoy to Haiti.")
    assert [e["type"] for e in evs] == ["AGREE"] and has(evs[0]["a1"], "Canada")


def test_an_intention_is_an_agree_only_through_the_act_intended(nlp):
    # planning what is no PLOVER act is no event: a business plan, a building, a thing done 'as planned'
    for text in ("Air Canada plans to start a daily flight to Lima.",
                 "The government of Chile plans to build a new stadium in Santiago.",
                 "Prime Minister Jane Roe delivered her speech as planned."):
        assert "AGREE" not in [e["type"] for e in events_of(nlp, text)], text
    # a sense the corpus hand check dropped is no act planned either: raising fares, bringing in a product
    for text in ("Qantas plans to increase its fares to Tokyo.",
                 "Toyota plans to introduce a new model in Brazil.",
                 "Qantas plans to increase its fares after the talks."):
        assert not events_of(nlp, text), text
    # unless what is planned names a PLOVER act itself: talks, aid
    assert of_type(events_of(nlp, "Peru plans to attend the peace talks in Lima."), "AGREE")
    # planning a PLOVER act commits the planner: a visit, aid, an attack (which threatens)
    assert of_type(events_of(nlp, "Chile plans to provide emergency aid to Peru."), "AGREE")
    assert of_type(events_of(nlp, "Venezuela is planning to attack Guyana."), "THREATEN")


@pytest.mark.parametrize("text", ["Chile was unable to sign the treaty with Peru.",
                                  "The Chilean navy was unwilling to support the Peruvian plan."])
def test_what_one_is_unable_or_unwilling_to_do_is_not_done(nlp, text):
    assert not events_of(nlp, text)


def test_a_plotted_act_is_planned_not_done(nlp):
    # plotting or conspiring is planning ('plan'): the act is none yet, least of all one someone is accused of plotting
    for text in ("Three officers of the Chilean army conspired to assassinate President Ana Lopez.",
                 "Colonel Pablo Ruiz accused army officers of plotting to kill President Ana Lopez."):
        assert not of_type(events_of(nlp, text), "ASSAULT"), text


def test_an_act_under_an_aim_further_up_is_not_done(nlp):
    # a word of aim, hope, intention or seeking above the act, past the act's own governor: the act is sought
    for text in ("Delegates went to Geneva in the hope of winning the support of Brazil.",
                 "The students travelled to Ottawa with the intention of meeting Prime Minister Jane Roe.",
                 "China is courting support from Venezuela."):
        assert not events_of(nlp, text), text
    # an act the aimed one stops, one a phrase only sets, one a verb's adjunct names: the act is there
    assert of_type(events_of(nlp, "The campaign aims to curb attacks against Israel."), "ASSAULT")
    evs = events_of(nlp, "Tom Reed will consider returning to politics following the resignation of Liberal leader "
                         "Ann Cole.")
    assert [(e["type"], e["a1"]) for e in evs] == [("RETREAT", "Ann Cole")], evs
    evs = events_of(nlp, "In his lawsuit against Jane Roe, Tom Reed sought damages of one million dollars.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("ACCUSE", "Tom Reed", "Jane Roe")], evs
    # an act named in another word's phrase, or as someone's, is there: what one seeks redress for, holds someone
    # accountable for, or judges
    for text, kind in (("Tom Reed sued the city of Boston, seeking damages for his arrest by police.", "COERCE"),
                       ("Biden plans to hold Putin accountable for the invasion of Ukraine by Russia.", "ASSAULT"),
                       ("Washington considers Russia's invasion of Ukraine a violation of international law.",
                        "ASSAULT")):
        assert of_type(events_of(nlp, text), kind), text


def test_a_charge_accuses_only_as_a_charge_against_someone(nlp):
    assert [e["type"] for e in events_of(nlp, "Police charged John Smith with fraud on Monday.")] == ["ACCUSE"]
    assert [e["type"] for e in events_of(nlp, "The charges against Jane Doe were filed by the court.")] == ["ACCUSE"]
    assert [e["type"] for e in events_of(nlp, "The 12 charges against John Smith were announced by the prosecutor.")
            ] == ["ACCUSE"]
    # charges dropped, a ban lifted: the act is undone, not reported as done
    assert "ACCUSE" not in [e["type"] for e in events_of(nlp, "The charges against Jane Doe were dropped by the court.")]
    # a price and a responsibility are no accusations
    for text in ("Qantas charges a fee of 20 dollars for each bag.", "Vodafone took a $5 million charge on its books.",
                 "General Jane Doe took charge of the army on Monday.",
                 # an amount the tagger leaves untyped: pence after the number, with the verb or (parsed so) the noun
                 "Channel 4's online service charges 99p to rent a programme for two days.",
                 "The radio is free to use; Sky's app charges 99p to rent a film for two days; the rest is free."):
        assert "ACCUSE" not in [e["type"] for e in events_of(nlp, text)], text


def test_a_requested_action_is_only_the_request(nlp):
    evs = events_of(nlp, "The United Nations urged Myanmar to release the detained journalists.")
    assert [e["type"] for e in evs] == ["REQUEST"]
    assert has(evs[0]["a1"], "United Nations") and has(evs[0]["a2"], "Myanmar")


def test_future_weekday_reads_forward(nlp):
    evs = events_of(nlp, "Argentina will meet Chile on Tuesday.")
    assert evs and evs[0]["date"] == dt.date(2024, 10, 15)
    evs = events_of(nlp, "Argentina met Chile on Tuesday.")
    assert evs and evs[0]["date"] == dt.date(2024, 10, 8)
    # the clause the time expression hangs from says which way it reads, though the event's word is a noun
    evs = events_of(nlp, "Talks between Argentina and Chile will resume on October 3.")
    assert [e["date"] for e in evs] == [dt.date(2025, 10, 3)], evs
    evs = events_of(nlp, "Talks between Argentina and Chile resumed on October 3.")
    assert [e["date"] for e in evs] == [dt.date(2024, 10, 3)], evs
    # not a noun's own time, which names an event that may be past ('the talks of October 3')
    evs = events_of(nlp, "The talks of October 3 between Argentina and Chile will resume next month.")
    assert [e["date"] for e in evs] == [dt.date(2024, 10, 3)], evs


# ------------------------------------------------------------------ what is no event
def test_words_in_quotes_and_plain_speech_are_not_events(nlp):
    text = ('"We will attack the convoy and kill the soldiers," a militia spokesman said. '
            "Joe Biden said on Monday that the economy is strong.")
    assert events_of(nlp, text) == []


def test_a_quotation_states_an_event_only_of_an_actor_it_names(nlp):
    # a quoted fact with its actor named inside the quotation is an event of that actor
    evs = events_of(nlp, 'The minister said: "Yesterday Norway expelled two Russian diplomats from Oslo."')
    assert [(e["type"], e["a1"]) for e in evs] == [("SANCTION", "Norway")]
    # 'we' and 'I' are the quotation's speaker
    evs = events_of(nlp, '"We condemn the raid on the newspaper," Amnesty International said on Monday.')
    assert [(e["type"], e["a1"]) for e in evs] == [("ACCUSE", "Amnesty International")]
    # an unnamed spokesman's 'we' is the body he speaks for, though he is no named speaker
    evs = events_of(nlp, '"We condemn the raid on the newspaper," an Amnesty International spokesman said.')
    assert [(e["type"], e["a1"]) for e in evs] == [("ACCUSE", "Amnesty International")]
    # but not a speaker read from a noun of any kind of body ('the group said'), as quotes read it
    evs = events_of(nlp, 'Microsoft sued Apple. Crowds gathered. "We condemn the raid on our office," the group said.')
    assert not of_type(evs, "ACCUSE") or all(e["trigger"] == "sued" for e in of_type(evs, "ACCUSE"))
    # the actor named only outside it ('they'), as in what speakers wish, fear or suppose: none
    evs = events_of(nlp, 'Norway was criticised. "They expelled two Russian diplomats for nothing," a critic said.')
    assert not of_type(evs, "SANCTION")
    # nor the speaker, whom a 'he' or 'she' of the quotation cannot mean: speakers say 'I'
    text = 'Senator Ana Ruiz spoke on Monday. "She rejected every offer we made," Ruiz said of the governor.'
    assert not any(e["a1"] == "Ana Ruiz" for e in of_type(events_of(nlp, text), "REJECT"))
    # but a body calls itself 'it', and an editor's '[he]' stands for the speaker's 'I'
    evs = events_of(nlp, 'In a statement, Nordstar Mining said: "It rejects the offer of the union."')
    assert [e["a1"] for e in of_type(evs, "REJECT")] == ["Nordstar Mining"], evs
    evs = events_of(nlp, 'Senator Tom Baker said: "[He] will support the miners of Wales."')
    assert [e["a1"] for e in of_type(evs, "AGREE")] == ["Tom Baker"], evs


def test_opposing_a_plan_is_a_rejection_but_as_opposed_to_is_no_event(nlp):
    evs = events_of(nlp, "Ukraine opposed the new gas pipeline on Tuesday.")
    assert [(e["type"], e["a1"]) for e in evs] == [("REJECT", "Ukraine")]
    assert not events_of(nlp, "Ukraine buys gas from Norway, as opposed to Russia.")
    # 'is opposed to' states the subject's stance, not something done to it
    evs = events_of(nlp, "Ukraine is opposed to resuming gas talks with Russia.")
    assert [(e["type"], e["a1"]) for e in evs] == [("REJECT", "Ukraine")]


def test_a_denial_is_a_rejection_and_acknowledging_a_fact_is_not_support(nlp):
    assert of_type(events_of(nlp, "The Kremlin denied the allegations on Monday."), "REJECT")
    assert not of_type(events_of(nlp, "The ministry of Peru confirmed that the border was closed."), "SUPPORT")


def test_releases_of_things_and_warnings_of_trouble_are_not_events(nlp):
    assert not events_of(nlp, "In a media release, Greenpeace said the plan had failed.")
    assert of_type(events_of(nlp, "Hamas announced the release of the hostages held in Gaza."), "RETREAT")
    # a product or a document NER takes for an organization is not released as people are
    assert not of_type(events_of(nlp, "Acme released the Acme Phone Software Development Kit on Thursday."), "RETREAT")
    assert of_type(events_of(nlp, "Hamas released two Fatah members on Monday."), "RETREAT")
    assert not of_type(events_of(nlp, "The Reserve Bank of Australia warned of an increase in inflation."), "THREATEN")


def test_business_deals_are_not_political_events(nlp):
    assert not of_type(events_of(nlp, "Sony Corporation agreed to buy EMI Music Publishing for $2 billion."), "AGREE")
    assert not of_type(events_of(nlp, "Actor Tom Hanks signed a contract with Paramount Pictures."), "SUPPORT")


# ------------------------------------------------------------------ across documents
def _m(doc, a1, a2, date=None, precision=None, lemma="sanction", start=0):
    return {"event_type": "SANCTION", "actor1_id": a1, "actor2_id": a2, "event_date": date,
            "date_precision": precision, "doc_id": doc, "start": start, "lemma": lemma, "confidence": 0.7}


def test_merge_needs_compatible_actors_and_dates():
    groups = merge_events([
        _m("a", "X", "Y", "2024-10-03", "day"), _m("b", "X", None, "2024-10", "month"),
        _m("d", "X", "Y", "2023-01-05", "day"), _m("e", "X", "Z"),
    ])
    by_docs = sorted(sorted(x["doc_id"] for x in g) for g in groups)
    assert ["a", "b"] in by_docs and ["d"] in by_docs and ["e"] in by_docs


def test_undated_reports_merge_only_when_published_close_together():
    pub = {"a": dt.date(2020, 1, 1), "b": dt.date(2020, 1, 2), "c": dt.date(2021, 6, 1)}
    groups = merge_events([_m("a", "X", "Y"), _m("b", "X", "Y"), _m("c", "X", "Y")], pub)
    assert sorted(sorted(x["doc_id"] for x in g) for g in groups) == [["a", "b"], ["c"]]


def test_a_missing_role_needs_the_same_trigger_family():
    pub = {"a": dt.date(2020, 1, 1), "b": dt.date(2020, 1, 1)}
    assert len(merge_events([_m("a", "X", "Y", lemma="expel"), _m("b", "X", None, lemma="expulsion")], pub)) == 1
    assert len(merge_events([_m("a", "X", "Y", lemma="expel"), _m("b", "X", None, lemma="suspend")], pub)) == 2


def test_merged_event_across_two_documents_in_the_tables(nlp):
    texts = {"a": "Japan signed a trade agreement with Vietnam on March 3, 2023.",
             "b": "Japan signed a trade agreement with Vietnam last week, officials said."}
    published = {"a": dt.date(2023, 3, 4), "b": dt.date(2023, 3, 9)}
    import pandas as pd
    documents = pd.DataFrame({"doc_id": list(texts), "published": [published[d] for d in texts]})
    tables = build_tables(documents, [extract_doc(nlp(t), d, published[d]) for d, t in texts.items()])
    events = tables["events"]
    merged = events[(events["event_type"] == "SUPPORT") & (events["n_documents"] == 2)]
    assert len(merged) == 1
    row = merged.iloc[0]
    assert row["event_date"] == dt.date(2023, 3, 3) and row["merge_evidence"]
    mentions = tables["event_mentions"]
    assert set(mentions[mentions["event_id"] == row["event_id"]]["doc_id"]) == {"a", "b"}


def test_a_verb_stating_an_event_noun_and_the_noun_later_are_one_event(nlp):
    # 'announced her resignation' (the verb's event) and 'her resignation' later: one act in the same words
    import pandas as pd
    text = "Jean Tremblay announced his resignation as party leader on Tuesday. His resignation followed a weak result."
    documents = pd.DataFrame({"doc_id": ["a"], "published": [dt.date(2023, 3, 9)]})
    tables = build_tables(documents, [extract_doc(nlp(text), "a", dt.date(2023, 3, 9))])
    events = tables["events"]
    assert list(events[events["event_type"] == "RETREAT"]["n_mentions"]) == [2], events


def test_subjects_acting_jointly_act_with_each_other(nlp):
    evs = of_type(events_of(nlp, "Peru and Bolivia jointly signed the border treaty."), "SUPPORT")
    assert len(evs) == 1 and {evs[0]["a1"], evs[0]["a2"]} == {"Peru", "Bolivia"}


def test_the_parties_to_an_agreement_act_with_each_other(nlp):
    # CAMEO's &TREATY nouns: whoever signs or reaches an agreement does so with the other parties
    evs = of_type(events_of(nlp, "Ghana and Togo signed a fisheries agreement in Accra."), "SUPPORT")
    assert len(evs) == 1 and {evs[0]["a1"], evs[0]["a2"]} == {"Ghana", "Togo"}
    # approving a plan, or denouncing an agreement, is each one's own act: two events, no counterpart
    evs = of_type(events_of(nlp, "Ghana and Togo approved the fisheries plan."), "SUPPORT")
    assert len(evs) == 2 and not any(e["a2"] for e in evs)
    evs = of_type(events_of(nlp, "Peru and Chile denounced the fisheries agreement."), "ACCUSE")
    assert len(evs) == 2 and not any(e["a2"] for e in evs)


@pytest.mark.parametrize("text", [
    "The fisheries accord was signed by Kenya and Uganda in Nairobi.",
    "Kenya and Uganda signed a new trade deal in Nairobi.",
    "The memorandum, signed by Kenya and Uganda in Nairobi, ends the dispute.",
])
def test_an_agreement_signed_by_two_parties_is_signed_with_each_other(nlp, text):
    # the documents CAMEO's SIGN patterns code as shared: passive, participle, or a deal or memorandum as well
    evs = of_type(events_of(nlp, text), "SUPPORT")
    assert len(evs) == 1 and {evs[0]["a1"], evs[0]["a2"]} == {"Kenya", "Uganda"}, (text, evs)
    # a law is signed by each on its own
    evs = of_type(events_of(nlp, text.replace("fisheries accord", "fisheries law").replace("new trade deal", "law")
                            .replace("memorandum", "law")), "SUPPORT")
    assert not any(e["a2"] for e in evs), evs


def test_recognition_is_of_a_state_or_government_not_of_a_fact(nlp):
    evs = of_type(events_of(nlp, "Peru recognized Kosovo as an independent state."), "SUPPORT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Peru", "Kosovo")], evs
    assert not events_of(nlp, "Peru recognized the need for lower taxes.")
    # a state the text names as a place is recognized too
    assert [e["a1"] for e in of_type(events_of(nlp, "Peru recognized the independence of Abkhazia."), "SUPPORT")] \
        == ["Peru"]
    assert not events_of(nlp, "The Peruvian minister said he recognised the risk was high.")


def test_an_appeal_is_made_for_something_or_to_someone_not_against_a_verdict(nlp):
    assert [e["a1"] for e in of_type(events_of(nlp, "The Red Cross appealed for calm in Nairobi."), "REQUEST")] \
        == ["Red Cross"]
    evs = of_type(events_of(nlp, "Chile appealed to Peru to release the fishermen."), "REQUEST")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Chile", "Peru")], evs
    assert not events_of(nlp, "Microsoft appealed the ruling of the European Commission.")
    assert not events_of(nlp, "Samsung won an appeal against Apple in Seoul.")


def test_pushing_is_a_request_only_for_an_act(nlp):
    assert [(e["type"], e["a1"]) for e in events_of(nlp, "China pushed for new talks with Japan.")] \
        == [("REQUEST", "China")]
    assert [e["type"] for e in events_of(nlp, "Kenya pushed Uganda to extradite the suspects.")] == ["REQUEST"]
    assert not events_of(nlp, "OPEC pushed forward its meeting to next week.")


def test_encouraging_someone_to_act_is_a_request(nlp):
    # the corpus hand check of 2026-12-06 (benchmarks/results/curation/round6_*) retyped CAMEO's 'encourage' from
    # SUPPORT to REQUEST: of 15 corpus uses read, 9 were appeals to someone to act
    evs = events_of(nlp, "Norway encouraged Sweden to reopen the border crossing.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("REQUEST", "Norway", "Sweden")], evs


def test_suspecting_a_fact_is_a_belief_and_suspecting_someone_a_charge(nlp):
    assert not events_of(nlp, "Jorge Sharp, the mayor of Lima, said he suspected the fire had started in the kitchen.")
    evs = of_type(events_of(nlp, "The Peruvian government suspected that Chile had armed the rebels."), "ACCUSE")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Peru", "Chile")], evs
    assert of_type(events_of(nlp, "The mayor of Lima, Jorge Sharp, was suspected of fraud."), "ACCUSE")


def test_a_report_that_someone_must_act_is_a_request(nlp):
    evs = of_type(events_of(nlp, "The European Union said that Serbia must hand over the suspects."), "REQUEST")
    assert len(evs) == 1 and has(evs[0]["a1"], "European Union") and has(evs[0]["a2"], "Serbia")
    # what must be done to a thing is a demand on no one named; an attitude to it is none (see below)
    evs = of_type(events_of(nlp, "The European Union said that the budget must be balanced."), "REQUEST")
    assert [(e["a1"], e["a2"]) for e in evs] == [("European Union", None)], evs
    assert not of_type(events_of(nlp, "The European Union said that the vote should be seen as a warning."), "REQUEST")


# The parser hangs 'and praised ...' on the reported verb; an act in the reporting verb's tense with no subject of
# its own is the speaker's where the reported clause's form or subject tells them apart; in the reported clause's
# tense, or where its subject may have done both, the act stays its subject's.
@pytest.mark.parametrize("text, event_type, a1", [
    ("President Ana Ruiz said the fishermen had left Chilean waters and praised the Chilean navy.", "SUPPORT",
     "Ana Ruiz"),
    ("Jane Roe said the budget was unfair and called on the Kenyan government to resign.", "REQUEST", "Jane Roe"),
    ("Jane Roe said the soldiers of Russia had crossed the border and had attacked the Georgian army.", "ASSAULT",
     "Russia"),
    ("Jane Roe said Russia attacked the village and threatened Georgia.", "THREATEN", "Russia"),
])
def test_a_speech_act_added_to_a_report_is_the_speakers(nlp, text, event_type, a1):
    evs = of_type(events_of(nlp, text), event_type)
    assert [e["a1"] for e in evs] == [a1], evs


def test_a_commitment_to_cooperate_agrees_and_to_force_threatens(nlp):
    evs = events_of(nlp, "Iran is ready to negotiate with the European Union.")
    assert [e["type"] for e in evs] == ["AGREE"] and has(evs[0]["a2"], "European Union")
    assert [e["type"] for e in events_of(nlp, "Hezbollah vowed to attack Israel.")] == ["THREATEN"]


def test_evaluative_predicates_state_support_and_criticism(nlp):
    assert of_type(events_of(nlp, "The government of Pakistan was critical of India."), "ACCUSE")
    assert of_type(events_of(nlp, "The United States was pleased with Ghana's election."), "SUPPORT")


def test_an_event_noun_with_any_names_no_event_in_particular(nlp):
    assert not of_type(events_of(nlp, "Syria vowed to answer any attack by Israel."), "ASSAULT")
    assert of_type(events_of(nlp, "Syria condemned the attack by Israel."), "ASSAULT")


def test_an_act_approved_or_authorized_is_not_yet_done_but_a_request_approved_was_made(nlp):
    assert not of_type(events_of(nlp, "The council approved the execution of Ali Hassan on Monday."), "ASSAULT")
    assert not of_type(events_of(nlp, "The Senate authorized the deployment of Kenyan troops to Somalia."),
                       "MOBILIZE")
    assert of_type(events_of(nlp, "The Senate approved the request by Kenya for aid."), "REQUEST")
    # in the passive, and of coordinated acts, all the same
    assert not of_type(events_of(nlp, "The deployment of Kenyan troops to Somalia was approved by the Kenyan parliament "
                                      "on Monday."), "MOBILIZE")


def test_what_is_yet_to_happen_and_a_condition_are_no_events(nlp):
    assert not events_of(nlp, "Peru has yet to ratify the treaty with Chile.")
    assert not of_type(events_of(nlp, "The condition of Augusto Pinochet is critical."), "ACCUSE")


def test_a_sentence_opening_with_they_goes_on_with_the_coordinated_subject_before_it(nlp):
    evs = of_type(events_of(nlp, "Israel and Hamas exchanged fire on Monday. They agreed to a ceasefire on Tuesday."),
                  "AGREE")
    assert [{e["a1"], e["a2"]} for e in evs] == [{"Israel", "Hamas"}]
    evs = of_type(events_of(nlp, "Peru and Chile met in Lima. They demanded that Bolivia open its border."), "REQUEST")
    assert sorted(e["a1"] for e in evs) == ["Chile", "Peru"]
    # 'they' inside a clause may be anyone of its own sentence
    evs = of_type(events_of(nlp, "Peru and Chile met in Lima. Both call Sendero a terror group as they killed "
                                 "thousands of Peruvians."), "ASSAULT")
    assert all(e["a1"] not in ("Chile", "Peru") for e in evs)


def test_a_states_own_protest_is_a_complaint_and_civilians_protest_is_a_protest(nlp):
    evs = events_of(nlp, "Japan formally protested the visit of the Chinese envoy.")
    assert [(e["type"], e["a1"]) for e in evs if e["trigger"] == "protested"] == [("ACCUSE", "Japan")]
    evs = events_of(nlp, "Chile made a formal protest to Peru over the border post.")
    assert [e["type"] for e in evs if e["trigger"] == "protest"] == ["ACCUSE"]
    # a protest held in a country, or against it, stays a protest
    evs = events_of(nlp, "Thousands of students protested against Japan in Beijing.")
    assert [e["type"] for e in evs if e["trigger"] == "protested"] == ["PROTEST"]
    evs = events_of(nlp, "It was Chile's largest protest in decades, organized by the Workers' Party.")
    assert all(e["type"] != "ACCUSE" for e in evs if e["trigger"] == "protest")


def test_a_country_label_before_the_first_sentence_acts_in_no_event(nlp):
    from newsfacts.clean import clean_text
    text = clean_text("Iraq Several car bombs in Baghdad have killed 40 people.")[0]
    assert all(e["a1"] != "Iraq" for e in events_of(nlp, text))


def test_what_an_accusation_alleges_is_not_stated_as_having_happened(nlp):
    evs = events_of(nlp, "Pedro Alvarez is charged with the murder of the journalist Ahmad Karim.")
    assert [e["type"] for e in evs] == ["ACCUSE"]
    evs = events_of(nlp, "Chile accused Peru of attacking Bolivia.")
    assert {e["type"] for e in evs} == {"ACCUSE"}
    # what is investigated or condemned did happen; a duty 'in charge of' alleges nothing
    evs = events_of(nlp, "Amnesty International condemned the killing of Ahmad Karim.")
    assert {e["type"] for e in evs} == {"ACCUSE", "ASSAULT"}
    evs = events_of(nlp, "Pedro Alvarez was put in charge of investigating Chile.")
    assert of_type(evs, "ACCUSE")


def test_what_one_alleges_or_claims_of_another_is_not_stated_as_having_happened(nlp):
    # the allegation is the event; the act alleged is not, whether a verb or a noun states the allegation
    evs = events_of(nlp, "Amnesty International alleged that Peruvian troops shot and killed twelve villagers.")
    assert not of_type(evs, "ASSAULT")
    assert [(e["a1"], e["a2"]) for e in of_type(evs, "ACCUSE")] == [("Amnesty International", "Peru")]
    evs = events_of(nlp, "Chile alleged that Bolivia tried to invade the province of Arica.")
    assert not of_type(evs, "ASSAULT")
    # a pronoun that is done to is not the claimant acting ('she claimed she had been arrested by X')
    evs = events_of(nlp, "She claimed she had been arrested by Chilean police in March.")
    assert not of_type(evs, "COERCE")
    evs = events_of(nlp, "Chile claimed that Bolivia had shelled the town of Arica and seized two farmers.")
    assert {e["type"] for e in evs} == {"ACCUSE"}
    evs = events_of(nlp, "Toyota denied allegations that it paid bribes to Chinese officials.")
    assert {e["type"] for e in evs} == {"REJECT"}
    # one's own act claimed stays, named or by the same pronoun; and what is reported as fact stays
    evs = events_of(nlp, "The Peruvian army claimed it had killed ten rebels near the border.")
    assert of_type(evs, "ASSAULT")
    evs = events_of(nlp, "Paul Smith claims he met Jane Doe in Paris last year.")
    assert [(e["a1"], e["a2"]) for e in of_type(evs, "CONSULT")] == [("Paul Smith", "Jane Doe")]
    evs = events_of(nlp, "The minister claimed that he met Vladimir Putin in Moscow last year.")
    assert [e["a2"] for e in of_type(evs, "CONSULT")] == ["Vladimir Putin"]
    evs = events_of(nlp, "Peruvian troops killed twelve villagers in March, Amnesty International said.")
    assert of_type(evs, "ASSAULT")
    # an event noun the claim takes as known is no part of what it alleges
    evs = events_of(nlp, "Lebanon claimed that Israel's attacks on Lebanon will not resolve the problem.")
    assert [(e["a1"], e["a2"]) for e in of_type(evs, "ASSAULT")] == [("Israel", "Lebanon")]


def test_what_one_believes_or_thinks_of_another_is_not_stated_as_having_happened(nlp):
    # a belief about another's act, or a forecast of it, is the believer's view: no act of the other's
    evs = events_of(nlp, "The Kenyan government believes that Uganda is sending weapons to Hamas.")
    assert not of_type(evs, "AID"), evs
    evs = events_of(nlp, "Jane Roe thinks Chile and Peru support the plan of the United Nations.")
    assert not of_type(evs, "SUPPORT"), evs
    evs = events_of(nlp, "Paul Smith believes Taiwan will welcome the statement by Japan.")
    assert not of_type(evs, "AGREE") and not of_type(evs, "SUPPORT"), evs
    # so is what one is sure or hopeful will happen, one's own act too: a forecast, no promise
    evs = events_of(nlp, "Kenya is confident that Uganda will approve the deal with Japan.")
    assert not of_type(evs, "AGREE") and not of_type(evs, "SUPPORT"), evs
    evs = events_of(nlp, '"I am hopeful that we will meet Vladimir Putin soon," said Jane Roe.')
    assert not of_type(evs, "AGREE") and not of_type(evs, "CONSULT"), evs
    assert of_type(events_of(nlp, '"We will meet Vladimir Putin soon," said Jane Roe.'), "AGREE")
    # not one who saw to it that it was done, a result of a degree, nor one's own past act held certain
    assert of_type(events_of(nlp, "Egypt made sure that Israeli troops withdrew from Gaza."), "RETREAT")
    assert of_type(events_of(nlp, "Kenya was so confident that it expelled the ambassador of Uganda."), "SANCTION")
    assert of_type(events_of(nlp, "The Peruvian army is sure it killed Juan Perez."), "ASSAULT")
    # the belief that another did harm is an allegation, and one's own act believed stays
    evs = events_of(nlp, "Kenya believes Uganda arrested the activists.")
    assert [(e["a1"], e["a2"]) for e in of_type(evs, "ACCUSE")] == [("Kenya", "Uganda")], evs
    assert not of_type(evs, "COERCE"), evs
    evs = events_of(nlp, "The Peruvian army believes it killed ten rebels near the border.")
    assert of_type(evs, "ASSAULT"), evs
    # a passive belief no one is named to hold is the report's hedge, and a past 'felt' with a bare verb a perception
    assert of_type(events_of(nlp, "It is thought that Peru attacked Ecuador in May."), "ASSAULT")
    assert of_type(events_of(nlp, "Villagers felt Peruvian jets bomb the town of Tumbes."), "ASSAULT")


def test_a_person_in_apposition_to_the_acting_body_is_the_most_specific_actor(nlp):
    # 'The Greens leader, Bob Brown, called ...': the person, as GOLD asks for the most specific named actor
    evs = of_type(events_of(nlp, "The Liberal Democrats acting president Jane Roe welcomed the proposal by Peru."),
                  "SUPPORT")
    assert [e["a1"] for e in evs] == ["Jane Roe"]


def test_the_grounds_of_an_arrest_are_no_one_it_is_done_to(nlp):
    # 'his arrest on suspicion of X': the owner is the one arrested, as in 'his arrest', not who arrests
    evs = of_type(events_of(nlp, "Mark Jones was stopped by the Kenyan police on Tuesday. Despite his arrest on "
                                 "suspicion of fraud, Jones will stand in Sunday's election."), "COERCE")
    assert all(e["a1"] != "Mark Jones" for e in evs) and any(e["a2"] == "Mark Jones" for e in evs), evs


def test_police_or_troops_are_no_person_they_are_said_to_be_of(nlp):
    # the parser may hang 'of a boy, X' on 'police' in 'the killing by police of a boy, X': X is not who killed
    for text, victim in (("Riots broke out in Athens on Saturday in protest at the killing by police of a 15-year-old "
                          "boy, Ahmad Karimi, eight days ago.", "Ahmad Karimi"),
                         ("New riots were reported in Kenya on Monday in protest at the shooting by police of a "
                          "16-year-old student, Peter Otieno, last week.", "Peter Otieno")):
        assert all(e["a1"] != victim for e in of_type(events_of(nlp, text), "ASSAULT")), text


def test_the_country_as_subject_is_the_country_the_story_just_named_acting(nlp):
    evs = of_type(events_of(nlp, "Peru closed its border with Chile on Monday. The country also recalled its "
                                 "ambassador to Bolivia."), "SANCTION")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Peru", "Bolivia")]
    # as an object it is more often another country: no guess
    evs = of_type(events_of(nlp, "Peru closed its border with Chile on Monday. Bolivia criticized the country."),
                  "ACCUSE")
    assert [e["a2"] for e in evs] == [None]


def test_supporters_or_critics_of_an_actor_are_not_that_actor(nlp):
    # people named by their relation to an actor act on their own account; one named beside them does act
    for text in ("Supporters of Jean Mukendi protested against Congo.", "Mukendi's supporters protested against "
                 "Congo.", "Critics of Jean Mukendi accused Congo of fraud."):
        evs = [e for e in events_of(nlp, text) if e["type"] in ("PROTEST", "ACCUSE")]
        assert all(e["a1"] != "Jean Mukendi" and e["a1"] != "Mukendi" for e in evs), (text, evs)
    evs = of_type(events_of(nlp, "His opponent, Raila Odinga, accused Kenya of fraud."), "ACCUSE")
    assert [e["a1"] for e in evs] == ["Raila Odinga"]
    # nor are kin the person they are named by: whose father was killed is not the one killed
    for text in ("Rebels killed Governor Tom Reed's wife and two guards.", "The family of Jane Roe sued the hospital.",
                 "Kenyan police arrested the brother of Tom Reed."):
        assert not [e for e in events_of(nlp, text) if {e["a1"], e["a2"]} & {"Tom Reed", "Jane Roe"}], text
    # nor is one's own staff: whose driver or interpreter was killed is not the one killed
    for text in ("Insurgents killed the driver of Jane Roe near Basra.", "Police detained Tom Reed's interpreter.",
                 "A rocket wounded a bodyguard of Governor Tom Reed."):
        assert not [e for e in events_of(nlp, text) if {e["a1"], e["a2"]} & {"Tom Reed", "Jane Roe"}], text
    # a family named by its surname is that family
    from newsfacts.events.phrases import affiliate
    doc = nlp("The Whitmore family sold the paper, and his family agreed.")
    assert [affiliate(t) for t in doc if t.lower_ == "family"] == [False, True]


def test_neither_nor_denies_both_acts(nlp):
    assert not events_of(nlp, "The ministry of Chile neither confirmed nor denied the report by Amnesty International.")
    assert not events_of(nlp, "Peru neither criticized nor supported Chile.")
    # a plain coordination states both acts
    evs = events_of(nlp, "Peru criticized and sanctioned Chile.")
    assert {e["type"] for e in evs} >= {"ACCUSE", "SANCTION"}


def test_a_denying_subject_negates_and_a_scheduled_meeting_is_yet_to_happen(nlp):
    assert not events_of(nlp, "No one attacked the embassy of Chile in Lima.")
    assert not events_of(nlp, "Neither country signed the treaty with Peru.")
    evs = events_of(nlp, "Angela Merkel is scheduled to meet Emmanuel Macron in Paris.")
    assert not of_type(evs, "CONSULT") and of_type(evs, "AGREE")  # a future meeting: PLOVER's AGREE


def test_would_in_a_past_report_is_its_future_unless_a_condition_or_negation_goes_with_it(nlp):
    agree = of_type(events_of(nlp, "Poland said it would send troops to Lithuania."), "AGREE")
    assert len(agree) == 1 and (agree[0]["a1"], agree[0]["a2"]) == ("Poland", "Lithuania")
    assert not events_of(nlp, "Poland said it would send troops to Lithuania if Russia attacked.")
    # negated, it is no promise but a refusal, as 'will not send' is
    evs = events_of(nlp, "Poland said it would not send troops to Lithuania.")
    assert [(e["type"], e["a1"]) for e in evs] == [("REJECT", "Poland")], evs


def test_what_an_offer_proposes_is_no_event_of_its_own_however_it_is_parsed(nlp):
    # the parser hangs "to support" from "follows"; it still completes the offer
    evs = events_of(nlp, "The vote follows President Gustavo Petro's offer earlier this year to support "
                         "Ecuador's fight against crime.")
    assert not of_type(evs, "SUPPORT")


def test_an_act_of_protest_or_force_its_actor_announces_is_a_threat(nlp):
    said = "The Green Party said it will boycott the talks with the Labour Party."
    threat = of_type(events_of(nlp, said), "THREATEN")
    assert len(threat) == 1 and has(threat[0]["a1"], "Green Party")
    # an act made to hang on the other's compliance threatens; an announced sanction is imposed
    said = "Kenya said it will withdraw its troops from Somalia unless Somalia pays for them."
    assert [e["type"] for e in events_of(nlp, said) if e["trigger"] == "withdraw"] == ["THREATEN"]
    said = "Japan said it would ban all imports from North Korea."
    assert [e["type"] for e in events_of(nlp, said)] == ["SANCTION"]
    # a modal on the copula: "must be ready to" asks, it commits no one
    assert not of_type(events_of(nlp, "Chile must be willing to negotiate with Bolivia."), "AGREE")
    # someone else's forecast of it threatens nothing
    assert not events_of(nlp, "Analysts said the Green Party will boycott the talks with the Labour Party.")


def test_an_act_its_doer_says_it_would_do_on_a_condition_is_no_event(nlp):
    # the gold guidelines: hypothetical or conditional acts ('would sanction if') are no events, a threat's words
    # aside ('threatened to', 'warned that it would')
    for said in ("Kenya said it would shell rebel positions in Somalia if the Somali government asked for help.",
                 "Peru stated that it might expel Chile's ambassador unless the border talks resume."):
        assert not [e for e in events_of(nlp, said) if e["type"] in ("ASSAULT", "SANCTION", "THREATEN")], said
    said = "Kenya warned that it would shell rebel positions in Somalia if the talks failed."
    assert [e["type"] for e in events_of(nlp, said)] == ["THREATEN"]


def test_every_verb_of_a_long_chain_of_participles_shares_the_subject(nlp):
    evs = events_of(nlp, "Chile responded by offering Peru a loan, inviting Bolivian experts, holding talks with "
                         "Argentina, inviting observers and cooperating with Brazil.")
    assert ("Chile", "Brazil") in [(e["a1"], e["a2"]) for e in of_type(evs, "COOPERATE")], evs


def test_the_agreement_signed_is_part_of_the_signing(nlp):
    evs = events_of(nlp, "Japan signed a trade agreement with Vietnam.")
    assert [e["type"] for e in evs] == ["SUPPORT"]


@pytest.mark.parametrize("text, a1, a2", [
    ("The Freedom League issued a statement on Friday condemning Japan.", "Freedom League", "Japan"),
    ("The Chilean government released a notice accusing Peru of spying.", "Chile", "Peru"),
    ("Amnesty International said in a letter criticizing Egypt that the trials were unfair.", "Amnesty International",
     "Egypt"),
])
def test_a_statement_that_condemns_is_its_authors_act(nlp, text, a1, a2):
    # a participle on a text noun has no subject of its own: the one who issued, released or wrote the
    # text, or spoke in it, does what the text does
    evs = [e for e in events_of(nlp, text) if e["type"] == "ACCUSE"]
    assert [(e["a1"], e["a2"]) for e in evs] == [(a1, a2)]


@pytest.mark.parametrize("text, a1, a2", [
    ("A statement released by the Chilean Foreign Ministry condemned Peru.", "Chilean Foreign Ministry", "Peru"),
    ("The Freedom League's letter urged Japan to apologize.", "Freedom League", "Japan"),
    ("A resolution adopted by the Ruling Party criticised Japan on Monday.", "Ruling Party", "Japan"),
])
def test_a_text_that_acts_as_subject_acts_for_its_author(nlp, text, a1, a2):
    # a text named as the subject of an act ('a statement by X condemned Y', "X's letter urged Y") does it for
    # whom its phrase names as author
    evs = [e for e in events_of(nlp, text) if e["type"] in ("ACCUSE", "REQUEST")]
    assert [(e["a1"], e["a2"]) for e in evs] == [(a1, a2)]


@pytest.mark.parametrize("text, event_type, pair", [
    # 'the statement' refers back to the statement issued before: its author acts
    ("Hezbollah issued a statement on Monday. The statement urged Israel to release the prisoners.", "REQUEST",
     ("Hezbollah", "Israel")),
    # not a report someone else only welcomed, nor a message passed to someone
    ("Iran welcomed a report on Tuesday. The report criticised Israel for the blockade.", "ACCUSE", (None, "Israel")),
    ("Egypt passed a message to Hamas on Sunday. The message urged Hamas to free the hostages.", "REQUEST",
     (None, "Hamas")),
])
def test_the_text_named_before_acts_for_whoever_issued_it(nlp, text, event_type, pair):
    assert [(e["a1"], e["a2"]) for e in of_type(events_of(nlp, text), event_type)] == [pair]


def test_a_text_a_legislature_passes_a_form_of_or_that_a_participle_names_is_approved_too(nlp):
    # a legislature (Phoenix's LEG roles) approves a text named by its title or number; a text passed may be named by
    # a participle or a relative clause, or be what the object is a version or part of; a body named before a text
    # adopted with no agent adopted it
    for text, a1 in (("The Chilean Senate passed H.R. 2210 on Tuesday.", "Chilean Senate"),
                     ("Each chamber of the Italian Parliament has passed a version of the reform.",
                      "Italian Parliament"),
                     ("A law passed by the Bundestag in 2019 bans the practice.", "Bundestag"),
                     ("The OSCE declaration adopted in Vienna angered Moscow.", "OSCE"),
                     ("The Security Council adopted Resolution 1559 in 2004.", "Security Council")):
        evs = of_type(events_of(nlp, text), "SUPPORT")
        assert [(e["a1"], e["a2"]) for e in evs] == [(a1, None)], (text, evs)
    # a mark, a deadline or a microphone is no text, a tone adopted no law, a person no legislature, and a country
    # named before a law is what it is about: neither its author nor whom it approves
    for text in ("The Chilean Senate passed the halfway mark of its session on Friday.",
                 "The Chilean Senate passed a vote of no confidence in the cabinet.",
                 "Senator Ana Roe passed the microphone to her neighbour.",
                 "The Chilean Senate adopted a tougher tone toward Peru.",
                 "The Peru trade law, which was enacted in 2012, angered Lima."):
        assert not of_type(events_of(nlp, text), "SUPPORT"), text


def test_a_resolution_a_body_adopted_or_passed_acts_for_that_body(nlp):
    for verb in ("adopted", "passed"):
        evs = of_type(events_of(nlp, f"The General Assembly {verb} a resolution on Saturday. The resolution calls on "
                                     "Israel to end the blockade."), "REQUEST")
        assert [(e["a1"], e["a2"]) for e in evs] == [("General Assembly", "Israel")], verb


def test_a_statement_drafted_by_nobody_named_has_no_author(nlp):
    evs = of_type(events_of(nlp, "A statement was drafted on Monday condemning Japan."), "ACCUSE")
    assert all(e["a1"] is None for e in evs)


def test_police_and_officials_in_a_city_act_for_its_country_and_troops_or_diplomats_do_not(nlp):
    # a place's police and officials are its country's agents; troops and ambassadors may be foreign
    evs = of_type(events_of(nlp, "Police in Mosul arrested the journalist Ahmad Karim on Friday."), "COERCE")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Iraq", "Ahmad Karim")]
    evs = of_type(events_of(nlp, "Troops in Kabul arrested the journalist Ahmad Karim on Friday."), "COERCE")
    assert [e["a1"] for e in evs] == [None]
    evs = of_type(events_of(nlp, "Foreign ambassadors in Tehran criticized the journalist Ahmad Karim."), "ACCUSE")
    assert all(e["a1"] != "Iran" for e in evs)



def test_unnamed_police_army_or_authorities_act_for_the_country_the_story_is_about(nlp):
    # bare 'police', 'the army', 'authorities' are that country's state; troops, soldiers, some authority's
    # body ('health authorities') and a named force ('the Army of Islam') are not
    story = "Thousands of students marched through the capital of Kenya on Monday. "
    evs = of_type(events_of(nlp, story + "Police arrested the student leader Daniel Otieno."), "COERCE")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Kenya", "Daniel Otieno")]
    evs = of_type(events_of(nlp, story + "Later the army attacked the opposition leader Daniel Otieno."), "ASSAULT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Kenya", "Daniel Otieno")]
    evs = of_type(events_of(nlp, story + "Authorities detained the student leader Daniel Otieno."), "COERCE")
    assert [e["a1"] for e in evs] == ["Kenya"]
    for text in ("Soldiers arrested the student leader Daniel Otieno.",
                 "Health authorities detained the student leader Daniel Otieno.",
                 "The Army of Islam kidnapped the student leader Daniel Otieno."):
        evs = [e for e in events_of(nlp, story + text) if e["type"] in ("COERCE", "ASSAULT")]
        assert evs and all(e["a1"] != "Kenya" for e in evs), text
    # troops and forces 'government' qualifies are the state's
    evs = of_type(events_of(nlp, story + "Government troops attacked the opposition leader Daniel Otieno."), "ASSAULT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Kenya", "Daniel Otieno")]


def test_the_verb_of_a_series_of_events_is_the_verb_of_each(nlp):
    # 'launched a series of attacks on Y', 'held another round of talks': the light verb's subject acts
    evs = of_type(events_of(nlp, "Boko Haram launched a series of attacks on Chad in May."), "ASSAULT")
    assert [(e["a1"], e["a2"], e["date"]) for e in evs] == [("Boko Haram", "Chad", dt.date(2024, 5, 1))]
    evs = of_type(events_of(nlp, "Ghana began another round of talks with Togo on Monday."), "CONSULT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Ghana", "Togo")]


def test_who_joins_or_attends_an_event_takes_part_in_it(nlp):
    # 'joined the strike', 'attended the rally', as 'took part in': the subject is among those who act
    evs = of_type(events_of(nlp, "The Ghana Teachers Union joined the strike against Togo's government."), "PROTEST")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Ghana Teachers Union", "Togo")]
    evs = of_type(events_of(nlp, "Jane Roe attended Friday's rally against President Kwame Mensah."), "PROTEST")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Jane Roe", "Kwame Mensah")]
    # an unnamed crowd leaves the one who acts to the noun's own phrases
    evs = of_type(events_of(nlp, "Thousands of people attended a march organised by the Ghana Teachers Union."),
                  "PROTEST")
    assert [e["a1"] for e in evs] == ["Ghana Teachers Union"]
    # taking part is as real as the verb: not where it is denied or wished for
    for text in ("Jane Roe did not join the strike against Togo's government.",
                 "The union urged Jane Roe to attend the rally against President Kwame Mensah."):
        assert not of_type(events_of(nlp, text), "PROTEST"), text
    # one protest, not also the complaint CAMEO reads in 'join ... protest'
    evs = events_of(nlp, "Amnesty International joined the protest against Togo's government.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("PROTEST", "Amnesty International", "Togo")]
    # who attends a signing or an execution witnesses it; police and reporters at a protest watch it
    evs = events_of(nlp, "Jane Roe attended the signing of the border treaty between Ghana and Togo.")
    assert all(e["a1"] != "Jane Roe" for e in evs), evs
    for text in ("Jane Roe attended the execution of John Mensah in Lome.",
                 "The execution of John Mensah was attended by Jane Roe."):
        evs = events_of(nlp, text)
        assert [(e["a1"], e["a2"]) for e in of_type(evs, "ASSAULT")] == [(None, "John Mensah")], text
    evs = events_of(nlp, "The signing of the border treaty, attended by Jane Roe, took place in Accra.")
    assert all(e["a1"] != "Jane Roe" for e in evs), evs
    for text in ("The Ghana Police Service attended the march against President Kwame Mensah.",
                 "A BBC reporter attended the rally against President Kwame Mensah."):
        assert all(e["a1"] is None for e in of_type(events_of(nlp, text), "PROTEST")), text
    # at a meeting they take part as anyone does
    evs = of_type(events_of(nlp, "The Ghana Armed Forces attended talks with the Togolese army in Lome."), "CONSULT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Ghana Armed Forces", "Togolese army")], evs
    # attending as one's own plan is a promise to meet, as holding talks is
    evs = events_of(nlp, "Ghana's president is scheduled to attend talks with Togo next week.")
    assert [(e["type"], e["a1"]) for e in evs] == [("AGREE", "Ghana")], evs


def test_an_act_done_by_someone_named_happened_whatever_is_planned_about_it(nlp):
    # 'the bombing by X' is told as done: an inquiry to come into it does not make it one to come
    for text in ("Ghana is due to open an inquiry into the bombing by the Togolese army in Accra.",
                 "Ghana is to set up a commission to look into the bombing by the Togolese army in Accra."):
        evs = of_type(events_of(nlp, text), "ASSAULT")
        assert [e["a1"] for e in evs] == ["Togolese army"], (text, evs)


def test_what_is_unlikely_is_not_done(nlp):
    # 'unlikely to', as 'likely to': a forecast, not an act
    for text in ("Togo is unlikely to expel the Ghanaian ambassador.",
                 "The merger is unlikely to win the approval of the European Union."):
        assert not [e for e in events_of(nlp, text) if e["type"] in ("SANCTION", "SUPPORT")], text
    assert of_type(events_of(nlp, "Togo expelled the Ghanaian ambassador."), "SANCTION")


def test_taking_ground_by_force_is_an_assault_and_seizing_people_or_goods_coercion(nlp):
    evs = events_of(nlp, "Sudan's army captured the town of Abyei. Hamas seized control of Gaza in June.")
    assert sorted(e["type"] for e in evs if e["trigger"] in ("captured", "seized")) == ["ASSAULT", "ASSAULT"], evs
    evs = events_of(nlp, "Sudan's army captured three rebel commanders.")
    assert [e["type"] for e in evs if e["trigger"] == "captured"] == ["COERCE"], evs
    assert not of_type(events_of(nlp, "Jane Roe took her position as Ghana's envoy in May."), "ASSAULT")


def test_who_died_or_lost_someone_in_an_attack_did_not_carry_it_out(nlp):
    for text in ("Ghana's president lost a nephew in the attacks.",
                 "Jane Roe, a Ghanaian diplomat, died in the attack on the embassy."):
        assert all(e["a1"] is None for e in of_type(events_of(nlp, text), "ASSAULT")), text
    # who took part in it or killed someone in it did
    evs = of_type(events_of(nlp, "Boko Haram killed nine soldiers in an attack near Maiduguri."), "ASSAULT")
    assert evs and all(e["a1"] == "Boko Haram" for e in evs), evs


def test_what_is_organized_is_the_event_and_its_organizer_the_actor(nlp):
    # 'organized a protest', 'the protest was organized by X': a protest; 'organized the meetings', 'the computer show
    # organized by X', 'rallied his supporters': no protest
    for text in ("The Green Party organized a protest against the war.", "The protest was organized by the Green Party.",
                 "Thousands joined protests organised by the Green Party."):
        assert [(e["type"], e["a1"]) for e in events_of(nlp, text)] == [("PROTEST", "Green Party")], text
    for text in ("The Green Party organized the meetings of the committee.",
                 "Senator Jane Roe rallied her supporters in Accra."):
        assert not of_type(events_of(nlp, text), "PROTEST"), text


def test_a_place_on_the_last_of_coordinated_objects_is_the_acts(nlp):
    evs = of_type(events_of(nlp, "Boko Haram killed a village chief and three other men in Maiduguri on Monday."),
                  "ASSAULT")
    assert [e["location"] for e in evs] == ["Maiduguri"], evs


def test_a_place_on_the_target_or_the_counterpart_is_the_acts(nlp):
    evs = of_type(events_of(nlp, "Turkish jets dropped bombs on a rebel camp in Zakho on Sunday."), "ASSAULT")
    assert [e["location"] for e in evs] == ["Zakho"], evs
    evs = of_type(events_of(nlp, "Chilean President Jane Roe held talks with John Doe in La Paz."), "CONSULT")
    assert evs and all(e["location"] == "La Paz" for e in evs), evs
    # a time, or whose word the act was on, is no target
    evs = of_type(events_of(nlp, "Turkish jets bombed the rebels on the orders of generals in Ankara."), "ASSAULT")
    assert evs and all(e["location"] is None for e in evs), evs


def test_a_physical_act_happens_where_its_object_is_and_a_topic_has_no_place(nlp):
    # the parser hangs "in Mosul" on the object as often as on the verb; for an act done to someone it is
    # where the act happened, for a topic talked about it is not
    evs = of_type(events_of(nlp, "Iraqi police arrested three leaders of the Mahdi Army in Mosul on Friday."), "COERCE")
    assert [e["location"] for e in evs] == ["Mosul"]
    evs = of_type(events_of(nlp, "On Friday the French foreign minister discussed the situation in Mosul with "
                                 "Iraqi Prime Minister Nouri al-Maliki."), "CONSULT")
    assert evs and all(e["location"] is None for e in evs)
    # a city naming an attack is where it happened; a country before it is who attacked
    # (the bombing that killed is one act, told by its verb: one event)
    evs = of_type(events_of(nlp, "The Madrid bombing by al-Qaeda killed 191 people."), "ASSAULT")
    assert [(e["a1"], e["location"]) for e in evs] == [("al-Qaeda", "Madrid")], evs
    evs = of_type(events_of(nlp, "Hamid Karzai criticized the US air strike."), "ASSAULT")
    assert [(e["a1"], e["location"]) for e in evs] == [("US", None)]
    # a country's court or police stand for the country as an actor, but they are no place of it
    evs = of_type(events_of(nlp, "Sergeant Ali Nouri faces trial in a civilian court in Texas."), "ACCUSE")
    assert evs and {e["location"] for e in evs} == {"Texas"}, evs


def test_a_period_from_one_year_to_another_dates_the_event_by_its_start(nlp):
    # no month or year holds 'from 1980 to 1988'; the act began then
    evs = of_type(events_of(nlp, "Bitterness remains over Iraq's attacks on Iran from 1980 to 1988."), "ASSAULT")
    assert [(e["date"], e["precision"]) for e in evs] == [(dt.date(1980, 1, 1), "year")]


def test_a_title_with_the_name_beside_it_is_that_person_not_whom_the_title_would_stand_for(nlp):
    # 'the attorney-general' alone refers back by coreference; with an apposed name it is that name
    evs = of_type(events_of(nlp, "Governor John Okoro had supported the president. Critics said the attorney-general "
                                 "was interfering. The attorney-general, Michael Adeyemi, has denied the allegations."),
                  "REJECT")
    assert [e["a1"] for e in evs] == ["Michael Adeyemi"]


def test_a_day_named_with_a_part_of_it_dates_the_event(nlp):
    # NER tags 'earlier today', 'last night' as TIME, not DATE; they name a day all the same (a clock time alone
    # names none)
    evs = of_type(events_of(nlp, "Taliban rebels attacked a police post in Kandahar last night."), "ASSAULT")
    assert [(e["date"], e["precision"]) for e in evs] == [(PUB - dt.timedelta(days=1), "day")]
    evs = of_type(events_of(nlp, "Earlier today, the Prime Minister of Malta, Lawrence Gonzi, praised Italy."),
                  "SUPPORT")
    assert [(e["date"], e["precision"]) for e in evs] == [(PUB, "day")]
    evs = of_type(events_of(nlp, "Taliban rebels attacked a police post in Kandahar at 10 a.m."), "ASSAULT")
    assert [e["date"] for e in evs] == [None]


def test_an_event_noun_owned_by_its_actor_takes_the_date_of_the_verb_it_is_object_of(nlp):
    # 'its withdrawal' names who withdraws; 'began ... on Monday' says when
    evs = of_type(events_of(nlp, "Italy began its troop withdrawal from Iraq on Monday."), "RETREAT")
    assert [(e["a1"], e["date"]) for e in evs] == [("Italy", dt.date(2024, 10, 7))]


def test_an_act_received_is_dated_by_the_receiving(nlp):
    # one gets support or aid when it is given: the date on 'won', 'received' is the giving's
    evs = of_type(events_of(nlp, "The proposal won the approval of the Kenyan parliament on Wednesday."), "SUPPORT")
    assert [e["date"] for e in evs] == [dt.date(2024, 10, 9)], evs


def test_a_time_right_after_an_event_noun_subject_dates_it(nlp):
    # the parser hangs the time on the main verb; right after the subject's phrase, it says when that act was
    evs = of_type(events_of(nlp, "The arrest of Omar Haddad last November sparked protests in Rome."), "COERCE")
    assert [e["date"] for e in evs] == [dt.date(2023, 11, 1)], evs


def test_the_subject_of_be_in_talks_or_in_support_takes_part_in_them(nlp):
    evs = of_type(events_of(nlp, "The Kenyan government has been in negotiations with the Somali rebels and "
                                 "Ethiopia since March."), "CONSULT")
    assert {(e["a1"], e["a2"]) for e in evs} >= {("Kenya", "Ethiopia")}, evs
    evs = of_type(events_of(nlp, "Ghana is in support of the African Union plan."), "SUPPORT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Ghana", "African Union")], evs
    # a state one is held in is undergone, not done; a negated one is no event
    assert not [e for e in events_of(nlp, "The Ghanaian envoy has been in detention in Togo.") if e["a1"] == "Ghana"]
    assert not of_type(events_of(nlp, "Ghana will not be in talks with Togo."), "CONSULT")
    # talks to come are a promise (GOLD: a future CONSULT is AGREE)
    evs = events_of(nlp, "Ghana will be in talks with Togo next week.")
    assert [e["type"] for e in evs] == ["AGREE"], evs


def test_the_year_in_a_laws_name_does_not_date_the_act(nlp):
    evs = of_type(events_of(nlp, "Police arrested Omar Haddad under the Prevention of Terrorism Act of 2005."), "COERCE")
    assert evs and all(e["date"] is None for e in evs), evs
    evs = of_type(events_of(nlp, "Police arrested Omar Haddad in 2005."), "COERCE")
    assert [e["date"] for e in evs] == [dt.date(2005, 1, 1)], evs


def test_at_the_request_of_someone_they_ask_and_the_subject_is_asked(nlp):
    evs = of_type(events_of(nlp, "Kenya sent troops to Somalia at the request of the African Union."), "REQUEST")
    assert [(e["a1"], e["a2"]) for e in evs] == [("African Union", "Kenya")], evs
    # of a passive, whom it was done to was not asked: who did it was
    evs = of_type(events_of(nlp, "Ali Hassan was arrested at the request of the United States."), "REQUEST")
    assert all(e["a2"] != "Ali Hassan" for e in evs), evs


def test_a_meeting_in_one_sides_country_has_that_side_as_its_host(nlp):
    # GOLD: the visitor is actor1, the host actor2; a meeting held in one side's country is hosted by it
    evs = of_type(events_of(nlp, "Kenyan President Mwai Kibaki met Ugandan President Yoweri Museveni in Kampala."),
                  "CONSULT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Mwai Kibaki", "Yoweri Museveni")], evs
    evs = of_type(events_of(nlp, "Ugandan President Yoweri Museveni met Kenyan President Mwai Kibaki in Kampala."),
                  "CONSULT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Mwai Kibaki", "Yoweri Museveni")], evs


def test_signing_ones_own_letter_or_statement_is_no_agreement_but_says_what_it_says(nlp):
    evs = events_of(nlp, "Ghana signed a statement condemning Togo.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("ACCUSE", "Ghana", "Togo")], evs
    assert not of_type(events_of(nlp, "Senator Jane Hale sent a letter to President Obama signed by fifty of her "
                                      "colleagues."), "SUPPORT")
    assert not of_type(events_of(nlp, "Fifty senators, including Jane Hale, signed a letter to President Obama."),
                       "SUPPORT")
    evs = of_type(events_of(nlp, "Ghana and Togo signed a border agreement on Monday."), "SUPPORT")
    assert {(e["a1"], e["a2"]) for e in evs} == {("Ghana", "Togo")}, evs


def test_a_nationality_word_on_a_states_diplomatic_act_judged_or_asked_for_names_the_state(nlp):
    evs = of_type(events_of(nlp, "Vietnam rejected a Chinese offer of joint patrols in the gulf."), "REJECT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Vietnam", "China")], evs
    evs = of_type(events_of(nlp, "Georgia called for a Russian withdrawal from the border town."), "REQUEST")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Georgia", "Russian Federation")], evs
    # standing alone, the noun may be an act planned or feared: no event of the state by that word alone
    assert not [e for e in events_of(nlp, "After a Russian withdrawal, the talks could begin.")
                if e["a1"] == "Russian Federation"]


def test_a_two_word_nationality_names_its_own_state_and_a_shot_aimed_at_someone_hits_them(nlp):
    # 'North Korean' is not the Korea of its last word; what is fired at is the target
    evs = of_type(events_of(nlp, "North Korean soldiers fired at South Korean troops near the border."), "ASSAULT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("North Korea", "South Korea")], evs
    # one shot with a victim for object, or shot dead, at a place: the 'at' is where
    evs = of_type(events_of(nlp, "Israeli troops shot a Palestinian youth at a Hamas rally."), "ASSAULT")
    assert all(e["a2"] != "Hamas" for e in evs), evs
    evs = of_type(events_of(nlp, "Nine people were shot dead at the Hamas headquarters."), "ASSAULT")
    assert all(e["a2"] != "Hamas" for e in evs), evs


def test_an_event_noun_subject_of_a_verb_of_its_type_is_one_event_with_it(nlp):
    # GOLD: one entry per event; the attack that killed is the killing
    evs = of_type(events_of(nlp, "A Taliban attack on the convoy killed Omar Haddad and two soldiers on Monday."),
                  "ASSAULT")
    assert [(e["a1"], e["a2"], e["date"]) for e in evs] == [("Taliban", "Omar Haddad", dt.date(2024, 10, 7))], evs
    # and so is an act done in or during an event of its type: the verb's event, with the noun's agent
    evs = of_type(events_of(nlp, "Omar Haddad was killed in a Taliban attack on Monday."), "ASSAULT")
    assert [(e["a1"], e["a2"], e["trigger"]) for e in evs] == [("Taliban", "Omar Haddad", "killed")], evs
    evs = of_type(events_of(nlp, "During raids on Friday, Kenyan troops detained Omar Haddad."), "COERCE")
    assert [(e["a1"], e["a2"], e["trigger"]) for e in evs] == [("Kenya", "Omar Haddad", "detained")], evs
    # but not the occasion's target: those killed in an attack on someone need not be that one
    evs = of_type(events_of(nlp, "Kenyan aircraft killed two bystanders in an attack on Omar Haddad on Monday."),
                  "ASSAULT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Kenya", None)], evs


@pytest.mark.parametrize("text,word,code", [
    ("Somali Islamist militias attacked the town.", "Somali", "SOM"),  # a faith NER runs into the name
    ("Sunni Iraqi protesters marched.", "Iraqi", "IRQ"),
    ("A U.S. Marine helicopter crashed.", "U.S.", "USA"),  # the nationality first qualifies the rest
    ("Latin American leaders met.", "American", None),  # a qualified nationality is another's
    ("African-American demonstrators marched.", "American", None),
    ("Pro-Russian officials met.", "Russian", None),
    ("North Korean troops crossed the line.", "Korean", "PRK"),  # the whole name, not its last word
    ("The team was led by a New Zealander.", "Zealander", "NZL"),  # NER may leave it out: the words before, no article
])
def test_the_state_of_a_nationality_is_read_from_its_whole_name(nlp, text, word, code):
    from newsfacts.nations import nation_of
    doc = nlp(text)
    assert nation_of(next(t for t in doc if t.text == word)) == code


def test_a_crash_that_kills_is_an_accident_and_a_bomb_that_does_is_not(nlp):
    assert not events_of(nlp, "A Kenyan army helicopter crashed near Garissa, killing 12 soldiers.")
    evs = of_type(events_of(nlp, "A car bomb exploded in Garissa, killing Ali Nouri."), "ASSAULT")
    assert [e["a2"] for e in evs] == ["Ali Nouri"], evs


def test_the_holder_of_a_title_in_a_unit_of_a_named_body_acts_for_the_body(nlp):
    # not the person named last: 'the head of the UN's unit' speaks for the UN
    evs = of_type(events_of(nlp, "Colonel Jean Ndayi left the army in May. On Monday, the head of the UN's electoral "
                                 "unit in Gitega praised the local media."), "SUPPORT")
    assert [e["a1"] for e in evs] == ["UN"], evs


def test_a_blockade_is_coercion(nlp):
    # CAMEO 191 "impose blockade, restrict movement" is COERCE in the CAMEO-to-PLOVER crosswalk
    evs = of_type(events_of(nlp, "Egypt began a blockade of Libya in June."), "COERCE")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Egypt", "Libya")]


def test_an_act_a_plan_timetable_or_call_is_for_is_not_done(nlp):
    # the noun governs the act as a verb of planning would ('planned to withdraw'): merely planned, no event
    assert not of_type(events_of(nlp, "Syria wants a timetable for the withdrawal of US forces from Lebanon."),
                       "RETREAT")
    assert not of_type(events_of(nlp, "Pentagon officials drew up plans for a strike on Iran."), "ASSAULT")
    # people called authorities are no plan: what they are accused of doing is an act
    assert of_type(events_of(nlp, "The FARC accuses Colombian authorities of capturing Rodrigo Granda in Venezuela."),
                   "COERCE")


def test_what_is_recommended_required_or_asked_for_in_the_subjunctive_is_not_done(nlp):
    # a recommendation's, a requirement's or a mandative subjunctive's content has not happened
    assert not of_type(events_of(nlp, "The panel recommends that the government of Kenya withdraw its troops from "
                                      "Somalia."), "RETREAT")
    assert not of_type(events_of(nlp, "The court required Acme Corporation to release the documents."), "RETREAT")
    assert not of_type(events_of(nlp, "Allies of Chancellor Otto Brandt suggested that he resign."), "RETREAT")
    # 'suggested' or 'insisted' that something happened states it
    evs = of_type(events_of(nlp, "The minister insisted that Syrian troops attacked the convoy of the United "
                                 "Nations."), "ASSAULT")
    assert [e["a2"] for e in evs] == ["United Nations"], evs


def test_coordinated_verbs_share_the_object_or_agent_that_follows_them(nlp):
    # "V1 and V2 X": X is what both verbs act on; a passive pair shares its 'by' agent, and the place and date
    evs = of_type(events_of(nlp, "Rebel fighters shot and killed Colonel Samuel Okoro near Gulu on Tuesday."),
                  "ASSAULT")
    tuesday = dt.date(2024, 10, 8)
    assert {(e["trigger"], e["a2"], e["location"], e["date"]) for e in evs} == {
        ("shot", "Samuel Okoro", "Gulu", tuesday), ("killed", "Samuel Okoro", "Gulu", tuesday)}, evs
    evs = of_type(events_of(nlp, "Kofi Mensah was arrested and questioned by the Federal Bureau of Investigation."),
                  "COERCE")
    assert [e["a1"] for e in evs if e["trigger"] == "arrested"] == ["Federal Bureau of Investigation"], evs
    # a verb with its own complement, or one separated from the next clause by its subject, shares nothing
    evs = events_of(nlp, "The minister resigned, and Jacob Zuma then appointed Cyril Ramaphosa.")
    assert not [e for e in evs if e["trigger"] == "resigned" and e["a2"] == "Cyril Ramaphosa"], evs
    evs = events_of(nlp, "Kenya protested to Uganda and expelled Ethiopia's ambassador.")
    assert [e["a2"] for e in evs if e["trigger"] == "protested"] == ["Uganda"], evs
    # nor a verb whose act has no object: resigning
    evs = events_of(nlp, "Prime Minister Raila Odinga resigned and criticized the government of Kenya.")
    assert not [e for e in evs if e["trigger"] == "resigned" and e["a2"] is not None], evs


def test_a_verb_saying_an_event_took_place_gives_its_date_and_place(nlp):
    # "took place / began / ended" and a light verb in the passive with no agent say when and where the event
    # noun, their subject, happened; the noun says who acted
    for text in ("Talks between Ghana and Togo took place in Lome on Monday.",
                 "The talks between Ghana and Togo were held in Lome on Monday."):
        evs = of_type(events_of(nlp, text), "CONSULT")
        assert {(e["a1"], e["a2"], e["date"], e["location"]) for e in evs} == {
            ("Ghana", "Togo", dt.date(2024, 10, 7), "Lome")}, (text, evs)
    evs = of_type(events_of(nlp, "The protests against Daniel Ortega began last December."), "PROTEST")
    assert [e["date"] for e in evs] == [dt.date(2023, 12, 1)], evs
    # a verb with an object of its own is no such verb: the year is the race's, not the endorsement's
    evs = of_type(events_of(nlp, "The endorsement from Jimmy Carter ends his neutrality in the 2028 race."), "SUPPORT")
    assert evs and all(e["date"] is None for e in evs), evs
    # nor an announcement of talks, which dates the announcing
    evs = of_type(events_of(nlp, "The talks between Ghana and Togo were announced on Monday."), "CONSULT")
    assert all(e["date"] is None for e in evs if e["trigger"] == "talks"), evs


def test_an_event_noun_setting_the_scene_of_a_verb_takes_its_time_and_place(nlp):
    # "during/in/at/with" + event noun: the event happened when and where the verb did (one of the verb's type is the
    # verb's event, with the noun's agent)
    evs = of_type(events_of(nlp, "Two soldiers were killed on Friday in a Russian air strike."), "ASSAULT")
    assert [(e["a1"], e["date"], e["trigger"]) for e in evs] == [
        ("Russian Federation", dt.date(2024, 10, 4), "killed")], evs
    evs = of_type(events_of(nlp, "Rafael Correa raised the issue in Quito during his talks with Peru in March 2019."),
                  "CONSULT")
    assert [(e["a1"], e["a2"], e["date"], e["location"]) for e in evs if e["trigger"] == "talks"] == [
        ("Peru", "Rafael Correa", dt.date(2019, 3, 1), "Quito")], evs  # in Ecuador's capital, Correa hosts
    # nor a proceeding on the act: the indictment's day is not the bombing's
    evs = of_type(events_of(nlp, "Ali Hassan was indicted in Nairobi on Friday in al-Shabaab's bombing of the US "
                                 "embassy."), "ASSAULT")
    assert all(e["date"] is None for e in evs if e["trigger"] == "bombing"), evs
    # not a time deep inside the verb's object, nor one of a verb still to come
    for text in ("During Rafael Correa's visit to Peru, the two sides discussed the 2019 border accord.",
                 "During Rafael Correa's visit to Peru, the two sides will sign an accord in 2026."):
        evs = [e for e in events_of(nlp, text) if e["trigger"] == "visit"]
        assert evs and all(e["date"] is None for e in evs), (text, evs)


def test_an_anaphoric_date_counts_from_the_time_named_before_it(nlp):
    text = ("Ecuador recalled its ambassador from Quito on March 3, 2021. The next day, Peru expelled Colombia's "
            "ambassador. Two years later, Chile sanctioned Bolivia.")
    evs = {e["trigger"]: e["date"] for e in events_of(nlp, text)}
    assert evs.get("expelled") == dt.date(2021, 3, 4), evs
    assert evs.get("sanctioned") == dt.date(2023, 1, 1), evs
    # "a day after" + what follows counts from what follows, not from the date before
    text = "Peru signed a deal with Chile on May 2, 2020. A day after the vote, Bolivia expelled Colombia's envoy."
    evs = {e["trigger"]: e["date"] for e in events_of(nlp, text)}
    assert evs.get("expelled") is None, evs
    # nor NER's "[the day]" with "before" and what follows: it is the day before that, not before publication
    evs = of_type(events_of(nlp, "Kenya expelled Uganda's ambassador the day before the vote."), "SANCTION")
    assert evs and all(e["date"] is None for e in evs), evs
    # a chain of them, each counted from the one before, in the passage's tense
    text = ("Kenya attacked Uganda on March 3, 2021. Two days later Kenya attacked Sudan. Two days later Kenya "
            "attacked Chad. Two days later Kenya attacked Niger. Two days later Kenya attacked Mali.")
    assert [e["date"] for e in events_of(nlp, text) if e["a2"] == "Mali"] == [dt.date(2021, 3, 11)]
    text = "Kenya will meet Uganda on Monday. The next day, Kenya will sign an accord with Uganda."
    assert [e["date"] for e in events_of(nlp, text) if e["trigger"] == "sign"] == [dt.date(2024, 10, 15)]
    # hours or minutes on are that day
    text = "Ecuador recalled its ambassador from Quito on March 3, 2021. Hours later, Peru expelled Colombia's envoy."
    assert {e["trigger"]: e["date"] for e in events_of(nlp, text)}.get("expelled") == dt.date(2021, 3, 3)


def test_an_end_point_or_a_deadline_is_not_when_the_act_happened(nlp):
    # 'until X' ends what was done before; 'by X' is when what is asked or promised is to be done
    evs = of_type(events_of(nlp, "China closed its border with Kyrgyzstan until March 28."), "COERCE")
    assert evs and all(e["date"] is None for e in evs), evs
    evs = of_type(events_of(nlp, "On Monday, Kenya urged Uganda to pay its debts by May 1, 2025."), "REQUEST")
    assert [e["date"] for e in evs] == [dt.date(2024, 10, 7)], evs
    # a past act done by then is dated by it
    evs = of_type(events_of(nlp, "Kenya signed a trade deal with Uganda by the end of May 2024."), "SUPPORT")
    assert [e["date"] for e in evs] == [dt.date(2024, 5, 1)], evs
    # but a 'when' clause on such a time happens then
    evs = of_type(events_of(nlp, "Kenya kept its embassy in Uganda until 1998, when Kenya expelled Uganda's envoy."),
                  "SANCTION")
    assert [e["date"] for e in evs] == [dt.date(1998, 1, 1)], evs


def test_hit_or_strike_said_of_a_level_an_amount_or_a_trouble_is_no_assault(nlp):
    for text in ("Acme shares hit a record high on Monday.", "Kenya's debt hit 80 billion dollars last year.",
                 "Uganda was hit hard by the global recession.", "Financial problems are hitting Ghana and Togo."):
        assert not of_type(events_of(nlp, text), "ASSAULT"), text
    # but a force, a weapon or a named actor strikes
    for text in ("Gaza was hit by Israeli warplanes on Saturday.", "A missile hit the Israeli army post near Gaza.",
                 "Hezbollah hit an Israeli warship on Friday."):
        assert of_type(events_of(nlp, text), "ASSAULT"), text
    # and 'hit back at' someone is words (CAMEO: HIT BACK (AT), criticize)
    evs = events_of(nlp, "Senator Jane Roe hit back at the Labour Party on Monday.")
    assert [e["type"] for e in evs] == ["ACCUSE"], evs
    # unless it is with a weapon's fire
    assert of_type(events_of(nlp, "Hezbollah hit back at Israel with rocket fire on Sunday."), "ASSAULT")
    # what is thrown strikes as a weapon does; a natural hazard does not
    assert of_type(events_of(nlp, "A brick thrown by Serbian protesters hit the Albanian ambassador in Belgrade."),
                   "ASSAULT")
    for text in ("Wildfires hit Greece on Monday.", "Typhoon Haiyan hit the Philippines on Friday."):
        assert not of_type(events_of(nlp, text), "ASSAULT"), text


@pytest.mark.parametrize("text, event_type, places", [
    # a stance stated of oneself in a reported clause, or in one's own quotation, takes the place of the saying
    ("At a news conference in Nairobi, Raila Odinga said he was opposed to Uganda's plan.", "ACCUSE", ["Nairobi"]),
    ('"We condemn this attack on Israel," Hamid Karzai told reporters in Kabul.', "ACCUSE", ["Kabul"]),
    # not a deed the speaker reports: an assault on a country happens there
    ("Speaking in Paris, Nicolas Sarkozy said Syria attacked Lebanon.", "ASSAULT", ["Lebanon"]),
])
def test_a_speech_act_done_by_saying_it_happens_where_it_is_said(nlp, text, event_type, places):
    assert [e["location"] for e in of_type(events_of(nlp, text), event_type)] == places


def test_a_visit_happens_where_what_is_visited_is(nlp):
    evs = of_type(events_of(nlp, "Hu Jintao visited Nairobi on Monday."), "CONSULT")
    assert [e["location"] for e in evs] == ["Nairobi"], evs
    evs = of_type(events_of(nlp, "Angela Merkel's visit to Ghana lasted two days."), "CONSULT")
    assert [(e["a2"], e["location"]) for e in evs] == [("Ghana", "Ghana")], evs
    # a meeting with a country is no visit to it
    evs = of_type(events_of(nlp, "Kenya consulted Uganda about the border."), "CONSULT")
    assert evs and all(e["location"] is None for e in evs), evs


def test_a_decade_dates_no_event(nlp):
    # NER often tags only the year of "the 1970's"; the decade gives no year
    for text in ("Russia and Norway negotiated the treaty in the 1970\u2019s.",
                 "Russia and Norway negotiated the treaty in the 1970s."):
        evs = events_of(nlp, text)
        assert evs and all(e["date"] is None for e in evs), (text, evs)


def test_a_when_clause_on_a_date_happens_at_that_date(nlp):
    evs = events_of(nlp, "Prices have risen since June 2019, when Kenya banned imports from Uganda and expelled "
                         "Tanzania's envoy.")
    assert {e["trigger"]: e["date"] for e in evs if e["trigger"] in ("banned", "expelled")} == {
        "banned": dt.date(2019, 6, 1), "expelled": dt.date(2019, 6, 1)}, evs


def test_an_event_in_a_where_clause_on_a_place_happens_there(nlp):
    evs = of_type(events_of(nlp, "On Wednesday she spoke in Kumasi, where she accused John Mahama of corruption."),
                  "ACCUSE")
    assert [e["location"] for e in evs] == ["Kumasi"], evs
    # not what the clause reports: the confession, not the allegation, happened there
    evs = of_type(events_of(nlp, "He was sent to Egypt, where Ahmed Ali alleges that he confessed under torture."),
                  "ACCUSE")
    assert all(e["location"] is None for e in evs), evs


def test_an_event_happens_where_the_occasion_it_happened_at_did(nlp):
    # an event noun after at/in/during is no place, its own locative phrase is
    evs = events_of(nlp, "Kenya signed a trade accord with Uganda at a summit in Kampala.")
    assert evs and {e["location"] for e in evs} == {"Kampala"}, evs
    evs = of_type(events_of(nlp, "William Ruto met Yoweri Museveni during his visit in Kampala."), "CONSULT")
    assert evs and {e["location"] for e in evs} == {"Kampala"}, evs
    evs = of_type(events_of(nlp, "Ahmad Wali was killed in a rebel attack in Goma."), "ASSAULT")
    assert evs and {e["location"] for e in evs} == {"Goma"}, evs


def test_ones_own_forces_moved_are_not_whom_the_act_is_on(nlp):
    # 'its troops' names the mover's own forces (not the country 'its' stands for); the place they leave is the
    # recipient
    evs = events_of(nlp, "Prime Minister Lars Berg of Norway said his government will withdraw its troops from Sudan.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("CONCEDE", "Lars Berg", "Sudan")], evs


def test_a_clause_that_times_an_event_shares_its_place(nlp):
    # a participle shares its head's scene, whichever of the two is the event
    evs = of_type(events_of(nlp, "A bomb exploded in Kandahar, killing the governor Ahmad Wali."), "ASSAULT")
    assert evs and {e["location"] for e in evs} == {"Kandahar"}, evs
    evs = of_type(events_of(nlp, "Speaking at a rally in Nakuru, Raila Odinga accused William Ruto of fraud."),
                  "ACCUSE")
    assert [e["location"] for e in evs] == ["Nakuru"], evs
    # a subjectless 'while' clause and the 'when' clause that times the act
    evs = of_type(events_of(nlp, "Ahmad Wali was arrested while travelling in Jordan."), "COERCE")
    assert [e["location"] for e in evs] == ["Jordan"], evs
    evs = of_type(events_of(nlp, "Ahmad Wali was shot when he arrived in Herat."), "ASSAULT")
    assert [e["location"] for e in evs] == ["Herat"], evs
    # not a clause that contrasts another act with its own subject, nor one with another actor as its subject
    evs = of_type(events_of(nlp, "Kenya shelled a camp in Somalia, while Ethiopia accused Eritrea of aiding the "
                                 "rebels."), "ACCUSE")
    assert [(e["a1"], e["a2"], e["location"]) for e in evs] == [("Ethiopia", "Eritrea", None)], evs
    evs = of_type(events_of(nlp, "As the protests went on in Nairobi, Uganda accused Kenya of meddling."), "ACCUSE")
    assert evs and all(e["location"] is None for e in evs), evs
    # nor a clause of cause or of another time
    evs = of_type(events_of(nlp, "Ahmad Wali was arrested after he travelled to a wedding in Jordan."), "COERCE")
    assert evs and all(e["location"] is None for e in evs), evs


def test_an_agreement_made_is_support_and_an_agreement_to_act_is_a_promise(nlp):
    # PLOVER SUPPORT covers signing or formalizing an agreement (CAMEO 057); the parties may hang on its participle
    evs = of_type(events_of(nlp, "An accord on fishing was agreed in May. The agreement reached on Monday between "
                                 "Chile and Peru ends the dispute."), "SUPPORT")
    assert [(e["a1"], e["a2"], e["trigger"]) for e in evs] == [("Chile", "Peru", "agreement")], evs
    evs = events_of(nlp, "Talks held between Kenya and Uganda in Kampala ended without a deal.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("CONSULT", "Kenya", "Uganda")], evs
    evs = events_of(nlp, "The trade agreement between Chile and Peru was praised.")
    assert ("SUPPORT", "Chile", "Peru") in [(e["type"], e["a1"], e["a2"]) for e in evs], evs
    assert not of_type(evs, "AGREE"), evs
    evs = events_of(nlp, "Iceland's agreement to pay the Netherlands surprised Britain.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("AGREE", "Iceland", "Netherlands")], evs


def test_helping_to_do_something_with_no_one_helped_is_no_aid(nlp):
    for text in ("Omar Haddad helped found the Liberal Party of Kenya in 1990.",
                 "Brazil helped to stop a debate on Tibet at the United Nations."):
        assert not of_type(events_of(nlp, text), "AID"), text
    # one helped, as object or as the subject of what is helped
    evs = of_type(events_of(nlp, "Kenya helped Somalia to hold elections."), "AID")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Kenya", "Somalia")], evs
    evs = of_type(events_of(nlp, "Japan will help Haiti rebuild its schools."), "AGREE")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Japan", "Haiti")], evs
    evs = of_type(events_of(nlp, "Japan will help rebuild Haiti."), "AGREE")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Japan", "Haiti")], evs


def test_support_as_a_measure_of_standing_is_no_act_of_support(nlp):
    # counted, rising or falling, or held with no giver named: what polls measure
    for text in ("Support for the Green Party rose four points in the latest poll.",
                 "Kevin Rudd is gaining support as potential Prime Minister.",
                 "The Liberal Party has 40 percent support among voters."):
        assert not of_type(events_of(nlp, text), "SUPPORT"), text
    # a giver named makes it the giver's act
    evs = of_type(events_of(nlp, "Germany announced its support for the plan of Kofi Annan."), "SUPPORT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Germany", "Kofi Annan")], evs
    evs = of_type(events_of(nlp, "Ana Lopez won the support of the Liberal Party on Monday."), "SUPPORT")
    assert [e["a1"] for e in evs] == ["Liberal Party"], evs
    evs = of_type(events_of(nlp, "Brazil's support for Venezuela fell sharply last year."), "SUPPORT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Brazil", "Venezuela")], evs


def test_what_a_gathering_is_for_happens_where_it_gathers(nlp):
    # a purpose clause of a verb that only puts its subject somewhere (no object, or an event for object)
    evs = of_type(events_of(nlp, "In Lyon, about 5,000 members of the CGT union marched to protest against the "
                                 "government of France."), "PROTEST")
    assert [e["location"] for e in evs] == ["Lyon"], evs
    evs = of_type(events_of(nlp, "The unions held a rally in Madrid to protest against Prime Minister Pedro "
                                 "Alvarez."), "PROTEST")
    assert [e["location"] for e in evs] == ["Madrid"], evs
    evs = of_type(events_of(nlp, "Tibetan exiles convened on Tuesday in Dharamsala to protest against Google."),
                  "PROTEST")
    assert [e["location"] for e in evs] == ["Dharamsala"], evs


def test_an_act_of_those_said_to_be_somewhere_happens_there(nlp):
    evs = of_type(events_of(nlp, "Police in Mombasa arrested Ahmad Wali on Monday."), "COERCE")
    assert [e["location"] for e in evs] == ["Mombasa"], evs
    evs = of_type(events_of(nlp, "A court in Lagos ordered Shell to pay damages."), "REQUEST")
    assert evs and {e["location"] for e in evs} == {"Lagos"}, evs


def test_a_country_before_a_noun_of_its_people_or_press_is_not_the_target(nlp):
    # the country's media, firms, citizens are not the country; its state's agents are
    evs = of_type(events_of(nlp, "Ahmad Wali criticized the U.S. media on Monday."), "ACCUSE")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Ahmad Wali", None)], evs
    evs = of_type(events_of(nlp, "Ahmad Wali criticized U.S. diplomats on Monday."), "ACCUSE")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Ahmad Wali", "U.S.")], evs
    evs = of_type(events_of(nlp, "Google was sued on Monday by several U.S. publishers."), "ACCUSE")
    assert [(e["a1"], e["a2"]) for e in evs] == [(None, "Google")], evs


def test_the_owner_of_a_stance_named_by_its_kind_is_the_body_the_story_means(nlp):
    # "the government's decision": the government the coreference helper finds, as "the government" alone
    evs = of_type(events_of(nlp, "Kenya raised fuel taxes on Monday. The opposition leader Raila Odinga criticized "
                                 "the government's decision."), "ACCUSE")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Raila Odinga", "Kenya")], evs


def test_a_market_moving_is_no_actors_act(nlp):
    for text in ("Kenyan stocks rallied on Monday after the vote.", "The Kenyan shilling hit a record low against "
                 "the dollar.", "Kenya Airways shares declined by 3% on Monday."):
        assert events_of(nlp, text) == [], text
    # a body that moves the market still acts
    evs = events_of(nlp, "Kenya Airways rejected the offer from Qatar Airways on Monday.")
    assert [(e["type"], e["a1"]) for e in evs] == [("REJECT", "Kenya Airways")], evs


def test_what_one_is_instructed_to_do_or_waits_to_do_is_not_done(nlp):
    for text in ("Ahmad Wali is waiting to meet William Ruto in Nairobi.",
                 "Kenya's diplomats were instructed to veto the resolution against Uganda."):
        evs = [e for e in events_of(nlp, text) if e["type"] in ("CONSULT", "REJECT")]
        assert evs == [], (text, evs)


def test_one_who_resigns_leaves_the_body_the_office_is_in(nlp):
    evs = of_type(events_of(nlp, "Ahmad Wali resigned as chairman of the Kenya Red Cross on Monday."), "RETREAT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Ahmad Wali", "Kenya Red Cross")], evs
    evs = of_type(events_of(nlp, "The Prime Minister of Kenya, Ahmad Wali, resigned on Monday."), "RETREAT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Ahmad Wali", "Kenya")], evs
    # no body named: no target
    evs = of_type(events_of(nlp, "Ahmad Wali resigned on Monday after the vote."), "RETREAT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Ahmad Wali", None)], evs


def test_the_body_of_a_resigning_office_may_be_named_before_by_its_kind(nlp):
    # 'the party', 'the company' in the title of the one who resigns stand for the party or company named before
    text = "Rosa Lima founded the Green Unity Party in 1990. On Monday the party's treasurer Ivo Mendes resigned."
    evs = of_type(events_of(nlp, text), "RETREAT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Ivo Mendes", "Green Unity Party")], evs
    # not where another party is spoken of since the one named
    text = ("The Green Unity Party won the vote. Rosa Lima said the Socialist party had lost, and the party's "
            "treasurer Ivo Mendes resigned.")
    evs = of_type(events_of(nlp, text), "RETREAT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Ivo Mendes", None)], evs
    # stepping down is leaving the office too; one to come is a concession
    text = "Talvik Steel reported a loss. Its founder said Piet Aalders will step down as chairman of Talvik Steel."
    evs = of_type(events_of(nlp, text), "CONCEDE")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Piet Aalders", "Talvik Steel")], evs
    # done, stepping down is a resignation (RETREAT); the tagger may take the particle for an adverb
    evs = events_of(nlp, "Peru's President Ana Rivas stepped down over the bribery scandal.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("RETREAT", "Ana Rivas", "Peru")], evs
    # to come, it is announced (CONCEDE), present tense or not; lowering something is no resignation
    evs = events_of(nlp, "Peru's President Ana Rivas is stepping down next month.")
    assert [(e["type"], e["a1"]) for e in evs] == [("CONCEDE", "Ana Rivas")], evs
    assert not of_type(events_of(nlp, "Andean Copper stepped down production at its Peru mine."), "RETREAT")
    # quitting an office or a body, or standing down, is resigning too; quitting a habit or a deal is not
    evs = of_type(events_of(nlp, "Ivo Mendes, the Green Unity Party treasurer, stood down on Monday."), "RETREAT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Ivo Mendes", "Green Unity Party")], evs
    evs = of_type(events_of(nlp, "On Monday Rosa Lima quit the Green Unity Party."), "RETREAT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Rosa Lima", "Green Unity Party")], evs
    for text in ("Senator Ivo Mendes quit smoking last year.", "Andean Copper is quitting the takeover of Peru Zinc."):
        assert not of_type(events_of(nlp, text), "RETREAT"), text


def test_declining_by_a_measure_is_a_decrease_not_a_refusal(nlp):
    for text in ("Kenya's population declined by 19,000 in 2005.", "Kenya Airways declined 17 cents on Monday.",
                 "Kenya's influence in the region is declining.", "Shares of Kenya Airways declined sharply."):
        assert of_type(events_of(nlp, text), "REJECT") == [], text
    for text in ("Kenya declined the offer from Uganda.", "Kenya declined to extradite Ahmad Wali to Uganda."):
        assert [e["a1"] for e in of_type(events_of(nlp, text), "REJECT")] == ["Kenya"], text


def test_who_sends_or_withdraws_forces_is_their_owner(nlp):
    evs = of_type(events_of(nlp, "The withdrawal of Kenyan troops from Somalia began on Monday."), "RETREAT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Kenya", "Somalia")], evs
    # a passive verb of its own type with no agent of its own leaves the noun's roles standing
    evs = of_type(events_of(nlp, "The withdrawal of Ethiopian troops from Somalia was completed in May."), "RETREAT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Ethiopia", "Somalia")], evs
    # the owner of the forces a withdrawal moves withdraws them, named with a possessive too; it is not the target
    evs = of_type(events_of(nlp, "The withdrawal of Ethiopia's troops from Somalia began in May."), "RETREAT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Ethiopia", "Somalia")], evs
    evs = of_type(events_of(nlp, "Tesfaye Bekele announced a withdrawal of Ethiopia's troops from Somalia."),
                  "RETREAT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Tesfaye Bekele", "Somalia")], evs
    # not the people a release lets go, whom someone else held: their country is the target
    evs = of_type(events_of(nlp, "The release of Uganda's soldiers by the Lord's Resistance Army was welcomed."),
                  "RETREAT")
    assert [e["a2"] for e in evs] == ["Uganda"], evs
    # who resigns is the one whose resignation it is
    evs = of_type(events_of(nlp, "The resignation of Ahmad Wali surprised the party."), "RETREAT")
    assert [e["a1"] for e in evs] == ["Ahmad Wali"], evs
    # one who is released acts in nothing: someone else frees them
    evs = of_type(events_of(nlp, "Kenya demanded the release of Ahmad Wali."), "RETREAT")
    assert all(e["a1"] != "Ahmad Wali" for e in evs), evs


def test_a_road_vehicle_hitting_someone_is_an_accident_but_a_car_bomb_is_not(nlp):
    assert of_type(events_of(nlp, "Ahmad Wali died on Monday after his car hit a truck near Nairobi."), "ASSAULT") == []
    evs = of_type(events_of(nlp, "A car laden with explosives struck the convoy of Ahmad Wali in Kabul."), "ASSAULT")
    assert evs and all(e["a2"] == "Ahmad Wali" for e in evs), evs


def test_a_passive_judgement_of_someones_act_targets_who_acted(nlp):
    evs = of_type(events_of(nlp, "Uganda's blockade of the port was condemned by Kenya on Monday."), "ACCUSE")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Kenya", "Uganda")], evs


def test_a_passive_subject_names_the_one_acted_on_as_the_active_object_would(nlp):
    # 'Y's plan was rejected by X' is 'X rejected Y's plan': the owner of what is judged is its target
    for text in ("Peru's appeal was backed by Chile on Monday.", "Chile backed Peru's appeal on Monday.",
                 "An effort by Peru was supported by Chile."):
        evs = of_type(events_of(nlp, text), "SUPPORT")
        assert [(e["a1"], e["a2"]) for e in evs] == [("Chile", "Peru")], (text, evs)
    # a harmful act judged is its agent's, named by 'by' before its victim's 'of', and no one's where none is named,
    # in either voice
    evs = of_type(events_of(nlp, "The arrest of John Smith by Peruvian police was condemned by Chile."), "ACCUSE")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Chile", "Peruvian police")], evs
    for text in ("The assassination of John Smith was condemned by Chile.", "Chile condemned the assassination of "
                                                                          "John Smith."):
        evs = of_type(events_of(nlp, text), "ACCUSE")
        assert [(e["a1"], e["a2"]) for e in evs] == [("Chile", None)], (text, evs)
    # read in the subject's own words: not an actor deeper inside its clauses
    evs = of_type(events_of(nlp, "A motion asking officials from Acme Corp to testify was supported by the Greens."),
                  "SUPPORT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Greens", None)], evs
    # a text adopted names no one it is done to, in either voice
    evs = events_of(nlp, "A bill ordering sanctions on Chile was passed by the Senate of Peru.")
    assert not [e for e in evs if e["a1"] and "Senate" in e["a1"] and e["a2"] == "Chile"], evs


def test_a_move_of_forces_happens_where_they_go_not_where_they_come_from(nlp):
    evs = of_type(events_of(nlp, "The deployment of more than 2,000 U.S. troops there angered Ethiopia."), "MOBILIZE")
    assert [(e["a1"], e["location"]) for e in evs] == [("U.S.", None)], evs
    evs = of_type(events_of(nlp, "The deployment of Kenyan troops in Somalia began on Monday."), "MOBILIZE")
    assert evs and {e["location"] for e in evs} == {"Somalia"}, evs
    # the forces moved are their owner's, no target, whether the verb is passive or modifies them
    for text in ("Nigerian border forces have been put on alert.", "Ali Nouri met some of the 500 Nigerian troops "
                                                                      "deployed in Darfur."):
        evs = of_type(events_of(nlp, text), "MOBILIZE")
        assert [(e["a1"], e["a2"]) for e in evs] == [("Nigeria", None)], (text, evs)


def test_a_title_and_the_name_apposed_to_it_the_person_acts(nlp):
    # the parser may read "Kenya's Foreign Minister, Ahmad Wali" as two subjects; the person named acts
    for text in ("Kenya's opposition leader, Paul Okello rejected the proposal from Uganda.",
                 "Nigeria's chief negotiator, Paul Okello rejected the offer from Ghana on Monday."):
        evs = of_type(events_of(nlp, text), "REJECT")
        assert evs and {e["a1"] for e in evs} == {"Paul Okello"}, (text, evs)


def test_a_nationality_of_two_words_names_the_state_of_its_forces(nlp):
    # 'Sri Lankan troops', 'South African police': the tagger may read the nationality as a person's name
    evs = of_type(events_of(nlp, "Sri Lankan troops attacked the Liberation Tigers of Tamil Eelam on Monday."),
                  "ASSAULT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Sri Lanka", "Liberation Tigers of Tamil Eelam")], evs


def test_what_no_evidence_shows_is_not_stated_as_done(nlp):
    for text in ("Police found no sign that Hamas attacked the convoy.",
                 "There is no evidence of a threat from Iran against Kuwait."):
        assert not [e for e in events_of(nlp, text) if e["type"] in ("ASSAULT", "THREATEN")], text
    assert of_type(events_of(nlp, "There is evidence that Russia attacked Georgia."), "ASSAULT")
    # "no confirmation of" hedges a report, it does not deny it
    assert of_type(events_of(nlp, "There was no immediate confirmation of the Russian attack on Georgia."), "ASSAULT")


def test_an_event_that_may_come_is_not_stated_as_done(nlp):
    for text in ("Kenya braced for an attack on Nairobi by al-Shabaab.",
                 "Oman worried about the possibility of an Iranian strike on Qatar.",
                 "Sweden will send ships in the event of a Russian attack on Finland.",
                 "Officials in Berlin warned of the risk of a Russian attack on Estonia.",
                 "Brazil was preparing for a visit to Argentina by Pope Francis."):
        assert not [e for e in events_of(nlp, text) if e["type"] in ("ASSAULT", "CONSULT")], text
    # what was done on the eve of another act, or that is someone's stated attack, is stated as done
    assert of_type(events_of(nlp, "Iran attacked Qatar on the eve of a visit by Pope Francis."), "ASSAULT")
    assert of_type(events_of(nlp, "Officials in Berlin condemned the Russian attack on Estonia."), "ASSAULT")


def test_harm_in_an_accident_is_no_assault(nlp):
    for text in ("Four United Nations staff were killed in a plane crash in Bolivia.",
                 "Senator Jane Roe was injured in the earthquake."):
        assert not of_type(events_of(nlp, text), "ASSAULT"), text
    assert of_type(events_of(nlp, "Four United Nations staff were killed in an attack by Boko Haram."), "ASSAULT")
    assert of_type(events_of(nlp, "Colonel John Okello was killed in a storm of gunfire from Ugandan troops."), "ASSAULT")


def test_rare_cameo_senses_count_for_censure_force_coercion_and_petition_only(nlp):
    # a CAMEO verb the corpus check did not cover is an event where CAMEO's word is specific to its type
    evs = events_of(nlp, "The White House rebuked Defense Secretary John Smith.")
    assert [(e["type"], e["a2"]) for e in evs] == [("ACCUSE", "John Smith")], evs
    evs = events_of(nlp, "The European Commission fined Acme Corporation.")
    assert [(e["type"], e["a2"]) for e in evs] == [("COERCE", "Acme Corporation")], evs
    # not where it is an everyday verb in another sense: respecting or communicating is no support or meeting
    assert not events_of(nlp, "Prime Minister Tony Blair said Britain respects Iran.")
    assert not events_of(nlp, "Foreign Minister Ali Hassan communicated with his Turkish counterpart Ahmet Yilmaz.")


def test_agreeing_with_nothing_named_is_no_event_and_a_deal_agreed_is_an_agreement(nlp):
    assert not events_of(nlp, "Prime Minister Jan Kowalski agrees.")
    evs = events_of(nlp, "Senator Maria Lopez said she agreed with President Jan Kowalski.")
    assert [(e["type"], e["a2"]) for e in evs] == [("SUPPORT", "Jan Kowalski")], evs
    evs = events_of(nlp, "Protests continued despite a compromise deal agreed last week between Acme Corporation "
                         "and the Kenyan government.")
    assert "AGREE" in {e["type"] for e in evs}, evs


def test_what_is_ruled_out_or_not_is_a_possibility(nlp):
    # refusing to rule out an attack is no refusal, and the attack has not happened
    assert not events_of(nlp, "Admiral John Fallon refused to rule out a strike against Iran.")
    assert not of_type(events_of(nlp, "Police have not ruled out further arrests of members of Hamas."), "COERCE")


def test_call_that_names_asks_for_nothing_but_calling_someone_a_liar_accuses(nlp):
    assert not of_type(events_of(nlp, "President Jan Kowalski called his visit to Lithuania a step toward peace."),
                       "REQUEST")
    assert not of_type(events_of(nlp, "Officials of Lithuania met a company called the Northern Language Centre."),
                       "REQUEST")
    evs = events_of(nlp, "President Jan Kowalski called for an end to the violence in Lithuania.")
    assert [e["type"] for e in evs] == ["REQUEST"], evs
    evs = events_of(nlp, "Senator Maria Lopez called President Jan Kowalski a liar.")
    assert [(e["type"], e["a2"]) for e in evs] == [("ACCUSE", "Jan Kowalski")], evs


def test_the_of_phrase_of_a_meeting_visit_or_request_names_who_acts(nlp):
    evs = of_type(events_of(nlp, "The visit of Foreign Minister Khalid Mahmud to India ended on Monday."), "CONSULT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Khalid Mahmud", "India")], evs
    evs = of_type(events_of(nlp, "The inquiry was opened at the request of the Kenyan government."), "REQUEST")
    assert [e["a1"] for e in evs] == ["Kenya"], evs
    # a body's own meeting meets no one
    assert not of_type(events_of(nlp, "The meeting of the Security Council ended on Monday."), "CONSULT")
    # nor a promise, demand or threat: whose it is makes it
    evs = of_type(events_of(nlp, "Residents said the pledges of Leeds City Council were broken."), "AGREE")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Leeds City Council", None)], evs
    evs = of_type(events_of(nlp, "The threat of al-Qaeda to attack Denmark was taken seriously."), "THREATEN")
    assert [(e["a1"], e["a2"]) for e in evs] == [("al-Qaeda", "Denmark")], evs


def test_a_planned_possible_or_upcoming_event_has_not_happened(nlp):
    assert not events_of(nlp, "Officials warned of possible attacks by Hezbollah on Israel.")
    assert not of_type(events_of(nlp, "Protesters marched against the planned deployment of African Union troops "
                                      "in Somalia."), "MOBILIZE")
    assert not of_type(events_of(nlp, "The border will top the agenda at an upcoming meeting between Wen Jiabao and "
                                      "Manmohan Singh."), "CONSULT")
    # a planned act carried out has happened
    evs = of_type(events_of(nlp, "Israel today mounted its long-planned invasion of Lebanon."), "ASSAULT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Israel", "Lebanon")], evs


def test_an_event_noun_that_is_wanted_needed_or_awaited_has_not_happened(nlp):
    # the object of a verb of wanting, needing or expecting is not done, as its infinitive would not be
    assert not of_type(events_of(nlp, "The treaty requires the approval of the Bolivian parliament."), "SUPPORT")
    assert not of_type(events_of(nlp, "Maria Lopez wants the withdrawal of all foreign troops from Chad."), "RETREAT")
    assert not of_type(events_of(nlp, "The rebels are awaiting the release of Pedro Alvarez."), "RETREAT")
    assert not of_type(events_of(nlp, "The Kenyan police are seeking the arrest of Omar Haji."), "COERCE")
    # the object of a verb of doing it is done, and so is an act named definitely that one planned or foresaw before
    evs = of_type(events_of(nlp, "Khalid Sheikh Mohammed planned the September 11 attacks on the United States."),
                  "ASSAULT")
    assert [e["a2"] for e in evs] == ["United States"], evs
    evs = of_type(events_of(nlp, "Israel began talks with Syria on Monday."), "CONSULT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Israel", "Syria")], evs
    evs = of_type(events_of(nlp, "Chad completed the withdrawal of its troops from Sudan."), "RETREAT")
    assert [e["a1"] for e in evs] == ["Chad"], evs


def test_exercises_operations_and_inquiries_done_jointly_are_cooperation(nlp):
    # PLOVER: joint military games, maneuvers and operations, and judicial cooperation, are COOPERATE
    evs = of_type(events_of(nlp, "Indian and Russian warships held joint naval exercises in the Bay of Bengal."),
                  "COOPERATE")
    assert [{e["a1"], e["a2"]} for e in evs] == [{"India", "Russian Federation"}], evs
    evs = events_of(nlp, "Peru and Chile launched a joint investigation into the smuggling ring.")
    assert [{e["a1"], e["a2"]} for e in of_type(evs, "COOPERATE")] == [{"Peru", "Chile"}], evs
    assert not of_type(evs, "ACCUSE"), evs
    evs = of_type(events_of(nlp, "The Kenyan army, in a joint operation with Ugandan troops, captured the town."),
                  "COOPERATE")
    assert len(evs) == 1 and has(evs[0]["a1"], "Kenya") and evs[0]["a2"] == "Uganda", evs
    # done by one side, or called off or attacked, the same acts are no cooperation
    for text in ("Peru launched an investigation into the smuggling ring.",
                 "South Korea called off joint military exercises with the United States.",
                 "Pakistani militants attacked a joint patrol of Afghan and US troops."):
        assert not of_type(events_of(nlp, text), "COOPERATE"), text


def test_military_exercises_of_one_side_mobilize_and_of_two_cooperate(nlp):
    # the PLOVER manual: single-country exercises are MOBILIZE, joint military games and maneuvers COOPERATE
    evs = events_of(nlp, "The Chilean navy began large naval drills off Valparaiso on Monday.")
    assert [e["type"] for e in evs] == ["MOBILIZE"] and has(evs[0]["a1"], "Chile"), evs
    evs = of_type(events_of(nlp, "Chile staged military exercises with Peru near the border."), "COOPERATE")
    assert [{e["a1"], e["a2"]} for e in evs] == [{"Chile", "Peru"}], evs
    evs = of_type(events_of(nlp, "Chile and Peru began war games in the Pacific."), "COOPERATE")
    assert [{e["a1"], e["a2"]} for e in evs] == [{"Chile", "Peru"}], evs
    evs = of_type(events_of(nlp, "Chilean and Peruvian warships held naval drills in the Pacific."), "COOPERATE")
    assert [{e["a1"], e["a2"]} for e in evs] == [{"Chile", "Peru"}], evs
    # a means is no partner, two parts of one side are one side
    for text in ("Chile held military exercises with live ammunition near Arica.",
                 "The Chilean army and navy began war games near Arica."):
        evs = events_of(nlp, text)
        assert [e["type"] for e in evs] == ["MOBILIZE"] and has(evs[0]["a1"], "Chile"), (text, evs)
    # exercises planned, or of another kind, are no event
    for text in ("Chile said military exercises will be held next summer.",
                 "Chilean schools held a fire drill on Monday."):
        assert not [e for e in events_of(nlp, text) if e["type"] in ("MOBILIZE", "COOPERATE")], text


def test_a_postponed_or_delayed_event_has_not_happened(nlp):
    assert not of_type(events_of(nlp, "Secretary of State Jane Doe postponed her visit to Ottawa."), "CONSULT")
    assert not of_type(events_of(nlp, "The execution of Omar Khalil was delayed by the court."), "ASSAULT")


def test_the_of_phrase_of_backing_names_the_backer_except_in_support_of(nlp):
    evs = of_type(events_of(nlp, "The plan was adopted with the backing of Russia and China."), "SUPPORT")
    assert {e["a1"] for e in evs} == {"Russia", "China"}, evs
    assert not [e for e in evs if e["a2"]], evs
    evs = of_type(events_of(nlp, "Senator Maria Lopez attracted the endorsement of President Jan Kowalski."),
                  "SUPPORT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Jan Kowalski", "Maria Lopez")], evs
    evs = of_type(events_of(nlp, "Thousands marched in support of President Jan Kowalski."), "SUPPORT")
    assert [e["a2"] for e in evs] == ["Jan Kowalski"], evs


def test_the_two_sides_are_the_pair_named_just_before(nlp):
    # two coordinated names, or a clause's subject and its partner, then 'the two <noun>' or 'both <noun>'
    evs = of_type(events_of(nlp, "Talks between Kenya and Uganda resumed in Arusha. Both sides agreed to reopen "
                                 "the border."), "AGREE")
    assert [{e["a1"], e["a2"]} for e in evs] == [{"Kenya", "Uganda"}]
    evs = of_type(events_of(nlp, "Mali signed a water treaty with Niger on Monday. The two countries accused "
                                 "Algeria of blocking the river."), "ACCUSE")
    assert sorted(e["a1"] for e in evs) == ["Mali", "Niger"] and {e["a2"] for e in evs} == {"Algeria"}
    # the noun says what kind of actor the pair is: persons are no 'two countries'
    evs = events_of(nlp, "Anna Berg met Otto Lind in Oslo. The two countries agreed to reopen the border.")
    assert not of_type(evs, "AGREE")
    # words of its own say which two it means: 'both sides of the border' are no pair named before
    evs = events_of(nlp, "Talks between Kenya and Uganda resumed in Arusha. Both sides of the border accused "
                         "Somalia of smuggling.")
    assert not [e for e in of_type(evs, "ACCUSE") if e["a1"] in ("Kenya", "Uganda")]


def test_a_present_tense_clause_of_time_states_what_is_yet_to_come(nlp):
    # English puts what is to come in the present after 'until', 'once', 'when', 'after', 'before'
    for text in ("The truce will not start until Mali signs a treaty with Niger.",
                 "Mali will recall its envoy when Niger signs the treaty.",
                 "The truce starts once the treaty with Niger has been signed by Mali."):
        assert not of_type(events_of(nlp, text), "SUPPORT"), text
    # in the past tense the clause states what was done
    evs = events_of(nlp, "The truce started after Mali signed a treaty with Niger.")
    assert [(e["a1"], e["a2"]) for e in of_type(evs, "SUPPORT")] == [("Mali", "Niger")]
    # a headline's present tells what happened
    from newsfacts.events.modality import modality
    doc = nlp("Mali recalls envoy after Niger expels two diplomats\nMali recalled its ambassador on Monday.")
    assert modality(next(t for t in doc if t.text == "expels")) is None
    doc = nlp("Mali will recall its envoy after Niger expels two diplomats.")
    assert modality(next(t for t in doc if t.text == "expels")) == "hypothetical"
    evs = events_of(nlp, "The vote comes after Mali has accused Niger of fraud.")  # a perfect after 'after': done
    assert [(e["a1"], e["a2"]) for e in of_type(evs, "ACCUSE")] == [("Mali", "Niger")]
    evs = events_of(nlp, "Police detained Omar Diallo when he attacked Amadou Keita in Bamako.")
    assert [(e["a1"], e["a2"]) for e in of_type(evs, "ASSAULT")] == [("Omar Diallo", "Amadou Keita")]


def test_a_coordinated_clause_with_its_own_subject_keeps_its_own_date(nlp):
    import datetime as dt
    evs = events_of(nlp, "Mali accused Niger of fraud, and Niger expelled two Malian diplomats on Tuesday.",
                    dt.date(2007, 3, 14))
    assert [(e["type"], e["date"]) for e in evs if e["type"] in ("ACCUSE", "SANCTION")] == [
        ("ACCUSE", None), ("SANCTION", dt.date(2007, 3, 13))]
    # nor does it take a time inside the first clause; one put before the first clause's subject covers both
    evs = events_of(nlp, "Mali accused Niger of fraud last Monday, and Niger expelled two Malian diplomats.",
                    dt.date(2007, 3, 14))
    assert [(e["type"], e["date"]) for e in evs if e["type"] in ("ACCUSE", "SANCTION")] == [
        ("ACCUSE", dt.date(2007, 3, 12)), ("SANCTION", None)]
    evs = events_of(nlp, "Last Monday, Mali accused Niger of fraud and Niger expelled two Malian diplomats.",
                    dt.date(2007, 3, 14))
    assert {e["date"] for e in evs if e["type"] in ("ACCUSE", "SANCTION")} == {dt.date(2007, 3, 12)}
    # verbs that share one subject share its time
    evs = events_of(nlp, "Gunmen shot and killed Omar Diallo in Bamako on Monday.", dt.date(2007, 3, 14))
    assert {e["date"] for e in of_type(evs, "ASSAULT")} == {dt.date(2007, 3, 12)}


def test_a_verb_in_british_spelling_is_the_verb_of_the_dictionary(nlp):
    # '-ise' and '-ize' spell one verb; the CAMEO dictionary holds some in one spelling only
    for verb in ("penalised", "penalized"):
        evs = events_of(nlp, f"The European Commission {verb} Microsoft for abusing its dominance.")
        assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("COERCE", "European Commission", "Microsoft")], verb


def test_an_attack_on_a_policy_or_a_claim_is_criticism(nlp):
    # an attack verb whose object is what someone says, decides or stands for is one of words
    evs = events_of(nlp, "Opposition leader Jane Mwangi attacked the Kenyan government's housing policy on Tuesday.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("ACCUSE", "Jane Mwangi", "Kenya")]
    evs = events_of(nlp, "Opposition fighters attacked the Kenyan army's base near Garissa on Tuesday.")
    assert [e["type"] for e in evs] == ["ASSAULT"]
    # and so is an attack on what is judged of such a thing
    evs = events_of(nlp, "Senator John Carter attacked the validity of the plan by Prime Minister Paul Smith.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("ACCUSE", "John Carter", "Paul Smith")]
    evs = events_of(nlp, "Taliban rebels attacked the base of the Afghan army on Monday.")
    assert [e["type"] for e in evs] == ["ASSAULT"]


def test_a_denial_of_unattributed_charges_answers_the_accuser_of_the_denier(nlp):
    # 'denied the charges' names no accuser: the one who accused the denier before in the text
    text = ("The Office of Fair Trading accused Imperial Tobacco of price fixing on Monday. Imperial Tobacco denied the "
            "charges.")
    evs = of_type(events_of(nlp, text), "REJECT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Imperial Tobacco", "Office of Fair Trading")]
    text = "Kenya accused the Somali army of shelling border towns. The Somali army denied any involvement."
    evs = of_type(events_of(nlp, text), "REJECT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Somali army", "Kenya")], evs
    # no earlier accusation of the denier, or an accusation of someone's own: no target taken
    evs = of_type(events_of(nlp, "Imperial Tobacco denied the charges."), "REJECT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Imperial Tobacco", None)]
    accused = "Kenya accused the Somali army of shelling border towns. "
    for then in ("The Somali army denied the claims of the union.", "The Somali army rejected the insurance claim.",
                 "Later the Somali army was accused of smuggling arms. The Somali army denied the charges."):
        assert [e["a2"] for e in of_type(events_of(nlp, accused + then), "REJECT")] in ([None], []), then


def test_a_rejection_answers_whoever_made_the_charge_offer_or_demand_rejected(nlp):
    def rejections(text):
        return [(e["a1"], e["a2"]) for e in of_type(events_of(nlp, text), "REJECT")]
    # a relative clause on what is rejected: the one who charged, claimed or offered it
    assert rejections("Alvaro Ruiz accused Pedro Gomez of links with the rebels, a charge that Gomez denied.") \
        == [("Pedro Gomez", "Alvaro Ruiz")]
    assert rejections("Greenpeace said the whaling fleet was illegal, a claim Japan rejected.") \
        == [("Japan", "Greenpeace")]
    assert rejections("Amnesty International made an offer to monitor the prisons, an offer which the Sudanese "
                      "government declined.") == [("Sudan", "Amnesty International")]
    # the owner of a demand rejected, through a pronoun
    assert rejections("Alexander Milinkevich called for new elections. Officials of Belarus rejected his demands.") \
        == [("Belarus", "Alexander Milinkevich")]
    # the relative pronoun as the rejecter, or a verb of another kind above the thing rejected: no one answered
    assert rejections("Greenpeace said that the Labour Party, which refused, had lost the election.") \
        == [("Labour Party", None)]
    assert rejections("Greenpeace said that the Democratic Party dropped the bank tax, which the Republican Party "
                      "opposed.") == [("Republican Party", None)]
    # a thing a report is about is not the reporter's ('said the sanctions, which X opposed, were illegal'); a time
    # is not what is refused; agreeing to a deal is not proposing it; an owner named on the thing is its author
    assert rejections("Iran said the sanctions, which Russia opposed, were illegal.") == [("Russia", None)]
    assert rejections("Senator Jane Roe said it was the first time that the Senate had refused.") == [("Senate", None)]
    assert rejections("Jane Roe said Iran had agreed to a deal that Israel rejected.") == [("Israel", None)]
    assert rejections("Israel said Hamas's offer, which Israel rejected, was a trick.") == [("Israel", "Hamas")]


def test_a_speech_act_in_the_speakers_own_quotation_is_dated_by_the_saying(nlp):
    # 'We ask' in a quote is done when said: the attribution's time; a past act quoted is not dated so
    evs = events_of(nlp, '"We condemn the attack by Somalia," Kenyan President Mwai Kibaki said on Monday.')
    assert [(e["type"], e["date"]) for e in evs] == [("ACCUSE", dt.date(2024, 10, 7)), ("ASSAULT", None)]


def test_a_stance_stated_in_ones_own_reported_words_is_dated_by_the_saying(nlp):
    evs = events_of(nlp, "On Monday, Kenyan President Mwai Kibaki said he rejects the demands of Somalia.")
    assert [(e["type"], e["date"]) for e in evs] == [("REJECT", dt.date(2024, 10, 7))]
    # a deed reported, or one done before the saying, is not dated by it
    for text in ("On Monday, Kenyan President Mwai Kibaki said that Somalia attacked the border town.",
                 "On Monday, Kenyan President Mwai Kibaki said he had criticized Somalia."):
        assert [e["date"] for e in events_of(nlp, text)] == [None], text


@pytest.mark.parametrize("text", [
    "Turkey will not extradite the two suspects to Germany.",
    "Turkey said on Monday that it would not extradite the two suspects to Germany.",
])
def test_a_refused_future_concession_is_a_rejection(nlp, text):
    # 'will not', and 'would not' in what a past report says (the sequence of tenses), refuse the act
    evs = events_of(nlp, text)
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("REJECT", "Turkey", "Germany")], evs


@pytest.mark.parametrize("text", [
    "Turkey said it would not extradite the suspects to Germany if they faced a death sentence.",
    "Turkey said it would not have extradited the suspects to Germany.",  # a counterfactual
    "Turkey said Greece would not extradite the suspects to Germany.",  # another's forecast
])
def test_would_not_in_a_condition_or_of_another_is_no_rejection(nlp, text):
    evs = events_of(nlp, text)
    assert [e for e in of_type(evs, "REJECT") if e["a1"] in ("Greece", "Turkey")] == [], evs


@pytest.mark.parametrize("text, target", [
    ("The European Union condemned the arrest of Pavel Orlov.", None),
    ("The United Nations denounced the murder of the journalist Marie Dubois.", None),
    ("The European Union condemned the Russian arrest of Pavel Orlov.", "Russian Federation"),
])
def test_judging_a_hostile_act_targets_whoever_did_it_not_its_victim(nlp, text, target):
    # 'condemned the arrest of X': X was arrested, the condemnation is of the arrest and whoever made it
    evs = of_type(events_of(nlp, text), "ACCUSE")
    assert [e["a2"] for e in evs] == [target], evs


def test_the_one_blamed_on_is_the_target(nlp):
    evs = of_type(events_of(nlp, "Sri Lanka blamed the attacks on the LTTE."), "ACCUSE")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Sri Lanka", "LTTE")], evs


def test_the_one_an_act_is_done_on_behalf_of_is_not_its_target(nlp):
    evs = of_type(events_of(nlp, "The union filed a lawsuit on behalf of Maria Lopez."), "ACCUSE")
    assert [e["a2"] for e in evs] in ([], [None]), evs
    evs = of_type(events_of(nlp, "The ACLU filed a lawsuit against the Pentagon on behalf of Maria Lopez."), "ACCUSE")
    assert [e["a2"] for e in evs] == ["Pentagon"], evs


@pytest.mark.parametrize("text, target, striker", [
    ("Lufthansa pilots went on strike on Friday.", "Lufthansa", None),
    ("The nurses of Mercy General Hospital stopped work on Tuesday.", "Mercy General Hospital", None),
    ("A week-long strike at Toyota ended on Monday.", "Toyota", None),
    ("The Transport Workers Union went on strike on Friday.", None, "Transport Workers Union"),
])
def test_a_strike_targets_the_strikers_employer(nlp, text, target, striker):
    # those who stop work strike against whom they work for; a union that strikes is who acts
    evs = of_type(events_of(nlp, text), "PROTEST")
    assert [(e["a1"], e["a2"]) for e in evs if e["a1"] or e["a2"]] == ([(striker, target)] if target or striker
                                                                       else []), evs


@pytest.mark.parametrize("text", [
    "Nigeria's oil workers went on strike on Tuesday.",  # a country is where they work, not whom they strike
    "Passengers of British Airways were stranded by the strike.",  # not the strikers
])
def test_a_strike_in_a_country_or_beside_a_body_has_no_employer(nlp, text):
    evs = of_type(events_of(nlp, text), "PROTEST")
    assert all(e["a2"] not in ("Nigeria", "British Airways") for e in evs), evs


@pytest.mark.parametrize("text, target", [
    ("Japan approved the new textbooks. Thousands joined anti-Japanese protests in Nanjing on Sunday.", "Japan"),
    ("President Maria Duarte spoke on Monday. Students held anti-Duarte rallies in the capital.", "Maria Duarte"),
])
def test_an_anti_x_protest_is_against_x(nlp, text, target):
    # the modifier names whom the protest is against, never who protests
    evs = of_type(events_of(nlp, text), "PROTEST")
    assert [e["a2"] for e in evs] == [target] and evs[0]["a1"] != target, evs


def test_an_anti_modifier_naming_no_actor_gives_no_target(nlp):
    assert of_type(events_of(nlp, "Students held anti-war protests in the capital."), "PROTEST") == []


@pytest.mark.parametrize("text, place", [
    ("The aid worker Lars Holm was detained by Congolese soldiers in Goma on Monday.", "Goma"),
    ("Three Kenyan soldiers were killed by a roadside bomb near Mogadishu on Friday.", "Mogadishu"),
])
def test_a_physical_act_happens_where_its_passive_agent_is_placed(nlp, text, place):
    evs = [e for e in events_of(nlp, text) if e["type"] in ("COERCE", "ASSAULT")]
    assert [e["location"] for e in evs] == [place], evs


@pytest.mark.parametrize("text, event_type", [
    ("The plan was criticized by Kenyan officials in Nairobi.", "ACCUSE"),
    # a withdrawal or aid decided far away happens where the troops or the aid go, not where its agent sits
    ("Polish troops were withdrawn from Iraq by the government in Warsaw.", "RETREAT"),
    ("Haiti was given $5 million in aid by the European Union in Brussels.", "AID"),
])
def test_an_agent_placed_somewhere_places_only_an_act_of_force(nlp, text, event_type):
    evs = of_type(events_of(nlp, text), event_type)
    assert all(e["location"] in (None, "Iraq", "Haiti") for e in evs), evs


def test_a_meeting_happens_where_the_one_met_with_is(nlp):
    evs = of_type(events_of(nlp, "Chancellor Olaf Weber met with Jose Ruiz in Lisbon on Friday."), "CONSULT")
    assert [e["location"] for e in evs] == ["Lisbon"], evs


@pytest.mark.parametrize("text", [
    "Marco Bellini was convicted of murdering Anna Ferri.",
    "A court in Turin convicted Marco Bellini of murdering Anna Ferri.",
    "Marco Bellini was found guilty of killing Anna Ferri.",
    "Marco Bellini pleaded guilty to killing Anna Ferri.",
])
def test_a_verdict_names_the_convicted_as_the_one_who_did_the_act(nlp, text):
    evs = of_type(events_of(nlp, text), "ASSAULT")
    assert [e["a1"] for e in evs] == ["Marco Bellini"], evs


def test_an_arrest_for_an_act_does_not_say_who_did_it(nlp):
    # an arrest or a charge only alleges the act
    evs = of_type(events_of(nlp, "Marco Bellini was arrested for attacking Anna Ferri."), "ASSAULT")
    assert all(e["a1"] is None for e in evs), evs


def test_the_owner_of_an_act_whose_doer_a_by_phrase_names_is_its_target(nlp):
    evs = of_type(events_of(nlp, "Hamas's condemnation by the Arab League came on Monday."), "ACCUSE")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Arab League", "Hamas")], evs
    # a 'by' phrase of means or time names no doer: the owner stays the one who acts
    evs = of_type(events_of(nlp, "Peru's attack by air killed ten soldiers near the border with Chile."), "ASSAULT")
    assert evs and all(e["a1"] == "Peru" for e in evs), evs
    evs = of_type(events_of(nlp, "Chile's withdrawal by the end of the year was welcomed."), "RETREAT")
    assert [e["a1"] for e in evs] == ["Chile"], evs


def test_actors_coordinated_inside_an_object_phrase_each_get_an_event(nlp):
    # one event per actor pair where actors are coordinated, also deep in the object ('ties with X and Y')
    evs = of_type(events_of(nlp, "Bolivia threatened to cut ties with Peru and Chile."), "THREATEN")
    assert sorted((e["a1"], e["a2"]) for e in evs) == [("Bolivia", "Chile"), ("Bolivia", "Peru")], evs


@pytest.mark.parametrize("text, nationality", [
    ("Sri Lankan soldiers fired on a fishing boat on Monday.", "Sri Lankan"),
    ("North Korean soldiers crossed the border at dawn.", "North Korean"),
    ("The East Timorese minister, guarded by Australian soldiers, left the capital.", "East Timorese"),
])
def test_a_state_named_by_its_agents_nationality_is_mentioned_by_the_whole_nationality(nlp, text, nationality):
    # a nationality of two words names the state with both, not with its first or last word alone
    doc = nlp(text)
    states = [m.text for a in responsible_countries(doc, find_actors(doc)) if a.actor_type == "COUNTRY"
              for m in a.mentions]
    assert nationality in states, states


def test_beating_someone_up_or_to_death_is_an_assault_and_beating_a_rival_or_a_forecast_is_not(nlp):
    evs = events_of(nlp, "Moldovan police beat up the journalist Ion Rusu outside the court on Monday.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("ASSAULT", "Moldova", "Ion Rusu")], evs
    evs = events_of(nlp, "Police officers beat the farmer Ali Hassan to death near Tanta.")
    assert [(e["type"], e["a2"]) for e in evs] == [("ASSAULT", "Ali Hassan")], evs
    # 'on' after the particle is the idiom only where no one is beaten
    evs = events_of(nlp, "The reporter Jane Roe was beaten up on Monday by police officers in Minsk.")
    assert [(e["type"], e["a2"]) for e in evs] == [("ASSAULT", "Jane Roe")], evs
    for text in ("Real Madrid beat Valencia 3-1 in the final on Sunday.",
                 "Acme Motors beat analysts' forecasts in the third quarter, Acme said.",
                 "Talk radio hosts beat up on Senator Jane Roe every morning.",  # an idiom of words
                 "Senator Jane Roe said she beat herself up over the defeat for weeks."):  # of regret
        assert not of_type(events_of(nlp, text), "ASSAULT"), text


def test_demand_in_its_market_sense_is_no_request(nlp):
    # 'demand' is also the desire to buy (WordNet's second sense): of a market, met or fed, rising or falling
    for text in ("Norsk Steel struggles to supply Japan's demand for iron ore.",
                 "Vesta Motors posted a loss after demand for its trucks dropped in Kenya.",
                 "Prices rose on strong consumer demand in Brazil."):
        assert not of_type(events_of(nlp, text), "REQUEST"), text
    # a demand made of someone is a request
    evs = of_type(events_of(nlp, "Kenya repeated its demand for compensation from Uganda."), "REQUEST")
    assert [e["a1"] for e in evs] == ["Kenya"], evs


@pytest.mark.parametrize("text", [
    "Prime Minister Jan Holm said the rebels were the biggest threat to Norway's security.",
    "Poland sees Belarus as a threat to its security.",
    "He warned of security threats to Norway.",
])
def test_a_threat_as_a_danger_is_no_threat_made(nlp, text):
    # 'threat' is also what endangers (WordNet's first sense): said of what something is, or named with what it
    # endangers; PLOVER's THREATEN is a declaration of intent to harm
    assert not of_type(events_of(nlp, text), "THREATEN")


@pytest.mark.parametrize("text, pair", [
    ("The Veronian Liberation Front issued a threat to Poland on Monday.", ("Veronian Liberation Front", "Poland")),
    ("The Veronian Liberation Front repeated its threat to kill the Polish hostage.",
     ("Veronian Liberation Front", None)),
    ("Journalists in Poland face death threats from the Veronian Liberation Front.",
     ("Veronian Liberation Front", None)),
])
def test_a_threat_issued_or_to_do_something_is_made(nlp, text, pair):
    assert [(e["a1"], e["a2"]) for e in of_type(events_of(nlp, text), "THREATEN")][:1] == [pair]


@pytest.mark.parametrize("text", [
    "The Belarusian army no longer patrols the border with Poland.",
    "Belarus said it was no longer planning to attack Poland.",
])
def test_what_is_no_longer_done_is_no_event(nlp, text):
    assert events_of(nlp, text) == []


def test_no_longer_than_is_a_time_not_a_negation(nlp):
    evs = events_of(nlp, "Belarusian troops attacked Poland no longer than a week ago.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("ASSAULT", "Belarus", "Poland")]


def test_a_clause_the_parser_runs_into_the_list_before_it_keeps_its_own_subject(nlp):
    # the parser may take the subject of a coordinated clause for more objects of the verb before it ('..., and Y
    # and Z denounced W': 'Y and Z' as objects of the first verb) or for a conjunct of a phrase of another kind
    pairs = [(e["a1"], e["a2"]) for e in of_type(events_of(
        nlp, "Togo condemned Ghana, Italy criticized Brazil, and Norway and Cyprus denounced Kenya."), "ACCUSE")]
    assert ("Norway", "Kenya") in pairs and ("Cyprus", "Kenya") in pairs, pairs
    assert ("Italy", "Norway") not in pairs and ("Italy", "Cyprus") not in pairs, pairs
    evs = events_of(nlp, "The board approved a budget for the museum and Mayor Carla Mendes praised the council.")
    assert [e["a1"] for e in of_type(evs, "SUPPORT")] == ["Carla Mendes"], evs


def test_a_list_of_three_or_of_one_kind_stays_one_phrase_before_a_verb_without_subject(nlp):
    # 'A, B, and C acted': the comma before 'and' closes a list of three, it opens no clause; 'the president and the
    # prime minister should' coordinates two of a kind
    evs = events_of(nlp, "President Ana Ruiz complained the European Commission, World Bank, and International "
                         "Monetary Fund acted like a colonial force.")
    assert {e["a2"] for e in of_type(evs, "ACCUSE")} == {"European Commission", "World Bank",
                                                         "International Monetary Fund"}, evs
    evs = events_of(nlp, "President Omar Haddad and Prime Minister Ivan Petrov arrived in Oslo. Anna Berg said ahead "
                         "of her meeting with the two \"The president and the prime minister shouldn't have to be here "
                         "today sorting out this mess\".")
    assert {e["a2"] for e in of_type(evs, "CONSULT")} == {"Omar Haddad", "Ivan Petrov"}, evs


def test_a_place_noun_owned_by_a_place_is_in_that_place_unless_the_clause_names_one_inside_it(nlp):
    # 'in Colombia's southern region': the region is in Colombia; 'at Peru's request' names no place
    assert locations(nlp, "Rebels killed two Peruvian soldiers in Colombia's southern region on Monday.",
                     "ASSAULT") == ["Colombia"]
    assert locations(nlp, "Police arrested Juan Ortiz at Peru's main airport on Friday.", "COERCE") == ["Peru"]
    assert locations(nlp, "Police arrested Juan Ortiz at Peru's request on Friday.", "COERCE") == [None]
    assert locations(nlp, "Rebels killed Mayor Juan Ortiz in Peru's northern region, in the town of Chiclayo.",
                     "ASSAULT") == ["Chiclayo"]


def test_an_act_of_force_named_by_a_noun_is_where_its_doer_by_is(nlp):
    # the parser hangs the place on the 'by' phrase of an event noun as on the agent of a passive verb
    assert locations(nlp, "Militants avenged the killing of Ahmed Saleh by Israeli troops in Nablus.",
                     "ASSAULT") == ["Nablus"]
    assert locations(nlp, "The arrest of Juan Ortiz by Peruvian police in Lima angered his supporters.",
                     "COERCE") == ["Lima"]


def test_an_event_noun_is_where_the_subject_of_its_light_verb_is(nlp):
    # as a verb's act is where its subject is said to be ('police in Y arrested X'), so is the act a light verb's
    # subject makes with a noun, and an unnamed place's own place counts ('the embassy in Lima')
    assert locations(nlp, "Students in Caracas began a series of protests against President Nicolas Maduro on Sunday.",
                     "PROTEST") == ["Caracas"]
    assert locations(nlp, "Diplomats at the Peruvian embassy in Quito issued a stern warning to Juan Ortiz.",
                     "THREATEN") == ["Quito"]


def test_force_done_in_the_course_of_another_act_is_where_that_act_is_done_on_its_object(nlp):
    assert locations(nlp, "Soldiers opened fire on protesters in Yangon, killing Kenji Nagai.", "ASSAULT") == ["Yangon"]
    assert locations(nlp, "Police raided a house in Lima, arresting Juan Ortiz.", "COERCE") == ["Lima"]


def test_a_passives_by_phrase_the_parser_hangs_on_its_of_or_for_phrase_is_its_agent(nlp):
    for text in ("Chile has been accused of spying by the Peruvian government.",
                 "Chile was investigated for fraud by Peru and Bolivia alike."):
        evs = of_type(events_of(nlp, text), "ACCUSE")
        assert evs and all(e["a2"] == "Chile" for e in evs) and "Peru" in {e["a1"] for e in evs}, (text, evs)


def test_who_hosts_a_guest_is_the_host_of_the_meeting_and_a_hosted_thing_is_no_meeting(nlp):
    # GOLD: the visitor is actor1, the host actor2
    evs = of_type(events_of(nlp, "President Ana Ruiz hosted Peruvian President Alan Garcia in Quito on Monday."),
                  "CONSULT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Alan Garcia", "Ana Ruiz")], evs
    assert not of_type(events_of(nlp, "The Peruvian embassy hosted an exhibition of paintings by Pablo Picasso."),
                       "CONSULT")


def test_sanctions_imposed_extended_or_tightened_are_sanctions(nlp):
    # CAMEO 163 (embargo, boycott, sanctions): SANCTION as the gold guidelines type sanctions (the crosswalk: COERCE)
    evs = events_of(nlp, "The European Union extended its sanctions against Syria for another year.")
    assert [(e["type"], e["a1"], e["a2"]) for e in evs] == [("SANCTION", "European Union", "Syria")], evs


def test_a_country_before_a_possessed_noun_says_where_and_the_possessor_says_whose(nlp):
    evs = of_type(events_of(nlp, "Peru froze Juan Ortiz's US assets on Monday."), "SANCTION")
    assert [(e["a1"], e["a2"]) for e in evs] == [("Peru", "Juan Ortiz")], evs


def test_who_brings_charges_or_a_lawsuit_accuses(nlp):
    # 'bring' is a light verb of legal action: the subject accuses, the 'against' phrase is accused
    for text in ("Peru brought criminal charges against novelist Juan Ortiz.",
                 "Peru has brought a lawsuit against Acme Mining Corp."):
        evs = of_type(events_of(nlp, text), "ACCUSE")
        assert [e["a1"] for e in evs] == ["Peru"] and evs[0]["a2"] in ("Juan Ortiz", "Acme Mining Corp."), (text, evs)


def test_review_cases_of_places_hosts_and_legal_light_verbs(nlp):
    # a target's own place phrase comes before its owner; a base may be abroad
    evs = events_of(nlp, "Rebels attacked Syria's main airport in Damascus.")
    assert [e["location"] for e in of_type(evs, "ASSAULT")] == ["Damascus"], evs
    evs = events_of(nlp, "Gunmen attacked Russia's naval base, killing three sailors.")
    assert {e["location"] for e in of_type(evs, "ASSAULT")} == {None}, evs
    # a guest named by a title is a guest
    evs = of_type(events_of(nlp, "Putin hosted the IMF chief in Moscow."), "CONSULT")
    assert [(e["a1"], e["a2"]) for e in evs] == [("IMF", "Putin")], evs
    # 'bring' that causes something is no legal action ('brought condemnation from X')
    assert not events_of(nlp, "The move brought swift condemnation from the United Nations.")
    # armed men in the 'of' phrase did the act the passive is about; they did not convict
    evs = of_type(events_of(nlp, "Taylor was convicted of atrocities by rebels in Sierra Leone."), "SANCTION")
    assert [e["a1"] for e in evs] == [None], evs


@pytest.mark.parametrize("text,expected", [
    # a person's attack with no word of force in its sentence is made in words: criticism
    ("Opposition leader Maria Gomez attacked the Labour Party's tax cuts on Tuesday.",
     [("ACCUSE", "Maria Gomez", "Labour Party", "attacked")]),
    ("Senator John Hale focused his attacks on President Elena Ruiz during the debate.",
     [("ACCUSE", "John Hale", "Elena Ruiz", "attacks")]),
    ("Prime Minister Tom Avery stepped up his attack on Senator Rosa Lind on Monday.",
     [("ACCUSE", "Tom Avery", "Rosa Lind", "stepped")]),  # an attack the verb's object is
    # with its harm, its arms or a claim of it, a person's attack is armed; a state's is armed whatever its sentence
    ("Gunman Tomas Reyes attacked a police station in Lima, killing two officers.",
     [("ASSAULT", "Tomas Reyes", None, "attacked"), ("ASSAULT", "Tomas Reyes", None, "killing")]),
    ("Rebel commander Ali Musa claimed responsibility for the attack on the convoy.",
     [("ASSAULT", "Ali Musa", None, "attack")]),
    ("Chile attacked Peru on Monday.", [("ASSAULT", "Chile", "Peru", "attacked")]),
    # and so does an attack on what no name is given, which crime news tells with no word of arms
    ("Police said Tom Briggs attacked his neighbour on Saturday night.", [("ASSAULT", "Tom Briggs", None, "attacked")]),
])
def test_an_attack_in_words_is_criticism_and_one_with_force_an_assault(nlp, text, expected):
    evs = [(e["type"], e["a1"], e["a2"], e["trigger"]) for e in events_of(nlp, text)]
    assert evs == expected, evs
