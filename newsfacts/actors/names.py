"""What a name looks like: its clean boundaries, its shape (a person's name, an acronym) and the keys
that tell two spellings of one name apart from two names."""
from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsfacts import geo
from newsfacts.actors.known import known_body
from newsfacts.lexicon import (COMPANY_NOUNS, HONORIFICS, LEGAL_SUFFIXES, MONTHS_AND_DAYS, NAME_PARTICLES, ORG_NOUNS,
                               PERSON_NOUNS, ROLE_WORDS, TITLE_WORDS, WORLD_REGIONS, common_noun, is_given_name,
                               is_verb_form, rarely_lowercase)
from newsfacts.nlp import per_doc, text_of

LEADING = {"the", "a", "an", "this", "that", "these", "those"}
POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
# function words of names ('Ministry of Foreign Affairs', 'Banco de la Nacion')
STOP = {"the", "of", "for", "and", "in", "on", "to", "a", "an", "de", "la", "del", "des", "du", "&"}
_TRAILING = {"and", "or", "of", "the", "&", "for", "in", "on", "at", "to", "a", "an"}
# the capital and small letters of the Latin, Greek and Cyrillic alphabets, for names' shapes: 'Álvaro', 'Ólafur',
# 'Şükrü', 'Łukasz' are capitalized words as 'Alvaro' is (a pattern of ASCII capitals would miss every name that
# begins with another letter)
UPPER = "".join(ch for lo, hi in ((0x41, 0x250), (0x370, 0x530)) for ch in map(chr, range(lo, hi)) if ch.isupper())
LOWER = "".join(ch for lo, hi in ((0x61, 0x250), (0x370, 0x530)) for ch in map(chr, range(lo, hi)) if ch.islower())
NAME_TOKEN = re.compile(rf"^[{UPPER}][\w'\u2019.\-]*$")
_BAD_TOKEN = re.compile(r"^[()\[\]{}<>|=*#]|^&|https?:|www\.|/|\.(?:htm|html|php|stm|com|org)\b|''|--|==|"
                        r"\.(?:png|jpe?g|gif|svg)\b|^(?:[nm]dash|nbsp|amp|quot)\b|;|^(?:Infobox\w*|NOTOC|TOC)$")
# a word shaped like a person's name: 'Doe', 'McCain', "O'Brien", 'DePalma', 'al-Bashir', 'J.', 'J.R.'
_PERSON_WORD = re.compile(rf"^(?:[{UPPER}]\.(?:[{UPPER}]\.)*"
                          rf"|(?:Mac|Mc|De|Di|Da|Du|La|Le|Van|Von|Des|Fitz|St|O'|O\u2019|D'|D\u2019)?"
                          rf"[{UPPER}][{LOWER}'\u2019]+(?:[-'\u2019][{UPPER}{LOWER}]+)*\.?|[{UPPER}]{{1,2}})$")


