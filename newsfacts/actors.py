"""Actors within one document: mentions from NER and syntax, clustered into local actors.

`find_actors(doc)` returns the document's actors, each with its mentions (exact character
offsets), canonical name, aliases, type, country, sector and title. Cross-document
identity is decided later, in `newsfacts.resolve`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry

from spacy.tokens import Doc, Span, Token

from newsfacts import geo
from newsfacts.lexicon import (COMMON_ACRONYMS, CURRENCY_NOUNS, GENERIC_NAMES, GOVERNMENT_NOUNS, HONORIFICS,
                               INSTITUTION_NOUNS, MONTHS_AND_DAYS, NAME_PARTICLES, NOT_ACTOR_HEADS, ORG_NOUNS,
                               PLACE_AFTER, PLACE_BEFORE, ROLE_WORDS, STORM_WORDS, TITLE_WORDS, sector_of)
from newsfacts.nlp import text_of
from newsfacts.unionfind import UnionFind
from newsfacts.speech import SPEECH_VERBS

PERSON, ORG, COUNTRY, LOCATION = "PERSON", "ORGANIZATION", "COUNTRY", "LOCATION"
_NER = {"PERSON": PERSON, "ORG": ORG, "GPE": LOCATION, "LOC": LOCATION, "NORP": None, "FAC": None}
_LEADING = {"the", "a", "an", "this", "that", "these", "those"}
_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
_STOP = {"the", "of", "for", "and", "in", "on", "to", "a", "an", "de", "la", "del", "des", "du", "&"}
_ACRONYM_DEF = re.compile(
    r"^\s*\(\s*([A-Z][A-Za-z&.\-]{1,11})\s*(?:\)|[,;]\s*(?:(?:also|often|sometimes)\s+)?"
    r"(?:called|known\s+as|or)\s+(?:the\s+)?([A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*){0,4}))")
_NAME_TOKEN = re.compile(r"^[A-Z][\w'\u2019.\-]*$")
_BAD_TOKEN = re.compile(r"^[()\[\]{}<>|=*#]|^&|https?:|www\.|/|\.(?:htm|html|php|stm|com|org)\b|''|--|==|"
                        r"\.(?:png|jpe?g|gif|svg)\b|^(?:[nm]dash|nbsp|amp|quot)\b|;|^(?:Infobox\w*|NOTOC|TOC)$")
# an amount of money or a share: 'EUR 5.22', 'HK$37.5bn', '18 percent'
_MONEY = re.compile(r"[$\u00a3\u20ac\u00a5]|\d[.,]\d|\d\s*(?:bn|m|mn|k)\b|\b(?:percent|per cent|million|billion|trillion)\b",
                    re.IGNORECASE)
# a word shaped like a person's name: 'Dupuy', 'McCain', "O'Brien", 'DePalma', 'al-Bashir', 'J.', 'J.R.'
_PERSON_WORD = re.compile(r"^(?:[A-Z]\.(?:[A-Z]\.)*|(?:Mac|Mc|De|Di|Da|Du|La|Le|Van|Von|Des|Fitz|St|O'|O\u2019|D'|D\u2019)?"
                          r"[A-Z][a-z\u00df-\u00ff\u0100-\u017f'\u2019]+(?:[-'\u2019][A-Za-z\u00c0-\u017f]+)*\.?|[A-Z]{1,2})$")
_TRAILING = {"and", "or", "of", "the", "&", "for", "in", "on", "at", "to", "a", "an"}
_ORG_SUFFIXES = {"inc", "ltd", "corp", "co", "company", "corporation", "industries", "group", "holdings", "plc",
                 "llc", "ag", "sa", "gmbh", "foundation", "institute", "university", "association", "party"}
# a person's or body's wider context stops this many tokens away from the name
_WINDOW = 12


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str  # PERSON, ORGANIZATION, COUNTRY or LOCATION as first seen
    code: str | None = None  # ISO3 when the mention names or stands for a country
    kind: str = "name"  # name, acronym, government (Haitian government), metonym (San Salvador)
    tokens: tuple[int, int] = (0, 0)  # token range in the Doc


@dataclass
class LocalActor:
    """An actor as one document knows it."""

    local_id: int
    name: str
    actor_type: str
    aliases: list[str]
    mentions: list[Mention]
    country: str | None = None
    sector: str | None = None
    title: str | None = None
    acronyms: list[str] = field(default_factory=list)
    # where `country` came from: "name" (the actor's own name: a country, a known body, a country word
    # inside the name), "context" (the words around a mention: apposition, title phrase, a body it
    # belongs to), "story" (no evidence of its own: the country the story is about), "international"
    # (country left null on purpose: an international body or one of its officials), None (no country)
    country_source: str | None = None


# ------------------------------------------------------------------ spans
def trim(span: Span) -> Span | None:
    """The span without leading determiners, trailing possessives and punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in _LEADING or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].lower_ in _TRAILING):
        end -= 1
    if start >= end:
        return None
    return doc[start:end]


def clean(span: Span) -> Span | None:
    """The span's longest run of ordinary tokens: markup, links and bracketed parts cut away
    ('Movement for Democratic Change (MDC) &mdash' -> 'Movement for Democratic Change')."""
    doc = span.doc
    runs, start = [], span.start
    for t in span:
        if _BAD_TOKEN.search(t.text) or "\n" in t.text:
            if t.i > start:
                runs.append((start, t.i))
            start = t.i + 1
    if span.end > start:
        runs.append((start, span.end))
    if not runs:
        return None
    a, b = max(runs, key=lambda r: (r[1] - r[0], r[0]))
    return trim(doc[a:b])


