"""Inputs to Docs: files (.txt, .html, .mhtml, …), directories (recursive, sorted) and standard
input.

Reading never raises for a bad input: an input that cannot become text is a Doc that is
already dropped with its reason, so it still reaches the output.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cleaners import Doc, Meta
from cleaners.html.decode import decode_html, looks_binary
from cleaners.html.mhtml import BrokenArchive, looks_like_mhtml, read_mhtml

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = ["HTML_SUFFIXES", "MHTML_SUFFIXES", "TEXT_SUFFIXES", "Source", "iter_sources",
           "read_source", "to_doc"]

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".shtml", ".xhtml", ".jsp", ".asp", ".aspx", ".php"})
# web archives (a page and its images in one MIME message); one is also known by its first bytes
MHTML_SUFFIXES = frozenset({".mht", ".mhtml"})
STDIN = "-"
_MAX_REPLACEMENT = 0.05  # a text with more U+FFFD than this was not really decoded


@dataclass(frozen=True, slots=True)
class Source:
    """One input named on the command line or found in a directory."""

    id: str
    path: str  # file path, or "-" for standard input

    @property
    def suffix(self) -> str:
        return Path(self.path).suffix.lower()


def iter_sources(paths: Iterable[str]) -> Iterator[Source]:
    """Expand paths: files as given, directories recursively (sorted, known suffixes only)."""
    for raw in paths:
        if raw == STDIN:
            yield Source("stdin", STDIN)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | MHTML_SUFFIXES:
                    yield Source(child.stem, str(child))
        else:
            yield Source(path.stem or path.name, str(path))


def read_source(source: Source, *, max_bytes: int) -> bytes:
    """The input's bytes, at most ``max_bytes + 1`` of them (enough to tell it is too large).

    Raises OSError for a file that cannot be read (missing, a directory, no permission).
    """
    if source.path == STDIN:
        return sys.stdin.buffer.read(max_bytes + 1)
    with open(source.path, "rb") as fh:
        return fh.read(max_bytes + 1)


def _is_html(source: Source, text: str) -> bool:
    if source.suffix in HTML_SUFFIXES | MHTML_SUFFIXES:
        return True
    if source.suffix in TEXT_SUFFIXES:
        return False
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head


def to_doc(source: Source, data: bytes, *, max_bytes: int, url: str = "") -> Doc:
    """Decode an input into a Doc: HTML pages fill ``html``, text files fill ``text``."""
    origin = url or source.path
    base = Doc(id=source.id, source=source.path, url=url, text="")
    if len(data) > max_bytes:
        return base.drop("input.read", "too_large",
                         f"input is over the {max_bytes:,}-byte limit (input.max_bytes)")
    if not data.strip():
        return base.drop("input.read", "empty", "input is empty or only whitespace")
    binary = looks_binary(data)
    if binary:
        return base.drop("input.read", "binary", f"not a text or HTML page: {binary}")
    archive_charset = None
    archive = looks_like_mhtml(data)
    if archive:
        try:
            page = read_mhtml(data)
        except BrokenArchive as err:
            return base.drop("input.read", "broken_archive", f"{origin}: {err}")
        # the page's address is the archive's when none was given
        data, archive_charset, url = page.html, page.charset, url or page.url
    decoded = decode_html(data, archive_charset)
    meta = Meta(encoding=decoded.encoding, encoding_source=decoded.source,
                replacement_ratio=round(decoded.replacement_ratio, 6))
    doc = Doc(id=source.id, source=source.path, url=url, meta=meta)
    if decoded.replacement_ratio > _MAX_REPLACEMENT:
        return doc.drop("input.read", "undecodable",
                        f"{decoded.replacement_ratio:.0%} of the characters of {origin} could not "
                        f"be decoded (best guess {decoded.encoding})")
    if archive or _is_html(source, decoded.text):
        return doc.evolve(html=decoded.text)
    return doc.evolve(text=decoded.text)
