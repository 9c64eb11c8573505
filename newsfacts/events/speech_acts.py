"""Speech that is itself a PLOVER act, where the reporting verb is not one of the vocabulary's.

- A report that someone must or should act ("X said Y must withdraw", "X insisted that Y should be
  punished") is a demand: REQUEST from the speaker to the one who is to act (the gold guidelines: "a
  demand or appeal is REQUEST"). The obligation is read from the complement clause's own modal verb
  (must, should, ought to, need to, have to), not from the words said.
- A contested claim that a named actor did harm ("X claimed that Y was behind the attacks", "X believes
  Y arrested the activists") is an allegation: ACCUSE from the claimant to that actor. Only verbs of
  contested belief count (claim, believe, suspect, allege, contend, maintain), not neutral reports
  ("police said the gunmen killed three" reports a fact), and only harm the vocabulary types as
  conflict (an ASSAULT, COERCE, SANCTION or THREATEN trigger in the claim).
"""
from __future__ import annotations

from spacy.tokens import Token

from newsfacts.events.phrases import ActorIndex, infinitive, lemmas, np_actors
from newsfacts.events.roles import Roles, subject, inherited_subject

SPEECH = "speech"  # the vocabulary name of events read from reported speech

# Verbs that report what someone said or wrote (the complement is what was said).
REPORTING = {"say", "state", "tell", "add", "insist", "argue", "write", "declare", "stress", "warn", "maintain",
             "assert", "reiterate", "tweet", "claim", "note", "suggest", "contend", "announce", "explain"}
OBLIGATION = {"must", "should", "ought"}
CLAIMING = {"claim", "believe", "suspect", "allege", "contend", "maintain", "assert"}
HARM = {"ASSAULT", "COERCE", "SANCTION", "THREATEN"}
SPEECH_VERBS = REPORTING | CLAIMING  # every verb whose report may be an act
NEED = {"need", "have"}  # "need to", "have to"


def _obliged(clause: Token) -> bool:
    for c in clause.children:
        if c.dep_ == "aux" and c.lower_ in OBLIGATION:
            return True
    # "Y needs to withdraw": the obligation verb heads the clause, the act is its to-infinitive
    return clause.lemma_.lower() in NEED and any(x.dep_ == "xcomp" and infinitive(x) for x in clause.children)


def demand(verb: Token, idx: ActorIndex) -> Roles | None:
    """The roles of the demand a reporting verb states, or None where it states none."""
    if verb.pos_ != "VERB" or not set(lemmas(verb)) & REPORTING:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and _obliged(c)), None)
    if clause is None or any(c.dep_ == "neg" for c in clause.children):
        return None
    who = subject(verb) or inherited_subject(verb)
    target = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    speaker = np_actors(who, idx)[:1] if who is not None else []
    addressee = [a for a in np_actors(target, idx) if a not in speaker] if target is not None else []
    if not speaker or not addressee:
        return None  # a demand on no one named, or one's own duty ("we must act")
    return Roles(actor1=speaker, actor2=addressee)


def allegation(verb: Token, idx: ActorIndex, triggers: dict) -> Roles | None:
    """The roles of the allegation a verb of contested belief states, or None."""
    if verb.pos_ != "VERB" or not set(lemmas(verb)) & CLAIMING:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None or any(c.dep_ == "neg" for c in clause.children):
        return None
    if not any(t.i in triggers and triggers[t.i].plover in HARM for t in clause.subtree):
        return None
    who = subject(verb) or inherited_subject(verb)
    target = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    speaker = np_actors(who, idx)[:1] if who is not None else []
    accused = [a for a in np_actors(target, idx) if a not in speaker] if target is not None else []
    return Roles(actor1=speaker, actor2=accused) if speaker and accused else None
