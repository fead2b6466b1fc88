"""Clean extracted text while keeping a map from every clean character back to the source.

Joins hard-wrapped lines, undoes end-of-line hyphenation where the joined form is one word,
drops page numbers and running headers/footers, and moves footnotes out of the body.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .records import OffsetMap, TextBuilder

TERMINAL = ".!?:;»”\"')"
STRUCTURAL_START = re.compile(
    r"^(\d{1,2}[.)]\s+\S|(Vraag|VRAAG|Antwoord|ANTWOORD)(\s+op\s+vraag)?\s*(nr\.?\s*)?\d+\b"
    r"|(ANTWOORD|Antwoord|VRAAG|Vraag)\s*$|(?i:geachte\b|hoogachtend|met vriendelijke groet)|\["
    r"|(?:Den Haag|Brussel|Datum)[,:]?\s+\d{1,2}\s+[a-z]+\s+\d{4})"
)
PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?\s*$|^\s*(?:pagina|blz\.?|page)\s*\d+"
    r"(?:\s*(?:van|/|of)\s*\d+)?\s*$|^\s*\d{1,3}\s*/\s*\d{1,3}\s*$",
    re.IGNORECASE,
)
FOOTNOTE_LINE = re.compile(r"^\s*(\d{1,2})\s+(?=\S)(?!\d)")
HYPHEN_PREFIXES = {"ex", "oud", "niet", "vice", "non", "semi", "pro", "co", "adjunct",
                   "interim", "loco", "pseudo", "anti"}
VOWEL_CLASH = {"aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou",
               "ui", "uu"}
SPACED_AFTER_HYPHEN = {"en", "of", "tot", "noch", "and", "or"}
WHITESPACE = " \t\r\xa0\u2009\u202f\u200b"


@dataclass
class _Line:
    start: int  # offset of the first character of the line in the input
    end: int  # offset just after the last non-whitespace character
    newline: int  # offset of the line's terminating "\n" (or its last character)
    page: int
    text: str  # stripped
    kind: str = "body"  # body, blank, furniture, footnote
    footnote: int | None = None


@dataclass(frozen=True)
class CleanText:
    """Clean body text followed by the footnotes, with the map back into the input text.

    footnotes: (number, start, end) spans in `text`, after the body.
    body_end: where the body ends in `text`.
    """

    text: str
    offsets: OffsetMap
    body_end: int
    footnotes: tuple[tuple[int, int, int], ...]


def clean_text(source: str) -> CleanText:
    """Clean `source` (a text file or a PDF/HTML text layer; pages separated by form feeds).

    source (str): the text.
    RETURNS (CleanText): clean text, map into `source`, footnote spans.
    """
    lines = _split_lines(source)
    _mark_furniture(lines)
    markers = _mark_footnotes(lines)
    builder = TextBuilder()
    body = [line for line in lines if line.kind in {"body", "blank"}]
    _emit_body(source, body, builder, markers)
    builder.drop_trailing(" \n")
    body_end = len(builder)
    footnotes = []
    for number, group in _footnote_groups(lines):
        if len(builder):
            builder.put("\n", group[0].start, group[0].start + 1)
            builder.put("\n", group[0].start, group[0].start + 1)
        start = len(builder)
        _emit_body(source, group, builder, {})
        builder.drop_trailing(" \n")
        footnotes.append((number, start, len(builder)))
    text, offsets = builder.build()
    return CleanText(text, offsets, body_end, tuple(footnotes))


def _split_lines(source: str) -> list[_Line]:
    lines = []
    for page, match in _iter_pages(source):
        offset = match[0]
        for raw in match[1].split("\n"):
            stripped = raw.strip(WHITESPACE + "\ufeff")
            lead = len(raw) - len(raw.lstrip(WHITESPACE + "\ufeff"))
            start = offset + lead
            newline = offset + len(raw)
            line = _Line(start, start + len(stripped), newline, page, stripped)
            line.kind = "body" if stripped else "blank"
            lines.append(line)
            offset += len(raw) + 1
    return lines


def _iter_pages(source: str) -> list[tuple[int, tuple[int, str]]]:
    pages, offset = [], 0
    for number, page in enumerate(source.split("\f")):
        pages.append((number, (offset, page)))
        offset += len(page) + 1
    return pages


def _normalise(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower())


def _mark_furniture(lines: list[_Line]) -> None:
    """Page numbers and lines repeated as running headers or footers."""
    for line in lines:
        if line.kind == "body" and PAGE_NUMBER.match(line.text):
            line.kind = "furniture"
    body = [line for line in lines if line.kind == "body"]
    candidates = [line for line in body
                  if len(line.text) < 100 and not STRUCTURAL_START.match(line.text)]
    pages = {line.page for line in lines}
    if len(pages) > 1:
        edges: Counter[str] = Counter()
        for page in pages:
            on_page = [line for line in lines if line.page == page and line.kind == "body"]
            for line in {id(x): x for x in on_page[:3] + on_page[-3:]}.values():
                edges[_normalise(line.text)] += 1
        repeated = {text for text, count in edges.items() if count >= max(2, len(pages) // 2)}
    else:
        counts = Counter(_normalise(line.text) for line in candidates)
        repeated = {text for text, count in counts.items() if count >= 3}
    for line in candidates:
        if _normalise(line.text) in repeated and len(line.text) > 3:
            line.kind = "furniture"


def _mark_footnotes(lines: list[_Line]) -> dict[int, set[int]]:
    """Footnote lines: `N text` after a blank line, where the body earlier carries marker N.

    RETURNS (dict): for each body line index, offsets of footnote markers to drop.
    """
    markers: dict[int, set[int]] = {}
    for index, line in enumerate(lines):
        match = FOOTNOTE_LINE.match(line.text) if line.kind == "body" else None
        if not match or index == 0 or lines[index - 1].kind not in {"blank", "furniture"}:
            continue
        number = match.group(1)
        marker = re.compile(rf"(?<=[^\s\d]){number}(?=[\s,.;:]|$)")
        found = None
        for back in range(index - 1, -1, -1):
            prior = lines[back]
            if prior.kind != "body":
                continue
            hit = marker.search(prior.text)
            if hit and not prior.text[: hit.start()].rstrip().endswith(("nr.", "nr")):
                found = (back, prior.start + hit.start(), len(number))
                break
        if found is None:
            continue
        back, at, width = found
        markers.setdefault(back, set()).update(range(at, at + width))
        for follower in lines[index:]:
            if follower is not line and (follower.kind != "body"
                                         or STRUCTURAL_START.match(follower.text)):
                break
            follower.kind, follower.footnote = "footnote", int(number)
    return markers


def _footnote_groups(lines: list[_Line]) -> list[tuple[int, list[_Line]]]:
    groups: dict[int, list[_Line]] = {}
    for line in lines:
        if line.kind == "footnote" and line.footnote is not None:
            groups.setdefault(line.footnote, []).append(line)
    return sorted(groups.items())


def _emit_body(source: str, lines: list[_Line], builder: TextBuilder,
               markers: dict[int, set[int]]) -> None:
    typical = _column_width(lines)
    previous: _Line | None = None
    gap: list[_Line] = []
    for line in lines:
        if line.kind == "blank":
            gap.append(line)
            continue
        if previous is not None:
            _join(source, previous, line, gap, builder, typical)
        _copy_line(source, line, builder, markers)
        previous, gap = line, []


def _column_width(lines: list[_Line]) -> float:
    """The width of a full line: a high quantile, as most lines of a page are full."""
    widths = sorted(len(line.text) for line in lines if len(line.text) > 20)
    return float(widths[int(len(widths) * 0.8)]) if widths else 80.0


def _copy_line(source: str, line: _Line, builder: TextBuilder,
               markers: dict[int, set[int]]) -> None:
    skip = set().union(*markers.values()) if markers else set()
    in_space = False
    for offset in range(line.start, line.end):
        char = source[offset]
        if offset in skip:
            continue
        if char in WHITESPACE:
            if not in_space:
                builder.put(" ", offset, offset + 1)
            in_space = True
            continue
        in_space = False
        builder.copy(source, offset, offset + 1)


def _join(source: str, left: _Line, right: _Line, gap: list[_Line], builder: TextBuilder,
          typical: float) -> None:
    soft_gap = len(gap) >= 2 or left.page != right.page or right.start - left.newline > 1 + sum(
        g.newline - g.start + 1 for g in gap)
    continues = not left.text.endswith(tuple(TERMINAL)) and right.text[:1].islower()
    if gap and not (soft_gap and continues):
        second = gap[0].newline if gap[0].newline < len(source) else left.newline
        builder.put("\n", left.newline, left.newline + 1)
        builder.put("\n", second, second + 1)
        return
    if _breaks_line(left, right, typical):
        builder.put("\n", left.newline, left.newline + 1)
        return
    if left.text.endswith("-") and len(left.text) > 1 and left.text[-2].isalnum():
        word = re.search(r"(\S*)-$", left.text)
        head = word.group(1) if word else ""
        tail = re.match(r"\S*", right.text)
        rest = tail.group(0) if tail else ""
        if _keeps_hyphen(head, rest):
            if rest.lower().strip(",.;") in SPACED_AFTER_HYPHEN:
                builder.put(" ", left.newline, left.newline + 1)
            return
        builder.drop_trailing("-")
        return
    builder.put(" ", left.newline, left.newline + 1)


def _breaks_line(left: _Line, right: _Line, typical: float) -> bool:
    """Whether the line break between two adjacent lines is a real one."""
    if STRUCTURAL_START.match(right.text):
        return True
    if STRUCTURAL_START.match(left.text) and len(left.text) < typical * 0.5:
        return True
    if _is_upper(left.text) != _is_upper(right.text):
        return True
    starts_new = right.text[:1].isupper() or right.text[:1].isdigit() or right.text[:1] in "«“‘\"'"
    return len(left.text) < typical * 0.6 and starts_new


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _keeps_hyphen(head: str, rest: str) -> bool:
    """Whether `head-` + newline + `rest` is a hyphenated word rather than a split one."""
    if not rest or not head:
        return True
    if rest[0].isupper() or rest[0].isdigit() or not rest[0].isalpha():
        return True
    last = head.split("-")[-1]
    if not last or last.isupper() or any(c.isdigit() or c.isupper() for c in last[1:]):
        return True
    if last.lower() in HYPHEN_PREFIXES or rest.lower().strip(",.;") in SPACED_AFTER_HYPHEN:
        return True
    return (last[-1:] + rest[:1]).lower() in VOWEL_CLASH and last[-1].lower() in "aeiou"
