"""Actors within one document: mentions from NER and syntax, clustered into local actors.

`find_actors(doc)` returns the document's actors, each with its mentions (exact character
offsets), canonical name, aliases, type, country, sector and title. Cross-document identity is
decided later, in `newsfacts.resolve`.

Modules: `model` (what is returned), `names` (a name's boundaries, shape and keys), `kinds` (what
kind of thing a name names), `mentions` (mentions from NER), `missed` (mentions NER missed or
mistyped), `clustering` (mentions into actors), `attributes` (country, sector, title from evidence),
`known` (the Phoenix dictionaries of known actors, dated).
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Token

from newsfacts import geo
from newsfacts.actors.attributes import attributes
from newsfacts.actors.clustering import canonical, cluster, vote_type
from newsfacts.actors.kinds import (PERSON_PRONOUNS, city_used_as_place, honorific_before, person_evidence,
                                   programme_body, used_as_place, word_before)
from newsfacts.actors.known import known_actor
from newsfacts.actors.mentions import ner_mentions
from newsfacts.actors.missed import (acronym_mentions, country_mentions, covered, dictionary_mentions, drop_overlaps,
                                     government_mentions, joined_person_names, names_an_acronym_spells,
                                     names_spelled_by_acronyms, nickname_mentions, parenthesized_names, party_mentions,
                                     people_named_like_places, proper_name_mentions, relabel_people, repeated_mentions)
from newsfacts.actors.model import COUNTRY, GROUP, LOCATION, ORG, PERSON, LocalActor, Mention
from newsfacts.actors.names import UPPER, content_key, expansion, is_acronym, singular
from newsfacts.lexicon import (GENDERED_WORDS, GOVERNMENT_NOUNS, HONORIFICS, NOT_ACTOR_HEADS, ORG_NOUNS, PARTY_FAMILIES,
                               PLACE_HEADS, QUOTE_VERBS, TITLE_WORDS, WORLD_REGIONS, common_noun, common_word,
                               is_given_name)
from newsfacts.nlp import according_to, text_of

__all__ = ["COUNTRY", "GROUP", "LOCATION", "ORG", "PERSON", "LocalActor", "Mention", "content_key", "find_actors"]


def _all_mentions(doc: Doc) -> tuple[list[Mention], dict[str, int], list[tuple[int, int]]]:
    """Every mention, sorted, with the acronyms defined (acronym -> index of its expansion) and the pairs
    of mention indices that a parenthesis says are one actor."""
    mentions = ner_mentions(doc)
    relabel_people(doc, mentions)
    mentions = dictionary_mentions(doc, mentions)
    mentions = drop_overlaps(mentions + proper_name_mentions(doc, covered(mentions, doc)) + nickname_mentions(doc))
    mentions = joined_person_names(doc, mentions)
    mentions = sorted(mentions + government_mentions(doc, covered(mentions, doc)), key=lambda m: m.start)
    mentions = sorted(mentions + country_mentions(doc, covered(mentions, doc)), key=lambda m: m.start)
    mentions = sorted(mentions + party_mentions(doc, covered(mentions, doc)), key=lambda m: m.start)
    mentions = sorted(mentions + repeated_mentions(doc, mentions, covered(mentions, doc)), key=lambda m: m.start)
    mentions = names_an_acronym_spells(doc, names_spelled_by_acronyms(doc, _undoubled(doc, mentions)))
    extra, defined, also = acronym_mentions(doc, mentions, covered(mentions, doc))
    mentions = sorted(mentions + extra, key=lambda m: m.start)
    people_named_like_places(doc, mentions)
    position = {(m.start, m.end): i for i, m in enumerate(mentions)}
    pairs = []
    for key, alias in also:
        j = next((i for i, m in enumerate(mentions) if m.text == alias and m.start > key[1]), None)
        if j is not None:
            pairs.append((position[key], j))
    pairs += parenthesized_names(doc, mentions)
    return mentions, {acr: position[key] for acr, key in defined.items()}, pairs


def _undoubled(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A name run twice ('Al-Qaeda Al-Qaeda', where a page's label runs into its first words) is the name
    once, where it opens the document or the document names it once elsewhere too ('Pago Pago', 'Abdullah
    Abdullah' stay)."""
    texts = {m.text for m in mentions}
    out = []
    for m in mentions:
        words = m.text.split()
        half = len(words) // 2
        if len(words) >= 2 and len(words) % 2 == 0 and words[:half] == words[half:] \
                and (" ".join(words[:half]) in texts or m.tokens[0] == 0):
            start, end = m.tokens
            second = m.start + m.text.index(" ".join(words[half:]), 1)  # where the name begins again
            k = next((t.i for t in doc[start:end] if t.idx >= second), None)
            if k is not None:
                span = doc[k:end]
                code = geo.country_code(span.text)  # 'Greece Greece' NER took for a person: the country
                m = Mention(span.start_char, span.end_char, span.text, COUNTRY if code else m.label, code or m.code,
                            m.kind, (k, end), m.typed_by_context, m.acting)
        out.append(m)
    return out


