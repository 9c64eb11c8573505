"""Direct quotes: quotation marks paired in the raw text, speakers found in the parse.

`find_quote_spans(text)` never raises, whatever the marks; `find_quotes(doc, actors)`
attributes each span to a speaker and, where it can, to one of the document's actors.

Pairing. Double marks (curly, straight, guillemets) are paired first; a straight mark's role
(opening or closing) comes from the characters beside it. A quote running over several
paragraphs opens each paragraph again without closing the previous one: an opening mark met
while a quote is open after a sentence end closes the open part there (this also covers
texts whose paragraph breaks were flattened). Any other opening mark met while a quote is
open means the earlier mark was stray; it is dropped. Single marks are paired after, with
apostrophes (inside words, elisions, plural possessives, wiki bold '') told apart; a span
inside another span (a nested quote) is dropped, the outer one kept.

Speakers. Each quote has a context before it (back to the sentence start, earlier quotes of
the sentence skipped) and after it (to the sentence end or the next quote). A verb of saying
in the context gives the speaker: its subject, or the agent of a passive ("described by
MI5"), climbing from participles ("by stating", "adding") to the verb they hang on; "according
to X" gives X; "X said:" / "X:" lead-ins and dash attributions ("- X") too. A quote with no
cue that stands as a sentence of its own inherits the previous quote's speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsfacts.actors import COUNTRY, ORG, PERSON, LocalActor
from newsfacts.lexicon import GOVERNMENT_NOUNS, ORG_NOUNS, QUOTE_VERBS, TITLE_WORDS, UTTERANCE_NOUNS
from newsfacts.nlp import text_of


MIN_WORDS = 3  # fewer words in marks are scare quotes or titles, not quotes
SCARE_MAX_WORDS = 4  # a fragment this short, mid-sentence and with no speaker, is a scare quote

_D_OPEN, _D_CLOSE, _D_STRAIGHT = "\u201c\u201e\u00ab", "\u201d\u00bb", '"'
_S_OPEN, _S_CLOSE, _S_STRAIGHT = "\u2018\u2039", "\u2019\u203a", "'"
_LEFT_FREE = "([{\u2014\u2013-:;,/"  # characters after which a mark opens
_RIGHT_FREE = ".,;:!?)]}\u2014\u2013-/"  # characters before which a mark closes
_ELISION = re.compile(r"(?:\d0s|\d\d\b|em\b|n\b|til\b|cause\b|tis\b|twas\b)", re.I)
_TERMINAL = ".!?"

_MALE_HONORIFICS = {"mr", "sir", "lord", "king", "prince", "sheikh", "emir", "sultan", "pope", "imam",
                    "rabbi", "congressman", "chairman", "spokesman", "ayatollah", "cardinal", "archbishop"}
_FEMALE_HONORIFICS = {"mrs", "ms", "miss", "madam", "madame", "lady", "queen", "princess", "dame",
                      "congresswoman", "chairwoman", "spokeswoman"}
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_GROUP_PRONOUNS = {"they", "we", "i", "you", "it", "them", "us", "me"}
_RELATIVE = {"who", "which", "that", "whom"}
_TITLE_STOP = {"of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "by", "with", "de", "la", "del", "du"}


@dataclass
class QuoteSpan:
    start: int  # offsets of the words inside the marks
    end: int
    open_at: int = -1  # offset of the opening mark
    close_at: int = -1  # offset of the closing mark; -1 where a paragraph ends it


@dataclass
class Quote:
    start: int
    end: int
    text: str
    speaker_local_id: int | None
    speaker_text: str | None
    cue: str | None
    is_direct: bool = True


# ------------------------------------------------------------------ pairing
def _role(text: str, i: int) -> str:
    """'open', 'close' or 'either' for a straight mark, from what stands beside it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    left_free = before.isspace() or before in _LEFT_FREE or before in _D_OPEN + _S_OPEN
    right_free = after.isspace() or after in _RIGHT_FREE or after in _D_CLOSE + _S_CLOSE + '"\''
    if left_free and not right_free:
        return "open"
    if right_free and not left_free:
        return "close"
    return "either"