def trim(span: Span) -> Span | None:
    """The span without leading determiners, trailing possessives and punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in LEADING or doc[start].is_punct or doc[start].is_space):
        start += 1
    start = _past_lowercase_words(doc, start, end)
    if stance_prefix(doc, start, end):
        start += 2
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].lower_ in _TRAILING):
        end -= 1
    if start >= end:
        return None
    return doc[start:end]


# prefixes of a stance towards a name or of what one was ('pro-Muslim Brotherhood rallies', 'ex-Google staff',
# 'anti-Gyurcsany protests'): the name is what follows. Capitalized, they begin names of their own ('Anti-Defamation
# League', 'the Ex-Im Bank', 'Pro-Life Action League'), except as the first word of a sentence ('Pro-Taliban fighters
# attacked ...').
_STANCE = {"pro", "ex", "anti", "non"}


def stance_prefix(doc, start: int, end: int) -> bool:
    """Whether the span starts with a stance prefix hyphenated to the capitalized name after it."""
    t = doc[start]
    return start + 2 < end and doc[start + 1].text == "-" and not t.whitespace_ \
        and not doc[start + 1].whitespace_ and doc[start + 2].text[:1].isupper() and t.lower_ in _STANCE \
        and (t.is_lower or t.is_sent_start and t.lower_ in ("pro", "ex"))


def _past_lowercase_words(doc, start: int, end: int) -> int:
    """Where a name starts after the ordinary lowercase words the tagger ran into it ('trade union group
    Association of X', 'south Kashmir', 'right JetBlue Airways'): not a name's particle ('de Gaulle', 'al-Sadr'),
    nor a name in lowercase whose words include a preposition or a conjunction ('ministry of Agriculture')."""
    i = start
    while i < end - 1 and doc[i].is_alpha and doc[i].is_lower and doc[i].text not in NAME_PARTICLES:
        if doc[i].pos_ in ("ADP", "CCONJ", "SCONJ", "DET", "PRON", "AUX") or doc[i].lower_ in _TRAILING:
            return start
        i += 1
    return i if i > start and doc[i].text[:1].isupper() else start


def clean(span: Span) -> Span | None:
    """The span's longest run of ordinary tokens: markup, links and bracketed parts cut away
    ('Movement for Democratic Change (MDC) &mdash' -> 'Movement for Democratic Change'), and two names
    run together split where a capitalized 'The' starts the second ('USA The United States Labor
    Department', a dateline before a sentence)."""
    doc = span.doc
    runs, start = [], span.start
    for t in span:
        if _ampersand(t):
            continue  # 'Ernst & Young', 'Merck & Co.': the name's own ampersand, not markup ('&mdash')
        if _BAD_TOKEN.search(t.text) or "\n" in t.text or (t.text == "The" and t.i > span.start):
            if t.i > start:
                runs.append((start, t.i))
            start = t.i + 1
    if span.end > start:
        runs.append((start, span.end))
    if not runs:
        return None
    a, b = max(runs, key=lambda r: (r[1] - r[0], r[0]))
    return trim(doc[a:b])


def _ampersand(tok) -> bool:
    """An ampersand between two words of a name, set off by spaces ('Procter & Gamble'); markup the tokenizer
    splits ('&mdash', '&nbsp;') has no space after its '&'."""
    doc = tok.doc
    return tok.text == "&" and bool(tok.whitespace_) and 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].whitespace_ \
        and doc[tok.i + 1].text[:1].isupper()


def listed(span: Span, body: bool = False) -> list[Span]:
    """The names an entity runs together where a comma set off by spaces parts them ('Dell , Apple', 'Bristol ,
    England': a list, or a place and its region; a name's own comma is written on its word, 'Acme, Inc.'); for a
    body's entity (`body`), a list of names written with ordinary commas too (`_names_listed`)."""
    doc, parts, start = span.doc, [], span.start
    commas = _names_listed(span) if body else []
    for t in span:
        if t.text == "," and t.i > span.start and (doc[t.i - 1].whitespace_ or t.i in commas):
            parts.append(doc[start:t.i])
            start = t.i + 1
    return [q for p in parts + [doc[start:span.end]] if len(p) for q in _coordinated(p)]


def _names_listed(span: Span) -> list[int]:
    """The commas of a body's entity that part a list of names NER ran together ('Boréal, Centennial', 'YouTube,
    Flickr, MySpace', 'the Berkman Center, Public Knowledge', 'Mayor of Katherine, Anne Roe'), where nothing shows
    one name: no 'of', 'for' or 'on' before the first comma ('Department for Environment, Food and Rural Affairs'),
    no 'and' in the last part (a firm of partners, 'Kellogg, Brown and Root'; a list of portfolios), no military unit
    before it ('1st Battalion, Royal Welsh'), no '&', legal form or company word ('Stifel, Nicolaus & Co.', 'Acme,
    Inc.'), and capitalized common nouns after the comma only where the list goes on after the entity ('the Family
    Coalition, Freedom, Communist, Libertarian ... parties'; not 'Committee on Health, Education')."""
    doc = span.doc
    commas = [t.i for t in span if t.text == "," and span.start < t.i < span.end - 1 and not doc[t.i - 1].whitespace_]
    if not commas or any(t.text == "&" or t.lower_.rstrip(".") in LEGAL_SUFFIXES or t.lower_ in COMPANY_NOUNS
                         or t.lower_ in ("jr", "jr.", "sr", "sr.") for t in span):
        return []
    first, after, last = (doc[span.start:commas[0]], doc[commas[0] + 1:commas[1] if len(commas) > 1 else span.end],
                          doc[commas[-1] + 1:span.end])
    if any(t.lower_ in ("of", "for", "on") for t in first) or any(t.lower_ == "and" for t in last) \
            or first[-1].lower_ in _UNITS:
        return []
    goes_on = span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].is_title
    if not goes_on and all(t.lower_ in ("and", "of", "the") or t.is_title and common_noun(t.text) for t in after):
        return []
    return commas


# a military unit's name goes on after a comma ('1st Battalion, Royal Welsh')
_UNITS = {"battalion", "regiment", "brigade", "squadron", "corps", "company", "division", "platoon"}


_NAMED = {"PERSON", "ORG", "GPE", "LOC", "FAC"}  # entity labels of names


