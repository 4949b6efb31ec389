"""Pairs a failing comparison could not compare: kept apart, named in the run report.

One odd value in one record must not stop the merge of a million: a comparison that raises
gives its pair no points (``score``), or holds back the link it was checking (the cluster
check), and one line naming both observations. Every merge path (streamed, in memory,
incremental) does the same with the pair, so they keep giving the same records; a pair that
still shares a strong identifier goes to review as any weak pair does.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from contactkit.matching.keys import show_key
from contactkit.redact import scrub

log = logging.getLogger(__name__)

NOT_COMPARED = "not compared: a comparison failed (see the run's errors)"
"""The pair's one reason: shown in ``review`` and ``show`` where the pair appears."""

KEPT = 20
"""Lines kept (and logged) per merge; a bug that hits every pair is counted, not listed."""

DEDUPED = 10_000
"""Pairs remembered so that one scored twice (the incremental merge) counts once; past these a
bug meeting every pair is counted without them, so memory stays flat."""


@dataclass
class Faults:
    """The pairs one merge could not compare."""

    count: int = 0
    lines: list[str] = field(default_factory=list)
    _seen: set[tuple[str, str]] = field(default_factory=set, repr=False)

    def add(self, pair: tuple[str, str], line: str) -> None:
        if pair in self._seen:
            return
        if len(self._seen) < DEDUPED:
            self._seen.add(pair)
        self.count += 1
        if len(self.lines) < KEPT:
            self.lines.append(line)
            log.warning(line)


_current: ContextVar[Faults | None] = ContextVar("scoring_faults", default=None)


@contextmanager
def collecting() -> Iterator[Faults]:
    """Collect the pairs the merge inside could not compare."""
    faults = Faults()
    token = _current.set(faults)
    try:
        yield faults
    finally:
        _current.reset(token)


def record(key_a: str, key_b: str, error: Exception, outcome: str = "kept apart") -> None:
    """Name the pair whose comparison raised ``error`` (in the merge's collection, or the log)."""
    a, b = sorted(show_key(k) for k in (key_a, key_b))
    # one line whatever the message says; secrets masked before the cut, which could halve one
    detail = scrub(" ".join(f"{type(error).__name__}: {error}".split()))
    line = f"{a} + {b}: not compared ({detail[:160]}); {outcome}"
    faults = _current.get()
    if faults is None:
        log.warning(line)
    else:
        faults.add((a, b), line)


def not_compared(key_a: str, key_b: str, error: Exception) -> tuple[float, list[str]]:
    """The score of a pair whose comparison raised ``error``: no points, one line."""
    record(key_a, key_b, error)
    return 0.0, [NOT_COMPARED]
