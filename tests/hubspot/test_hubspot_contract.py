"""The HubSpot sink against the sink contract, on the documented API shapes."""

from __future__ import annotations

import pytest

from contactkit.plugin import PushItem
from contactkit.testing import SinkContractTests, StoredContact
from contactkit_plugins.hubspot.sink import HubSpotSink


class TestHubSpotSinkContract(SinkContractTests):
    @pytest.fixture
    def make_sink(self, hubspot, hubspot_config):
        self.hubspot = hubspot
        return lambda context: HubSpotSink(hubspot_config, context)

    def fetch(self, external_id: str) -> StoredContact | None:
        props = self.hubspot.contacts.get(external_id)
        if props is None:
            return None
        company = self.hubspot.company_of(external_id)
        return StoredContact(
            given_name=props.get("firstname"),
            family_name=props.get("lastname"),
            emails=[props["email"]] if props.get("email") else [],
            title=props.get("jobtitle"),
            phones=[props[k] for k in ("phone", "mobilephone") if props.get(k)],
            organization=company.get("name") if company else None,
            owner_email=self.hubspot.owner_email(props.get("hubspot_owner_id")),
        )

    def inject_failure(self, item: PushItem) -> bool:
        self.hubspot.reject.add(item.record.contact.emails[0])
        return True
