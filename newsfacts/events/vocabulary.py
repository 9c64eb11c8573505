"""The PLOVER trigger vocabulary: which words state an event of which type, and in which construction.

Three tables under newsfacts/resources/ (see build_vocabulary.py for how they are made):
- the PLOVER codebook's own words (`plover_codebook.tsv`): verbs and event nouns the type definitions
  name; an event with one named actor;
- CAMEO's verb dictionary (`plover_verbs.tsv`, `plover_patterns.tsv`, `plover_noun_classes.tsv`):
  every verb of a synset with the synset's or its own code, and patterns on the verb's particle,
  object and prepositional phrase that refine or cancel the code ("ask for aid", "set out views");
- event nouns (`plover_nouns.tsv`): the objects CAMEO's meaning-less verbs take ("stage a protest")
  and the nominalizations of trigger verbs attested in the corpus ("deployment", "detention").
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

CODEBOOK, CAMEO, NOMINAL, PATTERN = "codebook", "cameo", "nominal", "pattern"
SPEECH = "speech"  # events read from what was said: reported acts (speech_acts), judgements (evaluation)
# PLOVER types by what their act is to the other side: cooperative acts (whose promise is AGREE and whose stopping is
# SANCTION, the codebook's "reductions in existing, routine, or cooperative relations"), and judgements of another's
# deed or word (whose object is someone else's: 'criticized his remarks', 'backed her bid')
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "AGREE"})
JUDGING = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
NO_EVENT = "-"
# The hand check of the corpus decides only for CAMEO's senses and patterns: the codebook defines
# the types, and its words' errors were errors of roles and modality, fixed there. A CAMEO sense the
# check did not cover (too rare in the corpus) is trusted only as PETRARCH codes it: with both a
# source and a target actor (most checked CAMEO senses with one actor were wrong), and only for the
# types whose CAMEO words are specific (`UNCHECKED_TYPES`).
UNCHECKED = "unchecked"
# The types whose CAMEO senses are trusted where the corpus check did not cover them (too rare there): the words
# of censure, force, coercion and petition are specific ('rebuke', 'bombard', 'fine', 'implore'); CAMEO's words of
# cooperation, concession and support are everyday verbs in their other senses ('respect', 'handle', 'tour',
# 'communicate', 'attach'). Read on the corpus (2026-12-04, all 171 such mentions): these four types 35 right of
# 75, the other eleven 11 of 96.
UNCHECKED_TYPES = frozenset({"ACCUSE", "ASSAULT", "COERCE", "REQUEST"})


@dataclass(frozen=True)
class Pattern:
    """A CAMEO pattern of a synset: the verb with this particle, preposition and object words."""
    particle: str
    prep: str
    words: tuple[str, ...]  # object words, head last; "&NAME" stands for a noun class
    plover: str  # type, or NO_EVENT
    verb: str = ""  # the one verb of the synset it applies to (an idiom: "take part"), or "" for all

    @property
    def weight(self) -> int:
        return 2 * len(self.words) + bool(self.prep) + bool(self.particle)


@dataclass(frozen=True)
class Sense:
    plover: str
    source: str  # CODEBOOK, CAMEO or NOMINAL


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """A word list under newsfacts/resources/ (one word a line, # comments)."""
    text = resources.files("newsfacts.resources").joinpath(name).read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def table_rows(name: str) -> list[list[str]]:
    """The rows of a tab-separated table under newsfacts/resources/ (# comments and the header line out)."""
    text = resources.files("newsfacts.resources").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]  # the first line names the columns