def _uncapitalized(group: list[Mention]) -> bool:
    """Names the tagger found that have no capital letter in any mention ('mosques', 'coma', 'justice ministry',
    'boycotts'): English writes names with one, so these are common words or bodies named generically (55 such
    names in the 5,000-article corpus; 'congress' and 'supreme court' among them, which other documents write with
    capitals and keep)."""
    return all(m.kind == "name" and not any(ch.isupper() for ch in m.text) for m in group)


def _common_word_once(doc: Doc, group: list[Mention]) -> bool:
    """A 'body' NER found once, by one capitalized word that the news otherwise write in lowercase (a common word of
    the corpus, `lexicon.common_word`: 'Personnel', 'Quota', 'Coal', 'Invitation', 'Members', a title-case heading's or
    a table's word): no actor. Not a body's or a government's word ('the Legislature'), a party's family ('the
    Liberal'), a place or a body the lists or the dictionaries know, one an apposition describes ('Bolt, a taxi
    company'), a source of what is said ('told the Economist', 'according to Variety', 'Variety reported'), nor a
    body the document names more than once ('Nationwide's chief economist ... research by Nationwide')."""
    if len(group) != 1 or group[0].label != ORG or group[0].kind != "name":
        return False
    word, tok = group[0].text, doc[group[0].tokens[0]]
    if tok.dep_ == "appos" or any(c.dep_ == "appos" for c in tok.children) or _source(tok):
        return False
    return bool(re.fullmatch(r"[A-Z][a-z]+", word)) and common_word(word) and singular(word.lower()) not in ORG_NOUNS \
        and word.lower() not in GOVERNMENT_NOUNS and word.lower() not in PARTY_FAMILIES and not geo.known_place(word) \
        and geo.known_organization(word) is None and known_actor(word) is None


def _source(tok: Token) -> bool:
    """A word that says or hears what is said: the subject or the one told of a verb of saying ('Variety reported',
    'told the Economist'), or what 'according to' names."""
    if according_to(tok):
        return True
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "dative":
        head = head.head
    return tok.dep_ in ("nsubj", "dobj", "dative", "pobj") and head.pos_ == "VERB" and head.lemma_.lower() in QUOTE_VERBS


def _adjective_only(doc: Doc, group: list[Mention]) -> bool:
    """A 'person' or 'body' NER found by one word that the parser reads as an adjective wherever it stands
    ('Provincial' of 'all Provincial ministries', 'Political', 'Proposed', 'Martial' of 'Martial law'): a word that
    modifies no thing names none. Not a party named by its political family ('the Liberal', 'Labour'), an acronym,
    a body the dictionaries know, nor one that heads its spokesman or its paper ('an Evian representative', 'The
    Independent newspaper'). In the 5,000-article corpus 58 local actors go, all but one rightly as read
    ('Congressional', 'Presidential', 'Allied', 'Biblical', 'Martial' of martial law, 'Titanic' the ship); 'Egged'
    is a bus company named before its bus."""
    names = [m for m in group if m.kind == "name"]
    if not names or len(names) != len(group) or any(m.label not in (PERSON, ORG) for m in names) \
            or any(m.tokens[1] - m.tokens[0] != 1 for m in names):
        return False
    word = names[0].text
    if is_acronym(word) or any(f in word.lower().replace("-", " ").split() for f in PARTY_FAMILIES) \
            or geo.known_organization(word) or known_actor(word) is not None:
        return False
    if any(doc[m.tokens[0]].head.lower_ in TITLE_WORDS | ORG_NOUNS for m in names):
        return False  # a body's own people or paper ('an MoD spokesman', 'The Independent newspaper')
    # the tagger's adjective, not any modifier: a body's name before a noun still names it ('Taliban fighters')
    return all(doc[m.tokens[0]].pos_ == "ADJ" for m in names)


