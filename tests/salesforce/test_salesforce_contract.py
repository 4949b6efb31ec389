"""The Salesforce sink against the sink contract, on the documented REST shapes."""

from __future__ import annotations

import pytest

from contactkit.plugin import PushItem
from contactkit.testing import SinkContractTests, StoredContact
from contactkit_plugins.salesforce.sink import SalesforceSink


class TestSalesforceSinkContract(SinkContractTests):
    @pytest.fixture
    def make_sink(self, salesforce, salesforce_config):
        self.salesforce = salesforce
        return lambda context: SalesforceSink(salesforce_config, context)

    def fetch(self, external_id: str) -> StoredContact | None:
        row = self.salesforce.contact(external_id)
        if row is None:
            return None
        account = self.salesforce.account(row.get("AccountId"))
        return StoredContact(
            given_name=row.get("FirstName"),
            family_name=row.get("LastName"),
            emails=[row["Email"]] if row.get("Email") else [],
            title=row.get("Title"),
            phones=[row[k] for k in ("Phone", "MobilePhone") if row.get(k)],
            organization=account["Name"] if account else None,
            owner_email=self.salesforce.user_email(row.get("OwnerId")),
        )

    def inject_failure(self, item: PushItem) -> bool:
        self.salesforce.reject.add(item.record.id)
        return True
