"""Mentions of one document clustered into actors (one union-find): same name, same country, an
acronym and its expansion, word-order variants, a partial name and the one fuller name it fits; each
cluster's type by vote and its canonical name."""
from __future__ import annotations

from collections import Counter

from newsfacts import geo
from newsfacts.actors.known import known_actor, known_body
from newsfacts.lexicon import (HONORIFICS, NAME_PARTICLES, ORG_NOUNS, PARTY_PLURALS, TITLE_WORDS, common_noun,
                               first_names, is_given_name)
from newsfacts.actors.model import COUNTRY, LOCATION, ORG, PERSON, Mention
from newsfacts.actors.names import (STOP, content_key, described, head_word, initials, is_acronym, name_key,
                                    same_consonants, short_form, singular, spelling_variants)
from newsfacts.unionfind import UnionFind

_ORG_SUFFIXES = {"inc", "ltd", "corp", "co", "company", "corporation", "industries", "group", "holdings", "plc",
                 "llc", "ag", "sa", "gmbh", "foundation", "institute", "university", "association", "party"}


def cluster(mentions: list[Mention], defined: dict[str, int], also: list[tuple[int, int]],
            genders: dict[int, str] | None = None, titles: dict[int, str] | None = None) -> UnionFind:
    """Sets of mention indices that name one actor. `genders`: 'm' or 'f' of the mentions an honorific or a
    gendered title word comes before ('Mrs King'); `titles`: the title word right before a mention ('President
    Obama': 'president'), of those that tell people apart (not 'Mr' or 'Dr')."""
    sets = UnionFind(range(len(mentions)))
    _same_key(mentions, sets)
    for a, b in also:  # 'the Liberation Tigers of Tamil Eelam (LTTE, also called the Tamil Tigers)'
        sets.union(a, b)
    _acronyms(mentions, defined, sets)
    _same_content(mentions, sets)
    _reversed_names(mentions, sets)
    _partial_names(mentions, sets, genders or {}, titles or {})
    _spelling_variants(mentions, sets)
    _given_name_spellings(mentions, sets)
    _party_plurals(mentions, sets)
    return sets


def _union_by(mentions: list[Mention], sets: UnionFind, key) -> None:
    """Joins the mentions that share a key (key(m) None: no key)."""
    first: dict = {}
    for i, m in enumerate(mentions):
        k = key(m)
        if k is None:
            continue
        if k in first:
            sets.union(first[k], i)
        else:
            first[k] = i


def _plural_free(m: Mention):
    return " ".join(singular(w) for w in name_key(m.text).split())


def _shared_surnames(mentions: list[Mention]) -> set[str]:
    """One-word names that end the full names of people with different given names ('Trudeau' beside 'Pierre
    Trudeau' and 'Justin Trudeau'), or begin those of people with different surnames: each of their mentions
    joins the person it refers to by itself (`_partial_names`), as joining them all first would make the family,
    or everyone named Richard, one person."""
    given: dict[str, set[str]] = {}
    surnames: dict[str, set[str]] = {}
    for m in mentions:
        words = name_key(m.text).split()
        first = m.text.split()[0]
        if m.label == PERSON and m.kind == "name" and len(words) >= 2 and is_given_name(first, either=True) \
                and words[0].rstrip(".") not in HONORIFICS and words[0].rstrip(".") not in TITLE_WORDS:
            # not a title ('Lady X', 'Commodore X'); a short form is the same name ('Joe' of 'Joseph', 'Ed' of
            # 'Edward'): given names that begin alike count once
            given.setdefault(words[-1], set()).add(words[0][:2])
            surnames.setdefault(words[0], set()).add(words[-1])
    # so too a given name of several people ('Richard' beside 'Richard Mack' and 'Richard Grayson')
    return {w for w, firsts in given.items() if len(firsts) >= 2} | {
        w for w, last in surnames.items() if len(last) >= 2}


def _same_key(mentions: list[Mention], sets: UnionFind) -> None:
    """The same country, the same folded name, the same words but a plural ('Tamil Tiger activities' is
    the 'Tamil Tigers': one side an organization)."""
    shared = _shared_surnames(mentions)
    _union_by(mentions, sets, lambda m: ("code", m.code) if m.label == COUNTRY and m.code else
              None if name_key(m.text) in shared else ("name", name_key(m.text)))
    by_singular: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.label == ORG and m.kind == "name" and len(m.text.split()) >= 2:
            by_singular.setdefault(_plural_free(m), i)
    for i, m in enumerate(mentions):
        if m.label in (ORG, PERSON) and m.kind == "name" and len(m.text.split()) >= 2:
            j = by_singular.get(_plural_free(m))
            if j is not None and j != i:
                sets.union(j, i)


