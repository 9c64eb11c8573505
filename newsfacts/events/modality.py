"""Whether a trigger states something that happened, will happen, or neither.

Not events: negated ("did not attack", "no talks", "no one attacked"), hypothetical or conditional
("would sanction if", "could attack"), questioned ("whether to attack"), purposive ("sent troops to
help"), and the content of a wish, permission, request or plan of someone ("aims to support", "asked
Y to negotiate"): the request itself is the event. The future: "will", "would" in what a past report
says (the sequence of tenses: "said it would send troops"), and what is due, set or scheduled to
happen ("is due to meet"). An action that its own subject plans, offers or promises ("plans to send
an envoy") is that subject's AGREE; a future CONSULT, SUPPORT, COOPERATE or AID is AGREE; a refused
or negated future concession ("will not hand over") is REJECT.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsfacts.actors.names import headline_line
from newsfacts.events.phrases import denying_subject, infinitive, relative_antecedent, rules_out, someone
from newsfacts.events.roles import OCCURRING, light_verb_of, occurrence_verb, subject
from newsfacts.events.speech_acts import REPORTING
from newsfacts.events.vocabulary import COOPERATIVE

HYPOTHETICAL = {"would", "could", "might", "may", "should", "must", "can"}
FUTURE = {"will", "'ll", "shall", "wo"}
CONDITIONS = {"if", "unless", "whether", "lest"}
# English puts a clause of time in the present for what is yet to come ("will stay until the junta gives up power",
# "once Peru signs the deal", "before he leaves office"): such a clause states no act done (in the corpus 65
# event words head a present-tense clause of these, nearly all unrealized: vowed to fight 'until', 'till Pakistan
# agrees', 'after Romania joins the EU'; the rest generic, 'once someone sends a message, they begin ...').
TIME_MARKS = {"until", "till", "once", "when", "whenever", "after", "before"}
_TIME_ADVERBS = {"when", "whenever", "once"}  # the parser's adverb reading of the conjunction
NEGATIONS = {"never", "not", "n't"}  # and 'no longer' (`_no_longer`)
FUTURE_TO_AGREE = COOPERATIVE - {"AGREE"}
# "is due to meet", "is set to resume", "is scheduled to visit": what is scheduled is yet to happen (330 such
# phrases in the 5,000-article corpus).
SCHEDULED = {"due", "set", "schedule", "slate"}
# Verbs that undo the act their event noun object names ("dropped the charges", "lifted the ban",
# "called off the strike"): that act is not reported as done (the undoing is its own event, if any).
UNDOING = {"drop", "waive", "lift", "cancel", "scrap", "abandon", "rescind", "revoke", "overturn", "quash",
           "annul", "end", "withdraw",
           # or put it off: 'postponed the talks', 'the visit was delayed' (24 event nouns in the cached parses)
           "postpone", "delay", "defer"}
# Verbs that stop, interrupt or cut back an act that was going on: 'suspended its cooperation', 'aid was cut', 'froze
# the talks', 'terminated its aid'. Ending cooperation or aid is itself the event (PLOVER's SANCTION: reduce or stop
# relations, aid, cooperation), not a report of it. Not 'end', which as often concludes what was planned ('ended
# their summit'; it is one of the UNDOING verbs).
HALTING = {"stop", "cease", "halt", "terminate", "discontinue", "suspend", "interrupt", "pause", "freeze", "reduce",
           "limit", "curtail", "cut", "slash"}
# Verbs whose complement did not happen, by their meaning: denied, disputed or refuted ("denied attacking
# Georgia", "denied that it had attacked"), or escaped, avoided or prevented ("escaped being captured").
DENYING = {"deny", "dispute", "refute", "escape", "avoid", "evade", "prevent"}
# Verbs that keep someone "from" an act, which therefore did not happen ("stopped X from firing", "barred X from
# visiting", "refrained from criticizing"); not verbs of motion ("returned from visiting X": the visit happened).
KEEPING_FROM = DENYING | {"stop", "bar", "ban", "block", "keep", "restrict", "dissuade", "deter", "discourage",
                          "prohibit", "forbid", "refrain", "abstain", "hinder", "restrain", "preclude", "exclude"}
CONCESSION_TYPES = {"AID", "RETREAT", "COOPERATE", "CONCEDE", "SUPPORT", "AGREE", "CONSULT"}

# Words whose complement is an action not (yet) done: aimed at, wished for, permitted, requested or
# promised ("aims to support", "let X negotiate", "asked to ratify", "ready to talk").
IRREALIS_GOVERNORS = {
    "let", "allow", "permit", "enable", "aim", "seek", "want", "hope", "try", "attempt", "expect", "wish",
    "need", "plan", "prepare", "intend", "decide", "urge", "ask", "request", "order", "demand", "call",
    "encourage", "invite", "offer", "promise", "pledge", "vow", "agree", "propose", "refuse", "decline", "threaten",
    "about", "able", "ready", "willing", "likely", "unlikely", "consider", "effort", "bid", "attempt", "plan",
    "proposal", "decision", "right", "permission", "chance", "opportunity", "ability", "mandate", "authority", "move",
    "commit", "volunteer", "undertake", "begin", "fail", "warn", "pressure", "lobby", "prepared", "determined",
    "eager", "keen", "reluctant", "timetable", "deadline",
    # what someone is instructed or directed to do, or waits to do, is not done yet (corpus: 'instructed to veto',
    # 'instructed his lawyers to appeal', 'is waiting to meet'); not 'tell', a verb of saying too
    "instruct", "direct", "wait",
    # what is recommended, advised or required is not done yet ('recommends the government withdraw its troops',
    # 'advised him to resign', 'is required to sign'; 14 event triggers in the cached parses of the corpus and the
    # evaluation sets)
    "recommend", "advise", "require",
    # what is awaited, anticipated or foreseen has not happened ('are awaiting the release of X': AWAITED_OBJECT)
    "await", "anticipate", "contemplate", "envisage", "foresee", "predict",
    # what one is unable or unwilling to do is not done, as what one is able or willing to do is not yet ('was unable
    # to complete the execution', 'is unwilling to agree to the terms'; 4 event triggers in the corpus)
    "unable", "incapable", "powerless", "unwilling",
}
# Verbs whose object event noun is wanted, planned, expected or needed, not done ('al-Qaeda is planning an attack on
# X', 'the plan requires the approval of the states', 'wants the withdrawal of all troops', 'is awaiting trial'):
# IRREALIS_GOVERNORS that take a noun object so, not those whose object happened ('began talks', 'committed an
# attack', 'directed the attack', 'allowed the visit'), nor 'consider' (what one considers may be done: 'considering
# Iran's request'). In the 5,000 articles 14 events came from such objects, none an act done.
AWAITED_OBJECT = {"want", "wish", "hope", "expect", "anticipate", "await", "seek", "plan", "prepare", "intend", "need",
                  "require", "propose", "recommend", "advise", "envisage", "foresee", "predict"}


def _past_and_definite(noun: Token) -> bool:
    """An act named definitely as the object of a verb in the simple past: one that happened since ('planned the
    September 11 attacks', 'predicted the Soviet invasion'), unlike 'is planning an attack', 'wants the withdrawal'."""
    return noun.head.tag_ == "VBD" and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "no")
                                           for c in noun.children)


