"""Date expressions to (date, precision), resolved against a reference date where relative.

The precision is the finest calendar unit (day, month, year) that holds the whole period an expression
names, so an answer is never finer than the text: a week or a weekend is the month holding it, a quarter
or a season the year holding it, and nothing when it straddles two years (a decade, a winter, "the past
year"). Fiscal years give nothing: they start in January, April, July or October depending on the
organisation and country, and the expression does not say which.

A month, season, quarter, day of the month or weekday named without a year is read against the reference
date: back for past tense and by default, forward for future tense (`tense="future"`).
Anaphoric expressions ("two days later", "the previous year", "the following month", "that day") count from a
time named elsewhere in the text, not from the reference: `resolve_date` gives nothing for them (but for "the day
before", "the previous day" and "a day earlier", which it reads from the reference as the day before it),
`resolve_anaphoric` reads them from the time they count from.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

TENSES = (None, "past", "present", "future")
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
# Seasons as northern-hemisphere month spans; winter spans two years and is left out. Spring and autumn
# stay within one calendar year in the south too.
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
SHIFT = {"this": 0, "last": -1, "past": -1, "next": 1, "coming": 1}

_M = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_D = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
# A year slot: a number or "this/last/next year" ("March of last year", "June 5 this year").
_Y = r"(?:(?P<year>1[89]\d\d|20\d\d)|(?P<rely>this|last|next) year)"
_SEP = r"(?:\s*,\s*|\s+)"  # "March 3, 2008", "March 3 2008" and "March 3 , 2008" (spacing left by stripped links)
_PATTERNS = [
    ("iso", re.compile(r"\b(?P<year>1[89]\d\d|20\d\d)-(?P<mnum>\d{2})-(?P<day>\d{2})\b")),
    ("mdy", re.compile(rf"\b{_M}\s+{_D}{_SEP}(?:of\s+)?{_Y}\b")),
    ("dmy", re.compile(rf"\b{_D}\s+(?:of\s+)?{_M}{_SEP}(?:of\s+)?{_Y}\b")),
    ("my", re.compile(rf"\b{_M}{_SEP}(?:of\s+)?{_Y}\b")),
    ("md", re.compile(rf"\b{_M}\s+{_D}\b(?!\s*,?\s*\d)")),
    ("dm", re.compile(rf"\b{_D}\s+(?:of\s+)?{_M}\b(?!\s*,?\s*\d)")),
]
# Leading words that name the expression's period or a part of it, and so keep its unit: "in June",
# "early next year", "the end of March", "the first half of 2008", "the month of May".
_PART = re.compile(r"^(?:in|during|since|by|of|on|early|mid|late|earlier|later|the year|the month of"
                   r"|(?:the )?(?:very )?(?:end|beginning|start|middle|close|rest|remainder) of"
                   r"|the (?:first|second|latter) half of|the (?:first|last|final) (?:days?|weeks?|months?) of"
                   r"|the same (?:period|month|quarter|time) (?:of )?)(?:[\s-]+|$)")
_SPAN = re.compile(rf"^(?:(?P<mod>this|last|next|the) )?(?:{_M}|(?P<season>spring|summer|autumn|fall)"
                   rf"|(?P<quarter>first|second|third|fourth|final|1st|2nd|3rd|4th)[- ]quarter|q(?P<qnum>[1-4]))"
                   rf"(?:{_SEP}(?:of\s+)?{_Y})?$")
_YEAR = re.compile(rf"^{_Y}$")
# A decade ("the 1970's", "the late 1980's", "1990s") spans ten years: no year holds it; "1990's elections" with no
# article is a year's
_DECADE = re.compile(r"\b(?:the|early|late|mid)[\s-]+[12]\d{2}0['\u2019]?s\b|\b[12]\d{2}0s\b")
_FISCAL = re.compile(r"\bfiscal\b|\bfinancial year\b|\bfy\s?'?\d")
# "the end of the year", "earlier in the week": the current one.
_THE_UNIT = re.compile(r"^(?:(?P<part>the (?:end|beginning|start|middle|rest|remainder) of)|(?:earlier|later) in) "
                       r"the (?P<unit>week|month|year)$")
_WEEK = re.compile(r"^(?:the (?=past|last|coming))?(?P<shift>this|last|next|past|coming) (?P<unit>week|weekend)$"
                   r"|^the (?P<the>weekend)$")
# A range or list of dates: "April to June", "March 10-12", "between May 17 and June 2".
_CONNECT = r"(?:\s*(?:-|\u2013|&)\s*|\s+(?:to|through|until|till|and)\s+)"
_MONTH_WORD = re.compile(_M.replace("?P<month>", ""))
_DAY_RANGE = re.compile(rf"(?<![\d-])\d{{1,2}}(?:st|nd|rd|th)?{_CONNECT}\d{{1,2}}(?:st|nd|rd|th)?\b(?!-)")
# Not after an open bound: "more than two years ago" is some time before then.
_AGO = re.compile(r"(?<!more than )(?<!less than )(?<!over )(?<!at least )(?<!up to )(?<!within )\b(?P<n>\d+|an?|one|"
                  r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?P<unit>day|week|month|year)s? ago\b")


def _safe(y: int, m: int, d: int = 1) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _clean(expr: str) -> str:
    text = " ".join(expr.strip().lower().replace("\u2019", "'").split())
    return re.sub(r"'s$", "", text).strip(" .,;:'\"")


def _strip_parts(text: str) -> str:
    """The expression without its leading period words: "the end of early June" -> "june"."""
    while True:
        m = _PART.match(text)
        if not m or m.end() == 0:
            return text
        text = text[m.end():]


def _span_year(first: int, last: int, ref: dt.date, tense: str | None, mod: str | None) -> int:
    """The year of a month span named without one (a month, season or quarter).

    "this": the reference year; "last"/"next": the latest span ending before / the earliest starting after
    the reference month; otherwise, for future tense, the earliest span not over by the reference month,
    else the latest span begun by it.
    """
    if mod == "this":
        return ref.year
    if mod == "last":
        return ref.year if last < ref.month else ref.year - 1
    if mod == "next":
        return ref.year if first > ref.month else ref.year + 1
    if tense == "future":
        return ref.year if last >= ref.month else ref.year + 1
    return ref.year if first <= ref.month else ref.year - 1


def _year(g: dict, ref: dt.date | None) -> int | None:
    """The year a year slot names, or None where it is relative and there is no reference."""
    if g.get("year"):
        return int(g["year"])
    if g.get("rely") and ref is not None:
        return ref.year + SHIFT[g["rely"]]
    return None


def _day_of_month(month: int, day: int, ref: dt.date, tense: str | None) -> dt.date | None:
    """A month and day without a year: the latest on or before the reference for past tense, the earliest
    on or after it for future tense; by default (and for present tense) the year of the latest such month."""
    if tense == "future":
        d = _safe(ref.year, month, day)
        return d if d is not None and d >= ref else _safe(ref.year + 1, month, day)
    if tense == "past":
        d = _safe(ref.year, month, day)
        return d if d is not None and d <= ref else _safe(ref.year - 1, month, day)
    return _safe(ref.year if month <= ref.month else ref.year - 1, month, day)


@lru_cache(maxsize=4096)
def resolve_date(expr: str, ref: dt.date | None, tense: str | None = None) -> tuple[dt.date, str] | None:
    """(date, 'day'|'month'|'year') for a date expression, or None where it gives no date.

    Relative expressions ("today", "on Friday", "in July", "last month") need `ref`. `tense` is the tense
    of the clause the expression belongs to ("past", "present", "future" or None for unknown): it decides
    which way a weekday, month or day named without a year is read (see the module docstring).
    """
    if tense not in TENSES:
        raise ValueError(f"tense must be one of {TENSES}, not {tense!r}")
    text = _clean(expr)
    if not text or _FISCAL.search(text) or is_decade(expr):
        return None
    months = [MONTHS[m.group(0).rstrip(".")[:3]] for m in _MONTH_WORD.finditer(text)]
    if len(months) > 1 or _DAY_RANGE.search(text):
        return _range(text, months, ref, tense)
    return _explicit(text, ref, tense) or _relative(text, ref, tense)


_DAYLIKE = r"day|night|morning|afternoon|evening"
_ANAPHOR = re.compile(
    r"^(?:(?:later|earlier) )?(?:"
    rf"the (?P<rel>same|next|following|previous|preceding|prior) (?P<unit>{_DAYLIKE}|month|year)"
    rf"|that (?P<that>{_DAYLIKE}|month|year)"
    r"|the (?:day|night) (?P<side>before|after)"
    r"|(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?P<nunit>day|month|year)s?"
    r" (?P<dir>later|earlier|before|after)"
    # hours or minutes on from a day are that day ('On Monday ... Hours later, ...'; 'an hour later', '15 minutes
    # later'): about 26 such phrases in the 5,000 articles
    r"|(?:(?:about|around|some|just|only|nearly|almost|roughly) )?"
    r"(?:(?P<hn>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few) )?"
    r"(?P<hours>hour|minute|moment)s? (?P<hdir>later|earlier))$")
_FORWARD = {"next", "following", "after", "later"}
_UNIT_RANK = {"day": 0, "month": 1, "year": 2}


def is_anaphoric(expr: str) -> bool:
    """Whether a date expression counts from a time the text names elsewhere ("the next day", "two years
    later", "that morning")."""
    return _ANAPHOR.match(_clean(expr)) is not None


# Expressions of a time after the day of writing, counted from it ("next week", "later this month", "tomorrow", "in
# two weeks", "the coming days"); not those counted from a time the text names ("the next day", `is_anaphoric`)
_TO_COME = re.compile(r"^(?:early |late |later )?(?:the )?(?:next|coming|upcoming) |^later this |^tomorrow\b"
                      r"|^(?:with)?in (?:the next )?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few"
                      r"|several) (?:days?|weeks?|months?|years?)$")


def to_come(expr: str) -> bool:
    """Whether a date expression names a time after the day of writing ("next week", "later this month")."""
    text = _clean(expr)
    return any(_TO_COME.search(t) for t in (text, _strip_parts(text))) and not is_anaphoric(text)


def resolve_anaphoric(expr: str, antecedent: tuple[dt.date, str]) -> tuple[dt.date, str] | None:
    """(date, precision) of an anaphoric expression counted from `antecedent` (the time it refers back to, as
    (date, precision)): "the next day" after March 3 is March 4; "two years later" after 2001 is 2003. None
    where the antecedent is coarser than the expression ("the next day" after "in March")."""
    m = _ANAPHOR.match(_clean(expr))
    if m is None:
        return None
    g = m.groupdict()
    if g["rel"]:
        unit, steps = g["unit"], 0 if g["rel"] == "same" else (1 if g["rel"] in _FORWARD else -1)
    elif g["that"]:
        unit, steps = g["that"], 0
    elif g["side"]:
        unit, steps = "day", 1 if g["side"] in _FORWARD else -1
    elif g["hours"]:  # whole days of them ('48 hours later'), else the same day
        per_day = {"hour": 24, "minute": 24 * 60}.get(g["hours"], 0)
        days = int(g["hn"]) // per_day if per_day and (g["hn"] or "").isdigit() else 0
        unit, steps = "day", days if g["hdir"] == "later" else -days
    else:
        unit, steps = g["nunit"], COUNTS.get(g["n"]) or int(g["n"])
        steps = steps if g["dir"] in _FORWARD else -steps
    unit = "day" if re.fullmatch(_DAYLIKE, unit) else unit
    date, precision = antecedent
    if _UNIT_RANK[precision] > _UNIT_RANK[unit] or abs(steps) > 10_000:
        return None  # never finer than what it counts from; no count of thousands of days reaches a calendar date
    if unit == "day":
        return date + dt.timedelta(days=steps), "day"
    if unit == "month":
        months = date.year * 12 + date.month - 1 + steps
        found = _safe(months // 12, months % 12 + 1)
        return (found, "month") if found else None
    found = _safe(date.year + steps, 1)
    return (found, "year") if found else None


def is_decade(expr: str) -> bool:
    """Whether a date expression names a decade ("the 1970's", "the 1990s"; not "1990's elections")."""
    return _DECADE.search(expr.lower()) is not None


def resolve_period_start(expr: str, ref: dt.date | None, tense: str | None = None) -> tuple[dt.date, str] | None:
    """The start of a period 'from' one date 'to' another ('from 1931 to 1945': 1931, a year), at the precision
    its first date gives; None where the expression is no such period."""
    text = re.sub(r"^from\s+", "", _clean(expr), flags=re.IGNORECASE)
    parts = re.split(_CONNECT, text, maxsplit=1)
    return resolve_date(parts[0], ref, tense=tense) if len(parts) == 2 and parts[0] else None


def _range(text: str, months: list[int], ref: dt.date | None, tense: str | None) -> tuple[dt.date, str] | None:
    """A range or list of dates as the month or year that holds all of it: "March 10-12" is March,
    "April to June 2008" is 2008; nothing where it spans two years ("between November and March")."""
    years = set(re.findall(r"\b(?:1[89]|20)\d\d\b", text))
    if len(years) > 1 or months != sorted(months):
        return None
    end = _explicit(text, ref, tense) or _explicit(re.split(_CONNECT, text)[-1], ref, tense)
    if end is None:
        return None
    year = int(years.pop()) if years else end[0].year  # "April 12 - 19, 2007": the year stated
    if len(set(months)) > 1 or end[1] == "year":
        return dt.date(year, 1, 1), "year"
    return dt.date(year, end[0].month, 1), "month"


def _explicit(text: str, ref: dt.date | None, tense: str | None) -> tuple[dt.date, str] | None:
    """Expressions with a month or year in them: dates, months, seasons, quarters, years."""
    for kind, rx in _PATTERNS:
        m = rx.search(text)
        if not m:
            continue
        g = m.groupdict()
        month = int(g["mnum"]) if kind == "iso" else MONTHS[g["month"].rstrip(".")[:3]]
        if kind in ("md", "dm"):
            d = _day_of_month(month, int(g["day"]), ref, tense) if ref is not None else None
            return (d, "day") if d else None
        year = _year(g, ref)
        if year is None:
            return None
        d = _safe(year, month, int(g["day"]) if kind != "my" else 1)
        return (d, "month" if kind == "my" else "day") if d else None
    return _period(_strip_parts(text), ref, tense)


def _period(core: str, ref: dt.date | None, tense: str | None) -> tuple[dt.date, str] | None:
    """A year, or a month, season or quarter with or without its year."""
    m = _YEAR.match(core)
    if m:
        year = _year(m.groupdict(), ref)
        return (dt.date(year, 1, 1), "year") if year else None
    m = _SPAN.match(core)
    if not m:
        return None
    g = m.groupdict()
    if g["month"]:
        first = last = MONTHS[g["month"].rstrip(".")[:3]]
    elif g["season"]:
        first, last = SEASONS[g["season"]]
    else:
        q = QUARTERS[g["quarter"]] if g["quarter"] else int(g["qnum"])
        first, last = 3 * q - 2, 3 * q
    year = _year(g, ref)
    if year is None:
        if ref is None or (g["season"] and not g["mod"]):  # a bare season word is mostly a modifier: "summer jobs"
            return None
        year = _span_year(first, last, ref, tense, g["mod"] if g["mod"] != "the" else None)
    return (dt.date(year, first, 1), "month") if first == last else (dt.date(year, 1, 1), "year")


def _within(start: dt.date, end: dt.date) -> tuple[dt.date, str] | None:
    """The month or year that holds the whole period start..end, or None where it straddles two years."""
    if (start.year, start.month) == (end.year, end.month):
        return dt.date(start.year, start.month, 1), "month"
    if start.year == end.year:
        return dt.date(start.year, 1, 1), "year"
    return None


def _relative(text: str, ref: dt.date | None, tense: str | None) -> tuple[dt.date, str] | None:
    if ref is None:
        return None
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", text):
        return ref, "day"
    if re.search(r"\b(yesterday|last night|the (day|night) before|the previous (day|night)|a day earlier)\b", text):
        return ref - dt.timedelta(days=1), "day"
    if re.search(r"\btomorrow\b", text):
        return ref + dt.timedelta(days=1), "day"
    core = _strip_parts(text)
    return (_weekday(text, ref, tense) or _this_week(text, ref, tense) or _week(core, ref, tense) or _ago(core, ref)
            or _current(text, ref, tense) or _this_unit(text, ref))


def _weekday(text: str, ref: dt.date, tense: str | None) -> tuple[dt.date, str] | None:
    """A weekday: of the week named ("Tuesday last week"), else the latest on or before the reference
    ("last" on the reference day: a week back), or for future tense and "next" the earliest after it
    ("this" for future tense: on or after it)."""
    for name, wd in WEEKDAYS.items():
        if not re.search(rf"\b{name}\b", text):
            continue
        week = re.search(r"\b(this|last|next) week\b", text)
        if week:
            monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=SHIFT[week.group(1)])
            return monday + dt.timedelta(days=wd), "day"
        ahead = (wd - ref.weekday()) % 7
        if re.search(r"\bnext\b", text) or (tense == "future" and not re.search(r"\blast\b", text)):
            if ahead == 0 and not (tense == "future" and re.search(r"\bthis\b", text)):
                ahead = 7
            return ref + dt.timedelta(days=ahead), "day"
        back = (ref.weekday() - wd) % 7
        if re.search(r"\blast\b", text) and back == 0:
            back = 7
        return ref - dt.timedelta(days=back), "day"
    return None


def _this_week(text: str, ref: dt.date, tense: str | None) -> tuple[dt.date, str] | None:
    """The part of the reference's week an expression leaves open: "earlier this week" (and a past "this week")
    the days up to the reference, "later this week" (and a future "this week") the days after it; a week that
    straddles two months may have such a part within one ("earlier this week" on Thursday, May 1: April)."""
    m = re.fullmatch(r"(?:(earlier|later) )?this week", text)
    if not m:
        return None
    monday = ref - dt.timedelta(days=ref.weekday())
    side = m.group(1) or {"past": "earlier", "future": "later"}.get(tense or "")
    if side == "earlier" and ref > monday:
        return _within(monday, ref - dt.timedelta(days=1) if m.group(1) else ref)
    if side == "later" and ref.weekday() < 6:
        return _within(ref + dt.timedelta(days=1) if m.group(1) else ref, monday + dt.timedelta(days=6))
    return None


def _week(text: str, ref: dt.date, tense: str | None) -> tuple[dt.date, str] | None:
    """A week (Monday to Sunday) or weekend as the month or year that holds it. "The past week" is the
    seven days before the reference; "the weekend" the latest one begun by it, or for future tense the
    one ahead."""
    m = _WEEK.match(text)
    if not m:
        return None
    unit = m.group("unit") or m.group("the")
    if unit == "week" and (m.group("shift") == "past" or text.startswith("the last")):
        return _within(ref - dt.timedelta(days=7), ref - dt.timedelta(days=1))
    if m.group("the"):
        shift = 0 if tense == "future" or ref.weekday() >= 5 else -1
    else:
        shift = SHIFT[m.group("shift")]
    monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=shift)
    if unit == "weekend":
        return _within(monday + dt.timedelta(days=5), monday + dt.timedelta(days=6))
    return _within(monday, monday + dt.timedelta(days=6))


