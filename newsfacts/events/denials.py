"""Whom a denial answers: "X denied the allegations" rejects the accusation someone made against X.

Where the denied accusation names no one ("denied the charges", "rejected these claims", or the guilt it claims:
"denied any involvement"; not "denied Y's claims" or "the claims by Y", whose Y the roles already take), the one
who made it is the accuser of the latest accusation against the denier that the document states before (an ACCUSE
event whose target is the denier): "The regulator accused Acme of price fixing. Acme denied the charges." In the
5,000-article corpus 51 REJECT events deny an accusation noun with no target.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsfacts.events.phrases import someone

# what one is accused of, as the object of a denial: the accusation, or the guilt it claims ('denied any involvement')
ACCUSATION_NOUNS = {"allegation", "accusation", "charge", "claim", "involvement", "responsibility", "wrongdoing",
                    "guilt"}


def _denied_accusation(verb: Token) -> bool:
    """A verb whose object is an accusation noun that names no one's ('denied the charges', 'rejected all such
    claims', 'denied allegations of corruption'; not "denied Y's claims", 'the claims of Y', 'the claims by Y': one
    who may have made it, `phrases.someone`)."""
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in ACCUSATION_NOUNS:
            kids = list(obj.children)
            if any(c.dep_ == "compound" or c.dep_ == "prep" and c.lower_ in OTHER_SENSES for c in kids):
                return False  # 'the insurance claim', 'the claim for compensation', 'the charges against X'
            return not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "by", "from") and any(
                g.dep_ == "pobj" and someone(g) for g in c.children) for c in kids)
    return False


# prepositions after an accusation noun that make it a demand, a price, or an accusation of someone else
OTHER_SENSES = {"for", "to", "on", "against"}


def answer_accusations(mentions: list, doc: Doc) -> None:
    """Give a denial of an unattributed accusation (`mentions`: a document's event mentions, in text order) the
    accuser of the latest earlier accusation against the denier as its target."""
    for m in mentions:
        if m.event_type != "REJECT" or m.actor2 is not None or m.actor1 is None:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.pos_ != "VERB" or not _denied_accusation(span.root):
            continue
        # the latest accusation against the denier, whoever made it: one by no one named answers for none
        latest = [p for p in mentions if p.event_type == "ACCUSE" and p.start < m.start and p.actor2 == m.actor1]
        if latest and latest[-1].actor1 is not None and latest[-1].actor1 != m.actor1:
            m.actor2 = latest[-1].actor1
