"""Actors within one document: mentions from NER and syntax, clustered into local actors.

`find_actors(doc)` returns the document's actors, each with its mentions (exact character
offsets), canonical name, aliases, type, country, sector and title. Cross-document
identity is decided later, in `newsfacts.resolve`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsfacts import geo
from newsfacts.lexicon import GOVERNMENT_NOUNS, TITLE_WORDS, sector_of
from newsfacts.speech import SPEECH_VERBS

PERSON, ORG, COUNTRY, LOCATION = "PERSON", "ORGANIZATION", "COUNTRY", "LOCATION"
_NER = {"PERSON": PERSON, "ORG": ORG, "GPE": LOCATION, "LOC": LOCATION, "NORP": None, "FAC": None}
_LEADING = {"the", "a", "an", "this", "that", "these", "those"}
_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
_STOP = {"the", "of", "for", "and", "in", "on", "to", "a", "an", "de", "la", "del", "des", "du", "&"}
_ACRONYM_DEF = re.compile(r"^\s*\(\s*([A-Z][A-Za-z&.\-]{1,11})\s*\)")
_NAME_TOKEN = re.compile(r"^[A-Z][\w'\u2019.\-]*$")


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


# ------------------------------------------------------------------ spans
def trim(span: Span) -> Span | None:
    """The span without leading determiners, trailing possessives and punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in _LEADING or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if start >= end:
        return None
    return doc[start:end]


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
    while start < span.end - 1 and span.doc[start].lower_ in TITLE_WORDS:
        start += 1
    return span.doc[start:span.end]


# ------------------------------------------------------------------ mention finding
def _ner_mentions(doc: Doc) -> list[Mention]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in _NER:
            continue
        span = trim(ent)
        if span is None:
            continue
        text = span_text(span)
        if ent.label_ == "NORP":
            code = geo.demonym_code(text)
            nxt = doc[span.end] if span.end < len(doc) else None
            if code and nxt is not None and nxt.lemma_.lower() in GOVERNMENT_NOUNS:
                m = _mention(doc[span.start:span.end + 1], COUNTRY, code, "government")
                if m:
                    out.append(m)
            continue
        if ent.label_ == "FAC":
            continue
        code = geo.country_code(text)
        if code:
            nxt = doc[span.end] if span.end < len(doc) else None
            if nxt is not None and nxt.lemma_.lower() in GOVERNMENT_NOUNS and nxt.i < ent.end + 1:
                m = _mention(doc[span.start:span.end + 1], COUNTRY, code, "government")
            else:
                m = _mention(span, COUNTRY, code)
        elif ent.label_ in ("GPE", "LOC"):
            cap = geo.capital_code(text)
            if cap and _is_metonymic(span):
                m = _mention(span, COUNTRY, cap, "metonym")
            else:
                m = _mention(span, LOCATION)
        elif ent.label_ == "ORG" and _government_of(text):
            m = _mention(span, COUNTRY, _government_of(text), "government")
        elif ent.label_ == "PERSON":
            m = _mention(_strip_title(span), PERSON)
        else:
            m = _mention(span, ORG)
        if m:
            out.append(m)
    return out


def _government_of(text: str) -> str | None:
    """ISO3 when an ORG is just a country's government ('the Salvadoran government')."""
    words = text.split()
    if len(words) >= 2 and words[-1].lower() in GOVERNMENT_NOUNS:
        head = " ".join(words[:-1])
        return geo.country_code(head) or geo.demonym_code(head)
    return None


def _covered(mentions: list[Mention], doc: Doc) -> list[bool]:
    taken = [False] * len(doc)
    for m in mentions:
        for i in range(*m.tokens):
            taken[i] = True
    return taken


