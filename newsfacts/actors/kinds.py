"""What kind of thing a name names, from its words and the words around it: places, laws, prizes,
currencies, amounts and storms are no actors; a name beside organization nouns is an organization."""
from __future__ import annotations

import re
from functools import lru_cache

import pycountry
from spacy.tokens import Doc, Span, Token

from newsfacts import geo
from newsfacts.actors.known import known_actor
from newsfacts.actors.names import LOWER, UPPER, strip_title
from newsfacts.lexicon import (COMMON_ACRONYMS, CURRENCY_NOUNS, GENERIC_NAMES, GOVERNMENT_NOUNS,
                               HEAD_FIRST_PARTY_NOUNS, HONORIFICS, LEGAL_SUFFIXES, MONTHS_AND_DAYS, NOT_ACTOR_HEADS,
                               ORG_NOUNS, PLACE_AFTER, PLACE_BEFORE, PLACE_FIRST_WORDS,
                               PARTY_FAMILIES, PERSON_NOUNS, PLACE_HEADS, QUOTE_VERBS, RELIGIONS, ROLE_WORDS,
                               STORM_WORDS,
                               TITLE_WORDS, common_noun, corpus_noun_count, is_given_name, sector_of)
from newsfacts.nlp import conjuncts as coordinated, first_conjunct, per_doc

# an amount of money or a share: 'EUR 5.22', 'HK$37.5bn', '18 percent'
_MONEY = re.compile(r"[$\u00a3\u20ac\u00a5]|\d[.,]\d|\d\s*(?:bn|m|mn|k)\b|\b(?:percent|per cent|million|billion|trillion)\b",
                    re.IGNORECASE)


# a model or series designation: 'A380', '737', '737-800', 'KC-767', '300C', '100' (not a year, not an ordinal)
_MODEL = re.compile(r"^(?:[A-Z]{1,3}-?|[A-Z][a-z]{1,2}-)?\d{2,4}(?:[-/][A-Z0-9]+)*[A-Za-z]?s?$")  # 'A380', 'Tu-160'
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_AMOUNT = re.compile(r"^\d[\d,.]*(?:m|bn|k)?$")


def next_token(doc: Doc, i: int):
    return doc[i] if 0 <= i < len(doc) else None


def word_before(doc: Doc, start: int):
    """The word before token `start`, past a lone '.' ('Dr . Okafor'), or None."""
    i = start - 1 - (start > 1 and doc[start - 1].text == ".")
    return doc[i] if i >= 0 and doc[i].text != "." else None


def honorific_before(doc: Doc, start: int) -> bool:
    """Whether an honorific comes right before token `start` ('Mr Okafor', 'Dr. Okafor')."""
    before = word_before(doc, start)
    return before is not None and before.lower_.rstrip(".") in HONORIFICS


def after_of(span: Span, words, plural: bool = False) -> bool:
    """Whether the span follows '<word> of (the)' with <word> in `words` (or, with `plural`, its plural: 'the
    provinces of Yala and Pattani'; not for titles, 'leaders of Hamas' name people of a body)."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of":
        return False
    lemma = doc[i - 1].lemma_.lower()
    return doc[i - 1].lower_ in words or plural and lemma in words and lemma not in _NOT_PLURAL_PLACES


# electoral divisions, which a party's name may stand before too ('the CHP riding association')
_DIVISIONS = {"riding"}
# place nouns whose plural names others ('member states of ASEAN', 'capitals of Europe', 'areas of concern')
_NOT_PLURAL_PLACES = {"state", "capital", "area", "center", "centre", "outskirts", "streets", "port"}


def conjuncts(span: Span) -> list:
    """The other members of the coordination the span's root belongs to ('Yala, Narathiwat and Pattani'):
    the first conjunct and every conjunct of it, the span's own tokens left out."""
    return [t for t in coordinated(first_conjunct(span.root)) if not span.start <= t.i < span.end]


def place_context(span: Span) -> bool:
    """'the town of Vakarai', 'Heathrow airport', 'the Northern Territory', 'Grey Base Hospital': a name used
    as a place or naming a facility (a person's name stays one: 'Jill Hall')."""
    nxt = next_token(span.doc, span.end)
    if nxt is not None and nxt.text.islower() and not nxt.tag_.startswith("VB") and not (
            nxt.dep_ == "compound" and nxt.lower_ in _DIVISIONS) and (
            nxt.lower_ in PLACE_AFTER or nxt.tag_ == "NNS" and nxt.lemma_.lower() in PLACE_AFTER - {"state"}):
        return True  # 'Maysan and Dhi Qar provinces' (not 'X states that', which the tagger may take for a noun)
    words = [t for t in span if not t.like_num]  # 'Exhibition Hall 1'
    if len(words) >= 2 and words[-1].lower_ in PLACE_HEADS and not is_given_name(span[0].text):
        return True
    if 2 <= len(words) <= 3 and words[0].is_title and words[0].lower_ in PLACE_FIRST_WORDS \
            and not any(t.lower_ in ORG_NOUNS or common_noun(t.text) for t in words[1:]):
        return True  # 'Fort Carson', 'Camp Casey' (not 'Port Authority', 'the Fort Wayne Journal Gazette')
    return after_of(span, PLACE_BEFORE, plural=True) or listed_after_place_noun(span) or equated_with_place(span)


