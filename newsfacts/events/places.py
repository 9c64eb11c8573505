"""Where an event happened: the named place its clause gives ("in Mosul", "at the Airport of
Congonhas in Sao Paulo": the most specific, the first), as written in the text; for a military
move into or an assault on a named country or place with no such phrase, that place; for a physical
act on someone, the place the parser hung on its object ("killed three officers in Mosul") or a city
naming the event noun ("the Baghdad bombing")."""
from __future__ import annotations

from spacy.tokens import Token

from newsfacts import geo
from newsfacts.actors import COUNTRY, LOCATION
from newsfacts.actors.model import RESPONSIBLE, STORY
from newsfacts.events.phrases import ActorIndex, infinitive, is_event_noun
from newsfacts.events.responsible import names_forces
from newsfacts.events.roles import light_verb_of, subject
from newsfacts.lexicon import PLACE_AFTER, PLACE_BEFORE, PLACE_HEADS, TOPIC_VERBS, VISITING
from newsfacts.nlp import conjuncts, entity_of

PLACE_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout"}
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
OCCASION_PREPS = {"during"}  # with an event noun only: "during talks in Geneva"
SIMULTANEOUS = {"when", "while", "as"}
ON_TERRITORY = {"ASSAULT", "MOBILIZE"}  # types that happen where their target is
_PLACE_NOUNS = PLACE_BEFORE | PLACE_AFTER | PLACE_HEADS  # nouns of places ('the city of X', 'the outskirts of X')
# types of physical acts on someone, which happen where that one is: the parser hangs the place on the object
# as readily as on the verb ('killed three officers in Mosul', 'detained a leader at the airport', 'met the
# envoy in Paris'); a statement about someone somewhere does not ('criticized the government in Kabul')
WHERE_THE_OBJECT_IS = {"ASSAULT", "COERCE", "MOBILIZE", "AID", "CONSULT", "RETREAT"}
# acts of force on someone, done where the one who does them is (not a withdrawal or aid decided far away)
FORCE_ON_PEOPLE = {"ASSAULT", "COERCE"}


# the prepositions of what an event noun or a verb is done on, at or with ('the attack on Y', 'fired at a convoy')
_OBJECT_PREPS = {"NOUN": ("of", "with", "on", "against"), "VERB": ("on", "against", "at", "with")}


def _acted_on(c: Token, trig: Token, event_type: str, second: bool) -> bool:
    """Whether a child of the trigger (or of an event noun it governs) says what the act is done on, where the
    parser may hang the act's place: its object or passive subject; a noun the parser coordinated with a verb that
    has an object, a second object ('killed a chief and two officers'); what a verb is done on, at or with ('dropped
    bombs on a stronghold in Y', 'fired at a convoy near Y', 'met with X in Y'); the counterpart of the event noun it
    governs ('held talks with X in Y'); and the agent or cause of an act of force, passive or a noun ('killed by a
    bomb in Y', 'detained by police in Y', 'the arrest of X by police in Y')."""
    if c.dep_ in ("dobj", "nsubjpass"):
        return True
    if c.dep_ == "conj":
        return second and c.pos_ == "NOUN"
    if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" and trig.pos_ == "NOUN":
        return event_type in FORCE_ON_PEOPLE  # 'killed by troops in Y', 'the arrest of X by police in Y'
    if c.dep_ != "prep":
        return False
    return c.lower_ in _OBJECT_PREPS.get(trig.pos_, ()) or c.lower_ in ("with", "between") and c.head.i != trig.i


# places a body may keep outside its own land: 'Russia's naval base' need not be in Russia
_KEPT_ABROAD = {"base", "airbase", "camp", "headquarters", "embassy", "consulate"}


