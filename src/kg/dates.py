"""Dutch date expressions: parse absolute and partial dates, resolve them against a reference date.

The functions are pure and shared by metadata parsing (kg.ingest) and event extraction
(kg.extract). Anything that cannot be resolved is returned as None, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m == "mei"]
_MONTH = r"(?P<month>" + "|".join(
    sorted(FULL_MONTHS, key=len, reverse=True)
    + [rf"{m}\.?" for m in sorted(set(MONTHS) - set(FULL_MONTHS), key=len, reverse=True)]) + ")"

DATE_PATTERN = re.compile(
    rf"(?:{WEEKDAYS}\s+)?(?P<day>[0-3]?\d)\s+{_MONTH}"
    r"(?:\s+(?P<year>(?:19|20)\d\d)|\s+(?P<rel>jl|a\.s|j\.l|as)\.?)?(?![\w-])",
    re.IGNORECASE,
)
NUMERIC_DATE_PATTERN = re.compile(
    r"\b(?P<day>[0-3]?\d)-(?P<month>[01]?\d)-(?P<year>(?:19|20)\d\d)\b"
)


def parse_dutch_date(text: str, reference: date | None = None) -> date | None:
    """Parse the first full date in `text`.

    Forms: `9 augustus 2020`, `zondag 9 augustus`, `14 september jl.`.

    text (str): text that holds a date.
    reference (date | None): the document date, used when the year is missing: `jl.` (jongstleden)
        is the latest such day on or before it, `a.s.` (aanstaande) the first on or after it,
        a bare `9 augustus` that day in the reference year.
    RETURNS (date | None): the date, or None when there is none or it cannot be resolved.
    """
    for match in DATE_PATTERN.finditer(text):
        resolved = _resolve(match, reference)
        if resolved is not None:
            return resolved
    numeric = NUMERIC_DATE_PATTERN.search(text)
    if numeric:
        return _safe_date(int(numeric["year"]), int(numeric["month"]), int(numeric["day"]))
    return None


def find_dutch_dates(text: str, reference: date | None = None) -> list[tuple[int, int, date]]:
    """Every resolvable full date in `text` as (start, end, date), in text order."""
    found = []
    for match in DATE_PATTERN.finditer(text):
        resolved = _resolve(match, reference)
        if resolved is not None:
            found.append((match.start(), match.end(), resolved))
    for match in NUMERIC_DATE_PATTERN.finditer(text):
        resolved = _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
        if resolved is not None:
            found.append((match.start(), match.end(), resolved))
    return sorted(found)


def _resolve(match: re.Match[str], reference: date | None) -> date | None:
    day, month = int(match["day"]), MONTHS[match["month"].lower().rstrip(".")]
    if match["year"]:
        return _safe_date(int(match["year"]), month, day)
    if reference is None:
        return None
    relation = (match["rel"] or "").lower().replace(".", "")
    candidate = _safe_date(reference.year, month, day)
    if relation in {"jl"}:
        if candidate is None or candidate > reference:
            return _safe_date(reference.year - 1, month, day)
        return candidate
    if relation in {"as"}:
        if candidate is None or candidate < reference:
            return _safe_date(reference.year + 1, month, day)
        return candidate
    return candidate


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in a text, resolved against the document date where possible.

    start, end (int): offsets of the expression in the text.
    text (str): the expression as written (`18 september jl.`, `in de zomer`).
    first, last (date | None): the first and last day it covers (equal for one day); both None
        when it cannot be resolved, which is never guessed.
    precision (str | None): `day`, `week`, `month`, `season` or `year`; None when unresolved.
    """

    start: int
    end: int
    text: str
    first: date | None = None
    last: date | None = None
    precision: str | None = None

    @property
    def resolved(self) -> bool:
        return self.first is not None


Resolver = Callable[[re.Match[str], date | None], tuple[date, date, str] | None]

