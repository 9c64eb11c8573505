"""The PLOVER trigger lexicon: event types by trigger lemma (verbs and event nouns), and the
word classes that the patterns of newsfacts.events use (light verbs, governors of intended
or permitted action, phrasal verbs)."""
from __future__ import annotations

# PLOVER event types by trigger lemma (verbs and event nouns). Patterns that change the type
# (future or offered action -> AGREE, negation drops the event) live in newsfacts.events.
PLOVER_LEXICON: dict[str, str] = {}
for _type, _words in {
    "AGREE": "agree offer promise propose pledge vow commit volunteer accept proposal offer promise "
             "pledge agreement deal accord",
    "CONSULT": "meet visit host talk negotiate discuss consult confer meeting talks talk visit summit "
               "negotiation negotiations conference consultation dialogue",
    "SUPPORT": "support approve ratify sign formalize formalise endorse praise welcome recognize recognise "
               "back greenlight greenlit applaud commend congratulate thank confirm hail laud vote "
               "ratification approval endorsement signing recognition praise",
    "CONCEDE": "pardon concede ease yield amnesty",
    "COOPERATE": "cooperate collaborate join partner ally coordinate cooperation collaboration extradite "
                 "extradition",
    "AID": "aid assist help donate provide send supply fund rescue evacuate shelter assistance donation "
           "evacuation",
    "RETREAT": "withdraw release free disarm resign retreat surrender withdrawal release resignation flee",
    "REQUEST": "request ask appeal demand urge order petition seek plead request appeal demand call",
    "ACCUSE": "accuse criticize criticise condemn blame allege charge sue investigate denounce contradict "
              "criticism condemnation accusation investigation allegation lawsuit probe",
    "REJECT": "reject refuse veto deny oppose dismiss rebuff snub spurn rejection refusal veto denial",
    "THREATEN": "threaten warn threat warning ultimatum",
    "PROTEST": "protest demonstrate march riot strike boycott rally protest demonstration riot boycott rally",
    "SANCTION": "sanction expel suspend ban outlaw proscribe convict sentence embargo shun sanction sanctions "
                "expulsion suspension embargo conviction ban",
    "MOBILIZE": "deploy mobilize mobilise station patrol reinforce deployment mobilization",
    "COERCE": "arrest detain seize imprison jail deport censor raid confiscate arrest detention seizure "
              "crackdown curfew deportation raid",
    "ASSAULT": "attack kill bomb shoot assault abduct kidnap torture execute wound injure invade shell "
               "murder massacre ambush liberate attack bombing shooting assault killing invasion massacre "
               "ambush airstrike",
}.items():
    for _w in _words.split():
        PLOVER_LEXICON.setdefault(_w, _type)

# Nouns that name an event (as opposed to a state or a thing): only these trigger as nouns.
EVENT_NOUNS = set("""
offer promise pledge proposal agreement deal accord
meeting talk talks visit summit negotiation conference consultation dialogue
ratification approval endorsement signing praise
cooperation collaboration extradition
assistance donation evacuation
withdrawal release resignation
request appeal demand call
criticism condemnation accusation investigation allegation lawsuit probe
rejection refusal veto denial
threat warning ultimatum
protest demonstration riot strike boycott rally
sanction expulsion suspension embargo conviction ban
deployment mobilization
arrest detention seizure crackdown curfew deportation raid
attack bombing shooting assault killing invasion massacre ambush airstrike
""".split())

# Verb + particle or preposition with a type of its own ("hand over suspects", "call for talks").
PHRASAL = {
    "hand_over": "COOPERATE", "turn_over": "COOPERATE", "call_for": "REQUEST", "call_on": "REQUEST",
    "crack_down": "COERCE", "step_down": "RETREAT", "pull_out": "RETREAT", "back_down": "RETREAT",
    "vote_for": "SUPPORT", "vote_against": "REJECT", "vote_down": "REJECT", "lash_out": "ACCUSE",
}

# Verbs that take an event noun as object and add little meaning: "gave warning", "held talks".
LIGHT_VERBS = {"give", "make", "issue", "hold", "launch", "conduct", "stage", "carry", "mount", "deliver",
               "lodge", "file", "reach", "express", "voice", "begin", "start", "open", "resume", "have",
               "announce", "impose", "level", "sign", "strike", "extend"}