def place_name(tok: Token, idx: ActorIndex, depth: int = 0, owners: bool = True) -> str | None:
    """The place a noun phrase names: a place actor or place entity at its head or in its name,
    or the place it is "of" ("the city of Mosul"); with `owners`, else the place that has a place noun ("Sri
    Lanka's eastern region")."""
    hit = idx.at(tok, places=True)
    if hit is not None and idx.type_of(hit) in (LOCATION, COUNTRY):
        m = next((m for m in idx.actors[hit].mentions if m.tokens[0] <= tok.i < m.tokens[1]), None)
        if m is None or m.kind != RESPONSIBLE:  # a country's police or troops are its people, not a place of it
            return m.text if m is not None else idx.actors[hit].name
        hit = None
    if hit is None and tok.ent_type_ in PLACE_ENTITIES:
        ent = entity_of(tok, PLACE_ENTITIES)
        if ent is not None:
            words = [t for t in ent if t.lower_ != "the"]
            return tok.doc[words[0].i:words[-1].i + 1].text if words else None
    if depth >= 2:
        return None
    place_noun = bool({tok.lower_, tok.lemma_.lower()} & _PLACE_NOUNS)
    for c in tok.children:
        # the place a place noun is of ('the city of Mosul', 'the outskirts of Kabul'), not whose another noun is ('at
        # the behest of the Kenyan government')
        if c.dep_ in ("compound", "appos") or (c.dep_ == "prep" and c.lower_ == "of" and place_noun):
            for t in ([c] if c.dep_ != "prep" else [g for g in c.children if g.dep_ == "pobj"]):
                name = place_name(t, idx, depth + 1, owners)
                if name:
                    return name
    # else the place that has it ('in Sri Lanka's eastern region', 'at Rome's airport'), not one whose other thing it
    # is ('at Kenya's request')
    owner = next((c for c in tok.children if c.dep_ == "poss"), None) \
        if place_noun and owners and tok.lemma_.lower() not in _KEPT_ABROAD else None
    return place_name(owner, idx, depth + 1) if owner is not None else None


def _targets(tok: Token, event_type: str = "") -> list[Token]:
    """What a verb acts on (its object) or an event noun is of, against or (a visit) to ("the invasion of Iraq");
    for a move of forces, not the forces moved ("deployed troops to Iraq", "the deployment of US troops"), but where
    they go or what they hold ("patrolled Basra")."""
    if tok.pos_ == "VERB":
        found = [c for c in tok.children if c.dep_ == "dobj"]
        preps: tuple[str, ...] = ("to", "into") if event_type == "MOBILIZE" else ()
    else:
        found = []
        preps = ("of", "on", "against", "into") + (("to",) if tok.lemma_.lower() in VISITING or event_type == "MOBILIZE"
                                                   else ())
    found += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]
    if event_type == "MOBILIZE":
        found = [t for t in found if not names_forces(t)]
    return found


def _own_place(tok: Token, idx: ActorIndex) -> str | None:
    """The place a noun phrase names, else the one its own locative phrase gives ('the plant in Derby'), else the
    place that has it ('Syria's airport in Damascus': Damascus; 'Sri Lanka's eastern region': Sri Lanka)."""
    return place_name(tok, idx, owners=False) or _place_phrase(tok, idx, 1) or place_name(tok, idx)


def _place_phrase(tok: Token, idx: ActorIndex, depth: int = 0) -> str | None:
    """The place of a locative phrase hanging from `tok` ("in Mosul", "at the Airport of Congonhas"), or of
    the locative phrase of its unnamed place ("at his home in Fresno", "outside a mosque in Kirkuk"), or of
    the occasion it happened at or during ("at a summit in Hanoi", "during his visit in Delhi", "killed in an
    air strike in Fallujah": the occasion is no place, its own phrase is)."""
    broader = None  # the place that has a place noun ('in Spain's Basque region'), where no phrase names one inside
    for c in tok.children:
        if c.dep_ == "prep" and (c.lower_ in PLACE_PREPS or c.lower_ in OCCASION_PREPS):
            for gc in c.children:
                if gc.dep_ != "pobj":
                    continue
                occasion = is_event_noun(gc)
                if occasion or c.lower_ not in PLACE_PREPS:
                    name = _place_phrase(gc, idx, depth + 1) if occasion and depth == 0 else None
                else:
                    name = place_name(gc, idx, owners=False) or (
                        _place_phrase(gc, idx, depth + 1) if depth == 0 else None)
                    broader = broader or place_name(gc, idx)
                if name:
                    return name
    return broader