# Verbs that either assert their complement or ask for it ("suggested that X ordered the attack" and "suggested
# that he resign"): they ask for it where it is a mandative subjunctive, a base form with a subject of its own.
MANDATIVE = {"suggest", "insist"}
# Of those, the ones whose subject thereby commits to the action: an AGREE of that subject.
AGREE_GOVERNORS = {"plan", "prepare", "intend", "decide", "offer", "promise", "pledge", "vow", "agree",
                   "propose", "volunteer", "commit", "undertake", "ready", "willing", "prepared"}
# Of those, the ones that say an intention, not a commitment made to someone ("plans to", "decided to", unlike
# "promised", "agreed", "offered"): an AGREE only through the PLOVER act intended ("plans to send troops").
INTENDING = {"plan", "prepare", "intend", "decide", "ready", "willing", "prepared"}
# Acts a commitment to which is a threat, not an agreement ("vowed to attack", "is ready to strike").
FORCE = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"}


# Nouns of what shows that something happened: with "no" ("there is no evidence that X attacked", "no sign of an
# attack") the act is not stated as done (58 such phrases in the corpus; not "no confirmation of", which news use
# to hedge a report, not to deny it).
EVIDENCE_NOUNS = {"evidence", "indication", "sign", "proof", "suggestion", "trace"}


# Nouns of what may come: an event noun in their 'of' phrase has not happened ("the threat of sanctions", "fears of an
# attack", "the prospect of talks", "the risk of a strike"); nor has one in "in the event of", "in case of", or that
# someone prepares or is ready for ("preparing for an invasion", "plans for a strike"). 76 such event nouns in the
# cached parses of the corpus and the evaluation sets; not "on the eve of a visit", which says it happened next.
POTENTIAL_NOUNS = {"threat", "risk", "fear", "possibility", "prospect", "danger", "likelihood", "spectre", "specter"}
PREPARING = {"prepare", "preparation", "brace", "ready", "plan"}


