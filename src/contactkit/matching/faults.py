"""Pairs a failing comparison could not score: kept apart, named in the run report.

One odd value in one record must not stop the merge of a million: a comparison that raises
gives its pair no points and one line naming both observations. No points is what every merge
path (streamed, in memory, incremental) does alike with the pair, so they keep giving the same
records; a pair that still shares a strong identifier goes to review as any weak pair does.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from contactkit.matching.keys import show_key

log = logging.getLogger(__name__)

NOT_COMPARED = "not compared: a comparison failed (see the run's errors)"
"""The pair's one reason: shown in ``review`` and ``show`` where the pair appears."""

KEPT = 20
"""Lines kept (and logged) per merge; a bug that hits every pair is counted, not listed."""


@dataclass
class Faults:
    """The pairs one merge could not score."""

    count: int = 0
    lines: list[str] = field(default_factory=list)
    _seen: set[str] = field(default_factory=set, repr=False)

    def add(self, line: str) -> None:
        if line in self._seen:
            return  # the incremental merge may score a pair twice
        self._seen.add(line)
        self.count += 1
        if len(self.lines) < KEPT:
            self.lines.append(line)
            log.warning(line)


_current: ContextVar[Faults | None] = ContextVar("scoring_faults", default=None)


@contextmanager
def collecting() -> Iterator[Faults]:
    """Collect the pairs the merge inside could not score."""
    faults = Faults()
    token = _current.set(faults)
    try:
        yield faults
    finally:
        _current.reset(token)


def not_compared(key_a: str, key_b: str, error: Exception) -> tuple[float, list[str]]:
    """The score of a pair whose comparison raised ``error``: no points, one line."""
    a, b = sorted(show_key(k) for k in (key_a, key_b))
    detail = " ".join(f"{type(error).__name__}: {error}".split())  # one line, whatever it says
    line = f"{a} + {b}: not compared ({detail[:160]}); kept apart"
    faults = _current.get()
    if faults is None:
        log.warning(line)
    else:
        faults.add(line)
    return 0.0, [NOT_COMPARED]
