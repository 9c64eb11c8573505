"""Cross-document event merging, measured alone: capture the merge's input once, then re-merge and score
in a second, and read the merge's errors in bulk.

    python benchmarks/merge_eval.py capture SET...          # run SET (ecb, dev, corpus) through the pipeline
                                                            # (benchmarks/eval_sets.py) and keep the mentions
                                                            # the merge receives: WORK/<set>-merge-input.pkl
    python benchmarks/merge_eval.py score SET               # re-merge with the current code, write the events
                                                            # tables to WORK/<set>-merge-out and run the scorer
    python benchmarks/merge_eval.py pairs [miss|wrong|within|within-miss] [-n N]   # ECB+: missed / wrong
                                                            # cross-document pairs (or wrong / missed within-
                                                            # document ones), each with the merge's reason
    python benchmarks/merge_eval.py causes                  # ECB+: the gold cross-document pairs by what kept
                                                            # them apart (extraction, actors, time, words)
    python benchmarks/merge_eval.py sample SET [-n 20] [--seed 0] [--remerge]   # random cross-document
                                                            # merges with their mentions' sentences, for a
                                                            # hand check (of WORK/<set>-out, or re-merged)

Extraction is not re-run by `score`, `pairs` and `sample`: after a change to extraction, capture again.
"""
from __future__ import annotations

import argparse
import collections
import itertools
import json
import pickle
import random
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"
WORK = ROOT / ".cache" / "eval"


def capture(name: str) -> None:
    """Run one set through benchmarks/eval_sets.py, keeping what `tables.event_tables` receives."""
    from benchmarks import eval_sets
    from newsfacts import tables

    original = tables.event_tables

    def keep(mentions, published):
        with open(WORK / f"{name}-merge-input.pkl", "wb") as f:
            pickle.dump((mentions, published), f)
        return original(mentions, published)

    tables.event_tables = keep
    try:
        eval_sets.main([name])
    finally:
        tables.event_tables = original


def load(name: str):
    import pandas as pd

    import pyarrow.dataset as ds

    with open(WORK / f"{name}-merge-input.pkl", "rb") as f:
        mentions, published = pickle.load(f)
    types = {a["actor_id"]: a["actor_type"] for a in ds.dataset(WORK / f"{name}-out" / "actors").to_table(
        columns=["actor_id", "actor_type"]).to_pylist()}
    mentions = [{**m, "actor1_type": types.get(m["actor1_id"]), "actor2_type": types.get(m["actor2_id"])}
                for m in mentions]
    return mentions, {k: (None if v is None or pd.isna(v) else v) for k, v in published.items()}