def _potential(trig: Token) -> bool:
    """Whether an event noun names what may come: 'the threat of sanctions', 'in the event of an attack',
    'preparing for an invasion'."""
    if trig.pos_ != "NOUN" or trig.dep_ != "pobj":
        return False
    prep, head = trig.head, trig.head.head
    lemma = head.lemma_.lower()
    if prep.lower_ == "of":
        return lemma in POTENTIAL_NOUNS or (lemma in ("event", "case") and head.dep_ == "pobj"
                                            and head.head.lower_ == "in")
    return prep.lower_ == "for" and lemma in PREPARING


# Adjectives that make an event noun one that may come, not one that happened ('a planned visit', 'possible attacks',
# 'the proposed strike', 'upcoming talks'): 108 such event nouns in the cached parses of the corpus and the
# evaluation sets, none telling of an act done.
NOT_YET = {"planned", "proposed", "scheduled", "upcoming", "expected", "possible", "potential", "future",
           "prospective", "forthcoming", "intended", "threatened", "anticipated", "impending"}


# Verbs that carry out what their event noun object names: a planned act they carry out has happened ('mounted its
# long-threatened invasion', 'launched the planned offensive', 'held the scheduled talks').
CARRYING_OUT = {"mount", "launch", "hold", "carry", "conduct", "stage", "begin", "start", "wage", "open"}


def _not_yet(trig: Token) -> bool:
    return trig.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in NOT_YET for c in trig.children) and not (
        trig.dep_ == "dobj" and trig.head.lemma_.lower() in CARRYING_OUT)


def _ruled_out(trig: Token) -> bool:
    """An event noun that is ruled out or not ('ruled out a strike', 'refused to rule out military action', 'have not
    ruled out further arrests'): a possibility, done or not."""
    return trig.pos_ == "NOUN" and trig.dep_ == "dobj" and rules_out(trig.head)


def _no_evidence(trig: Token) -> bool:
    """Whether the trigger is what an evidence noun with 'no' says nothing shows: its clause ('no indication that
    the agents aided X') or its 'of' phrase ('no evidence of torture')."""
    head = trig.head
    if trig.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif trig.dep_ not in ("acl", "ccomp") or trig.pos_ not in ("VERB", "AUX"):
        return False
    return head.lemma_.lower() in EVIDENCE_NOUNS and any(
        c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in head.children)


def modality(trig: Token) -> str | None:
    """'negated', 'hypothetical', 'future' or None for a plain statement of fact."""
    chain = [trig]
    if trig.dep_ in ("xcomp", "conj", "acomp") or (trig.pos_ == "NOUN" and trig.dep_ in ("dobj", "nsubjpass")):
        chain.append(trig.head)  # "acomp": "must be ready to", "could be willing to": the copula's modal
    elif trig.pos_ == "NOUN" and trig.dep_ == "pobj" and trig.head.lower_ == "in" \
            and trig.head.head.lemma_.lower() == "be":
        chain.append(trig.head.head)  # "will be in talks", "would not be in support": the copula's mood
    if trig.dep_ == "xcomp" and any(c.lower_ == "yet" for c in trig.head.children):
        return "negated"  # "has yet to ratify": not done
    if denying_subject(trig):
        return "negated"
    if trig.pos_ == "VERB" and (any(c.dep_ == "preconj" and c.lower_ == "neither" for c in trig.children) or
                                trig.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor"
                                                            for c in trig.head.children)):
        return "negated"  # "neither confirmed nor denied": neither act is done
    if trig.pos_ == "VERB" and trig.dep_ in ("xcomp", "ccomp", "pcomp", "conj") and _denied(trig):
        return "negated"
    if governed_by(trig, UNDOING):
        return "negated"  # "dropped the charges", "the ban was lifted": the act is undone, not done
    if _no_evidence(trig):
        return "negated"
    if _potential(trig) or _ruled_out(trig) or _not_yet(trig):
        return "hypothetical"
    timed = (light_verb_of(trig) or trig) if trig.pos_ == "NOUN" else trig  # a light verb's object: its verb's time
    if timed.dep_ == "xcomp" and timed.head.lemma_.lower() in SCHEDULED:
        if _arrangement_denied(timed):
            return "negated"  # "is not scheduled to meet": nothing arranged
        if timed.head.tag_ in ("JJ", "VBN") and infinitive(timed):
            return "future"  # "is due to meet", "is set to resume", "is scheduled to hold talks"
    arranged = _be_to(timed)
    if arranged is not None:
        return arranged
    contrasted = _contrasted(trig)  # the first conjunct's negation, and mood, stop short of it
    for tok in chain:
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in tok.children):
            return "hypothetical"  # "if it does not attack", "whether or not it will withdraw"
        for c in tok.children:
            if (c.dep_ == "neg" or c.lower_ in NEGATIONS or _no_longer(c)) and c.dep_ in ("neg", "advmod", "det") \
                    and not (tok is not trig and contrasted):
                return "negated"
            if c.dep_ == "det" and c.lower_ == "no" and tok is trig:
                return "negated"
            if c.dep_ == "det" and c.lower_ == "any" and tok is trig and trig.pos_ == "NOUN":
                return "hypothetical"  # "any attack", "denied any involvement": no one event in particular
        if tok is not trig and contrasted and (trig.tag_ in ("VBD", "VBZ", "VBP") or any(
                c.dep_ in ("aux", "auxpass") for c in trig.children)):
            continue  # a contrasted conjunct with its own tense has its own mood ('would not comment but condemned')
        for c in tok.children:
            if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL:
                return "future" if c.lower_ == "would" and _reported_future(tok) else "hypothetical"
        if any(c.dep_ == "aux" and c.lower_ in FUTURE for c in tok.children):
            return "future"
        if any(c.dep_ == "aux" and c.lower_ == "going" for c in tok.children) and infinitive(tok):
            return "future"  # "is going to attack"
        if tok.dep_ == "ROOT" and infinitive(tok) and any(c.dep_ == "nsubj" for c in tok.children):
            return "future"  # headline style, no finite verb: "Israel to launch ground offensive"
        if tok.i != trig.i and trig.dep_ == "xcomp" and tok.lower_ == "going" and tok.tag_ == "VBG" \
                and infinitive(trig):
            return "future"  # the parser's other reading: "going" the verb, "attack" its complement
    if trig.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in trig.children):
        return "hypothetical"
    if _time_to_come(trig):
        return "hypothetical"
    return None


