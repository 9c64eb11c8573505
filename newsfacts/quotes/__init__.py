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
from newsfacts.quotes.context import near, stands_alone
from newsfacts.quotes.speakers import Attribution, Speakers, tokens_in
from newsfacts.quotes.spans import TERMINAL, QuoteSpan, find_quote_spans

__all__ = ["ERRORS", "Quote", "QuoteSpan", "find_quote_spans", "find_quotes"]

log = logging.getLogger(__name__)
SCARE_MAX_WORDS = 4  # a fragment this short, mid-sentence and with no speaker, is a scare quote
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


def find_quotes(doc: Doc, actors: list[LocalActor], spans: list[QuoteSpan] | None = None) -> list[Quote]:
    """Every direct quote of a parsed document with its cue, speaker text and speaker actor.

    `spans`: the document's `find_quote_spans`, when the caller has them already.
    """
    text = text_of(doc)
    spans = find_quote_spans(text) if spans is None else spans
    speakers = Speakers(doc, actors, spans)
    quotes: list[Quote] = []
    last: Quote | None = None
    last_span: QuoteSpan | None = None
    for span in spans:
        got = _attribute(speakers, span)
        speaker_text = local = cue = None
        if got is not None:
            speaker_text, local, cue = got.speaker_text, got.local, got.cue
        is_near = last is not None and last_span is not None and near(text, last_span, span)
        if speaker_text is None and is_near and (got is not None or stands_alone(text, span)
                                                 or last_span.close_at < 0):
            speaker_text, local = last.speaker_text, last.speaker_local_id
            cue = cue or last.cue
        if _is_scare(doc, span, got):
            continue  # a scare quote: a short fragment that no one is said to say
        q = Quote(span.start, span.end, text[span.start:span.end], local, speaker_text, cue)
        quotes.append(q)
        last, last_span = q, span
    return quotes


def _attribute(speakers: Speakers, span: QuoteSpan) -> Attribution | None:
    """The quote's attribution; a parse it cannot read is logged and counted, and the quote kept."""
    try:
        return speakers.attribute(span)
    except Exception:
        doc = speakers.doc
        doc.user_data[ERRORS] = doc.user_data.get(ERRORS, 0) + 1
        log.warning("speaker finding failed for the quote at %d-%d", span.start, span.end, exc_info=True)
        return None


def _is_scare(doc: Doc, span: QuoteSpan, got: Attribution | None) -> bool:
    """A short fragment inside a sentence whose cue (if any) does not govern it."""
    text = text_of(doc)
    if len(re.findall(r"\w+", text[span.start:span.end])) > SCARE_MAX_WORDS or stands_alone(text, span) \
            or text[span.start:span.end].rstrip()[-1:] in TERMINAL + ",":
        return False
    if got is None or got.verb is None:
        return True
    toks = tokens_in(doc, span.start, span.end)
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.head in toks for t in toks):
        return False  # a clause of its own is a quote, however short
    return not any(got.verb in t.ancestors for t in toks)
