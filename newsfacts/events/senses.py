"""The PLOVER sense of a token in context: its lemma, particle and object through the vocabulary.

A verb takes the type of the most specific CAMEO pattern its particle, object or prepositional
phrase matches ("ask for aid" REQUEST, "set out views" a statement: no event), else its default
(the codebook's, else CAMEO's). An event noun takes its vocabulary type. What grammar says is not
an event of the word's sense (a question, a report of a fact, a thing named by the noun) is
decided here too.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from newsfacts import geo
from newsfacts.events.evaluation import judgement, naming
from newsfacts.events.modality import CARRYING_OUT, HALTING, UNDOING, halted
from newsfacts.events.phrases import infinitive, is_event_noun, lemmas, noun_entry, relative_antecedent, someone
from newsfacts.events.roles import adopts_legislation, asks_for, directs
from newsfacts.events.vocabulary import (CODEBOOK, COOPERATIVE, NO_EVENT, PATTERN, SPEECH, Pattern, Vocabulary,
                                         table_rows, vocabulary, word_list)
from newsfacts.lexicon import PARTITIVE_WORDS


@dataclass(frozen=True)
class Trigger:
    tok: Token
    plover: str
    source: str  # CODEBOOK, CAMEO, PATTERN or NOMINAL


def particle(tok: Token) -> str:
    """The verb's particle ('lashed out', 'hit back'); 'back' or 'down' right after the verb is one where the tagger
    takes it for an adverb ('hit back at X', 'fired back', CAMEO's 'HIT BACK (AT)': criticism; 'stepped down', which
    the corpus's parses tag so 17 times in 72, CAMEO's 'STEP DOWN': a leader's resignation)."""
    found = next((c.lower_ for c in tok.children if c.dep_ == "prt"), "")
    if not found and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("back", "down") \
            and tok.doc[tok.i + 1].dep_ == "advmod" and tok.doc[tok.i + 1].head.i == tok.i:
        return tok.doc[tok.i + 1].lower_
    return found


def _objects(tok: Token) -> list[Token]:
    objs = [c for c in tok.children if c.dep_ in ("dobj", "attr", "oprd")]
    objs += [c for c in tok.children if c.dep_ == "nsubjpass"]  # "talks were held"
    if not objs:  # "refused to comment" as "refused comment": a bare to-infinitive stands for its noun
        objs = [c for c in tok.children if c.dep_ == "xcomp" and not any(g.dep_ == "dobj" for g in c.children)
                and infinitive(c)]
    return [o for x in objs for o in _conj(partitive_of(x))]


def partitive_of(tok: Token) -> Token:
    """The noun a quantity phrase is of ('most of the claims', 'a series of attacks', 'two of the suspects':
    claims, attacks, suspects), else the token itself."""
    if tok.lemma_.lower() in PARTITIVE_WORDS or tok.lower_ in PARTITIVE_WORDS or tok.like_num:
        inner = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"]
        if inner:
            return inner[0]
    return tok


def _conj(tok: Token) -> list[Token]:
    return [tok, *[c for c in tok.children if c.dep_ == "conj"]]


def _phrase_matches(head: Token, words: tuple[str, ...], vocab: Vocabulary) -> bool:
    """Whether a noun phrase headed by `head` is `words` (head last; classes expanded)."""
    if not words:
        return True
    last = words[-1]
    forms = {head.lemma_.lower(), head.lower_}
    if not any(vocab.word_in(f, last, len(words) > 1) for f in forms):
        # a class member of several words ("peacekeeping force") against the phrase's last words
        if not last.startswith("&"):
            return False
        phrase = " ".join(t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod")) + " " + head.lower_
        if not any(phrase.strip().endswith(m) for m in vocab.classes.get(last, ()) if " " in m):
            return False
    mods = {w for t in head.lefts for w in (t.lemma_.lower(), t.lower_)}
    return all(any(vocab.word_in(m, w) for m in mods) for w in words[:-1])


def _pattern_matches(tok: Token, p: Pattern, vocab: Vocabulary) -> bool:
    kids = list(tok.children)
    if p.particle and p.particle != particle(tok) and not any(
            c.dep_ == "prep" and c.lower_ == p.particle for c in kids):
        return False
    if p.prep:
        preps = [c for c in kids if c.dep_ in ("prep", "agent", "dative") and c.lower_ == p.prep]
        if not p.words:  # "called on X to ...": the parser may take the preposition for a particle
            return bool(preps) or particle(tok) == p.prep
        return any(_phrase_matches(o, p.words, vocab) for pr in preps for o in pr.children
                   if o.dep_ in ("pobj", "pcomp"))
    return any(_phrase_matches(o, p.words, vocab) for o in _objects(tok)) if p.words else bool(p.particle)


def _candidates(tok: Token, lemma: str, prt: str, vocab: Vocabulary) -> list[Pattern]:
    """The verb's patterns that its own particle, prepositions and objects could match, most specific
    first, dictionary order among equals."""
    index = vocab.pattern_index(lemma, prt)
    if not index:
        return []
    keys = [("prt", prt)] + [("prep", c.lower_) for c in tok.children if c.dep_ in ("prep", "agent", "dative", "prt")]
    keys += [("obj", w) for o in _objects(tok) for w in (o.lemma_.lower(), o.lower_)]
    found = {p: None for k in keys for p in index.get(k, ())}
    order = vocab.verb_patterns(lemma, prt)
    return sorted(found, key=order.index) if len(found) > 1 else list(found)


# Verbs that put someone somewhere or keep them there: with a place of detention or 'arrest' after 'into', 'in',
# 'under' or 'to' they arrest or detain ('took X into custody', 'placed X under house arrest', 'was remanded in
# custody', 'kept X in prison', 'sent X to jail'). CAMEO has 'place in &DETENTION' and 'keep in &DETENTION' (173),
# which this extends to the other prepositions and verbs: in the 5,000-article corpus 'taken into custody' alone is
# written 15 times.
CONFINING = {"take", "place", "put", "keep", "hold", "remand", "send", "throw"}
CONFINING_PREPS = ("into", "in", "under", "to")


def _into_custody(tok: Token, vocab: Vocabulary) -> bool:
    """'took X into custody', 'placed X under house arrest', 'X was held in prison', 'citizens held in US prisons': a
    detention of someone; not of an act ('held talks in prison', 'talks were held in a prison') or a thing ('kept the
    documents in custody'), not a visit to a place of detention ('took the doctors to the prison in Lima': 'to' and
    'into' take the bare noun of the institution, 'to jail', 'into custody')."""
    if tok.lemma_.lower() not in CONFINING:
        return False
    held = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] + ([tok.head] if tok.dep_ == "acl" else [])
    held = [relative_antecedent(h) for h in held]
    if not held or any(is_event_noun(h) for h in held) or not any(someone(h) for h in held):
        return False
    places = vocab.classes.get("&DETENTION", frozenset())
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in CONFINING_PREPS:
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            lemma = g.lemma_.lower()
            if lemma == "arrest" and c.lower_ == "under":  # 'under arrest', not 'into cardiac arrest'
                return True
            if lemma in places and (c.lower_ in ("in", "under") or not any(d.dep_ == "det" for d in g.children)):
                return True
    return False


# 'beat' is CAMEO's physical assault (182), but the corpus hand check dropped it (3 of 15 right: 'beat
# expectations', 'beat off competition', 'beat X in the final'); with the particle 'up' or the result 'to death' it
# is only the beating of someone ('beat up a cameraman', 'were beaten to death'): 16 such uses in the 5,000-article
# corpus, all assaults but one 'beat up on X', an idiom of attacking in words, and no 'beat oneself up' (of regret).
def beaten(tok: Token) -> bool:
    """'beat up', 'beat to death': a physical assault, whatever other senses 'beat' has; not 'beat up on X' (with
    no one beaten: 'on' right after the particle, no object) nor 'beat oneself up'."""
    if tok.lemma_.lower() != "beat":
        return False
    victims = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(c.lower_.endswith(("self", "selves")) for c in victims):
        return False
    up = next((c for c in tok.children if c.dep_ == "prt" and c.lower_ == "up"), None)
    if up is not None:
        return bool(victims) or not (up.i + 1 < len(tok.doc) and tok.doc[up.i + 1].lower_ == "on")
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and g.lower_ == "death" for g in c.children) for c in tok.children)


