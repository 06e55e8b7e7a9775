"""Final layout: one paragraph per line, blank lines gone, paragraphs split by a removed line or
a hard line break re-joined."""

from __future__ import annotations

import re
from collections import Counter
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
# A sentence end inside a line: a line without one is a title or the first piece of a sentence.
_SENTENCE_END = re.compile(r"[。！？!?；;]")


class Paragraphs:
    """Join a paragraph broken mid-sentence (业务工 | 作，统筹… -> 业务工作，统筹…; 病例 | 。这些…
    -> 病例。这些…) and drop blank lines. Moves no text out, so it records nothing; ``min_len``
    is the shortest first half that is treated as a broken paragraph rather than a heading;
    ``heading_len`` the longest line without a sentence end that may be a heading."""

    name = "layout.paragraphs"

    def __init__(self, *, min_len: int = 20, heading_len: int = 40) -> None:
        self.min_len = min_len
        self.heading_len = heading_len

    def __call__(self, doc: Doc, /) -> Doc:
        lines = [line.strip() for line in doc.text.split("\n")]
        gaps: list[int] = []  # blank (or removed, hence blanked) lines before each filled line
        blank = 0
        for line in lines:
            if line:
                gaps.append(blank)
                blank = 0
            else:
                blank += 1
        # The page's own spacing between paragraphs; a wider gap held something now removed.
        usual = Counter(gaps[1:]).most_common(1)[0][0] if len(gaps) > 1 else 0
        out: list[str] = []
        for line, gap in zip((ln for ln in lines if ln), gaps, strict=True):
            if out and self._continues(out[-1], line, split=gap > usual):
                out[-1] += line
            else:
                out.append(line)
        text = "\n".join(out)
        return doc if text == doc.text else doc.evolve(text=text)

    def _continues(self, prev: str, line: str, *, split: bool = False) -> bool:
        if line.startswith(_CLOSING):
            return True
        if len(prev) < self.min_len or len(line) < 2:
            return False
        if prev[-1] in "，、,":
            return len(line) >= 10
        # Only a sentence can be broken: a first half with no clause punctuation is a heading.
        if prev[-1] in _TERMINAL or not _is_cjk(prev[-1]) or not _CLAUSE.search(prev):
            return False
        # A short line with no sentence end, next to the following paragraph in the source, is a
        # heading even with a comma in it (…，突破3000亿美元 | 魏少军指出，…); only a gap left by a
        # removed caption or image shows it is half of a sentence (…等业务工 | 作，统筹…).
        if not split and len(prev) <= self.heading_len and not _SENTENCE_END.search(prev):
            return False
        # The second half starts with punctuation that cannot open a sentence, or finishes a
        # clause within a few characters (业务工 | 作，统筹…).
        return line[0] in "，、；：,;）)”" or _SHORT_CLAUSE.match(line) is not None


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch.isdigit()