def electoral_division(span: Span) -> bool:
    """A name the sentence calls an electoral division ('the riding of X', 'the X riding', 'the Member for X'; not 'the
    X constituency', as often one's supporters): a place however NER tagged its other mentions."""
    nxt = next_token(span.doc, span.end)
    after = next_token(span.doc, span.end + 1) if nxt is not None else None
    return after_of(span, {"riding"}) or elected_for(span) or (
        nxt is not None and nxt.lower_ in _DIVISIONS and nxt.dep_ != "compound" and not nxt.tag_.startswith("VB")
        and not (after is not None and after.lower_ == "of"))  # 'the former Trudeau riding of X': X is the riding


# The titles of a member of a parliament that names its members by their electoral divisions, as written before them
_MEMBER_TITLES = {"Member", "MP", "MPP", "MLA", "MHA", "MNA", "MHK"}


def elected_for(span: Span) -> bool:
    """A name after a parliament member's title and 'for' is the division that elected the member ('the Member for
    Bathurst', 'Labour MP for Bethnal Green and Bow'): a place. In the 5,000 articles 25 such phrases, 21 of their
    names typed person or organization."""
    doc, i = span.doc, span.start - 1
    if i < 1 or doc[i].lower_ != "for" or doc[i - 1].text.rstrip(".") not in _MEMBER_TITLES:
        return False
    # not a party or a body one is a member for ('an MP for Labor', 'a member for the CHP'), nor a name NER ran on
    # into the member's own ('the Member for Kalgoorlie Matt Birney')
    # nor one whose seat it was ('the MP for Tony Blair's old seat'), nor a portfolio ('the Member for Housing')
    words = [t for t in span if t.is_alpha]
    nxt = next_token(doc, span.end)
    return not (any(t.lower_ in ORG_NOUNS or t.lower_ in PARTY_FAMILIES or t.text.isupper() for t in words)
                or geo.known_organization(span.text) or any(is_given_name(t.text) for t in words[1:-1])
                or nxt is not None and nxt.tag_ == "POS" or len(words) == 1 and common_noun(words[0].text))


def listed_after_place_noun(span: Span) -> bool:
    """A later name of a list after a plural place noun's 'of' ('the towns of Greymouth and Reefton', 'the districts
    of Dhubri, Mangaldoi and Nagaon'): every member is such a place, as the first, right after 'of', is. Only a list
    joined by 'and' or 'or': the parser takes an apposition after a comma for a conjunct ('the Polish city of Poznan,
    Jan Kowalski, a campaigner')."""
    first = first_conjunct(span.root)
    if first.i >= span.start or first.dep_ != "pobj":
        return False
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for t in coordinated(first) for c in t.children):
        return False
    return after_of(span.doc[first.left_edge.i:first.i + 1], PLACE_BEFORE, plural=True)


_NAMING_VERBS = {"name", "call"}


def equated_with_place(span: Span) -> bool:
    """A name the sentence equates with a kind of place: in apposition to a place noun ('Birao, a town near the
    border', 'the province, Nineveh'), named by it ('a town named Marjeyoun', 'a village called X'), or one side
    of a copula whose other side is one ('the first town to fall was Birao', 'Birao is a small town'). A given
    name first keeps a person ('the town's mayor was Jane Roe' equates the mayor)."""
    if len(span) > 3 or is_given_name(span[0].text):
        return False
    root, doc = span.root, span.doc
    # the apposition right beside the name: parses hang appositions loosely ('Kang Kek Leu ("Duch"), the chief
    # of the interrogation centre'; 'the Regiment of Brook Park, Ohio, a suburb of Cleveland')
    if root.dep_ == "appos" and _place_noun(root.head) and (
            root.head.i == span.start - 1 or root.head.i == span.start - 2 and doc[span.start - 1].text == ","):
        return True
    if span.end < len(doc) and doc[span.end].text == "," and any(
            c.dep_ == "appos" and _place_noun(c) and c.left_edge.i == span.end + 1 for c in root.children):
        return True
    head = root.head
    if root.dep_ in ("oprd", "dobj", "attr") and head.lemma_.lower() in _NAMING_VERBS and head.dep_ == "acl" \
            and _place_noun(head.head):
        return True
    if head.lemma_.lower() == "be" and root.dep_ in ("attr", "nsubj"):
        other = "nsubj" if root.dep_ == "attr" else "attr"
        return any(c.dep_ == other and _place_noun(c) for c in head.children)
    return False


