"""Event mentions of one document: trigger, PLOVER type, actors, date and place.

A trigger is a word of the PLOVER vocabulary (newsfacts.events.vocabulary) in a construction that
states its event (senses, grammar), said to have happened or promised (modality), with a named actor
in a role (roles). The PLOVER codebook's own words and CAMEO patterns need one named actor; a verb
that only CAMEO's synsets type needs both a source and a target actor, as in PETRARCH's dyadic
coding. The types that PLOVER says require a recipient (COOPERATE, AID, SANCTION) need a named
actor2. An event noun that is the object of another trigger ("approved the deployment") is part
of that trigger's event.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsfacts.actors import COUNTRY, GROUP, LOCATION, ORG, PERSON, LocalActor
from newsfacts.dates import infer_reference, to_come
from newsfacts.events import modality as mod
from newsfacts.events.denials import answer_accusations
from newsfacts.events.grammar import SAYING, refine
from newsfacts.events.phrases import (PERSON_PRON, ActorIndex, infinitive, is_event_noun, lemmas, np_actors, np_direct,
                                      pobj_actors)
from newsfacts.events.places import PLACE_ENTITIES, PLACE_PREPS, host_last, location, where_clause
from newsfacts.events.rejected import rejected_author
from newsfacts.events.responsible import names_forces
from newsfacts.events.roles import (PARTICIPATING, SETTING_PREPS, THEME_PREPS, Roles, adopts_legislation, agent_phrase,
                                    amount, light_verb_of, noun_roles, occurrence_verb, pairs, receiving,
                                    relative_light_verb, shared_right_conjunct, subject, takes_part, text_names,
                                    text_owner, verb_roles)
from newsfacts.events.senses import Trigger, eased, joint_act, military_exercise, partitive_of, sense, steps_down
from newsfacts.events.evaluation import NAMING_VERBS
from newsfacts.events.speech_acts import (HARM, SPEECH_VERBS, allegation, claimed_of_another, demand, judged,
                                         quoted_judgement, speaker_of_added_act)
from newsfacts.events.vocabulary import CAMEO, CODEBOOK, COOPERATIVE, JUDGING, PATTERN, SPEECH, UNCHECKED, vocabulary
from newsfacts.events.when import SAID_TYPES, DocDates, date_expressions, date_for, said_in, uttered_in
from newsfacts.coref import ANY_BODY_NOUNS
from newsfacts.lexicon import (GOVERNMENT_NOUNS, MARKET_NOUNS, NATURAL_HAZARDS, ORG_NOUNS, PEOPLE_NOUNS,
                               TITLE_WORDS, TOPIC_VERBS)
from newsfacts.quotes import Quote, QuoteSpan

REQUIRES_RECIPIENT = {"COOPERATE", "AID", "SANCTION"}  # PLOVER codebook: "Requires recipient: Yes"
GIVEN_TO_ANOTHER = {"SUPPORT", "AID"}  # what one gives another, not oneself
REFLEXIVES = {"itself", "himself", "herself", "themselves", "ourselves", "myself", "yourself", "oneself"}
ADDRESSED = {"offer", "propose", "proposal", "invite", "invitation"}  # AGREE words that name their addressee
# The codebook's SUPPORT by "recognition of newly independent states, new governments": of an actor, not of a fact
# or a need ("recognised the risk", "recognizes the need for cuts", "said he recognised climate change was ...")
RECOGNIZING = {"recognize", "recognise", "recognition"}
CONFIDENCE = {CODEBOOK: 0.7, PATTERN: 0.7, CAMEO: 0.6, UNCHECKED: 0.5, SPEECH: 0.6}


@dataclass
class EventMention:
    event_type: str
    actor1: int | None  # local actor ids
    actor2: int | None
    trigger: str
    start: int
    end: int
    sentence: str
    event_date: dt.date | None
    date_precision: str | None
    date_text: str | None
    location: str | None
    confidence: float
    symmetric: bool = False  # the two actors act together ("Fatah and Hamas signed"): their order is arbitrary
    source: str | None = None  # which vocabulary typed the trigger: codebook, pattern, cameo or nominal
    lemma: str | None = None  # the trigger's lemma
    attempted: bool = False  # an act of force tried ("tried to kill X"): counted as the act, but maybe not done
    theme: str | None = None  # the lemma of the event noun a verb states ('announced his resignation': resignation)
    agent_unresolved: bool = False  # no actor1, though a personal pronoun is the verb's subject ('I support X')


@dataclass
class _Context:
    doc: Doc
    idx: ActorIndex
    dates: DocDates
    ref: dt.date | None
    triggers: dict[int, Trigger] = field(default_factory=dict)

    def themes(self, tok: Token) -> list[Token]:
        """The event nouns that state what `tok` is about ("held talks"): their place and date are its own."""
        return [c for c in tok.children if c.i in self.triggers and _is_theme(c, self.triggers)]


def _triggers(doc: Doc, idx: ActorIndex) -> tuple[dict[int, Trigger], list[Token]]:
    """The document's triggers, and the verbs that may report speech (speech_acts), in one pass."""
    out, reporting = {}, []
    words = vocabulary().words
    for tok in doc:
        if tok.pos_ not in ("VERB", "NOUN", "ADJ") or tok.i in idx.by_token:
            continue
        candidates = lemmas(tok)
        if tok.pos_ == "VERB" and SPEECH_VERBS.intersection(candidates):
            reporting.append(tok)
        if not (words.intersection(candidates) or tok.lower_ in words or NAMING_VERBS.intersection(candidates)
                or joint_act(tok) or military_exercise(tok)):
            continue
        trig = sense(tok)
        if trig is None:
            continue
        t = refine(trig)
        if t is None:
            continue
        kept, unchecked = vocabulary().curated(tok.lemma_.lower(), t, trig.source)
        if kept is not None and kept != t and trig.source == PATTERN and _object_names(tok, t):
            kept = t  # the hand check retyped the verb's patterns by their usual object ('impose' sanctions), not
            # where the object is the codebook's own noun of the pattern's type ('imposed a curfew': COERCE)
        if kept is not None:
            out[tok.i] = Trigger(tok, kept, UNCHECKED if unchecked else trig.source)
    return out, reporting


def _object_names(verb: Token, plover: str) -> bool:
    """Whether the verb's object is a noun the PLOVER codebook gives this type ('curfew' for COERCE), in a
    construction that keeps it ('announced the release of prisoners', not 'of the software')."""
    for c in verb.children:
        if c.dep_ == "dobj" and vocabulary().codebook.get((c.lemma_.lower(), "NOUN")) == plover:
            own = sense(c)
            if own is not None and refine(own) == plover:
                return True
    return False


# Types whose object event is not (yet) real: asked for, promised, threatened, refused ("called for talks").
UNREALIZED_OBJECT = {"REQUEST", "AGREE", "THREATEN", "REJECT"}
# Verbs that license a material act, which their approval does not carry out ('approved the deployment of troops',
# 'authorized the execution of X', 'approved new sanctions': 3 such events in the 5,000 articles, 2 surely not yet
# done, the third sanctions one country announced and the WTO approved);
# an utterance approved was made ('approved his funding request')
LICENSING = {"approve", "authorize", "authorise"}
MATERIAL_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "COOPERATE", "SANCTION", "CONSULT", "PROTEST"}


def _governing_trigger(tok: Token, triggers: dict[int, Trigger]) -> Trigger | None:
    relative = relative_light_verb(tok)  # "the agreement signed by X" as "X signed the agreement"
    if relative is not None and relative.i in triggers:
        return triggers[relative.i]
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "compound") and head.i in triggers:
        return triggers[head.i]
    if tok.dep_ == "pobj" and head.lower_ == "of" and partitive_of(head.head).i == tok.i:
        return _governing_trigger(head.head, triggers)  # 'launched a series of attacks': as 'launched attacks'
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in THEME_PREPS | {"for"} and head.head.i in triggers:
        return triggers[head.head.i]
    if tok.dep_ == "pobj" and head.lower_ == "in":  # an amount of it: "gave $5 million in aid" is the giving
        light = light_verb_of(tok) or (head.head if any(  # the phrase on the verb: a sum, not a count of people
            c.dep_ == "dobj" and amount(c, money=True) for c in head.head.children) else None)
        if light is not None and light.i in triggers:
            return triggers[light.i]
    return None


# Words of alleging (the codebook's ACCUSE words for a charge): what they allege is not stated as having happened
ALLEGING = {"accuse", "accusation", "charge", "allege", "allegation", "indict", "indictment", "suspect"}


def _alleged(tok: Token) -> bool:
    """An act that is the content of an accusation ('charged with the murder of X', 'accused Y of killing X',
    'suspected of bombing', 'allegations of torture'): the accusation is the event, what it alleges is not stated
    as having happened (the gold leaves such contents out)."""
    head = tok.head
    if tok.dep_ not in ("pobj", "pcomp") or head.dep_ != "prep" or head.lower_ not in ("of", "with", "over", "for"):
        return False
    gov = head.head
    if gov.lemma_.lower() not in ALLEGING or gov.i == tok.i:
        return False
    if gov.lemma_.lower() == "suspect" and gov.pos_ != "VERB":
        return False  # 'suspects of the bombings' are people; the bombings happened
    return not (gov.dep_ == "pobj" and gov.head.lower_ == "in")  # 'in charge of investigating' is a duty


