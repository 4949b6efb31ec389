"""The HTTP session the host lends plugins: retries with backoff, honouring ``Retry-After``.

Sinks and enrichers make plain ``requests`` calls on ``context.http``; a 429, a 5xx, a timeout or a
dropped connection is retried here, once for everybody, instead of by hand in every plugin.
"""

from __future__ import annotations

import ipaddress
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import requests

from contactkit import __version__

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
# A connection that drops mid-body surfaces as ChunkedEncodingError (urllib3's IncompleteRead or
# ProtocolError while reading the content), not as a ConnectionError: retried all the same.
RETRY_EXCEPTIONS = (
    requests.ConnectionError,
    requests.Timeout,
    requests.exceptions.ChunkedEncodingError,
)


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class RetryingSession(requests.Session):
    """A ``requests.Session`` that retries what is worth retrying.

    Retried: 429 and 5xx answers, connection errors, connections dropped mid-body and timeouts,
    up to ``max_retries`` times, waiting ``Retry-After`` when the server says so (capped at
    ``max_wait``), else exponential backoff with jitter. A default ``timeout`` applies to every
    call that does not set one.
    """

    def __init__(
        self,
        *,
        max_retries: int = 5,
        backoff: float = 0.5,
        max_wait: float = 120.0,
        timeout: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__()
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.timeout = timeout
        self.sleep = sleep
        self.retries = 0
        """How many retries this session made, for reports and benchmarks."""
        self.headers["User-Agent"] = f"contactkit/{__version__}"

    def request(self, method: str, url: str, *args, **kwargs) -> requests.Response:  # type: ignore[override]
        kwargs.setdefault("timeout", self.timeout)
        attempt = 0
        while True:
            try:
                response = super().request(method, url, *args, **kwargs)
            except RETRY_EXCEPTIONS:
                if attempt >= self.max_retries:
                    raise
                wait = None
            else:
                if response.status_code not in RETRY_STATUS or attempt >= self.max_retries:
                    return response
                wait = retry_after_seconds(response.headers.get("Retry-After"))
                response.close()
            if wait is None:
                wait = self.backoff * (2**attempt) * (1 + random.random() / 4)
            self.sleep(min(wait, self.max_wait))
            attempt += 1
            self.retries += 1


_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_tls(url: str, *, allow_plain_http: bool = False, loopback_ok: bool = True) -> str:
    """TLS on by default: an https URL, or http only to this machine or when explicitly allowed.

    Returns the URL without a trailing slash; raises ``ValueError`` with a one-line reason.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValueError("must be an http(s) URL")
    if parts.scheme == "http" and not (
        allow_plain_http or (loopback_ok and is_loopback(parts.hostname))
    ):
        raise ValueError("must use https:// (or set allow_plain_http = true)")
    return url.rstrip("/")
