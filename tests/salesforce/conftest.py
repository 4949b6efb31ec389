"""A fake Salesforce behind ``responses`` and a sink config pointing at it."""

from __future__ import annotations

import pytest
import responses

from contactkit.testing import records
from contactkit.testing.fakes.salesforce import FakeSalesforce


@pytest.fixture
def salesforce(monkeypatch: pytest.MonkeyPatch):
    fake = FakeSalesforce()
    fake.users = [
        {"Id": "0055g00000AAAAAAA1", "Email": records.OWNER.email.upper()},
        {"Id": "0055g00000AAAAAAA2", "Email": "someone@contactkit-tests.com"},
    ]
    monkeypatch.setenv("CK_TEST_SF_TOKEN", fake.token)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        fake.install(mock)
        fake.mock = mock
        yield fake


@pytest.fixture
def salesforce_config(salesforce):
    from contactkit_plugins.salesforce.sink import SalesforceSink

    return SalesforceSink.Config(
        instance_url=salesforce.instance_url, access_token={"env": "CK_TEST_SF_TOKEN"}
    )