def _acronyms(mentions: list[Mention], defined: dict[str, int], sets: UnionFind) -> None:
    """Acronyms: defined in parentheses, or the initials of exactly one named organization."""
    names = [i for i, m in enumerate(mentions) if m.kind == "name" and m.label not in (PERSON, COUNTRY)]
    for i, m in enumerate(mentions):
        if not is_acronym(m.text) or m.label in (COUNTRY, LOCATION):
            continue
        acr = m.text.replace(".", "")
        if m.text in defined:
            sets.union(defined[m.text], i)
            continue
        fits = {sets.find(j) for j in names if j != i and len(mentions[j].text.split()) >= 2
                and acr.upper() in initials(mentions[j].text)}
        if len(fits) == 1:
            sets.union(fits.pop(), i)


def _same_content(mentions: list[Mention], sets: UnionFind) -> None:
    """Organizations named with the same content words in another order or with a country code."""
    _union_by(mentions, sets, lambda m: content_key(m.text) if m.label == ORG and m.kind == "name"
              and len(m.text.split()) >= 2 else None)


def _reversed_names(mentions: list[Mention], sets: UnionFind) -> None:
    """A person's two names in both orders ('Koizumi Junichiro', 'Junichiro Koizumi'): many languages write the
    family name first, and news writes it either way (2 people in the 5,000-article corpus, each split in two); not two
    given names ('Hassan Ali' and 'Ali Hassan' are often two people)."""
    _union_by(mentions, sets, lambda m: tuple(sorted(name_key(m.text).split()))
              if m.label == PERSON and m.kind == "name" and len(name_key(m.text).split()) == 2
              and not all(is_given_name(w) for w in m.text.split()) else None)


def _partial_names(mentions: list[Mention], sets: UnionFind, genders: dict[int, str], titles: dict[int, str]) -> None:
    """A partial name to the fuller name it fits: surnames, 'the Assembly', 'the Tigers'. Where two
    people fit ('Hicks' beside 'David Hicks' and 'Terry Hicks'), the one referred to last before it, by the full
    name or by a partial one, as a reader takes it (else the first named after it), of those whose given name does
    not contradict the honorific before it ('Mrs King' is not 'Martin Luther King') and who were named with the
    title before it ('Cpl Cornish' is 'Corporal Matthew Cornish', not his father; `_titled`: 'President Obama' is
    Barack Obama, not 'First Lady Michelle Obama'); where two
    organizations fit, none. So a partial name the honorific or title tells apart makes its person the one in view
    again ('President Obama ... Obama said'). The fuller names are found once per distinct partial name, so a long
    text costs in proportion to its length."""
    full = [(j, geo.fold(m.text).split()) for j, m in enumerate(mentions)
            if m.kind == "name" and len(geo.fold(m.text).split()) >= 2]
    found: dict[tuple, tuple[list[int], list[int]]] = {}
    # (partial name, a fuller name's mention index) -> the start of the latest mention of that name joined to it
    last_ref: dict[tuple, int] = {}
    for i in sorted(range(len(mentions)), key=lambda k: mentions[k].start):
        m = mentions[i]
        if m.kind != "name" or m.label == COUNTRY or is_acronym(m.text) or m.label == LOCATION and (
                len(m.text.split()) > 1 or not m.acting or geo.known_place(m.text)):
            continue  # a place no gazetteer knows that acts as a person ('Chávez said') may be a surname
        key = (geo.fold(m.text), m.label)
        if key not in found:
            found[key] = _fuller_names(mentions, i, full)
        people, orgs = found[key]
        if i in genders and len(people) > 1:
            people = [j for j in people if first_names().get(geo.fold(mentions[j].text.split()[0]),
                                                             genders[i]) == genders[i]] or people
        if i in titles and len(people) > 1:
            people = _titled(people, i, mentions, titles)
        if people:  # the one referred to last before it, else the first named after it
            before = [j for j in people if mentions[j].start < m.start]
            target = max(before, key=lambda j: max(mentions[j].start, last_ref.get((key[0], j), -1))) \
                if before else people[0]
            sets.union(target, i)
            last_ref[(key[0], target)] = m.start
            m.label = PERSON
        elif len({sets.find(j) for j in orgs}) == 1:
            sets.union(orgs[0], i)