def _coordinated(span: Span) -> list[Span]:
    """Two names an entity joins with 'and', where the text names each alone elsewhere ('XM and Sirius', 'Nagin and
    Landrieu', after 'XM' and 'Sirius' on their own): two actors. A name with 'and' in it that the text never parts
    ('Food and Drug Administration', 'Procter and Gamble') stays whole, and so does one with '&', a company's own
    ('Scottish & Southern Energy', 'Thomas Cook UK & Ireland')."""
    joins = [t for t in span if t.lower_ == "and" and span.start < t.i < span.end - 1]
    if len(joins) != 1:
        return [span]
    doc, t = span.doc, joins[0]
    left, right = doc[span.start:t.i], doc[t.i + 1:span.end]
    if left[0].lower_ == "the":
        left = left[1:]
    if not len(left):
        return [span]
    named = _named_texts(doc)  # entities do not overlap: one with either text is one elsewhere
    return [left, right] if named[_bare(left.text)] and named[_bare(right.text)] else [span]


def _named_texts(doc: Doc) -> Counter:
    """How often the document's entities of names have each text."""
    return per_doc(doc, "newsfacts.named_texts", lambda: Counter(_bare(e.text) for e in doc.ents if e.label_ in _NAMED))


def _bare(text: str) -> str:
    for p in ("'s", "\u2019s"):
        if text.endswith(p):
            text = text[: -len(p)]
    return text[4:] if text.lower().startswith("the ") else text


def span_text(span: Span) -> str:
    """The span's text, a possessive glued to its last token removed ("Haiti’s" -> "Haiti"), and an opening
    parenthesis glued to a word cut off with what follows it ('University of East Anglia(UEA')."""
    text = span.text
    for p in ("'s", "\u2019s"):
        if text.endswith(p):
            text = text[: -len(p)]
            break
    cut = text.find("(")
    if cut > 0 and ")" not in text[cut:] and any(ch.isalpha() for ch in text[:cut]):
        text = text[:cut].rstrip(" ,")
    return text


# titles that are part of a name given by one word: 'Queen Elizabeth', 'Lord Birt', 'Prince Charles'
_STYLED = {"king", "queen", "prince", "princess", "lord", "lady", "emperor", "empress", "pope", "sultan", "emir", "sheikh"}


def strip_title(span: Span) -> Span:
    """'President Jane Doe' -> 'Jane Doe' when NER swallowed the title; a royal or noble style
    before a single name stays in it ('Queen Elizabeth')."""
    start = span.start
    doc = span.doc
    while start < span.end - 1 and (doc[start].lower_.rstrip(".") in TITLE_WORDS or doc[start].is_punct
                                    or doc[start].lower_ in ROLE_WORDS):
        start += 1
    if start == span.end - 1 and start > span.start and doc[start - 1].lower_ in _STYLED:
        start -= 1
    elif start == span.start == span.end - 1 and start > 0 and doc[start - 1].lower_ in _STYLED \
            and doc[start - 1].text[:1].isupper():
        start -= 1  # NER left the style out: 'Queen' + 'Margrethe'
    return doc[start:span.end]


_INITIAL = re.compile(rf"^[{UPPER}]\.$")
# words that follow a name without being its surname ('Doris Duke Professor', 'the Tom Smith Foundation')
_NOT_SURNAMES = ORG_NOUNS | ROLE_WORDS | TITLE_WORDS | HONORIFICS | PERSON_NOUNS | MONTHS_AND_DAYS
_TITLED = TITLE_WORDS | ROLE_WORDS | HONORIFICS | PERSON_NOUNS  # words before a person's name


def _given_name(t: Token) -> bool:
    return (is_given_name(t.text) or bool(_INITIAL.match(t.text))) and t.lower_.rstrip(".") not in TITLE_WORDS | HONORIFICS


def with_given_names(span: Span) -> Span:
    """A person's name with the given names and initials NER left out before it ('Alejandro' of
    'Alejandro Wolff', 'Anders' of 'Anders Fogh Rasmussen'): proper nouns outside any entity that modify
    the name and are given names by the first-name list; failing those, one given name right before a short
    name that the parse did not hang on it (`_given_before`)."""
    doc, start = span.doc, span.start
    while start > 0:
        t = doc[start - 1]
        if t.pos_ != "PROPN" or t.ent_type_ or t.dep_ not in ("compound", "flat") or not (start <= t.head.i < span.end) \
                or not _given_name(t):
            break
        start -= 1
    if start == span.start and _given_before(span):
        start -= 1
    return doc[start:span.end]


def given_word(tok: Token) -> bool:
    """A word that begins a person's name here: a given name of men or of women that is no title, common noun,
    nationality, country or world region ('Premier', 'Kingdom', 'Romania' and 'Asia' are in the list of given names
    too; a town's name is often a given name: 'Martin', 'Milan')."""
    return is_given_name(geo.fold(tok.text)) and tok.lower_ not in TITLE_WORDS and not common_noun(tok.text) \
        and not geo.demonym_code(tok.text) and not geo.country_code(tok.text) and tok.lower_ not in WORLD_REGIONS


