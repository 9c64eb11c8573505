"""Identity across documents: one event_id per real-world event.

Event mentions (with global actor ids) are grouped by a sieve: passes from the most certain evidence to
the least, each joining two groups (groups only grow) where all of these hold:
- the same PLOVER type;
- compatible actors: an actor in common in the same role, and none contradicting (two different
  actor1s, or two different actor2s, unless the two sides act together symmetrically);
- compatible time: both dated and one date within the other ("2024-10" and "2024-10-03"); or one dated
  and every report of the other published within a week after that period; or neither dated and all
  their reports published within three days;
- compatible places: no two reports placed in different countries ("in Afghanistan", "in Baghdad");
- reports of different documents, or one report's repeats: the same trigger family ("attacked ... the
  attack"), while two different acts of one kind in one report ("arrested and deported") are two;
- where only the reports' publication tells their time ("published", "reported"), sentences that tell
  the same event: at least `ALIKE` of the content words of the shorter one in the other ("Bush urged
  Iran to come clean" and "Bush is urging lawmakers to approve war funding" are two urgings days apart).
What more each pass asks for (`_PASSES`), in order:
1. both roles agree: the same trigger family (the lemma, its derivations, or one CAMEO synonym set:
   "killed", "killing", "murdered") close in time, or any trigger on the same day;
2. the one role both fill agrees: the same word close in time; an actor that stands for many (a
   country, "British soldiers") only where both reports date it to the same day;
3. one report leaves the agent unnamed ("Y was arrested") that the other names: the same word stands in
   for it, close in time;
4. the same named person killed (at any compatible time: a person dies once), or harmed close in time
   ("was shot", "the bullet struck"), whatever the words;
5. weaker evidence, only where neither group could be another event: the same word and a named actor in
   common at a time that leaves room for several events of the kind (a month, a year, no time known on
   one side), or close in time where one report names no target ("X urged" may be any of X's acts);
6. a report's own repeats (into an event other reports tell too only with the same word and roles);
7. a person named by the surname alone in one report and in full in the other ('Jackson', 'Vincent Jackson'),
   whom actor identity kept apart because others bear the surname: the same word, close in time or with
   no time known on one side, and only where neither group could be another event.
A group that fits several joins the best fitting one; where the best are tied and do not fit each other,
it joins none (a wrong merge is worse than a missed one). Each group keeps the evidence of its joins,
from which `confidence` follows. Where no report has a date or a publication date ("unknown"), time
gives no evidence either way and the actors and words decide.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from newsfacts import geo
from newsfacts.geo import fold

_WIDTH = {"day": 10, "month": 7, "year": 4}
AFTER_DATE_DAYS = 7  # a dated event is reported up to a week after its period
UNDATED_DAYS = 3  # undated reports of one event appear within a few days of each other
# Actors that stand for many: a country (its troops, its citizens, its government) or an unnamed group
# named by nationality and role ("British soldiers", "Palestinians"). Two reports that share only such an
# actor may tell of two different acts ("a British soldier was killed"), unless their dates pin them down.
GENERIC_TYPES = frozenset({"COUNTRY", "GROUP"})
# Share of the shorter sentence's content words the other holds, for reports whose only time is their
# publication. Measured on 104 hand-checked corpus merges (2026-12-02): of the 71 that rested on the
# publication time only, the 34 at 0.45 or above were one event in 29 (5 not or unclear), the 37 below in 21.
ALIKE = 0.45
PUBLISHED_ONLY = frozenset({"published", "reported"})


def _date_key(m: dict) -> str | None:
    if not m.get("event_date"):
        return None
    return str(m["event_date"])[: _WIDTH.get(m.get("date_precision") or "day", 10)]


@lru_cache(maxsize=1 << 14)
def _forms(lemma: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The lemma's word forms (itself and the verbs it nominalizes) and their CAMEO synonym sets."""
    if not lemma:
        return frozenset(), frozenset()
    from newsfacts.events.vocabulary import nominal_bases, vocabulary

    v = vocabulary()
    bases = {b for b in nominal_bases(lemma) if (b, "") in v.synsets or (b, "VERB") in v.codebook} | {lemma}
    return frozenset(bases), frozenset(s for b in bases for s, _ in v.synsets.get((b, ""), ()))


