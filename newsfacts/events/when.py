"""When an event happened: the date expression of the trigger's own clause, else of the clause it
continues, resolved against the publication date (or, without one, the latest explicit date in the text)."""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from newsfacts.dates import is_anaphoric, is_decade, resolve_anaphoric, resolve_date, resolve_period_start
from newsfacts.events.modality import modality
from newsfacts.events.phrases import is_event_noun
from newsfacts.lexicon import GOVERNMENT_NOUNS, QUOTE_VERBS
from newsfacts.nlp import entity_of

CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "pcomp"}
# How far back an anaphoric date expression looks for the time it counts from: its sentence and the three
# before it ("On March 3, ... The next day, ...", "In 1998 ... Two years later ...").
ANTECEDENT_SENTENCES = 3
# The words after "the day" and the like that say which way an anaphoric expression counts
_SIDES = {"before", "after", "later", "earlier"}


def in_clause_of(tok: Token, anchors: set[int]) -> bool:
    """Whether `tok` hangs from one of `anchors` without crossing into another clause, nor from inside the
    subject's or object's own words ('former 2004 candidate X criticized Y', 'X signed the 2005 treaty' say when
    X ran or the treaty was made; 'the attack in May 2004', 'during the 2004 campaign' say when)."""
    if tok.i not in anchors and _own_time_of(tok, anchors):
        return False  # the time of another event the phrase names ('inspected the scene of Wednesday's blast')
    cur, nominal = tok, False
    for _ in range(12):
        if cur.i in anchors:
            return True
        if cur.head.i == cur.i or (cur.dep_ in CLAUSE_DEPS and cur.pos_ in ("VERB", "AUX")):
            return False
        if cur.dep_ == "conj" and _own_subject(cur):
            return False  # a coordinated clause with a subject of its own has its own time ('X accused Y, and Y
            # expelled two envoys the next day'), unlike a shared subject's verbs ('shot and killed X on Monday')
        if cur.dep_ in NOMINAL_MODIFIERS and cur.head.pos_ in ("NOUN", "PROPN") and cur.head.i not in anchors \
                and _calendar(tok):
            nominal = True  # a year or a month naming what the phrase is ('the 2005 treaty'), not a day ('Friday's
            # session', 'Wednesday's rally': often where and when the act took place)
        elif nominal and cur.dep_ in ARGUMENTS and cur.head.i in anchors:
            return False
        cur = cur.head
    return False


def _own_time_of(date: Token, anchors: set[int]) -> bool:
    """Whether a time expression put before an event noun other than the anchors (or, as a possessive, before any noun:
    `_dated_thing`) names that event's own time ('the June 25 killing', 'Wednesday's blast', 'the September 11
    attacks', 'last month's conference'), which is not the act's unless the event is the act's occasion ('criticized X
    at Friday's session', 'participants in Wednesday's rally demanded', 'during a Thursday news conference', 'clashed
    outside Sunday's match') or what it is done to or part of ('dispersed Saturday's demonstration', 'joined Sunday's
    march')."""
    while date.dep_ == "compound" and date.head.ent_type_ in ("DATE", "TIME") and date.head.i not in anchors:
        date = date.head  # 'Monday morning's statement': the possessive is the time expression's last word
    noun = date.head
    if date.dep_ not in NOMINAL_MODIFIERS or date.i > noun.i or noun.i in anchors \
            or not (is_event_noun(noun) or _dated_thing(date, noun)):
        return False
    # the occasion, or the part of it the act is at ('on the sidelines of Tuesday's summit', 'at the close of Friday's
    # meeting')
    whole = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
        else noun
    if any(n.dep_ == "pobj" and n.head.lower_ in OCCASION_PREPS for n in (noun, whole)):
        return False
    return not (noun.head.i in anchors and noun.dep_ in ("dobj", "nsubj", "nsubjpass", "conj"))


def _dated_thing(date: Token, noun: Token) -> bool:
    """A day's or a period's possessed thing: whatever the noun names, the possessive gives its own time, not the
    time of the clause it is in ('the scene of Wednesday's blast', 'Monday's edition', 'last year's budget')."""
    return date.dep_ == "poss" and noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ not in ("DATE", "TIME")


