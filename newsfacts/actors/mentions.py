"""Mentions from spaCy's named entities: each entity cleaned, typed (person, organization, country,
place) and dropped where it names no actor."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsfacts import geo
from newsfacts.actors.casing import common_word_by_position
from newsfacts.actors.kinds import (CAPITALIZED_WORD, body_named, city_in_place, electoral_division,
                                    head_first_party, listed_at_places, named_as_body, names_a_text_or_an_occasion,
                                    next_token, not_an_actor, org_context, place_context, speaks_as_person,
                                    time_of_day, title_only, titled_as_person, with_age)
from newsfacts.actors.known import known_actor, listed_person, role_sector
from newsfacts.actors.model import COUNTRY, LOCATION, ORG, PERSON, Mention
from newsfacts.actors.names import (NAME_TOKEN, UPPER, clean, given_word, head_word, headline_phrase, listed,
                                    looks_like_person_name, person_shaped, span_text, strip_title, with_given_names,
                                    with_particle_surname, with_surname, without_spill,
                                    without_title_after)
from newsfacts.lexicon import (GOVERNMENT_NOUNS, HONORIFICS, INSTITUTION_NOUNS, LEGAL_SUFFIXES, NAME_PARTICLES,
                               ORG_NOUNS, PARTY_PLURALS, TITLE_ABBREVIATIONS, TITLE_WORDS, VENUE_NOUNS, VISITING,
                               common_noun, is_given_name)
from newsfacts.nlp import text_of

_NER = {"PERSON": PERSON, "ORG": ORG, "GPE": LOCATION, "LOC": LOCATION, "NORP": None, "FAC": LOCATION}


def mention(span: Span, label: str, code: str | None = None, kind: str = "name") -> Mention | None:
    text = span_text(span)
    if not text.strip() or not any(ch.isalpha() for ch in text):
        return None
    acting = span.root.dep_ in ("nsubj", "nsubjpass", "poss")
    return Mention(span.start_char, span.start_char + len(text), text, label, code, kind, (span.start, span.end),
                   acting=acting)


def is_metonymic(span: Span) -> bool:
    """A place used as an acting government: subject of a verb, a party 'between X and Y', the host
    of a visit ('visited Tokyo', 'a visit to Tokyo'), or the one addressed by an act of saying ('accused Moscow of',
    'urged Tehran to': `_addresses`)."""
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass", "agent"):
        return True
    while root.dep_ == "conj":
        root = root.head
    if root.dep_ == "dobj" and root.head.lemma_.lower() in VISITING:  # a capital visited is its country hosting
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_.lower() in VISITING:
        return True  # and so is the capital of a visit to it ('a visit to Tokyo', 'toured to Seoul')
    if root.dep_ == "dobj" and _addresses(root.head):
        return True
    return root.dep_ == "pobj" and root.head.lower_ in ("between", "with")


# The types of the acts done by saying something to someone (PLOVER): their verbs' object is whom they address
ADDRESSING_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN"})
# what one is accused, asked, warned or praised of, for, over, against or about
_ADDRESS_PREPS = {"of", "for", "over", "against", "about"}


def _addresses(verb: Token) -> bool:
    """A verb of the PLOVER codebook's acts of saying to someone ('accuse', 'urge', 'ask', 'warn', 'praise') with
    what the one addressed is accused of, asked to do or praised for: a to-infinitive ('urged Tehran to continue') or
    a phrase of 'of', 'for', 'over', 'against', 'about' ('accused Ottawa of', 'asked Moscow for'). A capital so
    addressed stands for its government, as one as its subject does (in the 5,000-article corpus 6 capitals so). Not
    the codebook's verb alone ('threatened Havana' said of a storm, 'recognized Jerusalem as'), nor CAMEO's wider
    senses ('swept Baghdad for insurgents', 'affected Kabul'), whose object is the place."""
    if verb.pos_ != "VERB":
        return False
    # the events package reads actors: imported when used
    from newsfacts.events.phrases import infinitive
    from newsfacts.events.vocabulary import CODEBOOK, vocabulary
    sense = vocabulary().verb(verb.lemma_.lower())
    if sense is None or sense.source != CODEBOOK or sense.plover not in ADDRESSING_TYPES:
        return False
    return any(c.dep_ == "prep" and c.lower_ in _ADDRESS_PREPS
               or c.dep_ in ("xcomp", "ccomp", "advcl") and infinitive(c) for c in verb.children)


def government_of(text: str) -> str | None:
    """ISO3 when a name is just a country's government ('the Salvadoran government', 'the Government of Burundi':
    GOLD files both as the country)."""
    words = text.split()
    if len(words) >= 2 and words[-1].lower() in GOVERNMENT_NOUNS:
        head = " ".join(words[:-1])
        return geo.country_code(head) or geo.demonym_code(head)
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) >= 3 and words[0].lower() in GOVERNMENT_NOUNS and words[1].lower() == "of":
        return geo.country_code(" ".join(words[2:]))
    return None


# the key of a wiki template's 'key = value' pair, with its suffix ('SMI = 6.654,89 | SMI-tl = profit'): the market-data
# template of 8 corpus articles names 20 stock indices so (172 mentions that made 22 actors: 'SMI', 'Hang Seng')
_TEMPLATE_KEY = re.compile(r"(?:-[a-z]{1,3})?[ \t]*=(?!=)")


def template_key(span: Span) -> bool:
    """A name that is the key of a 'key = value' pair of markup, not a name in the text."""
    return bool(_TEMPLATE_KEY.match(text_of(span.doc), span.end_char))


def ner_mentions(doc: Doc) -> list[Mention]:
    out = []
    for ent, label in _entities(doc):
        for part in listed(ent, body=label == "ORG"):
            span = clean(part)
            if span is not None and label == "PERSON":
                span = without_spill(with_surname(with_particle_surname(with_given_names(span))))
            elif span is not None and label == "ORG":
                span = without_title_after(without_spill(span, person=False))
            if span is None or headline_phrase(span) or template_key(span) or time_of_day(span):
                continue
            m = _entity_mention(doc, span, label)
            if m:
                out.append(m)
    return out


def _entities(doc: Doc) -> list[tuple[Span, str]]:
    """NER's entities of the kinds that can name actors, with boundaries NER drew between two names
    mended: a person's or body's name that modifies the organization right after it joins it ('Fu-jen' +
    'Catholic University'; a place before a body stays apart: 'Michigan' + 'Ford'), a body's name that
    modifies a one-word person right after it is one name with it ('Lockheed' + 'Martin'), and a word that is no
    given name at the start of a person right after an organization goes back to it ('the San Diego Union'
    + 'Tribune Ahmad')."""
    ents = [(e, e.label_) for e in doc.ents if e.label_ in _NER]
    out, k = [], 0
    while k < len(ents):
        (ent, label), (nxt, nxt_label) = ents[k], ents[k + 1] if k + 1 < len(ents) else (None, None)
        adjacent = nxt is not None and nxt.start == ent.end
        if adjacent and nxt_label == "ORG" and label in ("PERSON", "ORG") and ent.root.dep_ == "compound" \
                and nxt.start <= ent.root.head.i < nxt.end:
            out.append((doc[ent.start:nxt.end], "ORG"))
            k += 2
            continue
        if adjacent and label == "ORG" and nxt_label == "PERSON" and len(nxt) == 1 and ent.root.dep_ == "compound" \
                and ent.root.head.i == nxt.root.i:  # 'Lockheed' + 'Martin' modifying it: one name
            out.append((doc[ent.start:nxt.end], "ORG"))
            k += 2
            continue
        if adjacent and label == "ORG" and nxt_label == "PERSON" and len(nxt) >= 2 and nxt[0].pos_ == "PROPN" \
                and not is_given_name(nxt[0].text) and not _ends_a_title(ent) \
                and nxt[0].lower_.rstrip(".") not in TITLE_WORDS:  # not 'Foreign Ministry' + 'Spokesman Jane Roe'
            out.append((doc[ent.start:ent.end + 1], "ORG"))
            ents[k + 1] = (doc[nxt.start + 1:nxt.end], "PERSON")
            k += 1
            continue
        if adjacent and label == nxt_label == "PERSON" and _one_person(ent, nxt):
            ents[k + 1] = (doc[ent.start:nxt.end], "PERSON")  # may run on into a third ('Mohammed Sabah' + 'Al
            k += 1  # Salem' + 'Al Sabah')
            continue
        out.extend(_person_after_prefix(ent, label) or [(ent, label)])
        k += 1
    return out


def _one_person(ent: Span, nxt: Span) -> bool:
    """Two person names NER drew side by side that are one ('Susilo Bambang' + 'Yudhoyono', 'Carlos Alberto Dos' +
    'Santos Cruz'): the parser joins the first to the second, which is a surname of one word that is no given name
    (a given name starts the next person of a list), or a particle stands between their words. Of the 86 such pairs
    in the 5,000 articles' parses, this joins 11, all one person each; the others are lists of names, possessives
    ("Warren Buffett's" + 'Berkshire Hathaway') and titles."""
    last = ent[-1]
    if last.lower_ in ("'s", "\u2019s") or last.text.isupper() or not (
            last.dep_ in ("compound", "flat") and nxt.start <= last.head.i < nxt.end):
        return False
    return len(nxt) == 1 and not given_word(nxt[0]) or last.lower_ in NAME_PARTICLES or nxt[0].lower_ in NAME_PARTICLES


# a word of a person's name that NER ran into the words before it: a capitalized word or an initial
_NAME_WORD = re.compile(rf"{CAPITALIZED_WORD.pattern}|[{UPPER}]\.")


def _person_after_prefix(ent: Span, label: str) -> list[tuple[Span, str]] | None:
    """A body's or a place's entity that ends in a person's name NER ran into the words before it: the country, place
    or portfolio of a title ('President of Venezuela Hugo Chavez', 'Ambassador to Moldova Jane Roe', 'Mayor of
    Buffalo, John Doe', 'Secretary of Agriculture John Doe'), a country or a nationality of its own ('Greece Costas
    Karamanlis', 'U.S. Rep Jane Roe'), a body the lists know by its acronym or after a title ('NATO Jane Roe', 'chief
    executive of Acme Jane Roe'), a body with a rank right before the name ('Capitol Police Sergeant Jane Roe'), or
    title words ('Rear Admiral John Doe', 'Lance-Corporal John Doe'). The name: a given name (`_given`, after a space
    or a comma, not after another given name or an initial) and one or two more capitalized words or initials, none a
    body's or a legal word, a common noun of the news, a country or a place; not where the entity modifies a noun
    ('India Shiv Sena party workers').
    The entity's parts: the prefix where it names a country, a place or a body, and the person; a portfolio
    ('Agriculture') is the title's, no actor. None where it does not split so. In the 5,000-article corpus it parts
    35 entities of 32 documents, all rightly (Hugo Chavez, Caspar Weinberger and Ed Schafer now join their other
    mentions); first versions that took 'Romania', 'Premier' or 'Martin' from the noisy list of given names, or any
    place before the name, also parted 'San Francisco Chronicle' and 'Salvador Allende Gossens'. Bodies the lists know
    (after a title or a rank) and ranks after a body part 6 more, all rightly ('NATO Dmitry Rogozin', 'United Kingdom
    Lakshmi Mittal', where 'Nato' and 'Kingdom' are in the list of given names too: `_named_body_or_nation`)."""
    doc = ent.doc
    if label not in ("ORG", "GPE", "LOC", "FAC", "NORP") or len(ent) < 3 or ent.root.dep_ in ("compound", "amod") \
            or ent.end < len(doc) and doc[ent.end].pos_ in ("NOUN", "PROPN") or any(t.is_bracket for t in ent):
        return None
    i = next((j for j in range(1, len(ent) - 1) if given_word(ent[j])), None)
    prev = ent[i - 1] if i is not None else None
    if i is None or is_given_name(geo.fold(prev.text), either=True) and not geo.known_place(prev.text) \
            and not geo.country_code(prev.text) and not _named_body_or_nation(ent[:i]) \
            or _NAME_WORD.fullmatch(prev.text) and prev.text.endswith(".") \
            or not (prev.whitespace_ or prev.text == ","):
        return None
    name, prefix = ent[i:], ent[:i]
    if not 2 <= len(name) <= 3 or not all(_NAME_WORD.fullmatch(t.text) for t in name) \
            or any(t.lower_ in ORG_NOUNS for t in name) or any(t.lower_.rstrip(".") in LEGAL_SUFFIXES for t in ent) \
            or common_noun(name[-1].text) or any(geo.country_code(t.text) or geo.place_code(t.text) for t in name[1:]) \
            or geo.known_place(name.text) or geo.known_organization(ent.text) or geo.known_place(ent.text):
        return None
    if prefix[-1].lower_ in ("of", "for", "and", "the"):
        return None  # the name goes on ('the Council of Muslim Worship')
    prefix, apart, titled = _bare_prefix(prefix)
    after_title = _ends_a_title(ent, ("of", "to"))
    k = next((j for j, t in enumerate(prefix) if t.lower_.rstrip(".") not in TITLE_WORDS), len(prefix))
    if 0 < k < len(prefix) - 1 and prefix[k].lower_ in ("of", "to"):
        prefix, after_title = prefix[k + 1:], True  # the title inside the entity ('Minister of Foreign Affairs, ')
    if not len(prefix):  # title words only
        return [(name, "PERSON")]
    text = prefix.text
    if geo.country_code(text):
        return [(prefix, "GPE"), (name, "PERSON")]
    if geo.demonym_code(text) and prefix.start == ent.start and not (ent.start and doc[ent.start - 1].dep_ == "det"):
        return [(prefix, "NORP"), (name, "PERSON")]  # 'American Jane Roe' ('the Filipino Baptist Fellowship': a body)
    if text.isupper() and len(prefix) == 1 and geo.known_organization(text) or geo.known_organization(text) \
            and (after_title or titled):
        return [(prefix, "ORG"), (name, "PERSON")]  # 'NATO Jane Roe', 'chief executive of Acme Jane Roe'
    if (apart or after_title) and len(text) > 2 and not text.isupper() and not common_noun(text) \
            and (geo.place_code(text) or geo.city_code(text)):
        return [(prefix, "GPE"), (name, "PERSON")]  # 'Mayor of Buffalo, John Doe', 'New York - Jane Roe'
    if not (after_title or titled):
        return None
    if any(t.lower_ in ORG_NOUNS for t in prefix) or prefix[-1].text in PARTY_PLURALS:
        return [(prefix, "ORG"), (name, "PERSON")]  # 'Speaker of the Chamber of Deputies Jane Roe'
    if all(t.lower_ in ("and", "of", "the", ",") or common_noun(t.text) for t in prefix):
        return [(name, "PERSON")]  # 'Secretary of Agriculture Jane Roe': the portfolio is the title's
    return None


def _bare_prefix(prefix: Span) -> tuple[Span, bool, bool]:
    """The words of an entity before a person's name without the title words, commas and dashes that end them and
    an article that opens them; whether a comma or a dash set the name apart ('Mayor of Buffalo, John Doe'), and
    whether a title stood right before it ('Capitol Police Sergeant Jane Roe')."""
    apart = titled = False
    while len(prefix) and (prefix[-1].text in (",", "-", "\u2013") or prefix[-1].lower_.rstrip(".") in TITLE_WORDS):
        if prefix[-1].text == "-" and len(prefix) > 1 and not prefix[-2].whitespace_:
            prefix = prefix[:-2]  # a hyphenated title's first word ('Lance-Corporal', 'Vice-Admiral')
            continue
        apart = apart or not prefix[-1].is_alpha
        titled = titled or prefix[-1].is_alpha
        prefix = prefix[:-1]  # 'Buffalo, ', 'U.S. Rep '
    while len(prefix) and prefix[0].lower_ == "the":
        prefix = prefix[1:]
    return prefix, apart, titled


def _named_body_or_nation(prefix: Span) -> bool:
    """Whether the words of an entity before a given name name a country, a nationality or a body the lists know
    ('United Kingdom', 'British', 'NATO', 'Volkswagen'), title words after them aside: a word there that the list of
    given names holds too ('Kingdom', 'Nato') begins no person's name."""
    text = _bare_prefix(prefix)[0].text
    return bool(text) and bool(geo.country_code(text) or geo.demonym_code(text) or geo.known_organization(text))


def _ends_a_title(ent: Span, links: tuple[str, ...] = ("of",)) -> bool:
    """An ORG entity that is the last word of a person's title ('Secretary of State' before 'Condoleezza Rice',
    'Minister of Defence'; with `links` ("of", "to"), 'Ambassador to Moldova' too): its next name is the person's,
    whole."""
    i = ent.start
    return i >= 2 and ent.doc[i - 1].lower_ in links and ent.doc[i - 2].lower_.rstrip(".") in TITLE_WORDS


# A country's name that a US state bears too (GeoNames' first-level divisions of the USA: Georgia alone)
_STATE_NAMES = frozenset({"Georgia"})


def us_state_named(doc: Doc, name: str) -> bool:
    """Whether a document means the US state by a country's name that a state bears too: it names the state after
    a US city of the gazetteer ('Atlanta, Georgia', 'Fort Benning, Georgia'), as a state ('the state of Georgia',
    'Georgia state') or in a list of US states ('Texas, Michigan and Georgia'). One sense in one document: all its
    mentions of the name are the state's."""
    if name not in _STATE_NAMES:
        return False
    key = f"us_state:{name}"
    if key not in doc.user_data:
        doc.user_data[key] = any(_state_use(tok) for tok in doc if tok.text == name)
    return doc.user_data[key]


def _state_use(tok) -> bool:
    doc, i = tok.doc, tok.i
    if i >= 2 and doc[i - 1].text == ",":
        city = next((doc[j:i - 1] for j in (i - 4, i - 3, i - 2) if j >= 0 and doc[j].is_title
                     and all(t.is_title or t.text == "." for t in doc[j:i - 1])), None)
        if city is not None and (geo.city_code(city.text) == "USA" or city[0].text in ("Fort", "Ft.")):
            return True  # 'Atlanta, Georgia', 'Fort Benning, Georgia'
    if i + 1 < len(doc) and doc[i + 1].lower_ == "state" or i >= 2 and doc[i - 1].lower_ == "of" \
            and doc[i - 2].lower_ == "state":
        return True  # 'Georgia state senator', 'the state of Georgia'
    return any(c.text != tok.text and geo.place_code(c.text) == "USA" and not geo.country_code(c.text)
               for c in tok.conjuncts)  # 'Texas, Michigan and Georgia'


def _entity_mention(doc: Doc, span: Span, label: str) -> Mention | None:
    text = span_text(span)
    if common_word_by_position(span):
        return None  # 'Background' heading a section, 'Turnout was low', 'Reporters said': common words, no names
    nxt = next_token(doc, span.end)
    if len(span) == 1 and nxt is not None and nxt.is_title and (
            span[0].lower_.rstrip(".") in HONORIFICS or span[0].text in TITLE_ABBREVIATIONS):
        return None  # a word of courtesy or an abbreviated title NER took apart from the name or title right after it
        # ('Rev' + 'Jane Roe', 'Brig.' + 'Gen. Jane Roe', 'Lt.' + 'Governor Roe'): no name (not 'Miss.' of 'Jackson,
        # Miss.', a state)
    if label in ("PERSON", "GPE", "LOC") and (text.split() or [""])[-1] in PARTY_PLURALS \
            and span.root.dep_ not in ("amod", "compound", "poss"):
        return mention(span, ORG)  # 'the Ontario Greens', 'the Liberals' taken for a person or a place: a party
    if label != "ORG" and head_first_party(span):  # 'the Bloc Québécois' taken for a person or a place
        return _typed_by_context(mention(span, ORG))
    if label == "NORP" or (label in ("GPE", "LOC") and geo.demonym_code(text)
                           and not geo.country_code(text) and not geo.place_code(text)):
        return _nationality_mention(doc, span, text)
    code = geo.country_code(text)
    if code and us_state_named(doc, text):
        return mention(span, LOCATION, "USA")  # 'Atlanta, Georgia': the US state, not the country
    if code:
        if nxt is not None and nxt.lemma_.lower() in GOVERNMENT_NOUNS:
            return mention(doc[span.start:span.end + 1], COUNTRY, code, "government")
        return mention(span, COUNTRY, code)
    if label in ("GPE", "LOC", "FAC", "ORG") and with_age(span) and not geo.known_organization(text) \
            and not any(t.lower_ in ORG_NOUNS for t in span):  # not 'the Green Party, 12,' of a list of seats
        found = _person_mention(span)  # 'Karim, 16,' taken for a place or a body
        return _typed_by_context(found if found is not None and found.label == PERSON
                                 else mention(strip_title(span), PERSON))
    if label in ("GPE", "LOC", "ORG") and _known_person(span):  # 'Thabo Mbeki', 'Esko Aho' taken for places
        return mention(span, PERSON)  # or bodies
    if label in ("GPE", "LOC", "ORG", "FAC") and speaks_as_person(span, label):  # 'Tarek Arebi said', 'Mr Omar Kanja'
        return _typed_by_context(mention(strip_title(span), PERSON))
    found = _person_mention(span) if label in ("GPE", "LOC", "FAC", "ORG") and titled_as_person(span) else None
    if found is not None:  # 'hockey captain Jane Roe' taken for a body (not 'Prince X of Y', no person's name)
        return _typed_by_context(found) if found.label == PERSON else found
    if label in ("GPE", "LOC", "FAC") and _body_head(text):  # 'the Orange County Sanitation Department'
        return _typed_by_context(_org_mention(doc, span))
    if label in ("GPE", "LOC", "FAC") and names_a_text_or_an_occasion(span):
        return None  # no place either: 'the Riverton Film Festival', 'Founders Day', 'the Lakeside Agreement'
    if label == "FAC":  # buildings, airports, roads: places
        return mention(span, LOCATION)
    if label == "GPE" and named_as_body(span):
        found = _org_mention(doc, span)
        return _typed_by_context(found) if found is not None and found.label == ORG else found
    if label in ("GPE", "LOC"):
        cap = geo.capital_code(text)
        return mention(span, COUNTRY, cap, "metonym") if cap and is_metonymic(span) else mention(span, LOCATION)
    # a place NER took for a person or a body ('Bangalore', 'Khon Kaen')
    if label in ("PERSON", "ORG") and not geo.known_organization(text) and not _known_beyond_its_country(text) \
            and (len(span) <= 3 and geo.place_code(text) or _named_city(span) or city_in_place(span)
                 or listed_at_places(span)):
        cap = geo.capital_code(text)
        return mention(span, COUNTRY, cap, "metonym") if cap and is_metonymic(span) else mention(span, LOCATION)
    if government_of(text):
        return mention(span, COUNTRY, government_of(text), "government")
    if geo.demonym_code(text):  # 'Sri Lankan' tagged as a person: a bare nationality, no actor
        return None
    if electoral_division(span) and not _body_head(text):
        return _typed_by_context(mention(span, LOCATION))  # its other mentions are that place too
    if place_context(span) and not _body_head(text):  # 'at the Bank' may be the place, 'at the Nine Network' not
        return mention(span, LOCATION)
    if title_only(span, label):  # 'United States Permanent Representative': a role; its country where it names one
        return _country_prefix(span)
    if not_an_actor(span):
        return None
    if label == "PERSON":
        return _person_mention(span)
    return _org_mention(doc, span)


def _typed_by_context(found: Mention | None) -> Mention | None:
    if found is not None:
        found.typed_by_context = True
    return found


# the least population of a city whose name of several words is a place whatever NER called it (`_named_city`)
NAMED_CITY_POPULATION = 50_000


def _named_city(span: Span) -> bool:
    """A name of two words or more that is a city of the GeoNames list of NAMED_CITY_POPULATION people or more, with
    no word of a body ('Chula Vista', 'Khon Kaen', 'Fort Collins', 'Ho Chi Minh City'): a place, whatever NER called
    it. In the corpus NER took 28 such names for people or bodies, every one a place; one word alone is often a
    surname or a company's name too ('Hamilton', 'Darwin', 'Carrefour'), and so is one hyphenated word ('Dave
    Mathieu-Saint-Laurent'): those stay to the context (`city_in_place`)."""
    words = [w for w in span.text.split() if w.lower() != "the"]  # words apart: not a hyphenated surname's parts
    return len(words) >= 2 and not any(t.lower_ in ORG_NOUNS for t in span) \
        and geo.city_code(span.text, NAMED_CITY_POPULATION) is not None


def _known_beyond_its_country(text: str) -> bool:
    """The dictionaries know the name as an actor other than a country: a person or a body named like a
    place stays one. (A capital is in them as a synonym of its country, 'Yerevan' for Armenia: that
    makes it no person, and a place where the sentence uses it as one.)"""
    known = known_actor(text)
    return known is not None and not (known.entry and geo.country_code(known.entry))


def _nationality_mention(doc: Doc, span: Span, text: str) -> Mention | None:
    """A nationality word: the country where a government noun follows ('the Haitian government'), an
    institution where an institution noun does ('the Sri Lankan defense ministry'), else no actor."""
    code = geo.demonym_code(text)
    nxt = next_token(doc, span.end)
    if code and nxt is not None and nxt.lemma_.lower() in GOVERNMENT_NOUNS:
        return mention(doc[span.start:span.end + 1], COUNTRY, code, "government")
    if code:
        return _institution(doc, span, code)
    return None


def _known_person(span: Span) -> bool:
    """Whether a name of two words or more that NER took for a place or a body is a person the Phoenix actors
    dictionary lists (`known.listed_person`): no place of the gazetteer, no acronym in it ('ABN AMRO')."""
    text = span_text(span)
    return len(text.split()) >= 2 and not geo.known_place(text) and looks_like_person_name(span) \
        and not any(len(t.text) > 2 and t.text.isupper() for t in span) and listed_person(text)


def _person_mention(span: Span) -> Mention | None:
    span = strip_title(span)
    while len(span) > 2 and span[-1].text.isupper() and span[-1].lower_ in TITLE_WORDS:  # 'Jane Roe QC MP'
        span = span[:-1]
    if named_as_body(span, person=True):
        return _typed_by_context(mention(span, ORG))
    if geo.known_organization(span.text) or org_context(span) or body_named(span):
        return mention(span, ORG)
    if len(span) >= 3 and not person_shaped(span[:1]) and person_shaped(span[1:]) \
            and looks_like_person_name(span[1:]):  # 'PayPal Jeff Jordan': the name after a body's name
        return mention(span[1:], PERSON)
    if looks_like_person_name(span) and person_shaped(span):
        return mention(span, PERSON)
    return None


def _body_head(text: str) -> bool:
    """Whether a name's head is an organization noun that names no place ('... Department', '... Police'; not
    'Embassy', 'Bank': lexicon venue_nouns), and the name is no place the gazetteer knows."""
    words = [w for w in geo.fold(text).split() if w.isalpha()]
    return bool(words) and head_word(words) in ORG_NOUNS - VENUE_NOUNS and not geo.place_code(text) \
        and not geo.country_code(text)


def _org_mention(doc: Doc, span: Span) -> Mention | None:
    """An ORG entity: a country's office before a title ('UK Home Secretary') gives the country only;
    'Bristol, England' is a place."""
    commas = [t.i for t in span if t.text == ","]
    if commas:
        after = doc[commas[-1] + 1:span.end]
        if len(after) and (geo.country_code(after.text) or geo.place_code(after.text)):
            return mention(span, LOCATION)
    nxt = next_token(doc, span.end)
    if nxt is not None and nxt.lower_ in TITLE_WORDS and nxt.text[:1].isupper() and len(span) <= 3 \
            and not any(t.lower_ in ORG_NOUNS for t in span):
        country = _country_prefix(span)
        if country is not None or role_sector(f"{span.text} {nxt.text}", whole=True):
            return country  # 'Interior Minister', 'Finance Secretary': a role the dictionaries list, no body
    if nxt is not None and nxt.lower_ == "party" and span[-1].lower_ != "party":  # 'a Liberal party conference'
        return mention(doc[span.start:span.end + 1], ORG)
    return mention(_extend_for(span) if nxt is not None and nxt.lower_ == "for" else without_title_after(_extend_of(span)),
                   ORG)


def _country_prefix(span: Span) -> Mention | None:
    """The country a name begins with ('UK' of 'UK Home', 'United States' of 'United States Permanent
    Representative'), as a mention of that country."""
    for n in range(len(span) - 1, 0, -1):
        code = geo.country_code(span[:n].text)
        if code:
            return mention(span[:n], COUNTRY, code)
    return None


def _extend_of(span: Span) -> Span:
    """An organization name continued by 'of' and a capitalized name NER left out:
    'Ministry of Foreign Affairs' + 'of El Salvador', 'Liberation Tigers' + 'of Tamil Eelam'."""
    doc = span.doc
    i = span.end
    if i + 1 >= len(doc) or doc[i].lower_ != "of" or span.text.isupper():  # 'MOEA of Taiwan' is the MOEA
        return span
    j = i + 1
    if doc[j].lower_ == "the":
        j += 1
    end = j
    while end < len(doc) and end - j < 5 and NAME_TOKEN.match(doc[end].text) and doc[end].pos_ in ("PROPN", "NOUN", "ADJ") \
            and doc[end].ent_type_ not in ("PERSON", "DATE", "TIME", "CARDINAL", "ORG"):
        end += 1
    if end == j:
        return span
    return doc[span.start:end]


_FOR_JOINERS = {"of", "and", "the", "for"}  # not "in": "the Agency for X in Baghdad" is the agency


def _extend_for(span: Span) -> Span:
    """A body's name whose word of an organization 'for' continues with a capitalized purpose NER left out: 'United
    Nations Office' + 'for the Coordination of Humanitarian Affairs', 'Foundation' + 'for Thought and Ethics',
    'Citizens' Committee' + 'for the Free Beach' (of 27 such corpus names read, 22 went on so); not where a place, a
    person, or a body named by one word or an acronym follows 'for' ('Member of Parliament for Leeds', 'a poll for
    CNN', 'the chef de cabinet for Kofi Annan'), nor into a person's name or a date."""
    doc = span.doc
    words = [w for w in geo.fold(span.text).split() if w.isalpha()]
    if not words or words[-1] not in ORG_NOUNS:
        return span
    j = span.end + 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    if j >= len(doc) or doc[j].ent_type_ in ("PERSON", "GPE", "LOC", "NORP", "FAC"):
        return span  # a place or a person of its own ('Member of Parliament for Leeds')
    ent = next((e for e in doc.ents if e.start <= j < e.end and e.label_ == "ORG"), None)
    named = [t for t in ent if t.lower_ != "the"] if ent is not None else []
    if ent is not None and (len(named) == 1 or all(t.is_upper for t in named)):
        return span  # a body named by one word or an acronym ('a poll for CNN', 'for the BBC')
    end, k = j, j
    while k < len(doc) and k - j < 8:
        tok = doc[k]
        if tok.ent_type_ in ("PERSON", "DATE", "TIME", "CARDINAL") and tok.lower_ not in _FOR_JOINERS:
            break
        if NAME_TOKEN.match(tok.text) and tok.pos_ in ("PROPN", "NOUN", "ADJ"):
            end = k + 1
        elif tok.lower_ not in _FOR_JOINERS or k + 1 >= len(doc) or not NAME_TOKEN.match(doc[k + 1].text):
            break
        k += 1
    return doc[span.start:end] if end > j else span


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
            return mention(doc[norp.start:end], ORG, code)
    return None
