"""Date expressions to (date, precision), resolved against a reference date where relative."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_M = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_D = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_Y = r"(?P<year>1[89]\d\d|20\d\d)"
_PATTERNS = [
    ("iso", re.compile(rf"\b{_Y}-(?P<mnum>\d{{2}})-(?P<day>\d{{2}})\b")),
    ("mdy", re.compile(rf"\b{_M}\s+{_D},?\s+{_Y}\b", re.I)),
    ("dmy", re.compile(rf"\b{_D}\s+(?:of\s+)?{_M},?\s+{_Y}\b", re.I)),
    ("my", re.compile(rf"\b{_M},?\s+(?:of\s+)?{_Y}\b", re.I)),
    ("md", re.compile(rf"\b{_M}\s+{_D}\b(?!\s*,?\s*\d)", re.I)),
    ("dm", re.compile(rf"\b{_D}\s+(?:of\s+)?{_M}\b(?!\s*,?\s*\d)", re.I)),
    ("m", re.compile(rf"^(?:(?:in|during|since|by|early|mid|late|earlier|last|this|next|of)[\s-]+)*{_M}$", re.I)),
    ("y", re.compile(rf"^(?:(?:in|during|since|by|early|mid|late|the\s+year|of)[\s-]+)*{_Y}$", re.I)),
]


def _safe(y: int, m: int, d: int = 1) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_year(month: int, ref: dt.date) -> int:
    """The year of a month named without one: the latest such month not after the reference."""
    return ref.year if month <= ref.month else ref.year - 1


@lru_cache(maxsize=4096)
def resolve_date(expr: str, ref: dt.date | None) -> tuple[dt.date, str] | None:
    """(date, 'day'|'month'|'year') for a date expression, or None where it gives no date.

    Relative expressions ("today", "on Friday", "in July", "last month") need `ref`.
    """
    text = " ".join(expr.strip().lower().replace("\u2019", "'").split())
    if not text:
        return None
    for kind, rx in _PATTERNS:
        m = rx.search(text)
        if not m:
            continue
        g = m.groupdict()
        year = int(g["year"]) if g.get("year") else None
        month = MONTHS.get((g.get("month") or "").rstrip(".")[:3])
        if kind == "iso":
            d = _safe(year, int(g["mnum"]), int(g["day"]))
            return (d, "day") if d else None
        if kind in ("mdy", "dmy"):
            d = _safe(year, month, int(g["day"]))
            return (d, "day") if d else None
        if kind == "my":
            return (_safe(year, month), "month")
        if kind in ("md", "dm"):
            if ref is None:
                return None
            d = _safe(_month_year(month, ref), month, int(g["day"]))
            return (d, "day") if d else None
        if kind == "m":
            if ref is None:
                return None
            y = _month_year(month, ref)
            if re.search(r"\bnext\b", text):
                y = ref.year if month > ref.month else ref.year + 1
            return (_safe(y, month), "month")
        if kind == "y":
            return (_safe(year, 1), "year")
    return _relative(text, ref)


def _relative(text: str, ref: dt.date | None) -> tuple[dt.date, str] | None:
    if ref is None:
        return None
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", text):
        return ref, "day"
    if re.search(r"\b(yesterday|last night|the (day|night) before|the previous (day|night)|a day earlier)\b", text):
        return ref - dt.timedelta(days=1), "day"
    if re.search(r"\btomorrow\b", text):
        return ref + dt.timedelta(days=1), "day"
    for name, wd in WEEKDAYS.items():
        if re.search(rf"\b{name}\b", text):
            back = (ref.weekday() - wd) % 7
            if re.search(r"\bnext\b", text):
                return ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or 7), "day"
            if re.search(r"\blast\b", text) and back == 0:
                back = 7
            return ref - dt.timedelta(days=back), "day"
    if re.search(r"\blast month\b", text):
        y, m = (ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12)
        return dt.date(y, m, 1), "month"
    if re.search(r"\b(this|earlier this|later this) month\b", text):
        return dt.date(ref.year, ref.month, 1), "month"
    if re.search(r"\blast year\b", text):
        return dt.date(ref.year - 1, 1, 1), "year"
    if re.search(r"\b(this|earlier this|later this) year\b", text):
        return dt.date(ref.year, 1, 1), "year"
    m = re.search(r"\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten) (day|week|month|year)s? ago\b", text)
    if m:
        n = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10}.get(m.group(1)) or int(m.group(1))
        unit = m.group(2)
        if unit == "day":
            return ref - dt.timedelta(days=n), "day"
        if unit == "month":
            total = ref.year * 12 + ref.month - 1 - n
            return dt.date(total // 12, total % 12 + 1, 1), "month"
        if unit == "year":
            return dt.date(ref.year - n, 1, 1), "year"
    return None


def infer_reference(expressions: list[str]) -> dt.date | None:
    """The latest fully explicit date among a document's date expressions: a stand-in publication date."""
    days = [r[0] for r in (resolve_date(e, None) for e in expressions) if r and r[1] == "day"]
    return max(days) if days else None
