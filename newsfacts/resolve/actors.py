"""Identity across documents: one actor_id per real actor."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable

from newsfacts import geo
from newsfacts.actors import COUNTRY, GROUP, ORG, PERSON, content_key
from newsfacts.actors.known import agent_phrases, kind_heads
from newsfacts.actors.names import (UPPER, described, initials, name_key, short_form, singular, spelling_variants,
                                    variant_blocks)
from newsfacts.actors.parties import named_party, party_family
from newsfacts.lexicon import ORG_NOUNS, PARTY_PLURALS, TITLE_WORDS, common_noun, is_given_name
from newsfacts.resolve.ids import stable_id
from newsfacts.unionfind import UnionFind


NAMED = "PERSON|ORGANIZATION"  # the key type of a full name that joins people and organizations
# a person's name with a nickname between the given name and the rest, in quotation marks or parentheses
_NICKNAMED = re.compile(r"^(\S.*?)\s+[(\"\u201c'\u2018]+([^()\"\u201c\u201d'\u2018\u2019]+)[)\"\u201d'\u2019]+\s+(\S.*)$")


def _is_acronym_name(name: str) -> bool:
    bare = name.replace(".", "").replace("-", "")
    return 2 <= len(bare) <= 12 and bare.isalnum() and sum(ch.isupper() for ch in bare) >= len(bare) - 1


def _single_name(actor: dict) -> bool:
    """A person known in its document by one word only ('Hicks'): no evidence of which Hicks."""
    return actor["actor_type"] == PERSON and len(actor["name"].split()) < 2


def _keys(actor: dict) -> tuple[set[tuple], set[tuple]]:
    """(strong, weak) identity keys one local actor offers for merging with actors of other documents.

    Strong keys join whoever shares them. Countries merge by code. Organizations by folded name, by
    content words (order and function words aside), and by an acronym together with its expansion; a
    bare acronym is attached later, only where it is unambiguous. People by their full names, and by
    the entry of the dictionaries of known actors they were found to be at the article's date
    ('President Bush' in 2007: George W. Bush); a person named by one word only ('Hicks') offers no
    other key, so a surname never joins two documents' people by itself (it may join the one person the
    corpus names in full with it: `_surname_joins`).
    Weak keys are the shorter names a document took for the actor ('Ford' of 'Ford Motor Company',
    'George Bush' of 'George H. W. Bush'): they join an actor known by that short name only where one
    actor alone claims it ('United' of both 'United Airlines' and 'United Nations' joins neither)."""
    t = actor["actor_type"]
    if t == COUNTRY and actor.get("country"):
        return {("country", actor["country"])}, set()
    if t == GROUP:  # 'workers', 'insurgents' of one country are not another's
        return {(t, "name", name_key(actor["name"]), actor.get("country"))}, set()
    known = {(t, "known", actor["known_as"])} if t == PERSON and _known_by_name(actor) else set()
    if _single_name(actor):
        return known, set()
    key = name_key(actor["name"])
    folded = geo.fold(actor["name"]).split()
    # a party's family or own name, of parties only: not a newspaper or a ministry of the word ('The Socialist', the
    # Labor Department), nor a company's party for its staff
    party = t == ORG and actor.get("sector") in (None, "PTY")
    named_family = party_family(actor["name"]) if t == ORG else None
    family = named_family if party else None
    if t == ORG and (singular(key) in ORG_NOUNS or tuple(folded) in agent_phrases()
                     or len(folded) == 1 and folded[0] in kind_heads()
                     or actor["name"] in PARTY_PLURALS or named_family is not None):
        # a body named by its kind alone ('Senate', 'Parliament', the bodies the agents dictionary lists as roles:
        # 'House of Representatives', 'Supreme Court', and the word that heads them: 'the House'; a party by its
        # family, 'the Greens', 'the Liberal Party'): every country has one, so only with its country (and never
        # the one body that a short name 'House' would otherwise find corpus-wide, 'House of Delegates'); a party
        # by its family with or without the word 'party' ('Labour', 'the Labour Party')
        if not actor.get("country"):
            return set(), set()
        keys = {(t, "name", key, actor["country"])}
        return keys | ({(t, "family", family, actor["country"])} if family else set()), set()
    strong, weak = {(t, "name", key)} | known, set()
    if party and actor.get("country"):  # 'the Likud party' is the Likud of its country
        named = named_party(actor["name"]) if actor.get("sector") == "PTY" else None
        strong.add((t, "party", named or key, actor["country"]))
    if t in (PERSON, ORG) and len(actor["name"].split()) >= 2:
        # a full name of two words or more names one actor whichever type a document's tagger gave it ('Goldman
        # Sachs' tagged a person, 'Chen Shui-bian' an organization), of the better attested type (`_person_or_body`)
        strong.add((NAMED, "name", geo.fold(actor["name"])))
    if t == ORG and len(actor["name"].split()) >= 2:
        # only the full name speaks for the actor across documents: its partial names ('White House'
        # inside 'White House Military Office') would chain unrelated bodies together corpus-wide
        full = content_key(actor["name"])
        strong.add((t, "content", full))
        for alias in actor["aliases"]:
            if len(alias.split()) >= 2 and content_key(alias) == full:  # word order ('Mission for Security Support')
                strong.add((t, "name", name_key(alias)))
            elif short_form(geo.fold(alias).split(), geo.fold(actor["name"]).split()):
                weak.add((t, "name", name_key(alias)))
        for acr in actor.get("acronyms", []):
            strong.add((t, "acronym", acr.replace(".", "").upper(), full))
    elif t == PERSON:
        full = geo.fold(actor["name"]).split()
        if (called := _NICKNAMED.match(actor["name"])) is not None:
            # 'Lewis "Scooter" Libby': other reports write 'Lewis Libby' or 'Scooter Libby' (keys only one actor may
            # claim: `_weak_joins`); not a nickname that is a given name of its own ('Bill', 'Dick', 'Bobby'), with
            # which many are named ('William Andrew (Bill) White' of 1949 is no 'Bill White' of other stories)
            given, nickname, rest = called.groups()
            weak |= {(t, "name", geo.fold(f"{first} {rest}")) for first in (given, nickname)
                     if first == given or not is_given_name(first)}
        for alias in actor["aliases"]:
            words = geo.fold(alias).split()
            if len(words) >= 2 and len(words[-1]) > 1 and len(words) >= len(full):
                strong.add((t, "name", geo.fold(alias)))
            elif len(words) == 2 and words == [full[0], full[-1]]:  # 'George Bush' of 'George H. W. Bush'
                weak.add((t, "name", geo.fold(alias)))
    return strong, weak


def _known_by_name(actor: dict) -> bool:
    """Whether the dictionary entry a person was found to be names that person ('george w bush' for 'President
    Bush', 'muammar al gaddafi' for 'Muammar el-Qaddafi'): the entry and the name share a word. The Phoenix
    dictionaries file a group's leaders and other names under the group's entry ('hassan nasrallah', 'imad
    mughniyah' and 'islamic jihad' under 'hezbollah'); as a person's key that entry made one person of them all (24
    documents)."""
    entry = actor.get("known_as")
    return bool(entry) and bool(set(geo.fold(actor["name"]).split()) & set(geo.fold(entry.replace("_", " ")).split()))


def _one_body(names: set[str]) -> bool:
    """Whether full names that take one short name are one body: each one's content words (countries
    aside) within another's ('Ford Motor Company', 'Ford Australia'), not two bodies that share a word
    ('United Airlines', 'United Nations'; 'Google Home', 'Google Art Project'), nor the bodies of two
    countries ('Liberal Party of Canada', 'Liberal Party of Australia')."""
    contents = [content_key(n) for n in names]
    keys = [frozenset(w for w in c if not _code(w)) for c in contents]
    countries = [frozenset(w for w in c if _code(w)) for c in contents]
    return all(a <= b or b <= a for i, a in enumerate(keys) for b in keys[i + 1:]) and \
        all(not (a and b) or a & b for i, a in enumerate(countries) for b in countries[i + 1:])


def _code(word: str) -> bool:
    """Whether a content word is a country's code (`content_key` writes a country's name so)."""
    return word.isupper() and len(word) == 3


def _weak_joins(members: dict[tuple[str, int], dict], sets: UnionFind, weak: dict[tuple, set],
                strong: dict[tuple[str, int], set[tuple]]) -> None:
    """A short name joins the actors that claim it, if they are one body, and the actors known by that
    name alone (`strong`: each actor's strong keys)."""
    owners: dict[tuple, set] = defaultdict(set)
    for ref in members:
        for key in strong[ref]:
            owners[key].add(ref)
    for key, claimants in sorted(weak.items(), key=lambda kv: repr(kv[0])):
        if not _one_body({members[r]["name"] for r in claimants}):
            continue  # two bodies take this short name: it joins neither
        refs = sorted(claimants | owners.get(key, set()))
        for ref in refs[1:]:
            sets.union(refs[0], ref)


def _spelling_variants(members: dict[tuple[str, int], dict], sets: UnionFind) -> None:
    """People named in full with the same given name and another spelling of the surname ('Ismail Haniya',
    'Ismail Haniyeh'; 'Muammar Gaddafi', 'Muammar Qaddafi'), unless their countries differ."""
    named: dict[str, dict[str, dict[str | None, tuple[str, int]]]] = defaultdict(lambda: defaultdict(dict))
    for ref, a in sorted(members.items()):
        words = geo.fold(a["name"]).split()
        if a["actor_type"] == PERSON and len(words) >= 2:
            named[words[0]][words[-1]].setdefault(a.get("country"), ref)  # one person per spelling and country
    alike: dict[tuple[str, str], bool] = {}  # a pair of surnames comes back with many given names
    for surnames in named.values():
        spellings = sorted(surnames)
        for s1, s2 in _variant_pairs(spellings, alike):
            for c1, r1 in surnames[s1].items():
                for c2, r2 in surnames[s2].items():
                    if c1 is None or c2 is None or c1 == c2:
                        sets.union(r1, r2)


_INITIALS = re.compile(rf"(?:[{UPPER}]\.)+|[{UPPER}]")  # 'A.', 'H.W.', 'S' (Harry S Truman), 'Ö.'
_GENERATIONS = {"jr", "sr", "ii", "iii", "iv"}  # 'John Roe Jr.' is another John Roe than his father


def _middle_initials(members: dict[tuple[str, int], dict], sets: UnionFind) -> None:
    """People named with middle initials and without them ('John A. Boehner', 'John Boehner'; formal reports add
    the initial, others drop it): one person, where the corpus gives that given name and surname only one set of
    middle initials and no middle name spelled out ('George Bush' is George W. and George H. W. Bush: neither; 'John
    Roe Jr.' is another John Roe) and no two countries, even a story's default ('John Anderson' of an Australian
    story is no 'John B. Anderson' of an American one)."""
    forms: dict[tuple[str, str], dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for ref, a in sorted(members.items()):
        words = a["name"].split()
        if a["actor_type"] != PERSON or len(words) < 2 or _INITIALS.fullmatch(words[0]) \
                or _INITIALS.fullmatch(words[-1]) or geo.fold(words[-1]) in _GENERATIONS:
            continue  # 'J. Smith', 'George W.', 'John Roe Jr.': no given name and surname to compare
        first, last = geo.fold(words[0]), geo.fold(words[-1])
        if first and last:  # every middle is counted, spelled out too ('George Herbert Walker Bush')
            initialed = all(_INITIALS.fullmatch(w) for w in words[1:-1])
            forms[(first, last)][("" if initialed else "=") + "".join(geo.fold(w) for w in words[1:-1])].append(ref)
    for by_middle in forms.values():
        middles = [m for m in by_middle if m]
        if len(middles) != 1 or "" not in by_middle or middles[0].startswith("="):
            continue
        refs = by_middle[""] + by_middle[middles[0]]
        if len({members[r]["country"] for r in refs if members[r].get("country")}) <= 1:
            for ref in refs[1:]:
                sets.union(refs[0], ref)


def longest_variant(length: int) -> int:
    """The longest word that can be a spelling variant of a word of `length` letters: a ratio of 0.75 needs
    2 x shorter >= 0.75 x (shorter + longer), the longer within 5/3 of the shorter."""
    return length * 5 // 3


def _variant_pairs(words: list[str], alike: dict[tuple[str, str], bool] | None = None) -> list[tuple[str, str]]:
    """The pairs of `words` (sorted) that are spelling variants, in the order of a loop over every pair,
    found by comparing only words that share a `variant_blocks` key and whose lengths can be alike (not every
    pair of a common given name's thousands of surnames); `alike` keeps the answers for the next call."""
    alike = {} if alike is None else alike
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for k, word in enumerate(words):
        for key in variant_blocks(word):
            blocks[key].append(k)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        by_length = sorted(members, key=lambda k: (len(words[k]), k))
        lengths = [len(words[k]) for k in by_length]
        for pos, k in enumerate(by_length):
            stop = bisect_right(lengths, longest_variant(lengths[pos]))
            for q in range(pos + 1, stop):
                m = by_length[q]
                if (min(k, m), max(k, m)) in pairs:
                    continue
                pair = (words[k], words[m])
                if pair not in alike:
                    alike[pair] = spelling_variants(*pair)
                if alike[pair]:
                    pairs.add((min(k, m), max(k, m)))
    return [(words[k], words[m]) for k, m in sorted(pairs)]


def resolve_actors(extractions: Iterable[dict]) -> tuple[list[dict], dict[tuple[str, int], str]]:
    """Global actor rows and the map (doc_id, local_id) -> actor_id."""
    members = {(ex["doc_id"], a["local_id"]): a for ex in extractions for a in ex["actors"]}
    return finish_ids(actor_rows(members, group_actors(members)))


def group_actors(members: dict[tuple[str, int], dict]) -> list[list[tuple[str, int]]]:
    """The local actors (ref (doc_id, local_id) -> local actor) that are one actor: lists of refs, each sorted.

    The grouping is a function of the set of local actors, whatever their order (the union-find's
    representative is a set's smallest member)."""
    sets = UnionFind()
    owner_of_key: dict[tuple, tuple[str, int]] = {}
    claims: dict[tuple, set] = defaultdict(set)
    strong_keys: dict[tuple[str, int], set[tuple]] = {}
    for ref, a in members.items():
        sets.find(ref)
        strong, weak = _keys(a)
        strong_keys[ref] = strong
        for key in strong:  # the grouping does not depend on the order of the unions
            if key in owner_of_key:
                sets.union(owner_of_key[key], ref)
            else:
                owner_of_key[key] = ref
        for key in weak:
            claims[key].add(ref)
    _spelling_variants(members, sets)
    _middle_initials(members, sets)
    _weak_joins(members, sets, claims, strong_keys)
    # bare acronyms ('OAS' alone in a document): to the one organization spelled out with that acronym
    spelled: dict[str, set] = defaultdict(set)
    for ref, a in members.items():
        if a["actor_type"] == ORG:
            for key in strong_keys[ref]:
                if key[1] == "acronym":
                    spelled[key[2]].add(ref)  # the actors written with it, whose own names its initials may be
    for ref, a in sorted(members.items()):
        if bare_acronym(a):
            acronym = a["name"].replace(".", "").upper()
            roots = {sets.find(r) for r in spelled.get(acronym, ())}
            if len(roots) > 1:  # of several, the one whose name it is the initials of ('UN': 'United Nations',
                # not 'Organization of the United Nations', which a document also wrote with it)
                roots = {root for root in roots if any(acronym in initials(members[r]["name"])
                                                       for r in spelled[acronym] if sets.find(r) == root)}
            if len(roots) == 1:
                sets.union(roots.pop(), ref)
    _surname_joins(members, sets)
    groups: dict = defaultdict(list)
    for ref in members:
        groups[sets.find(ref)].append(ref)
    return [sorted(refs) for _, refs in sorted(groups.items())]


# how many more documents than any other person of its surname a person named in full needs to take the
# one-word mentions of that surname, and the documents it needs then ('Bush' alone: George W. Bush, not one
# of the family; 'Chen' alone: no one, no Chen is named in enough documents)
SURNAME_DOMINANCE = 5
SURNAME_MIN_DOCUMENTS = 10


def name_parts(name: str) -> list[str]:
    """A person's name by its written words, each folded: a hyphenated surname is one word ('Ayman al-Zawahiri' ->
    ['ayman', 'al zawahiri']), as a document that names the person by it alone writes it ('al-Zawahiri')."""
    return [w for w in (geo.fold(x) for x in name.split()) if w]


def _surname_joins(members: dict[tuple[str, int], dict], sets: UnionFind) -> None:
    """A person a document names by one word only ('Chirac', 'al-Zarqawi') joins the person the corpus names in full
    with that surname (its last word, or its last written word with its hyphens): the only one, named in two
    documents or more, or one named in at least SURNAME_MIN_DOCUMENTS documents and SURNAME_DOMINANCE times as many
    as any other; never one whose country differs from the one
    the document gave it, and not where the corpus writes the word first in people's names more often than last
    (a given name: 'John', 'Carlos'). A person's surname is the last word most of its full names end with. The
    candidates are counted before any one-word person joins, so the outcome does not depend on the order of
    documents, and one-word people never join one another."""
    documents: dict = defaultdict(set)
    countries: dict = defaultdict(Counter)
    last_words: dict = defaultdict(Counter)
    last_parts: dict = defaultdict(Counter)
    given = Counter()  # folded word -> times first in a full name less times last
    for ref, a in members.items():
        root = sets.find(ref)
        documents[root].add(ref[0])
        words = geo.fold(a["name"]).split() if a["actor_type"] == PERSON and not _single_name(a) else []
        if words:
            parts = name_parts(a["name"])  # a hyphenated surname is one written word: 'al-Zawahiri' alone
            last_words[root][words[-1]] += 1
            last_parts[root][parts[-1]] += 1
            given[words[0]] += 1
            given[words[-1]] -= 1
            if parts[0] != words[0]:  # 'Jean-Pierre Raffarin': 'Jean-Pierre' is a given name
                given[parts[0]] += 1
            if parts[-1] != words[-1]:
                given[parts[-1]] -= 1
            if a.get("country") and a.get("country_source") != "story":
                countries[root][a["country"]] += 1
    holders: dict[str, set] = defaultdict(set)  # folded surname -> roots of people named in full with it
    for counts in (last_words, last_parts):  # by its last word ('zawahiri') and by its last written word
        for root, words in counts.items():
            holders[min(words, key=lambda w: (-words[w], w))].add(root)
    for ref, a in sorted(members.items()):
        if not _single_name(a) or len(documents[sets.find(ref)]) > 1:
            continue  # known to the dictionaries ('President Bush' in 2007), or not one-word only
        if given[geo.fold(a["name"])] >= 0:
            continue
        ranked = sorted(holders.get(geo.fold(a["name"]), ()), key=lambda r: (-len(documents[r]), r))
        if not ranked:
            continue
        top = len(documents[ranked[0]])
        second = len(documents[ranked[1]]) if len(ranked) > 1 else 0
        if top < 2 or second and (top < SURNAME_MIN_DOCUMENTS or top < SURNAME_DOMINANCE * second):
            continue
        own = a.get("country") if a.get("country_source") != "story" else None
        if own and countries[ranked[0]] and own not in countries[ranked[0]]:
            continue
        sets.union(ranked[0], ref)


def bare_acronym(a: dict) -> bool:
    """An organization known in its document by an acronym alone ('OAS')."""
    return a["actor_type"] == ORG and _is_acronym_name(a["name"]) and not any(len(n.split()) >= 2 for n in a["aliases"])


def actor_rows(members: dict[tuple[str, int], dict], groups: list[list[tuple[str, int]]]
               ) -> list[tuple[list[tuple[str, int]], dict]]:
    """Each group's refs with its actor row, whose `actor_id` is the one it has where no other group claims it."""
    out = []
    for refs in groups:
        row = _merge([members[r] for r in refs], len({r[0] for r in refs}))
        if all(_single_name(members[r]) for r in refs) and len({r[0] for r in refs}) == 1:
            # a one-word person stays in its document, and its id says so
            row["actor_id"] = stable_id("act", PERSON, geo.fold(row["name"]), refs[0][0])
        out.append((refs, row))
    return out


def finish_ids(rows: list[tuple[list[tuple[str, int]], dict]]) -> tuple[list[dict], dict[tuple[str, int], str]]:
    """Actor rows with unique ids (`hold_ids`), sorted by id, and the map ref -> actor_id."""
    held = hold_ids(rows)
    id_of = {r: row["actor_id"] for refs, row in held for r in refs}
    return sorted((row for _, row in held), key=lambda r: r["actor_id"]), id_of


def hold_ids(rows: list[tuple[list[tuple[str, int]], dict]]) -> list[tuple[list[tuple[str, int]], dict]]:
    """The groups with the ids they hold, in the order of their smallest refs. Of groups that claim one id (the
    same name, kept apart: two documents' 'Hicks'), the one with the smallest ref keeps it; the others' ids name
    their smallest ref too, so every id is stable. Every group that claims an id must be in `rows`."""
    out = []
    seen_ids: set[str] = set()
    for refs, row in sorted(rows, key=lambda rr: rr[0][0]):
        row = dict(row)
        if row["actor_id"] in seen_ids:
            row["actor_id"] = stable_id("act", row["actor_type"], geo.fold(row["name"]), *refs[0])
        seen_ids.add(row["actor_id"])
        out.append((refs, row))
    return out


def n_mentions(a: dict) -> int:
    """A local actor's number of mentions (`n_mentions` where its mentions are not kept: `resolve.incremental`)."""
    return a["n_mentions"] if "n_mentions" in a else len(a["mentions"])


def _tag_or_place(word: str) -> bool:
    """A word a name may run on into: a common noun of the news that is no title ('Category'; not the 'King' of
    'Martin Luther King') or a place ('Singapore')."""
    return common_noun(word) and word.lower() not in TITLE_WORDS or bool(geo.place_code(word) or geo.country_code(word))


def _ran_on(name: str, names: set[str], extra) -> bool:
    """`name` is another of `names` and one more capitalized word that `extra` says is no part of it."""
    head, _, last = name.rpartition(" ")
    return head in names and last[:1].isupper() and extra(last)


def _most_common(values: Iterable, default=None):
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], str(v))) if counts else default


