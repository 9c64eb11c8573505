"""Why each dev-gold event is missed, by the fate of its gold trigger word in the extractor, grouped.

    python benchmarks/event_misses.py [--show CAUSE] [--out .cache/eval/dev-out]

For every gold event that the scorer's matching leaves unmatched, the gold trigger is found in its
evidence in the document text, and the extractor's steps are replayed on that token: no vocabulary
sense, construction refused, theme of another trigger, modality, curation, roles (no actor named),
or an event that came out with another type or other actors. Counts per cause; --show lists one cause.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.eval_sets import cached_parse  # noqa: E402
from benchmarks.event_errors import EVAL, _scorer  # noqa: E402


def _token(doc, text: str, evidence: str, trigger: str):
    at = text.find(evidence[:60])
    if at < 0:
        return None
    i = text.lower().find(trigger.split()[0].lower(), at)
    if i < 0:
        return None
    return next((t for t in doc if t.idx <= i < t.idx + len(t.text)), None)


def cause_of(tok, doc, actors, published) -> str:
    from newsfacts.events import modality as mod
    from newsfacts.events.find import _roles
    from newsfacts.events.grammar import refine
    from newsfacts.events.phrases import ActorIndex
    from newsfacts.events.roles import pairs
    from newsfacts.events.senses import sense
    from newsfacts.events.vocabulary import vocabulary

    if tok is None:
        return "trigger not found in text"
    if tok.pos_ not in ("VERB", "NOUN"):
        return f"trigger is {tok.pos_}"
    trig = sense(tok)
    if trig is None:
        return "no sense (vocabulary)"
    t = refine(trig)
    if t is None:
        return "construction refused"
    m = mod.modality(tok)
    if m in ("negated", "hypothetical") or mod.is_purpose(tok) or mod.is_question(tok):
        return f"modality {m or 'purpose/question'}"
    gov = mod.governor(tok)
    if gov is not None and gov.lemma_.lower() in mod.IRREALIS_GOVERNORS:
        return f"irrealis governor {gov.lemma_}"
    if m == "future" and mod.future_type(t) is None:
        return "future of a non-cooperative type"
    t2 = mod.future_type(t) if m == "future" else t
    if vocabulary().curated(tok.lemma_.lower(), t, trig.source)[0] is None:
        return f"curated away ({trig.source})"
    r = _roles(tok, ActorIndex(doc, actors), t2)
    if not pairs(r, t2):
        return "no actor in a role"
    return f"emitted as {t2} (other type/actors or filtered)"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / ".cache" / "eval" / "dev-out")
    ap.add_argument("--show", default=None)
    a = ap.parse_args(argv)
    from newsfacts.actors import find_actors
    from newsfacts.events.responsible import responsible_countries

    sc = _scorer()
    t = {name: sc.read_table(a.out, name) for name in sc.TABLES}
    texts = {d["doc_id"]: (d["text"], d["published"]) for d in t["documents"]}
    actors = {x["actor_id"]: x for x in t["actors"]}
    mentions = defaultdict(lambda: defaultdict(set))
    for m in t["actor_mentions"]:
        mentions[m["doc_id"]][m["actor_id"]].add(m["text"])
    events = {e["event_id"]: e for e in t["events"]}
    ev_by_doc = defaultdict(set)
    for m in t["event_mentions"]:
        ev_by_doc[m["doc_id"]].add(m["event_id"])
    gold = [d for g in sorted((EVAL / "dev").glob("*.jsonl")) for d in sc.read_gold(g)]
    parse = cached_parse(ROOT / ".cache" / "parses")
    causes, shown = Counter(), []
    for gd in gold:
        did = gd["doc_id"]
        text, published = texts[did]
        gold_actor = {x["name"]: sc.aliases(x["name"], x.get("aliases", [])) for x in gd["actors"]}

        def names(aid, _d=did):
            x = actors.get(aid)
            return sc.aliases(x["name"], list(x.get("aliases") or []), list(mentions[_d].get(aid, ()))) if x else set()

        def ok(g, p):
            gs = (gold_actor.get(g["actor1"], set()) if g.get("actor1") else set()) | (
                gold_actor.get(g["actor2"], set()) if g.get("actor2") else set())
            return p["event_type"] == g["type"] and bool(gs & (names(p["actor1_id"]) | names(p["actor2_id"])))

        pev = [events[e] for e in sorted(ev_by_doc[did]) if e in events]
        got = {g for g, _ in sc.best_matching(gd["events"], pev, ok)}
        missed = [g for i, g in enumerate(gd["events"]) if i not in got]
        if not missed:
            continue
        doc = next(parse([text]))
        doc_actors = responsible_countries(doc, find_actors(doc))
        for g in missed:
            tok = _token(doc, text, g["evidence"], g["trigger"])
            c = cause_of(tok, doc, doc_actors, published)
            causes[c.split(" (")[0] if c.startswith("curated") else c.split(" ")[0] + " " + c.split(" ")[1]
                   if c.startswith("irrealis") else c] += 1
            if a.show and a.show in c:
                shown.append(f"{g['type']} [{g['trigger']}] {g.get('actor1')} -> {g.get('actor2')} | {c} | "
                             f"{g['evidence'][:120]}")
    for line in shown:
        print(line)
    for c, n in causes.most_common():
        print(f"{n:4} {c}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
