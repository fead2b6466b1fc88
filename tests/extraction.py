"""Run the extraction on a sentence or two, as if it were a document of its own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

import kg.paths
from kg.extract import Facts, Rule, default_rules, extract
from kg.ingest.records import (
    Agent,
    Document,
    DocumentMeta,
    OffsetMap,
    Passage,
    PassageKind,
    SourceFormat,
    SourceText,
)
from kg.link.agents import resolve_agent
from kg.link.context import LinkContext
from kg.link.kb import KnowledgeBase
from kg.link.mentions import link_mentions
from kg.nlp.layout import annotate
from kg.nlp.pipeline import load_pipeline


def shipped_pipeline(kb: KnowledgeBase) -> Language:
    """The shipped model with the gazetteer ruler; skips the test when no model is shipped."""
    if not (kg.paths.SHIPPED_MODEL_DIR / "meta.json").exists():
        pytest.skip("needs the shipped model src/kg/models/nl_core_kg (rules read the parse)")
    return load_pipeline(str(kg.paths.SHIPPED_MODEL_DIR), kb=kb)


def text_document(text: str, *, on: date | None = None, speaker: str | None = None,
                  kind: PassageKind = PassageKind.BODY) -> Document:
    """One passage of `kind` spoken by `speaker` (a name), dated `on`."""
    agent = Agent(name=speaker) if speaker else None
    offsets = OffsetMap.identity(len(text))
    source = SourceText(Path("example.txt"), SourceFormat.TEXT, text, text, offsets)
    return Document("example", source, text, offsets,
                    (Passage(kind, 0, len(text), speaker=agent),), DocumentMeta(date=on))


def extract_text(nlp: Language, kb: KnowledgeBase, text: str, *, on: date | None = None,
                 speaker: str | None = None, kind: PassageKind = PassageKind.BODY,
                 rules: tuple[Rule, ...] | None = None) -> Facts:
    """The facts kg extracts from `text` as a document of its own."""
    document = text_document(text, on=on, speaker=speaker, kind=kind)
    agents = {a: resolve_agent(a, kb, on) for p in document.passages
              if (a := p.speaker) is not None}
    doc = annotate(nlp, text)
    mentions = link_mentions(doc, kb, LinkContext.of(document, agents))
    return extract(doc, document, mentions, agents, kb,
                   default_rules() if rules is None else rules)


def label(target: object, facts: Facts) -> str:
    """An entity's label, or `event:<Type>` for the key of an event."""
    if isinstance(target, int):
        (event,) = [e for e in facts.events if e.key == target]
        return f"event:{event.type}"
    return str(getattr(target, "label", target))
