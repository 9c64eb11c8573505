"""The narration around a quote that may attribute it: back to its sentence's start (earlier quotes
of the sentence skipped) and on to the sentence's end or the next quote."""
from __future__ import annotations

import re

from newsfacts.lexicon import TITLE_WORDS
from newsfacts.quotes.spans import D_OPEN, TERMINAL, QuoteSpan, close_end


def pre_context(text: str, span: QuoteSpan, spans: list[QuoteSpan]) -> int:
    """Start offset of the text before a quote that belongs to its sentence (earlier quotes skipped)."""
    i = span.open_at
    others = sorted((s for s in spans if close_end(s) <= span.open_at), key=lambda s: -s.open_at)
    while i > 0:
        prev = next((s for s in others if close_end(s) <= i and close_end(s) > i - 400), None)
        j = i - 1
        while j >= 0:
            if prev is not None and j < close_end(prev):
                break
            if text[j] == "\n":
                return j + 1
            if text[j] in TERMINAL and (j + 1 >= len(text) or text[j + 1].isspace()) and not abbrev(text, j):
                return j + 1
            j -= 1
        if j < 0:
            return 0
        if prev is None:
            return j + 1
        # an earlier quote of the same sentence: go on before it unless it ended the sentence
        inner_end = text[prev.start:prev.end].rstrip()[-1:]
        after = text[close_end(prev):close_end(prev) + 1]
        if inner_end in TERMINAL or after in TERMINAL:
            return close_end(prev)
        i = prev.open_at
        others = [s for s in others if s is not prev]
    return 0


def abbrev(text: str, j: int) -> bool:
    """A period that ends an abbreviation or initial (Mr., U.S., J.) rather than a sentence."""
    if text[j] != ".":
        return False
    m = re.search(r"(\b[\w.]+)\.$", text[max(0, j - 12):j + 1])
    word = m.group(1) if m else ""
    return bool(word) and (len(word) == 1 or "." in word or word.lower() in TITLE_WORDS | {"st", "no", "vs", "jr", "sr"})


def _goes_on_lowercase(text: str, j: int) -> bool:
    """The period of a short capitalized word (an abbreviation: 'Co.', 'Ltd.', 'Bros.') after which the text goes on
    in lowercase: the sentence runs on past it ('X of Acme Co. told Reuters'), no sentence end."""
    rest = text[j + 1:j + 40].lstrip(" \t")
    m = re.search(r"\b([A-Z][A-Za-z]{0,4})\.$", text[max(0, j - 8):j + 1])
    return m is not None and rest[:1].isalpha() and rest[:1].islower()


def post_context(text: str, span: QuoteSpan, spans: list[QuoteSpan]) -> tuple[int, int, bool]:
    """(start, end, new_sentence) of the text after a quote up to its sentence end or the next quote."""
    start = close_end(span)
    nxt = min((s.open_at for s in spans if s.open_at >= start), default=len(text))
    end = start
    while end < nxt:
        ch = text[end]
        if ch == "\n":
            break
        if ch in TERMINAL and (end + 1 >= len(text) or text[end + 1].isspace() or text[end + 1] in D_OPEN + '"') \
                and not abbrev(text, end) and not _goes_on_lowercase(text, end):
            end += 1
            break
        end += 1
    inner_end = text[span.start:span.end].rstrip()[-1:]
    first = text[start:end].lstrip(" \t")
    new_sentence = (inner_end in TERMINAL and first[:1].isupper()) or first[:1] in TERMINAL
    if new_sentence and first[:1] not in TERMINAL:
        # a short clause after a finished quote can still be its attribution ("..." Doe said.)
        runs_on = text[end - 1:end] not in TERMINAL  # (at the text's end too: '... ourselves." Doe said.')
        if len(re.findall(r"\w+", first)) <= 8 and not runs_on:
            new_sentence = False
    return start, end, new_sentence



def stands_alone(text: str, span: QuoteSpan) -> bool:
    """A quote that is a sentence of its own: it opens after a sentence end and starts with a capital."""
    before = text[:span.open_at].rstrip()
    first = text[span.start:span.start + 1]
    return (not before or before[-1] in TERMINAL + "\u201d\"'\u2019:" or span.close_at < 0) and (first.isupper() or not first.isalpha())



def sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets of the sentence ends in text[start:end] (a period of an abbreviation or initial is none)."""
    return [start + m.start() for m in re.finditer(r"[.!?]+(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])|\n", text[start:end])
            if text[start + m.start()] == "\n" or not abbrev(text, start + m.end() - 1)]


def same_sentence(text: str, prev: QuoteSpan, span: QuoteSpan) -> bool:
    """Whether a quote goes on the sentence of the previous one ('X called it "A" and "B."')."""
    between = text[close_end(prev):span.open_at].strip()
    ended = text[prev.start:prev.end].rstrip()[-1:] in TERMINAL + ":" and not between[:1].islower()
    return not ended and not sentence_ends(text, close_end(prev), span.open_at)


def near(text: str, prev: QuoteSpan, span: QuoteSpan) -> bool:
    """Whether at most one short stretch of narration stands between two quotes."""
    start, end = close_end(prev), span.open_at
    between = text[start:end]
    if between.count("\n") > 2 or len(between) >= 300:
        return False
    # no whole narrated sentence (30 characters or more up to the next mark) in between
    return not any(re.match(r"[.!?]*\s+[A-Z][^\"\u201c]{30,}", text[j:end]) for j in sentence_ends(text, start, end))