def _day(value) -> dt.date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _period(key: str) -> tuple[dt.date, dt.date]:
    """First and last day of a date key ('2024', '2024-10', '2024-10-03')."""
    start = dt.date.fromisoformat((key + "-01-01")[:10])
    if len(key) == 10:
        return start, start
    if len(key) == 7:
        y, mth = int(key[:4]), int(key[5:7])
        return start, dt.date(y + mth // 12, mth % 12 + 1, 1) - dt.timedelta(days=1)
    return start, dt.date(int(key), 12, 31)


def _top(counts: Counter, but: str | None = None) -> str | None:
    """The commonest key (the first counted among equals), other than `but`."""
    keys = [k for k in counts if k != but]
    return max(keys, key=counts.__getitem__) if keys else None


@dataclass
class _Group:
    members: list[dict]
    a1: Counter
    a2: Counter
    symmetric: bool
    date: str | None
    published: list[dt.date] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    synsets: set[str] = field(default_factory=set)
    evidence: set[str] = field(default_factory=set)
    generic: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)  # the actors of its reports that are persons
    attempted: bool = False  # one of its reports tells of an act of force tried ("tried to kill X")
    unresolved: bool = False  # one of its reports has an agent left unnamed ('I support X': find.PERSONAL_PRONOUNS)
    content: list[frozenset[str]] = field(default_factory=list)  # each report's sentence's content words
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # its persons' names, folded words
    countries: set[str] = field(default_factory=set)  # the countries its reports' places lie in
    _roles: tuple[str | None, str | None] | None = field(default=None, repr=False)

    @classmethod
    def of(cls, m: dict, published: dt.date | None) -> "_Group":
        # the verb's words and those of the event noun it states ('announced his resignation' and 'his resignation'
        # tell one act in the same words)
        words, synsets = _forms(m.get("lemma"))
        theme_words, theme_synsets = _forms(m.get("theme"))
        words, synsets = words | theme_words, synsets | theme_synsets
        generic = {m[f"actor{r}_id"] for r in (1, 2) if m.get(f"actor{r}_type") in GENERIC_TYPES}
        people = {m[f"actor{r}_id"] for r in (1, 2) if m.get(f"actor{r}_type") == "PERSON"}
        names = {m[f"actor{r}_id"]: name_words(m[f"actor{r}_name"]) for r in (1, 2)
                 if m[f"actor{r}_id"] in people and m.get(f"actor{r}_name")}
        return cls([m], Counter([m["actor1_id"]] if m["actor1_id"] else []),
                   Counter([m["actor2_id"]] if m["actor2_id"] else []), bool(m.get("symmetric")), _date_key(m),
                   [published] if published else [], set(words), set(synsets), generic=generic, people=people,
                   attempted=bool(m.get("attempted")), unresolved=bool(m.get("agent_unresolved")),
                   content=[content_words(m.get("sentence") or "")],
                   names=names, countries=_place_countries(m.get("location")))

    def docs(self) -> set[str]:
        return {x["doc_id"] for x in self.members}

    def roles(self) -> tuple[str | None, str | None]:
        """The actor most members give each role; an actor the members name in both roles (the
        extraction confused them) keeps the role most of them give it, and the other role its runner-up."""
        if self._roles is None:
            self._roles = self._count_roles()
        return self._roles

    def _count_roles(self) -> tuple[str | None, str | None]:
        a1, a2 = _top(self.a1), _top(self.a2)
        if a1 is not None and a1 == a2:
            if self.a1[a1] >= self.a2[a2]:
                a2 = _top(self.a2, a1)
            else:
                a1 = _top(self.a1, a2)
        return a1, a2

    def actors(self) -> set[str]:
        return {a for a in self.roles() if a is not None}

    def absorb(self, other: "_Group", why: str) -> None:
        self._roles = None
        self.members += other.members
        self.a1 += other.a1
        self.a2 += other.a2
        self.symmetric = self.symmetric or other.symmetric
        if other.date is not None and (self.date is None or len(other.date) > len(self.date)):
            self.date = other.date
        self.published += other.published
        self.words |= other.words
        self.synsets |= other.synsets
        self.generic |= other.generic
        self.people |= other.people
        self.attempted = self.attempted or other.attempted
        self.unresolved = self.unresolved or other.unresolved
        self.content += other.content
        self.names = {**self.names, **other.names}
        self.countries |= other.countries
        self.evidence |= other.evidence | {why}