NOMINAL_MODIFIERS = {"compound", "amod", "nummod", "nmod", "poss"}
# Where an act that shares the time of a thing it is at stands to it ('at Friday's session', 'outside Sunday's
# match', 'throughout Saturday's funeral')
OCCASION_PREPS = {"at", "during", "in", "on", "outside", "inside", "near", "throughout", "amid", "around"}
ARGUMENTS = {"nsubj", "nsubjpass", "dobj"}
_YEAR_OR_MONTH = re.compile(r"\b(1[0-9]|20)\d\d\b|\b(january|february|march|april|may|june|july|august|september|"
                            r"october|november|december)\b", re.IGNORECASE)


def _calendar(tok: Token) -> bool:
    """The time expression `tok` belongs to names a year or a month."""
    ent = entity_of(tok, ("DATE", "TIME"))
    return bool(_YEAR_OR_MONTH.search(ent.text if ent is not None else tok.text))


# Clauses that share their head's time: "met on Monday and signed a deal", "came to sign", "a group formed
# last year supporting each other" (not a reported clause: "said on Monday that X attacked" dates the saying).
CONTINUING = {"conj", "xcomp", "advcl", "acl"}


def continued(anchors: set[int], doc: Doc) -> tuple[set[int], set[int]]:
    """The heads whose clause the anchors' clause continues, and apart from them the heads of the clauses that a
    coordinated clause with a subject of its own follows: such a clause continues only a time put before the first
    clause's subject ('Last May, one died and 49 were wounded'), not one inside it ('X won in 2000, but this was
    overturned by Y')."""
    out, own = set(), set()
    for i in anchors:
        tok = doc[i]
        for _ in range(4):
            if tok.dep_ not in CONTINUING or tok.head.i == tok.i:
                break
            if tok.dep_ == "conj" and _own_subject(tok):
                own.add(tok.head.i)
                break
            tok = tok.head
            out.add(tok.i)
    return out - anchors, own - anchors


