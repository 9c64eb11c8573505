"""Identity across documents: one event_id per real-world event.

Event mentions (with global actor ids) are grouped when they are the same event:
- the same PLOVER type;
- compatible actors: at least one actor in common, in either role, and none contradicting (two
  different actor1s, or two different actor2s, unless the two sides act together symmetrically);
- compatible time: both dated and one date within the other ("2024-10" and "2024-10-03"); or one
  dated and the other reported within a week after that date; or neither dated and the two reports
  published within three days of each other (an unknown publication date gives no time evidence:
  then, and only then, the same trigger family must vouch for it);
- where one report leaves a role empty that the other fills, the same trigger family (the same
  lemma or derivation, or one CAMEO synonym set: "killed", "killing", "murdered") stands in for the
  missing actor.
Within one document the same type with compatible actors and dates is one event (a report repeats
itself). Finer-dated mentions found the groups; a mention that fits several groups joins the one of
its own document, else the one that shares more actors, else none (a wrong merge is worse than a
missed one). Each group carries the evidence its joins rested on, from which `confidence` follows.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

_WIDTH = {"day": 10, "month": 7, "year": 4}
_RANK = {"day": 0, "month": 1, "year": 2}
AFTER_DATE_DAYS = 7  # a dated event is reported up to a week later
UNDATED_DAYS = 3  # two undated reports of one event appear within a few days


def _date_key(m: dict) -> str | None:
    if not m.get("event_date"):
        return None
    return str(m["event_date"])[: _WIDTH.get(m.get("date_precision") or "day", 10)]


@lru_cache(maxsize=1 << 14)
def family(lemma: str | None) -> frozenset[str]:
    """The trigger family of a lemma: itself, the verbs it nominalizes, and their CAMEO synsets."""
    if not lemma:
        return frozenset()
    from newsfacts.events.vocabulary import nominal_bases, vocabulary

    v = vocabulary()
    bases = {b for b in nominal_bases(lemma) if (b, "") in v.synsets or (b, "VERB") in v.codebook} | {lemma}
    return frozenset(bases | {s for b in bases for s, _ in v.synsets.get((b, ""), ())})


def _day(value) -> dt.date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


@dataclass
class _Group:
    members: list[dict]
    a1: str | None
    a2: str | None
    symmetric: bool
    date: str | None
    published: list[dt.date] = field(default_factory=list)
    families: set[str] = field(default_factory=set)
    evidence: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, m: dict, published: dt.date | None) -> "_Group":
        return cls([m], m["actor1_id"], m["actor2_id"], bool(m.get("symmetric")), _date_key(m),
                   [published] if published else [], set(family(m.get("lemma"))))

    def docs(self) -> set[str]:
        return {x["doc_id"] for x in self.members}

    def actors(self) -> set[str]:
        return {a for a in (self.a1, self.a2) if a is not None}

    def add(self, m: dict, published: dt.date | None, why: str) -> None:
        self.members.append(m)
        self.evidence.add(why)
        if self.a1 is None and m["actor1_id"] is not None and m["actor1_id"] != self.a2:
            self.a1 = m["actor1_id"]
        if self.a2 is None and m["actor2_id"] is not None and m["actor2_id"] != self.a1:
            self.a2 = m["actor2_id"]
            self.symmetric = self.symmetric or bool(m.get("symmetric"))
        d = _date_key(m)
        if d is not None and (self.date is None or len(d) > len(self.date)):
            self.date = d
        if published:
            self.published.append(published)
        self.families |= family(m.get("lemma"))


def _actors_fit(g: _Group, m: dict) -> str | None:
    """'both' (every role the two fill agrees), 'partial' (one fills a role the other leaves empty),
    or None (no actor in common, or a contradiction)."""
    a1, a2 = m["actor1_id"], m["actor2_id"]
    if (g.symmetric or m.get("symmetric")) and a2 is not None and g.a2 is not None:
        return "both" if {a1, a2} == {g.a1, g.a2} else None
    if a1 is not None and g.a1 is not None and a1 != g.a1:
        return None
    if a2 is not None and g.a2 is not None and a2 != g.a2:
        return None
    if not ({a1, a2} - {None}) & g.actors():
        return None
    return "both" if (a1 is None) == (g.a1 is None) and (a2 is None) == (g.a2 is None) else "partial"


def _time_fits(g: _Group, m: dict, published: dt.date | None) -> str | None:
    """'date', 'reported', 'published' or 'unknown' for compatible times, None for incompatible ones."""
    d = _date_key(m)
    if d is not None and g.date is not None:
        return "date" if d.startswith(g.date) or g.date.startswith(d) else None
    dated, pubs = (d, [published] if published else []) if d is not None else (g.date, g.published)
    if dated is not None:  # one side dated: the other reported within a week after that date
        if not pubs:
            return "unknown"
        start = dt.date.fromisoformat((dated + "-01-01")[:10])
        end = _period_end(dated) + dt.timedelta(days=AFTER_DATE_DAYS)
        return "reported" if any(start <= p <= end for p in pubs) else None
    if published is None or not g.published:
        return "unknown"
    return "published" if any(abs((published - p).days) <= UNDATED_DAYS for p in g.published) else None


def _period_end(key: str) -> dt.date:
    if len(key) == 10:
        return dt.date.fromisoformat(key)
    if len(key) == 7:
        y, mth = int(key[:4]), int(key[5:7])
        return dt.date(y + mth // 12, mth % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date(int(key), 12, 31)


def _fit(g: _Group, m: dict, published: dt.date | None) -> str | None:
    """The evidence on which `m` joins `g`, or None."""
    actors = _actors_fit(g, m)
    if actors is None:
        return None
    same_doc = m["doc_id"] in g.docs()
    time = _time_fits(g, m, published)
    if time is None:
        return None
    if same_doc:
        return "same document"
    same_family = bool(family(m.get("lemma")) & g.families)
    if (actors == "partial" or time == "unknown") and not same_family:
        return None
    return f"{actors} actors, {time}" + (", same trigger family" if same_family else "")


def merge_events(mentions: list[dict], published: dict[str, dt.date | None] | None = None) -> list[list[dict]]:
    """Event mentions grouped into events (see the module's doc). Each mention has `event_type`,
    global `actor1_id`/`actor2_id`, `event_date`, `date_precision`, `doc_id`, `start`, and optionally
    `symmetric` and `lemma`; `published` maps doc_id to its publication date."""
    return [members for members, _ in event_groups(mentions, published)]


def event_groups(mentions: list[dict], published: dict[str, dt.date | None] | None = None
                 ) -> list[tuple[list[dict], set[str]]]:
    """The groups of `merge_events`, each with the evidence its joins rested on."""
    return [(g.members, g.evidence) for g in _groups(mentions, published or {})]


def _groups(mentions: list[dict], published: dict[str, dt.date | None]) -> list[_Group]:
    by_type: dict[str, list[dict]] = defaultdict(list)
    for m in mentions:
        by_type[m["event_type"]].append(m)
    out: list[_Group] = []
    for ms in by_type.values():
        ms.sort(key=lambda m: (_RANK.get(m.get("date_precision") or "", 3) if m.get("event_date") else 3,
                               m["actor1_id"] is None or m["actor2_id"] is None, m["doc_id"], m["start"]))
        groups: list[_Group] = []
        by_actor: dict[str, list[int]] = defaultdict(list)
        for m in ms:
            pub = _day(published.get(m["doc_id"]))
            cands = {i for a in (m["actor1_id"], m["actor2_id"]) if a is not None for i in by_actor[a]}
            fits = [(i, why) for i in sorted(cands) if (why := _fit(groups[i], m, pub))]
            choice = _choose(fits, groups, m)
            if choice is None:
                groups.append(_Group.of(m, pub))
                choice = len(groups) - 1
            else:
                groups[choice].add(m, pub, dict(fits)[choice])
            for a in groups[choice].actors():
                if choice not in by_actor[a]:
                    by_actor[a].append(choice)
        out.extend(groups)
    return out


def _choose(fits: list[tuple[int, str]], groups: list[_Group], m: dict) -> int | None:
    if not fits:
        return None
    own = [i for i, why in fits if why == "same document"]
    if own:
        return own[0] if len(own) == 1 else None
    shared = {i: len(groups[i].actors() & {m["actor1_id"], m["actor2_id"]}) for i, _ in fits}
    best = max(shared.values())
    top = [i for i, n in shared.items() if n == best]
    return top[0] if len(top) == 1 else None


def merge_confidence(group: list[dict], evidence: set[str]) -> float:
    """How sure the merge is that these reports are one event: one report is as sure as its extraction;
    each further document adds support, less where the join rested on partial evidence."""
    base = max(m["confidence"] for m in group)
    docs = len({m["doc_id"] for m in group})
    weak = any("partial" in e or "unknown" in e for e in evidence)
    return round(min(1.0, base + (0.05 if weak else 0.1) * (docs - 1)), 2)
