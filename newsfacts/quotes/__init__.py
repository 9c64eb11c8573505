"""Direct quotes: quotation marks paired in the raw text (`spans`), the narration around each quote
(`context`), its speaker found in the parse (`speakers`).

`find_quote_spans(text)` never raises, whatever the marks; `find_quotes(doc, actors, spans)` attributes
each span to a speaker and, where it can, to one of the document's actors. A quote with no cue that
stands as a sentence of its own inherits the previous quote's speaker. A failure to attribute one quote
never costs the quote: it is logged and counted (`doc.user_data["newsfacts.quote_errors"]`).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from newsfacts.actors import LocalActor
from newsfacts.nlp import text_of
from newsfacts.quotes.context import near, same_sentence, stands_alone
from newsfacts.quotes.speakers import Attribution, Speakers, scare_sized, tokens_in
from newsfacts.quotes.spans import QuoteSpan, find_quote_spans

__all__ = ["ERRORS", "Quote", "QuoteSpan", "find_quote_spans", "find_quotes"]

log = logging.getLogger(__name__)
ERRORS = "newsfacts.quote_errors"


@dataclass
class Quote:
    start: int
    end: int
    text: str
    speaker_local_id: int | None
    speaker_text: str | None
    cue: str | None
    is_direct: bool = True
    # the body, state or person an unnamed speaker speaks for ('a Pentagon spokesman': the Pentagon), whose
    # speaker_local_id is None: GOLD names no speaker there, but who is speaking for whom is worth keeping
    speaks_for_local_id: int | None = None


def find_quotes(doc: Doc, actors: list[LocalActor], spans: list[QuoteSpan] | None = None) -> list[Quote]:
    """Every direct quote of a parsed document with its cue, speaker text and speaker actor.

    `spans`: the document's `find_quote_spans`, when the caller has them already. A quote without an
    attribution of its own takes the previous quote's where it goes on that quote's sentence, or stands
    as a sentence of its own near it; a quote standing alone after a sentence that reports someone's
    words ('X said that ...') takes that speaker. A scare quote is dropped but passes its attribution on.
    """
    text = text_of(doc)
    spans = find_quote_spans(text) if spans is None else spans
    speakers = Speakers(doc, actors, spans)
    quotes: list[Quote] = []
    last: tuple[QuoteSpan, Attribution] | None = None  # the last quote that had a speaker, and its attribution
    for span in spans:
        got = _attribute(speakers, span, last[1].local if last else None)
        if got is None or got.speaker_text is None:
            got = _passed_on(speakers, span, last, got) or got
        elif last is not None and last[1].for_body and got.local == last[1].local and \
                got.speaker_text.lower() in _PRONOUNS:
            got.for_body = True  # '"...," U.S. officials said. "...," they added': still no one named
        if got is not None and got.speaker_text is not None:
            last = (span, got)
        if _is_scare(doc, span, got) or _named_by(text, span):
            continue  # a scare quote (a short fragment that no one is said to say), or a title or a slogan
        speaker_text, local, cue = (got.speaker_text, got.local, got.cue) if got else (None, None, None)
        speaks_for = local if got is not None and got.for_body else None
        quotes.append(Quote(span.start, span.end, text[span.start:span.end], None if speaks_for is not None else local,
                            speaker_text, cue, speaks_for_local_id=speaks_for))
    return quotes


_PRONOUNS = {"he", "she", "they"}
# The words a title or a slogan follows: what a work, a page or a campaign is called, not what anyone said (GOLD:
# titles of works are no quotes). In the 5,000-article corpus 24 quoted spans follow them, every one a headline, a
# title or a slogan ('a front page story under the headline "..."', 'a report entitled "..."', 'the slogan "..."')
_NAMING = re.compile(r"(?i)\b(?:titled|entitled|headlined|headline|slogan|motto|under the name)[\s,:]*$")


def _named_by(text: str, span: QuoteSpan) -> bool:
    """Whether a quoted span is the title or slogan a naming word right before its opening mark introduces."""
    before = text[max(0, span.open_at - 40):max(span.open_at, 0)]
    return bool(_NAMING.search(re.sub(r"['\u2018`]+$", "", before)))


def _passed_on(speakers: Speakers, span: QuoteSpan, last: tuple[QuoteSpan, Attribution] | None,
               got: Attribution | None) -> Attribution | None:
    """The attribution a quote without one of its own takes from the quotes or the narration before it."""
    text = speakers.text
    alone = stands_alone(text, span)
    if last is not None and same_sentence(text, last[0], span):
        return _inherited(last[1], got)
    if alone and got is None:
        narrated = speakers.narrated(span)
        if narrated is not None and (last is None or narrated.verb.idx > last[0].start):
            return narrated
    if last is not None and near(text, last[0], span) and (got is not None or alone or last[0].close_at < 0):
        return _inherited(last[1], got)
    return None


def _inherited(previous: Attribution, own: Attribution | None) -> Attribution:
    """The previous speaker, with the quote's own cue where it has one (and its verb, for scare quotes)."""
    return Attribution(previous.speaker_text, previous.local, (own.cue if own else None) or previous.cue,
                       previous.strong, own.verb if own else None, previous.for_body)


def _attribute(speakers: Speakers, span: QuoteSpan, last_speaker: int | None) -> Attribution | None:
    """The quote's attribution; a parse it cannot read is logged and counted, and the quote kept."""
    try:
        return speakers.attribute(span, last_speaker)
    except Exception:
        doc = speakers.doc
        doc.user_data[ERRORS] = doc.user_data.get(ERRORS, 0) + 1
        log.warning("speaker finding failed for the quote at %d-%d", span.start, span.end, exc_info=True)
        return None


def _is_scare(doc: Doc, span: QuoteSpan, got: Attribution | None) -> bool:
    """A short fragment inside a sentence whose cue (if any) does not govern it."""
    if not scare_sized(text_of(doc), span):
        return False
    if got is None or got.verb is None:
        return True
    toks = tokens_in(doc, span.start, span.end)
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.head in toks for t in toks):
        return False  # a clause of its own is a quote, however short
    return not any(got.verb in t.ancestors for t in toks)
