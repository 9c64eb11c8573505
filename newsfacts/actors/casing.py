"""Capitals that come from where a word stands, not from its being a name.

English capitalizes every word that opens a sentence, a line, a heading or a quotation, so a common word there
('Background', 'Turnout', 'Reporters said') looks like a name to the tagger. A one-word name that the language
otherwise writes in lowercase (a common word of the corpus, `lexicon.common_word`), capitalized here only by its
position, and nowhere in the document capitalized where a common word would not be, is such a word: no actor. A word
the document also capitalizes mid-sentence is its name there ('Target said ... shares of Target').
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsfacts.lexicon import common_word
from newsfacts.nlp import per_doc

# tokens after which any word is capitalized: quotation marks, brackets, list bullets, colons and dashes (not the
# wiki mark-up of italics, '', which sets off titles: ''Time'' magazine)
OPENERS = frozenset({'"', "'", "\u201c", "\u2018", "(", "[", "*", ":", "-", "\u2013", "\u2014", "|", "!", "#",
                     "\u2022", "=", ";"})


def capitalized_by_position(tok: Token) -> bool:
    """Whether a token stands where English capitalizes any word: the start of the text, of a sentence or of a
    line, or after an opening quotation mark, a bracket, a bullet, a colon or a dash."""
    if tok.i == 0 or tok.is_sent_start:
        return True
    before = tok.doc[tok.i - 1]
    return before.text in OPENERS or before.is_space or "\n" in before.text_with_ws


def title_case(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and word.isalpha()


def _capitalized_mid_sentence(doc: Doc) -> frozenset[str]:
    """The words (lowercase) a document writes with a capital where no position asks for one."""
    return per_doc(doc, "newsfacts.capitalized_mid_sentence", lambda: frozenset(
        t.lower_ for t in doc if title_case(t.text) and not capitalized_by_position(t)))


def common_word_by_position(span: Span) -> bool:
    """A one-word name that is a common word capitalized only by where it stands ('Background' heading a
    section, 'Turnout was low', '"Truth is ...'), which the document never writes capitalized elsewhere."""
    if len(span) != 1:
        return False
    tok = span[0]
    return title_case(tok.text) and capitalized_by_position(tok) and common_word(tok.text) \
        and tok.lower_ not in _capitalized_mid_sentence(span.doc)
