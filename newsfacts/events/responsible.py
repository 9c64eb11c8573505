"""Actors named by nationality and role rather than by name, as PETRARCH codes them (country + agent).

- An agent of a state ("Israeli troops", "Egyptian police", "the Sudanese government") acts for that
  country (PLOVER and the gold guidelines: "a country's troops or police: that country"): a mention
  of the country.
- Any other agent with a nationality ("Sudanese rebels", "students throughout Indonesia", "Iraqi
  Kurds", "Palestinians") is a GROUP actor: an unnamed group with its country and the agent's sector
  ("Sudanese rebels": SDN, REB). GROUP actors are not named actors (the scorer and the gold leave them
  out), but they are who acts in much political news, and PETRARCH-style data codes them.
- A nationality before the noun of an act that states carry out ("Israeli air strikes", "the Chinese
  crackdown", "Russian sanctions": ASSAULT, COERCE, MOBILIZE, SANCTION) names that state, as before its
  troops; before other event nouns ("Turkish protests") it names no one.
Role words and sectors come from PETRARCH2's Phoenix agents dictionary (newsfacts.actors.known).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from newsfacts import geo
from newsfacts.actors import COUNTRY, GROUP, LocalActor, Mention
from newsfacts.actors.model import RESPONSIBLE
from newsfacts.actors.known import agent_phrases, role_sector
from newsfacts.actors.names import trim
from newsfacts.events.vocabulary import table_rows
from newsfacts.lexicon import ABROAD_WORDS
from newsfacts.nations import nation_of
from newsfacts.nlp import entity_of, text_of

STATE_SECTORS = ("GOV", "MIL", "COP", "JUD", "LEG", "SPY")
CIVILIANS = "CVL"  # PETRARCH's sector for a people named by its nationality ("Palestinians")
PLACE_PREPS = ("in", "of", "from", "throughout", "across")


@lru_cache(maxsize=1)
def national_roles() -> dict[str, str]:
    """Role nouns that act for a state only after a nationality ("Israeli forces": resources/national_roles.tsv)."""
    return {word: sector for word, sector in table_rows("national_roles.tsv")}


@lru_cache(maxsize=1)
def agent_heads() -> frozenset[str]:
    """The last word of every role phrase: no other noun can name a role."""
    return frozenset(words[-1] for words in agent_phrases()) | frozenset(national_roles())


def agent_sector(head: Token) -> str | None:
    """The sector of the role a noun names ("troops" MIL, "riot police" COP, "rebels" REB), or None:
    the longest role phrase its compounds and head make, in the singular or as written; else the
    sector of a national role noun ("forces" MIL), which `responsible_countries` takes only after a
    nationality; else, for people in the plural, the role their modifiers name ("media organizers" MED)."""
    compounds = [t.lower_ for t in head.lefts if t.dep_ == "compound"]
    sector = _longest_role(compounds + [head.lemma_.lower()]) or _longest_role(compounds + [head.lower_]) \
        or national_roles().get(head.lemma_.lower()) or national_roles().get(head.lower_)
    if sector or head.tag_ not in ("NNS", "NNPS"):
        return sector
    return _longest_role(compounds)


def names_forces(head: Token) -> bool:
    """Whether a noun names armed or police forces ('troops', 'riot police', 'peacekeepers'): sectors MIL and COP."""
    return (agent_sector(head) or "") in ("MIL", "COP")


def _longest_role(words: list[str]) -> str | None:
    """The sector of the longest role phrase that ends these words."""
    for i in range(len(words)):
        sector = role_sector(" ".join(words[i:]), whole=True)
        if sector:
            return sector
    return None


def sector_code(code: str) -> str | None:
    """A Phoenix agent code as one of the contract's sectors: its first code ("GOVMIL" -> GOV; a
    people, "PPL", are civilians), None where it names none."""
    from schemas.tables import SECTORS

    head = CIVILIANS if code.startswith("PPL") else code[:3]
    return head if head in SECTORS else None


# sectors whose agents act where they are: the police, courts and officials in a city or a province act for
# its country ('police in Mosul', 'officials in Texas'); troops and rebels need not ('troops in Kabul'), nor
# diplomats ('ambassadors in Tehran'); 'the Governor of Texas' is a title, whose holder the text names
DOMESTIC_SECTORS = ("COP", "GOV", "JUD", "LEG")


def _nationality(tok: Token, domestic: bool = False) -> tuple[str, Token] | None:
    """(ISO3, the token naming it) of a role noun's nationality: a demonym or country before it
    ("Sudanese rebels"), or a country it is in, of or from ("students throughout Indonesia"); with
    `domestic`, a place of one country too ("police in Mosul")."""
    for mod in tok.lefts:
        if mod.dep_ in ("amod", "compound", "nmod") and mod.pos_ in ("ADJ", "PROPN", "NOUN"):
            code = nation_of(mod)
            if code:
                return code, mod
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ == "GPE":
                    ent = entity_of(pobj, ("GPE",))  # 'Buenos Aires', not 'Aires'
                    place = ent.text if ent is not None else pobj.text
                    code = geo.country_code(place)
                    if code:
                        return code, pobj
                    code = geo.place_code(place) if domestic and prep.lower_ == "in" and not abroad(tok) else None
                    if code:  # the country goes unnamed: the agent's own word stands for it
                        return code, tok
    return None


def abroad(tok: Token) -> bool:
    """A diplomat's or a foreign body's role ('foreign ministers', 'the US embassy'), whose country is not
    where it is."""
    return tok.lemma_.lower() in ABROAD_WORDS or any(c.lower_ in ABROAD_WORDS for c in tok.lefts)


def _people(tok: Token) -> str | None:
    """ISO3 of a plural nationality noun that names a people ("Palestinians", "Nigerians")."""
    if tok.tag_ in ("NNS", "NNPS") and tok.ent_type_ == "NORP":
        return geo.demonym_code(tok.text)
    return None


def responsible_countries(doc: Doc, actors: list[LocalActor]) -> list[LocalActor]:
    """`actors` plus the countries their state agents act for and the GROUP actors named by
    nationality and role (see the module's doc), each with a mention."""
    covered = {i for a in actors for m in a.mentions for i in range(*m.tokens)}
    by_key: dict[tuple, LocalActor] = {("country", a.country): a for a in actors
                                       if a.actor_type == COUNTRY and a.country}
    out = list(actors)
    heads = agent_heads()
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in covered or (
                tok.lemma_.lower() not in heads and tok.lower_ not in heads and tok.ent_type_ != "NORP"
                and not (tok.tag_ in ("NNS", "NNPS")
                         and any(c.dep_ == "compound" and c.lower_ in heads for c in tok.lefts))):
            continue
        people = _people(tok)
        sector = CIVILIANS if people else agent_sector(tok)
        found = (people, tok) if people else (_nationality(tok, sector.startswith(DOMESTIC_SECTORS)) if sector else None)
        if not found:
            continue
        code, where = found
        if sector.startswith(STATE_SECTORS) and where.i < tok.i:
            for other in where.conjuncts:  # 'US and Iraqi forces', 'Pakistani and Afghan officials': each state's
                other_code = nation_of(other)
                if other_code and other.i not in covered:
                    _state_mention(doc, out, by_key, covered, other_code, other)
        if where.i in covered and (sector.startswith(STATE_SECTORS) or where.i < tok.i):
            continue  # the country is named already ("Indonesia's army": its mention stands for it)
        if where.i in covered:
            where = tok  # "students throughout Indonesia": the group is the students
        if not sector.startswith(STATE_SECTORS) and tok.tag_ not in ("NNS", "NNPS"):
            continue  # "a Sudanese refugee", "an Indian company": one unnamed person or body, no group
        if sector.startswith(STATE_SECTORS):
            _state_mention(doc, out, by_key, covered, code, where)
        else:
            span = (min(where.i, tok.i), max(where.i, tok.i) + 1) if abs(where.i - tok.i) <= 3 else (tok.i, tok.i + 1)
            name = doc[span[0]:span[1]].text
            make = lambda: LocalActor(len(out), name, GROUP, [], [], country=code, sector=sector_code(sector),  # noqa: E731
                                      country_source="context")
            _mention(doc, out, by_key, covered, (GROUP, code, sector), make, span)
    _nations_of_state_acts(doc, out, by_key, covered)
    _nations_of_weapons(doc, out, by_key, covered)
    _nations_that_lead(doc, out, by_key, covered)
    return out


def _state(code: str, out: list[LocalActor]) -> LocalActor:
    """A new local actor for a country that its agents or acts name where the document names it not."""
    return LocalActor(len(out), geo.country_name(code), COUNTRY, [], [], country=code, sector="GOV",
                      country_source="name")


def _state_mention(doc: Doc, out: list[LocalActor], by_key: dict, covered: set[int], code: str, tok: Token) -> None:
    """`tok` as a mention of the country `code` (its agents, weapons or acts name it): with the rest of the
    nationality's name where it has several words ('North Korean', 'Sri Lankan'), not its first word alone."""
    ent = entity_of(tok, ("NORP", "GPE"))
    wider = [ent] if ent is not None else []
    wider += [doc[tok.left_edge.i:tok.i + 1]] if tok.left_edge.i < tok.i else []  # NER left 'Sri' out
    # the name without an article, a possessive or a punctuation mark at its edges ("The United States'")
    names = [name for name in map(trim, wider) if name is not None]
    span = next(((n.start, n.end) for n in names if geo.nation_code(n.text) == code
                 and not covered.intersection(range(n.start, n.end))), (tok.i, tok.i + 1))
    _mention(doc, out, by_key, covered, ("country", code), lambda: _state(code, out), span)


def _mention(doc: Doc, out: list[LocalActor], by_key: dict, covered: set[int], key: tuple, make,
             span: tuple[int, int]) -> None:
    """A mention over the tokens `span` of the actor `key` stands for, made by `make()` where the document has
    none yet; its tokens are covered then."""
    actor = by_key.get(key)
    if actor is None:
        actor = by_key[key] = make()
        out.append(actor)
    start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1].text)
    actor.mentions.append(Mention(start, end, text_of(doc)[start:end], actor.actor_type, actor.country, RESPONSIBLE,
                                  span))
    covered.update(range(*span))


