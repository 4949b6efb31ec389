"""A ``RunContext`` without a store: an in-memory cache and a real retrying HTTP session, for
plugin tests and scripts (benchmarks) that drive one plugin by hand."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

from contactkit.plugin import RunContext, Settings


class MemoryCache:
    """A ``Cache`` kept in memory."""

    def __init__(self) -> None:
        self._data: dict[str, tuple[float, Any]] = {}

    def get(self, key: str, max_age: timedelta | None = None) -> Any | None:
        hit = self._data.get(key)
        if hit is None or (max_age is not None and time.time() - hit[0] > max_age.total_seconds()):
            return None
        return hit[1]

    def put(self, key: str, value: Any) -> None:
        self._data[key] = (time.time(), value)


def standalone_context(settings: Settings | None = None, **overrides: Any) -> RunContext:
    """A ``RunContext`` with no store behind it; ``overrides`` replace any of its fields."""
    from contactkit.http import RetryingSession

    fields: dict[str, Any] = {
        "settings": settings or Settings(),
        "cache": MemoryCache(),
        "http": RetryingSession(),
    }
    fields.update(overrides)
    return RunContext(**fields)