def span_text(span: Span) -> str:
    """The span's text, a possessive glued to its last token removed ("Haiti’s" -> "Haiti")."""
    text = span.text
    for p in ("'s", "\u2019s"):
        if text.endswith(p):
            return text[: -len(p)]
    return text


def _mention(span: Span, label: str, code: str | None = None, kind: str = "name") -> Mention | None:
    text = span_text(span)
    if not text.strip() or not any(ch.isalpha() for ch in text):
        return None
    return Mention(span.start_char, span.start_char + len(text), text, label, code, kind, (span.start, span.end))


def _is_metonymic(span: Span) -> bool:
    """A place used as an acting government: subject of a verb, or a party 'between X and Y'."""
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass", "agent"):
        return True
    while root.dep_ == "conj":
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in ("between", "with")


def _strip_title(span: Span) -> Span:
    """'President Nayib Bukele' -> 'Nayib Bukele' when NER swallowed the title."""
    start = span.start
    doc = span.doc
    while start < span.end - 1 and (doc[start].lower_.rstrip(".") in TITLE_WORDS or doc[start].is_punct
                                    or doc[start].lower_ in ROLE_WORDS):
        start += 1
    return doc[start:span.end]


def looks_like_person_name(span: Span) -> bool:
    """Every word capitalized (name particles aside), at least one real name word, no digits."""
    words = [t for t in span if not (t.is_punct and t.text in "-'\u2019.")]
    if not words or any(ch.isdigit() for ch in span.text):
        return False
    caps = 0
    for t in words:
        if t.lower_ in NAME_PARTICLES or _after_hyphen(t):
            continue
        if not _NAME_TOKEN.match(t.text):
            return False
        caps += 1
    return caps >= 1


def _after_hyphen(t: Token) -> bool:
    """The lowercase second half of a hyphenated given name ('Ki-moon', 'Jae-in')."""
    return t.is_alpha and t.text.islower() and t.i >= 2 and t.doc[t.i - 1].text == "-" \
        and not t.doc[t.i - 1].whitespace_ and t.doc[t.i - 2].text[:1].isupper()


def _next(doc: Doc, i: int) -> Token | None:
    return doc[i] if 0 <= i < len(doc) else None


# ------------------------------------------------------------------ mention finding
def _place_context(span: Span) -> bool:
    """'the town of Vakarai', 'Heathrow airport': a name used as a place."""
    doc = span.doc
    nxt = _next(doc, span.end)
    if nxt is not None and nxt.lower_ in PLACE_AFTER and nxt.text.islower():
        return True
    return _after_of(span, PLACE_BEFORE)


def _title_of_context(span: Span) -> bool:
    """'the Minister of the Interior': a one-word department inside a person's title."""
    if len(span) != 1 or span.text.isupper():
        return False
    return _after_of(span, TITLE_WORDS)


