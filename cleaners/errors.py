"""Exceptions: they mean a bug or bad configuration, never an ordinary outcome (that is a Drop)."""

from __future__ import annotations

__all__ = ["CleanerFailed", "CleaningError", "ConfigError"]


class CleaningError(Exception):
    """Base class for this package's errors."""


class ConfigError(CleaningError):
    """A configuration names an unknown cleaner, key or value."""


class CleanerFailed(CleaningError):
    """A cleaner raised on a document: a bug, reported with the cleaner and document names."""

    def __init__(self, cleaner: str, doc_id: str) -> None:
        super().__init__(f"cleaner {cleaner!r} failed on document {doc_id!r}")
        self.cleaner, self.doc_id = cleaner, doc_id
