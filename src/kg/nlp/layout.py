"""Run a pipeline over the words of a text, blind to its layout whitespace.

Text from PDFs keeps the line breaks of wrapped lines. spaCy makes each one a whitespace
token, and models trained on running text read it as a word: `bestuurd door \\n de president`
gets the line break as the object of `door` and `president` as the object of the verb. So
`annotate` runs the pipeline on the words alone and carries every annotation back to the
document with its whitespace, whose offsets stay those of the text. A blank line, and a line
break after a short line (a heading, a date line, a signature), start a sentence.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.symbols import SPACE
from spacy.tokens import Doc, Span, Token

SHORT_LINE = 40
"""Lines shorter than this (in characters) are not wrapped prose: the next line starts a
sentence. The sample letters wrap at 70-90 characters; narrower text (columns) lowers the
bound (`_short_line`)."""
SHORT_SHARE = 0.6
WORD_ATTRS = [TAG, POS, MORPH, LEMMA]
ENDERS = frozenset(".!?:;…")
CLOSERS = frozenset("\"'’”»)]")


def annotate(nlp: Language, text: str) -> Doc:
    """`nlp(text)`, with the layout whitespace hidden from the pipeline's components.

    Whitespace tokens hang on the word before them (dep `dep`, the parser's label for an
    unattached word), and lie inside an entity only when the words on both sides do.
    """
    doc = nlp.make_doc(text)
    words = [t.i for t in doc if not t.is_space]
    if len(words) in {0, len(doc)}:
        return nlp(doc)
    short = _short_line(text)
    parsed = nlp(Doc(nlp.vocab, words=[doc[i].text for i in words],
                     spaces=[_followed_by_space(doc, i) for i in words],
                     sent_starts=[_starts_sentence(doc, i, short) for i in words]))
    _copy_annotations(parsed, doc, words)
    return doc


def _followed_by_space(doc: Doc, i: int) -> bool:
    return bool(doc[i].whitespace_) or (i + 1 < len(doc) and doc[i + 1].is_space)


def _short_line(text: str) -> float:
    """The length under which a line is no wrapped prose line in this text: SHORT_SHARE of
    its wrap width (the 90th percentile of its line lengths), at most SHORT_LINE."""
    lengths = sorted(len(line) for line in text.splitlines() if line.strip())
    if not lengths:
        return SHORT_LINE
    return min(SHORT_LINE, SHORT_SHARE * lengths[int(0.9 * (len(lengths) - 1))])


def _starts_sentence(doc: Doc, i: int, short: float) -> bool | None:
    """True after a blank line or after the break that ends a short line; after sentence
    punctuation for the model to decide (None); elsewhere not (False: the parser otherwise
    splits titles and names such as `Amnesty | International publiceerde ...`)."""
    if i == 0:
        return True
    if doc[i - 1].is_space:
        gap = doc[i - 1].text + doc[i - 2].whitespace_ if i > 1 else doc[i - 1].text
        if gap.count("\n") > 1:
            return True
        if "\n" in gap:
            line_start = doc.text.rfind("\n", 0, doc[i - 1].idx) + 1
            if doc[i - 1].idx - line_start < short:
                return True
    previous = next((t for t in reversed(doc[:i]) if not t.is_space), None)
    return None if previous is None or _ends_sentence(previous) else False


def _ends_sentence(token: Token) -> bool:
    """Sentence punctuation, possibly followed by a closing quote or bracket."""
    while token.i > 0 and token.is_punct and token.text in CLOSERS:
        token = token.nbor(-1)
    return token.text[-1:] in ENDERS


def _copy_annotations(parsed: Doc, doc: Doc, words: list[int]) -> None:
    position = numpy.full(len(doc), -1)
    position[words] = numpy.arange(len(words))
    previous = numpy.maximum.accumulate(position)  # the word each space token follows
    owner = numpy.where(previous >= 0, previous, 0)
    attrs = list(WORD_ATTRS)
    values = parsed.to_array(attrs).astype("uint64")[owner]
    space = position < 0
    if parsed.has_annotation("DEP"):
        attrs += [HEAD, DEP]
        heads = numpy.array([t.head.i for t in parsed])[owner]
        absolute = numpy.where(space, owner, heads)
        target = numpy.array(words)[absolute]
        relative = (target - numpy.arange(len(doc))).astype("int64").view("uint64")
        deps = parsed.to_array([DEP]).astype("uint64")[owner]
        deps[space] = doc.vocab.strings.add("dep")
        values = numpy.column_stack([values, relative, deps])
    elif parsed.has_annotation("SENT_START"):
        attrs.append(SENT_START)
        starts = parsed.to_array([SENT_START]).astype("int64")[owner]
        starts[space] = -1
        values = numpy.column_stack([values, starts.view("uint64")])
    values[space, attrs.index(TAG)] = doc.vocab.strings.add("_SP")
    values[space, attrs.index(POS)] = SPACE
    values[space, attrs.index(MORPH)] = 0
    values[space, attrs.index(LEMMA)] = [doc.vocab.strings.add(doc[int(i)].text)
                                         for i in numpy.flatnonzero(space)]
    doc.from_array(attrs, values)  # type: ignore[arg-type]  # thinc's Ints2d is an ndarray
    doc.ents = [Span(doc, words[e.start], words[e.end - 1] + 1, label=e.label, kb_id=e.kb_id,
                     span_id=e.id) for e in parsed.ents]