def _after_of(span: Span, words) -> bool:
    """Whether the span follows '<word> of (the)' with <word> in `words`."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in words


def _extend_of(span: Span) -> Span:
    """An organization name continued by 'of' and a capitalized name NER left out:
    'Ministry of Foreign Affairs' + 'of El Salvador', 'Liberation Tigers' + 'of Tamil Eelam'."""
    doc = span.doc
    i = span.end
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return span
    j = i + 1
    if doc[j].lower_ == "the":
        j += 1
    end = j
    while end < len(doc) and end - j < 5 and _NAME_TOKEN.match(doc[end].text) and doc[end].pos_ in ("PROPN", "NOUN", "ADJ") \
            and doc[end].ent_type_ not in ("PERSON", "DATE", "TIME", "CARDINAL", "ORG"):
        end += 1
    if end == j:
        return span
    return doc[span.start:end]


def _ner_mentions(doc: Doc) -> list[Mention]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in _NER:
            continue
        span = clean(ent)
        if span is None:
            continue
        text = span_text(span)
        nxt = _next(doc, span.end)
        if ent.label_ == "NORP" or (ent.label_ in ("GPE", "LOC") and geo.demonym_code(text)
                                    and not geo.country_code(text) and not geo.place_code(text)):
            code = geo.demonym_code(text)
            if code and nxt is not None and nxt.lemma_.lower() in GOVERNMENT_NOUNS:
                m = _mention(doc[span.start:span.end + 1], COUNTRY, code, "government")
                if m:
                    out.append(m)
            elif code:
                m = _institution(doc, span, code)
                if m:
                    out.append(m)
            continue
        if ent.label_ == "FAC":
            continue
        code = geo.country_code(text)
        if code:
            if nxt is not None and nxt.lemma_.lower() in GOVERNMENT_NOUNS:
                m = _mention(doc[span.start:span.end + 1], COUNTRY, code, "government")
            else:
                m = _mention(span, COUNTRY, code)
        elif ent.label_ in ("GPE", "LOC"):
            cap = geo.capital_code(text)
            if cap and _is_metonymic(span):
                m = _mention(span, COUNTRY, cap, "metonym")
            else:
                m = _mention(span, LOCATION)
        elif ent.label_ in ("PERSON", "ORG") and len(span) <= 3 and geo.place_code(text) \
                and not geo.known_organization(text):  # 'Bangalore', 'Buenos Aires' taken for a person or body
            cap = geo.capital_code(text)
            m = _mention(span, COUNTRY, cap, "metonym") if cap and _is_metonymic(span) else _mention(span, LOCATION)
        elif _government_of(text):
            m = _mention(span, COUNTRY, _government_of(text), "government")
        elif geo.demonym_code(text):  # 'Sri Lankan' tagged as a person: a bare nationality, no actor
            m = None
        elif _place_context(span):
            m = _mention(span, LOCATION)
        elif _not_an_actor(span):
            m = None
        elif ent.label_ == "PERSON":
            span = _strip_title(span)
            if geo.known_organization(span.text) or _org_context(span):
                m = _mention(span, ORG)
            elif _programme_context(span):
                m = None
            elif len(span) >= 3 and not _person_shaped(span[:1]) and _person_shaped(span[1:]) \
                    and looks_like_person_name(span[1:]):  # 'PayPal Jeff Jordan': the name after a body's name
                m = _mention(span[1:], PERSON)
            elif looks_like_person_name(span) and _person_shaped(span):
                m = _mention(span, PERSON)
            else:
                m = None
        else:
            m = _org_mention(doc, span)
        if m:
            out.append(m)
    return out


def _not_an_actor(span: Span) -> bool:
    """Documents, laws, prizes, currencies, amounts, products, storms and bare generic words are no actors:
    'Good Friday Agreement', 'Government', 'DKK', 'EUR 5.22', 'Australian Dollar', 'CPU', 'Hurricane Rita'."""
    words = [t.lower_ for t in span]
    if words[-1] in NOT_ACTOR_HEADS and len(words) >= 2:
        return True
    if words[-1] in CURRENCY_NOUNS and (len(words) >= 2 or span.text[:1].isupper()):
        return True
    if len(words) == 1 and (words[0] in GENERIC_NAMES or words[0] in TITLE_WORDS or words[0] in GOVERNMENT_NOUNS
                            or words[0] in MONTHS_AND_DAYS):
        return True
    if len(words) == 1 and span.text.replace(".", "").lower() in COMMON_ACRONYMS:
        return True
    if _MONEY.search(span.text) or _currency(span) or _storm(span):
        return True
    return _title_of_context(span)


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.currencies)


def _currency(span: Span) -> bool:
    """A currency code ('DKK', 'ISK') that stands next to a number somewhere in the document, or that
    begins a name with a number in it ('ISK 24,766 million')."""
    first = span[0].text
    if first not in _currency_codes():
        return False
    if any(t.like_num for t in span[1:]):
        return True
    doc = span.doc
    cache = doc.user_data.setdefault("newsfacts_money_codes", None)
    if cache is None:
        cache = set()
        for t in doc:
            if t.text in _currency_codes() and any(
                    0 <= k < len(doc) and (doc[k].like_num or doc[k].text[:1].isdigit()) for k in (t.i - 1, t.i + 1)):
                cache.add(t.text)
        doc.user_data["newsfacts_money_codes"] = cache
    return first in cache


def _storm(span: Span) -> bool:
    """'Hurricane Rita', 'Hurricanes Rita', and a storm's bare name where the document names it so ('Rita')."""
    if span[0].lower_ in STORM_WORDS:
        return True
    doc = span.doc
    names = doc.user_data.get("newsfacts_storm_names")
    if names is None:
        names = {doc[t.i + 1].text for t in doc[:-1] if t.lower_ in STORM_WORDS and t.text[:1].isupper()
                 and doc[t.i + 1].text[:1].isupper()}
        doc.user_data["newsfacts_storm_names"] = names
    return len(span) == 1 and span.text in names


# words that make 'on X' a programme or a channel: 'in an interview on Lateline', 'appeared on Newsnight'
_ON_PROGRAMME = {"interview", "appear", "appearance", "speak", "broadcast", "air", "program", "programme", "show",
                 "comment", "debate", "segment", "episode", "report", "feature"}


def _programme_context(span: Span) -> bool:
    """A name NER took for a person that is the programme something was said or shown on."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "on" and root.head.head.lemma_.lower() in _ON_PROGRAMME


def _org_context(span: Span) -> bool:
    """A name coordinated with organizations ('Al Qaida and similar networks', 'X and other groups')."""
    root = span.root
    others = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    return any(o.lemma_.lower() in ORG_NOUNS and o.text.islower() for o in others)


def _person_shaped(span: Span) -> bool:
    """Every word shaped like a name word ('VoIP', 'NOTOC', 'PowerBook', 'Loudspeaker.png' are not)."""
    for t in span:
        if t.lower_ in NAME_PARTICLES or (t.is_punct and t.text in "-'\u2019.") or _after_hyphen(t):
            continue
        if not _PERSON_WORD.match(t.text):
            return False
    return True


def _org_mention(doc: Doc, span: Span) -> Mention | None:
    """An ORG entity: a country's office before a title ('UK Home Secretary') gives the country only;
    'Bristol, England' is a place."""
    commas = [t.i for t in span if t.text == ","]
    if commas:
        after = doc[commas[-1] + 1:span.end]
        if len(after) and (geo.country_code(after.text) or geo.place_code(after.text)):
            return _mention(span, LOCATION)
    nxt = _next(doc, span.end)
    if nxt is not None and nxt.lower_ in TITLE_WORDS and nxt.text[:1].isupper() and len(span) <= 3 \
            and not any(t.lower_ in ORG_NOUNS or t.lower_ in INSTITUTION_NOUNS for t in span):
        for n in range(len(span) - 1, 0, -1):
            code = geo.country_code(span[:n].text)
            if code:
                return _mention(span[:n], COUNTRY, code)
    return _mention(_extend_of(span), ORG)


def _institution(doc: Doc, norp: Span, code: str) -> Mention | None:
    """'Sri Lankan defense ministry': a nationality, at most two lowercase words, an institution noun."""
    for n in (1, 2, 3):
        end = norp.end + n
        if end > len(doc):
            break
        words = doc[norp.end:end]
        if any(not t.text.islower() or not t.is_alpha for t in words):
            break
        if words[-1].lower_ in INSTITUTION_NOUNS:
            return _mention(doc[norp.start:end], ORG, code)
    return None


def _government_of(text: str) -> str | None:
    """ISO3 when a name is just a country's government ('the Salvadoran government')."""
    words = text.split()
    if len(words) >= 2 and words[-1].lower() in GOVERNMENT_NOUNS:
        head = " ".join(words[:-1])
        return geo.country_code(head) or geo.demonym_code(head)
    return None


