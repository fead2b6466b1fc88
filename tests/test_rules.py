"""The relation rules in data/rules: every example sentence through the real pipeline, and
load-time validation of malformed rules."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from extraction import extract_text, label, shipped_pipeline
from kg.errors import RuleError
from kg.extract import Event, Facts, Rule, default_rules, load_rules
from kg.link.kb import KnowledgeBase

EXAMPLES = [(rule, index) for rule in default_rules() for index in range(len(rule.examples))]


@pytest.fixture(scope="module")
def nlp(kb: KnowledgeBase) -> Language:
    return shipped_pipeline(kb)


@pytest.mark.parametrize(("rule", "index"), EXAMPLES,
                         ids=[f"{rule.id}-{index + 1}" for rule, index in EXAMPLES])
def test_rule_example(nlp: Language, kb: KnowledgeBase, rule: Rule, index: int) -> None:
    example = rule.examples[index]
    facts = extract_text(nlp, kb, example.text, on=example.date, speaker=example.speaker)
    if example.stances is not None:
        assert _stances(facts, rule) == sorted(_expected_stance(rule, s) for s in example.stances)
    if example.events is not None:
        events = [e for e in facts.events if e.rule == rule.id]
        assert len(events) == len(example.events), [e.label for e in events]
        for event, expected in zip(events, example.events, strict=True):
            _check_event(event, expected)


def _stances(facts: Facts, rule: Rule) -> list[tuple[str, ...]]:
    return sorted((s.type, s.relation or "", s.holder.label, label(s.target, facts),
                   s.polarity.value, s.modality.value)
                  for s in facts.stances if s.rule == rule.id)


def _expected_stance(rule: Rule, expected: dict[str, str]) -> tuple[str, ...]:
    return (rule.stance or "", rule.relation or "", expected["holder"], expected["target"],
            expected.get("polarity", "Positive"), expected.get("modality", "Asserted"))


def _check_event(event: Event, expected: dict[str, Any]) -> None:
    assert event.type == expected.get("type", event.type)
    assert event.modality.value == expected.get("modality", "Asserted")
    assert set(expected.get("participants", [])) <= {a.label for a in event.actors()}
    wanted = str(expected["date"]) if "date" in expected else None
    time = event.time
    found = None
    if time is not None and time.first is not None:
        found = str(time.first) if time.first == time.last else f"{time.first}/{time.last}"
        if time.precision == "month":
            found = str(time.first)[:7]
    assert found == wanted


def test_every_rule_has_an_example_that_yields_something() -> None:
    for rule in default_rules():
        assert any(e.stances or e.events for e in rule.examples), rule.id


VALID = """
rules:
  - id: supports-steunen
    trigger: {lemma: [steunen]}
    stance: Supports
    holder: [subject]
    target: [object]
    examples:
      - text: "Nederland steunt de Oekraïense regering."
        stances: [{holder: Nederland, target: Oekraïense autoriteiten}]
"""


@pytest.mark.parametrize(("text", "problem"), [
    (VALID.replace("holder: [subject]", "holdr: [subject]"), "unknown key(s) ['holdr']"),
    (VALID.replace("stance: Supports", "stance: Likes"), "unknown stance type 'Likes'"),
    (VALID.replace("target: [object]", "target: [lijdend-voorwerp]"),
     "unknown function 'lijdend-voorwerp'"),
    (VALID.replace("    target: [object]\n", ""), "needs 'holder' and 'target'"),
    (VALID.replace("    trigger: {lemma: [steunen]}\n", ""), "missing 'trigger'"),
    (VALID.replace("{lemma: [steunen]}", "{lemma: [steunen], rel: sibling}"),
     "unknown rel 'sibling'"),
    (VALID.replace("stance: Supports", "stance: OtherRelation"), "'relation'"),
    (VALID[:VALID.index("    examples:")], "expected a list, got None"),
    (VALID.replace("        stances: [{holder: Nederland, target: Oekraïense autoriteiten}]\n",
                   ""), "say what it yields"),
])
def test_malformed_rule_names_file_rule_and_problem(tmp_path: Path, text: str,
                                                    problem: str) -> None:
    (tmp_path / "broken.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_rules(tmp_path)
    message = str(caught.value)
    assert str(tmp_path / "broken.yaml") in message
    assert "'supports-steunen'" in message
    assert problem in message


def test_malformed_yaml_and_duplicate_ids_fail_at_load(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("rules: [", encoding="utf-8")
    with pytest.raises(RuleError, match=r"a\.yaml: not valid YAML"):
        load_rules(tmp_path)
    (tmp_path / "a.yaml").write_text(VALID, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(VALID, encoding="utf-8")
    with pytest.raises(RuleError, match=r"b\.yaml: rule 'supports-steunen': id already used"):
        load_rules(tmp_path)


def test_separable_verb_matches_joined_and_split_forms() -> None:
    (rule,) = [r for r in default_rules() if r.id == "calls-upon-oproepen"]
    patterns = rule.patterns()
    joined = patterns[0][0]["RIGHT_ATTRS"]["_"]["kg_lemmas"]["INTERSECTS"]
    assert "oproepen" in joined
    split = [p for p in patterns[1:] if "roepen" in p[0]["RIGHT_ATTRS"]["_"]["kg_lemmas"][
        "INTERSECTS"]]
    assert split and split[0][1]["RIGHT_ATTRS"]["_"]["kg_lemmas"]["INTERSECTS"] == ["op"]
