"""What a regex cannot match without: the conservative prefilters behind LineRules.

Two questions are answered from the pattern's own parse tree (``re._parser``), never from a
hand-made list, so a new rule cannot fall out of step with its filter:

* ``required(pattern)``: strings one of which every match contains, wherever it is found; a
  text holding none of them cannot match;
* ``first_chars(pattern)``: for a pattern anchored at the start of the text (``^``), or tried
  there only (``re.match``), the characters its match can begin with; a text starting with
  another character cannot match.

Both return ``None`` when no useful answer was found: the pattern must then always be tried.
Hand-written because no maintained library reads required literals off Python ``re`` patterns
(the prefilters of Hyperscan or RE2 work on their own engines and syntax, not on these rules).
The reasoning, piece by piece:

* a literal character or a small character class is the set of characters it matches, asked
  of the regex engine itself over every code point, so case folding under IGNORECASE (K and
  the Kelvin sign) and ``\\d``/``\\s`` are the engine's, not a guess;
* a concatenation of such pieces is the product of their sets (``(?:许可|授权)转载`` ->
  许可转载, 授权转载), and a sequence takes the most selective of its runs and pieces;
* an alternation needs the union of its branches' sets, and is unknown if one branch is;
* what can match the empty string, or almost any character (``.``, ``\\S``, ``[^。]``), is
  unknown; back-references and conditionals are unknown;
* lookarounds and anchors consume nothing, so they add nothing to what a match contains
  (and are not relied on to exclude anything).
"""

from __future__ import annotations

import importlib
import re
from array import array
from dataclasses import dataclass
from functools import cache
from itertools import product
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["Clues", "Gate", "clues", "gate"]

_parser: Any = importlib.import_module("re._parser")

# Bounds that keep the sets small; a set past them would let most lines through anyway.
# Sets of first characters may be larger: \d (some 700 characters) or the private-use block
# still rule out most lines at the cost of one look-up.
_MAX_STRINGS = 64
_MAX_CLASS = 8192
_MAX_REPEAT = 4
_MAX_COST = 8.0

_Strings = frozenset[str]
_EMPTY: _Strings = frozenset({""})
_NONE: _Strings = frozenset()

_CATEGORIES = {_parser.CATEGORY_DIGIT: r"\d", _parser.CATEGORY_SPACE: r"\s"}


@cache
def _all_chars() -> str:
    """Every code point, surrogates included, in one string (built in C: a join of 1.1 M
    one-character strings costs four times as long)."""
    return array("I", range(0x110000)).tobytes().decode("utf-32-le", "surrogatepass")


@cache
def _class_set(source: str, flags: int) -> _Strings:
    """Every character the one-character regex ``source`` matches under ``flags``."""
    return frozenset(re.findall(source, _all_chars(), flags))


# (character, flags) -> the characters it matches under IGNORECASE: a memo, filled by _fold.
_FOLDS: dict[tuple[str, int], _Strings] = {}


def _fold(chars: set[str], flags: int) -> _Strings:
    """The characters that match one of ``chars`` under ``flags`` (IGNORECASE, ASCII).

    The engine is asked over every code point once for all the characters not yet known (a
    class of them matches what its members match), then each one's share is picked out of
    that small result by matching it alone."""
    todo = sorted(c for c in chars if (c, flags) not in _FOLDS)
    if todo:
        found = _class_set(f"[{''.join(map(re.escape, todo))}]", flags)
        for c in todo:
            alone = re.compile(re.escape(c), flags)
            _FOLDS[(c, flags)] = frozenset(x for x in found if alone.fullmatch(x))
    return frozenset().union(*(_FOLDS[(c, flags)] for c in chars))


def _class_chars(items: list[tuple[Any, Any]], flags: int) -> _Strings | None:
    """The characters a parsed character class (or literal) matches; None for the sets too
    large to be worth spelling out (negated classes, ``\\w``, ``\\S``, wide ranges)."""
    flags &= re.IGNORECASE | re.ASCII
    plain: set[str] = set()
    out: set[str] = set()
    for op, av in items:
        if op is _parser.LITERAL:
            plain.add(chr(av))
        elif op is _parser.RANGE and av[1] - av[0] < _MAX_CLASS:
            plain.update(map(chr, range(av[0], av[1] + 1)))
        elif op is _parser.CATEGORY and av in _CATEGORIES:
            out |= _class_set(f"[{_CATEGORIES[av]}]", flags)
        else:  # NEGATE, \w, \W, \S, \D, a wide range
            return None
    out |= _fold(plain, flags) if flags & re.IGNORECASE else plain
    return frozenset(out) if len(out) <= _MAX_CLASS else None


