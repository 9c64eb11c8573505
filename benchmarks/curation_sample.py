"""Samples of the extractor's event mentions over the corpus, per trigger lemma and type, for a hand check.

    python benchmarks/curation_sample.py [--out-dir .cache/eval/corpus-out] [--min 5] [--per 6] [--only L/T/V ...] > samples.jsonl

Reads a pipeline output over the 5,000-article corpus (`benchmarks/eval_sets.py corpus`), groups the
event mentions by (trigger lemma, event type, vocabulary), and for each group with at least --min
mentions draws up to --per at random (seeded). Each line: id, lemma, type, vocabulary, n (the group's
size over the corpus), trigger, actor1, actor2, sentence. A reader marks each with `yes` (a PLOVER
event of this type with at least one of these actors in its role), `type:X` (an event, of type X) or
`no`; `benchmarks/curation_apply.py` turns the marks into newsfacts/resources/plover_curation.tsv.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out-dir", type=Path, default=ROOT / ".cache" / "eval" / "corpus-out")
    ap.add_argument("--min", type=int, default=5)
    ap.add_argument("--per", type=int, default=6)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--only", nargs="*", metavar="LEMMA/TYPE/VOCABULARY",
                    help="sample only these groups (a second round for groups whose first sample was borderline)")
    a = ap.parse_args(argv)
    only = {tuple(g.split("/")) for g in a.only} if a.only else None
    import pyarrow.dataset as ds

    actors = {x["actor_id"]: x["name"] for x in ds.dataset(a.out_dir / "actors").to_table(
        columns=["actor_id", "name"]).to_pylist()}
    events = {e["event_id"]: e for e in ds.dataset(a.out_dir / "events").to_table().to_pylist()}
    groups = defaultdict(list)
    for m in ds.dataset(a.out_dir / "event_mentions").to_table().to_pylist():
        e = events[m["event_id"]]
        groups[(m["trigger_lemma"], e["event_type"], m["vocabulary"])].append((m, e))
    rng = random.Random(a.seed)
    for key in sorted(groups, key=lambda k: (-len(groups[k]), k)):
        rows = groups[key]
        if len(rows) < a.min or (only is not None and key not in only):
            continue
        for m, e in rng.sample(rows, min(a.per, len(rows))):
            print(json.dumps({"id": f"{m['doc_id']}:{m['start']}:{e['event_id'][-6:]}", "lemma": key[0], "type": key[1],
                              "vocabulary": key[2], "n": len(rows), "trigger": m["trigger"],
                              "actor1": actors.get(e["actor1_id"]), "actor2": actors.get(e["actor2_id"]),
                              "sentence": m["sentence"][:400]}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
