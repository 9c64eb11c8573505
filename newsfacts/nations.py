"""The country a nationality or a country's name stands for, read from the tokens of a parse: the whole name a word
is part of ('North Korean', 'a New Zealander'), not its last word alone."""
from __future__ import annotations

from spacy.tokens import Token

from newsfacts import geo
from newsfacts.nlp import entity_of


# Words of a faith that NER runs together with a nationality into one name ('Somali Islamist militias')
_FAITHS = {"muslim", "muslims", "islamic", "islamist", "islamists", "sunni", "sunnis", "shia", "shiite", "shiites",
           "christian", "christians", "catholic", "catholics", "protestant", "orthodox", "jewish", "hindu", "sikh",
           "buddhist"}


def nation_of(mod: Token) -> str | None:
    """ISO3 of the nationality or country a modifier names, read from the whole name it is part of ('North Korean' is
    PRK, not the KOR of its last word; 'South American' is no country's), else from the word ('Sri Lankan' where
    NER left the name out: the word and those before it)."""
    ent = entity_of(mod, ("NORP", "GPE")) if mod.ent_type_ in ("NORP", "GPE") else None
    words = [t for t in ent if not (t.like_num or t.text[:1].isdigit())] if ent is not None else []
    if len(words) > 1:  # not the count NER may put in it ('the 55th Canadian soldier')
        name = ent.doc[words[0].i:words[-1].i + 1].text
        code = geo.nation_code(name)
        if code:
            return code
        # a nationality first, run together with what it qualifies ('U.S. Marine', 'Somali Islamist'), or after a
        # faith ('Sunni Iraqi': about 40 names of a nationality and a faith in the corpus): its state; not a
        # nationality a direction or another word qualifies ('South American', 'Latin American', 'African-American')
        nations = [t for t in words if geo.nation_code(t.text)]
        if len(nations) == 1 and (nations[0] is words[0]
                                  or all(t is nations[0] or t.lower_ in _FAITHS for t in words)):
            return geo.nation_code(nations[0].text)
        return None
    code = geo.nation_code(mod.text)
    first = next((t.i for t in mod.doc[mod.left_edge.i:mod.i] if t.pos_ != "DET"), mod.i)
    if code is None and first < mod.i:  # a nationality of two words ('Sri Lankan', 'a New Zealander')
        code = geo.nation_code(mod.doc[first:mod.i + 1].text)
    return code