def _is_theme(tok: Token, triggers: dict[int, Trigger]) -> bool:
    """An event noun that states what another trigger is about: part of that event where it is the
    same event ("held talks", "formalized through an agreement", or the object of a light verb a CAMEO
    pattern types: "lodged a protest" is ACCUSE, no PROTEST; not of a verb of taking part: "joined the
    protest") or one not (yet) real ("called for talks", "rejected the proposal"); an event of its own where
    the other reacts to it ("condemned the attack", "opposed the invasion of Iraq")."""
    if tok.pos_ != "NOUN":
        return False
    gov = _governing_trigger(tok, triggers)
    if gov is None:
        return False
    if tok.dep_ == "nsubjpass" and gov.tok.i == tok.head.i and gov.plover == triggers[tok.i].plover \
            and agent_phrase(gov.tok) is None:
        return False  # "the talks were held in Cairo", "the withdrawal of X was completed": the noun says who acted
    return gov.plover == triggers[tok.i].plover or gov.plover in UNREALIZED_OBJECT \
        or (gov.source == PATTERN and (light := light_verb_of(tok)) is not None
            and not set(lemmas(light)) & PARTICIPATING) \
        or triggers[tok.i].plover == "AGREE" or gov.tok.lemma_.lower() in mod.IRREALIS_GOVERNORS \
        or (mod.modality(gov.tok) is not None  # "signed an agreement", "rejected the offer": its content
            and not _done_by_named(tok))


def _done_by_named(noun: Token) -> bool:
    """An event noun named definitely with its doer after 'by' ('the bombing by X', 'the killing of Y by Z'): an act
    that happened, whatever becomes of an act planned or denied about it ('is due to open an inquiry into the bombing
    by X')."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children) and any(
        c.dep_ in ("prep", "agent") and c.lower_ == "by" and any(g.dep_ == "pobj" for g in c.children)
        for c in noun.children)


def _taking_part(trig: Trigger, triggers: dict[int, Trigger]) -> bool:
    """A verb of taking part whose object is an event of its own ('joined the protest', 'attended the summit'): the
    noun tells the event and who acts in it; the verb adds no act (CAMEO's 'join ... protest', a complaint, would tell
    it twice)."""
    tok = trig.tok
    return tok.pos_ == "VERB" and any(c.dep_ == "dobj" and c.i in triggers and not _is_theme(c, triggers)
                                      and takes_part(tok, c) for c in tok.children)


def _said_where(saying: set[int], ctx: _Context) -> str | None:
    """Where a speech act done by saying it is said ('At a news conference in Dharamsala, X said he was opposed to Y',
    '"We condemn this," X told reporters in Kabul'): the place of its verbs of saying (`said_in`, `uttered_in`), as
    their time is the event's."""
    return next((place for i in sorted(saying) for place in [location([ctx.doc[i]], ctx.idx, "")] if place), None)


def _licensed(trig: Trigger) -> bool:
    """A material act that is the object of its approval or authorization (LICENSING), not yet carried out: its
    object, or its subject in the passive ('the deployment was approved by X'), or one coordinated with it."""
    tok = trig.tok
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ == "NOUN":
        tok = tok.head  # 'approved the deployment of X and the withdrawal of Y'
    return tok.pos_ == "NOUN" and tok.head.lemma_.lower() in LICENSING and trig.plover in MATERIAL_TYPES and (
        tok.dep_ == "dobj" or tok.dep_ == "nsubjpass")


def find_events(doc: Doc, actors: list[LocalActor], quote_spans: list[QuoteSpan],
                published: dt.date | None, quotes: list[Quote] = ()) -> list[EventMention]:
    """The events a parsed document states. `quotes`: its quotes with their speakers (`find_quotes`), who are
    the 'I' and 'we' of what they say."""
    # an unnamed spokesman's 'we' is the body he speaks for
    speakers = [(q.start, q.end, q.speaker_local_id if q.speaks_for_local_id is None else q.speaks_for_local_id)
                for q in quotes if not _generic_speaker(q.speaker_text)]
    idx = ActorIndex(doc, actors, quote_spans, speakers)
    dates = date_expressions(doc)
    ctx = _Context(doc, idx, DocDates(dates), published or infer_reference([e.text for e in dates]))
    triggers, reporting = _triggers(doc, idx)
    ctx.triggers = triggers
    out: list[EventMention] = []
    agreed: set[int] = set()
    for trig in triggers.values():
        if _is_theme(trig.tok, triggers) or _licensed(trig) or _alleged(trig.tok) or mod.is_question(trig.tok) or (
                mod.is_purpose(trig.tok) and not _protesting(trig)) or _taking_part(trig, triggers):
            continue
        gov = mod.governor(trig.tok)
        if mod.irrealis_governor(trig.tok, gov) and not _attempted_force(trig, gov):
            if _decided(trig, gov):
                agreed.add(gov.i)
                out.extend(_event(trig, ctx))  # 'the court decided to release X': released by the decision
            elif not _decided_that(trig, gov):
                out.extend(_commitment(trig, gov, triggers, agreed, ctx))
            continue
        if gov is not None and gov.i in triggers and infinitive(trig.tok):
            continue  # "an offer to support Haiti", "approved the troops to assist": the content of another event
        if trig.plover != "AGREE" and mod.aimed_at(trig.tok, SAYING):
            continue  # "is planning to travel to Oslo for talks": an aim further up than the governor
        relative = relative_light_verb(trig.tok.head) if trig.tok.head.i in triggers else None
        if relative is not None and relative.i == trig.tok.i and not _is_theme(trig.tok.head, triggers):
            continue  # "the sanctions that X imposed": the noun's event, its verb says who and when
        found = _event(trig, ctx)
        if gov is not None and _attempted_force(trig, gov) or _named_attempt(trig):
            for m in found:
                m.attempted = True
        out.extend(found)
    out.extend(_demands(ctx, reporting))
    out.extend(_quoted_judgements(ctx, speakers))
    out = _told_by_its_verb(out, doc)
    _harm_by_linked_attack(out, doc)
    _continued_scene(out, ctx)
    out = [m for m in out if _stated(m, quote_spans, actors, speakers)]
    out.sort(key=lambda m: (m.start, m.actor1 if m.actor1 is not None else -1, m.actor2 if m.actor2 is not None else -1))
    answer_accusations(out, doc)
    for m in out:
        m.agent_unresolved = m.actor1 is None and _pronoun_agent(doc, m)
    return out


# Types of an incident a text goes on telling in its next sentence: an attack, an arrest, a meeting
_INCIDENTS = {"ASSAULT", "COERCE", "CONSULT"}
# Words that set a sentence's act at another time or scene than the one before ('He was later killed', 'had earlier
# met', 'Meanwhile, 13 soldiers were killed', 'In a separate incident, ...')
_OTHER_SCENE = {"later", "earlier", "previously", "before", "after", "since", "then", "once", "formerly", "again",
                "meanwhile", "separately", "separate", "elsewhere", "subsequently", "afterwards", "afterward",
                "recently", "prior", "previous"}


def _continued_scene(out: list[EventMention], ctx: _Context) -> None:
    """An incident whose sentence states no time (or no place) continues the scene of the sentence before it in the
    same paragraph, where that sentence tells an incident of the same type and the two are linked: the same verb, an
    event noun of that type with 'the' ('Troops raided a camp near Y on Monday. Seven soldiers were killed in the
    raid'), or an actor of the one named in the other ('X visited Y on Monday. He met Z'). Both must be told as past
    deeds (not planned, going on or done before another: 'had attacked', 'is detained', 'has killed'), the earlier
    not in a relative clause (another act of whom it describes: 'X, which killed 67 in 2013, attacked Y'), and the later
    sentence has no time of its own and no word that sets its act at another time or scene ('He was later released',
    'In a separate incident'). A place only where the later sentence names none. The earlier incident need not be
    an event of the output (its victims may be unnamed: 'The students were shot on Thursday'), so its time and place
    are read from its own clause."""
    doc, text = ctx.doc, ctx.doc.text  # Doc.text is joined anew at each call
    for m in out:
        if m.event_type not in _INCIDENTS or m.event_date is not None and m.location is not None:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        tok = span.root
        sent = tok.sent
        if sent.start == 0 or not _past_deed(tok) or ctx.dates.in_sentences_of({tok.i}, doc) \
                or any(t.lower_ in _OTHER_SCENE for t in sent):
            continue
        before = doc[sent.start - 1].sent
        last = next((w for w in reversed(before) if not w.is_space), before[-1])
        if "\n" in text[last.idx + len(last.text):sent.start_char]:
            continue  # another paragraph
        t = next((t for t in before if t.i in ctx.triggers and ctx.triggers[t.i].plover == m.event_type), None)
        if t is None or not _past_deed(t) or t.dep_ == "relcl" or not _linked(t, tok, m, ctx):
            continue
        if m.event_date is None:
            date, precision, when = date_for({t.i}, doc, ctx.dates, ctx.ref, "past", event_type=m.event_type)
            if date is not None:
                m.event_date, m.date_precision, m.date_text = date, precision, when
        if m.location is None and not _place_named_in(sent, ctx.idx):
            m.location = location([t], ctx.idx, m.event_type)


