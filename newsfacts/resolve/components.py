"""Resolution that costs what is new: re-resolve only what new, changed or dropped documents can change.

Actor and event resolution are each a function of a set of items (local actors; event reports), and each
of their decisions reads only items that share a *link* with each other (the subclasses say which). Items
connected through links form a *component*: resolving a component alone gives the groups that resolving
everything gives. So an index keeps every item with its links, its component, and the groups each
component resolved to; an update re-resolves only the components that the new documents' items link to
and those of the documents that changed or went.

A link may be *passive* (`passive(link)`): it joins its holder to the other holders of that link only where
some item holds the link itself. A one-word name reads every full name with that word, but two full names
that share a word ('John Smith', 'John Howard') are not read together for it: without the passive form every
name would chain into one component through its commonest words.

Ids need one step more: groups of different components may claim one id (two documents' 'Hicks'; two
acts of one kind on one day), and which of them holds it is decided over all of them (`hold`). So every
group that claims an id an update touches has its id decided again. The index's result equals resolving
every document at once, ids included (tests/test_resolve_incremental.py checks it on random batches).

What an update costs follows the size of the components it touches, and some grow with the corpus: a
country's, and the events of its actors (benchmarks/incremental_resolution.py; the README's "Resolving
only what new articles touch"). Runs do not keep the index between runs; with --dask they build it for the
whole corpus and resolve batches of its components on the cluster (`parallel`).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable

from newsfacts.unionfind import UnionFind

Ref = tuple  # (doc_id, n): an item of a document
Group = tuple[list[Ref], dict]  # the refs of one group (sorted) and its row
Mapper = Callable[[Callable[[dict], list], list[dict]], list[list]]
BATCHES = 16  # batches of components a mapper gets, unless it says how many (`mapper.batches`)
PASSIVE = "~"  # (PASSIVE, link): the passive form of `link`


def passive(link: Hashable) -> Hashable:
    """The passive form of `link`: it joins its holder to the holders of `link`, not to other passive holders."""
    return (PASSIVE, link)


def _active(entry: Hashable) -> Hashable | None:
    """The link a passive entry stands for, or None for an active one."""
    return entry[1] if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == PASSIVE else None


class ComponentIndex:
    """Items by document, their links and components, and the groups and rows they resolve to."""

    def __init__(self, store=None, prefix: str = "", mapper: Mapper | None = None) -> None:
        """Kept in memory, or in `store` (a `store.Store`: its mappings, named with `prefix`). `mapper` resolves
        batches of components elsewhere (`mapper(resolve, batches)` -> each batch's groups, in order: on a Dask
        cluster, `newsfacts.resolve.parallel`); without one, everything touched is resolved here in one call."""
        self.mapper = mapper
        def table(name: str, default=None):
            if store is not None:
                return store.table(f"{prefix}{name}", default)
            return defaultdict(default) if default else {}

        self.items: dict[Ref, dict] = table("items")
        self.links: dict[Ref, frozenset] = table("links")
        self.refs_of_link: dict[Hashable, set[Ref]] = table("refs_of_link", set)
        self.refs_of_doc: dict[str, list[Ref]] = table("refs_of_doc", list)
        self.component: dict[Ref, Ref] = table("component")  # ref -> its component's smallest ref
        self.component_refs: dict[Ref, set[Ref]] = table("component_refs")
        self.groups: dict[Ref, Group] = table("groups")  # a group's key (`group_key`) -> its refs and row with its claim
        self.groups_of_component: dict[Ref, list[Ref]] = table("groups_of_component")
        self.claimants: dict[str, set[Ref]] = table("claimants", set)  # claimed id -> groups claiming it
        self.rows: dict[Ref, dict] = table("rows")  # group -> its row with the id it holds
        self.group_of: dict[Ref, Ref] = table("group_of")  # ref -> its group

    # -------------------------------------------------------------- what a subclass says
    def item_links(self, item: dict) -> frozenset:
        raise NotImplementedError

    def resolve(self, items: dict[Ref, dict]) -> list[Group]:
        """The groups of a set of whole components, each row's id the one it claims."""
        raise NotImplementedError

    def hold(self, groups: list[Group]) -> list[Group]:
        """Every group that claims one id, with the id each holds."""
        raise NotImplementedError

    def group_key(self, group: Group) -> Ref:
        return group[0][0]

    def more_links(self, links: frozenset) -> set[Hashable]:
        """Links of stored items that `links` connect to other than by equality (none by default)."""
        return set()

    def more_edges(self, refs: set[Ref]) -> Iterable[tuple[Hashable, Hashable]]:
        """Pairs of links connected other than by equality among the items `refs` (none by default)."""
        return ()

    # -------------------------------------------------------------- changing the corpus
    def update(self, items: dict[Ref, dict], replaced: Iterable[str] = ()) -> dict[Ref, tuple]:
        """Put `items` (ref -> item) in place of every item of their documents and of the documents
        `replaced`; re-resolve what that touches. Returns, for every ref of a group whose members or row
        changed (or that came or went), its group's row before and after (None where there was or is none);
        every other group is as it was."""
        gone = {r for d in set(replaced) | {r[0] for r in items} for r in self.refs_of_doc.get(d, ())}
        touched = {self.component[r] for r in gone}
        new_links = {ref: self.item_links(item) for ref, item in items.items()}
        for links in new_links.values():
            for link in links | self.more_links(links):
                # a passive link meets the active holders of its link; an active one, every holder
                of = _active(link)
                holders = self.refs_of_link.get(link, ()) if of is None else self.refs_of_link.get(of, ())
                touched |= {self.component[r] for r in holders}
                if of is None:
                    touched |= {self.component[r] for r in self.refs_of_link.get(passive(link), ())}
        refs = set().union(*(self.component_refs.pop(c) for c in touched)) - gone if touched else set()
        old_groups = [g for c in touched for g in self.groups_of_component.pop(c)]
        for mapping, keys in ((self.items, refs), (self.links, refs), (self.groups, old_groups), (self.rows, old_groups)):
            if hasattr(mapping, "preload"):  # kept in a store: fetch what follows asks for, in bulk
                mapping.preload(keys)
        for ref in gone:
            self._forget(ref)
        for ref, item in items.items():
            self._remember(ref, item, new_links[ref])
        refs |= set(items)
        old_rows = {g: self.rows.pop(g) for g in old_groups}
        was = {r: old_rows[g] for g in old_groups for r in self.groups[g][0]}  # each old ref's row
        claims = set()
        for g in old_groups:
            _, row = self.groups.pop(g)
            self.claimants[row[self.ID]].discard(g)
            claims.add(row[self.ID])
        for component, members in self._components(refs).items():
            self.component_refs[component] = members
            self.groups_of_component[component] = []
            for r in members:
                self.component[r] = component
        # resolving a component alone gives its groups, so resolving them together gives the same groups: one
        # call for all touched components (no call's overhead per component), or one per batch of them (`_resolved`)
        for group in self._resolved(refs):
            key = self.group_key(group)
            component = self.component[group[0][0]]
            # a group across two components would mean a link the subclass does not declare
            assert all(self.component[r] == component for r in group[0]), "a group spans two components"
            self.groups_of_component[component].append(key)
            self.groups[key] = group
            for r in group[0]:
                self.group_of[r] = key
            self.claimants[group[1][self.ID]].add(key)
            claims.add(group[1][self.ID])
        for claim in claims:
            holders = self.claimants.get(claim)
            if not holders:
                self.claimants.pop(claim, None)
                continue
            for group in self.hold([self.groups[g] for g in holders]):
                key = self.group_key(group)
                if key in self.rows:  # a group of another component whose id may change
                    for r in group[0]:
                        was.setdefault(r, self.rows[key])
                self.rows[key] = group[1]
        moved = {}
        for r in set(was) | set(items):
            now = self.rows[self.group_of[r]] if r in self.group_of else None
            if was.get(r) != now:
                moved[r] = (was.get(r), now)
        return moved

    ID = "id"  # the row's id column

    def _resolved(self, refs: set[Ref]) -> list[Group]:
        """The groups of `refs` (whole components): here in one call, or by the mapper in batches of whole
        components, each batch as alike in items as the components allow (the largest first, each to the
        batch with fewest items so far)."""
        if self.mapper is None:
            return self.resolve({r: self.items[r] for r in sorted(refs)})
        members: dict[Ref, list[Ref]] = defaultdict(list)
        for r in sorted(refs):
            members[self.component[r]].append(r)
        if len(members) < 2:  # nothing to spread
            return self.resolve({r: self.items[r] for refs_ in members.values() for r in refs_})
        batches: list[list[Ref]] = [[] for _ in range(min(getattr(self.mapper, "batches", BATCHES), len(members)))]
        for component in sorted(members, key=lambda c: (-len(members[c]), c)):
            min(batches, key=len).extend(members[component])
        parts = self.mapper(self.resolve, [{r: self.items[r] for r in sorted(b)} for b in batches if b])
        return [group for part in parts for group in part]

    def _remember(self, ref: Ref, item: dict, links: frozenset) -> None:
        self.items[ref] = item
        self.links[ref] = links
        for link in links:
            self.refs_of_link[link].add(ref)
        self.refs_of_doc[ref[0]].append(ref)

    def _forget(self, ref: Ref) -> None:
        del self.items[ref]
        self.component.pop(ref, None)
        self.group_of.pop(ref, None)
        for link in self.links.pop(ref):
            holders = self.refs_of_link[link]
            holders.discard(ref)
            if not holders:
                del self.refs_of_link[link]
        refs = self.refs_of_doc[ref[0]]
        refs.remove(ref)
        if not refs:
            del self.refs_of_doc[ref[0]]

    def _components(self, refs: set[Ref]) -> dict[Ref, set[Ref]]:
        """The components of `refs` (a union of whole components): smallest ref -> members."""
        sets = UnionFind()
        numbers: dict[Hashable, int] = {}  # each link by a number: links of mixed parts need not compare
        # the links some item holds actively (whole components: every holder of such a link is among `refs`)
        held = {link for r in refs for link in self.links[r] if _active(link) is None}
        for r in refs:
            sets.find(("ref", r))
            for link in self.links[r]:
                of = _active(link)
                if of is None or of in held:
                    sets.union(("ref", r), ("link", numbers.setdefault(link if of is None else of, len(numbers))))
        for a, b in self.more_edges(refs):
            sets.union(("link", numbers.setdefault(a, len(numbers))), ("link", numbers.setdefault(b, len(numbers))))
        out: dict = defaultdict(set)
        for r in refs:
            out[sets.find(("ref", r))].add(r)
        return {min(members): members for members in out.values()}

    # -------------------------------------------------------------- reading the result
    def result_rows(self) -> list[dict]:
        """Every group's row (what it keeps for the index alone, its keys starting with '_', left out)."""
        return sorted(({k: v for k, v in row.items() if not k.startswith("_")} for row in self.rows.values()),
                      key=lambda r: r[self.ID])

    def id_of(self) -> dict[Ref, str]:
        return {r: self.rows[g][self.ID] for r, g in self.group_of.items()}
