"""Capitals that come from where a word stands, not from its being a name.

English capitalizes every word that opens a sentence or a line (a heading, a list item, a table cell) and the
first word of a quotation, so a common word there ('Background', 'Turnout', 'Reporters said') looks like a name to
the tagger. A one-word name that the language otherwise writes in lowercase (a common word of the corpus,
`lexicon.common_word`), capitalized here only by its position, is such a word and no actor, unless the document
shows it is a name: it writes the word capitalized where no position asks for a capital ('Target said ... shares of
Target'), or inside a longer name ('Target Corp.'), or the gazetteer or the list of organizations knows it ('Nice',
'Reading').
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsfacts import geo
from newsfacts.lexicon import common_word
from newsfacts.nlp import per_doc

# after these a word is capitalized whatever it is: an opening quotation mark; a straight quotation mark where it
# opens (a space before it, none after); a dash between spaces (not a hyphen inside a word: 'anti-American'); a list
# bullet, a table cell's bar, a wiki heading's '=', a colon or an exclamation mark
OPENING_QUOTES = frozenset({"\u201c", "\u2018"})
STRAIGHT_QUOTES = frozenset({'"', "'"})
DASHES = frozenset({"-", "\u2013", "\u2014"})
LINE_MARKS = frozenset({"*", "#", "\u2022", "|", "=", ":", "!"})


def capitalized_by_position(tok: Token) -> bool:
    """Whether a token stands where English capitalizes any word: the start of the text, of a sentence or of a
    line, or after an opening quotation mark, a spaced dash, a bullet, a table bar or a colon (not after a closing
    quotation mark, a bracket, a semicolon or a hyphen)."""
    if tok.i == 0 or tok.is_sent_start:
        return True
    doc = tok.doc
    before = doc[tok.i - 1]
    if before.is_space or "\n" in before.text_with_ws or before.text in OPENING_QUOTES or before.text in LINE_MARKS:
        return True
    spaced_before = before.i == 0 or bool(doc[before.i - 1].whitespace_) or doc[before.i - 1].is_space
    if before.text in STRAIGHT_QUOTES:  # '"We did not', not 'there," Target said' nor "the workers' Union"
        return not before.whitespace_ and spaced_before
    return before.text in DASHES and bool(before.whitespace_) and spaced_before


def _written_as_a_name(doc: Doc) -> frozenset[str]:
    """The words (lowercase) a document writes with a capital where no position asks for one, or inside a name of
    several words."""
    def build() -> frozenset[str]:
        free = {t.lower_ for t in doc if t.is_title and t.is_alpha and not capitalized_by_position(t)}
        inside = {t.lower_ for ent in doc.ents if len(ent) > 1 for t in ent}
        return frozenset(free | inside)
    return per_doc(doc, "newsfacts.written_as_a_name", build)


def common_word_by_position(span: Span) -> bool:
    """A one-word name that is a common word capitalized only by where it stands ('Background' heading a
    section, 'Turnout was low', '"Truth is ...'), which the document never writes as a name elsewhere and no
    gazetteer or list of organizations knows."""
    if len(span) != 1:
        return False
    tok = span[0]
    return tok.is_title and tok.is_alpha and capitalized_by_position(tok) and common_word(tok.text) \
        and tok.lower_ not in _written_as_a_name(span.doc) \
        and not geo.known_place(tok.text) and not geo.known_organization(tok.text)