def _government_mentions(doc: Doc, taken: list[bool]) -> list[Mention]:
    """'the Haitian government' wherever NER missed it: a country or nationality word, then a government noun."""
    out = []
    for tok in doc[:-1]:
        if taken[tok.i] or taken[tok.i + 1] or not tok.text[:1].isupper():
            continue
        if doc[tok.i + 1].lemma_.lower() not in GOVERNMENT_NOUNS:
            continue
        code = geo.demonym_code(tok.text) or geo.country_code(tok.text)
        if code:
            m = _mention(doc[tok.i:tok.i + 2], COUNTRY, code, "government")
            if m:
                out.append(m)
    return out


def _repeated_mentions(doc: Doc, mentions: list[Mention], taken: list[bool]) -> list[Mention]:
    """Later uses NER missed of a name it found once: a person's full name or surname ('Amorim said'),
    an organization's full name."""
    wanted: dict[tuple[str, ...], str] = {}
    for m in mentions:
        if m.kind != "name" or m.label not in (PERSON, ORG):
            continue
        words = tuple(t.text for t in doc[m.tokens[0]:m.tokens[1]])
        if m.label == PERSON and len(words) >= 2 and looks_like_person_name(doc[m.tokens[0]:m.tokens[1]]):
            wanted.setdefault(words, PERSON)
            last = words[-1]
            if len(last) > 2 and last[:1].isupper() and last.lower() not in NAME_PARTICLES:
                wanted.setdefault((last,), PERSON)
        elif m.label == ORG and len(words) >= 2:
            wanted.setdefault(words, ORG)
    out: list[Mention] = []
    if not wanted:
        return out
    lengths = sorted({len(w) for w in wanted}, reverse=True)
    firsts = {w[0] for w in wanted}
    texts = [t.text for t in doc]
    i = 0
    while i < len(doc):
        if texts[i] not in firsts:  # no wanted name starts here
            i += 1
            continue
        for n in lengths:
            if i + n > len(texts):  # a slice cut short by the document's end must not match a shorter name
                continue
            label = wanted.get(tuple(texts[i:i + n]))
            if not label:
                continue
            inside = n == 1 and any(0 <= k < len(doc) and doc[k].pos_ == "PROPN" and texts[k][:1].isupper()
                                    for k in (i - 1, i + 1))  # 'East' in 'Middle East' is no surname
            if not inside and not any(taken[i:i + n]) \
                    and all(t.pos_ == "PROPN" or not t.is_alpha for t in doc[i:i + n]) \
                    and doc[i].ent_type_ in ("", "PERSON", "ORG", "NORP", "GPE"):
                m = _mention(doc[i:i + n], label)
                if m:
                    out.append(m)
                    for k in range(i, i + n):
                        taken[k] = True
                i += n - 1
                break
        i += 1
    return out


def _covered(mentions: list[Mention], doc: Doc) -> list[bool]:
    taken = [False] * len(doc)
    for m in mentions:
        for i in range(*m.tokens):
            taken[i] = True
    return taken


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Where mentions overlap, the longer one stays ('Ministry of Foreign Affairs of El Salvador'
    over 'El Salvador')."""
    keep: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.tokens[1] - m.tokens[0]), m.start)):
        if all(m.tokens[1] <= k.tokens[0] or m.tokens[0] >= k.tokens[1] for k in keep):
            keep.append(m)
    return sorted(keep, key=lambda m: m.start)


def _titled(tok: Token) -> bool:
    """A name token in apposition with a person's title ('the French prime minister, X')."""
    if tok.dep_ == "appos" and tok.head.lemma_.lower() in TITLE_WORDS:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in TITLE_WORDS for c in tok.children)


def _honorific_before(doc: Doc, start: int) -> bool:
    i = start - 1
    if i >= 0 and doc[i].text == ".":
        i -= 1
    return i >= 0 and doc[i].lower_.rstrip(".") in HONORIFICS


def _relabel_people(doc: Doc, mentions: list[Mention]) -> None:
    """A name NER called an organization is a person when a title or an honorific goes with it."""
    for m in mentions:
        if m.label != ORG or m.kind != "name":
            continue
        span = doc[m.tokens[0]:m.tokens[1]]
        if not 2 <= len(span) <= 4 or not looks_like_person_name(span) or geo.known_organization(m.text):
            continue
        if any(t.lower_ in ORG_NOUNS or t.lower_ in INSTITUTION_NOUNS or t.lower_ in _STOP - NAME_PARTICLES
               for t in span):
            continue
        if _titled(span.root) or _honorific_before(doc, span.start):
            m.label = PERSON