# ------------------------------------------------------------------ how two groups fit
def _actors_fit(g: _Group, h: _Group, surnames: bool = False) -> str | None:
    """'actor pair' (both roles filled and the same), 'one actor' (the one role filled is the same),
    'partial' (the same target; one side names the agent, the other leaves it empty: "X arrested Y",
    "Y was arrested"), 'partial, no target' (the same agent; one side names no target, or two
    symmetric acts that share one side), or None (no actor in common in the same role, or a
    contradiction). A single shared actor that stands for many (`GENERIC_TYPES`) makes it 'one group
    actor' or 'partial, group actor'. With `surnames`, a person named by one word is the same as one
    whose name ends with that word (`_surname_of`)."""
    (g1, g2), (h1, h2) = g.roles(), h.roles()
    if surnames:
        names = {**g.names, **h.names}
        g1, h1 = _named_in_full(g1, h1, names), _named_in_full(h1, g1, names)
        g2, h2 = _named_in_full(g2, h2, names), _named_in_full(h2, g2, names)
    if g.symmetric or h.symmetric:
        a, b = {g1, g2} - {None}, {h1, h2} - {None}
        if not a & b or not (a <= b or b <= a):
            return None
        label = "partial, no target" if a != b else "actor pair" if len(a) == 2 else "one actor"
        shared = a & b
    else:
        if (g1 and h1 and g1 != h1) or (g2 and h2 and g2 != h2) or not (g1 and g1 == h1 or g2 and g2 == h2):
            return None
        label = ("partial, no target" if (g2 is None) != (h2 is None) else "partial" if (g1 is None) != (h1 is None)
                 else "actor pair" if g1 and g2 else "one actor")
        if label in ("one actor", "partial") and (g1 is None and g.unresolved or h1 is None and h.unresolved) \
                and _many_speak(g) and not g.docs() & h.docs():
            return None  # a target alone, where an agent is someone unnamed ('I support X' in two interviews)
        shared = {x for x, y in ((g1, h1), (g2, h2)) if x and x == y}
    if label != "actor pair" and shared <= g.generic | h.generic:
        return "one group actor" if label == "one actor" else "partial, group actor"
    return label


# Acts that many may make toward one target on one day, each their own: words of support, blame, demand or refusal
# (events.when.SAID_TYPES), unlike a killing or an arrest, whose target tells the event
SPOKEN_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN", "AGREE", "CONCEDE"})


def _many_speak(g: _Group) -> bool:
    return g.members[0]["event_type"] in SPOKEN_TYPES


def name_words(name: str) -> tuple[str, ...]:
    """A person's name as the merge compares it: its folded words ('Vincent Jackson' -> ('vincent', 'jackson'))."""
    return tuple(fold(name).split())


def _surname_of(words: tuple[str, ...]) -> str | None:
    return words[-1] if words else None


def _named_in_full(x: str | None, y: str | None, names: dict[str, tuple[str, ...]]) -> str | None:
    """`x`, or `y` where `x` is a person named by one word only and `y` a person whose name ends with it ('Jackson'
    and 'Vincent Jackson')."""
    a, b = names.get(x), names.get(y)
    if a is not None and b is not None and len(a) == 1 and len(b) > 1 and a[0] == b[-1]:
        return y
    return x


def _time_fit(g: _Group, h: _Group) -> str | None:
    """'same day', 'same month', 'same year' (both dated, one date within the other, at the coarser
    one's precision), 'reported' (one dated to the day, the other published within a week after it;
    'reported that month' or 'that year' where the date is a month or a year), 'published' (neither
    dated, published within a few days), 'unknown' (neither side dated nor published on a known day:
    no evidence either way), 'one side unknown' (one side has a time, the other none: it may be any
    event of the kind), or None (incompatible times)."""
    if g.date is not None and h.date is not None:
        short, long_ = sorted((g.date, h.date), key=len)
        return {10: "same day", 7: "same month", 4: "same year"}[len(short)] if long_.startswith(short) else None
    if g.date is not None or h.date is not None:
        dated, undated = (g, h) if g.date is not None else (h, g)
        if not undated.published:
            return "one side unknown"
        start, end = _period(dated.date)
        if not all(start <= p <= end + dt.timedelta(days=AFTER_DATE_DAYS) for p in undated.published):
            return None
        return {10: "reported", 7: "reported that month", 4: "reported that year"}[len(dated.date)]
    if not g.published and not h.published:
        return "unknown"
    if not g.published or not h.published:
        return "one side unknown"
    days = g.published + h.published
    return "published" if (max(days) - min(days)).days <= UNDATED_DAYS else None


