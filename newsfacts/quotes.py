"""Direct quotes: quotation marks paired in the raw text, speakers found in the parse.

`find_quote_spans(text)` never raises, whatever the marks; `find_quotes(doc, actors)`
attributes each span to a speaker and, where it can, to one of the document's actors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsfacts.actors import COUNTRY, ORG, PERSON, LocalActor
from newsfacts.lexicon import TITLE_WORDS
from newsfacts.speech import SPEECH_VERBS

MIN_WORDS = 3  # fewer words in marks are scare quotes or titles, not quotes
_OPEN_DOUBLE, _CLOSE_DOUBLE = "\u201c\u00ab\u201e", "\u201d\u00bb"
_PRONOUNS = {"he": "m", "she": "f", "they": None, "i": None, "we": None, "him": "m", "her": "f"}


@dataclass
class QuoteSpan:
    start: int  # offsets of the words inside the marks
    end: int


@dataclass
class Quote:
    start: int
    end: int
    text: str
    speaker_local_id: int | None
    speaker_text: str | None
    cue: str | None
    is_direct: bool = True


def _is_open_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{\u2014-:,") and not after.isspace()


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Spans inside double quotation marks, curly or straight; nested marks keep the outer span.

    An opening mark left open at a paragraph end is closed there when the next paragraph
    opens again (a quote running over paragraphs); otherwise it is dropped as unbalanced.
    """
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n" and open_at is not None:
            rest = text[i:].lstrip()
            if rest[:1] in _OPEN_DOUBLE + '"':
                spans.append(QuoteSpan(open_at + 1, i))
            open_at = None
            continue
        if ch in _OPEN_DOUBLE or (ch == '"' and open_at is None and _is_open_straight(text, i)):
            if open_at is None:
                open_at = i
            continue
        if (ch in _CLOSE_DOUBLE or ch == '"') and open_at is not None:
            spans.append(QuoteSpan(open_at + 1, i))
            open_at = None
    out = []
    for s in spans:
        start, end = s.start, s.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if len(re.findall(r"\w+", text[start:end])) >= MIN_WORDS:
            out.append(QuoteSpan(start, end))
    return out


# ------------------------------------------------------------------ speakers
def _inside(spans: list[QuoteSpan], idx: int) -> bool:
    return any(s.start - 1 <= idx <= s.end for s in spans)


def _cue_candidates(doc: Doc, span: QuoteSpan, spans: list[QuoteSpan]) -> list[Token]:
    """Speech verbs outside quotes in the sentence that holds the quote, nearest first."""
    first = doc.char_span(span.start, span.end, alignment_mode="expand")
    if first is None:
        return []
    lo = doc[first.start].sent.start
    hi = doc[max(first.end - 1, first.start)].sent.end
    if hi < len(doc) and doc[hi - 1].text in ("\u201d", '"') or hi - first.end < 3:
        hi = doc[min(hi, len(doc) - 1)].sent.end  # "...," Dupuy stated.  is the next "sentence"
    cands = []
    for tok in doc[lo:hi]:
        if _inside(spans, tok.idx) or tok.lemma_.lower() not in SPEECH_VERBS or tok.pos_ not in ("VERB", "AUX"):
            continue
        distance = tok.idx - span.end if tok.idx >= span.end else span.start - tok.idx
        cands.append((0 if tok.idx >= span.end else 1, distance, tok))
    # "according to X"
    for tok in doc[lo:hi]:
        if tok.lower_ == "according" and not _inside(spans, tok.idx):
            cands.append((2, abs(tok.idx - span.start), tok))
    return [t for _, _, t in sorted(cands, key=lambda c: (c[1], c[0]))]


def _subject(verb: Token) -> Token | None:
    """The speaker token of a cue: its subject, climbing through 'by stating' and participles."""
    if verb.lower_ == "according":
        to = next((c for c in verb.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    tok = verb
    for _ in range(4):
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.dep_ != "expl"), None)
        if subj is not None:
            return subj
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _subject_span(tok: Token) -> tuple[int, int]:
    toks = [t for t in tok.subtree if t.dep_ not in ("relcl", "punct") or t.i == tok.i]
    toks = [t for t in toks if not any(a.dep_ == "relcl" for a in t.ancestors if a.i in range(toks[0].i, toks[-1].i + 1))]
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _actor_in(actors: list[LocalActor], start: int, end: int) -> int | None:
    """The actor mentioned inside [start, end): a person first, then an organization or country."""
    found = []
    for a in actors:
        for m in a.mentions:
            if m.start >= start and m.end <= end:
                rank = {PERSON: 0, ORG: 1, COUNTRY: 2}.get(a.actor_type, 3)
                found.append((rank, -m.start, a.local_id))
    return min(found)[2] if found else None


def _previous_person(actors: list[LocalActor], before: int, title_word: str | None = None) -> int | None:
    best = None
    for a in actors:
        if a.actor_type != PERSON:
            continue
        if title_word and not (a.title and title_word in a.title.lower()):
            continue
        for m in a.mentions:
            if m.end <= before and (best is None or m.end > best[0]):
                best = (m.end, a.local_id)
    return best[1] if best else None


def resolve_speaker(doc: Doc, subj: Token, actors: list[LocalActor]) -> tuple[str, int | None]:
    """The speaker's text and local actor id: names by mention, pronouns and titles to the last person."""
    start, end = _subject_span(subj)
    text = doc.text[start:end]
    if subj.lower_ in _PRONOUNS and subj.pos_ == "PRON":
        if subj.lower_ in ("they", "we", "i"):
            return subj.text, None
        return subj.text, _previous_person(actors, subj.idx)
    local = _actor_in(actors, start, end)
    if local is None and subj.lemma_.lower() in TITLE_WORDS:
        local = _previous_person(actors, subj.idx, subj.lemma_.lower()) or _previous_person(actors, subj.idx)
    return text, local


def find_quotes(doc: Doc, actors: list[LocalActor]) -> list[Quote]:
    """Every direct quote of a parsed document with its cue, speaker text and speaker actor."""
    spans = find_quote_spans(doc.text)
    quotes: list[Quote] = []
    last: Quote | None = None
    for span in spans:
        speaker_text = cue = None
        local = None
        for verb in _cue_candidates(doc, span, spans):
            subj = _subject(verb)
            if subj is None or _inside(spans, subj.idx):
                continue
            speaker_text, local = resolve_speaker(doc, subj, actors)
            cue = verb.text
            break
        if cue is None and last is not None and doc.text[last.end:span.start].count("\n") <= 2 \
                and not re.search(r"[.!?]\s+[A-Z][^\"\u201c]{30,}", doc.text[last.end:span.start]):
            speaker_text, local, cue = last.speaker_text, last.speaker_local_id, last.cue
        q = Quote(span.start, span.end, doc.text[span.start:span.end], local, speaker_text, cue)
        quotes.append(q)
        last = q
    return quotes
