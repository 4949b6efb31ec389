"""A ``RetryingSession`` that records every request and can inject failures, for contract tests.

The retry logic under test is the host's own (``contactkit.http``), so a sink that talks through
``context.http`` gets 429 handling for free, and the kit can prove it: ``inject(429, ...)`` makes
the next request answer 429 without reaching the server, and ``sleeps`` shows the wait honoured.
"""

from __future__ import annotations

import io
from collections import deque
from dataclasses import dataclass
from typing import Any

import requests

from contactkit.http import RetryingSession
from contactkit.plugin import RunContext, Settings
from contactkit.testing.context import standalone_context

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PROPFIND", "REPORT"})


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    url: str
    body: bytes
    status: int | None
    injected: bool = False

    @property
    def is_write(self) -> bool:
        """Reads (GET, PROPFIND, REPORT, ...) do not change a CRM; everything else may."""
        return self.method.upper() not in SAFE_METHODS

    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


class RecordingSession(RetryingSession):
    """Records each request as sent (after retries are decided) and never really sleeps."""

    def __init__(self, **kwargs: Any) -> None:
        self.sleeps: list[float] = []
        kwargs.setdefault("sleep", self.sleeps.append)
        kwargs.setdefault("max_retries", 3)
        super().__init__(**kwargs)
        self.requests: list[RecordedRequest] = []
        self._injected: deque[tuple[int, dict[str, str]]] = deque()
        self._refusing: int | None = None

    def inject(self, status: int, times: int = 1, headers: dict[str, str] | None = None) -> None:
        """Answer the next ``times`` requests with ``status`` without sending them."""
        for _ in range(times):
            self._injected.append((status, dict(headers or {})))

    def refuse_writes(self, status: int | None = 400) -> None:
        """Answer every write request with ``status`` (reads still reach the server) until
        called with None: the backend refusing an update or a delete."""
        self._refusing = status

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        body = request.body or b""
        if isinstance(body, str):
            body = body.encode()
        method = request.method or "GET"
        refusing = self._refusing is not None and method.upper() not in SAFE_METHODS
        if self._injected or refusing:
            status, headers = (self._refusing or 400, {}) if refusing else self._injected.popleft()
            response = requests.Response()
            response.status_code = status
            response.headers.update(headers)
            response._content = b'{"message": "injected by contactkit.testing"}'
            response._content_consumed = True
            response.raw = io.BytesIO(response._content)
            response.url = request.url or ""
            response.request = request
            self.requests.append(RecordedRequest(method, response.url, body, status, True))
            return response
        response = super().send(request, **kwargs)
        self.requests.append(RecordedRequest(method, request.url or "", body, response.status_code))
        return response

    def writes(self) -> list[RecordedRequest]:
        """Requests that may have changed something on the server (injected ones excluded)."""
        return [r for r in self.requests if r.is_write and not r.injected]

    def reset(self) -> None:
        self.requests.clear()
        self.sleeps.clear()


def contract_context(settings: Settings | None = None, **overrides: Any) -> RunContext:
    """A standalone ``RunContext`` whose ``http`` is a fresh ``RecordingSession``."""
    overrides.setdefault("http", RecordingSession())
    return standalone_context(settings, **overrides)