class Vocabulary:
    def __init__(self) -> None:
        self.codebook: dict[tuple[str, str], str] = {(w, pos): t for w, pos, t, *_ in table_rows("plover_codebook.tsv")}
        self.synsets: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)  # (lemma, prt) -> synsets
        for lemma, particle, synset, _code, plover in table_rows("plover_verbs.tsv"):
            self.synsets[(lemma, particle)].append((synset, plover))
        self.classes: dict[str, frozenset[str]] = {}
        members: dict[str, set[str]] = defaultdict(set)
        for name, word in table_rows("plover_noun_classes.tsv"):
            members[name].add(word)
        self.classes = {k: frozenset(v) for k, v in members.items()}
        self.patterns: dict[str, list[Pattern]] = defaultdict(list)
        for synset, particle, prep, words, _code, plover, verb in table_rows("plover_patterns.tsv"):
            self.patterns[synset].append(Pattern(particle, prep, tuple(words.split()), plover, verb))
        self.nouns: dict[str, str] = {noun: t for noun, t, *_ in table_rows("plover_nouns.tsv")}
        # every word that may start a trigger, to pass over the rest of a text at once
        self.words: frozenset[str] = frozenset({w.split()[0] for w, _ in self.codebook} | {k[0] for k in self.synsets}
                                               | set(self.nouns))
        self._indexes: dict[tuple[str, str], dict[tuple[str, str], list[Pattern]]] = {}
        self._ordered: dict[tuple[str, str], list[Pattern]] = {}
        self.curation: dict[tuple[str, str, str], str] = {
            (lemma, t, vocab): decision for lemma, t, vocab, *_, decision in table_rows("plover_curation.tsv")}

    def curated(self, lemma: str, plover: str, source: str) -> tuple[str | None, bool]:
        """(the type a sense keeps after the corpus hand check, or None where it was dropped;
        whether the sense went unchecked) (plover_curation.tsv). An unchecked CAMEO sense keeps its type
        only where it is one of `UNCHECKED_TYPES`."""
        if source in (CODEBOOK, NOMINAL):
            return plover, False
        decision = self.curation.get((lemma, plover, source))
        if decision is None:
            return (None if source == CAMEO and plover not in UNCHECKED_TYPES else plover), source == CAMEO
        return (None if decision == "drop" else plover if decision == "keep" else decision), False

    def verb(self, lemma: str, particle: str = "") -> Sense | None:
        """The default sense of a verb (with its particle), before its patterns are applied."""
        t = self.codebook.get((f"{lemma} {particle}" if particle else lemma, "VERB"))
        if t:
            return Sense(t, CODEBOOK)
        for _, plover in self.synsets.get((lemma, particle), ()):
            if plover != NO_EVENT:
                return Sense(plover, CAMEO)
        return None

    def pattern_index(self, lemma: str, particle: str = "") -> dict[tuple[str, str], list[Pattern]]:
        """The verb's patterns by what a sentence must hold for them to match: ("prep", "for"),
        ("obj", head word) or ("prt", particle); each list most specific first (a cached index, so
        a verb is tested only against the patterns its own children can match)."""
        key = (lemma, particle)
        index = self._indexes.get(key)
        if index is None:
            index = {}
            for p in self.verb_patterns(lemma, particle):
                for k in self._anchors(p):
                    index.setdefault(k, []).append(p)
            self._indexes[key] = index
        return index

    def _anchors(self, p: Pattern) -> set[tuple[str, str]]:
        if p.prep:
            return {("prep", p.prep)}
        if not p.words:
            return {("prt", p.particle)}
        last = p.words[-1]
        if not last.startswith("&"):
            return {("obj", last)} | ({("obj", one)} if len(p.words) > 1 and (one := singular(last)) else set())
        return {("obj", m.split()[-1]) for m in self.classes.get(last, ())}

    def verb_patterns(self, lemma: str, particle: str = "") -> list[Pattern]:
        """The patterns of every synset the verb belongs to (but other verbs' idioms), most specific first."""
        key = (lemma, particle)
        if key not in self._ordered:
            self._ordered[key] = self._verb_patterns(lemma, particle)
        return self._ordered[key]

    def _verb_patterns(self, lemma: str, particle: str) -> list[Pattern]:
        out: dict[Pattern, None] = {}  # dictionary order among equally specific patterns
        for key in dict.fromkeys([(lemma, particle), (lemma, "")]):
            for synset, _ in self.synsets.get(key, ()):
                out.update(dict.fromkeys(p for p in self.patterns.get(synset, ()) if p.verb in ("", lemma)))
        return sorted(out, key=lambda p: -p.weight)

    def adjective(self, lemma: str) -> Sense | None:
        """An evaluative predicate the codebook's definitions name ("is opposed to": ACCUSE)."""
        t = self.codebook.get((lemma, "ADJ"))
        return Sense(t, CODEBOOK) if t else None

    def noun(self, lemma: str) -> Sense | None:
        t = self.codebook.get((lemma, "NOUN"))
        if t:
            return Sense(t, CODEBOOK)
        t = self.nouns.get(lemma)
        return Sense(t, NOMINAL) if t else None

    def word_in(self, word: str, pattern_word: str, phrase: bool = False) -> bool:
        """Whether a word of the text is a pattern's word: a member of its class or the word; with `phrase` (the head
        of a pattern's phrase of several words), also the singular of a plural it names: CAMEO writes such a phrase in
        one number, 'issue arrest warrants', and the text may use the other, 'issued an arrest warrant', whose lemma is
        the singular. Not a bare plural, which may be an idiom of its own ('join forces' is not 'join the force',
        'hold elections' a pattern of CAMEO's that 'held an election' would widen to routine votes)."""
        if pattern_word.startswith("&"):
            return word in self.classes.get(pattern_word, ())
        return word == pattern_word or phrase and word == singular(pattern_word)


def singular(word: str) -> str | None:
    """The singular of a word spelled as an English plural noun ('warrants', 'rallies', 'clashes'), or None; not a word
    in -ss, -us or -is ('press', 'status', 'crisis')."""
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return None
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    return word[:-1]


# English nominalizing suffixes and the verb endings they replace ("deployment" -> "deploy")
_NOMINAL = [("ation", ["ate", "e", ""]), ("ition", ["ite", "e"]), ("ution", ["ute", "ve"]), ("sion", ["de", "d", "t", "se"]),
            ("tion", ["te", "t", "e"]), ("ment", [""]), ("al", ["", "e"]), ("ure", ["e", ""]), ("ance", ["", "e"]),
            ("ence", ["", "e"]), ("ing", ["", "e"])]


# '-al' takes a verb whole only after 'w', 'y' or 'ss' ('withdrawal', 'renewal', 'betrayal', 'dismissal'); else the
# verb's final 'e' goes ('approval', 'arrival', 'proposal'): 'signal' is not a nominal of 'sign'
_BARE_AL = re.compile(r"(?:[wy]|ss)$")


def nominal_bases(noun: str) -> list[str]:
    """The noun itself and the verbs an English deverbal noun may come from ('detention' -> 'detain')."""
    out = [noun]  # zero derivation: attack, arrest, visit, protest
    for suffix, ends in _NOMINAL:
        if noun.endswith(suffix) and len(noun) > len(suffix) + 2:
            stem = noun[: -len(suffix)]
            out.extend(stem + e for e in ends if not (suffix == "al" and e == "" and not _BARE_AL.search(stem)))
    if noun.endswith("ention"):  # detention -> detain, retention -> retain
        out.append(noun[:-6] + "ain")
    if noun.endswith("ulsion"):  # expulsion -> expel
        out.append(noun[:-6] + "el")
    if noun.endswith("ial"):  # denial -> deny, trial -> try
        out.append(noun[:-3] + "y")
    if noun.endswith("iation"):  # negotiation -> negotiate (covered), retaliation
        out.append(noun[:-5] + "e")
    return out


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    return Vocabulary()
