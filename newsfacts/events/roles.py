"""Who acts and who is acted on, from the dependency parse of a verb or event-noun trigger.

Verbs: actor1 is the subject (in the passive the agent after "by"; a relative clause's noun; the
subject a non-finite or coordinated verb shares), actor2 the object, the dative, the object of a
recipient preposition ("with", "to", "against", ...), or the party "between" whom it happens; in
the passive the subject is actor2 and, with no agent, actor1 stays empty.
Event nouns: actor1 is the owner ("X's attack"), the "by" agent, the source after "from" ("criticism
from X"), an actor compound ("the Hamas attack"), or the subject of the verb the noun is the object
of ("X held talks", "launched a series of attacks") or the setting of ("X spoke at a meeting with Y"), or of a
light verb's relative or participle clause on it ("the sanctions X imposed", "the lawsuit filed by X") or that it
is the passive subject of ("the protest was organised by X"); actor2 the object of "of",
"on", "against", "with", "to", ..., or the subject of a verb of receiving ("Y received aid from X").
Coordination gives one event per actor pair (see `pairs`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from newsfacts import geo
from newsfacts.actors import COUNTRY, LOCATION, ORG
from newsfacts.actors.known import role_sector
from newsfacts.actors.names import stance_prefix
from newsfacts.lexicon import (AGENT_OWNER_NOUNS, CURRENCY_NOUNS, LEGISLATION_NOUNS, OBJECT_CONTROL_VERBS,
                               PARTITIVE_WORDS, UTTERANCE_NOUNS, VISITING, authored_by, handed_to, states_in)
from newsfacts.nlp import conjuncts, entity_of, participle_agents
from newsfacts.events.coordination import stray_subject
from newsfacts.events.evaluation import naming
from newsfacts.events.phrases import (ActorIndex, affiliate, infinitive, is_event_noun, leader, lemmas, noun_entry,
                                      np_actor, np_actors, np_direct, pobj_actors, relative_antecedent, someone,
                                      stands_for)
from newsfacts.events.responsible import agent_sector, names_forces, weapon_nouns
from newsfacts.events.vocabulary import vocabulary, word_list

RECIPIENT_PREPS = ("with", "to", "against", "on", "toward", "towards", "for", "from", "into", "over", "upon")
# Verbs of shooting and throwing, whose 'at' names what they are aimed at ("fired at Israeli troops", "threw stones
# at the police", "launched rockets at Israel": about 20 with a named actor after 'at' in the corpus); elsewhere
# 'at' says where or when ("met at the summit", "arrived at Heathrow")
AIMED_AT = frozenset({"fire", "shoot", "throw", "hurl", "lob", "launch"})
# What is fired or thrown besides CAMEO's weapons ('threw stones at', 'fired two shots at')
PROJECTILES = frozenset({"shot", "round", "stone", "rock", "brick", "bottle", "egg", "shell", "bullet", "firebomb",
                         "grenade"})


def _aimed(verb: Token, kids: list[Token]) -> bool:
    """A verb of shooting or throwing whose 'at' names its target: with nothing fired as its object, or a weapon or
    a projectile ('fired rockets at Y', 'threw stones at Y'); not with a victim for object ('shot a youth at a
    rally': the 'at' is where), nor a passive 'shoot' ('shot dead at the school')."""
    lemma = verb.lemma_.lower()
    if lemma not in AIMED_AT or lemma == "shoot" and is_passive(verb):
        return False
    objs = [c for c in kids if c.dep_ == "dobj"]
    return all(o.lemma_.lower() in weapon_nouns() | PROJECTILES for o in objs)


# Prepositions that attach what an event is about, not when or where it happened.
THEME_PREPS = {"of", "for", "through", "via", "on", "over", "about", "into", "to", "under"}
# Verbs of taking part, whose subject is among those who act ("joined the strike", "attended the summit", as "took
# part in"): 75 event-noun objects in the corpus, meetings 47, protests 26. Unlike a light verb's, an unnamed subject
# ("thousands attended protests organised by X") leaves the one who acts to the noun's own phrases.
PARTICIPATING = {"join", "attend"}
# What all who attend it do: a meeting or a protest; one attends a signing, a trial or an execution as a witness
ATTENDED_TYPES = {"CONSULT", "PROTEST"}
# Sectors of those who attend a protest to police or report it, not to protest ('police attended the rally', 'a BBC
# reporter attended the march')
OBSERVING_SECTORS = {"COP", "MIL", "MED"}
# Verbs that take an event noun as object and add little meaning: "gave warning", "held talks"; and the
# aspectual ones, which say the event starts, goes on or grows ("renewed talks", "intensified efforts").
LIGHT_VERBS = {"give", "make", "issue", "hold", "launch", "conduct", "stage", "carry", "mount", "deliver",
               "lodge", "file", "reach", "express", "voice", "begin", "start", "open", "resume", "have",
               "announce", "impose", "level", "sign", "strike", "extend", "continue", "lead", "organize",
               "organise", "call", "take", "renew", "intensify", "escalate", "provide",
               # verbs of doing more of it: "increased air strikes", "waged a campaign", "expanded the offensive"
               "increase", "wage", "expand", "widen",
               # the rest of CAMEO's synsets of starting and of finishing, START and FINISH ("initiated an inquiry",
               # "completed its withdrawal", "concluded talks"), its verbs of performing an act, PERFORM and UNDERTAKE
               # ("performed the attack", "undertook negotiations"), 'perpetrate', and "tighten" ("tightened
               # sanctions"): about 60 such verbs with an event noun object in the corpus, the subject the one who
               # acts ('pursue' also seeks: 'pursued sanctions at the UN'; 'commit' also pledges: 'committed aid')
               "initiate", "commence", "relaunch", "reopen", "complete", "conclude", "finalize", "finalise", "finish",
               "perform", "undertake", "perpetrate", "tighten"} | PARTICIPATING
# 'bring' is a light verb of legal action against someone only ('brought charges against X', 'brought a lawsuit
# against Y': 24 such objects in the 5,000 articles), not of what it brings about ('brought a ceasefire', 'the move
# brought condemnation from X')
LEGAL_LIGHT_VERBS = {"bring"}
# Light verbs of a relative clause or a passive that also say whose the act was: 'the bombing, claimed by X'
LIGHT_OR_CLAIM = LIGHT_VERBS | {"claim"}
# Verbs whose subject gets what their event noun object gives ("received aid from Japan", "won the
# support of the unions", "attracted the backing of X"): 177 such phrases in the 5,000-article corpus before
# "attract", "garner" and "enjoy" joined; not "secure" ("secured the release of"); "draw" as "attract" ("drew
# criticism from X", "has drawn support from Y": 24 event-noun objects in the corpus).
RECEIVING = {"receive", "accept", "win", "gain", "get", "obtain", "earn", "attract", "garner", "enjoy", "draw"}


def receiving(verb: Token) -> bool:
    """A verb of receiving (RECEIVING) in that sense: not with a particle that makes another verb of it ('drew up
    sanctions', 'won over the unions', 'got out the vote')."""
    return bool(set(lemmas(verb)) & RECEIVING) and not any(c.dep_ == "prt" for c in verb.children)


# Types whose coordinated subjects act with each other ("Fatah and Hamas held talks").
RECIPROCAL = {"CONSULT", "COOPERATE", "AGREE"}
# Types whose noun after "be in" says what its subject is engaged in ("X is in talks with Y", "has been in
# negotiations", "is in support of the plan": about 40 such clauses in the cached corpus parses); not a state one
# is put in ("have been in detention": the subject undergoes it)
ENGAGED_TYPES = frozenset({"CONSULT", "COOPERATE", "SUPPORT", "AGREE"})
# Prepositions after which an event noun sets the scene of the verb it hangs from ("spoke at a meeting with Y");
# those of time only for a meeting, which its subject attended ("resigned after talks with Y"), not for
# another act ("monitored the area after the withdrawal": whoever carried it out).
SETTING_PREPS = ("at", "during", "in", "with", "through")  # and "on" a visit or tour ("spoke on a visit to Y")
MEETING_PREPS = ("after", "following", "since", "before")
# Verbs of going on or being on strike ('went on strike', 'remain on hunger strike'; not 'lashed out on the strike')
BEING_ON = {"go", "be", "remain", "stay", "continue"}


@dataclass
class Roles:
    actor1: list[int] = field(default_factory=list)
    actor2: list[int] = field(default_factory=list)
    symmetric: bool = False
    anchor: Token | None = None  # the verb an event noun hangs from
    direct: bool = True  # actor2 is an argument of the trigger itself, not found deeper inside its object
    jointly: bool = False  # said to be done together ("jointly signed", "supporting each other")


def subject(tok: Token) -> Token | None:
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) == 2 and subjects[1].ent_type_ == "PERSON" and subjects[0].ent_type_ != "PERSON" and any(
            t.text == "," for t in tok.doc[subjects[0].i:subjects[1].i]):
        # "X's Foreign Minister, Jane Roe said": the parser's two subjects are a title and the name it is apposed
        # to; the person named acts (116 such verbs in the cached parses)
        return subjects[1]
    found = subjects[0] if subjects else None
    if found is None:  # the parser may hang the subject from the auxiliary ("Peru is opposed": 'Peru' <- 'is')
        found = next((g for c in tok.children if c.dep_ in ("aux", "auxpass") for g in c.children
                      if g.dep_ in ("nsubj", "nsubjpass")), None)
    return found if found is not None else stray_subject(tok)


