"""Golden record -> Salesforce fields."""

from __future__ import annotations

from typing import Any

from contactkit.flat import flat_fields
from contactkit.model import GoldenRecord


def contact_fields(record: GoldenRecord) -> dict[str, Any]:
    fields = flat_fields(record)
    fields.pop("company", None)  # the Account link says it
    if "family" not in fields:
        # LastName is required on Contact: fall back to the full name, then the email
        family = None if "given" in fields else fields.get("full")
        family = family or fields.get("email")
        if family:
            fields["family"] = family
    return fields


def account_key(record: GoldenRecord) -> str | None:
    """The Account's external id: the store's organization id, else the company's domain."""
    if record.organization_id:
        return record.organization_id
    ref = record.contact.organization
    if ref and ref.domain and ref.name:
        return f"domain:{ref.domain}"
    return None


def account_fields(record: GoldenRecord) -> dict[str, Any]:
    org, ref = record.organization, record.contact.organization
    domain = (org.domains[0] if org and org.domains else None) or (ref.domain if ref else None)
    out: dict[str, Any] = {
        "name": (org.name if org else None) or (ref.name if ref else None),
        "website": domain,
    }
    if org is not None:
        out["phone"] = org.phone
        out["employee_count"] = org.employee_count
        if org.address:
            out["city"], out["country"] = org.address.city, org.address.country
    return {k: v for k, v in out.items() if v is not None and v != ""}


def rename(fields: dict[str, Any], mapping: dict[str, str]) -> dict[str, Any]:
    return {mapping[k]: v for k, v in fields.items() if k in mapping}


def changed(new: dict[str, Any], old: dict[str, Any]) -> dict[str, Any]:
    """What differs; a field that disappeared is cleared with null."""
    out = {k: v for k, v in new.items() if old.get(k) != v}
    out.update({k: None for k in old if k not in new})
    return out
