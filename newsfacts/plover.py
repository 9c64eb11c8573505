"""The PLOVER trigger lexicon: event types by trigger lemma (verbs and event nouns)."""
from __future__ import annotations

# PLOVER event types by trigger lemma (verbs and event nouns). Patterns that change the type
# (future or offered action -> AGREE, negation drops the event) live in newsfacts.events.
PLOVER_LEXICON: dict[str, str] = {}
for _type, _words in {
    "AGREE": "agree offer promise propose pledge vow commit volunteer accept proposal offer promise "
             "pledge commitment agreement",
    "CONSULT": "meet visit host talk negotiate discuss consult call_on confer meeting talks visit summit "
               "negotiation negotiations conference consultation dialogue",
    "SUPPORT": "support approve ratify sign formalize formalise endorse praise welcome recognize recognise "
               "back greenlight greenlit applaud commend congratulate thank confirm hail laud ratification "
               "approval endorsement signing recognition",
    "CONCEDE": "pardon concede ease yield amnesty",
    "COOPERATE": "cooperate collaborate join partner ally coordinate cooperation collaboration partnership "
                 "alliance",
    "AID": "aid assist help donate provide send supply fund rescue evacuate shelter assistance donation "
           "relief evacuation",
    "RETREAT": "withdraw release free disarm resign retreat evacuate_from surrender withdrawal release "
               "resignation flee",
    "REQUEST": "request ask appeal demand urge call_for order petition seek plead request appeal demand "
               "call",
    "ACCUSE": "accuse criticize criticise condemn blame allege charge sue investigate denounce "
              "criticism condemnation accusation investigation allegation lawsuit probe",
    "REJECT": "reject refuse veto deny oppose dismiss rebuff rejection refusal veto denial",
    "THREATEN": "threaten warn threat warning ultimatum",
    "PROTEST": "protest demonstrate march riot strike boycott rally protest demonstration riot boycott rally",
    "SANCTION": "sanction expel suspend ban convict sentence embargo shun boycott_of sanction sanctions "
                "expulsion suspension embargo conviction",
    "MOBILIZE": "deploy mobilize mobilise station patrol reinforce deployment mobilization",
    "COERCE": "arrest detain seize imprison jail deport censor raid confiscate arrest detention seizure "
              "crackdown curfew deportation raid",
    "ASSAULT": "attack kill bomb shoot assault abduct kidnap torture execute wound injure invade shell "
               "murder massacre ambush liberate attack bombing shooting assault killing invasion massacre "
               "ambush airstrike",
}.items():
    for _w in _words.split():
        PLOVER_LEXICON.setdefault(_w, _type)