# Nouns that count or group the events an 'of' phrase names ("a series of attacks", "a new round of talks"):
# the verb that takes them takes those events.
SERIES_NOUNS = {"series", "wave", "spate", "string", "round", "flurry", "barrage", "rash", "succession", "volley"}


def light_verb_of(noun: Token) -> Token | None:
    """The light verb an event noun is the object of ("held talks", "began its withdrawal", "launched a series of
    attacks", "provided $5 million in aid"), or None."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in SERIES_NOUNS:
        noun = noun.head.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "in" and amount(noun.head.head):
        noun = noun.head.head  # an amount of it: "provided $100 million in aid", "gave 2 million euros in loans"
    verb = noun.head if noun.dep_ == "dobj" and set(lemmas(noun.head)) & LIGHT_VERBS else None
    if verb is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in LEGAL_LIGHT_VERBS \
            and not any(c.dep_ == "prt" for c in noun.head.children) \
            and getattr(noun_entry(noun), "plover", None) == "ACCUSE" \
            and any(c.dep_ == "prep" and c.lower_ == "against" for c in [*noun.head.children, *noun.children]):
        verb = noun.head
    named = naming(verb) if verb is not None else None
    if named is not None and named[1].head.lower_ != "as":
        # 'X called the attacks an act of terror': X names the attacks with a predicate, as it names a plan, and did
        # not call them as one calls a strike (in the 5,000-article corpus 11 events took their commentator so, 10
        # wrongly); 'called a ceasefire as a gesture' is one called (English names with 'call X Y', not 'as Y')
        return None
    return verb


def _subject_actors(verb: Token, idx: ActorIndex) -> list[int]:
    """The actors a verb's subject names, or the subject it shares with the verb before it."""
    subj = subject(verb) or inherited_subject(verb)
    return np_actors(subj, idx) if subj is not None else []


def takes_part(verb: Token, noun: Token) -> bool:
    """Whether the subject of a verb of taking part acts in the event its object noun names: whoever joins it;
    whoever attends a meeting or a protest (ATTENDED_TYPES, the noun's own sense), not a signing or an execution they
    witness."""
    found = set(lemmas(verb)) & PARTICIPATING
    if found != {"attend"}:
        return bool(found)
    return _own_type(noun) in ATTENDED_TYPES


def _own_type(noun: Token) -> str | None:
    """The type the vocabulary gives an event noun itself, before its phrases refine it."""
    sense = noun_entry(noun)
    return sense.plover if sense is not None else None


def _done_by_subject(verb: Token, noun: Token) -> bool:
    """Whether a light verb's subject or agent does the act of the event noun it takes: not one who attends what
    others do ('the signing, attended by X', 'the execution was attended by X')."""
    return not set(lemmas(verb)) & PARTICIPATING or takes_part(verb, noun)


def _participants(verb: Token, noun: Token, idx: ActorIndex) -> list[int]:
    """The named actors who take part in the event `noun` names, the object of a verb of taking part: its subject's,
    where the verb `takes_part`, less those who attend a protest to police or report it (OBSERVING_SECTORS)."""
    if not takes_part(verb, noun):
        return []
    found = _subject_actors(verb, idx)
    if "attend" in lemmas(verb) and _own_type(noun) == "PROTEST":
        found = [a for a in found if idx.actors[a].sector not in OBSERVING_SECTORS]
    return found


def amount(tok: Token, money: bool = False) -> bool:
    """A sum of money or (unless `money`) a counted quantity: '$5 million', '20 million euros', '500 tonnes'."""
    return tok.ent_type_ == "MONEY" or tok.lemma_.lower() in CURRENCY_NOUNS or not money and any(
        c.dep_ == "nummod" for c in tok.children)


# Verbs that say an event took place, began or went on: their time and place are the event's ("the talks took
# place in Cairo on Monday", "the protests began last December"); 181 such clauses (with 'end') with a date in the
# corpus and the dev sets.
OCCURRING = {"occur", "happen", "begin", "start", "erupt", "resume", "unfold", "commence", "continue"}
# (not "end": "the ceasefire ended on Monday" dates its end, not the act that began it)
# Light verbs whose passive with no agent says an event was held ("the talks were held in Cairo"; not "were
# announced", which dates the announcement)
HOLDING = {"hold", "conduct", "stage", "carry", "launch", "mount", "wage"}


def occurrence_verb(noun: Token) -> Token | None:
    """The verb that says the event noun, its subject, took place, began or went on, or the light verb of holding of
    which it is the passive subject with no agent ("the talks were held in Cairo"), or None."""
    head = noun.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    if noun.dep_ == "nsubjpass":
        return head if set(lemmas(head)) & HOLDING and agent_phrase(head) is None else None
    if noun.dep_ != "nsubj":
        return None
    lemma, objects = head.lemma_.lower(), [c for c in head.children if c.dep_ == "dobj"]
    if lemma in OCCURRING and not objects or lemma == "take" and [o.lower_ for o in objects] == ["place"]:
        return head  # not where the verb has an object: "the endorsement ends his neutrality"
    return None


def relative_light_verb(noun: Token) -> Token | None:
    """The light verb of a relative or participle clause on an event noun whose object the noun is: "the
    sanctions that X imposed", "the attack X carried out on Monday", "the talks held in Geneva", "the sanctions
    imposed by X", "the bombing, claimed by X" (not "the talks that began", whose subject the noun is, nor "the
    attacks, called genocide by X", whose verb has an object of its own)."""
    for c in noun.children:
        if c.dep_ not in ("relcl", "acl") or c.pos_ != "VERB" or not set(lemmas(c)) & LIGHT_OR_CLAIM \
                or not _done_by_subject(c, noun):
            continue
        if any(g.dep_ in ("oprd", "attr", "xcomp", "ccomp") or g.dep_ == "dobj" and g.tag_ not in ("WDT", "WP")
               for g in c.children):
            continue
        if is_passive(c) or any(g.dep_ == "dobj" for g in c.children) or c.dep_ == "relcl" and any(
                g.dep_ == "nsubj" and g.tag_ not in ("WDT", "WP") for g in c.children):
            return c
    return None


# Prepositions of means and time whose gerund shares the subject of the verb the phrase hangs from ("X approved
# it by voting for Y", "X resigned after meeting Y", "after being arrested, X ..."). Not "of", "for", "from", "on":
# their gerund may be the object's act, often one alleged, urged or prevented ("blamed X for attacking Y",
# "warned X on attacking Y", "stopped X from leaving"); not "in", which also takes what was only tried ("succeeded
# in launching", "interested in buying"); not "without", "instead of": what did not happen.
CONTROL_PREPS = {"by", "after", "before", "while", "since", "upon", "through", "despite"}


def _adjunct_gerund_verb(tok: Token) -> Token | None:
    """The verb an adjunct gerund phrase hangs from ('by approving', 'after meeting'), or None."""
    prep = tok.head
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" and not any(c.lower_ == "being" for c in tok.children):
        return None
    if prep.dep_ != "prep" or prep.lower_ not in CONTROL_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head


# A verdict names the act of the one it is passed on ('X was convicted of murdering Y', 'a court convicted X of
# killing Y', 'X was found guilty of killing Y', 'X pleaded guilty to killing Y', 'X was jailed for attacking Y'): the
# court establishes it, unlike an arrest or a charge, which only allege it
VERDICT_VERBS = {"convict", "sentence", "jail", "imprison"}
VERDICT_PREPS = {"of", "for", "to"}


def _convicted(gerund: Token) -> Token | None:
    """The one a verdict is passed on, who did the act its 'of', 'for' or 'to' gerund names, or None."""
    prep = gerund.head
    if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG" or prep.dep_ != "prep" or prep.lower_ not in VERDICT_PREPS:
        return None
    verb = prep.head
    if verb.lemma_.lower() == "guilty" and verb.dep_ in ("oprd", "acomp"):
        verb = verb.head  # 'found guilty of', 'pleaded guilty to'
    elif verb.lemma_.lower() not in VERDICT_VERBS or prep.lower_ == "to":
        return None  # not 'sentenced to death'
    deps = ("nsubjpass", "dobj", "nsubj") if verb.lemma_.lower() == "plead" else ("nsubjpass", "dobj")
    return next((c for c in verb.children if c.dep_ in deps), None)