def _proper_name_mentions(doc: Doc, taken: list[bool]) -> list[Mention]:
    """Names NER missed: a capitalized proper-noun run next to a title or a speech verb (persons),
    or in apposition with 'organisation', 'group', 'party'... (organizations)."""
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.dep_ == "compound":
            continue
        left = tok.i
        while left > 0 and doc[left - 1].dep_ == "compound" and doc[left - 1].pos_ == "PROPN" \
                and doc[left - 1].head.i in range(left, tok.i + 1):
            left -= 1
        span = doc[left:tok.i + 1]
        if any(not _NAME_TOKEN.match(t.text) for t in span):
            continue
        org_appos = (tok.dep_ == "appos" and tok.head.lemma_.lower() in ORG_NOUNS) or any(
            c.dep_ == "appos" and c.lemma_.lower() in ORG_NOUNS for c in tok.children)
        if org_appos and len(span) <= 6 and not any(taken[t.i] and doc[t.i].ent_type_ not in ("GPE", "LOC") for t in span):
            if not geo.country_code(span.text) and not geo.demonym_code(span.text):
                m = _mention(span, ORG)
                if m:
                    out.append(m)
            continue
        if not 2 <= len(span) <= 4 or any(taken[t.i] for t in span):
            continue
        code = _government_of(span.text)
        if code:  # 'The Sudanese Government said'
            m = _mention(span, COUNTRY, code, "government")
            if m:
                out.append(m)
            continue
        if any(t.lower_ in TITLE_WORDS or t.lower_ in _STOP or t.lower_ in GOVERNMENT_NOUNS or t.lower_ in ORG_NOUNS
               or t.lower_ in INSTITUTION_NOUNS or geo.demonym_code(t.text) or geo.country_code(t.text) for t in span):
            continue
        speaker = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS
        if geo.place_code(span.text) or not _person_shaped(span) or _not_an_actor(span):
            continue
        if _titled(tok) or speaker:
            m = _mention(span, PERSON)
            if m:
                out.append(m)
    return out


def _acronym_mentions(doc: Doc, mentions: list[Mention], taken: list[bool]) -> tuple[list[Mention], dict, list]:
    """Acronyms defined in parentheses after a name (acronym -> the name's (start, end)), their uses,
    and names given as 'also called ...' inside the parentheses (pairs of (start, end))."""
    defined: dict[str, tuple[int, int]] = {}
    also: list[tuple[tuple[int, int], str]] = []
    for m in mentions:
        if m.label in (PERSON, LOCATION) or m.kind != "name":
            continue
        match = _ACRONYM_DEF.match(text_of(doc)[m.end:m.end + 80])
        if match and sum(ch.isupper() for ch in match.group(1)) >= 2:
            defined.setdefault(match.group(1), (m.start, m.end))
            if match.group(2):
                also.append(((m.start, m.end), match.group(2)))
    extra = []
    if defined:
        for tok in doc:
            if tok.text in defined and not taken[tok.i]:
                extra.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, ORG, None, "acronym", (tok.i, tok.i + 1)))
                taken[tok.i] = True
    return extra, defined, also


# ------------------------------------------------------------------ clustering
def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def content_key(name: str) -> frozenset[str]:
    """Order- and function-word-free key of an organization name, countries as codes:
    'Salvadoran Legislative Assembly' == 'Legislative Assembly of El Salvador'."""
    words = [w for w in geo.fold(name).split() if w not in _STOP]
    out, i = set(), 0
    while i < len(words):
        for n in (3, 2, 1):
            chunk = " ".join(words[i:i + n])
            code = geo.country_code(chunk) if len(chunk) > 2 else None
            code = code or (geo.demonym_code(chunk) if n == 1 else None)
            if code and i + n <= len(words):
                out.add(code)
                i += n
                break
        else:
            out.add(_singular(words[i]))
            i += 1
    return frozenset(out)