# Verbs, adjectives and nouns whose complement is an action not (yet) done: aimed at, wished for,
# permitted, requested or promised ("aims to support", "let X negotiate", "asked to ratify").
IRREALIS_GOVERNORS = {
    "let", "allow", "permit", "enable", "aim", "seek", "want", "hope", "try", "attempt", "expect", "wish",
    "need", "plan", "prepare", "intend", "decide", "urge", "ask", "request", "order", "demand", "call",
    "encourage", "invite", "offer", "promise", "pledge", "vow", "agree", "propose", "refuse", "threaten",
    "about", "able", "ready", "willing", "likely", "consider", "effort", "bid", "attempt", "plan", "proposal",
    "decision", "right", "permission", "chance", "opportunity", "ability", "mandate", "authority", "move",
    "commit", "volunteer", "undertake", "begin", "fail",
}
# Of those, the ones whose subject thereby commits to the action: an AGREE of that subject.
AGREE_GOVERNORS = {"plan", "prepare", "intend", "decide", "offer", "promise", "pledge", "vow", "agree",
                   "propose", "volunteer", "commit", "undertake"}

# Event types that a negated future turns into a refusal ("will not hand over" -> REJECT).
CONCESSION_TYPES = {"AID", "RETREAT", "COOPERATE", "CONCEDE", "SUPPORT", "AGREE", "CONSULT"}

# Objects that make "move" a military deployment.
MILITARY_NOUNS = {"force", "forces", "troop", "troops", "soldier", "army", "tank", "warship", "unit",
                  "battalion", "brigade", "division", "police", "personnel", "contingent", "reinforcement",
                  "military", "artillery", "jet", "aircraft"}

# Verbs of meeting that need a counterpart: "met little resistance" is no meeting.
REQUIRES_PARTNER = {"meet", "visit", "host", "talk"}

# Triggers that, with a that-clause and no object, only report speech ("confirmed that ...").
SPEECH_SENSE = {"confirm", "concede", "acknowledge", "recognize", "recognise", "welcome", "accept", "deny"}

# Nouns that name the result of an act: an event only where someone reaches, signs or owns it.
RESULT_NOUNS = {"agreement", "deal", "accord", "ban", "sanction", "embargo", "curfew"}

# Commerce, not politics: an agreement, offer or plan to do these ("agreed to buy Telewest",
# "signed a contract with", "withdraw from the bid") is a business deal, not a PLOVER event.
COMMERCIAL_VERBS = {"buy", "sell", "acquire", "purchase", "merge", "pay", "license", "licence", "lease", "invest",
                    "market", "distribute", "sponsor", "price", "rent", "trade", "list", "hire", "manufacture",
                    "produce", "develop", "launch", "build"}
COMMERCIAL_NOUNS = {"contract", "lease", "licence", "license", "sponsorship", "merger", "takeover", "acquisition",
                    "purchase", "sale", "bid", "share", "stake", "stock", "saving", "dividend", "price", "order",
                    "franchise", "partnership", "product", "device", "market", "business"}
# Objects that make "join" a joint undertaking (COOPERATE) rather than a membership.
JOINT_NOUNS = {"mission", "operation", "coalition", "force", "forces", "alliance", "effort", "fight", "campaign",
               "talks", "negotiation", "war", "exercise", "patrol", "offensive", "investigation", "search",
               "rescue", "struggle", "battle"}
# Event types of cooperation, which between companies are commerce.
COOPERATIVE_TYPES = {"AGREE", "COOPERATE", "SUPPORT", "AID", "CONSULT"}

# Prohibitions whose passive without an agent is imposed by the states it holds in ("banned in India").
JURISDICTION_BANS = {"ban", "outlaw", "prohibit", "proscribe"}

# Verbs of giving that are aid only with a recipient ("provided troops to Haiti", not "provides a sandbox").
NEEDS_RECIPIENT = {"provide", "supply", "fund", "donate"}

# Verbs of release that are a concession only when people are let go ("released the hostages").
PEOPLE_OBJECT = {"release", "free"}
PEOPLE_NOUNS = {"prisoner", "hostage", "detainee", "captive", "soldier", "suspect", "journalist", "activist",
                "people", "civilian", "person", "man", "woman", "child", "worker", "member", "leader",
                "inmate", "protester", "opponent", "dissident", "official", "sailor", "citizen", "national"}

# Compounds in which an event noun names a thing: "press release".
THING_COMPOUNDS = {("press", "release"), ("news", "release"), ("call", "centre"), ("call", "center")}
