"""Why the extractor does or does not find events in a sentence: every token's PLOVER sense, its
construction's verdict, modality, roles and the mentions that come out.

    python benchmarks/explain_events.py "Israel and Egypt held talks in Cairo on Monday." [--published 2020-05-04]
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsfacts.actors import find_actors  # noqa: E402
from newsfacts.events import find_events, modality as mod  # noqa: E402
from newsfacts.events.grammar import refine  # noqa: E402
from newsfacts.events.phrases import ActorIndex  # noqa: E402
from newsfacts.events.responsible import responsible_countries  # noqa: E402
from newsfacts.events.roles import noun_roles, verb_roles  # noqa: E402
from newsfacts.events.senses import sense  # noqa: E402
from newsfacts.nlp import parse, text_of  # noqa: E402
from newsfacts.quotes import find_quote_spans, find_quotes  # noqa: E402


def explain(text: str, published: dt.date | None, grep: str | None = None) -> None:
    doc = next(parse([text]))
    actors = responsible_countries(doc, find_actors(doc))
    idx = ActorIndex(doc, actors)
    print("actors:", [(a.local_id, a.name, a.actor_type) for a in actors])
    sents = [s for s in doc.sents if grep is None or grep in s.text]
    toks = [t for s in sents for t in s]
    for tok in toks:
        print(f"  {tok.i:3} {tok.text:15} {tok.lemma_:12} {tok.pos_:5} {tok.tag_:4} {tok.dep_:10} <- {tok.head.i} {tok.ent_type_}")
    for tok in toks:
        trig = sense(tok) if tok.pos_ in ("VERB", "NOUN") else None
        if trig is None:
            continue
        r = noun_roles(tok, idx, trig.plover) if tok.pos_ == "NOUN" else verb_roles(tok, idx)
        gov = mod.governor(tok)
        print(f"TRIGGER {tok.text}: {trig.plover} ({trig.source}) -> refine {refine(trig)}; modality {mod.modality(tok)}; "
              f"governor {gov.text if gov is not None else None}; purpose {mod.is_purpose(tok)}; roles a1={r.actor1} "
              f"a2={r.actor2} sym={r.symmetric} anchor={r.anchor}")
    keep = {t.idx for t in toks}
    spans = find_quote_spans(text_of(doc))
    for m in find_events(doc, actors, spans, published, find_quotes(doc, actors, spans)):
        if m.start not in keep:
            continue
        print("EVENT", m.event_type, m.actor1, m.actor2, m.trigger, m.event_date, m.date_precision, repr(m.date_text),
              m.location, m.source)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("text", help="a text, or with --doc the words of the sentences to show")
    ap.add_argument("--published", type=dt.date.fromisoformat, default=None)
    ap.add_argument("--doc", help="a document id of an output folder's documents table (see --out)")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / ".cache" / "eval" / "dev-out")
    a = ap.parse_args(argv)
    if a.doc:
        import pyarrow.dataset as ds
        row = ds.dataset(a.out / "documents").to_table(filter=ds.field("doc_id") == a.doc).to_pylist()[0]
        explain(row["text"], row["published"], a.text)
    else:
        explain(a.text, a.published)
    return 0


if __name__ == "__main__":
    sys.exit(main())
