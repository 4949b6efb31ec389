"""Salesforce sink settings: the access token by reference, field mappings with defaults."""

from __future__ import annotations

import re

from pydantic import Field, field_validator

from contactkit.crm import CrmConfig, merged
from contactkit.http import check_tls
from contactkit.secrets import SecretRef

DEFAULT_CONTACT_FIELDS: dict[str, str] = {
    "given": "FirstName",
    "family": "LastName",
    "email": "Email",
    "phone": "Phone",
    "mobile": "MobilePhone",
    "fax": "Fax",
    "title": "Title",
    "department": "Department",
    "street": "MailingStreet",
    "city": "MailingCity",
    "region": "MailingState",
    "postal_code": "MailingPostalCode",
    "country": "MailingCountry",
}
"""contactkit field -> Contact field (standard fields)."""

DEFAULT_ACCOUNT_FIELDS: dict[str, str] = {
    "name": "Name",
    "website": "Website",
    "phone": "Phone",
    "employee_count": "NumberOfEmployees",
    "city": "BillingCity",
    "country": "BillingCountry",
}


class SalesforceConfig(CrmConfig):
    instance_url: str = Field(description="e.g. https://yourcompany.my.salesforce.com")
    access_token: SecretRef = Field(description="An OAuth access token, by reference.")
    api_version: str = Field(default="v60.0")
    contact_external_id: str = Field(
        default="ContactKit_Id__c",
        description="External-id field on Contact holding contactkit's stable id.",
    )
    account_external_id: str = Field(
        default="ContactKit_Id__c",
        description="External-id field on Account holding contactkit's organization id.",
    )
    contact_fields: dict[str, str | None] = Field(default_factory=dict)
    account_fields: dict[str, str | None] = Field(default_factory=dict)
    link_accounts: bool = True

    @field_validator("instance_url")
    @classmethod
    def _https(cls, value: str) -> str:
        return check_tls(value)

    @field_validator("api_version")
    @classmethod
    def _version(cls, value: str) -> str:
        if not re.fullmatch(r"v\d+\.\d", value):
            raise ValueError("like 'v60.0'")
        return value

    def contact_map(self) -> dict[str, str]:
        return merged(DEFAULT_CONTACT_FIELDS, self.contact_fields)

    def account_map(self) -> dict[str, str]:
        return merged(DEFAULT_ACCOUNT_FIELDS, self.account_fields)