_SOURCE_RANK = {"name": 0, "context": 1, "dictionary": 2}


def _country(actors: list[dict]) -> tuple[str | None, str | None]:
    """The country of merged local actors and where it came from.

    A country some document read off the actor's own name or context outweighs any number of
    story-country defaults; a document that found the actor to be international (a UN official)
    outweighs the defaults too, and leaves the country null. (Extractions made before sources
    were recorded count as evidence of their own.)"""
    own = [a for a in actors if a.get("country") and a.get("country_source", "context") in (*_SOURCE_RANK, None)]
    international = sum(a.get("country_source") == "international" for a in actors)
    sector = _most_common(a.get("sector") for a in actors)
    if own and international > len(own) and (sector == "IGO" or sector == "NGO" and all(
            a["actor_type"] == ORG for a in actors)):
        # more documents found a UN official international than read a country near the name, or an international
        # campaign group than named a national branch of it with its country ('Greenpeace Japan')
        return None, None
    if own:
        country = _most_common(a["country"] for a in own)
        source = min((a.get("country_source") or "context" for a in own if a["country"] == country),
                     key=_SOURCE_RANK.__getitem__)
        return country, source
    if any(a.get("country_source") == "international" for a in actors):
        return None, None
    # only the stories' countries: each document's weighs by how often it names the actor (the story
    # that is about the actor knows it best); a tie tells nothing
    weight = Counter()
    for a in actors:
        if a.get("country"):
            weight[a["country"]] += n_mentions(a)
    ranked = weight.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None, None
    return ranked[0][0], "story"