def content_words(sentence: str) -> frozenset[str]:
    """The words of a sentence that say what happened: lowercase, three letters or more, no stop word."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(w for w in re.findall(r"[a-z]+", sentence.lower()) if len(w) > 2 and w not in STOP_WORDS)


def _alike(g: _Group, h: _Group) -> bool:
    """Some report of each tells the same thing: `ALIKE` of the shorter sentence's content words in the
    other (reports without a sentence give no evidence either way)."""
    gs, hs = [a for a in g.content if a], [b for b in h.content if b]
    return not gs or not hs or any(len(a & b) >= ALIKE * min(len(a), len(b)) for a in gs for b in hs)


def _trigger_fit(g: _Group, h: _Group) -> str | None:
    if g.words & h.words or any(_same_stem(a, b) for a in g.words for b in h.words):
        return "same word"
    return "synonym" if g.synsets & h.synsets else None


def _same_stem(a: str, b: str) -> bool:
    """British and American spellings ('criticise', 'criticize') and derivations the suffix rules of
    `nominal_bases` miss ('recognition', 'recognize'; 'threat', 'threaten'): the shorter word, or its
    first seven letters, begins the longer one (words of five letters or more)."""
    a, b = (w.replace("is", "iz") for w in sorted((a, b), key=len))
    n = min(len(a), 7)
    return n >= 5 and a[:n] == b[:n]


# how strongly each kind of evidence ties two groups (to choose among the groups one fits)
_RANK = {"actor pair": 4, "one actor": 3, "partial": 2, "one group actor": 2, "partial, no target": 1,
         "partial, group actor": 1,
         "same day": 6, "reported": 5, "same month": 4, "published": 3, "reported that month": 2, "same year": 1,
         "reported that year": 0, "unknown": 0, "one side unknown": 0, "same word": 2, "synonym": 1, None: 0}
# times that tell one event from the next of its kind (or give no evidence either way: no dates at all)
_CLOSE = {"same day", "reported", "same month", "published", "unknown"}
_LOOSE = {"reported that month", "same year", "one side unknown"}  # room for several events of a kind
_PINNED = {"same day", "unknown"}  # both dated to one day (or nothing to tell events apart by)


@dataclass(frozen=True)
class _Fit:
    actors: str
    time: str
    trigger: str | None

    def rank(self) -> tuple[int, int, int]:
        return _RANK[self.actors], _RANK[self.time], _RANK[self.trigger]

    def evidence(self, same_document: bool = False) -> str:
        where = "same document: " if same_document else ""
        return f"{where}{self.actors}, {self.time}, {self.trigger or 'different words'}"


def _both_roles(g: _Group, h: _Group, fit: _Fit) -> bool:
    """Both roles agree: the same trigger family close in time, or any trigger on the same day."""
    return fit.actors == "actor pair" and (fit.trigger is not None and fit.time in _CLOSE
                                           or fit.time == "same day")


def _one_role(g: _Group, h: _Group, fit: _Fit) -> bool:
    """The one role both fill agrees: the same word, close in time; where the actor stands for many,
    both reports dated to the same day."""
    return fit.trigger == "same word" and (fit.actors == "one actor" and fit.time in _CLOSE
                                           or fit.actors == "one group actor" and fit.time in _PINNED)


def _missing_role(g: _Group, h: _Group, fit: _Fit) -> bool:
    """One report leaves the agent unnamed ("Y was arrested", "the arrest of Y") that the other names:
    the same word stands in for it, close in time. (Not a target left unnamed: an agent acts often,
    and "X urged", "X signed" may be any of its acts.)"""
    return fit.trigger == "same word" and fit.actors == "partial" and fit.time in _CLOSE


# the words of a killing: a person is killed once, so two reports of the killing of one named person are one event
KILLING = frozenset({"kill", "killing", "murder", "assassinate", "assassination", "slay", "slaying", "execute",
                     "execution", "hang", "hanging"})


# harm done to a person's body short of killing: reports of one named person harmed close in time ("X was shot
# on Monday", "the bullet that struck X") tell one act, whatever the words; not the killing it may have caused
# (news, and ECB+'s annotators, tell the shooting and the death as two events), nor abductions, detentions or
# torture, which a story tells as several acts on one person
HARMING = frozenset({"shoot", "shooting", "stab", "stabbing", "wound", "injure", "injury", "strike", "hit", "beat",
                     "beating", "attack", "assault"})


def _same_victim(g: _Group, h: _Group, fit: _Fit, words: frozenset[str]) -> bool:
    """Both tell of an act of `words` done to the same named person, with actors that do not contradict."""
    target = g.roles()[1]
    return target is not None and target == h.roles()[1] and target in g.people and bool(
        g.words & words) and bool(h.words & words) and fit.actors in ("actor pair", "one actor", "partial")


def _surname_match(g: _Group, h: _Group, fit: _Fit) -> bool:
    """One report names a person by the surname only, the other in full ('Jackson was arrested', 'Vincent Jackson was
    arrested'): the same word close in time (or no time known on one side), as where the one actor is the same
    (`_one_role`, `_missing_role`), and only where each group is the only one the other could be (`_sieve`). Actor
    identity could not join them (another person of that surname is named elsewhere), the act can."""
    return fit.trigger == "same word" and fit.time in _CLOSE | {"one side unknown"} \
        and fit.actors in ("actor pair", "one actor", "partial")


def _one_death(g: _Group, h: _Group, fit: _Fit) -> bool:
    """Both report the killing of the same named person, at times that do not contradict: whatever words, dates
    or agents they give ("the murder of X", "X was killed on Friday"), a person dies once; attempts may be many
    ("tried to kill X")."""
    return _same_victim(g, h, fit, KILLING) and not (g.attempted or h.attempted)


def _one_harm(g: _Group, h: _Group, fit: _Fit) -> bool:
    """Both report harm done to the same named person close in time ("X was shot on Monday", "the bullet that
    struck X"): one attack, whatever the words; at times further apart, two may be."""
    return fit.time in _CLOSE and _same_victim(g, h, fit, HARMING)


def _only_candidate(g: _Group, h: _Group, fit: _Fit) -> bool:
    """Weaker evidence, where each group is the only one the other could be (checked by `_sieve`): the
    same word and a named actor in common, either at a time that leaves room for several events of the
    kind (a month, a year, or no time known on one side), or close in time where one report names no
    target ("X urged", "X signed" may be any of X's acts, unless X did no other of the kind then)."""
    if fit.trigger != "same word":
        return False
    if fit.actors == "partial, no target":
        return fit.time in _CLOSE
    return fit.actors in ("actor pair", "one actor", "partial") and fit.time in _LOOSE


def _within_document(g: _Group, h: _Group, fit: _Fit) -> bool:
    """A report repeats itself: the same trigger family, compatible actors and dates. A repeat joins an
    event other documents report too only with the same word and no role left empty on one side; and
    where the actor in common stands for many, it stays inside its report: two acts of such an actor
    are often two ("a British soldier was killed ... two more were killed")."""
    if fit.trigger is None:
        return False
    if len(g.docs() | h.docs()) == 1:
        return "group" not in fit.actors or fit.trigger == "same word"
    return fit.trigger == "same word" and fit.actors in ("actor pair", "one actor")


_only_candidate.unique = True
_one_death.any_document = True  # a death is one event in one document or across several
_one_harm.any_document = True
_surname_match.surnames = True
_surname_match.unique = True
_within_document.same_document = True
# Across documents first, most certain evidence first; then what a report repeats of itself.
_PASSES = (_both_roles, _one_role, _missing_role, _one_death, _one_harm, _only_candidate, _within_document,
           _surname_match)


def _compatible(g: _Group, h: _Group) -> bool:
    """Nothing tells the two groups apart: actors that do not contradict, compatible times, and a
    common trigger family where they share a document."""
    return _fit(g, h, _any_fit) is not None


# territories whose places news gives to either of two countries ('Jerusalem', 'the West Bank')
_CONTESTED = {"ISR": {"PSE"}, "PSE": {"ISR"}}


def _place_countries(location: str | None) -> set[str]:
    """The countries a report's place may lie in, where the hand lists know it: the country itself ('Lebanon'), a
    capital, a state or a large city ('Beirut', 'Indiana'), both where a name is both ('Hong Kong': HKG and CHN;
    'Georgia': the country and the US state), and the other country of a contested territory. Not the fallback
    gazetteers of provinces and towns alone, whose names other countries' places share ('Kochi': a city in India,
    a prefecture in Japan)."""
    if not location:
        return set()
    country = geo.country_code(location)
    codes = {country, geo.place_code(location), geo.subdivision_code(location) if country else None} - {None}
    return codes | {c for code in codes for c in _CONTESTED.get(code, ())}


def _fit(g: _Group, h: _Group, test) -> _Fit | None:
    """How `h` fits `g` where it passes `test`, else None. Reports placed in different countries tell different
    events ('killed in Afghanistan', 'killed in Baghdad'), whatever else they share."""
    if g.countries and h.countries and not g.countries & h.countries:
        return None
    actors = _actors_fit(g, h, getattr(test, "surnames", False))
    if actors is None:
        return None
    time = _time_fit(g, h)
    if time is None:
        return None
    fit = _Fit(actors, time, _trigger_fit(g, h))
    shared = g.docs() & h.docs()
    anywhere = getattr(test, "any_document", False)
    if shared and fit.trigger is None and not anywhere:
        return None
    if not shared and time in PUBLISHED_ONLY and not _alike(g, h):
        return None  # nothing but the publication day ties them, and they tell different things
    if test is not _any_fit and not anywhere and bool(shared) != getattr(test, "same_document", False):
        return None  # each pass joins either reports of other documents or a report's own repeats
    return fit if test(g, h, fit) else None


def _any_fit(g: _Group, h: _Group, fit: _Fit) -> bool:
    return True


# ------------------------------------------------------------------ grouping
def merge_events(mentions: list[dict], published: dict[str, dt.date | None] | None = None) -> list[list[dict]]:
    """Event mentions grouped into events (see the module's doc). Each mention has `event_type`,
    global `actor1_id`/`actor2_id`, `event_date`, `date_precision`, `doc_id`, `start`, and optionally
    `symmetric`, `lemma` and `actor1_type`/`actor2_type` (the actors' types: COUNTRY and GROUP stand
    for many); `published` maps doc_id to its publication date."""
    return [members for members, _ in event_groups(mentions, published)]


def event_groups(mentions: list[dict], published: dict[str, dt.date | None] | None = None
                 ) -> list[tuple[list[dict], set[str]]]:
    """The groups of `merge_events`, each with the evidence its joins rested on."""
    published = published or {}
    by_type: dict[str, list[dict]] = defaultdict(list)
    for m in mentions:
        by_type[m["event_type"]].append(m)
    out = []
    for ms in by_type.values():
        ms.sort(key=_strength)
        groups: list[_Group | None] = [_Group.of(m, _day(published.get(m["doc_id"]))) for m in ms]
        _join_repeats(groups)
        for test in _PASSES:
            _sieve(groups, test)
        out.extend((g.members, g.evidence) for g in groups if g is not None)
    return out


def _join_repeats(groups: list[_Group | None]) -> None:
    """Join a report's exact repeats before the sieve: mentions of one document that agree on everything the
    sieve reads (actors and their kinds, date, trigger family, symmetry) tell one event. Left apart, the
    last pass joins them, but only after every pass has compared each repeat with every other (an article
    that repeats one sentence thousands of times took minutes), and meanwhile each repeat counts as one more
    event another report could be (`_unique`, `_choose`). Each repeat joins the first, with the evidence
    the last pass gives it; the group then meets the sieve as one. (On the 5,000-article corpus and the dev
    set the events are those of the sieve alone; one ECB+ headline repeat now joins its event.)"""
    first: dict[tuple, int] = {}
    evidence: dict[tuple, str | None] = {}  # how a repeat fits the first (the same for every repeat)
    for i, g in enumerate(groups):
        if g is None:
            continue
        key = (g.members[0]["doc_id"], tuple(g.a1), tuple(g.a2), g.symmetric, g.date, frozenset(g.words),
               frozenset(g.synsets), frozenset(g.generic), frozenset(g.countries))
        k = first.setdefault(key, i)
        if k == i:
            continue
        if key not in evidence:
            fit = _fit(groups[k], g, _within_document)
            evidence[key] = fit.evidence(same_document=True) if fit else None
        if evidence[key] is not None:
            groups[k].absorb(g, evidence[key])
            groups[i] = None


def _strength(m: dict) -> tuple:
    """Mentions with finer dates and both roles filled found groups; the rest join them."""
    precision = {"day": 0, "month": 1, "year": 2}.get(m.get("date_precision") or "", 3) if m.get("event_date") else 3
    return precision, m["actor1_id"] is None or m["actor2_id"] is None, m["doc_id"], m["start"]


def _span(g: _Group) -> tuple[int, int] | None:
    """The days (ordinals) that hold the time of every group `g` can fit (see `_time_fit`), or None where
    `g` has no time at all (it may fit any). Two groups whose spans do not meet never fit: a dated group
    fits dates that overlap its period and reports published up to a week after it; an undated one,
    reports published within a few days of its own."""
    if g.date is not None:
        start, end = _period(g.date)
        return start.toordinal(), end.toordinal() + AFTER_DATE_DAYS
    if g.published:
        return min(g.published).toordinal() - UNDATED_DAYS, max(g.published).toordinal() + UNDATED_DAYS
    return None


_LAST = 1 << 62


def _filed(g: _Group, surnames: bool = False) -> list[tuple]:
    """The keys a group is filed under in `_Index`: its pair of roles and each role alone (a symmetric
    act: each of its actors, in either role)."""
    g1, g2 = g.roles()
    if g.symmetric:
        return [("sym", a) for a in g.actors()]
    return ([("pair", g1, g2)] if g1 or g2 else []) + ([("a1", g1)] if g1 else []) + ([("a2", g2)] if g2 else []) \
        + (_surname_keys(g) if surnames else [])


def _surname_keys(g: _Group) -> list[tuple]:
    """The surname of each person in a role (`_surname_match` compares a surname alone with the full name)."""
    return [(f"a{r}s", last) for r, a in enumerate(g.roles(), 1) if (last := _surname_of(g.names.get(a, ())))]


def _sought(g: _Group, surnames: bool = False) -> list[tuple]:
    """The keys under which every group whose actors may fit `g` (`_actors_fit`) is filed: an actor in
    common in the same role and none contradicting. With both roles named: the same pair, or one of the
    two with the other role empty; with one role named: every group with that actor in that role; and
    any symmetric act of one of its actors (for a symmetric act: every group of one of its actors)."""
    g1, g2 = g.roles()
    if g.symmetric:
        return [(k, a) for a in g.actors() for k in ("sym", "a1", "a2")]
    sym = [("sym", a) for a in (g1, g2) if a] + (_surname_keys(g) if surnames else [])
    if g1 and g2:
        return [("pair", g1, g2), ("pair", g1, None), ("pair", None, g2)] + sym
    return ([("a1", g1)] if g1 else [("a2", g2)] if g2 else []) + sym


class _Index:
    """The groups filed under each key of `_filed`, by the start of their time span: the groups one may
    fit are among those filed under its `_sought` keys whose span meets its own (or that have no time),
    found by bisection instead of by trying every group of an actor (a country has thousands, most with
    another actor in the other role). A group that grows is filed again; what an entry says of a group
    that has changed since is checked by `_fit`. With `surnames`, a person's surname is a key too (for
    `_surname_match` alone: no other pass joins different actors)."""

    def __init__(self, groups: list[_Group | None], surnames: bool = False):
        self.surnames = surnames
        self.spans: dict[tuple, list[tuple[int, int, int]]] = defaultdict(list)
        self.timeless: dict[tuple, set[int]] = defaultdict(set)
        self.longest = 0
        for i, g in enumerate(groups):
            if g is not None:
                self.add(i, g, sort=False)
        for entries in self.spans.values():
            entries.sort()

    def add(self, i: int, g: _Group, sort: bool = True) -> None:
        span = _span(g)
        for key in _filed(g, self.surnames):
            if span is None:
                self.timeless[key].add(i)
            elif sort:
                insort(self.spans[key], (span[0], span[1], i))
            else:
                self.spans[key].append((span[0], span[1], i))
        if span is not None:
            self.longest = max(self.longest, span[1] - span[0])

    def near(self, g: _Group) -> set[int]:
        """Every group that may fit `g` (and some that do not)."""
        span, out = _span(g), set()
        for key in _sought(g, self.surnames):
            out |= self.timeless.get(key, set())
            entries = self.spans.get(key, [])
            if span is None:
                out.update(i for _, _, i in entries)
                continue
            lo = bisect_left(entries, (span[0] - self.longest,))
            hi = bisect_right(entries, (span[1], _LAST, _LAST))
            out.update(i for _, end, i in entries[lo:hi] if end >= span[0])
        return out


def _sieve(groups: list[_Group | None], test) -> None:
    """Join groups that pass `test` until none is left to join (groups only grow)."""
    changed = True
    while changed:
        changed = False
        index = _Index(groups, getattr(test, "surnames", False))
        for i, g in enumerate(groups):
            if g is None:
                continue
            cands = sorted(j for j in index.near(g) if j != i and groups[j] is not None)
            fits = [(fit, j) for j in cands if (fit := _fit(g, groups[j], test))]
            if getattr(test, "unique", False):
                fits = [(fit, j) for fit, j in fits if _unique(groups, i, j, index)]
            grew = False
            for j, fit in _choose(fits, groups, i):
                if _torn(groups, i, j, fit, test, index):
                    continue
                g.absorb(groups[j], fit.evidence(getattr(test, "same_document", False)))
                groups[j] = None
                changed = grew = True
            if grew:
                index.add(i, g)


def _unique(groups: list[_Group | None], i: int, j: int, index: _Index) -> bool:
    """Neither group could be part of another event: every group that fits either (at a known time: a
    report without any date tells of no other event then) fits the two joined."""
    joined = _joined(groups[i], groups[j])
    for a in (i, j):
        for k in sorted(index.near(groups[a]) - {i, j}):
            other = groups[k]
            if (other is not None and (fit := _fit(groups[a], other, _any_fit)) and "unknown" not in fit.time
                    and not _compatible(joined, other)):
                return False
    return True


def _torn(groups: list[_Group | None], i: int, j: int, fit: _Fit, test, index: _Index) -> bool:
    """Group j fits another group at least as well as it fits group i, one that would not fit the two
    joined: which event j reports is then a guess."""
    g, h = groups[i], groups[j]
    joined = None
    for k in sorted(index.near(h) - {i, j}):
        other = groups[k]
        if other is None or not (alt := _fit(h, other, test)) or alt.rank() < fit.rank():
            continue
        joined = joined or _joined(g, h)
        if not _compatible(joined, other):
            return True
    return False


def _joined(g: _Group, h: _Group) -> _Group:
    """A copy of g with h absorbed (to judge what else would fit the two as one event)."""
    copy = _Group(list(g.members), Counter(g.a1), Counter(g.a2), g.symmetric, g.date, published=list(g.published),
                  words=set(g.words), synsets=set(g.synsets), evidence=set(g.evidence), generic=set(g.generic),
                  people=set(g.people), attempted=g.attempted, unresolved=g.unresolved, content=list(g.content),
                  names=dict(g.names), countries=set(g.countries))
    copy.absorb(h, "")
    return copy


def _choose(fits: list[tuple[_Fit, int]], groups: list[_Group | None], i: int) -> list[tuple[int, _Fit]]:
    """The best fitting groups: the one best, or several tied ones that all fit each other (joined to
    the group that fits them), else none."""
    if not fits:
        return []
    best = max(fit.rank() for fit, _ in fits)
    top = [(j, fit) for fit, j in fits if fit.rank() == best]
    if len(top) > 1:
        joined = _joined(groups[i], groups[top[0][0]])
        if not all(_compatible(joined, groups[k]) for k, _ in top[1:]):
            return []
    return top


def merge_confidence(group: list[dict], evidence: set[str]) -> float:
    """How sure the merge is that these reports are one event: one report is as sure as its extraction;
    each further document adds support, less where a join rested on weaker evidence (a role one report
    leaves empty, a date known only to the year, no publication date to judge by)."""
    base = max(m["confidence"] for m in group)
    docs = len({m["doc_id"] for m in group})
    weak = any(w in e for e in evidence for w in ("partial", "unknown", "same year", "different words"))
    return round(min(1.0, base + (0.05 if weak else 0.1) * (docs - 1)), 2)
