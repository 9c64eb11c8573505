"""Naming as judging: "X called Y a disgrace" criticizes Y (ACCUSE), "X called Y a great leader" praises Y (SUPPORT).

A verb of naming with an object and an object predicate ('called the plan a mistake', 'described the vote as a
fraud', 'labelled the group terrorists') says what the subject holds its object to be. Where the predicate is a word
of strong sentiment, the statement is criticism or praise, which the project's gold guidelines count as ACCUSE and
SUPPORT; where it is not ('called it a day', 'called the party the Greens'), it only names. The sentiment is
VADER's lexicon (resources/valence.tsv): the predicate's head, its modifiers and its conjuncts ('rude, lazy and
dishonest'), not the phrases they govern ('a loyal partner in the fight against crime' praises). A predicate with
words both ways ('a brilliant but dangerous man') is neither, and a negated one ('no coward', 'not dangerous') is no
judgement this reading can make.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsfacts.events.phrases import ACTOR_ENTITIES, RELATIVE_PRON
from newsfacts.events.vocabulary import table_rows

# English verbs that take an object and an object predicate naming what it is (Quirk et al. 16.44, complex-transitive
# verbs of naming); 391 such constructions in the corpus, 354 of them with 'call'
NAMING_VERBS = {"call", "describe", "label", "brand", "term", "dub", "characterize", "characterise", "portray"}
# what the predicate's own words are: its modifiers and its coordinated words, not its prepositional phrases
_OWN = {"amod", "compound", "conj", "acomp", "advmod", "nmod", "appos"}
# an object that names nothing the subject judges: the subject itself, or what a relative clause is about
_NO_OBJECT = {"themselves", "himself", "herself", "itself", "ourselves", "myself", "yourself", "what"} | RELATIVE_PRON

_PERSONAL = {"him", "her"}


@lru_cache(maxsize=1)
def valence() -> dict[str, float]:
    return {w: float(v) for w, v, *_ in table_rows("valence.tsv")}


def object_predicate(verb: Token) -> tuple[Token, Token] | None:
    """The object and the object predicate of a verb of naming: 'called [the plan] [a mistake]', 'described [it] as
    [a fraud]'. The parser hangs the predicate on the verb (oprd, or xcomp/ccomp when it misreads the quotation
    marks) or on the object, and the 'as' phrase on the verb."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return None
    for c in list(verb.children) + list(obj.children):
        if c.i < obj.i:
            continue
        if c.dep_ == "oprd" or c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("NOUN", "PROPN", "ADJ"):
            return obj, c
        if c.dep_ == "prep" and c.lower_ == "as" and c.head.i == verb.i:
            found = next((g for g in c.children if g.dep_ in ("pobj", "amod", "acomp")), None)
            if found is not None:
                return obj, found
    return None


def _names_someone(obj: Token, pred: Token) -> bool:
    """Whether the object names the one judged, or whose the judged thing is ('called Smith a coward', 'called the
    Israeli plan a fraud', 'called him a hero'). 'It' and 'this' are mostly a thing or a situation ('called it a
    painful day', 'described the incident as a catastrophe'): of 149 naming judgements in the corpus, those with no
    one named in the object were mostly no criticism or praise of anyone, and their pronoun resolved to a country or
    body that was not the one judged."""
    inside = {t.i for t in pred.subtree}
    return obj.lower_ in _PERSONAL or any(
        t.ent_type_ in ACTOR_ENTITIES and t.i not in inside for t in obj.subtree)


def _own_words(pred: Token) -> list[Token]:
    out, todo = [], [pred]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ in _OWN)
    return out


def naming(verb: Token) -> tuple[Token, Token] | None:
    """(object, object predicate) where a verb names or describes its object: a verb of naming with both."""
    return object_predicate(verb) if verb.pos_ == "VERB" and verb.lemma_.lower() in NAMING_VERBS else None


def judgement(obj: Token, pred: Token) -> str | None:
    """ACCUSE or SUPPORT for a naming (`naming`) whose object predicate is a word of strong sentiment one way, else
    None: it only names, or what it judges is the subject itself ('brands itself as a healthy choice') or stands in
    a relative clause ('what he called a crime': the act is the clause's verb)."""
    if obj.lower_ in _NO_OBJECT or not _names_someone(obj, pred):
        return None
    scores = valence()
    words = _own_words(pred)
    if any(t.dep_ == "neg" or t.lower_ in ("no", "not", "never") for w in words for t in [w, *w.children]):
        return None
    values = [v for t in words for v in [scores.get(t.lower_, scores.get(t.lemma_.lower()))] if v]
    negative, positive = any(v < 0 for v in values), any(v > 0 for v in values)
    if negative == positive:
        return None
    return "ACCUSE" if negative else "SUPPORT"
