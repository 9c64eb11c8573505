"""Event mentions: PLOVER-typed triggers with their actors, date and place, in one document.

A trigger is a verb or an event noun of the PLOVER lexicon (newsfacts.plover). Around it:
- modality: negated, hypothetical, conditional, purposive ("to help") and wished-for or
  permitted actions ("aims to support", "let X negotiate") are not events; an action that an
  actor plans, prepares, offers or promises ("plans to send an envoy") is an AGREE of that
  actor; a future CONSULT/SUPPORT/COOPERATE/AID is AGREE; a refused or negated future
  concession ("will not hand over") is REJECT.
- roles: actor1 acts (subject; the agent after "by" in the passive; the owner of an event
  noun), actor2 is acted on or with (object; after "with", "to", "against", ...); pronoun
  subjects are resolved through the reporting frame ("X said it will ...") or to the last
  person named; coordinated parties ("Fatah and Hamas signed") make a dyad.
- an event noun that is the theme of another trigger ("approved the deployment") is not
  an event of its own; an event noun needs an owner: possessor, "by" agent, actor compound,
  or the subject of a light verb ("gave warning") or of the clause it is attached to
  ("said at a press conference with Bush").
- date: the date expression of the trigger's clause, resolved against the publication
  date or, without one, against the latest explicit date in the text.
- location: a place named in the trigger's clause ("in Haiti").
"""
from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsfacts.actors import COUNTRY, LOCATION, ORG, PERSON, LocalActor
from newsfacts.dates import infer_reference, resolve_date
from newsfacts.plover import (AGREE_GOVERNORS, COMMERCIAL_NOUNS, COMMERCIAL_VERBS, COOPERATIVE_TYPES, JOINT_NOUNS,
                              CONCESSION_TYPES, EVENT_NOUNS, IRREALIS_GOVERNORS,
                              LIGHT_VERBS, MILITARY_NOUNS, JURISDICTION_BANS, PHRASAL, PLOVER_LEXICON, REQUIRES_PARTNER,
                              NEEDS_RECIPIENT, PEOPLE_NOUNS, PEOPLE_OBJECT, RESULT_NOUNS, SPEECH_SENSE,
                              THING_COMPOUNDS)
from newsfacts.quotes import QuoteSpan

_FUTURE_TO_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
_HYPOTHETICAL = {"would", "could", "might", "may", "should", "must", "can"}
_FUTURE = {"will", "'ll", "shall", "wo"}
_RECIPIENT_PREPS = ("with", "to", "against", "on", "toward", "towards", "for", "from", "into", "over", "upon")
_CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "pcomp"}
_PERSON_PRON = {"he", "she", "him", "her", "his", "hers"}
_GROUP_PRON = {"it", "its", "they", "them", "their"}
_SPEECH_FRAME = {"say", "state", "tell", "announce", "declare", "add", "insist", "claim", "confirm", "report",
                 "explain", "note", "warn", "stress", "argue", "write", "reply", "respond", "assert", "indicate",
                 "affirm", "reiterate", "acknowledge", "admit", "believe", "think", "hope", "deny"}
_NOT_ACTOR_POS = {"DET", "PUNCT", "ADP", "CCONJ"}
# Prepositions that attach what an event is about, not when or where it happened.
_THEME_PREPS = {"of", "for", "through", "via", "on", "over", "about", "into", "to", "under"}


@dataclass
class EventMention:
    event_type: str
    actor1: int  # local actor ids
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


class _Index:
    """Actor mentions by token, for looking up who a phrase names."""

    def __init__(self, doc: Doc, actors: list[LocalActor]):
        self.actors = actors
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

    def previous(self, before: int, types: set[str], window_sents: int, doc: Doc) -> int | None:
        """The last actor of `types` mentioned before token `before`, within a few sentences."""
        sent_start = doc[before].sent.start
        limit = sent_start
        for _ in range(window_sents):
            if limit == 0:
                break
            limit = doc[limit - 1].sent.start
        best = None
        for i, local_id, t in self.starts:
            if i >= before:
                break
            if i >= limit and t in types:
                best = local_id
        return best


# ------------------------------------------------------------------ noun phrases and actors
def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(_conjuncts(c))
    return out


