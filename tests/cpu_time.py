"""CPU-time guards for the tests that keep hostile inputs from going quadratic or hanging.

They measure CPU time (other processes on a shared machine do not count) and take the best
of a few runs, because one run can still pay for a garbage collection or a cold cache; a
linear-time check allows twice the linear ratio, half way to what quadratic work costs."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable


def best_cpu_seconds(work: Callable[[], object], runs: int = 2) -> float:
    """The least CPU time ``work`` took over ``runs`` calls."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def assert_linear(work: Callable[[int], object], small: int, factor: int = 4) -> None:
    """``work(factor * small)`` costs under twice ``factor`` times ``work(small)``: linear
    work costs ``factor`` times as much, quadratic work ``factor ** 2`` times."""
    work(10)  # load what the first call loads
    small_seconds = best_cpu_seconds(lambda: work(small), runs=3)
    large_seconds = best_cpu_seconds(lambda: work(factor * small))
    assert large_seconds < 2 * factor * small_seconds + 0.5, (small_seconds, large_seconds)
