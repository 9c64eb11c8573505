"""Who said a quote: the cue verb around it and its subject, or a lead-in without a verb, resolved to a
local actor through names, appositions, the owner of a statement and the shared coreference helper.

A verb of saying in the quote's context gives the speaker: its subject, or the agent of a passive
("described by MI5"), climbing from participles ("by stating", "adding") to the verb they hang on;
"according to X" gives X; "X said:" / "X:" lead-ins and dash attributions ("- X") too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Doc, Token

from newsfacts.actors import COUNTRY, ORG, PERSON, LocalActor
from newsfacts.coref import Coref
from newsfacts.lexicon import (ORG_NOUNS, PERSON_HEADS, QUOTE_VERBS, ROLE_WORDS, TITLE_WORDS,
                               UTTERANCE_NOUNS, authored_by, states_in)
from newsfacts.nlp import conjuncts, participle_agents, text_of
from newsfacts.quotes.context import post_context, pre_context, stands_alone
from newsfacts.quotes.spans import TERMINAL, QuoteSpan, in_any, quoted_regions

_RELATIVE = {"who", "which", "that", "whom"}
_DASHES = "\u2014\u2013\u2015-"  # a credit line after a quote: "..." - Jane Doe


def _owned_or_denied(noun: Token) -> bool:
    """A noun with an owner other than a possessive pronoun ('Roe's claim', 'the view of Roe', 'claims by Roe'), or
    denied ('no hope')."""
    return any(c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ == "prep" and c.lower_ in ("of", "by", "from")
               or c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


# verbs that make one's own view known: the view's 'that' clause is one's own words ('expressed hope that'), unlike
# verbs of saying, whose object may be another's words ('denied reports that', 'confirmed the claim that')
_EXPRESSING = {"express", "voice", "reiterate", "share", "convey"}


@dataclass
class Attribution:
    speaker_text: str | None
    local: int | None
    cue: str | None
    strong: bool  # false for a phrase that names no one ("the website", a passive without agent)
    verb: Token | None = None
    for_body: bool = False  # `local` is the one an unnamed speaker speaks for ('a Hamas spokesman': `Said`)


class Said(NamedTuple):
    """A speaker phrase resolved: its text, the local actor, whether it names someone (`strong`), and whether
    that actor is only the one an unnamed person speaks for, a body, a state or a person ('a White House
    spokesperson', 'U.S. officials', 'Syria's foreign minister' where no holder is named, 'a spokesman for Romney'):
    GOLD makes such a speaker no named actor."""
    text: str | None
    local: int | None
    strong: bool
    for_body: bool = False


SCARE_MAX_WORDS = 4  # a fragment this short, mid-sentence and with no speaker, is a scare quote


def scare_sized(text: str, span: QuoteSpan) -> bool:
    """A fragment short enough to be a scare quote where nothing says whose words it is: a few words inside a
    sentence, not ending it nor standing as a sentence of its own."""
    words = text[span.start:span.end]
    return len(re.findall(r"\w+", words)) <= SCARE_MAX_WORDS and words.rstrip()[-1:] not in TERMINAL + "," \
        and not stands_alone(text, span)


# verbs whose clause of content is what their subject learned, perceived or holds in doubt, which came from someone
# else: words quoted there are not the subject's ('learned that the board had "no intention ..."')
_RECEIVING = {"learn", "hear", "know", "discover", "realize", "realise", "notice", "read", "see", "doubt", "forget",
              "remember", "understand"}
# subject pronouns of a thing as often as of a body: 'they require that ...' of rules, 'it says' of a text
_THING_PRONOUNS = {"it", "they", "this", "that", "these", "those"}

# Verbs that attribute words without saying anything more ('said', 'added', 'remarked'), unlike those that tell of
# a new act of speech ('responded to the news', 'called for', 'commented on the deal'); and the prepositions that
# only set the scene of saying ('said in an interview', 'remarked at the ceremony')
_BARE_CUES = {"say", "add", "remark", "state", "mention", "note", "write", "explain"}
_SETTING_PREPS = {"in", "at", "during", "after", "before", "on"}
# participles that comment on what their clause reports ('..., stating', '..., adding'), not the manner of speaking
# of someone in it ('..., shouting', '..., pleading')
_COMMENTING = {"say", "state", "add", "note", "explain", "argue", "claim", "insist", "comment", "remark", "write"}
_PERSONAL = {"i", "we", "you", "he", "she", "they"}
# pronouns that refer to someone who speaks ('she said', 'according to its website'), unlike 'it', a demonstrative
# ('had this to say', 'this indicated') or an indefinite ('another asked', 'some said', 'somebody says'): a cue with
# one of those as subject names no speaker, and a cue beside it that names one is the quote's ('"...," one pilot
# said; another asked "..."'); in the 5,000 articles 16 quotes change so, 11 rightly
_SPEAKING_PRONOUNS = _PERSONAL | {"me", "him", "her", "us", "them", "my", "your", "his", "our", "its", "their"}
_PERSON_PRONOUNS = _SPEAKING_PRONOUNS - {"its"}  # of those, a person's


def _person_subject(clause: Token) -> bool:
    """Whether a clause's subject is a person: a person's name, a personal pronoun, a noun of a person."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (subj.ent_type_ == "PERSON" or subj.lower_ in _PERSONAL
                                 or subj.lemma_.lower() in PERSON_HEADS)


def tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="contract") if end > start else None
    return list(span) if span is not None else []


