"""HubSpot sink settings: the token by reference, and mappings with sensible defaults."""

from __future__ import annotations

from pydantic import Field, field_validator

from contactkit.crm import CrmConfig, merged
from contactkit.http import check_tls
from contactkit.secrets import SecretRef

DEFAULT_CONTACT_PROPERTIES: dict[str, str] = {
    "given": "firstname",
    "family": "lastname",
    "email": "email",
    "phone": "phone",
    "mobile": "mobilephone",
    "fax": "fax",
    "title": "jobtitle",
    "company": "company",
    "website": "website",
    "street": "address",
    "city": "city",
    "region": "state",
    "postal_code": "zip",
    "country": "country",
}
"""contactkit field -> HubSpot contact property (HubSpot's default properties)."""

DEFAULT_COMPANY_PROPERTIES: dict[str, str] = {
    "name": "name",
    "domain": "domain",
    "phone": "phone",
    "city": "city",
    "country": "country",
    "employee_count": "numberofemployees",
}


class HubSpotConfig(CrmConfig):
    token: SecretRef = Field(description="A private app's access token, by reference.")
    base_url: str = Field(default="https://api.hubapi.com")
    contact_id_property: str = Field(
        default="email",
        description="Unique contact property to upsert by: 'email', or a custom unique "
        "property holding contactkit's id.",
    )
    company_id_property: str = Field(
        default="contactkit_org_id",
        description="Custom company property with unique values holding contactkit's "
        "organization id; created through the properties API when missing.",
    )
    contact_properties: dict[str, str | None] = Field(
        default_factory=dict,
        description="Overrides of DEFAULT_CONTACT_PROPERTIES; map a field to null to not send it.",
    )
    company_properties: dict[str, str | None] = Field(default_factory=dict)
    link_companies: bool = True

    @field_validator("company_id_property")
    @classmethod
    def _unique_company_key(cls, value: str) -> str:
        if value in ("domain", "name"):
            raise ValueError(
                f"HubSpot cannot upsert companies by {value!r}: its values are not unique; "
                "use a custom unique property (the default, contactkit_org_id)"
            )
        return value

    @field_validator("base_url")
    @classmethod
    def _https(cls, value: str) -> str:
        return check_tls(value)

    def contact_map(self) -> dict[str, str]:
        return merged(DEFAULT_CONTACT_PROPERTIES, self.contact_properties)

    def company_map(self) -> dict[str, str]:
        return merged(DEFAULT_COMPANY_PROPERTIES, self.company_properties)
