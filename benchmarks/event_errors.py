"""Event errors against the dev gold, for reading in bulk: missed gold events and unmatched predictions.

    python benchmarks/event_errors.py [--out .cache/eval/dev-out] [--missed] [--extra] [--type ASSAULT]

Matching is the shared scorer's (lenient: type and any actor in common; the same maximum matching).
Each missed gold event is shown with the pipeline's events in the same sentence (if any), each extra
prediction with its sentence, so errors can be grouped by cause.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


def _scorer():
    spec = importlib.util.spec_from_file_location("nf_score", EVAL / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / ".cache" / "eval" / "dev-out")
    ap.add_argument("--missed", action="store_true")
    ap.add_argument("--extra", action="store_true")
    ap.add_argument("--type", default=None)
    ap.add_argument("--dates", action="store_true", help="matched events whose date is wrong")
    ap.add_argument("--places", action="store_true", help="matched events whose place is wrong")
    ap.add_argument("--roles", action="store_true", help="matched events whose actor1 or actor2 is wrong (strict misses)")
    a = ap.parse_args(argv)
    sc = _scorer()
    t = {name: sc.read_table(a.out, name) for name in sc.TABLES}
    actors = {x["actor_id"]: x for x in t["actors"]}
    mentions = defaultdict(lambda: defaultdict(set))
    for m in t["actor_mentions"]:
        mentions[m["doc_id"]][m["actor_id"]].add(m["text"])
    events = {e["event_id"]: e for e in t["events"]}
    ev_by_doc, sent_of = defaultdict(set), defaultdict(list)
    for m in t["event_mentions"]:
        ev_by_doc[m["doc_id"]].add(m["event_id"])
        sent_of[(m["doc_id"], m["event_id"])].append((m["trigger"], m["sentence"]))
    gold = [d for g in sorted((EVAL / "dev").glob("*.jsonl")) for d in sc.read_gold(g)]
    causes = Counter()
    for gd in gold:
        did = gd["doc_id"]
        gold_actor = {x["name"]: sc.aliases(x["name"], x.get("aliases", [])) for x in gd["actors"]}

        def names(aid, _d=did):
            x = actors.get(aid)
            return sc.aliases(x["name"], list(x.get("aliases") or []), list(mentions[_d].get(aid, ()))) if x else set()

        def label(aid):
            return actors[aid]["name"] if aid in actors else "-"

        def ok(g, p):
            if p["event_type"] != g["type"]:
                return False
            gs = (gold_actor.get(g["actor1"], set()) if g.get("actor1") else set()) | (
                gold_actor.get(g["actor2"], set()) if g.get("actor2") else set())
            return bool(gs & (names(p["actor1_id"]) | names(p["actor2_id"])))

        pev = [events[e] for e in sorted(ev_by_doc[did]) if e in events]
        pairs = sc.best_matching(gd["events"], pev, ok)
        got_g, got_p = {g for g, _ in pairs}, {p for _, p in pairs}
        for gi, pi in pairs:
            g, p = gd["events"][gi], pev[pi]
            trig, sent = sent_of[(did, p["event_id"])][0]
            if a.dates and g.get("date") and not sc.date_matches(g["date"], p["event_date"], p["date_precision"]):
                print(f"DATE {did} pub={gd.get('published')} gold={g['date']} got={p['event_date']}/{p['date_precision']} "
                      f"[{trig}] | {g['evidence'][:90]} || {sent[:160]}")
                causes["date"] += 1
            g1 = gold_actor.get(g["actor1"], set()) if g.get("actor1") else set()
            g2 = gold_actor.get(g["actor2"], set()) if g.get("actor2") else set()
            strict = bool(g1 & names(p["actor1_id"])) and (bool(g2 & names(p["actor2_id"])) if g2 else not p["actor2_id"])
            if a.roles and not strict:
                print(f"ROLES {did} {g['type']} gold {g.get('actor1')} -> {g.get('actor2')} | got {label(p['actor1_id'])} -> "
                      f"{label(p['actor2_id'])} [{trig}] | {sent[:140]}")
                causes["roles"] += 1
            if a.places and "location" in g and (g.get("location") or p.get("location")) and not sc.place_matches(
                    g.get("location"), p.get("location")):
                print(f"PLACE {did} gold={g.get('location')} got={p.get('location')} [{trig}] | {sent[:160]}")
                causes["place"] += 1
        for gi, g in enumerate(gd["events"]):
            if gi in got_g or (a.type and g["type"] != a.type) or not a.missed:
                continue
            same = [p for p in pev if any(g["evidence"][:40] in s or s[:60] in g["evidence"]
                                          for _, s in sent_of[(did, p["event_id"])])]
            print(f"MISS {did} {g['type']} [{g['trigger']}] {g.get('actor1')} -> {g.get('actor2')} | {g['evidence'][:150]}")
            for p in same:
                print(f"      got {p['event_type']} {label(p['actor1_id'])} -> {label(p['actor2_id'])} "
                      f"[{sent_of[(did, p['event_id'])][0][0]}]")
            causes["missed " + g["type"]] += 1
        for pi, p in enumerate(pev):
            if pi in got_p or (a.type and p["event_type"] != a.type) or not a.extra:
                continue
            trig, sent = sent_of[(did, p["event_id"])][0]
            print(f"EXTRA {did} {p['event_type']} [{trig}] {label(p['actor1_id'])} -> {label(p['actor2_id'])} | {sent[:170]}")
            causes["extra " + p["event_type"]] += 1
    print(dict(causes.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
