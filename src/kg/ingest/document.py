"""Read one file into a Document: read, clean, structure."""

from __future__ import annotations

from pathlib import Path

from ..slug import slugify
from .clean import clean_text
from .read import read_source
from .records import Document, Passage, PassageKind
from .structure import parse_structure


def load_document(path: Path) -> Document:
    """Read, clean and structure one file.

    path (Path): a text, PDF or HTML file.
    RETURNS (Document): clean text with its map into the original file, passages, metadata.
    RAISES UnreadableDocumentError: when the file cannot be read as a document.
    """
    source = read_source(path)
    cleaned = clean_text(source.text)
    offsets = cleaned.offsets.then(source.offsets)
    structure = parse_structure(cleaned.text[: cleaned.body_end])
    footnotes = tuple(Passage(PassageKind.FOOTNOTE, start, end, number)
                      for number, start, end in cleaned.footnotes)
    return Document(
        id=document_id(path, source.sha256),
        source=source,
        text=cleaned.text,
        offsets=offsets,
        passages=structure.passages,
        meta=structure.meta,
        footnotes=footnotes,
    )


def document_id(path: Path, sha256: str) -> str:
    """A stable id: the file name as a slug plus the start of the content hash."""
    return f"{slugify(path.stem, limit=60) or 'doc'}-{sha256[:8]}"