def _given_before(span: Span) -> bool:
    """A given name right before a short person's name that the parse did not hang on it ('Arne [Treholt]', a table's
    'Florice [Orea Hoffman]'): one space before the name, in no entity, a capitalized `given_word` that the corpus
    rarely writes in lowercase and that is no honorific, month or day, or place the gazetteers know. Not before a name
    of three words or more (in a list of names run together, the word before is another's surname), nor after a
    preposition of place or of a title's seat ('MP for Clarence Jane Roe', 'speaking in Preston Jane Roe said')."""
    if span.start < 1 or len(span) > 2 or span.start > 1 and span.doc[span.start - 2].lower_ in _PLACE_PREPS:
        return False
    t = span.doc[span.start - 1]
    return t.whitespace_ == " " and not t.ent_type_ and t.is_alpha and t.is_title and given_word(t) \
        and t.lower_ not in HONORIFICS and t.lower_ not in MONTHS_AND_DAYS and not geo.known_place(t.text) \
        and rarely_lowercase(t.text)


_PLACE_PREPS = {"for", "of", "in", "at", "from"}  # before a place or a seat ('the senator from Virginia', 'MP for X')


def with_particle_surname(span: Span) -> Span:
    """A person's name with the surname NER cut off after a lowercase particle ('Joop' of 'Joop den Uyl',
    'Diogo Freitas' of 'Diogo Freitas do Amaral'): a particle of the name-particle list and a capitalized
    word that names no place and starts no other entity (but a one-word name NER split off)."""
    doc, end = span.doc, span.end
    while end + 1 < len(doc):
        particle, word = doc[end], doc[end + 1]
        # the word starts no other entity, or only a one-word name NER split off ('Isarangkura na Ayudhya')
        alone = word.ent_iob_ == "O" or word.ent_type_ in ("PERSON", "ORG") and word.ent_iob_ == "B" and (
            end + 2 >= len(doc) or doc[end + 2].ent_iob_ != "I")
        if not (particle.is_lower and particle.is_alpha and particle.text in NAME_PARTICLES) or not word.is_title \
                or not word.is_alpha or not alone or word.is_sent_start \
                or geo.country_code(word.text) or geo.place_code(word.text):
            break
        end += 2
    return doc[span.start:end]


def with_surname(span: Span) -> Span:
    """A person's name with the surname NER cut off after its given names ('Tim' of 'Governor Tim Pawlenty',
    'Gloria Macapagal' of 'Gloria Macapagal Arroyo'): the name starts with a given name, has at most three words,
    and the parser hangs it from the next word, a capitalized proper noun outside any entity that is no title,
    role, organization or person noun, no month or day, no place, no given name (which starts the next person
    of a list) and no word the document also writes in lower case ('the presidency'); a one-word name only after a
    title, role or honorific ('Governor Tim'), since one word alone may be a surname ('the Bush Presidency')."""
    doc, end = span.doc, span.end
    if end >= len(doc) or len(span) > 3 or not is_given_name(doc[span.start].text):
        return span
    if len(span) == 1 and (span.start == 0 or doc[span.start - 1].lower_.rstrip(".") not in _TITLED):
        return span  # one word alone may be a surname ('the Bush Presidency'); after a title, a given name NER cut
    word, last = doc[end], doc[end - 1]
    if word.pos_ != "PROPN" or word.ent_iob_ != "O" or word.text.isupper() or not _PERSON_WORD.match(word.text) \
            or last.head.i != word.i or last.dep_ not in ("compound", "flat") or not last.text[-1:].isalpha():
        return span
    if word.lower_ in _NOT_SURNAMES or is_given_name(word.text) or geo.place_code(word.text) \
            or geo.country_code(word.text) or geo.demonym_code(word.text) or in_headline(span) \
            or any(t.text == word.lower_ for t in doc):
        return span
    return doc[span.start:end + 1]


_HEADLINE_CHARS = 200  # a longer line is no headline


def in_headline(span: Span) -> bool:
    """Whether the span stands in a title-case line ('Jane Doe Slams Budget Plan'): a line of at most 200
    characters in which at least 80% of the words longer than three letters are capitalized."""
    line = _line_of(span)
    return line is not None and _title_case(line)