def _titled(people: list[int], i: int, mentions: list[Mention], titles: dict[int, str]) -> list[int]:
    """Of the people a partial name after a title fits, those named with that title; else, where the others were
    named with another title and one left the dictionaries of known actors know in an office, those named with none
    ('President Obama' beside 'Barack Obama' and 'First Lady Michelle Obama'); else all (a title may be another's
    synonym: 'Rep.' of 'Congressman', 'Premier' of 'Prime Minister')."""
    same = [j for j in people if j in titles and _same_title(titles[j], titles[i])]
    if same:
        return same
    untitled = [j for j in people if j not in titles]
    if untitled and len(untitled) < len(people) and any(
            (k := known_actor(mentions[j].text)) is not None and k.office for j in untitled):
        return untitled
    return people


def _same_title(a: str, b: str) -> bool:
    """Whether two title words are one title: the same, or one the other's abbreviation of at most four letters,
    its beginning ('gen' of 'general', 'sen' of 'senator') or its first and last letters with some between in
    order ('cpl' of 'corporal', 'lt' of 'lieutenant', 'sgt' of 'sergeant'; not 'gen' of 'governor')."""
    short, long_ = sorted((a, b), key=len)
    if short == long_:
        return True
    if len(short) > 4 or short[0] != long_[0]:
        return False
    rest = iter(long_)
    return long_.startswith(short) or short[-1] == long_[-1] and all(ch in rest for ch in short)


def _spelling_variants(mentions: list[Mention], sets: UnionFind) -> None:
    """A one-word name left alone that is another spelling of exactly one person's surname or one body's
    one-word name in the document ('Mastrogriacomo' of 'Daniele Mastrogiacomo', 'Netfilx' of 'Netflix')."""
    groups = sets.groups()
    alone = [i for i, m in enumerate(mentions) if m.kind == "name" and m.label in (PERSON, ORG)
             and len(m.text.split()) == 1 and len(groups[sets.find(i)]) == 1 and not is_acronym(m.text)]
    for i in alone:
        words = {sets.find(j) for j, other in enumerate(mentions) if j != i and other.kind == "name"
                 and other.label in (PERSON, ORG) and (other.label == PERSON or len(other.text.split()) == 1)
                 and other.text.split()[-1][:1] == mentions[i].text[:1]  # a typo keeps the first letter
                 and spelling_variants(mentions[i].text, other.text.split()[-1])}
        if len(words) == 1:
            sets.union(words.pop(), i)


_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}


def _party_family(words: list[str]) -> tuple[str, ...]:
    """The words of a party's family ('Liberal Democrat', 'Progressive Conservative'), folded and singular, without the
    place or people it is of ('Alberta', 'South Australian') or 'the'."""
    out = [geo.fold(w) for w in words]
    while out and (out[0] in _COMPASS or out[0] == "the" or _place_word(out[0])):
        out = out[1:]
    return tuple("democrat" if w == "democratic" else singular(w) for w in out)


def _place_word(word: str) -> str | None:
    """The country of a people's or a place's word ('Canadian', 'Alberta'), else None."""
    return geo.nation_code(word) or geo.place_code(word)


def _party_country(words: list[str]) -> str | None:
    """The country a party's or a plural's own words name ('the Canadian Conservatives', 'Liberal Party of Canada')."""
    return next((code for w in words if w[:1].isupper() and (code := _place_word(w))), None)


def _party_plurals(mentions: list[Mention], sets: UnionFind) -> None:
    """A party's members named by its family's plural are the party, where the document names one party of that
    family: 'the Liberals' the 'Liberal Party of Canada', 'Democrats' the 'Democratic Party', 'the Alberta
    Progressive Conservatives' the 'Progressive Conservative party' (not 'New Democrats' the 'Democratic Party').
    In the 5,000-article corpus 193 such mentions in 91 articles join their party so (the document's two actors for
    one party were a split: GOLD makes 'Conservatives' an alias of the 'Conservative Party')."""
    parties: dict[tuple[str, ...], list[int]] = {}
    for i, m in enumerate(mentions):
        words = m.text.split()
        folded = [geo.fold(w) for w in words]
        if m.label == ORG and m.kind == "name" and "party" in folded:
            family = _party_family(words[:folded.index("party")])
            if family:
                parties.setdefault(family, []).append(i)
    for i, m in enumerate(mentions):
        words = m.text.split()
        if m.label != ORG or not words or words[-1] not in PARTY_PLURALS:
            continue
        found = parties.get(_party_family(words))
        if found and len({sets.find(j) for j in found}) == 1:
            here, there = _party_country(words), _party_country(mentions[found[0]].text.split())
            if not (here and there and here != there):  # not 'the Canadian Conservatives' of 'the British ...'
                sets.union(found[0], i)


