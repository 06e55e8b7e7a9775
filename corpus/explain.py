"""Human-readable account of one cleaned document: what was removed, by which rule, and why."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from rich.markup import escape

if TYPE_CHECKING:
    from rich.console import Console

    from cleaners import Doc, Removal

__all__ = ["explain"]


def explain(doc: Doc, console: Console, *, show_text: bool = True) -> None:
    """Print the document's metadata, its removals grouped rule by rule, and the kept text."""
    meta = doc.meta
    status = (f"[red]dropped[/] by {doc.dropped.cleaner}/{doc.dropped.rule}: "
              f"{escape(doc.dropped.why)}" if doc.dropped else "[green]kept[/]")
    console.print(f"[bold]{escape(doc.id)}[/]  ({escape(doc.source)})  {status}")
    for label, value in (("title", meta.title), ("date", meta.date),
                         ("publisher", meta.source_name), ("authors", "、".join(meta.authors)),
                         ("language", meta.lang and f"{meta.lang} {meta.script or ''}".strip()),
                         ("encoding",
                          meta.encoding and f"{meta.encoding} ({meta.encoding_source})"),
                         ("spam score", meta.spam_score), ("tags", ", ".join(meta.tags))):
        if value not in (None, ""):
            console.print(f"  {label:<10} {escape(str(value))}")
    groups: dict[tuple[str, str], list[Removal]] = defaultdict(list)
    for removal in doc.removals:
        groups[(removal.cleaner, removal.rule)].append(removal)
    total = sum(len(r.text) for r in doc.removals)
    console.print(f"\n[bold]Removed[/] {len(doc.removals)} pieces ({total} characters) "
                  f"by {len(groups)} rules:")
    for (cleaner, rule), items in groups.items():
        console.print(f"\n  [cyan]{escape(cleaner)}[/] / [bold]{escape(rule)}[/] "
                      f"x{len(items)}: {escape(items[0].why)}")
        for item in items:
            why = f"  [dim]({escape(item.why)})[/]" if item.why != items[0].why else ""
            console.print(f"    {escape(item.where or '-'):<22} {escape(item.text)!r}{why}")
    if show_text and not doc.dropped:
        console.print(f"\n[bold]Kept text[/] ({len(doc.text)} characters):")
        for line in doc.text.split("\n"):
            console.print(f"  {escape(line)}", soft_wrap=True)