def _np_actor(tok: Token, idx: _Index, depth: int = 0, places: bool = False) -> int | None:
    """The actor a noun phrase headed by `tok` names: the head itself, its name parts, its owner
    ("Haiti's representative"), or the body it is "of"/"from" ("the government of Sudan")."""
    hit = idx.at(tok, places)
    if hit is not None:
        return hit
    if tok.pos_ == "PRON":
        return _pronoun(tok, idx)
    if depth > 3 or tok.lemma_.lower() in EVENT_NOUNS:
        return None
    kids = list(tok.children)
    # the name itself first ("Minister Dominique Dupuy", "the Mission for Security Support (MMSS)"),
    # then its owner ("Haiti's representative"), then the body it is of ("the government of Sudan")
    for c in kids:
        if c.dep_ in ("compound", "appos", "nmod") and c.pos_ not in _NOT_ACTOR_POS:
            hit = _np_actor(c, idx, depth + 1, places)
            if hit is not None:
                return hit
    if tok.pos_ == "PROPN":
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "on"):
                for gc in c.children:
                    if gc.dep_ == "pobj" and gc.pos_ == "PROPN":
                        hit = _np_actor(gc, idx, depth + 1, places)
                        if hit is not None:
                            return hit
    for c in kids:
        if c.dep_ == "poss" and c.pos_ not in _NOT_ACTOR_POS:
            hit = _np_actor(c, idx, depth + 1, places)
            if hit is not None:
                return hit
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in ("of", "from"):
            for gc in c.children:
                if gc.dep_ == "pobj":
                    hit = _np_actor(gc, idx, depth + 1, places)
                    if hit is not None:
                        return hit
    return None


def _np_direct(tok: Token, idx: _Index) -> int | None:
    """The actor a noun phrase names itself, not through an owner ("Haiti's participation" names none)."""
    hit = idx.at(tok)
    if hit is not None or tok.pos_ == "PRON":
        return hit if hit is not None else _pronoun(tok, idx)
    for c in tok.children:
        if c.dep_ in ("compound", "appos", "nmod") and c.pos_ not in _NOT_ACTOR_POS:
            hit = _np_direct(c, idx)
            if hit is not None:
                return hit
    return None


def _np_actors(tok: Token, idx: _Index) -> list[int]:
    """The actors of a noun phrase and its coordinated conjuncts ("Israel and Palestine")."""
    out = []
    for t in _conjuncts(tok):
        a = _np_actor(t, idx)
        if a is not None and a not in out:
            out.append(a)
    return out


def _pronoun(tok: Token, idx: _Index) -> int | None:
    """A pronoun's actor: the speaker of the reporting verb it is the subject under
    ("Sudan said it will ..."), else for he/she the last person named nearby."""
    low = tok.lower_
    if low not in _PERSON_PRON | _GROUP_PRON:
        return None
    wanted = {PERSON} if low in _PERSON_PRON else {ORG, COUNTRY}
    clause = tok.head
    while clause.dep_ in ("conj", "xcomp") and clause.head is not clause:
        clause = clause.head
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _SPEECH_FRAME:
        subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ != "PRON":
            hit = _np_actor(subj, idx)
            if hit is not None and idx.actors[hit].actor_type in wanted:
                return hit
    if low in _PERSON_PRON:
        return idx.previous(tok.i, {PERSON}, 1, tok.doc)
    return None


def _pobj_actors(prep: Token, idx: _Index) -> list[int]:
    out = []
    for gc in prep.children:
        if gc.dep_ in ("pobj", "pcomp"):
            out.extend(a for a in _np_actors(gc, idx) if a not in out)
    return out