def _past_deed(tok: Token) -> bool:
    """Whether the verb of a trigger's clause (the trigger, or the nearest verb above an event noun) tells a past deed:
    a simple past ('attacked'), a past passive ('was killed'); not a plan, a state, a deed going on or a perfect
    ('planning visits to Z', 'is detained', 'those launching attacks', 'has killed', 'had attacked')."""
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            if mod.modality(tok) is not None or mod.irrealis_governor(tok, mod.governor(tok)):
                return False
            aux = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
            if tok.tag_ == "VBD":
                return not aux
            return tok.tag_ == "VBN" and bool(aux) and set(aux) <= mod.PAST_BE
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _linked(before: Token, tok: Token, m: EventMention, ctx: _Context) -> bool:
    """Whether a sentence goes on telling the incident of a trigger in the sentence before it: the same verb ('were
    shot ... was shot in the chest'), a definite event noun of its type or its word ('killed in the raid'), or an
    actor of the event named in that sentence ('He met Z' after 'X visited Y')."""
    if before.lemma_.lower() == tok.lemma_.lower():
        return True
    if any(t.pos_ == "NOUN" and t.i in ctx.triggers and (ctx.triggers[t.i].plover == m.event_type
                                                         or t.lemma_.lower() == before.lemma_.lower())
           and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children) for t in tok.sent):
        return True
    named = {ctx.idx.by_token[i][0] for i in range(before.sent.start, before.sent.end) if i in ctx.idx.by_token}
    return bool({m.actor1, m.actor2} - {None} & named)


def _place_named_in(sent, idx: ActorIndex) -> bool:
    """Whether a sentence names a place of its own: a place actor ('attacked Belgorod') or a place after in/at/near."""
    return any(idx.by_token.get(w.i, (None, None))[1] == LOCATION or w.dep_ == "pobj" and w.head.lower_ in PLACE_PREPS
               and w.ent_type_ in PLACE_ENTITIES for w in sent)


# Personal pronouns: an active verb's subject that is one has an agent, a person or a body the text names elsewhere
# or not at all ('I support the plan' in an interview). Left unresolved, it is someone, not no one: two articles'
# 'I' or 'they' are no evidence of one agent (resolve.events joins no such words of support, blame or demand across
# articles on their target alone). In the 5,000-article corpus 2 events were so joined, both different speakers'
# answers to one interview question.
PERSONAL_PRONOUNS = {"i", "we", "you", "he", "she", "they"}


def _pronoun_agent(doc: Doc, m: EventMention) -> bool:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    tok = span.root if span is not None else None
    return tok is not None and tok.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.lower_ in PERSONAL_PRONOUNS for c in tok.children)


_PERSON_OR_BODY = TITLE_WORDS | ORG_NOUNS | GOVERNMENT_NOUNS | PEOPLE_NOUNS


_PERFECT = {"has", "have", "had"}


def _past_form(verb: Token) -> bool:
    """A past tense, or a participle with a perfect or past auxiliary ('has signed', 'was deployed'; not 'are
    deployed', 'to be signed')."""
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _PERFECT | mod.PAST_BE for c in verb.children)