def _own_subject(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _before_subject(tok: Token, heads: set[int]) -> bool:
    """A time expression of one of `heads` put before its subject ('Last May, one person died ...')."""
    if not in_clause_of(tok, heads):
        return False
    head = tok
    while head.i not in heads and head.head.i != head.i:
        head = head.head
    return _before_its_subject(tok, head)


def participle_clauses(anchors: set[int], doc: Doc) -> set[int]:
    """The verbs whose object a present participle trigger modifies: it happens when they do ('issued a
    statement on Friday condemning X', 'a letter was written in May asking X'); a past participle tells what was
    done to the noun before ('militants backed by X'), and a subject's participle may be its lasting state
    ('one of the professors suing X was hired in 2001')."""
    out = set()
    for i in anchors:
        tok = doc[i]
        if tok.dep_ != "acl" or tok.tag_ != "VBG":
            continue
        noun = tok.head
        verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else \
            noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
        if verb is not None and verb.pos_ in ("VERB", "AUX"):
            out.add(verb.i)
    return out - anchors


def simultaneous(anchors: set[int], doc: Doc) -> set[int]:
    """The present participle clauses put before the anchors' clause, with no word to introduce them and no subject
    of their own: they set its scene and happen when it does ('Speaking to reporters on Tuesday, X criticized Y');
    not a perfect one ('Having visited Y in May, X ...'), nor a past participle, which may tell of an earlier time
    ('Elected in 2004, X ...'), nor one after the verb, which the parser hangs there from the words it follows
    ('filed the complaint citing a report from July', 'agreed to a truce ... beginning in December')."""
    return {c.i for i in anchors if doc[i].pos_ in ("VERB", "AUX") for c in doc[i].children
            if c.dep_ == "advcl" and c.tag_ == "VBG" and _before_its_subject(c, doc[i])
            and not any(g.dep_ in ("mark", "nsubj", "nsubjpass") or g.dep_ == "aux" and g.lower_ == "having"
                        for g in c.children)} - anchors


def _before_its_subject(tok: Token, verb: Token) -> bool:
    """Whether `tok` comes before the words of `verb`'s subject."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and tok.i < subj.left_edge.i


def when_of(clauses: set[int], doc: Doc) -> set[int]:
    """The tokens of the date a 'when' clause of `clauses` (the anchors and the heads whose clauses they continue)
    hangs from: "since June, when Hamas seized Gaza and defeated Fatah", "until 1998, when he resigned" (237 such
    clauses in the cached parses)."""
    out: set[int] = set()
    for i in clauses:
        verb = doc[i]
        for _ in range(4):  # up to the verb of the trigger's clause
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.dep_ == "relcl" and verb.head.ent_type_ == "DATE" and any(
                c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
            ent = next((e for e in doc.ents if e.start <= verb.head.i < e.end), None)
            out.update(range(ent.start, ent.end) if ent is not None else [verb.head.i])
    return out


def _within_date(tok: Token, tokens: set[int]) -> bool:
    return tok.i in tokens


def described(anchors: set[int], doc: Doc) -> set[int]:
    """The clauses that say when an event noun happened: its relative clause or participle ('the attack,
    which took place on Monday', 'the resolution passed last week', 'the talks held in May'); not its
    content ('an invitation to visit Iran next month', 'allegations that troops killed civilians in May')."""
    return {c.i for i in anchors if doc[i].pos_ == "NOUN" for c in doc[i].children
            if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")
            and not any(g.dep_ in ("aux", "mark") and g.lower_ in ("to", "that") for g in c.children)}


def subject_nouns(anchors: set[int], doc: Doc) -> set[int]:
    """The anchors that are event nouns in subject position ('His arrest last November inspired rallies')."""
    return {i for i in anchors if doc[i].pos_ == "NOUN" and doc[i].dep_ in ("nsubj", "nsubjpass")}


def _after_subject(tok: Token, nouns: set[int]) -> bool:
    """A time expression right after an event noun subject's phrase, which the parser hangs on the verb: 'His
    arrest last November inspired rallies', 'Israel's air strike on Syria last month was ...', 'Their request last
    week came after ...' (8 such subjects in the cached parses, 7 of them dated so)."""
    doc = tok.doc
    return any(tok.left_edge.i == doc[i].right_edge.i + 1 and tok.head.i == doc[i].head.i
               and tok.right_edge.i < doc[i].head.i for i in nouns)


def _modifies(tok: Token, heads: set[int]) -> bool:
    """A time expression of the verb itself ('held on Monday', 'passed last week'), not one deeper in its
    phrases ('congratulating X for his victory in the 2002 elections')."""
    head = tok.head
    return head.i in heads or (head.dep_ == "prep" and head.head.i in heads)


# Deictic time adverbs: NER tags them TIME where a part of the day goes with them ('earlier today', 'last
# night', 'this morning': 426 of the corpus's 2,158 TIME entities name a day) and now and then not at all
# ('confirmed tonight'); a clock time alone gives no date (resolve_date gives none).
DEICTIC = {"today", "tonight", "yesterday", "tomorrow"}


def date_expressions(doc: Doc) -> list[Span]:
    """The document's date expressions in order: NER's DATE and TIME entities, a full calendar date NER folded into
    another entity (`folded_dates`), and a lowercase deictic time adverb modifying a verb outside any entity."""
    spans = [e for e in doc.ents if e.label_ in ("DATE", "TIME") and not _law_year(e)]
    spans += folded_dates(doc)
    spans += [doc[t.i:t.i + 1] for t in doc if t.lower_ in DEICTIC and t.is_lower and not t.ent_type_
              and t.dep_ == "npadvmod" and t.head.pos_ in ("VERB", "AUX")]
    return sorted(spans, key=lambda s: s.start)


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A calendar date with its day, month and year, as English writes it: 'March 21, 2006', '21 March 2006'
FULL_DATE = re.compile(rf"\b{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?,? (?:1[0-9]|20)\d\d\b"
                       rf"|\b\d{{1,2}}(?:st|nd|rd|th)? {_MONTH} (?:1[0-9]|20)\d\d\b")


def folded_dates(doc: Doc) -> list[Span]:
    """Full calendar dates inside an entity of another kind: NER folds a date into the name before or after it ('[the
    September 11, 2001]EVENT attacks', 'passed by [the council on March 21, 2006]ORG': 41 non-date entities of the
    5,000-article corpus hold a day and a month). A day, a month and a year together are a date wherever they
    stand; without the year such a phrase may be a name ('the September 11 attacks', 'the March 14 alliance')."""
    found = []
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME"):
            continue
        for m in FULL_DATE.finditer(ent.text):
            span = doc.char_span(ent.start_char + m.start(), ent.start_char + m.end(), alignment_mode="contract")
            if span is not None and len(span):
                found.append(span)
    return found


# Words before a date that make it the premodifier of the noun after it ('the October 17, 2001, assassination')
_DETERMINERS = {"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my", "your"}


def premodified(ent: Span) -> Token | None:
    """The noun a full calendar date stands before between a determiner and the noun ('the October 17, 2001,
    assassination of X', 'the September 11, 2001 attacks', 'his June 3, 2005 letter'): the date is that noun's own
    time, whatever the parse makes of it (the comma after the year, as American style writes it, leads the parser
    to take the date for a phrase of its own and the noun for another)."""
    doc = ent.doc
    if not FULL_DATE.fullmatch(ent.text.removeprefix("the ").removeprefix("The ")):
        return None
    first = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    if first == ent.start and (ent.start == 0 or doc[ent.start - 1].lower_ not in _DETERMINERS
                               or doc[ent.start - 1].dep_ not in ("det", "poss")):
        return None  # not an object or a conjunction before the date ('arrested her March 5, 2007, officials said')
    j = ent.end + 1 if ent.end < len(doc) and doc[ent.end].text == "," else ent.end
    if j >= len(doc) or doc[j].pos_ not in ("NOUN", "ADJ", "PROPN"):
        return None
    noun = doc[j]
    while noun.dep_ in ("compound", "amod", "nmod") and noun.i < noun.head.i <= j + 3:
        noun = noun.head  # 'the September 11, 2001 terrorist attacks'
    return noun if noun.pos_ == "NOUN" else None


# Nouns that a law's or a treaty's name ends in, before the year it was made ('the Human Rights Act 1998', 'the
# Military Commissions Act of 2006', 'the Non-Proliferation Treaty of 1968': about 35 such names in the corpus)
_LAW_NOUNS = {"act", "bill", "treaty", "convention", "protocol", "accord", "accords", "agreement", "directive",
              "regulations", "law", "code", "charter", "constitution"}


def _law_year(ent: Span) -> bool:
    """A bare year that ends a law's or a treaty's name: it names the law, and says nothing of when an act was done."""
    doc, i = ent.doc, ent.start
    if not re.fullmatch(r"(19|20)\d\d", ent.text) or i == 0:
        return False
    before = doc[i - 1]
    if before.lower_ == "of" and i > 1:
        before = doc[i - 2]
    return before.lower_ in _LAW_NOUNS and before.text[:1].isupper()


class DocDates:
    """A document's date expressions (in order), found by the sentences their roots lie in: a clause lies
    within one sentence, so a trigger's date is looked for among its sentence's dates only (linear in a
    long document, not the number of its triggers times the number of its dates)."""

    def __init__(self, dates: list[Span]):
        self.spans = list(dates)
        self.roots = [ent.root.i for ent in self.spans]  # in order too: the spans do not overlap
        self.nouns = {ent.start: premodified(ent) for ent in self.spans}  # a date before its noun is the noun's alone
        self.resolved: dict[tuple[int, str | None], tuple | None] = {}  # (span start, tense) -> resolve_in_text
        self.depth = 0  # how many resolve_in_text calls are open

    def in_sentences_of(self, anchors: set[int], doc: Doc) -> list[Span]:
        return [self.spans[k] for a, b in sorted({(doc[i].sent.start, doc[i].sent.end) for i in anchors})
                for k in range(bisect_left(self.roots, a), bisect_left(self.roots, b))]

    def before(self, ent: Span) -> list[Span]:
        """The date expressions before `ent` in its sentence and the ANTECEDENT_SENTENCES before it, nearest
        first: where an anaphoric one ("the next day", "two years later") looks for the time it counts from."""
        sent = ent.root.sent
        start = sent.start
        for _ in range(ANTECEDENT_SENTENCES):
            if start == 0:
                break
            start = ent.doc[start - 1].sent.start
        k = bisect_left(self.roots, ent.root.i)
        return [self.spans[j] for j in range(k - 1, bisect_left(self.roots, start) - 1, -1)]


def resolve_in_text(ent: Span, dates: DocDates, ref: dt.date | None, tense: str | None):
    """(date, precision) of a date expression of the text: an anaphoric one counted from the nearest earlier one
    that resolves (itself possibly anaphoric: "On Monday ... the next day ... two days later"), read in the same
    tense, any other against the reference date. Each expression is resolved once per tense (`DocDates.resolved`),
    so a chain of anaphoric expressions costs its length."""
    key = (ent.start, tense)
    if key not in dates.resolved:
        if dates.depth >= MAX_CHAIN:
            raise _TooLong
        dates.depth += 1
        try:
            dates.resolved[key] = _resolve(ent, dates, ref, tense)
        except _TooLong:
            if dates.depth > 1:
                raise
            dates.resolved[key] = None  # a chain of anaphoric dates too long to follow gives none
        finally:
            dates.depth -= 1
    return dates.resolved[key]


# The most anaphoric date expressions one is counted through ("the next day ... two days later ..."): more gives none,
# never a date counted from an older expression.
MAX_CHAIN = 100


class _TooLong(Exception):
    pass


def _resolve(ent: Span, dates: DocDates, ref: dt.date | None, tense: str | None):
    doc, text, end = ent.doc, ent.text, ent.end
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if is_decade(f"{before} {text}") or end < len(doc) and doc[end].lower_ in ("'s", "\u2019s", "s") \
            and is_decade(f"{before} {text}'s"):
        return None  # a decade, also where NER leaves its article or its ending out: "the [1970]'s"
    extended = end < len(doc) and doc[end].lower_ in _SIDES and is_anaphoric(f"{text} {doc[end]}")
    if extended:
        text, end = f"{text} {doc[end]}", end + 1  # NER leaves out the word that says which way: "[the day] before"
    # "two days after" counts from an earlier time only where nothing follows it: "a day after the vote", "a
    # month after X resigned" count from what follows, which gives no date
    ends = end >= len(doc) or doc[end].is_sent_start or doc[end].pos_ not in (
        "DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ", "VERB", "AUX")  # "the day before on TV", not "... after being"
    if not ends and text.split()[-1].lower() in ("after", "before") and (extended or is_anaphoric(text)):
        return None
    if is_anaphoric(text):
        for earlier in dates.before(ent):
            antecedent = resolve_in_text(earlier, dates, ref, tense)
            if antecedent:
                return resolve_anaphoric(text, antecedent)
    return resolve_date(text, ref, tense=tense) or _start_of(ent, ref, tense)


def _start_of(ent: Span, ref: dt.date | None, tense: str | None):
    """The start of a period that runs 'from' one date 'to' another ('from 1931 to 1945'), where the period
    has no month or year that holds it all: the event began then."""
    doc = ent.doc
    if not (ent.start > 0 and doc[ent.start - 1].lower_ == "from" or ent[0].lower_ == "from"):
        return None
    return resolve_period_start(ent.text, ref, tense)


# Words before a time that make it an end point or a deadline, not when the act happened: 'closed the border until
# March 28' (closed before then), 'called for funds by May 1', 'pledged elections by April', 'will withdraw by August'
# (what is asked, promised or to come is to be done by then). In the 5,000 articles 12 event dates go so, all wrong; a
# past act done 'by' a time keeps it ('was critical of such names by 2001', rightly twice, and wrongly once: 'approved
# aid by 2010'); a 'when' clause on such a time is still dated by it ('until 1998, when he resigned').
_UNTIL = {"until", "till", "til"}


# the types whose 'by' time is when what they ask, threaten or promise is to be done
_DEADLINE_TYPES = {"REQUEST", "THREATEN", "AGREE"}


def _end_point(ent: Span, event_type: str | None, tense: str | None) -> bool:
    """Whether a time expression is an end point ('until X') or, for an act that asks, threatens or promises or for
    one still to come, a deadline ('by X'); of a past act done by then it is its time ('had rejected it by Tuesday')."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return before in _UNTIL or before == "by" and (event_type in _DEADLINE_TYPES or tense == "future")


def _setting(noun: Token, anchors: set[int]) -> bool:
    """Whether a dated noun is where or by what the act was done: its active subject ('A March 5, 2007, report by the
    UN accused Sudan') or the occasion it is in, at or during ('In his March 5, 2007 speech, X threatened Y'); not a
    passive subject, which is done to ('the April 16, 2007 shootings were condemned')."""
    if noun.dep_ == "nsubj" and noun.head.i in anchors:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "at", "during") and noun.head.head.i in anchors


def date_for(anchors: set[int], doc: Doc, dates: DocDates, ref: dt.date | None, tense: str | None = None,
             scenes: set[int] = frozenset(), event_type: str | None = None):
    """(date, precision, text) of the first date expression in the anchors' clause, or Nones.

    `tense` ("past" or "future") tells which way a date without a year reads: "on Friday" in
    "will meet on Friday" is the next Friday, in "met on Friday" the last one. `scenes`: verbs whose own
    time expressions are the event's where its clause has none ('was killed on Monday in an air strike').
    `event_type`: whether a deadline is none of its time (`_end_point`)."""
    in_sentences = dates.in_sentences_of(anchors, doc)
    heads, fronted = continued(anchors, doc)
    scopes = ((anchors, in_clause_of), (subject_nouns(anchors, doc), _after_subject),
              (when_of(anchors | heads, doc), _within_date),
              (heads, in_clause_of), (simultaneous(anchors, doc), _modifies), (fronted, _before_subject),
              (described(anchors, doc), _modifies),
              (participle_clauses(anchors, doc), _modifies), (scenes, _modifies))
    for scope, holds in scopes:
        for ent in in_sentences:
            noun = dates.nouns[ent.start]
            if noun is not None and not (scope is anchors and (noun.i in anchors or _setting(noun, anchors))) \
                    or noun is None and (not scope or not holds(ent.root, scope)):
                continue
            # the time expression's own clause tells which way it reads, where it is in the future
            own_tense = "future" if _in_future_clause(ent) else tense
            if holds is _within_date or not _end_point(ent, event_type, own_tense):
                resolved = resolve_in_text(ent, dates, ref, own_tense)
                if resolved:
                    return resolved[0], resolved[1], ent.text
    return None, None, None


def _in_future_clause(ent: Span) -> bool:
    """Whether a time expression hangs from a clause whose verb is in the future ('talks will start on July 18',
    'we will fight at the rally on November 18'): a day or a month without a year is then the next one (GOLD),
    whatever the tense of the event's own word ('Talks ... will start': a noun); not a noun's own time ('the talks of
    October 3 will resume next month')."""
    verb = ent.root
    while verb.dep_ == "compound" and verb.head.ent_type_ in ("DATE", "TIME"):
        verb = verb.head  # 'this Thursday morning': the time expression's last word
    if verb.dep_ in ("compound", "amod", "nummod", "poss") or verb.dep_ == "pobj" and verb.head.lower_ == "of":
        return False  # a noun's own time ('the talks of October 3', 'the October 3 talks')
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and modality(verb) == "future"


def uttered_in(tok: Token, quotes: list[tuple[int, int, int]]) -> set[int]:
    """The verbs of saying outside the quotation, in the same sentence, of a speech act the speaker performs inside
    their own quotation, in the present ('"We ask the alliance to act," said the king today', '"I condemn this
    attack," she said on Monday'): it is done when and where it is said. `quotes`: (start, end, speaker) of the
    document's attributed quotations. Empty where the trigger is no such act."""
    quote = next(((s, e) for s, e, _ in quotes if s <= tok.idx < e), None)
    if quote is None or tok.pos_ != "VERB" or tok.tag_ not in ("VBP", "VBZ") \
            or not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in tok.children):
        return set()
    return {t.i for t in tok.sent if t.lemma_.lower() in QUOTE_VERBS and t.pos_ in ("VERB", "AUX")
            and not any(s <= t.idx < e for s, e, _ in quotes)}


# the types of what one does by saying it: a stance stated in one's own reported words holds when it is said
SAID_TYPES = {"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN", "AGREE", "CONCEDE"}
_SELF = {"i", "we", "he", "she", "they"}


def said_in(tok: Token, event_type: str) -> Token | None:
    """The verb of saying whose subject states a speech act of themself in its reported clause ('Last week, X said she
    was opposed to the plan', 'On Monday X said he rejects the demands'): the act holds when and where it is said. Not
    a deed reported ('X said that Y attacked the town'), nor one done before the saying ('said she had criticized').
    None where the trigger is none such."""
    if event_type not in SAID_TYPES or tok.pos_ not in ("VERB", "ADJ"):
        return None
    clause = tok if tok.dep_ == "ccomp" else tok.head if tok.dep_ == "acomp" and tok.head.dep_ == "ccomp" else None
    if clause is None or clause.head.lemma_.lower() not in QUOTE_VERBS:
        return None
    kids = list(clause.children) + (list(tok.children) if tok is not clause else [])
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (subj.lower_ in _SELF or _speakers_own(subj)) \
            or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids):
        return None
    return clause.head


_OWN = {"my", "our", "his", "her", "their"}
# Bodies a speaker speaks for when they name them as their own ('his country', 'her government'), unlike people ('his
# rival', 'her husband', 'his ministers'), who speak for themselves
_OWN_BODIES = GOVERNMENT_NOUNS | {"country", "nation", "state", "party", "ministry", "department", "company", "firm",
                                  "organization", "organisation", "group", "movement", "union", "army", "coalition"}


def _speakers_own(subj: Token) -> bool:
    """A body named as the speaker's own, whose stance the speaker states for it ('X announced his country will
    withdraw its troops', 'she said her government opposes the plan')."""
    return subj.pos_ == "NOUN" and subj.lemma_.lower() in _OWN_BODIES and any(
        c.dep_ == "poss" and c.lower_ in _OWN for c in subj.children)
