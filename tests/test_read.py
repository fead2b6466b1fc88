"""Reading files: encodings, PDF text layers, HTML main content, and unreadable inputs."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from kg.errors import UnreadableDocumentError
from kg.ingest.read import iter_source_paths, read_source
from kg.ingest.records import SourceFormat

DUTCH = "De Europese Unie erkent de uitslag van de verkiezingen in Wit-Rusland niet.\n" \
        "Financiële steun gaat naar het maatschappelijk middenveld en de oppositie.\n"


def make_pdf(path: Path, pages: list[str], *, text: bool = True) -> Path:
    """A PDF with one page per string (or, with text=False, only drawings: a 'scan')."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for page in pages:
        pdf.add_page()
        if text:
            pdf.multi_cell(0, 6, page)
        else:
            pdf.rect(20, 20, 100, 50, style="F")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"])
def test_text_in_common_encodings_is_decoded(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "brief.txt"
    path.write_bytes(DUTCH.encode(encoding))
    source = read_source(path)
    assert source.format is SourceFormat.TEXT
    assert source.text == DUTCH
    assert source.original == DUTCH


def test_pdf_text_layer_is_read_page_by_page(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "brief.pdf", ["Eerste pagina over Wit-Rusland.",
                                              "Tweede pagina over de OVSE."])
    source = read_source(path)
    assert source.format is SourceFormat.PDF
    first, second = source.original.split("\f")
    assert "Eerste pagina over Wit-Rusland." in first
    assert "Tweede pagina over de OVSE." in second
    assert len(source.offsets) == len(source.text)


def test_pdf_is_recognised_by_content_whatever_its_name(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "brief.pdf", ["Inhoud van de brief."])
    renamed = path.rename(tmp_path / "brief.dat")
    assert read_source(renamed).format is SourceFormat.PDF


def test_pdf_without_text_layer_is_refused_with_advice(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "scan.pdf", ["x"], text=False)
    with pytest.raises(UnreadableDocumentError, match="no text layer.*OCR"):
        read_source(path)


def test_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    plain = make_pdf(tmp_path / "plain.pdf", ["Vertrouwelijk."])
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="geheim", owner_password="geheim", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "encrypted.pdf"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(UnreadableDocumentError, match="encrypted"):
        read_source(path)


def test_corrupt_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kapot.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%garbage" + bytes(range(256)))
    with pytest.raises(UnreadableDocumentError, match="PDF"):
        read_source(path)


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "empty"),
    (b"  \n\t\n", "empty"),
    (bytes(range(256)) * 20, "binary"),
])
def test_empty_and_binary_files_are_refused(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "invoer.txt"
    path.write_bytes(content)
    with pytest.raises(UnreadableDocumentError, match=reason) as caught:
        read_source(path)
    assert caught.value.path == path


HTML_PAGE = """<!DOCTYPE html>
<html lang="nl"><head><title>Kamervragen</title>
<meta name="DC.title" content="Vragen over Wit-Rusland">
<meta name="OVERHEID.organisationType" content="ministerie">
<script>var tracking = "Loekasjenko";</script>
<style>p { color: red }</style></head>
<body>
<header><nav><a href="/">Home</a> &gt; <a href="/kamerstukken">Kamerstukken</a></nav></header>
<main>
<h1>Vragen van het lid Ploumen (PvdA)</h1>
<p>De Organisatie voor Veiligheid en Samenwerking in Europa (OVSE) publiceerde een rapport
over Wit-Rusland. Caf&eacute; &amp; co &#8211; Loekasjenko.</p>
</main>
<footer>Contact | Privacy | Cookies</footer>
</body></html>
"""


def test_html_keeps_main_content_and_drops_navigation(tmp_path: Path) -> None:
    path = tmp_path / "pagina.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    source = read_source(path)
    assert source.format is SourceFormat.HTML
    assert "Vragen van het lid Ploumen (PvdA)" in source.text
    assert "Café & co – Loekasjenko." in source.text
    for dropped in ("Home", "Kamerstukken", "Privacy", "tracking", "color: red"):
        assert dropped not in source.text
    assert source.html_meta.get("dc.title") == "Vragen over Wit-Rusland"


def test_html_offsets_point_into_the_html_source(tmp_path: Path) -> None:
    path = tmp_path / "pagina.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    source = read_source(path)
    start = source.text.index("OVSE")
    begin, end = source.offsets.span(start, start + 4)
    assert source.original[begin:end] == "OVSE"
    cafe = source.text.index("Café")
    begin, end = source.offsets.span(cafe, cafe + 4)
    assert source.original[begin:end] == "Caf&eacute;"


def test_html_without_content_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "leeg.html"
    path.write_text("<html><body><nav>Menu</nav><script>x()</script></body></html>", "utf-8")
    with pytest.raises(UnreadableDocumentError, match="no readable main content"):
        read_source(path)


def test_folders_are_searched_recursively_skipping_hidden_and_other_files(
        tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    wanted = [tmp_path / "a" / "b" / "diep.pdf", tmp_path / "a" / "brief.html",
              tmp_path / "vraag.txt"]
    for path in wanted:
        path.write_text("x", "utf-8")
    (tmp_path / ".git" / "HEAD.txt").write_text("x", "utf-8")
    (tmp_path / "a" / "foto.jpg").write_bytes(b"\xff\xd8")
    assert list(iter_source_paths([tmp_path])) == sorted(wanted)


def test_missing_path_is_reported(tmp_path: Path) -> None:
    with pytest.raises(UnreadableDocumentError, match="no such file"):
        list(iter_source_paths([tmp_path / "bestaat-niet.txt"]))


def test_cyrillic_code_page_is_not_taken_for_western_text(tmp_path: Path) -> None:
    text = ("Президент Лукашенко заявил, что выборы прошли честно. "
            "Оппозиция и наблюдатели ОБСЕ с этим не согласны.\n")
    path = tmp_path / "bericht.txt"
    path.write_bytes(text.encode("cp1251"))
    assert read_source(path).text == text