# verbs that end a restriction: the undoing verbs, and those that loosen one ("eased the curfew")
EASING = UNDOING | {"ease", "relax", "loosen"}


@lru_cache(maxsize=1)
def _restrictions() -> dict[str, list[tuple[list[str], str]]]:
    """resources/easing.tsv: head word -> [(the phrase's other words, PLOVER type of ending it)]."""
    out: dict[str, list[tuple[list[str], str]]] = {}
    for phrase, head, _cameo, plover in table_rows("easing.tsv"):
        out.setdefault(head, []).append(([w for w in phrase.split() if w != head], plover))
    return out


def eased(tok: Token) -> tuple[Token, str] | None:
    """The restriction an easing verb ends and the type CAMEO gives ending it: 'lifted the arms embargo'
    (085, RETREAT), 'the ban was lifted' (081, CONCEDE), 'ended the state of emergency' (0814, CONCEDE)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in EASING:
        return None
    for obj in _objects(tok):
        kinds = _restrictions().get(obj.lemma_.lower(), ())
        words = {t.lower_ for t in obj.subtree} if kinds else set()
        for others, plover in kinds:
            if all(w in words for w in others):
                return obj, plover
    return None


# Leaving an office in other words than 'resign' (the gold guidelines' RETREAT): 'stood down', 'quit as army chief',
# 'quit the party', 'quit his post'; not quitting a habit, a deal or a thing ('quit smoking', 'quitting the takeover',
# 'quit coal'). In the 5,000 articles' parses 'quit' is a verb 37 times and 'stand down' 17.
OFFICE_NOUNS = {"post", "position", "job", "office", "seat", "government", "cabinet", "party", "board",
                "organisation", "organization", "council", "committee", "presidency", "leadership", "ministry",
                "coalition", "campaign"}


STEPPING_DOWN = {"step", "stand"}  # with 'down': 'stepped down as chairman of X', 'stood down from X's board'


def steps_down(tok: Token) -> bool:
    """'step down' or 'stand down' with no object (not 'stepped down production', 'stood down its units')."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in STEPPING_DOWN and particle(tok) == "down" \
        and not any(c.dep_ == "dobj" for c in tok.children)


