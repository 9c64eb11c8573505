"""Word lists the extractors share: speech verbs, titles, sectors and the PLOVER trigger lexicon."""
from __future__ import annotations

import re

GOVERNMENT_NOUNS = {"government", "authorities", "administration", "regime", "cabinet"}

# Verbs (lemmas) that report speech or writing; their nominal forms are in SPEECH_NOUNS.
SPEECH_VERBS = {
    "say", "state", "tell", "add", "announce", "declare", "explain", "note", "stress", "emphasize",
    "emphasise", "insist", "claim", "argue", "warn", "write", "remark", "comment", "reply", "respond",
    "answer", "ask", "urge", "confirm", "deny", "report", "describe", "call", "continue", "conclude",
    "assert", "acknowledge", "admit", "suggest", "recall", "predict", "promise", "vow", "pledge",
    "affirm", "maintain", "observe", "point", "quote", "reiterate", "underline", "underscore",
    "highlight", "tweet", "post", "testify", "allege", "caution", "concede", "mention", "complain",
    "demand", "proclaim", "recount", "exclaim", "shout", "whisper", "joke", "lament",
}
SPEECH_NOUNS = {"statement", "remarks", "comment", "comments", "interview", "speech", "press release",
                "message", "letter", "tweet", "post", "words", "announcement", "address", "testimony"}

TITLE_WORDS = {
    "president", "vice", "minister", "secretary", "director", "spokesman", "spokeswoman", "spokesperson",
    "senator", "sen", "governor", "gov", "mayor", "ambassador", "general", "gen", "commander", "chief",
    "king", "queen", "prince", "princess", "chancellor", "premier", "leader", "chairman", "chairwoman",
    "chair", "head", "judge", "justice", "mp", "representative", "rep", "envoy", "official", "officer",
    "colonel", "col", "captain", "capt", "lieutenant", "major", "admiral", "sergeant", "inspector",
    "commissioner", "attorney", "prosecutor", "lawyer", "advisor", "adviser", "spokesman", "deputy",
    "dr", "mr", "mrs", "ms", "sir", "lord", "lady", "pope", "cardinal", "bishop", "archbishop", "rabbi",
    "imam", "sheikh", "ayatollah", "emir", "sultan", "councillor", "councilor", "congressman",
    "congresswoman", "speaker", "founder", "ceo", "executive", "analyst", "editor", "correspondent",
    "coordinator", "administrator", "delegate", "legislator", "lawmaker", "sheriff", "superintendent",
}

# Sector codes (PLOVER-style) by keyword in an organization's name or a person's title.
_SECTORS = (
    ("IGO", r"united nations|\bun\b|\bu\.n\.|organization of american states|african union|european union|"
            r"\bnato\b|world bank|international monetary fund|\bimf\b|\bwto\b|world health|\bunicef\b|"
            r"multinational|international .*(mission|force|agency|court|committee)|security council|\basean\b|"
            r"\bopec\b|commonwealth|interpol|arab league"),
    ("MIL", r"army|military|armed forces|navy|air force|defen[cs]e forces|troops|marines|general|commander|"
            r"colonel|admiral|defen[cs]e ministry|ministry of defen[cs]e|pentagon|contingent"),
    ("COP", r"police|gendarmerie|constabulary|sheriff|inspector|law enforcement|\bfbi\b|scotland yard"),
    ("JUD", r"court|tribunal|judge|justice|judiciary|prosecutor|attorney general"),
    ("LEG", r"assembly|parliament|congress|senate|legislat|\bhouse of\b|duma|knesset|senator|\bmp\b|"
            r"congressman|congresswoman|lawmaker|speaker"),
    ("PTY", r"\bparty\b|democrats|republicans|labour|tories|conservatives|socialists"),
    ("REB", r"rebel|liberation|insurgent|militia|front\b|tigers|guerrilla"),
    ("CRM", r"\bgang|cartel|mafia|crime|criminal"),
    ("SPY", r"intelligence|\bcia\b|\bmi5\b|\bmi6\b|\bkgb\b|\bfsb\b|mossad"),
    ("MED", r"news|times|post\b|television|\btv\b|radio|broadcast|press\b|journal|gazette|tribune|herald|"
            r"\bbbc\b|\bcnn\b|reuters|associated press|agence|editor|correspondent|gmtv"),
    ("EDU", r"university|college|school|institute of technology|academy"),
    ("REL", r"church|mosque|diocese|vatican|pope|bishop|archbishop|cardinal|rabbi|imam"),
    ("NGO", r"red cross|red crescent|amnesty|human rights watch|foundation|charity|\bngo\b|oxfam|"
            r"m[eé]decins|greenpeace|committee to protect"),
    ("BUS", r"company|corporation|\bcorp\b|\binc\b|\bltd\b|bank|group\b|airlines|motors|energy|oil|"
            r"holdings|ceo|executive|industries|exchange"),
    ("GOV", r"ministry|minister|department|government|president|prime minister|secretary|cabinet|"
            r"embassy|ambassador|governor|mayor|administration|office of|council|agency|commission|"
            r"white house|kremlin|state department|chancellor|premier|king|queen|envoy|official|"
            r"spokes(man|woman|person)|diplomat"),
)
_SECTOR_RES = [(code, re.compile(rx, re.IGNORECASE)) for code, rx in _SECTORS]


def sector_of(text: str) -> str | None:
    """The sector code an organization's name or a person's title points to, else None."""
    if not text:
        return None
    for code, rx in _SECTOR_RES:
        if rx.search(text):
            return code
    return None


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