# Past forms of 'be' that make a past participle a past act ('was killed', 'were arrested') or an arrangement a past
# one ('was scheduled'), not a state or a perfect ('is detained', 'has killed', 'have been killed this year')
PAST_BE = {"was", "were"}


def noun_mood(noun: Token, anchor: Token | None) -> str | None:
    """The mood of the clause an event noun belongs to, which is the noun's own (see `modality`): of the verb its
    roles hang from (`anchor`: 'will take part in talks', 'will raise it at a meeting'), of the verb it takes place
    by ('the talks will take place in Geneva', 'the visit would be held in May') or of the copula it is the attribute
    of ('this will be his first visit'). A noun the text says is scheduled is to come ('talks are scheduled for May',
    'the summit, due next week', 'talks are set to resume': 'future'), one that is expected or planned to take place
    is someone else's expectation ('talks are expected to resume': 'hypothetical'); not one that was scheduled, which
    may have taken place since."""
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass"):
        verb = head  # 'the talks are scheduled', 'talks are expected to resume'
    else:
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)  # 'the talks, due'
    if verb is not None and verb.lemma_.lower() in SCHEDULED and verb.tag_ in ("JJ", "VBN") \
            and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_BE for c in verb.children):
        return "negated" if any(c.dep_ == "neg" for c in verb.children) else "future"
    if verb is not None and verb.lemma_.lower() in IRREALIS_GOVERNORS and any(
            c.dep_ == "xcomp" and _takes_place(c) for c in verb.children):
        return "hypothetical"
    if noun.dep_ == "pobj" and noun.head.lower_ not in _AT_THE_TIME:
        anchor = None  # not an act before or after the verb's, or the means of it ('with the signing, X will grow')
    occurring = occurrence_verb(noun)
    if occurring is not None and occurring.lemma_.lower() in _GOING_ON:
        occurring = None  # what will go on or again was under way ('the ban will continue', 'the talks of May 3
        # will resume')
    for verb in (anchor, occurring, head if noun.dep_ == "attr" and head.lemma_ == "be" else None):
        if verb is not None and verb.i != noun.i:
            return modality(verb)
    return None


_AT_THE_TIME = {"at", "during", "in", "on", "through"}  # prepositions of an event noun that sets the verb's time
_GOING_ON = {"continue", "resume"}


def _takes_place(verb: Token) -> bool:
    """'begin', 'occur', 'resume' and the like, or 'take place'."""
    return verb.lemma_.lower() in OCCURRING or verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)


def _no_longer(tok: Token) -> bool:
    """'no longer' ('X no longer patrols the border', 'was no longer planning to'): the parser hangs 'no' on
    'longer', which the act's verb has, so no single word of the verb's says 'not'."""
    return tok.lower_ == "longer" and any(c.dep_ == "neg" and c.lower_ == "no" for c in tok.children) \
        and not any(c.lower_ == "than" for c in tok.children)  # 'no longer than a week ago': a time


