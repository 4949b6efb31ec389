"""Dynamics 365 sink settings: the environment URL, the token by reference, keys and mappings."""

from __future__ import annotations

import re

from pydantic import Field, field_validator

from contactkit.crm import CrmConfig, merged
from contactkit.http import check_tls
from contactkit.secrets import SecretRef

DEFAULT_CONTACT_COLUMNS: dict[str, str] = {
    "given": "firstname",
    "middle": "middlename",
    "family": "lastname",
    "email": "emailaddress1",
    "phone": "telephone1",
    "mobile": "mobilephone",
    "fax": "fax",
    "title": "jobtitle",
    "department": "department",
    "website": "websiteurl",
    "street": "address1_line1",
    "city": "address1_city",
    "region": "address1_stateorprovince",
    "postal_code": "address1_postalcode",
    "country": "address1_country",
}
"""contactkit field -> column of Dataverse's ``contact`` table."""

DEFAULT_ACCOUNT_COLUMNS: dict[str, str] = {
    "name": "name",
    "domain": "websiteurl",
    "phone": "telephone1",
    "employee_count": "numberofemployees",
    "city": "address1_city",
    "country": "address1_country",
}
"""contactkit company field -> column of Dataverse's ``account`` table."""

_COLUMN = re.compile(r"[a-z][a-z0-9_]*")


class DynamicsConfig(CrmConfig):
    """Where the Dataverse environment is, and which alternate keys hold contactkit's ids.

    The key columns are custom text columns (with your publisher's prefix) on ``contact`` and
    ``account``, each with an alternate key defined on it: see docs/sinks.md.
    """

    url: str = Field(description="The environment, e.g. https://yourorg.crm.dynamics.com")
    access_token: SecretRef = Field(
        description="An OAuth access token for Dataverse, by reference."
    )
    api_version: str = Field(default="v9.2")
    contact_key: str = Field(
        default="ck_contactkitid",
        description="Column of contact with an alternate key on it, holding contactkit's id.",
    )
    account_key: str = Field(
        default="ck_contactkitid",
        description="Column of account with an alternate key on it, holding the company's key.",
    )
    contact_columns: dict[str, str | None] = Field(default_factory=dict)
    account_columns: dict[str, str | None] = Field(default_factory=dict)
    link_accounts: bool = True

    @field_validator("url")
    @classmethod
    def _https(cls, value: str) -> str:
        return check_tls(value)

    @field_validator("api_version")
    @classmethod
    def _version(cls, value: str) -> str:
        if not re.fullmatch(r"v\d+\.\d+", value):
            raise ValueError("like 'v9.2'")
        return value

    @field_validator("contact_key", "account_key")
    @classmethod
    def _column(cls, value: str) -> str:
        if not _COLUMN.fullmatch(value):
            raise ValueError("a column's logical name (lower case, e.g. ck_contactkitid)")
        return value

    def contact_map(self) -> dict[str, str]:
        return merged(DEFAULT_CONTACT_COLUMNS, self.contact_columns)

    def account_map(self) -> dict[str, str]:
        return merged(DEFAULT_ACCOUNT_COLUMNS, self.account_columns)
