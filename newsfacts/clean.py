"""Cleaning of article text: web boilerplate lines out, the outlet named in a source line kept."""
from __future__ import annotations

import re
import unicodedata

# Whole lines that web pages, players and share widgets put around an article.
_BOILERPLATE = re.compile(
    r"""^(?:
        (?:[^.!?]{0,40}[.!?]\s*)?listen\ (?:now|to\ this\ (?:article|story))\W{0,3}  # an audio player's prompt
      | (?:click|tap)\ here\b.*
      | (?:share|tweet|email|print)\ (?:this|on)\b.*
      | (?:advertisement|sponsored(?:\ content)?|ad)
      | (?:read|see)\ (?:more|also)\b.{0,80}
      | (?:sign\ up|subscribe)\b.{0,120}
      | follow\ us\b.{0,120}
      | related(?:\ (?:articles|stories|news))?:?
      | (?:photo|image)\ (?:credit|courtesy)\b.{0,120}
      | all\ rights\ reserved\.?
      | copyright\ (?:©|\(c\)|\d{4}).{0,120}
      | ©.{0,120}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# "Original Source: www.haitilibre.com", "Source: Reuters" as a line of its own.
_SOURCE_LINE = re.compile(r"^(?:original\s+)?source\s*:\s*(?P<source>.{2,100}?)\s*$", re.IGNORECASE)
# An HTML comment (a wiki's hidden source links and editors' notes): markup no reader sees.
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# HTML and wiki tags left in the text (Wikinews' <noinclude>, <br>, <blockquote>, <div ...>): markup no reader
# sees (found in 162, 87, 24 and 36 of the 5,000 corpus articles); a line break's tag ends a line.
_ATTRS = r"""(?:\s+[a-z][a-z-]*\s*=\s*(?:"[^"<>\n]{0,200}"|'[^'<>\n]{0,200}'|[^\s<>"']{1,100}))*\s*/?>"""
_BREAK_TAG = re.compile(r"</?(?:br|p|li|tr)" + _ATTRS, re.IGNORECASE)
# a block's tag is a space: the attribution of a quoted block follows it on its line ('</blockquote> Rep. X wrote')
_SPACE_TAG = re.compile(r"</?(?:div|blockquote|center|table|td|ul|ol)" + _ATTRS, re.IGNORECASE)
_INLINE_TAG = re.compile(r"</?(?:noinclude|includeonly|onlyinclude|span|small|big|sup|sub|font|b|i|u|s)" + _ATTRS,
                         re.IGNORECASE)
# HTML presentation attributes outside a tag, as wiki table markup writes them ('{| class="wikitable"',
# '| colspan="5" |', '<gallery widths='200px'>' once its tag is gone): markup no reader sees, whose quotation marks
# would open a quote running over the article (in 51 of the 5,000 corpus articles).
_ATTRIBUTE = re.compile(r"""\b(?:style|class|colspan|rowspan|align|valign|bgcolor|border|cellspacing|cellpadding|
                        width|widths|height|heights)\s*=\s*
                        (?:"[^"<>\n]{0,300}"|'[^'<>\n]{0,300}')""", re.IGNORECASE | re.VERBOSE)
# A wiki section heading ("==Reactions==", "=== A horrible noise ===") run into the text: its own paragraph,
# so that no sentence begins with a heading's words and no parse takes '=' for a subject. Its marks stand apart
# from words ('2==2' is none); the texts this corpus collapsed into one line put headings after any word
# ('... August 25, 2005 == External links =='), so an equation written with spaces ('x == y') is taken for one.
_HEADING = re.compile(r"(?<![^\s])(={2,6})[ \t]*([^=\n]{1,150}?)[ \t]*\1(?![=\w])")
_NBSP = str.maketrans({"\u00a0": " ", "\u200b": "", "\ufeff": "", "\u2028": "\n", "\u2029": "\n"})


def normalize_source(value: str | None) -> str | None:
    """An outlet name or domain in its plain form: 'https://www.haitilibre.com/x' -> 'haitilibre.com'."""
    if not value:
        return None
    value = value.strip()
    m = re.match(r"^(?:[a-z]+://)?(?:www\.)?([a-z0-9.-]+\.[a-z]{2,})(?:[/:?#].*)?$", value, re.IGNORECASE)
    return m.group(1).lower() if m else value


def clean_text(raw: str) -> tuple[str, str | None]:
    """Cleaned article text and the source named in a trailing source line, if any.

    Normalizes Unicode (NFC), line ends and odd spaces; drops HTML comments, tags, presentation attributes
    and boilerplate lines; sets wiki section headings apart as paragraphs of their own, without their '='
    marks; rejoins a country's adjective a wiki link parted ('South Africa n') and sets apart a country label
    run into the first sentence; keeps the article's own characters otherwise. Offsets refer to the result.
    """
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n").translate(_NBSP)
    text = _COMMENT.sub("", text)
    text = _INLINE_TAG.sub("", _SPACE_TAG.sub(" ", _BREAK_TAG.sub("\n", text)))
    text = _ATTRIBUTE.sub("", text)
    text = _HEADING.sub(lambda m: f"\n\n{m.group(2).strip()}\n\n", text)
    lines = [line.rstrip() for line in text.split("\n")]
    source = None
    kept = []
    for line in lines:
        stripped = line.strip()
        if not stripped:
            kept.append("")
            continue
        m = _SOURCE_LINE.match(stripped)
        if m:
            source = normalize_source(m.group("source"))
            continue
        if _BOILERPLATE.match(stripped):
            continue
        kept.append(line)
    text = _STATUS_TEMPLATE.sub("", re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()).strip()
    return _label_apart(_demonyms_rejoined(text)), source


# The word a wiki's publication-status templates leave where they stood ('{{publish}}', '{{Archive-unreviewed}}'
# written out as 'publish Archive-unreviewed'): at the start of a line or after a sentence's end, before the next
# sentence, a heading or the end of a line (105 of the 5,000 corpus articles; 'Archive' of it was an organization in
# 35). A sentence that begins with the verb ('"Publish the list," they said') follows a quotation mark.
_STATUS_TEMPLATE = re.compile(r"(?:^|(?<=[.!?]\s))[Pp]ublish(?:[ \t]+(?:Archive-unreviewed|original))?"
                              r"(?:[ \t]+|(?=\n)|$)", re.MULTILINE)


# A country's name and the rest of its adjective, parted where a wiki link ended ('[[South Africa]]n' written
# out as 'South Africa n', 'Iraq i officials'); suffixes that are no English words ('is', 'an' are)
_PARTED = re.compile(r"\b((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) (n|i|ns|ian|ians|ese|ish)\b")


def _demonyms_rejoined(text: str) -> str:
    """'South Africa n government' -> 'South African government', where the joined word is the country's
    demonym (in 362 of the 5,000 corpus articles); the text loses one space each."""
    from newsfacts import geo

    def join(m: re.Match) -> str:
        words = m.group(1).split()
        for k in range(len(words)):
            name = " ".join(words[k:])
            if geo.country_code(name) or geo.place_code(name):
                return m.group(1) + m.group(2) if geo.demonym_code(name + m.group(2)) else m.group(0)
        return m.group(0)

    return _PARTED.sub(join, text)


# A wiki template's or category's label the article opens with, run into its first sentence: one to three words and
# 'news' or 'infobox' ('Australian news', 'Canadian news', 'United States infobox': 265 of the 5,000 corpus
# articles), or up to four words and the noun of a story's topic ('Iraq war', '2006 Israel-Lebanon conflict', 'Iran
# nuclear program', 'Economy and business', 'Crime and law', '2008-09 financial crisis': 228 more), before a
# capitalized word
_TEMPLATE_LABEL = re.compile(r"((?:[A-Z][\w'.-]* ){1,3}(?:news|infobox)|(?:[\w'.-]+ ){1,4}(?:war|conflict|program|"
                             r"programme|crisis|business|law|technology|debate)) (?=[A-Z])")


def _label_apart(text: str) -> str:
    """A country label the article opens with, a wiki's category run into its first sentence ('United Kingdom The
    Scottish Parliament has ...', 'Kenya Two people died ...': 261 of the 5,000 corpus articles), set apart as a
    paragraph of its own, so that no parse takes the label for the first sentence's subject: the space after it
    becomes a blank line, which ends a sentence (newsfacts.nlp). A label is a country's name followed by a
    capitalized function word (spaCy's English stop words: 'The', 'On', 'Two'); a country that begins the
    sentence as a modifier ('U.S. President X', 'United States Air Force') is not. A label before a name or another
    word ('Kenya Violence in Kenya ...', 'Israel Israel has ...', 'Ireland Aer Lingus, an Irish airline, ...') is not
    told from a name here; `newsfacts.nlp.leading_dateline` parts it where NER ran it into the next name."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from newsfacts import geo

    template = _TEMPLATE_LABEL.match(text)
    if template and template.group(1).split()[0].lower() not in STOP_WORDS:
        # 'Canadian news Quebec Provincial Police said', 'Iraq war United States forces killed': a wiki template's label
        # (not a sentence's own first words: 'The Kenyan news Editor resigned')
        return template.group(1) + "\n\n" + text[template.end():]
    words = text[:200].split(" ")
    for k in range(min(4, len(words) - 1), 0, -1):
        label, nxt = " ".join(words[:k]), words[k].rstrip(",")
        if "\n" in label or not geo.country_code(label):
            continue
        if nxt[:1].isupper() and not nxt.isupper() and nxt.lower() in STOP_WORDS:
            return label + "\n\n" + text[len(label) + 1:]
        return text
    return text
