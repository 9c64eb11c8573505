"""Incremental resolution: re-resolving only what new, changed or dropped documents touch gives the tables
of resolving every document again, ids included, whatever the order and size of the batches."""
from __future__ import annotations

import datetime as dt
import random

import pyarrow as pa
import pytest

from newsfacts.extract import extract_doc
from newsfacts.nlp import load_nlp
from newsfacts.resolve import resolve_actors
from newsfacts.resolve.incremental import ActorIndex, Resolution
from newsfacts.resolve.store import Store
from newsfacts.tables import build_tables, frame
from tests.conftest import assert_same_tables, documents_frame

# Name pools small enough that documents meet: spelling variants of one surname, a short name two
# bodies claim, an acronym with and without its expansion, a one-word surname, countries, names with and without
# middle initials (one set of them, and two: 'Ray Cole' is then neither's).
PEOPLE = ["Omar Haniya", "Omar Haniyeh", "Lena Marsh", "Lena Marsh Tovey", "Paul Brandt", "Paula Brandt",
          "Tom Reyes", "Tomas Reyes", "Karim al-Rashidi", "Jean-Paul Okafor", "Paul J. Brandt", "Ray Cole",
          "Ray T. Cole", "Ray D. Cole"]
SINGLE = ["Hicks", "Brandt", "Reyes", "al-Rashidi", "Jean-Paul"]
BODIES = [("Ford Motor Company", ["Ford"]), ("Ford Foundation", ["Ford"]), ("Ford Motor Co.", []),
          ("United Airlines", ["United"]), ("United Nations", ["United"]), ("United", []),
          ("Pacific Fisheries Council", ["PFC"]), ("PFC", []), ("Pacific Farmers Cooperative", ["PFC"]),
          ("Senate", []), ("Lena Marsh", [])]  # a person's name a tagger took for a body
COUNTRIES = [("France", "FRA"), ("Chile", "CHL"), ("Kenya", "KEN")]


def _actor(local_id: int, rng: random.Random) -> dict:
    kind = rng.choice(["person", "single", "body", "country"])
    country = rng.choice([None, "FRA", "CHL"])
    base = {"local_id": local_id, "aliases": [], "acronyms": [], "country": country, "sector": None,
            "title": None, "country_source": "context" if country else None, "known_as": None,
            "mentions": [{"start": 0, "end": 1, "text": "x", "kind": "name"}] * rng.randint(1, 3)}
    if kind == "person":
        name = rng.choice(PEOPLE)
        return {**base, "name": name, "actor_type": "PERSON", "title": rng.choice([None, "minister"]),
                "aliases": [name.split()[-1]] if rng.random() < 0.5 else []}
    if kind == "single":
        return {**base, "name": rng.choice(SINGLE), "actor_type": "PERSON"}
    if kind == "body":
        name, short = rng.choice(BODIES)
        acronyms = [s for s in short if s.isupper()]
        return {**base, "name": name, "actor_type": "ORGANIZATION", "acronyms": acronyms,
                "aliases": [s for s in short if not s.isupper()] if rng.random() < 0.7 else []}
    name, code = rng.choice(COUNTRIES)
    return {**base, "name": name, "actor_type": "COUNTRY", "country": code, "country_source": "name"}


def _event(n: int, actors: list[dict], rng: random.Random) -> dict:
    a1, a2 = rng.choice([None, *(a["local_id"] for a in actors)]), rng.choice([None, *(a["local_id"] for a in actors)])
    date, precision = rng.choice([(None, None), ("2021-05-03", "day"), ("2021-05-04", "day"), ("2021-05-01", "month"),
                                  ("2021-01-01", "year")])
    lemma = rng.choice(["arrest", "detain", "criticize", "meet"])
    return {"event_type": {"arrest": "COERCE", "detain": "COERCE", "criticize": "ACCUSE", "meet": "CONSULT"}[lemma],
            "actor1": a1, "actor2": a2 if a2 != a1 else None, "event_date": date,
            "date_precision": precision,
            "start": 10 * n, "end": 10 * n + 5, "trigger": lemma, "lemma": lemma, "sentence": "s", "date_text": None,
            "location": rng.choice([None, "Lyon"]), "confidence": 0.7, "symmetric": lemma == "meet",
            "source": "codebook"}


def _document(doc_id: str, rng: random.Random) -> dict:
    actors = [_actor(i, rng) for i in range(rng.randint(1, 5))]
    events = [_event(n, actors, rng) for n in range(rng.randint(0, 4))]
    return {"doc_id": doc_id, "actors": actors, "quotes": [], "events": events}


def _published(doc_ids, rng: random.Random) -> dict:
    return {d: rng.choice([None, dt.date(2021, 5, 3), dt.date(2021, 5, 5), dt.date(2021, 6, 1)]) for d in doc_ids}