def leaves_office(tok: Token) -> bool:
    """'stood down' (`steps_down`), 'quit' with no object or with an office or a body for object."""
    lemma = tok.lemma_.lower()
    if lemma == "stand":
        return steps_down(tok)
    if lemma != "quit" or particle(tok):
        return False
    return all(o.lemma_.lower() in OFFICE_NOUNS or o.ent_type_ == "ORG" for o in tok.children if o.dep_ == "dobj")


def verb_sense(tok: Token, vocab: Vocabulary | None = None) -> Trigger | None:
    vocab = vocab or vocabulary()
    if tok.pos_ == "VERB" and leaves_office(tok):
        return Trigger(tok, "RETREAT", CODEBOOK)
    named = naming(tok)
    if named is not None:  # 'called the vote a fraud': criticism or praise by its predicate's sentiment, else none
        judged = judgement(*named)
        return Trigger(tok, judged, SPEECH) if judged else None
    if tok.lemma_.lower() in HALTING and any(
            halted(o) and (found := noun_sense(o, vocab)) is not None and found.plover in COOPERATIVE
            for o in _objects(tok)):
        # 'cut its aid to X', 'froze the talks', 'reduced cooperation with X': the codebook's SANCTION ("reductions in
        # existing, routine, or cooperative relations"; the manual's 'discontinue' mode)
        return Trigger(tok, "SANCTION", CODEBOOK)
    ending = eased(tok)
    if ending is not None:
        return Trigger(tok, ending[1], PATTERN)
    if asks_for(tok) is not None or directs(tok):
        return Trigger(tok, "REQUEST", CODEBOOK)  # 'called for X to leave', 'told X to leave': a demand, an order
    if _into_custody(tok, vocab):
        return Trigger(tok, "COERCE", CODEBOOK)  # the codebook's "arrest, detain"
    if beaten(tok):
        return Trigger(tok, "ASSAULT", CODEBOOK)  # the codebook's "beat"
    if adopts_legislation(tok) and not particle(tok):
        return Trigger(tok, "SUPPORT", CODEBOOK)  # 'the Senate passed the bill': approval
    prt = particle(tok)
    lemma = next((x for x in lemmas(tok) if vocab.verb(x, prt) or vocab.verb(x) or vocab.pattern_index(x, prt)),
                 tok.lemma_.lower())
    default = (vocab.verb(lemma, prt) if prt else None) or vocab.verb(lemma)
    codebook = default is not None and default.source == CODEBOOK
    for p in _candidates(tok, lemma, prt, vocab):
        if _pattern_matches(tok, p, vocab):
            if p.plover == NO_EVENT:
                return None
            # the codebook defines the types: a CAMEO pattern may cancel a codebook word, not retype it
            return Trigger(tok, default.plover, CODEBOOK) if codebook else Trigger(tok, p.plover, PATTERN)
    if default is None:
        return None
    return Trigger(tok, default.plover, default.source)