def _owned_topic(verb: Token, idx: ActorIndex) -> Token | None:
    """The object of a verb of treating a topic ('discuss', 'debate': lexicon topic_verbs), where it is a thing named
    only through its owner ('discussed Benin's economy'), not a person or a body ('discussed Peru's government')."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb.lemma_.lower() in TOPIC_VERBS else None
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ or obj.lemma_.lower() in _PERSON_OR_BODY \
            or np_direct(obj, idx) is not None:
        return None
    return obj if any(c.dep_ == "poss" for c in obj.children) else None


_OCCASIONS = {"in", "during"}  # 'killed in an air strike', 'arrested during raids': the act is part of the occasion


def _told_by_its_verb(out: list[EventMention], doc: Doc) -> list[EventMention]:
    """An event noun that is the subject of a verb of its own type tells the verb's act, not another ('A US air strike
    on a village killed 18 people', 'Attacks by the ULFA killed eighty', 'The indictment alleges'; about 100 such
    subjects in the corpus, 47 of them attacks that killed), and so does one the verb's act happened in or during
    ('were killed in an Israeli air strike', 'arrested ten men during overnight raids'; 25 such pairs in the corpus,
    16 of them killings in strikes or attacks): one event, the verb's, which takes the noun's actors (not the
    target of an occasion: those killed in an attack on X need not be X), date and place where it has none (a
    report of the noun whose agent or target the verb's event contradicts stays an event of its own). GOLD: one entry
    per event."""
    by_start: dict[int, list[EventMention]] = {}
    for m in out:
        by_start.setdefault(m.start, []).append(m)
    told: set[int] = set()
    for k, m in enumerate(out):
        span = doc.char_span(m.start, m.end)
        tok = span.root if span is not None else None
        if tok is None or tok.pos_ != "NOUN":
            continue
        if tok.dep_ == "nsubj":
            verb = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in _OCCASIONS:
            verb = tok.head.head
        else:
            continue
        if verb.pos_ != "VERB":
            continue
        same = [v for v in by_start.get(verb.idx, ()) if v.event_type == m.event_type
                and v.actor1 in (None, m.actor1) and (v.actor2 is None or m.actor2 is None or v.actor2 == m.actor2)]
        if same:
            told.add(k)
            for v in same:  # the target of the attack an act happened in is not the act's ('killed two bystanders
                # in an attack on X' did not kill X)
                _take_roles(v, m, target=tok.dep_ == "nsubj")
    return [m for k, m in enumerate(out) if k not in told]


# what introduces the act of force a harm results from or happens in: 'killed when X shelled the town', 'wounded as X
# opened fire', 'killed after X attacked the bus', 'killed following a US air strike'
_RESULT_MARKS = {"when", "as", "while", "after", "following"}


def _harm_by_linked_attack(out: list[EventMention], doc: Doc) -> None:
    """A verb of force that names whom it harmed but no one who did it takes the agent of the act of force it results
    from: an act it is a participle of ('X opened fire on the car, injuring Y', 'abducting and murdering Y'), or one
    its clause of time introduces with no span between ('Y was killed when X shelled the town', 'after X attacked
    the bus', 'following an air strike by X'; not 'two days after', 'before'), where all such have one agent. Not a
    verb with a subject or agent of its own, not through a coordinated clause ('X raided the town, and Y was killed':
    not necessarily X), a relative clause or an apposition, nor where that agent is the one harmed. In the
    5,000-article corpus 15 harms bound to an attack in their sentence, 13 rightly (a hand check, 2026-12-06); a
    review found that binding of any two acts of one sentence wrong, and this narrower one gives 6, all rightly."""
    roots: dict[int, Token] = {}
    for m in out:
        span = doc.char_span(m.start, m.end)
        if span is not None:
            roots[id(m)] = span.root
    agents = [m for m in out if m.event_type == "ASSAULT" and m.actor1 is not None and id(m) in roots]
    for m in out:
        tok = roots.get(id(m))
        if m.event_type != "ASSAULT" or m.actor1 is not None or m.actor2 is None or tok is None \
                or tok.pos_ != "VERB" or any(c.dep_ in ("nsubj", "agent") for c in tok.children):
            continue
        doers = {v.actor1 for v in agents if v.actor1 != m.actor2 and _results_from(tok, roots[id(v)])}
        if len(doers) == 1:
            m.actor1 = doers.pop()


def _results_from(harm: Token, attack: Token) -> bool:
    """Whether the verb `harm` is a result or a part of the act of force `attack` (see `_harm_by_linked_attack`)."""
    if harm.head.i == attack.i and harm.tag_ == "VBG" and (
            harm.dep_ in ("advcl", "xcomp") or harm.dep_ == "conj" and attack.tag_ == "VBG"):
        return True  # 'opened fire, injuring Y'; 'abducting and murdering Y'
    if attack.dep_ == "advcl" and attack.head.i == harm.i and attack.pos_ == "VERB":
        marks = [c for c in attack.children if c.dep_ in ("mark", "advmod")]  # 'after' a mark, 'when' an adverb
        clause = marks + [attack]
    elif attack.dep_ == "pobj" and attack.head.head.i == harm.i and attack.pos_ == "NOUN":
        clause = [attack.head]  # 'killed following a US air strike'
    else:
        return False
    return any(t.lower_ in _RESULT_MARKS for t in clause) and not any(
        c.dep_ == "npadvmod" for t in clause for c in t.children)  # 'two days after X attacked'


def _forces_owners(tok: Token, idx: ActorIndex) -> set[int]:
    """The actors whose forces a trigger moves: of a forces noun that is its passive subject or object, that its
    participle modifies ('troops deployed in Y') or that its noun is 'of' ('the deployment of UN peacekeepers')."""
    moved = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
    if tok.dep_ == "acl":
        moved.append(tok.head)
    moved += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return {a for t in moved if names_forces(t) for a in np_actors(t, idx)}


def _take_roles(verb: EventMention, noun: EventMention, target: bool = True) -> None:
    """The noun's roles (its target too, with `target`), date and place where the verb's event has none (its
    confidence as `_mentions` reckons it)."""
    gained = 0.0
    if verb.actor1 is None and noun.actor1 is not None:
        verb.actor1, gained = noun.actor1, gained + 0.1
    if target and verb.actor2 is None and noun.actor2 is not None:
        verb.actor2, gained = noun.actor2, gained + 0.1
    if verb.event_date is None and noun.event_date is not None:
        verb.event_date, verb.date_precision, verb.date_text = noun.event_date, noun.date_precision, noun.date_text
        gained += 0.1
    verb.location = verb.location or noun.location
    verb.symmetric = verb.symmetric or noun.symmetric
    verb.confidence = round(min(verb.confidence + gained, 1.0), 2)


def _generic_speaker(text: str | None) -> bool:
    """A speaker named only by a noun of any kind of body ("the group said", "a spokesman for the company"),
    which quotes read more freely than events may (coref.ANY_BODY_NOUNS); not one named by name."""
    words = re.findall(r"[A-Za-z]+", text or "")
    return bool(ANY_BODY_NOUNS.intersection(w.lower() for w in words)) and not any(w[0].isupper() for w in words[1:])


def _stated(m: EventMention, quote_spans: list[QuoteSpan], actors: list[LocalActor],
            speakers: list[tuple[int, int, int | None]]) -> bool:
    """Whether an event is stated as fact: outside quotations, or inside one that names its actor1 ("We
    welcome that Peru signed", "Chile rejects the claim") or whose actor1 is its speaker ("We condemn the
    attack," the minister said). A quotation's events whose actor is a third-person pronoun or an actor
    named only outside it are mostly what speakers wish, fear or suppose ("it is time to support Ana",
    "they shoot at us"). Of 50 corpus events of all quotations read, 22 were real; of 50 naming their
    actor1 inside the quotation, 29; of 50 whose actor1 is the speaker's 'we' or 'I', 28."""
    span = next((q for q in quote_spans if q.start <= m.start < q.end), None)
    if span is None:
        return True
    if m.actor1 is not None and any(start <= m.start < end and who == m.actor1 for start, end, who in speakers):
        return True
    actor = next((a for a in actors if a.local_id == m.actor1), None) if m.actor1 is not None else None
    return actor is not None and any(span.start <= x.start and x.end <= span.end for x in actor.mentions)


# The PLOVER manual counts attempted violence as the act ("successful and attempted assassinations"): "tried
# to storm the building" is an assault; "did not try to" is none. (In the corpus: 16 "tried/attempted to"
# + kill, assassinate, storm, attack, bomb, kidnap.)
ATTEMPTS = {"try", "attempt"}


def _attempted_force(trig: Trigger, gov: Token) -> bool:
    return gov.lemma_.lower() in ATTEMPTS and gov.pos_ == "VERB" and trig.plover == "ASSAULT" \
        and mod.modality(gov) is None


# Words that name an act of force as tried, not (or not known to be) done: 'a failed assassination', 'attempted
# murder', 'an assassination attempt'. Such an act is an assault (PLOVER counts attempts), but a person it was aimed
# at may yet die in another: `resolve.events` joins no reports of a death through an attempt. (Not 'botched': a
# botched execution was carried out.) In the 5,000-article corpus it marks 6 ASSAULT events ('the failed
# assassination of' 3, 'attempted murder', a bombing, an attack), beside the 8 that 'tried to' marks.
ATTEMPT_MODIFIERS = {"failed", "attempted", "foiled", "thwarted", "abortive", "unsuccessful"}
ATTEMPT_NOUNS = {"attempt", "bid"}


def _named_attempt(trig: Trigger) -> bool:
    tok = trig.tok
    if trig.plover != "ASSAULT":
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in ATTEMPT_MODIFIERS for c in tok.children):
        return True  # 'the failed assassination of X', 'charged with attempted murder'
    return tok.dep_ == "compound" and tok.head.lemma_.lower() in ATTEMPT_NOUNS  # 'an assassination attempt on X'


def _protesting(trig: Trigger) -> bool:
    """'marched to the ministry to protest the fees', 'resigned to protest': an act done to protest is a
    protest (the purpose of other acts is not yet done: 'sent troops to help')."""
    act = trig.tok.head
    gov = mod.governor(act)
    return trig.plover == "PROTEST" and trig.source == CODEBOOK and trig.tok.pos_ == "VERB" \
        and trig.tok.dep_ == "advcl" \
        and mod.modality(act) is None and not (gov is not None and gov.lemma_.lower() in mod.IRREALIS_GOVERNORS)


def _demands(ctx: _Context, reporting: list[Token]) -> list[EventMention]:
    """REQUESTs, ACCUSEs and SUPPORTs stated as reports of what someone must do or did, or of what someone is
    (newsfacts.events.speech_acts)."""
    out = []
    for tok in reporting:
        if tok.i in ctx.triggers:
            continue
        alleged = allegation(tok, ctx.idx, ctx.triggers)
        for act in (demand(tok, ctx.idx), ("ACCUSE", alleged) if alleged is not None else None, judged(tok, ctx.idx)):
            if act is not None and mod.modality(tok) is None:
                out.extend(_mentions(Trigger(tok, act[0], SPEECH), act[1], [tok], ctx, None))
    return out


def _quoted_judgements(ctx: _Context, speakers: list[tuple[int, int, int | None]]) -> list[EventMention]:
    """ACCUSEs and SUPPORTs a speaker states in their own quotation as what a named actor is, in a sentence with no
    verb of saying (newsfacts.events.speech_acts.quoted_judgement)."""
    out = []
    for start, end, speaker in speakers:
        span = ctx.doc.char_span(start, end, alignment_mode="expand") if speaker is not None else None
        for tok in span if span is not None else ():
            act = quoted_judgement(tok, speaker, ctx.idx)
            if act is not None and mod.modality(tok) is None:  # the predicate says it: 'a liar', 'a great leader'
                word = next(c for c in tok.children if c.dep_ == "attr")
                out.extend(_mentions(Trigger(word, act[0], SPEECH), act[1], [tok], ctx, None))
    return out


def _roles(tok: Token, idx: ActorIndex, event_type: str | None = None) -> Roles:
    return noun_roles(tok, idx, event_type) if tok.pos_ == "NOUN" else verb_roles(tok, idx)


def _intended(tok: Token) -> str | None:
    """What intending the act a verb of intention intends is (AGREE, or THREATEN for force), where that act is a
    PLOVER act ('plans to send an envoy'), else None ('plans to launch a product'). The act is one in a sense the
    corpus hand check kept; one in an object pattern of the CAMEO dictionary even where the check dropped its group
    ('send an envoy', dropped with 'send a letter'; 'leave for talks'); or one whose object names a PLOVER act
    itself, which then types it ('plans to provide aid', 'to attend the talks', 'to expand its embargo'). A dropped
    default sense ('plans to increase fares', 'to introduce a product') is as rarely an event planned as done."""
    for c in tok.children:
        if c.dep_ != "xcomp" or c.pos_ != "VERB" or (found := sense(c)) is None or not (kind := refine(found)):
            continue
        kept, _ = vocabulary().curated(c.lemma_.lower(), kind, found.source)
        if kept is None and found.source != PATTERN and (kept := _object_act(c)) is None:
            continue
        committed = mod.commitment_type(kept or kind)
        if committed:
            return committed
    return None


def _object_act(verb: Token) -> str | None:
    """The type of the event noun the verb takes as its object or its theme's object ('provide aid', 'engage in
    talks', 'a package of aid'), or None."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in THEME_PREPS | {"in"}
                for g in c.children if g.dep_ == "pobj"]
    for o in objects:
        o = partitive_of(o)
        if o.pos_ == "NOUN" and (found := sense(o)) is not None and (kind := refine(found)):
            return kind
    return None


# Verbs of deciding, whose subject settles what it will do or what is the case
_DECIDING = {"decide"}
# Acts that a decision of the one who has the power to do them performs: a suspension, a ban, an endorsement, a
# refusal, a release or a resignation is done by deciding it ('the Commonwealth decided to suspend Fiji', 'the court
# decided to allow X to run', 'the party decided to support the constitution'), where an attack, a deployment, aid or
# a meeting has still to be carried out, a decision being an intention (CAMEO codes DECIDE as intent, 030). Of the 23
# event mentions 'decided to' gave the 5,000-article corpus, 11 had such an act as its complement, typed AGREE or
# THREATEN by the intention.
DONE_BY_DECIDING = {"SANCTION", "COERCE", "SUPPORT", "REJECT", "CONCEDE", "RETREAT"}


def _decided(trig: Trigger, gov: Token) -> bool:
    """An act of `DONE_BY_DECIDING` that its governor says was decided, as a fact ('decided to suspend', 'has
    decided to release'; not 'will decide whether to', 'did not decide to', 'may decide to')."""
    return gov.lemma_.lower() in _DECIDING and trig.plover in DONE_BY_DECIDING and infinitive(trig.tok) \
        and _past_form(gov) and mod.modality(gov) is None


def _decided_that(trig: Trigger, gov: Token) -> bool:
    """A clause of its own that a verb of deciding says is the case ('the court decided that X was shot'): what
    was found, no commitment to act; not one with a modal, which says what is to be done ('decided that Fiji should be
    suspended')."""
    kids = list(trig.tok.children)
    return gov.lemma_.lower() in _DECIDING and trig.tok.dep_ == "ccomp" and not infinitive(trig.tok) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids) and not any(c.tag_ == "MD" for c in kids)


def _commitment(trig: Trigger, gov: Token, triggers: dict[int, Trigger], agreed: set[int], ctx: _Context):
    """'plans to send an envoy', 'is ready to negotiate': the governor's subject commits to a cooperative
    act (AGREE: PLOVER's "willingness or commitment to cooperate"); to force, it threatens."""
    committed = mod.commitment_type(trig.plover)
    if gov.lemma_.lower() not in mod.AGREE_GOVERNORS or gov.i in triggers or gov.i in agreed or committed is None \
            or gov.pos_ not in ("VERB", "ADJ") or mod.modality(gov) in ("negated", "hypothetical") \
            or mod.modality(trig.tok) == "negated" \
            or any(c.dep_ == "mark" and c.lower_ == "whether" for c in trig.tok.children):
        return []  # "decided not to send troops", "will decide whether to send troops": no commitment to act
    agreed.add(gov.i)
    r = Roles(actor1=verb_roles(gov, ctx.idx).actor1[:1], actor2=_roles(trig.tok, ctx.idx).actor2)
    return _mentions(Trigger(gov, committed, CODEBOOK), r, [gov], ctx, None)


# Verbs of the law's dealing with an act after it: "indicted on Friday in the bombing", "questioned in the attack"
# name the case, not when or where the act happened
_PROCEEDINGS = {"arrest", "charge", "indict", "convict", "acquit", "sentence", "question", "detain", "jail",
                "imprison", "try", "prosecute", "interrogate", "investigate", "suspect", "accuse", "implicate",
                "want", "fine", "testify", "clear", "hold"}


def _scene_verb(noun: Token) -> Token | None:
    """The verb an event noun sets the scene of ('met Y on Monday at a summit with Z', 'took power with support
    from X', 'was wounded in an attack on Friday'): its time and place are the event's; not one it follows or
    precedes ('was arrested on Monday after the attack'), nor a proceeding on it ('was indicted on Friday in the
    bombing')."""
    head = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in SETTING_PREPS:
        return None
    verb = head.head
    if verb.pos_ != "VERB" or head.lower_ == "in" and verb.lemma_.lower() in _PROCEEDINGS:
        return None
    return verb


def _event(trig: Trigger, ctx: _Context) -> list[EventMention]:
    tok, event_type = trig.tok, trig.plover
    if event_type == "CONCEDE" and trig.source == PATTERN and resigning(tok) and _done(tok):
        event_type = "RETREAT"  # CAMEO's 'step down' (0831) is a resignation, which the gold guidelines call RETREAT
        # when done and CONCEDE when announced ('will step down', 'is stepping down next month')
    if event_type in GIVEN_TO_ANOTHER and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in tok.children):
        return []  # 'X defended himself', 'the forces defended themselves': support or aid is given to another (5 of
        # 5 such events in the 5,000-article corpus were self-justification or self-defence)
    modality = mod.modality(tok)
    own_mood = modality is not None or tok.pos_ != "NOUN"
    clause_roles = None  # a noun's roles under its own type, whose anchor verb may give it its mood
    if not own_mood:
        clause_roles = _roles(tok, ctx.idx, trig.plover)
        modality = mod.noun_mood(tok, clause_roles.anchor)  # 'will take part in talks'
    if modality == "negated" and event_type in mod.CONCESSION_TYPES and mod.is_negated_future(tok):
        event_type, modality = "REJECT", None  # "will not hand over the suspects"
    if modality in ("negated", "hypothetical"):
        return []
    if event_type in COOPERATIVE and mod.halted(tok):
        return []  # 'suspended its cooperation with X', 'cut off talks': the stopping is the event, not the talks
    if event_type == "AGREE":  # "vowed to attack": a commitment to force threatens
        committed = next((kind for c in tok.children if c.dep_ == "xcomp" and c.i in ctx.triggers
                          and (kind := mod.commitment_type(ctx.triggers[c.i].plover))), None)
        if committed is None and tok.lemma_.lower() in mod.INTENDING:
            committed = _intended(tok)
            if committed is None:
                return []  # "plans to launch a flight", "the planned estate": an intention, of no PLOVER act
        event_type = committed or event_type
    report = None
    if modality == "future":
        # what its actor announces it will do: a sanction is imposed ("said it would prohibit all aid"); an act
        # of force or protest, or any act made to hang on the other's compliance, threatens ("X said it will
        # boycott the vote", "will withdraw its troops unless Y agrees")
        report, compliance = mod.announcement(tok), mod.conditional(tok, {"unless"})
        if report is not None and (event_type in mod.FORCE | {"PROTEST"} or compliance):
            event_type = "SANCTION" if event_type == "SANCTION" and not compliance else "THREATEN"
        else:
            report, event_type = None, mod.future_type(event_type)
        if event_type is None:
            return []  # "will investigate", "will attack": planned, not done (a threat says so itself)
    r = clause_roles if clause_roles is not None else _roles(tok, ctx.idx, event_type)  # a visit to come: a visit's
    if event_type == "CONSULT" and tok.pos_ == "VERB" and r.actor2 and (topic := _owned_topic(tok, ctx.idx)):
        # what is discussed is no one met, nor is its owner ('discussed Benin's economy', 'discussed Iran's nuclear
        # programme'): the one met is the 'with' phrase's, if any
        r.actor2 = [a for c in (*tok.children, *topic.children) if c.dep_ == "prep" and c.lower_ == "with"
                    for a in pobj_actors(c, ctx.idx) if a not in r.actor1]
    if event_type == "CONSULT" and tok.pos_ == "VERB" and tok.lemma_.lower() == "host" and r.actor1 and r.actor2 \
            and not any(is_event_noun(c) for c in tok.children if c.dep_ == "dobj"):
        r.actor1, r.actor2 = r.actor2, r.actor1  # 'X hosted Y': Y visits X (GOLD: the visitor is actor1, the host 2)
    if event_type in SAID_TYPES and (speaker := speaker_of_added_act(tok, ctx.idx, r.actor1, r.actor2)):
        # 'X said the soldiers had crossed the border and praised the coast guard': X praised
        r.actor1, r.actor2 = speaker, [a for a in r.actor2 if a not in speaker]
    if event_type == "PROTEST" and not r.actor2 and _stops_work(tok) and (employer := _strikers_employer(tok, ctx)):
        # the strikers' employer is whom they strike against, though their noun named it ('Lufthansa pilots')
        r.actor1, r.actor2 = [a for a in r.actor1 if a not in employer], employer
    if event_type in _JUDGING_ACTS and tok.pos_ == "VERB" and r.actor2 and not r.direct \
            and tok.lemma_.lower() not in _LAYING_ON:
        r.actor2 = _judged_act_agent(tok, r, ctx)
    if modality == "future" and not r.actor1:
        return []  # "the treaty is scheduled to be signed": a promise needs the one who makes it
    themes = ctx.themes(tok)
    if not r.actor2:
        r.actor2 = _theme_counterpart(themes, event_type, r.actor1, ctx) or _eased_counterpart(tok, r.actor1, ctx)
    if not r.actor1:
        r.actor1 = _means_actor(tok, event_type, r.actor2, ctx)
    if event_type == "ASSAULT" and _verbal_attack(tok, r.actor1, r.actor2, ctx):
        event_type = "ACCUSE"
    if not r.actor2 and event_type in ("REQUEST", "ACCUSE"):
        r.actor2 = _clause_subject(tok, r.actor1, ctx)
    if not r.actor2 and event_type == "REJECT":  # 'a charge that X denied': whose charge it was
        r.actor2 = rejected_author(tok, r.actor1, ctx.idx, ctx.triggers)
    if not r.actor2 and r.actor1 and event_type in JUDGING:
        r.actor2 = _judged_owner(tok, r.actor1, ctx)
    if not r.actor2 and r.actor1 and resigning(tok):
        r.actor2 = _office_body(tok, r.actor1, ctx)
    if event_type == "SUPPORT" and not r.actor1 and tok.pos_ == "VERB" and adopts_legislation(tok):
        # a text adopted with no agent named: the body it is named by adopted it ('the UN resolution which was
        # passed'); whatever else names it is its subject ('the Iran sanctions law enacted in 2012'), no target
        names = text_names(tok, ctx.idx)
        owner = text_owner(names, ctx.idx)
        r.actor1 = [owner] if owner in r.actor2 else []
        r.actor2 = [a for a in r.actor2 if a not in {found for found, _ in names}]
    if event_type in ("MOBILIZE", "RETREAT") and not r.actor1 and r.actor2:
        r.actor1, r.actor2 = _moved_forces(tok, r.actor2, ctx)
    if event_type == "AID" and r.actor1 and not r.actor2 and tok.lemma_.lower() in SENDING and any(
            c.dep_ == "dobj" and names_forces(c) for c in tok.children):
        event_type = "MOBILIZE"  # forces sent to help no one named: sent somewhere, deployed ('sent warships to
        # the Red Sea', 'sent 6,500 soldiers to the state of X'); sent to a named country, they aid it
    if report is not None and not (r.actor1 and r.actor1[:1] == verb_roles(report, ctx.idx).actor1[:1]):
        return []  # announced by someone else: a forecast, not a threat or a sanction
    if claimed_of_another(tok, r.actor1, ctx.idx):
        return []  # alleged, not stated as done: the allegation is the event ("X alleged that Y killed Z")
    anchors = [tok] + ([r.anchor] if r.anchor is not None else []) + themes
    if r.anchor is None and tok.pos_ == "NOUN" and (light := light_verb_of(tok)) is not None:
        anchors.append(light)  # its owner acts, the verb tells when: "Italy began its withdrawal in May"
    if tok.pos_ == "NOUN" and (occurring := occurrence_verb(tok)) is not None:
        anchors.append(occurring)  # "the talks took place in Cairo on Monday"
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and event_type in ("SUPPORT", "AID") \
            and receiving(tok.head):
        # one gets backing or aid when it is given: "received the approval of the Senate on Wednesday" (not a
        # proposal one accepts, made before: "accepted a proposal made by Egypt last month")
        anchors.append(tok.head)
    scene = _scene_verb(tok) if r.anchor is None else None
    if tok.pos_ == "VERB" and (shared := shared_right_conjunct(tok)) is not None:
        anchors.append(shared)  # "shot and killed X in Y on Monday": the place and date are both verbs'
    if r.anchor is not None and mod.modality(r.anchor) in ("negated", "hypothetical"):
        return []
    found = _mentions(Trigger(tok, event_type, trig.source), r, anchors, ctx, modality, scene)
    if modality == "future" and not own_mood and trig.plover == "CONSULT":
        return [m for m in found if m.actor2 is not None]  # a meeting to come is promised to the one met, as a
        # meeting held needs one (`_allowed`)
    return found


def _verbal_attack(tok: Token, actor1: list[int], actor2: list[int], ctx: _Context) -> bool:
    """Whether an attack is made in words: one by people named on a person or an unarmed body named, with no word of
    force in its sentence ('X attacked the Labor party's tax cuts', 'Y focused his attacks on Z', 'attacked the
    newspaper group that owns the Standard'). CAMEO files such attacks as criticism (111: 'verbal attack', an attack
    on a policy or a decision). An attack on what no name is given ('attacked his neighbour', 'attacked the village',
    'attacked a convoy'), on armed forces or by a state stays an assault, and so does one with its harm, its arms
    or its claim in the sentence: another act of force or coercion, a noun of CAMEO's weapon class, a claim of
    responsibility. In the 5,000 articles this turns 8 attacks into criticism, all verbal (a looser test, any person's
    attack with no word of force, turned 23, but also armed attacks crime news tells without arms)."""
    attacks = [t for t in (tok, *ctx.themes(tok)) if t.lemma_.lower() == "attack"]  # 'stepped up his attack on X'
    if not attacks or not actor1 or not actor2 or any(ctx.idx.type_of(a) != PERSON for a in actor1) \
            or any(ctx.idx.type_of(a) not in (PERSON, ORG) or ctx.idx.actors[a].sector in _ARMED for a in actor2):
        return False
    weapons = vocabulary().classes.get("&WEAPON", frozenset())
    for t in tok.sent:
        if t.i == tok.i or t.lemma_.lower() in _ATTACK_WORDS:
            continue
        if t.i in ctx.triggers and ctx.triggers[t.i].plover in ("ASSAULT", "COERCE") \
                or t.lower_ in weapons or t.lemma_.lower() in weapons \
                or t.lemma_.lower() == "responsibility" and t.head.lemma_.lower() in ("claim", "take", "accept"):
            return False
    return True


# armed bodies, whose attackers fight them ('a commander attacked the army')
_ARMED = {"MIL", "COP", "REB", "CRM", "SPY"}


# the words of an attack itself, which CAMEO's weapon class also holds ('attack helicopter', 'assault rifle')
_ATTACK_WORDS = {"attack", "assault"}


# Stopping work: a strike is made against the employer of those who stop ('X's pilots went on strike', 'the staff of X
# began a strike') or the body it is held at ('the strike at X'), unless the text names another target
_STOPPAGES = {"strike", "walkout", "stoppage"}


def _stops_work(tok: Token) -> bool:
    """A word of stopping work: 'strike', 'walkout', or 'stop work' (CAMEO's pattern of a strike)."""
    return tok.lemma_.lower() in _STOPPAGES or tok.lemma_.lower() == "stop" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "work" for c in tok.children)