def _subject(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _inherited_subject(tok: Token) -> Token | None:
    """The subject a non-finite or coordinated verb shares with the verb it hangs from."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("xcomp", "conj", "advcl", "pcomp") or cur.head is cur:
            return None
        cur = cur.head
        if cur.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
    return None


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
        tok.tag_ == "VBN" or tok.pos_ == "ADJ") and any(c.dep_ == "agent" or c.lower_ == "by" for c in tok.children) or (
        tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl") and not any(c.dep_ == "aux" for c in tok.children))


def _verb_roles(trig: Token, idx: _Index) -> tuple[list[int], list[int], bool]:
    """(actor1 candidates, actor2 candidates, symmetric) of a verb trigger."""
    kids = list(trig.children)
    a1: list[int] = []
    a2: list[int] = []
    symmetric = False
    agent = next((c for c in kids if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")), None)
    if _is_passive(trig):
        if agent is not None:
            a1 = _pobj_actors(agent, idx)[:1]
            if not a1:
                return [], [], False  # "ratified by a substantial majority": the agent names no actor
        subj = _subject(trig)
        if subj is None and trig.dep_ in ("acl", "relcl"):
            subj = trig.head  # "the MSSM, greenlit by the UN"
        elif subj is None:
            subj = _inherited_subject(trig)
        if subj is not None:
            if agent is not None:
                a2 = _np_actors(subj, idx)
            elif _np_direct(subj, idx) is not None:
                return [], [], False  # "the Assembly has been asked to ...": acted on, by no one named
            else:
                # "El Salvador's participation was formalized": the owner of the participation acts
                owner = next((c for c in subj.children if c.dep_ == "poss"), None)
                hit = _np_actor(owner, idx) if owner is not None else None
                if hit is not None:
                    a1 = [hit]
    else:
        subj = next((c for c in kids if c.dep_ == "nsubj"), None) or _inherited_subject(trig)
        if subj is not None:
            parties = _np_actors(subj, idx)
            if parties:
                a1 = parties[:1]
                if len(parties) > 1:
                    a2, symmetric = parties[1:2], True
    if trig.lemma_.lower() == "pass":
        # "the House passed the bill" / "the act passed the House": the legislature approves
        obj = next((c for c in kids if c.dep_ == "dobj"), None)
        if not a1 and obj is not None:
            a1 = _np_actors(obj, idx)[:1]
        a1 = [a for a in a1 if idx.actors[a].actor_type == ORG]
        return a1, [], False
    between = [c for c in kids if c.dep_ == "prep" and c.lower_ == "between"]
    if between:
        parties = _pobj_actors(between[0], idx)
        if not a1 and parties:
            a1, a2, symmetric = parties[:1], parties[1:2], True
        elif parties:
            a2 = [p for p in parties if p not in a1][:1]
    if not a2 and a1:
        # "formalized through an agreement between San Salvador and Haiti": the other party
        for c in kids:
            nouns = [c] if c.dep_ in ("dobj", "nsubjpass") else [
                gc for gc in c.children if gc.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in _THEME_PREPS | {
                "with", "in", "by"} else []
            for n in nouns:
                if n.lemma_.lower() not in EVENT_NOUNS:
                    continue
                for b in n.children:
                    if b.dep_ == "prep" and b.lower_ == "between":
                        a2 = [p for p in _pobj_actors(b, idx) if p not in a1][:1]
            if a2:
                break
    if not a2:
        for c in kids:
            if c.dep_ in ("dobj", "dative", "attr", "oprd"):
                a2 = [a for a in _np_actors(c, idx) if a not in a1]
                if not a2:  # "approved the deployment ... to assist Haiti's MMSS"
                    a2 = [a for a in _theme_actors(c, idx) if a not in a1][:1]
            if a2:
                break
    if not a2:
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in _RECIPIENT_PREPS:
                a2 = [a for a in _pobj_actors(c, idx) if a not in a1]
                if a2:
                    break
    if not a2:
        for c in kids:
            if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and _is_purpose(c)):
                a2 = [a for a in _clause_actors(c, idx) if a not in a1][:1]
                if a2:
                    break
    return a1, a2, symmetric


def _theme_actors(tok: Token, idx: _Index) -> list[int]:
    """Actors named inside an object phrase: its prepositional objects and clauses, nearest first."""
    out = []
    frontier = [tok]
    for _ in range(4):
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.dep_ == "punct":
                    continue
                hit = idx.at(c)
                if hit is not None and hit not in out:
                    out.append(hit)
                nxt.append(c)
        frontier = nxt
    return out


def _clause_actors(tok: Token, idx: _Index) -> list[int]:
    """Objects (not subjects) of a complement clause: "proposed exporting strategies to Haiti"."""
    out = []
    for c in tok.children:
        if c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in _RECIPIENT_PREPS):
            found = _np_actors(c, idx) if c.dep_ != "prep" else _pobj_actors(c, idx)
            if not found and c.dep_ == "dobj":  # "to allow an amendment by Mark Souder": its author
                for gc in c.children:
                    if gc.dep_ in ("prep", "agent") and gc.lower_ == "by":
                        found = _pobj_actors(gc, idx)
            for a in found:
                if a not in out:
                    out.append(a)
    return out


def _subject_parties(verb: Token, idx: _Index, a2: list[int], symmetric: bool) -> tuple[list[int], list[int], bool]:
    """(actor1, actor2, symmetric) from the subject of the verb an event noun hangs on: the first
    actor it names, and a second as a symmetric partner ('Bush and Blair held talks')."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) or _inherited_subject(verb)
    if subj is None:
        return [], a2, symmetric
    parties = _np_actors(subj, idx)
    if len(parties) > 1:
        return parties[:1], parties[1:2], True
    return parties[:1], a2, symmetric


def _noun_roles(trig: Token, idx: _Index) -> tuple[list[int], list[int], bool, Token | None]:
    """(actor1, actor2, symmetric, anchor verb) of an event noun."""
    kids = list(trig.children)
    a1: list[int] = []
    a2: list[int] = []
    anchor = None
    symmetric = False
    for c in kids:
        if c.dep_ == "poss":
            a1 = [a for a in [_np_actor(c, idx)] if a is not None]
        elif c.dep_ == "compound" and not a1:
            a1 = [a for a in [idx.at(c)] if a is not None]
    agent_holders = [trig] + [gc for c in kids if c.dep_ == "prep" and c.lower_ == "of" for gc in c.children
                              if gc.lemma_.lower() in EVENT_NOUNS]
    if not a1:
        for h in agent_holders:  # "the approval of the military deployment by El Salvador"
            for c in h.children:
                if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                    a1 = _pobj_actors(c, idx)[:1]
            if a1:
                break
    head = trig.head
    if not a1 and trig.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS:
        a1, a2, symmetric = _subject_parties(head, idx, a2, symmetric)
        anchor = head
    elif not a1 and trig.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" \
            and head.head.lemma_.lower() != "be" \
            and head.lower_ in ("at", "after", "during", "following", "in", "with", "through", "since", "before"):
        verb = head.head
        if not _is_passive(verb):
            a1, a2, symmetric = _subject_parties(verb, idx, a2, symmetric)
            anchor = verb
    between = [c for c in kids if c.dep_ == "prep" and c.lower_ == "between"]
    if between:
        parties = _pobj_actors(between[0], idx)
        if not a1:
            a1, a2, symmetric = parties[:1], parties[1:2], True
        else:
            a2 = [p for p in parties if p not in a1][:1]
    if not a2:
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in _RECIPIENT_PREPS + ("of",):
                a2 = [a for a in _pobj_actors(c, idx) if a not in a1]
                if a2:
                    break
    if not a2 and anchor is not None and anchor.lemma_.lower() in LIGHT_VERBS:
        for c in anchor.children:  # "issued a warning to Greece"
            if c.dep_ in ("dative",) or (c.dep_ == "prep" and c.lower_ in _RECIPIENT_PREPS):
                a2 = [a for a in (_pobj_actors(c, idx) if c.dep_ == "prep" else _np_actors(c, idx))
                      if a not in a1]
                if a2:
                    break
    if not a2:
        for c in kids:  # "offer to support Haiti", "proposal for aid to Haiti"
            if c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ in ("for",)):
                a2 = [a for a in _clause_actors(c, idx) + _theme_actors(c, idx) if a not in a1][:1]
                if a2:
                    break
    return a1, a2, symmetric, anchor


