"""A fake HubSpot behind ``responses``, and a sink config pointing at it."""

from __future__ import annotations

import pytest
import responses

from contactkit.testing import records
from contactkit.testing.fakes.hubspot import FakeHubSpot


@pytest.fixture
def hubspot(monkeypatch: pytest.MonkeyPatch):
    fake = FakeHubSpot()
    fake.owners = [
        {
            "id": "501",
            "email": "someone.else@contactkit-tests.com",
            "firstName": "Some",
            "lastName": "One",
            "userId": 9001,
            "archived": False,
        },
        {
            "id": "502",
            "email": records.OWNER.email,
            "firstName": "Grace",
            "lastName": "Hopper",
            "userId": 9002,
            "archived": False,
        },
    ]
    monkeypatch.setenv("CK_TEST_HUBSPOT_TOKEN", fake.token)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        fake.install(mock)
        fake.mock = mock
        yield fake


@pytest.fixture
def hubspot_config():
    from contactkit_plugins.hubspot.sink import HubSpotSink

    return HubSpotSink.Config(token={"env": "CK_TEST_HUBSPOT_TOKEN"})
