"""The desk's Flask application and its settings."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flask import Flask

from contactkit.config import Config
from contactkit.desk import security
from contactkit.desk.snapshot import DeskSnapshot
from contactkit.store import Store

MB = 1024 * 1024


@dataclass
class DeskSettings:
    """What ``contactkit serve`` decided: the config, where uploads go, who may come in."""

    config: Config
    upload_dir: Path
    token: str | None = None
    """Required to sign in; None only when bound to loopback."""
    max_upload_mb: float = 20
    max_files: int = 50
    page_size: int = 50
    secret_key: str = field(default_factory=lambda: secrets.token_hex(32))


def create_app(settings: DeskSettings) -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=settings.secret_key,
        MAX_CONTENT_LENGTH=int(settings.max_upload_mb * MB * settings.max_files),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        WTF_CSRF_TIME_LIMIT=None,
        DESK=settings,
    )
    settings.upload_dir.mkdir(parents=True, exist_ok=True)
    security.install(app, settings)

    from contactkit.desk import contacts, reporting, reviewing, scanning

    app.extensions["desk.scans"] = scanning.ScanQueue(settings)
    app.extensions["desk.snapshot"] = DeskSnapshot()
    for module in (contacts, scanning, reviewing, reporting):
        app.register_blueprint(module.pages)

    add_filters(app)
    return app


def when(value: Any) -> str:
    """A time as the desk shows it (UTC, to the minute)."""
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def add_filters(app: Flask) -> None:
    app.add_template_filter(when, "when")


def desk_settings() -> DeskSettings:
    from flask import current_app

    return current_app.config["DESK"]


def store() -> Store:
    """The store, opened once per process (its integrity is checked at open, not per page)."""
    from flask import current_app

    held = current_app.extensions.get("desk.store")
    if held is None:
        held = current_app.extensions["desk.store"] = Store(
            desk_settings().config.store.url, create=False
        )
    return held


def snapshot() -> DeskSnapshot:
    """The search index and report, kept until the store changes."""
    from flask import current_app

    return current_app.extensions["desk.snapshot"]


def warm(app: Flask) -> None:
    """Build the search index and the report in the background, before the first visitor."""
    import threading

    def build() -> None:
        with app.app_context():
            snapshot().index(store())
            snapshot().report(store())

    threading.Thread(target=build, name="desk-warm", daemon=True).start()