def _strikers_employer(tok: Token, ctx: _Context) -> list[int]:
    """The organization a strike is at ('a strike at X'), or that employs the unnamed people who strike: the body
    their noun says they work for (`Coref.body_of`: 'X's staff', 'employees of X', 'workers at X'), the active
    subject of the verb of striking, of the verb whose object the strike is ('began a strike') or of the verb it is
    'on' ('went on strike'). A country there is where, not whom ('Nigeria's oil workers')."""
    def organization(local: int | None) -> list[int]:
        return [local] if local is not None and ctx.idx.type_of(local) == ORG else []

    if tok.pos_ == "NOUN":
        at = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children if g.dep_ == "pobj"]
        found = [a for g in at for a in organization(ctx.idx.at(g))]
        if found:
            return found[:1]
    verb = None
    if tok.pos_ == "VERB":
        verb = tok
    elif tok.dep_ == "dobj":
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.dep_ == "prep":
        verb = tok.head.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subj is None or subj.pos_ != "NOUN" or ctx.idx.at(subj) is not None:
        return []  # strikers named themselves (a union), or none named
    return organization(ctx.idx.coref.body_of(subj))


# Acts of judging another's act: criticism, praise (`JUDGING`) and protest ('condemned the arrest of X', 'protested the
# killing of X', 'hailed the killing of X'); their target is whoever did the judged act, not the one it was done to.
# Not a denial, which answers an accusation ('denied the killing of X'), nor a request ('demanded the release of X').
_JUDGING_ACTS = (JUDGING - {"REJECT"}) | {"PROTEST"}
# 'blamed the attacks on X': the one blamed is named in the verb's own 'on' phrase, which the parser hangs on the act
_LAYING_ON = {"blame"}