_LOCATIVE = {"in", "at", "near", "outside", "from", "into", "across", "around", "throughout"}
# Verbs and nouns of a journey, whose 'to' names where one goes ('will travel to Halifax', 'was flown to Toulouse',
# 'a visit to Chennai'); not 'go' or 'come', whose 'to' may name a person ('delegates will go to X'), nor 'send',
# 'sell' or 'give', whose 'to' names who gets something (in the cached parses: 18 such cities NER took for a
# person or a body, 3 of them after 'go')
_MOVING_TO = {"travel", "fly", "return", "move", "head", "drive", "sail", "march", "flee", "relocate", "trip",
              "visit", "journey", "flight"}


def city_in_place(span: Span) -> bool:
    """A name NER took for a person or body that is a city, where the sentence uses it as a place ('fighting
    in Lashkar Gah', 'flew to a plant near Toulouse', 'will travel to Halifax'): a city of the GeoNames list
    after a locative preposition or a journey's 'to', no given name first, no acronym; a conjunct shares the
    preposition of the first ('near Basra and Kirkuk'), and one listed with names NER took for places is one too
    ('Donetsk, Luhansk and Kharkiv'), or in apposition to a place noun ('the provinces, Yala and Pattani'). A
    fallback: a person with that surname stays one."""
    if len(span) > 3 or span.text.isupper() or is_given_name(span[0].text) or not geo.city_code(span.text):
        return False
    root = first_conjunct(span.root)
    if root.dep_ == "pobj" and (root.head.lower_ in _LOCATIVE or root.head.lower_ == "to"
                                and root.head.head.lemma_.lower() in _MOVING_TO and not _after_the(span)):
        return True
    if _place_noun(root.head) and root.dep_ == "appos" or any(_place_noun(c) and c.dep_ == "compound"
                                                             for c in root.children):
        return True  # 'the provinces, Yala, Pattani and Narathiwat', 'the provincial capital Yala'
    if _before_common_noun(root) and not _surname_in(span) and not any(common_noun(t.text) for t in span) \
            and _only_as_place(span):
        return True  # a town before a common noun names where: 'the Omagh bombing', 'the Cronulla riots', 'the
        # Denpasar court'; not 'the Bush administration', where a person of that name is named, nor a word of the
        # news a town also bears ('the Liberal government', 'Bell Canada', 'the Alliance'), nor a name the text
        # uses otherwise too ("Murphy's campaign", 'Pontiac G5')
    # listed with places NER knows as such, more of them than of people and bodies: 'Donetsk, Luhansk and
    # Kharkiv', 'Cusco and Ayacucho' (not a list of banks or of members with their seats)
    kinds = [t.ent_type_ for t in conjuncts(span)]
    places = sum(k in ("GPE", "LOC", "FAC") for k in kinds)
    return places > 0 and places > sum(k in ("PERSON", "ORG") for k in kinds)


def listed_at_places(span: Span) -> bool:
    """A name the gazetteer lacks that NER took for a person or body, listed after a locative preposition with two
    names or more NER took for places, and more of them than of people and bodies ('raids in Lakemba, Belmore and
    Punchbowl', 'sites in Scotland, Wales and Teesside'): a place too. No given name first, no body's word, no
    acronym, and not three words NER took for a person's full name ('the rescue of Harmeet Singh Sooden, X and Y
    in Baghdad, Iraq'). (In the cached parses of the corpus 12 such names, 11 of them places, the other that full
    name; with one place beside it, or after no locative, the list is as often of firms or people: 'Halliburton and
    Cameron', 'between Bush and X'.)"""
    if len(span) > 3 or span.text.isupper() or is_given_name(span[0].text) or any(t.lower_ in ORG_NOUNS for t in span) \
            or len(span) == 3 and span.label_ == "PERSON":
        return False
    first = first_conjunct(span.root)
    if not (first.dep_ == "pobj" and first.head.lower_ in _LOCATIVE - {"from"}):
        return False  # 'observers from Kenya, Uganda and Safaricom': from names where people or bodies come from too
    kinds = [t.ent_type_ for t in conjuncts(span)]
    places = sum(k in ("GPE", "LOC", "FAC") for k in kinds)
    return places >= 2 and places > sum(k in ("PERSON", "ORG", "NORP") for k in kinds)


def _before_common_noun(tok: Token) -> bool:
    return tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.is_lower


def _only_as_place(span: Span) -> bool:
    """Every time the document writes the name, it modifies a common noun or follows a locative preposition."""
    doc, words = span.doc, [t.text for t in span]
    for i in per_doc(doc, "newsfacts.token_positions", lambda: _positions(doc)).get(words[0], ()):
        if [t.text for t in doc[i:i + len(words)]] != words:
            continue
        root = doc[i:i + len(words)].root
        if not (_before_common_noun(root) or root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE):
            return False
    return True


def _surname_in(span: Span) -> bool:
    """The document names a person whose name ends with this word ('George W. Bush' for 'the Bush
    administration')."""
    doc = span.doc
    return span.text in per_doc(doc, "newsfacts.surnames",
                                lambda: {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1})


def _positions(doc: Doc) -> dict[str, list[int]]:
    """Token text -> the indexes of its tokens."""
    at: dict[str, list[int]] = {}
    for t in doc:
        at.setdefault(t.text, []).append(t.i)
    return at


