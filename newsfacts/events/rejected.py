"""Whose claim, offer or demand a refusal turns down, where no one is named as its addressee.

A denial or a refusal (REJECT) is of what someone else put forward: a charge, a claim, an offer, a demand. When
the clause names no one it answers, the one who put it forward is read from the rejected thing:
- the owner of a demand, offer, charge or other proposal of the vocabulary rejected: 'rejected his demands', 'the
  union's rejection of their offer', 'Hamas's offer, which Israel rejected';
- where the refusal is a relative clause on it ('a charge that X denied', 'a claim X rejected', 'cuts which were
  rejected by X', 'which it refused to do'), the one who made it: the subject of the first verb above it that
  says, asks, offers or charges ('Y accused Z of fraud, a charge that X denied'; 'Y claimed the firm would cut
  jobs, which X denied': what the rejecter is said to do is passed over). Another verb with a subject of its own
  on the way ('Y struggled after backing down on a tax, which X opposed') says nothing of who made it, nor does
  a report of the thing itself ('Y said the deal, which X rejected, was dead': the deal is not Y's).
"""
from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from newsfacts.events.phrases import RELATIVE_PRON, ActorIndex, np_actors
from newsfacts.events.roles import verb_roles
from newsfacts.events.senses import Trigger
from newsfacts.events.speech_acts import SPEECH_VERBS

# The acts that put something forward for another to take or turn down: a demand, an offer or a promise, a charge,
# a threat; not agreeing or accepting, which take up what another put forward ('agreed to a deal that X rejected')
PROPOSING = {"REQUEST", "AGREE", "ACCUSE", "THREATEN"}
TAKING_UP = {"agree", "accept"}
# the relative words of a clause about a time, a place or a reason ('the day that X refused', 'where X refused')
_ADVERBIAL_RELATIVES = {"when", "where", "why", "that"}


def rejected_author(tok: Token, actor1: list[int], idx: ActorIndex, triggers: Mapping[int, Trigger]) -> list[int]:
    """The actors who put forward what `tok`, a verb or noun of refusal, rejects (none of `actor1`)."""
    antecedent = _rejected_antecedent(tok)
    for thing in _rejected(tok) + ([antecedent] if antecedent is not None else []):
        if _proposal(thing, triggers):
            found = [a for p in thing.children if p.dep_ == "poss" for a in np_actors(p, idx) if a not in actor1]
            if found:
                return found
    return _proposer(antecedent, actor1, idx, triggers) if antecedent is not None else []


def _rejected(tok: Token) -> list[Token]:
    """What the refusal names as rejected: a verb's object, a noun's 'of' phrase ('rejection of their offer')."""
    if tok.pos_ == "VERB":
        return [c for c in tok.children if c.dep_ == "dobj"]
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _rejected_antecedent(tok: Token) -> Token | None:
    """The noun a relative clause of refusal is on, where that noun is what is refused: the relative pronoun is its
    object ('a charge that X denied', 'which it has refused to do') or its passive subject ('which were rejected
    by X'), not its subject ('the party, which rejected the plan') nor a time, place or reason ('the day that X
    refused')."""
    if tok.pos_ != "VERB" or tok.dep_ != "relcl" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in tok.children:
        if c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRON or c.dep_ == "advmod" and c.lower_ in _ADVERBIAL_RELATIVES:
            return None
        if c.dep_ == "dobj" and c.lower_ not in RELATIVE_PRON:
            return None  # it rejects something else
    return tok.head


def _proposal(tok: Token, triggers: Mapping[int, Trigger]) -> bool:
    """Whether `tok` is a trigger of an act that puts something forward (`PROPOSING`)."""
    return tok.i in triggers and triggers[tok.i].plover in PROPOSING and tok.lemma_.lower() not in TAKING_UP


def _proposer(noun: Token, actor1: list[int], idx: ActorIndex, triggers: Mapping[int, Trigger]) -> list[int]:
    """The subject of the first verb above `noun` that says, charges, asks or offers (a verb of saying, a trigger
    of such an act, or a verb whose object is one: 'made an offer'), in the same sentence, passing over verbs whose
    subject is the rejecter; none where another verb with a subject of its own comes first, or where the noun is
    what a clause is about ('the deal, which X rejected, was dead')."""
    if noun.dep_ in ("nsubj", "nsubjpass", "attr"):
        return []
    head = noun
    while head.head.i != head.i:
        below, head = head, head.head
        if head.pos_ != "VERB":
            continue
        proposing = head.lemma_.lower() in SPEECH_VERBS or _proposal(head, triggers) or (
            below.dep_ == "dobj" and _proposal(below, triggers))
        if not proposing and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            continue
        subjects = verb_roles(head, idx).actor1
        if subjects and all(a in actor1 for a in subjects):
            continue  # what the rejecter is said to do ('claimed the firm would cut jobs, which the firm denied')
        return [a for a in subjects if a not in actor1] if proposing else []
    return []