def _assert_same(index: ActorIndex, documents: dict[str, dict]) -> None:
    rows, id_of = resolve_actors(documents.values())
    assert index.result_rows() == rows
    assert index.id_of() == id_of


def _assert_same_tables(resolution: Resolution, documents: dict[str, dict], published: dict) -> None:
    full = build_tables(documents_frame({d: published.get(d) for d in documents}), list(documents.values()))
    for table, rows in (("actors", resolution.actors.result_rows()), ("events", resolution.events.result_rows()),
                        ("event_mentions", resolution.events.mention_rows())):
        assert pa.Table.from_pandas(frame(table, rows)).equals(pa.Table.from_pandas(full[table])), table


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("kept", ["memory", "sqlite"])
def test_random_batches_of_new_changed_and_dropped_documents_equal_a_full_resolve(seed, kept, tmp_path):
    """In memory, or in a store committed and opened again after each batch (a run each)."""
    rng = random.Random(seed)
    store = Store(tmp_path / "index.sqlite") if kept == "sqlite" else None
    resolution, current, published = Resolution(store), {}, {}
    for step in range(12):
        new = {f"d{rng.randint(0, 60)}": None for _ in range(rng.randint(1, 9))}  # some ids again: changed
        new = {d: _document(d, rng) for d in new}
        published.update(_published(new, rng))
        dropped = rng.sample(sorted(current), min(len(current), rng.randint(0, 3))) if step % 3 == 2 else []
        dropped = [d for d in dropped if d not in new]
        resolution.update(new.values(), published, dropped)
        if store is not None:
            store.commit(f"v{step}")
            store.close()
            store = Store(tmp_path / "index.sqlite")
            assert store.version == f"v{step}"
            resolution = Resolution(store)
        for d in dropped:
            del current[d]
        current.update(new)
        _assert_same(resolution.actors, current)
        _assert_same_tables(resolution, current, published)


def test_a_store_not_committed_keeps_its_last_committed_state(tmp_path):
    rng = random.Random(7)
    first, second = _document("a", rng), _document("b", rng)
    store = Store(tmp_path / "index.sqlite")
    Resolution(store).update([first], {})
    store.commit("v1")
    Resolution(store).update([second], {})
    store.close()  # a run that stopped before its commit
    store = Store(tmp_path / "index.sqlite")
    assert store.version == "v1"
    _assert_same(Resolution(store).actors, {"a": first})


def _one(name: str, actor_type: str = "ORGANIZATION", aliases=(), local_id: int = 0, acronyms=()) -> dict:
    return {"local_id": local_id, "name": name, "actor_type": actor_type, "aliases": list(aliases),
            "acronyms": list(acronyms), "country": None, "sector": None, "title": None, "country_source": None,
            "known_as": None, "mentions": [{"start": 0, "end": len(name), "text": name, "kind": "name"}]}


def test_a_join_that_new_evidence_undoes_is_undone():
    """A short name joins the one body that claims it; once a second body claims it, it joins neither, and
    the actor known by the short name alone leaves the first body."""
    docs = {"a": {"doc_id": "a", "actors": [_one("Harbor Airlines", aliases=["Harbor"])], "quotes": [], "events": []},
            "b": {"doc_id": "b", "actors": [_one("Harbor")], "quotes": [], "events": []}}
    index = ActorIndex()
    index.update_documents(docs.values())
    assert len(set(index.id_of().values())) == 1
    docs["c"] = {"doc_id": "c", "actors": [_one("Harbor Nations", aliases=["Harbor"])], "quotes": [], "events": []}
    moved = index.update_documents([docs["c"]])
    assert len(set(index.id_of().values())) == 3
    assert ("b", 0) in moved  # the short name's actor left the first body
    _assert_same(index, docs)


def test_full_names_sharing_a_word_are_resolved_apart_until_a_one_word_name_reads_them():
    """Two people who share only a given name are resolved apart (an update touching one leaves the other alone);
    a person named by that word alone reads both, as the full resolve's surname count does, and is resolved with
    them; once that document goes, they are apart again."""
    docs = {d: {"doc_id": d, "actors": [_one(name, "PERSON")], "quotes": [], "events": []}
            for d, name in (("a", "Idris Vanterpool"), ("b", "Idris Okonkwo-Bell"), ("c", "Idris"))}
    index = ActorIndex()
    index.update_documents([docs["a"], docs["b"]])
    assert index.component[("a", 0)] != index.component[("b", 0)]
    docs["b"]["actors"] = [_one("Idris Okonkwo-Bell", "PERSON", aliases=["Bell"])]
    moved = index.update_documents([docs["b"]])
    assert {r[0] for r in moved} == {"b"}
    index.update_documents([docs["c"]])
    assert index.component[("a", 0)] == index.component[("b", 0)] == index.component[("c", 0)]
    _assert_same(index, docs)
    index.update_documents([], ["c"])
    del docs["c"]
    assert index.component[("a", 0)] != index.component[("b", 0)]
    _assert_same(index, docs)


