"""Exceptions raised by kg.

    KgError                  base class; the CLI turns it into "Error: ..." and exit code 1
    ├── UnreadableDocumentError   a file that cannot be read as a document (the corpus goes on)
    ├── NothingToBuildError       no document in the input could be read
    ├── ModelError                a spaCy pipeline that cannot be loaded
    ├── GazetteerError            a malformed gazetteer file
    └── RuleError                 a malformed relation rule (data/rules/*.yaml)
"""

from __future__ import annotations

from pathlib import Path


class KgError(Exception):
    """Base class of every error kg raises on purpose."""


class UnreadableDocumentError(KgError):
    """A file that cannot be read as a document.

    path (Path): the file.
    reason (str): why, in words a user can act on.
    """

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NothingToBuildError(KgError):
    """None of the given paths held a readable document."""


class ModelError(KgError):
    """A spaCy pipeline that cannot be found or loaded."""


class GazetteerError(KgError):
    """A gazetteer record that does not follow data/gazetteer/README.md."""


class RuleError(KgError):
    """A relation rule that does not follow data/rules/README.md.

    path (Path): the rule file.
    rule (str | None): the rule id, when the problem is inside one rule.
    problem (str): what is wrong.
    """

    def __init__(self, path: Path, rule: str | None, problem: str) -> None:
        where = f"{path}: rule {rule!r}" if rule else str(path)
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.rule = rule
        self.problem = problem
