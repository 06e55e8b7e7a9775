"""Clean inputs in worker processes with a hard per-document time limit.

Each worker builds its own chain from the config path (plain data crosses the process
boundary, never a live chain) and cleans one input at a time. A worker that runs over the limit
or dies is killed and replaced, and its input becomes an error record, so one pathological page
cannot hang or crash a batch. Results come back in input order. Hand-written because
concurrent.futures and multiprocessing.Pool cannot kill one stuck task without losing the pool.
"""

from __future__ import annotations

import multiprocessing as mp
import signal
import sys
import time
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any

from cleaners import CleanerFailed, Doc
from cleaners.base import Chain

from .readers import STDIN, Source, read_source, to_doc
from .records import error_record, to_record

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from cleaners.spam.batch import BatchEvidence

    from .config import Config

__all__ = ["DocTimeout", "Result", "WorkerPool", "process_source", "run_with_evidence",
           "time_limit", "warm_up", "with_evidence"]


class DocTimeout(BaseException):
    """A document took longer than input.timeout_s. A BaseException, like KeyboardInterrupt:
    it interrupts whatever cleaner is running and must not be reported as that cleaner's
    failure (Chain wraps every Exception in CleanerFailed)."""


@dataclass(frozen=True, slots=True)
class Result:
    record: dict[str, Any]
    doc: Doc | None  # the cleaned Doc when asked for (explain), else None


@contextmanager
def time_limit(seconds: float) -> Iterator[Callable[[], None]]:
    """Raise DocTimeout in this (main) thread after ``seconds`` (a soft limit: C code that never
    returns to the interpreter is stopped by the worker pool's hard limit instead). Yields a
    check that raises it too once the time is over: the signal's exception can land where
    Python swallows it (a ``__del__`` run by the garbage collector prints it and goes on), and
    the page was then cleaned to its end, over its time; a check between cleaners stops it."""
    why = f"over the {seconds:g} s per-document time limit"
    expired = False

    def check() -> None:
        if expired:
            raise DocTimeout(why)

    if not hasattr(signal, "setitimer"):
        yield check
        return

    def _expired(signum: int, frame: Any) -> None:
        nonlocal expired
        expired = True
        raise DocTimeout(why)

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield check
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def process_source(source: Source, chain: Chain, config: Config, url: str = "",
                   data: bytes | None = None) -> tuple[dict[str, Any], Doc | None]:
    """Read, decode and clean one input; returns its record and the Doc (None on error)."""
    if data is None:
        try:
            data = read_source(source, max_bytes=config.input.max_bytes)
        except OSError as exc:
            return error_record(source.id, source.path, f"cannot read input: "
                                f"{exc.strerror or exc}", "unreadable"), None
    doc = to_doc(source, data, max_bytes=config.input.max_bytes, url=url)
    if doc.dropped:
        return to_record(doc), doc
    try:
        with time_limit(config.input.timeout_s) as over_time:
            doc = chain.run(doc, before_each=over_time)
    except DocTimeout as exc:
        return error_record(source.id, source.path, str(exc), "timeout"), None
    except CleanerFailed as exc:
        cause = exc.__cause__
        return error_record(source.id, source.path,
                            f"{exc}: {type(cause).__name__}: {cause}", "cleaner_failed"), None
    return to_record(doc), doc


def with_evidence(chain: Chain, evidence: BatchEvidence | None) -> Chain:
    """``chain`` whose spam.injection reads ``evidence`` (unchanged when None)."""
    if evidence is None:
        return chain
    from cleaners.spam.injection import InjectedFragments  # only a second pass needs it

    return Chain([c.with_evidence(evidence) if isinstance(c, InjectedFragments) else c
                  for c in chain.cleaners], chain.name)


