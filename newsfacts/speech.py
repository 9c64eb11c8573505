"""Words that report speech: verbs (lemmas) and their nominal forms."""
from __future__ import annotations

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
# Further verbs that introduce a quotation when they sit next to one ("branded it", "told of");
# kept apart from SPEECH_VERBS, which other modules use for other purposes.
QUOTE_VERBS = SPEECH_VERBS | {
    "speak", "retort", "quip", "counter", "reveal", "disclose", "indicate", "inform", "brief", "plead",
    "boast", "hint", "cry", "yell", "scream", "sigh", "brand", "term", "dub", "label", "characterize",
    "characterise", "criticize", "criticise", "condemn", "accuse", "read", "recommend", "appeal", "assure",
    "reassure", "remind", "repeat", "echo", "elaborate", "summarize", "summarise", "specify", "clarify",
    "interject", "predict", "vow", "threaten", "order", "demand", "request", "beg", "wonder", "muse",
    "reflect", "observe", "recollect", "reason", "contend", "blast", "slam", "hail", "praise",
    "welcome", "thank", "apologize", "apologise", "acknowledge", "conclude",
}
SPEECH_NOUNS = {"statement", "remarks", "comment", "comments", "interview", "speech", "press release",
                "message", "letter", "tweet", "post", "words", "announcement", "address", "testimony"}
# Nouns naming a text or utterance whose author is the speaker ("a ministry statement said").
UTTERANCE_NOUNS = SPEECH_NOUNS | {
    "release", "communique", "communiqué", "declaration", "report", "document", "note", "notice",
    "memo", "memorandum", "website", "site", "blog", "email", "e-mail", "editorial", "column", "article",
    "broadcast", "video", "tape", "recording", "transcript", "bulletin", "briefing", "conference",
}
# Nouns naming an organization by kind ("the ministry said"): resolved to an earlier organization.
ORG_NOUNS = {
    "ministry", "department", "government", "administration", "authorities", "regime", "cabinet",
    "agency", "office", "embassy", "council", "commission", "committee", "court", "tribunal", "army",
    "military", "police", "party", "company", "firm", "group", "organization", "organisation", "union",
    "association", "parliament", "assembly", "congress", "senate", "mission", "bank", "board",
    "institute", "university", "foundation", "coalition", "alliance", "movement", "network", "service",
    "force", "forces", "corporation", "club", "federation", "league", "secretariat", "bureau",
}