def _cased(items: list[tuple[Any, Any]], flags: int, out: set[tuple[str, int]]) -> None:
    """Collect the characters of ``items`` matched under IGNORECASE (so _fold asks the
    engine once a pattern rather than once a character)."""
    for op, av in items:
        if op is _parser.LITERAL and flags & re.IGNORECASE:
            out.add((chr(av), flags & (re.IGNORECASE | re.ASCII)))
        elif op is _parser.IN and flags & re.IGNORECASE:
            for sub_op, sub_av in av:
                if sub_op is _parser.LITERAL:
                    out.add((chr(sub_av), flags & (re.IGNORECASE | re.ASCII)))
                elif sub_op is _parser.RANGE and sub_av[1] - sub_av[0] < _MAX_CLASS:
                    out.update((chr(c), flags & (re.IGNORECASE | re.ASCII))
                               for c in range(sub_av[0], sub_av[1] + 1))
        elif op is _parser.SUBPATTERN:
            _cased(list(av[3]), (flags | av[1]) & ~av[2], out)
        elif op is _parser.ATOMIC_GROUP:
            _cased(list(av), flags, out)
        elif op is _parser.BRANCH:
            for branch in av[1]:
                _cased(list(branch), flags, out)
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
            _cased(list(av[2]), flags, out)


class _Node:
    """What one parsed piece can match.

    ``exact``: all the strings it matches, if few; ``need``: strings one of which every match
    contains; ``first``: the characters a match can begin with (empty for a piece that
    consumes nothing); None = unknown. ``least``: the length of its shortest match.
    """

    __slots__ = ("exact", "first", "least", "need")

    def __init__(self, exact: _Strings | None, need: _Strings | None,
                 first: _Strings | None, least: int) -> None:
        self.exact = exact
        self.need = need
        self.first = first
        self.least = least


_UNKNOWN = _Node(None, None, None, 0)
_ONE_CHAR = _Node(None, None, None, 1)
_ZERO_WIDTH = _Node(_EMPTY, None, _NONE, 0)


def _chars(chars: _Strings | None) -> _Node:
    if chars is None:
        return _ONE_CHAR
    return _Node(chars if len(chars) <= _MAX_STRINGS else None, chars, chars, 1)


def _concat(sets: list[_Strings]) -> _Strings | None:
    size = 1
    for s in sets:
        size *= len(s)
        if size > _MAX_STRINGS:
            return None
    return frozenset("".join(parts) for parts in product(*sets))


def _cost(strings: _Strings | None) -> float:
    """A rough count of how many lines of prose hold one of the strings (lower is better):
    a single character is common, each further character makes a string much rarer."""
    if strings is None or "" in strings or len(strings) > _MAX_STRINGS:
        return float("inf")
    return sum(0.05 ** (len(s) - 1) for s in strings)


def _better(a: _Strings | None, b: _Strings | None) -> _Strings | None:
    return a if _cost(a) <= _cost(b) else b


def _union(sets: list[_Strings | None], cap: int) -> _Strings | None:
    if any(s is None for s in sets):
        return None
    out = frozenset().union(*(s for s in sets if s is not None))
    return out if len(out) <= cap else None


class _Walk:
    """One walk over a parse tree; remembers each group's shortest match, which is also the
    shortest a back-reference to it can match (a reference to a group that did not take
    part fails)."""

    def __init__(self) -> None:
        self.groups: dict[int, int] = {}

    def sequence(self, items: list[tuple[Any, Any]], flags: int) -> _Node:
        nodes = [self.item(op, av, flags) for op, av in items]
        need: _Strings | None = None
        for node in nodes:
            need = _better(need, node.need)
        # Every window of consecutive pieces with exact sets: the product of their sets is
        # what that stretch of the match is, so one of its strings is in every match.
        for i in range(len(nodes)):
            parts: list[_Strings] = []
            for node in nodes[i:]:
                if node.exact is None:
                    break
                parts.append(node.exact)
                joined = _concat(parts)
                if joined is None:
                    break
                need = _better(need, joined)
        exact = None
        if all(n.exact is not None for n in nodes):
            exact = _concat([n.exact for n in nodes if n.exact is not None])
        # A match begins with the first piece that consumes a character.
        first: _Strings | None = _NONE
        for node in nodes:
            first = _union([first, node.first], _MAX_CLASS)
            if node.least:
                break
        return _Node(exact, need, first, sum(n.least for n in nodes))

    def item(self, op: Any, av: Any, flags: int) -> _Node:
        if op is _parser.LITERAL:
            return _chars(_class_chars([(op, av)], flags))
        if op is _parser.IN:
            return _chars(_class_chars(av, flags))
        if op in (_parser.ANY, _parser.NOT_LITERAL):
            return _ONE_CHAR
        if op in (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT):
            return _ZERO_WIDTH
        if op is _parser.SUBPATTERN:
            group, add, remove, sub = av
            node = self.sequence(list(sub), (flags | add) & ~remove)
            if group is not None:
                self.groups[group] = node.least
            return node
        if op is _parser.ATOMIC_GROUP:
            return self.sequence(list(av), flags)
        if op is _parser.GROUPREF:
            return _Node(None, None, None, self.groups.get(av, 0))
        if op is _parser.BRANCH:
            branches = [self.sequence(list(b), flags) for b in av[1]]
            return _Node(_union([b.exact for b in branches], _MAX_STRINGS),
                         _union([b.need for b in branches], _MAX_STRINGS),
                         _union([b.first for b in branches], _MAX_CLASS),
                         min(b.least for b in branches))
        if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
            low, high, sub = av
            inner = self.sequence(list(sub), flags)
            exact = None
            if inner.exact is not None and high <= _MAX_REPEAT:
                powers = [_concat([inner.exact] * count) for count in range(low, high + 1)]
                exact = _union(powers, _MAX_STRINGS)
            return _Node(exact, inner.need if low else None, inner.first, inner.least * low)
        # GROUPREF_EXISTS and anything newer.
        return _UNKNOWN