# what else 'be' may have, to which the infinitive then belongs ('is welcome to', 'is the first to')
_PREDICATES = {"acomp", "attr", "oprd"}
_EXPLETIVES = {"it", "this", "that"}
# Nouns of an aim or a plan: with 'be to' they say what is intended, no act ('the objective is to assist X', 'our plan
# is to support the government'); other nouns may name an act done ('Peru's response was to expel the envoy'). The
# aims 'be to' had for subject in the 5,000-article corpus: objective(s), purpose (2), philosophy, plan, aim, option.
AIM_NOUNS = {"aim", "goal", "objective", "purpose", "plan", "intention", "idea", "philosophy", "option", "mission",
             "task", "priority", "strategy", "ambition", "hope", "agenda"}


def _arrangement_denied(verb: Token) -> bool:
    """Whether the arrangement of a verb's 'be to' or 'scheduled to' is negated, on either verb ('is not to meet',
    'is not scheduled to meet', 'is to not meet')."""
    return any(c.dep_ == "neg" for c in (*verb.head.children, *verb.children))


def _be_to(trig: Token) -> str | None:
    """The mood of 'be to' and an infinitive. With someone for subject it says what is arranged, yet to happen
    ('Norway is to withdraw its troops', 'the union is to meet the management', 'Peru, which is to withdraw', and in
    the passive whatever its subject, 'the bill is to be signed'): 'future'. With an aim or a plan for subject, or
    in a condition ('if Peru is to withdraw'), no act: 'hypothetical'; denied ('is not to withdraw'): 'negated'. Not
    the idiom 'is to blame' (is responsible).
    In the 5,000-article corpus this retypes 8 event mentions (a withdrawal or resignation to come is CONCEDE, a
    meeting or aid to come AGREE), adds 6 promises and drops about 20: aims, judgements ('it was ridiculous to arrest
    him'), and acts to come that promise nothing (a strike, an inquiry)."""
    if trig.dep_ != "xcomp" or trig.head.lemma_ != "be" or not infinitive(trig) or trig.lemma_.lower() == "blame":
        return None
    if _arrangement_denied(trig):
        return "negated"  # 'is not to meet', 'is not to attend talks': nothing arranged
    be, subj = trig.head, subject(trig.head)
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in be.children):
        return "hypothetical"
    if any(c.dep_ in _PREDICATES for c in be.children):
        # the infinitive of the word after 'be' ('is welcome to talk', 'is the first to sign'), read elsewhere; after
        # 'it', a judgement of an act, no act ('it is wrong to arrest them', 'it was important to deny them')
        return "hypothetical" if subj is not None and subj.lower_ in _EXPLETIVES else None
    if any(c.dep_ == "prep" and be.i < c.i < trig.i for c in be.children):
        return None  # the infinitive of a phrase after 'be' ('is at liberty to')
    if subj is not None:
        subj = relative_antecedent(subj)
        if subj.lemma_.lower() in AIM_NOUNS:  # 'Acme's goal is to': the goal, not Acme
            return "hypothetical"
    if any(c.dep_ == "auxpass" for c in trig.children) or subj is not None and someone(subj) \
            and subj.lower_ not in _EXPLETIVES:
        return "future"
    return None


def _contrasted(trig: Token) -> bool:
    """A verb coordinated with a negated one that the negation does not reach: a clause of its own, with its own
    subject ('the paper was not closed, but its editor was arrested'), or one set against it by 'but' or 'yet' ('did
    not join the intervention but welcomed it', 'cannot pay its pilots but has promised to', 'and yet welcomed it');
    not one negated in its own words ('and neither has X threatened Y')."""
    if trig.dep_ != "conj":
        return False
    if any(t.lower_ in ("neither", "nor") for t in trig.subtree if t.i < trig.i):
        return False  # 'and neither has Bolivia threatened': negated in its own words
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children) or any(
        c.dep_ == "cc" and c.lower_ in ("but", "yet") and trig.head.i < c.i < trig.i for c in trig.head.children) \
        or any(c.dep_ == "advmod" and c.lower_ == "yet" and trig.head.i < c.i < trig.i for c in trig.children)


