"""Main text of an HTML page, with a map from every character back to the HTML source."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from .records import OffsetMap, TextBuilder

SKIPPED = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript",
           "template", "button", "svg", "iframe", "select", "menu", "head", "title"}
BLOCKS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
          "li", "ul", "ol", "table", "tr", "blockquote", "pre", "dd", "dt", "dl", "figure",
          "figcaption", "address", "hr", "body"}
VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "area", "base", "col", "source"}
MAIN_MARKERS = re.compile(r"^(main|content|main-?content|broodtekst|article|page-?content)$", re.I)
META_NAMES = re.compile(r"^(dc|dcterms|overheid\w*)\.", re.I)


def extract_main_text(source: str) -> tuple[str, OffsetMap, dict[str, str]]:
    """The readable main content of an HTML page.

    Navigation, headers, footers, scripts and forms are dropped. When the page marks its main
    content (`<main>`, `role="main"`, `<article>`, or an id/class such as `content`), only that
    is kept. Block elements end with a blank line, `<br>` with a line break.
    source (str): the decoded HTML.
    RETURNS (tuple): text, OffsetMap into `source`, and the page's Dublin Core / OVERHEID meta tags.
    """
    parser = _MainTextParser(source)
    parser.feed(source)
    parser.close()
    builder = parser.best_builder()
    text, offsets = builder.build()
    return text, offsets, parser.meta


class _MainTextParser(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self._line_starts = [0] + [m.end() for m in re.finditer(r"\n", source)]
        self.page = TextBuilder()
        self.main = TextBuilder()
        self.meta: dict[str, str] = {}
        self._stack: list[tuple[str, bool, bool]] = []  # (tag, skipped, main)
        self._main_seen = False

    def best_builder(self) -> TextBuilder:
        return self.main if self._main_seen and len(self.main) else self.page

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    @property
    def _skipping(self) -> bool:
        return any(skipped for _, skipped, _ in self._stack)

    @property
    def _in_main(self) -> bool:
        return any(main for _, _, main in self._stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        name, content = values.get("name"), values.get("content")
        if tag == "meta" and name and content and META_NAMES.match(name):
            self.meta[name.lower()] = content
        if tag in VOID:
            if tag in {"br", "hr"}:
                self._break("\n" if tag == "br" else "\n\n")
            return
        ident = " ".join(filter(None, [values.get("id"), values.get("class")]))
        is_main = (tag in {"main", "article"} or values.get("role") == "main"
                   or any(MAIN_MARKERS.match(word) for word in ident.split()))
        if is_main and not self._skipping:
            self._main_seen = True
        self._stack.append((tag, tag in SKIPPED, is_main))
        if tag in BLOCKS:
            self._break("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        for depth in range(len(self._stack) - 1, -1, -1):
            if self._stack[depth][0] == tag:
                del self._stack[depth:]
                break
        if tag in BLOCKS:
            self._break("\n\n")

    def handle_data(self, data: str) -> None:
        if self._skipping or not data:
            return
        start = self._offset()
        for builder in self._targets():
            builder.copy(self.source, start, start + len(data))

    def handle_entityref(self, name: str) -> None:
        self._entity(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._entity(f"&#{name};")

    def _entity(self, reference: str) -> None:
        if self._skipping:
            return
        start = self._offset()
        end = start + len(reference)
        if not self.source.startswith(reference, start):  # an entity without ";"
            end -= 1
        for char in html.unescape(self.source[start:end]):
            for builder in self._targets():
                builder.put(" " if char == "\xa0" else char, start, end)

    def _targets(self) -> list[TextBuilder]:
        return [self.page, self.main] if self._in_main else [self.page]

    def _break(self, breaks: str) -> None:
        if self._skipping:
            return
        start = self._offset()
        for builder in self._targets():
            builder.drop_trailing(" \t")
            if not len(builder):
                continue
            for char in breaks[builder.trailing_newlines():]:
                builder.put(char, start, start + 1)