def inherited_subject(tok: Token) -> Token | None:
    """The subject a non-finite or coordinated verb shares with the verb it hangs from, up a chain of them of up to 8
    steps ('X responded by offering ..., inviting ..., holding ..., inviting ... and cooperating with Y': 6), and
    the one a verdict is passed on for the act it names (`_convicted`)."""
    convicted = _convicted(tok)
    if convicted is not None:
        return convicted
    cur = tok
    for _ in range(8):
        verb = _adjunct_gerund_verb(cur)
        if verb is not None:
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return subj
            cur = verb
            continue
        if cur.dep_ not in ("xcomp", "conj", "advcl", "pcomp", "acomp") or cur.head.i == cur.i:
            return None
        # the subject of a passive verb is the doer of its infinitive: "X is scheduled to meet Y", "X was asked
        # to resign", "X is said to have met Y" (not of a participle: "X was found shot")
        controlled = cur.dep_ == "xcomp" and infinitive(cur)
        # a verb coordinated with a passive one shares its subject: "X was arrested and sentenced", "X was expelled
        # and returned home"
        shared = cur.dep_ == "conj" and cur.head.pos_ == "VERB" and _passive_head(cur)
        deps = ("nsubj", "nsubjpass") if controlled or shared else ("nsubj",)
        cur = cur.head
        if cur.pos_ not in ("VERB", "AUX"):
            continue
        obj = next((c for c in cur.children if c.dep_ == "dobj"), None) \
            if controlled and cur.lemma_.lower() in OBJECT_CONTROL_VERBS else None
        if obj is not None:  # "forced X to resign", "asked X to leave": the object does the infinitive (not "entered
            # X to support Y", "used X to attack Y": the subject's purpose)
            return obj
        subj = next((c for c in cur.children if c.dep_ in deps), None)
        if subj is not None:
            return subj
    return None


def agent_phrase(tok: Token) -> Token | None:
    found = next((c for c in tok.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")), None)
    if found is None and tok.pos_ == "VERB" and passive_marked(tok):
        # the parser hangs a passive's agent on its object predicate: 'was labelled a liar by X' (the marks only:
        # is_passive itself asks for the agent phrase)
        found = next((g for c in tok.children if c.dep_ == "oprd" for g in c.children
                      if g.dep_ == "prep" and g.lower_ == "by"), None)
    if found is None and tok.pos_ == "VERB" and passive_marked(tok):
        # or on what its 'of', 'for' or 'with' phrase says: 'was accused of spying by X', 'was charged with theft by X',
        # 'was investigated for fraud by X' (18 such phrases in the 5,000 articles, all but the two put before the
        # verb its agent)
        found = next((x for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "with") and c.i > tok.i
                      for g in c.children if g.dep_ in ("pobj", "pcomp")
                      for x in g.children if x.dep_ == "prep" and x.lower_ == "by"
                      # not armed men, who did the act the verb is about ('convicted of atrocities by rebels')
                      and not any(agent_sector(o) in ("MIL", "REB", "UAF") for o in x.children if o.dep_ == "pobj")),
                     None)
    return found


def shared_right_conjunct(tok: Token) -> Token | None:
    """The verb coordinated right after a verb that has no complement of its own, whose object or agent both share
    ("shot and killed X", "was struck and injured by X", "condemned and rejected the plan"): only a coordinator,
    adverbs or commas stand between them (not "resigned, and X then named Y")."""
    conj = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i), None)
    if conj is None or any(c.dep_ in ("dobj", "dative", "prep", "agent", "attr", "oprd", "ccomp", "xcomp")
                           and c.i > tok.i for c in tok.children):
        return None
    between = tok.doc[tok.i + 1:conj.i]
    if not any(t.dep_ == "cc" for t in between) or any(
            t.dep_ not in ("cc", "punct", "advmod", "aux", "auxpass", "neg", "preconj") for t in between):
        return None
    if any(t.dep_ == "neg" for t in between):
        return None
    return conj


# Verbs whose infinitive is done by their object ("ordered X to pay"): with an infinitive and no object, passive
# ("X was sentenced and ordered to pay", however the tagger reads "ordered").
OBJECT_CONTROL = {"order", "ask", "tell", "force", "urge", "allow", "require", "invite", "instruct", "compel",
                  "oblige", "encourage", "permit", "advise", "direct", "authorize", "authorise", "persuade", "forbid"}


def _passive_head(conj: Token) -> bool:
    """A coordinated verb whose first conjunct is passive with a subject, and which has no subject of its own."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
        return False
    first = conj.head  # the first of several conjuncts: "X was fired, arrested and charged"
    while first.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children):
        first = first.head
    kids = list(first.children)
    return any(c.dep_ == "nsubjpass" for c in kids) or _headline_passive(first, kids)  # "X killed and injured"


# Verbs that cannot go without an object: with a subject and none, the clause is a passive whose auxiliary a
# headline, caption or list leaves out ("Taliban leader killed in Afghanistan", "Jackson arrested on DUI charge",
# "six arrested", "30 wounded in blast"; about 130 such clauses in the cached parses).
OBLIGATORY_OBJECT = {"arrest", "detain", "kill", "injure", "wound", "kidnap", "abduct", "imprison", "jail", "slay",
                     "convict", "sentence", "indict", "deport", "execute", "assassinate", "behead", "torture"}


def _headline_passive(tok: Token, kids: list[Token]) -> bool:
    return tok.tag_ in ("VBD", "VBN") and tok.lemma_.lower() in OBLIGATORY_OBJECT \
        and any(c.dep_ == "nsubj" for c in kids) and not any(
            c.dep_ in ("aux", "dobj", "dative", "ccomp", "xcomp", "attr", "oprd", "prt") for c in kids) \
        and not _object_shared(tok)


def _object_shared(tok: Token) -> bool:
    """'X arrested and searched the prisoners': the coordinated verb's object serves both."""
    conj = shared_right_conjunct(tok)
    return conj is not None and any(c.dep_ in ("dobj", "dative") for c in conj.children)