def _commercial(a1: int, a2: list[int], idx: _Index) -> bool:
    """A company acting toward no state or government body: business, not a PLOVER event."""
    if idx.actors[a1].sector != "BUS":
        return False
    return all(idx.actors[a].actor_type != COUNTRY and idx.actors[a].sector not in ("GOV", "IGO", "MIL", "LEG")
               for a in a2)


def _jurisdictions(trig: Token, idx: _Index) -> list[int]:
    """States and bodies named as where a prohibition holds, when no one is said to impose it:
    "it is banned as a terrorist organization in a number of countries including India and Canada"."""
    out: list[int] = []
    frontier, places = [trig], []
    for _ in range(4):  # down the trigger's prepositional phrases to an "in" phrase
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.dep_ != "prep":
                    continue
                pobjs = [gc for gc in c.children if gc.dep_ == "pobj"]
                (places if c.lower_ in ("in", "across", "throughout") else nxt).extend(pobjs)
        frontier = nxt
    for p in places:  # "a number of countries including X, Y and Z"
        stack = [p]
        while stack:
            t = stack.pop()
            hit = idx.at(t)
            if hit is not None and idx.actors[hit].actor_type in (COUNTRY, ORG) and hit not in out:
                out.append(hit)
            stack.extend(c for c in t.children if c.dep_ in ("pobj", "prep", "conj", "appos"))
    return sorted(out, key=lambda a: min(m.tokens[0] for m in idx.actors[a].mentions))


