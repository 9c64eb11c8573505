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
SPEECH_NOUNS = {"statement", "remarks", "comment", "comments", "interview", "speech", "press release",
                "message", "letter", "tweet", "post", "words", "announcement", "address", "testimony"}