def _no_person(doc: Doc, group: list[Mention]) -> bool:
    """A 'person' NER found by one word only ('Parkison', 'Tulsa', 'Linux') that no word around any of its mentions
    shows to be one (`person_evidence`): a place of the gazetteer becomes one, the rest is no actor (True)."""
    if not all(m.label == PERSON and m.kind == "name" and m.tokens[1] - m.tokens[0] == 1 for m in group):
        return False
    known = known_actor(group[0].text)
    if known is not None and not known.organization or any(person_evidence(doc, *m.tokens) for m in group):
        return False  # 'Putin' alone: the dictionaries know him
    return _no_actor_unless_a_place(group, group[0].text)


_ARTICLES = {"the": "the", "a": "a", "an": "a"}


def _article_before(doc: Doc, m: Mention) -> str | None:
    """'the' or 'a' where an article heads a one-word name's own noun phrase ('the Quartet said', 'a Kurd will
    serve'), not a noun the name modifies ('the Smith report', 'the Smith family', 'the Smith's')."""
    start, end = m.tokens
    if end - start != 1 or start == 0 or doc[start - 1].lower_ not in _ARTICLES:
        return None
    if doc[start].dep_ in ("compound", "amod", "nmod", "poss") or end < len(doc) and (
            doc[end].tag_ == "POS" or doc[end].pos_ in ("NOUN", "PROPN")):
        return None
    return _ARTICLES[doc[start - 1].lower_]


def _article_named(doc: Doc, group: list[Mention]) -> bool:
    """A 'person' NER found by one word that the text gives an article ('the Majlis', 'the Bill', 'a Kurd'): a
    person's name takes none (a title does: 'the Emir', no name either). With 'the' it names a body, unless it
    is a common noun of the news ('the Bill', 'the Embassy': no actor); with 'a' it is a common noun ('a Kurd', 'a
    Grammy'), no actor. Not a name the dictionaries know, nor one a title or an honorific comes before elsewhere
    ('Mr Abbas'). A place of the gazetteer becomes one. Relabels a body's mentions; True where no actor. In the
    5,000-article corpus it changes 38 documents' actors, none a person's: 17 'people' become no actor ('the Bill'
    10 times, 'the Embassy', 'a Kurd'), 18 a body ('the Majlis', 'the Quartet', 'the Gardaí', 'the Herald'; and
    products or places that were no person either: 'the Sienna', 'the Rotunda')."""
    names = [m for m in group if m.kind == "name"]
    if not names or not all(m.label == PERSON for m in group) or len({m.text for m in names}) != 1 \
            or any(m.tokens[1] - m.tokens[0] != 1 for m in names):
        return False
    articles = {_article_before(doc, m) for m in names} - {None}
    name = names[0].text
    if not articles or known_actor(name) is not None or any(
            honorific_before(doc, m.tokens[0]) or (before := word_before(doc, m.tokens[0])) is not None
            and before.lower_.rstrip(".") in TITLE_WORDS for m in names):
        return False
    if "a" in articles or common_noun(name):
        return _no_actor_unless_a_place(group, name)
    for m in group:
        m.label = ORG
    return False


def _no_actor_unless_a_place(group: list[Mention], name: str) -> bool:
    """For a 'person' shown to be none: a place of the gazetteer becomes one (its mentions relabelled, False); the
    rest is no actor (True)."""
    if geo.place_code(name) or geo.city_code(name):
        for m in group:
            m.label = LOCATION
        return False
    return True


_BODY_PRONOUNS = {"its"}  # ('it' is often no one's: 'adding that it was time')


