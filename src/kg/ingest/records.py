"""Typed records that the ingest stage hands on: source text, offset map, passages, metadata."""

from __future__ import annotations

import datetime as dt
import enum
from array import array
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class OffsetMap:
    """Maps every character of a derived text to the span of the source text it came from.

    Character i of the derived text came from source[starts[i]:ends[i]]: usually one character,
    several for an HTML entity such as `&amp;`, and a whitespace character for a joined line.
    """

    starts: array[int]
    ends: array[int]

    def __len__(self) -> int:
        return len(self.starts)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The source span of the derived span [start, end) (end > start)."""
        if not 0 <= start < end <= len(self.starts):
            raise ValueError(f"span {start}:{end} outside a text of {len(self.starts)} characters")
        return self.starts[start], self.ends[end - 1]

    def then(self, outer: OffsetMap) -> OffsetMap:
        """Compose: this map points into a text that `outer` maps further back."""
        starts = array("q", (outer.starts[s] for s in self.starts))
        ends = array("q", (outer.ends[e - 1] for e in self.ends))
        return OffsetMap(starts, ends)

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a text onto itself."""
        return cls(array("q", range(length)), array("q", range(1, length + 1)))


class TextBuilder:
    """Builds a derived text and its OffsetMap one piece at a time."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._starts = array("q")
        self._ends = array("q")

    def __len__(self) -> int:
        return len(self._starts)

    def copy(self, source: str, start: int, end: int, *, origin: OffsetMap | None = None) -> None:
        """Append source[start:end] unchanged."""
        self._parts.append(source[start:end])
        if origin is None:
            self._starts.extend(range(start, end))
            self._ends.extend(range(start + 1, end + 1))
        else:
            self._starts.extend(origin.starts[start:end])
            self._ends.extend(origin.ends[start:end])

    def put(self, char: str, start: int, end: int) -> None:
        """Append one character that stands for source[start:end]."""
        self._parts.append(char)
        self._starts.append(start)
        self._ends.append(end)

    def trailing_newlines(self) -> int:
        """How many newlines the text built so far ends with."""
        text = "".join(self._parts[-3:])
        return len(text) - len(text.rstrip("\n"))

    def drop_trailing(self, chars: str) -> None:
        """Remove trailing characters that are in `chars`."""
        while self._parts and self._parts[-1] and self._parts[-1][-1] in chars:
            self._parts[-1] = self._parts[-1][:-1]
            self._starts.pop()
            self._ends.pop()
            if not self._parts[-1]:
                self._parts.pop()

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self._parts), OffsetMap(self._starts, self._ends)


class SourceFormat(enum.StrEnum):
    TEXT = "text"
    PDF = "pdf"
    HTML = "html"


@dataclass(frozen=True)
class SourceText:
    """A file read into text.

    `original` is what provenance offsets point into: the decoded file for text and HTML
    (so offsets count characters of the HTML source), the text layer for PDF (pages joined
    by form feeds). `text` is the readable text taken from it and `offsets` maps it back.
    """

    path: Path
    format: SourceFormat
    original: str
    text: str
    offsets: OffsetMap
    encoding: str | None = None
    sha256: str = ""
    html_meta: dict[str, str] = field(default_factory=dict)


class DocType(enum.StrEnum):
    """Document classes; the values are the labels of the gold metadata."""

    WRITTEN_QUESTION = "schriftelijke vraag"
    WRITTEN_QUESTION_ANSWERED = "schriftelijke vraag (met antwoord)"
    KAMERVRAGEN = "kamervragen"
    KAMERVRAGEN_UNANSWERED = "kamervragen (zonder antwoord)"
    KAMERBRIEF = "kamerbrief"
    OTHER = "document"


class PassageKind(enum.StrEnum):
    TITLE = "title"
    HEADER = "header"
    PREAMBLE = "preamble"
    QUESTION = "question"
    ANSWER = "answer"
    BODY = "body"
    SIGNATURE = "signature"
    FOOTNOTE = "footnote"


@dataclass(frozen=True)
class Agent:
    """A person or office as the document names it, before entity resolution.

    name (str | None): the name as written, in normal case (`Ploumen`, `Joris Nachtergaele`).
    party (str | None): party as written (`PvdA`).
    role (str | None): office as written (`Minister van Buitenlandse Zaken`, `minister-president`).
    jurisdiction (str | None): gazetteer id of the country or region whose office it is.
    """

    name: str | None = None
    party: str | None = None
    role: str | None = None
    jurisdiction: str | None = None


@dataclass(frozen=True)
class Passage:
    """A stretch of the clean text with one function and one speaker.

    start, end (int): character offsets in Document.text.
    number (int | None): question or answer number.
    speaker (Agent | None): who says it; None for titles and headers.
    """

    kind: PassageKind
    start: int
    end: int
    number: int | None = None
    speaker: Agent | None = None


@dataclass(frozen=True)
class DocumentMeta:
    doc_type: DocType = DocType.OTHER
    title: str | None = None
    date: dt.date | None = None
    number: str | None = None
    references: tuple[str, ...] = ()
    askers: tuple[Agent, ...] = ()
    addressees: tuple[Agent, ...] = ()
    signatories: tuple[Agent, ...] = ()
    date_asked: dt.date | None = None
    date_answered: dt.date | None = None
    date_source: str = "text"

    @property
    def authors(self) -> tuple[Agent, ...]:
        """Who wrote it: the askers of a question, the signatories of a letter."""
        if self.doc_type is DocType.KAMERBRIEF:
            return self.signatories
        return self.askers


@dataclass(frozen=True)
class Document:
    """An ingested document: clean text with a map into the original, passages and metadata."""

    id: str
    source: SourceText
    text: str
    offsets: OffsetMap
    passages: tuple[Passage, ...]
    meta: DocumentMeta
    footnotes: tuple[Passage, ...] = ()

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original file of the clean-text span [start, end)."""
        return self.offsets.span(start, end)

    def passage_at(self, offset: int) -> Passage | None:
        """The passage that holds clean-text offset `offset`."""
        for passage in (*self.passages, *self.footnotes):
            if passage.start <= offset < passage.end:
                return passage
        return None