def _protest_country(anchors: list[Token], idx: _Index) -> list[int]:
    """The country a protest with no named organizer takes place in ("protests in Sudan's capital")."""
    for t in anchors:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "across", "throughout"):
                for gc in c.children:
                    hit = _np_actor(gc, idx, places=True) if gc.dep_ == "pobj" else None
                    if hit is not None and idx.actors[hit].actor_type == COUNTRY:
                        return [hit]
    return []


# ------------------------------------------------------------------ modality and context
def _modality(trig: Token) -> str | None:
    """'negated', 'hypothetical', 'future' or None for a plain statement of fact."""
    chain = [trig]
    if trig.dep_ in ("xcomp", "conj") or (trig.pos_ == "NOUN" and trig.dep_ == "dobj"):
        chain.append(trig.head)
    for tok in chain:
        for c in tok.children:
            if c.dep_ == "neg" or c.lower_ in ("never", "not", "n't", "no longer"):
                if c.dep_ in ("neg", "advmod", "det"):
                    return "negated"
            if c.dep_ == "det" and c.lower_ == "no" and tok is trig:
                return "negated"
            if c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL:
                return "hypothetical"
            if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "lest"):
                return "hypothetical"
        for c in tok.children:
            if c.dep_ == "aux" and c.lower_ in _FUTURE:
                return "future"
    if trig.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in trig.children):
        return "hypothetical"
    return None


def _is_negated_future(trig: Token) -> bool:
    kids = list(trig.children)
    return any(c.dep_ == "neg" for c in kids) and any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in kids)


def _governor(trig: Token) -> Token | None:
    """The verb or noun whose complement the trigger is ("plans to send", "agreement to let")."""
    if trig.dep_ in ("xcomp", "ccomp", "acl") and trig.head is not trig:
        return trig.head
    if trig.dep_ == "pobj" and trig.head.dep_ == "prep" and trig.head.lower_ in ("in", "on"):
        # "preparing to engage in peace talks": the noun hangs from the complement verb
        verb = trig.head.head
        if verb.dep_ in ("xcomp", "ccomp") and verb.head is not verb:
            return verb.head
    return None


