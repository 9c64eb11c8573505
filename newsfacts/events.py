"""Event mentions: PLOVER-typed triggers with their actors, date and place, in one document."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsfacts.actors import COUNTRY, LOCATION, ORG, PERSON, LocalActor
from newsfacts.dates import infer_reference, resolve_date
from newsfacts.plover import PLOVER_LEXICON
from newsfacts.quotes import QuoteSpan

_FUTURE_TO_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
_HYPOTHETICAL = {"would", "could", "might", "may", "should"}
_RECIPIENT_PREPS = {"to", "with", "against", "on", "for", "toward", "towards", "from"}
_RANK = {PERSON: 0, ORG: 1, COUNTRY: 2}


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


class _Index:
    """Actor mentions by token, for looking up who a subtree names."""

    def __init__(self, doc: Doc, actors: list[LocalActor]):
        self.by_token: dict[int, tuple[int, str]] = {}
        for a in actors:
            for m in a.mentions:
                for i in range(*m.tokens):
                    self.by_token.setdefault(i, (a.local_id, a.actor_type))

    def first_in(self, tokens, skip: set[int] = frozenset(), places: bool = False) -> int | None:
        """The actor a phrase names: a person before an organization before a country, then the first."""
        best = None
        for pos, t in enumerate(tokens):
            hit = self.by_token.get(t.i)
            if hit and hit[0] not in skip and (places or hit[1] != LOCATION):
                rank = (_RANK.get(hit[1], 4), pos)
                if best is None or rank < best[0]:
                    best = (rank, hit[0])
        return best[1] if best else None


def _subtree(tok: Token) -> list[Token]:
    return sorted(tok.subtree, key=lambda t: t.i)


def _roles(trigger: Token, idx: _Index) -> tuple[int | None, int | None]:
    """(actor1, actor2): the one who acts and the one acted on or with."""
    a1 = a2 = None
    kids = list(trigger.children)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids)
    if trigger.pos_ == "NOUN":
        for c in kids:
            if c.dep_ == "poss" and a1 is None:
                a1 = idx.first_in(_subtree(c))
            if c.dep_ == "prep" and c.lower_ == "by" and a1 is None:
                a1 = idx.first_in(t for gc in c.children for t in _subtree(gc))
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in _RECIPIENT_PREPS | {"of", "between"} and a2 is None:
                a2 = idx.first_in((t for gc in c.children for t in _subtree(gc)), {a1} if a1 is not None else set())
        return a1, a2
    for c in kids:
        if c.dep_ == "agent":
            a1 = idx.first_in(t for gc in c.children for t in _subtree(gc))
        elif c.dep_ == "nsubj":
            a1 = idx.first_in(_subtree(c))
    if a1 is None and trigger.dep_ in ("xcomp", "conj", "advcl", "pcomp"):
        head = trigger.head
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            a1 = idx.first_in(_subtree(subj))
    between = [c for c in kids if c.dep_ == "prep" and c.lower_ == "between"]
    if between and a1 is None:
        parties = [t for gc in between[0].children for t in _subtree(gc)]
        a1 = idx.first_in(parties)
        a2 = idx.first_in(parties, {a1} if a1 is not None else set())
        return a1, a2
    skip = {a1} if a1 is not None else set()
    subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if passive and subj is not None:
        if a1 is None:  # "El Salvador's participation was formalized ... with Haiti"
            a1 = idx.first_in(_subtree(subj))
            skip = {a1} if a1 is not None else set()
            for c in kids:
                if a2 is None and c.dep_ == "prep" and c.lower_ in _RECIPIENT_PREPS | {"through", "between"}:
                    a2 = idx.first_in(_subtree(c), skip)
        else:
            a2 = idx.first_in(_subtree(subj), skip)
    if trigger.dep_ == "acl" and a2 is None:  # "the MSSM, greenlit by the UN"
        a2 = idx.first_in([trigger.head], skip)
    for c in kids:
        if a2 is not None:
            break
        if c.dep_ in ("dobj", "dative", "attr", "xcomp", "ccomp"):
            a2 = idx.first_in(_subtree(c), skip)
        elif c.dep_ == "prep" and c.lower_ in _RECIPIENT_PREPS | {"between"}:
            a2 = idx.first_in((t for gc in c.children for t in _subtree(gc)), skip)
    return a1, a2


def _modality(trigger: Token) -> str | None:
    """'negated', 'hypothetical', 'future' or None for a plain statement of fact."""
    chain = [trigger] + ([trigger.head] if trigger.dep_ in ("xcomp", "conj") else [])
    for tok in chain:
        for c in tok.children:
            if c.dep_ == "neg":
                return "negated"
            if c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL:
                return "hypothetical"
            if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
                return "hypothetical"
            if c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall"):
                return "future"
    return None


def _date_for(trigger: Token, dates: list[Span], ref: dt.date | None):
    for ent in dates:
        if trigger in ent.root.ancestors or ent.root.head == trigger:
            resolved = resolve_date(ent.text, ref)
            if resolved:
                return resolved[0], resolved[1], ent.text
    return None, None, None


def _location_for(trigger: Token, actors: list[LocalActor], idx: _Index, used: set[int]) -> str | None:
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at"):
            for gc in c.children:
                hit = idx.first_in(_subtree(gc), used, places=True)
                if hit is not None and actors[hit].actor_type in (LOCATION, COUNTRY):
                    return actors[hit].name
    return None


def find_events(doc: Doc, actors: list[LocalActor], quote_spans: list[QuoteSpan],
                published: dt.date | None) -> list[EventMention]:
    """Event mentions of one document: trigger, type, roles, date and place."""
    idx = _Index(doc, actors)
    date_ents = [e for e in doc.ents if e.label_ == "DATE"]
    ref = published or infer_reference([e.text for e in date_ents])
    out = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        event_type = PLOVER_LEXICON.get(lemma)
        if event_type is None or tok.pos_ not in ("VERB", "NOUN") or tok.i in idx.by_token:
            continue
        if any(q.start <= tok.idx < q.end for q in quote_spans):
            continue  # words inside quotes are what someone said, not what happened
        if lemma == "call" and tok.pos_ == "VERB" and not any(c.lower_ == "for" for c in tok.children):
            continue
        modality = _modality(tok)
        if modality in ("negated", "hypothetical"):
            continue
        if modality == "future" and event_type in _FUTURE_TO_AGREE:
            event_type = "AGREE"
        a1, a2 = _roles(tok, idx)
        if a1 is None:
            continue
        if a2 == a1:
            a2 = None
        event_date, precision, date_text = _date_for(tok, date_ents, ref)
        location = _location_for(tok, actors, idx, {a1} | ({a2} if a2 is not None else set()))
        confidence = 0.4 + 0.2 * (a2 is not None) + 0.2 * (tok.pos_ == "VERB") + 0.1 * (event_date is not None) \
            + 0.1 * (modality is None)
        sent = tok.sent
        out.append(EventMention(event_type, a1, a2, tok.text, tok.idx, tok.idx + len(tok.text), sent.text.strip(),
                                event_date, precision, date_text, location, round(min(confidence, 1.0), 2)))
    return out
