"""Tokenizer tuning for Dutch parliamentary and government documents.

spaCy's Dutch tokenizer already keeps hyphenated compounds (``VN-Mensenrechtenraad``,
``EU-sancties``, ``Wit-Russische``) and most dotted abbreviations (``o.m.``, ``S.A.``) whole.
:func:`customize_tokenizer` adds the abbreviations of these documents that it splits
(``incl.``, ``mrd.``, ``mw.``) and the ``'s-`` place names. The training configs run it as
``[initialize.before_init]`` callback ``kg.customize_tokenizer.v1``, so the rules are stored
in the trained pipeline's tokenizer and loading the model needs no kg code.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import registry

# Abbreviations that must stay one token (each is also added capitalised).
ABBREVIATIONS = (
    "a.s.", "art.", "blz.", "c.q.", "ca.", "d.d.", "d.w.z.", "dhr.", "e.a.", "e.d.", "e.v.",
    "enz.", "excl.", "i.p.v.", "i.v.m.", "incl.", "jl.", "m.b.t.", "m.n.", "mevr.", "mld.",
    "mln.", "mrd.", "mw.", "n.a.v.", "nr.", "nrs.", "o.a.", "o.l.v.", "o.m.", "ong.", "resp.",
    "t.a.v.", "t.o.v.", "vgl.", "z.s.m.",
)  # fmt: skip
# Place names whose apostrophe the tokenizer would split off as a quote.
APOSTROPHE_NAMES = ("s-Gravenhage", "s-Hertogenbosch", "s-Gravendeel", "s-Heerenberg")


def special_cases() -> dict[str, list[dict[int, str]]]:
    """The tokenizer exceptions kg adds, keyed by the exact text of the token."""
    texts = {abbr for abbr in ABBREVIATIONS} | {abbr.capitalize() for abbr in ABBREVIATIONS}
    texts |= {quote + name for name in APOSTROPHE_NAMES for quote in ("'", "’")}
    return {text: [{ORTH: text}] for text in sorted(texts)}


def customize_tokenizer(nlp: Language) -> Language:
    """Add kg's special cases to ``nlp.tokenizer`` (in place) and return ``nlp``."""
    for text, case in special_cases().items():
        nlp.tokenizer.add_special_case(text, case)  # type: ignore[union-attr]
    return nlp


@registry.callbacks("kg.customize_tokenizer.v1")  # type: ignore[untyped-decorator]
def make_customize_tokenizer() -> Callable[[Language], Language]:
    """Registered callback for ``[initialize.before_init]`` in the training configs."""
    return customize_tokenizer