def _is_purpose(trig: Token) -> bool:
    """An infinitive of purpose or a relative infinitive: "to help", "a contingent to assist"."""
    if trig.dep_ in ("advcl", "acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children):
        return True
    if trig.dep_ in ("pcomp",) and trig.head.lower_ in ("at", "for") and trig.head.head.lemma_.lower() in (
            "aim", "target", "design", "intend"):
        return True
    return False


def _is_theme(trig: Token, triggers: set[int]) -> bool:
    """An event noun that states what another trigger is about ("approved the deployment",
    "formalized through an agreement", "proposal for aid"): part of that event."""
    if trig.pos_ != "NOUN":
        return False
    head = trig.head
    if trig.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and head.i in triggers:
        return True
    if trig.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _THEME_PREPS and head.head.i in triggers:
        return True
    if trig.dep_ == "compound" and head.i in triggers:
        return True
    return False


def _plain_type(tok: Token) -> str | None:
    """The PLOVER type of a token by lemma, phrasal particle and object."""
    lemma = tok.lemma_.lower()
    parts = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep")}
    for p in parts:
        t = PHRASAL.get(f"{lemma}_{p}")
        if t:
            return t
    if tok.pos_ == "VERB" and lemma == "move":  # "moving forces near Gaza"
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        return "MOBILIZE" if any(o.lemma_.lower() in MILITARY_NOUNS for o in objs) else None
    if tok.pos_ == "VERB" and lemma == "pass" and not parts & {"away", "on", "by", "through", "out"}:
        return "SUPPORT"  # a legislature passing a bill (its roles: see _verb_roles)
    t = PLOVER_LEXICON.get(lemma)
    if t is None:
        return None
    if lemma in SPEECH_SENSE and any(c.dep_ == "ccomp" for c in tok.children) \
            and not any(c.dep_ == "dobj" for c in tok.children):
        return None  # "confirmed that ...": a statement
    if tok.pos_ == "NOUN" and lemma not in EVENT_NOUNS:
        return None
    if tok.pos_ == "ADJ" and t is not None and tok.dep_ not in ("acl", "amod", "advcl", "ROOT", "conj"):
        return None
    if lemma == "call" and not parts & {"for", "on"}:
        return None
    if tok.pos_ == "NOUN" and any(c.dep_ == "compound" and (c.lower_, lemma) in THING_COMPOUNDS for c in tok.children):
        return None  # "issued a press release"
    if lemma == "ask" and tok.pos_ == "VERB" and "for" not in parts and not any(
            c.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            for c in tok.children):
        return None  # "she asked, ..." / "when asked whether ...": a question, not a request
    if lemma in PEOPLE_OBJECT and tok.pos_ == "VERB":
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if not any(o.ent_type_ in ("PERSON", "ORG", "NORP") or o.lemma_.lower() in PEOPLE_NOUNS for o in objs):
            return None  # "plans to release the PlayStation 3"
    if lemma in PEOPLE_OBJECT and tok.pos_ == "NOUN" and not any(
            c.dep_ == "prep" and c.lower_ == "of" and any(
                g.ent_type_ in ("PERSON", "ORG", "NORP") or g.lemma_.lower() in PEOPLE_NOUNS for g in c.children)
            for c in tok.children):
        return None  # "a media release", "the release of a report": the release of people only
    if lemma in ("seek", "ask", "try") and any(c.dep_ == "xcomp" for c in tok.children) and lemma == "seek":
        return None  # "seeks to enhance": an aim, not a request
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.pos_ == "VERB" and any(o.lemma_.lower() in COMMERCIAL_NOUNS for o in objs) and t in COOPERATIVE_TYPES:
        return None  # "signed a contract with Savarino", "promised savings": commerce
    if lemma in ("withdraw", "pull") and any(c.dep_ == "prep" and c.lower_ == "from" and any(
            g.lemma_.lower() in COMMERCIAL_NOUNS for g in c.children) for c in tok.children):
        return None  # "withdraw from the bid"
    if lemma == "join" and tok.pos_ == "VERB" and not "with" in parts and not any(
            o.lemma_.lower() in JOINT_NOUNS for o in objs):
        return None  # "joined the World Bank", "joined the group": membership, not a joint action
    if lemma == "order" and tok.pos_ == "VERB" and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) \
            and not any(o.lemma_.lower() in EVENT_NOUNS or o.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                        or o.lemma_.lower() in PEOPLE_NOUNS or o.lemma_.lower() in MILITARY_NOUNS
                        or any(g.dep_ == "prep" and g.lower_ == "of" and any(
                            gg.lemma_.lower() in EVENT_NOUNS for gg in g.children) for g in o.children)
                        for o in objs):
        return None  # "ordered a complete overhaul", "ordered 50 planes": no one is asked to act
    if lemma == "warn" and tok.pos_ == "VERB" and not any(o.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                                                          for o in objs) and any(
            c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ in ("of", "about")) for c in tok.children):
        return None  # "warned that the economy will slow", "warned of delays": a forecast, not a threat
    if lemma == "deny" and any(o.lemma_.lower() in ("report", "allegation", "claim", "charge", "accusation",
                                                     "rumour", "rumor", "involvement", "responsibility",
                                                     "wrongdoing", "link", "knowledge") for o in objs):
        return None  # "denied the allegations": a statement, not a refusal
    if lemma == "agree" and tok.pos_ == "VERB" and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        return "SUPPORT"  # "agreed with the policy", "agreed to a document": endorsement
    if lemma == "vote" and "against" in parts:
        return "REJECT"
    return t


