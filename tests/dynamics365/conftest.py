"""A fake Dataverse behind ``responses``, and a sink config pointing at it."""

from __future__ import annotations

import pytest
import responses

from contactkit.testing import records
from contactkit.testing.fakes.dynamics import FakeDynamics

GRACE = "7d1b0e3a-5c2f-4e8b-9a61-0f2d3c4b5a60"


@pytest.fixture
def dynamics(monkeypatch: pytest.MonkeyPatch):
    fake = FakeDynamics()
    fake.users = [
        {"systemuserid": "0b6e1c2d-3e4f-4a5b-8c9d-0e1f2a3b4c5d", "internalemailaddress": "x@y.com"},
        {"systemuserid": GRACE, "internalemailaddress": records.OWNER.email},
    ]
    monkeypatch.setenv("CK_TEST_DATAVERSE_TOKEN", fake.token)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        fake.install(mock)
        fake.mock = mock
        yield fake


@pytest.fixture
def dynamics_config(dynamics):
    from contactkit_plugins.dynamics365.sink import DynamicsSink

    return DynamicsSink.Config(url=dynamics.url, access_token={"env": "CK_TEST_DATAVERSE_TOKEN"})