def initials(name: str) -> set[str]:
    """Possible acronyms of a name: of all words and of content words ('United Nations' -> 'UN')."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isalpha()]
    every = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.lower() not in _STOP).upper()
    return {every, content}


def _is_acronym(text: str) -> bool:
    bare = text.replace(".", "").replace("-", "")
    return 2 <= len(bare) <= 12 and bare.isalnum() and sum(ch.isupper() for ch in bare) >= 2 \
        and sum(ch.isupper() or ch.isdigit() for ch in bare) >= len(bare) - 1


def _cluster(mentions: list[Mention], defined: dict[str, int], also: list[tuple[int, int]]) -> UnionFind:
    sets = UnionFind(range(len(mentions)))
    by_key: dict[tuple, int] = {}
    for i, m in enumerate(mentions):
        key = ("code", m.code) if m.label == COUNTRY and m.code else ("name", geo.fold(m.text))
        if key in by_key:
            sets.union(by_key[key], i)
        else:
            by_key[key] = i
    # 'Tamil Tiger activities' is the 'Tamil Tigers': same words but a plural, one side an organization
    by_singular: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.label == ORG and m.kind == "name" and len(m.text.split()) >= 2:
            by_singular.setdefault(" ".join(_singular(w) for w in geo.fold(m.text).split()), i)
    for i, m in enumerate(mentions):
        if m.label in (ORG, PERSON) and m.kind == "name" and len(m.text.split()) >= 2:
            j = by_singular.get(" ".join(_singular(w) for w in geo.fold(m.text).split()))
            if j is not None and j != i:
                sets.union(j, i)
    for a, b in also:  # 'the Liberation Tigers of Tamil Eelam (LTTE, also called the Tamil Tigers)'
        sets.union(a, b)
    # acronyms: defined in parentheses, or the initials of a named organization
    names = [i for i, m in enumerate(mentions) if m.kind == "name" and m.label not in (PERSON, COUNTRY)]
    for i, m in enumerate(mentions):
        if not _is_acronym(m.text) or m.label in (COUNTRY, LOCATION):
            continue
        acr = m.text.replace(".", "")
        if m.text in defined:
            sets.union(defined[m.text], i)
            continue
        fits = {sets.find(j) for j in names if j != i and len(mentions[j].text.split()) >= 2
                and acr.upper() in initials(mentions[j].text)}
        if len(fits) == 1:
            sets.union(fits.pop(), i)
    # organizations named with the same content words in another order or with a country code
    by_content: dict[frozenset, int] = {}
    for i, m in enumerate(mentions):
        if m.label == ORG and m.kind == "name" and len(m.text.split()) >= 2:
            key = content_key(m.text)
            if key in by_content:
                sets.union(by_content[key], i)
            else:
                by_content[key] = i
    # a partial name to the one fuller name it fits: surnames, "the Assembly", "the Tigers"
    full = [i for i, m in enumerate(mentions) if m.kind == "name" and len(m.text.split()) >= 2]
    size = Counter(sets.find(i) for i in range(len(mentions)))
    for i, m in enumerate(mentions):
        if m.kind != "name" or m.label in (COUNTRY, LOCATION) or _is_acronym(m.text):
            continue
        words = geo.fold(m.text).split()
        swords = ({_singular(w) for w in words} if len(words) >= 2 else set(words)) - _STOP
        people, orgs = set(), set()
        for j in full:
            other = mentions[j]
            if j == i or other.label in (LOCATION, COUNTRY) or len(other.text.split()) <= len(words):
                continue
            ow = geo.fold(other.text).split()
            if other.label == PERSON and m.label in (PERSON, ORG) and (ow[-len(words):] == words or ow[:len(words)] == words):
                people.add(sets.find(j))
            elif other.label == ORG and m.label == ORG and swords and swords <= set(ow) | {_singular(w) for w in ow} \
                    and _singular(_head_word(ow)) in {_singular(w) for w in words}:
                orgs.add(sets.find(j))  # 'the Assembly' of 'Legislative Assembly', not 'White House' of 'White House Office'
        cands = people or orgs
        if len(cands) > 1 and people:
            # 'Hicks' beside 'David Hicks' (3 mentions) and 'Terry Hicks' (1): the one far more often named
            ranked = sorted(cands, key=lambda r: -size[r])
            if size[ranked[0]] >= 2 * size[ranked[1]]:
                cands = {ranked[0]}
        if len(cands) == 1:
            target = cands.pop()
            sets.union(target, i)
            if people:
                m.label = PERSON
    return sets


_POST_HEAD = {"of", "for", "on", "in", "to", "against", "at", "and", "&"}


def _head_word(words: list[str]) -> str:
    """The head noun of a folded organization name: the last word before its first preposition
    ('ministry' of 'ministry of foreign affairs', 'office' of 'white house military office')."""
    for k, w in enumerate(words):
        if w in _POST_HEAD and k > 0:
            return words[k - 1]
    return words[-1]


def _vote_type(group: list[Mention]) -> str:
    if any(m.label == COUNTRY for m in group) and all(m.label in (COUNTRY, LOCATION) or m.kind != "name" for m in group):
        return COUNTRY
    names = [m for m in group if m.kind == "name"]
    if any(geo.known_organization(m.text) for m in names) and not any(m.label == PERSON for m in names):
        return ORG
    if any(m.label == ORG and geo.fold(m.text).split()[-1:] and geo.fold(m.text).split()[-1] in _ORG_SUFFIXES
           for m in names):  # 'James Hardie Industries' beside 'James Hardie'
        return ORG
    votes = Counter(m.label for m in names)
    full_people = sum(m.label == PERSON and len(m.text.split()) >= 2 for m in names)
    full_orgs = sum(m.label == ORG and len(m.text.split()) >= 2 for m in names)
    if full_people > full_orgs:  # 'Dominique Dupuy' once, 'Dupuy' taken for an organization twice
        votes[PERSON] += len(group)
    if not votes:
        return Counter(m.label for m in group).most_common(1)[0][0]
    order = {PERSON: 0, COUNTRY: 1, LOCATION: 2, ORG: 3}
    return min(votes, key=lambda label: (-votes[label], order[label]))


def _canonical(group: list[Mention], actor_type: str) -> str:
    if actor_type == COUNTRY:
        codes = Counter(m.code for m in group if m.code)
        names = [m.text for m in group if m.kind == "name" and geo.country_code(m.text)]
        if names:
            return max(names, key=lambda n: (len(n.split()), len(n)))
        return geo.country_name(codes.most_common(1)[0][0]) if codes else group[0].text
    names = [m.text for m in group if m.kind == "name"] or [m.text for m in group]
    return max(names, key=lambda n: (len(n.split()), len(n), -names.index(n)))


# ------------------------------------------------------------------ attributes
def _title_and_phrase(doc: Doc, m: Mention) -> tuple[str | None, str]:
    """A person's title from the words before the name or an apposition, and the phrase it came from."""
    first, last = m.tokens
    words = []
    i = first - 1
    while i >= 0 and doc[i].text[:1].isupper() and (doc[i].lower_.rstrip(".") in TITLE_WORDS or doc[i].dep_ == "compound"):
        words.insert(0, doc[i])
        i -= 1
    while words and words[0].lower_.rstrip(".") not in TITLE_WORDS:
        words.pop(0)
    while words and words[0].lower_.rstrip(".") in HONORIFICS and len(words) > 1:
        words.pop(0)
    if words and any(w.lower_.rstrip(".") in TITLE_WORDS for w in words):
        if all(w.lower_.rstrip(".") in HONORIFICS for w in words):
            return None, ""
        phrase_start = words[0].i
        if phrase_start >= 2 and doc[phrase_start - 1].text in _POSSESSIVE:
            phrase_start = doc[phrase_start - 2].left_edge.i
        return " ".join(w.text for w in words), doc[phrase_start:first].text
    root = doc[last - 1]
    title_tok = None
    if root.dep_ == "appos" and root.head.lemma_.lower() in TITLE_WORDS:
        title_tok = root.head
    else:
        title_tok = next((c for c in root.children if c.dep_ == "appos" and c.lemma_.lower() in TITLE_WORDS), None)
    if title_tok is None:
        # lowercase titles before the name: 'U.S. press secretary Tony Snow'
        left = [t for t in doc[first:last].root.subtree if t.i < first]
        heads = [t for t in left if t.lower_ in TITLE_WORDS and t.lower_ not in HONORIFICS]
        if heads:
            start = heads[0].i
            while start > left[0].i and doc[start - 1].dep_ in ("compound", "amod") and doc[start - 1].text.islower():
                start -= 1
            return doc[start:heads[-1].i + 1].text, doc[left[0].i:first].text
        return None, ""
    sub = [t for t in title_tok.subtree if not (first <= t.i < last) and t.i not in range(root.i, root.i + 1)]
    phrase = doc[sub[0].i:sub[-1].i + 1] if sub else doc[title_tok.i:title_tok.i + 1]
    core = [t for t in phrase if t.i >= title_tok.i or (t.dep_ in ("compound", "amod") and t.head == title_tok)]
    core_text = doc[core[0].i:title_tok.i + 1].text if core else title_tok.text
    core_text = " ".join(w for w in core_text.split() if not geo.demonym_code(w) and not geo.country_code(w)) or core_text
    return core_text, phrase.text


