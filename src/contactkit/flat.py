"""A golden record as one flat row of named fields: what CRM sinks and CSV exports map from.

One place decides which phone is "the phone", which URL "the website", which company name wins;
each sink then only renames fields to its CRM's properties. Countries leave as ISO 3166-1 alpha-2
codes, whatever language the source wrote them in.
"""

from __future__ import annotations

from typing import Any

from contactkit import geo
from contactkit.model import GoldenRecord, Organization, OrgRef, PhoneKind, UrlKind

FIELDS = (
    "given",
    "middle",
    "family",
    "full",
    "email",
    "other_emails",
    "phone",
    "mobile",
    "fax",
    "title",
    "department",
    "company",
    "domain",
    "website",
    "linkedin",
    "street",
    "city",
    "region",
    "postal_code",
    "country",
    "company_country",
)
"""Every key ``flat_fields`` may return, for building property maps."""


def flat_fields(record: GoldenRecord) -> dict[str, str]:
    """The record's values by field name; empty values are left out."""
    c = record.contact

    def first_phone(*kinds: PhoneKind) -> str | None:
        phone = next((p for p in c.phones if p.kind in kinds), None)
        return (phone.e164 or phone.text) if phone else None

    org, ref = record.organization, c.organization
    out: dict[str, str | None] = {
        "given": c.name.given,
        "middle": c.name.middle,
        "family": c.name.family,
        "full": c.name.full,
        "email": c.emails[0] if c.emails else None,
        "other_emails": ";".join(c.emails[1:]),
        # a number of unknown kind is still the best "phone" when no work number is known
        "phone": first_phone(PhoneKind.WORK) or first_phone(PhoneKind.OTHER, PhoneKind.HOME),
        "mobile": first_phone(PhoneKind.CELL),
        "fax": first_phone(PhoneKind.FAX),
        "title": c.title,
        "department": c.department or (ref.unit if ref else None),
        "company": (org.name if org else None) or (ref.name if ref else None),
        "domain": ref.domain if ref else None,
        "website": next((u.url for u in c.urls if u.kind == UrlKind.WEB), None),
        "linkedin": next((u.url for u in c.urls if u.kind == UrlKind.LINKEDIN), None),
        "company_country": org.country if org else None,
    }
    if c.addresses:
        a = c.addresses[0]
        out.update(
            street=a.street,
            city=a.city,
            region=a.region,
            postal_code=a.postal_code,
            country=geo.country_code(a.country) or a.country,
        )
    return {k: v for k, v in out.items() if v}


def organization_fields(org: Organization | None, ref: OrgRef | None = None) -> dict[str, Any]:
    """A company as named fields (name, domain, phone, city, country, employee_count)."""
    domain = (org.domains[0] if org and org.domains else None) or (ref.domain if ref else None)
    out: dict[str, Any] = {
        "name": (org.name if org else None) or (ref.name if ref else None),
        "domain": domain,
    }
    if org is not None:
        out["phone"] = org.phone
        out["employee_count"] = org.employee_count
        if org.address:
            country = org.address.country
            out["city"], out["country"] = org.address.city, geo.country_code(country) or country
    return {k: v for k, v in out.items() if v is not None and v != ""}


def company_fields(record: GoldenRecord) -> dict[str, Any]:
    """The record's company as named fields."""
    return organization_fields(record.organization, record.contact.organization)


def company_key(record: GoldenRecord) -> str | None:
    """The company's key in a CRM's external-id field: the store's organization id, else
    ``domain:<domain>`` for a company known only from the contact."""
    if record.organization_id:
        return record.organization_id
    ref = record.contact.organization
    if ref and ref.domain and ref.name:
        return f"domain:{ref.domain}"
    return None


def parent_company(record: GoldenRecord) -> tuple[str, dict[str, Any]] | None:
    """The parent of the record's company (its corporate family) as (key, fields), or None.

    The key is the parent's contactkit organization id (``family_ids``), the same id space as
    ``company_key``, so a parent that is also some contact's company is one account in the CRM.
    A parent the store does not hold is keyed ``duns:<number>`` (or by domain without a DUNS)."""
    parent = record.family.get("parent")
    if parent is None:
        return None
    if record.family_ids.get("parent"):
        key = record.family_ids["parent"]
    elif parent.duns:
        key = f"duns:{parent.duns}"
    elif parent.domains:
        key = f"domain:{parent.domains[0]}"
    else:
        return None
    fields = organization_fields(parent)
    fields.setdefault("name", parent.legal_name or key)
    return key, fields
