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
    """The corpus mentions of every dropped group, by (lemma, type, vocabulary) as the table writes them."""
    import pyarrow.dataset as ds

    from benchmarks.eval_sets import cached_parse
    from newsfacts.actors import find_actors
    from newsfacts.events import vocabulary as vocab_module
    from newsfacts.events.find import find_events
    from newsfacts.events.responsible import responsible_countries
    from newsfacts.quotes import find_quote_spans, find_quotes

    voc = vocab_module.vocabulary()
    dropped = {key for key, decision in voc.curation.items() if decision == "drop"}
    original = type(voc).curated

    def curated(self, lemma, plover, source):
        kept, unchecked = original(self, lemma, plover, source)
        if kept is None and (lemma, plover, source) in dropped:
            current.append((lemma, plover, source))
            return plover, False
        return kept, unchecked

    current: list = []
    type(voc).curated = curated
    docs = ds.dataset(out_dir / "documents").to_table(columns=["doc_id", "text", "published"]).to_pylist()
    parse = cached_parse(ROOT / ".cache" / "parses")
    groups: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    try:
        for d, doc in zip(docs, parse(d["text"] for d in docs)):
            published = d["published"]
            if isinstance(published, str):
                published = dt.date.fromisoformat(published)
            actors = responsible_countries(doc, find_actors(doc, published))
            names = {a.local_id: a.name for a in actors}
            spans = find_quote_spans(doc.text)
            quotes = find_quotes(doc, actors, spans)
            current.clear()
            # the groups let through, keyed by the trigger word they were asked about
            events = find_events(doc, actors, spans, published, quotes)
            asked = {(lemma, source): (lemma, plover, source) for lemma, plover, source in current}
            for e in events:
                key = asked.get((e.lemma, e.source))
                if key is None:
                    continue
                groups[key].append({"id": f"{d['doc_id']}:{e.start}:{key[1][:3]}", "trigger": e.trigger,
                                    "final_type": e.event_type, "actor1": names.get(e.actor1),
                                    "actor2": names.get(e.actor2), "sentence": e.sentence[:400]})
    finally:
        type(voc).curated = original
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
            print(json.dumps({"id": f"{r['id']}:{k}", "lemma": key[0], "type": key[1], "vocabulary": key[2], "n": len(rows),
                              "trigger": r["trigger"], "final_type": r["final_type"], "actor1": r["actor1"],
                              "actor2": r["actor2"], "sentence": r["sentence"]}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