def joint_act(tok: Token) -> bool:
    """A noun of an act two sides do together, said to be joint ('joint military exercises', 'a joint inquiry with
    X'): cooperation (resources/joint_acts.txt); as an object, only of a verb of carrying it out ('held joint
    exercises', not 'called off joint exercises', 'attacked a joint patrol', 'blocked a joint inquiry')."""
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() not in CARRYING_OUT | {"send"}:
        return False
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in word_list("joint_acts.txt") and any(
        c.dep_ == "amod" and c.lower_ == "joint" for c in tok.children)


# verbs whose object is what the subject is or becomes ('poses a threat', 'constitutes a threat', 'faces a threat')
_BEING = {"pose", "represent", "constitute", "face", "remain", "become"}
# verbs that make, send or hand their object to someone: a threat so is a declaration
_DECLARING = {"issue", "make", "send", "deliver", "present", "e-mail", "email", "mail", "post", "utter", "repeat",
              "renew", "direct"}


def danger(tok: Token) -> bool:
    """'threat' in its sense of a danger (WordNet's threat n.1, 'something that is a source of danger'), not a
    declaration of intent to harm (n.2, PLOVER's THREATEN): said of what something is ('Iran is a threat', 'poses a
    threat', 'sees China as a threat'), or named with what it endangers ('a threat to national security', 'security
    threats to China'); a threat to do something ('its threat to kill the hostage') or from someone ('death threats
    from X') is a declaration."""
    if tok.lemma_.lower() != "threat":
        return False
    if any(c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB" and infinitive(c) for c in tok.children) \
            or any(c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by") for c in tok.children):
        return False  # 'a threat to attack Y', 'death threats from X': declared, by someone
    if tok.dep_ in ("attr", "oprd") or tok.dep_ == "dobj" and tok.head.lemma_.lower() in _BEING:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB" \
            and tok.head.i > 0 and tok.doc[tok.head.i - 1].lower_ not in ("such", "well"):
        return True
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _DECLARING:
        return False  # 'issued a threat to X', 'e-mailed threats to its executives': declared to them
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children)
               for c in tok.children)


# Military exercises: the PLOVER manual codes 'single-country exercises' as MOBILIZE and 'joint military games and
# maneuvers' as COOPERATE; a noun of exercise is military by its modifier ('military exercises', 'naval drills', 'war
# games'). The 5,000 articles' parses hold 20 such nouns, 2 of them joint.
EXERCISE_NOUNS = {"exercise", "drill", "maneuver", "manoeuvre", "game", "wargame"}
MILITARY_WORDS = {"military", "naval", "navy", "army", "war", "air", "missile"}


