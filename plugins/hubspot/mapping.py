"""Golden record -> HubSpot properties, and the diff that makes an update send only the change."""

from __future__ import annotations

from contactkit.flat import flat_fields
from contactkit.model import GoldenRecord


def contact_fields(record: GoldenRecord) -> dict[str, str]:
    """The record as contactkit field names (the keys of the property map)."""
    fields = flat_fields(record)
    if "family" not in fields and "given" not in fields and "full" in fields:
        fields["family"] = fields["full"]
    return fields


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
