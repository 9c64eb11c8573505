"""Who a pronoun, a title phrase or an organization noun refers to, within one document: the one
coreference helper of quotes and events.

`Coref(doc, actors).resolve(tok)` gives the local actor id that "he", "she", "it", "they", "its",
"the minister" or "the ministry" refers to, or None:
- he/she and their forms: the person of that gender (honorific, title) named in the nearest earlier
  sentence that names one, its subject first;
- a title phrase ("the minister", "the prime minister"): the nearest person who holds that title,
  else the nearest person; "a spokesman", "officials" and "a Hamas spokesman" name no one;
- an organization noun ("the ministry", "the company"): the latest organization whose name has that
  noun, "the government" the latest country; a modifier that names an actor wins ("the Sudanese
  government").
Names inside quotations are no antecedents.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsfacts.actors import COUNTRY, ORG, PERSON, LocalActor
from newsfacts.lexicon import GOVERNMENT_NOUNS, ORG_NOUNS, TITLE_WORDS
from newsfacts.nlp import text_of

_MALE_HONORIFICS = {"mr", "sir", "lord", "king", "prince", "sheikh", "emir", "sultan", "pope", "imam",
                    "rabbi", "congressman", "chairman", "spokesman", "ayatollah", "cardinal", "archbishop"}
_FEMALE_HONORIFICS = {"mrs", "ms", "miss", "madam", "madame", "lady", "queen", "princess", "dame",
                      "congresswoman", "chairwoman", "spokeswoman"}
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS = {"they", "we", "i", "you", "it", "them", "us", "me"}
_DEFINITE = ("the", "this", "that")


class Coref:
    def __init__(self, doc: Doc, actors: list[LocalActor], quote_spans=()):
        self.doc, self.actors = doc, actors
        self._quoted = sorted((s.open_at, s.close_at + 1 if s.close_at >= 0 else s.end) for s in quote_spans)
        self._genders: dict[int, str | None] = {}

    # ------------------------------------------------------------------ what a token is
    @staticmethod
    def kind(tok: Token) -> str | None:
        """'pronoun', 'government', 'organization', 'title' or None: how `tok` could refer to an actor."""
        low, lemma = tok.lower_, tok.lemma_.lower()
        if tok.pos_ == "PRON" or low in PRONOUN_GENDER or low in GROUP_PRONOUNS:
            return "pronoun"
        if lemma in GOVERNMENT_NOUNS:
            return "government"
        if lemma in ORG_NOUNS:
            return "organization"
        if lemma in TITLE_WORDS:
            return "title"
        return None

    def resolve(self, tok: Token) -> int | None:
        """The local id of the actor `tok` refers to, or None."""
        kind = self.kind(tok)
        if kind == "pronoun":
            gender = PRONOUN_GENDER.get(tok.lower_)
            return self.salient_person(tok.idx, gender) if gender else None
        det = next((c.lower_ for c in tok.children if c.dep_ in ("det", "poss")), None)
        mods = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        lemma = tok.lemma_.lower()
        if kind == "government":
            for c in mods:
                local = self.covering(c.idx, c.idx + len(c.text), (COUNTRY, ORG))
                if local is not None:
                    return local
            return self.previous_org(tok.idx, lemma) if det in _DEFINITE and not mods else None
        if kind == "organization":
            if det in _DEFINITE and not mods:
                return self.previous_org(tok.idx, lemma)
            lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
            return self.covering(lo, hi, (ORG,))
        if kind == "title":
            if det in ("a", "an", "one", "another") or tok.tag_ in ("NNS", "NNPS"):
                return None  # an unnamed spokesman, officials
            if any(c.pos_ == "PROPN" or c.ent_type_ for c in mods):
                return None  # "a Hamas spokesman": the organization is not the speaker
            return self.salient_person(tok.idx, title_word=lemma) or self.salient_person(tok.idx)
        return None

    # ------------------------------------------------------------------ antecedents
    def _quoted_at(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self._quoted)

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

    def gender(self, actor: LocalActor) -> str | None:
        """m / f where an honorific or title says so."""
        if actor.local_id not in self._genders:
            text = text_of(self.doc)
            words = [w.lower().strip(".") for w in (actor.title or "").split()]
            for m in actor.mentions:
                before = text[max(0, m.start - 12):m.start].split()
                words += [before[-1].lower().strip(".")] if before else []
            g = "f" if any(w in _FEMALE_HONORIFICS for w in words) else \
                "m" if any(w in _MALE_HONORIFICS for w in words) else None
            self._genders[actor.local_id] = g
        return self._genders[actor.local_id]

    def _is_subject_mention(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        tok = span.root
        for _ in range(4):
            if tok.dep_ in ("nsubj", "nsubjpass"):
                return True
            if tok.dep_ in ("appos", "compound", "flat", "conj") and tok.head is not tok:
                tok = tok.head
                continue
            return False
        return False

    def salient_person(self, before: int, gender: str | None = None, title_word: str | None = None) -> int | None:
        """The person a pronoun or title refers to: the nearest earlier sentence naming persons, its subject first."""
        cands = []
        for a in self.actors:
            if a.actor_type != PERSON:
                continue
            if title_word and not (a.title and title_word in a.title.lower()):
                continue
            g = self.gender(a)
            if gender and g and g != gender:
                continue
            for m in a.mentions:
                if m.end <= before and not self._quoted_at(m.start):
                    cands.append((m, a))
        if not cands:
            return None
        last_m, _ = max(cands, key=lambda c: c[0].end)
        first = self.doc.char_span(last_m.start, last_m.end, alignment_mode="expand")
        if first is None:
            return max(cands, key=lambda c: c[0].end)[1].local_id
        lo = first[0].sent.start_char
        in_sent = [c for c in cands if c[0].start >= lo]
        subj = [c for c in in_sent if self._is_subject_mention(c[0].start, c[0].end)]
        pick = max(subj or in_sent, key=lambda c: c[0].end)
        return pick[1].local_id

    def previous_org(self, before: int, noun: str) -> int | None:
        """The latest organization (or, for a government noun, country) before `before` named with `noun`."""
        best = None
        for a in self.actors:
            if a.actor_type not in (ORG, COUNTRY):
                continue
            names = [a.name.lower()] + [x.lower() for x in a.aliases]
            if noun in GOVERNMENT_NOUNS:
                ok = a.actor_type == COUNTRY or any(noun in n for n in names)
            else:
                ok = any(re.search(rf"\b{re.escape(noun)}", n) for n in names)
            if not ok:
                continue
            for m in a.mentions:
                if m.end <= before and (best is None or m.end > best[0]):
                    best = (m.end, a.local_id)
        return best[1] if best else None