def _after_the(span: Span) -> bool:
    """'the University', 'the Parliament': a noun, not a city's name."""
    return span.start > 0 and span.doc[span.start - 1].lower_ == "the"


def _place_noun(tok) -> bool:
    return tok.text.islower() and (tok.lower_ in PLACE_BEFORE or tok.lemma_.lower() in PLACE_BEFORE)


def _org_noun(tok) -> bool:
    return tok.text.islower() and tok.lemma_.lower() in ORG_NOUNS


def named_as_body(span: Span, person: bool = False) -> bool:
    """A name NER took for a place (or, with `person`, for a person) that no gazetteer knows as a place,
    where the sentence makes it a body: an organization noun in apposition to it or compounding with it
    ('the flag carrier Alitalia', 'Foxconn, an electronics company', 'the newspaper Shargh').

    A person's name needs the noun right beside it, as parses attach appositions and compounds loosely
    ('the court Justice X', 'Jane Roe, my ministry and the courts'), no given name first, and not at the
    end of a role ('member of parliament X', 'speaker of the Indian parliament X')."""
    text = span.text
    if geo.place_code(text) or geo.city_code(text) or geo.capital_code(text) or geo.demonym_code(text):
        return False
    doc, root = span.doc, span.root
    if not person:
        return root.dep_ == "appos" and _org_noun(root.head) or any(
            c.dep_ in ("appos", "compound") and _org_noun(c) and not span.start <= c.i < span.end
            for c in root.children)
    if is_given_name(span[0].text) or root.dep_ == "pobj" and root.head.lower_ == "of":
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and _org_noun(before) and (root.dep_ == "appos" and root.head.i == before.i
                                                     or before.dep_ == "compound" and before.head.i == root.i):
        return True
    after = [c for c in root.children if c.dep_ == "appos" and _org_noun(c)]
    return span.end < len(doc) and doc[span.end].text == "," and any(
        c.left_edge.i == span.end + 1 and c.left_edge.lower_ in ("a", "an", "the") for c in after)


def head_first_party(span: Span) -> bool:
    """A name that begins, 'the' aside, with the noun that heads a party's or a bloc's name in the Romance languages
    (lexicon head_first_party_nouns: 'Parti Québécois', 'Partido Popular', 'Bloc Québécois') and a capitalized word:
    a body, whatever NER called it."""
    words = [t for t in span if t.lower_ != "the"]
    return len(words) >= 2 and words[0].text[:1].isupper() and words[0].lower_ in HEAD_FIRST_PARTY_NOUNS \
        and words[1].text[:1].isupper()


# prepositions of being somewhere: a person is rarely "in", "near" or "throughout" someone ("at" and "from"
# are left out: "shouted at Smith", "a letter from Smith")
_INSIDE = {"in", "near", "outside", "inside", "into", "across", "around", "throughout"}


def _preposition_of(doc: Doc, start: int, end: int, through_conjuncts: bool) -> Token | None:
    """The preposition whose object the name `doc[start:end]` is (through earlier conjuncts where
    `through_conjuncts`: 'in Dunmoor and Eskbridge'), or None."""
    root = doc[start:end].root
    if through_conjuncts:
        root = first_conjunct(root)
    return root.head if root.dep_ == "pobj" else None


def used_as_place(doc: Doc, names: list[tuple[int, int]]) -> bool:
    """A name NER took for a person that the document only ever uses as a place ('protests in Dunmoor',
    'near Eskbridge'): every mention the object of a preposition of location (a conjunct shares the
    first's for a one-word name: 'in Dunmoor and Eskbridge'; a parser's 'in Iraq and Jane Doe' is no place),
    none begun by a given name, an honorific or a title. A one-word name of the gazetteer is a place there
    though the list of given names holds it too ('in Darwin', 'near Austin', 'in Kent')."""
    for start, end in names:
        first = doc[start]
        before = doc[start - 1].lower_.rstrip(".") if start > 0 else ""
        given = is_given_name(first.text) and not (end - start == 1 and geo.known_place(first.text))
        if given or first.lower_.rstrip(".") in HONORIFICS or before in HONORIFICS or before in TITLE_WORDS:
            return False
        prep = _preposition_of(doc, start, end, through_conjuncts=end - start == 1)
        if prep is None or prep.lower_ not in _INSIDE:
            return False
    return bool(names)


# the preposition of coming from a place, where its head is a verb ('flew in from Hamilton'); not after a noun ('a
# letter from Preston'); 'to' is a recipient's as often ('handed control to the Commonwealth', 'according to Oxford')
_MOTION = {"from"}


