"""A golden record as one flat row of named fields: what CRM sinks and CSV exports map from.

One place decides which phone is "the phone", which URL "the website", which company name wins;
each sink then only renames fields to its CRM's properties. Countries leave as ISO 3166-1 alpha-2
codes, whatever language the source wrote them in.
"""

from __future__ import annotations

from contactkit import geo
from contactkit.model import GoldenRecord, PhoneKind, UrlKind

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