def _judged_act_agent(tok: Token, r: Roles, ctx: _Context) -> list[int]:
    """The target of a verb of judging whose object is a harmful act (an event noun of force, coercion, sanction or
    threat) and whose actor2 was found inside that object: the act's agent ('Russia's arrest of X', 'the killing of
    X by the army'), or none where the text names none; the one the act was done to (X) is its victim, not the
    judged. Any other actor2 stays. (A noun of judging, 'the condemnation of the arrest of X', takes no target from
    inside its object in `noun_roles`.)"""
    for c in tok.children:
        obj = c if c.dep_ in ("dobj", "nsubjpass") else None  # a passive's subject is the active's object
        if c.dep_ == "prep" and c.lower_ in THEME_PREPS | {"against"}:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if obj is None or obj.i not in ctx.triggers or ctx.triggers[obj.i].plover not in HARM \
                or obj.pos_ != "NOUN":
            continue
        inside = {ctx.idx.at(t) for t in obj.subtree} - {None}
        if not set(r.actor2) & inside:
            continue
        agents = noun_roles(obj, ctx.idx, ctx.triggers[obj.i].plover).actor1
        return [a for a in agents if a not in r.actor1]
    return r.actor2


def _theme_counterpart(themes: list[Token], event_type: str, actor1: list[int], ctx: _Context) -> list[int]:
    """'held talks with Y', 'launched an attack on Y': the counterpart of an event noun of the verb's own
    type, its object, is the verb's actor2 (not where the noun is the subject: 'the talks were held')."""
    for th in themes:
        if th.dep_ == "dobj" and ctx.triggers[th.i].plover == event_type:
            found = [a for a in noun_roles(th, ctx.idx, event_type).actor2 if a not in actor1]
            if found:
                return found
    return []