def _time_to_come(trig: Token) -> bool:
    """A verb of a clause of time in the present tense ('until Chile signs', 'once the deal is signed', 'before Peru
    has withdrawn'): what is yet to come, or what happens whenever it does, not an act done. A perfect after 'after'
    is done before now, and a headline's present tells what happened."""
    marks = {c.lower_ for c in trig.children if c.lower_ in TIME_MARKS and (
        c.dep_ == "mark" or c.dep_ == "advmod" and c.lower_ in _TIME_ADVERBS)}
    if trig.pos_ != "VERB" or trig.dep_ != "advcl" or not marks:
        return False
    finite = next((c for c in trig.children if c.dep_ in ("aux", "auxpass")), trig)
    if marks == {"after"} and finite.lemma_ == "have":
        return False  # 'comes after X has refused': done before now
    # 'Mali recalls envoy after Niger expels diplomats': a headline
    return finite.tag_ in ("VBP", "VBZ", "VB") and not headline_line(trig.doc[trig.i:trig.i + 1])


def _denied(trig: Token) -> bool:
    """A verb in the complement of a verb of denial or avoidance (DENYING), or of a verb of saying
    coordinated with one (`governor`: "declined to confirm or deny that it attacked"), or kept "from"
    ("prevented them from storming", "barred X from visiting"), or done "without"."""
    if trig.dep_ == "pcomp" and trig.head.lower_ == "from" and trig.head.head.lemma_.lower() in KEEPING_FROM:
        return True
    if trig.dep_ == "pcomp" and trig.head.lower_ == "without":
        return True  # "left without criticizing X": not done
    gov = governor(trig)
    if gov is None or gov.i > trig.i:
        return False  # a clause before its verb is the parser's reading of "X did Y; he escaped", not a denial
    while gov is not None and gov.pos_ == "VERB":
        if gov.lemma_.lower() in DENYING:
            return True
        if gov.dep_ not in ("xcomp", "ccomp") or gov.head.i == gov.i:
            return False  # not through "and": "denied the charge and said its troops attacked" states the attack
        gov = gov.head
    return False