def _speaking_place(doc: Doc, group: list[Mention], people: list[str]) -> None:
    """A 'place' NER found that the gazetteer does not know and that says something ('Foxconn said', 'Radzi
    added', 'Cisco stated'): places do not speak (of 59 such names in the 5,000-article corpus, 38 were people or
    organizations; the places among them say through a person's words, 'of Digby, Nova Scotia said', which a
    place's region, a country's or region's name, a gazetteer place, a place's head word or a common noun keep
    out). It is a person where a given name begins it, an honorific or title stands before it, a person the text
    names has its last word ('Pessoa' for Ana Pessoa) or 'he' or 'she' follows it in its sentence; an organization
    where it is an acronym, holds an organization's word or 'its' follows; else it stays as it is. `people`: the
    names of the document's persons."""
    if not all(m.label == LOCATION and m.kind == "name" for m in group):
        return
    name = max((m.text for m in group), key=len)
    words = name.split()
    if geo.known_place(name) or geo.find_country_in(name) or geo.demonym_code(words[0]) \
            or any(w.lower() in WORLD_REGIONS for w in words) or words[-1].lower() in PLACE_HEADS \
            or len(words) == 1 and common_noun(name):
        return
    speaking = []
    for m in group:
        if m.tokens[0] >= 2 and doc[m.tokens[0] - 1].text == "," and doc[m.tokens[0] - 2].ent_type_ in ("GPE", "LOC"):
            return  # the region of a place before it ('of Digby, Nova Scotia said'), whoever speaks
        root = doc[m.tokens[0]:m.tokens[1]].root
        if root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.lemma_.lower() in QUOTE_VERBS \
                and not any(c.dep_ == "prep" for c in root.children):
            speaking.append(m)
    if not speaking:
        return
    after = {t.lower_ for m in group for t in doc[m.tokens[1]:doc[m.tokens[0]].sent.end]}
    person = is_given_name(geo.fold(words[0])) or any(
        (before := word_before(doc, m.tokens[0])) is not None and before.lower_.rstrip(".") in TITLE_WORDS
        for m in group) or any(words[-1] == p.split()[-1] for p in people) or bool(after & PERSON_PRONOUNS)
    body = name.isupper() and len(name) >= 2 or any(w.lower() in ORG_NOUNS for w in words) \
        or bool(after & _BODY_PRONOUNS)
    if person != body:
        for m in group:
            m.label = PERSON if person else ORG


_INITIAL = re.compile(rf"(?:[{UPPER}]\.)+|[{UPPER}]{{1,2}}")  # 'J.', 'W.', 'J.K.', 'KT': a person's initials


def _thing_named(doc: Doc, group: list[Mention]) -> bool:
    """A 'person' NER found by a name of two words or more that ends in a common noun of the news ('App Store',
    'Matco Tools', 'Recent History', 'Kings Domain'), with no given name or initial in it, that neither the
    dictionaries of known actors nor any word around its mentions (`person_evidence`) shows to be a person: of 135
    such names in the 5,000-article corpus, 3 were people's (a surname like 'Top'); the rest were companies, works,
    products, places and phrases. A place of the gazetteer becomes one, a name a body's word ends stays for
    `_titled_work_or_body`, the rest is no actor (True)."""
    if not all(m.label == PERSON for m in group):
        return False
    names = [m for m in group if m.kind == "name"]
    longest = max((m.text.split() for m in names), key=len, default=[])
    if len(longest) < 2 or is_given_name(geo.fold(longest[0]), either=True) \
            or any(_INITIAL.fullmatch(w) for w in longest) or not common_noun(longest[-1]):
        return False
    if known_actor(" ".join(longest)) is not None or any(person_evidence(doc, *m.tokens) for m in names) \
            or _titled_work_or_body(doc, group):
        return False
    return _no_actor_unless_a_place(group, " ".join(longest))


def _acronym_of_a_thing(doc: Doc, group: list[Mention]) -> bool:
    """An actor known only by an acronym that the text spells out as a thing, not a body: a common noun phrase ('a
    cockpit voice recorder (CVR)', 'liquefied natural gas (LNG)') or a name whose last word names no actor, a
    document, law, plan or prize ('the Detainee Treatment Act (DTA)', 'the Digital Millennium Copyright Act
    (DMCA)'). Not where a body's word heads it ('district health boards (DHB)', 'the Ministry of Justice and Law
    (MJL)', 'the commission for human rights and administrative justice (CHRAJ)')."""
    if not group or not all(is_acronym(m.text) and " " not in m.text for m in group):
        return False
    spelled = expansion(text_of(doc), group[0].text)
    if not spelled:
        return False
    last = spelled[-1].lower()
    # a body's word heads the name, last or before its first preposition ('Ministry of Justice and Law')
    head = next((w for w, nxt in zip(spelled, spelled[1:]) if nxt.lower() in ("of", "for", "on", "to")), spelled[-1])
    if {singular(head.lower()), singular(last)} & ORG_NOUNS:
        return False
    return (last in NOT_ACTOR_HEADS and not programme_body(" ".join(spelled))) or spelled[-1].islower()


# the last word of a newspaper's or a company's name ('Toronto Star', 'Herald Sun', 'Irving Shipbuilding')
BODY_HEADS = {"times", "post", "herald", "tribune", "gazette", "journal", "chronicle", "courier", "news", "star",
              "sun", "daily", "telegraph", "observer", "guardian", "airlines", "airways", "motors", "shipbuilding",
              "petroleum", "foods", "labs", "laboratories", "systems", "technologies", "pharmaceuticals"}
