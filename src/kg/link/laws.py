"""Laws named by what they are about: `de wet op buitenlandse agenten`, `de Magnitskiwet`,
`de zogenoemde NGO-wet`. They are WORK entities, named by the phrase without its article;
where a document names one law, its later `de wet`, `deze wet` and `die wet` are that law.

A bare `de wet` before any law is named (`gelijk voor de wet`) is no mention, nor is a
compound such as `grondwet` or `kieswet` without a capital or hyphen: those are kinds of law
as often as one law.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .targets import CONTEXT, NER_LABELS, Candidate, Target

LAW = "wet"
ABOUT = frozenset({"op", "inzake", "tegen", "over", "betreffende", "ter"})
"""Prepositions that say what a law is about (`de wet op buitenlandse agenten`)."""
POINTING = frozenset({"de", "deze", "die"})
MAX_WORDS = 8
APART = frozenset({"conj", "cc", "punct", "acl", "acl:relcl", "appos", "parataxis"})
"""Dependents that are no part of the phrase of what a law is about."""


def law_mentions(doc: Doc) -> Iterator[Candidate]:
    """The laws `doc` names (containers: they keep the names inside them, `de wet op de
    Verenigde Naties`), and its later bare mentions of the one law it names."""
    laws: list[tuple[int, int, Target]] = []
    for token in doc:
        end = _named_law_end(token)
        if end is not None:
            start, stop = token.idx, doc[end - 1].idx + len(doc[end - 1])
            laws.append((start, stop, Target.named(doc.text[start:stop], "WORK")))
    for start, stop, target in laws:
        yield Candidate(start, stop, NER_LABELS["WORK"], target, CONTEXT, container=True)
    if len({target.id for _, _, target in laws}) != 1:
        return
    first, _, target = laws[0]
    named = {(start, stop) for start, stop, _ in laws}
    for token in doc:
        start, stop = token.idx, token.idx + len(token)
        if (start > first and token.lower_ == LAW and _pointed_at(token)
                and not any(start < e and s < stop for s, e in named)):
            yield Candidate(start, stop, NER_LABELS["WORK"], target, CONTEXT)


def _named_law_end(token: Token) -> int | None:
    """The end (token index) of the law a word names: `wet` with a phrase of what it is
    about, or a compound law name written with a capital or hyphen (`Magnitskiwet`,
    `NGO-wet`); None for other words."""
    word = token.lower_
    if word == LAW:
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if following is None or following.lower_ not in ABOUT or following.dep_ != "case" \
                or following.head.i <= following.i:
            return None  # the phrase right after it, wherever the parser hung it
        end = _phrase_end(following.head)
        return end if end - token.i <= MAX_WORDS and not _crosses_sentence(token, end) else None
    named = word.endswith(LAW) and len(word) > len(LAW) + 2 and (
        token.text[:1].isupper() or word.endswith("-" + LAW))
    return token.i + 1 if named and token.pos_ in {"NOUN", "PROPN"} else None


def _phrase_end(head: Token) -> int:
    """The end of a noun phrase without its conjuncts and clauses (`… agenten | en de wet op de
    media`)."""
    ends = [_phrase_end(c) for c in head.rights if c.dep_ not in APART]
    return max([head.i + 1, *ends])


def _crosses_sentence(token: Token, end: int) -> bool:
    return any(t.is_sent_start for t in token.doc[token.i + 1:end])


def _pointed_at(token: Token) -> bool:
    """`de wet`, `deze wet`: a bare law noun with a definite or demonstrative determiner."""
    return any(c.dep_ == "det" and c.lower_ in POINTING for c in token.children) and not any(
        c.dep_ in {"nmod", "amod", "compound"} for c in token.children)