def _sentence_ended(text: str, i: int) -> bool:
    """Whether the text just before offset i ends a sentence (". " before a mark)."""
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j >= 0 and (text[j] in _TERMINAL or text[j] == "\n") and j < i - 1


def _is_apostrophe(text: str, i: int, role: str) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before == "'" or after == "'":  # wiki bold/italic markup '' and '''
        return True
    if before.isalnum() and after.isalnum():  # don't, Haiti's, O'Brien
        return True
    if role == "open" and _ELISION.match(text, i + 1):  # '90s, 'em, rock 'n' roll
        return True
    if role == "close" and before.lower() == "s" and after == " " and text[i + 2:i + 3].isalpha():
        return True  # plural possessive: the ministers' meeting
    return False


@lru_cache(maxsize=None)
def _marks_pattern(marks: str) -> re.Pattern:
    return re.compile("[\n" + re.escape(marks) + "]")


def _pair(text: str, opens: str, closes: str, straight: str, skip: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Spans between matching marks of one kind; `skip` ranges (other quotes) are stepped over."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    single = straight == "'"
    skip = sorted(skip)
    k = 0
    i = 0
    n = len(text)
    marks = opens + closes + straight
    pattern = _marks_pattern(marks)
    while i < n:
        while k < len(skip) and skip[k][1] <= i:
            k += 1
        if k < len(skip) and skip[k][0] <= i < skip[k][1]:
            i = skip[k][1]
            continue
        ch = text[i]
        if ch == "\n":
            if open_at is not None:
                rest = text[i:].lstrip()
                if rest[:1] and rest[0] in opens + straight:  # the quote goes on in the next paragraph
                    spans.append(QuoteSpan(open_at + 1, i, open_at, -1))
                open_at = None
            i += 1
            continue
        if ch not in marks:  # jump to the next mark or line break (then check the skip ranges again)
            m = pattern.search(text, i)
            if m is None:
                break
            i = m.start()
            continue
        if ch in opens:
            role = "open"
        elif ch in closes:
            role = _role(text, i) if single else "close"
            if single and role == "either" and open_at is not None:
                role = "close"
        else:
            role = _role(text, i)
        if single and _is_apostrophe(text, i, role):
            i += 1
            continue
        if open_at is None:
            before = text[i - 1] if i > 0 else " "
            if (role == "open" or role == "either" and not (before.isalnum() or before == "=")) and ch not in closes:
                open_at = i
        elif role == "open" or (ch in opens and role != "close"):
            if _sentence_ended(text, i):  # next paragraph of the same quote, breaks flattened
                spans.append(QuoteSpan(open_at + 1, i, open_at, -1))
            open_at = i  # otherwise the earlier mark was stray
        else:
            spans.append(QuoteSpan(open_at + 1, i, open_at, i))
            open_at = None
        i += 1
    return spans


def _is_title(words: list[str]) -> bool:
    """A quoted name of a work or law: every word capitalized but small function words."""
    caps = [w for w in words if w[:1].isupper()]
    return len(caps) >= 2 and all(w[:1].isupper() or w.lower() in _TITLE_STOP or not w[:1].isalpha() for w in words)


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Spans inside quotation marks, double or single, curly or straight; nested marks keep the outer span.

    Spans of fewer than three words and quoted titles are left out. Never raises.
    """
    if not text:
        return []
    doubles = _pair(text, _D_OPEN, _D_CLOSE, _D_STRAIGHT, [])
    singles = _pair(text, _S_OPEN, _S_CLOSE, _S_STRAIGHT,
                    [(s.open_at, (s.close_at if s.close_at >= 0 else s.end) + 1) for s in doubles])
    raw = sorted(doubles + singles, key=lambda s: (s.start, -s.end))
    out: list[QuoteSpan] = []
    for s in raw:
        start, end = s.start, s.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        words = re.findall(r"[\w'\u2019.\-]+", text[start:end])
        if len(re.findall(r"\w+", text[start:end])) < MIN_WORDS or _is_title(words):
            continue
        if any(o.open_at <= s.open_at and s.end <= o.end and o is not s for o in out):
            continue  # nested inside a quote already kept
        out.append(QuoteSpan(start, end, s.open_at, s.close_at))
    return out


# ------------------------------------------------------------------ contexts
def _in_any(spans: list[QuoteSpan], idx: int) -> bool:
    return any(s.open_at <= idx < (s.close_at + 1 if s.close_at >= 0 else s.end) for s in spans)


def _close_end(span: QuoteSpan) -> int:
    return span.close_at + 1 if span.close_at >= 0 else span.end


def _pre_context(text: str, span: QuoteSpan, spans: list[QuoteSpan]) -> int:
    """Start offset of the text before a quote that belongs to its sentence (earlier quotes skipped)."""
    i = span.open_at
    others = sorted((s for s in spans if _close_end(s) <= span.open_at), key=lambda s: -s.open_at)
    while i > 0:
        prev = next((s for s in others if _close_end(s) <= i and _close_end(s) > i - 400), None)
        j = i - 1
        while j >= 0:
            if prev is not None and j < _close_end(prev):
                break
            if text[j] == "\n":
                return j + 1
            if text[j] in _TERMINAL and (j + 1 >= len(text) or text[j + 1].isspace()) and not _abbrev(text, j):
                return j + 1
            j -= 1
        if j < 0:
            return 0
        if prev is None:
            return j + 1
        # an earlier quote of the same sentence: go on before it unless it ended the sentence
        inner_end = text[prev.start:prev.end].rstrip()[-1:]
        after = text[_close_end(prev):_close_end(prev) + 1]
        if inner_end in _TERMINAL or after in _TERMINAL:
            return _close_end(prev)
        i = prev.open_at
        others = [s for s in others if s is not prev]
    return 0


def _abbrev(text: str, j: int) -> bool:
    """A period that ends an abbreviation or initial (Mr., U.S., J.) rather than a sentence."""
    if text[j] != ".":
        return False
    m = re.search(r"(\b[\w.]+)\.$", text[max(0, j - 12):j + 1])
    word = m.group(1) if m else ""
    return bool(word) and (len(word) == 1 or "." in word or word.lower() in TITLE_WORDS | {"st", "no", "vs", "jr", "sr"})


def _post_context(text: str, span: QuoteSpan, spans: list[QuoteSpan]) -> tuple[int, int, bool]:
    """(start, end, new_sentence) of the text after a quote up to its sentence end or the next quote."""
    start = _close_end(span)
    nxt = min((s.open_at for s in spans if s.open_at >= start), default=len(text))
    end = start
    while end < nxt:
        ch = text[end]
        if ch == "\n":
            break
        if ch in _TERMINAL and (end + 1 >= len(text) or text[end + 1].isspace() or text[end + 1] in _D_OPEN + '"') \
                and not _abbrev(text, end):
            end += 1
            break
        end += 1
    inner_end = text[span.start:span.end].rstrip()[-1:]
    first = text[start:end].lstrip(" \t")
    new_sentence = (inner_end in _TERMINAL and first[:1].isupper()) or first[:1] in _TERMINAL
    if new_sentence and first[:1] not in _TERMINAL:
        # a short clause after a finished quote can still be its attribution ("..." Dupuy said.)
        runs_on = end >= nxt or text[end - 1:end] not in _TERMINAL
        if len(re.findall(r"\w+", first)) <= 8 and not runs_on:
            new_sentence = False
    return start, end, new_sentence


# ------------------------------------------------------------------ speakers
def _tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="contract") if end > start else None
    return list(span) if span is not None else []


def _subject(verb: Token) -> tuple[Token | None, bool]:
    """The speaker token of a cue and whether the cue had a subject slot at all."""
    if verb.lower_ == "according":
        to = next((c for c in verb.children if c.lower_ == "to"), None)
        if to is None and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "to":
            to = verb.doc[verb.i + 1]
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        return obj, True
    tok = verb
    for _ in range(5):
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is not None:
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj, True
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if subj is not None:
            if (subj.dep_ == "nsubjpass" and tok.i == verb.i) or subj.dep_ == "expl" or \
                    (subj.lower_ == "it" and subj.dep_ == "nsubjpass"):
                return None, False  # "is described as", "it was stated": no speaker in the clause
            if subj.lower_ in _RELATIVE and tok.dep_ == "relcl":
                return tok.head, True
            return subj, True
        if tok.dep_ in ("ccomp", "parataxis"):
            return None, True  # a cue inside a reported clause does not take the main subject
        if tok.head is tok:
            return None, True
        tok = tok.head
    return None, True


def _speaker_tokens(doc: Doc, head: Token, verb: Token | None) -> tuple[int, int]:
    """Token range [lo, hi) of the speaker phrase: the head's subtree without relative clauses."""
    drop = {t.i for c in head.children if c.dep_ in ("relcl", "acl") and c.i > head.i for t in c.subtree}
    toks = [t for t in head.subtree if t.i not in drop]
    if verb is not None:
        toks = [t for t in toks if not (t.i >= verb.i >= head.i) or t.i < verb.i]
    lo, hi = toks[0].i, toks[-1].i + 1
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    return lo, hi


def _covering(actors: list[LocalActor], start: int, end: int, types=(PERSON, ORG, COUNTRY)) -> int | None:
    """The actor with a mention covering [start, end)."""
    best = None
    for a in actors:
        if a.actor_type not in types:
            continue
        for m in a.mentions:
            if m.start <= start and end <= m.end:
                rank = {PERSON: 0, ORG: 1, COUNTRY: 2}.get(a.actor_type, 3)
                if best is None or rank < best[0]:
                    best = (rank, a.local_id)
    return best[1] if best else None


def _mentions_in(actors: list[LocalActor], start: int, end: int, types=(PERSON, ORG, COUNTRY)) -> list[tuple[int, object]]:
    return sorted(((m.start, a) for a in actors if a.actor_type in types for m in a.mentions
                   if start <= m.start and m.end <= end), key=lambda x: x[0])


def _gender(doc: Doc, actor: LocalActor) -> str | None:
    """m / f where an honorific or title says so."""
    words = [w.lower().strip(".") for w in (actor.title or "").split()]
    for m in actor.mentions:
        before = text_of(doc)[max(0, m.start - 12):m.start].split()
        words += [before[-1].lower().strip(".")] if before else []
    if any(w in _FEMALE_HONORIFICS for w in words):
        return "f"
    if any(w in _MALE_HONORIFICS for w in words):
        return "m"
    return None


def _is_subject_mention(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return True
        if tok.dep_ in ("appos", "compound", "flat", "conj") and tok.head is not tok:
            tok = tok.head
            continue
        return False
    return False


def _salient_person(doc: Doc, actors: list[LocalActor], before: int, spans: list[QuoteSpan],
                    gender: str | None = None, title_word: str | None = None) -> int | None:
    """The person a pronoun or title refers to: the nearest earlier sentence naming persons, its subject first."""
    cands = []
    for a in actors:
        if a.actor_type != PERSON:
            continue
        if title_word and not (a.title and title_word in a.title.lower()):
            continue
        g = _gender(doc, a)
        if gender and g and g != gender:
            continue
        for m in a.mentions:
            if m.end <= before and not _in_any(spans, m.start):
                cands.append((m, a))
    if not cands:
        return None
    last_m, _ = max(cands, key=lambda c: c[0].end)
    first = doc.char_span(last_m.start, last_m.end, alignment_mode="expand")
    if first is None:
        return max(cands, key=lambda c: c[0].end)[1].local_id
    sent = first[0].sent
    lo = sent.start_char
    in_sent = [c for c in cands if c[0].start >= lo]
    subj = [c for c in in_sent if _is_subject_mention(doc, c[0].start, c[0].end)]
    pick = max(subj or in_sent, key=lambda c: c[0].end)
    return pick[1].local_id


def _previous_org(actors: list[LocalActor], before: int, noun: str) -> int | None:
    best = None
    for a in actors:
        if a.actor_type not in (ORG, COUNTRY):
            continue
        names = [a.name.lower()] + [x.lower() for x in a.aliases]
        if noun in GOVERNMENT_NOUNS:
            ok = a.actor_type == COUNTRY or any(noun in n for n in names)
        else:
            ok = any(re.search(rf"\b{re.escape(noun)}", n) for n in names)
        if not ok:
            continue
        for m in a.mentions:
            if m.end <= before and (best is None or m.end > best[0]):
                best = (m.end, a.local_id)
    return best[1] if best else None


def resolve_speaker(doc: Doc, subj: Token, actors: list[LocalActor], spans: list[QuoteSpan] | None = None,
                    verb: Token | None = None, _depth: int = 0) -> tuple[str, int | None, bool]:
    """(speaker text, local actor id, strong) for a speaker head token.

    Names resolve through the actor mentions that cover the phrase's head or its apposition;
    "he"/"she" and "the minister" to the salient earlier person; "the ministry" to an earlier
    organization; "X's statement" to X. `strong` is false for a phrase that names no one.
    """
    spans = spans or []
    lo, hi = _speaker_tokens(doc, subj, verb)
    # "The Foreign Affairs Spokesman, Kevin Rudd said": a name right after the phrase belongs to it
    if verb is not None and verb.i > subj.i:
        end_char = doc[hi - 1].idx + len(doc[hi - 1].text)
        for start, a in _mentions_in(actors, end_char, verb.idx, (PERSON,)):
            if re.fullmatch(r"[\s,]*", text_of(doc)[end_char:start]):
                m_end = max(m.end for m in a.mentions if m.start == start)
                while hi < verb.i and doc[hi].idx < m_end:
                    hi += 1
                break
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
    text = text_of(doc)[start:end]
    low = subj.lower_
    if subj.pos_ == "PRON" or low in _PRONOUN_GENDER or low in _GROUP_PRONOUNS:
        if low in _PRONOUN_GENDER:
            return subj.text, _salient_person(doc, actors, subj.idx, spans, _PRONOUN_GENDER[low]), True
        return subj.text, None, low not in ("it",)
    head_actor = _covering(actors, subj.idx, subj.idx + len(subj.text))
    if head_actor is not None:
        return text, head_actor, True
    # apposition: "Haiti's Foreign Minister, Dominique Dupuy"
    for c in subj.children:
        if c.dep_ == "appos":
            local = _covering(actors, c.idx, c.idx + len(c.text))
            if local is not None:
                return text, local, True
    person_after = _mentions_in(actors, doc[subj.i].idx, end, (PERSON,))
    person_after = [p for p in person_after if p[0] > subj.idx]
    lemma = subj.lemma_.lower()
    if person_after and (lemma in TITLE_WORDS or subj.ent_type_ == "PERSON"):
        return text, person_after[0][1].local_id, True
    if subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and subj.pos_ == "PROPN":
        inner = _mentions_in(actors, start, end)
        if inner:
            return text, inner[-1][1].local_id, True
        return text, None, True
    det = next((c.lower_ for c in subj.children if c.dep_ in ("det", "poss")), None)
    mods = [c for c in subj.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    if lemma in UTTERANCE_NOUNS and _depth < 2:
        # "A statement from the Media Center", "the ministry's statement", "a ministry statement"
        owners = [g for c in subj.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
                  for g in c.children if g.dep_ == "pobj"]
        owners += [c for c in subj.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        owners += [c for c in subj.children if c.dep_ == "compound" and (c.pos_ == "PROPN" or c.lemma_.lower() in ORG_NOUNS)]
        for o in owners:
            o_text, o_local, o_strong = resolve_speaker(doc, o, actors, spans, None, _depth + 1)
            if o_strong:
                if o.dep_ == "compound":  # the owner phrase ends at the compound's own subtree
                    o_lo, o_hi = _speaker_tokens(doc, o, None)
                    o_lo = min(o_lo, min((m.i for m in subj.children if m.i < o.i and m.dep_ in ("amod", "compound")), default=o_lo))
                    o_text = doc[o_lo:o_hi].text
                return o_text, o_local, True
        return text, None, False
    if lemma in GOVERNMENT_NOUNS:
        for c in mods:
            local = _covering(actors, c.idx, c.idx + len(c.text), (COUNTRY, ORG))
            if local is not None:
                return text, local, True
        if det in ("the", "this", "that") and not mods:
            return text, _previous_org(actors, subj.idx, lemma), True
        return text, None, True
    if lemma in ORG_NOUNS:
        if det in ("the", "this", "that") and not mods:
            return text, _previous_org(actors, subj.idx, lemma), True
        return text, _covering(actors, start, end, (ORG,)), True
    if lemma in TITLE_WORDS:
        if det in ("a", "an", "one", "another") or subj.tag_ in ("NNS", "NNPS"):
            return text, None, True  # an unnamed spokesman, officials
        if any(c.pos_ == "PROPN" or c.ent_type_ for c in mods):
            return text, None, True  # "a Hamas spokesman": the organization is not the speaker
        local = _salient_person(doc, actors, subj.idx, spans, title_word=lemma) or \
            _salient_person(doc, actors, subj.idx, spans)
        return text, local, True
    inner = _mentions_in(actors, start, end)
    if inner and subj.pos_ == "PROPN":
        return text, inner[-1][1].local_id, True
    return text, None, subj.pos_ == "PROPN" or bool(subj.ent_type_)


def _left_name(doc: Doc, verb: Token, actors: list[LocalActor]) -> Token | None:
    """A named actor standing right before a verb the parser left without subject ("..., Dupuy, denied")."""
    j = verb.i - 1
    while j >= 0 and (doc[j].dep_ in ("aux", "auxpass", "neg", "advmod") or doc[j].text == ","):
        j -= 1
    if j < 0 or not any(m.start <= doc[j].idx < m.end for a in actors if a.actor_type in (PERSON, ORG, COUNTRY)
                        for m in a.mentions):
        return None
    return doc[j]


def _cue_tokens(doc: Doc, start: int, end: int, spans: list[QuoteSpan]) -> list[Token]:
    out = []
    for tok in _tokens_in(doc, start, end):
        if _in_any(spans, tok.idx):
            continue
        if tok.lower_ == "according" or (tok.lemma_.lower() in QUOTE_VERBS and tok.pos_ in ("VERB", "AUX")):
            out.append(tok)
    return out


def _lead_in(doc: Doc, actors: list[LocalActor], start: int, end: int, spans: list[QuoteSpan]):
    """"Dupuy: "..."" or ""..." - Dupuy": a speaker phrase with no verb."""
    toks = [t for t in _tokens_in(doc, start, end) if not t.is_space]
    if not toks:
        return None
    named = [t for t in toks if t.pos_ == "PROPN" or t.lemma_.lower() in TITLE_WORDS]
    if not named:
        return None
    head = named[-1] if toks[-1].text == ":" else named[0]
    while head.dep_ in ("compound", "flat") and head.head.i != head.i and head.head in toks:
        head = head.head
    return resolve_speaker(doc, head, actors, spans)


@dataclass
class _Attribution:
    speaker_text: str | None
    local: int | None
    cue: str | None
    strong: bool
    verb: Token | None = None


def _attribute(doc: Doc, span: QuoteSpan, spans: list[QuoteSpan], actors: list[LocalActor]) -> _Attribution | None:
    text = text_of(doc)
    pre_start = _pre_context(text, span, spans)
    post_start, post_end, new_sentence = _post_context(text, span, spans)
    pre = [(0, span.open_at - t.idx, t) for t in _cue_tokens(doc, pre_start, span.open_at, spans)]
    # after a quote only a finite verb attributes it ("...," he said), not "..., X went on saying"
    post = [] if new_sentence else [(0, t.idx - post_start, t) for t in _cue_tokens(doc, post_start, post_end, spans)
                                    if t.tag_ != "VBG" or t.lower_ == "according"]
    ends_open = text[span.start:span.end].rstrip()[-1:] in (",", ":", ";", "-") or not new_sentence and post
    order = sorted(post, key=lambda c: c[1]) + sorted(pre, key=lambda c: c[1]) if ends_open else \
        sorted(pre, key=lambda c: c[1]) + sorted(post, key=lambda c: c[1])
    weak = None
    passive = None
    for _, _, verb in order:
        subj, has_slot = _subject(verb)
        if subj is None and has_slot:
            subj = _left_name(doc, verb, actors)
        if subj is None:
            if not has_slot and passive is None:
                passive = verb
            continue
        if _in_any(spans, subj.idx):
            continue
        speaker_text, local, strong = resolve_speaker(doc, subj, actors, spans, verb)
        cue = verb.text if verb.lower_ != "according" else "according to"
        if strong:
            return _Attribution(speaker_text, local, cue, True, verb)
        if weak is None:
            weak = _Attribution(speaker_text, local, cue, False, verb)
    if weak is not None:
        return weak
    # lead-ins without a verb: "Dupuy: "...""; dash attributions: ""..." - Dupuy"
    before = text[pre_start:span.open_at].rstrip()
    if before.endswith(":"):
        got = _lead_in(doc, actors, pre_start, span.open_at, spans)
        if got is not None:
            return _Attribution(got[0], got[1], None, got[2])
    after = text[post_start:post_end].lstrip()
    if after[:1] in "\u2014\u2013-" and not new_sentence:
        got = _lead_in(doc, actors, post_start, post_end, spans)
        if got is not None:
            return _Attribution(got[0], got[1], None, got[2])
    if passive is not None:
        return _Attribution(None, None, passive.text, False)
    return None


def _stands_alone(text: str, span: QuoteSpan) -> bool:
    """A quote that is a sentence of its own: it opens after a sentence end and starts with a capital."""
    before = text[:span.open_at].rstrip()
    first = text[span.start:span.start + 1]
    return (not before or before[-1] in _TERMINAL + "\u201d\"'\u2019:" or span.close_at < 0) and (first.isupper() or not first.isalpha())


def find_quotes(doc: Doc, actors: list[LocalActor], spans: list[QuoteSpan] | None = None) -> list[Quote]:
    """Every direct quote of a parsed document with its cue, speaker text and speaker actor.

    `spans`: the document's `find_quote_spans`, when the caller has them already.
    """
    text = text_of(doc)
    spans = find_quote_spans(text) if spans is None else spans
    quotes: list[Quote] = []
    last: Quote | None = None
    last_span: QuoteSpan | None = None
    for span in spans:
        try:
            got = _attribute(doc, span, spans, actors)
        except Exception:  # a parse we cannot read never costs the quote
            got = None
        speaker_text = local = cue = None
        if got is not None:
            speaker_text, local, cue = got.speaker_text, got.local, got.cue
        near = last is not None and last_span is not None and _near(text, last_span, span)
        if speaker_text is None and near and (got is not None or _stands_alone(text, span)
                                              or last_span.close_at < 0):
            speaker_text, local = last.speaker_text, last.speaker_local_id
            cue = cue or last.cue
        if _is_scare(doc, span, got):
            continue  # a scare quote: a short fragment that no one is said to say
        q = Quote(span.start, span.end, text[span.start:span.end], local, speaker_text, cue)
        quotes.append(q)
        last, last_span = q, span
    return quotes


def _is_scare(doc: Doc, span: QuoteSpan, got: _Attribution | None) -> bool:
    """A short fragment inside a sentence whose cue (if any) does not govern it."""
    text = text_of(doc)
    if len(re.findall(r"\w+", text[span.start:span.end])) > SCARE_MAX_WORDS or _stands_alone(text, span) \
            or text[span.start:span.end].rstrip()[-1:] in _TERMINAL + ",":
        return False
    if got is None or got.verb is None:
        return True
    toks = _tokens_in(doc, span.start, span.end)
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.head in toks for t in toks):
        return False  # a clause of its own is a quote, however short
    return not any(got.verb in t.ancestors for t in toks)


def _near(text: str, prev: QuoteSpan, span: QuoteSpan) -> bool:
    """Whether at most one short stretch of narration stands between two quotes."""
    between = text[_close_end(prev):span.open_at]
    if between.count("\n") > 2:
        return False
    return not re.search(r"[.!?]\s+[A-Z][^\"\u201c]{30,}", between) and len(between) < 300