# of those, the words of a company that are no one's surname (unlike 'Post', 'Star', 'Sun', 'Daily')
COMPANY_HEADS = {"airlines", "airways", "motors", "shipbuilding", "petroleum", "foods", "labs", "laboratories",
                 "systems", "technologies", "pharmaceuticals"}


def _titled_work_or_body(doc: Doc, group: list[Mention]) -> bool:
    """A 'person' that is a newspaper, a company or a party: every mention set in wiki italics (''Toronto Star'',
    ''Høyre''; a title, not a name, and of 37 such corpus 'people' 30 were papers, parties or firms), or a name of
    two words or more ending in a newspaper's or a company's word, no given name first (a given name may begin a
    body's name that ends in a word no person bears, 'Irving Shipbuilding', 'Abbott Labs')."""
    names = [m for m in group if m.kind == "name"]
    text = text_of(doc)
    if names and all(text[max(0, m.start - 2):m.start] == "''" and text[m.end:m.end + 2] == "''"
                     and text[max(0, m.start - 3):m.start] != "'''" for m in names):
        return True
    return any(len(m.text.split()) >= 2 and m.text.split()[-1].lower() in BODY_HEADS
               and (not is_given_name(m.text.split()[0]) or m.text.split()[-1].lower() in COMPANY_HEADS) for m in names)


# the honorifics that tell no office or rank, only a person's sex (read as a gender) or a degree or courtesy ('Dr',
# 'Hon'): all but those of rank or of the clergy
_PLAIN_HONORIFICS = HONORIFICS - {"dame", "lady", "lord", "sir", "rev", "reverend"}


def _words_before(doc: Doc, mentions: list[Mention]) -> tuple[dict[int, str], dict[int, str]]:
    """What the word right before a mention says of the person: 'm' or 'f' for a one-word name after an honorific
    or a gendered title word ('Mrs King'), and the title word itself where it names an office or a rank ('President
    Obama', 'First Lady Michelle Obama': 'lady'), not a plain honorific."""
    genders, titles = {}, {}
    for i, m in enumerate(mentions):
        before = word_before(doc, m.tokens[0])
        word = before.lower_.rstrip(".") if before is not None else ""
        if m.tokens[1] - m.tokens[0] == 1 and GENDERED_WORDS.get(word):
            genders[i] = GENDERED_WORDS[word]
        if word in TITLE_WORDS and word not in _PLAIN_HONORIFICS:
            titles[i] = word
    return genders, titles


def find_actors(doc: Doc, published: dt.date | None = None) -> list[LocalActor]:
    """The actors of one parsed document, each once, with every mention found; `published` (the article's
    date) dates what the dictionaries of known actors say ('Prime Minister of Denmark from 2001 on')."""
    mentions, defined, pairs = _all_mentions(doc)
    sets = cluster(mentions, defined, pairs, *_words_before(doc, mentions))
    by_root: dict[int, list[Mention]] = {}
    for i, m in enumerate(mentions):
        by_root.setdefault(sets.find(i), []).append(m)
    groups = sorted(by_root.values(), key=lambda g: g[0].start)
    for group in groups:
        spans = [m.tokens for m in group]
        if (all(m.label == PERSON and m.kind == "name" for m in group) and used_as_place(doc, spans)) \
                or (all(m.label in (PERSON, ORG) and m.kind == "name" for m in group)
                    and city_used_as_place(doc, spans)):
            for m in group:
                m.label = LOCATION
    people = [m.text for g in groups for m in g if m.label == PERSON and m.kind == "name" and len(m.text.split()) >= 2]
    for group in groups:
        _speaking_place(doc, group, people)
    groups = [g for g in groups if not _no_person(doc, g) and not _article_named(doc, g) and not _thing_named(doc, g)
              and not _uncapitalized(g) and not _acronym_of_a_thing(doc, g) and not _adjective_only(doc, g)
              and not _common_word_once(doc, g)]
    types = [ORG if t == PERSON and _titled_work_or_body(doc, g) else t for g, t in
             ((g, vote_type(g)) for g in groups)]
    names = [canonical(g, t) for g, t in zip(groups, types)]
    actors = []
    for local_id, (group, actor_type, name, (country, sector, title, source, entry)) in enumerate(
            zip(groups, types, names, attributes(doc, groups, types, names, published))):
        aliases = sorted({m.text for m in group} - {name})
        acronyms = sorted({m.text for m in group if m.kind == "acronym" or m.text in defined})
        actors.append(LocalActor(local_id, name, actor_type, aliases, group, country, sector, title, acronyms, source,
                                 entry))
    return actors