def _proper_name_mentions(doc: Doc, taken: list[bool]) -> list[Mention]:
    """Person names NER missed: a capitalized proper-noun run next to a title or a speech verb."""
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.dep_ == "compound" or taken[tok.i]:
            continue
        left = tok.i
        while left > 0 and doc[left - 1].dep_ == "compound" and doc[left - 1].pos_ == "PROPN" \
                and doc[left - 1].head.i in range(left, tok.i + 1):
            left -= 1
        span = doc[left:tok.i + 1]
        if not 2 <= len(span) <= 4 or any(taken[t.i] or not _NAME_TOKEN.match(t.text) for t in span):
            continue
        if any(t.lower_ in TITLE_WORDS or t.lower_ in _STOP for t in span):
            continue
        titled = any(c.dep_ == "appos" and c.lemma_.lower() in TITLE_WORDS for c in tok.children) or (
            tok.dep_ == "appos" and tok.head.lemma_.lower() in TITLE_WORDS)
        speaker = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS
        if titled or speaker:
            m = _mention(span, PERSON)
            if m:
                out.append(m)
    return out


def _acronym_mentions(doc: Doc, mentions: list[Mention], taken: list[bool]) -> tuple[list[Mention], dict]:
    """Acronyms defined in parentheses after a name (acronym -> the name's (start, end)), and their uses."""
    defined: dict[str, tuple[int, int]] = {}
    for m in mentions:
        if m.label in (PERSON, LOCATION) or m.kind != "name":
            continue
        match = _ACRONYM_DEF.match(doc.text[m.end:m.end + 20])
        if match and sum(ch.isupper() for ch in match.group(1)) >= 2:
            defined.setdefault(match.group(1), (m.start, m.end))
    extra = []
    if defined:
        for tok in doc:
            if tok.text in defined and not taken[tok.i]:
                extra.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, ORG, None, "acronym", (tok.i, tok.i + 1)))
                taken[tok.i] = True
    return extra, defined


# ------------------------------------------------------------------ clustering
class _Sets:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


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
            out.add(words[i])
            i += 1
    return frozenset(out)


