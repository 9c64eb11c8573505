"""Quoted spans: quotation marks paired in the raw text. `find_quote_spans(text)` never raises,
whatever the marks.

Double marks (curly, straight, guillemets) are paired first; a straight mark's role (opening or
closing) comes from the characters beside it. A quote running over several paragraphs opens each
paragraph again without closing the previous one: an opening mark met while a quote is open after a
sentence end closes the open part there (this also covers texts whose paragraph breaks were
flattened). Any other opening mark met while a quote is open means the earlier mark was stray; it is
dropped. Single marks are paired after, with apostrophes (inside words, elisions, plural possessives,
wiki bold '') told apart; a span inside another span (a nested quote) is dropped, the outer one kept.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

MIN_WORDS = 3  # fewer words in marks are scare quotes or titles, not quotes

D_OPEN, _D_CLOSE, _D_STRAIGHT = "\u201c\u201e\u00ab", "\u201d\u00bb", '"'
_S_OPEN, _S_CLOSE, _S_STRAIGHT = "\u2018\u2039", "\u2019\u203a", "'"
_LEFT_FREE = "([{\u2014\u2013-:;,/"  # characters after which a mark opens
_RIGHT_FREE = ".,;:!?)]}\u2014\u2013-/"  # characters before which a mark closes
_ELISION = re.compile(r"(?:\d0s|\d\d\b|em\b|n\b|til\b|cause\b|tis\b|twas\b)", re.I)
TERMINAL = ".!?"
_SECOND = "\x01"  # stands for the second apostrophe of '' read as a double mark
_TITLE_STOP = {"of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "by", "with", "de", "la", "del", "du"}


@dataclass
class QuoteSpan:
    start: int  # offsets of the words inside the marks
    end: int
    open_at: int = -1  # offset of the opening mark
    close_at: int = -1  # offset of the closing mark; -1 where a paragraph ends it


def _role(text: str, i: int) -> str:
    """'open', 'close' or 'either' for a straight mark, from what stands beside it."""
    before = text[i - 1] if i > 0 else " "
    j = i + 2 if text[i + 1:i + 2] == _SECOND else i + 1  # what stands after the second apostrophe of ''
    after = text[j] if j < len(text) else " "
    left_free = before.isspace() or before in _LEFT_FREE or before in D_OPEN + _S_OPEN
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
    return j >= 0 and (text[j] in TERMINAL or text[j] == "\n") and j < i - 1


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
    if after == "s" and (i + 2 >= len(text) or text[i + 2].isspace() or text[i + 2] in ",;:-)"):
        return True  # the possessive 's after a mark or set apart by a space: Yahoo!'s, the U.S.'s, Iran 's (not a
        # quote opening on 'S&P' or 'S. Korea')
    if role != "open" and i >= 2 and before == " " and text[i - 2] == "s" and after == " " \
            and text[i + 2:i + 3].isalpha() and _capitalized_before(text, i - 1):
        return True  # a plural possessive set apart by a space, as a name whose link was stripped: the United States '
    return False


def _capitalized_before(text: str, j: int) -> bool:
    """Whether the word that ends at offset j begins with a capital ('the United States ', 'Hamas ')."""
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k:k + 1].isupper()


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


_DOUBLE_MARKS = re.compile("[" + re.escape(D_OPEN + _D_CLOSE + _D_STRAIGHT) + "]")


_TWO_APOSTROPHES = re.compile(r"(?<!')''(?!')")
_ITALIC = re.compile(r"(?<!')''([^'\n]{1,60}?)''(?!')")


def _two_apostrophes(text: str) -> str:
    """The text with '' read as a double quotation mark where the text uses no other double mark (some
    outlets write ''...''). Wiki markup uses '' for italics: a text with other double marks, or one that
    puts '' around a name, a title or a date (''Post'', ''The Times'', ''October 1, 2006''), keeps them.
    Same length."""
    if "''" not in text or _DOUBLE_MARKS.search(text):
        return text
    if any(_italic(m.group(1)) for m in _ITALIC.finditer(text)):
        return text
    return _TWO_APOSTROPHES.sub('"' + _SECOND, text)


def _italic(inner: str) -> bool:
    """Words set in italics rather than quoted: a name, a title or a date, a few words with no sentence
    punctuation of their own."""
    words = inner.split()
    return len(words) < MIN_WORDS or _is_title(words) or (len(words) <= 6 and inner.rstrip()[-1:] not in ".,!?;:")


def _past_second_apostrophe(marks: str, s: QuoteSpan) -> QuoteSpan:
    """A span paired on '' marks: its words begin after the second apostrophe, its closing mark is both."""
    start = s.start + 1 if marks[s.start:s.start + 1] == _SECOND else s.start
    close = s.close_at + 1 if s.close_at >= 0 and marks[s.close_at + 1:s.close_at + 2] == _SECOND else s.close_at
    return QuoteSpan(start, s.end, s.open_at, close)


def quoted_regions(text: str) -> list[QuoteSpan]:
    """Every span inside a pair of quotation marks, however short, titles too ('"Tell Me Lies Again"'), by start;
    single marks are paired only outside double ones ('"the word 'no' is final"' is one span)."""
    if not text:
        return []
    marks = _two_apostrophes(text)
    doubles = [_past_second_apostrophe(marks, s) for s in _pair(marks, D_OPEN, _D_CLOSE, _D_STRAIGHT, [])]
    singles = _pair(marks, _S_OPEN, _S_CLOSE, _S_STRAIGHT,
                    [(s.open_at, (s.close_at if s.close_at >= 0 else s.end) + 1) for s in doubles])
    return sorted(doubles + singles, key=lambda s: (s.start, -s.end))


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Spans inside quotation marks, double or single, curly or straight ('' too where no other double mark
    is used); nested marks keep the outer span. Spans of fewer than three words and quoted titles are left
    out. Never raises.
    """
    out: list[QuoteSpan] = []
    for s in quoted_regions(text):
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


def in_any(spans: list[QuoteSpan], idx: int) -> bool:
    return any(s.open_at <= idx < (s.close_at + 1 if s.close_at >= 0 else s.end) for s in spans)


def close_end(span: QuoteSpan) -> int:
    return span.close_at + 1 if span.close_at >= 0 else span.end
