"""Gazetteer names in the text, matched on tokens with case rules, and compound heads
(`OVSE-verband`, `EU-sancties` -> the OVSE, the EU)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from .context import LinkContext
from .kb import Form, KnowledgeBase, normalise
from .targets import NAME, NER_LABELS, Candidate, Target

Index = dict[str, int]
ARTICLES = frozenset({"de", "het"})


def gazetteer_names(doc: Doc, kb: KnowledgeBase, context: LinkContext) -> Iterator[Candidate]:
    """The longest gazetteer name or adjective starting at each token.

    A name matches as written; in other case only when it has several tokens or starts with a
    capital (`Raad Buitenlandse zaken`, `VN-mensenrechtenraad`, `JAN JAMBON`), never for
    names the gazetteer marks case-sensitive. Names of several entities are resolved by exact
    case, then by the document's jurisdiction; what stays ambiguous is not linked.
    """
    longest = kb.derived("first-words", _first_words)
    i = 0
    while i < len(doc):
        for j in range(min(len(doc), i + longest.get(normalise(doc[i].text), 0)), i, -1):
            found = None if doc[j - 1].is_space else _match(doc[i:j], kb, context)
            if found is not None:
                yield found
                i = j
                break
        else:
            i += 1


def resolve_form(text: str, forms: list[Form], kb: KnowledgeBase,
                 context: LinkContext) -> Form | None:
    """The one form that `text` denotes among same-named gazetteer forms, or None."""
    written = " ".join(text.split())
    exact = [f for f in forms if f.text == written]
    pool = exact or [f for f in forms if not f.entity.case_sensitive and _case_ok(written, f)]
    entities = {f.entity.id for f in pool}
    if len(entities) > 1 and context.jurisdiction:
        home = [f for f in pool if context.jurisdiction in kb.part_of_chain(f.entity.id)]
        pool, entities = home, {f.entity.id for f in home}
    return pool[0] if len(entities) == 1 else None


def compound_heads(doc: Doc, heads: dict[str, Target], kb: KnowledgeBase) -> Iterator[Candidate]:
    """The named first part of hyphenated compounds whose rest is a common word.

    `OVSE-verband`, `EU-sancties`, `EU-27-verklaring` and the `EU-` of `EU-, OVSE- en
    VN-verband` mention the EU or OVSE; `VN-Mensenrechtenraad` (a capital after the hyphen)
    is a name of its own and is left whole. `heads` adds the document's own abbreviations.
    """
    for token in doc:
        head, hyphen, rest = token.text.partition("-")
        if not hyphen or not head or (rest and not (rest[0].islower() or rest[0].isdigit())):
            continue
        target = heads.get(head) or _exact_target(head, kb)
        if target is not None:
            start = token.idx
            yield Candidate(start, start + len(head), NER_LABELS[target.type], target, NAME)


def _exact_target(text: str, kb: KnowledgeBase) -> Target | None:
    entities = {f.entity.id: f.entity for f in kb.forms(text)
                if f.text == text and not f.is_adjective}
    if len(entities) != 1:
        return None
    (entity,) = entities.values()
    return Target.of(entity)


def _match(span: Span, kb: KnowledgeBase, context: LinkContext) -> Candidate | None:
    """The gazetteer form the span is, as a candidate without a leading article (`de Tweede
    Kamer` is an alias; the mention is `Tweede Kamer`)."""
    form = resolve_form(span.text, kb.forms(span.text), kb, context)
    if form is None:
        return None
    label = "MISC" if form.is_adjective else NER_LABELS[form.entity.type]
    name = span[1:] if len(span) > 1 and span[0].text in ARTICLES else span
    return Candidate(name.start_char, name.end_char, label, Target.of(form.entity), NAME)


def _case_ok(written: str, form: Form) -> bool:
    """Another case than the gazetteer's: several tokens, or a capital first letter where the
    gazetteer has one too (never for adjectives and acronyms: `Om` is not the `OM`)."""
    if form.is_adjective:
        return False
    if " " in written:
        return True
    return written[:1].isupper() and form.text[:1].isupper() and not form.text.isupper()


def _first_words(kb: KnowledgeBase) -> Index:
    """Normalised first word of every name (also without hyphens) -> the most tokens a name
    starting with it may take (its words, and a token for each hyphen, comma or bracket)."""
    longest: dict[str, int] = defaultdict(int)
    for name, _, _ in kb.names():
        words = normalise(name).split()
        pieces = len(words) + sum(name.count(c) for c in "-,().'’/")
        for first in (words[0], words[0].replace("-", "")):
            longest[first] = max(longest[first], pieces)
    return dict(longest)