def city_used_as_place(doc: Doc, names: list[tuple[int, int]]) -> bool:
    """A name NER took for a person or a body that is a city of the gazetteer's (15,000 people or more) and that
    the document only ever uses as a place: every mention the object of a preposition of location, or of coming
    from after a verb ('flew in from Hamilton'; 'a man from Dunedin' is left out), none begun by an honorific or a
    title or an article. In the 5,000-article corpus 5 names turn places, 4 rightly (Montgomery, Albert Lea, Kent,
    Darwin) and a car ('a cream-coloured Mercedes'), no actor either way."""
    if not names or not all(geo.city_code(doc[start:end].text) for start, end in names) \
            or any(t.lower_ in ORG_NOUNS for start, end in names for t in doc[start:end]):
        return False  # not a body the gazetteer lists by a place's name ('University of Texas')
    for start, end in names:
        before = doc[start - 1].lower_.rstrip(".") if start > 0 else ""
        if before in HONORIFICS or before in TITLE_WORDS or before in ("a", "an", "the"):
            return False  # a city takes no article: 'in a Mercedes' is a car's name
        prep = _preposition_of(doc, start, end, through_conjuncts=True)
        if prep is None or not (prep.lower_ in _INSIDE or prep.lower_ in _MOTION and prep.head.pos_ == "VERB"):
            return False
    return True


CAPITALIZED_WORD = re.compile(rf"[{UPPER}][{LOWER}'\-]+")  # 'Tarek', 'Benson-Pope', 'Álvaro'


def speaks_as_person(span: Span, label: str) -> bool:
    """A name NER took (`label`) for a place or a body that the sentence treats as a person: an honorific or a
    title before it ('Mr Azouz Begag', 'lieutenant Nicolae Grigore', 'Major General Alain Pellegrini') or, for a
    body's name, the subject of a verb of saying ('Tarek Arebi said'; a place that says is its government: 'Nova
    Scotia said'). Only a name of two or three capitalized words that begins with a given name (not with a title or
    a noble's style, 'Lord Alderdice', which other rules link to the person), with no word of a body, a venue or a
    place feature ('Unity High School', 'Victoria Street'), no place's word ('Detroit Free Press', 'Taco Bell
    Canada'), no news outlet's ('Marion Herald'), and a last word that is no common noun of the news ('Great Ape
    Project'; 'Wood' is rare enough) nor a plural ('Ontario Liberals'); no place or body the gazetteer knows. Not
    'who' after the name, which bodies take too ('Bright Star Perkasa, who own half of it'). In the corpus it
    retypes 15 names, all people's; of the ORG and LOCATION actors that merely begin with a given name about one
    in eight is a person, too few to retype without such a sign."""
    doc, name = span.doc, strip_title(span)
    words = [t for t in name if t.text != "-"]  # a hyphen joins a name's parts ('Benson-Pope'); no '&' or other
    # sign may stand between them ('Ernst & Young' is a firm)
    if not 2 <= len(words) <= 3 or not all(CAPITALIZED_WORD.fullmatch(t.text) for t in words) \
            or not is_given_name(words[0].text) or words[0].lower_ in TITLE_WORDS \
            or any(t.lower_ in ORG_NOUNS | PLACE_HEADS | _VENUE_WORDS or t.lower_ in LEGAL_SUFFIXES for t in span) \
            or geo.known_place(name.text) or geo.known_organization(name.text):
        return False
    last = words[-1]
    if any(geo.place_code(t.text) or geo.country_code(t.text) for t in words) or sector_of(name.text) == "MED" \
            or last.tag_ == "NNPS" or corpus_noun_count(last.lower_) >= 20:
        return False
    before = word_before(doc, span.start)
    if name.start > span.start or honorific_before(doc, span.start) or before is not None and \
            before.lower_ in TITLE_WORDS:
        return True
    return label in ("ORG", "FAC") and span.root.dep_ == "nsubj" \
        and span.root.head.lemma_.lower() in QUOTE_VERBS


# words of a venue or a school that a place or a body is named with ('Unity High School', 'Fitzroy Gardens')
_VENUE_WORDS = {"school", "college", "academy", "gardens", "garden", "park", "hotel", "museum", "gallery", "hall",
                "centre", "center", "street", "road", "avenue", "lane", "square", "bridge", "media", "group"}


def titled_as_person(span: Span) -> bool:
    """A name NER took for a place or a body that the sentence gives a person's title, role or kin, and that
    begins with a given name: the word a compound right before it ('hockey captain Jane Roe', 'intelligence
    expert John Doe') or a singular noun in apposition ('Jane Roe, the governor of X'; 'John Doe, a farmer';
    'his wife, Jane'; capitalized there too, 'Jane Roe, Deputy Minister'). Without a given name the word proves
    nothing ('Acme, the market leader'; 'Acme, the largest producer'; 'the analysts Acme')."""
    root, doc = span.root, span.doc
    name = strip_title(span)  # 'Major General Jane Roe'; a title word is no given name ('General Motors')
    if len(name) < 2 or not is_given_name(name[0].text) or name[0].lower_.rstrip(".") in TITLE_WORDS \
            or any(t.lower_ in ORG_NOUNS for t in span) or geo.place_code(span.text) or geo.city_code(span.text):
        return False

    def title(tok) -> bool:  # a title, a role or a word only a person is ('economist', 'farmer', 'widow', 'son')
        return tok.text.islower() and tok.tag_ == "NN" and tok.lemma_.lower() in _PERSON_WORDS

    def apposed(tok) -> bool:  # in apposition a title may be capitalized ('John Doe, Foreign Minister of X'), but
        # not a title that begins another person's name ('the warden of X, Maj. Jane Roe': the title word and the
        # two after it, the name it heads)
        return title(tok) or tok.tag_ in ("NN", "NNP") and tok.lemma_.lower() in _PERSON_WORDS \
            and not any(t.ent_type_ == "PERSON" for t in doc[tok.i:tok.i + 3])

    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and title(before) and before.dep_ == "compound" and before.head.i == root.i:
        return True
    if root.dep_ == "appos" and apposed(root.head):
        return True
    return any(c.dep_ == "appos" and apposed(c) and not span.start <= c.i < span.end for c in root.children)


