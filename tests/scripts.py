"""Script helpers shared by the page tests: a page printed in traditional script."""

from __future__ import annotations

import opencc

_S2T = opencc.OpenCC("s2t")


def to_traditional(text: str) -> str:
    """``text`` in traditional script (OpenCC s2t), as a Taiwan or Hong Kong site prints it."""
    return str(_S2T.convert(text))