def test_names_with_and_without_middle_initials_are_read_together_whatever_their_words_fold_to():
    """The middle-initials pass compares a name's first and last written words; a word that folding drops ('The')
    must not keep the two apart in the index (they were in no common component, and the update failed)."""
    docs = {d: {"doc_id": d, "actors": [_one(name, "PERSON")], "quotes": [], "events": []}
            for d, name in (("a", "The Marlowe"), ("b", "The Q. Marlowe"))}
    index = ActorIndex()
    index.update_documents(docs.values())
    _assert_same(index, docs)


@pytest.mark.parametrize("first", ["Hiroshi Nakamura", "Hiroshi Nakayama"])
def test_a_spelling_variant_met_later_joins_whichever_came_first(first):
    """A surname met later meets a stored spelling variant as the full resolve does, whichever came first
    (the likeness of 'nakamura' and 'nakayama' once depended on which was compared with which)."""
    other = "Hiroshi Nakayama" if first == "Hiroshi Nakamura" else "Hiroshi Nakamura"
    docs = {d: {"doc_id": d, "actors": [_one(name, "PERSON")], "quotes": [], "events": []}
            for d, name in (("a", first), ("b", other))}
    index = ActorIndex()
    index.update_documents([docs["a"]])
    index.update_documents([docs["b"]])
    _assert_same(index, docs)


def test_an_id_two_groups_claim_passes_to_the_other_when_its_holder_goes():
    """Two documents' one-word 'Hicks' are two people; the id without a document's mark belongs to the
    smallest one, and passes on when that document is dropped."""
    docs = {d: {"doc_id": d, "actors": [_one("Hicks", "PERSON")], "quotes": [], "events": []} for d in ("a", "b")}
    docs["b"]["actors"].append(_one("Hicks", "PERSON", local_id=1))
    index = ActorIndex()
    index.update_documents(docs.values())
    _assert_same(index, docs)
    index.update_documents([], ["a"])
    del docs["a"]
    _assert_same(index, docs)


# Articles of our own whose actors and events meet: a spelling variant, an acronym, a surname, one event twice.
REAL_TEXTS = {
    "a": "President Amina Kessler of Norland met Sen. Paul Okafor in Brussels on Monday. Kessler said the "
         "Northern Grain Council (NGC) would double its exports.",
    "b": "The NGC rejected the plan, Okafor told reporters. Amina Kesler, Norland's president, called for calm.",
    "c": "Paul Okafor and the Northern Grain Council signed an agreement with France on Tuesday.",
    "d": "Chile accused Peru of shelling its border posts. Kessler travelled to Paris, where French officials praised "
         "the council.",
}


def test_real_articles_added_one_by_one_equal_all_at_once():
    nlp = load_nlp()
    texts = REAL_TEXTS
    extractions = {d: extract_doc(nlp(t), d, None) for d, t in texts.items()}
    published = {d: dt.date(2022, 3, i) for i, d in enumerate(texts, 1)}
    assert any(ex["events"] for ex in extractions.values())
    resolution = Resolution()
    for d in ["c", "a", "d", "b"]:
        resolution.update([extractions[d]], published)
    _assert_same(resolution.actors, extractions)
    _assert_same_tables(resolution, extractions, published)


def resolved_alike(mapper, seed: int, n: int) -> list[int]:
    """Assert that `n` random documents resolved through `mapper` give the tables of one call; the number of batches
    of each call the mapper got."""
    rng = random.Random(seed)
    docs = [_document(f"d{i}", rng) for i in range(n)]
    published = _published([d["doc_id"] for d in docs], rng)
    calls = []

    def counting(fn, parts):
        calls.append(len(parts))
        return mapper(fn, parts)

    local = build_tables(documents_frame(published), docs)
    assert_same_tables(build_tables(documents_frame(published), docs, counting), local)
    assert len(local["actors"]) and len(local["events"])
    return calls


@pytest.mark.parametrize("seed", range(3))
def test_batches_of_components_resolved_in_any_order_give_the_tables_of_one_call(seed):
    """What a mapper gets (`ComponentIndex._resolved`): whole components, so the order in which it resolves the
    batches and gives back their groups changes nothing; nor do an empty corpus or a single component."""
    def backwards(fn, parts):
        return [list(reversed(fn(p))) for p in reversed(parts)][::-1]

    assert max(resolved_alike(backwards, seed, 60)) > 1
    assert_same_tables(build_tables(documents_frame({}), [], backwards), build_tables(documents_frame({}), []))
    one = [{"doc_id": "a", "actors": [_one("Harbor Airlines")], "quotes": [], "events": []}]
    assert_same_tables(build_tables(documents_frame({"a": None}), one, backwards),
                       build_tables(documents_frame({"a": None}), one))
