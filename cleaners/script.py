"""Rules are written once in simplified Chinese and also match traditional-script pages.

Three ways, all with OpenCC: line rules test a simplified copy of each traditional-script line
(``to_simplified``); small regexes that run on few lines instead join the pattern's traditional
spellings (``with_traditional``: 版权所有 also matches 版權所有, 发布时间 matches 發佈時間);
the HTML path's patterns, which test an element's own text where a match's span may be kept,
spell each character both ways (``either_script``: 发布 -> [发發]布, the pattern's groups and
widths as written).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

__all__ = ["compile_either", "either_script", "script_of", "to_simplified", "traditional_chars",
           "traditional_variants", "with_traditional"]

_CONFIGS = ("s2t", "s2tw", "s2hk")
# OpenCC writes 布 as 佈 in 发布, 公布, 布置, but Taiwan's and Hong Kong's own pages print
# 發布, 公布 with the plain 布 as often: both spellings are the traditional text's.
# It writes 回复 as 回覆 alone but 查看回復 in a phrase: a rule's 回复 must match both.
_ALSO_WRITTEN = str.maketrans({"佈": "布", "覆": "復"})


# Frequent characters whose traditional and simplified forms differ (traditional here; the
# simplified counterparts are derived with OpenCC on first use).
_TRADITIONAL = ("這們個來說時為國會對發經與後從學開關過還門問長見東車書話體兩區電產動業實現務應進當"
                "點機種線處達標將單報變辦總議質員論證轉雖護驗課讓認級導連節運聽據構隊陽極給術風難鄉"
                "親觀規歷條請華項眾興傳層設兒價團則圖況調維網計統愛聯農醫參戰確權斷歡藝邊靈試選響顯"
                "錢衛義黨組織領導")
# Runs of the telling characters: deleting them (one C pass) counts them, where a match
# per character cost an object each.
_TRADITIONAL_CHARS = re.compile(f"[{_TRADITIONAL}]+")


@lru_cache(maxsize=1)
def _simplified_chars() -> re.Pattern[str]:
    simple = "".join(ch for ch in _converter("t2s").convert(_TRADITIONAL) if ch not in _TRADITIONAL)
    return re.compile(f"[{simple}]+")


def to_simplified(text: str) -> str:
    """``text`` in simplified script (OpenCC t2s, ~150 MB/s); used to match rules, never to
    change the output. Text without a single character t2s changes is returned as is (a short
    value may hold only rare ones: 編輯)."""
    if not _traditional_clue().search(text):
        return text
    return str(_converter("t2s").convert(text))


@lru_cache(maxsize=1)
def _traditional_clue() -> re.Pattern[str]:
    return re.compile(f"[{''.join(sorted(_simplified_of()))}]")


def script_of(text: str, sample: int = 20_000) -> str | None:
    """"hant" or "hans" for Chinese text; None with fewer than three telling characters."""
    head = text[:sample]
    hant = len(head) - len(_TRADITIONAL_CHARS.sub("", head))
    hans = len(head) - len(_simplified_chars().sub("", head))
    if hans + hant < 3:
        return None
    return "hant" if hant > hans else "hans"


@lru_cache(maxsize=1)
def _simplified_of() -> dict[str, str]:
    """Each Han character (the common block and Extension A) that OpenCC t2s changes, and
    what it turns into: one conversion of every character, a line each (~30 ms, once)."""
    chars = [chr(c) for r in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF)) for c in range(r[0], r[1] + 1)]
    simple = str(_converter("t2s").convert("\n".join(chars))).split("\n")
    return {t: s for t, s in zip(chars, simple, strict=True) if len(s) == 1 and s != t}


def traditional_chars(chars: str) -> str:
    """The characters whose simplified form (t2s) is one of ``chars``: 赵 -> 趙, 后 -> 後.
    A set of characters a rule tests one at a time (surnames) so treats a traditional-script
    page as its simplified copy, as ``to_simplified`` does for whole lines."""
    wanted = set(chars)
    return "".join(t for t, s in _simplified_of().items() if s in wanted)


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
        for spelling in (variant, variant.translate(_ALSO_WRITTEN)):
            if spelling not in out:
                out.append(spelling)
    return tuple(out)


def with_traditional(pattern: str) -> str:
    """A regex matching what ``pattern`` matches, in simplified or traditional script.

    The pattern must not define named groups (they would be duplicated).
    """
    variants = traditional_variants(pattern)
    if len(variants) == 1:
        return pattern
    return "|".join(f"(?:{v})" for v in variants)


@lru_cache(maxsize=1)
def _traditional_of() -> dict[str, str]:
    """Each simplified character t2s turns a traditional one into, and those traditional ones."""
    out: dict[str, str] = {}
    for trad, simple in _simplified_of().items():
        out[simple] = out.get(simple, "") + trad
    # and the spellings OpenCC writes in phrases only, t2s leaving them as they are (回覆 for
    # 回复: 覆 is a simplified character too): see _ALSO_WRITTEN
    for code, usual in _ALSO_WRITTEN.items():
        simple, written = _simplified_of().get(usual, usual), chr(code)
        if written not in out.get(simple, ""):
            out[simple] = out.get(simple, "") + written
    return out


def either_script(pattern: str) -> str:
    """``pattern`` with each Chinese character also matching its traditional forms: 发 becomes
    [发發髮] (inside a class, its forms join the class). One character stays one character, so
    groups, backreferences and lookbehind widths are unchanged and a match's span is the page's
    own text; a range's end (一-龥) and an escape (\\u4e00) are left as written."""
    forms = _traditional_of()
    out: list[str] = []
    opened = -1  # where the class being read opened, -1 outside one
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if opened >= 0:
            # a ] right after [ or [^ is a literal one, not the class's end
            if ch == "]" and pattern[opened + 1:i] not in ("", "^"):
                opened = -1
            elif ch in forms and not _range_end(pattern, i):
                ch += forms[ch]
        elif ch == "[":
            opened = i
        elif ch in forms:
            ch = f"[{ch}{forms[ch]}]"
        out.append(ch)
        i += 1
    return "".join(out)


def _range_end(pattern: str, i: int) -> bool:
    """Whether the character at ``i`` in a class is one end of a range (一-龥)."""
    before = pattern[i - 1] == "-" and pattern[i - 2] != "\\"
    after = pattern[i + 1:i + 2] == "-" and pattern[i + 2:i + 3] not in ("]", "")
    return before or after


def compile_either(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile`` of ``either_script(pattern)``: a pattern for page text in either script."""
    return re.compile(either_script(pattern), flags)
