"""Corpus-level figures and samples for hand checks, from an output folder.

    python benchmarks/corpus_stats.py --out DIR [--sample 30] [--seed 1] [--result FILE]
    python benchmarks/corpus_stats.py --out DIR --hand-check 50 30 [--seed 1]

Prints: row counts; actors by type, the 20 with most documents, a random sample of actors
merged across documents (with their aliases and titles, to check no two people were joined);
quotes and the share with a resolved speaker; events by type, the share dated, and a random
sample of events with their sentences (to judge by hand whether each is a real event of the
coded type with the right actors).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsfacts.storage import read_table  # noqa: E402


def _v(x):
    """A cell as plain JSON: missing values as null."""
    return None if x is None or (not isinstance(x, (list, tuple)) and pd.isna(x)) else x


def stats(out: Path, sample: int, seed: int) -> dict:
    t = {name: read_table(out, name) for name in ("documents", "actors", "events", "event_mentions", "quotes",
                                                  "quarantine")}
    actors, events, quotes = t["actors"], t["events"], t["quotes"]
    names = dict(zip(actors["actor_id"], actors["name"]))
    merged = actors[actors["n_documents"] > 1]
    persons = merged[merged["actor_type"] == "PERSON"]
    r = {
        "rows": {k: len(v) for k, v in t.items()},
        "actors_by_type": actors["actor_type"].value_counts().to_dict(),
        "actors_with_country": float(actors["country"].notna().mean()),
        "top20_by_documents": [
            {"name": a.name, "type": a.actor_type, "country": _v(a.country), "documents": int(a.n_documents),
             "mentions": int(a.n_mentions)}
            for a in actors.sort_values(["n_documents", "n_mentions"], ascending=False).head(20).itertuples()],
        "merged_across_documents": len(merged),
        "merged_persons_sample": [
            {"name": a.name, "aliases": list(a.aliases)[:8], "title": _v(a.title), "country": _v(a.country),
             "documents": int(a.n_documents)}
            for a in persons.sample(min(sample, len(persons)), random_state=seed).itertuples()],
        "quotes": len(quotes),
        "quotes_with_speaker_actor": int(quotes["speaker_actor_id"].notna().sum()),
        "quotes_with_speaker_text": int(quotes["speaker_text"].notna().sum()),
        "events_by_type": events["event_type"].value_counts().to_dict(),
        "events_per_article": len(events) / max(1, len(t["documents"])),
        "event_mentions_per_article": len(t["event_mentions"]) / max(1, len(t["documents"])),
        "events_dated_share": float(events["event_date"].notna().mean()) if len(events) else 0.0,
        "events_placed_share": float(events["location"].notna().mean()) if len(events) else 0.0,
        "events_multi_document": int((events["n_documents"] > 1).sum()),
        "events_multi_document_share": float((events["n_documents"] > 1).mean()) if len(events) else 0.0,
        "event_mentions_by_vocabulary": t["event_mentions"]["vocabulary"].value_counts().to_dict()
        if "vocabulary" in t["event_mentions"] else {},
    }
    first = t["event_mentions"].drop_duplicates("event_id").set_index("event_id")
    sampled = events.sample(min(sample, len(events)), random_state=seed)
    r["events_sample"] = [
        {"type": e.event_type, "actor1": names.get(e.actor1_id), "actor2": names.get(e.actor2_id),
         "date": str(e.event_date) if pd.notna(e.event_date) else None, "location": _v(e.location),
         "trigger": first.loc[e.event_id, "trigger"],
         "sentence": first.loc[e.event_id, "sentence"][:300], "confidence": float(e.confidence)}
        for e in sampled.itertuples()]
    r["merges_sample"] = _merges(events, t["event_mentions"], t["documents"], names, sample, seed)
    return r


def _context(text: str, start: int, end: int, width: int) -> str:
    """The span marked [[...]] with `width` characters either side."""
    return (text[max(0, start - width):start] + "[[" + text[start:end] + "]]" + text[end:end + width]).replace("\n", " ")


def hand_samples(out: Path, actors_n: int, quotes_n: int, seed: int) -> dict:
    """Random actors (each with its first mention in context) and random quotes (with the text around them
    and the speaker found), to judge by hand: an actor is right when its type, full name and country are;
    a quote's speaker when it is the person or body the text says spoke (none only where the text names none)."""
    actors, mentions = read_table(out, "actors"), read_table(out, "actor_mentions")
    docs, quotes = read_table(out, "documents"), read_table(out, "quotes")
    texts = dict(zip(docs["doc_id"], docs["text"]))
    names = dict(zip(actors["actor_id"], actors["name"]))
    first = mentions.sort_values(["doc_id", "start"]).drop_duplicates("actor_id").set_index("actor_id")
    sampled_actors = []
    for a in actors.sample(min(actors_n, len(actors)), random_state=seed).itertuples():
        m = first.loc[a.actor_id]
        sampled_actors.append({"name": a.name, "type": a.actor_type, "country": _v(a.country),
                               "sector": _v(a.sector), "title": _v(a.title), "aliases": list(a.aliases)[:8],
                               "documents": int(a.n_documents), "doc_id": m.doc_id,
                               "context": _context(texts[m.doc_id], int(m.start), int(m.end), 200)})
    sampled_quotes = [{"doc_id": q.doc_id, "quote": q.text[:300], "speaker": names.get(_v(q.speaker_actor_id)),
                       "speaker_text": _v(q.speaker_text), "cue": _v(q.cue),
                       "context": _context(texts[q.doc_id], int(q.start), int(q.end), 300)}
                      for q in quotes.sample(min(quotes_n, len(quotes)), random_state=seed).itertuples()]
    return {"actors_sample": sampled_actors, "quotes_sample": sampled_quotes}


def _merges(events, mentions, documents, names, sample: int, seed: int) -> list[dict]:
    """Random events merged across documents, with each report's sentence, to judge by hand whether
    the reports are one event."""
    multi = events[events["n_documents"] > 1]
    published = dict(zip(documents["doc_id"], documents["published"]))
    out = []
    for e in multi.sample(min(sample, len(multi)), random_state=seed).itertuples():
        ms = mentions[mentions["event_id"] == e.event_id]
        out.append({"type": e.event_type, "actor1": names.get(e.actor1_id), "actor2": names.get(e.actor2_id),
                    "date": str(e.event_date) if pd.notna(e.event_date) else None,
                    "evidence": _v(getattr(e, "merge_evidence", None)),
                    "reports": [{"doc_id": m.doc_id, "published": str(published.get(m.doc_id)), "trigger": m.trigger,
                                 "sentence": m.sentence[:250]} for m in ms.head(4).itertuples()]})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--result", type=Path, default=None)
    ap.add_argument("--hand-check", nargs=2, type=int, metavar=("ACTORS", "QUOTES"),
                    help="print only random actors and quotes in context for a hand check (issue 15: 50 30)")
    a = ap.parse_args(argv)
    r = hand_samples(a.out, *a.hand_check, a.seed) if a.hand_check else stats(a.out, a.sample, a.seed)
    text = json.dumps(r, indent=2, default=str)
    if a.result:
        a.result.parent.mkdir(parents=True, exist_ok=True)
        a.result.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
