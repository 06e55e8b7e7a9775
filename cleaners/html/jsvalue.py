"""A framework's state written as a JavaScript call rather than as JSON: a server serializer
that shares repeated values (devalue, as Nuxt 2 prints ``window.__NUXT__``) writes

    (function(a,b,c){return {title:"…",source:a,tags:[b,c]}}("澜川日报",false,"…"))

an object literal (keys unquoted, strings in either quote) whose names are the function's
parameters, the values passed as its arguments. ``called_literals`` reads it back as the JSON
value it stands for; anything else a script may compute there (a call, a ``new``) makes it None.
An older page assigns its state as such a literal outright (``var BASE_DATA = {title:'…',
content:'&lt;p&gt;…'.replace(/<br\\s*\\/>/ig, '')}``): ``literal_at`` reads it.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["called_literals", "literal_at", "unflattened"]

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
# A string method a template calls on a literal it prints (an editor's HTML tidied where it is
# written: '…'.replace(/<br \/>/ig, ''), '…'.trim()): the value read is the string itself, its
# text unchanged but for the tidying.
_REGEX = re.compile(r"/(?![/*])(?:[^/\\\n\[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+/[dgimsuy]*")
_STRING_METHOD = re.compile(r"\s*\.\s*(?:replace|replaceAll|trim)\s*\(")
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
            while (method := _STRING_METHOD.match(self.source, self.at)) is not None:
                self.at = method.end()
                self.arguments(depth + 1)
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

    def arguments(self, depth: int) -> None:
        """Pass a string method's arguments up to its closing parenthesis: literals or a
        regular expression's literal (/<br \\/>/ig), nothing a script computes."""
        while not self.take(")"):
            self.skip()
            regex = _REGEX.match(self.source, self.at)
            if regex is not None:
                self.at = regex.end()
            else:
                self.value(depth)
            if not self.take(","):
                self.expect(")")
                return

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


def literal_at(script: str, at: int) -> Any:
    """The value written as a JavaScript literal at ``at`` (keys unquoted, strings in either
    quote, a string maybe tidied by a method: see ``_STRING_METHOD``), which JSON cannot read;
    None when anything there is computed by the script."""
    try:
        return _Reader(script, at, {}).value()
    except (_NotLiteral, ValueError, OverflowError):
        return None


# --- a payload flattened by devalue's stringify (Nuxt 3's <script id="__NUXT_DATA__">) ---------
# The value is a JSON array of every distinct value once: the root at 0, an object as its keys
# with the indexes of their values, an array as the indexes of its items, a typed value as its
# type's name and its indexes (["Date", "2025-…"], ["Set", 3, 4], ["Map", k, v, …], a
# framework's wrappers ["ShallowReactive", 1], ["Ref", 7]). Negative numbers stand for
# undefined, holes, NaN and infinities.
_UNFLATTEN_NODES = 20_000  # values rebuilt at most: a payload of a page, not a data dump
_WRAPPERS = frozenset({"Reactive", "ShallowReactive", "Ref", "ShallowRef", "EmptyRef",
                       "EmptyShallowRef", "Object"})


def _flattened(value: Any) -> bool:
    """``value`` has a devalue payload's shape: an array whose first item, the root, is an
    object of indexes or a typed value's tag with its index."""
    if not isinstance(value, list) or len(value) < 2:
        return False
    root = value[0]
    if isinstance(root, dict):
        return bool(root) and all(isinstance(i, int) and not isinstance(i, bool)
                                  and 0 < i < len(value) for i in root.values())
    return (isinstance(root, list) and len(root) >= 2 and isinstance(root[0], str)
            and all(isinstance(i, int) and not isinstance(i, bool) for i in root[1:]))


def unflattened(payload: Any) -> Any:
    """The value a devalue payload stands for (see above), or None when ``payload`` has no such
    shape. Repeated and circular references are rebuilt once each; an index out of range is
    None."""
    if not _flattened(payload):
        return None
    built: dict[int, Any] = {}
    budget = [_UNFLATTEN_NODES]

    def index(i: Any) -> Any:
        if not isinstance(i, int) or isinstance(i, bool) or not 0 <= i < len(payload):
            return None  # undefined, a hole, NaN, an infinity, or a broken reference
        if i in built:
            return built[i]
        budget[0] -= 1
        if budget[0] < 0:
            return None
        node = payload[i]
        if isinstance(node, dict):
            obj: dict[str, Any] = {}
            built[i] = obj  # before its members: a member may refer back to it
            for key, item in node.items():
                obj[key] = index(item)
            return obj
        if isinstance(node, list) and node and isinstance(node[0], str):
            tag, args = node[0], node[1:]
            if tag in _WRAPPERS and len(args) == 1:
                built[i] = None  # a wrapper of itself is nothing
                built[i] = index(args[0])
                return built[i]
            if tag == "Date" and len(args) == 1 and isinstance(args[0], str):
                built[i] = args[0]
                return args[0]
            if tag == "Map":
                pairs: dict[str, Any] = {}
                built[i] = pairs
                for k, v in zip(args[::2], args[1::2], strict=False):
                    pairs[str(index(k))] = index(v)
                return pairs
            items: list[Any] = []  # a Set, or a type we do not know: its values
            built[i] = items
            items.extend(index(a) for a in args)
            return items
        if isinstance(node, list):
            seq: list[Any] = []
            built[i] = seq
            seq.extend(index(a) for a in node)
            return seq
        built[i] = node
        return node

    return index(0)
