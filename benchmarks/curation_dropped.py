"""What the trigger senses that the corpus hand check dropped would give with today's roles, for a new check.

    python benchmarks/curation_dropped.py [--out-dir .cache/eval/corpus-out/current] [--min 10] [--per 10]
        [--seed 2026] [--counts] > samples.jsonl

The curation table (newsfacts/resources/plover_curation.tsv) drops a (trigger lemma, event type, vocabulary)
group where its sampled mentions were mostly no event of that type with a right actor; the first round's samples
were read when the roles were much weaker than now, and a group that was wrong for its actors then may be right
now. This runs the extractor over the corpus documents (parses from the evaluation cache) with every dropped
group let through, and prints mentions of the dropped groups in `curation_sample.py`'s format: up to --per random
ones (seeded) of each group with at least --min mentions. The marks go back through `curation_apply.py --add`.
With --counts: each dropped group's mention count over the corpus, largest first, and nothing else.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def dropped_mentions(out_dir: Path) -> dict[tuple[str, str, str], list[dict]]:
    """The corpus mentions of every dropped group, by (lemma, type, vocabulary) as the table writes them: the events
    of a run with the dropped groups let through that a run with the table as it is does not give."""
    import pyarrow.dataset as ds

    from benchmarks.eval_sets import cached_parse
    from newsfacts.actors import find_actors
    from newsfacts.events.find import find_events
    from newsfacts.events.responsible import responsible_countries
    from newsfacts.events.vocabulary import CODEBOOK, NOMINAL, vocabulary
    from newsfacts.quotes import find_quote_spans, find_quotes

    voc = vocabulary()
    # the table's codebook and nominal rows are never applied (`Vocabulary.curated`): only the others were dropped
    dropped = {key for key, decision in voc.curation.items()
               if decision == "drop" and key[2] not in (CODEBOOK, NOMINAL)}
    original = type(voc).curated
    asked: list[tuple[str, str, str]] = []  # the dropped groups let through in the current document

    def let_through(self, lemma, plover, source):
        kept, unchecked = original(self, lemma, plover, source)
        if kept is None and (lemma, plover, source) in dropped:
            asked.append((lemma, plover, source))
            return plover, False
        return kept, unchecked

    def key(e) -> tuple:
        return e.start, e.end, e.event_type, e.actor1, e.actor2

    docs = ds.dataset(out_dir / "documents").to_table(columns=["doc_id", "text", "published"]).to_pylist()
    parse = cached_parse(ROOT / ".cache" / "parses")
    groups: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for d, doc in zip(docs, parse(d["text"] for d in docs)):
        published = d["published"]
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        actors = responsible_countries(doc, find_actors(doc, published))
        names = {a.local_id: a.name for a in actors}
        spans = find_quote_spans(doc.text)
        quotes = find_quotes(doc, actors, spans)
        kept = {key(e) for e in find_events(doc, actors, spans, published, quotes)}
        asked.clear()
        type(voc).curated = let_through
        try:
            events = find_events(doc, actors, spans, published, quotes)
        finally:
            type(voc).curated = original
        for e in events:
            if key(e) in kept:
                continue
            # the group of the trigger's lemma and vocabulary; of two such groups, the one of the event's type
            candidates = [g for g in asked if (g[0], g[2]) == (e.lemma, e.source)]
            group = next((g for g in candidates if g[1] == e.event_type), candidates[0] if candidates else None)
            if group is None:
                continue  # a kept event that the let-through one changed (its roles or its merging)
            groups[group].append({"id": f"{d['doc_id']}:{e.start}:{group[1][:3]}", "trigger": e.trigger,
                                  "final_type": e.event_type, "actor1": names.get(e.actor1),
                                  "actor2": names.get(e.actor2), "sentence": e.sentence[:400]})
    return groups


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out-dir", type=Path, default=ROOT / ".cache" / "eval" / "corpus-out" / "current")
    ap.add_argument("--min", type=int, default=10)
    ap.add_argument("--per", type=int, default=10)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--counts", action="store_true")
    a = ap.parse_args(argv)
    groups = dropped_mentions(a.out_dir)
    order = sorted(groups, key=lambda k: (-len(groups[k]), k))
    if a.counts:
        for key in order:
            print(f"{len(groups[key]):5}  {'/'.join(key)}")
        return 0
    rng = random.Random(a.seed)
    for key in order:
        rows = groups[key]
        if len(rows) < a.min:
            continue
        for k, r in sorted(rng.sample(list(enumerate(rows)), min(a.per, len(rows)))):
            print(json.dumps({"id": f"{r['id']}:{k}", "lemma": key[0], "type": key[1], "vocabulary": key[2],
                              "n": len(rows), "trigger": r["trigger"], "final_type": r["final_type"],
                              "actor1": r["actor1"], "actor2": r["actor2"], "sentence": r["sentence"]},
                             ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
