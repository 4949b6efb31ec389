"""The Dynamics 365 sink against the sink contract, on the documented Web API shapes."""

from __future__ import annotations

import pytest

from contactkit.plugin import PushItem
from contactkit.testing import SinkContractTests, StoredContact
from contactkit_plugins.dynamics365.sink import DynamicsSink


class TestDynamicsSinkContract(SinkContractTests):
    @pytest.fixture
    def make_sink(self, dynamics, dynamics_config):
        self.dynamics = dynamics
        return lambda context: DynamicsSink(dynamics_config, context)

    def fetch(self, external_id: str) -> StoredContact | None:
        row = self.dynamics.contacts.get(external_id)
        if row is None:
            return None
        account = self.dynamics.accounts.get(row.get("_parentcustomerid_account_value") or "")
        return StoredContact(
            given_name=row.get("firstname"),
            family_name=row.get("lastname"),
            emails=[row["emailaddress1"]] if row.get("emailaddress1") else [],
            title=row.get("jobtitle"),
            phones=[row[k] for k in ("telephone1", "mobilephone") if row.get(k)],
            organization=account.get("name") if account else None,
            owner_email=self.dynamics.user_email(row.get("_ownerid_value")),
        )

    def inject_failure(self, item: PushItem) -> bool:
        self.dynamics.reject.add(item.record.contact.emails[0])
        return True