def _person_or_body(actors: list[dict], majority: str) -> str:
    """The type of one full name that documents typed a person and an organization: a person where the dictionaries
    of known actors know it as one; else the type of twice as many documents as the other; else an organization
    where the name ends in an organization's word ('... Workers Union'), a person where it begins with a given name
    ('Vincent Cable'); else the type most documents give."""
    if any(a["actor_type"] == PERSON and _known_by_name(a) for a in actors):
        return PERSON
    votes = Counter(a["actor_type"] for a in actors)
    if max(votes[PERSON], votes[ORG]) >= 2 * min(votes[PERSON], votes[ORG]):
        return majority
    words = max((a["name"] for a in actors), key=lambda n: (len(n.split()), n)).split()
    if singular(words[-1].lower()) in ORG_NOUNS:
        return ORG
    return PERSON if is_given_name(geo.fold(words[0])) else majority


def _merge(actors: list[dict], n_documents: int) -> dict:
    actor_type = _most_common(a["actor_type"] for a in actors)
    if {a["actor_type"] for a in actors} >= {PERSON, ORG}:
        actor_type = _person_or_body(actors, actor_type)
    sector = _most_common(a["sector"] for a in actors)
    # an international body belongs to no country, whatever one document's context suggested
    if sector == "IGO" and actor_type == ORG:
        country, country_source = None, None
    else:
        country, country_source = _country(actors)
    if actor_type == COUNTRY and country:
        # the fullest form seen ('United Kingdom' over 'UK'); the id stays keyed by the code
        country_names = sorted({a["name"] for a in actors if geo.country_code(a["name"]) == country})
        # of equal length, a capitalized spelling before a lowercase one ('Brazil', not 'brazil' from a URL or a
        # slogan), then the spelling most documents name it by ('Romania', not 'România' of one article)
        uses = Counter(a["name"] for a in actors)
        name = max(country_names, key=lambda n: (len(n.split()), len(n), n[:1].isupper(), uses[n], n)) \
            if country_names else geo.country_name(country)
        actor_id = stable_id("act", COUNTRY, country)
    else:
        names = [a["name"] for a in actors if a["actor_type"] == actor_type] or [a["name"] for a in actors]
        if actor_type == PERSON:  # a person named in full somewhere is named so ('Bush' alone joins George W. Bush)
            names = [n for n in names if len(n.split()) >= 2] or names
            # not a name a document ran on into a tag or a place ('John Howard - Singapore', 'Stephen Harper
            # Category'): no dash between words, nor a name that is another one and a common noun or a place
            names = [n for n in names if " - " not in n] or names
            seen = set(names)
            names = [n for n in names if not _ran_on(n, seen, _tag_or_place)] or names
        elif actor_type == ORG:  # not a national branch for the body more documents name without its country
            # ('Amnesty International USA', 'Wal-Mart Canada'; but 'Garuda Indonesia', the airline's own name)
            uses = Counter(names)
            used = set(uses)
            names = [n for n in names if not _ran_on(n, used, geo.country_code)
                     or uses[n.rpartition(" ")[0]] <= uses[n]] or names
            names = [n.rpartition(" ")[0] if described(n, used) else n for n in names]  # 'Hamas party': 'Hamas'
        if n_documents >= 3:  # an actor of many documents: the fullest form more than one of them uses
            names = [n for n in names if names.count(n) >= 2] or names
        name = max(sorted(set(names)), key=lambda n: (len(n.split()), len(n), names.count(n)))
        # an unnamed group is one per country ('insurgents' of Iraq and of Afghanistan): its id says which
        actor_id = stable_id("act", actor_type, geo.fold(name), *([country or ""] if actor_type == GROUP else []))
    aliases = sorted({n for a in actors for n in [a["name"], *a["aliases"]]} - {name})
    return {
        "actor_id": actor_id,
        "name": name,
        "actor_type": actor_type,
        "aliases": aliases,
        "country": country,
        "country_source": country_source,
        "sector": sector,
        "title": _most_common(a["title"] for a in actors) if actor_type == PERSON else None,
        "n_documents": n_documents,
        "n_mentions": sum(n_mentions(a) for a in actors),
    }
