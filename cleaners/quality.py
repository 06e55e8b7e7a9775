"""Document gates for the clean stage: a document with no article text left is dropped."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .document import Doc

__all__ = ["MinText"]

_LETTERS = re.compile(r"[\w\u4e00-\u9fff]")


class MinText:
    """Drop a document whose cleaned text has fewer than ``min_chars`` letters, digits or Han
    characters (e.g. an empty file, or a page that was all navigation)."""

    name = "quality.min_text"

    def __init__(self, *, min_chars: int = 10) -> None:
        if min_chars < 0:
            raise ValueError("min_chars must be >= 0")
        self.min_chars = min_chars

    def __call__(self, doc: Doc, /) -> Doc:
        n = 0
        for n, _ in enumerate(_LETTERS.finditer(doc.text), 1):  # stop counting at the minimum
            if n >= self.min_chars:
                return doc
        what = "no text" if n == 0 else f"only {n} letters"
        return doc.drop(self.name, "too_little_text",
                        f"{what} left after cleaning (minimum {self.min_chars})")
