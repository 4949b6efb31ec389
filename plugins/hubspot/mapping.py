"""Golden record -> HubSpot properties, and the diff that makes an update send only the change."""

from __future__ import annotations

from contactkit.model import GoldenRecord, PhoneKind, UrlKind


def contact_fields(record: GoldenRecord) -> dict[str, str]:
    """The record as contactkit field names (the keys of the property map)."""
    c = record.contact
    out: dict[str, str | None] = {
        "given": c.name.given,
        "family": c.name.family or (c.name.full if not c.name.given else None),
        "email": c.emails[0] if c.emails else None,
        "title": c.title,
        "company": (record.organization.name if record.organization else None)
        or (c.organization.name if c.organization else None),
    }
    for kind, key in (
        (PhoneKind.WORK, "phone"),
        (PhoneKind.CELL, "mobile"),
        (PhoneKind.FAX, "fax"),
    ):
        phone = next((p for p in c.phones if p.kind == kind), None)
        out[key] = (phone.e164 or phone.text) if phone else None
    if (
        out["phone"] is None
        and c.phones
        and c.phones[0].kind not in (PhoneKind.CELL, PhoneKind.FAX)
    ):
        out["phone"] = c.phones[0].e164 or c.phones[0].text
    web = next((u.url for u in c.urls if u.kind == UrlKind.WEB), None)
    out["website"] = web
    if c.addresses:
        a = c.addresses[0]
        out.update(
            street=a.street,
            city=a.city,
            region=a.region,
            postal_code=a.postal_code,
            country=a.country,
        )
    return {k: v for k, v in out.items() if v}


def company_fields(record: GoldenRecord) -> dict[str, str]:
    org = record.organization
    ref = record.contact.organization
    domain = (org.domains[0] if org and org.domains else None) or (ref.domain if ref else None)
    out: dict[str, str | None] = {
        "name": (org.name if org else None) or (ref.name if ref else None),
        "domain": domain,
    }
    if org is not None:
        out["phone"] = org.phone
        if org.address:
            out["city"], out["country"] = org.address.city, org.address.country
        if org.employee_count is not None:
            out["employee_count"] = str(org.employee_count)
    return {k: v for k, v in out.items() if v}


def to_properties(fields: dict[str, str], mapping: dict[str, str]) -> dict[str, str]:
    return {mapping[k]: v for k, v in fields.items() if k in mapping}


def changed_properties(new: dict[str, str], old: dict[str, str]) -> dict[str, str]:
    """What differs; a property that disappeared is cleared with "" (HubSpot's way)."""
    out = {k: v for k, v in new.items() if old.get(k) != v}
    out.update({k: "" for k in old if k not in new})
    return out