def _ago(text: str, ref: dt.date) -> tuple[dt.date, str] | None:
    """"N days/weeks/months/years ago": counted back from the reference; a week as the month holding it."""
    m = _AGO.search(text)
    if not m:
        return None
    n = COUNTS.get(m.group("n")) or int(m.group("n"))
    unit = m.group("unit")
    if n > 10_000 or unit == "year" and n >= ref.year:
        return None  # "3000000 days ago" is no calendar date
    if unit == "day":
        return ref - dt.timedelta(days=n), "day"
    if unit == "week":
        monday = ref - dt.timedelta(days=ref.weekday(), weeks=n)
        return _within(monday, monday + dt.timedelta(days=6))
    if unit == "month":
        total = ref.year * 12 + ref.month - 1 - n
        return dt.date(total // 12, total % 12 + 1, 1), "month"
    return dt.date(ref.year - n, 1, 1), "year"


def _current(text: str, ref: dt.date, tense: str | None) -> tuple[dt.date, str] | None:
    """"The end of the year", "earlier in the week": the current one (in past tense "the end of the year"
    may be an earlier one: nothing). "This/last/next quarter" as the year that holds it."""
    m = _THE_UNIT.match(text)
    if m and not (m.group("part") and tense == "past"):
        if m.group("unit") == "week":
            monday = ref - dt.timedelta(days=ref.weekday())
            return _within(monday, monday + dt.timedelta(days=6))
        if m.group("unit") == "month":
            return dt.date(ref.year, ref.month, 1), "month"
        return dt.date(ref.year, 1, 1), "year"
    m = re.match(r"^(?:the current|this|last|next) quarter$", text)
    if m:
        shift = SHIFT.get(text.split()[0], 0)
        quarter = (ref.month - 1) // 3 + shift  # 0-3 this year, -1 last year's fourth, 4 next year's first
        return dt.date(ref.year + quarter // 4, 1, 1), "year"
    return None


def _this_unit(text: str, ref: dt.date) -> tuple[dt.date, str] | None:
    """"This/last/next month" and "this/last/next year", also inside a longer phrase ("the same period last
    year"), but not "the next month/year" (the one after a time named elsewhere, or the coming twelve)."""
    m = re.search(r"(?<!\bthe )\b(this|last|next) (month|year)\b", text) or re.search(
        r"\bthe (last) (month|year)\b", text)
    if not m:
        return None
    if m.group(2) == "year":
        return dt.date(ref.year + SHIFT[m.group(1)], 1, 1), "year"
    total = ref.year * 12 + ref.month - 1 + SHIFT[m.group(1)]
    return dt.date(total // 12, total % 12 + 1, 1), "month"


def infer_reference(expressions: list[str]) -> dt.date | None:
    """The latest fully explicit date among a document's date expressions: a stand-in publication date."""
    days = [r[0] for r in (resolve_date(e, None) for e in expressions) if r and r[1] == "day"]
    return max(days) if days else None
