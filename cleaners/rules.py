"""Rules as data (a regex, a reason, examples and counterexamples) and the LineRules cleaner."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import reduce
from itertools import accumulate
from operator import or_
from typing import TYPE_CHECKING, Any

import ahocorasick

from .document import Doc, Removal, shorten
from .literals import clues
from .normalize import fullwidth_punctuation
from .script import to_simplified

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = ["LineRules", "Rule", "rule_probe", "strip_bullet"]

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


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of a rule's pattern, each tried alone in screens and read
    for clues; the pattern whole if an alternative alone would not mean what it means there
    (a global flag such as a leading ``(?i)`` applies to every alternative)."""
    branches = _top_level_branches(pattern)
    if len(branches) > 1 and _global_flags(pattern) and any(
            re.compile(b).flags != re.compile(pattern).flags for b in branches):
        return [pattern]
    return branches


# A reference to a group (\1, (?P=name), (?(1)yes|no)): such a pattern's branches are not
# taken apart, whose groups would be numbered otherwise, or missing, alone.
_GROUP_REF = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
# A group of global flags, such as (?i): Python allows one only at the start of a pattern.
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _global_flags(pattern: str) -> bool:
    """Whether ``pattern`` sets global flags beyond the default re.UNICODE. Compiled only
    when it opens with a group of them: compiling every rule's every branch alone to ask
    cost a tenth of the chain's build."""
    return _GLOBAL_FLAGS.match(pattern) is not None and bool(
        re.compile(pattern).flags & ~re.UNICODE)


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
    ``precheck``: an optional cheap test of the stripped line that every line the pattern
    matches passes (proven from the pattern's structure where the rule is written, and
    checked by tests); LineRules skips the regex on a line that fails it.
    """

    code: str
    pattern: str
    why: str
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()
    max_len: int = 0
    precheck: Callable[[str], bool] | None = None

    def compile(self) -> re.Pattern[str]:
        # No flags argument: rules are also joined into one alternation, so a rule that needs
        # case-insensitivity says so inline with (?i:...).
        return re.compile(self.pattern)

    def source(self) -> str:
        """The regex source (simplified script; traditional lines are matched converted)."""
        return self.pattern

    def matches(self, line: str) -> bool:
        """True if the rule fires on this line (the same test LineRules applies)."""
        text = strip_bullet(rule_probe(line))
        if not text or (self.max_len and len(text) > self.max_len):
            return False
        return self.compile().search(text) is not None


class LineRules:
    """Remove whole lines matched by a tuple of Rules; the first matching rule is recorded.

    Lines are tested without list bullets. A removed line is left blank so that every
    cleaner's "line N" refers to the same numbering (layout.paragraphs drops blank lines at
    the end). Example: ``责任编辑：王小明`` goes as ``editor_credit``.

    Most lines meet no rule, so each line first learns which rules it could meet, from two
    necessary conditions per top-level branch read off the patterns (cleaners.literals): a
    literal the branch cannot match without (one Aho-Corasick pass over the page finds them
    all) and, for a branch anchored with ``^``, the characters it can begin with. Only those
    rules are then searched, in order, each with only its branches the line passed (a rule
    of twenty branches is searched as the one or two that could match). The few branches
    with neither condition are tried together in a screen. The filter only skips branches
    that cannot match, so the result is the plain loop's: every rule in order, the first
    whose search succeeds.
    """

    def __init__(self, name: str, rules: Sequence[Rule],
                 keep: Callable[[Sequence[str]], frozenset[int]] | None = None) -> None:
        self.name = name
        self.rules = tuple(rules)
        # The lines a text's structure shows are its own (a notice's contact block), kept
        # whatever rule a line meets alone.
        self.keep = keep
        # Each rule's regex, compiled when a line first needs it searched: the filter below
        # rules most of them out of most pages.
        self._patterns: list[re.Pattern[str] | None] = [None] * len(self.rules)
        self._limit = 0 if any(r.max_len == 0 for r in self.rules) else max(
            r.max_len for r in self.rules)
        # One bit per top-level branch, numbered in rule order, so the lowest candidate bit
        # always belongs to the first rule still to try.
        branches = [(i, b) for i, r in enumerate(self.rules) for b in _branches(r.pattern)]
        found = [clues(b) for _, b in branches]
        self._rule_of = tuple(i for i, _ in branches)
        self._branch_sources = tuple(b for _, b in branches)
        # A rule whose pattern refers to a group (\1, (?P=name)) is always searched whole:
        # a branch alone, or among fewer, would number its groups otherwise.
        self._whole_only = tuple(_GROUP_REF.search(r.pattern) is not None
                                 for r in self.rules)
        # Each branch alone, compiled when a line first passes it and not all of its rule's
        # other branches: such a rule is searched as those branches one by one. (Compiled as
        # the alternation of the branches passed, one pattern a set of them, a corpus of
        # distinct pages kept meeting new sets: 566 compiles over the 513 gold_like pages,
        # some 0.45 ms each, a tenth of the cleaning time; the branches are 505 at most.)
        self._branch_patterns: list[re.Pattern[str] | None] = [None] * len(branches)
        self._bits_of = tuple(
            sum(1 << j for j, i in enumerate(self._rule_of) if i == k)
            for k in range(len(self.rules)))
        literals: dict[str, int] = {}  # of rules with a max_len: read in short lines only
        wide: dict[str, int] = {}  # of rules without one: read in the whole page
        starts: dict[str, int] = {}
        self._unlettered = 0  # branches without a needed literal: never ruled out by one
        self._any_start = 0  # branches that may begin with any character
        for j, clue in enumerate(found):
            # Either condition alone is safe; the first character is the cheaper to test
            # (one look-up a line, where a common literal such as 中 costs a hit each time).
            for ch in clue.first or ():
                starts[ch] = starts.get(ch, 0) | 1 << j
            table = literals if self.rules[self._rule_of[j]].max_len else wide
            for literal in () if clue.first is not None else clue.needs or ():
                table[literal] = table.get(literal, 0) | 1 << j
            self._any_start |= (clue.first is None) << j
            self._unlettered |= (clue.first is not None or clue.needs is None) << j
        self._starts = {ch: bits | self._any_start for ch, bits in starts.items()}
        # Loose branches (neither condition) are screened, except a pattern kept whole for
        # a global flag: it cannot sit inside an alternation, so it is always tried.
        loose = self._any_start & self._unlettered & ~sum(
            1 << j for j, (i, b) in enumerate(branches) if b == self.rules[i].pattern
            and _global_flags(b))
        # The automaton's cost is per character scanned, most of it in a wide trie's root (a
        # linear search among its children), and a page's characters are mostly in long
        # paragraphs: the literals of rules with a max_len are sought line by line, each
        # line through an automaton of the literals of the rules it is short enough for
        # (built per length below), the few literals of rules without one in the whole page.
        self._gate = self._automaton(literals)
        self._wide_gate = self._automaton(wide)
        self._gated = reduce(or_, literals.values(), 0)  # the branches the short-line gate admits
        # Per line length: the branches that could match a line that long (their rule's
        # max_len allows it, their shortest match fits), and a screen for the loose ones
        # among them, those with neither condition. In a screen the branches anchored at
        # the line start are tried once at position 0 (re.match), the others searched: an
        # alternation mixing both is retried at every position of every line.
        self._longest = 1 + max([r.max_len for r in self.rules] + [c.least for c in found])
        # A loose branch whose rule has a precheck the line fails is left out of the screen:
        # there is a screen for every subset of each length's loose branches.
        screens: dict[int, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {}
        by_length = []
        gates: dict[int, Any] = {}
        for length in range(self._longest + 1):
            fitting = sum(1 << j for j, (i, _) in enumerate(branches) if found[j].least <= length
                          and (not self.rules[i].max_len or length <= self.rules[i].max_len))
            unsure = fitting & loose
            sub = unsure
            while True:  # every submask of unsure, unsure itself and 0 included
                if sub not in screens:
                    screens[sub] = self._build_screens(
                        [b for j, (_, b) in enumerate(branches) if sub >> j & 1])
                if not sub:
                    break
                sub = (sub - 1) & unsure
            # The short-line gate of this length: only the literals of fitting branches.
            gated = fitting & self._gated
            if gated not in gates:
                gates[gated] = self._automaton({literal: bits & gated for literal, bits
                                                in literals.items() if bits & gated})
            by_length.append((fitting, unsure, gated, gates[gated]))
        self._by_length = tuple(by_length)
        self._screens = screens
        self._prechecks = tuple((self._bits_of[i], r.precheck) for i, r in enumerate(self.rules)
                                if r.precheck is not None)

    def _some_branch_found(self, mask: int, text: str) -> bool:
        """Whether one of the branches in ``mask`` (of one rule) is found in ``text``: the
        answer of the alternation of those branches, branch by branch."""
        alone = self._branch_patterns
        while mask:
            j = (mask & -mask).bit_length() - 1
            rx = alone[j]
            if rx is None:
                rx = alone[j] = re.compile(self._branch_sources[j])
            if rx.search(text):
                return True
            mask &= mask - 1
        return False

    @staticmethod
    def _automaton(literals: dict[str, int]) -> Any:
        """An Aho-Corasick automaton giving each literal's branch bits (None if no literal)."""
        if not literals:
            return None
        automaton = ahocorasick.Automaton()
        for literal, bits in literals.items():
            automaton.add_word(literal, bits)
        automaton.make_automaton()
        return automaton

    @staticmethod
    def _build_screens(branches: Sequence[str]
                       ) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        anchored = [b for b in branches if b.startswith("^")]
        floating = [b for b in branches if not b.startswith("^")]
        start = re.compile("|".join(f"(?:{b})" for b in anchored)) if anchored else None
        anywhere = re.compile("|".join(f"(?:{b})" for b in floating)) if floating else None
        return start, anywhere

    def _hits(self, text: str) -> int:
        """The branches whose needed literals occur in ``text`` (and those needing none)."""
        bits = self._unlettered
        for gate in (self._gate, self._wide_gate):
            if gate is not None:
                for _end, found in gate.iter(text):
                    bits |= found
        return bits

    def _line_hits(self, text: str, lines: Sequence[str]) -> list[int]:
        """``_hits`` of every line of ``text`` (split into ``lines``) as far as the wide
        gate goes, in one pass over the whole text, each literal found given to the line its
        last character is on; ``_first_rules`` adds the short-line gate's hits."""
        hits = [self._unlettered] * len(lines)
        if self._wide_gate is not None:
            ends: list[int] = []  # one past each "\n", counted at the first hit (most pages
            for end, found in self._wide_gate.iter(text):  # have none)
                ends = ends or list(accumulate(len(line) + 1 for line in lines))
                hits[bisect_right(ends, end)] |= found
        return hits

    def match(self, line: str, hits: int | None = None) -> Rule | None:
        """The first rule that fires on ``line``; ``hits`` is ``_hits(line)`` if known."""
        return self._first_rules([line], [self._hits(line) if hits is None else hits])[0]

    def _first_rules(self, lines: Sequence[str], hits: Sequence[int]) -> list[Rule | None]:
        """``match`` of every line, its hits given: one loop with the tables in locals (the
        loop runs for every line of every page)."""
        limit, longest, by_length = self._limit, self._longest, self._by_length
        starts, any_start = self._starts, self._any_start
        rules, rule_of, patterns, bits_of = self.rules, self._rule_of, self._patterns, self._bits_of
        screens, prechecks = self._screens, self._prechecks
        whole_only, some_branch_found = self._whole_only, self._some_branch_found
        out: list[Rule | None] = []
        for line, found in zip(lines, hits, strict=True):
            if not line:  # a third of a page's lines are the blanks between paragraphs
                out.append(None)
                continue
            text = strip_bullet(line) if line[:1] in _BULLET_START else line.strip()
            length = len(text)
            if not length or (limit and length > limit):
                out.append(None)
                continue
            fitting, unsure, gated, gate = by_length[length if length < longest else -1]
            candidates = fitting & starts.get(text[0], any_start)
            if candidates & gated:  # literals of rules the line is short enough for
                for _end, bits in gate.iter(line):
                    found |= bits
            # The stripped text is a piece of the line: a literal it holds, the line holds.
            candidates &= found
            if candidates & unsure:
                for bits, passes in prechecks:
                    if candidates & bits and not passes(text):
                        candidates &= ~bits
                        unsure &= ~bits
                start, anywhere = screens[unsure]
                if candidates & unsure and not (
                        (start and start.match(text)) or (anywhere and anywhere.search(text))):
                    candidates &= ~unsure
            while candidates:
                i = rule_of[(candidates & -candidates).bit_length() - 1]
                mask = candidates & bits_of[i]
                if mask == bits_of[i] or whole_only[i]:
                    rx = patterns[i]
                    if rx is None:
                        rx = patterns[i] = rules[i].compile()
                    found_here = rx.search(text) is not None
                else:  # the rule's other branches cannot match the line
                    found_here = some_branch_found(mask, text)
                if found_here:
                    out.append(rules[i])
                    break
                candidates &= ~bits_of[i]
            else:
                out.append(None)
        return out

    def __call__(self, doc: Doc, /) -> Doc:
        lines = doc.text.split("\n")
        # Traditional-script pages are matched through a simplified copy of each line, ASCII
        # punctuation among Han characters through its full-width copy.
        simple = rule_probe(doc.text)
        probes = lines if simple == doc.text else simple.split("\n")
        if len(probes) != len(lines):
            probes, simple = lines, doc.text
        found = self._first_rules(probes, self._line_hits(simple, probes))
        if self.keep is not None and any(found):
            for n in self.keep(lines):
                found[n] = None
        removed = [Removal(self.name, rule.code, rule.why, shorten(lines[n].strip()),
                           f"line {n + 1}") for n, rule in enumerate(found) if rule is not None]
        if not removed:
            return doc
        # blank, not deleted: later line numbers stay the input's
        kept = [line if rule is None else "" for line, rule in zip(lines, found, strict=True)]
        return doc.evolve(text="\n".join(kept), removed=removed)


def rule_probe(text: str) -> str:
    """What line rules match for ``text``: its simplified copy with ASCII ,:;?!() among Han
    characters in full width (rules are written once, in simplified script with ，：；), one
    character for one, so that line numbers and lengths stay the text's."""
    simple = to_simplified(text)
    if not _ASCII_MARK.search(simple):
        return simple
    return fullwidth_punctuation(simple)


_ASCII_MARK = re.compile("[,:;?!()]")
