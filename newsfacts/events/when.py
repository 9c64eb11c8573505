"""When an event happened: the date expression of the trigger's own clause, resolved against the
publication date (or, without one, the latest explicit date in the text)."""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from newsfacts.dates import resolve_date

CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "pcomp"}


def in_clause_of(tok: Token, anchors: set[int]) -> bool:
    """Whether `tok` hangs from one of `anchors` without crossing into another clause."""
    cur = tok
    for _ in range(12):
        if cur.i in anchors:
            return True
        if cur.head is cur or (cur.dep_ in CLAUSE_DEPS and cur.pos_ in ("VERB", "AUX")):
            return False
        cur = cur.head
    return False


def date_for(anchors: set[int], doc: Doc, dates: list[Span], ref: dt.date | None, tense: str | None = None):
    """(date, precision, text) of the first date expression in the anchors' clause, or Nones."""
    for ent in dates:
        if in_clause_of(ent.root, anchors):
            resolved = resolve_date(ent.text, ref)
            if resolved:
                return resolved[0], resolved[1], ent.text
    return None, None, None
