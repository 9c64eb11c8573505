"""Known actors from the field's dictionaries (Phoenix, PETRARCH2; vendored under resources/phoenix):
what a name is (country, sector, international body) at an article's date, and the sector of role words.

A person's entry is dated ('[DNKGOV >011127]': Denmark's government from 27 Nov 2001 on); only entries
valid at the article's date count, undated ones always. Companies (MNC), NGOs and international bodies
(IGO) are undated.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import pycountry

from newsfacts import geo
from newsfacts.actors.model import ORG, PERSON
from newsfacts.lexicon import (GENERIC_NAMES, HONORIFICS, NAME_PARTICLES, ORG_NOUNS, TITLE_WORDS, common_noun,
                               is_given_name)

SECTOR_CODES = {"GOV", "LEG", "MIL", "COP", "JUD", "PTY", "REB", "CRM", "MED", "BUS", "IGO", "NGO", "EDU", "REL",
                "HLH", "LAB", "CVL", "SPY", "ELI", "OPP", "AGR", "ENV", "REF", "UAF"}
# CAMEO's prefixes of actors that belong to no one country
_INTERNATIONAL = {"IGO": "IGO", "NGO": "NGO", "MNC": "BUS", "IMG": "REB"}


_GENERIC = ORG_NOUNS | GENERIC_NAMES | TITLE_WORDS


@dataclass(frozen=True)
class Known:
    country: str | None  # ISO3, None for an international body
    sector: str | None
    international: bool  # an intergovernmental body or one of its officials
    organization: bool = False  # a company or an NGO (never a person)
    entry: str | None = None  # the dictionary entry it is ('george w bush'), where the name fits one entry
    office: bool = False  # an office holder at the date (not only one of the 'elite')


@lru_cache(maxsize=1)
def _iso3() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}


def _lines(name: str) -> list[list[str]]:
    text = resources.files("newsfacts.resources").joinpath(f"phoenix/{name}").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def _actors() -> dict[str, list[tuple[str, dt.date | None, dt.date | None, str]]]:
    out: dict[str, list] = {}
    for name, code, start, end, entry in _lines("actors.tsv"):
        out.setdefault(name, []).append((code, dt.date.fromisoformat(start) if start else None,
                                         dt.date.fromisoformat(end) if end else None, entry))
    return out


@lru_cache(maxsize=1)
def _agent_codes() -> frozenset[str]:
    """The three-letter agent codes of the Phoenix agents dictionary (roles, sectors, religions: 'GOV',
    'MUS', 'CHR'): after an international prefix they are no country, though 'MUS' is also Mauritius's ISO3
    ('IMGMUSALQ' is a Muslim militant group, al-Qaeda)."""
    return frozenset(code[i:i + 3] for _, code in _lines("agents.tsv") for i in range(0, len(code.strip()), 3))


def _reading(code: str) -> Known | None:
    """What one CAMEO code says: 'DNKGOV' -> (DNK, GOV); 'MNCUSA' -> (USA, BUS); 'IGOUNO' -> international."""
    prefix = code[:3]
    if prefix in _INTERNATIONAL:
        country = code[3:6] if code[3:6] in _iso3() and code[3:6] not in _agent_codes() else None
        international = prefix == "IGO"
        return Known(None if international else country, _INTERNATIONAL[prefix], international, prefix in ("MNC", "NGO"))
    if prefix in _iso3():
        role = code[3:6]
        return Known(prefix, role if role in SECTOR_CODES else None, False)
    return None


def known_actor(name: str, on: dt.date | None = None) -> Known | None:
    """What the dictionaries say a name is at date `on` (any date where None); None where they do not
    know it or disagree on its country."""
    key = geo.fold(name)
    if key in _GENERIC:  # 'Senate', 'Army', 'Parliament': every country has one
        return None
    entries = _actors().get(key)
    if not entries:
        return None
    valid = [(_reading(c), e) for c, a, b, e in entries if on is None or ((a is None or a <= on) and (b is None or on <= b))]
    valid = [(r, e) for r, e in valid if r is not None]
    if not valid or len({(r.country, r.international) for r, _ in valid}) > 1:
        return None
    offices = [(r, e) for r, e in valid if r.sector and r.sector != "ELI"]  # an office beats 'elite'
    reading = (offices or valid)[0][0]
    entries_seen = {e for _, e in (offices or valid)}
    entry = entries_seen.pop() if len(entries_seen) == 1 else None
    return replace(reading, entry=entry, office=bool(offices))


_FUNCTION_WORDS = {"of", "for", "the", "and", "to", "on", "in", "at", "de", "du", "des", "la", "le", "sans"}


@lru_cache(maxsize=1)
def international_body_names() -> frozenset[str]:
    """Names of three words or more that the Phoenix dictionaries file as international or non-governmental bodies
    (IGO, NGO: 'Reporters Without Borders', 'Committee to Protect Journalists', 'Group of Eight'), written as news
    writes them: each word capitalized but the function words. Three words make such a name no common phrase."""
    out = set()
    for name, code, *_ in _lines("actors.tsv"):
        words = name.split()
        if code[:3] in ("IGO", "NGO") and len(words) >= 3 and all(w.isalpha() for w in words) \
                and words[0] not in _FUNCTION_WORDS and words[-1] not in _FUNCTION_WORDS:
            out.add(" ".join(w if w in _FUNCTION_WORDS else w.capitalize() for w in words))
    return frozenset(out)


def known_body(name: str) -> bool:
    """Whether a name is an organization the project's list or the dictionaries know ('Burger King', 'Philip
    Morris'): a company, an NGO or another body, never a person."""
    return geo.known_organization(name) is not None or (
        (known := known_actor(name)) is not None and known.organization)


