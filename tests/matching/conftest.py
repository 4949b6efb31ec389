"""Matching tests: a real SQLite store per test, observations written as a source would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from contactkit.config import Config, config_from_dict
from contactkit.model import Contact, Observation
from contactkit.store import Store

NOW = datetime(2026, 11, 1, tzinfo=UTC)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


@pytest.fixture
def store(db_path: Path) -> Store:
    s = Store(f"sqlite:///{db_path}")
    yield s
    s.close()


@pytest.fixture
def config(db_path: Path, tmp_path: Path) -> Config:
    return config_from_dict(
        {"region": "DE", "store": {"url": f"sqlite:///{db_path}"}}, base_dir=tmp_path
    )


def observe(
    store: Store,
    source: str,
    key: str,
    contact: dict[str, Any],
    days_ago: float = 0,
    confidence: dict[str, float] | None = None,
    source_type: str | None = None,
) -> None:
    """Store one observation, as the pipeline does for a source's record."""
    obs = Observation(
        source=source,
        source_key=key,
        seen_at=NOW - timedelta(days=days_ago),
        contact=Contact.model_validate(contact, context={"default_region": "DE"}),
        confidence=confidence or {},
    )
    store.write_batch(
        run_id=None, source=source, source_type=source_type or source, items=[obs], state=None
    )