def _clause_place(tok: Token, idx: ActorIndex) -> str | None:
    """The place of the clause a verb's own clause is part of, or of the clause that says when it happened: a
    participle or a 'while/when/as' clause happens where its head does ("a bomb exploded in Y, killing X", "in Y,
    a man killed himself while targeting X"), and an act happens where the 'when/as/while' clause that times it
    does ("were killed when their helicopter crashed near Y"); not a clause of cause, contrast or another time
    ("since", "because", "after": another act, elsewhere)."""
    if tok.pos_ != "VERB":
        return None
    for c in tok.children:
        # the timing clause tells of the act's own participants ('when it crashed', 'as she left'), not of others
        # ('as the protests went on in Y, X lodged a complaint')
        subj = subject(c)
        if c.dep_ == "advcl" and (_mark(c) in SIMULTANEOUS and (subj is None or subj.pos_ == "PRON")
                                  or _participle(c)):
            name = _place_phrase(c, idx)
            if name:
                return name
    mark = _mark(tok)
    if tok.dep_ == "advcl" and tok.head.pos_ in ("VERB", "AUX") and (
            mark in SIMULTANEOUS and (mark == "when" or subject(tok) is None)  # 'while' or 'as' with a subject of
            # its own sets two acts side by side ('X shelled Y, while Z fired on W'; 'as Z cracked down'), each with
            # its own place
            or _participle(tok)):
        return _place_phrase(tok.head, idx)
    if _purpose_of_presence(tok):
        return _place_phrase(tok.head, idx) or next(
            (name for c in tok.head.children if c.dep_ == "dobj" for name in [_place_phrase(c, idx)] if name), None)
    return None


def _purpose_of_presence(clause: Token) -> bool:
    """A purpose clause ('to' and a verb, no subject of its own) of a verb that only puts its subject somewhere, one
    with no object or with an event for object: what the gathering is for happens where it gathers ("marched in Y to
    protest", "met in Y to discuss", "held a rally in Y to demand"). A verb that acts on someone ('urged X in Y to
    act', 'called on X to act') sends the purpose elsewhere. In the 5,000 articles' parses 51 purpose clauses with an
    event sense hang from a verb with a place phrase; 4 events of the corpus gain their place so, all rightly."""
    return clause.dep_ == "advcl" and clause.head.pos_ == "VERB" and subject(clause) is None and infinitive(clause) \
        and not any(c.dep_ in ("dobj", "dative") and not is_event_noun(c) or c.dep_ == "prep" and c.lower_ in ("to", "on")
                    and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in clause.head.children)


def _adverbial(tok: Token) -> bool:
    """A verb's 'on'/'at' phrase that says when or on whose word, not what the act is done on: a time, or a noun
    with an 'of' phrase ('on the orders of the generals', 'at the request of X')."""
    return tok.ent_type_ in ("DATE", "TIME") or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _participle(clause: Token) -> bool:
    """A participle clause with no word to introduce it and no subject of its own: it shares its head's subject
    ('Speaking in Y, X promised', 'X exploded in Y, killing Z')."""
    return _mark(clause) is None and clause.tag_ in ("VBG", "VBN") and subject(clause) is None


def _subject_place(verb: Token, idx: ActorIndex) -> str | None:
    """Where the subject of a verb is said to be: the act of 'police in Y', 'a court in Y', 'rebels in Y' is theirs
    there."""
    if verb.pos_ != "VERB":
        return None
    subj = subject(verb)
    if subj is None or subj.dep_ != "nsubj" or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in subj.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at"):
            for g in c.children:
                if g.dep_ == "pobj" and not is_event_noun(g):
                    name = _own_place(g, idx)  # 'workers at the plant in Derby'
                    if name:
                        return name
    return None


def _mark(clause: Token) -> str | None:
    """The word that introduces an adverbial clause ('when', 'while', 'because'), if any."""
    return next((c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod") and c.i < clause.i), None)


def where_clause(tok: Token, idx: ActorIndex) -> str | None:
    """The place a 'where' clause the trigger's clause is (or continues) hangs from: "in the suburbs of Paris, where
    residents set fire to cars and shot at police" (247 such clauses in the cached parses); none for a verb there that
    reports something ("where he alleges he was tortured": the place is the torture's, not the allegation's) nor for an
    event the clause dates another by ("where X was hanged hours before Y's execution")."""
    for _ in range(6):  # up to the verb of the trigger's clause, and on through coordinated verbs
        if tok.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in tok.children):
            return None if any(c.dep_ == "ccomp" for c in tok.children) else place_name(tok.head, idx)
        if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX") and tok.dep_ != "conj" \
                or tok.dep_ == "prep" and tok.lower_ in ("before", "after", "since", "until", "following"):
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "ccomp" for c in tok.children):
            return None
    return None