def with_age(span: Span) -> bool:
    """A name followed by an age set off by commas ('Karim, 16, and Ali, 15, died'; 'Doe, 66, was elected'), the
    news convention for a person's age: a person, whatever NER took it for (not a place of the gazetteer, nor a
    number in a list: '37, 16, 13')."""
    doc, i = span.doc, span.end
    if i + 2 >= len(doc) or doc[i].text != "," or not doc[i + 1].text.isdigit() or span[-1].like_num:
        return False
    if not 1 <= int(doc[i + 1].text) <= 110 or doc[i + 2].text not in (",", ";", ")", "and", "."):
        return False
    return not geo.known_place(span.text)


# title words that also end the names of bodies ('Burger King', 'Law and Justice', 'Health and Safety Executive')
_BODY_TITLES = {"king", "queen", "justice", "executive"}


def title_only(span: Span, label: str = "") -> bool:
    """A role, not a name: a name ending in a person's title with no organization noun in it
    ('U.N. Special Rapporteur', 'Bloc Leader', 'United States Permanent Representative'). A surname that
    is a title word stays a name where NER took it for a person and a given name begins it ('Julia Bishop',
    'John Major')."""
    last = span[-1].lower_.rstrip(".")
    if last not in TITLE_WORDS or last in HONORIFICS | _BODY_TITLES or any(t.lower_ in ORG_NOUNS for t in span):
        return False
    if len(span) < 2 or any(t.lower_.rstrip(".") in TITLE_WORDS or not t.is_alpha or geo.demonym_code(t.text)
                            or geo.country_code(t.text) for t in span[:-1]):
        return True
    return not (label == "PERSON" and span[0].is_title and is_given_name(span[0].text))


def title_of_context(span: Span) -> bool:
    """'the Minister of the Interior': a one-word department inside a minister's, secretary's or chancellor's
    title; and a portfolio named before or after its office ('Indigenous Affairs Minister Mal Brough', 'Minister
    for Foreign Affairs', 'critic for Health'), where the name holds no organization noun ('Defence Department
    Secretary' names a body)."""
    if span.text.isupper():
        return False
    if len(span) == 1 and after_of(span, PORTFOLIO_TITLES):
        return True  # 'Minister of Interior', 'Secretary of Commerce' (not 'chairman of Chrysler', 'CEO of CBS': of
        # 190 one-word names after another title in the cached parses, all but a handful name a body)
    if any(t.lower_ in ORG_NOUNS or geo.nation_code(t.text) for t in span) \
            or geo.known_organization(span.text):
        return False  # a body, or a country's portfolio, whose country tells what the story is about
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in ("of", "for") and span.start > 1 \
            and doc[span.start - 2].lower_ in PORTFOLIO_TITLES and not geo.place_code(span.text) \
            and not any(is_given_name(t.text) or t.lower_ in LEGAL_SUFFIXES for t in span):
        return True  # right after 'Minister of', no article, no body's noun: a portfolio ('Secretary of Homeland
        # Security', 'Minister for National Defence', 'Secretary of State for Culture'), not a body
    nxt = next_token(doc, span.end)
    if nxt is not None and nxt.lower_ in PORTFOLIO_TITLES and nxt.text[:1].isupper() \
            and not span.text.endswith("Press"):
        return True  # 'Health Minister', 'Home Secretary' (a 'Press Secretary' speaks for the body before it)
    i = span.start - 1 - (span.start > 0 and doc[span.start - 1].lower_ == "the")
    return i >= 1 and doc[i].lower_ == "for" and doc[i - 1].lower_ in PORTFOLIO_TITLES | {"critic", "shadow"}


# the offices that hold a portfolio ('Health Minister', 'Minister for Immigration', 'Environment Secretary'); a
# spokesman or a commissioner speaks or acts for a body ('Hamas spokesman', 'a spokesman for the ministry')
PORTFOLIO_TITLES = {"minister", "secretary", "chancellor"}  # 'Chancellor of the Exchequer' too


