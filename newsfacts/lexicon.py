"""The word lists of extraction, read from data files under `newsfacts/resources/lexicon/`.

Each file says in its header what the list is for. One word or phrase a line, lowercase; `#` starts
a comment. Lists with a second column (organization nouns, sectors) are read by their own function.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def _lines(name: str, folder: str = "lexicon") -> list[list[str]]:
    text = resources.files("newsfacts.resources").joinpath(f"{folder}/{name}.tsv").read_text(encoding="utf-8")
    rows = (line.split("#", 1)[0].rstrip() if not line.startswith("#") else "" for line in text.splitlines())
    return [row.split("\t") for row in rows if row.strip()]


def words(name: str) -> frozenset[str]:
    """The words of one list (first column)."""
    return frozenset(row[0].strip() for row in _lines(name))


@lru_cache(maxsize=1)
def _organization_nouns() -> dict[str, str]:
    return {row[0].strip(): row[1].strip() for row in _lines("organization_nouns")}


def organization_nouns(*classes: str) -> frozenset[str]:
    """Nouns naming a kind of organization, of the given classes (government, state, company, body; all by
    default)."""
    return frozenset(w for w, c in _organization_nouns().items() if not classes or c in classes)


ORG_NOUNS = organization_nouns()
GOVERNMENT_NOUNS = organization_nouns("government")
INSTITUTION_NOUNS = organization_nouns("state")
COMPANY_NOUNS = organization_nouns("company")
VENUE_NOUNS = words("venue_nouns")  # organization nouns that also name where the body sits ('the Embassy')
# legal forms of companies: they fold for identity ('Ford Motor Company' is 'Ford Motor Co.'), never name a body
LEGAL_SUFFIXES = words("legal_suffixes")
TITLE_WORDS = words("title_words")
ROLE_WORDS = words("role_words")
# the prepositions that join a title to the body its holder works for and speaks for ('a spokesman for the ministry',
# 'the director of Acme', 'an analyst at Acme', 'an official from the ministry')
BODY_PREPS = ("for", "of", "at", "from")
HONORIFICS = words("honorifics")
TITLE_ABBREVIATIONS = words("title_abbreviations")  # 'Cpl.', 'Lt.': kept whole by the tokenizer (nlp.load_nlp)
# Verbs (and nouns) of visiting: what is visited hosts the visit and is where it happens ('visited Tokyo', 'her visit
# to Kenya', 'toured Darfur').
VISITING = frozenset({"visit", "tour"})
# Honorifics and title words that say a person's gender ('Mr', 'Mrs', 'Queen', 'spokeswoman').
GENDERED_WORDS = {**dict.fromkeys(("mr", "mister", "sir", "lord", "king", "prince", "sheikh", "emir", "sultan", "pope",
                                   "imam", "rabbi", "congressman", "chairman", "spokesman", "ayatollah", "cardinal",
                                   "archbishop"), "m"),
                  **dict.fromkeys(("mrs", "ms", "miss", "madam", "madame", "mme", "lady", "queen", "princess", "dame",
                                   "congresswoman", "chairwoman", "spokeswoman"), "f")}
NAME_PARTICLES = words("name_particles")
NOT_ACTOR_HEADS = words("not_actor_heads")
OBJECT_CONTROL_VERBS = words("object_control_verbs")  # 'asked X to leave': the object does the infinitive
RELIGIONS = words("religions")
CURRENCY_NOUNS = words("currency_nouns")
COMMON_ACRONYMS = words("common_acronyms")
STORM_WORDS = words("storm_words")
NATURAL_HAZARDS = words("natural_hazards")
MARKET_NOUNS = words("market_nouns")
MONTHS_AND_DAYS = words("months_and_days")
GENERIC_NAMES = words("generic_names")
PLACE_AFTER = words("place_after")
PLACE_BEFORE = words("place_before")
PLACE_HEADS = words("place_heads")
PLACE_FIRST_WORDS = words("place_first_words")
SPEECH_VERBS = words("speech_verbs")
AUTHORING_VERBS = words("authoring_verbs")
ABROAD_WORDS = words("abroad_words")
TOPIC_VERBS = words("topic_verbs")
AGENT_OWNER_NOUNS = words("agent_owner_nouns")
PARTY_PLURALS = words("party_plurals")
PARTY_FAMILIES = words("party_families")
HEAD_FIRST_PARTY_NOUNS = words("head_first_party_nouns")  # 'Parti', 'Partido', 'Bloc': a body's name begins so
PERSON_NOUNS = words("person_nouns")
WORLD_REGIONS = words("world_regions")  # places of several countries: no story country
# nouns for people ('man', 'woman', 'hostage', 'official'; resources/people_nouns.txt)
PEOPLE_NOUNS = frozenset(line.strip() for line in resources.files("newsfacts.resources").joinpath(
    "people_nouns.txt").read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))
PUBLISHER_NAMES = words("publisher_names")  # names a publisher's page furniture repeats (actors.missed)
# the head nouns of a phrase that refers to a person: a kind of people, a title or a role ('the hostage',
# 'the minister')
PERSON_HEADS = PEOPLE_NOUNS | TITLE_WORDS | ROLE_WORDS
PARTITIVE_WORDS = words("partitive_words")  # 'most of the claims': the noun after 'of' is the object
LEGISLATION_NOUNS = words("legislation_nouns")  # 'passed the bill', 'adopted a resolution'
# verbs that introduce a quotation when they sit next to one ("branded it"): speech verbs and more
QUOTE_VERBS = SPEECH_VERBS | words("quote_verbs")
SPEECH_NOUNS = words("speech_nouns")
# nouns naming a text or utterance whose author is the speaker ("a ministry statement said")
UTTERANCE_NOUNS = SPEECH_NOUNS | words("utterance_nouns")

_SECTOR_RES = [(row[0].strip(), re.compile(row[1].strip(), re.IGNORECASE)) for row in _lines("sectors")]


# Texts a body enacts by adopting or passing them, which are then its own ('the Assembly adopted a resolution. The
# resolution calls on ...': about 7 such pairs in the 5,000 articles); not a report one adopts, approving another's,
# nor a message one passes to someone
ENACTED_TEXTS = frozenset({"resolution", "declaration", "bill", "motion", "law", "act", "amendment", "decree"})


def states_in(verb: Token) -> bool:
    """Whether the subject of a verb with an 'in' phrase of a text ('in a report, X found that ...', 'X said in a
    statement') states it as the text's author: a verb of saying or authoring, or one that states what it found
    (a clause after it); not one that merely figures there ('X appears in the report')."""
    return verb.lemma_.lower() in QUOTE_VERBS | AUTHORING_VERBS or any(c.dep_ == "ccomp" for c in verb.children)


def handed_to(verb: Token) -> bool:
    """Whether a verb gives its object to someone ('passed the report to X', 'passed X the report'): a text handed on,
    not enacted."""
    return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children)


def authored_by(verb: Token, text: Token) -> bool:
    """Whether the subject of `verb` is the author of `text`, its object: a verb of authoring (AUTHORING_VERBS: 'issued
    a statement'), or adopting or passing a resolution, a bill or the like (ENACTED_TEXTS), not to someone."""
    lemma = verb.lemma_.lower()
    return lemma in AUTHORING_VERBS or lemma in ("adopt", "pass") and text.lemma_.lower() in ENACTED_TEXTS \
        and not handed_to(verb)


def sector_of(text: str) -> str | None:
    """The sector code an organization's name or a person's title points to, else None."""
    if not text:
        return None
    for code, rx in _SECTOR_RES:
        if rx.search(text):
            return code
    return None


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Given name (lowercase) -> 'm' or 'f', where the name is clearly one (resources/first_names.tsv)."""
    return {name: gender for name, gender in _all_given_names().items() if gender != "u"}


@lru_cache(maxsize=1)
def _all_given_names() -> dict[str, str]:
    """Given name (lowercase) -> 'm', 'f' or 'u' (either) (resources/first_names.tsv)."""
    return {row[0]: row[1] for row in _lines("first_names", ".")}


def corpus_noun_count(word: str) -> int:
    """How often the 5,000-article corpus uses a lowercase word as a common noun (0 under 5)."""
    return _corpus_nouns().get(word, 0)


@lru_cache(maxsize=1)
def _corpus_nouns() -> dict[str, int]:
    """Noun lemma -> uses as a common noun in the 5,000-article corpus, where 5 or more
    (resources/sources/corpus_noun_counts.tsv, written by benchmarks/corpus_nouns.py)."""
    return {row[0]: int(row[1]) for row in _lines("corpus_noun_counts", "sources")[1:]}


# a word is a common word where the corpus writes it in lowercase this often, among its lowercase uses and its
# capitalized ones where no position asks for a capital
COMMON_WORD_SHARE = 0.8
COMMON_WORD_USES = 10


@lru_cache(maxsize=1)
def _corpus_case_counts() -> dict[str, tuple[int, int]]:
    """Word -> (lowercase uses, capitalized uses where no position asks for a capital) in the 5,000-article corpus,
    for words used in lowercase 10 times or more (resources/sources/corpus_case_counts.tsv, written by
    `benchmarks/corpus_nouns.py --only cases`)."""
    return {row[0]: (int(row[1]), int(row[2])) for row in _lines("corpus_case_counts", "sources")[1:]}


def common_word(word: str) -> bool:
    """Whether the corpus writes a word in lowercase at least 10 times and in 80% or more of the uses where its case
    is free ('background', 'turnout', 'reporters'; not 'mark', 'house', 'party', 'court', often capitalized)."""
    low, cap = _corpus_case_counts().get(word.lower(), (0, 0))
    return low + cap >= COMMON_WORD_USES and low >= COMMON_WORD_SHARE * (low + cap)


def rarely_lowercase(word: str, share: float = 0.2) -> bool:
    """Whether the corpus writes a word in lowercase at most `share` times as often as capitalized where its case is
    free (a name's word: 'Arne', 'Florice', or one the corpus never has; not 'Will', 'Mark' or 'Grant')."""
    low, cap = _corpus_case_counts().get(word.lower(), (0, 0))
    return low <= share * cap


def common_noun(word: str) -> bool:
    """Whether a word (or its plural's singular) is a common noun of the news: used as one 5 times or more in the
    corpus ('store', 'tools', 'history'; not 'Shmona', 'Sary')."""
    w = word.lower()
    nouns = _corpus_nouns()
    return w in nouns or any(w.endswith(end) and w[:-len(end)] + sub in nouns
                             for end, sub in (("ies", "y"), ("es", ""), ("s", "")))


def is_given_name(word: str, either: bool = False) -> bool:
    """Whether a word is a given name clearly of men or of women; with `either`, one of both too ('Terry'), but not
    a name particle the list also holds ('de', 'bin', 'von')."""
    w = word.lower()
    return w in first_names() or either and w in _all_given_names() and w not in NAME_PARTICLES


@lru_cache(maxsize=1)
def _verb_bases() -> frozenset[str]:
    """Verbs of the CAMEO verb dictionary (resources/phoenix/verbs.tsv) and the verbs of saying."""
    return frozenset(row[0] for row in _lines("verbs", "phoenix")) | SPEECH_VERBS | QUOTE_VERBS


@lru_cache(maxsize=1 << 14)
def is_verb_form(word: str) -> bool:
    """Whether a word is a form of a known verb: 'slams', 'vowed', 'blasting', 'says'."""
    w = word.lower()
    bases = _verb_bases()
    if w in bases:
        return True
    stems = []
    if w.endswith("s"):
        stems += [w[:-1], w[:-2] if w.endswith("es") else None, w[:-3] + "y" if w.endswith("ies") else None]
    if w.endswith("ed"):
        stems += [w[:-1], w[:-2], w[:-3] if len(w) > 4 and w[-3] == w[-4] else None, w[:-3] + "y" if w.endswith("ied") else None]
    if w.endswith("ing"):
        stems += [w[:-3], w[:-3] + "e", w[:-4] if len(w) > 5 and w[-4] == w[-5] else None]
    return any(st and st in bases for st in stems)
