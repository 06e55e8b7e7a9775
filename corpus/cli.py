"""The ``corpus`` command: a thin adapter from files to the cleaners and back to JSONL.

Exit status: 0 when every input was processed (kept or dropped with a reason); 1 when some
inputs failed (unreadable, over the time limit, or a cleaner bug); 2 for usage and config errors.
"""

from __future__ import annotations

import json
import signal
import sys
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from cleaners import REGISTRY, CleanerFailed, ConfigError

from .config import Config, load
from .explain import explain
from .readers import Source, iter_sources, read_source, to_doc
from .records import error_record, to_record

if TYPE_CHECKING:
    from collections.abc import Iterator

    from cleaners.base import Chain

__all__ = ["main"]

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


class DocTimeout(Exception):
    """A document took longer than input.timeout_s."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise DocTimeout in this (main) thread after ``seconds``; a no-op where SIGALRM is absent."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def _expired(signum: int, frame: Any) -> None:
        raise DocTimeout(f"over the {seconds:g} s per-document time limit")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def process_source(source: Source, chain: Chain, config: Config, url: str = ""
                   ) -> tuple[dict[str, Any], Any]:
    """Read, decode and clean one input; returns its record and the Doc (None on error)."""
    try:
        data = read_source(source, max_bytes=config.input.max_bytes)
    except OSError as exc:
        return error_record(source.id, source.path, f"cannot read input: "
                            f"{exc.strerror or exc}", "unreadable"), None
    doc = to_doc(source, data, max_bytes=config.input.max_bytes, url=url)
    if doc.dropped:
        return to_record(doc), doc
    try:
        with time_limit(config.input.timeout_s):
            doc = chain(doc)
    except DocTimeout as exc:
        return error_record(source.id, source.path, str(exc), "timeout"), None
    except CleanerFailed as exc:
        cause = exc.__cause__
        return error_record(source.id, source.path,
                            f"{exc}: {type(cause).__name__}: {cause}", "cleaner_failed"), None
    return to_record(doc), doc


@contextmanager
def _open_out(path: str | None) -> Iterator[IO[str]]:
    if path is None or path == "-":
        yield sys.stdout
        return
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        yield fh


def _write(fh: IO[str], record: dict[str, Any]) -> None:
    fh.write(json.dumps(record, ensure_ascii=False) + "\n")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Turn Chinese news pages into clean text corpora."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default=None,
              help="JSONL to write (one record per input); default: standard output.")
@click.option("--rejected", default=None,
              help="Write dropped and failed inputs here instead of into --output.")
@click.option("--config", "config_path", default=None, type=click.Path(dir_okay=False),
              help="TOML config (default: the packaged corpus/default.toml).")
@click.option("--url", default="", help="The page's URL (when cleaning a single input).")
@click.option("--explain", "explain_mode", is_flag=True,
              help="Print, for a person, what was removed and why, instead of JSONL.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar on standard error (default: when it is a terminal).")
def clean(inputs: tuple[str, ...], output: str | None, rejected: str | None,
          config_path: str | None, url: str, explain_mode: bool, progress: bool | None) -> None:
    """Clean saved pages: .txt (text taken from a page), .html/.htm, directories, or - (stdin)."""
    err = Console(stderr=True)
    try:
        config = load(config_path)
        chain = config.chain()
    except ConfigError as exc:
        err.print(f"[red]config error:[/] {exc}", highlight=False)
        sys.exit(EXIT_USAGE)
    sources = list(iter_sources(inputs))
    if not sources:
        err.print("[red]error:[/] no input files found (directories are searched for "
                  ".txt/.html/.htm files)", highlight=False)
        sys.exit(EXIT_USAGE)
    if url and len(sources) > 1:
        err.print("[red]error:[/] --url applies to a single input", highlight=False)
        sys.exit(EXIT_USAGE)

    counts: Counter[str] = Counter()
    started = time.perf_counter()
    if explain_mode:
        out = Console(highlight=False)
        for source in sources:
            record, doc = process_source(source, chain, config, url)
            counts[record["status"]] += 1
            if doc is None:
                out.print(f"[bold]{source.id}[/] ({source.path}) [red]error[/]: "
                          f"{record['drop']['why']}")
            else:
                explain(doc, out)
            out.print()
        sys.exit(EXIT_SOME_FAILED if counts["error"] else EXIT_OK)

    show = progress if progress is not None else (err.is_terminal and len(sources) > 1)
    bar = Progress(TextColumn("cleaning"), BarColumn(), MofNCompleteColumn(),
                   TimeRemainingColumn(), console=err, disable=not show, transient=True)
    with _open_out(output) as out_fh, _open_out(rejected) if rejected else _null() as rej_fh, bar:
        task = bar.add_task("clean", total=len(sources))
        for source in sources:
            record, _ = process_source(source, chain, config, url)
            counts[record["status"]] += 1
            target = rej_fh if (rej_fh is not None and record["status"] != "kept") else out_fh
            _write(target, record)
            bar.advance(task)
    seconds = time.perf_counter() - started
    where = output or "standard output"
    rej = f"; dropped and failed in {rejected}" if rejected else ""
    err.print(f"{len(sources)} inputs in {seconds:.1f} s: {counts['kept']} kept, "
              f"{counts['dropped']} dropped, {counts['error']} failed -> {where}{rej}",
              highlight=False)
    sys.exit(EXIT_SOME_FAILED if counts["error"] else EXIT_OK)


@contextmanager
def _null() -> Iterator[None]:
    yield None


@main.command("cleaners")
def list_cleaners() -> None:
    """List the registered cleaners that a config's [[clean]] tables can use."""
    for name, target in sorted(REGISTRY.items()):
        click.echo(f"{name:<22} {target}")
