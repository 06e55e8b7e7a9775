"""Rules are written once in simplified Chinese and also match traditional-script pages.

Two ways, both with OpenCC: line rules test a simplified copy of each traditional-script line
(``to_simplified``); small regexes that run on few lines instead join the pattern's traditional
spellings (``with_traditional``: 版权所有 also matches 版權所有, 发布时间 matches 發佈時間).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ["to_simplified", "traditional_variants", "with_traditional"]

_CONFIGS = ("s2t", "s2tw", "s2hk")


def to_simplified(text: str) -> str:
    """``text`` in simplified script (OpenCC t2s, ~150 MB/s); used to match rules, never to
    change the output."""
    return str(_converter("t2s").convert(text))


@lru_cache(maxsize=len(_CONFIGS) + 1)
def _converter(config: str) -> Any:
    # Cached because loading the dictionaries costs ~15 ms; converters are never mutated.
    import opencc

    return opencc.OpenCC(config)


@lru_cache(maxsize=4096)
def traditional_variants(text: str) -> tuple[str, ...]:
    """``text`` and its distinct traditional-script spellings, the original first."""
    out = [text]
    for config in _CONFIGS:
        variant = _converter(config).convert(text)
        if variant not in out:
            out.append(variant)
    return tuple(out)


def with_traditional(pattern: str) -> str:
    """A regex matching what ``pattern`` matches, in simplified or traditional script.

    The pattern must not define named groups (they would be duplicated).
    """
    variants = traditional_variants(pattern)
    if len(variants) == 1:
        return pattern
    return "|".join(f"(?:{v})" for v in variants)
