"""Dates of incidents, resolved against the article's publication date, with ACLED time precision.

Precision: 1 the day, 2 the week or a few days, 3 the month or vaguer.

- full dates ("March 3, 2014", "3 March 2014", "2014-03-03", "03/03/2014" day-first) -> 1;
- a day and month without a year ("on March 3", "3rd March") -> the publication year, or the year
  before if that would fall after publication -> 1;
- a weekday ("on Sunday") -> the latest such day on or before publication -> 1;
- "today", "tonight", "this morning" -> publication day; "yesterday", "last night" -> the day
  before; "day before yesterday" -> two days before -> 1;
- "last week", "earlier this week", "a few days ago" -> publication day minus 7 / 3 days -> 2;
- "last month" -> the first of the month before publication; "this month", "earlier this month"
  -> the first of the publication month; "in March" (no day) -> the latest March on or before
  publication; "March 2014" -> 3;
- "recent months", "recently", "in recent weeks" -> (None, 3).

Without a publication date, relative expressions give (None, precision); ``day_named`` still tells two days
apart ("on March 29" and "On March 30", "on Thursday" and "On Friday night"). Pure regular expressions;
deterministic (no clock, no locale).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .model import Span

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}

_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
       r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"

PATTERNS = [
    ("ymd", rf"\b(?P<y>{_YEAR})-(?P<m>0?[1-9]|1[0-2])-(?P<d>[0-3]?\d)\b"),
    ("dmy_num", rf"\b(?P<d>[0-3]?\d)/(?P<m>0?[1-9]|1[0-2])/(?P<y>{_YEAR})\b"),
    ("mdy", rf"\b(?P<mon>{_MON})\s+(?P<d>{_DAY})(?:\s*[-–]\s*{_DAY})?,?\s+(?P<y>{_YEAR})\b"),
    ("dmy", rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MON}),?\s+(?P<y>{_YEAR})\b"),
    ("md", rf"\b(?P<mon>{_MON})\s+(?P<d>{_DAY})\b(?!\s*,?\s*{_YEAR})(?!\s*(?:km|kilomet))"),
    ("dm", rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MON})\b(?!\s*,?\s*{_YEAR})"),
    ("my", rf"\b(?P<mon>{_MON}),?\s+(?P<y>{_YEAR})\b"),
    ("weekday", r"\b(?:on\s+|last\s+|this\s+|past\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ("daybefore", r"\b(?:the\s+)?day before yesterday\b"),
    ("yesterday", r"\byesterday\b|\blast night\b"),
    ("today", r"\btoday\b|\btonight\b|\bthis (?:morning|afternoon|evening)\b"),
    ("fewdays", r"\b(?:a few|few|two|three|couple of) days (?:ago|back|earlier)\b|\bearlier this week\b|\bthis week\b"),
    ("lastweek", r"\blast week\b|\ba week ago\b|\bpast week\b|\bprevious week\b"),
    ("lastmonth", r"\blast month\b|\ba month ago\b|\bprevious month\b"),
    ("thismonth", r"\b(?:earlier\s+)?this month\b"),
    ("month", rf"\b(?:in|during|since|early|late|mid-?|end of|beginning of)\s+(?P<mon>{_MON})\b(?!\s+{_DAY}\b)"),
    ("recent", r"\b(?:in\s+)?recent (?:months|weeks|years|days)\b|\brecently\b|\blast few (?:months|weeks)\b"),
]
# newspapers named after a day ("Talking to The News on Sunday", "The Sunday Times")
# (not a train or coach: "the Jaffar Express on Sunday", "the Khyber Mail on Tuesday")
_PAPER_BEFORE = re.compile(r"\bThe\s+News\s+$")
_PAPER_AFTER = re.compile(r"\s+(?:Times|Guardian|Observer|Telegraph|Tribune|Herald|Magazine|Edition)\b")
_COMPILED = [(k, re.compile(p, re.I if k not in ("md", "dm", "my", "mdy", "dmy", "month") else 0)) for k, p in PATTERNS]


def _mon(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def _day(s: str) -> int:
    return int(re.match(r"\d+", s).group(0))


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _resolve(kind: str, m: re.Match, published: date | None) -> tuple[date | None, int]:
    g = m.groupdict()
    if kind in ("ymd", "dmy_num"):
        return _safe(int(g["y"]), int(g["m"]), int(g["d"])), 1
    if kind in ("mdy", "dmy"):
        return _safe(int(g["y"]), _mon(g["mon"]), _day(g["d"])), 1
    if kind in ("md", "dm"):
        mon, d = _mon(g["mon"]), _day(g["d"])
        if not published:
            return None, 1
        cand = _safe(published.year, mon, d)
        if cand and cand > published:
            cand = _safe(published.year - 1, mon, d)
        return cand, 1
    if kind == "my":
        return _safe(int(g["y"]), _mon(g["mon"]), 1), 3
    if kind == "month":
        if not published:
            return None, 3
        mon = _mon(g["mon"])
        y = published.year if mon <= published.month else published.year - 1
        return date(y, mon, 1), 3
    if not published:
        return None, {"fewdays": 2, "lastweek": 2, "lastmonth": 3, "thismonth": 3, "recent": 3}.get(kind, 1)
    if kind == "weekday":
        wd = WEEKDAYS[g["wd"].lower()]
        back = (published.weekday() - wd) % 7
        return published - timedelta(days=back), 1
    if kind == "today":
        return published, 1
    if kind == "yesterday":
        return published - timedelta(days=1), 1
    if kind == "daybefore":
        return published - timedelta(days=2), 1
    if kind == "fewdays":
        return published - timedelta(days=3), 2
    if kind == "lastweek":
        return published - timedelta(days=7), 2
    if kind == "lastmonth":
        y, mo = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
        return date(y, mo, 1), 3
    if kind == "thismonth":
        return date(published.year, published.month, 1), 3
    if kind == "recent":
        return None, 3
    return None, 3


def find_dates(text: str, published: date | None = None) -> list[tuple[Span, date | None, int]]:
    """Every date expression in ``text``: (span, date, precision), in text order, longest first on overlap."""
    found: list[tuple[Span, date | None, int]] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in _COMPILED:  # patterns are ordered from most to least specific
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if any(s < b and a < e for a, b in taken):
                continue
            if kind in ("md", "dm") and re.match(r"May", m.group("mon")) and not re.search(r"\d", m.group(0)):
                continue
            if kind == "weekday" and (_PAPER_BEFORE.search(text, 0, s) or _PAPER_AFTER.match(text, e)):
                continue  # "The News on Sunday", "The Sunday Times": a newspaper's name
            if kind == "month" and m.group("mon") == "May" and not re.match(r"(?i)in|during|since|early|late|mid", m.group(0)):
                continue
            d, p = _resolve(kind, m, published)
            if d is None and kind in ("ymd", "dmy_num", "mdy", "dmy", "my"):
                continue
            taken.append((s, e))
            found.append((Span(s, e, m.group(0)), d, p))
    found.sort(key=lambda t: t[0].start)
    return found


def day_named(text_of_span: str) -> tuple | None:
    """The calendar day a date expression names on its own, without a publication date to resolve it against:
    ("md", month, day) for a day of a month with or without its year, ("weekday", n) for a weekday, None for
    anything vaguer or relative ("yesterday", "last month"). Two keys of one kind that differ are two days."""
    for kind, rx in _COMPILED:
        m = rx.search(text_of_span)
        if m is None:
            continue
        g = m.groupdict()
        if kind in ("mdy", "dmy", "md", "dm"):
            return "md", _mon(g["mon"]), _day(g["d"])
        if kind in ("ymd", "dmy_num"):
            return "md", int(g["m"]), int(g["d"])
        if kind == "weekday":
            return "weekday", WEEKDAYS[g["wd"].lower()]
        return None
    return None


def resolve_date(text_of_span: str, published: date | None = None) -> tuple[date | None, int | None]:
    """The date one expression stands for ("on Sunday", "last month", "March 3") and its precision;
    (None, None) when it holds no date."""
    hits = find_dates(text_of_span, published)
    if not hits:
        return None, None
    # the most precise expression wins ("on Sunday, March 3" -> March 3)
    span, d, p = min(hits, key=lambda h: (h[2], h[1] is None, -(h[0].end - h[0].start)))
    return d, p
