"""Corpus-level metadata: fill an undated, unnumbered document from another one that cites it.

A Flemish answer often says "in het antwoord op schriftelijke vraag 392 van 25 augustus jl.
gaf ik aan dat ...". When the corpus holds an answered written question without number and
date whose answer says the same thing, that citation gives its number and date.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..dates import DATE_PATTERN, parse_dutch_date
from .records import DocType, Document, PassageKind
from .structure import latest_date

CITATION = re.compile(
    r"(?:antwoord\s+op\s+)?schriftelijke\s+vraag\s+(?:nr\.\s*)?(?P<number>\d+)\s+van\s+"
    r"(?P<date>" + DATE_PATTERN.pattern + r")(?P<claim>[^.?!]*)",
    re.IGNORECASE,
)
WRITTEN_QUESTIONS = {DocType.WRITTEN_QUESTION, DocType.WRITTEN_QUESTION_ANSWERED}
MIN_OVERLAP = 0.5


def resolve_cross_references(documents: list[Document]) -> list[Document]:
    """Give undated, unnumbered written questions the number and date a citing document names.

    documents (list[Document]): the ingested corpus.
    RETURNS (list[Document]): the same documents, with metadata filled in where a citation
        matches one document only; `meta.date_source` names the citing document.
    """
    unnumbered = [d for d in documents
                  if d.meta.doc_type in WRITTEN_QUESTIONS and d.meta.number is None]
    if not unnumbered:
        return documents
    updates: dict[str, Document] = {}
    for citing in documents:
        for match in CITATION.finditer(citing.text):
            cited_date = parse_dutch_date(match["date"], citing.meta.date)
            if cited_date is None:
                continue
            claim = _trigrams(match["claim"])
            scored = [(_overlap(claim, _answer_text(doc)), doc) for doc in unnumbered
                      if doc.id != citing.id and _fits(doc, cited_date)]
            matches = [doc for score, doc in scored if score >= MIN_OVERLAP]
            if len(matches) == 1:
                doc = matches[0]
                meta = replace(doc.meta, number=match["number"], date=cited_date,
                               date_asked=cited_date, date_source=f"cited in {citing.id}")
                updates[doc.id] = replace(doc, meta=meta)
    return [updates.get(doc.id, doc) for doc in documents]


def _fits(doc: Document, cited_date: object) -> bool:
    bound = latest_date(doc.text)
    return bound is None or bound <= cited_date  # type: ignore[operator]


def _answer_text(doc: Document) -> str:
    return " ".join(doc.text[p.start:p.end] for p in doc.passages if p.kind is PassageKind.ANSWER)


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def _overlap(claim: set[tuple[str, ...]], text: str) -> float:
    if not claim:
        return 0.0
    return len(claim & _trigrams(text)) / len(claim)
