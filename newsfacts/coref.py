"""Who a pronoun, a title phrase or an organization noun refers to, within one document: the one
coreference helper of quotes and events.

`Coref(doc, actors).resolve(tok)` gives the local actor id that "he", "she", "it", "they", "its",
"the minister" or "the ministry" refers to, or None:
- he/she and their forms: the person of that gender (honorific, title word, given name) named in the
  nearest earlier sentence that names one: its subject, else the last attributed speaker where the
  caller gives one and it fits, else the person named last;
- it/its/they/their: the organization or country that is the subject of the nearest earlier sentence
  naming one (for "it"/"its" the one named last where no subject);
- a title phrase ("the minister", "the prime minister"): the body it names, if any ("a Hamas
  spokesman", "a spokesman for the ministry" speak for it), else the nearest person who holds that
  title, else the nearest person; "a spokesman" and "officials" name no one;
- any other definite noun ("the hacker"): the named person the latest earlier indefinite phrase with it described
  ("Jane Roe, a hacker", "a hacker named Jane Roe"), none where that phrase described no one named;
- an organization noun ("the ministry", "the company"): the latest organization whose name has that
  noun; for a quote's speaker, a noun of any kind of body ("the group", "the company"), where none has
  it, is the organization that is the subject of the nearest earlier sentence naming one; a modifier
  that names an actor wins ("the Sudanese government"); "the government" is the one last named as
  such, else the government of the country the story is about (`government_of`).
Names inside quotations are no antecedents.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter

from spacy.tokens import Doc, Token

from newsfacts import geo
from newsfacts.actors import COUNTRY, ORG, PERSON, LocalActor
from newsfacts.actors.attributes import apposed_title
from newsfacts.actors.kinds import PORTFOLIO_TITLES
from newsfacts.actors.model import RESPONSIBLE, STORY
from newsfacts.actors.names import spelling_variants
from newsfacts.lexicon import (BODY_PREPS, GENDERED_WORDS, GOVERNMENT_NOUNS, HONORIFICS, LEGAL_SUFFIXES, ORG_NOUNS,
                               PERSON_HEADS, TITLE_WORDS, first_names)
from newsfacts.nations import nation_of
from newsfacts.nlp import according_to, conjuncts, per_doc, text_of

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS = {"they", "we", "i", "you", "it", "them", "us", "me"}
_DEFINITE = ("the", "this", "that")
# Nouns that name an organization of any kind: 'the group', 'the company' is the organization the text is about
# when none is named with the noun
ANY_BODY_NOUNS = {"group", "organisation", "organization", "company", "firm", "outfit", "corporation"}
_SUBJECT_PRONOUNS = {"he", "she"}
_INTRO_LOOKBACK = 20  # earlier uses of a title's noun looked at for its unnamed introduction
_INDEFINITE = {"a", "an", "another", "one"}
_PRONOUN_GENDERS = {**PRONOUN_GENDER, "himself": "m", "herself": "f", "hers": "f"}
# words of a phrase that say a person's gender ('a woman', 'a male witness', 'the spokeswoman')
_WORD_GENDER = {**GENDERED_WORDS, **dict.fromkeys(("man", "male", "boy", "father", "son", "husband", "brother"), "m"),
                **dict.fromkeys(("woman", "female", "girl", "mother", "daughter", "wife", "sister"), "f")}
# 'the two sides', 'both countries': plural nouns for two actors named before, and the kinds of actor each may be
_ANY = (PERSON, ORG, COUNTRY)
PAIR_NOUNS = {"side": _ANY, "party": _ANY, "country": (COUNTRY,), "nation": (COUNTRY,), "government": (COUNTRY, ORG),
              "leader": (PERSON,), "man": (PERSON,)}
# titles in '-man' that news writes for women as well ('Chairman Maria Santos', 'spokesman Louise Roe'): weaker than
# a given name (of the corpus's people with one of them and a given name the first-name list genders, 7 of 324 have a
# woman's name)
_COMMON_GENDER_TITLES = frozenset(w for w, g in GENDERED_WORDS.items() if g == "m" and w.endswith("man"))
_ORG_PRONOUNS = {"it": True, "its": True, "they": False, "their": False, "them": False}  # -> may take a non-subject
_PLURAL_PRONOUNS = {"they", "their", "them"}


class Coref:
    def __init__(self, doc: Doc, actors: list[LocalActor], quote_spans=(), any_body: bool = False):
        """`any_body`: "the group", "the company" may stand for the organization the nearest sentence is about
        (for a quote's speaker; of 30 such corpus events read, half had the right actor, of 21 quotes 19)."""
        self.doc, self.actors, self.any_body = doc, actors, any_body
        self._governments: dict[str, list[tuple[int, int]]] = {}
        self._lower_text: str | None = None
        self._quoted = sorted((s.open_at, s.close_at + 1 if s.close_at >= 0 else s.end) for s in quote_spans)
        self._genders: dict[int, str | None] = {}
        self._kinds: dict[int, set[str]] | None = None

    def described_as(self, local_id: int) -> set[str]:
        """The nouns the text calls an organization by beside its name: 'Unite, Britain's largest union', 'the
        carrier Qantas', 'Acme, a software company' (so that 'the union', 'the carrier' find it)."""
        if self._kinds is None:
            self._kinds = {}
            for a in self.actors:
                if a.actor_type != ORG:
                    continue
                for m in a.mentions:
                    root = self.doc[m.tokens[0]:m.tokens[1]].root
                    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
                    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
                        nouns.append(root.head)  # 'the union, Unite'
                    before = self.doc[m.tokens[0] - 1] if m.tokens[0] > 0 else None
                    if before is not None and before.pos_ == "NOUN" and before.is_lower and before.head.i == root.i:
                        nouns.append(before)  # 'the carrier Qantas'
                    self._kinds.setdefault(a.local_id, set()).update(n.lemma_.lower() for n in nouns)
                if any(_corporate(n) for n in [a.name, *a.aliases]):
                    self._kinds.setdefault(a.local_id, set()).update(("company", "firm"))  # 'Acme Inc.': the company
        return self._kinds.get(local_id, set())

    # ------------------------------------------------------------------ what a token is
    @staticmethod
    def kind(tok: Token) -> str | None:
        """'pronoun', 'government', 'organization', 'title' or None: how `tok` could refer to an actor."""
        low, lemma = tok.lower_, tok.lemma_.lower()
        if tok.text in ("US", "IT"):
            return None  # an abbreviation (the United States, information technology), not the pronoun
        if tok.pos_ == "PRON" or low in PRONOUN_GENDER or low in GROUP_PRONOUNS:
            return "pronoun"
        if lemma in GOVERNMENT_NOUNS:
            return "government"
        if lemma in ORG_NOUNS:
            return "organization"
        if lemma in TITLE_WORDS:
            return "title"
        return None

    def resolve(self, tok: Token, last_speaker: int | None = None) -> int | None:
        """The local id of the actor `tok` refers to, or None. `last_speaker`: the local id of the speaker
        last attributed before `tok`, where the caller knows one (quotes do)."""
        kind = self.kind(tok)
        if kind == "pronoun":
            gender = PRONOUN_GENDER.get(tok.lower_)
            if gender:
                return self.salient_person(tok.idx, gender, last_speaker=last_speaker,
                                           subject=tok.lower_ in _SUBJECT_PRONOUNS)
            if tok.lower_ in _ORG_PRONOUNS:
                found = self.salient_body(tok.idx, _ORG_PRONOUNS[tok.lower_])
                if found is not None and tok.lower_ in _PLURAL_PRONOUNS and self._plural_subject_since(tok, found):
                    return None
                return found
            return None
        det = next((c.lower_ for c in tok.children if c.dep_ in ("det", "poss")), None)
        mods = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        lemma = tok.lemma_.lower()
        if kind == "government":
            for c in mods:
                local = self.covering(c.idx, c.idx + len(c.text), (COUNTRY, ORG))
                if local is not None:
                    return local
            return self.government_of(tok) if det in _DEFINITE and not mods else None
        if kind == "organization":
            if det in _DEFINITE and mods and all(c.dep_ in ("compound", "amod") and c.is_lower and not c.ent_type_
                                                 for c in mods):
                # 'the rebel group', 'the complaints board': the latest body named or introduced with those words
                words = [c.lower_ for c in sorted(mods, key=lambda c: c.i)] + [tok.lower_]
                return self._called(tok.idx, " ".join(words))
            if det in _DEFINITE and not mods and (state := self.state_of(tok)) is not None:
                return state  # 'the army of Chile'
            if det in _DEFINITE and not mods:
                found = self.previous_org(tok.idx, lemma)
                if found is None and self.any_body and lemma in ANY_BODY_NOUNS:  # '"No," the group said
                    # not a news outlet, which the text names as its source ("Reuters reported ... the group")
                    found = self._salient(tok.idx, lambda a: a.actor_type == ORG and a.sector != "MED",
                                          lambda cands: None)
                return found
            lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
            found = self.covering(lo, hi, (ORG,))
            if found is None:
                found = self._named_before(tok)
            return found if found is not None else self.state_of(tok)
        if kind == "title":
            if any(c.lower_.rstrip(".") in HONORIFICS for c in mods):
                return self.by_word(tok.text)  # 'Ms Bishop': a surname that is also a title word
            body = self.body_of(tok)
            if det in _DEFINITE and tok.tag_ not in ("NNS", "NNPS"):
                # a country's office only: a body's ('the Labor leader', 'the ministry's spokesman') may have
                # many holders, or none named
                country = next((a.country for a in self.actors if a.local_id == body and a.actor_type == COUNTRY),
                               None) or next(
                    (code for c in mods if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")
                     for code in [nation_of(c) or geo.nation_code(c.text)] if code), None)
                holder = self.office_holder(tok, country) if country else None
                if holder is not None:
                    return holder  # "the Peruvian Prime Minister": the one named who holds that office
            if body is not None:
                return body  # "a Hamas spokesman", "a spokesman for the ministry", "UN envoys" speak for their body
            # the words of an office in capitals are no name: 'the Prime Minister', 'the Defence Minister' is the
            # one named with that office ('Prime Minister Jane Roe'), not any minister
            # (a portfolio word the tagger took for a name counts too: 'the Finance Minister', with 'Finance' an ORG)
            office = [c for c in mods if c.dep_ == "compound"
                      and (not c.ent_type_ or lemma in PORTFOLIO_TITLES and c.ent_type_ in ("ORG", "NORP"))
                      and self.covering(c.idx, c.idx + len(c.text)) is None]
            if det in ("a", "an", "one", "another") or tok.tag_ in ("NNS", "NNPS") or \
                    any((c.pos_ == "PROPN" or c.ent_type_) and c not in office for c in mods):
                return None  # an unnamed spokesman, officials
            if any(c.pos_ == "PROPN" for c in office):
                lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
                if det not in _DEFINITE or self._names(lo, hi):
                    return None  # no 'the', or the phrase names someone itself ('the Prime Minister of X, Jane Roe')
                title = " ".join(t.lower_ for t in office + [tok])
                return self.salient_person(tok.idx, title_word=title, last_speaker=last_speaker)
            if det in _DEFINITE and not any(c.pos_ == "PROPN" or c.ent_type_ for c in mods):
                intro = self.unnamed_intro(tok)
                if intro is not None:  # 'a police officer at the scene ... the officer': that one, not anyone named
                    holder = self.salient_person(tok.idx, title_word=lemma, last_speaker=last_speaker)
                    named_since = holder is not None and any(
                        intro[0] < m.start and m.end <= tok.idx for a in self.actors if a.local_id == holder
                        for m in a.mentions)
                    return holder if named_since else intro[1]
            # the one named with that title or described by its noun ('Roe is a lawyer ... the lawyer'), or no one: of
            # 110 definite titles in 1,500 articles that no one named held, the person most in view was the holder
            # for about 1 in 6 ('the Chancellor' is not the 'Finance Bill' named last, 'the President' not the
            # spokeswoman who speaks for him)
            holder = self.salient_person(tok.idx, title_word=lemma, last_speaker=last_speaker)
            return holder if holder is not None else self.described_person(tok)
        if det in _DEFINITE and tok.pos_ == "NOUN" and tok.tag_ == "NN" and not mods:
            # any other noun the text described a named person by ('Jane Roe, a hacker from Ohio, ... the hacker')
            return self.described_person(tok, nearest=True)
        return None

    def described_person(self, tok: Token, nearest: bool = False) -> int | None:
        """The named person the latest earlier indefinite phrase of a title's noun describes ('Jane Roe, a lawyer';
        'Roe is a lawyer'), outside quotations: 'the lawyer' after it is that person. `nearest`: only the latest such
        phrase ('a user named X ... another user ... the user' is that other one, whom no one named)."""
        for t in self._introductions(tok):
            described = _described(t)
            if described is not None and not any(c.dep_ == "neg" for c in t.head.children):  # not 'is not a lawyer'
                return self.covering(described.idx, described.idx + len(described.text), (PERSON,))
            if nearest:
                return None
        return None

    def _introductions(self, tok: Token):
        """The earlier indefinite phrases with the noun of `tok`, outside quotations, nearest first (among the last
        _INTRO_LOOKBACK uses of the noun: a long text repeats its nouns)."""
        by_lemma = per_doc(self.doc, "newsfacts.nouns_by_lemma", lambda: _nouns_by_lemma(self.doc))
        at = by_lemma.get(tok.lemma_.lower(), [])
        end = bisect.bisect_left(at, tok.i)
        for i in reversed(at[max(0, end - _INTRO_LOOKBACK):end]):
            t = self.doc[i]
            if not self.quoted_at(t.idx) and (any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE
                                                  for c in t.children) or _before_name(t)):
                yield t

    def unnamed_intro(self, tok: Token) -> tuple[int, int | None] | None:
        """The latest earlier indefinite phrase, outside quotations, with the noun of a definite title phrase that
        names no one ('a police officer at the scene', 'an unnamed official', 'a Kremlin spokesman'), as (its
        offset, the body it speaks for or None). A first mention is indefinite and the next definite: 'the officer'
        after 'a police officer' is that unnamed one, not a person named elsewhere. Not a phrase that describes a
        named person ('Jane Roe, a lawyer'; 'a lawyer, Jane Roe'; 'Roe is a lawyer')."""
        for t in self._introductions(tok):
            lo, hi = t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)
            if self._names(lo, hi, (PERSON,)):
                continue  # 'a lawyer, Jane Roe'
            described = _described(t)
            if described is not None and self.covering(described.idx, described.idx + len(described.text),
                                                        (PERSON,)) is not None:
                continue  # 'Jane Roe, a lawyer', 'Roe is a lawyer'
            return t.idx, self.body_of(t)
        return None

    def _lower(self) -> str:
        if self._lower_text is None:
            self._lower_text = text_of(self.doc).lower()
        return self._lower_text

    def office_holder(self, tok: Token, country: str) -> int | None:
        """The person named earlier who holds the office a definite title phrase names for a country
        ('the Peruvian Prime Minister', 'the Indian prime minister'): of that country, with that
        title ('prime minister', not any 'minister') as kept or as written right before a mention, the nearest;
        None where no one named does."""
        words = [c.lower_ for c in tok.lefts if c.dep_ == "compound" and not c.ent_type_] + [tok.lower_]
        office = " ".join(words)
        text = self._lower()
        best = None
        for a in self.actors:
            if a.actor_type != PERSON or a.country != country or not (
                    _holds((a.title or "").lower(), office) or  # the title kept, or written before a mention
                    any(_holds(text[max(0, m.start - 40):m.start].rstrip(), office, at_end=True) for m in a.mentions)):
                continue
            for m in a.mentions:
                if m.end <= tok.idx and (best is None or m.end > best[0]):
                    best = (m.end, a.local_id)
        return best[1] if best else None

    def body_holder(self, tok: Token, body: int) -> int | None:
        """The one person named earlier with this title of this body, whom a definite title phrase of the body
        refers to ('Taliban spokesman Zabihullah Mujahid ... the Taliban spokesman added'; 'Jane Roe, Acme's chief
        executive ... Acme's chief executive said'): a person whose title is that office (not 'vice president' for
        'president', `_holds`) and one of whose mentions is that near a mention of the body, the title's word on the
        body's side ('Hamas spokesman X', 'X, a spokesman for Hamas'; not 'Army spokesman X said Hamas fired');
        None where no one, or more than one, is."""
        office = tok.lemma_.lower()
        text = self._lower()
        near = [(m.start, m.end) for a in self.actors if a.local_id == body for m in a.mentions
                if m.end <= tok.left_edge.idx]

        def named_with(m) -> bool:  # the body and the title's word on one side of the name, the word between them
            # or right after the body ('Hamas spokesman X', 'X, a spokesman for Hamas', 'X, the Hamas spokesman'),
            # in one sentence
            sent = self.doc[m.tokens[0]].sent
            return any((e <= m.start <= e + _HOLDER_WINDOW and office in text[e:m.start]
                        or m.end <= s <= m.end + _HOLDER_WINDOW and office in text[m.end:e + len(office) + 2])
                       and sent.start_char <= s and e <= sent.end_char for s, e in near)

        fits = {a.local_id for a in self.actors
                if a.actor_type == PERSON and a.title and _holds(a.title.lower(), office)
                for m in a.mentions if m.end <= tok.idx and named_with(m)}
        return fits.pop() if len(fits) == 1 else None

    def state_of(self, tok: Token) -> int | None:
        """The country whose forces or officials a noun names, who stand for it in what they say as in what they do
        (events.responsible): by its nationality ('the Pakistani military', 'the Peruvian interior ministry'), or,
        for armed forces and police, by the country's name too ("Chile's army", 'the army of Chile'); not a body of
        no state's ('a Chilean company'). A body a country's name owns ("Russia's intelligence service", "Peru's
        interior ministry") is a body of its own, which the text may name as such."""
        from newsfacts.events.responsible import STATE_SECTORS, agent_sector  # (the events package imports this one)

        sector = agent_sector(tok) or ""
        if not sector.startswith(STATE_SECTORS):
            return None
        named = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")] + [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        forces = sector.startswith(("MIL", "COP"))
        return next((a.local_id for c in named for a in self.actors if a.actor_type == COUNTRY for m in a.mentions
                     if m.tokens[0] <= c.i < m.tokens[1] and (forces or m.kind == RESPONSIBLE)), None)

    def body_of(self, tok: Token) -> int | None:
        """The organization or country a title noun says its holder speaks for: a named modifier ("a Hamas
        spokesman", "UN envoys") or the object of 'for'/'of'/'at'/'from' ("a spokesman for the ministry", "an official
        from the ministry"), or the named owner of that object ("the head of the UN's electoral unit", "a spokesman of
        Hamas's armed wing")."""
        for c in tok.children:
            if c.dep_ in ("compound", "nmod", "poss") and c.i < tok.i:
                local = self.covering(c.idx, c.idx + len(c.text), (ORG, COUNTRY))
                if local is not None:
                    return local
            if c.dep_ == "prep" and c.lower_ in BODY_PREPS:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    # one 'from' a country is its native, not its voice ('a lawyer from Canada'); 'from' a body,
                    # its voice as 'for' it ('an official from the ministry')
                    local = self.covering(obj.idx, obj.idx + len(obj.text),
                                          (ORG,) if c.lower_ == "from" else (ORG, COUNTRY))
                    if local is None and self.kind(obj) in ("organization", "government"):
                        local = self.resolve(obj)
                    if local is None and obj.pos_ == "NOUN" and not self._names(
                            tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text), (PERSON,)):
                        # a unit of a named body: 'the head of the UN's electoral unit' (a common noun's, not a name
                        # the parser cut, 'President of Moldova X'; and no person named with the title, 'the leader
                        # of the Al-Qaeda network, Abu Musab al-Zarqawi')
                        local = next((found for m in obj.children if m.dep_ in ("poss", "compound", "nmod")
                                      and m.i < obj.i and (found := self.covering(m.idx, m.idx + len(m.text),
                                                                                  (ORG, COUNTRY))) is not None), None)
                    if local is not None:
                        return local
        return None

    # ------------------------------------------------------------------ antecedents
    def earlier_mentions(self, noun: Token):
        """Where a definite noun ('the report', 'this statement') refers back to a thing named before, the earlier
        nouns of its word, nearest first, outside quotations ('a report released today' for a later 'the report');
        none for an indefinite one."""
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
            return
        lemma = noun.lemma_.lower()
        for tok in reversed(self.doc[:noun.i]):
            if tok.lemma_.lower() == lemma and tok.pos_ in ("NOUN", "PROPN") and not self.quoted_at(tok.idx):
                yield tok

    def quoted_at(self, offset: int) -> bool:
        """Whether the character `offset` lies inside one of the quotations (its marks included)."""
        return any(a <= offset < b for a, b in self._quoted)

    def _named_before(self, noun: Token) -> int | None:
        """The organization whose name the parser hangs on a body's noun as a name and that stands right before it,
        nothing but an apostrophe between: 'the Harbour Gazette newspaper', 'the Farmers' Voice group', 'the Acme
        company'. Not a name further off ('Acme's parent company', 'the Acme supplier firm'), which names another
        body, nor names coordinated before a plural ('the Hamas and Fatah factions')."""
        text = text_of(self.doc)
        for c in noun.children:
            if c.dep_ not in ("compound", "poss") or c.pos_ != "PROPN" or any(g.dep_ == "conj" for g in c.children):
                continue
            for a in self.actors:
                if a.actor_type == ORG:
                    for m in a.mentions:
                        if m.start <= c.idx < m.end <= noun.idx \
                                and re.fullmatch(r"\s*(?:['\u2019]s?)?\s*", text[m.end:noun.idx]):
                            return a.local_id
        return None

    def covering(self, start: int, end: int, types=(PERSON, ORG, COUNTRY)) -> int | None:
        """The actor with a mention covering [start, end), persons before organizations before countries."""
        best = None
        for a in self.actors:
            if a.actor_type not in types:
                continue
            for m in a.mentions:
                if m.start <= start and end <= m.end:
                    rank = {PERSON: 0, ORG: 1, COUNTRY: 2}.get(a.actor_type, 3)
                    if best is None or rank < best[0]:
                        best = (rank, a.local_id)
        return best[1] if best else None

    def by_word(self, word: str, variants: bool = False) -> int | None:
        """The one person whose name has this word ('DOE' -> Jane Doe), else None; with `variants`, where no
        name has it, the one whose name has a spelling of it ('Mandleson' -> Peter Mandelson)."""
        key = geo.fold(word)
        names = [(a.local_id, [w for n in [a.name, *a.aliases] for w in geo.fold(n).split()])
                 for a in self.actors if a.actor_type == PERSON]
        found = {i for i, words in names if key in words}
        if not found and variants:
            found = {i for i, words in names if any(spelling_variants(key, w) for w in words)}
        return found.pop() if len(found) == 1 else None

    def body_named(self, name: str) -> int | None:
        """The one organization or country whose name or an alias is this name exactly ('Ofgem' where the
        document named 'Ofgem' before), else None: a mention NER missed."""
        key = geo.fold(name)
        found = {a.local_id for a in self.actors if a.actor_type in (ORG, COUNTRY)
                 and any(geo.fold(n) == key for n in [a.name, *a.aliases, *a.acronyms])}
        return found.pop() if len(found) == 1 else None

    def gender(self, actor: LocalActor) -> str | None:
        """m / f where an honorific or a gendered title word before a mention says so ('Mrs', 'King', 'spokeswoman'),
        else the given name, else a title in '-man', which news writes for women too ('Chairman Maria Santos')."""
        if actor.local_id not in self._genders:
            text = text_of(self.doc)
            words = [w.lower().strip(".") for w in (actor.title or "").split()]
            for m in actor.mentions:
                before = text[max(0, m.start - 12):m.start].split()
                words += [before[-1].lower().strip(".")] if before else []
            g = "f" if any(GENDERED_WORDS.get(w) == "f" for w in words) else \
                "m" if any(GENDERED_WORDS.get(w) == "m" and w not in _COMMON_GENDER_TITLES for w in words) else None
            names = actor.name.split()
            if g is None and len(names) >= 2:
                g = first_names().get(geo.fold(names[0]))
            if g is None and any(w in _COMMON_GENDER_TITLES for w in words):
                g = "m"
            self._genders[actor.local_id] = g
        return self._genders[actor.local_id]

    def _subject_of(self, start: int, end: int, person: bool = False) -> str | None:
        """'main' where the mention is (in) the subject of its sentence's main clause, 'clause' where it is
        the subject of a clause inside it, else None. `person`: the mention names a person, who is no subject
        where the name only modifies a common noun."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        tok = span.root
        if person and tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
            # a person's name that only modifies a common noun ('a former Halloran ally', 'a Hansen adviser') is
            # no subject of the clause, the noun's referent is: words inside a compound are anaphoric islands
            # (Postal 1969); a body's is its people ('the Google blog said ... They', 'NLD members ... they')
            return None
        for _ in range(4):
            if according_to(tok):
                return "main"  # "according to X, ...": X is the sentence's source, as its subject would be
            if tok.dep_ in ("nsubj", "nsubjpass"):
                verb = tok.head
                while verb.dep_ == "conj" and verb.head.i != verb.i:
                    verb = verb.head
                return "main" if verb.dep_ == "ROOT" else "clause"
            if tok.dep_ == "appos" and (title := apposed_title(tok)) is not None:
                tok = title  # 'the publisher of X, Jane Roe, said': the parser hung her on X, she is the subject's
                continue
            if tok.dep_ in ("appos", "compound", "flat", "conj") and tok.head.i != tok.i:
                tok = tok.head
                continue
            return None
        return None

    def salient_person(self, before: int, gender: str | None = None, title_word: str | None = None,
                       last_speaker: int | None = None, depth: int = 0, subject: bool = False) -> int | None:
        """The person a pronoun or title refers to: in the nearest earlier sentence naming a fitting person,
        its subject; else the last attributed speaker where it fits; else the person named last. A subject
        pronoun ('he', 'she') after a sentence whose subject is a person no name covers refers to that person."""
        office = _SHORT_TITLES.get(title_word, title_word) if title_word else None

        def fits(a: LocalActor) -> bool:
            if a.actor_type != PERSON or (office and not (a.title and office in a.title.lower())
                                          and not _titled_name(a, office)):
                return False
            g = self.gender(a)
            return not (gender and g and g != gender)

        speaker = next((a for a in self.actors if a.local_id == last_speaker and fits(a)), None)
        if gender and depth < 3:
            pron = self._topic_pronoun(before, gender)
            if pron is not None:  # "He said Y lied. He also resigned": the topic goes on
                return self.salient_person(pron.idx, gender, title_word, last_speaker, depth + 1, subject)
            if subject and self._unnamed_subject(before, gender):
                return None  # "Another witness described the attack. 'It was chaos,' he said": no one named
        return self._salient(before, fits, lambda cands: speaker.local_id if speaker else _latest(cands))

    def _unnamed_subject(self, before: int, gender: str) -> Token | None:
        """The person a subject pronoun refers to where no one is named: the main subject of its own sentence
        (before it) or of one of the sentences after the last that names a person (which ends the search), when
        that subject is an indefinite noun of a person (a title, a role or a person noun: 'another witness', 'a
        writer', 'one resident of the town'; 'the analyst' is mostly the one just named) with no actor's mention in
        it, not of the other gender ('a woman', 'a spokeswoman' for 'he'), nor in a sentence whose pronouns are all
        of the other gender."""
        first = self.doc.char_span(before, before + 1, alignment_mode="expand")
        if first is None:
            return None
        named = [m.end for a in self.actors if a.actor_type == PERSON for m in a.mentions if m.end <= before
                 and not self.quoted_at(m.start)]
        last_named = max(named, default=-1)
        own = first[0].sent
        for sent in [own, *self._sentences_before(own.start, 3)]:
            if sent.start_char < last_named:
                return None  # the sentence names a person: who it is about is for _salient to say
            subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.idx >= before or self.quoted_at(subj.idx):
                continue
            if subj.lemma_.lower() not in PERSON_HEADS or subj.tag_ != "NN":
                continue
            genders = {_PRONOUN_GENDERS[t.lower_] for t in sent if t.lower_ in _PRONOUN_GENDERS
                       and t.idx < before and not self.quoted_at(t.idx)}
            if genders and gender not in genders:
                continue  # '"...," said the demonstrator before he was led out. "...," she said': another person
            lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
            words = {t.lower_ for t in subj.subtree}
            indefinite = any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE for c in subj.children)
            if indefinite and not self._names(lo, hi) \
                    and not any(_WORD_GENDER.get(w, gender) != gender for w in words):
                return subj
            return None  # a person the text has named or may have ('the analyst'): for _salient to say
        return None

    def _topic_pronoun(self, before: int, gender: str) -> Token | None:
        """The pronoun of `gender` that is the main subject of the nearest earlier sentence naming a person
        or having such a subject: who that sentence is about, before any person named inside it."""
        first = self.doc.char_span(before, before + 1, alignment_mode="expand")
        if first is None:
            return None
        sent_start = first[0].sent.start
        if any(t.ent_type_ == "PERSON" for t in self.doc[sent_start:first[0].i]):
            return None  # "Y said that he suspected ...": a person of its own sentence comes first
        for sent in self._sentences_before(sent_start, 3):
            subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            named_before = self._names(sent.start_char, subj.idx if subj is not None else sent.end_char, (PERSON,))
            if subj is not None and PRONOUN_GENDER.get(subj.lower_) == gender and not self.quoted_at(subj.idx) \
                    and not named_before:
                return subj
            if named_before or self._names(sent.start_char, sent.end_char, (PERSON,)) or any(
                    t.ent_type_ == "PERSON" for t in sent):
                return None
        return None

    def _sentences_before(self, start: int, n: int):
        """Up to `n` sentences before token `start`, nearest first (without walking the whole document)."""
        while n > 0 and start > 0:
            sent = self.doc[start - 1].sent
            yield sent
            start, n = sent.start, n - 1

    def _names(self, start: int, end: int, types: tuple | None = None) -> bool:
        """Whether a mention of an actor (of `types`, any where None) begins in [start, end)."""
        return any((types is None or a.actor_type in types) and start <= m.start < end
                   for a in self.actors for m in a.mentions)

    def coordinated_subjects(self, tok: Token) -> list[int]:
        """The named actors a sentence's opening 'They' refers to where the previous sentence's main subject
        coordinates them ('Chavez and Khamenei met on Sunday. They pledged ...'): its conjuncts' actors, two or
        more, else none. Only the sentence right before counts."""
        if tok.lower_ != "they" or tok.sent.start == 0 or self.quoted_at(tok.idx) or tok.i != tok.sent.start \
                or tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT":
            return []  # the subject the sentence begins with, going on from the one before; not 'they' inside a
            # clause, which may be anyone of its own sentence ('X call Hamas terrorists as they have killed ...')
        prev = self.doc[tok.sent.start - 1].sent
        subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not any(c.dep_ == "conj" for c in subj.children):
            return []
        out: list[int] = []
        for t in conjuncts(subj):
            local = self.covering(t.idx, t.idx + len(t.text))
            if local is None:
                return []  # 'Israel and its allies': not all of them named
            if local not in out:
                out.append(local)
        return out if len(out) >= 2 else []

    def named_pair(self, tok: Token) -> list[int]:
        """The two named actors 'the two sides', 'both countries' or 'the two leaders' refers to: the pair the
        text named last before it, in its own sentence or the three before: two coordinated names ('Kenya and
        Uganda', 'talks between X and Y') or a clause's subject and its object or 'with' partner ('X met Y', 'X
        signed a deal with Y'), each of the kind the noun names (countries and nations are countries, leaders
        and men persons, governments countries or bodies, sides and parties any). Not 'both sides of the
        border' or 'the two main parties', whose words say which two they are."""
        types = PAIR_NOUNS.get(tok.lemma_.lower())
        if types is None or tok.tag_ != "NNS":
            return []
        words = sorted((c.lower_ for c in tok.children if c.dep_ != "punct"))
        if words not in (["the", "two"], ["both"]):
            return []
        for sent in [tok.sent, *self._sentences_before(tok.sent.start, 3)]:
            pairs = [p for h in sent if h.i < tok.i for p in [self._pair_at(h, types)] if p]
            if pairs:
                return list(max(pairs, key=lambda p: p[0])[1])
        return []

    def _pair_at(self, head: Token, types: tuple) -> tuple[int, tuple[int, int]] | None:
        """(where it ends, the pair) for two named actors of `types` that `head` coordinates, or that are its
        subject and its object or 'with' partner where it is a verb."""
        def actor(t: Token) -> int | None:
            return self.covering(t.idx, t.idx + len(t.text), types)
        if head.dep_ != "conj" and sum(c.dep_ == "conj" for c in head.children) == 1:
            both = conjuncts(head)
            if len(both) == 2 and not any(c.dep_ == "conj" for c in both[1].children):
                found = [actor(t) for t in both]
                if None not in found and found[0] != found[1]:
                    return both[1].i, (found[0], found[1])
        if head.pos_ != "VERB":
            return None
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        objs = [c for c in head.children if c.dep_ == "dobj"]
        # the partner: the object, or 'with' on the verb or on its object ('signed a treaty with Y')
        others = objs + [g for t in (head, *objs) for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
                         for g in c.children if g.dep_ == "pobj"]
        a = actor(subj) if subj is not None and not any(c.dep_ == "conj" for c in subj.children) else None
        other = next((o for o in others if not any(c.dep_ == "conj" for c in o.children) and actor(o) is not None),
                     None)
        b = actor(other) if other is not None else None
        return (other.i, (a, b)) if a is not None and b is not None and a != b else None

    def salient_country(self, before: int) -> int | None:
        """The country 'the country' refers to: the subject of the nearest earlier sentence naming a country,
        else the country named last in it."""
        return self._salient(before, lambda a: a.actor_type == COUNTRY, _latest)

    def salient_body(self, before: int, any_mention: bool) -> int | None:
        """The organization or country "it" / "they" refers to: the subject of the nearest earlier sentence
        naming one; with `any_mention`, else the one named last."""
        return self._salient(before, lambda a: a.actor_type in (ORG, COUNTRY),
                             lambda cands: _latest(cands) if any_mention else None)

    def _plural_subject_since(self, tok: Token, body: int) -> bool:
        """Whether a plural common noun is the subject of a clause between the body's latest mention and the plural
        pronoun `tok` ('X said ... Opposition parties claim they ...', 'Analysts say they ...', 'many residents have
        voiced their anger'): that nearer subject of the right number is the pronoun's antecedent, not the body
        named before it. Not a subject of what the body itself says, outside the pronoun's own clause ('X said that
        inspectors would come. They ...' goes on with X; not 'X says tourists have postponed their trips'), nor the
        subject of the clause an object pronoun is in, which a pronoun never refers to ('donors cut off aid to
        them'); not a noun of a state's agents ('police', 'the sailors and marines'), which stand for their state
        (`state_of`, `events.responsible`), nor one whose words name the body or own it ('Acme officials', 'its
        fighters')."""
        from newsfacts.events.responsible import STATE_SECTORS, agent_sector  # (the events package imports this one)

        last = max((m.tokens[1] for a in self.actors if a.local_id == body for m in a.mentions if m.end <= tok.idx),
                   default=tok.i)
        own, ancestors = _clause_verb(tok), {a.i for a in tok.ancestors}
        for t in self.doc[last:tok.i]:
            if t.dep_ not in ("nsubj", "nsubjpass") or t.tag_ != "NNS" or self.quoted_at(t.idx) or t.left_edge.i < last:
                continue  # (a phrase that names the body is its people or its parts: 'Acme officials', 'Acme's lines')
            if tok.lower_ == "them" and own is not None and own.i == t.head.i \
                    or self._reported_by(t, body) and t.head.i not in ancestors \
                    or any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children):
                continue
            if not any((agent_sector(c) or "").startswith(STATE_SECTORS) for c in conjuncts(t)):
                return True
        return False

    def _reported_by(self, tok: Token, body: int) -> bool:
        """Whether `tok` is in a clause reported by a verb the body is the subject of ('X said that ...'), where the
        body speaks for itself: a news outlet reports what others did ('Newsweek reported that guards ...')."""
        clause = tok.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or next((a.sector for a in self.actors if a.local_id == body), None) == "MED":
            return False
        subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        return subj is not None and self.covering(subj.idx, subj.idx + len(subj.text), (ORG, COUNTRY)) == body

    def _salient(self, before: int, fits, fallback) -> int | None:
        """The subject among the fitting mentions of the nearest earlier sentence that has one, else
        fallback(that sentence's fitting mentions)."""
        cands = [(m, a) for a in self.actors if fits(a) for m in a.mentions
                 if m.end <= before and not self.quoted_at(m.start)]
        if not cands:
            return None
        last_m = max(cands, key=lambda c: c[0].end)[0]
        first = self.doc.char_span(last_m.start, last_m.end, alignment_mode="expand")
        lo = first[0].sent.start_char if first is not None else last_m.start
        in_sent = [c for c in cands if c[0].start >= lo]
        roles = [(c, self._subject_of(c[0].start, c[0].end, c[1].actor_type == PERSON)) for c in in_sent]
        subj = [c for c, role in roles if role]
        # the subject of the main clause before one of a clause inside it ("X said Y needs to go": X)
        main = [c for c, role in roles if role == "main"]
        return _latest(main or subj) if subj else fallback(in_sent)

    def government_of(self, tok: Token) -> int | None:
        """Whose government a definite bare government noun ('the government', 'the authorities') is: the
        country or body its 'of'/'in' phrase names ('the government of Peru', 'in Lima'); else the country
        of the latest earlier phrase of that noun naming one ('the Peruvian government ... the government';
        not a party's, 'the Labour government', which may be a past one) or the organization named by the
        noun ('the State Government'); else, of the countries named so far, the one the story is about, or
        the one named most with its people and bodies, the first named of a tie. News call the government
        of the country a story is about 'the government' after naming others, so the country named last is
        a worse guess than the story's country."""
        local = self._named_by(tok, (COUNTRY, ORG))
        if local is not None:
            return local
        lemma = tok.lemma_.lower()
        latest = self._named_with(tok.idx, lemma, head=True)  # (offset, local id)
        named = self._governments_named(lemma)
        k = bisect.bisect_left(named, (tok.idx, -1)) - 1
        if k >= 0 and (latest is None or named[k][0] > latest[0]):
            latest = named[k]
        if latest is not None:
            return latest[1]
        home = next((a.country for a in self.actors if a.country_source == STORY), None)
        named_before = [a for a in self.actors if any(m.end <= tok.idx for m in a.mentions)]
        # people and bodies of a country named so far vote for it, as its own mentions do
        votes = Counter(a.country for a in named_before if a.actor_type in (PERSON, ORG) and a.country
                        and a.country_source != STORY)
        scores = {a.local_id: (a.country == home is not None,
                               votes[a.country] + sum(m.end <= tok.idx for m in a.mentions),
                               -min(m.start for m in a.mentions))
                  for a in named_before if a.actor_type == COUNTRY}
        return max(scores, key=scores.get) if scores else None

    def _governments_named(self, lemma: str) -> list[tuple[int, int]]:
        """(offset, country's local id) of each phrase of this government noun outside quotations that names
        its country ('the Peruvian government'), in text order; one pass over the document per noun."""
        if lemma not in self._governments:
            self._governments[lemma] = [(t.idx, local) for t in self.doc if t.lemma_.lower() == lemma
                                        and not self.quoted_at(t.idx)
                                        for local in [self._named_by(t, (COUNTRY,))] if local is not None]
        return self._governments[lemma]

    def _named_by(self, noun: Token, types: tuple) -> int | None:
        """The actor of `types` a government noun's modifier or its 'of'/'in' phrase names ('the Peruvian
        government', 'the government of Peru'); a capital or a large city names its country ('in Lima')."""
        for c in noun.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i:
                word = c
            elif c.dep_ == "prep" and c.lower_ in ("of", "in"):
                word = next((g for g in c.children if g.dep_ == "pobj"), None)
            else:
                continue
            if word is None:
                continue
            local = self.covering(word.idx, word.idx + len(word.text), types)
            code = geo.place_code(text_of(self.doc)[word.left_edge.idx:word.idx + len(word.text)])
            if local is None and code and COUNTRY in types:
                local = next((a.local_id for a in self.actors if a.actor_type == COUNTRY and a.country == code), None)
            if local is not None:
                return local
        return None

    def _called(self, before: int, phrase: str) -> int | None:
        """The organization of the latest mention before `before` whose name holds `phrase` ('the Complaints Board
        of Norway' for 'the complaints board') or that the text introduces with it ('the Ivorian rebel group Forces
        Nouvelles' for 'the rebel group')."""
        text = text_of(self.doc)
        best = self._latest_org_mention(before, lambda a, m: phrase in m.text.lower() or text[
            max(0, m.start - len(phrase) - 2):m.start].lower().strip().endswith(phrase))
        return best[1] if best else None

    def previous_org(self, before: int, noun: str) -> int | None:
        """The latest organization before `before` named with `noun`."""
        found = self._named_with(before, noun)
        return found[1] if found else None

    def _named_with(self, before: int, noun: str, head: bool = False) -> tuple[int, int] | None:
        """(end offset, local id) of the latest mention before `before` of an organization named with `noun`
        (with `head`, named by it: 'the State Government', not 'the Government Budget')."""
        def named(n: str) -> bool:
            if head:
                return n.lower().split()[-1].startswith(noun)
            return bool(re.search(rf"\b{re.escape(noun)}", n.lower()))

        wanted = {a.local_id for a in self.actors if a.actor_type == ORG and (
            any(named(n) for n in [a.name, *a.aliases] if n.strip())
            or not head and noun in self.described_as(a.local_id))}
        return self._latest_org_mention(before, lambda a, m: a.local_id in wanted)

    def _latest_org_mention(self, before: int, fits) -> tuple[int, int] | None:
        """(end offset, local id) of the latest mention ending before `before` of an organization, among those that
        `fits(actor, mention)`."""
        best = None
        for a in self.actors:
            if a.actor_type != ORG:
                continue
            for m in a.mentions:
                if m.end <= before and (best is None or m.end > best[0]) and fits(a, m):
                    best = (m.end, a.local_id)
        return best


# words that make an office another, lesser one: a vice president holds no presidency
_LESSER = {"vice", "deputy", "acting", "assistant", "under", "associate", "former", "ex", "junior", "shadow"}


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause a word is part of."""
    for t in [tok, *tok.ancestors]:
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _nouns_by_lemma(doc: Doc) -> dict[str, list[int]]:
    """Singular common noun lemma -> the indexes of its tokens, in order."""
    at: dict[str, list[int]] = {}
    for t in doc:
        if t.pos_ == "NOUN" and t.tag_ == "NN":
            at.setdefault(t.lemma_.lower(), []).append(t.i)
    return at


def _described(noun: Token) -> Token | None:
    """What an indefinite phrase describes: the name it is in apposition to ('Jane Roe, a lawyer'; 'a lawyer, Jane
    Roe'), the subject of its copula ('Roe is a lawyer') or the name it is called by ('a lawyer named Jane Roe', 'a
    hacker known as Red Falcon')."""
    if noun.dep_ == "appos" or _before_name(noun):
        return noun.head
    named = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None:
        return named
    for c in noun.children:  # a past participle: 'a witness naming X as the attacker' describes no X
        if c.dep_ == "acl" and c.lemma_.lower() in _CALLING and c.tag_ == "VBN":
            for k in c.children:
                if k.dep_ in ("oprd", "dobj", "attr") and k.pos_ == "PROPN":
                    return k
                if k.dep_ == "prep" and k.lower_ == "as":
                    return next((x for x in k.children if x.dep_ == "pobj" and x.pos_ == "PROPN"), None)
    return subject_of_copula(noun)


def _before_name(noun: Token) -> bool:
    """A common noun written before a person's name as a description without an article, which introduces the
    person as an indefinite phrase does ('US financier Bernard Madoff', 'photographer Jane Roe': 'the financier'
    after it is Madoff)."""
    return noun.dep_ == "compound" and noun.pos_ == "NOUN" and noun.head.pos_ == "PROPN" \
        and noun.head.ent_type_ == "PERSON"


# participles that give a name ('a lawyer named X', 'a hacker known as X', 'a group called X')
_CALLING = {"name", "call", "know"}


def subject_of_copula(noun: Token) -> Token | None:
    """The subject a predicate noun describes ('Roe is a lawyer', 'Roe was named a judge'), else None."""
    if noun.dep_ not in ("attr", "oprd"):
        return None
    return next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


# how near a body's mention must be to a person's for the person to be named as the body's office holder ('Acme
# chief executive Jane Roe', 'Jane Roe, a spokeswoman for the Acme Corporation'), in characters
_HOLDER_WINDOW = 60


def _holds(title: str, office: str, at_end: bool = False) -> bool:
    """Whether a title (or, `at_end`, the words before a name) names this office itself: 'prime minister' in
    'the prime minister', not in 'deputy prime minister'."""
    at = title.rfind(office) if at_end else title.find(office)
    if at < 0 or (at_end and at + len(office) != len(title)):
        return False
    before = title[:at].split()
    return not (before and before[-1].strip("-") in _LESSER) and not title[:at].endswith("-")


# legal forms that make a name a company's ('Acme Inc.', 'Vantor plc', 'Kellan GmbH', 'Petrobras S.A.'), not the words
# a body of another kind may end in too ('Crisis Group', 'the holding'; 'Australian Broadcasting Corporation', a
# public broadcaster: a name ending in 'Company' or 'Corporation' is found by that word itself)
_CORPORATE_FORMS = LEGAL_SUFFIXES - {"company", "corporation", "group", "holding", "holdings"}


def _corporate(name: str) -> bool:
    """Whether a name ends in a company's legal form as such forms are written ('Acme Inc.', 'Acme S.A.', 'Acme plc';
    not a lowercase word of a phrase, 'the press corp')."""
    words = name.replace(".", "").replace(",", " ").split()
    return len(words) >= 2 and words[-1].lower() in _CORPORATE_FORMS and (words[-1][0].isupper() or words[-1] == "plc")


# a title the news shortens ('the PM': 31 times in the 5,000 articles) and the title it stands for
_SHORT_TITLES = {"pm": "prime minister"}


def _titled_name(actor: LocalActor, title_word: str) -> bool:
    """The title is part of the person's name as the text writes it ('King Gyanendra', 'Pope Benedict'): the king,
    the pope."""
    return any(f" {title_word} " in f" {' '.join(n.lower().split()[:-1])} " for n in [actor.name, *actor.aliases])


def _latest(cands: list) -> int:
    """The actor of the (mention, actor) pair named last."""
    return max(cands, key=lambda c: c[0].end)[1].local_id
