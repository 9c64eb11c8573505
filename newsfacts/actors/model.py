"""What the actor extractor returns: mentions and the local actors they are clustered into."""
from __future__ import annotations

from dataclasses import dataclass, field

PERSON, ORG, COUNTRY, LOCATION = "PERSON", "ORGANIZATION", "COUNTRY", "LOCATION"
GROUP = "GROUP"  # an unnamed group named by nationality and role ("Iraqi civilians"): events.responsible

# where an actor's country came from (LocalActor.country_source)
NAME = "name"  # the actor's own name: a country, a known body, a country word inside the name
CONTEXT = "context"  # the words around a mention: apposition, title phrase, a body it belongs to
STORY = "story"  # no evidence of its own: the country the story is about
INTERNATIONAL = "international"  # country left null on purpose: an international body or one of its officials
DICTIONARY = "dictionary"  # a dictionary of known actors (Phoenix): an office holder at the article's date

# the kind of a mention of a country by the nationality of its forces, officials or state acts ("Pakistani troops",
# "the Israeli air strikes"): events.responsible
RESPONSIBLE = "responsible"


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str  # PERSON, ORGANIZATION, COUNTRY or LOCATION as first seen
    code: str | None = None  # ISO3 when the mention names or stands for a country
    kind: str = "name"  # name, acronym, government (Haitian government), metonym (San Salvador), RESPONSIBLE
    tokens: tuple[int, int] = (0, 0)  # token range in the Doc
    typed_by_context: bool = False  # its sentence says what it is ('the carrier X'): outvotes NER's labels
    acting: bool = False  # the subject or owner in its clause ('X said', "X's party"), as people and bodies are


@dataclass
class LocalActor:
    """An actor as one document knows it."""

    local_id: int
    name: str
    actor_type: str
    aliases: list[str]
    mentions: list[Mention]
    country: str | None = None
    sector: str | None = None
    title: str | None = None
    acronyms: list[str] = field(default_factory=list)
    country_source: str | None = None  # NAME, CONTEXT, STORY, INTERNATIONAL, DICTIONARY or None
    known_as: str | None = None  # the entry of the dictionaries of known actors this person is ('george w bush')
