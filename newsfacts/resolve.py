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


def _is_acronym_name(name: str) -> bool:
    bare = name.replace(".", "").replace("-", "")
    return 2 <= len(bare) <= 12 and bare.isalnum() and sum(ch.isupper() for ch in bare) >= len(bare) - 1


def _single_name(actor: dict) -> bool:
    """A person known in its document by one word only ('Hicks'): no evidence of which Hicks."""
    return actor["actor_type"] == PERSON and len(actor["name"].split()) < 2


def _keys(actor: dict) -> set[tuple]:
    """The identity keys one local actor offers for merging with actors of other documents.

    Countries merge by code. Organizations by folded name, by content words (order and function
    words aside), and by an acronym together with its expansion; a bare acronym is attached later,
    only where it is unambiguous. People by their full names; a person named by one word only
    ('Hicks') offers no key at all, so a surname never joins two documents' people by itself."""
    t = actor["actor_type"]
    if t == COUNTRY and actor.get("country"):
        return {("country", actor["country"])}
    if _single_name(actor):
        return set()
    keys = {(t, "name", geo.fold(actor["name"]))}
    if t == ORG and len(actor["name"].split()) >= 2:
        # only the full name speaks for the actor across documents: its partial names ('White House'
        # inside 'White House Military Office') would chain unrelated bodies together corpus-wide
        full = content_key(actor["name"])
        keys.add((t, "content", full))
        for alias in actor["aliases"]:  # word-order variants of the full name ('Mission for Security Support')
            if len(alias.split()) >= 2 and content_key(alias) == full:
                keys.add((t, "name", geo.fold(alias)))
        for acr in actor.get("acronyms", []):
            keys.add((t, "acronym", acr.replace(".", "").upper(), full))
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
    # bare acronyms ('OAS' alone in a document): to the one organization spelled out with that acronym
    spelled: dict[str, set] = defaultdict(set)
    for ref, a in members.items():
        if a["actor_type"] == ORG:
            for key in _keys(a):
                if key[1] == "acronym":
                    spelled[key[2]].add(sets.find(ref))
    for ref, a in sorted(members.items()):
        if a["actor_type"] == ORG and _is_acronym_name(a["name"]) and not any(len(n.split()) >= 2 for n in a["aliases"]):
            roots = {sets.find(r) for r in spelled.get(a["name"].replace(".", "").upper(), ())}
            if len(roots) == 1:
                sets.union(roots.pop(), ref)
    groups: dict = defaultdict(list)
    for ref in members:
        groups[sets.find(ref)].append(ref)
    rows, id_of = [], {}
    seen_ids: set[str] = set()
    for root in sorted(groups):
        refs = sorted(groups[root])
        row = _merge([members[r] for r in refs], len({r[0] for r in refs}))
        if all(_single_name(members[r]) for r in refs) and len({r[0] for r in refs}) == 1:
            # a one-word person stays in its document, and its id says so
            row["actor_id"] = stable_id("act", PERSON, geo.fold(row["name"]), refs[0][0])
        if row["actor_id"] in seen_ids:  # same name, kept apart (two documents' 'Hicks'): tell them apart stably
            row["actor_id"] = stable_id("act", row["actor_type"], geo.fold(row["name"]), *refs[0])
        seen_ids.add(row["actor_id"])
        for r in refs:
            id_of[r] = row["actor_id"]
        rows.append(row)
    return sorted(rows, key=lambda r: r["actor_id"]), id_of


def _most_common(values: Iterable, default=None):
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], str(v))) if counts else default


_SOURCE_RANK = {"name": 0, "context": 1}


def _country(actors: list[dict]) -> tuple[str | None, str | None]:
    """The country of merged local actors and where it came from.

    A country some document read off the actor's own name or context outweighs any number of
    story-country defaults; a document that found the actor to be international (a UN official)
    outweighs the defaults too, and leaves the country null. (Extractions made before sources
    were recorded count as evidence of their own.)"""
    own = [a for a in actors if a.get("country") and a.get("country_source", "context") in (*_SOURCE_RANK, None)]
    if own:
        country = _most_common(a["country"] for a in own)
        source = min((a.get("country_source") or "context" for a in own if a["country"] == country),
                     key=_SOURCE_RANK.__getitem__)
        return country, source
    if any(a.get("country_source") == "international" for a in actors):
        return None, None
    country = _most_common(a.get("country") for a in actors)
    return country, ("story" if country else None)


