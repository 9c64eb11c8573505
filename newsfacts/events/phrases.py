"""Which actor a phrase names: actor mentions by token, noun phrases, pronouns.

A noun phrase names an actor by itself ("the Legislative Assembly"), through its name parts
("Minister Dominique Dupuy"), its owner ("Haiti's representative", "Israeli troops": the actor
responsible), or the body it is of or from ("the government of Sudan"). A pronoun names the
actor that the coreference helper resolves it to.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsfacts.actors import COUNTRY, GROUP, LOCATION, ORG, PERSON, LocalActor
from newsfacts.coref import PERSON_HEADS, PRONOUN_GENDER, Coref
from newsfacts.events.coordination import opens_clause
from newsfacts.events.responsible import STATE_SECTORS, agent_heads, agent_sector
from newsfacts.events.vocabulary import JUDGING, vocabulary, word_list
from newsfacts.lexicon import GOVERNMENT_NOUNS, ORG_NOUNS, PEOPLE_NOUNS, TITLE_WORDS


def rules_out(verb: Token) -> bool:
    """'rule out' ('ruled out a strike', 'refused to rule out talks')."""
    return verb.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


# Subjects that deny the act: "no one attacked", "nobody was arrested", "neither side signed".
NO_ONE = {"nobody", "none", "neither", "nothing"}
NOT_ACTOR_POS = {"DET", "PUNCT", "ADP", "CCONJ"}
# nouns naming a state's police or armed forces as one body (not its members: "police officers", "soldiers")
POLICE_BODIES = {"police"}
ARMED_BODIES = {"army", "military", "navy"}
# the state's own armed men, where 'government' says whose they are ("government troops attacked ...")
GOVERNMENT_FORCES = {"troop", "force", "soldier", "army", "military"}
PERSON_PRON = {"he", "she", "him", "her", "his", "hers"}
GROUP_PRON = {"it", "its", "they", "them", "their"}
PLURAL_PRON = {"they", "them", "their"}
FIRST_PERSON_PRON = {"i", "me", "my", "we", "us", "our"}
ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})  # NER's kinds of a name that may be an actor's
RELATIVE_PRON = {"who", "which", "that", "whom", "whose"}
_SPEECH_FRAME = {"say", "state", "tell", "announce", "declare", "add", "insist", "claim", "confirm", "report",
                 "explain", "note", "warn", "stress", "argue", "write", "reply", "respond", "assert", "indicate",
                 "affirm", "reiterate", "acknowledge", "admit", "believe", "think", "hope", "deny"}


class ActorIndex:
    """Actor mentions by token, for looking up who a phrase names; pronouns, title phrases and
    organization nouns through the one coreference helper (newsfacts.coref)."""

    def __init__(self, doc: Doc, actors: list[LocalActor], quote_spans=(), speakers=()):
        self.doc = doc
        self.actors = actors
        self.speakers = [s for s in speakers if s[2] is not None]  # (start, end, speaker's local id) of quotes
        self.coref = Coref(doc, actors, quote_spans)
        self.by_token: dict[int, tuple[int, str]] = {}
        self.starts: list[tuple[int, int, str]] = []  # (token index, local id, type) of each mention
        for a in actors:
            for m in a.mentions:
                for i in range(*m.tokens):
                    self.by_token.setdefault(i, (a.local_id, a.actor_type))
                self.starts.append((m.tokens[0], a.local_id, a.actor_type))
        self.starts.sort()

    def at(self, tok: Token, places: bool = False) -> int | None:
        hit = self.by_token.get(tok.i)
        if hit and (places or hit[1] != LOCATION):
            return hit[0]
        return None

    def type_of(self, local_id: int) -> str:
        return self.actors[local_id].actor_type


def infinitive(tok: Token) -> bool:
    """A verb with the infinitive marker: "to support", "to negotiate"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def lemmas(tok: Token) -> tuple[str, ...]:
    """The token's lemma and, for a past form, the bases a lemmatizer may miss ('-ed' off with or without its
    'e'), and a verb's American spelling where British English writes '-ise' ('terrorise', 'penalise': the CAMEO
    dictionary holds some verbs in one spelling only; 14 uses of such verbs in the 5,000-article corpus): candidates
    to look up in a word list, the lemma first."""
    out = [tok.lemma_.lower()]
    low = tok.lower_
    if tok.tag_ in ("VBD", "VBN") and low.endswith("ed"):
        out += [low[:-1], low[:-2]]  # staged -> stage, walked -> walk
    out += [w[:-3] + "ize" for w in out if tok.pos_ == "VERB" and len(w) > 5 and w.endswith("ise")]
    return tuple(dict.fromkeys(out))