def passive_marked(tok: Token) -> bool:
    """A verb with the parser's marks of the passive: a passive subject or auxiliary ('was arrested')."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


def is_passive(tok: Token) -> bool:
    kids = list(tok.children)
    if _headline_passive(tok, kids):
        return True
    if tok.lower_ == "opposed" and agent_phrase(tok) is None and tok.i + 1 < len(tok.doc) \
            and tok.doc[tok.i + 1].lower_ == "to":
        return False  # "X is opposed to Y": X's stance, as the PLOVER codebook has it, not something done to X
    if passive_marked(tok):
        return True
    if tok.dep_ == "conj" and tok.tag_ in ("VBN", "VBD") and not any(
            c.dep_ in ("aux", "dobj") or c.dep_ in ("xcomp", "ccomp") and tok.tag_ == "VBD"
            and tok.lemma_.lower() not in OBJECT_CONTROL for c in kids) \
            and _passive_head(tok) and is_passive(tok.head):
        # "X was arrested and sentenced", "X was convicted and jailed" (which the tagger may read as a past tense),
        # "was sentenced and ordered to pay": the auxiliary of the first serves both; "X was briefed and has
        # pledged", "was invited but refused to go" are active
        return True
    # a participle on a noun ("the sanctions imposed last week") is passive; a relative clause with its own subject
    # is not ("the sanctions that the US imposed", which the tagger may tag VBN), nor a perfect with its subject,
    # whose 'by' tells how or how much ("the Senate had passed the bill by unanimous consent", "has risen by 5%":
    # 196 such verbs in the cached corpus parses, none passive)
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids) and any(c.dep_ == "nsubj" for c in kids):
        return False
    return tok.tag_ == "VBN" and (agent_phrase(tok) is not None or (
        tok.dep_ in ("acl", "relcl") and not any(c.dep_ == "aux" or c.dep_ == "nsubj" and tok.dep_ == "relcl"
                                                 for c in kids)))


# Texts one signs that hold one's own words, not an agreement with another: of the 419 uses of 'sign' in the
# corpus, 36 sign these (statement 11, letter 11, petition 10, affidavit 2, form 2), and 'a confession that X
# signed' once, in a relative clause; CAMEO's SIGN is an agreement, a treaty, a declaration or a protocol. Their
# signers are their authors ('signed a letter demanding X').
SIGNED_TEXTS = frozenset({"letter", "petition", "statement", "affidavit", "form", "confession"})


def own_words(text: Token) -> bool:
    """A signed text of one's own words (SIGNED_TEXTS), not one of several parties together, which is an agreement
    ('a joint statement', 'a statement of joint understanding', 'a letter of intent')."""
    return text.lemma_.lower() in SIGNED_TEXTS and not any(
        c.dep_ == "amod" and c.lower_ in ("joint", "common") or c.dep_ == "prep" and c.lower_ == "of"
        for c in text.children)


def _author(text: Token, idx: ActorIndex) -> list[int]:
    """The author of a statement, letter or article: its owner ('the ministry's statement'), its source
    ('a letter from X', 'a statement by X', 'a statement issued by X'), or the subject of a verb of authoring
    that has it as object ('X released a statement'; not 'X welcomed a report') or of a verb of saying that
    speaks in it ('X said in a statement'); for a definite one that names none ('the statement'), the author of the
    nearest one named before that names it ('X issued a statement on Monday. The statement urged ...'). (A review
    proposed stopping at the text's introduction, 'Iran welcomed a report. The report criticised Y': tried, it lost
    more right authors than it mended, another text of the word in between: 'X released a report ... a report that
    could not be located ... The report found'.)"""
    found = _own_author(text, idx)
    if not found:  # the nearest earlier mention of such a text that names its author
        found = next((a for prev in idx.coref.earlier_mentions(text) for a in [_own_author(prev, idx)] if a), [])
    return found


def _own_author(text: Token, idx: ActorIndex) -> list[int]:
    """The author a text's own phrase or clause names (`_author`)."""
    owner = next((c for c in text.children if c.dep_ == "poss"), None)
    if owner is not None:
        return np_actors(owner, idx)
    source = next((c for c in text.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")), None)
    source = source or next(iter(participle_agents(text)), None)
    if source is not None:
        return pobj_actors(source, idx)
    if text.dep_ == "dobj":
        verb = text.head
        authored = authored_by(verb, text) or own_words(text) and verb.lemma_.lower() == "sign"
    elif text.dep_ == "pobj" and text.head.lower_ in ("in", "through", "via") and text.head.dep_ == "prep":
        verb = text.head.head
        authored = states_in(verb)
    else:
        return []
    if verb.pos_ not in ("VERB", "AUX") or is_passive(verb) or not authored:
        return []
    return _subject_actors(verb, idx)


def _with_parties(r: Roles, parties: list[int]) -> None:
    """The parties "between" whom it happens: with no other actor1, the first acts with the others;
    else they are who actor1 acts with."""
    if parties and not r.actor1:
        r.actor1, r.actor2, r.symmetric = parties[:1], parties[1:], True
    elif parties:
        r.actor2 = [p for p in parties if p not in r.actor1]


def _between(tok: Token, idx: ActorIndex) -> list[int]:
    return next((pobj_actors(c, idx) for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"), [])


def _noun_between(noun: Token, idx: ActorIndex) -> list[int]:
    """The parties of an event noun's own 'between' phrase, or of the participle that tells how it came about ('the
    treaty signed between X and Y', 'talks held between X and Y': 12 such in the 5,000 articles' parses)."""
    return _between(noun, idx) or next((found for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                                        for found in [_between(c, idx)] if found), [])


# Verbs of PLOVER acts that take no object ("resigned", "retaliated", "marched"): coordinated before another verb
# they do not share its object ("resigned and criticized the government", "retaliated and expelled X's envoy")
INTRANSITIVE = {"resign", "retire", "quit", "step", "retaliate", "march", "demonstrate", "riot", "rebel", "revolt",
                "flee", "surrender", "mutiny", "defect", "die"}


def passed_by(verb: Token) -> Token | None:
    """The body a bill, a law or a resolution passes, which thereby passes it: 'the bill passed the Senate', 'the
    measure passed in the House' (in the 5,000-article corpus about 12 such clauses, against some 150 'X passed the
    bill'); None for any other 'pass' ('the bill passed 405-18': no body)."""
    if verb.lemma_.lower() != "pass" or is_passive(verb):
        return None
    subj = subject(verb)
    if subj is None or subj.lemma_.lower() not in LEGISLATION_NOUNS:
        return None
    return next((g for c in verb.children for g in ([c] if c.dep_ == "dobj" else c.children if c.dep_ == "prep"
                 and c.lower_ in ("in", "through") else []) if g.dep_ in ("dobj", "pobj")), None)


def verb_roles(trig: Token, idx: ActorIndex) -> Roles:
    kids = list(trig.children)
    r = Roles()
    shared = shared_right_conjunct(trig) if trig.lemma_.lower() not in INTRANSITIVE else None
    if is_passive(trig):
        agent = agent_phrase(trig)
        if agent is None and shared is not None and is_passive(shared):
            agent = agent_phrase(shared)
        r.actor1 = pobj_actors(agent, idx) if agent is not None else []
        subj = subject(trig)
        if subj is None:
            subj = trig.head if trig.dep_ in ("acl", "relcl") else inherited_subject(trig)
        if subj is not None:
            r.actor2 = np_actors(subj, idx)
            if not r.actor1 and np_direct(subj, idx) is None and is_event_noun(subj):
                # "El Salvador's participation was formalized": the owner of the participation acts
                owner = next((c for c in subj.children if c.dep_ == "poss"), None)
                r.actor1 = [a for a in [np_actor(owner, idx)] if a is not None] if owner is not None else []
                r.actor2 = []
            elif not r.actor2 and subj.dep_ == "nsubjpass" and not affiliate(subj) \
                    and not (adopts_legislation(trig) or directs(trig)):
                # the subject of a passive is the object of the active: 'France's proposal was rejected by Germany' as
                # 'Germany rejected France's proposal' (France); read in its own words only (`owner_actors`)
                r.actor2, r.direct = owner_actors(subj, idx, r.actor1), False
    elif (body := passed_by(trig)) is not None:
        r.actor1 = np_actors(body, idx)  # 'the bill passed the Senate': the Senate passed it
        return r
    else:
        subj = subject(trig) or inherited_subject(trig)
        r.actor1 = np_actors(subj, idx) if subj is not None else []
        if subj is None and trig.dep_ == "acl" and trig.tag_ == "VBG" and trig.head.lemma_.lower() in UTTERANCE_NOUNS:
            r.actor1 = _author(trig.head, idx)  # 'X issued a statement condemning Y': X condemns Y
        elif subj is not None and not r.actor1 and subj.lemma_.lower() in UTTERANCE_NOUNS:
            r.actor1 = _author(subj, idx)  # 'a statement by X condemned Y', 'the ministry's statement urged Y': X
    _with_parties(r, _between(trig, idx))
    if not r.actor2:
        r.actor2, r.direct = _verb_recipients(trig, kids, idx, r.actor1)
    if not r.actor2 and shared is not None and not is_passive(trig) and not is_passive(shared):
        r.actor2, r.direct = _verb_recipients(shared, list(shared.children), idx, r.actor1)
    r.jointly = _jointly(trig)
    return r


JOINT_WORDS = {"jointly", "together", "mutually"}


# Verbs of making an agreement: whoever makes one together makes it with the others
CONCLUDING = {"sign", "conclude", "reach", "finalize", "finalise", "ink", "seal", "strike", "negotiate"}


@lru_cache(maxsize=1)
def agreement_nouns() -> frozenset[str]:
    """The nouns of an agreement between parties: CAMEO's &TREATY and &CEASEFIRE classes and the other documents its
    SIGN patterns code as shared (resources/agreement_nouns.txt)."""
    classes = vocabulary().classes
    return frozenset(w.lower() for c in ("&TREATY", "&CEASEFIRE") for w in classes.get(c, ())) \
        | word_list("agreement_nouns.txt")


def _jointly(trig: Token) -> bool:
    """'jointly signed', 'met together', 'supporting each other': the subjects act with one another; so do
    those who make an agreement ('A and B signed a treaty', 'concluded an accord', 'the deal was signed by A and B',
    'a truce signed by A and B': `agreement_nouns`), not those who judge one ('A and B denounced the treaty': each on
    its own)."""
    if any(c.lower_ in JOINT_WORDS for c in trig.children):
        return True
    if trig.lemma_.lower() in CONCLUDING and (
            any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in agreement_nouns() for c in trig.children)
            or trig.dep_ == "acl" and trig.tag_ == "VBN" and trig.head.lemma_.lower() in agreement_nouns()):
        return True
    return any(c.dep_ in ("dobj", "pobj", "prep") and " ".join(t.lower_ for t in c.subtree) in (
        "each other", "one another", "with each other", "with one another") for c in trig.children)


def for_clause(verb: Token) -> Token | None:
    """The verb's clause of 'for' and an infinitive with a subject of its own ('called for Bolivia to withdraw',
    'called for the prisoners to be released'), or None."""
    return next((c for c in verb.children if c.dep_ in ("advcl", "ccomp", "xcomp")
                 and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                 and subject(c) is not None), None)


# Verbs of asking for something, with 'for', a subject and an infinitive ('called for Bolivia to withdraw', 'pleaded
# for the rebels to attend'): a demand of the clause's subject (REQUEST), as CAMEO's 'call for' a thing is. In the
# 5,000-article corpus 'call' takes such a clause 82 times, 'push' and 'ask' 4 each, 'appeal' and 'press' fewer.
ASKING_FOR = {"call", "ask", "appeal", "push", "press", "plead"}


def asks_for(verb: Token) -> Token | None:
    """The 'for X to' clause of a verb of asking whose subject can ask (a name, a person, a body: not 'the agreement
    calls for X to withdraw', a text's terms), else None."""
    if verb.lemma_.lower() not in ASKING_FOR:
        return None
    subj = subject(verb) or inherited_subject(verb)
    if subj is None or not someone(relative_antecedent(subj)):
        return None
    return for_clause(verb)


# Verbs of saying or directing that, with an object and an infinitive, order the object to act ('the FDA told the
# company to withdraw the drug', 'X instructed its diplomats to veto the text', 'directed the banks to stop'): the
# codebook's REQUEST ("all requests, demands, and orders"), as 'order' and 'ask' are; CAMEO reads 'tell' as a
# statement, 'direct' and 'command' as managing, 'instruct' as nothing. In the 5,000-article corpus these verbs
# take an object and an infinitive 115 times (tell 88, instruct 14, direct 13). Not the press told what to expect
# ('told reporters to expect a decision'), nor 'told X how to'.
DIRECTING = {"tell", "instruct", "direct", "command"}


def directs(verb: Token) -> bool:
    """A verb of DIRECTING with the one directed (its object, or a passive's subject) and an infinitive."""
    if verb.lemma_.lower() not in DIRECTING:
        return False
    directed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(directed) and not any(agent_sector(c) == "MED" or c.lower_ == "press" for c in directed) and any(
        c.dep_ == "xcomp" and infinitive(c) and not any(g.tag_ in ("WRB", "WP") for g in c.children)
        for c in verb.children)


# Verbs that make a bill, a law or a resolution their own (resources/lexicon/legislation_nouns.tsv); 'adopt' also
# takes policies ('adopted tough measures against X'), so not the texts that may be policies
ADOPTING = {"pass", "adopt", "enact"}
_ADOPTED_TEXTS = LEGISLATION_NOUNS - {"measure", "package", "proposal", "reform"}  # what 'adopt' takes


# what a text passed is a form or a part of ('passed a version of the bill', 'adopted parts of the law')
_TEXT_FORMS = PARTITIVE_WORDS | {"version"}


def _adopted_texts(verb: Token) -> list[Token]:
    """The texts a verb of adopting acts on: its object or passive subject (a relative pronoun's antecedent), the noun
    its participle modifies ('a bill passed by parliament', 'the law enacted last year')."""
    texts = [relative_antecedent(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        texts.append(verb.head)
    return texts


def text_names(verb: Token, idx: ActorIndex) -> list[tuple[int, str]]:
    """The actors a passive verb of adopting with no agent names its texts by (a compound or a possessive before
    the text: 'the UN resolution which was passed', 'the Iran sanctions law enacted in 2012'), with the dependency."""
    if not is_passive(verb) or agent_phrase(verb) is not None:
        return []
    return [(found, c.dep_) for text in _adopted_texts(verb) for c in text.children
            if c.dep_ in ("compound", "poss") and c.i < text.i and (found := idx.at(c)) is not None]


def text_owner(names: list[tuple[int, str]], idx: ActorIndex) -> int | None:
    """Of a text's `text_names`, the body that adopted it: an organization ('the UN resolution', 'a Senate resolution
    adopted last month') or a country's possessive ('Peru's new law, enacted in May'). A country or place named before
    the text is what the text is about ('the Iran sanctions law'), neither its author nor whom it approves."""
    return next((found for found, dep in names
                 if idx.type_of(found) == ORG or dep == "poss" and idx.type_of(found) == COUNTRY), None)


def _text_words(tok: Token) -> set[str]:
    """The words that may say what a text is: its noun, and the last word of the title it is part of ('Resolution
    1559'; 'the Prevention of Terrorism Act enacted in 2002': act)."""
    name = entity_of(tok, ("ORG", "LAW", "WORK_OF_ART")) if tok.pos_ == "PROPN" else None
    return {tok.lemma_.lower()} | ({name[-1].lemma_.lower()} if name is not None else set())


def _named_text(tok: Token) -> bool:
    """A text named by its title or number ('H.R. 304', 'Resolution 1559'), not a noun a number only modifies ('the
    60-vote threshold')."""
    return tok.pos_ in ("PROPN", "NUM") or any(c.dep_ == "nummod" for c in tok.children)


def adopts_legislation(verb: Token) -> bool:
    """'the Senate passed the bill', 'the council adopted a resolution', 'the law was enacted by parliament', 'the
    bill passed the Senate', 'a bill passed by parliament', 'passed a version of the bill': approval, the codebook's
    SUPPORT (CAMEO reads 'pass' as allowing, 'adopt' as embracing); and a legislature (a Phoenix LEG role: 'the
    Senate', 'parliament', 'Congress') passing or enacting a text named by its title or number ('the House passed
    H.R. 304'). Not a text handed on ('passed the proposal on to X', 'passed the report to X')."""
    lemma = verb.lemma_.lower()
    if lemma not in ADOPTING or handed_to(verb) or any(c.lower_ == "on" and (c.dep_ in ("prt", "advmod") or (
            c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children))) for c in verb.children):
        return False  # 'passed it to X', 'passed it on (to X)'; not 'passed it on Tuesday'
    words = _ADOPTED_TEXTS if lemma == "adopt" else LEGISLATION_NOUNS
    texts = _adopted_texts(verb)
    forms = [g for t in texts if t.lemma_.lower() in _TEXT_FORMS for c in t.children
             if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if any(_text_words(t) & words for t in texts + forms) or passed_by(verb) is not None:
        return True
    if lemma == "adopt" or not any(_named_text(t) or t.lemma_.lower() == "version" for t in texts):
        return False
    if is_passive(verb):
        agent = agent_phrase(verb)
        body = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    else:
        body = subject(verb)
    body = relative_antecedent(body) if body is not None else None
    if body is None or body.ent_type_ == "PERSON":
        return False
    name = entity_of(body, ("ORG", "GPE", "NORP", "FAC"))  # 'the House of Representatives'
    return (role_sector(name.text) if name is not None else agent_sector(body)) == "LEG"


def _verb_recipients(trig: Token, kids: list[Token], idx: ActorIndex, a1: list[int]) -> tuple[list[int], bool]:
    """actor2 of an active verb: its object, dative, recipient preposition, or (found deeper, not
    direct) an actor inside its object or the object of its complement."""
    for c in kids:
        if c.dep_ == "dobj" and _own_forces(c):
            continue  # 'withdrew its troops from Y', 'sent their soldiers to Y': whom the act is on or for is Y
        if c.dep_ in ("dobj", "dative", "attr", "oprd"):
            found = [a for a in np_actors(c, idx) if a not in a1]
            if not found and is_event_noun(c):  # "signed an agreement between X and Y"
                found = [a for a in _between(c, idx) if a not in a1]
            if found:
                return found, True
    preps = RECIPIENT_PREPS + (("of", "about") if trig.dep_ == "acomp" else ()) \
        + (("at",) if _aimed(trig, kids) else ())  # "critical of Y", "fired at Y"
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in preps:
            found = [a for a in pobj_actors(c, idx) if a not in a1]
            if not found:
                found = [a for gc in c.children if gc.dep_ == "pobj" and is_event_noun(gc)
                         for a in _between(gc, idx) if a not in a1]
            if found:
                return found, True
    clause = asks_for(trig)
    addressee = subject(clause) if clause is not None else None
    if addressee is not None and addressee.dep_ == "nsubj":  # 'called for Bolivia to withdraw': whom the act is
        # asked of; not a passive clause's subject, what the act is done to ('called for X to be punished')
        found = [a for a in np_actors(addressee, idx) if a not in a1]
        if found:
            return found, True
    if adopts_legislation(trig) or directs(trig):
        return [], True  # a text approved names no one it is done to ('passed a bill imposing sanctions on X'); an
        # order is given to its object alone ('told its diplomats to vote against Y' is no order to Y)
    for c in kids:
        if c.dep_ in ("dobj", "dative", "attr", "oprd") and not affiliate(c):  # "approved the deployment of troops
            # to assist Haiti"; not the one kin or supporters are named by ('arrested the brother of X')
            found = nearest_theme(c, idx, a1)
            if found:
                return found, False
    for c in kids:  # "agreed to a suspension of sanctions against Cuba", "called for the release of X"
        if c.dep_ == "prep" and c.lower_ in preps:
            found = next((f for gc in c.children if gc.dep_ == "pobj" and is_event_noun(gc)
                          for f in [nearest_theme(gc, idx, a1)] if f), [])
            if found:
                return found, False
    for c in kids:
        if c.dep_ in ("xcomp", "ccomp"):
            found = [a for a in clause_actors(c, idx) if a not in a1][:1]
            if not found and c.dep_ == "xcomp":  # "threatened to break relations with Russia"
                found = next((f for o in c.children if o.dep_ in ("dobj", "prep")
                              for f in [nearest_theme(o, idx, a1)] if f), [])
            if found:
                return found, False
    return [], True


# A body's possessive pronouns: 'its troops', 'their soldiers', 'our forces' (of the 98 corpus objects naming forces
# with a possessive pronoun, all but a few are the subject's own moved: 'withdraw its' 14, 'withdraw their' 5, 'bring
# our' 5, 'pull its' 4); a person's ('his aircraft', 'her guard') may be whom an attack is on
_BODY_POSSESSIVES = {"its", "their", "our"}


def _own_forces(obj: Token) -> bool:
    """An object naming armed or police forces owned by a body's possessive pronoun ('its troops', 'their
    soldiers'): the subject's own forces, which it moves, not an actor acted on."""
    return names_forces(obj) and any(c.dep_ == "poss" and c.lower_ in _BODY_POSSESSIVES for c in obj.children)


def owner_actors(noun: Token, idx: ActorIndex, but: list[int]) -> list[int]:
    """Whose the thing a noun names is, other than `but`, from its own words: its possessor ('Peru's offer'), a name
    before it ('Navy personnel'), its 'of' or 'by' phrase ('attacks of the army', 'an effort by Peru'); not an actor
    further inside its clauses ('a motion demanding officials from X', 'the summit, held in Lima, Peru'), which
    `nearest_theme` reads. Its agent ('by') first: 'the arrest of X by the police' is the police's."""
    for c in sorted(noun.children, key=lambda c: not (c.dep_ == "prep" and c.lower_ == "by")):
        if c.dep_ == "poss":
            found = np_actors(c, idx)
        elif c.dep_ in ("compound", "nmod") and c.i < noun.i:
            found = [hit for hit in [idx.at(c)] if hit is not None and stands_for(noun, hit, idx)]
        elif c.dep_ == "prep" and c.lower_ in ("of", "by"):
            found = pobj_actors(c, idx)
        else:
            continue
        found = [a for a in found if a not in but]
        if found:
            return found
    return []


def theme_actors(tok: Token, idx: ActorIndex) -> list[int]:
    """Actors named inside an object phrase: its prepositional objects and clauses, nearest first."""
    return [a for a, _ in _theme_hits(tok, idx)]


def nearest_theme(tok: Token, idx: ActorIndex, but: list[int]) -> list[int]:
    """The nearest actor inside an object phrase, other than `but`, with those coordinated with it ('threatened to
    cut ties with Peru and Chile': both, one event each; 'approved the deployment of troops to assist Haiti': Haiti)."""
    hits = [(a, t) for a, t in _theme_hits(tok, idx) if a not in but]
    if not hits:
        return []
    coordinated = {t.i for t in conjuncts(hits[0][1])}
    return list(dict.fromkeys(a for a, t in hits if t.i in coordinated))


def _theme_hits(tok: Token, idx: ActorIndex) -> list[tuple[int, Token]]:
    out: list[tuple[int, Token]] = []
    seen: set[int] = set()
    frontier = [tok]
    for _ in range(4):
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.dep_ == "punct" or c.dep_ in ("poss", "compound") and affiliate(t):
                    continue  # "thanked Chile's neighbours": not Chile
                hit = idx.at(c)
                if hit is not None and hit not in seen and (
                        c.dep_ not in ("compound", "amod", "nmod") or stands_for(t, hit, idx)):
                    out.append((hit, c))  # not the country of "the U.S. media"
                    seen.add(hit)
                nxt.append(c)
        frontier = nxt
    return out


def clause_actors(tok: Token, idx: ActorIndex) -> list[int]:
    """Objects (not subjects) of a complement clause: "proposed exporting strategies to Haiti"."""
    out = []
    for c in tok.children:
        if c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS):
            found = np_actors(c, idx) if c.dep_ != "prep" else pobj_actors(c, idx)
            out.extend(a for a in found if a not in out)
    return out


# Types whose event noun, with no object phrase, takes the one it is done to as its owner:
# "Hariri's assassination", "Navalny's arrest" (but "Israel's attack on Gaza": the owner acts; and the
# nouns of attacks and operations, AGENT_OWNER_NOUNS, "the army's offensive", name who carries them out).
PATIENT_OWNER = {"ASSAULT", "COERCE"}
# verbs whose subject undergoes what happens in an attack or an arrest: 'died in the attack', 'lost a friend in the
# bombing', 'was hurt in clashes' (the passive is excluded already) tell a victim, not who attacked
UNDERGOING = {"die", "perish", "lose", "suffer", "survive", "sustain", "escape", "flee"}


# Types whose event noun's "from" names what is left, not who acts ("withdrawal from Iraq", "expulsion
# from the party"); for the others it names the source ("criticism from the UN", "aid from Japan").
LEFT_FROM = {"RETREAT", "SANCTION"}


# what an 'on' phrase of an arrest or a detention gives as its grounds, not whom it is done to ('his arrest on
# suspicion of drunk driving', 'her detention on charges of fraud')
_GROUNDS = {"suspicion", "charge", "allegation", "accusation", "ground", "count", "basis", "warrant", "order"}


def _object_phrase(trig: Token) -> bool:
    """Whether an event noun has a phrase naming whom it is done to ('attack on Gaza'; not a date's 'on Monday', nor
    the grounds of an arrest, 'on suspicion of')."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "on", "against", "upon")
               and not any(g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or c.lower_ in ("on", "upon")
                                                  and g.lemma_.lower() in _GROUNDS) for g in c.children)
               for c in trig.children)


# verbs with which one owns an act as one's own: "claimed responsibility for the bombing" (64 such phrases
# in the 5,000-article corpus); not "denied responsibility for"
CLAIMING = {"claim", "take", "accept", "admit", "assume", "bear"}


def _claimed(trig: Token) -> Token | None:
    """The verb by which someone takes responsibility for the event noun ('claimed responsibility for the
    kidnapping'), or None."""
    prep = trig.head
    if trig.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() != "responsibility":
        return None
    resp = prep.head
    verb = resp.head
    return verb if resp.dep_ == "dobj" and verb.lemma_.lower() in CLAIMING else None


def _owners(poss: Token, trig: Token, idx: ActorIndex) -> list[int]:
    """Whose the event noun is: its possessor; 'their' on the object of a verb with a coordinated subject
    is every conjunct ('France and Germany reaffirmed their support')."""
    if poss.lower_ == "their" and trig.dep_ == "dobj":
        subj = subject(trig.head)
        found = np_actors(subj, idx) if subj is not None else []
        if len(found) >= 2:
            return found
    return [a for a in [np_actor(poss, idx)] if a is not None]


# Nouns of being tried (the codebook's ACCUSE "bring to trial"), whose owner is the one tried, whatever else the
# sentence says: "Dreslin's trial", "the Dreslin trial", "the trial of Dreslin"; and the phrases of CAMEO's dictionary
# in which a verb's subject is the one tried ("stand trial", "face trial", "go on trial") or its object is ("put X on
# trial", "bring X to trial").
TRIED_NOUNS = frozenset({"trial"})
# the trials that test something, the noun's other sense in the news (the corpus's modifiers of 'trial' of that
# sense: 'free' 4, 'clinical' 2, 'field' 1)
TESTING_TRIALS = {"clinical", "field", "free"}
FACING_TRIAL = {"face", "stand", "await", "undergo"}
ON_TRIAL = {"go", "be", "remain"}
PUTTING_ON_TRIAL = {"put", "bring", "send"}


def _tried_roles(trig: Token, idx: ActorIndex) -> Roles:
    """Who is tried (actor2) and who tries (actor1, where a verb of putting on trial names them) for a noun of
    TRIED_NOUNS."""
    r = Roles()
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in TESTING_TRIALS for c in trig.children):
        return r  # 'a clinical trial', 'a vaccine trial': a test, no one tried
    of = next((c for c in trig.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:  # 'the tribunal's trial of X': X, whoever owns the trial
        r.actor2 = pobj_actors(of, idx)
    for c in trig.children:
        if c.dep_ in ("poss", "compound") and not r.actor2:
            # a country owns a trial as its setting or its prosecutor ("Greece's biggest trial"), not as its accused
            r.actor2 = [a for a in [np_actor(c, idx)] if a is not None and idx.type_of(a) != COUNTRY]
    head = trig.head
    verb = head.head if trig.dep_ == "pobj" else head
    if r.actor2 or verb.pos_ not in ("VERB", "AUX"):
        return r
    lemma = verb.lemma_.lower()
    if trig.dep_ == "dobj" and lemma in FACING_TRIAL \
            or trig.dep_ == "pobj" and head.lower_ == "on" and lemma in ON_TRIAL:
        r.actor2 = _subject_actors(verb, idx)
    elif trig.dep_ == "pobj" and head.lower_ in ("on", "to") and lemma in PUTTING_ON_TRIAL:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        subj = subject(verb)
        if is_passive(verb):
            obj, agent = subj or inherited_subject(verb), agent_phrase(verb)  # 'was arrested and put on trial'
            r.actor1 = pobj_actors(agent, idx) if agent is not None else []
        else:
            r.actor1 = np_actors(subj, idx) if subj is not None else []
        r.actor2 = [a for a in (np_actors(obj, idx) if obj is not None else []) if a not in r.actor1]
    return r


def _opposed(noun: Token, idx: ActorIndex) -> tuple[set[int], int] | None:
    """The actor an 'anti-X' modifier of a protest noun names and the modifier's tokens: 'anti-Japanese protests'
    are against Japan (a country the text names, by its demonym or name), 'anti-Thaksin rallies' against Thaksin,
    'anti-Hamas marches' against Hamas; the modifier names whom the act is against, never who acts. None where it
    names no actor of the text ('anti-government', 'anti-war')."""
    doc = noun.doc
    for c in noun.lefts:
        if c.lower_ != "anti" or not stance_prefix(doc, c.i, noun.i):
            continue
        word = doc[c.i + 2]
        hit = idx.at(word)
        if hit is not None and idx.type_of(hit) == LOCATION:
            hit = None  # a place's name: the people or state of it, below, or none
        if hit is None and (code := geo.nation_code(word.text)):
            hit = next((a.local_id for a in idx.actors if a.actor_type == COUNTRY and a.country == code), None)
        if hit is None:  # a person's surname, or a body's name (the tagger often takes either for an adjective)
            hit = idx.coref.by_word(word.text)
            hit = hit if hit is not None else idx.coref.body_named(word.text)
        if hit is not None:
            return {c.i, c.i + 1, word.i}, hit
    return None


_DEFINITE = {"the", "this", "that", "these", "those"}


def _definite(noun: Token) -> bool:
    """A noun with a definite article or demonstrative, or a possessive ('the protest', 'his arrest')."""
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE or c.dep_ == "poss" for c in noun.children)


def noun_roles(trig: Token, idx: ActorIndex, event_type: str | None = None) -> Roles:
    if trig.lemma_.lower() in TRIED_NOUNS:
        return _tried_roles(trig, idx)
    kids = list(trig.children)
    r = Roles()
    opposed = _opposed(trig, idx) if event_type == "PROTEST" else None  # 'anti-Japanese protests': against Japan
    if opposed is not None:
        r.actor2 = [opposed[1]]
        kids = [c for c in kids if c.i not in opposed[0]]
    # the owner undergoes an arrest or an attack ('his arrest'), and any act whose doer a 'by' phrase names ('Hamas's
    # condemnation by the UN', 'the minister's censure by parliament'); a 'by' phrase of time, means or place names no
    # doer ('Israel's withdrawal by the end of the year', 'X's attack by air')
    by = agent_phrase(trig)
    doers = pobj_actors(by, idx) if by is not None else []
    owner_undergoes = not _object_phrase(trig) and (
        event_type in PATIENT_OWNER and trig.lemma_.lower() not in AGENT_OWNER_NOUNS or bool(doers))
    # the parties 'between' whom it happens are its actors, not a body named before the noun, which hosts or
    # frames it ('EU negotiations between Serbia and Kosovo')
    between = _noun_between(trig, idx)
    parties = len(between) >= 2
    for c in kids:
        if c.dep_ == "poss" and owner_undergoes:
            r.actor2 = [a for a in [np_actor(c, idx)] if a is not None]
        elif c.dep_ == "poss":
            r.actor1 = _owners(c, trig, idx)
        elif c.dep_ in ("compound", "amod") and not r.actor1 and not parties \
                and (c.dep_ == "compound" or c.ent_type_ == "NORP"):
            r.actor1 = [a for a in [np_actor(c, idx)] if a is not None]
    if not r.actor1 and not parties:
        r.actor1 = [a for a in [leader(trig, idx)] if a is not None]  # "the US-led invasion"
    if not r.actor1:  # "the arrest of X by Y"
        r.actor1 = doers[:1]
    if not r.actor1 and event_type not in LEFT_FROM:  # "criticism from the UN", "an investigation from the SEC"
        r.actor1 = _actors_after(kids, ("from",), idx)
    if not r.actor1 and (asker := _asked_by(trig, kids, idx)):
        # "X sent troops at the request of Y": Y asked, and the one asked does the verb: its subject, or a passive's
        # agent ('was arrested by X at the request of Y': its subject is whom it was done to, not who was asked)
        verb = trig.head.head
        if is_passive(verb):
            asked = _relative_actors(verb, idx)
        else:
            asked = _subject_actors(verb, idx)
        r.actor1, r.actor2 = asker, [a for a in asked if a not in asker]
        return r
    head, light = trig.head, light_verb_of(trig)
    if _had_from(trig, event_type):
        light = None  # "X has the support of Y": received, not done (below)
    taking_part = light is not None and bool(set(lemmas(light)) & PARTICIPATING)
    if not r.actor1 and light is not None and not taking_part:
        r.anchor = light  # "X held talks with Y", "X and Y held talks"
    elif not r.actor1 and taking_part and (found := _participants(light, trig, idx)):
        r.anchor, r.actor1 = light, found  # "X joined the strike", "X attended the summit"
    elif not r.actor1 and (relative := relative_light_verb(trig)) is not None \
            and (found := _relative_actors(relative, idx)):
        r.anchor, r.actor1 = relative, found  # "the sanctions that X imposed on Y", "the sanctions imposed by X"
    elif not r.actor1 and trig.dep_ == "nsubjpass" and set(lemmas(head)) & LIGHT_OR_CLAIM \
            and _done_by_subject(head, trig) \
            and (agent := agent_phrase(head)) is not None and (found := pobj_actors(agent, idx)):
        r.anchor, r.actor1 = head, found  # "the protest was organized by X", "the attack was carried out by X"
    elif not r.actor1 and (claiming := _claimed(trig)) is not None:
        r.anchor = claiming  # "X claimed responsibility for the attack": X carried it out
    elif not r.actor1 and trig.dep_ == "pobj" and head.dep_ == "prep" and (
            head.lower_ in SETTING_PREPS or head.lower_ in MEETING_PREPS and event_type == "CONSULT"
            or head.lower_ == "on" and trig.lemma_.lower() in VISITING) \
            and head.head.pos_ == "VERB" and head.head.lemma_.lower() != "be" and not is_passive(head.head) \
            and not (event_type in PATIENT_OWNER and head.head.lemma_.lower() in UNDERGOING) \
            and not (head.lower_ == "during" and event_type != "CONSULT" and _definite(trig)):
        # what one does 'during the protest', 'during the execution', an act the text has told or names as known, is
        # done at its time by anyone there ('X spoke to reporters during the protest', 'Y refused a blindfold during
        # the execution'); 'during a strike', 'during an investigation' one is mostly its actor, and in a meeting or
        # a visit those who act take part. In the 5,000-article corpus 12 events other than meetings took their
        # actor1 from a verb 'during the' act, 9 wrongly; 4 'during a' act, all rightly.
        r.anchor = head.head
    elif not r.actor1 and trig.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in" \
            and head.head.lemma_.lower() == "be" and event_type in ENGAGED_TYPES:
        r.anchor = head.head  # "X has been in talks with Y", "X is in support of the plan"
    elif not r.actor1 and trig.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "on" \
            and trig.lemma_.lower() == "strike" and head.head.lemma_.lower() in BEING_ON \
            and (striker := subject(head.head)) is not None and striker.pos_ in ("PROPN", "PRON"):
        r.anchor = head.head  # "X went on strike on Monday", "he has been on a hunger strike": X strikes (not
        # "the staff of X went on strike": whom they work for is the target, see find._strikers_employer)
    if r.anchor is not None and not r.actor1 and not is_passive(r.anchor):
        r.actor1 = _subject_actors(r.anchor, idx)
    if light is not None and is_passive(light):
        # a verb of giving in the passive gives its subject the event ("X was given an ultimatum by Y")
        agent = agent_phrase(light)
        if not r.actor1 and agent is not None:
            r.actor1 = pobj_actors(agent, idx)
        subj = subject(light)
        r.actor2 = [a for a in (np_actors(subj, idx) if subj is not None else []) if a not in r.actor1]
    if trig.dep_ == "dobj" and (receiving(head) or _had_from(trig, event_type)
                                or _faced(trig, event_type)):
        # "Haiti received aid from Japan", "X has the support of Y": the subject gets it. A 'from' phrase names
        # the giver before an owner, who may be the one receiving ("received his endorsement from Y"; the parser
        # may hang it on the verb); an 'of' phrase only where no owner gives it ("won the support of the unions",
        # not "received Y's endorsement of his candidacy")
        givers = _actors_after(kids, ("from",), idx) or _actors_after(list(head.children), ("from",), idx)
        r.actor1 = givers or r.actor1 or _actors_after(kids, ("of",), idx)
        r.actor2 = [a for a in _subject_actors(head, idx) if a not in r.actor1]
    _with_parties(r, between)
    if not r.actor1:
        r.actor1 = _agents_of(trig, kids, idx)
    moved = _forces_moved(trig, kids, event_type)
    if moved is not None:  # 'the withdrawal of X's troops from Y': X withdraws, from Y
        r.actor1 = r.actor1 or [a for g in moved.children if g.dep_ == "pobj" for c in g.children
                                if c.dep_ in ("poss", "compound", "amod", "nmod") for a in [np_actor(c, idx)]
                                if a is not None][:1]
        # where they go or leave, which the parser may hang on the forces ('of X's troops from Y')
        kids = [c for c in kids if c.i != moved.i] + [p for g in moved.children if g.dep_ == "pobj" for p in g.children
                                                      if p.dep_ == "prep" and p.lower_ in ("from", "to", "into")]
    if not r.actor2:
        r.actor2, r.direct = _noun_recipients(trig, kids, idx, r)
    return r


# RETREAT nouns whose 'of' phrase names people someone else held and lets go, not forces that leave
_RETURNING = {"release", "repatriation", "handover", "extradition"}


def _forces_moved(trig: Token, kids: list[Token], event_type: str | None) -> Token | None:
    """The 'of' phrase naming the forces a move or a withdrawal moves ('the deployment of X's troops', 'the
    withdrawal of X's forces'): whose forces they are moves them, it is not the target. Not the people a release
    or a repatriation returns ('the release of X's soldiers': X's soldiers were held)."""
    if event_type not in ("MOBILIZE", "RETREAT") or trig.lemma_.lower() in _RETURNING:
        return None
    return next((c for c in kids if c.dep_ == "prep" and c.lower_ == "of"
                 and any(g.dep_ == "pobj" and names_forces(g) for g in c.children)), None)


# Event nouns whose 'of' phrase names who acts, not who is acted on: who meets, visits or asks ('a meeting of the
# Security Council', 'the visit of the foreign minister to Y', 'at the request of the government'); 28 corpus events
# had that actor as their target. And who promises, proposes, demands, invites or threatens ('the pledges of the
# council', 'the proposal of the Labour government', 'the threat of al-Qaeda', 'the demands of Hamas'): 15 corpus
# events change, 9 rightly; 5 'of' phrases are themes taken for actors either way ('the offer of Airbus airplanes').
AGENT_OF_NOUNS = frozenset({"meeting", "conference", "summit", "session", "visit", "request", "pledge", "promise",
                            "proposal", "offer", "demand", "ultimatum", "invitation", "threat", "warning"})
# and of backing someone, who backs ('with the support of the UN', 'the approval of the Senate'), except 'in support
# of X', which names whom
BACKING_NOUNS = frozenset({"support", "backing", "approval", "endorsement", "blessing"})


# Event nouns of asking in 'at the request of X', 'on the invitation of X': X asks, and the subject of the verb the
# phrase hangs from is the one asked, who complies (about 20 such phrases in the corpus; the verb's subject had been
# taken for the asker)
ASKED_AT = frozenset({"request", "invitation"})


def _asked_by(trig: Token, kids: list[Token], idx: ActorIndex) -> list[int]:
    """The askers of 'at/on/upon the request (or invitation) of X', or none."""
    if trig.lemma_.lower() not in ASKED_AT or trig.dep_ != "pobj" or trig.head.lower_ not in ("at", "on", "upon") \
            or trig.head.head.pos_ not in ("VERB", "AUX"):
        return []
    of = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "of"), None)
    return pobj_actors(of, idx) if of is not None else []


def _agents_of(trig: Token, kids: list[Token], idx: ActorIndex) -> list[int]:
    """Who acts, by the 'of' phrase of a noun that names them there: 'a meeting of the council', 'at the request of
    X', 'with the backing of X and Y' (not 'in support of X')."""
    lemma = trig.lemma_.lower()
    if lemma in AGENT_OF_NOUNS or lemma in BACKING_NOUNS and not (trig.dep_ == "pobj" and trig.head.lower_ == "in"):
        of = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "of"), None)
        return pobj_actors(of, idx) if of is not None else []
    return []


# An accusation one faces has been made against one: 'X faces corruption charges', 'faced criticism from Y' (about
# 50 such objects of 'face' in the corpus: charges 32, criticism 7, allegations 3, complaints, a lawsuit); not a trial,
# which is yet to come ('faces trial next month'), nor another type's noun ('faces deportation', 'faced protests')
FACED_NOT_YET = {"trial", "retrial", "prosecution", "extradition"}


def _faced(noun: Token, event_type: str | None) -> bool:
    """Facing an accusation, said as a fact: not an infinitive ('extradited to face charges', 'is expected to face
    charges') nor the complement of another verb ('risked facing condemnation')."""
    verb = noun.head
    return event_type == "ACCUSE" and verb.lemma_.lower() == "face" and noun.lemma_.lower() not in FACED_NOT_YET \
        and verb.dep_ != "xcomp" and not infinitive(verb)


def _had_from(noun: Token, event_type: str | None) -> bool:
    """'X has the support of Y', 'had the backing of Y', 'X has Y's support': to have support or aid from someone is
    to receive it (about 20 such phrases in the corpus with 'of' or 'from', 1 more with an owner), unlike 'X had
    talks with Y'."""
    return event_type in ("SUPPORT", "AID") and noun.head.lemma_.lower() == "have" and any(
        c.dep_ == "prep" and c.lower_ in ("of", "from") or c.dep_ == "poss" for c in noun.children)


def _relative_actors(verb: Token, idx: ActorIndex) -> list[int]:
    """Who does what a relative or participle clause's light verb makes of its noun: the agent of a passive one
    ("imposed by X"), the subject of an active one ("that X imposed")."""
    if is_passive(verb):
        agent = agent_phrase(verb)
        return pobj_actors(agent, idx) if agent is not None else []
    subj = subject(verb)
    return np_actors(subj, idx) if subj is not None and subj.tag_ not in ("WDT", "WP") else []


def _actors_after(kids: list[Token], preps: tuple[str, ...], idx: ActorIndex) -> list[int]:
    """The actors of the first of `kids` that is a preposition of `preps` ("criticism from X", "requests from X and
    Y": each of them acts, none is whom it is addressed to)."""
    prep = next((c for c in kids if c.dep_ == "prep" and c.lower_ in preps), None)
    return pobj_actors(prep, idx) if prep is not None else []


def _noun_recipients(trig: Token, kids: list[Token], idx: ActorIndex, r: Roles) -> tuple[list[int], bool]:
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS + ("of",):
            found = [a for a in pobj_actors(c, idx) if a not in r.actor1]
            if found:
                return found, True
    if r.anchor is not None and set(lemmas(r.anchor)) & (LIGHT_VERBS | LEGAL_LIGHT_VERBS):
        for c in r.anchor.children:  # "issued a warning to Greece", "brought charges against X"
            if c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS):
                found = [a for a in (pobj_actors(c, idx) if c.dep_ == "prep" else np_actors(c, idx))
                         if a not in r.actor1]
                if found:
                    return found, True
    for c in kids:  # "an offer to support Haiti", "a proposal for aid to Haiti"
        if c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ == "for"):
            found = [a for a in clause_actors(c, idx) + theme_actors(c, idx) if a not in r.actor1][:1]
            if found:
                return found, False
    return [], True


def pairs(r: Roles, event_type: str) -> list[tuple[int | None, int | None, bool]]:
    """(actor1, actor2, symmetric) for each event the roles state: one per actor pair.

    Coordinated subjects act each on their own ("France and Germany recalled their envoys from
    Belarus": two events), or, for reciprocal types with no other party, with each other ("Fatah
    and Hamas held talks": one symmetric event); "talks between A, B and C": A with B, A with C.
    """
    a1, a2 = r.actor1[:3], [a for a in r.actor2 if a not in r.actor1][:3]
    if r.symmetric or (len(a1) > 1 and not a2 and (event_type in RECIPROCAL or r.jointly)):
        if r.symmetric:
            first, others = a1[0], [a for a in a1[1:] + a2 if a != a1[0]]
        else:
            first, others = a1[0], a1[1:]
        return [(first, o, True) for o in others] or [(first, None, False)]
    return [(x, y, False) for x in (a1 or [None]) for y in (a2 or [None]) if x is not None or y is not None]