def location(anchors: list[Token], idx: ActorIndex, event_type: str, actor2: int | None = None) -> str | None:
    for t in anchors:
        name = _place_phrase(t, idx)
        if name:
            return name
    if event_type in ON_TERRITORY or event_type == "CONSULT" and anchors[0].lemma_.lower() in VISITING:
        # an assault on, a move into or a visit to a named place happens there
        targets = [t for x in _targets(anchors[0], event_type) for t in conjuncts(x)]
        if actor2 is not None:  # of coordinated targets ("the invasion of Afghanistan and Iraq"), this event's
            targets = [t for t in targets if idx.at(t, places=True) == actor2] or targets
        for t in targets:
            name = _own_place(t, idx)
            if name:
                return name
    trig = anchors[0]
    # an event noun is done by the subject of its light verb, where that subject is ('students in Y began a series of
    # protests', 'police in Y launched a crackdown')
    carrier = light_verb_of(trig) if trig.pos_ == "NOUN" else None
    name = _clause_place(trig, idx) or _subject_place(trig, idx) or (
        _subject_place(carrier, idx) if carrier is not None else None)
    if name:
        return name
    if event_type in FORCE_ON_PEOPLE and trig.dep_ == "advcl" and _participle(trig) and trig.head.pos_ == "VERB":
        # force done in the course of its head's act is done where the head acts on its object ('opened fire on
        # protesters in Y, killing X', 'raided a house in Y, arresting X')
        for c in trig.head.children:
            for obj in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"]
                        if c.dep_ == "prep" and c.lower_ in ("on", "at") else []):
                name = _place_phrase(obj, idx)
                if name:
                    return name
    if event_type in WHERE_THE_OBJECT_IS and trig.lemma_.lower() not in TOPIC_VERBS:
        kids = list(trig.children)
        second = any(c.dep_ == "dobj" for c in kids)
        held = [n for n in anchors[1:] if n.pos_ == "NOUN" and n.head.i == trig.i]
        kids += [c for n in held for c in n.children if c.dep_ == "prep" and c.lower_ in ("with", "between")]
        for obj in (c for c in kids if _acted_on(c, trig, event_type, second)):
            # the phrase may hang on the last of coordinated objects ('killed a police chief and two officers in Mosul')
            for t in (c for o in ([obj] if obj.dep_ not in ("prep", "agent")
                                  else [g for g in obj.children if g.dep_ == "pobj"])
                      for c in conjuncts(o)):
                if obj.dep_ == "prep" and obj.head.i == trig.i and trig.pos_ == "VERB" and _adverbial(t):
                    continue  # 'on the orders of X in Y', 'at dawn': when or why, not what the act is done on
                name = _place_phrase(t, idx)
                if name:
                    return name
        if trig.pos_ == "NOUN":  # "the Baghdad bombing"; a country before the noun is who acts ("the US strike")
            for c in trig.children:  # unless it is what the act is on ("the Iraq invasion")
                if c.dep_ == "compound":
                    hit = idx.at(c, places=True)
                    if hit is not None and (idx.type_of(hit) == LOCATION or hit == actor2):
                        return place_name(c, idx)
    return None


# Words of a meeting held at a distance, whose place is one side's only ('spoke by phone in Tehran with Putin')
_AT_A_DISTANCE = {"phone", "telephone", "videoconference", "video", "videolink", "teleconference", "call"}


def host_last(a1: int | None, a2: int | None, place: str | None, idx: ActorIndex,
              trig: Token | None = None) -> tuple[int | None, int | None]:
    """A meeting's actors with the host second (GOLD: the visitor is actor1, the host actor2): where the meeting's
    place lies in the country of actor1 and not of actor2, actor1 hosts ('X met Y in Brasilia', 'talks between
    Russian and Iranian officials in Moscow', 'Rice ... at a news conference in Washington with Livni'). The place's
    country is its actor's in the document ('Valencia, Spain': Spain's), else the gazetteer's; only countries the
    text gives (not a story's default) count; not a call ('spoke by phone in Tehran with Putin'). In the corpus 8
    meetings turn so, all rightly."""
    if a1 is None or a2 is None or not place:
        return a1, a2
    if trig is not None and any(t.lemma_.lower() in _AT_A_DISTANCE for t in [trig, *trig.subtree]):
        return a1, a2
    here = next((a.country for a in idx.actors if a.actor_type in (LOCATION, COUNTRY)
                 and any(m.text == place for m in a.mentions)), None) \
        or geo.country_code(place) or geo.place_code(place) or geo.city_code(place)
    first, second = idx.actors[a1], idx.actors[a2]
    if here and first.country == here and second.country and second.country != here \
            and STORY not in (first.country_source, second.country_source):
        return a2, a1
    return a1, a2