@lru_cache(maxsize=1)
def _agents() -> dict[tuple[str, ...], str]:
    return {tuple(phrase.split()): code[:3] for phrase, code in _lines("agents.tsv")}


@lru_cache(maxsize=1)
def agent_phrases() -> frozenset[tuple[str, ...]]:
    """Every role phrase of the agents dictionary, as folded words."""
    return frozenset(_agents())


def agent_codes() -> dict[tuple[str, ...], str]:
    """Every role phrase of the agents dictionary (folded words) with its agent code ('PTY', 'GOV')."""
    return dict(_agents())


def listed_person(name: str) -> bool:
    """Whether the dictionaries list a name as a person: an entry of its own (not an alias of another entry)
    with a dated role, which the dictionaries give people's offices ('des browne' GBRGOV 2005-06-01 to
    2006-05-31). Bodies have dated entries too ('palestinian authority'): a name that begins with no given name
    and has a common noun of the news in it is none."""
    key = geo.fold(name)
    words = key.split()
    if not words or any(w in ORG_NOUNS for w in words) or not is_given_name(words[0], either=True) and any(
            common_noun(w) for w in words):
        return False
    return any((a is not None or b is not None) and e == key for _, a, b, e in _actors().get(key, ()))


# the prefixes of CAMEO codes that file a body of no one country or a company ('research in motion' MNCCAN,
# 'reporters without borders' NGOHRI...), and people of such bodies too (`dictionary_names`)
_BODY_PREFIXES = ("IGO", "NGO", "MNC", "IMG")


@lru_cache(maxsize=1)
def dictionary_names() -> dict[tuple[str, ...], str]:
    """The names of two words or more that the Phoenix dictionaries give an entry of their own, as folded words, with
    the type the entry shows:
    - a body (ORGANIZATION) where the name ends in an organization noun ('lord resistance army'); or where every
      entry is an undated body of no one country or a company, and the name is a company's ('bhp billiton') or has
      a common noun of the news in it ('reporters without borders'): these codes file people too ('r k pachauri'
      IGO, 'kafeel ahmed' IMG), so other names, a name that begins with a given name and one with a title or an
      honorific ('secretary general of the un') are left out;
    - a person (PERSON) where `listed_person` says so and the name ends in no given name nor an initial and has no
      title or honorific ('lee hsien loong', 'bhumibol adulyadej', 'juan carlos i'; not 'ana maria', 'george p').
    Left out as well: a name that is only part of its entry ('bin laden' of 'osama bin laden'), a place, and a
    country's name after 'in' ('human rights in china' is as often a report's topic). Otherwise a country's name may be
    part of a body's ('united states congress')."""
    out: dict[tuple[str, ...], str] = {}
    for name, rows in _actors().items():
        words = name.split()
        if len(words) < 2 or not all(w.isalnum() for w in words) or words[0] in _FUNCTION_WORDS \
                or words[-1] in _FUNCTION_WORDS or not any(set(entry.split()) <= set(words) for *_, entry in rows) \
                or geo.known_place(name) or "in" in words and geo.find_country_in(name):
            continue
        titled = any(w in TITLE_WORDS or w in HONORIFICS for w in words)
        coded = all(code[:3] in _BODY_PREFIXES and start is None and end is None for code, start, end, _ in rows)
        company = all(code[:3] == "MNC" for code, *_ in rows) or any(
            len(w) > 2 and w not in NAME_PARTICLES and common_noun(w) for w in words)
        if words[-1] in ORG_NOUNS or (coded and company and not titled and not is_given_name(words[0], either=True)):
            out[tuple(words)] = ORG
        elif listed_person(name) and not is_given_name(words[-1], either=True) and not titled \
                and (len(words[-1]) > 1 or words[-1] in ("i", "v", "x")):  # 'george p' is cut; 'juan carlos i' is not
            out[tuple(words)] = PERSON
    return out


@lru_cache(maxsize=1)
def kind_heads() -> frozenset[str]:
    """The words that head a role phrase of the agents dictionary before 'of' ('house' of 'house of
    representatives' and 'house of commons', 'chamber' of 'chamber of deputies'): alone, such a word names a body
    or a role by its kind, which every country has."""
    return frozenset(p[0] for p in _agents() if len(p) >= 3 and p[1] == "of")


def role_sector(text: str, whole: bool = False) -> str | None:
    """The sector of the longest role phrase in `text` ('Foreign Minister' -> GOV, 'police chief' -> COP);
    with `whole`, only where the whole text is one ('Interior Minister')."""
    words = geo.fold(text).split()
    agents = _agents()
    if whole:
        code = agents.get(tuple(words))
        return code if code in SECTOR_CODES else None
    best: tuple[int, str] | None = None
    for i in range(len(words)):
        for n in range(min(5, len(words) - i), 0, -1):
            code = agents.get(tuple(words[i:i + n]))
            if code and code in SECTOR_CODES and (best is None or n > best[0]):
                best = (n, code)
                break
    return best[1] if best else None
