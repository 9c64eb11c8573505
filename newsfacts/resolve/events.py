"""Identity across documents: one event_id per real event."""
from __future__ import annotations

from collections import defaultdict


_PRECISION_WIDTH = {"day": 10, "month": 7, "year": 4}
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


def _date_key(m: dict) -> str | None:
    if not m.get("event_date"):
        return None
    return str(m["event_date"])[: _PRECISION_WIDTH.get(m.get("date_precision") or "day", 10)]


class _EventCluster:
    def __init__(self, m: dict) -> None:
        self.members = [m]
        self.a1, self.a2 = m["actor1_id"], m["actor2_id"]
        self.symmetric = bool(m.get("symmetric"))
        self.date = _date_key(m)

    def actors_fit(self, m: dict) -> bool:
        a1, a2 = m["actor1_id"], m["actor2_id"]
        if a1 == self.a1 and (a2 is None or self.a2 is None or a2 == self.a2):
            return True
        # two sides acting together ("Fatah and Hamas signed"): their order is arbitrary
        if (self.symmetric or m.get("symmetric")) and a2 is not None and self.a2 is not None:
            return {a1, a2} == {self.a1, self.a2}
        if a2 is None and self.symmetric and a1 in (self.a1, self.a2):
            return True
        return False

    def date_fits(self, m: dict) -> bool:
        d = _date_key(m)
        return d is None or self.date is None or d.startswith(self.date) or self.date.startswith(d)

    def same_story(self, m: dict) -> bool:
        """Across documents, type and actor1 alone are weak evidence of one event ("banned" in one
        story, "shunned" in another): a mention from another document joins only where both give
        a date, or both name the same actor2."""
        if any(x["doc_id"] == m["doc_id"] for x in self.members):
            return True
        if _date_key(m) is not None and self.date is not None:
            return True
        return m["actor2_id"] is not None and self.a2 is not None

    def exact(self, m: dict) -> bool:
        return _date_key(m) == self.date and m["actor2_id"] == self.a2

    def add(self, m: dict) -> None:
        self.members.append(m)
        if self.a2 is None and m["actor2_id"] is not None and m["actor2_id"] != self.a1:
            self.a2 = m["actor2_id"]
            self.symmetric = self.symmetric or bool(m.get("symmetric"))
        d = _date_key(m)
        if d is not None and (self.date is None or len(d) > len(self.date)):
            self.date = d


def merge_events(mentions: list[dict]) -> list[list[dict]]:
    """Event mentions grouped into events: same type, compatible actors, compatible dates.

    Each mention has global `actor1_id`, `actor2_id`, `event_date`, `date_precision` (and
    optionally `symmetric`). Actors are compatible when actor1 is the same and actor2 is the
    same or unknown on one side (or the two sides are the same pair acting together); dates
    when one contains the other ("2024-10" and "2024-10-03") or one is unknown. Across documents a
    mention joins only where both sides give a date or both name actor2. Finer-dated
    mentions found the events; a mention that fits several events joins the one from its own
    document, else the exact fit, else none (it stays an event of its own).
    """
    by_type: dict[str, list[dict]] = defaultdict(list)
    for m in mentions:
        by_type[m["event_type"]].append(m)
    events = []
    for group in by_type.values():
        group = sorted(group, key=lambda m: (_PRECISION_RANK.get(m.get("date_precision") or "", 3) if m.get(
            "event_date") else 3, m["actor2_id"] is None, m["doc_id"], m["start"]))
        clusters: list[_EventCluster] = []
        for m in group:
            fits = [c for c in clusters if c.actors_fit(m) and c.date_fits(m) and c.same_story(m)]
            if len(fits) > 1:
                narrowed = [c for c in fits if any(x["doc_id"] == m["doc_id"] for x in c.members)] or fits
                fits = narrowed if len(narrowed) == 1 else [c for c in narrowed if c.exact(m)]
            if len(fits) == 1:
                fits[0].add(m)
            else:
                clusters.append(_EventCluster(m))
        events.extend(c.members for c in clusters)
    return events