def _line_of(span: Span) -> str | None:
    """The line of text that holds the span, or None where it is longer than a headline can be."""
    text = text_of(span.doc)
    lo = text.rfind("\n", max(0, span.start_char - _HEADLINE_CHARS), span.start_char) + 1
    hi = text.find("\n", span.end_char, span.end_char + _HEADLINE_CHARS)
    if lo == 0 and span.start_char > _HEADLINE_CHARS or hi < 0 and len(text) - span.end_char > _HEADLINE_CHARS:
        return None
    return text[lo:hi if hi >= 0 else len(text)]


def _title_case(line: str) -> bool:
    """A line of at most 200 characters in which at least 80% of the words longer than three letters (and at least
    three such words) are capitalized."""
    if len(line) > _HEADLINE_CHARS:
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'\-]*", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def headline_line(span: Span) -> bool:
    """Whether the span stands on a line of its own that does not end as a sentence does ('Sudan bombs refugee
    camp', 'South Sudan warns of war after Sudan bombs camp'): a headline or a caption, whose present tense tells
    what happened."""
    line = _line_of(span)
    return line is not None and bool(line.strip()) and (line.rstrip()[-1].isalnum() or line.rstrip()[-1] == ")")


def headline_phrase(span: Span) -> bool:
    """A title-case headline's run of capitalized common words that NER took for a name ('Footage Of Brooklyn
    Mother', 'Police Release ID Of Woman', 'Driver'): in a headline line (one not ending as a sentence does), the
    name never stands in the text outside headlines, and one of its words other than the last (or its only word)
    stands there in lower case, as common words do ('the footage shows', 'the driver'); a body's name keeps its
    last word ('Betty Ford Clinic' beside 'the clinic')."""
    line = _line_of(span)
    if line is None or not _title_case(line) or len(span.text) < 2:
        return False
    if line.rstrip().endswith((".", "!", "?", ":")):
        return False  # a sentence on a line of its own, no headline
    body = _body_words(span.doc)
    if span.text in body[1]:
        return False
    words = [t.text for t in span if t.is_alpha]
    candidates = words if len(words) == 1 else words[:-1]
    return any(w.lower() in body[0] for w in candidates if w[:1].isupper() and len(w) > 2)


def _body_words(doc) -> tuple[set[str], str]:
    """The document's lowercase words and its text outside headline lines (and web addresses), computed once."""
    cached = doc.user_data.get("newsfacts_body_words")
    if cached is None:
        lines = []
        for line in text_of(doc).split("\n"):
            if not _title_case(line) or line.rstrip().endswith((".", "!", "?")):
                lines.append(re.sub(r"https?://\S+|www\.\S+", " ", line))
        body = "\n".join(lines)
        cached = ({w for w in re.findall(r"\b[a-z][a-z'\-]+\b", body)}, body)
        doc.user_data["newsfacts_body_words"] = cached
    return cached


