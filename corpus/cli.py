"""The ``corpus`` command: a thin adapter from files to the cleaners and back to JSONL.

Exit status: 0 when every input was processed (kept or dropped with a reason); 1 when some
inputs failed (unreadable, over the time limit, or a cleaner bug); 2 for usage and config errors.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from cleaners import REGISTRY, ConfigError

from .config import load
from .explain import explain
from .readers import iter_sources
from .runner import WorkerPool, run_with_evidence

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["main"]

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


@contextmanager
def _open_out(path: str | None) -> Iterator[IO[str] | None]:
    if path is None:
        yield None
    elif path == "-":
        yield sys.stdout
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            yield fh


def _write(fh: IO[str], record: dict[str, Any]) -> None:
    fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def _fail(err: Console, message: str) -> None:
    err.print(f"[red]error:[/] {message}", highlight=False)
    sys.exit(EXIT_USAGE)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Turn Chinese news pages into clean text corpora."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True,
              help="JSONL to write (one record per input); - is standard output.")
@click.option("--rejected", default=None,
              help="Write dropped and failed inputs here instead of into --output.")
@click.option("--config", "config_path", default=None, type=click.Path(dir_okay=False),
              help="TOML config (default: the packaged corpus/default.toml).")
@click.option("--url", default="", help="The page's URL (when cleaning a single input).")
@click.option("--explain", "explain_mode", is_flag=True,
              help="Print, for a person, what was removed and why, instead of JSONL.")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 256),
              help="Worker processes.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar on standard error (default: when it is a terminal).")
def clean(inputs: tuple[str, ...], output: str, rejected: str | None, config_path: str | None,
          url: str, explain_mode: bool, jobs: int, progress: bool | None) -> None:
    """Clean saved pages: .txt (text taken from a page), .html/.htm, directories, or - (stdin)."""
    err = Console(stderr=True)
    try:
        config = load(config_path)
    except ConfigError as exc:
        _fail(err, f"config: {exc}")
    sources = list(iter_sources(inputs))
    if not sources:
        _fail(err, "no input files found (directories are searched for .txt/.html/.htm files)")
    if url and len(sources) > 1:
        _fail(err, "--url applies to a single input")

    counts: Counter[str] = Counter()
    started = time.perf_counter()
    pool = WorkerPool(config, jobs=min(jobs, len(sources)), want_doc=explain_mode)
    if explain_mode:
        out = Console(highlight=False, soft_wrap=True)
        with pool:
            for result in pool.run(sources, url):
                counts[result.record["status"]] += 1
                if result.doc is None:
                    rec = result.record
                    out.print(f"[bold]{rec['id']}[/] ({rec['source']}) [red]error[/]: "
                              f"{rec['drop']['why']}")
                else:
                    explain(result.doc, out)
                out.print()
        sys.exit(EXIT_SOME_FAILED if counts["error"] else EXIT_OK)

    show = progress if progress is not None else (err.is_terminal and len(sources) > 1)
    bar = Progress(TextColumn("cleaning"), BarColumn(), MofNCompleteColumn(),
                   TimeRemainingColumn(), console=err, disable=not show, transient=True)
    # [batch] evidence: the whole run is cleaned, learnt from and partly cleaned again before
    # the first record is written; its pools fork and finish before the progress bar's thread.
    done = run_with_evidence(config, sources, jobs=jobs, url=url) if config.batch.evidence else None
    # Workers are forked before the progress bar starts its refresh thread.
    with (pool if done is None else nullcontext()), _open_out(output) as out_fh, \
            _open_out(rejected) as rej_fh, bar:
        assert out_fh is not None
        task = bar.add_task("clean", total=len(sources))
        for result in (pool.run(sources, url) if done is None else done):
            status = result.record["status"]
            counts[status] += 1
            _write(rej_fh if (rej_fh is not None and status != "kept") else out_fh, result.record)
            bar.advance(task)
    seconds = time.perf_counter() - started
    where = "standard output" if output == "-" else output
    rej = f"; dropped and failed in {rejected}" if rejected else ""
    err.print(f"{len(sources)} inputs in {seconds:.1f} s: {counts['kept']} kept, "
              f"{counts['dropped']} dropped, {counts['error']} failed -> {where}{rej}",
              highlight=False)
    sys.exit(EXIT_SOME_FAILED if counts["error"] else EXIT_OK)


@main.command("cleaners")
def list_cleaners() -> None:
    """List the registered cleaners that a config's [[clean]] tables can use."""
    for name, target in sorted(REGISTRY.items()):
        click.echo(f"{name:<22} {target}")