def remerge(name: str) -> Path:
    """The captured mentions merged by the current code, as events tables beside the set's other tables."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from newsfacts import tables

    mentions, published = load(name)
    events, rows = tables.event_tables([dict(m) for m in mentions], dict(published))
    src, out = WORK / f"{name}-out", WORK / f"{name}-merge-out"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for t in ("documents", "actors", "actor_mentions", "quotes", "quarantine"):
        if (src / t).exists():
            (out / t).symlink_to((src / t).resolve())
    for t, r in (("events", events), ("event_mentions", rows)):
        (out / t).mkdir()
        pq.write_table(pa.Table.from_pandas(tables.frame(t, r), preserve_index=False), out / t / "part-0.parquet")
    return out


def score(name: str) -> None:
    out = remerge(name)
    if name == "ecb":
        cmd = [sys.executable, str(EVAL / "ecb" / "score.py"), "--out", str(out)]
    elif name == "dev":
        cmd = [sys.executable, str(EVAL / "score.py"), "--contract", "--out", str(out), "--gold",
               *map(str, sorted((EVAL / "dev").glob("*.jsonl")))]
    else:
        return summary(name)
    print(subprocess.run(cmd, capture_output=True, text=True).stdout)


def summary(name: str) -> None:
    import pyarrow.dataset as ds

    ev = ds.dataset(WORK / f"{name}-merge-out" / "events").to_table().to_pylist()
    multi = [e for e in ev if e["n_documents"] > 1]
    largest = max((e["n_documents"] for e in ev), default=0)
    print(f"{len(ev)} events, {len(multi)} in several documents "
          f"({sum(e['n_documents'] for e in multi)} document reports), largest {largest}")
    print(collections.Counter(e["merge_evidence"] for e in multi).most_common(12))


def _ecb_units():
    """The scorer's matched mentions (its `match`, run on a copy of the tables whose event_id is the
    mention's position in the merge input), each with that input mention."""
    sys.path.insert(0, str(EVAL / "ecb"))
    import score as ecb_score

    out = remerge("ecb")
    mentions, published = load("ecb")
    key = {(m["doc_id"], m["start"], m["end"]): i for i, m in enumerate(mentions)}
    probe = WORK / "ecb-merge-probe"
    if probe.exists():
        shutil.rmtree(probe)
    probe.mkdir()
    for t in ("documents", "events"):
        (probe / t).symlink_to((out / t).resolve())
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq
    rows = ds.dataset(out / "event_mentions").to_table()
    ids = [f"{key[(d, s, e)]:06d}" for d, s, e in zip(*(rows[c].to_pylist() for c in ("doc_id", "start", "end")))]
    (probe / "event_mentions").mkdir()
    pq.write_table(rows.set_column(rows.schema.get_field_index("event_id"), "event_id", [ids]),
                   probe / "event_mentions" / "part-0.parquet")
    units, _, _ = ecb_score.match(probe)
    merged = {(m["doc_id"], m["start"], m["end"]): e for m, e in
              zip(rows.to_pylist(), rows["event_id"].to_pylist())}
    gold = {json.loads(line)["doc_id"]: json.loads(line) for line in open(EVAL / "ecb" / "gold.jsonl")}
    for u in units:
        u["m"] = mentions[int(u["event_id"])]
        u["event_id"] = merged[(u["m"]["doc_id"], u["m"]["start"], u["m"]["end"])]
        u["chain_name"] = next((g.get("chain_name") for g in gold[u["doc_id"]]["mentions"] if g["chain"] == u["gold"]),
                               u["gold"])
    return units, published


def describe(m: dict, names: dict) -> str:
    if m is None:
        return "?"
    return (f"{m['doc_id']} {m['event_type']} {names.get(m['actor1_id'])} -> {names.get(m['actor2_id'])} "
            f"[{m['trigger']}/{m.get('lemma')}] d={m.get('event_date') and str(m['event_date'])[:10]}"
            f"/{m.get('date_precision')}")


def pairs(which: str, n: int, only: str = "") -> None:
    import pyarrow.dataset as ds

    from newsfacts.resolve import events as merge

    units, published = _ecb_units()
    names = {a["actor_id"]: a["name"] for a in ds.dataset(WORK / "ecb-out" / "actors").to_table().to_pylist()}
    found = []
    for u, v in itertools.combinations(units, 2):
        same_doc = u["doc_id"] == v["doc_id"]
        if same_doc != which.startswith("within"):
            continue
        g, p = u["gold"] == v["gold"], u["event_id"] == v["event_id"]
        if (which.endswith("miss") and g and not p) or (which in ("wrong", "within") and p and not g):
            found.append((u, v))
    print(f"{len(found)} {which} pairs; by gold chain:",
          collections.Counter(u["chain_name"] for u, v in found for u in (u, v)).most_common(12))
    reasons = collections.Counter()
    for u, v in found:
        reasons[why(u["m"], v["m"], published, merge)] += 1
    for r, k in reasons.most_common():
        print(f"{k:4d}  {r}")
    random.seed(0)
    found = [(u, v) for u, v in found if only in why(u["m"], v["m"], published, merge)]
    for u, v in random.sample(found, min(n, len(found))):
        print(f"- {describe(u['m'], names)}\n  {describe(v['m'], names)}\n  gold {u['chain_name']} / {v['chain_name']}"
              f" | {why(u['m'], v['m'], published, merge)}")


def causes() -> None:
    """Every gold cross-document pair of ECB+ matched mentions, by what kept the merge from joining it."""
    from newsfacts.resolve import events as merge

    units, published = _ecb_units()
    counts = collections.Counter()
    for u, v in itertools.combinations(units, 2):
        if u["doc_id"] != v["doc_id"] and u["gold"] == v["gold"]:
            counts["merged" if u["event_id"] == v["event_id"] else _cause(u["m"], v["m"], published, merge)] += 1
    for cause, n in sorted(counts.items()):
        print(f"{n:5d}  {cause}")
    print(f"{sum(counts.values()):5d}  gold cross-document pairs")