SEASONS = {"lente": (3, 5), "voorjaar": (3, 5), "zomer": (6, 8), "herfst": (9, 11),
           "najaar": (9, 11), "winter": (12, 2)}  # fmt: skip
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\w/-])"
_REL = r"(?P<rel>jl|a\.s|j\.l|as)\.?"
_DAY_MONTH_TAIL = rf"{_MONTH}(?:\s+{_YEAR}|\s+{_REL})?(?![\w-])"
_PART = r"(?P<part>begin|eind|einde|half|halverwege|medio|midden|eind\s+van)"
_SEASON = r"(?P<season>" + "|".join(SEASONS) + r")"
_NEAR = r"(?P<near>vorige|vorig|afgelopen|komende|volgende|volgend|deze|dit)"


def find_time_expressions(text: str, reference: date | None = None) -> list[TimeExpression]:
    """Every time expression in `text`, in text order, without overlaps (the longest wins).

    Forms: days (`zondag 9 augustus 2020`, `18 september jl.`, `15-01-2021`), intervals
    (`op 4 tot 6 februari`, `4 t/m 6 februari 2021`, `1 maart tot 15 april`; two days, `op 13
    en 14 april`, as the span from the first to the last), months
    (`augustus 2020`, `half februari`, `eind september`), years (`in 2010`, `eind 2020`),
    seasons (`in de zomer`, `afgelopen najaar`, `de zomer van 2020`), and weeks, months or
    years relative to the document date (`vorige week`, `afgelopen maand`, `vorig jaar`,
    `gisteren`). Vague ones (`onlangs`, `de afgelopen weken`) are returned unresolved.

    text (str): the text to search.
    reference (date | None): the document date; relative and year-less forms resolve against
        it and stay unresolved without it.
    RETURNS (list[TimeExpression]): the expressions found.
    """
    candidates = []
    for pattern, resolver in _FORMS:
        for match in pattern.finditer(text):
            found = resolver(match, reference)
            first, last, precision = found if found else (None, None, None)
            candidates.append(TimeExpression(match.start(), match.end(), match.group(),
                                             first, last, precision))
    chosen: list[TimeExpression] = []
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if all(candidate.end <= c.start or c.end <= candidate.start for c in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)


def find_time_expressions_between(text: str, earliest: date,
                                  latest: date) -> list[TimeExpression]:
    """The time expressions of a text written on an unknown day between `earliest` and
    `latest`: resolved where every such day gives the same reading, else unresolved.

    Every reading is a non-decreasing function of the writing date (`jl.`: the latest such
    day before it; `a.s.`, `vorige week`, a bare `9 augustus`: likewise), so readings that
    agree at both ends agree in between. A weekday written with the date (`zondag 9 augustus
    jl.`) keeps the one reading in between, if just one falls on that weekday.
    """
    late = {e.start: e for e in find_time_expressions(text, latest)}
    found = []
    for early in find_time_expressions(text, earliest):
        other = late.get(early.start)
        if other is None or (early.first, early.last) != (other.first, other.last):
            early = _on_weekday(early, other) or replace(
                early, first=None, last=None, precision=None)
        found.append(early)
    return found


def _on_weekday(early: TimeExpression, late: TimeExpression | None) -> TimeExpression | None:
    """The one day between two readings of a day expression that has its weekday."""
    named = re.match(WEEKDAYS, early.text, re.I)
    if named is None or late is None or early.precision != "day" or late.precision != "day":
        return None
    assert early.first is not None and late.first is not None
    weekday = WEEKDAY_NAMES.index(named.group().lower())
    days = [d for year in range(early.first.year, late.first.year + 1)
            if (d := _safe_date(year, early.first.month, early.first.day)) is not None
            and d.weekday() == weekday]
    return replace(early, first=days[0], last=days[0]) if len(days) == 1 else None


