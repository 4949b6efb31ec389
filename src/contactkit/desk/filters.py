"""The desk's template filters, for its pages and for the report written as one file."""

from __future__ import annotations

from typing import Any

from flask import Flask


def when(value: Any) -> str:
    """A time as the desk shows it (UTC, to the minute)."""
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def add_filters(app: Flask) -> None:
    """Register the filters the desk's templates use on ``app``."""
    app.add_template_filter(when, "when")