_VERB_TAGS = ("MD", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ")


def _spill(t: Token) -> bool:
    return (t.tag_ in _VERB_TAGS + ("TO",) or is_verb_form(t.text)) and not _given_name(t)


def without_spill(span: Span, person: bool = True) -> Span | None:
    """A name without the words of a clause around it: 'Jane Doe Slams Budget' -> 'Jane Doe', 'Blasting
    John Roe' -> 'John Roe', 'Following Spielberg' -> 'Spielberg' (verbs and what follows them are no name).
    Anywhere, a word spaCy reads as a verb that is no given name ends a person's name; in a headline, whose
    words spaCy reads as names, so does any form of a known verb. An organization's name is cut only in a
    headline and only where spaCy reads a verb ('Human Rights Watch' keeps its 'Watch')."""
    headline = in_headline(span)
    if not person and not headline:
        return span
    if person:
        span = _without_country_before(span)
    if person and headline:
        spill = _spill
    else:
        spill = lambda t: t.tag_ in _VERB_TAGS and not _given_name(t)  # noqa: E731
    start, end = span.start, span.end
    doc = span.doc
    while start < end and spill(doc[start]):
        start += 1
    cut = next((t.i for t in doc[start + 1:end] if spill(t)), end)
    return doc[start:cut] if cut > start else None


# titles only a person holds, never the last word of a body's name: after a body's name they are a title wherever
# they stand ('Pia Hansen, European Commission Spokeswoman, says', 'US Army Sergeant First Class X'); not
# 'Executive' or 'General', which end bodies' names too ('Health and Safety Executive', 'Auditor General')
_PERSONS_TITLES = {"spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "governor", "sergeant", "sgt",
                   "lt", "col", "brig", "capt", "cpl"}


def without_title_after(span: Span | None) -> Span | None:
    """An organization's name without the first words of a title NER ran into it, where the title goes on after it
    ('[Boeing Executive] Vice President Jane Roe', '[Foreign Ministry Spokesman] Jane Roe', '[U.S. Army Lt.] Col. John
    Roe'): its last words are title words and what follows is more of the title or a name. Not a body named by such
    a word ('the Health and Safety Executive said', 'the Office of the Inspector General')."""
    if span is None:
        return None
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    goes_on = after is not None and (after.lower_.rstrip(".") in TITLE_WORDS or after.ent_type_ == "PERSON")
    if not goes_on and span[-1].lower_.rstrip(".") not in _PERSONS_TITLES:
        return span
    end = span.end
    while end > span.start + 1 and doc[end - 1].lower_.rstrip(".") in TITLE_WORDS:
        end -= 1
    if end == span.end or doc[end - 1].lower_ in ("of", "the", "for", "and", "&") or not doc[end - 1].is_alpha:
        return span  # the title words are the body's name's ('the Office of the Inspector General')
    rest = doc[span.start:end]
    return rest if _names_a_body(rest) and not known_body(span.text) else span  # 'Burger King' stays


def _names_a_body(span: Span) -> bool:
    """Whether what is left of a body's name once the title words are cut is a name of its own: one proper noun, an
    organization noun last ('Foreign Ministry'), or a place after its last 'of' ('Communist Party of China'); not a
    title's first words ('Office of Legal' of 'Office of Legal Counsel', 'Government of Prime' of
    '... Prime Minister X', 'EC Competition' of 'EC Competition Commissioner X')."""
    of = [t.i for t in span if t.lower_ == "of"]
    if of:
        after = span.doc[of[-1] + 1:span.end]
        return bool(after) and (geo.country_code(after.text) is not None or geo.place_code(after.text) is not None
                                or after[-1].ent_type_ in ("GPE", "LOC"))
    if len(span) == 1:
        return span[0].pos_ == "PROPN" and span[0].lower_.rstrip(".") not in TITLE_WORDS | HONORIFICS
    return span[-1].lower_ in ORG_NOUNS


def _without_country_before(span: Span) -> Span:
    """A person's name without the country NER ran into it from the title before ('the ambassador to [Zimbabwe
    Andrew Pocock]', 'President of [Italy Romano Prodi]'): a country's name, itself no given name, followed by a
    given name ('Chad Michael Murray' keeps its 'Chad')."""
    doc = span.doc
    for k in (3, 2, 1):
        if span.start + k < span.end - 1 and geo.country_code(doc[span.start:span.start + k].text) \
                and not is_given_name(doc[span.start].text, either=True) and _given_name(doc[span.start + k]):
            return doc[span.start + k:span.end]
    return span


def after_hyphen(t: Token) -> bool:
    """The lowercase second half of a hyphenated given name ('Ki-moon', 'Jae-in')."""
    return t.is_alpha and t.text.islower() and t.i >= 2 and t.doc[t.i - 1].text == "-" \
        and not t.doc[t.i - 1].whitespace_ and t.doc[t.i - 2].text[:1].isupper()


def looks_like_person_name(span: Span) -> bool:
    """Every word capitalized (name particles aside), at least one real name word, no digits."""
    words = [t for t in span if not (t.is_punct and t.text in "-'\u2019.")]
    if not words or any(ch.isdigit() for ch in span.text):
        return False
    caps = 0
    for t in words:
        if t.lower_ in NAME_PARTICLES or after_hyphen(t):
            continue
        if not NAME_TOKEN.match(t.text):
            return False
        caps += 1
    return caps >= 1


def person_shaped(span: Span) -> bool:
    """Every word shaped like a name word ('VoIP', 'NOTOC', 'PowerBook', 'Loudspeaker.png' are not)."""
    for t in span:
        if t.lower_ in NAME_PARTICLES or (t.is_punct and t.text in "-'\u2019.") or after_hyphen(t):
            continue
        if not _PERSON_WORD.match(t.text):
            return False
    return True


def is_acronym(text: str) -> bool:
    bare = text.replace(".", "").replace("-", "")
    return 2 <= len(bare) <= 12 and bare.isalnum() and sum(ch.isupper() for ch in bare) >= 2 \
        and sum(ch.isupper() or ch.isdigit() for ch in bare) >= len(bare) - 1


def singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def name_key(name: str) -> str:
    """The folded name without trailing legal forms, which fold for identity: 'General Motors Corporation'
    and 'General Motors' -> 'general motors', 'EADS N.V.' -> 'eads'."""
    words = geo.fold(name).split()
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


# The abbreviations news write for the United States, the United Kingdom, the United Nations and the European
# Union inside names ('U.S. Congress', 'UN Security Council'), spelled out for a name's content words
_ABBREVIATED = [(re.compile(r"(?<![\w.])(?:U\.S\.A\.|U\.S\.|USA|US)(?![\w])"), "United States"),
                (re.compile(r"(?<![\w.])(?:U\.K\.|UK)(?![\w])"), "United Kingdom"),
                (re.compile(r"(?<![\w.])(?:U\.N\.|UN)(?![\w])"), "United Nations"),
                (re.compile(r"(?<![\w.])(?:E\.U\.|EU)(?![\w])"), "European Union")]


def content_key(name: str) -> frozenset[str]:
    """Order- and function-word-free key of an organization name, countries as codes, legal forms folded:
    'Salvadoran Legislative Assembly' == 'Legislative Assembly of El Salvador', 'U.S. Congress' == 'United
    States Congress'."""
    if len(name.split()) >= 2:  # within a longer name; alone, an acronym is a name of its own
        for pattern, full in _ABBREVIATED:
            name = pattern.sub(full, name)
    words = [w for w in name_key(name).split() if w not in STOP]
    out, i = set(), 0
    while i < len(words):
        for n in (3, 2, 1):
            chunk = " ".join(words[i:i + n])
            code = geo.country_code(chunk) if len(chunk) > 2 and not geo.country_part(chunk) else None
            code = code or (geo.demonym_code(chunk) if n == 1 else None)
            if code and i + n <= len(words):
                out.add(code)
                i += n
                break
        else:
            out.add(singular(words[i]))
            i += 1
    return frozenset(out)


def initials(name: str) -> set[str]:
    """Possible acronyms of a name: of all words and of content words ('United Nations' -> 'UN')."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isalpha()]
    every = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.lower() not in STOP).upper()
    return {every, content}


def expansion(text: str, acronym: str) -> list[str] | None:
    """The words a text spells an acronym out with right before it in parentheses ('the Memorandum of Understanding
    (MOU)', 'a cockpit voice recorder (CVR)', 'video-on-demand (VOD)'): the shortest run of words there, not begun
    by a minor word, whose `initials` spell it; None where the text defines it by no such run."""
    letters = acronym.replace(".", "").upper()
    for m in re.finditer(r"\(\s*" + re.escape(acronym) + r"\s*\)", text):
        before = text[max(0, m.start() - 160):m.start()]
        words = [w.strip(",.;:'\"") for w in before[max(before.rfind("("), before.rfind(")")) + 1:].split()]
        n = spelled_by(words, letters, longest=2 * len(letters) + 2)
        if n:
            return words[-n:]
    return None


def spelled_by(words: list[str], letters: str, shortest: int = 1, longest: int | None = None) -> int | None:
    """How many of the last `words` spell `letters` (an acronym's, in capitals) by their `initials`: the fewest, at
    least `shortest` and at most `longest`, whose first is no minor word; None where no run does."""
    top = len(words) if longest is None else min(len(words), longest)
    for n in range(shortest, top + 1):
        first = words[-n]
        if first and first.lower() not in STOP and letters in initials(" ".join(words[-n:])):
            return n
    return None


def described(name: str, names: set[str]) -> bool:
    """`name` is another of `names` and a lowercase 'party' after it ('Hamas party' beside 'Hamas'): the name and
    what the writer says it names, not a fuller proper name ('Kadima Party')."""
    head, _, last = name.rpartition(" ")
    return last == "party" and head in names


def short_form(words: list[str], full: list[str]) -> bool:
    """A company's name by its first words ('Northrop' of 'Northrop Grumman', 'Ford' of 'Ford Motor Company'):
    the rest of the full name, legal forms aside, names no body of its own ('White House Military Office'
    is an office of the White House, no short form of it)."""
    rest = name_key(" ".join(full)).split()[len(words):]
    return full[:len(words)] == words and words[0] not in STOP and bool(rest) and \
        not any(singular(w) in ORG_NOUNS and singular(w) not in COMPANY_NOUNS for w in rest)


def spelling_variants(a: str, b: str) -> bool:
    """Two spellings of one name word: a transliteration or a typo ('Gaddafi'/'Qaddafi', 'Haniya'/'Haniyeh',
    'Mastrogiacomo'/'Mastrogriacomo'): both at least 6 letters, at least 75% alike, not equal (short names
    like 'Olsen'/'Olson' are often two people), with the same consonants (`same_consonants`: 'Emerson' and
    'Peterson', 'Bradley' and 'Radler' are 75% alike but two surnames)."""
    a, b = geo.fold(a), geo.fold(b)
    if a == b or min(len(a), len(b)) < 6:
        return False
    m = SequenceMatcher(None, a, b)  # the two quick ratios bound the ratio from above: cheap refusals first
    # alike whichever is compared with which: the ratio may differ by order ('Khamenei'/'Khomeini'), and a
    # wrong join is worse than a missed one
    return m.real_quick_ratio() >= 0.75 and m.quick_ratio() >= 0.75 and m.ratio() >= 0.75 \
        and SequenceMatcher(None, b, a).ratio() >= 0.75 and same_consonants(a, b)


# Spellings of one name differ where writing systems and spellers differ: in vowels and the glides and breath
# between them (y, w, h: 'Haniya'/'Haniyeh', 'Bakiyev'/'Bakiev', 'Gaddafi'/'Gadhafi'), in doubled letters
# ('Jumblat'/'Jumblatt'), in one of a few letters for one sound (k, c and q; q for a g; z for s; ph, zh, dj, ck,
# cz, sz, x: 'Qaddafi'/'Gaddafi', 'Sarkozy'/'Sarcozy', 'Kowalczyk'), or by a typist's slip (two letters swapped,
# 'Hilter'; one dropped from a long name, 'Livinstone'; a stray plural, 'Harpers'). Two surnames differ in their
# consonants ('Emerson' and 'Peterson', 'Larson' and 'Lawson', 'Roberts' and 'Robertson'): of the 130 pairs of
# surnames with one given name that the corpus's people bore and the 75% test joined, 41 have other consonants, all
# but three of them two people by reading. The first letter is kept, vowel or not ('Allison' and 'Ellison' are two
# surnames), so spellings that differ there are refused too ('Ibrahim'/'Ebrahim', 'Yevgeny'/'Evgeny', 'Jeltsin'/
# 'Yeltsin'), as are w/v ('Wladimir'): a missed join rather than a wrong one.
_GLIDES = re.compile(r"[aeiouyhw]")
_ONE_SOUND = [("ph", "f"), ("zh", "j"), ("dj", "j"), ("ck", "k"), ("cz", "c"), ("sz", "s"), ("x", "ks")]
_SOUNDS = {q: str.maketrans("kqz", "c" + q + "s") for q in "cg"}


@lru_cache(maxsize=1 << 16)
def _consonants(word: str, q: str) -> str:
    """A folded name word's first letter and consonants after it, doubles as one, in one letter per sound
    (k, c, q as c, or q as `q`; z as s); empty for a word of no Latin letters."""
    w = re.sub(r"[^a-z]", "", word)
    for spelling, sound in _ONE_SOUND:
        w = w.replace(spelling, sound)
    return re.sub(r"(.)\1+", r"\1", w[:1] + _GLIDES.sub("", w[1:])).translate(_SOUNDS[q])


def _slip(s: str, t: str) -> bool:
    """Consonant strings equal, or one typist's slip apart: two neighbours swapped, or one letter dropped inside
    a string of 6 or more (in shorter ones, another name: 'Larson'/'Lawson', 'Martin'/'Marston')."""
    if s == t:
        return True
    if len(s) == len(t):
        d = [k for k in range(len(s)) if s[k] != t[k]]
        return len(d) == 2 and d[1] == d[0] + 1 and (s[d[0]], s[d[1]]) == (t[d[1]], t[d[0]])
    longer, shorter = (s, t) if len(s) > len(t) else (t, s)
    return len(longer) == len(shorter) + 1 and len(longer) >= 6 and any(
        longer[:k] + longer[k + 1:] == shorter for k in range(1, len(longer) - 1))


def same_consonants(a: str, b: str) -> bool:
    """Whether two folded name words can be spellings of one name by their consonants (see above); not words whose
    letters the test cannot read (no Latin letter in one of them)."""
    if not _consonants(a, "c") or not _consonants(b, "c"):
        return False
    return a + "s" == b or b + "s" == a or any(_slip(_consonants(a, q), _consonants(b, q)) for q in "cg")


def variant_blocks(word: str) -> frozenset:
    """Keys two words share whenever `spelling_variants` holds for them (never a variant without one in common):
    the first letter of their consonants in each reading of `same_consonants` (which keeps it, unless a slip
    swapped the first two: so the first two as well, sorted), and none for a word too short to be a variant.
    Comparing only words that share a key finds every pair of variants without trying every pair of words."""
    w = geo.fold(word)
    if len(w) < 6:
        return frozenset()
    keys = set()
    for q in "cg":
        c = _consonants(w, q)
        if c:
            keys |= {(q, c[0]), (q, "".join(sorted(c[:2])), "swapped")}
    return frozenset(keys)


_POST_HEAD = {"of", "for", "on", "in", "to", "against", "at", "and", "&"}


def head_word(words: list[str]) -> str:
    """The head noun of a folded organization name: the last word before its first preposition
    ('ministry' of 'ministry of foreign affairs', 'office' of 'white house military office')."""
    for k, w in enumerate(words):
        if w in _POST_HEAD and k > 0:
            return words[k - 1]
    return words[-1]