def conditional(tok: Token, marks: set[str] = CONDITIONS) -> bool:
    """A clause with a condition ("would attack if ...", "will boycott unless ..."), of one of `marks`
    ({"unless"}: "will withdraw its troops unless Y agrees", the act hangs on another's compliance)."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for c in tok.children)


def _reported_future(tok: Token) -> bool:
    """'X said it would send troops': "would" in the complement of a past report, with no condition."""
    report = announcement(tok)
    return report is not None and report.tag_ in ("VBD", "VBN") and not conditional(tok)


def announcement(tok: Token) -> Token | None:
    """The report whose complement the act is ("X said it will boycott the vote": "said"), or None."""
    return tok.head if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORTING else None


def commitment_type(event_type: str) -> str | None:
    """What committing oneself to an act of `event_type` is: AGREE to cooperate or concede, THREATEN
    with force or sanctions, none for other acts ("plans to protest" is a plan)."""
    if event_type in FORCE:
        return "THREATEN"
    return "AGREE" if event_type in FUTURE_TO_AGREE | CONCESSION_TYPES | {"AGREE"} else None


PROMISES = {"AGREE", "CONCEDE", "THREATEN"}  # what one says one will do, dated by what is to be done


def future_type(event_type: str) -> str | None:
    """The event a future-tense statement of `event_type` is: a promise to cooperate (AGREE), an
    announced retreat (CONCEDE: PLOVER's codebook), the promise or threat itself, or none (a plan)."""
    if event_type in FUTURE_TO_AGREE:
        return "AGREE"
    if event_type == "RETREAT":
        return "CONCEDE"
    return event_type if event_type in PROMISES else None


def governed_by(noun: Token, verbs: set[str]) -> bool:
    """An event noun that is the object, or the passive subject, of one of `verbs` ('dropped the charges', 'the aid
    was suspended')."""
    return noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in verbs


def halted(noun: Token) -> bool:
    """An event noun that a verb stops or cuts back ('suspended its cooperation', 'the talks were halted')."""
    return governed_by(noun, HALTING)


def is_negated_future(trig: Token) -> bool:
    """'will not hand over', and 'would not' in what its subject's own past report says ('said it would not
    accept'; not a counterfactual, 'would not have accepted', nor another's forecast, 'X said Y would not')."""
    kids = list(trig.children)
    if not any(c.dep_ == "neg" for c in kids):
        return False
    if any(c.dep_ == "aux" and c.lower_ in FUTURE for c in kids):
        return True
    own = (subj := next((c for c in kids if c.dep_ == "nsubj"), None)) is not None and subj.pos_ == "PRON"
    return own and _reported_future(trig) and any(c.dep_ == "aux" and c.lower_ == "would" for c in kids) \
        and not any(c.dep_ == "aux" and c.lower_ == "have" for c in kids)


# What is plotted or conspired to be done is planned, as what is planned is ('accused X of plotting to kill her',
# 'conspired to bomb the embassy', 'a plot to assassinate X'; a plot carried out is told by its own verb:
# 'attacked'); only the to-infinitive ('a plot seized by the army' is land)
PLOTTING = {"plot", "conspire"}


# Words of aiming, planning, proposing, wishing, expecting and seeking: an act anywhere down their chain of complements
# is not done yet ('is planning to travel to Oslo for talks', 'in the hope of winning their support', 'expects the
# council to impose sanctions'); the irrealis words of aim, and the nouns and verbs of seeking and of foreseeing.
# Counted in the s48 events hand check (35 corpus mentions, 9 of 10 read not done); as taken, 19 mentions go, 14 of
# them not done (commits ca6e4ce, 6228549).
AIMING = {"aim", "seek", "want", "hope", "expect", "wish", "plan", "prepare", "intend", "propose", "recommend",
          "advise", "consider", "envisage", "contemplate", "anticipate", "await", "foresee", "predict", "proposal",
          "bid", "effort", "likely", "unlikely", "ready", "willing", "eager", "keen", "prepared", "determined",
          "intention", "idea", "interest", "woo", "court", "solicit", "canvass"}
# of those, the verbs of seeking that are also nouns of other senses ('a court'), and the noun of seeking that is also
# a verb of other senses ('it interests'), each only as that part of speech
_SEEKING_VERBS = {"woo", "court", "solicit", "canvass"}
# verbs that stop, undo or fight an act, which is then there ('aims to curb attacks', 'hopes to end the strike')
STOPPING = HALTING | UNDOING | {"curb", "prevent", "counter", "combat", "fight", "deter", "avenge"}
_COMPLEMENTS = {"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "acomp"}
# prepositions of a phrase that sets an act beside another, not inside its content ('as planned', 'with support',
# 'following the resignation')
_SETTING = {"as", "with", "during", "since", "after", "before", "following", "amid", "despite"}


def aimed_at(trig: Token, saying: set[str]) -> bool:
    """Whether a word of aim (`AIMING`) stands above the trigger in its chain of complements, at most five steps up:
    through clauses ('plans to travel to Oslo for talks'), the prepositional phrases of an aim noun or adjective ('in
    the hope of winning', 'with the intention of meeting'), and, for an event noun, the verb whose object it is ('is
    courting support'), unless that verb stops or undoes the act, names it definitely in the past or names whose act
    it is ('aims to curb attacks', 'planned the September 11 attacks', 'considers Russia's invasion a violation';
    not 'gaining their support'). Not past a verb of saying (`saying`: a report states facts), another noun ('revenge
    for attacks', 'the anniversary of the invasion': acts that were), a verb's or another word's prepositional phrase
    ('seeking damages for his arrest', 'to hold X accountable for the invasion') or a phrase that only sets the act
    ('as planned'); nor a planning done ('the strategy was planned with', 'one of many protests planned')."""
    x = trig
    for step in range(5):
        if x.dep_ not in _COMPLEMENTS or x.head.i == x.i:
            return False
        if x.dep_ == "dobj" and (step or x.pos_ != "NOUN" or x.head.lemma_.lower() in STOPPING
                                 or _past_and_definite(x) or any(c.dep_ == "poss" and c.pos_ != "PRON"
                                                                 for c in x.children)):
            return False
        if x.dep_ == "prep" and (x.lower_ in _SETTING or x.head.pos_ not in ("NOUN", "ADJ")
                                 or x.head.lemma_.lower() not in AIMING):
            return False
        x = x.head
        lemma = x.lemma_.lower()
        if lemma in saying:
            return False
        if x.pos_ in ("VERB", "NOUN", "ADJ") and lemma in AIMING and (lemma != "interest" or x.pos_ == "NOUN") \
                and (lemma not in _SEEKING_VERBS or x.pos_ == "VERB"):
            return not (x.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in x.children))
        if x.pos_ in ("NOUN", "PROPN"):
            return False
    return False


def irrealis_governor(trig: Token, gov: Token | None) -> bool:
    """Whether `gov`, the word whose complement `trig` is, makes it an act not (yet) done: an aim, wish, request,
    plan or permission ("urged X to withdraw"), or a suggestion or insistence that it be done ("suggested that he
    resign", "insisted that the union agree"; not "suggested that X ordered it")."""
    if gov is None:
        return False
    lemma = gov.lemma_.lower()
    # of a light verb's object, the light verb's mood ('insisted that X launch strikes')
    verb = (light_verb_of(trig) or trig) if trig.pos_ == "NOUN" else trig
    if lemma in PLOTTING:
        return infinitive(trig)
    return lemma in IRREALIS_GOVERNORS or lemma in MANDATIVE and subjunctive(verb)


def subjunctive(verb: Token) -> bool:
    """A clause's verb in the mandative subjunctive: a base form with a subject of its own and no auxiliary ("that
    he resign", "that the troops be withdrawn"); the tagger may call the base form a present ("he resign": a present
    with a singular third person subject is none)."""
    kids = list(verb.children)
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in kids):
        kids = [c for c in kids if c.dep_ != "auxpass"]
        base = True
    else:
        base = verb.tag_ == "VB"
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or verb.dep_ != "ccomp" or any(c.dep_ in ("aux", "auxpass") for c in kids):
        return False
    return base or verb.tag_ == "VBP" and (subj.tag_ in ("NN", "NNP") or subj.lower_ in ("he", "she", "it"))