def _judged_owner(tok: Token, actor1: list[int], ctx: _Context) -> list[int]:
    """'X's backing of Y was condemned by Z': the one whose act a passive verb of judging is about, its subject an
    event noun (who acts in it is the target), as the active verb's object gives it ('Z condemned X's backing')."""
    for c in tok.children:
        if c.dep_ == "nsubjpass" and c.i in ctx.triggers:
            found = [a for a in noun_roles(c, ctx.idx, ctx.triggers[c.i].plover).actor1 if a not in actor1]
            if found:
                return found[:1]
    return []


def _eased_counterpart(tok: Token, actor1: list[int], ctx: _Context) -> list[int]:
    """'lifted the embargo on Y', 'eased the sanctions against Y': the one the restriction was on."""
    ending = eased(tok)
    if ending is None or ending[0].i not in ctx.triggers:
        return []
    obj = ending[0]
    return [a for a in noun_roles(obj, ctx.idx, ctx.triggers[obj.i].plover).actor2 if a not in actor1]


def _means_actor(tok: Token, event_type: str, actor2: list[int], ctx: _Context) -> list[int]:
    """'was killed in a US air strike', 'were wounded in an attack by the Taliban', 'the attack Hamas carried out
    killed three': who carried out the event noun of the same type the verb happened in, by or through acted
    (the noun stays an event of its own)."""
    nouns = [noun for prep in tok.children if prep.dep_ in ("prep", "agent") and prep.lower_ in ("in", "by")
             for noun in prep.children]
    if tok.pos_ == "VERB":
        nouns += [c for c in tok.children if c.dep_ == "nsubj"]
    for noun in nouns:
        if noun.i in ctx.triggers and ctx.triggers[noun.i].plover == event_type and noun.pos_ == "NOUN":
            found = [a for a in noun_roles(noun, ctx.idx, event_type).actor1 if a not in actor2]
            if found:
                return found
    return []


# Leaving an office: its target is the body the office is in (PLOVER RETREAT; "the party's treasurer resigned").
RESIGNING = {"resign", "resignation", "quit"}


def resigning(tok: Token) -> bool:
    """A word of leaving an office: 'resign', 'resignation', 'quit', 'step down', 'stand down' (senses.steps_down)."""
    return tok.lemma_.lower() in RESIGNING or steps_down(tok)


def _done(verb: Token) -> bool:
    """A verb in a past or perfect form ('stepped down', 'has stepped down'), or a participle of a past clause ('ruled
    for 32 years, stepping down in 1998'): not a present or a progressive, which news use of what is to come ('is
    stepping down next month', 'steps down next week')."""
    if verb.tag_ in ("VBD", "VBN"):
        return True
    return verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in verb.children) and verb.head.tag_ in ("VBD", "VBN")


def _office_body(tok: Token, actor1: list[int], ctx: _Context) -> list[int]:
    """The body or country whose office the one who resigns leaves: named in the 'from' or 'as' phrase ('resigned
    from the board of X', 'as chairman of X') or in the title the subject gives the one who resigns ('X's
    treasurer Y', 'the President of X, Y', 'Y, an X leader')."""
    spans = [list(c.subtree) for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "as")]
    subj = subject(tok) if tok.pos_ == "VERB" else None
    if subj is not None:  # the subject's words, not those of a relative clause on it ('Y, who chaired X, resigned')
        relative = {t.i for c in subj.subtree if c.dep_ == "relcl" for t in c.subtree}
        spans.append([t for t in subj.subtree if t.i not in relative])
    for toks in spans:
        for t in toks:
            hit = ctx.idx.at(t)
            if hit is None and t.pos_ == "NOUN" and t.dep_ in ("poss", "pobj"):
                kind = ctx.idx.coref.kind(t)  # the body named before ('the party's treasurer', 'head of the company')
                hit = ctx.idx.coref.resolve(t) if kind in ("government", "organization") else None
                if hit is not None and kind == "organization" and not _sole_body(t, hit, ctx):
                    hit = None
            if hit is not None and hit not in actor1 and ctx.idx.type_of(hit) in (ORG, COUNTRY):
                return [hit]
    return []


def _sole_body(noun: Token, body: int, ctx: _Context) -> bool:
    """Whether the body the coreference helper gives an organization noun is the only one it can stand for: no other
    body named before with that word in its name ('the Labour Party and the Conservative Party ... the party's'), and
    no other of that kind spoken of by a proper modifier since ('Labour won ... Sunak said the Tory party had lost, and
    the party's chairman resigned')."""
    word = noun.lemma_.lower()
    if any(a.local_id != body and a.actor_type == ORG and word in a.name.lower().split()
           and any(m.end <= noun.idx for m in a.mentions) for a in ctx.idx.actors):
        return False
    last = max((m.tokens[1] for m in ctx.idx.actors[body].mentions if m.end <= noun.idx), default=0)
    return not any(t.lemma_.lower() == word and any(c.dep_ in ("compound", "amod")
                                                    and (c.pos_ == "PROPN" or c.ent_type_) for c in t.children)
                   for t in noun.doc[last:noun.i])


SENDING = {"send", "dispatch"}
MOVING_FORCES = {"deploy", "deployment", "redeploy", "redeployment", "withdraw", "withdrawal", "pullout"}


def _moved_forces(tok: Token, actor2: list[int], ctx: _Context) -> tuple[list[int], list[int]]:
    """(actor1, actor2) of a deployment or withdrawal whose moved forces name their owner ('the withdrawal of U.S.
    troops from Iraq', 'British troops were deployed in Basra'): the owner moves its forces, so it acts (the gold
    guidelines: 'a country's troops: that country'), toward or out of the place or body the 'to/into/in/from'
    phrase names; of a resignation, the one who resigns ('the resignation of X'); else the roles as they were."""
    moved = [g for c in tok.children if tok.pos_ == "NOUN" and c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"] + [c for c in tok.children
                                                           if tok.pos_ == "VERB" and c.dep_ == "nsubjpass"]
    # forces sent or pulled back, not people let go ('the release of X': X is freed, someone else acts)
    lemma = tok.lemma_.lower()
    moved = [m for m in moved if lemma in RESIGNING or lemma in MOVING_FORCES and names_forces(m)]
    # the owner is named before the forces or as one of them ('U.S. troops', 'troops of the UN'), not where they
    # go or come from ('troops from Iraq'), nor whose the one who resigns is ('X's chief of staff')
    inside = {t.i for m in moved for t in _modifiers(m)}
    named = {ctx.idx.at(tok.doc[i], places=True) for i in inside}
    owners = [a for a in actor2 if a in named]
    if not owners:
        return [], actor2
    where = [a for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "into", "in", "from")
             for t in c.subtree if t.i not in inside and (a := ctx.idx.at(t, places=True)) is not None
             and ctx.idx.type_of(a) in (ORG, COUNTRY) and a not in owners]
    return owners[:1], list(dict.fromkeys(where))[:1]



def _modifiers(head: Token) -> list[Token]:
    """A noun and the words before it or beside it in apposition, not its prepositional phrases or owner."""
    out = [head]
    for c in head.children:
        if c.dep_ in ("compound", "amod", "nmod", "appos", "conj", "det", "nummod"):
            out.extend(_modifiers(c))
    return out


def _clause_subject(tok: Token, actor1: list[int], ctx: _Context) -> list[int]:
    """'demanded that Israel guarantee ...', 'alleged that the army fired', 'demanded that he resign': who is to
    act, or is said to have acted, is the one a demand or an allegation is addressed to or made against: the active
    subject of its that-clause, or a passive one's 'by' agent ('alleged that he was tortured by police': the
    police; the one it is done to is no target). Of pronouns a person's only: 'it' and 'they' are as often a thing,
    a claim or the claimants themselves ('contend that it is an improvement')."""
    for c in tok.children:
        if c.dep_ == "ccomp":
            subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
            if subj is None and (by := agent_phrase(c)) is not None:
                subj = next((x for x in by.children if x.dep_ == "pobj"), None)
            if subj is not None and (subj.pos_ != "PRON" or subj.lower_ in PERSON_PRON):
                found = [a for a in np_actors(subj, ctx.idx) if a not in actor1]
                if found:
                    return found
    return []


# what one visits or hosts online (5 CONSULT events of the corpus had one as object, none a meeting): a website, or
# a site or page of the web ('the firm's Web site'; not 'the site of the factory')
ONLINE_PAGES = {"website", "webpage", "blog"}
WEB_WORDS = {"web", "internet", "online"}


