"""Quotations: titles of reports and campaigns (`het rapport ‘You are not Human Beings’`)
are names; the `ik` inside a quoted statement is not the speaker's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .targets import CONTEXT, NER_LABELS, UNKNOWN, Candidate, Target

QUOTATION = re.compile(r"«([^»]*)»|“([^”]*)”|„([^”“]*)[”“]|‘([^’]*)’(?!\w)")
# Nouns after which a quoted title names a work, not a campaign or a day.
WORK_NOUNS = frozenset({
    "rapport", "bericht", "boek", "resolutie", "verslag", "artikel", "documentaire", "film",
    "studie", "nota", "brief", "onderzoek", "verklaring", "publicatie", "video",
})  # fmt: skip
MAX_TITLE_WORDS = 8
TITLE_DISTANCE = 12
"""A title names a work when a work noun is among the words just before it (`het bericht van
ByPol d.d. 15 januari jl. «The New Auschwitz»`)."""


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the quotations in `text`, quote marks included."""
    return [m.span() for m in QUOTATION.finditer(text)]


def quoted_names(text: str) -> Iterator[Candidate]:
    """Quoted titles in title case (`‘You are not Human Beings’`, `«Belarus Solidarity
    Day»`; a subtitle after a colon left out): entities named by their title, WORK shortly
    after a noun such as `rapport` (then preferred to the NER's label for the same words),
    otherwise MISC. They may hold gazetteer names."""
    for match in QUOTATION.finditer(text):
        group = next(g for g in range(1, 5) if match.group(g) is not None)
        start, inner = match.start(group), match.group(group)
        title = inner.split(":", 1)[0].rstrip()
        words = title.split()
        capitals = sum(w[:1].isupper() for w in words)
        if not (2 <= len(words) <= MAX_TITLE_WORDS and words[0][:1].isupper()
                and words[-1][:1].isupper() and 2 * capitals >= len(words)):
            continue
        before = [w.strip(",.;:()").lower() for w in
                  text[max(0, match.start() - 80):match.start()].split()[-TITLE_DISTANCE:]]
        kind = "WORK" if WORK_NOUNS.intersection(before) else "MISC"
        offset = start + len(inner) - len(inner.lstrip())
        yield Candidate(offset, offset + len(title.strip()), NER_LABELS[kind],
                        Target.named(title, kind), CONTEXT if kind == "WORK" else UNKNOWN,
                        container=True)