def noun_entry(tok: Token, vocab=None):
    """The vocabulary's entry for a noun's own word (its lemma, else as written), before its phrases refine it."""
    v = vocab or vocabulary()
    return v.noun(tok.lemma_.lower()) or v.noun(tok.lower_)


def is_event_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and noun_entry(tok) is not None


def np_actor(tok: Token, idx: ActorIndex, depth: int = 0, places: bool = False) -> int | None:
    """The actor a noun phrase headed by `tok` names (see the module's doc)."""
    hit = idx.at(tok, places)
    if hit is not None:
        if depth == 0 and _acts(tok) and idx.type_of(hit) in (ORG, COUNTRY):  # the most specific actor who acts: a
            # person in apposition, who holds a post in the body ('the Greens' leader, X'); not beside a target,
            # where the parser hangs the next clause's subject ('a visit to Peru, Chile's president X met ...')
            for c in tok.children:
                person = idx.at(c) if c.dep_ == "appos" else None
                if person is not None and idx.type_of(person) == PERSON:
                    return person
        return hit
    if tok.pos_ == "PRON":
        return pronoun(tok, idx)
    if depth > 3 or is_event_noun(tok):
        return None
    if depth == 0 and (named := _apposed_to(tok, idx)) is not None:
        return named
    # people named by their relation to an actor are not that actor ('Akayev's supporters', 'Bemba supporters',
    # 'supporters of Bacar': resources/affiliate_nouns.txt), but one named beside them is ('his opponent, X')
    is_affiliate = affiliate(tok)
    kids = list(tok.children)
    kind = idx.coref.kind(tok)
    if (depth == 0 and kind in ("government", "organization", "title")
            or tok.dep_ == "poss" and kind in ("government", "organization")):  # whose act or stance it is: "the
        # government's plan", "the company's decision" (a title's holder is less sure: "the president's guard")
        for c in kids:  # a title with the name beside it ("the attorney-general, John Roe"): that one, not whom
            if c.dep_ == "appos" and c.pos_ == "PROPN":  # the title alone would stand for
                hit = idx.at(c, places)
                if hit is not None:
                    return hit
        hit = idx.coref.resolve(tok)  # "the government", "the ministry", "the minister"
        if hit is not None:
            return hit
    if depth == 0:
        hit = state_force(tok, idx)
        if hit is None:
            hit = the_country(tok, idx)
        if hit is not None:
            return hit
    # the name itself: "Minister Dominique Dupuy", "the Mission (MMSS)"; an apposed name before a modifier
    # ("a US activist, John Roe": the activist, not the US; not a common noun the parser took for one)
    # a country before a noun that has a possessor of its own says where, not whose ('Ibori's UK assets', 'the bank's UK
    # activities'): the possessor
    owned = any(c.dep_ == "poss" for c in kids)
    for c in sorted(kids, key=lambda c: not (c.dep_ == "appos" and c.pos_ == "PROPN")):
        if c.dep_ in ("compound", "appos", "nmod") and c.pos_ not in NOT_ACTOR_POS and not (
                is_affiliate and c.dep_ != "appos"):
            hit = np_actor(c, idx, depth + 1, places)
            if hit is not None and owned and c.dep_ == "compound" and idx.type_of(hit) in (COUNTRY, LOCATION):
                continue
            if hit is not None and (c.dep_ == "appos" or stands_for(tok, hit, idx)):
                return hit
    if is_affiliate:  # only the body they come from: "our partners from the United States", "counterparts from X"
        return next((hit for c in kids if c.dep_ == "prep" and c.lower_ == "from" for gc in c.children
                     if gc.dep_ == "pobj" and (hit := np_actor(gc, idx, depth + 1, places)) is not None), None)
    for c in kids:  # its owner: "Haiti's representative", "Israeli troops"
        if c.dep_ == "poss" or (c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")):
            hit = np_actor(c, idx, depth + 1, places)
            if hit is not None and (c.dep_ == "poss" or stands_for(tok, hit, idx)):
                return hit
    hit = leader(tok, idx)
    if hit is not None:
        return hit
    # who acts is the body a subject is part of ("leaders of Hamas said"), not what it is of otherwise
    # ("opponents of Hamas said", "the death of X"); an object may be anything of X ("the closure of X")
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:  # "critics of X and opponents of Y accused"
        first = first.head
    acting = depth == 0 and _acts(first)
    # armed or police forces are no person they are 'of' ('the police of a boy, X', as the parser hangs 'the killing
    # by police of X'), though a thing of a person may stand for that person ('the policies of X', 'the government of
    # X') and a role's holder may be named beside it ('the leader of the party, X')
    of_people = tok.pos_ == "NOUN" and (agent_sector(tok) or "") in ("MIL", "COP")
    for c in kids:  # the body it is of: "the government of Sudan", "troops from Chad", "thousands of Kurds"
        if c.dep_ == "prep" and (c.lower_ == "from" or c.lower_ == "of" and (not acting or names_a_part(tok))):
            for gc in c.children:
                if gc.dep_ == "pobj":
                    hit = np_actor(gc, idx, depth + 1, places)
                    if hit is not None and not (of_people and idx.type_of(hit) == PERSON):
                        return hit
    return None


def _apposed_to(tok: Token, idx: ActorIndex) -> int | None:
    """The named actor a describing phrase is in apposition to, where the phrase says what kind of actor it is: the
    person of 'Jane Roe, the woman accused of fraud' and 'John Roe, a reporter detained in Cairo', the body of 'Acme,
    a firm fined last year' (whose participle or relative clause hangs on the describing noun)."""
    if tok.dep_ != "appos" or tok.pos_ != "NOUN":
        return None
    named = idx.at(tok.head)
    if named is None:
        return None
    kind = idx.type_of(named)
    lemma = tok.lemma_.lower()
    if kind == PERSON and lemma in PERSON_HEADS or kind == ORG and idx.coref.kind(tok) == "organization":
        return named
    return None


def stands_for(noun: Token, hit: int, idx: ActorIndex) -> bool:
    """Whether a common noun with a country before it may stand for that country: not where it names the country's
    people or bodies outside its state ('the U.S. media', 'Iraqi insurgents', 'British students', 'Syrian
    opposition': a sector of Phoenix's agents dictionary that is no state's), which are not the country; its
    state's agents ('U.S. diplomats') and its weapons and units ('a U.S. missile', 'a British convoy') are."""
    if noun.pos_ != "NOUN" or idx.type_of(hit) != COUNTRY:
        return True
    sector = agent_sector(noun)
    return sector is None or sector.startswith(STATE_SECTORS)


def _acts(tok: Token) -> bool:
    """A noun phrase in the role of who acts: the subject, or the agent after 'by'."""
    return tok.dep_ == "nsubj" or tok.dep_ == "pobj" and tok.head.dep_ == "agent"


def state_force(tok: Token, idx: ActorIndex) -> int | None:
    """The country an unnamed force of the state acts for, where nothing names its owner: the police
    ("Police arrested ...", "clashed with riot police"), the army or the military as a body ("the army"),
    the authorities ("Authorities closed ..."). Police and authorities act where they are, and news call
    the army of the country a story is about "the army": the country the coreference helper gives 'the
    government' in that place (an 'of'/'in' phrase, else the story's country). Troops and soldiers may be
    anyone's and name no one by themselves."""
    lemma, plural = tok.lemma_.lower(), tok.tag_ in ("NNS", "NNPS")
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
    if lemma in GOVERNMENT_FORCES and [c.lower_ for c in mods] == ["government"]:
        found = idx.coref.government_of(tok)  # "government troops", "government forces"
        return found if found is not None and idx.type_of(found) == COUNTRY else None
    if any(c.dep_ == "poss" for c in tok.children) or any(c.ent_type_ or c.pos_ == "PROPN" for c in mods):
        return None  # an owner the text names ("Israeli police", "its army") is read elsewhere or not at all
    det = next((c.lower_ for c in tok.children if c.dep_ == "det"), None)
    if det not in (None, "the"):
        return None  # "a police officer", "some authorities"
    if tok.text[0].isupper() and not tok.is_sent_start or any(c.dep_ == "prep" and c.lower_ == "of"
                                                              for c in tok.children):
        return None  # part of a name ("the Army of Islam", "the Mobile Police")
    police = lemma in POLICE_BODIES  # 'police', 'the police', 'riot police'
    army = lemma in ARMED_BODIES and det == "the" and not plural
    # of the government nouns only 'authorities' is one country's in the plural; 'health authorities', 'local
    # authorities' are some of its bodies
    authorities = plural and det is None and tok.lower_ in GOVERNMENT_NOUNS and not any(
        c.dep_ in ("amod", "compound") for c in tok.children)
    if not (police or army or authorities):
        return None
    found = idx.coref.government_of(tok)
    return found if found is not None and idx.type_of(found) == COUNTRY else None


def the_country(tok: Token, idx: ActorIndex) -> int | None:
    """The country 'the country' or 'the nation' refers to as a subject: the one the nearest earlier sentence
    naming a country has as its subject, else named last there ('Peru closed its border. The country also
    recalled ...'). Not as an object: the country visited or sanctioned is more often another than the one
    the story just named as acting ('Chile's president arrived in Peru ... a visit to the country')."""
    if tok.lemma_.lower() not in ("country", "nation") or tok.tag_ != "NN" or tok.dep_ not in (
            "nsubj", "nsubjpass") or [c.lower_ for c in tok.children if c.dep_ != "punct"] != ["the"]:
        return None
    return idx.coref.salient_country(tok.idx)


def affiliate(tok: Token) -> bool:
    """People or actors named by their relation to another ('supporters', 'rivals', 'neighbours', kin:
    resources/affiliate_nouns.txt): not that other. A family named by its surname is that family ('the Bancroft
    family'), not its kin."""
    lemma = tok.lemma_.lower()
    if lemma == "family" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
        return False
    return lemma in word_list("affiliate_nouns.txt")


def names_a_part(tok: Token) -> bool:
    """A noun whose "of" phrase names the body it belongs to or is a number of (a role, an
    organization or a title noun, a number or a quantity: resources/part_nouns.txt): as a subject, the one
    who acts; not "opponents of X", "fans of X", "the son of X"."""
    lemma, parts = tok.lemma_.lower(), word_list("part_nouns.txt")
    return tok.like_num or lemma in parts or tok.lower_ in parts or names_a_role_or_body(lemma) \
        or tok.lower_ in agent_heads()


def someone(tok: Token) -> bool:
    """A noun phrase that can name a person or a body (whom one meets, who made a claim, who is to act): a name, a
    pronoun, people, a role or a body."""
    lemma = tok.lemma_.lower()
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ACTOR_ENTITIES or lemma in PEOPLE_NOUNS \
        or names_a_role_or_body(lemma) \
        or any(someone(c) for c in tok.children if c.dep_ in ("compound", "poss", "appos") and c.pos_ == "PROPN")


def relative_antecedent(subj: Token) -> Token:
    """The noun a relative pronoun subject stands for ('Peru, which is to withdraw': Peru), else the subject."""
    clause = subj.head
    if subj.lower_ in RELATIVE_PRON and clause.dep_ == "relcl":
        return clause.head
    return subj


def names_a_role_or_body(word: str) -> bool:
    """A role (a title, a Phoenix role word) or a body (an organization or government noun)."""
    return word in TITLE_WORDS or word in ORG_NOUNS or word in GOVERNMENT_NOUNS or word in agent_heads()


def np_direct(tok: Token, idx: ActorIndex) -> int | None:
    """The actor a noun phrase names itself, not through an owner ("Haiti's participation" names none)."""
    hit = idx.at(tok)
    if hit is not None or tok.pos_ == "PRON":
        return hit if hit is not None else pronoun(tok, idx)
    for c in tok.children:
        if c.dep_ in ("compound", "appos", "nmod") and c.pos_ not in NOT_ACTOR_POS:
            hit = np_direct(c, idx)
            if hit is not None:
                return hit
    return None


def np_actors(tok: Token, idx: ActorIndex) -> list[int]:
    """The actors of a noun phrase and its coordinated conjuncts ("Israel and Palestine"); of an unnamed
    plural, the named ones it includes ("some nations, including India and Japan", "groups such as X")."""
    if tok.pos_ == "PRON":  # 'they' after a sentence whose subject coordinates named actors: all of them
        together = idx.coref.coordinated_subjects(tok)
        if together:
            return together
    pair = idx.coref.named_pair(tok)  # 'the two sides', 'both countries': the two named just before
    if pair:
        return pair
    out = []
    for t in _members(tok):
        a = np_actor(t, idx)
        if a is not None and a not in out:
            out.append(a)
            out.extend(o for o in _coordinated_with(t, a, idx) if o not in out)
        elif a is None and t.tag_ == "NNS":
            out.extend(m for m in members(t, idx) if m not in out)
    return out


def _members(tok: Token) -> list[Token]:
    """`conjuncts`, up to a conjunct that is the subject of a later clause ('X opposes Y, and Z and W oppose V': 'Y'
    alone; `coordination`)."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and not opens_clause(c):
            out.extend(_members(c))
    return out


def _coordinated_with(tok: Token, found: int, idx: ActorIndex) -> list[int]:
    """The actors coordinated with the one an unnamed phrase names through its modifier or its 'of'/'from' phrase: 'US
    and Iraqi forces', 'Pakistani and Afghan officials', 'officials from Japan and China', 'leaders of X, Y and Z' (each
    of them acts, one event each)."""
    if idx.at(tok) is not None:
        return []
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < tok.i:
            sources = [c]
        elif c.dep_ == "prep" and c.lower_ in ("of", "from"):
            sources = [g for g in c.children if g.dep_ == "pobj"]
        else:
            continue
        for src in sources:
            if src.conjuncts and np_actor(src, idx, 1) == found:
                others = (np_actor(x, idx, 1) for x in src.conjuncts)
                return [o for o in others if o is not None and o != found]
    return []


def members(tok: Token, idx: ActorIndex) -> list[int]:
    """The named members an unnamed plural lists: 'including X and Y', 'like X', 'such as X'."""
    for c in tok.children:
        if c.dep_ == "prep" and (c.lower_ in ("including", "like") or c.lower_ == "as" and any(
                g.lower_ == "such" for g in (*tok.children, *c.children))):
            found = pobj_actors(c, idx)
            if found:
                return found
    return []


# 'on behalf of X', 'on X's behalf': the one an act is done for, its principal, is no actor the preposition names
PRINCIPAL_NOUNS = {"behalf"}


def pobj_actors(prep: Token, idx: ActorIndex) -> list[int]:
    out = []
    for gc in prep.children:
        if gc.dep_ in ("pobj", "pcomp") and gc.lemma_.lower() not in PRINCIPAL_NOUNS:
            out.extend(a for a in np_actors(gc, idx) if a not in out)
    return out


def leader(tok: Token, idx: ActorIndex) -> int | None:
    """Who leads what a noun names: "NATO-led forces", "the US-led invasion" (an 'X-led' modifier)."""
    for c in tok.lefts:
        if c.dep_ == "amod" and c.lower_ == "led":
            for g in c.children:
                hit = idx.at(g) if g.dep_ in ("npadvmod", "compound", "nmod") and g.i < c.i else None
                if hit is not None:
                    return hit
    return None


def _subject_owner(poss: Token, idx: ActorIndex, wanted: set) -> int | None:
    """The subject of the verb whose object a possessive pronoun is in: what one acts with or on is mostly one's own
    ('Poland recalled its ambassador', 'demanded that Hamas stop its attacks'), where the pronoun would otherwise go
    to the most salient earlier actor. Not in a prepositional phrase ('criticized China for its policies'); not
    where the verb judges or backs what someone else did or said ('supported his challenge', 'criticized her
    remarks'); not 'Her Majesty'; a person's pronoun only for a subject of its gender; not for people of a body
    ('the workers of X restated their claims': the workers')."""
    verb = poss.head.head
    if poss.text[:1].isupper() and poss.i > poss.sent.start:
        return None  # an honorific: 'Her Majesty', 'His Excellency'
    judged = vocabulary().verb(verb.lemma_.lower())
    if verb.pos_ != "VERB" or judged is not None and judged.plover in JUDGING:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or (subj.lemma_.lower() in PEOPLE_NOUNS and idx.at(subj) is None):
        return None
    hit = np_actor(subj, idx)
    if hit is None or idx.type_of(hit) not in wanted:
        return None
    gender = PRONOUN_GENDER.get(poss.lower_)
    if gender is not None and idx.coref.gender(idx.actors[hit]) != gender:
        return None
    return hit


def pronoun(tok: Token, idx: ActorIndex) -> int | None:
    """A pronoun's actor: inside a quotation, 'I' or 'we' is its speaker; the noun a relative pronoun
    attaches to ("the army, which ..."); the speaker of the reporting verb it is the subject under ("Sudan
    said it will ..."); else what the coreference helper resolves it to. Inside a quotation a third person ('he',
    'his', 'she', 'her', 'they', 'their') is never its speaker, who says 'I' or 'we' ('"They fired first," the army
    said' is not the army); a body may speak of itself as 'it', and '[his]' is an editor's word for 'my'."""
    low = tok.lower_
    if low in FIRST_PERSON_PRON:  # "We condemn the attack," the minister said: the speaker
        return next((who for start, end, who in idx.speakers if start <= tok.idx < end), None)
    if low in RELATIVE_PRON:
        clause = tok.head
        if clause.dep_ == "relcl" and clause.head.i != clause.i:
            return np_actor(clause.head, idx, depth=1)
        return None
    if low not in PERSON_PRON | GROUP_PRON:
        return None
    if low == "it" and tok.dep_ in _ACTED_ON and not _agent_object(tok) and not _said_of_itself(tok, idx):
        return None  # 'it' acted on is mostly a thing ('we regret it', 'it was attacked', 'it is alleged that'): of the
        # 67 such roles in the 5,000-article corpus that 'it' gave a body or a country, 2 were right, one told to act
        # ('told it to leave power'), one called a body ('it is banned as a terrorist organization')
    found = _third_person(tok, idx)
    if found is not None and low not in ("it", "its") and not (tok.i > 0 and tok.doc[tok.i - 1].text == "[") \
            and any(start <= tok.idx < end and who == found for start, end, who in idx.speakers):
        return None
    return found


_ACTED_ON = {"dobj", "dative", "nsubjpass"}  # the slots of the one acted on


def _said_of_itself(it: Token, idx: ActorIndex) -> bool:
    """'it' in what a named body or country says ('Ukraine said it was attacked', 'Israel says Hezbollah attacked
    it'): the body speaks of itself (a person who says 'it' speaks of a thing: 'Harper said his party would support
    it')."""
    speaker = _framing_speaker(it, idx)
    return speaker is not None and idx.type_of(speaker) in (ORG, COUNTRY)


def _framing_speaker(tok: Token, idx: ActorIndex) -> int | None:
    """The actor a verb of saying names as its subject, in whose reported clause `tok` stands ('Sudan said it will
    ...'), or None."""
    clause = tok.head
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SPEECH_FRAME:
        return None
    subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    return np_actor(subj, idx) if subj is not None and subj.pos_ != "PRON" else None


def _agent_object(obj: Token) -> bool:
    """An object that the verb makes the doer of another act, of an infinitive ('told it to leave') or of what it is
    charged with ('accused it of fraud'), or calls a body ('it is banned as a terrorist organization')."""
    return any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "prep" and c.lower_ == "as"
               and any(g.dep_ == "pobj" and names_a_role_or_body(g.lemma_.lower()) for g in c.children)
               for c in obj.head.children)


def _third_person(tok: Token, idx: ActorIndex) -> int | None:
    """The actor of 'he', 'she', 'it' or 'they' (see `pronoun`)."""
    low = tok.lower_
    wanted = {PERSON} if low in PERSON_PRON else {ORG, COUNTRY}
    if low in PLURAL_PRON:
        wanted.add(GROUP)  # a group named by nationality and role ("the Fijian rebels said they will ...")
    if tok.dep_ == "poss" and tok.head.dep_ == "dobj" and (own := _subject_owner(tok, idx, wanted)) is not None:
        return own
    speaker = _framing_speaker(tok, idx)
    if speaker is not None and idx.type_of(speaker) in wanted:
        return speaker
    return idx.coref.resolve(tok)


def denying_subject(trig: Token) -> bool:
    """'No one attacked', 'nobody was arrested', 'neither side signed', 'no country voted' (and the verbs
    coordinated with such a verb: 'none were injured or killed')."""
    kids = list(trig.children)
    if trig.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        kids += list(trig.head.children)
    for c in kids:
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NO_ONE or any(
                d.dep_ == "det" and d.lower_ in ("no", "neither") for d in c.children)):
            return True
    return False