def names_a_product(span: Span) -> bool:
    """A company's or an index's name followed by a model or series number names a product or an index,
    not the company: 'Airbus A380', 'Boeing 737-800', 'FTSE 100', 'CAC 40' (a union's 'Local 113' is a body).
    So does a name that ends in such a number itself, as the tagger often spans it: 'Embraer 190', 'Xbox 360', a
    flight ('Air Flight 574'), a resolution or a bill ('Resolution 1483', 'SB 1161'); 29 of the 30 organizations the
    corpus named so were none ('Democracy 21' was). Not 'Group of 77' nor a union's 'Local 952'."""
    if len(span) >= 2 and _MODEL.match(span[-1].text) and not _YEAR.match(span[-1].text) \
            and span[-2].lower_ not in ("local", "of") and not span[-2].like_num:
        return True
    nxt = next_token(span.doc, span.end)
    if nxt is None or not _MODEL.match(nxt.text) or _YEAR.match(nxt.text) or span[-1].lower_ == "local":
        return False
    after = next_token(span.doc, span.end + 1)
    # a number and a word of magnitude or a currency are an amount, not a model: 'fined Microsoft 497 million
    # euros', '280 euros a day', '497m euros'
    return not (_AMOUNT.match(nxt.text) and after is not None and (
        after.is_alpha and after.like_num or after.lower_ in CURRENCY_NOUNS))


_HEAD_ENDS = {"of", "for", "on", "to", "in"}  # a name's head is the word before these ('Court of Appeal')


_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b|\b\d{1,2}\s?[AP]\.?M\b|\b(?:UTC|GMT)\s?[+\-\u2212]\s?\d", re.I)


def time_of_day(span: Span) -> bool:
    """A 'name' NER found that holds a time of day or a time zone's offset ('08:30 BST', '12PM Eastern Time',
    'UTC+4:30'), whatever it took it for: no one's name (13 actors of 13 documents of the 5,000-article corpus)."""
    return bool(_CLOCK.search(span.text))


def names_a_text_or_an_occasion(span: Span) -> bool:
    """A name whose head names a document, a law, an event, a prize, a work or a programme: 'Lakeside Agreement',
    'Riverton Film Festival', 'Declaration of Principles', 'Summit of the Americas', 'School Lunch Program'; not where
    a body's noun heads it ('Office of Management and Budget', 'Board of Elections', 'Tribunal for the Law of the
    Sea'), nor a programme that is a body (`programme_body`)."""
    words = [t.lower_ for t in span]
    head = next((words[i - 1] for i in range(1, len(words)) if words[i] in _HEAD_ENDS), None)
    if (words[-1] in NOT_ACTOR_HEADS and len(words) >= 2 and head not in ORG_NOUNS) or head in NOT_ACTOR_HEADS:
        return not programme_body(span.text)
    return False


_PROGRAMMES = {"program", "programme"}


def programme_body(name: str) -> bool:
    """Whether a programme's name is a body's: one the Phoenix dictionaries list ('World Food Programme') or the
    United Nations' (its programmes are its organs: 'United Nations Development Programme', 'UN Environment
    Programme', 'the Joint United Nations Programme on HIV/AIDS')."""
    words = geo.fold(name).split()
    if not _PROGRAMMES & set(words):  # its last word or its head ('Programme on HIV/AIDS')
        return False
    return known_actor(name) is not None or bool({"un", "u.n."} & set(words)) or any(
        words[i:i + 2] == ["united", "nations"] for i in range(len(words) - 1))


def not_an_actor(span: Span) -> bool:
    """Documents, laws, prizes, currencies, amounts, products, storms, religions and bare generic words are no
    actors: 'Good Friday Agreement', 'Government', 'DKK', 'EUR 5.22', 'Australian Dollar', 'CPU', 'Hurricane Rita',
    'Islam'."""
    words = [t.lower_ for t in span]
    if names_a_text_or_an_occasion(span):
        return True
    if words[-1] in CURRENCY_NOUNS and (len(words) >= 2 or span.text[:1].isupper()):
        return True
    if len(words) == 1 and (words[0] in GENERIC_NAMES or words[0] in TITLE_WORDS or words[0] in GOVERNMENT_NOUNS
                            or words[0] in MONTHS_AND_DAYS or words[0] in RELIGIONS):
        return True
    if len(words) == 1 and span.text.replace(".", "").lower() in COMMON_ACRONYMS:
        return True
    if _MONEY.search(span.text) or _currency(span) or _storm(span) or names_a_product(span) or _index(span):
        return True
    if span.start > 0 and span.doc[span.start - 1].lower_ == "operation":  # a military operation's name
        return True
    if span.text.islower() and not any(w in ORG_NOUNS for w in words) and not geo.known_organization(span.text):
        return True  # no capital at all and no body's noun: a common phrase or a foreign-language fragment
    return title_of_context(span)


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


INDEX_WORDS = {"index", "indices", "indexes", "composite"}  # and 'Average' in a name: 'the European Union average'
# is a statistic, 'the Dow Jones Industrial Average' an index


