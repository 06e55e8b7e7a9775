"""The worker pool: input order, hard time limit and crash isolation."""

from __future__ import annotations

import contextlib
import os
import time
from typing import TYPE_CHECKING, Any

import corpus.runner as runner
from corpus.config import Config, InputConfig, load
from corpus.readers import Source

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

TEXT = "这是一段足够长的正文内容，用来说明文章的主体部分在这里展开，并且包含完整的句子。\n" * 3


def _sources(tmp_path: Path, n: int) -> list[Source]:
    out = []
    for i in range(n):
        path = tmp_path / f"p{i}.txt"
        path.write_text(TEXT, encoding="utf-8")
        out.append(Source(f"p{i}", str(path)))
    return out


def _config(timeout_s: float) -> Config:
    base = load()
    return Config(base.path, InputConfig(max_bytes=base.input.max_bytes, timeout_s=timeout_s),
                  base.output, base.clean)


def test_pool_keeps_input_order_with_two_workers(tmp_path: Path) -> None:
    sources = _sources(tmp_path, 7)
    with runner.WorkerPool(_config(30), jobs=2) as pool:
        ids = [r.record["id"] for r in pool.run(sources)]
    assert ids == [s.id for s in sources]


def test_pool_kills_a_stuck_worker_and_goes_on(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    real = runner.process_source

    def stuck(source: Source, *args: Any, **kwargs: Any) -> Any:
        if source.id == "p1":
            while True:  # a hang the soft SIGALRM limit cannot stop
                with contextlib.suppress(runner.DocTimeout):
                    time.sleep(60)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(runner, "process_source", stuck)  # workers are forked: they see it
    sources = _sources(tmp_path, 3)
    started = time.monotonic()
    with runner.WorkerPool(_config(0.2), jobs=1) as pool:
        records = [r.record for r in pool.run(sources)]
    assert [r["status"] for r in records] == ["kept", "error", "kept"]
    assert records[1]["drop"]["rule"] == "timeout"
    assert time.monotonic() - started < 60  # the hard limit: 0.2 s * 1.5 + 15 s


def test_pool_survives_a_crashing_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = runner.process_source

    def crash(source: Source, *args: Any, **kwargs: Any) -> Any:
        if source.id == "p0":
            os._exit(3)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(runner, "process_source", crash)
    with runner.WorkerPool(_config(30), jobs=1) as pool:
        records = [r.record for r in pool.run(_sources(tmp_path, 2))]
    assert records[0]["status"] == "error"
    assert records[0]["drop"]["rule"] == "worker_crashed"
    assert "exit code 3" in records[0]["drop"]["why"]
    assert records[1]["status"] == "kept"


def test_soft_time_limit_turns_slow_cleaning_into_error(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(TEXT * 20000, encoding="utf-8")
    with runner.WorkerPool(_config(0.05), jobs=1) as pool:
        (result,) = list(pool.run([Source("big", str(big))]))
    assert result.record["status"] == "error"
    assert result.record["drop"]["rule"] == "timeout"
    # The worker's own soft limit (the caller's 0.05 s), not the pool killing it later.
    assert "worker stopped" not in result.record["drop"]["why"]


def test_a_slow_starting_worker_is_not_stopped_as_over_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A worker's start-up (imports, tables: slow on a loaded machine) is no document's time:
    # it takes longer here than the pool's hard limit (0.5 s * 1.5 + a 5 s grace), and the
    # page is still cleaned, not stopped as over time.
    monkeypatch.setattr(runner, "_HARD_GRACE", 5.0)
    real = runner.warm_up

    def slow(chain: Any) -> None:
        time.sleep(6.5)
        real(chain)

    monkeypatch.setattr(runner, "warm_up", slow)
    with runner.WorkerPool(_config(0.5), jobs=1) as pool:
        (result,) = list(pool.run(_sources(tmp_path, 1)))
    assert result.record["status"] == "kept"


def test_a_time_limit_whose_signal_was_swallowed_still_stops_the_page() -> None:
    # The SIGALRM's DocTimeout can land where Python swallows it (a __del__ run by the garbage
    # collector); the check between cleaners then stops the page all the same.
    from cleaners import Doc, default_chain

    chain = default_chain()
    swallowed = []

    def swallow_once() -> None:
        if not swallowed:
            swallowed.append(True)
            with contextlib.suppress(runner.DocTimeout):
                time.sleep(0.2)  # the alarm fires here and its exception is lost

    with contextlib.suppress(runner.DocTimeout), runner.time_limit(0.05) as over_time:
        def before_each() -> None:
            swallow_once()
            over_time()

        chain.run(Doc(id="p", text=TEXT), before_each=before_each)
        raise AssertionError("the page was cleaned to its end, over its time")
    assert swallowed == [True]
