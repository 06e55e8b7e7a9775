"""The one cleaner abstraction and the Chain that runs cleaners in order.

Contract for every cleaner: a unique dotted ``name``; ``__call__(doc) -> doc`` is pure (no I/O,
no globals, picklable); text-stage cleaners only take text out and record each piece as a
``Removal``; a rejected document is ``doc.drop(...)``, never an exception or ``None``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from .errors import CleanerFailed, ConfigError

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from .document import Doc

__all__ = ["Chain", "Cleaner"]


@runtime_checkable
class Cleaner(Protocol):
    """Anything with a name that maps a Doc to a Doc."""

    name: str

    def __call__(self, doc: Doc, /) -> Doc: ...


class Chain:
    """Run cleaners in order and stop at the first Drop. A Chain is itself a Cleaner."""

    def __init__(self, cleaners: Sequence[Cleaner], name: str = "chain") -> None:
        names = [c.name for c in cleaners]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ConfigError(f"duplicate cleaner names in chain: {', '.join(dupes)}")
        self.name = name
        self.cleaners = tuple(cleaners)

    def __call__(self, doc: Doc, /) -> Doc:
        return self.run(doc)

    def run(self, doc: Doc, /, before_each: Callable[[], None] | None = None) -> Doc:
        """The chain's cleaning, calling ``before_each`` before every cleaner: a runner's hook
        (its time limit checks there whether the document is over time)."""
        for clean in self.cleaners:
            if doc.dropped:
                break
            if before_each is not None:
                before_each()
            try:
                doc = clean(doc)
            except Exception as exc:
                raise CleanerFailed(clean.name, doc.id) from exc
        return doc

    def __repr__(self) -> str:
        return f"Chain({[c.name for c in self.cleaners]!r})"