def governor(trig: Token) -> Token | None:
    """The verb, adjective or noun whose complement the trigger is ("plans to send", "agreement to let", "a
    plan for withdrawing"; not "accused the authorities of capturing X", whose authorities are people),
    also of a coordinated verb of the same form ("refused to confirm or deny"). A to-infinitive the
    parser hangs from a verb whose object is an offer, plan or the like ("followed his offer last year
    to support Haiti") completes that noun."""
    if trig.dep_ == "xcomp" and infinitive(trig):
        obj = next((c for c in trig.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                    and c.lemma_.lower() in IRREALIS_GOVERNORS and c.i < trig.i), None)
        if obj is not None:
            return obj
    first = trig
    while first.dep_ == "conj" and first.head.i != first.i:  # "refused to withdraw or negotiate": as the first
        first = first.head
    if first.i != trig.i and first.dep_ in ("xcomp", "ccomp", "acl") and first.head.i != first.i \
            and first.tag_ == trig.tag_:  # not "promised to represent them and thanked Y": a verb of its own
        return first.head
    if trig.dep_ in ("xcomp", "ccomp", "acl") and trig.head.i != trig.i:
        return trig.head
    light = light_verb_of(trig) if trig.pos_ == "NOUN" else None
    if light is not None and light.dep_ in ("xcomp", "ccomp") and light.head.i != light.i \
            and light.head.lemma_.lower() not in CARRYING_OUT:
        # the object of a light verb is its predicate, in the light verb's clause: "required X to hold talks",
        # "plans to launch an inquiry"; not a verb of carrying it out ("began imposing a blockade": it happened)
        return light.head
    if trig.pos_ == "NOUN" and trig.dep_ == "dobj" and trig.head.pos_ == "VERB" \
            and trig.head.lemma_.lower() in AWAITED_OBJECT and not _past_and_definite(trig):
        return trig.head  # "is planning an attack", "wants the withdrawal of the troops", "requires the approval of"
    noun = trig.head.head if trig.dep_ in ("pobj", "pcomp") and trig.head.dep_ == "prep" else None
    lemma = noun.lemma_.lower() if noun is not None else None
    if noun is not None and trig.head.lower_ in ("for", "of", "on", "to") and noun.pos_ == "NOUN" \
            and lemma in IRREALIS_GOVERNORS and not (lemma == "authority" and noun.tag_ == "NNS"):
        return noun  # "a timetable for pulling out", "calls for his resignation", "plans for a strike": not done
    if trig.dep_ == "pobj" and trig.head.dep_ == "prep" and trig.head.lower_ in ("in", "on", "for", "to"):
        # "preparing to engage in talks", "called for talks": the noun hangs from the complement or the verb
        verb = trig.head.head
        if verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i:
            return verb.head
    return None


def is_purpose(trig: Token) -> bool:
    """An infinitive of purpose or a relative infinitive: "to help", "a contingent to assist"."""
    if trig.dep_ in ("advcl", "acl", "relcl") and infinitive(trig):
        return True
    return trig.dep_ == "pcomp" and trig.head.lower_ in ("at", "for") and trig.head.head.lemma_.lower() in (
        "aim", "target", "design", "intend")


# Marks that end the clause a word is in, before or instead of a sentence's end: a question mark then asks
_CLAUSE_ENDS = {".", "!", "?", ":", ";", "(", '"', "'", "...", "\u2026", "\u201c", "\u201d", "\u2018", "\u2019"}


def is_question(trig: Token) -> bool:
    """In a sentence that asks ("Will Iran attack?"), or in a clause that does, which the parser may join to another
    sentence ("WN: Did the army arrest him? JS: No."): the first mark after the word that ends a clause is a question
    mark in its sentence, with no quotation or parenthesis opening before it."""
    if trig.sent[-1].text == "?":
        return True
    return next((t.text for t in trig.doc[trig.i + 1:trig.sent.end] if t.text in _CLAUSE_ENDS), None) == "?"