def _context_tokens(doc: Doc, m: Mention) -> list[Token]:
    """The words that describe a name: the rest of the noun phrase it heads ('Sudanese President',
    "D.C.'s mayor") and its apposition ('X, the French prime minister'), nearest first."""
    first, last = m.tokens
    root = doc[first:last].root
    out: list[Token] = []
    left = [t for t in root.subtree if t.i < first and first - t.i <= _WINDOW]
    out += sorted(left, key=lambda t: -t.i)
    apposed = []
    if root.dep_ == "appos":
        apposed += [t for t in root.head.subtree if t not in root.subtree]
    for c in root.children:
        if c.dep_ == "appos":
            apposed += list(c.subtree)
    # 'X, a spokesman for the Y': also the phrase right after the name when it is an apposition
    apposed = [t for t in apposed if abs(t.i - (first if t.i < first else last)) <= _WINDOW]
    out += sorted(apposed, key=lambda t: min(abs(t.i - first), abs(t.i - last)))
    return out


_INTERNATIONAL = "international"


def _evidence(doc: Doc, tokens: list[Token], where: dict[int, int], groups: list[list[Mention]],
              countries: dict[int, str | None]) -> str | None:
    """The country the nearest evidence among `tokens` names: a country, a nationality word, a place,
    or a body whose country is known ('a Hamas MP'); _INTERNATIONAL for an international body."""
    for t in tokens:
        g = where.get(t.i)
        if g is not None:
            first = groups[g][0]
            if first.label == COUNTRY or any(x.label == COUNTRY for x in groups[g]):
                code = next((x.code for x in groups[g] if x.code), None)
                if code:
                    return code
            if g in countries and countries[g]:
                return countries[g]
            if any(x.label == LOCATION for x in groups[g]):
                code = next((geo.place_code(x.text) for x in groups[g] if geo.place_code(x.text)), None)
                if code:
                    return code
            continue
        if t.text[:1].isupper():
            code = geo.demonym_code(t.text) or geo.country_code(t.text) or geo.place_code(t.text)
            if code:
                return code
    return None


def _document_country(doc: Doc, groups: list[list[Mention]], types: list[str],
                      known: Counter | None = None) -> str | None:
    """The country a story is about: its countries and nationality words weighed by how often and how
    prominently (as subjects, in the lead) they occur, places counting half. None when no country leads clearly."""
    weight: Counter = Counter()
    lead_end = next(iter(doc.sents)).end if len(doc) else 0

    def w(tok: Token) -> float:
        x = 1.0
        head = tok
        if head.dep_ in ("poss", "compound", "amod"):
            head = head.head
        if head.dep_ in ("nsubj", "nsubjpass"):
            x *= 2
        if tok.i < lead_end:
            x *= 2
        return x

    covered = set()
    for g, group in enumerate(groups):
        for m in group:
            covered.update(range(*m.tokens))
            root = doc[m.tokens[0]:m.tokens[1]].root
            if m.label == COUNTRY and m.code:
                weight[m.code] += w(root)
            elif types[g] == LOCATION and geo.place_code(m.text):
                weight[geo.place_code(m.text)] += 0.5 * w(root)
            elif m.label == ORG and m.code:
                weight[m.code] += 0.5 * w(root)
    for ent in doc.ents:
        if ent.label_ == "NORP" and not covered.intersection(range(ent.start, ent.end)):
            code = geo.demonym_code(ent.text)
            if code:
                weight[code] += w(ent.root)
    weight.update(known or {})
    if not weight:
        return None
    ranked = weight.most_common()
    top, score = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if score >= 2 and score >= 1.5 * second:
        return top
    return None


NAME, CONTEXT, STORY, INTERNATIONAL = "name", "context", "story", "international"
# words of a person's title or describing phrase that make the person an international official
_INTERNATIONAL_TITLE = re.compile(r"secretary[- ]general|director[- ]general|\bun\b|\bu\.n\.|united nations|"
                                  r"high commissioner|special (?:envoy|rapporteur|representative)", re.IGNORECASE)