def military_exercise(tok: Token) -> str | None:
    """MOBILIZE for one side's military exercise ('Iran conducted military exercises'), COOPERATE for one held with
    another or by coordinated sides ('held naval drills with Russia', 'China and Russia began war games'), or None."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma not in EXERCISE_NOUNS:
        return None
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
    if not mods & MILITARY_WORDS or lemma == "game" and "war" not in mods:
        return None
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" else None
    words = [*tok.children, *(verb.children if verb is not None else ())]
    # a side it is held with ('with Russia', 'with American forces'), not a means ('with live ammunition')
    with_partner = any(c.dep_ == "prep" and c.lower_ == "with" and _names_sides(c, 1) for c in words)
    # sides that hold it together: two nations among its subject's or agent's words ('China and Russia', 'Chinese and
    # Russian forces', 'held by the US and Japan'), not two parts of one ('the Iranian army and navy')
    together = any(c.dep_ in ("nsubj", "agent") and _names_sides(c, 2) for c in words)
    return "COOPERATE" if "joint" in mods or with_partner or together else "MOBILIZE"


def _names_sides(phrase: Token, n: int) -> bool:
    """Whether a phrase names at least `n` different nations ('China and Russia', 'Chinese and Russian forces'), or,
    for one side, a nation or a body ('with Russia', 'with NATO')."""
    ents = [e for e in phrase.doc.ents if e.label_ in ("GPE", "NORP", "ORG")
            and phrase.left_edge.i <= e.start and e.end <= phrase.right_edge.i + 1]
    nations = {geo.nation_code(e.text) for e in ents if e.label_ in ("GPE", "NORP")} - {None}
    return len(nations) >= n or n == 1 and bool(ents)


# 'demand' in its market sense (WordNet's demand n.2, 'the ability and desire to purchase goods and services'), not a
# request: said of a market or a good ('rising oil demand', 'consumer demand', 'investor demand'), of what is met or fed
# ('to meet the increasing demand for its cruises', 'feed its demand for raw materials') or of what rises and falls
# ('demand for its vehicles dropped'). Of the corpus's 66 REQUESTs read from the noun 'demand', 13 were this sense.
# Words of size or spread ('growing', 'strong', 'global') go with either sense ('growing demand for reform').
MARKET_WORDS = {"domestic", "consumer", "customer", "investor", "market", "oil", "energy", "fuel", "gas",
                "electricity", "export", "import", "commodity"}
_MEETING_DEMAND = {"meet", "feed", "supply", "satisfy", "outstrip", "exceed", "fuel", "boost", "dampen", "cool", "curb"}
_CHANGING = {"rise", "fall", "drop", "grow", "increase", "decline", "weaken", "slow", "surge", "soar", "slump",
             "plunge", "rebound", "recover"}


def market_demand(tok: Token) -> bool:
    """The noun 'demand' (singular) in its market sense: a market word before it, or the object of a verb of meeting
    or feeding demand, or the subject of one of rising or falling ('demand for its products dropped'); a demand made
    of someone is a request ('rejected the kidnappers' demands', 'public demand for his resignation')."""
    if tok.lemma_.lower() != "demand" or tok.tag_ != "NN":
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in MARKET_WORDS for c in tok.children):
        return True
    head = tok.head.lemma_.lower()
    return tok.dep_ == "dobj" and head in _MEETING_DEMAND or tok.dep_ == "nsubj" and head in _CHANGING


def noun_sense(tok: Token, vocab: Vocabulary | None = None) -> Trigger | None:
    if joint_act(tok):
        return Trigger(tok, "COOPERATE", CODEBOOK)
    exercise = military_exercise(tok)
    if exercise is not None:
        return Trigger(tok, exercise, CODEBOOK)
    if danger(tok) or market_demand(tok):
        return None
    vocab = vocab or vocabulary()
    sense = noun_entry(tok, vocab)
    if sense is None:  # a noun that is an event only with its preposition ("a call for talks")
        sense = next((found for c in tok.children if c.dep_ == "prep"
                      for found in [vocab.noun(f"{tok.lemma_.lower()} {c.lower_}")] if found), None)
    return Trigger(tok, sense.plover, sense.source) if sense else None


def sense(tok: Token, vocab: Vocabulary | None = None) -> Trigger | None:
    """The trigger a token is, before its actors and modality are looked at."""
    if tok.pos_ == "VERB" and tok.dep_ != "acomp":
        return verb_sense(tok, vocab)
    if tok.pos_ == "NOUN":
        return noun_sense(tok, vocab)
    if tok.pos_ in ("ADJ", "VERB") and tok.dep_ == "acomp":  # "X is opposed to Y", "was pleased with"
        found = (vocab or vocabulary()).adjective(tok.lower_)
        # an evaluation names what it is of ("critical of", "pleased with"): "in critical condition" is none
        if found and any(c.dep_ in ("prep", "ccomp") for c in tok.children):
            return Trigger(tok, found.plover, found.source)
        return None
    return None
