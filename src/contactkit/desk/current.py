"""What a page of the running desk reads: the settings ``contactkit serve`` chose, the store
(opened once per process) and the snapshot. Kept apart from ``app`` so that the pages, which
``app`` registers, do not import the module that imports them."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from pathlib import Path

from flask import current_app

from contactkit.config import Config
from contactkit.desk.snapshot import DeskSnapshot
from contactkit.store import Store


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


def desk_settings() -> DeskSettings:
    """The settings the running desk was created with."""
    return current_app.config["DESK"]


def store() -> Store:
    """The store, opened once per process (its integrity is checked at open, not per page)."""
    held = current_app.extensions.get("desk.store")
    if held is None:
        held = current_app.extensions["desk.store"] = Store(
            desk_settings().config.store.url, create=False
        )
    return held


def snapshot() -> DeskSnapshot:
    """The search index and report, kept until the store changes."""
    return current_app.extensions["desk.snapshot"]