# event types a state carries out, whose nationality word names the state ("Israeli air strikes", "Russian
# sanctions", "the Chinese crackdown"), as it does for the state's agents ("Israeli troops")
STATE_ACTS = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"}
# and the acts of its diplomacy, which a nationality word before them names too where another judges them or asks
# for them ("rejected an Indian proposal", "endorsed the Chinese proposal", "is opposed to French mediation", "calls
# for an American withdrawal": whose act it is, is whom the judging is about). Not standing alone: of 30 such nouns
# in the corpus, most are acts planned or feared ("after an Israeli withdrawal", "the Iranian threat"), whose modality
# the noun does not show; nor a protest ("anti-American protests": a people's, or against the country)
DIPLOMATIC_ACTS = {"AGREE", "CONSULT", "REJECT", "RETREAT", "THREATEN"}
JUDGED_BY = {"ACCUSE", "SUPPORT", "REJECT", "REQUEST"}


def _nations_of_state_acts(doc: Doc, out: list[LocalActor], by_key: dict, covered: set[int]) -> None:
    """The country a nationality word before an event noun of a state's act or of its diplomacy names, as a mention of
    it."""
    from newsfacts.events.grammar import refine  # the senses need phrases, which need this module's agent heads
    from newsfacts.events.senses import sense
    for tok in doc:
        if tok.pos_ != "NOUN" or not any(m.dep_ == "amod" and m.ent_type_ == "NORP" for m in tok.lefts):
            continue
        trig = sense(tok)
        kind = refine(trig) if trig is not None else None
        if kind not in STATE_ACTS and not (kind in DIPLOMATIC_ACTS and _judged(tok, sense, refine)):
            continue
        for mod in tok.lefts:
            if mod.i in covered or mod.dep_ != "amod" or mod.ent_type_ != "NORP":
                continue
            code = nation_of(mod)
            if code:
                _state_mention(doc, out, by_key, covered, code, mod)


