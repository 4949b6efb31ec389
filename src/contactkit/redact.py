"""One redactor: every secret the process resolved is scrubbed from what it prints, logs or stores.

A secret joins the redactor when it is revealed (``SecretRef.reveal`` calls ``remember``), so
nothing has to be registered by hand. Anything that leaves the process as text goes through
``scrub``: report lines, the run log in the store, log records, error messages, tracebacks,
including exception text written by libraries (an IMAP server echoing ``LOGIN user "pw"``).

Plugin authors use two calls::

    from contactkit.redact import remember, scrub

    remember(token)            # a secret obtained some other way (e.g. an OAuth exchange)
    reason = scrub(str(exc))   # before putting library text in a RecordError or a note
"""

from __future__ import annotations

import base64
import json
import logging
import re
import threading
import traceback
from typing import Any
from urllib.parse import quote, quote_plus

MASK = "***"
SHORT = 6
"""Secrets shorter than this are masked only as a whole word: a one-letter test password must not
turn every 's' of every message into ``***``; a longer one is masked wherever it appears."""


class Redactor:
    """The secrets seen so far, and the text forms they may take in a message."""

    def __init__(self) -> None:
        self._forms: set[str] = set()
        self._ordered: list[str] = []
        self._short: re.Pattern[str] | None = None
        self._lock = threading.Lock()

    def remember(self, secret: str | bytes | None) -> None:
        """Scrub this secret (and its quoted, escaped and encoded forms) from now on."""
        if secret is None:
            return
        if isinstance(secret, bytes):
            secret = secret.decode("utf-8", "replace")
        if not secret:
            return
        forms = set(_forms_of(secret))
        with self._lock:
            if forms <= self._forms:
                return
            self._forms |= forms
            # longest first, so a secret that contains another is masked whole
            ordered = sorted(self._forms, key=len, reverse=True)
            self._ordered = [f for f in ordered if len(f) >= SHORT]
            short = [re.escape(f) for f in ordered if len(f) < SHORT]
            self._short = re.compile(rf"(?<![\w])(?:{'|'.join(short)})(?![\w])") if short else None

    def scrub(self, text: Any) -> str:
        """``text`` as a string with every known secret replaced by ``***``."""
        out = text if isinstance(text, str) else str(text)
        for form in self._ordered:
            if form in out:
                out = out.replace(form, MASK)
        if self._short is not None:
            out = self._short.sub(MASK, out)
        return out

    def scrub_data(self, value: Any) -> Any:
        """A JSON-like value (dicts, lists, strings) with secrets scrubbed from every string."""
        if not self._ordered and self._short is None:
            return value
        if isinstance(value, str):
            return self.scrub(value)
        if isinstance(value, dict):
            return {self.scrub(k): self.scrub_data(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self.scrub_data(v) for v in value]
        return value

    def forget_all(self) -> None:
        """For tests: start from no known secrets."""
        with self._lock:
            self._forms.clear()
            self._ordered = []
            self._short = None


def _forms_of(secret: str) -> list[str]:
    """How a secret can appear in a message: as is, quoted by IMAP or JSON, URL- or
    base64-encoded (HTTP Basic), and each of those as a Python repr shows it (debug logs of
    protocol libraries print ``b'...'`` reprs)."""
    imap_quoted = secret.replace("\\", "\\\\").replace('"', '\\"')
    base = {
        secret,
        imap_quoted,
        json.dumps(secret)[1:-1],
        quote(secret, safe=""),
        quote_plus(secret),
        base64.b64encode(secret.encode()).decode(),
    }
    reprs = {repr(form)[1:-1] for form in base} | {repr(form.encode())[2:-1] for form in base}
    return [f for f in base | reprs if f]


REDACTOR = Redactor()
"""The process's redactor: what ``remember`` and ``scrub`` use."""


def remember(secret: str | bytes | None) -> None:
    REDACTOR.remember(secret)


def scrub(text: Any) -> str:
    return REDACTOR.scrub(text)


def scrub_data(value: Any) -> Any:
    return REDACTOR.scrub_data(value)


def one_line(exc: BaseException) -> str:
    """An error for a report line: its type and first line, secrets scrubbed."""
    text = scrub(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def format_exception(exc: BaseException) -> str:
    """A traceback, scrubbed (for ``--debug``)."""
    return scrub("".join(traceback.format_exception(exc)))


class RedactingFilter(logging.Filter):
    """Scrubs a log record's message and traceback before any handler formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep the raw text
            message = str(record.msg)
        record.msg = scrub(message)
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = format_exception(record.exc_info[1])
            record.exc_info = None
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


def install_logging_filter(handler: logging.Handler) -> None:
    """Attach the redacting filter to a handler (every record it emits is scrubbed)."""
    if not any(isinstance(f, RedactingFilter) for f in handler.filters):
        handler.addFilter(RedactingFilter())