def initials(name: str) -> set[str]:
    """Possible acronyms of a name: of all words and of content words ('United Nations' -> 'UN')."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isalpha()]
    every = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.lower() not in _STOP).upper()
    return {every, content}


def _cluster(mentions: list[Mention], defined: dict[str, int]) -> _Sets:
    sets = _Sets(len(mentions))
    by_key: dict[tuple, int] = {}
    for i, m in enumerate(mentions):
        key = ("code", m.code) if m.label == COUNTRY and m.code else ("name", geo.fold(m.text))
        if key in by_key:
            sets.union(by_key[key], i)
        else:
            by_key[key] = i
    # acronyms: defined in parentheses, or the initials of a named organization
    names = [i for i, m in enumerate(mentions) if m.kind == "name" and m.label != PERSON]
    for i, m in enumerate(mentions):
        if not m.text.replace(".", "").isupper() or len(m.text) > 12:
            continue
        acr = m.text.replace(".", "")
        if m.text in defined:
            sets.union(defined[m.text], i)
            continue
        fits = {sets.find(j) for j in names if j != i and len(mentions[j].text.split()) >= 2
                and acr in initials(mentions[j].text)}
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
    # a partial name to the one fuller name it fits: surnames, "the Assembly"
    full = [i for i, m in enumerate(mentions) if m.kind == "name" and len(m.text.split()) >= 2]
    for i, m in enumerate(mentions):
        if m.kind != "name" or m.label in (COUNTRY, LOCATION):
            continue
        words = geo.fold(m.text).split()
        cands = set()
        for j in full:
            other = mentions[j]
            if j == i or other.label == LOCATION or len(other.text.split()) <= len(words):
                continue
            ow = geo.fold(other.text).split()
            if other.label == PERSON and (ow[-len(words):] == words or ow[:len(words)] == words):
                cands.add(sets.find(j))
            elif other.label == ORG and m.label == ORG and set(words) - _STOP <= set(ow) and set(words) - _STOP:
                cands.add(sets.find(j))
        if len(cands) == 1:
            sets.union(cands.pop(), i)
    return sets


def _vote_type(group: list[Mention]) -> str:
    if any(m.label == COUNTRY for m in group) and all(m.label in (COUNTRY, LOCATION) or m.kind != "name" for m in group):
        return COUNTRY
    votes = Counter(m.label for m in group if m.kind == "name")
    if any(m.label == PERSON and len(m.text.split()) >= 2 for m in group):
        votes[PERSON] += len(group)
    if not votes:
        return Counter(m.label for m in group).most_common(1)[0][0]
    order = {PERSON: 0, COUNTRY: 1, ORG: 2, LOCATION: 3}
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
    while i >= 0 and doc[i].text[:1].isupper() and (doc[i].lower_ in TITLE_WORDS or doc[i].dep_ == "compound"):
        words.insert(0, doc[i])
        i -= 1
    while words and words[0].lower_ not in TITLE_WORDS and not any(w.lower_ in TITLE_WORDS for w in words[:1]):
        if any(w.lower_ in TITLE_WORDS for w in words):
            break
        words.pop(0)
    if words and any(w.lower_ in TITLE_WORDS for w in words):
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
        return None, ""
    sub = [t for t in title_tok.subtree if not (first <= t.i < last) and t.i not in range(root.i, root.i + 1)]
    phrase = doc[sub[0].i:sub[-1].i + 1] if sub else doc[title_tok.i:title_tok.i + 1]
    core = [t for t in phrase if t.i >= title_tok.i or (t.dep_ in ("compound", "amod") and t.head == title_tok)]
    core_text = doc[core[0].i:title_tok.i + 1].text if core else title_tok.text
    return core_text, phrase.text


def _attributes(doc: Doc, actor_type: str, group: list[Mention], name: str) -> tuple[str | None, str | None, str | None]:
    if actor_type == COUNTRY:
        codes = Counter(m.code for m in group if m.code)
        return (codes.most_common(1)[0][0] if codes else geo.country_code(name)), "GOV", None
    if actor_type == PERSON:
        title, phrase = None, ""
        for m in group:
            title, phrase = _title_and_phrase(doc, m)
            if title:
                break
        country = geo.find_country_in(phrase) if phrase else None
        return country, sector_of(title or ""), title
    if actor_type == ORG:
        names = [name] + [m.text for m in group]
        sector = sector_of(name)
        country = None if sector == "IGO" else next((c for c in map(geo.find_country_in, names) if c), None)
        return country, sector, None
    return geo.country_code(name), None, None


# ------------------------------------------------------------------ entry point
def find_actors(doc: Doc) -> list[LocalActor]:
    """The actors of one parsed document, each once, with every mention found."""
    mentions = _ner_mentions(doc)
    taken = _covered(mentions, doc)
    mentions += _proper_name_mentions(doc, taken)
    taken = _covered(mentions, doc)
    mentions.sort(key=lambda m: m.start)
    extra, defined = _acronym_mentions(doc, mentions, taken)
    mentions = sorted(mentions + extra, key=lambda m: m.start)
    position = {(m.start, m.end): i for i, m in enumerate(mentions)}
    defined = {acr: position[key] for acr, key in defined.items()}
    sets = _cluster(mentions, defined)
    groups: dict[int, list[Mention]] = {}
    for i, m in enumerate(mentions):
        groups.setdefault(sets.find(i), []).append(m)
    actors = []
    for local_id, group in enumerate(sorted(groups.values(), key=lambda g: g[0].start)):
        actor_type = _vote_type(group)
        name = _canonical(group, actor_type)
        country, sector, title = _attributes(doc, actor_type, group, name)
        aliases = sorted({m.text for m in group} - {name})
        acronyms = [m.text for m in group if m.kind == "acronym" or m.text in defined]
        actors.append(LocalActor(local_id, name, actor_type, aliases, group, country, sector, title, sorted(set(acronyms))))
    return actors

