"""Abbreviations a document defines: `Organisatie voor Veiligheid en Samenwerking in Europa
(OVSE)` or `OVSE (Organisatie voor ...)`. The short and the long form become names of one
entity for that document, in the spirit of Schwartz & Hearst (2003)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .context import LinkContext
from .kb import KnowledgeBase
from .names import resolve_form
from .targets import NAME, NER_LABELS, Candidate, Target

SHORT_FORM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z0-9&/.]{1,9}$")
MAX_LONG_TOKENS = 12


@dataclass(frozen=True)
class Definition:
    """One definition: the spans of its short and long form and the entity they name."""

    short: Span
    long: Span
    target: Target


def find_definitions(doc: Doc, kb: KnowledgeBase, context: LinkContext) -> list[Definition]:
    """Every `long (SHORT)` and `SHORT (long)` whose letters fit, in text order."""
    found = []
    for i in range(1, len(doc) - 2):
        if doc[i].text != "(":
            continue
        close = next((k for k in range(i + 1, min(len(doc), i + MAX_LONG_TOKENS + 2))
                      if doc[k].text == ")"), None)
        if close is None:
            continue
        inside, before = doc[i + 1:close], doc[i - 1]
        if len(inside) == 1 and SHORT_FORM.match(inside.text):
            long = _long_form(inside.text, doc[max(doc[i].sent.start if doc.has_annotation(
                "SENT_START") else 0, i - _window(inside.text)):i])
            short = inside
        elif len(inside) > 1 and SHORT_FORM.match(before.text):
            long = _long_form(before.text, inside)
            short = doc[i - 1:i]
        else:
            continue
        if long is not None:
            target = _target(short.text, long, kb, context)
            if target is not None:
                found.append(Definition(short, long, target))
    return found


def definition_candidates(doc: Doc, definitions: list[Definition]) -> Iterator[Candidate]:
    """The long forms, and every occurrence of each short form in the document."""
    targets = {d.short.text: d.target for d in definitions}
    for definition in definitions:
        yield _candidate(definition.long.start_char, definition.long.end_char, definition.target)
    for token in doc:
        if token.text in targets:
            yield _candidate(token.idx, token.idx + len(token), targets[token.text])


def _candidate(start: int, end: int, target: Target) -> Candidate:
    return Candidate(start, end, NER_LABELS[target.type], target, NAME)


def _window(short: str) -> int:
    """How many tokens before the bracket a long form may take (Schwartz & Hearst)."""
    return min(len(short) + 5, 2 * len(short))


def _long_form(short: str, words: Span) -> Span | None:
    """The shortest tail of `words` whose letters spell `short` (see spelled_from); None when
    there is none or it is a single word."""
    start = spelled_from(short, words.text)
    if start is None:
        return None
    span = words.doc.char_span(words.start_char + start, words.end_char,
                               alignment_mode="expand")
    if span is None or len(span) < 2 or not span[0].text[:1].isupper():
        return None
    return span


def spelled_from(short: str, text: str) -> int | None:
    """Where the shortest tail of `text` starts whose letters spell `short` in order, the
    first letter starting a word (Schwartz & Hearst); None when the letters do not fit."""
    letters = [c.lower() for c in short if c.isalnum()]
    position = len(text) - 1
    for index in range(len(letters) - 1, -1, -1):
        letter = letters[index]
        while position >= 0 and (text[position].lower() != letter or (
                index == 0 and position > 0 and text[position - 1].isalnum())):
            position -= 1
        if position < 0:
            return None
        position -= 1
    return position + 1


def _target(short: str, long: Span, kb: KnowledgeBase, context: LinkContext) -> Target | None:
    """The gazetteer entity the long form names (whether or not the short form does), or a new
    entity named by the long form; None when the two forms name two different gazetteer
    entities, or when only the short form is known: a known abbreviation after words that
    are none of its names defines nothing (`Vragen van het lid Brekelmans (VVD)`, whose
    letters happen to spell it)."""
    resolved = [resolve_form(text, kb.forms(text), kb, context) for text in (short, long.text)]
    known = {form.entity.id: form.entity for form in resolved if form is not None}
    if len(known) > 1 or (resolved[0] is not None and resolved[1] is None):
        return None
    if known:
        (entity,) = known.values()
        return Target.of(entity)
    return Target.named(long.text, "ORG")