def _worker(conn: Connection, config: Config, want_doc: bool,
            evidence: BatchEvidence | None = None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    # The parent's Config itself (a frozen value), not its file read again: the limits the
    # caller set are the ones the worker applies.
    chain = with_evidence(config.chain(), evidence)
    warm_up(chain)
    conn.send(_READY)  # the pool's clock for a document starts after this, not at fork
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        source, url, data = task
        record, doc = process_source(source, chain, config, url, data)
        conn.send((record, doc if want_doc else None))


# Repeated lines reach the keyword-stuffing test, which loads jieba's tokenizer.
_WARM_UP = "记者从市委组织部获悉，全市基层党组织建设取得新进展，群众满意度持续提升。\n" * 3


def warm_up(chain: Chain) -> None:
    """Load the chain's lazy tables (dictionaries, automata, the spam statistics) here,
    outside any document's time limit: a clean page loads what every page needs, and the
    spam tables, which only a page with spam would reach, are loaded outright."""
    chain(Doc(id="warm-up", text=_WARM_UP))
    if any(cleaner.name.startswith("spam.") for cleaner in chain.cleaners):
        from cleaners.spam.tables import preload  # the chain has imported it already

        preload()


# What a worker sends once its chain is built and warmed up. Start-up (imports, tables) is no
# document's time: on a loaded machine it took longer than a short hard limit, and the pool
# stopped a worker that had not yet begun its document.
_READY = "ready"
_START_LIMIT = 300.0  # seconds a worker may take to start before it counts as crashed
# Seconds the hard limit allows past the soft one: a worker the soft limit stopped must still
# unwind and send its record, which on a machine loaded many times over its cores took longer
# than 5 s (the pool then reported a stuck worker that was not).
_HARD_GRACE = 15.0


@dataclass
class _Slot:
    process: mp.process.BaseProcess
    conn: Connection
    task: int | None = None
    started: float = 0.0
    ready: bool = False


class WorkerPool:
    """``jobs`` worker processes; ``run(sources)`` yields one Result per source, in order."""

    def __init__(self, config: Config, *, jobs: int = 1, want_doc: bool = False,
                 evidence: BatchEvidence | None = None) -> None:
        if jobs < 1:
            raise ValueError("jobs must be >= 1")
        self.config = config
        self.evidence = evidence  # given to every worker's spam.injection (a second pass)
        self.jobs = jobs
        self.want_doc = want_doc
        # fork is fast and the parent has no threads yet when workers start; elsewhere spawn.
        method = "fork" if sys.platform.startswith("linux") else "spawn"
        self._ctx: Any = mp.get_context(method)  # typeshed: BaseContext lacks Process
        self._slots: list[_Slot] = []

    def _start(self) -> _Slot:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(target=_worker, daemon=True,
                                    args=(child, self.config, self.want_doc, self.evidence))
        process.start()
        child.close()
        return _Slot(process, parent)

    def __enter__(self) -> WorkerPool:
        self._slots = [self._start() for _ in range(self.jobs)]
        return self

    def __exit__(self, *exc: object) -> None:
        for slot in self._slots:
            with suppress(OSError, ValueError):
                slot.conn.send(None)
        deadline = time.monotonic() + 5
        for slot in self._slots:
            slot.process.join(max(0.0, deadline - time.monotonic()))
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join()
            slot.conn.close()

    def _await_ready(self, slot: _Slot) -> None:
        """Wait for the slot's worker to finish starting; start a fresh one (once) if it died
        or did not start within _START_LIMIT."""
        for _ in range(2):
            if slot.ready:
                return
            try:
                if slot.conn.poll(_START_LIMIT) and slot.conn.recv() == _READY:
                    slot.ready = True
                    return
            except (EOFError, OSError):
                pass
            self._replace(slot)
        raise RuntimeError("a cleaning worker failed to start twice")

    def _replace(self, slot: _Slot) -> None:
        slot.process.kill()
        slot.process.join()
        slot.conn.close()
        fresh = self._start()
        slot.process, slot.conn, slot.task, slot.ready = fresh.process, fresh.conn, None, False

    def run(self, sources: Iterable[Source], url: str = "") -> Iterator[Result]:
        pending = iter(enumerate(sources))
        inputs: dict[int, Source] = {}
        done: dict[int, Result] = {}
        next_out = 0
        exhausted = False
        limit = self.config.input.timeout_s * 1.5 + _HARD_GRACE  # past the soft one
        while True:
            for slot in self._slots:
                if slot.task is None and not exhausted:
                    item = next(pending, None)
                    if item is None:
                        exhausted = True
                        break
                    index, source = item
                    inputs[index] = source
                    data = (sys.stdin.buffer.read(self.config.input.max_bytes + 1)
                            if source.path == STDIN else None)
                    self._await_ready(slot)
                    slot.conn.send((source, url, data))
                    slot.task, slot.started = index, time.monotonic()
            busy = [s for s in self._slots if s.task is not None]
            if not busy and exhausted:
                break
            ready = wait([s.conn for s in busy], timeout=0.5)
            now = time.monotonic()
            for slot in busy:
                assert slot.task is not None
                source = inputs[slot.task]
                if slot.conn in ready:
                    try:
                        record, doc = slot.conn.recv()
                    except (EOFError, OSError):
                        slot.process.join(2)  # reap it, so the exit code is known
                        code = slot.process.exitcode
                        done[slot.task] = Result(error_record(
                            source.id, source.path, f"the worker died (exit code {code})",
                            "worker_crashed"), None)
                        self._replace(slot)
                        continue
                    done[slot.task] = Result(record, doc)
                    slot.task = None
                elif now - slot.started > limit:
                    done[slot.task] = Result(error_record(
                        source.id, source.path,
                        f"over the {self.config.input.timeout_s:g} s per-document time limit "
                        "(worker stopped)", "timeout"), None)
                    self._replace(slot)
            while next_out in done:
                yield done.pop(next_out)
                inputs.pop(next_out, None)
                next_out += 1


def run_with_evidence(config: Config, sources: Sequence[Source], *, jobs: int = 1,
                      url: str = "") -> list[Result]:
    """Both passes of ``[batch] evidence = true``, one Result per source in order.

    Pass one cleans every source; the pieces spam.injection cut on each page are learnt as
    one BatchEvidence (a value of the pages' cuts, independent of their order and of the
    workers); pass two cleans again, with it, the pages where it has a piece to offer that
    the text left still holds. A page whose second pass fails keeps its first result; standard
    input, which cannot be read twice, keeps its first too."""
    from cleaners.spam.batch import BatchEvidence, cut_strings

    with WorkerPool(config, jobs=max(1, min(jobs, len(sources)))) as pool:
        results = list(pool.run(sources, url))
    evidence = BatchEvidence.learn(cut_strings(r.record.get("removals") or ())
                                   for r in results)
    again = []
    for i, (source, result) in enumerate(zip(sources, results, strict=True)):
        record = result.record
        if record["status"] != "kept" or source.path == STDIN:
            continue
        pieces = evidence.pieces_for(cut_strings(record["removals"]))
        if any(p in record["text"] for p in pieces):
            again.append(i)
    if not again:
        return results
    with WorkerPool(config, jobs=max(1, min(jobs, len(again))), evidence=evidence) as pool:
        for i, result in zip(again, pool.run([sources[i] for i in again], url), strict=True):
            if result.record["status"] != "error":
                results[i] = result
    return results