# Verbs that pass on someone's words "as saying": the one quoted, cited or reported is the speaker, not
# the outlet ("Reuters quoted X as saying", "X was quoted as saying"; 167 such phrases in the corpus).
_QUOTING = {"quote", "cite", "report"}


def quoted_one(verb: Token, in_quote=lambda tok: False) -> Token | None:
    """The object of 'quoted/cited/reported X as saying' or the subject of 'X was quoted as saying', for the
    cue 'saying' or the quoting verb itself. 'Quote' names the one whose words it passes on without 'as saying'
    too, where that one is a name, a person's pronoun or a noun of a person: its object ('the paper quoted X'),
    or its passive subject ('X was quoted by Reuters'), never the outlet; of an utterance it quotes, the
    utterance's owner ('quoted his remarks'); a word of the quotation is no speaker. A participle of saying
    beside the quoting verb counts as 'as saying' ('X was quoted saying', 'the paper quoted X saying ..., adding'),
    but not one of its own ('the paper quoted X, adding': the paper adds)."""
    own = None  # a participle of the quoting verb's own subject ('the paper quoted X, adding'), not of saying
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        verb = verb.head.head
    elif verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "advcl", "acl") and verb.head.lemma_.lower() == "quote":
        own, verb = (verb if verb.lemma_.lower() not in ("say", "tell") else None), verb.head
    elif verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.dep_ == "dobj" \
            and verb.head.head.lemma_.lower() == "quote":
        verb = verb.head.head  # 'the paper quoted X saying'
    lemma = verb.lemma_.lower()
    saying = any(c.dep_ == "prep" and c.lower_ == "as" and any(
        g.dep_ == "pcomp" and g.lemma_.lower() in QUOTE_VERBS for g in c.children) for c in verb.children)
    if lemma not in _QUOTING or not (saying or lemma == "quote"):  # not "reported the vote as a clear win"
        return None
    one = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and not in_quote(c)), None)
    if one is None:
        return None
    saying = saying or any(c.tag_ == "VBG" and c.lemma_.lower() in ("say", "tell")
                           for c in [*verb.children, *one.children])
    if saying:
        return one
    if own is not None:
        return None
    if {one.lemma_.lower(), one.lower_} & UTTERANCE_NOUNS:
        return next((c for c in one.children if c.dep_ == "poss"), None)
    return one if _names_someone(one) else None


def _names_someone(tok: Token) -> bool:
    """A name, a person's pronoun, or a noun of a person ('the minister', 'a farmer')."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
        or tok.lower_ in _PERSON_PRONOUNS \
        or tok.lemma_.lower() in PERSON_HEADS


_NAMES = ("ORG", "PERSON", "GPE", "NORP")  # named-entity labels of words that may name a text's author


def _inverted_subject(verb: Token) -> Token | None:
    """The subject after its verb, which the parser takes for the verb's object, where a verb of saying follows the
    closing quotation mark ('"...," added Rice', '"...," warned the minister', '"...," chanted crowds'): no
    participle, not 'tell' (whose object is whom one tells), no subject or other complement after the verb
    ('ordered the ship to steer' is no inversion; a word of the quotation that the parser hangs on the verb does
    not count), and the object right after it, a name or a noun without an owner (not '"...," announced his
    resignation'). In the corpus 28 quotes change speaker, most of them from the speaker of the quote before to
    the one named after the verb ('"...," added the FDIC', '"...," remarked Representative John Spratt'). A text
    that says it ('"...," read a statement issued by X', '"...," added the statement') speaks for its author only
    where its phrase names it ('issued by X', 'the council's'); 'read the press release' alone is the text another
    sentence attributed ('the White House urged ... in a statement'), whose speaker stays the one found so."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    closing = verb.i >= 2 and (doc[verb.i - 1].is_quote or doc[verb.i - 1].text == "," and doc[verb.i - 2].is_quote)
    if not closing or verb.tag_ in ("VBG", "VBN") or lemma not in QUOTE_VERBS or lemma == "tell" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "xcomp", "ccomp", "dative") and c.i > verb.i  # (what the parser
                   for c in verb.children):  # hangs on it before it is the quotation's)
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != verb.i + 1:
        return None
    if obj.lemma_.lower() in UTTERANCE_NOUNS:
        named = any(t.ent_type_ in _NAMES for t in obj.subtree if t.i != obj.i) or any(
            c.dep_ == "poss" for c in obj.children)
        return obj if named else None
    if lemma == "read":
        return None
    return obj if obj.pos_ in ("PROPN", "NOUN") and not any(c.dep_ == "poss" for c in obj.children) else None


