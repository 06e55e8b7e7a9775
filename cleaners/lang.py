"""Language and script tags: zh (hans/hant) from the Han share, other languages by langdetect.

Chinese is decided by counting Han characters (faster and surer than a sampled n-gram guess on
news text); the script by counting characters that differ between the scripts
(``cleaners.script``); the rest goes to langdetect with a fixed seed so the answer repeats.
Han characters are weighed against Latin *words*, not letters: a Chinese article quoting code
or English terms (熟悉 Golang 的同学都知道) is still Chinese. Kana mark Japanese, which shares the
Han characters: such text goes to langdetect, unless the lines without kana hold most of the
Han (a Chinese article quoting a Japanese passage with its translation).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .document import Doc
from .script import script_of

__all__ = ["DetectLanguage", "han_share"]

# Character classes are matched as runs (+): ``_chars`` counts their characters.
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# Syllabic scripts, counted per character like Han: kana (Japanese) and hangul (Korean).
_SYLLABLE = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uac00-\ud7af\u1100-\u11ff]+")
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff]+")
# A run of other letters (Latin, Cyrillic, ...) is one word.
_WORD = re.compile(r"[^\W\d_\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
                   r"\uac00-\ud7af\u1100-\u11ff]+")
# Share of kana among Han and kana from which a text is Japanese, not Chinese.
_KANA_SHARE = 0.05


def _count(pattern: re.Pattern[str], text: str) -> int:
    # subn counts in C (findall would build a list per match).
    return pattern.subn("", text)[1]


def _chars(runs: re.Pattern[str], text: str) -> int:
    """The characters of ``text`` in the runs ``runs`` matches: what deleting them takes
    away (a few long runs in one C pass, where a match per character cost an object each)."""
    return len(text) - len(runs.sub("", text))


def han_share(text: str) -> float:
    """Han characters as a share of Han, kana and hangul characters and other words (0.0 for
    text without letters)."""
    han = _chars(_HAN, text)
    units = han + _chars(_SYLLABLE, text) + _count(_WORD, text)
    return han / units if units else 0.0


def _japanese(text: str) -> bool:
    """Kana make up a share of the Han and kana, and the lines holding kana hold most of them:
    a Chinese article quoting a Japanese letter, then its translation, is still Chinese."""
    kana = _chars(_KANA, text)
    if kana < 3 or kana < _KANA_SHARE * (kana + _chars(_HAN, text)):
        return False
    kana_lines = chinese_lines = 0
    for line in text.split("\n"):
        letters = _chars(_HAN, line) + _chars(_KANA, line)
        if _KANA.search(line):
            kana_lines += letters
        else:
            chinese_lines += letters
    return kana_lines >= chinese_lines


class DetectLanguage:
    """Set meta.lang ("zh", "en", …, or "und") and, for Chinese, meta.script ("hans"/"hant").

    ``min_han_share``: Han share (``han_share``) from which a text is Chinese; ``sample_chars``:
    how much of the text is looked at.
    """

    name = "lang.detect"

    def __init__(self, *, min_han_share: float = 0.3, sample_chars: int = 600) -> None:
        self.min_han_share = min_han_share
        self.sample_chars = sample_chars
        self._factory: Any = None

    def __getstate__(self) -> dict[str, Any]:
        return {"min_han_share": self.min_han_share, "sample_chars": self.sample_chars}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    def __call__(self, doc: Doc, /) -> Doc:
        sample = doc.text[: self.sample_chars]
        if not sample.strip():
            return doc
        if han_share(sample) >= self.min_han_share and not _japanese(sample):
            return doc.with_meta(lang="zh", script=script_of(sample) or "hans")
        return doc.with_meta(lang=self._other(sample))

    def _other(self, sample: str) -> str:
        from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
        from langdetect.lang_detect_exception import LangDetectException

        if self._factory is None:
            # Our own factory, not langdetect's module-level one, so no global state is touched.
            factory = DetectorFactory()
            factory.load_profile(PROFILES_DIRECTORY)
            factory.seed = 0  # repeatable answers on short or mixed text
            self._factory = factory
        detector = self._factory.create()
        detector.append(sample)
        try:
            lang: str = detector.detect()
        except LangDetectException:
            return "und"
        return lang.split("-")[0]
