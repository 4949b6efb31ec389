"""HubSpot sink settings: the token by reference, and mappings with sensible defaults."""

from __future__ import annotations

from pydantic import Field, field_validator

from contactkit.http import check_tls
from contactkit.plugin import PluginConfig
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


class HubSpotConfig(PluginConfig):
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
    owners: dict[str, str] = Field(
        default_factory=dict,
        description="Employee email -> HubSpot owner id, for people whose HubSpot login differs; "
        "everyone else is matched by email through the owners API.",
    )
    link_companies: bool = True
    link_parents: bool = Field(
        default=True, description="Link each company to its parent company (corporate family)."
    )
    set_owner: bool = True

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

    @field_validator("owners")
    @classmethod
    def _lower(cls, value: dict[str, str]) -> dict[str, str]:
        return {k.strip().lower(): str(v) for k, v in value.items()}

    def contact_map(self) -> dict[str, str]:
        merged = {**DEFAULT_CONTACT_PROPERTIES, **self.contact_properties}
        return {k: v for k, v in merged.items() if v}

    def company_map(self) -> dict[str, str]:
        merged = {**DEFAULT_COMPANY_PROPERTIES, **self.company_properties}
        return {k: v for k, v in merged.items() if v}
