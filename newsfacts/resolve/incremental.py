"""The indexes of actors and events that re-resolve only what a run's documents touch (see `components`).

Actors are linked (`actor_links`) by
- a strong or weak identity key (`actors._keys`): joins by name, content words, known office holder,
  country code, and the short names whose joins depend on every actor that claims them;
- an acronym: a bare acronym ('OAS') joins the one organization spelled out with it;
- a person's given name and surname; surnames that are spelling variants of each other under one given
  name ('Haniya', 'Haniyeh') are linked too, since `_spelling_variants` compares them;
- a person's first and last written words, as `_middle_initials` compares them;
- the first and last word of a person's name, and its first and last written words with their hyphens: a one-word
  name joins a person of that surname by counting who else bears the word, first or last (`_surname_joins`). These
  links are passive in a full name (`components.passive`): they join it to one-word names, not to other full names.
Event reports are linked by each actor in them, within their type: the merge compares only reports of one
type that share an actor (a report's repeats too share all their actors), and a report without actors
joins none; and by a person's surname, actively where the person is named by it alone.
`Resolution` keeps both: the actors a run changes carry their reports' events along.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from newsfacts import geo
from newsfacts.actors import ORG, PERSON
from newsfacts.actors.names import spelling_variants
from newsfacts.resolve.actors import (_keys, _single_name, _variant_pairs, actor_rows, bare_acronym, group_actors,
                                     hold_ids, longest_variant, n_mentions, name_parts)
from newsfacts.resolve.components import ComponentIndex, Group, Mapper, Ref, passive
from newsfacts.resolve.event_rows import event_claims, hold_event_ids, mention_order, mention_row
from newsfacts.resolve.events import name_words

# what resolution reads of a local actor (its mentions only by their number)
FIELDS = ("local_id", "name", "actor_type", "aliases", "country", "country_source", "sector", "title", "known_as",
          "acronyms")


def compact(actor: dict) -> dict:
    """The part of a local actor that resolution reads: its fields and the number of its mentions."""
    out = {k: actor.get(k) for k in FIELDS}
    out["aliases"] = list(actor.get("aliases") or [])
    out["acronyms"] = list(actor.get("acronyms") or [])
    out["n_mentions"] = n_mentions(actor)
    return out


def actor_links(actor: dict) -> frozenset:
    """Every link through which resolution may read `actor` together with another local actor."""
    strong, weak = _keys(actor)
    links: set[tuple] = {_canonical(("key", *k)) for k in strong | weak}
    words = geo.fold(actor["name"]).split()
    if actor["actor_type"] == PERSON and len(words) >= 2:
        links.add(("person", words[0], words[-1]))
    written = actor["name"].split()
    if actor["actor_type"] == PERSON and len(written) >= 2:  # `_middle_initials` compares the first and last written
        links.add(("initials", geo.fold(written[0]), geo.fold(written[-1])))  # words ('The J. Smith', 'The Smith')
    if actor["actor_type"] == PERSON:  # `_surname_joins` counts a word first and last in names, and joins by it
        parts = name_parts(actor["name"])  # and its first and last written words, hyphens and all ('al-Zawahiri')
        word_links = {("name word", w) for w in (*words[:1], *words[-1:], *parts[:1], *parts[-1:]) if w}
        # only a one-word name reads the names that hold its word: a full name is read by it, not by another full name
        links |= word_links if _single_name(actor) else {passive(link) for link in word_links}
    if actor["actor_type"] == ORG:
        links |= {("acronym", _canonical(k[2])) for k in strong if k[1] == "acronym"}
        if bare_acronym(actor):
            links.add(("acronym", actor["name"].replace(".", "").upper()))
    return frozenset(links)


def _variants(a: str, b: str) -> bool:
    """`spelling_variants`, refusing unasked the words whose lengths cannot make 75% alike (as `_variant_pairs`)."""
    return max(len(a), len(b)) <= longest_variant(min(len(a), len(b))) and spelling_variants(a, b)


def _canonical(key):
    """A key with its sets as sorted tuples: one spelling per key, as the store needs."""
    if isinstance(key, (set, frozenset)):
        return tuple(sorted((_canonical(x) for x in key), key=repr))
    if isinstance(key, tuple):
        return tuple(_canonical(x) for x in key)
    return key


class ActorIndex(ComponentIndex):
    """Local actors, ref (doc_id, local_id) -> `compact` actor; groups are actors, their rows the actors table's."""

    ID = "actor_id"

    def __init__(self, store=None, mapper: Mapper | None = None) -> None:
        super().__init__(store, "actor_", mapper)
        self.surnames: dict[str, set[str]] = (store.table("actor_surnames", set) if store is not None
                                              else defaultdict(set))  # given name -> surnames met with it

    def item_links(self, item: dict) -> frozenset:
        return actor_links(item)

    @staticmethod
    def resolve(items: dict[Ref, dict]) -> list[Group]:  # static: a mapper sends it to other processes alone
        return actor_rows(items, group_actors(items))

    def hold(self, groups: list[Group]) -> list[Group]:
        return hold_ids(groups)

    def more_links(self, links: frozenset) -> set:
        out = set()
        for link in links:
            if link[0] == "person":
                _, given, surname = link
                out |= {("person", given, other) for other in self.surnames.get(given, ())
                        if other != surname and _variants(surname, other)}
        return out

    def more_edges(self, refs: set[Ref]) -> list[tuple]:
        given: dict[str, set[str]] = defaultdict(set)
        for r in refs:
            for link in self.links[r]:
                if link[0] == "person":
                    given[link[1]].add(link[2])
        return [(("person", g, s1), ("person", g, s2)) for g, surnames in given.items()
                for s1, s2 in _variant_pairs(sorted(surnames))]

    def _remember(self, ref: Ref, item: dict, links: frozenset) -> None:
        super()._remember(ref, item, links)
        for link in self.links[ref]:
            if link[0] == "person":
                self.surnames[link[1]].add(link[2])

    def _forget(self, ref: Ref) -> None:
        links = self.links[ref]
        super()._forget(ref)
        for link in links:
            if link[0] == "person" and link not in self.refs_of_link:
                self.surnames[link[1]].discard(link[2])

    def update_documents(self, extractions: Iterable[dict], dropped: Iterable[str] = ()) -> dict[Ref, tuple]:
        """`update` with documents' extraction results (their actors in place of the documents' earlier ones)."""
        items = {(ex["doc_id"], a["local_id"]): compact(a) for ex in extractions for a in ex["actors"]}
        return self.update(items, [*dropped, *(ex["doc_id"] for ex in extractions)])


