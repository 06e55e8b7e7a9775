"""Final layout: one paragraph per line, blank lines gone, paragraphs split by a removed line or
a hard line break re-joined."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .document import Doc

__all__ = ["Paragraphs"]

_TERMINAL = "。！？!?…”」』；;：:"
# Punctuation that closes a sentence or clause and so never opens a paragraph: a line that
# starts with it was split off the line above (trafilatura ends a line after <u>…</u>).
_CLOSING = tuple("。，、；：！？”’）」』】》")
_CLAUSE = re.compile(r"[，。；、,;]")
_SHORT_CLAUSE = re.compile(r"^[\u4e00-\u9fff\w]{1,5}[，、；。,;]")


class Paragraphs:
    """Join a paragraph broken mid-sentence (业务工 | 作，统筹… -> 业务工作，统筹…; 病例 | 。这些…
    -> 病例。这些…) and drop blank lines. Moves no text out, so it records nothing; ``min_len``
    is the shortest first half that is treated as a broken paragraph rather than a heading."""

    name = "layout.paragraphs"

    def __init__(self, *, min_len: int = 20) -> None:
        self.min_len = min_len

    def __call__(self, doc: Doc, /) -> Doc:
        out: list[str] = []
        for line in doc.text.split("\n"):
            line = line.strip()
            if not line:
                continue
            if out and self._continues(out[-1], line):
                out[-1] += line
            else:
                out.append(line)
        text = "\n".join(out)
        return doc if text == doc.text else doc.evolve(text=text)

    def _continues(self, prev: str, line: str) -> bool:
        if line.startswith(_CLOSING):
            return True
        if len(prev) < self.min_len or len(line) < 2:
            return False
        if prev[-1] in "，、,":
            return len(line) >= 10
        # Only a sentence can be broken: a first half with no clause punctuation is a heading.
        if prev[-1] in _TERMINAL or not _is_cjk(prev[-1]) or not _CLAUSE.search(prev):
            return False
        # The second half starts with punctuation that cannot open a sentence, or finishes a
        # clause within a few characters (业务工 | 作，统筹…).
        return line[0] in "，、；：,;）)”" or _SHORT_CLAUSE.match(line) is not None


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch.isdigit()
