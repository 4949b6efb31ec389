"""Fixtures for the dnb_lookup tests: credentials in the environment, a mocked Direct+, a cache
that outlives one enricher (as the store's does), and a maker for enrichers and records."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
import responses

from contactkit.http import RetryingSession
from contactkit.model import Address, Organization
from contactkit.plugin import OrganizationRecord
from contactkit.testing import standalone_context
from contactkit_plugins.dnb_lookup import DnbLookup
from contactkit_plugins.dnb_lookup.config import DnbConfig

from . import fixtures as fx

KEY = "r1BKFi9iRGl0FP8VXmxXm6YHY2msM3dw"
SECRET = "VH4HIUipabqqAcO7-not-real"


class DictCache:
    """The Cache protocol over a plain dict of (stored_at, value), JSON round-tripped like a store.

    Tests move ``now`` to age entries."""

    def __init__(self) -> None:
        import json

        self._json = json
        self.data: dict[str, tuple[float, str]] = {}
        self.now = 1_000_000.0

    def get(self, key: str, max_age: timedelta | None = None) -> Any | None:
        hit = self.data.get(key)
        if hit is None or (max_age is not None and self.now - hit[0] > max_age.total_seconds()):
            return None
        return self._json.loads(hit[1])

    def put(self, key: str, value: Any) -> None:
        self.data[key] = (self.now, self._json.dumps(value))


@pytest.fixture
def creds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DNB_TEST_KEY", KEY)
    monkeypatch.setenv("DNB_TEST_SECRET", SECRET)


@pytest.fixture
def api() -> Iterator[responses.RequestsMock]:
    """A mocked Direct+ that fails any call nobody registered."""
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


@pytest.fixture
def cache() -> DictCache:
    return DictCache()


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def notes() -> list[str]:
    """What the enrichers wrote to the run report."""
    return []


@pytest.fixture
def make_enricher(
    creds: None, cache: DictCache, sleeps: list[float], notes: list[str]
) -> Callable[..., DnbLookup]:
    """A DnbLookup over the shared cache; each call is a new run."""

    def make(dry_run: bool = False, **options: Any) -> DnbLookup:
        settings = {
            "key": {"env": "DNB_TEST_KEY"},
            "secret": {"env": "DNB_TEST_SECRET"},
            "base_url": fx.BASE,
            **options,
        }
        config = DnbConfig.model_validate(settings)
        http = RetryingSession(max_retries=3, backoff=0.25, sleep=sleeps.append, timeout=5)
        context = standalone_context(cache=cache, http=http, dry_run=dry_run, note=notes.append)
        return DnbLookup(config, context)

    return make


def record(
    name: str = "Gorman Manufacturing",
    key: str = "domain:gormanmfg.com",
    *,
    duns: str | None = None,
    contacts: int = 3,
    country: str | None = "US",
) -> OrganizationRecord:
    org = Organization(
        name=name,
        domains=["gormanmfg.com"],
        duns=duns,
        phone="+1 650-555-0000",
        address=Address(street="492 Koller St", city="San Francisco", postal_code="94110"),
    )
    return OrganizationRecord(
        id=f"org-{key}", key=key, organization=org, contact_count=contacts, country_hint=country
    )


def token_ok(api: responses.RequestsMock, access_token: str = "tok-1") -> None:
    api.add(responses.POST, fx.TOKEN_URL, json=fx.token(access_token))


def calls_to(api: responses.RequestsMock, url: str) -> int:
    return sum(1 for c in api.calls if c.request.url.split("?")[0] == url)


def pipeline_config(tmp_path: Any, source: type, **top: Any) -> tuple[Any, Any]:
    """A config and registry for one source and the dnb_lookup enricher over a SQLite store."""
    from contactkit.config import config_from_dict
    from contactkit.plugins import Registry, new_manager

    registry = Registry(
        manager=new_manager(),
        plugins=[],
        failures={},
        sources={source.name: source},
        sinks={},
        enrichers={"dnb_lookup": DnbLookup},
    )
    settings = {"key": {"env": "DNB_TEST_KEY"}, "secret": {"env": "DNB_TEST_SECRET"}}
    config = config_from_dict(
        {
            **top,
            "store": {"url": f"sqlite:///{tmp_path / 'ck.db'}"},
            "sources": [{"type": source.name}],
            "enrichers": [{"type": "dnb_lookup", **settings, "base_url": fx.BASE}],
        },
        base_dir=tmp_path,
    )
    return config, registry
