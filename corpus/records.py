"""A cleaned Doc as one JSON-ready record (the output schema), and an error record."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cleaners import Doc

__all__ = ["SCHEMA_FIELDS", "error_record", "to_record"]

SCHEMA_FIELDS = ("id", "source", "url", "title", "date", "source_name", "authors", "lang",
                 "script", "text", "status", "drop", "removals", "tags", "spam_score",
                 "encoding", "encoding_source", "replacement_ratio", "canonical_url")


def to_record(doc: Doc) -> dict[str, Any]:
    """Every field of the schema, in a fixed order; ``drop`` is null for a kept document."""
    meta = doc.meta.as_dict()
    record: dict[str, Any] = {
        "id": doc.id,
        "source": doc.source,
        "url": doc.url or meta["canonical_url"] or None,
        "title": meta["title"],
        "date": meta["date"],
        "source_name": meta["source_name"],
        "authors": meta["authors"],
        "lang": meta["lang"],
        "script": meta["script"],
        "text": doc.text,
        "status": doc.status,
        "drop": doc.dropped.as_dict() if doc.dropped else None,
        "removals": [r.as_dict() for r in doc.removals],
        "tags": meta["tags"],
        "spam_score": meta["spam_score"],
        "encoding": meta["encoding"],
        "encoding_source": meta["encoding_source"],
        "replacement_ratio": meta["replacement_ratio"],
        "canonical_url": meta["canonical_url"],
    }
    return record


def error_record(doc_id: str, source: str, error: str, rule: str) -> dict[str, Any]:
    """The record for an input that could not be processed at all (status "error")."""
    record = dict.fromkeys(SCHEMA_FIELDS)
    record.update(id=doc_id, source=source, text="", status="error", authors=[], removals=[],
                  tags=[], drop={"cleaner": "corpus", "rule": rule, "why": error})
    return record
