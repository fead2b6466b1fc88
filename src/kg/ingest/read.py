"""Read files into SourceText: plain text in any common encoding, PDF text layers, HTML pages."""

from __future__ import annotations

import hashlib
import logging
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from ..errors import UnreadableDocumentError
from .html import extract_main_text
from .records import OffsetMap, SourceFormat, SourceText

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
PDF_SUFFIXES = {".pdf"}
WESTERN_PUNCTUATION = set("‘’‚“”„–—…•€°§«»´¨·±×÷²³¹¼½¾©®™ ")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES


def iter_source_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files to read: the given files, and the supported files under the given folders, sorted."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.exists():
            yield path
        else:
            raise UnreadableDocumentError(path, "no such file or folder")


def read_source(path: Path) -> SourceText:
    """Read one file.

    path (Path): a .txt, .pdf or .html file (the format is sniffed from the content too).
    RETURNS (SourceText): the original text and the readable text with its offset map.
    RAISES UnreadableDocumentError: empty, binary, encrypted, corrupt or text-less files.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableDocumentError(path, f"cannot open: {error.strerror}") from error
    if not data.strip():
        raise UnreadableDocumentError(path, "the file is empty")
    digest = hashlib.sha256(data).hexdigest()
    source_format = _sniff_format(path, data)
    if source_format is SourceFormat.PDF:
        original = _pdf_text(path, data)
        return SourceText(path, source_format, original, original,
                          OffsetMap.identity(len(original)), None, digest)
    decoded, encoding = _decode(path, data)
    if source_format is SourceFormat.HTML:
        text, offsets, meta = extract_main_text(decoded)
        if not text.strip():
            raise UnreadableDocumentError(path, "the HTML page has no readable main content")
        return SourceText(path, source_format, decoded, text, offsets, encoding, digest, meta)
    return SourceText(path, source_format, decoded, decoded,
                      OffsetMap.identity(len(decoded)), encoding, digest)


def _sniff_format(path: Path, data: bytes) -> SourceFormat:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if data.startswith(b"%PDF") or path.suffix.lower() in PDF_SUFFIXES:
        return SourceFormat.PDF
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head[:512]:
        return SourceFormat.HTML
    if path.suffix.lower() in HTML_SUFFIXES:
        return SourceFormat.HTML
    return SourceFormat.TEXT


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableDocumentError(path, "binary content, not a text, PDF or HTML document")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        western = _western_european(data)
        if western is not None:
            return western, "cp1252"
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise UnreadableDocumentError(path, "binary content or an unknown text encoding")
    text = str(best)
    if sum(not (c.isprintable() or c.isspace()) for c in text) > len(text) * 0.01:
        raise UnreadableDocumentError(path, "binary content, not a text, PDF or HTML document")
    return text, best.encoding


def _western_european(data: bytes) -> str | None:
    """`data` as Windows-1252 when it reads as Western European text, else None.

    Short Dutch texts in cp1252 or Latin-1 are easily mistaken for other code pages by
    statistical detection; a text whose non-ASCII characters are few and all Latin letters
    or typographic punctuation is taken as cp1252 (a superset of Latin-1's printable range).
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = sum(c.isalpha() for c in text)
    foreign = [c for c in text if ord(c) > 127]
    if not letters or len(foreign) > 0.1 * letters:
        return None
    if all(unicodedata.name(c, "").startswith("LATIN") or c in WESTERN_PUNCTUATION
           for c in foreign):
        return text
    return None


def _pdf_text(path: Path, data: bytes) -> str:
    import io

    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableDocumentError(path, "the PDF is encrypted with a password")
        pages = [page.extract_text() or "" for page in reader.pages]
    except UnreadableDocumentError:
        raise
    except FileNotDecryptedError as error:
        raise UnreadableDocumentError(path, "the PDF is encrypted with a password") from error
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise UnreadableDocumentError(path, f"corrupt or unreadable PDF ({error})") from error
    if not "".join(pages).strip():
        raise UnreadableDocumentError(
            path, "the PDF has no text layer (a scan?); run OCR on it first, e.g. ocrmypdf"
        )
    return "\f".join(pages)