def _given_name_spellings(mentions: list[Mention], sets: UnionFind) -> None:
    """Two people a story names in full with one surname and given names that are spellings of one name by their
    consonants ('Gary'/'Garry', 'Philip'/'Phillip', 'Rafik'/'Rafiq', 'Matt'/'Matthew': `same_consonants`) are one
    person: of the 19 such pairs in the 5,000 articles, 17 were. Not a man's and a woman's name ('Mario', 'Maria'),
    and only people each named so as one actor already (a given name written with two middle initials is two)."""
    people: dict[str, dict[str, list[int]]] = {}
    for i, m in enumerate(mentions):
        words = geo.fold(m.text).split() if m.label == PERSON and m.kind == "name" else []
        if len(words) >= 2:
            people.setdefault(words[-1], {}).setdefault(words[0], []).append(i)
    genders = first_names()
    for given in people.values():
        roots = {name: {sets.find(i) for i in refs} for name, refs in given.items()}
        names = sorted(name for name, found in roots.items() if len(found) == 1)
        for k, a in enumerate(names):
            for b in names[k + 1:]:
                if same_consonants(a, b) and not (genders.get(a) and genders.get(b) and genders[a] != genders[b]):
                    sets.union(given[a][0], given[b][0])


def _fuller_names(mentions: list[Mention], i: int, full: list[tuple[int, list[str]]]) -> tuple[list[int], list[int]]:
    """The people's and the organizations' fuller names (mention indices, in text order) that contain
    mention i's words."""
    m = mentions[i]
    words = geo.fold(m.text).split()
    swords = ({singular(w) for w in words} if len(words) >= 2 else set(words)) - STOP
    people, orgs = [], []
    for j, ow in full:
        other = mentions[j]
        if j == i or other.label in (LOCATION, COUNTRY) or len(ow) <= len(words):
            continue
        if other.label == PERSON and m.label == LOCATION:  # a surname only
            if ow[-len(words):] == words:
                people.append(j)
        elif other.label == PERSON and m.label in (PERSON, ORG) and (
                ow[-len(words):] == words or ow[:len(words)] == words or _surname_before_particle(words, ow)
                or m.label == PERSON and (_inner_name(words, ow) or _without_middle_names(words, ow))):
            people.append(j)
        elif other.label == ORG and m.label == PERSON and len(ow) == len(words) + 1 and ow[1:] == words \
                and _person_shaped_body(other.text):
            people.append(j)  # a person's full name NER took for a body ('Claudia Mitchell has ...' beside
            # 'Mitchell said'): a given name and the surname the document gives the person alone
        elif other.label == ORG and m.label == ORG and (short_form(words, ow) or swords and swords <= set(ow) | {
                singular(w) for w in ow} and singular(head_word(ow)) in {singular(w) for w in words}
                or _without_kind(m.text, other.text)):
            orgs.append(j)  # 'the Assembly' of 'Legislative Assembly', not 'White House' of 'White House Office'
    people.sort(key=lambda j: mentions[j].start)
    return people, orgs


# kinds of body whose names news often write without the kind ('Harvard' of 'Harvard University', 'Labour' of 'the
# Labour Party'); not 'Foundation', which a company's name begins ('the Shell Foundation' is no Shell)
_KINDS_LEFT_OUT = {"party", "university", "college"}


def _without_kind(short: str, full: str) -> bool:
    """A body's name without the capitalized kind word that ends its full name ('Harvard' of 'Harvard University',
    'Family Coalition' of 'Family Coalition Party'), or a party's without 'party' in either case ('Likud' of 'the
    Likud party': a party the lists know is known by its name alone); not a body of its own the lists or the
    dictionaries know ('United Nations' beside 'United Nations University', 'the White House party' for its guests)
    or a body's own word ('Congress' beside 'the Congress Party')."""
    words, full_words = short.split(), full.split()
    kind = full_words[-1].lower()
    if not (len(full_words) == len(words) + 1 and geo.fold(full).split()[:len(words)] == geo.fold(short).split()
            and kind in _KINDS_LEFT_OUT and (full_words[-1][:1].isupper() or kind == "party")) \
            or len(words) == 1 and singular(short.lower()) in ORG_NOUNS:
        return False
    known = geo.known_organization(short)
    return kind == "party" and known is not None and known[1] == "PTY" or known is None and known_actor(short) is None


