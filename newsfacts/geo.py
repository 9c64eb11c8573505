"""Countries: names, demonyms and capitals to ISO 3166-1 alpha-3 codes (pycountry plus small tables)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

import pycountry


# letters that Unicode does not decompose into a base letter and a mark, written as English texts transliterate
# them ('Łukasz' / 'Lukasz', 'Støre' / 'Store', 'Þór' / 'Thor', 'Tuđman' / 'Tudman', 'Kışlalı' / 'Kislali')
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
                               "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H", "ı": "i", "æ": "ae", "Æ": "Ae",
                               "œ": "oe", "Œ": "Oe"})


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key of a name: 'the U.S.' -> 'us', 'Jonas Gahr Støre' -> 'jonas gahr
    store'."""
    s = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    s = s.replace("\u2019", "'").replace(".", "")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w]+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def _table(name: str) -> dict[str, str]:
    text = resources.files("newsfacts.resources").joinpath(name).read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {fold(row[0]): row[1].strip() for row in rows}


@lru_cache(maxsize=1)
def _country_parts() -> frozenset[str]:
    text = resources.files("newsfacts.resources").joinpath("country_aliases.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return frozenset(fold(row[0]) for row in rows if len(row) > 2 and row[2].strip() == "part")


def country_part(name: str) -> bool:
    """Whether a country name names a part of a country ('England', 'Scotland' of the United Kingdom): the
    same country for attribution, but two names for identity ('Bank of England', 'Bank of Scotland')."""
    return fold(name) in _country_parts()


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    table: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                table.setdefault(fold(value), c.alpha_3)
                if "," in value:  # "Korea, Republic of" -> also "Republic of Korea"
                    a, b = value.split(",", 1)
                    table.setdefault(fold(f"{b} {a}"), c.alpha_3)
    table.update(_table("country_aliases.tsv"))
    return table


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return _table("demonyms.tsv")


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return _table("capitals.tsv")


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    return _table("places.tsv")


@lru_cache(maxsize=1)
def _organization_rows() -> tuple[tuple[str, str | None, str | None], ...]:
    """The well-known organizations' list (organizations.tsv): name as written, ISO3 or None, sector or None."""
    text = resources.files("newsfacts.resources").joinpath("organizations.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, code, sector = (line.split("\t") + ["", ""])[:3]
        code, sector = code.strip(), sector.strip()
        out.append((name, None if code in ("", "-") else code, sector or None))
    return tuple(out)


@lru_cache(maxsize=1)
def _organizations() -> dict[str, tuple[str | None, str | None]]:
    out: dict[str, tuple[str | None, str | None]] = {}
    for name, code, sector in _organization_rows():
        out.setdefault(fold(name), (code, sector))
    return out


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[str, int]]:
    text = resources.files("newsfacts.resources").joinpath("cities.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {name: (code, int(population)) for name, code, population in rows}


def city_code(name: str, min_population: int = 0) -> str | None:
    """ISO3 of the country of the most populous city of this name with at least `min_population` people
    (GeoNames cities of 15,000 or more), else None. A fallback only: many names of cities are surnames."""
    found = _cities().get(fold(name))
    return found[0] if found and found[1] >= min_population else None


# ISO 3166-2 subdivisions of these kinds are towns or wards, whose names are often another place's elsewhere
_LOCAL_SUBDIVISIONS = {"Municipality", "Rural municipality", "Urban municipality", "District municipality", "Parish",
                       "Local council", "City with county rights", "Commune", "Town council", "Council",
                       "Island council"}
# the words after a subdivision's name that say what kind it is ('Maysan province', 'Okayama Prefecture')
_SUBDIVISION_HEADS = re.compile(r"\s+(?:province|state|county|governorate|district|prefecture|department|oblast|"
                                r"territory|region)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, str]:
    """Folded name -> ISO3 of the ISO 3166-2 states, provinces, regions and counties (pycountry's), the names that
    one country's subdivisions alone bear ('Oxfordshire', 'Maysan', 'Terengganu'; not 'Limburg', 'Nord')."""
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.type in _LOCAL_SUBDIVISIONS:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        for name in {sub.name, re.sub(r"\s*\(.*\)$", "", sub.name)}:
            found.setdefault(fold(name), set()).add(country.alpha_3)
    return {name: next(iter(codes)) for name, codes in found.items() if len(codes) == 1}


def subdivision_code(name: str) -> str | None:
    """ISO3 of the one country with a state, province, region or county of this name, with or without the word for
    its kind ('Maysan province' -> 'IRQ'), else None."""
    return _subdivisions().get(fold(_SUBDIVISION_HEADS.sub("", name)))


def subdivision_named(name: str) -> bool:
    """Whether a name of two words or more (or hyphenated) is, exactly, the name of one country's subdivision in
    ISO 3166-2, but for the local kinds (municipalities, parishes, communes, councils): states, provinces, regions,
    counties, districts, cantons, boroughs ('New South Wales', 'Uttar Pradesh', 'Stockton-on-Tees'). Not one word
    ('Granma', 'Brent', 'Roma' name newspapers, oil and clubs as often) nor capitals only."""
    return (len(name.split()) >= 2 or "-" in name) and not name.isupper() and fold(name) in _subdivisions()


def region_code(name: str) -> str | None:
    """ISO3 of the country a place of the hand list lies in ('Ontario' -> 'CAN'), else None: no capitals. The list
    has states, provinces and regions, and some large cities ('Chicago')."""
    return _places().get(fold(name))


def place_code(name: str) -> str | None:
    """ISO3 of the country a named place lies in: a capital, a state or a large city ('Indiana' -> 'USA')."""
    key = fold(name)
    return _capitals().get(key) or _places().get(key)


def known_place(name: str) -> bool:
    """Whether the gazetteer knows a name as a place, a city or a country (place_code has the capitals)."""
    return bool(place_code(name) or city_code(name) or country_code(name))


def known_organization_names() -> tuple[str, ...]:
    """The well-known organizations' names as the list writes them ('BBC', 'Human Rights Watch')."""
    return tuple(name for name, _, _ in _organization_rows())


def known_organization(name: str) -> tuple[str | None, str | None] | None:
    """(ISO3 or None, sector) of a well-known organization ('BBC' -> ('GBR', 'MED')), else None."""
    return _organizations().get(fold(name))


def country_code(name: str) -> str | None:
    """ISO3 of a country name ('Haiti', 'the United States', 'U.K.'), else None."""
    return _countries().get(fold(name))


def demonym_code(word: str) -> str | None:
    """ISO3 of a demonym or national adjective ('Salvadoran', 'Haitians'), else None."""
    key = fold(word)
    code = _demonyms().get(key)
    if code is None and key.endswith("s"):
        code = _demonyms().get(key[:-1])
    return code


def nation_code(name: str) -> str | None:
    """ISO3 of a demonym or a country name ('Haitian', 'Haiti'), else None."""
    return demonym_code(name) or country_code(name)


def capital_code(name: str) -> str | None:
    """ISO3 of the country whose capital this is ('San Salvador' -> 'SLV'), else None."""
    return _capitals().get(fold(name))


@lru_cache(maxsize=None)
def country_name(code: str) -> str:
    """The short English name of a country code."""
    c = pycountry.countries.get(alpha_3=code)
    return (getattr(c, "common_name", None) or c.name) if c else code


# "Organization of American States", "African Union": a demonym before these is no country.
_SUPRANATIONAL = {"states", "nations", "union", "countries", "community", "peoples", "republics"}


@lru_cache(maxsize=1)
def _longest_country_name() -> int:
    """The most words in a country's name ('United Kingdom of Great Britain and Northern Ireland': 8)."""
    return max(len(name.split()) for name in _countries())


def find_country_in(name: str) -> str | None:
    """ISO3 of a country named or implied inside a longer name ('Salvadoran Legislative Assembly'). A state or
    province whose name holds a country's is that state's ('University of New Mexico': USA, 'New South Wales Police':
    AUS), and 'New' before a country's name makes another place of it ('New England Conservatory': none; not before
    a nationality: 'New Italian Socialist Party')."""
    words = fold(name).split()
    for n in range(min(len(words), _longest_country_name()), 0, -1):  # the longest name first: 'Democratic People's
        # Republic of Korea' is not 'Korea', 'the Democratic Republic of the Congo' not 'the Republic of the Congo'
        for i in range(len(words) - n + 1):
            chunk = " ".join(words[i:i + n])
            if n >= 2 and (place := place_code(chunk)) and _countries().get(chunk) is None \
                    and (any(_countries().get(w) for w in chunk.split()[1:]) or _demonyms().get(words[i])):
                return place  # 'New Mexico', 'British Columbia': a state's, not the country's in its name
            code = _countries().get(chunk) if i == 0 or words[i - 1] != "new" else None
            if code is None and n <= 2 and (i + n == len(words) or words[i + n] not in _SUPRANATIONAL):
                code = _demonyms().get(chunk)
            if code:
                return code
    return None