def _index(span: Span) -> bool:
    """A stock index's name: before 'index' or 'composite', or in a name ending 'Average' ('the Nikkei index',
    'the Dow Jones Industrial Average'), or a name the document writes so elsewhere, whole or its first words
    ('the Dow' after 'the Dow Jones Industrial Average', 'the Nasdaq' after 'the Nasdaq Composite index')."""
    nxt = next_token(span.doc, span.end)
    if nxt is not None and (nxt.lower_ in INDEX_WORDS or nxt.text == "Average"):
        return True
    doc = span.doc
    names = doc.user_data.get("newsfacts_index_names")
    if names is None:
        names = set()
        for t in doc:
            if not (t.lower_ in INDEX_WORDS or t.text == "Average") or t.i == 0:
                continue
            run = []
            for k in range(t.i - 1, max(t.i - 6, -1), -1):
                if doc[k].pos_ == "DET" or not (doc[k].text[:1].isupper() or doc[k].text == "&" or doc[k].like_num):
                    break
                run.insert(0, doc[k].text)
            names.update(" ".join(run[:n]) for n in range(1, len(run) + 1))
        doc.user_data["newsfacts_index_names"] = names
    return span.text in names


def org_context(span: Span) -> bool:
    """A name coordinated with organizations of its kind ('Al Qaida and similar networks', 'X and other
    groups'): the organization noun in the plural or with 'other'/'similar' ('Jane Doe and a group of
    deputies' is a person and a group)."""
    root = span.root
    others = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    return any(o.lemma_.lower() in ORG_NOUNS and o.text.islower()
               and (o.tag_ in ("NNS", "NNPS") or any(c.lower_ in ("other", "similar") for c in o.children))
               for o in others)


def body_named(span: Span) -> bool:
    """A name NER took for a person that ends in an organization noun or a legal form names a body ('Jane
    Roe Party', 'Northern Hydro Limited', 'John Doe Band'); a given name and one word stays a person ('Tom
    Holding'), and a legal form of two letters counts only in capitals ('Acme Brasil SA')."""
    words = [t for t in span if not t.is_punct]
    if len(words) < 2 or len(words) == 2 and is_given_name(words[0].text):
        return False
    last = words[-1].text.rstrip(".")
    folded = last.lower()
    return folded in ORG_NOUNS or folded in LEGAL_SUFFIXES and (len(folded) > 2 or last.isupper())


def _event_verb(lemma: str) -> bool:
    from newsfacts.events.vocabulary import vocabulary  # the events package reads actors: imported when used

    return vocabulary().verb(lemma) is not None


def _event_noun(lemma: str) -> bool:
    from newsfacts.events.vocabulary import vocabulary

    return vocabulary().noun(lemma) is not None


# words for people: titles, roles, and what only a person has ('Okafor, a lawyer', "Okafor's widow")
_PERSON_WORDS = TITLE_WORDS | ROLE_WORDS | PERSON_NOUNS
PERSON_PRONOUNS = {"he", "she", "his", "her", "him", "himself", "herself"}
_RELATIVE_WHO = {"who", "whom", "whose"}
_ALIAS_WORDS = {"alias", "aka", "a.k.a."}


def person_evidence(doc: Doc, start: int, end: int) -> bool:
    """Whether the words around a one-word name NER took for a person say it is one: a given name, an honorific
    or title before it ('Mr Okafor', 'Senator Okafor'), saying or doing what an event is ('Okafor said', 'Okafor
    resigned') or undergoing it ('Okafor was arrested'), an act or a person's noun it owns ('Okafor's visit',
    'Okafor's widow'), 'who' after it, a title or role in apposition, a he/she later in its sentence, two or more
    people listed with it and no place or body, or 'alias' before it. Without any, a one-word 'person' is far more
    often a place, a body, a product or a stray capitalized word (of 55 such corpus rows read, 47)."""
    tok = doc[start]
    if is_given_name(tok.text):
        return True
    before = word_before(doc, start)
    if honorific_before(doc, start) or before is not None and (before.lower_ in TITLE_WORDS
                                                               or before.lower_ in _ALIAS_WORDS):
        return True
    root = doc[start:end].root
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and (head.lemma_.lower() in QUOTE_VERBS or head.pos_ == "VERB"
                                                and _event_verb(head.lemma_.lower())):
        return True  # who says, does or undergoes what an event is ('Okafor said', 'Okafor resigned', 'was arrested')
    for c in root.children:
        if c.dep_ == "relcl" and any(g.lower_ in _RELATIVE_WHO for g in c.children):
            return True
    if root.dep_ == "appos" and head.lemma_.lower() in _PERSON_WORDS or any(
            c.dep_ == "appos" and c.lemma_.lower() in _PERSON_WORDS for c in root.children):
        return True
    if root.dep_ == "poss" and (head.lemma_.lower() in _PERSON_WORDS or _event_noun(head.lemma_.lower())):
        return True  # 'Okafor's widow', 'Okafor's visit'
    if any(t.lower_ in PERSON_PRONOUNS for t in doc[end:root.sent.end]):
        return True
    kinds = [t.ent_type_ for t in conjuncts(doc[start:end])]
    return kinds.count("PERSON") >= 2 and not any(k in ("GPE", "LOC", "FAC", "ORG") for k in kinds)