def _attributes(doc: Doc, groups: list[list[Mention]], types: list[str], names: list[str]) -> list[tuple]:
    """(country, sector, title, country_source) of every group."""
    where = {}
    for g, group in enumerate(groups):
        for m in group:
            for i in range(*m.tokens):
                where[i] = g
    countries: dict[int, str | None] = {}
    sources: dict[int, str | None] = {}
    sectors: dict[int, str | None] = {}
    titles: dict[int, str | None] = {}
    international = set()
    # countries first, then organizations (their names, their describing phrases), then people
    for g, t in enumerate(types):
        if t == COUNTRY:
            codes = Counter(m.code for m in groups[g] if m.code)
            countries[g] = codes.most_common(1)[0][0] if codes else geo.country_code(names[g])
            sectors[g] = "GOV"
        elif t == LOCATION:
            countries[g] = geo.country_code(names[g])
        sources[g] = NAME if countries.get(g) else None
    for g, t in enumerate(types):
        if t != ORG:
            continue
        group = groups[g]
        texts = [names[g]] + [m.text for m in group]
        known = next((geo.known_organization(x) for x in texts if geo.known_organization(x)), None)
        sector = (known[1] if known else None) or sector_of(names[g]) or next(
            (sector_of(x) for x in texts if sector_of(x)), None)
        sectors[g] = sector
        if known and known[0] is None or sector in ("IGO",) or _sounds_international(texts):
            countries[g] = None
            sources[g] = INTERNATIONAL
            international.add(g)
            continue
        code = (known[0] if known else None) or next((m.code for m in group if m.code), None) or next(
            (c for c in map(geo.find_country_in, texts) if c), None) or next(
            (c for c in map(_place_in, texts) if c), None)
        source = NAME if code else None
        if not code:
            for m in group:
                code = _evidence(doc, [t for t in _context_tokens(doc, m) if where.get(t.i) != g], where, groups, countries)
                if code:
                    source = CONTEXT
                    break
        countries[g] = code if code != _INTERNATIONAL else None
        sources[g] = source if countries[g] else None
    for g, t in enumerate(types):
        if t != PERSON:
            continue
        title, phrase, code = None, "", None
        near_igo = False
        for m in groups[g]:
            tt, ph = _title_and_phrase(doc, m)
            if tt and not title:
                title, phrase = tt, ph
            ctx = [t for t in _context_tokens(doc, m) if where.get(t.i) != g]
            near_igo = near_igo or any(where.get(t.i) in international for t in ctx)
            if not code:
                if any(where.get(t.i) in international for t in ctx) and not _evidence(doc, ctx, where, groups, countries):
                    international.add(g)
                code = code or _evidence(doc, ctx, where, groups, countries)
        code = code or (geo.find_country_in(phrase) if phrase else None)
        igo_title = bool((title or phrase) and _INTERNATIONAL_TITLE.search(f"{title or ''} {phrase}"))
        if igo_title and (not code or near_igo):
            # 'UN Secretary-General Kofi Annan', 'Secretary General X of the United Nations': an
            # international official, whatever country a neighbouring name or the story suggests
            code = None
            international.add(g)
        countries[g] = code
        sources[g] = CONTEXT if code else (INTERNATIONAL if g in international else None)
        titles[g] = title
        sectors[g] = sector_of(title or "")
    # the rest belong, by default, to the country the story is about
    known = Counter(countries[g] for g, t in enumerate(types) if t in (PERSON, ORG) and countries.get(g))
    home = _document_country(doc, groups, types, known)
    if home:
        for g, t in enumerate(types):
            if t in (PERSON, ORG) and not countries.get(g) and g not in international:
                countries[g] = home
                sources[g] = STORY
    return [(countries.get(g), sectors.get(g), titles.get(g), sources.get(g)) for g in range(len(groups))]


def _place_in(name: str) -> str | None:
    """The country of a capital or large city a name begins with ('Toronto Stock Exchange' -> CAN)."""
    words = name.split()
    for n in (3, 2, 1):
        if len(words) > n:
            code = geo.place_code(" ".join(words[:n]))
            if code:
                return code
    return None


def _sounds_international(texts: list[str]) -> bool:
    words = {w for x in texts for w in geo.fold(x).split()}
    return bool(words & {"international", "world", "global", "multinational", "intergovernmental", "interpol"})


# ------------------------------------------------------------------ entry point
def find_actors(doc: Doc) -> list[LocalActor]:
    """The actors of one parsed document, each once, with every mention found."""
    mentions = _ner_mentions(doc)
    _relabel_people(doc, mentions)
    taken = _covered(mentions, doc)
    mentions = _drop_overlaps(mentions + _proper_name_mentions(doc, taken))
    taken = _covered(mentions, doc)
    mentions = sorted(mentions + _government_mentions(doc, taken), key=lambda m: m.start)
    taken = _covered(mentions, doc)
    mentions = sorted(mentions + _repeated_mentions(doc, mentions, taken), key=lambda m: m.start)
    taken = _covered(mentions, doc)
    extra, defined, also = _acronym_mentions(doc, mentions, taken)
    mentions = sorted(mentions + extra, key=lambda m: m.start)
    position = {(m.start, m.end): i for i, m in enumerate(mentions)}
    defined = {acr: position[key] for acr, key in defined.items()}
    pairs = []
    for key, alias in also:
        j = next((i for i, m in enumerate(mentions) if m.text == alias and m.start > key[1]), None)
        if j is not None:
            pairs.append((position[key], j))
    sets = _cluster(mentions, defined, pairs)
    by_root: dict[int, list[Mention]] = {}
    for i, m in enumerate(mentions):
        by_root.setdefault(sets.find(i), []).append(m)
    groups = sorted(by_root.values(), key=lambda g: g[0].start)
    types = [_vote_type(g) for g in groups]
    names = [_canonical(g, t) for g, t in zip(groups, types)]
    attrs = _attributes(doc, groups, types, names)
    actors = []
    for local_id, (group, actor_type, name, (country, sector, title, source)) in enumerate(
            zip(groups, types, names, attrs)):
        aliases = sorted({m.text for m in group} - {name})
        acronyms = [m.text for m in group if m.kind == "acronym" or m.text in defined]
        actors.append(LocalActor(local_id, name, actor_type, aliases, group, country, sector, title,
                                 sorted(set(acronyms)), source))
    return actors
