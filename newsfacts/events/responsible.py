"""The state an unnamed agent of a country stands for: "Israeli troops", "Egyptian police",
"the Sudanese government" act for that country (PLOVER and GOLD: "a country's troops or police:
that country"). Role words and their sectors come from PETRARCH2's Phoenix agents dictionary;
only the state's own sectors (government, military, police, judiciary, legislature, intelligence)
make the country responsible: "Sudanese rebels" or "Egyptian students" do not act for their state.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from newsfacts import geo
from newsfacts.actors import COUNTRY, LocalActor, Mention

STATE_SECTORS = ("GOV", "MIL", "COP", "JUD", "LEG", "SPY")


@lru_cache(maxsize=1)
def agents() -> dict[str, str]:
    text = resources.files("newsfacts.resources").joinpath("phoenix_agents.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")][1:]
    return {phrase: sector for phrase, sector in rows}


def state_agent(head: Token) -> bool:
    """Whether a noun names an agent of a state ("troops", "riot police", "security forces")."""
    table = agents()
    words = [t.lower_ for t in head.lefts if t.dep_ == "compound"] + [head.lower_]
    for i in range(len(words)):
        sector = table.get(" ".join(words[i:])) or (table.get(head.lemma_.lower()) if i == len(words) - 1 else None)
        if sector:
            return sector.startswith(STATE_SECTORS)
    return False


def _country_of(tok: Token) -> str | None:
    if tok.dep_ not in ("amod", "compound", "nmod") or tok.pos_ not in ("ADJ", "PROPN", "NOUN"):
        return None
    return geo.demonym_code(tok.text) or geo.country_code(tok.text)


def responsible_countries(doc: Doc, actors: list[LocalActor]) -> list[LocalActor]:
    """`actors` plus, for each state agent named by its nationality alone, a mention of that country
    (joined to the document's actor for the country, or a new one)."""
    covered = {i for a in actors for m in a.mentions for i in range(*m.tokens)}
    by_code = {a.country: a for a in actors if a.actor_type == COUNTRY and a.country}
    out = list(actors)
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.i in covered or not state_agent(tok):
            continue
        for mod in tok.lefts:
            code = _country_of(mod) if mod.i not in covered else None
            if code is None:
                continue
            mention = Mention(mod.idx, mod.idx + len(mod.text), mod.text, COUNTRY, code, "responsible", (mod.i, mod.i + 1))
            actor = by_code.get(code)
            if actor is None:
                actor = LocalActor(len(out), geo.country_name(code), COUNTRY, [], [], country=code,
                                   sector="GOV", country_source="name")
                out.append(actor)
                by_code[code] = actor
            actor.mentions.append(mention)
            covered.add(mod.i)
            break
    return out
