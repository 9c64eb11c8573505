"""Actor resolution that costs what is new: re-resolve only what new or changed documents can change.

`resolve_actors` is a function of the set of local actors, and each of its decisions reads only local
actors that share a *link* with each other:
- a strong or weak identity key (`actors._keys`): joins by name, content words, known office holder,
  country code, and the short names whose joins depend on every actor that claims them;
- an acronym: a bare acronym ('OAS') joins the one organization spelled out with it;
- a person's given name and surname: surnames that are spelling variants of each other under one given
  name ('Haniya', 'Haniyeh') are linked too, since `_spelling_variants` compares them.
Local actors connected through links form a *component*. Resolving a component alone gives the groups of
resolving everything, so a run re-resolves only the components the new documents' actors link to (and
those of documents that changed or went). Ids need one more step: groups of different components that
claim one id (the same name kept apart) share it by a rule over all of them (`actors.finish_ids`), so
every group that claims an id the run touches is finished again. The result equals `resolve_actors`
over all documents, ids included (tests/test_resolve_incremental.py checks it on random batches).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from newsfacts import geo
from newsfacts.actors import ORG, PERSON
from newsfacts.actors.names import spelling_variants
from newsfacts.resolve.actors import _keys, _variant_pairs, actor_rows, bare_acronym, group_actors, hold_ids
from newsfacts.unionfind import UnionFind

Ref = tuple[str, int]
# what resolution reads of a local actor (its mentions only by their number)
FIELDS = ("local_id", "name", "actor_type", "aliases", "country", "country_source", "sector", "title", "known_as",
          "acronyms")


def compact(actor: dict) -> dict:
    """The part of a local actor that resolution reads: its fields and the number of its mentions."""
    out = {k: actor.get(k) for k in FIELDS}
    out["aliases"] = list(actor.get("aliases") or [])
    out["acronyms"] = list(actor.get("acronyms") or [])
    out["n_mentions"] = actor["n_mentions"] if "n_mentions" in actor else len(actor["mentions"])
    return out


def _given_surname(actor: dict) -> tuple[str, str] | None:
    words = geo.fold(actor["name"]).split()
    return (words[0], words[-1]) if actor["actor_type"] == PERSON and len(words) >= 2 else None


def actor_links(actor: dict) -> set[tuple]:
    """Every link through which resolution may read `actor` together with another local actor."""
    strong, weak = _keys(actor)
    links: set[tuple] = {("key", *k) for k in strong | weak}
    gs = _given_surname(actor)
    if gs:
        links.add(("person", *gs))
    if actor["actor_type"] == ORG:
        links |= {("acronym", k[2]) for k in strong if k[1] == "acronym"}
        if bare_acronym(actor):
            links.add(("acronym", actor["name"].replace(".", "").upper()))
    return links


class ActorIndex:
    """What actor resolution needs of the stored corpus: every local actor (compact), its links, its component,
    and the groups each component resolved to, with the ids they claim and hold."""

    def __init__(self) -> None:
        self.members: dict[Ref, dict] = {}
        self.links: dict[Ref, set[tuple]] = {}
        self.refs_of_link: dict[tuple, set[Ref]] = defaultdict(set)
        self.surnames: dict[str, set[str]] = defaultdict(set)  # given name -> surnames met with it
        self.refs_of_doc: dict[str, list[Ref]] = defaultdict(list)
        self.component: dict[Ref, Ref] = {}  # ref -> its component's smallest ref
        self.component_refs: dict[Ref, set[Ref]] = {}
        self.groups: dict[Ref, tuple[list[Ref], dict]] = {}  # group's smallest ref -> (refs, row with its claim)
        self.groups_of_component: dict[Ref, list[Ref]] = {}
        self.claimants: dict[str, set[Ref]] = defaultdict(set)  # claimed id -> groups claiming it
        self.rows: dict[Ref, dict] = {}  # group -> its finished row (the id it holds)

    # -------------------------------------------------------------- reading the result
    def actor_rows(self) -> list[dict]:
        return sorted(self.rows.values(), key=lambda r: r["actor_id"])

    def id_of(self) -> dict[Ref, str]:
        return {r: self.rows[g]["actor_id"] for g, (refs, _) in self.groups.items() for r in refs}

    # -------------------------------------------------------------- changing the corpus
    def update(self, extractions: Iterable[dict], dropped: Iterable[str] = ()) -> set[Ref]:
        """Add documents' extraction results and take away the documents `dropped` (a document extracted again
        is both); re-resolve what they touch. Returns the groups (smallest refs) whose members or row changed, or that
        went; the others are as they were."""
        new = {(ex["doc_id"], a["local_id"]): compact(a) for ex in extractions for a in ex["actors"]}
        gone = {r for d in set(dropped) | {r[0] for r in new} for r in self.refs_of_doc.get(d, ())}
        touched = {self.component[r] for r in gone}
        for ref, a in new.items():
            touched |= self._components_linked(actor_links(a))
        refs = set().union(*(self.component_refs[c] for c in touched)) - gone if touched else set()
        old_groups = [g for c in touched for g in self.groups_of_component.pop(c)]
        for c in touched:
            del self.component_refs[c]
        for ref in gone:
            self._forget(ref)
        for ref, a in new.items():
            self._remember(ref, a)
        refs |= set(new)
        before = {g: (self.groups[g][0], self.rows.pop(g)) for g in old_groups}
        claims = set()
        for g in old_groups:
            _, row = self.groups.pop(g)
            self.claimants[row["actor_id"]].discard(g)
            claims.add(row["actor_id"])
        for component, members in self._components(refs).items():
            resolved = actor_rows({r: self.members[r] for r in members}, group_actors({r: self.members[r]
                                                                                     for r in members}))
            self.component_refs[component] = members
            self.groups_of_component[component] = [refs_[0] for refs_, _ in resolved]
            for r in members:
                self.component[r] = component
            for refs_, row in resolved:
                self.groups[refs_[0]] = (refs_, row)
                self.claimants[row["actor_id"]].add(refs_[0])
                claims.add(row["actor_id"])
        for claim in claims:
            holders = self.claimants.get(claim)
            if not holders:
                self.claimants.pop(claim, None)
                continue
            for refs_, row in hold_ids([self.groups[g] for g in holders]):
                if refs_[0] not in before and refs_[0] in self.rows:
                    before[refs_[0]] = (refs_, self.rows[refs_[0]])
                self.rows[refs_[0]] = row
        return {g for g, was in before.items() if g not in self.groups or was != (self.groups[g][0], self.rows[g])}

    def _components_linked(self, links: set[tuple]) -> set[Ref]:
        out = {self.component[r] for link in links for r in self.refs_of_link.get(link, ())}
        for link in links:
            if link[0] == "person":
                _, given, surname = link
                for other in self.surnames.get(given, ()):
                    if other != surname and spelling_variants(surname, other):
                        out |= {self.component[r] for r in self.refs_of_link[("person", given, other)]}
        return out

    def _remember(self, ref: Ref, actor: dict) -> None:
        self.members[ref] = actor
        links = actor_links(actor)
        self.links[ref] = links
        for link in links:
            self.refs_of_link[link].add(ref)
            if link[0] == "person":
                self.surnames[link[1]].add(link[2])
        self.refs_of_doc[ref[0]].append(ref)

    def _forget(self, ref: Ref) -> None:
        del self.members[ref]
        self.component.pop(ref, None)
        for link in self.links.pop(ref):
            holders = self.refs_of_link[link]
            holders.discard(ref)
            if not holders:
                del self.refs_of_link[link]
                if link[0] == "person":
                    self.surnames[link[1]].discard(link[2])
        refs = self.refs_of_doc[ref[0]]
        refs.remove(ref)
        if not refs:
            del self.refs_of_doc[ref[0]]

    def _components(self, refs: set[Ref]) -> dict[Ref, set[Ref]]:
        """The components of `refs` (a union of whole components): smallest ref -> members."""
        sets = UnionFind()
        given: dict[str, set[str]] = defaultdict(set)
        for r in refs:
            sets.find(("ref", r))
            for link in self.links[r]:
                sets.union(("ref", r), ("link", link))
                if link[0] == "person":
                    given[link[1]].add(link[2])
        for g, surnames in given.items():
            for s1, s2 in _variant_pairs(sorted(surnames)):
                sets.union(("link", ("person", g, s1)), ("link", ("person", g, s2)))
        out: dict = defaultdict(set)
        for r in refs:
            out[sets.find(("ref", r))].add(r)
        return {min(members): members for members in out.values()}