def _online(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in ONLINE_PAGES or lemma in ("site", "page") and any(
        c.dep_ in ("compound", "amod") and c.lower_ in WEB_WORDS for c in noun.children)


def _allowed(trig: Trigger, r: Roles, a1: int | None, a2: int | None, idx: ActorIndex, place: str | None) -> bool:
    if a1 is None and (a2 is None or not r.direct):
        return False  # one named actor, in a role of the trigger itself
    if a1 is None and _subject_in(trig.tok, NATURAL_HAZARDS) or _subject_in(trig.tok, MARKET_NOUNS):
        return False  # "an earthquake struck Aceh", "U.S. stocks rallied": no actor's act
    if a1 is None and idx.type_of(a2) == GROUP:
        return False  # an unnamed group acted on by no one named ("Iraqi academics were killed"): no named actor
    if trig.plover == "CONSULT" and a2 is None:
        return False  # a meeting, visit or talk has a counterpart ("discussed the budget" is none)
    if trig.plover == "CONSULT" and any(c.dep_ == "dobj" and _online(c) for c in trig.tok.children):
        return False  # a web page is visited by reading it, with no one met ('visit the firm's web site')
    if trig.tok.lemma_.lower() in ADDRESSED and a2 is None:
        return False  # an offer, proposal or invitation is made to someone
    if trig.tok.lemma_.lower() in RECOGNIZING and a2 is None and not _names_a_place(trig.tok):
        return False  # a state or government is recognized ('the independence of Abkhazia'), not a need or a risk
    if trig.source == UNCHECKED and (a1 is None or (a2 is None and place is None)):
        return False  # a CAMEO sense the hand check did not cover: as PETRARCH codes it, a source and a target
    if trig.plover in REQUIRES_RECIPIENT and a2 is None:
        return False
    return not (trig.plover in COOPERATIVE and a1 is not None
                and _commercial(a1, a2, idx))


def _names_a_place(tok: Token) -> bool:
    """Whether what a verb or noun is of names a country or a place ('recognized the independence of Abkhazia',
    'the recognition of Kosovo')."""
    return any(t.ent_type_ in ("GPE", "LOC") for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "prep")
               for t in c.subtree)


def _subject_in(tok: Token, nouns: frozenset[str]) -> bool:
    """The verb's subject is one of `nouns`: a natural hazard or a market quantity (resources/lexicon
    natural_hazards.tsv, market_nouns.tsv), no actor."""
    subj = subject(tok) if tok.pos_ == "VERB" else None
    return subj is not None and subj.lemma_.lower() in nouns


def _commercial(a1: int, a2: int | None, idx: ActorIndex) -> bool:
    """A company acting toward no state or government body: business, not a PLOVER event."""
    if idx.actors[a1].sector != "BUS":
        return False
    other = idx.actors[a2] if a2 is not None else None
    return other is None or (other.actor_type != "COUNTRY" and other.sector not in ("GOV", "IGO", "MIL", "LEG"))


# sectors of a state's own bodies and officials that make protests of their own (the contract's sectors)
_PROTESTING_STATE = {"GOV", "MIL", "LEG", "JUD"}


# what a state does with a protest it makes ('lodged a protest with', 'made a formal protest to')
_PROTEST_LODGED = {"lodge", "file", "make", "issue", "send", "deliver", "register", "submit"}
_FORMAL = {"formal", "official", "diplomatic", "strong"}


def _state_protest(trig: Trigger, a1: int | None, idx: ActorIndex) -> bool:
    """A state's protest ('Japan formally protested the visit', 'the Vatican protested the arrests', 'lodged a
    diplomatic protest with China') is a complaint, ACCUSE; PLOVER's PROTEST is civilians' collective action. Only
    where the state itself protests: the finite verb, or the noun it lodges or owns; not a protest it takes
    part in, is the target of or calls something ('took part in a protest', 'in protest of China's rule')."""
    tok = trig.tok
    if trig.plover != "PROTEST" or tok.lemma_.lower() != "protest" or a1 is None:
        return False
    actor = idx.actors[a1]
    if not (actor.actor_type == "COUNTRY" or actor.sector in _PROTESTING_STATE):
        return False
    if tok.pos_ == "VERB":
        return not infinitive(tok) and tok.dep_ not in ("advcl", "xcomp", "acl", "pcomp")
    # an official's or a body's own protest ('her protest over the turnaround'); a country's is one held in it
    # ("Romania's largest protest")
    owned = actor.actor_type != "COUNTRY" and any(c.dep_ == "poss" for c in tok.children)
    return owned or any(c.dep_ == "amod" and c.lower_ in _FORMAL for c in tok.children) or (
        tok.dep_ == "dobj" and tok.head.lemma_.lower() in _PROTEST_LODGED)


def _mentions(trig: Trigger, r: Roles, anchors: list[Token], ctx: _Context, modality: str | None,
              scene: Token | None = None) -> list[EventMention]:
    """The event's mentions, one per pair of actors. `scene`: the verb whose scene the event noun sets, whose own
    time and place are the event's where the event's clause gives none."""
    tok = trig.tok
    places = {a2: location(anchors, ctx.idx, trig.plover, a2) for a2 in [None, *r.actor2]}
    found = [(a1, a2, sym) for a1, a2, sym in pairs(r, trig.plover)
             if _allowed(trig, r, a1, a2, ctx.idx, places.get(a2, places[None]))]
    if not found:
        return []
    if scene is not None and mod.modality(scene) is None:
        # only the verb's own locative phrase: what it acts on is no place of the event ('bombed a Sri Lankan base
        # in their first air attack')
        places = {a2: place or location([scene], ctx.idx, "", a2) for a2, place in places.items()}
    else:
        scene = None
    if not all(places.values()) and (where := where_clause(tok, ctx.idx)):
        places = {a2: place or where for a2, place in places.items()}  # "in Metz, where she accused X"
    # a speech act done by saying it is done when and where it is said: in one's own quotation ('"We condemn this,"
    # X said today') or in a reported clause of oneself or one's own body ('X said on Monday he was opposed'), a
    # promise too ('X announced in Y that his country will withdraw its troops': the concession is made there)
    said = said_in(tok, trig.plover) if modality in (None, "future") else None
    uttered = uttered_in(tok, ctx.idx.speakers) if modality is None else set()
    if not all(places.values()) and (where := _said_where({said.i} if said is not None else uttered, ctx)):
        places = {a2: place or where for a2, place in places.items()}  # "at a news conference in Y, X said he opposed"
    if trig.plover == "MOBILIZE":
        # forces moved are no target: their owner moves them ('British troops deployed in Helmand', 'Indian border
        # forces have been put on alert', 'the deployment of UN peacekeepers'; GOLD: a country's troops make it
        # actor1); 10 of the corpus's 21 MOBILIZE events with no actor1 had the forces' owner as actor2
        owners = _forces_owners(tok, ctx.idx)
        found = [(a2, None, sym) if a1 is None and a2 in owners else (a1, a2, sym) for a1, a2, sym in found]
    tense = "future" if modality == "future" else "past"
    event_date, precision, date_text = date_for({t.i for t in anchors}, ctx.doc, ctx.dates, ctx.ref, tense,
                                                {scene.i} if scene is not None else set(), trig.plover)
    if modality is None and date_text is not None and to_come(date_text):
        if _past_form(tok) or trig.plover in SAID_TYPES - {"SUPPORT"}:
            if trig.plover not in mod.PROMISES:
                event_date = precision = date_text = None  # a past act is not done next week, nor is what one
                # says ('accused X ahead of the summit next week', 'calls for talks next week'): the time is another
                # act's; a promise keeps the time of what it promises ('has scheduled a meeting for next week')
        else:
            # an act dated after the day of writing is still to come ('his visit to Y next week', 'X meets Y
            # tomorrow'): a meeting or help to come is promised (AGREE), other acts merely planned are none
            plover = mod.future_type(trig.plover)
            found = [f for f in found if f[0] is not None]
            if plover is None or not found:
                return []
            trig = Trigger(tok, plover, trig.source)
            event_date, precision, date_text = date_for({t.i for t in anchors}, ctx.doc, ctx.dates, ctx.ref,
                                                        "future", {scene.i} if scene is not None else set(), plover)
    if event_date is None and uttered:
        event_date, precision, date_text = date_for(uttered, ctx.doc, ctx.dates, ctx.ref, "past")
    if event_date is None and said is not None:
        event_date, precision, date_text = date_for({said.i}, ctx.doc, ctx.dates, ctx.ref, "past")
    sentence = tok.sent.text.strip()
    theme = next((t.lemma_.lower() for t in ctx.themes(tok)), None) if tok.pos_ in ("VERB", "AUX") else None
    base = CONFIDENCE.get(trig.source, 0.6) + 0.1 * (modality is None)
    out = []
    for a1, a2, sym in found:
        place = places.get(a2, places[None])
        if trig.plover == "CONSULT":
            a1, a2 = host_last(a1, a2, place, ctx.idx, tok)
        confidence = base + 0.1 * (a2 is not None) + 0.1 * (event_date is not None) - 0.1 * (a1 is None)
        event_type = "ACCUSE" if _state_protest(trig, a1, ctx.idx) else trig.plover
        out.append(EventMention(event_type, a1, a2, tok.text, tok.idx, tok.idx + len(tok.text), sentence,
                                event_date, precision, date_text, place,
                                round(max(0.1, min(confidence, 1.0)), 2), sym, trig.source, tok.lemma_.lower(),
                                theme=theme))
    return out