def _day_interval(match: re.Match[str], reference: date | None) -> tuple[date, date, str] | None:
    last = _resolve(match, reference)
    if last is None:
        return None
    first = _safe_date(last.year, last.month, int(match["first"]))
    if first is None or first > last:
        return None
    return first, last, "day"


def _month_interval(match: re.Match[str],
                    reference: date | None) -> tuple[date, date, str] | None:
    last = _resolve(match, reference)
    if last is None:
        return None
    month = MONTHS[match["month1"].lower().rstrip(".")]
    year = int(match["year1"]) if match["year1"] else last.year - (month > last.month)
    first = _safe_date(year, month, int(match["day1"]))
    if first is None or first > last:
        return None
    return first, last, "day"


def _day(match: re.Match[str], reference: date | None) -> tuple[date, date, str] | None:
    day = _resolve(match, reference)
    return (day, day, "day") if day else None


def _numeric_day(match: re.Match[str], reference: date | None) -> tuple[date, date, str] | None:
    day = _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
    return (day, day, "day") if day else None


def _month(match: re.Match[str], reference: date | None) -> tuple[date, date, str] | None:
    month = MONTHS[match["month"].lower().rstrip(".")]
    if match["year"]:
        year = int(match["year"])
    elif reference is not None and match["rel"]:
        year = reference.year - (month > reference.month)
    elif reference is not None:
        year = reference.year
    else:
        return None
    return _month_span(year, month)


def _year(match: re.Match[str], reference: date | None) -> tuple[date, date, str] | None:
    first, last = int(match["year"]), int(match["year2"] or match["year"])
    if last < first:
        return None
    return date(first, 1, 1), date(last, 12, 31), "year"


def _season(match: re.Match[str], reference: date | None) -> tuple[date, date, str] | None:
    season = match["season"].lower()
    near = (match["near"] or "").lower()
    if match["year"]:
        return _season_span(season, int(match["year"]))
    if reference is None:
        return None
    year = reference.year
    span = _season_span(season, year)
    if near in {"komende", "volgende"}:
        while span[0] <= reference:
            year += 1
            span = _season_span(season, year)
        return span
    ended = near in {"vorige", "vorig", "afgelopen"}
    first, last, _ = span
    while (last if ended else first) > reference:
        year -= 1
        first, last, _ = _season_span(season, year)
    return first, last, "season"


def _relative(match: re.Match[str], reference: date | None) -> tuple[date, date, str] | None:
    if reference is None:
        return None
    near, unit = match["near"].lower(), match["unit"].lower()
    step = -1 if near in {"vorige", "vorig", "afgelopen"} else (
        1 if near in {"komende", "volgende", "volgend"} else 0)
    if unit == "week":
        monday = reference - timedelta(days=reference.weekday()) + timedelta(weeks=step)
        return monday, monday + timedelta(days=6), "week"
    if unit == "maand":
        index = reference.year * 12 + reference.month - 1 + step
        return _month_span(index // 12, index % 12 + 1)
    return date(reference.year + step, 1, 1), date(reference.year + step, 12, 31), "year"


def _weekday(match: re.Match[str], reference: date | None) -> tuple[date, date, str] | None:
    if reference is None:
        return None
    weekday = WEEKDAY_NAMES.index(match["weekday"].lower())
    forward = match["near"].lower() in {"komende", "volgende"}
    offset = (weekday - reference.weekday()) % 7 or 7
    day = reference + timedelta(days=offset) if forward else (
        reference - timedelta(days=(reference.weekday() - weekday) % 7 or 7))
    return day, day, "day"


def _deictic(match: re.Match[str], reference: date | None) -> tuple[date, date, str] | None:
    if reference is None:
        return None
    day = reference + timedelta(days=DEICTIC_DAYS[match["word"].lower()])
    return day, day, "day"


def _unresolvable(match: re.Match[str], reference: date | None) -> None:
    return None


def enclosing_period(first: date, last: date) -> tuple[date, date, str] | None:
    """The calendar month, else the year, that holds both days (all that is known of the day
    of something that happened between them); None when they lie in different years."""
    if (first.year, first.month) == (last.year, last.month):
        return _month_span(first.year, first.month)
    if first.year == last.year:
        return date(first.year, 1, 1), date(first.year, 12, 31), "year"
    return None


def _month_span(year: int, month: int) -> tuple[date, date, str]:
    following = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, 1), following - timedelta(days=1), "month"


