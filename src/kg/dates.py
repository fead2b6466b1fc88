"""Dutch date expressions: parse absolute and partial dates, resolve them against a reference date.

The functions are pure and shared by metadata parsing (kg.ingest) and event extraction
(kg.extract). Anything that cannot be resolved is returned as None, never guessed.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"

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
    day, month = int(match["day"]), MONTHS[match["month"].lower()]
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