# ------------------------------------------------------------------ dates and places
def _clause_tokens_reach(tok: Token, anchors: set[int]) -> bool:
    """Whether `tok` hangs from one of `anchors` without crossing into another clause."""
    cur = tok
    for _ in range(12):
        if cur.i in anchors:
            return True
        if cur.head is cur:
            return False
        if cur.dep_ in _CLAUSE_DEPS and cur.pos_ in ("VERB", "AUX"):
            return False
        cur = cur.head
    return False


def _date_for(anchors: set[int], doc: Doc, dates: list[Span], ref: dt.date | None):
    for ent in dates:
        text = ent.text
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and after.lower_ in ("before", "earlier", "later", "ago", "after") and after.pos_ == "ADV":
            text = f"{ent.text} {after.text}"  # "the day before": the adverb is outside the entity
        if _clause_tokens_reach(ent.root, anchors) or (
                after is not None and text != ent.text and _clause_tokens_reach(after, anchors)):
            resolved = resolve_date(text, ref)
            if resolved:
                return resolved[0], resolved[1], text
    for i in anchors:  # "now moving forces": the reference day
        for c in doc[i].children:
            if c.dep_ == "advmod" and c.lower_ in ("now", "today") and not c.ent_type_:
                resolved = resolve_date("today", ref)
                if resolved:
                    return resolved[0], resolved[1], c.text
    return None, None, None


def _location_for(anchors: list[Token], idx: _Index, used: set[int]) -> str | None:
    for t in anchors:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "inside", "outside"):
                for gc in c.children:
                    if gc.dep_ != "pobj":
                        continue
                    hit = _np_actor(gc, idx, places=True)
                    if hit is not None and hit not in used and idx.actors[hit].actor_type in (LOCATION, COUNTRY):
                        return idx.actors[hit].name
    return None


