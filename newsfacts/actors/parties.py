"""Political parties by their names: the family a party is named by ('Labour', 'the Liberals', 'the Democrats')
and a party's own name without the word 'party' ('Likud' of 'the Likud party')."""
from __future__ import annotations

from functools import lru_cache

from newsfacts import geo
from newsfacts.actors.known import agent_codes
from newsfacts.actors.names import name_key, singular
from newsfacts.lexicon import ORG_NOUNS, PARTY_FAMILIES, PARTY_PLURALS, common_noun


def family_party(name: str) -> bool:
    """'Liberal Party', 'Communist party', 'Labour', 'the Greens': a party named by its political family alone
    (`party_family`); the bare word names the party of whichever country the story is about ('Labour' of Britain
    and of New Zealand had been one actor of 43 documents)."""
    return party_family(name) is not None


def party_family(name: str) -> str | None:
    """The political family (`families`) a party is named by alone, with or without the word 'party', or by its
    members: 'labour' of 'Labour', 'the Labour Party', 'Labour party'; 'liberal' of 'the Liberals', 'democratic' of
    'the Democrats'. Not a name that says more: a people's word before the family may name another party of the
    country ('British National Party' is no 'Scottish National Party'), and 'Liberal Party of Canada' names the
    federal party where 'the Liberals' of a Canadian story may be a province's."""
    words = name.replace("\u2019", "'").split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    if len(words) >= 2 and words[-1].lower() == "party":
        words = words[:-1]
    family = " ".join(words).lower()
    found = families()
    if words and words[-1] in PARTY_PLURALS:  # its members: 'the Liberals', 'the Democrats', 'the Liberal Democrats'
        family = next((f for f in (singular(family), singular(family) + "ic") if f in found), family)
    return family if family in found else None


@lru_cache(maxsize=1)
def families() -> frozenset[str]:
    """The political families parties are named by: the lexicon's, and the word before 'party' of the parties the
    Phoenix agents dictionary lists as roles of a party or a movement ('democratic party', 'green party')."""
    return PARTY_FAMILIES | {phrase[0] for phrase, code in agent_codes().items()
                             if len(phrase) == 2 and phrase[1] == "party" and code in ("PTY", "ENV")}


def named_party(name: str) -> str | None:
    """The folded name of a party named 'X Party' or 'X party' whose X is a name of its own, not a family's
    (`party_family`) or a common word ('Likud' of 'Likud party', 'United Russia' of 'United Russia Party'; not
    'Reform' of 'Reform Party' or 'Green' of 'Green Party', which many parties are called): news writes such a
    party's name with and without the word, and a body of its country named X alone is that party."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() != "party" or not words[-2][:1].isupper():
        return None
    bare = " ".join(words[:-1])
    if party_family(name) or any(common_noun(w) for w in words[:-1]) or geo.nation_code(bare) \
            or geo.country_code(bare) or geo.known_place(bare) or singular(bare.lower()) in ORG_NOUNS:
        return None  # not a place's party ('Punjab party') either: the place is no party
    return name_key(bare)
