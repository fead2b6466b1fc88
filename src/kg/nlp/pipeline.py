"""The spaCy pipeline kg runs: the shipped Dutch model (or any installed one) plus the gazetteer."""

from __future__ import annotations

import logging

import spacy
from spacy.language import Language
from thinc.api import NumpyOps

from ..errors import ModelError
from ..link.kb import KnowledgeBase
from ..paths import SHIPPED_MODEL_DIR
from . import lexicon  # noqa: F401  (registers the shipped model's kg_lemma_lexicon)
from .gazetteer import MERGE_FILTER, ruler_patterns
from .repair import FACTORY as SPAN_REPAIR
from .repeats import FACTORY as REPEATED_NAMES
from .sentences import FACTORY as UNSPLIT_NAMES
from .sentences import guards_names

log = logging.getLogger(__name__)

BLANK = "blank"


def load_pipeline(model: str | None = None, *, kb: KnowledgeBase | None = None) -> Language:
    """Load the pipeline that kg build runs.

    model (str | None): an installed spaCy pipeline name or a path; "blank" for a tokenizer,
        sentencizer and gazetteer only; None for the model shipped with kg (or "blank" when
        none is shipped).
    kb (KnowledgeBase | None): gazetteer whose names a span ruler merges into the NER's
        entities (kg.nlp.gazetteer.longest_names_first).
    RETURNS (Language): the pipeline; where its NER runs before its parser (as in the shipped
        model), with kg.nlp.sentences between them; span repair and the recurrences of
        names found (kg.nlp.repeats) last.
    RAISES ModelError: when the model cannot be found or loaded.
    """
    if model is None:
        model = str(SHIPPED_MODEL_DIR) if (SHIPPED_MODEL_DIR / "meta.json").exists() else BLANK
    if model == BLANK:
        nlp = spacy.blank("nl")
        nlp.add_pipe("sentencizer")
    else:
        try:
            nlp = spacy.load(model)
        except OSError as error:
            raise ModelError(
                f"cannot load the spaCy pipeline {model!r}: give an installed pipeline name, a "
                f"model folder, or 'blank' ({error})"
            ) from error
        if nlp.lang != "nl":
            log.warning("the pipeline %s is for language %r, not Dutch", model, nlp.lang)
        with_numpy_blas(nlp)
        if guards_names(nlp.pipe_names):
            nlp.add_pipe(UNSPLIT_NAMES, after="ner")
    if kb is not None and kb.entities:
        options = {"phrase_matcher_attr": "ORTH", "spans_key": None, "annotate_ents": True,
                   "overwrite": False, "ents_filter": {"@misc": MERGE_FILTER}}
        ruler = nlp.add_pipe("span_ruler", name="gazetteer_ruler", config=options)
        # The ruler makes its phrase patterns with the components before it; matching on
        # ORTH needs only the tokenizer (10 s less per build for ~20,000 names).
        with nlp.select_pipes(enable=[]):
            ruler.add_patterns(ruler_patterns(kb))  # type: ignore[attr-defined]
    nlp.add_pipe(SPAN_REPAIR, last=True)
    nlp.add_pipe(REPEATED_NAMES, last=True)
    return nlp


def with_numpy_blas(nlp: Language) -> Language:
    """Run every layer of `nlp` on numpy's BLAS instead of thinc's BLIS kernels (in place).

    BLIS falls back to slow generic kernels on CPUs it does not recognise (AMD EPYC here:
    3,400 words/s); numpy's OpenBLAS does not (5,900 words/s, benchmarks/model).
    """
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        if hasattr(component, "model"):
            for node in component.model.walk():
                node.ops = ops
    return nlp


def model_name(nlp: Language) -> str:
    """A short description of the pipeline for reports: name, version and components."""
    meta = nlp.meta
    return f"{meta.get('lang', 'nl')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"