class EventIndex(ComponentIndex):
    """Event reports, ref (doc_id, n) -> report with global actor ids, their types and `published`; groups are
    events, their rows the events table's."""

    ID = "event_id"

    def __init__(self, store=None, mapper: Mapper | None = None) -> None:
        super().__init__(store, "event_", mapper)

    def item_links(self, item: dict) -> frozenset:
        actors = {("actor", item["event_type"], item[f"actor{r}_id"]) for r in (1, 2) if item[f"actor{r}_id"]}
        # a person by surname: `events._surname_match` compares 'Jackson' alone with 'Vincent Jackson', and two full
        # names not at all (`events._named_in_full`): a full name's surname is read by a one-word name only
        surnames = {("surname", item["event_type"], words[-1]) if len(words) == 1
                    else passive(("surname", item["event_type"], words[-1])) for r in (1, 2)
                    if item[f"actor{r}_type"] == PERSON and (words := name_words(item.get(f"actor{r}_name") or ""))}
        return frozenset(actors | surnames)

    @staticmethod
    def resolve(items: dict[Ref, dict]) -> list[Group]:
        reports = list(items.values())
        return event_claims(reports, {m["doc_id"]: m["published"] for m in reports})

    def hold(self, groups: list[Group]) -> list[Group]:
        return hold_event_ids(groups)

    def mention_rows(self) -> list[dict]:
        """The event_mentions rows."""
        ids = {g: row["event_id"] for g, row in self.rows.items()}
        group_of = dict(self.group_of.items())
        return sorted((mention_row(item, ids[group_of[r]]) for r, item in self.items.items()), key=mention_order)


class Resolution:
    """Actors and events of a changing set of documents: each update re-resolves what it touches, and the
    actors it changes carry the events of their reports along."""

    def __init__(self, store=None, mapper: Mapper | None = None) -> None:
        """In memory, or in `store` (a `store.Store`); `mapper`: where components are resolved (`ComponentIndex`)."""
        self.actors = ActorIndex(store, mapper)
        self.events = EventIndex(store, mapper)
        # doc_id -> its event reports as extracted (local actor ids); doc_id -> publication date
        self.reports: dict[str, list[dict]] = store.table("reports") if store is not None else {}
        self.published: dict[str, object] = store.table("published") if store is not None else {}

    def update(self, extractions: Iterable[dict], published: dict | None = None, dropped: Iterable[str] = ()) -> None:
        """Add or replace documents (their extraction results and, in `published`, publication dates) and drop
        the documents `dropped`."""
        extractions, dropped = list(extractions), set(dropped)
        for d in dropped:
            self.reports.pop(d, None)
            self.published.pop(d, None)
        for ex in extractions:
            self.reports[ex["doc_id"]] = ex["events"]
            self.published[ex["doc_id"]] = (published or {}).get(ex["doc_id"])
        moved = self.actors.update_documents(extractions, dropped)
        changed = {r for r, (was, now) in moved.items() if _role(was) != _role(now)}
        docs = {ex["doc_id"] for ex in extractions} | {
            d for d in {r[0] for r in changed} - dropped
            if any((d, e[k]) in changed for e in self.reports.get(d, ()) for k in ("actor1", "actor2"))}
        items = {(d, n): self._report(d, n, e) for d in sorted(docs) for n, e in enumerate(self.reports[d])}
        self.events.update(items, docs | dropped)

    def _report(self, doc_id: str, n: int, event: dict) -> dict:
        out = {**event, "doc_id": doc_id, "ref": (doc_id, n), "published": self.published.get(doc_id)}
        for r in (1, 2):
            local = event[f"actor{r}"]
            row = self.actors.rows[self.actors.group_of[(doc_id, local)]] if local is not None else None
            out[f"actor{r}_id"] = row["actor_id"] if row else None
            out[f"actor{r}_type"] = row["actor_type"] if row else None
            out[f"actor{r}_name"] = row["name"] if row else None
        return out


def _role(row: dict | None) -> tuple | None:
    """What an event report reads of its actor: its id, type and name."""
    return (row["actor_id"], row["actor_type"], row["name"]) if row else None