def cue_subject(verb: Token, in_quote=lambda tok: False) -> tuple[Token | None, bool]:
    """The speaker token of a cue and whether the cue had a subject slot at all.

    Where the parser gives a verb two subjects, one is misplaced: a word of the quotation (`in_quote`), or a
    heading's punctuation ('== The agency reports'); the speaker is the other."""
    quoted = quoted_one(verb, in_quote)
    if quoted is not None:
        return quoted, True
    inverted = _inverted_subject(verb)
    if inverted is not None:
        return inverted, True
    if verb.lower_ == "according":
        to = next((c for c in verb.children if c.lower_ == "to"), None)
        if to is None and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "to":
            to = verb.doc[verb.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"] if to is not None else []
        # several objects are one noun phrase the parser cut apart ('according to Acme vice-chairman Jane Roe',
        # 'to Maj. Gen. X'): its head is the last, where that is a name (9 such phrases in the corpus); the parser
        # may hang the name on 'according' itself ('according to committee member and MP Jane Roe the ...')
        objs += [c for c in verb.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON" and objs and c.i > objs[-1].i]
        obj = objs[-1] if len(objs) > 1 and objs[-1].pos_ == "PROPN" else (objs[0] if objs else None)
        return obj, True
    tok = verb
    for _ in range(5):
        if tok is not verb and verb.lemma_.lower() in _COMMENTING and verb.tag_ == "VBG" and tok.dep_ == "ccomp" \
                and tok.head.lemma_.lower() in QUOTE_VERBS and tok.head.lemma_.lower() not in _QUOTING \
                and not _person_subject(tok):
            # a participle of comment in a reported clause about no person is the reporter's ('He added Acme may
            # gain, stating "..."'): the clause's subject did not say it; but a person in the clause may have said
            # it ('Police said the man threatened staff, saying "..."'), and an outlet's report passes on another's
            # words ('Reuters reported that the minister denied it, saying "..."')
            tok = tok.head
            continue
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is not None:
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj, True
        subjs = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        subj = next((c for c in subjs if not c.is_punct and not in_quote(c)), subjs[0] if subjs else None)
        if len(subjs) == 2 and subj is subjs[0] and subjs[1].ent_type_ == "PERSON" and subjs[1].i < tok.i \
                and all(t.dep_ in ("aux", "neg", "advmod") for t in tok.doc[subjs[1].i + 1:tok.i]) \
                and not subjs[1].like_url and "/" not in subjs[1].text:
            # the second is a person's name right before the verb (or its auxiliaries), the first the title the
            # parser cut from it ('party spokesperson and senator Jane Roe said', 'senior curator Jane Roe has said')
            subj = subjs[1]
        if subj is not None:
            owner = _having_to_say(tok, subj)
            if owner is not None:
                return owner, True
            if (subj.dep_ == "nsubjpass" and tok.i == verb.i) or subj.dep_ == "expl" or \
                    (subj.lower_ == "it" and subj.dep_ == "nsubjpass"):
                return None, False  # "is described as", "it was stated": no speaker in the clause
            if subj.lower_ in _RELATIVE and tok.dep_ == "relcl":
                noun = tok.head
                if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
                    # 'Jane Roe, a spokeswoman for X who also said ...': who is the person the title is apposed to
                    # (8 relative clauses of a speech verb so in the corpus)
                    noun = noun.head
                return noun, True
            return subj, True
        if tok.dep_ in ("ccomp", "parataxis"):
            return None, True  # a cue inside a reported clause does not take the main subject
        if tok.head.i == tok.i:
            return None, True
        tok = tok.head
    return None, True


# what one 'has to say' in the idiom that introduces one's words ('X had this to say: "..."')
_SAID_THING = {"this", "that", "these", "following", "something", "much", "plenty", "little"}


def _having_to_say(verb: Token, subj: Token) -> Token | None:
    """The subject of 'have' in 'X had this to say: "..."', where the parser makes 'this' the subject of the
    infinitive 'to say' (6 such phrases in the 5,000 articles, 3 of them so parsed): X says it, not 'this'."""
    head = verb.head
    if head.lemma_.lower() != "have" or verb.dep_ not in ("ccomp", "xcomp") \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or subj.lower_ not in _SAID_THING:
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


def speaker_tokens(doc: Doc, head: Token, verb: Token | None) -> tuple[int, int]:
    """Token range [lo, hi) of the speaker phrase: the head's subtree without relative clauses."""
    described = [head] + [c for c in head.children if c.dep_ == "appos"]  # 'Jane Roe, a spokeswoman who said'
    drop = {t.i for n in described for c in n.children if c.dep_ in ("relcl", "acl") and c.i > n.i for t in c.subtree}
    toks = [t for t in head.subtree if t.i not in drop]
    if verb is not None:  # a phrase before its verb ends before the verb
        toks = [t for t in toks if t.i < verb.i or verb.i < head.i] or [head]
    lo, hi = toks[0].i, toks[-1].i + 1
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    return (lo, hi) if hi > lo else (head.i, head.i + 1)


# entity labels of a modifier that makes a title someone else's ('the Labor leader', 'the UN envoy')
_NAMED = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}


def _titled_only(subj: Token) -> bool:
    """'the Prime Minister', 'the Chief Justice': a definite title whose modifiers are its own words (the
    tagger takes 'Prime' for a proper noun), no named body's."""
    mods = [c for c in subj.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    det = next((c.lower_ for c in subj.children if c.dep_ == "det"), None)
    return det == "the" and subj.tag_ not in ("NNS", "NNPS") and bool(mods) \
        and not any(c.ent_type_ in _NAMED or c.dep_ == "poss" for c in mods)


# what 'continue' takes where it goes on with something else than the quotation
_CONTINUED = {"xcomp", "dobj", "ccomp", "prep", "acomp", "attr", "advcl", "pcomp", "npadvmod", "oprd"}


class Speakers:
    """Attribution of the quotes of one document."""

    def __init__(self, doc: Doc, actors: list[LocalActor], spans: list[QuoteSpan]):
        self.doc, self.actors, self.spans = doc, actors, spans
        self.text = text_of(doc)
        # a verb inside quotation marks cues no other quote, also where the marks hold no quote of their own: a title
        # or a slogan of two words or more ('"Tell Me Lies Again"', '"Where Eagles Dare"'); of those marks only the
        # ones that hug their words, as a mark with a space inside is another quote's lost opening or closing one
        # ('... budget," he said. "The ...'); one quoted word may be the sentence's own verb ('Roe "warned" that')
        self.marked = spans + [r for r in quoted_regions(self.text) if r.close_at >= 0 and r.end > r.start
                               and not self.text[r.start].isspace() and not self.text[r.end - 1].isspace()
                               and len(self.text[r.start:r.end].split()) >= 2]
        self.coref = Coref(doc, actors, spans, any_body=True)
        self._kind = {a.local_id: a.actor_type for a in actors}

    def mentions_in(self, start: int, end: int, types=(PERSON, ORG, COUNTRY)) -> list[tuple[int, LocalActor]]:
        return sorted(((m.start, a) for a in self.actors if a.actor_type in types for m in a.mentions
                       if start <= m.start and m.end <= end), key=lambda x: x[0])

    def _phrase(self, subj: Token, verb: Token | None) -> tuple[int, int]:
        """Character range of the speaker phrase; a name right after it belongs to it
        ("The Foreign Affairs Spokesman, Kevin Rudd said")."""
        doc = self.doc
        lo, hi = speaker_tokens(doc, subj, verb)
        if verb is not None and verb.i > subj.i:
            end_char = doc[hi - 1].idx + len(doc[hi - 1].text)
            for start, a in self.mentions_in(end_char, verb.idx, (PERSON,)):
                if re.fullmatch(r"[\s,]*", self.text[end_char:start]):
                    m_end = max(m.end for m in a.mentions if m.start == start)
                    while hi < verb.i and doc[hi].idx < m_end:
                        hi += 1
                    break
        return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)

    def resolve(self, subj: Token, verb: Token | None = None, depth: int = 0,
                last_speaker: int | None = None) -> Said:
        """The speaker phrase of a speaker head token resolved: its text, local actor id, strength and `for_body`.

        Names resolve through the actor mentions that cover the phrase's head or its apposition;
        "X's statement" to X; pronouns, titles and organization nouns through the coreference helper.
        `strong` is false for a phrase that names no one. A title whose holder is not named but whose body is
        ('a Hamas spokesman', 'the Pentagon spokesman', 'a spokesman for the ministry', 'UN envoys') gives that
        body marked `for_body`: as the author of a report the body itself (depth > 0), as a speaker no named one.
        """
        start, end = self._phrase(subj, verb)
        text = self.text[start:end]
        kind = Coref.kind(subj)
        if kind == "pronoun":  # a personal pronoun refers to a speaker; 'it', 'this', 'another', 'some' name none
            return Said(subj.text, self.coref.resolve(subj, last_speaker), subj.lower_ in _SPEAKING_PRONOUNS)
        named = self._named(subj, start, end)
        if named is not None:
            return Said(text, named[0], named[1])
        if subj.lemma_.lower() in UTTERANCE_NOUNS and depth < 2:
            return self._owner(subj, text, depth)
        if kind is None and subj.pos_ == "NOUN" and (found := self.coref.resolve(subj, last_speaker)) is not None:
            return Said(text, found, True)  # a noun the text described a named person by ('the hacker')
        if kind is not None:
            found = self.coref.resolve(subj, last_speaker)
            if found is None and kind == "title" and _titled_only(subj):  # 'the Prime Minister said'
                found = self.coref.salient_person(subj.idx, title_word=subj.lemma_.lower(), last_speaker=last_speaker)
            if found is None and depth == 0 and kind == "title":  # 'a spokesman for Romney': no one named, for him
                found = next((a.local_id for at, a in self.mentions_in(start, end, (PERSON,))
                              if self._object_of(a.mentions, at)), None)
                if found is not None:
                    return Said(text, found, True, True)
            for_body = depth == 0 and kind == "title" and found is not None and self._kind[found] != PERSON
            if for_body and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
                # a definite title of the body: the one named earlier holding it ('the Taliban spokesman added')
                holder = self.coref.body_holder(subj, found)
                if holder is not None:
                    return Said(text, holder, True)
            return Said(text, found, True, for_body)
        bare = subj.pos_ == "PROPN" or subj.is_title and not any(c.dep_ == "det" for c in subj.children)
        # an honorific or title before the name does not make it less bare ('said Mr Okafor')
        titled = all(t.lower_.rstrip(".") in TITLE_WORDS for t in tokens_in(self.doc, start, subj.idx))
        if bare and (end - start <= len(subj.text) + 1 or titled and subj.idx + len(subj.text) >= end - 1
                     or subj.pos_ == "PROPN" and self._name_then_aside(subj, start)):
            # a bare name no mention covers, which NER missed or a typo spells: the one person the document
            # names so ('Dion said' for Stéphane Dion; 'Mandleson told' for Peter Mandelson); a capitalized
            # word the tagger took for a common noun ('Travers', 'Banks') only where a person's name has it
            found = self.coref.by_word(subj.text, variants=subj.pos_ == "PROPN")
            if found is None and subj.pos_ == "PROPN":  # or the one body named so ('Ofgem said')
                found = self.coref.body_named(self.text[start:end])
            if found is not None:
                return Said(text, found, True)
        inner = self.mentions_in(start, end)
        if inner and subj.pos_ == "PROPN":
            return Said(text, inner[-1][1].local_id, True)
        return Said(text, None, subj.pos_ == "PROPN" or bool(subj.ent_type_))

    def _name_then_aside(self, subj: Token, start: int) -> bool:
        """Whether the speaker phrase is a one-word name set off by a comma from what describes it, which opens the
        phrase: 'Dion, a former environment minister, told', 'Cole, who gave evidence, said' (a name NER missed: in
        the 5,000 articles 3 quotes so had no speaker, their one-word name a person's surname in the document)."""
        doc = self.doc
        return subj.idx == start and subj.i + 1 < len(doc) and doc[subj.i + 1].text == "," and any(
            c.dep_ in ("appos", "relcl", "acl") and c.i > subj.i for c in subj.children)

    def _named(self, subj: Token, start: int, end: int) -> tuple[int | None, bool] | None:
        """(actor, strong) where the phrase names its speaker: the head's own mention, an apposed name
        ("Chile's Foreign Minister, Ernesto Valdivia"), a person after a title, a named entity."""
        head_actor = self.coref.covering(subj.idx, subj.idx + len(subj.text))
        if head_actor is not None:
            if self._kind[head_actor] == PERSON:
                return head_actor, True
            # an office or body that heads a phrase naming a person speaks through that person ('The Governor of
            # the Region, Jane Roe'; 'Chief of the Navy, Admiral John Doe'; 'Jane Roe, a Senate spokeswoman')
            person = self._person_named(subj, start, end)
            return (head_actor if person is None else person), True
        for c in subj.children:
            if c.dep_ == "appos":
                local = self.coref.covering(c.idx, c.idx + len(c.text))
                if local is not None:
                    return local, True
        if subj.lemma_.lower() in TITLE_WORDS | ROLE_WORDS:
            # a title that a name set off by a comma opens ('Jane Roe, South Korean trade minister, said'), however
            # the parser hung the name
            person = self._person_named(subj, start, end)
            if person is not None:
                return person, True
        person_after = [p for p in self.mentions_in(subj.idx, end, (PERSON,)) if p[0] > subj.idx]
        named_after = [p for p in person_after if not self._object_of(p[1].mentions, p[0])]
        if named_after and (subj.lemma_.lower() in TITLE_WORDS or subj.ent_type_ == "PERSON"):
            # not the one a preposition's object names: 'a spokesman for President Jane Roe' is not Jane Roe (GOLD:
            # an unnamed spokesman names no speaker)
            return named_after[0][1].local_id, True
        for m_start, a in person_after:
            # a role word heads the phrase and the name hangs from it by no preposition, however the parser hung it:
            # "activist and journalist Jane Roe said" (not "the lawyer for Jane Roe said")
            if subj.lemma_.lower() in ROLE_WORDS and self._name_of(a.mentions, m_start, subj):
                return a.local_id, True
        for m_start, a in reversed(person_after):
            # a name set off by a comma at the end of the phrase names whom it describes, however the parser hung
            # it: "A member of the group, Ahmad Yusuf, said"; not where a nearer noun of a person stands before the
            # comma, whom it names ("the brother of the jailed activist, Ali Hassan, said")
            m = next(m for m in a.mentions if m.start == m_start)
            k = m.tokens[0]
            if k >= 2 and self.doc[k - 1].text == "," and re.fullmatch(r"[\s,]*", self.text[m.end:end]) \
                    and not self._names_a_person(self.doc[k - 2], subj):
                return a.local_id, True
        if subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and subj.pos_ == "PROPN":
            inner = self.mentions_in(start, end)
            found = inner[-1][1].local_id if inner else self.coref.by_word(subj.text, variants=True)
            if found is None and Coref.kind(subj) not in (None, "pronoun") and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
                return None  # 'The Commission noted', tagged a name: the body the document named so, by coreference
            return found, True
        return None

    def _person_named(self, subj: Token, start: int, end: int) -> int | None:
        """The person a speaker phrase names as a whole, or None: a name that opens the phrase before a comma
        ('Jane Roe, a Senate spokeswoman'), or one that closes it after a comma or a title ('the Governor of the
        Region, Jane Roe'; 'Chief of the Navy Admiral John Doe') and is not the object of a preposition ('the lawyer
        for Jane Roe') nor set off after a nearer word for a person, whom it names ('the brother of the activist,
        Ali Hassan')."""
        for m_start, a in self.mentions_in(start, end, (PERSON,)):
            m = next(m for m in a.mentions if m.start == m_start)
            first, last = self.doc[m.tokens[0]], self.doc[m.tokens[1] - 1]
            if m_start == start and last.i + 1 < len(self.doc) and self.doc[last.i + 1].text == "," \
                    and self.doc[last.i + 1].idx < end:
                return a.local_id
            lead = self.text[start:m_start]
            if not re.fullmatch(r"[\s,.]*", self.text[m.end:end]) or first.i < 1 or lead.count("(") > lead.count(")"):
                continue  # not a name inside an aside the phrase opened: 'John Roe (Labor Party, Denison'
            if self._object_of(a.mentions, m_start):
                continue  # the one spoken for, though a title comes before it: 'a spokesman for President X'
            before = self.doc[first.i - 1]
            if before.text == "," and first.i >= 2 and not self._names_a_person(self.doc[first.i - 2], subj):
                return a.local_id
            if before.lower_.rstrip(".") in TITLE_WORDS | ROLE_WORDS or before.is_title and before.pos_ in (
                    "NOUN", "PROPN") and before.ent_type_ not in ("GPE", "LOC", "NORP"):
                return a.local_id
        return None

    def _object_of(self, mentions, char: int) -> bool:
        """Whether the person mentioned at `char` is the one a speaker acts for, the object of 'for' right after it
        or after a title ('a spokesman for Romney', 'a spokesman for Prime Minister Tony Blair', 'the lawyer for Jane
        Roe'), or so through a conjunct or a possessive ('a lawyer for Jane Roe and John Doe', 'a lawyer for Jane
        Roe's family'): GOLD gives such an unnamed speaker no speaker. Not a name after a body's or a place's name,
        which the parser takes into the object but which names the speaker ('Chief spokesman for the National Security
        Council Frederick Jones', 'candidate for the Fulham area of London Steven Tyler'), nor an object of 'of'
        ('Premier of Queensland Peter Beattie')."""
        m = next(m for m in mentions if m.start == char)
        tok = self.doc[m.tokens[0]:m.tokens[1]].root
        climbed = False
        while tok.dep_ in ("conj", "poss"):
            tok = tok.head
            climbed = True
        if tok.dep_ != "pobj" or tok.head.lower_ != "for":
            return False
        before = self.doc[m.tokens[0] - 1] if m.tokens[0] > 0 else None
        return climbed or before is not None and (before.i == tok.head.i or before.lower_.rstrip(".") in TITLE_WORDS)

    def _name_of(self, mentions, char: int, subj: Token) -> bool:
        """Whether the mention at `char` hangs from `subj` as a name does, through compounds, appositions and
        conjuncts only ('activist and journalist Jane Roe'; not 'the lawyer for Jane Roe', 'Jane Roe's son')."""
        tok = self.doc[next(m.tokens[0] for m in mentions if m.start == char)]
        while tok.i != subj.i:
            if tok.dep_ not in ("compound", "flat", "appos", "conj") or tok.head.i == tok.i:
                return False
            tok = tok.head
        return True

    def _names_a_person(self, tok: Token, subj: Token) -> bool:
        """Whether a word in a phrase hanging from the speaker phrase's head (not the head or a word coordinated
        with it) is a title or role word for a person, which a name set off after it may name ("the brother of the
        jailed activist, Ali Hassan"; "a relative of the late Kenyan leader, X"; not "the chief economist at the
        Institute"). A person's name there takes no second name: "a friend of Jane Roe, John Doe" is the friend."""
        if tok.i in {t.i for t in conjuncts(subj)}:
            return False
        return tok.lemma_.lower() in TITLE_WORDS | ROLE_WORDS

    def _owner(self, subj: Token, text: str, depth: int) -> Said:
        """The author of a statement: "A statement from the Media Center", "the ministry's statement",
        "a ministry statement"."""
        owners = [g for c in subj.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
                  for g in c.children if g.dep_ == "pobj"]
        owners += [c for c in subj.children if c.dep_ == "poss" and (c.pos_ != "PRON" or c.lower_ in ("its", "their"))]
        # a name before the noun, which the parser hangs as a compound or as a modifier ('The Amnesty International
        # annual report': 'International' nmod; not a date so hung, 'March 5, 2005 A ... report')
        owners += [c for c in subj.children if c.dep_ == "compound" and (
            c.pos_ == "PROPN" or c.lemma_.lower() in ORG_NOUNS) or c.dep_ == "nmod" and c.ent_type_ in _NAMES]
        # "a statement issued by the ministry", "the report released by X": the participle's agent
        owners += [g for a in participle_agents(subj) for g in a.children if g.dep_ == "pobj"]
        # "the ministry issued a statement which read": the subject of the verb of authoring it is the object of
        if subj.dep_ == "dobj" and authored_by(subj.head, subj):
            owners += [c for c in subj.head.children if c.dep_ == "nsubj"]
        for o in owners:
            o_text, o_local, o_strong, _ = self.resolve(o, None, depth + 1)
            if o_strong:
                if o.dep_ in ("compound", "nmod"):  # the owner phrase ends at the compound's own subtree
                    o_lo, o_hi = speaker_tokens(self.doc, o, None)
                    o_lo = min(o_lo, min((m.i for m in subj.children if m.i < o.i and m.dep_ in ("amod", "compound")),
                                         default=o_lo))
                    o_text = self.doc[o_lo:o_hi].text
                return Said(o_text, o_local, True)
        earlier = self._earlier_utterance(subj) if not owners and depth == 0 else None
        if earlier is not None:  # "The report concludes": the author of the report named earlier
            return Said(text, earlier, True)
        return Said(text, None, False)

    def _earlier_utterance(self, subj: Token) -> int | None:
        """The author of the same kind of text named earlier ("In a report released today, the UN envoys
        reported ..." for a later "the report"): its owner, else the subject of the verb of saying or
        publishing whose clause it sits in, or that states in it what it found ('In a report, X found that ...';
        `lexicon.states_in`, as for events: `events.roles._author`)."""
        lemma = subj.lemma_.lower()
        # a proper noun too: the head of a text's title ('its annual World Outlook Report')
        for tok in self.coref.earlier_mentions(subj):
            if tok.pos_ == "NOUN":  # a title's words name its subject, not its author ('Report on Gender Equality')
                _, local, strong, _ = self.resolve(tok, None, 1)
                if strong and local is not None:
                    return local
            verb = tok.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            stated_in = tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.i == verb.i and states_in(verb)
            if verb.lemma_.lower() not in QUOTE_VERBS and not authored_by(verb, tok) and not stated_in:
                continue  # 'Fatah and Hamas signed a document': signing is no authoring
            agent, _ = cue_subject(verb)
            if agent is not None and agent.lemma_.lower() != lemma:
                _, local, strong, _ = self.resolve(agent, verb, 1)
                return local if strong else None
        return None

    def _left_name(self, verb: Token) -> Token | None:
        """A named actor standing right before a verb the parser left without subject ("..., Doe, denied")."""
        doc = self.doc
        j = verb.i - 1
        while j >= 0 and (doc[j].dep_ in ("aux", "auxpass", "neg", "advmod") or doc[j].text == ","):
            j -= 1
        if j < 0 or self.coref.covering(doc[j].idx, doc[j].idx + 1) is None:
            return None
        return doc[j]

    def _cues(self, start: int, end: int) -> list[Token]:
        return [tok for tok in tokens_in(self.doc, start, end) if not in_any(self.marked, tok.idx) and (
            tok.lower_ == "according" or (tok.lemma_.lower() in QUOTE_VERBS and tok.pos_ in ("VERB", "AUX")
                                          and not self._no_cue(tok)))]

    def _no_cue(self, tok: Token) -> bool:
        """A quote verb in a sense that introduces no quotation: 'continue' going on with something other than
        the quotation beside it ('continued to fight', 'continued its work', 'continues in Iraq'; not '"...,"
        she continued.'); 'rule out' and 'ruled the country', which rule on nothing."""
        if tok.lemma_.lower() == "rule":  # 'ruled Iraq with ...' governs: an object or a particle, no ruling
            return any(c.dep_ in ("prt", "dobj") for c in tok.children)
        return tok.lemma_.lower() == "continue" and (tok.tag_ == "VBG" or any(
            c.dep_ in _CONTINUED and not in_any(self.spans, c.idx) for c in tok.children))

    def _lead_in(self, start: int, end: int) -> Said | None:
        """A speaker phrase with no verb: "Doe: "..."", "Jane Doe, Channel 9: "..."" (the person, not the
        outlet), a transcript label "DOE: "..."", or a credit line ""..." - Doe"."""
        toks = [t for t in tokens_in(self.doc, start, end) if not t.is_space]
        people = self.mentions_in(start, end, (PERSON,))
        if people:
            at, person = people[0]
            return Said(next(m.text for m in person.mentions if m.start == at), person.local_id, True)
        named = [t for t in toks if t.pos_ == "PROPN" or t.lemma_.lower() in TITLE_WORDS or (t.is_upper and t.is_alpha)]
        if not named:
            return None
        head = named[-1] if toks[-1].text == ":" else named[0]
        while head.dep_ in ("compound", "flat") and head.head.i != head.i and head.head in toks:
            head = head.head
        if head.is_upper and len(head) > 1:  # a transcript label: the person whose name has this word
            local = self.coref.by_word(head.text)
            if local is not None:
                return Said(head.text, local, True)
        return self.resolve(head)

    def attribute(self, span: QuoteSpan, last_speaker: int | None = None) -> Attribution | None:
        """The attribution of one quote: a cue verb before or after it, else a lead-in, else a passive cue.

        A quote that ends open ("...," he said) looks after itself first; one that opens right after a cue's
        comma or colon ('Doe said, "..."') before itself first."""
        text = self.text
        pre_start = pre_context(text, span, self.spans)
        post_start, post_end, new_sentence = post_context(text, span, self.spans)
        pre = sorted(self._cues(pre_start, span.open_at), key=lambda t: span.open_at - t.idx)
        # after a quote only a finite verb attributes it ("...," he said), not "..., X went on saying"
        post = [] if new_sentence else [t for t in self._cues(post_start, post_end)
                                        if t.tag_ != "VBG" or t.lower_ == "according"]
        if new_sentence and (said := self._bare_cue_after(post_start, post_end)) is not None:
            post, new_sentence = [said], False
        lead = text[pre_start:span.open_at].rstrip()
        ends_open = text[span.start:span.end].rstrip()[-1:] in (",", ":", ";", "-") or not new_sentence and post
        # a cue right before the opening mark introduces the quote ('Doe said "...," the agency reported')
        introduced = bool(pre) and pre[0].idx + len(pre[0].text) == pre_start + len(lead)
        # or the quote is part of the clause it reports ('X said that this is "...," while Y said ...': X's words,
        # not Y's), unless a cue follows the closing mark at once, which names the one who said the words ('X said
        # the plan is "...," said Y, a spokesman for X')
        inside = bool(pre) and self._reported_in(span, pre[0]) and not (
            post and [t.i for t in tokens_in(self.doc, post_start, post_end)[:1]] == [post[0].i])
        pre_first = not ends_open or (pre and lead.endswith((",", ":"))) or introduced or inside
        got = self._from_cues(pre + post if pre_first else post + pre, last_speaker)
        if got is not None and got.speaker_text is not None:
            return got
        found = None
        if lead.endswith(":"):
            found = self._lead_in(pre_start, span.open_at)
        if found is None and text[post_start:post_end].lstrip()[:1] in _DASHES and not new_sentence:
            found = self._lead_in(post_start, post_end)
        if found is not None:
            return Attribution(found.text, found.local, None, found.strong, for_body=found.for_body)
        if got is None and not scare_sized(text, span):
            holder = self._holder(span)
            held = self._from_cues([holder], last_speaker) if holder is not None else None
            if held is not None and held.strong and held.local is not None:
                return held
        return got

    def _bare_cue_after(self, start: int, end: int) -> Token | None:
        """The verb of saying of a sentence right after a finished quote that says nothing of its own: its subject,
        then the verb, and no clause or object that would be what was said ('"...." Jane Roe said, commenting on
        the budget.'; not 'Jane Roe said the plan had failed.')."""
        toks = tokens_in(self.doc, start, end)
        if not toks or toks[0].sent.start != toks[0].i or self.text[start:end].rstrip()[-1:] not in TERMINAL:
            return None  # (a sentence that runs on into the next quote introduces that one: 'Roe added: "..."')
        root = toks[0].sent.root
        if root not in toks or root.pos_ != "VERB" or root.lemma_.lower() not in _BARE_CUES or root.tag_ == "VBG":
            return None
        kids = list(root.children)
        if not any(c.dep_ == "nsubj" and c.i < root.i for c in kids) \
                or any(c.dep_ in ("ccomp", "dobj", "xcomp", "attr", "dative", "conj") for c in kids) \
                or any(c.dep_ == "prep" and c.lower_ not in _SETTING_PREPS for c in kids):
            return None  # something said of its own ('called for talks', 'spoke of his friend', 'said and stressed')
        return root

    def _holder(self, span: QuoteSpan) -> Token | None:
        """The verb before a quote whose clause of content (its 'ccomp') holds the quote's words: what one believes,
        hopes, fears, holds or editorializes to be so is one's own view, and quotation marks in it give one's words
        ('Roe believes that the plan "will not survive the winter"', 'the paper editorialized that the law "ends a
        long injustice"'). Not a verb of learning, perceiving or doubting, whose clause came from another ('learned
        that the board had "no intention"'), nor a negated verb ('does not believe that ...'); not through a
        relative or adverbial clause or a noun's clause, which may report another's words ('questioned the claim
        that it was "a lapse"'), nor a participle that names a thing ('a fair entitled "..."'); and not a pronoun
        subject that may be a thing's ('They require that ...' of rules). The caller takes the verb's subject only
        where it resolves to an actor: a generic 'you' or 'I thought, "..."' of an interview names no one."""
        first = tokens_in(self.doc, span.start, span.end)[:1]
        if not first:
            return None
        tok = first[0]
        while tok.head.i != tok.i and tok.dep_ not in ("relcl", "acl", "advcl", "appos", "parataxis"):
            if tok.dep_ != "ccomp":
                tok = tok.head
                continue
            verb = tok.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if verb.pos_ != "VERB" or verb.i > first[0].i or verb.dep_ in ("acl", "amod") \
                    or verb.lemma_.lower() in _RECEIVING or any(c.dep_ == "neg" for c in verb.children) \
                    or subj is not None and subj.lower_ in _THING_PRONOUNS or in_any(self.marked, verb.idx):
                return None
            return verb
        return self._expressed(tok, first[0])

    def _expressed(self, clause: Token, first: Token) -> Token | None:
        """The verb that makes a view known whose object is the noun a 'that' clause holding the quote spells out:
        'expressed hope that "..."', 'voiced his concern that "..."', 'expressed her delight at the fact that "..."',
        'reiterated his view that "..."' (the view expressed is one's own; in the 5,000 articles 6 quotes so had no
        speaker). The noun is the verb's own object (or 'the fact' its object is at), with no owner of its own: not
        another's words the view is about ('expressed concern about reports that "..."', 'shared the view of X that
        "..."', 'the minister's claim that'), nor a view denied ('expressed no hope that')."""
        if clause.dep_ != "acl" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            return None
        view = clause.head
        if view.lemma_.lower() == "fact" and view.dep_ == "pobj" and view.head.dep_ == "prep":
            up = view.head.head  # 'delight at the fact that', the parser hanging 'at' on the noun or on the verb
            view = next((c for c in up.children if c.dep_ == "dobj"), None) if up.pos_ == "VERB" else up
        verb = view.head if view is not None else None
        if verb is None or view.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _EXPRESSING \
                or verb.i > first.i or any(c.dep_ == "neg" for c in verb.children) or in_any(self.marked, verb.idx) \
                or any(_owned_or_denied(n) for n in {view, clause.head}):
            return None
        return verb

    def _reported_in(self, span: QuoteSpan, verb: Token) -> bool:
        """Whether the quote's words lie in the clause a cue verb reports (its 'ccomp'): 'said that this is "..."'."""
        first = tokens_in(self.doc, span.start, span.end)[:1]
        if not first or first[0].i < verb.i:
            return False
        tok = first[0]
        while tok.head.i != tok.i:
            if tok.head.i == verb.i:
                return tok.dep_ == "ccomp"
            tok = tok.head
        return False

    def narrated(self, span: QuoteSpan) -> Attribution | None:
        """The speaker of the sentence just before a quote that reports speech without quoting it
        ('Knowles reported that there had been a second explosion. "No one survived."')."""
        first = tokens_in(self.doc, span.open_at, span.open_at + 1) or tokens_in(self.doc, span.start, span.end)[:1]
        if not first or first[0].sent.start == 0:
            return None
        prev = self.doc[first[0].sent.start - 1].sent
        if in_any(self.spans, prev.start_char) or any(s.open_at in range(prev.start_char, prev.end_char) for s in self.spans):
            return None
        got = self._from_cues(self._cues(prev.start_char, prev.end_char))
        return got if got is not None and got.strong and got.local is not None else None

    def _from_cues(self, cues: list[Token], last_speaker: int | None = None) -> Attribution | None:
        """The first cue whose subject names a speaker; else the first weak one; else a passive cue."""
        weak = passive = None
        for verb in cues:
            subj, has_slot = cue_subject(verb, lambda tok: in_any(self.spans, tok.idx))
            if subj is None and has_slot:
                subj = self._left_name(verb)
            if subj is None:
                if not has_slot and passive is None:
                    passive = Attribution(None, None, verb.text, False)
                continue
            if in_any(self.spans, subj.idx):
                continue
            speaker_text, local, strong, for_body = self.resolve(subj, verb, last_speaker=last_speaker)
            cue = verb.text if verb.lower_ != "according" else "according to"
            if strong:
                return Attribution(speaker_text, local, cue, True, verb, for_body)
            if weak is None:
                weak = Attribution(speaker_text, local, cue, False, verb, for_body)
        return weak or passive
