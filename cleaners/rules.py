"""Rules as data (a regex, a reason, examples and counterexamples) and the LineRules cleaner."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .document import Doc, Removal, shorten
from .script import to_simplified

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["LineRules", "Rule", "strip_bullet"]

_BULLET_START = frozenset(" \t•·●▪◆■□◇○◎►▶-*")
_BULLET = re.compile(r"^(?:[\s•·●▪◆■□◇○◎►▶]|[-*](?=\s))+")


def _top_level_branches(pattern: str) -> list[str]:
    """The alternatives of a regex at nesting depth zero (``a|(b|c)|d`` -> a, (b|c), d)."""
    branches, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


def strip_bullet(line: str) -> str:
    """The line without list bullets and surrounding space (used for matching only).

    A line that is nothing but bullet symbols is returned stripped, not emptied.
    """
    return _BULLET.sub("", line).strip() or line.strip()


@dataclass(frozen=True, slots=True)
class Rule:
    """A named pattern with the reason it exists and the examples that pin its meaning.

    ``pattern`` is searched in the stripped line (anchor it with ``^``/``$`` where needed);
    ``max_len`` (in characters, 0 = no limit) keeps short-line rules off real paragraphs.
    """

    code: str
    pattern: str
    why: str
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()
    max_len: int = 0

    def compile(self) -> re.Pattern[str]:
        # No flags argument: rules are also joined into one alternation, so a rule that needs
        # case-insensitivity says so inline with (?i:...).
        return re.compile(self.pattern)

    def source(self) -> str:
        """The regex source (simplified script; traditional lines are matched converted)."""
        return self.pattern

    def matches(self, line: str) -> bool:
        """True if the rule fires on this line (the same test LineRules applies)."""
        text = strip_bullet(to_simplified(line))
        if not text or (self.max_len and len(text) > self.max_len):
            return False
        return self.compile().search(text) is not None


class LineRules:
    """Remove whole lines matched by a tuple of Rules; the first matching rule is recorded.

    Lines are tested without list bullets. A removed line is left blank so that every
    cleaner's "line N" refers to the same numbering (layout.paragraphs drops blank lines at
    the end). Example: ``责任编辑：王小明`` goes as ``editor_credit``.
    """

    def __init__(self, name: str, rules: Sequence[Rule]) -> None:
        self.name = name
        self.rules = tuple(rules)
        self._compiled = tuple((r, r.compile()) for r in self.rules)
        self._limit = 0 if any(r.max_len == 0 for r in self.rules) else max(
            r.max_len for r in self.rules)
        # Per length class, two screens answer "could any rule match?" in one pass: branches
        # anchored at the line start are tried once at position 0 (re.match), the others are
        # searched. Splitting them matters: an alternation that mixes both is retried at
        # every position of every line, the main cost of this cleaner.
        bounds = [*sorted({r.max_len for r in self.rules if r.max_len}), 0]
        self._screens = tuple(
            (bound, *self._build_screens(
                [r for r in self.rules if not r.max_len or (bound and r.max_len >= bound)]))
            for bound in bounds)

    @staticmethod
    def _build_screens(rules: Sequence[Rule]
                       ) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        anchored: list[str] = []
        floating: list[str] = []
        for rule in rules:
            for branch in _top_level_branches(rule.pattern):
                (anchored if branch.startswith("^") else floating).append(branch)
        start = re.compile("|".join(f"(?:{b})" for b in anchored)) if anchored else None
        anywhere = re.compile("|".join(f"(?:{b})" for b in floating)) if floating else None
        return start, anywhere

    def _screen(self, length: int
                ) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        for bound, start, anywhere in self._screens:
            if not bound or length <= bound:
                return start, anywhere
        return None, None

    def match(self, line: str) -> Rule | None:
        text = strip_bullet(line) if line[:1] in _BULLET_START else line.strip()
        if not text or (self._limit and len(text) > self._limit):
            return None
        start, anywhere = self._screen(len(text))
        if not ((start and start.match(text)) or (anywhere and anywhere.search(text))):
            return None
        for rule, rx in self._compiled:
            if rule.max_len and len(text) > rule.max_len:
                continue
            if rx.search(text):
                return rule
        return None

    def __call__(self, doc: Doc, /) -> Doc:
        kept: list[str] = []
        removed: list[Removal] = []
        lines = doc.text.split("\n")
        # Traditional-script pages are matched through a simplified copy of each line.
        simple = to_simplified(doc.text)
        probes = lines if simple == doc.text else simple.split("\n")
        if len(probes) != len(lines):
            probes = lines
        for n, (line, probe) in enumerate(zip(lines, probes, strict=True), 1):
            rule = self.match(probe)
            if rule is None:
                kept.append(line)
            else:
                kept.append("")  # blank, not deleted: later line numbers stay the input's
                removed.append(Removal(self.name, rule.code, rule.why, shorten(line.strip()),
                                       f"line {n}"))
        if not removed:
            return doc
        return doc.evolve(text="\n".join(kept), removed=removed)