# ------------------------------------------------------------------ the document
def _in_spans(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """A test of whether a character offset lies in any of the [start, end) `spans` (by bisection)."""
    merged: list[list[int]] = []
    for start, end in sorted(s for s in spans if s[0] < s[1]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    starts = [m[0] for m in merged]

    def inside(offset: int) -> bool:
        j = bisect.bisect_right(starts, offset) - 1
        return j >= 0 and offset < merged[j][1]
    return inside


def find_events(doc: Doc, actors: list[LocalActor], quote_spans: list[QuoteSpan],
                published: dt.date | None) -> list[EventMention]:
    """Event mentions of one document: trigger, type, roles, date and place."""
    idx = _Index(doc, actors)
    date_ents = [e for e in doc.ents if e.label_ == "DATE"]
    ref = published or infer_reference([e.text for e in date_ents])

    quoted = _in_spans([(q.start, q.end) for q in quote_spans])

    typed: dict[int, str] = {}
    for tok in doc:
        if tok.i in idx.by_token or quoted(tok.idx):
            continue
        if tok.pos_ not in ("VERB", "NOUN") and not (
                tok.pos_ == "ADJ" and any(c.lower_ == "by" for c in tok.children)):  # "greenlit by the UN"
            continue
        t = _plain_type(tok)
        if t:
            typed[tok.i] = t

    out: list[EventMention] = []
    done_governors: set[int] = set()
    for i, event_type in list(typed.items()):  # "agreed to buy Telewest": a deal, not an AGREE
        tok = doc[i]
        if tok.pos_ == "VERB" and event_type in COOPERATIVE_TYPES and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in COMMERCIAL_VERBS for c in tok.children):
            del typed[i]
    for i, event_type in typed.items():
        tok = doc[i]
        if _is_theme(tok, set(typed)):
            continue
        gov = _governor(tok)
        gov_lemma = gov.lemma_.lower() if gov is not None else None
        if gov is not None and gov_lemma in IRREALIS_GOVERNORS:
            if gov_lemma in AGREE_GOVERNORS and gov.i not in typed and gov.i not in done_governors \
                    and gov.pos_ == "VERB" and _modality(gov) not in ("negated", "hypothetical"):
                # "plans to send an envoy", "is preparing to engage in talks with Israel": a commitment
                done_governors.add(gov.i)
                a1, _, _ = _verb_roles(gov, idx)
                if tok.pos_ == "VERB":
                    _, a2, _ = _verb_roles(tok, idx)
                else:
                    _, a2, _, _ = _noun_roles(tok, idx)
                out.extend(_mentions("AGREE", gov, a1, a2, False, [gov], doc, idx, date_ents, ref, 0.6))
            continue
        if gov is not None and gov.i in typed and gov.pos_ == "NOUN" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            continue  # "an offer to support Haiti": the support is the offer's content
        if _is_purpose(tok):
            continue
        if gov is not None and tok.dep_ == "xcomp" and gov.i in typed \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            continue  # "approved the deployment ... to assist Haiti": the purpose of the approval
        modality = _modality(tok)
        if modality == "negated" and event_type in CONCESSION_TYPES and _is_negated_future(tok):
            event_type, modality = "REJECT", None  # "will not hand over the suspects"
        if modality in ("negated", "hypothetical"):
            continue
        if modality == "future" and event_type in _FUTURE_TO_AGREE:
            event_type = "AGREE"
        if tok.pos_ == "NOUN":
            a1, a2, symmetric, anchor = _noun_roles(tok, idx)
            anchors = [tok] + ([anchor] if anchor is not None else [])
            if anchor is not None and _modality(anchor) in ("negated", "hypothetical"):
                continue
            if tok.lemma_.lower() in RESULT_NOUNS and anchor is None \
                    and not any(c.dep_ == "poss" or c.lower_ == "by" for c in tok.children):
                continue  # "the agreement between X and Y is in place": a state, not an act
        else:
            a1, a2, symmetric = _verb_roles(tok, idx)
            anchors = [tok]
            if event_type == "CONSULT" and tok.lemma_.lower() in REQUIRES_PARTNER:
                objs = [c for c in tok.children if c.dep_ == "dobj"]
                if objs and not a2:
                    continue  # "met little resistance"
        if event_type == "AID" and tok.lemma_.lower() in NEEDS_RECIPIENT and not a2:
            continue  # "provides a sandbox": no one is aided
        if event_type == "CONSULT" and tok.pos_ == "NOUN" and not a2:
            continue  # a meeting needs two sides
        if event_type in COOPERATIVE_TYPES and a1 and _commercial(a1[0], a2, idx):
            continue  # "Bayer partnered with Glaxo": commerce between companies
        if event_type == "AGREE" and tok.pos_ == "NOUN" and not a2 and not any(
                c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ in ("for", "of", "to"))
                for c in tok.children):
            continue  # "his reform proposals": an offer of nothing stated to no one
        conf = 0.5 + 0.2 * (tok.pos_ == "VERB") + 0.1 * (modality is None)
        if not a1 and event_type == "PROTEST":
            a1 = _protest_country(anchors, idx)  # civilians of that country
            conf -= 0.1
        if not a1 and event_type == "SANCTION" and tok.pos_ == "VERB" and tok.lemma_.lower() in JURISDICTION_BANS \
                and _is_passive(tok) and not any(c.dep_ == "agent" or c.lower_ == "by" for c in tok.children):
            for state in _jurisdictions(tok, idx):  # "is banned in India and Canada": each state bans
                out.extend(_mentions(event_type, tok, [state], [a for a in a2 if a != state], False, anchors,
                                     doc, idx, date_ents, ref, conf - 0.1))
            continue
        out.extend(_mentions(event_type, tok, a1, a2, symmetric, anchors, doc, idx, date_ents, ref, conf))
    out.sort(key=lambda m: m.start)
    return out


def _mentions(event_type: str, tok: Token, a1: list[int], a2: list[int], symmetric: bool, anchors: list[Token],
              doc: Doc, idx: _Index, date_ents: list[Span], ref: dt.date | None, base: float) -> list[EventMention]:
    if not a1:
        return []
    actor1 = a1[0]
    recipients = [a for a in a2 if a != actor1][:3] or [None]
    event_date, precision, date_text = _date_for({t.i for t in anchors}, doc, date_ents, ref)
    location = _location_for(anchors, idx, {actor1, *[r for r in recipients if r is not None]})
    sent = tok.sent
    out = []
    for actor2 in recipients:
        confidence = base + 0.2 * (actor2 is not None) + 0.1 * (event_date is not None) \
            - 0.1 * (len(recipients) > 1)
        out.append(EventMention(event_type, actor1, actor2, tok.text, tok.idx, tok.idx + len(tok.text),
                                sent.text.strip(), event_date, precision, date_text, location,
                                round(max(0.1, min(confidence, 1.0)), 2), symmetric and actor2 is not None))
    return out
