"""Constructions in which a trigger word does not state its event, whatever its actors.

- A verb of acknowledging with a that-clause and no object reports a fact ("confirmed that ...",
  "welcomed that ...": a statement, not support); "warned that the economy will slow", "warned of
  delays": a forecast, unless what is warned of is the warner's own action ("warned it would retaliate").
- "asked" without "for" or a to-infinitive asks a question ("she asked whether ...").
- "release" and "free" are a RETREAT only for people ("released the hostages", not "a report"); an
  "execution" of someone or something is a killing only of people ("the execution of two prisoners",
  not "of the plan"), and "execute" only with people as object ("executed two prisoners", not "a warrant").
- A noun that names a thing in a compound ("press release", "call centre"); a "strike" by a means of
  force ("air strike", "missile strike") is an attack, not a walkout.
- "seek" with a to-infinitive states an aim ("seeks to expand"), not a request; "call" that names ("called
  the plan a mistake", "a company called Acme") asks for nothing.
- "agree" with no clause endorses ("agreed with the plan"): SUPPORT, not AGREE; what is agreed to, on
  or upon is an agreement ("agreed to a ceasefire", "agreed on a plan", "a deal agreed last week"): AGREE;
  "agree" with nothing agreed with or to ("I agree", "the premier agrees") is no event.
- Commerce is not a PLOVER event: a cooperative act whose object is a commercial thing ("signed a
  contract", "agreed to buy"), or an order of goods ("ordered 50 aircraft").
- An order of a thing or task, not of people or an act, asks no one to act ("ordered a review").
- Refusing to say ("declined to comment", "refused to confirm or deny") is no rejection: CAMEO codes
  "decline comment" 011, a statement, for which "comment" stands for every verb of saying.
- "fire" shoots only with a weapon or what it shoots as object, a target ("fired on the crowd") or
  no object ("troops fired"): "fired the minister", "was fired from his job" dismiss, "fired back" retorts.
- "charge" accuses only as a charge against someone: "in charge of", "took charge" name a responsibility,
  and a charge of an amount ("charges a 2% fee", "a $5 million charge") is a price.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from newsfacts.events import modality as mod
from newsfacts.events.senses import Trigger, joint_act, noun_sense, particle, partitive_of
from newsfacts.events.speech_acts import REPORTING
from newsfacts.events.vocabulary import CODEBOOK, COOPERATIVE, PATTERN, SPEECH, nominal_bases, vocabulary, word_list
from newsfacts.events.phrases import (ACTOR_ENTITIES, GROUP_PRON, PERSON_PRON, infinitive, is_event_noun,
                                      names_a_role_or_body, rules_out, someone)
from newsfacts.events.responsible import agent_sector, names_forces
from newsfacts.events.roles import inherited_subject, is_passive, own_words, passive_marked, subject
from newsfacts.lexicon import (GOVERNMENT_NOUNS, NATURAL_HAZARDS, PEOPLE_NOUNS, PLACE_BEFORE, PLACE_HEADS,
                               STORM_WORDS, TITLE_WORDS, is_given_name, organization_nouns)

ACKNOWLEDGE = {"confirm", "concede", "acknowledge", "recognize", "recognise", "welcome", "accept", "admit", "note"}
PEOPLE_ENTITIES = {"PERSON", "ORG", "NORP"}
AGREED_ON = {"to", "on", "upon"}  # "agreed to a ceasefire", "agreed on a plan" (not "agreed with Y")
THING_COMPOUNDS = {("press", "release"), ("news", "release"), ("call", "centre"), ("call", "center"),
                   # a telephone call 'for' someone, a warning 'for' someone: no call for something
                   ("phone", "call"), ("telephone", "call"), ("conference", "call"), ("wakeup", "call"),
                   ("wake", "call")}


def _signed(tok: Token, objs: list[Token]) -> list[Token]:
    """What a verb of signing signs: its objects (`_objects`: its object or passive subject), or the noun its
    participle modifies ('a letter signed by 89 colleagues')."""
    return objs + ([tok.head] if tok.dep_ == "acl" else [])


def _guest(obj: Token) -> bool:
    """What one hosts as a meeting: someone (a name, people, a title or a body: 'the Japanese prime minister', 'a
    Hamas delegation') or a meeting itself ('hosted the talks')."""
    return someone(obj) or is_event_noun(obj)


def _objects(tok: Token) -> list[Token]:
    return [partitive_of(c) for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]


def _has_clause(tok: Token) -> bool:
    return any(c.dep_ == "ccomp" for c in tok.children)


def _to_infinitive(tok: Token) -> bool:
    return any(c.dep_ in ("xcomp", "ccomp") and infinitive(c) for c in tok.children)


def _people(tok: Token) -> bool:
    return tok.ent_type_ in PEOPLE_ENTITIES or tok.lemma_.lower() in PEOPLE_NOUNS


def _cooperation(tok: Token) -> bool:
    """A noun of cooperation, support or aid ('its support', 'the aid', 'cooperation')."""
    found = vocabulary().noun(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
    return found is not None and found.plover in ("SUPPORT", "AID", "COOPERATE")


def _own_action(warn: Token) -> bool:
    """'X warned (that) it would retaliate': the warned-of clause's subject is the warner."""
    for c in warn.children:
        if c.dep_ == "ccomp":
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ in PERSON_PRON | GROUP_PRON | {"we", "i"}:
                return True
    return False


# verbs of taking something by force, which the codebook types COERCE (seizing people or goods); of ground
# they are fighting (CAMEO 1953 'occupy territory'): of the 24 corpus events they retype or add so, 20 are
CONQUERING = {"capture", "seize", "retake", "recapture", "overrun", "take"}
# places held by force that the place word lists leave out
STRONGHOLDS = {"stronghold", "outpost", "garrison", "checkpoint", "enclave", "oilfield"}
# a share of ground: 'seized control of Gaza', 'captured part of the stronghold'
_SHARE = {"control", "part", "parts", "most", "much", "half", "rest"}


def _territory(obj: Token, share_only: bool = False) -> bool:
    """A place held by force: a place noun ('the town', 'the base', 'rebel strongholds') or a named place, also after a
    share of it ('control of the city', 'part of Mogadishu'; with `share_only`, only so: 'took control of the town',
    not 'took his position'); 'took part', 'took control' alone are none."""
    if obj.lemma_.lower() not in _SHARE:
        heads = [] if share_only else [obj]
    else:
        heads = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]
    return any(h.lemma_.lower() in PLACE_BEFORE | PLACE_HEADS | STRONGHOLDS or h.ent_type_ in ("GPE", "LOC", "FAC")
               for h in heads)


def refine(trig: Trigger) -> str | None:
    """The trigger's type in its construction, or None where the construction states no event."""
    tok, lemma, t = trig.tok, trig.tok.lemma_.lower(), trig.plover
    verb = tok.pos_ == "VERB"
    if tok.lower_ in ("according", "regarding", "concerning", "including", "following", "excluding"):
        return None  # prepositions that the tagger reads as verbs: "according to", "following the talks"
    if tok.lower_ == "opposed" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "as":
        return None  # "as opposed to": a preposition (24 times in the corpus), no one opposes anything
    objs = _objects(tok)
    if verb and lemma in ACKNOWLEDGE and _has_clause(tok) and not objs:
        return None
    if verb and lemma == "warn" and not any(o.ent_type_ in PEOPLE_ENTITIES | {"GPE"} for o in objs) \
            and not _own_action(tok):
        return None
    if verb and lemma == "ask" and particle(tok) != "for" and not any(
            c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) and not _to_infinitive(tok):
        return None
    if lemma in ("release", "free") and t == "RETREAT":
        theme = objs if verb else _noun_theme(tok)
        # people are released: not a body's name ('released the Budget', 'released its annual report', which NER
        # may take for an organization)
        if not any(_people(o) and o.ent_type_ != "ORG" for o in theme):
            return None
    theme = _noun_theme(tok, "poss") if lemma == "execution" else []
    if theme and not any(_people(o) or o.lower_ in PERSON_PRON | GROUP_PRON for o in theme):
        return None
    if verb and lemma == "execute":  # people are executed; plans, warrants and orders are carried out
        theme = objs + ([tok.head] if tok.dep_ == "acl" else [])
        if not any(_people(o) or o.lower_ in PERSON_PRON | GROUP_PRON | {"who", "whom"} for o in theme):
            return None
    if not verb and any(c.dep_ in ("compound", "amod") and (c.lower_, lemma) in THING_COMPOUNDS for c in tok.children):
        return None
    if not verb and lemma == "strike" and any(
            c.dep_ in ("compound", "amod") and c.lower_ in word_list("force_modifiers.txt") or
            # a strike 'against'/'on' a country or city is an attack on it ('strikes against Lebanon', 'a strike
            # on Iran': 14 in the corpus, none a walkout; walkouts are 'in France', 'at the refinery', 'on buses')
            c.dep_ == "prep" and c.lower_ in ("against", "on") and any(
                g.dep_ == "pobj" and g.ent_type_ == "GPE" for g in c.children)
            for c in tok.children):
        t = "ASSAULT"
    if verb and lemma in ("organize", "organise"):
        return None  # the event is what is organized ('organized a protest': the protest, its organizer the actor)
    if verb and lemma == "rally" and objs:
        return None  # rallying others ('rallied his supporters', 'rallied the party') is no protest of one's own
    if verb and t == "COERCE" and lemma in CONQUERING and any(_territory(o, lemma == "take") for o in objs):
        t = "ASSAULT"  # 'rebels captured the town', 'seized control of Gaza': fighting for ground, not an arrest
    if verb and lemma == "seek" and any(c.dep_ == "xcomp" for c in tok.children):
        return None
    if verb and trig.source == PATTERN and any(joint_act(o) for o in objs):
        t = "COOPERATE"  # 'launched a joint investigation', 'held joint exercises': the verb's pattern types it by
        # its object, which, done jointly, is cooperation (senses.joint_act)
    if verb and lemma == "call" and t == "ACCUSE" and not objs and any(
            c.dep_ == "prep" and c.lower_ == "for" and not any(
                g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)  # not 'for years'
            for c in tok.children):
        t = "REQUEST"  # 'called for an inquiry', 'called for his sacking': a demand (GOLD, PLOVER's REQUEST), whatever
        # is demanded; CAMEO's codes of these patterns (090 investigate, 110 disapprove) are the demanded act's (10
        # corpus events, all demands)
    if verb and lemma == "call" and t != "ACCUSE" and trig.source != SPEECH and _naming(tok):
        return None  # 'called his visit a step toward peace', 'a company called Acme', 'also called X': naming (not
        # 'called him a liar', CAMEO's accusation by the word called)
    if verb and lemma == "agree" and not any(c.dep_ in ("xcomp", "ccomp") or (
            c.dep_ == "prep" and c.lower_ in AGREED_ON and any(g.dep_ in ("pobj", "pcomp") for g in c.children))
            for c in tok.children):
        if tok.dep_ == "acl":
            return "AGREE"  # 'a compromise deal agreed last week between X and Y': what it modifies was agreed
        if not objs and not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
            return None  # 'I agree', 'the premier agrees', 'agreed during testimony': assent to nothing named
        t = "SUPPORT"
    if verb and _speech_only(tok, lemma):
        return None
    if verb and lemma == "decline" and _nothing_declined(tok, objs):
        return None  # "the stock declined 2%", "support declined in the polls": a decrease, no refusal
    if verb and lemma == "meet" and objs and not any(someone(o) for o in objs):
        return None  # "met its targets", "meet the deadline", "meeting the costs": no one is met
    if verb and lemma == "host" and t == "CONSULT" and mod.modality(tok) is None and not any(_guest(o) for o in objs):
        return None  # a guest or a meeting was hosted ('hosted Putin', 'hosted the talks'), not a thing ('hosted
        # displays', 'a building hosting the embassy', 'hosted a program': 8 of the corpus's 11 such meetings); what
        # one will host is an offer to meet, as the hand check found ('will host a dinner for X')
    if not verb and t == "ASSAULT" and any(c.dep_ == "amod" and c.lower_ in word_list("verbal_modifiers.txt")
                                           for c in tok.children) or verb and t == "ASSAULT" and _reasoned(tok) \
            or verb and t == "ASSAULT" and _attacks_words(tok, objs):
        t = "ACCUSE"  # "verbal attacks", "attacked the plan as reckless", "attacked him for his remarks", "attacked
        # Labor's policy": criticism
    if verb and lemma == "fire" and t == "ASSAULT" and not _shooting(tok, objs):
        return None
    if verb and t == "ASSAULT" and _accidental(tok):
        return None
    if verb and t == "ASSAULT" and lemma in ("hit", "strike") and _struck_figuratively(tok, objs):
        return None
    if verb and t == "ACCUSE" and lemma in ("hit", "strike") and particle(tok) == "back" and any(
            _wields_force(g) for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children if g.dep_ == "pobj"):
        t = "ASSAULT"  # 'hit back at X with rocket fire': a blow, not words
    if lemma == "charge" and (_responsibility(tok) or _amount_charged(tok, objs)):
        return None
    if t in COOPERATIVE and _commercial(tok, objs):
        return None
    if verb and lemma == "push" and t == "REQUEST" and not _asks_for(tok):
        return None  # a request only 'for' something or for someone to act ('pushed for talks', 'pushed X to
        # resign', 'pushing for the bill to be passed'), not 'pushed the index to its lowest', 'pushed the crowd
        # back'
    if verb and lemma == "suspect" and not objs and not _suspects_someone(tok):
        return None  # a belief ('we suspect there was a fire', 'it is suspected that the hotel stood there'), not a
        # charge
    if lemma == "appeal" and not _appeal_to_someone(tok):
        return None  # a court's appeal ('won an appeal', 'appealed the verdict') or an attraction ('its appeal to
        # voters'): a request is made for something or to someone who can grant it
    if verb and lemma == "withdraw" and trig.source == CODEBOOK and objs:
        # the PLOVER manual: withdrawing forces is RETREAT; withdrawing one's support or assistance, or one's
        # people (diplomats, observers, staff), is SANCTION; goods, money, bids or remarks withdrawn are no event
        # ('withdrew the drug from sale', 'withdrew his bid')
        withdrawn = objs + [c for o in objs for c in o.conjuncts]
        if any(names_forces(o) or o.lemma_.lower() in _weapons() for o in withdrawn):
            return t
        if any(_cooperation(o) or o.ent_type_ in ("PERSON", "NORP") or o.lemma_.lower() in PEOPLE_NOUNS
               or agent_sector(o) for o in withdrawn):
            return "SANCTION"
        return None
    if verb and lemma == "withdraw" and trig.source == CODEBOOK and not objs and _left_a_body_or_talks(tok):
        return "SANCTION"  # the manual's SANCTION: withdraw oneself from a group, organization or mediation activity
    if verb and lemma == "sign" and any(own_words(o) for o in _signed(tok, objs)):
        return None  # one's own words signed ('signed a letter demanding', 'a petition signed by'): no agreement;
        # what the text says is the signer's act ('X signed a statement condemning Y' is X's condemnation)
    if verb and lemma == "help" and not any(c.dep_ in ("dobj", "dative") for c in tok.children) and any(
            c.dep_ in ("xcomp", "ccomp") and subject(c) is None and not any(
                g.dep_ == "dobj" and g.ent_type_ in ("GPE", "NORP") for g in c.children)
            for c in tok.children):
        return None  # helping to do something with no one helped ('helped found the party', 'helped to stop a
        # debate', 'will help raise money'; not 'will help rebuild Haiti', a country): a share in that act, no aid
        # to anyone (about 12 of the 50 corpus 'help' events; 0 of the 3 judged in the hand checks were aid)
    if not verb and lemma == "agreement" and t == "AGREE" and not any(
            c.dep_ in ("acl", "xcomp", "ccomp") and infinitive(c) for c in tok.children):
        t = "SUPPORT"  # an agreement made ('the agreement reached between X and Y', 'a trade agreement with Y'):
        # PLOVER's SUPPORT, CAMEO 057 'sign formal agreement'; one's agreement to act ('X's agreement to pay') is
        # AGREE.
    if not verb and lemma == "support" and _standing(tok):
        return None  # 'support' as a measure of standing, as polls count it: no one's act of support
    if verb and lemma == "order" and objs and not _to_infinitive(tok) and not any(
            _people(o) or is_event_noun(o) for o in objs):
        return None  # "ordered 50 aircraft", "ordered a review": goods or a task, no one is asked to act
    return t


def _standing(tok: Token) -> bool:
    """The noun 'support' as a measure of someone's standing, not an act of anyone's: counted ('40 percent support',
    'support among voters'), rising or falling ('support fell', 'a rise in support for X', 'declined in support'), or
    held, gained or lost with no giver named ('gaining support as potential Prime Minister', 'has broad popular
    support'; not 'has her support', 'won the support of X', 'US support'). Of the 278 SUPPORT events of the noun in
    the corpus, 44 were such, 4 of them real acts (a giver the parser hung on the verb: 'won support from X')."""
    kids = list(tok.children)
    preps = {c.lower_ for c in kids if c.dep_ == "prep"}
    if "from" in preps or "for" in preps and any(c.dep_ == "poss" for c in kids):
        return False  # a giver named: 'support from Iran for Hezbollah grew', "China's support for North Korea fell"
    if any(c.dep_ == "nummod" or c.ent_type_ == "PERCENT" or c.lower_ in ("percent", "%") or
           c.dep_ == "prep" and c.lower_ == "among" for c in kids):
        return True
    head = tok.head
    changes = word_list("change_words.txt")
    if tok.dep_ == "nsubj" and head.lemma_.lower() in changes or \
            tok.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in changes:
        return True
    if tok.dep_ != "dobj" or head.lemma_.lower() not in word_list("standing_verbs.txt"):
        return False
    return not any(c.dep_ == "poss" or c.dep_ in ("compound", "amod") and c.ent_type_ in ACTOR_ENTITIES
                   or c.dep_ == "prep" and c.lower_ in ("of", "from", "by") for c in kids + list(head.children))


def _left_a_body_or_talks(tok: Token) -> bool:
    """'withdrew from the talks', 'from the coalition', 'from the treaty', 'from NATO': what is left is a cooperative
    act or a body (not a place: 'withdrew from Iraq', 'from the town')."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                found = noun_sense(g)
                if found is not None and found.plover in COOPERATIVE or g.ent_type_ == "ORG" or (
                        g.text.islower() and g.lemma_.lower() in _LEFT_BODIES):
                    return True
    return False


# what one leaves as a member: a body of the lexicon's organization nouns ('the coalition', 'the league'), or a pact
# (the names English gives an agreement between states)
_LEFT_BODIES = organization_nouns("body") | {"treaty", "pact", "accord", "convention", "protocol"}


def _asks_for(tok: Token) -> bool:
    """A verb that asks for something ('pushed for talks', 'appealed for calm') or for what a clause says ('pushed
    X to resign', 'appealed for both sides to stop')."""
    return any(c.dep_ in ("advcl", "ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)


def _suspects_someone(tok: Token) -> bool:
    """One is suspected of something ('suspected of fraud'), or a named actor of what the suspected clause says
    ('suspected that Chile had armed the rebels')."""
    return any(c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "ccomp" and any(
        g.dep_ in ("nsubj", "nsubjpass") and (g.pos_ == "PROPN" or g.ent_type_ in PEOPLE_ENTITIES | {"GPE"})
        for g in c.children) for c in tok.children)


def _appeal_to_someone(tok: Token) -> bool:
    """'appealed for calm', 'appealed to the government to act', 'an appeal to Japan', 'an appeal to end the
    violence', 'appealed for both sides to stop': for something, or to a named actor, a pronoun or a body or office
    ('to the government'), or for what a clause says; not to voters or fines, nor 'appealed the verdict'."""
    if _asks_for(tok) or any(c.dep_ == "acl" for c in tok.children):  # a noun's clause: 'an appeal to end the war'
        return True
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            for g in c.children:
                if g.dep_ == "pobj" and (g.ent_type_ in ("ORG", "GPE", "PERSON", "NORP") or g.pos_ in ("PROPN", "PRON")
                                         or names_a_role_or_body(g.lemma_.lower())):
                    return True
    return False


# what harms without an assailant: accidents and natural disasters ("killed in a car crash", "injured in the
# quake"; 24 such passive clauses with no agent in the cached parses)
ACCIDENTS = {"crash", "accident", "collision", "avalanche", "landslide", "mudslide", "earthquake", "quake", "flood",
             "flooding", "stampede", "derailment", "storm", "hurricane", "typhoon", "cyclone", "tsunami", "tornado"}


ACCIDENT_VERBS = {"crash", "collide", "capsize", "derail", "overturn"}  # the verbs of ACCIDENTS' crashes
# road vehicles: one that hits or strikes someone or something is in a road accident ('the car hit her', 'his
# vehicle hit a tow truck'; 5 in the 5,000-article corpus), unless it is a bomb's ('a car rigged with explosives')
ROAD_VEHICLES = {"car", "vehicle", "truck", "bus", "van", "taxi", "lorry", "motorcycle", "suv", "pickup"}


def _accidental(tok: Token) -> bool:
    """A harm verb in the passive with no agent whose 'in/during' phrase is an accident ('was killed in a plane
    crash'), a harm participle of a crash ('the helicopter crashed, killing 31'), or a road vehicle that hits or
    strikes ('the car struck her'): no one assaulted anyone."""
    kids = list(tok.children)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is not None and tok.lemma_.lower() in ("hit", "strike") and subj.lemma_.lower() in ROAD_VEHICLES \
            and not any(t.lower_ in ("bomb", "explosives", "explosive", "rigged", "laden") for t in subj.subtree):
        return True
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and subj is None and tok.head.lemma_.lower() in ACCIDENT_VERBS:
        return True  # 'a helicopter crashed in western Iraq, killing 31' (4 such participles in the corpus)
    if not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ == "agent" for c in kids):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ACCIDENTS and not any(x.dep_ == "prep" and x.lower_ == "of"
                                                                         for x in g.children)
        for g in c.children) for c in kids)  # not "a storm of gunfire"


# what a figure hits or strikes is a level it reaches, not someone harmed ('shares hit a 52-week high', 'the index hit
# an all-time low', 'the deficit hit a record', 'the toll hit a grim milestone', 'struck a chord'); not a target
_LEVELS = {"high", "low", "record", "peak", "milestone", "level", "mark", "ceiling", "bottom", "plateau", "total",
           "figure", "threshold", "barrier", "limit", "run", "jackpot", "note", "chord", "balance"}


def _struck_figuratively(tok: Token, objs: list[Token]) -> bool:
    """'Hit' or 'strike' said of no blow: a level or an amount reached ('shares hit a record high', 'hit $80'), or a
    blow dealt by what wields no force, a trouble of the economy or of nature ('were hit hard by the recession',
    'financial problems are hitting the two countries', 'was hit by an earthquake'): what strikes in an assault is a
    named actor, a person or force (a Phoenix agent: 'insurgents', 'gunmen'), a weapon, an aircraft or a military
    (CAMEO's classes), what is fired, an attack ('a series of explosions'), or a vehicle (an accident otherwise)."""
    if any(o.lemma_.lower() in _LEVELS or o.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL") or o.like_num
           for o in objs):
        return True
    if is_passive(tok):
        agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    else:
        agent = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if agent is None:
        return False
    # what a quantity is of strikes ('a series of explosions', 'packs of rockets')
    agents = [agent, *(g for c in agent.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                       if g.dep_ == "pobj")]
    return not any(_wields_force(a) for a in agents)


# what is thrown or flies from a blast and strikes as a weapon's shot does ('a brick thrown by protesters hit him',
# 'hit by debris from the blast', 'shrapnel struck two children', 'a tear gas canister struck a journalist')
_THROWN = {"stone", "rock", "brick", "bottle", "shrapnel", "debris", "canister", "projectile", "molotov"}


def _wields_force(agent: Token) -> bool:
    """Whether what strikes may deal a blow (`_struck_figuratively`); a word joined to its weapon counts by its end
    ('gunfire', 'airstrike'); a natural hazard ('wildfires', 'Typhoon Haiyan') deals none."""
    written = {t.lower_ for t in agent.subtree if t.dep_ == "compound" or t.i == agent.i} | {agent.lemma_.lower()}
    if (written | {w[:-1] for w in written if w.endswith("s")}) & (NATURAL_HAZARDS | STORM_WORDS):
        return False
    if agent.pos_ != "NOUN" or agent.ent_type_ or _people(agent) or agent_sector(agent):
        return True
    if agent.lemma_.lower() in _THROWN or any(
            c.dep_ == "acl" and c.lemma_.lower() in ("throw", "fire", "launch", "hurl") for c in agent.children):
        return True
    lemma = agent.lemma_.lower()
    words = {lemma, " ".join(t.lemma_.lower() for t in agent.subtree if t.dep_ == "compound" or t.i == agent.i)}
    words |= {lemma[k:] for k in range(3, len(lemma) - 3)}
    v = vocabulary()
    return bool(words & _wielders()) or lemma in ROAD_VEHICLES or any(
        (sense := v.verb(base)) is not None and sense.plover == "ASSAULT"  # 'explosions', 'a blast', 'the bombing'
        for word in words for base in nominal_bases(word))


@lru_cache(maxsize=1)
def _wielders() -> frozenset[str]:
    """What deals a blow: what is fired (`_weapons`), and CAMEO's &AIRCRAFT and &MILITARY classes."""
    classes = vocabulary().classes
    return _weapons() | classes.get("&AIRCRAFT", frozenset()) | classes.get("&MILITARY", frozenset())


# verbs of force English also uses for words ("attacked the plan", "lashed out at", "slammed the decision")
_WORDS_OR_FORCE = {"attack", "assail", "lash", "blast", "slam"}
# what an attack is made as or for that is no reason given for words: a span of time ("for three weeks"), a
# purpose or cause of force ("as a protest", "as part of the offensive", "as a warning", "for no reason")
_NOT_REASONS = {"second", "minute", "hour", "day", "night", "week", "month", "year", "time", "period", "while",
                "reason", "part", "result", "protest", "retaliation", "revenge", "response", "punishment", "warning"}


def _attacks_words(tok: Token, objs: list[Token]) -> bool:
    """An attack verb whose object is what someone says, decides or stands for ('attacked Labor's nuclear policy',
    'slammed the proposal', 'attacked his claims': resources/idea_nouns.txt): words."""
    # or a quality of such a thing, what the object is 'of' ('attacked the validity of his assertion')
    ideas = word_list("idea_nouns.txt")
    return tok.lemma_.lower() in _WORDS_OR_FORCE and any(
        o.lemma_.lower() in ideas or o.lemma_.lower() in _QUALITIES and any(
            g.lemma_.lower() in ideas for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj") for o in objs)


# what is judged of a claim or a decision: attacking it is criticism of the claim
_QUALITIES = {"validity", "credibility", "legitimacy", "accuracy", "basis", "wisdom", "logic"}


def _reasoned(tok: Token) -> bool:
    """An attack on someone with what they are called or blamed for ('attacked the plan as reckless',
    'attacked Blair as having failed', 'attacked him for his remarks', 'for voting against the bill') or the matter
    in dispute ('attacked the government over the scandal', as one is criticized over something): words, not
    force. Not a clause ('as she left': 'as' marks it, no preposition). 'Over' a matter only where a person or a
    body is attacked, not a thing, a country or armed men ('attacked the convoy over the border', 'attacked Georgia
    over South Ossetia', 'attacked the rebels over the weekend'), nor over a place or a span of time."""
    if tok.lemma_.lower() not in _WORDS_OR_FORCE:
        return False
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in ("as", "for", "over") or c.lower_ == "over" and not _disputant(tok):
            continue
        objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp", "acomp")]
        if objs and not any(g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in _NOT_REASONS
                            or c.lower_ == "over" and g.ent_type_ in ("GPE", "LOC", "FAC") for g in objs):
            return True
    return False


# the nouns of those one disputes with: an office holder, a government, a party and the opposition
_DISPUTANT_NOUNS = TITLE_WORDS | GOVERNMENT_NOUNS | {"party", "opposition"}


def _disputant(tok: Token) -> bool:
    """Whether the one a verb attacks is a person or a body one can dispute with: a person or an organization named,
    a personal pronoun, an office, a government, a party ('attacked Blair', 'attacked him', 'attacked the
    minister', 'attacked the government'); not a country, a thing or armed men ('attacked Georgia', 'attacked the
    base', 'attacked the rebels')."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objs) and all(
        o.ent_type_ in ("PERSON", "ORG") or o.lower_ in PERSON_PRON
        or o.lemma_.lower() in _DISPUTANT_NOUNS for o in objs)


def _nothing_declined(tok: Token, objs: list[Token]) -> bool:
    """'decline' with no thing or act declined (no object, infinitive, clause or passive subject): a decrease
    ('declined 17 cents', 'declined by 2%', 'his health was declining'), which CAMEO's patterns of the synset code as
    nothing ('STOCKS *', '* PRICE'), or a refusal of nothing named ('Buffett and Gates both declined'): of the 4 bare
    ones that gave REJECTs in the 5,000-article corpus, none was a political refusal."""
    return not objs and not any(c.dep_ in ("xcomp", "ccomp", "nsubjpass", "auxpass") or _to_clause(c)
                                for c in tok.children)


def _to_clause(clause: Token) -> bool:
    """An adverbial clause of 'to' and an infinitive: what a verb is done for, or, the parser hanging it so after a
    phrase, what is refused ('declined for a month to answer')."""
    return clause.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in clause.children)


def _naming(tok: Token) -> bool:
    """'call' that names or describes, asking nothing: with an object predicate ('called the plan a mistake'), or as
    a participle after what it names ('a company called Acme', 'Tehran University, also called X')."""
    if any(c.dep_ == "oprd" for c in tok.children):
        return True
    return tok.tag_ in ("VBN", "VBD") and tok.dep_ in ("acl", "dep", "appos") and not any(
        c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "prep" and c.lower_ in ("for", "on", "upon")
        for c in tok.children)


def _speech_only(tok: Token, lemma: str) -> bool:
    """A verb whose construction is about words, not acts: declining to comment ("refused to confirm") or to rule
    something out, being asked by no one named to say something ("asked to comment, she said"), agreeing with an
    opinion ("agreed that climate change is the main challenge"; not "agreed that troops would leave")."""
    if lemma in ("refuse", "decline"):  # and refusing to rule something out keeps it open: no refusal
        # (the infinitive refused, hung as a clause of its own after a phrase: 'declined for a month to answer')
        return any((c.dep_ == "xcomp" or _to_clause(c)) and (_saying(c) or rules_out(c)) for c in tok.children)
    if lemma == "ask":  # passive, or a participle clause without subject; not "has asked Y to explain"
        unasked = passive_marked(tok) or (
            tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl") and not any(c.dep_ == "nsubj" for c in tok.children))
        return unasked and not any(c.dep_ == "agent" for c in tok.children) \
            and any(c.dep_ == "xcomp" and _saying(c) for c in tok.children)
    if lemma == "agree":
        clauses = [c for c in tok.children if c.dep_ == "ccomp"]
        return bool(clauses) and not any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in AGREED_ON)
                                         for c in tok.children) \
            and not any(a.dep_ == "aux" and a.lower_ in _COMMITTING for c in clauses for a in c.children)
    return False


# What one says, gives or makes in words ('declined to give details', 'refused to make a statement', 'declined to
# release the details of the investigation': 7 corpus refusals, none of them a rejection of anything)
_WORDS_GIVEN = {"statement", "comment", "detail", "response", "remark", "information", "explanation", "interview"}
_GIVING = {"give", "make", "issue", "release", "provide", "offer"}
# those to whom giving words is only saying: the press ('declined to give details to reporters')
_PRESS = {"reporter", "journalist", "press", "media", "newspaper"}


# Verbs of talking about something or answering it, which one declines to do without rejecting anything ('refused to
# discuss the contents', 'declined to respond to the report', 'refused to talk about it': 7 corpus REJECTs, none a
# rejection) unless done with someone ('refused to talk with Y' rejects talks)
DISCUSSING = {"discuss", "talk", "speak", "respond", "reply"}


def _saying(verb: Token) -> bool:
    """A verb of saying (`SAYING`) or of giving words or talking about something (`_telling`)."""
    return verb.lemma_.lower() in SAYING or _telling(verb)


def _telling(verb: Token) -> bool:
    """A verb of giving words ('give details', 'make a statement') to no one or to the press, or of talking about
    something or answering it (`DISCUSSING`); not giving them to someone else ('refused to provide information to the
    inspectors' rejects their demand), nor talking with someone ('refused to talk with Y' rejects talks)."""
    lemma = verb.lemma_.lower()
    if lemma in _GIVING:
        to = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
        recipients = [g for c in to for g in c.children if g.dep_ == "pobj"] + [
            c for c in verb.children if c.dep_ == "dative" and c.lower_ != "to"]
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _WORDS_GIVEN for c in verb.children) \
            and all(r.lemma_.lower() in _PRESS for r in recipients)
    return lemma in DISCUSSING and not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


# Modals that make an agreed clause a commitment ("agreed that the troops would leave by June").
_COMMITTING = {"would", "will", "should", "shall", "must", "'ll", "wo"}


def _noun_theme(tok: Token, *deps: str) -> list[Token]:
    """What an event noun is done to: its "of" object ("the release of the hostages"), and its children
    of the given dependencies ("poss": "his execution")."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children] + [
        c for c in tok.children if c.dep_ in deps]


# Verbs of saying, which one declines to do without rejecting anything ("declined to confirm or deny").
SAYING = REPORTING | {"comment", "confirm", "deny", "answer", "elaborate", "disclose", "reveal", "identify", "name",
                      "specify", "speculate", "testify"}  # not "talk", "discuss": "refused to talk with Y" rejects
# (`DISCUSSING`)
TARGET_PREPS = {"on", "at", "upon", "into", "across", "toward", "towards", "over"}


@lru_cache(maxsize=1)
def _weapons() -> frozenset[str]:
    """What is fired: CAMEO's &WEAPON class and the ammunition nouns."""
    return vocabulary().classes.get("&WEAPON", frozenset()) | word_list("ammunition_nouns.txt")


def _shooting(tok: Token, objs: list[Token]) -> bool:
    """'fired rockets into Israel', 'fired on the crowd', 'troops fired' (not 'fired the minister')."""
    if any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in tok.children):
        return False  # "fired back at his critics": a retort
    if any(c.dep_ in ("prep", "prt") and c.lower_ in TARGET_PREPS and not any(
            g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in tok.children):
        return True  # "fired on the crowd", "was fired upon" (not "on Monday")
    subj = (next((c for c in tok.children if c.dep_ == "nsubjpass"), None) or inherited_subject(tok)) \
        if is_passive(tok) else None
    if subj is not None and (_people(subj) or subj.lower_ in PERSON_PRON or subj.pos_ == "PROPN" and any(
            is_given_name(t.text) for t in subj.subtree)):  # 'Ana Ruiz' NER missed, not a rocket ('a Grad')
        return False  # "the minister was fired in June", "X was seen as a rival but was fired": dismissed
    if not objs:
        return True  # "troops fired"
    if tok.dep_ == "relcl":  # "a rocket which was fired from Lebanon": what the relative pronoun stands for
        objs = [tok.head if o.lower_ in ("which", "that") else o for o in objs]
    return any(o.lemma_.lower() in _weapons() or o.lower_ in _weapons() or o.lower_ == "it" for o in objs)


AMOUNT_ENTITIES = {"MONEY", "PERCENT"}  # not a bare number: "charged four men", "12 charges against him"
# an amount the tagger left untyped, as one token: pence after a number ('99p')
_MONEY_SHAPE = re.compile(r"^\d+(?:\.\d+)?p$")


def _amount(tok: Token) -> bool:
    """A sum: tagged so, pence after a number ('99p'), or a currency sign with a number ('£5', which the tokenizer
    splits)."""
    if tok.ent_type_ in AMOUNT_ENTITIES or _MONEY_SHAPE.match(tok.text):
        return True
    words = list(tok.subtree)
    return any(t.is_currency for t in words) and any(t.like_num for t in words)


def _responsibility(tok: Token) -> bool:
    """'in charge (of)', 'took charge': the noun names a responsibility, no accusation."""
    return tok.pos_ == "NOUN" and (tok.dep_ == "pobj" and tok.head.lower_ == "in"
                                   or tok.dep_ == "dobj" and tok.head.lemma_.lower() == "take")


def _amount_charged(tok: Token, objs: list[Token]) -> bool:
    """'charges a 2% fee', 'charged $71', 'charges 99p', 'a $5 million charge': a price, no accusation."""
    if tok.pos_ == "VERB":
        return any(_amount(o) or o.lemma_.lower() in word_list("price_nouns.txt") for o in objs)
    # an amount before the noun, or in apposition to it or its 'of' phrase ('a charge of $5', 'charges 99p' parsed so)
    after = [c for c in tok.rights if c.dep_ == "appos"] + [
        g for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(_amount(t) for left in tok.lefts for t in left.subtree) or any(_amount(t) for t in after)


def _commercial(tok: Token, objs: list[Token]) -> bool:
    nouns, verbs = word_list("commercial_nouns.txt"), word_list("commercial_verbs.txt")
    if any(o.lemma_.lower() in nouns for o in objs):
        return True  # "signed a contract", "promised savings"
    return tok.pos_ == "VERB" and any(c.dep_ == "xcomp" and c.lemma_.lower() in verbs for c in tok.children)
