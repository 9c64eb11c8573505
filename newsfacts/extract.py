"""Per-document extraction: one parsed article in, its actors, quotes and event mentions out.

The output is plain JSON-ready data keyed by local actor ids, so batches can be stored as
files between steps and re-used; identity across documents is decided in `newsfacts.resolve`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from functools import lru_cache

from spacy.tokens import Doc

from newsfacts.actors import find_actors
from newsfacts.deadline import CPULimitExceeded, cpu_limit
from newsfacts.events import find_events
from newsfacts.events.responsible import responsible_countries
from newsfacts.nlp import parse, text_of
from newsfacts.quotes import ERRORS as QUOTE_ERRORS
from newsfacts.quotes import find_quote_spans, find_quotes


def extract_doc(doc: Doc, doc_id: str, published: dt.date | None) -> dict:
    """Actors, mentions, quotes and events of one parsed document."""
    actors = responsible_countries(doc, find_actors(doc, published))
    spans = find_quote_spans(text_of(doc))
    quotes = find_quotes(doc, actors, spans)
    events = find_events(doc, actors, spans, published, quotes)
    return {
        "doc_id": doc_id,
        "actors": [
            {"local_id": a.local_id, "name": a.name, "actor_type": a.actor_type, "aliases": a.aliases,
             "acronyms": a.acronyms, "country": a.country, "sector": a.sector, "title": a.title,
             "country_source": a.country_source, "known_as": a.known_as,
             "mentions": [{"start": m.start, "end": m.end, "text": m.text, "kind": m.kind} for m in a.mentions]}
            for a in actors
        ],
        "quotes": [asdict(q) for q in quotes],
        "events": [
            {**asdict(e), "event_date": e.event_date.isoformat() if e.event_date else None} for e in events
        ],
        "quote_errors": doc.user_data.get(QUOTE_ERRORS, 0),  # quotes whose speaker finding failed (logged)
    }


def extract_texts(records: Iterable[tuple[str, str, dt.date | None]], time_limit: float | None = None
                  ) -> Iterator[dict]:
    """Extraction results for (doc_id, text, published) records, parsed in spaCy batches.

    A document whose extraction takes more than `time_limit` seconds of CPU (after its parse,
    which is linear in its bounded length) gives `{"doc_id": ..., "timeout_s": time_limit}`
    instead: one pathological article costs at most the limit, never the run.
    """
    records = list(records)
    if time_limit is not None:
        _warmed()
    for (doc_id, _, published), doc in zip(records, parse(r[1] for r in records)):
        try:
            with cpu_limit(time_limit):
                result = extract_doc(doc, doc_id, published)
        except CPULimitExceeded:
            result = {"doc_id": doc_id, "timeout_s": time_limit}
        yield result


# A text that takes extraction through the word lists it loads on first use (the vocabulary, given names, places,
# sentiment, the corpus's nouns: about 0.4 s of CPU, once per process), so that no document's time limit pays for them
_WARM_UP = ('President Jane Roe of Ruritania said on Monday that Acme Inc. had called the plan a disgrace. '
            '"We will act," said Mr Roe. The trial of John Doe began in Paris, France, and Kellan Tools stated that '
            'its talks with the United Nations had been suspended.')


@lru_cache(maxsize=1)
def _warmed() -> bool:
    """Extract the warm-up text once in this process, outside any time limit."""
    extract_doc(next(parse([_WARM_UP])), "warm-up", None)
    return True