def _cause(a: dict, b: dict, published: dict, merge) -> str:
    if a["event_type"] != b["event_type"]:
        return "extraction: different PLOVER types"
    g, h = (merge._Group.of(m, merge._day(published.get(m["doc_id"]))) for m in (a, b))
    actors = merge._actors_fit(g, h)
    if actors is None:
        swapped = (g.actors() & h.actors())
        return f"actors: {'the same actor in swapped roles' if swapped else 'no actor id in common, or a clash'}"
    fit = merge._Fit(actors, merge._time_fit(g, h), merge._trigger_fit(g, h))
    if fit.time is None or fit.trigger is None:
        return "dates contradict" if fit.time is None else "different words (no trigger family)"
    if not any(merge._fit(g, h, t) for t in merge._PASSES):
        return f"the pair alone fails every pass: {fit.evidence()}"
    return "the pair alone passes; their groups were not joined (ambiguity, other members' roles)"


def why(a: dict | None, b: dict | None, published: dict, merge) -> str:
    """The merge's verdict on two mentions alone (each a group of its own)."""
    if a is None or b is None:
        return "no input mention"
    if a["event_type"] != b["event_type"]:
        return "different type"
    g, h = (merge._Group.of(m, merge._day(published.get(m["doc_id"]))) for m in (a, b))
    actors = merge._actors_fit(g, h)
    if actors is None:
        roles = [(a["actor1_id"], b["actor1_id"]), (a["actor2_id"], b["actor2_id"])]
        clash = [r for r, (x, y) in zip(("a1", "a2"), roles) if x and y and x != y]
        actors = "clash:" + "+".join(clash) if clash else "none-shared"
    passed = [t.__name__ for t in merge._PASSES if merge._fit(g, h, t)]
    return f"actors={actors} time={merge._time_fit(g, h)} trigger={merge._trigger_fit(g, h)} passes={passed}"


def sample(name: str, n: int, seed: int, fresh: bool) -> None:
    """n random events reported by several documents: of the pipeline's own tables (WORK/<set>-out), or,
    with `fresh`, of the captured mentions merged again by the current code."""
    import pyarrow.dataset as ds

    out = remerge(name) if fresh else WORK / f"{name}-out"
    ev = {e["event_id"]: e for e in ds.dataset(out / "events").to_table().to_pylist()}
    rows = ds.dataset(out / "event_mentions").to_table().to_pylist()
    names = {a["actor_id"]: a["name"] for a in ds.dataset(out / "actors").to_table().to_pylist()}
    docs = {d["doc_id"]: d for d in ds.dataset(out / "documents").to_table(
        columns=["doc_id", "title", "published"]).to_pylist()}
    by_event = collections.defaultdict(list)
    for r in rows:
        by_event[r["event_id"]].append(r)
    multi = sorted(e for e, x in ev.items() if x["n_documents"] > 1)
    random.seed(seed)
    for i, eid in enumerate(random.sample(multi, min(n, len(multi))), 1):
        e = ev[eid]
        print(f"\n#{i} {e['event_type']} {names.get(e['actor1_id'])} -> {names.get(e['actor2_id'])} "
              f"date={e['event_date']}/{e['date_precision']} docs={e['n_documents']} conf={e['confidence']} "
              f"[{e['merge_evidence']}]")
        for r in by_event[eid]:
            d = docs[r["doc_id"]]
            print(f"   {r['doc_id']} ({d['published']}) {d['title'][:70]!r}\n"
                  f"      [{r['trigger']}] {r['sentence'][:260]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["capture", "score", "pairs", "causes", "sample"])
    ap.add_argument("args", nargs="*")
    ap.add_argument("-n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--only", default="", help="pairs: list only those whose reason contains this")
    ap.add_argument("--remerge", action="store_true", help="sample: merge the captured mentions again first")
    a = ap.parse_args()
    if a.command == "capture":
        for name in a.args:
            capture(name)
    elif a.command == "score":
        for name in a.args:
            score(name)
    elif a.command == "pairs":
        pairs((a.args or ["miss"])[0], a.n, a.only)
    elif a.command == "causes":
        causes()
    else:
        sample(a.args[0], a.n, a.seed, a.remerge)


if __name__ == "__main__":
    main()
