"""``kg_span_repair``: a spaCy component that repairs entity spans after the NER and ruler.

The statistical NER sometimes produces spans that no reader would accept: across a line
break or sentence end, with trailing function words (``Loekasjenko om op``) or punctuation,
or covering only part of a quoted name (``Legal Aid`` inside ``‘Public Legal Aid’``). The
component, run last, rewrites ``doc.ents``:

1. split every entity at line breaks and (when the doc has them) sentence starts;
2. widen an entity that covers most of a short quoted name to the whole quoted name;
3. trim leading and trailing punctuation, whitespace and lowercase function words;
4. drop what is left empty and resolve overlaps in favour of the longer span.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

FACTORY = "kg_span_repair"
# Opening quote -> closing quotes that end it.
QUOTES = {"‘": "’", "“": "”", "„": "”“", "'": "'", '"': '"', "«": "»", "‹": "›"}
CLOSING = {c for closers in QUOTES.values() for c in closers}
FUNCTION_POS = {"ADP", "AUX", "CCONJ", "DET", "PART", "PRON", "SCONJ"}
BRACKETS = {"(", ")"}
FIELD_LABELS = {"Datum", "Betreft", "Onderwerp", "Kenmerk", "Referentie", "Bijlage", "Bijlagen",
                "Contactpersoon"}


class SpanRepair:
    """Rewrite ``doc.ents`` so that entity spans are well-formed names (see module doc)."""

    def __init__(self, name: str = FACTORY, *, max_quote_tokens: int = 8) -> None:
        """Create the component.

        name (str): the component name in the pipeline.
        max_quote_tokens (int): quotations longer than this are never taken as one name.
        """
        self.name = name
        self.max_quote_tokens = max_quote_tokens

    def __call__(self, doc: Doc) -> Doc:
        """Repair the entities of ``doc`` in place and return it."""
        quotes = list(self._quotations(doc))
        spans: list[Span] = []
        for ent in doc.ents:
            for part in split_span(ent):
                widened = self._widen_to_quote(part, quotes)
                trimmed = trim_span(widened)
                if trimmed is not None:
                    spans.append(trimmed)
        doc.ents = filter_spans(spans)
        return doc

    def _quotations(self, doc: Doc) -> Iterator[tuple[int, int]]:
        """Token ranges (start, end) of the text between matching quotes on one line."""
        for token in doc:
            closers = QUOTES.get(token.text)
            if closers is None:
                continue
            limit = min(len(doc), token.i + self.max_quote_tokens + 2)
            for other in doc[token.i + 1 : limit]:
                if "\n" in other.text:
                    break
                if other.text in closers:
                    if other.i > token.i + 1:
                        yield token.i + 1, other.i
                    break

    @staticmethod
    def _widen_to_quote(span: Span, quotes: list[tuple[int, int]]) -> Span:
        """The whole quotation when ``span`` (quote marks aside) covers most of a quoted name.

        A quotation counts as a name when all its words but function words are capitalised
        (``‘Public Legal Aid’``, not ``‘Enkel in Vlaanderen’`` said of ``Vlaanderen``).
        """
        start, end = span.start, span.end
        if span[0].text in QUOTES:
            start += 1
        if end - start > 1 and span[-1].text in CLOSING:
            end -= 1
        for q_start, q_end in quotes:
            inside = q_start <= start and end <= q_end
            if inside and 2 * (end - start) >= q_end - q_start and is_name(span.doc[q_start:q_end]):
                return Span(span.doc, q_start, q_end, label=span.label, kb_id=span.kb_id)
        return span


def split_span(span: Span) -> Iterator[Span]:
    """The parts of ``span`` between line breaks, sentence starts and unbalanced brackets
    (`Raad (Kamerstuk`)."""
    doc = span.doc
    check_sents = doc.has_annotation("SENT_START")
    unbalanced = span.text.count("(") != span.text.count(")")
    start = span.start
    for token in span:
        breaks_line = "\n" in token.text or (unbalanced and token.text in BRACKETS)
        new_sent = check_sents and token.i > span.start and token.is_sent_start
        if breaks_line or new_sent:
            if token.i > start:
                yield _respan(span, start, token.i)
            start = token.i + 1 if breaks_line else token.i
    if span.end > start:
        yield _respan(span, start, span.end)


def trim_span(span: Span) -> Span | None:
    """``span`` without leading/trailing punctuation (but a closing bracket it opens), spaces,
    function words and a leading header field label (`Betreft`), or None."""
    tokens = list(span)
    start, end = 0, len(tokens)
    while start < end and (is_edge_noise(tokens[start]) or _field_label(tokens[start])):
        start += 1
    while end > start and is_edge_noise(tokens[end - 1]) and not _closes(tokens, start, end - 1):
        end -= 1
    if start == end:
        return None
    return _respan(span, span.start + start, span.start + end)


def _field_label(token: Token) -> bool:
    """The label of a letter's header field at the start of its line (`Datum`, `Betreft`)."""
    return token.text in FIELD_LABELS and (token.i == 0 or token.is_sent_start is True
                                           or "\n" in token.doc[token.i - 1].text)


def _closes(tokens: list[Token], start: int, last: int) -> bool:
    """A closing bracket whose opening one is in the span (`Veiligheid (OVSE)`)."""
    return tokens[last].text == ")" and any(t.text == "(" for t in tokens[start:last])


def is_edge_noise(token: Token) -> bool:
    """Whether ``token`` can't begin or end a name: punctuation, space or a function word.

    Capitalised words are never noise (``De Morgen``, ``Van Gogh``), nor lowercase content
    words (``Wet openbaarheid van bestuur``).
    """
    if token.is_punct or token.is_space or not token.text.strip():
        return True
    if token.text[:1].isupper() or token.text[:1].isdigit():
        return False
    return token.lower_ in STOP_WORDS or token.pos_ in FUNCTION_POS


def is_name(span: Span) -> bool:
    """Whether every word of ``span`` is capitalised, a number or an inner function word."""
    if is_edge_noise(span[0]) or is_edge_noise(span[-1]):
        return False
    return all(t.text[:1].isupper() or t.text[:1].isdigit() or is_edge_noise(t) for t in span)


def _respan(span: Span, start: int, end: int) -> Span:
    return Span(span.doc, start, end, label=span.label, kb_id=span.kb_id, span_id=span.id)


@Language.factory(
    FACTORY,
    default_config={"max_quote_tokens": 8},
    requires=["doc.ents"],
    assigns=["doc.ents"],
)
def make_span_repair(nlp: Language, name: str, max_quote_tokens: int) -> SpanRepair:
    """Factory for :class:`SpanRepair` (``nlp.add_pipe("kg_span_repair")``)."""
    return SpanRepair(name, max_quote_tokens=max_quote_tokens)
