"""The values every cleaner passes along: Doc, Meta, Removal and Drop (all frozen)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["Doc", "Drop", "Meta", "Removal"]


@dataclass(frozen=True, slots=True)
class Removal:
    """One piece of text a cleaner took out, and why."""

    cleaner: str  # "chrome.lines"
    rule: str  # "editor_credit" (stable slug, a stats key)
    why: str  # one sentence for reviewers
    text: str  # what went (truncated to 200 characters)
    where: str = ""  # "line 14", "line 3 chars 5-7" (1-based, inclusive) or an XPath

    def as_dict(self) -> dict[str, str]:
        return {"cleaner": self.cleaner, "rule": self.rule, "why": self.why,
                "text": self.text, "where": self.where}


@dataclass(frozen=True, slots=True)
class Drop:
    """Why a whole document was rejected."""

    cleaner: str
    rule: str
    why: str

    def as_dict(self) -> dict[str, str]:
        return {"cleaner": self.cleaner, "rule": self.rule, "why": self.why}


@dataclass(frozen=True, slots=True)
class Meta:
    """Publication metadata lifted out of the page, plus facts about decoding and tags."""

    title: str | None = None
    date: str | None = None  # ISO 8601: "2024-02-19" or "2024-02-19T17:44:07"
    source_name: str | None = None  # the publisher, e.g. 重庆日报
    authors: tuple[str, ...] = ()
    lang: str | None = None
    script: str | None = None  # "hans" | "hant" for Chinese
    canonical_url: str | None = None
    encoding: str | None = None
    encoding_source: str | None = None  # bom|header|meta|xml|strict|detector|text
    replacement_ratio: float | None = None  # share of U+FFFD after decoding
    spam_score: float | None = None
    tags: tuple[str, ...] = ()

    def merged(self, **changes: Any) -> Meta:
        """Fill fields that are still empty; never overwrite what an earlier cleaner found."""
        keep = {k: v for k, v in changes.items()
                if v not in (None, (), "") and not getattr(self, k)}
        return replace(self, **keep) if keep else self

    def as_dict(self) -> dict[str, Any]:
        return {f: (list(v) if isinstance(v, tuple) else v)
                for f in self.__dataclass_fields__ for v in [getattr(self, f)]}


MAX_SHOWN = 200


def shorten(text: str, limit: int = MAX_SHOWN) -> str:
    """Truncate text kept in a Removal so one huge block does not bloat the output."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class Doc:
    """A document on its way through the cleaners. Frozen: cleaners return new values."""

    id: str
    source: str = ""  # where it was read from: a path, "-" or a URL
    url: str = ""
    html: str | None = None
    text: str = ""
    meta: Meta = field(default_factory=Meta)
    removals: tuple[Removal, ...] = ()
    dropped: Drop | None = None
    # A text and what ``layout.unwrapped`` made of it (read as no scan's), worked out by an
    # earlier cleaner: a later one about to join the same text reads the answer here instead
    # (markup.marks and normalize.text both join a hard-wrapped page, most pages unchanged).
    # A memo, not part of the document: equality, repr and the records leave it out, and a
    # text that differs from its first member is joined afresh.
    joined: tuple[str, str] | None = field(default=None, compare=False, repr=False)

    def evolve(self, *, removed: Iterable[Removal] = (), **changes: Any) -> Doc:
        """A copy with `changes` applied and `removed` appended to the removals."""
        return replace(self, removals=self.removals + tuple(removed), **changes)

    def with_meta(self, **changes: Any) -> Doc:
        """A copy whose metadata gains the given fields (existing values win)."""
        return replace(self, meta=self.meta.merged(**changes))

    def drop(self, cleaner: str, rule: str, why: str) -> Doc:
        return replace(self, dropped=Drop(cleaner, rule, why))

    @property
    def status(self) -> str:
        return "dropped" if self.dropped else "kept"
