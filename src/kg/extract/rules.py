"""Relation rules as data: load and validate data/rules/*.yaml (format in data/rules/README.md).

A rule names a trigger word (by lemma and part of speech), the dependents it must or must not
have, and what a match produces: a stance (with the grammatical functions that give its holder
and target) and/or an event (with the functions that give its participants). Every problem is
reported at load time as a RuleError naming the file, the rule and what is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import RuleError
from ..paths import DATA_DIR
from .records import EVENT_ROLES, EVENT_TYPES, STANCE_TYPES, Modality

RULES_DIR = DATA_DIR / "rules"
RULE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
RELATION_NAME = re.compile(r"^other:[a-z][A-Za-z]+$")
FUNCTIONS = {"subject", "object", "iobj", "clause-subject", "clause-object", "possessor",
             "head", "within", "speaker", "writer", "document-place", "title", "author",
             "framework", "sentence-place"}
"""Grammatical functions a role can name, besides `pp:<preposition>` (see grammar.find_role)."""
RELATIONS = {"child": ">", "parent": "<", "descendant": ">>", "ancestor": "<<",
             "before": ";*", "after": ".*"}  # fmt: skip
"""How a `with` / `without` token relates to the trigger (DependencyMatcher operators)."""
PARTICLE_DEPS = ("compound:prt", "advmod", "mark", "case", "obj")
"""Labels the parser gives the separated particle of a separable verb (`roept … op`)."""
REFLEXIVES = ("zich", "zichzelf", "me", "mij", "mezelf", "ons", "onszelf", "je", "u")
RULE_KEYS = {"id", "trigger", "with", "without", "stance", "relation", "holder", "target",
             "event", "roles", "participation", "modality", "examples", "note"}  # fmt: skip
TOKEN_KEYS = {"lemma", "pos", "dep", "rel", "reflexive"}
EXAMPLE_KEYS = {"text", "date", "speaker", "stances", "events"}


@dataclass(frozen=True)
class TokenSpec:
    """A token by lemma (or word form), part of speech, dependency label and relation."""

    lemmas: tuple[str, ...] = ()
    pos: tuple[str, ...] = ()
    deps: tuple[str, ...] = ()
    rel: str = "child"
    reflexive: bool = False

    def attrs(self, lemmas: Iterable[str] | None = None) -> dict[str, Any]:
        """The DependencyMatcher RIGHT_ATTRS of this token (optionally with other lemmas)."""
        attrs: dict[str, Any] = {}
        wanted = list(self.lemmas if lemmas is None else lemmas)
        extensions = {}
        if wanted:
            extensions["kg_lemmas"] = {"INTERSECTS": wanted}
        if self.pos:
            extensions["kg_pos"] = {"INTERSECTS": list(self.pos)}
        if extensions:
            attrs["_"] = extensions
        if self.deps:
            attrs["DEP"] = {"IN": list(self.deps)}
        return attrs


@dataclass(frozen=True)
class Example:
    """An example sentence with what the rule must produce from it (see data/rules/README.md)."""

    text: str
    stances: tuple[dict[str, str], ...] | None = None
    events: tuple[dict[str, Any], ...] | None = None
    date: date | None = None
    speaker: str | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    path: Path
    trigger: TokenSpec
    required: tuple[TokenSpec, ...] = ()
    forbidden: tuple[TokenSpec, ...] = ()
    stance: str | None = None
    relation: str | None = None
    holder: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    event: str | None = None
    roles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    participation: tuple[str, ...] = ()
    modality: Modality | None = None
    examples: tuple[Example, ...] = ()

    def patterns(self) -> list[list[dict[str, Any]]]:
        """DependencyMatcher patterns: one per separable-verb particle (`op|roepen`), one for
        plain lemmas; node 0 is the trigger, node i the i-th required dependent."""
        plain = [lemma.replace("|", "") for lemma in self.trigger.lemmas]
        by_particle: dict[str, list[str]] = {}
        for lemma in self.trigger.lemmas:
            if "|" in lemma:
                particle, verb = lemma.split("|")
                by_particle.setdefault(particle, []).append(verb)
        patterns = [self._pattern(self.trigger.attrs(plain), ())]
        for particle, verbs in sorted(by_particle.items()):
            separated = TokenSpec((particle,), deps=PARTICLE_DEPS, rel="descendant")
            patterns.append(self._pattern(self.trigger.attrs(verbs), (separated,)))
        return patterns

    def blocking_patterns(self) -> list[list[dict[str, Any]]]:
        """The patterns extended with one `without` token each: where one of them matches,
        the rule does not apply."""
        return [[*pattern, _node(len(pattern), spec)]
                for pattern in self.patterns() for spec in self.forbidden]

    def _pattern(self, trigger: dict[str, Any],
                 extra: tuple[TokenSpec, ...]) -> list[dict[str, Any]]:
        nodes: list[dict[str, Any]] = [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": trigger}]
        for index, spec in enumerate((*self.required, *extra), 1):
            nodes.append(_node(index, spec))
        return nodes


def _node(index: int, spec: TokenSpec) -> dict[str, Any]:
    return {"LEFT_ID": "trigger", "REL_OP": RELATIONS[spec.rel], "RIGHT_ID": f"with{index}",
            "RIGHT_ATTRS": spec.attrs()}


@cache
def default_rules() -> tuple[Rule, ...]:
    """The rules shipped in data/rules (read once per process)."""
    return load_rules(RULES_DIR)


def load_rules(folder: Path) -> tuple[Rule, ...]:
    """Load and validate every `*.yaml` file of a rules folder.

    folder (Path): the folder (data/rules).
    RETURNS (tuple[Rule, ...]): the rules, in file and then file order.
    RAISES RuleError: for a file that is not valid YAML, a malformed rule or a duplicate id.
    """
    rules: list[Rule] = []
    seen: dict[str, Path] = {}
    for path in sorted(folder.glob("*.yaml")):
        for rule in _load_file(path):
            if rule.id in seen:
                raise RuleError(path, rule.id, f"id already used in {seen[rule.id]}")
            seen[rule.id] = path
            rules.append(rule)
    return tuple(rules)


def _load_file(path: Path) -> list[Rule]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise RuleError(path, None, f"not valid YAML: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RuleError(path, None, "expected a mapping with a list under 'rules'")
    return [_rule(path, record) for record in data["rules"]]


def _rule(path: Path, record: Any) -> Rule:
    if not isinstance(record, dict):
        raise RuleError(path, None, f"a rule must be a mapping, not {record!r}")
    rule_id = record.get("id")
    if not isinstance(rule_id, str) or not RULE_ID.match(rule_id):
        raise RuleError(path, None, f"missing or malformed id {rule_id!r} (use [a-z0-9-]+)")

    def fail(problem: str) -> RuleError:
        return RuleError(path, rule_id, problem)

    unknown = set(record) - RULE_KEYS
    if unknown:
        raise fail(f"unknown key(s) {sorted(unknown)}; allowed: {sorted(RULE_KEYS)}")
    if "trigger" not in record:
        raise fail("missing 'trigger'")
    trigger = _token(record["trigger"], fail, "trigger")
    if not trigger.lemmas:
        raise fail("the trigger needs at least one lemma")
    required = [_token(t, fail, "with") for t in _list(record.get("with", []), fail, "with")]
    if isinstance(record["trigger"], dict) and record["trigger"].get("reflexive"):
        required.append(TokenSpec(REFLEXIVES, rel="descendant", reflexive=True))
    forbidden = tuple(_token(t, fail, "without")
                      for t in _list(record.get("without", []), fail, "without"))
    stance, event = record.get("stance"), record.get("event")
    if stance is None and event is None:
        raise fail("a rule must produce a 'stance', an 'event' or both")
    if stance is not None and stance not in STANCE_TYPES:
        raise fail(f"unknown stance type {stance!r}; one of {list(STANCE_TYPES)}")
    if event is not None and event not in EVENT_TYPES:
        raise fail(f"unknown event type {event!r}; one of {list(EVENT_TYPES)}")
    relation = record.get("relation")
    if (stance == "OtherRelation") != (relation is not None):
        raise fail("'relation' (other:camelCase) goes with stance OtherRelation, and only there")
    if relation is not None and not RELATION_NAME.match(str(relation)):
        raise fail(f"relation {relation!r} must look like other:camelCase")
    holder = _functions(record.get("holder"), fail, "holder") if stance else ()
    target = _functions(record.get("target"), fail, "target") if stance else ()
    if stance and not (holder and target):
        raise fail("a stance rule needs 'holder' and 'target'")
    roles = record.get("roles", {})
    if not isinstance(roles, dict) or set(roles) - set(EVENT_ROLES):
        raise fail(f"'roles' must map some of {list(EVENT_ROLES)} to functions")
    if roles and not event:
        raise fail("'roles' are for event rules")
    participation = _strings(record.get("participation", []), fail, "participation")
    if set(participation) - set(roles):
        raise fail("'participation' lists roles of this rule whose actors take part")
    modality = record.get("modality")
    if modality is not None and modality not in {m.value for m in Modality}:
        raise fail(f"unknown modality {modality!r}; one of {[m.value for m in Modality]}")
    examples = tuple(_example(e, fail) for e in _list(record.get("examples"), fail, "examples"))
    if not examples:
        raise fail("at least one example is needed")
    return Rule(
        id=rule_id, path=path, trigger=trigger, required=tuple(required), forbidden=forbidden,
        stance=stance, relation=relation, holder=holder, target=target, event=event,
        roles={role: _functions(value, fail, f"roles.{role}") for role, value in roles.items()},
        participation=participation,
        modality=Modality(modality) if modality else None, examples=examples,
    )


def _token(value: Any, fail: Any, where: str) -> TokenSpec:
    if not isinstance(value, dict):
        raise fail(f"{where}: expected a mapping with lemma/pos/dep/rel, got {value!r}")
    unknown = set(value) - TOKEN_KEYS
    if unknown:
        raise fail(f"{where}: unknown key(s) {sorted(unknown)}; allowed: {sorted(TOKEN_KEYS)}")
    rel = value.get("rel", "child")
    if rel not in RELATIONS:
        raise fail(f"{where}: unknown rel {rel!r}; one of {sorted(RELATIONS)}")
    lemmas = _strings(value.get("lemma", []), fail, f"{where}.lemma")
    if any(lemma.count("|") > 1 or lemma.startswith("|") or lemma.endswith("|")
           for lemma in lemmas):
        raise fail(f"{where}.lemma: a separable verb is written particle|verb (op|roepen)")
    if where != "trigger" and any("|" in lemma for lemma in lemmas):
        raise fail(f"{where}.lemma: particle|verb is only for the trigger")
    return TokenSpec(tuple(lemma.lower() for lemma in lemmas),
                     _strings(value.get("pos", []), fail, f"{where}.pos"),
                     _strings(value.get("dep", []), fail, f"{where}.dep"), rel)


def _functions(value: Any, fail: Any, where: str) -> tuple[str, ...]:
    functions = _strings(value if value is not None else [], fail, where)
    for function in functions:
        inner = function.removeprefix("concept:")
        if inner not in FUNCTIONS and not re.fullmatch(r"pp:[a-z]+", inner):
            raise fail(f"{where}: unknown function {function!r}; one of "
                       f"{sorted(FUNCTIONS)} or pp:<preposition>, optionally after concept:")
    return functions


def _example(value: Any, fail: Any) -> Example:
    if not isinstance(value, dict) or not isinstance(value.get("text"), str):
        raise fail(f"an example needs a 'text': {value!r}")
    unknown = set(value) - EXAMPLE_KEYS
    if unknown:
        raise fail(f"example {value['text']!r}: unknown key(s) {sorted(unknown)}")
    if "stances" not in value and "events" not in value:
        raise fail(f"example {value['text']!r}: say what it yields under 'stances' or 'events' "
                   "(an empty list for nothing)")
    day = value.get("date")
    if day is not None and not isinstance(day, date):
        raise fail(f"example {value['text']!r}: date must be YYYY-MM-DD, not {day!r}")
    stances = value.get("stances")
    events = value.get("events")
    for name, items in (("stances", stances), ("events", events)):
        if items is not None and not (isinstance(items, list)
                                      and all(isinstance(i, dict) for i in items)):
            raise fail(f"example {value['text']!r}: {name} must be a list of mappings")
    return Example(value["text"], tuple(stances) if stances is not None else None,
                   tuple(events) if events is not None else None, day, value.get("speaker"))


def _list(value: Any, fail: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise fail(f"{where}: expected a list, got {value!r}")
    return value


def _strings(value: Any, fail: Any, where: str) -> tuple[str, ...]:
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
        raise fail(f"{where}: expected a string or a list of strings, got {value!r}")
    return tuple(values)
