"""Identity across documents: one actor_id per real actor, one event_id per real event."""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable

from newsfacts import geo
from newsfacts.actors import COUNTRY, ORG, PERSON, content_key


def stable_id(prefix: str, *parts: object) -> str:
    """A short id that depends only on its parts: the same input gives the same id on every run."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]
    return f"{prefix}_{digest}"


class _Sets:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _keys(actor: dict) -> set[tuple]:
    """The identity keys one local actor offers for merging with actors of other documents."""
    t = actor["actor_type"]
    if t == COUNTRY and actor.get("country"):
        return {("country", actor["country"])}
    keys = {(t, "name", geo.fold(actor["name"]))}
    if t == ORG:
        for name in [actor["name"]] + actor["aliases"]:
            if len(name.split()) >= 2:
                keys.add((t, "content", content_key(name)))
        for acr in actor.get("acronyms", []):
            keys.add((t, "acronym", acr.replace(".", "").upper()))
    elif t == PERSON:
        for alias in actor["aliases"]:
            if len(alias.split()) >= 2:
                keys.add((t, "name", geo.fold(alias)))
    return keys


def resolve_actors(extractions: Iterable[dict]) -> tuple[list[dict], dict[tuple[str, int], str]]:
    """Global actor rows and the map (doc_id, local_id) -> actor_id."""
    sets = _Sets()
    members: dict[tuple[str, int], dict] = {}
    owner_of_key: dict[tuple, tuple[str, int]] = {}
    for ex in extractions:
        for a in ex["actors"]:
            ref = (ex["doc_id"], a["local_id"])
            members[ref] = a
            sets.find(ref)
            for key in sorted(_keys(a), key=repr):
                if key in owner_of_key:
                    sets.union(owner_of_key[key], ref)
                else:
                    owner_of_key[key] = ref
    groups: dict = defaultdict(list)
    for ref in members:
        groups[sets.find(ref)].append(ref)
    rows, id_of = [], {}
    for refs in groups.values():
        row = _merge([members[r] for r in refs], len({r[0] for r in refs}))
        for r in refs:
            id_of[r] = row["actor_id"]
        rows.append(row)
    return sorted(rows, key=lambda r: r["actor_id"]), id_of


def _most_common(values: Iterable, default=None):
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], str(v))) if counts else default


def _merge(actors: list[dict], n_documents: int) -> dict:
    actor_type = _most_common(a["actor_type"] for a in actors)
    country = _most_common(a["country"] for a in actors)
    if actor_type == COUNTRY and country:
        country_names = [a["name"] for a in actors if geo.country_code(a["name"]) == country]
        name = _most_common(country_names) or geo.country_name(country)
        actor_id = stable_id("act", COUNTRY, country)
    else:
        names = [a["name"] for a in actors]
        name = max(sorted(set(names)), key=lambda n: (len(n.split()), len(n), names.count(n)))
        actor_id = stable_id("act", actor_type, geo.fold(name))
    aliases = sorted({n for a in actors for n in [a["name"], *a["aliases"]]} - {name})
    return {
        "actor_id": actor_id,
        "name": name,
        "actor_type": actor_type,
        "aliases": aliases,
        "country": country,
        "sector": _most_common(a["sector"] for a in actors),
        "title": _most_common(a["title"] for a in actors) if actor_type == PERSON else None,
        "n_documents": n_documents,
        "n_mentions": sum(len(a["mentions"]) for a in actors),
    }


def merge_events(mentions: list[dict]) -> list[list[dict]]:
    """Event mentions grouped into events: same type and actors, compatible dates.

    Each mention has global `actor1_id`, `actor2_id`, `event_date`, `date_precision`.
    Dated mentions group by date; an undated mention joins the one dated event of its
    type and actors when there is exactly one, else forms an undated event of its own.
    """
    by_key: dict[tuple, list[dict]] = defaultdict(list)
    for m in mentions:
        by_key[(m["event_type"], m["actor1_id"], m["actor2_id"])].append(m)
    events = []
    for group in by_key.values():
        dated: dict[str, list[dict]] = defaultdict(list)
        undated = []
        for m in group:
            if m["event_date"]:
                dated[m["event_date"][:{"year": 4, "month": 7}.get(m["date_precision"], 10)]].append(m)
            else:
                undated.append(m)
        # a coarser date ("2024-10") folds into the one finer date it contains ("2024-10-03")
        for coarse in sorted(dated, key=len):
            finer = [d for d in dated if d != coarse and d.startswith(coarse)]
            if len(finer) == 1:
                dated[finer[0]].extend(dated.pop(coarse))
        if len(dated) == 1:
            next(iter(dated.values())).extend(undated)
            undated = []
        events.extend(dated.values())
        if undated:
            events.append(undated)
    return events
