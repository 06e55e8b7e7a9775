"""A framework's state written as a JavaScript call rather than as JSON: a server serializer
that shares repeated values (devalue, as Nuxt 2 prints ``window.__NUXT__``) writes

    (function(a,b,c){return {title:"…",source:a,tags:[b,c]}}("澜川日报",false,"…"))

an object literal (keys unquoted, strings in either quote) whose names are the function's
parameters, the values passed as its arguments. ``called_literals`` reads it back as the JSON
value it stands for; anything else a script may compute there (a call, a ``new``) makes it None.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["called_literals"]

# "= (function(a,b,…){return" or "= function(…){return": a function called where it is written
_CALLED = re.compile(r"=\s*\(?\s*function\s*\(([\w$,\s]*)\)\s*\{\s*return\s+")
_SPACE = re.compile(r"\s*")
_NAME = re.compile(r"[A-Za-z_$][\w$]*")
_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_STRING = re.compile(r""""((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'""", re.DOTALL)
_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\n|.)")
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0",
                   "\n": ""}
_WORDS: dict[str, Any] = {"true": True, "false": False, "null": None, "undefined": None}
_DEPTH = 200  # nesting deeper than any state: a page built to exhaust the parser


class _NotLiteral(ValueError):
    """The source is no literal value (a call, an operator, a name not passed in)."""


class _Param:
    """A parameter's name in the returned literal, replaced by its argument's value."""

    __slots__ = ("index",)

    def __init__(self, index: int) -> None:
        self.index = index


def _unescape(body: str) -> str:
    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        if code.startswith("u{"):
            return chr(int(code[2:-1], 16))
        if code[0] in "ux" and len(code) > 1:
            return chr(int(code[1:], 16))
        return _SIMPLE_ESCAPES.get(code, code)
    text = _ESCAPE.sub(one, body)
    # \uD83D\uDE00: a character outside the BMP escaped as its two UTF-16 halves
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


class _Reader:
    def __init__(self, source: str, at: int, params: dict[str, int]) -> None:
        self.source, self.at, self.params = source, at, params

    def skip(self) -> None:
        self.at = _SPACE.match(self.source, self.at).end()  # type: ignore[union-attr]

    def take(self, char: str) -> bool:
        self.skip()
        if self.source.startswith(char, self.at):
            self.at += len(char)
            return True
        return False

    def expect(self, char: str) -> None:
        if not self.take(char):
            raise _NotLiteral(char)

    def value(self, depth: int = 0) -> Any:
        if depth > _DEPTH:
            raise _NotLiteral("too deep")
        self.skip()
        head = self.source[self.at:self.at + 1]
        if head == "{":
            self.at += 1
            found: dict[str, Any] = {}
            while not self.take("}"):
                key = self.key()
                self.expect(":")
                found[key] = self.value(depth + 1)
                if not self.take(","):
                    self.expect("}")
                    break
            return found
        if head == "[":
            self.at += 1
            items: list[Any] = []
            while not self.take("]"):
                items.append(self.value(depth + 1))
                if not self.take(","):
                    self.expect("]")
                    break
            return items
        if (string := _STRING.match(self.source, self.at)) is not None:
            self.at = string.end()
            return _unescape(string.group(1) if string.group(1) is not None else string.group(2))
        if (number := _NUMBER.match(self.source, self.at)) is not None:
            self.at = number.end()
            return float(number.group()) if any(c in number.group() for c in ".eE") \
                else int(number.group())
        if self.source.startswith("void 0", self.at):
            self.at += len("void 0")
            return None
        if (name := _NAME.match(self.source, self.at)) is not None:
            self.at = name.end()
            if name.group() in _WORDS:
                return _WORDS[name.group()]
            if name.group() in self.params:
                return _Param(self.params[name.group()])
        raise _NotLiteral(head)

    def key(self) -> str:
        self.skip()
        for pattern in (_NAME, _NUMBER):
            if (match := pattern.match(self.source, self.at)) is not None:
                self.at = match.end()
                return match.group()
        if (string := _STRING.match(self.source, self.at)) is not None:
            self.at = string.end()
            return _unescape(string.group(1) if string.group(1) is not None else string.group(2))
        raise _NotLiteral("key")


def _bind(value: Any, args: list[Any]) -> Any:
    """``value`` with every parameter replaced by its argument (undefined when not passed)."""
    if isinstance(value, _Param):
        return args[value.index] if value.index < len(args) else None
    if isinstance(value, dict):
        return {key: _bind(item, args) for key, item in value.items()}
    if isinstance(value, list):
        return [_bind(item, args) for item in value]
    return value


def called_literals(script: str) -> list[Any]:
    """The values the functions a script calls where it writes them return, their arguments
    put in for their parameters: one per call whose body is ``return`` a literal."""
    found: list[Any] = []
    for call in _CALLED.finditer(script):
        names = [name.strip() for name in call.group(1).split(",") if name.strip()]
        reader = _Reader(script, call.end(), {name: i for i, name in enumerate(names)})
        try:
            returned = reader.value()
            reader.take(";")
            reader.expect("}")
            reader.take(")")  # (function(){…})(…) closes before its arguments
            reader.expect("(")
            reader.params = {}  # the arguments are literals themselves
            args: list[Any] = []
            while not reader.take(")"):
                args.append(reader.value())
                if not reader.take(","):
                    reader.expect(")")
                    break
        except (_NotLiteral, ValueError, OverflowError):
            continue
        found.append(_bind(returned, args))
    return found