def _merge(actors: list[dict], n_documents: int) -> dict:
    actor_type = _most_common(a["actor_type"] for a in actors)
    sector = _most_common(a["sector"] for a in actors)
    # an international body belongs to no country, whatever one document's context suggested
    if sector == "IGO" and actor_type == ORG:
        country, country_source = None, None
    else:
        country, country_source = _country(actors)
    if actor_type == COUNTRY and country:
        # the fullest form seen ('United Kingdom' over 'UK'); the id stays keyed by the code
        country_names = sorted({a["name"] for a in actors if geo.country_code(a["name"]) == country})
        name = max(country_names, key=lambda n: (len(n.split()), len(n), n)) if country_names \
            else geo.country_name(country)
        actor_id = stable_id("act", COUNTRY, country)
    else:
        names = [a["name"] for a in actors if a["actor_type"] == actor_type] or [a["name"] for a in actors]
        name = max(sorted(set(names)), key=lambda n: (len(n.split()), len(n), names.count(n)))
        actor_id = stable_id("act", actor_type, geo.fold(name))
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
        "n_mentions": sum(len(a["mentions"]) for a in actors),
    }


_PRECISION_WIDTH = {"day": 10, "month": 7, "year": 4}
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


def _date_key(m: dict) -> str | None:
    if not m.get("event_date"):
        return None
    return str(m["event_date"])[: _PRECISION_WIDTH.get(m.get("date_precision") or "day", 10)]


class _EventCluster:
    def __init__(self, m: dict) -> None:
        self.members = [m]
        self.a1, self.a2 = m["actor1_id"], m["actor2_id"]
        self.symmetric = bool(m.get("symmetric"))
        self.date = _date_key(m)

    def actors_fit(self, m: dict) -> bool:
        a1, a2 = m["actor1_id"], m["actor2_id"]
        if a1 == self.a1 and (a2 is None or self.a2 is None or a2 == self.a2):
            return True
        # two sides acting together ("Fatah and Hamas signed"): their order is arbitrary
        if (self.symmetric or m.get("symmetric")) and a2 is not None and self.a2 is not None:
            return {a1, a2} == {self.a1, self.a2}
        if a2 is None and self.symmetric and a1 in (self.a1, self.a2):
            return True
        return False

    def date_fits(self, m: dict) -> bool:
        d = _date_key(m)
        return d is None or self.date is None or d.startswith(self.date) or self.date.startswith(d)

    def same_story(self, m: dict) -> bool:
        """Across documents, type and actor1 alone are weak evidence of one event ("banned" in one
        story, "shunned" in another): a mention from another document joins only where both give
        a date, or both name the same actor2."""
        if any(x["doc_id"] == m["doc_id"] for x in self.members):
            return True
        if _date_key(m) is not None and self.date is not None:
            return True
        return m["actor2_id"] is not None and self.a2 is not None

    def exact(self, m: dict) -> bool:
        return _date_key(m) == self.date and m["actor2_id"] == self.a2

    def add(self, m: dict) -> None:
        self.members.append(m)
        if self.a2 is None and m["actor2_id"] is not None and m["actor2_id"] != self.a1:
            self.a2 = m["actor2_id"]
            self.symmetric = self.symmetric or bool(m.get("symmetric"))
        d = _date_key(m)
        if d is not None and (self.date is None or len(d) > len(self.date)):
            self.date = d


def merge_events(mentions: list[dict]) -> list[list[dict]]:
    """Event mentions grouped into events: same type, compatible actors, compatible dates.

    Each mention has global `actor1_id`, `actor2_id`, `event_date`, `date_precision` (and
    optionally `symmetric`). Actors are compatible when actor1 is the same and actor2 is the
    same or unknown on one side (or the two sides are the same pair acting together); dates
    when one contains the other ("2024-10" and "2024-10-03") or one is unknown. Across documents a
    mention joins only where both sides give a date or both name actor2. Finer-dated
    mentions found the events; a mention that fits several events joins the one from its own
    document, else the exact fit, else none (it stays an event of its own).
    """
    by_type: dict[str, list[dict]] = defaultdict(list)
    for m in mentions:
        by_type[m["event_type"]].append(m)
    events = []
    for group in by_type.values():
        group = sorted(group, key=lambda m: (_PRECISION_RANK.get(m.get("date_precision") or "", 3) if m.get(
            "event_date") else 3, m["actor2_id"] is None, m["doc_id"], m["start"]))
        clusters: list[_EventCluster] = []
        for m in group:
            fits = [c for c in clusters if c.actors_fit(m) and c.date_fits(m) and c.same_story(m)]
            if len(fits) > 1:
                narrowed = [c for c in fits if any(x["doc_id"] == m["doc_id"] for x in c.members)] or fits
                fits = narrowed if len(narrowed) == 1 else [c for c in narrowed if c.exact(m)]
            if len(fits) == 1:
                fits[0].add(m)
            else:
                clusters.append(_EventCluster(m))
        events.extend(c.members for c in clusters)
    return events