def _anchored(items: list[tuple[Any, Any]], flags: int) -> bool:
    """True if every match starts at the beginning of the text (a leading ``^`` or ``\\A``,
    perhaps after lookarounds or inside a leading group; under MULTILINE ``^`` is not)."""
    for op, av in items:
        if op is _parser.AT:
            if av is _parser.AT_BEGINNING_STRING or (
                    av is _parser.AT_BEGINNING and not flags & re.MULTILINE):
                return True
        elif op in (_parser.ASSERT, _parser.ASSERT_NOT):
            continue
        elif op is _parser.SUBPATTERN:
            return _anchored(list(av[3]), (flags | av[1]) & ~av[2])
        elif op is _parser.ATOMIC_GROUP:
            return _anchored(list(av), flags)
        elif op is _parser.BRANCH:
            return all(_anchored(list(b), flags) for b in av[1])
        else:
            return False
    return False


@dataclass(frozen=True, slots=True)
class Clues:
    """What every match of a pattern is known to have (see the module docstring).

    ``needs``: strings one of which every match contains (None: no set selective enough to
    be worth testing for); ``first``: for a pattern anchored at the start of the text (or
    asked for with ``at_start``), the characters its match can begin with (None: not
    anchored, or any character); ``least``: the length of the shortest match, so a shorter
    text cannot match.
    """

    needs: frozenset[str] | None
    first: frozenset[str] | None
    least: int


@cache
def clues(pattern: str, flags: int = 0, *, at_start: bool = False) -> Clues:
    """The Clues of ``pattern`` compiled with ``flags``; ``at_start``: the pattern is only
    tried at the start of the text (``re.match``), so ``first`` is known anchored or not."""
    parsed = _parser.parse(pattern, flags)
    items, flags = list(parsed.data), parsed.state.flags
    cased: set[tuple[str, int]] = set()
    _cased(items, flags, cased)
    for fold_flags in {f for _, f in cased}:
        _fold({c for c, f in cased if f == fold_flags}, fold_flags)
    node = _Walk().sequence(items, flags)
    needs = node.need if _cost(node.need) <= _MAX_COST else None
    first = node.first if node.least and (at_start or _anchored(items, flags)) else None
    return Clues(needs, first, node.least)


# A gate tests at most this many needed strings, one ``in`` each: past that the regex it
# guards is about as quick to fail.
_GATE_NEEDS = 8


@dataclass(frozen=True, slots=True)
class Gate:
    """Quick necessary conditions for a text to match one of some patterns (their Clues
    joined): ``open(text)`` False means none of them can match; True means try them.

    ``least``: the shortest match of any; ``first``: the characters a match may begin with
    (None: any); ``needs``: strings one of which any match contains (None: unknown).
    """

    least: int
    first: frozenset[str] | None
    needs: tuple[str, ...] | None

    def open(self, text: str) -> bool:
        if len(text) < self.least:
            return False
        # first is only known for patterns whose every match consumes a character, so an
        # empty text ("" not in first) is rightly shut out.
        if self.first is not None and text[:1] not in self.first:
            return False
        return self.needs is None or any(map(text.__contains__, self.needs))

    def source(self, *, stripped: bool = False) -> str | None:
        """A regex that finds something in every text the gate opens for (``stripped``: the
        gate is asked of the text without its surrounding space), to be joined with others
        into one search; None if the gate may open for any text."""
        if self.first is not None:
            chars = "".join(map(re.escape, sorted(self.first)))
            return rf"^\s*[{chars}]" if stripped else f"^[{chars}]"
        if self.needs is not None:
            return "|".join(map(re.escape, self.needs))
        return None


def _fewest(strings: _Strings | None) -> _Strings | None:
    """The strings without those holding another of them (a text holding 摄） holds 摄):
    the same condition, fewer tests."""
    if strings is None:
        return None
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


def gate(patterns: Iterable[re.Pattern[str]], *, at_start: bool = False,
         max_needs: int = _GATE_NEEDS) -> Gate:
    """The Gate of ``patterns`` (searched in a text, or matched at its start with
    ``at_start``): a condition is kept only if every pattern has it; needed strings only up
    to ``max_needs`` of them (raise it for a regex slow to fail)."""
    found = [clues(rx.pattern, rx.flags & ~re.UNICODE, at_start=at_start) for rx in patterns]
    first = _union([c.first for c in found], 0x110000)
    need = _fewest(_union([c.needs for c in found], 0x110000))
    if need is not None and len(need) > max_needs:
        need = None
    return Gate(least=min((c.least for c in found), default=0), first=first,
                needs=None if need is None else tuple(sorted(need)))