def _judged(noun: Token, sense, refine) -> bool:
    """Whether an event noun is what a verb of judging or asking acts on: its object, or its object after a
    preposition ('opposed to X', 'calls for X')."""
    verb = noun.head if noun.dep_ == "dobj" else \
        noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    trig = sense(verb) if verb is not None and verb.pos_ in ("VERB", "ADJ") else None
    return trig is not None and refine(trig) in JUDGED_BY


@lru_cache(maxsize=1)
def weapon_nouns() -> frozenset[str]:
    """One-word nouns of weapons and military aircraft (CAMEO's &WEAPON and &AIRCRAFT noun classes)."""
    from newsfacts.events.vocabulary import vocabulary
    classes = vocabulary().classes
    return frozenset(w for name in ("&WEAPON", "&AIRCRAFT") for w in classes.get(name, ()) if " " not in w)


def _nations_of_weapons(doc: Doc, out: list[LocalActor], by_key: dict, covered: set[int]) -> None:
    """A state's weapons that carry out a state's act name the state, as its troops do ("Israeli jets struck",
    "killed by a Russian missile", "U.S. helicopters launched strikes"; PETRARCH codes them as the state's
    military): the nationality word is a mention of the country where the weapon is the subject or the 'by'
    agent of a verb of such an act (not "lorries full of Iranian rockets", "Russian jets were flying")."""
    from newsfacts.events.grammar import refine
    from newsfacts.events.senses import sense
    weapons = weapon_nouns()
    for tok in doc:
        if tok.pos_ != "NOUN" or (tok.lemma_.lower() not in weapons and tok.lower_ not in weapons):
            continue
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else tok.head if tok.dep_ == "nsubj" \
            else None
        trig = sense(verb) if verb is not None and verb.pos_ == "VERB" else None
        if trig is None or refine(trig) not in STATE_ACTS:
            continue
        for mod in tok.lefts:
            if mod.i in covered or not (mod.dep_ == "amod" and mod.ent_type_ == "NORP"
                                        or mod.dep_ == "compound" and mod.ent_type_ == "GPE"):
                continue
            code = nation_of(mod)
            if code:
                _state_mention(doc, out, by_key, covered, code, mod)


def _nations_that_lead(doc: Doc, out: list[LocalActor], by_key: dict, covered: set[int]) -> None:
    """A nationality that leads a force, a coalition or an operation is its state ("the Australian-led force",
    "a Saudi-led coalition"), as a named leader is ("NATO-led"; phrases.leader): a mention of the country."""
    for tok in doc:
        if tok.lower_ != "led" or tok.dep_ != "amod":
            continue
        for mod in tok.children:
            if mod.i < tok.i and mod.i not in covered and mod.dep_ in ("npadvmod", "compound", "nmod") \
                    and mod.ent_type_ == "NORP" and (code := nation_of(mod)):
                _state_mention(doc, out, by_key, covered, code, mod)