def _person_shaped_body(name: str) -> bool:
    """A body's name that is a person's: a given name (no title, honorific or place) and a surname, no common noun
    ('Claudia Mitchell'; not 'General Petraeus', 'Lord & Taylor', 'Melbourne Gallery', a known company)."""
    first, *rest = name.split()
    return bool(rest) and is_given_name(first) and first.lower().rstrip(".") not in TITLE_WORDS | HONORIFICS \
        and not geo.known_place(first) and not known_body(name) \
        and all(w[:1].isupper() and w.isalpha() and not common_noun(w) for w in rest)


def _without_middle_names(words: list[str], full: list[str]) -> bool:
    """A person's given name and surname without the middle names or initials between them ('Coretta King' of
    'Coretta Scott King', 'George Bush' of 'George W. Bush')."""
    return len(words) == 2 and words[0] == full[0] and words[1] == full[-1] and is_given_name(words[0], either=True)


def _surname_before_particle(words: list[str], full: list[str]) -> bool:
    """A one-word name that begins a compound surname joined by a particle ('Freitas' of 'Diogo Freitas do Amaral',
    'Lula' of 'Luiz Inacio Lula da Silva'): the name people are called by, whatever NER typed it."""
    return len(words) == 1 and any(w == words[0] and full[k + 1] in NAME_PARTICLES
                                   for k, w in enumerate(full[1:-1], start=1))


def _inner_name(words: list[str], full: list[str]) -> bool:
    """A one-word name that is an inner word of a full name, as people are known by one of their names
    ('Lula' of 'Luiz Inacio Lula da Silva'); particles are no names ('da')."""
    return len(words) == 1 and len(words[0]) >= 3 and words[0] in full[1:-1] and words[0] not in NAME_PARTICLES


def vote_type(group: list[Mention]) -> str:
    if any(m.label == COUNTRY for m in group) and all(m.label in (COUNTRY, LOCATION) or m.kind != "name" for m in group):
        return COUNTRY
    names = [m for m in group if m.kind == "name"]
    if any(geo.known_organization(m.text) for m in names) and not any(m.label == PERSON for m in names):
        return ORG
    if any((k := known_actor(m.text)) and k.organization for m in names):  # a company or NGO the dictionaries know
        return ORG
    if any(m.label == ORG and geo.fold(m.text).split()[-1:] and geo.fold(m.text).split()[-1] in _ORG_SUFFIXES
           for m in names):  # 'James Hardie Industries' beside 'James Hardie'
        return ORG
    fullest = max((m.text for m in names), key=lambda n: (len(n.split()), len(n)), default="")
    if geo.subdivision_named(fullest) and not any(
            m.label == PERSON and is_given_name(first) and first.lower() not in NAME_PARTICLES
            for m in names for first in m.text.split()[:1]):
        # a state or province NER took for a body or a person ('The New South Wales (NSW) Premier', 'the Uttar
        # Pradesh Chief Minister'): a place, its acronym too; not a person named with a given name, after whom
        # provinces are named as well ('Francisco Morazan'; 'Al' of 'Al Anbar' is an article, no given name)
        return LOCATION
    by_context = {m.label for m in names if m.typed_by_context}
    if len(by_context) == 1:  # 'the airline Skyjet' beside bare 'Skyjet's that NER took for a place
        return by_context.pop()
    votes = Counter(m.label for m in names)
    if not votes:
        return Counter(m.label for m in group).most_common(1)[0][0]
    order = {PERSON: 0, COUNTRY: 1, LOCATION: 2, ORG: 3}
    top = max(votes.values())
    if votes[PERSON] == top and votes[LOCATION] == top and not any(
            m.label == PERSON and is_given_name(m.text.split()[0]) for m in names):
        return LOCATION  # as often a place as a person, and never with a given name: a place ('the district of X')
    return min(votes, key=lambda label: (-votes[label], order[label]))


def canonical(group: list[Mention], actor_type: str) -> str:
    if actor_type == COUNTRY:
        codes = Counter(m.code for m in group if m.code)
        names = [m.text for m in group if m.kind == "name" and geo.country_code(m.text)]
        if names:
            return max(names, key=lambda n: (len(n.split()), len(n)))
        return geo.country_name(codes.most_common(1)[0][0]) if codes else group[0].text
    names = [m.text for m in group if m.kind == "name"] or [m.text for m in group]
    names = [n for n in names if not described(n, set(names))] or names  # 'Likud', not 'the Likud party'
    return max(names, key=lambda n: (len(n.split()), len(n), -names.index(n)))
