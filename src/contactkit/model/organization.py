"""A company: names, domains, DUNS, address, industry, size, revenue and its corporate family."""

from __future__ import annotations

from pydantic import Field, field_validator

from contactkit import geo
from contactkit.model.base import StrictModel
from contactkit.model.contact import Address


class Organization(StrictModel):
    """A company: what sources and enrichers know of it."""

    name: str | None = None
    legal_name: str | None = None
    trade_names: list[str] = Field(default_factory=list)
    domains: list[str] = Field(default_factory=list)
    duns: str | None = None
    address: Address | None = None
    phone: str | None = None
    industry_codes: list[IndustryCode] = Field(default_factory=list)
    employee_count: int | None = None
    revenue: Money | None = None
    operating_status: str | None = None
    country: str | None = Field(
        default=None, description="ISO 3166-1 alpha-2: from D&B, else inferred from contacts."
    )
    country_confidence: float | None = Field(
        default=None, description="0..1; 1.0 from D&B, the majority share when inferred."
    )
    parent_duns: str | None = None
    headquarters_duns: str | None = None
    domestic_ultimate_duns: str | None = None
    global_ultimate_duns: str | None = None
    family_roles: list[str] = Field(default_factory=list)

    @field_validator("country")
    @classmethod
    def _iso_country(cls, value: str | None) -> str | None:
        return geo.country_code(value) if value else None


class IndustryCode(StrictModel):
    code: str
    description: str | None = None
    scheme: str = Field(description="e.g. 'NAICS', 'US SIC', 'D&B Hoovers'")


class Money(StrictModel):
    value: float
    currency: str = "USD"


Organization.model_rebuild()