def _season_span(season: str, year: int) -> tuple[date, date, str]:
    """A season by its meteorological months; the winter of Y runs from December Y."""
    first_month, last_month = SEASONS[season]
    last_year = year + (last_month < first_month)
    _, last, _ = _month_span(last_year, last_month)
    return date(year, first_month, 1), last, "season"


WEEKDAY_NAMES = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DEICTIC_DAYS = {"eergisteren": -2, "gisteren": -1, "vandaag": 0, "overmorgen": 2}
_FULL_MONTH = r"(?P<month>" + "|".join(sorted(FULL_MONTHS, key=len, reverse=True)) + r")"
_MONTH1 = _MONTH.replace("?P<month>", "?P<month1>")
_TO = r"\s*(?:tot\s+en\s+met|t/m|tot|-|–)\s*"
_LEAD = r"(?<![\w-])(?:(?:van|op|tussen)\s+)*"
_FORMS: list[tuple[re.Pattern[str], Resolver]] = [
    (re.compile(rf"{_LEAD}(?P<first>[0-3]?\d)(?:{_TO}|\s+en\s+)(?P<day>[0-3]?\d)\s+"
                rf"{_DAY_MONTH_TAIL}", re.I), _day_interval),
    (re.compile(rf"{_LEAD}(?P<day1>[0-3]?\d)\s+{_MONTH1}(?:\s+(?P<year1>(?:19|20)\d\d))?{_TO}"
                rf"(?P<day>[0-3]?\d)\s+{_DAY_MONTH_TAIL}", re.I), _month_interval),
    (re.compile(rf"(?<![\w-])(?:{WEEKDAYS}\s+)?(?P<day>[0-3]?\d)\s+{_DAY_MONTH_TAIL}", re.I),
     _day),
    (NUMERIC_DATE_PATTERN, _numeric_day),
    (re.compile(rf"(?<![\w-])(?:{_PART}\s+)?{_FULL_MONTH}(?:\s+{_YEAR}|\s+{_REL})?(?![\w-])",
                re.I), _month),
    (re.compile(rf"(?<![\w/-])(?:(?:in|sinds|vanaf|{_PART}|het\s+jaar)\s+)?{_YEAR}"
                r"(?:\s*[-–]\s*(?P<year2>(?:19|20)\d\d)(?![\w/-]))?", re.I), _year),
    (re.compile(rf"(?<![\w-])(?:in\s+)?(?:de|het|{_NEAR})\s+{_SEASON}"
                rf"(?:\s+(?:van\s+)?{_YEAR})?(?![\w-])", re.I), _season),
    (re.compile(rf"(?<![\w-]){_NEAR}\s+(?P<unit>week|maand|jaar)(?![\w-])", re.I), _relative),
    (re.compile(r"(?<![\w-])(?P<near>vorige|afgelopen|komende|volgende)\s+"
                rf"(?P<weekday>{'|'.join(WEEKDAY_NAMES)})(?![\w-])", re.I), _weekday),
    (re.compile(rf"(?<![\w-])(?P<word>{'|'.join(DEICTIC_DAYS)})(?![\w-])", re.I), _deictic),
    (re.compile(r"(?<![\w-])(?:onlangs|recent(?:elijk)?|binnenkort|op\s+korte\s+termijn|"
                r"de\s+(?:afgelopen|komende)\s+(?:dagen|weken|maanden|jaren))(?![\w-])", re.I),
     _unresolvable),
]
