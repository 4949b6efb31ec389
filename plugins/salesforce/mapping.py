"""Golden record -> Salesforce fields."""

from __future__ import annotations

from typing import Any

from contactkit.flat import company_fields, flat_fields, parent_company
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


def account_fields(record: GoldenRecord) -> dict[str, Any]:
    """The record's company as Account field names (the company's domain is its website)."""
    return _as_account(company_fields(record))


def _as_account(fields: dict[str, Any]) -> dict[str, Any]:
    fields = dict(fields)
    if "domain" in fields:
        fields["website"] = fields.pop("domain")
    return fields


def parent_account(record: GoldenRecord) -> tuple[str, dict[str, Any]] | None:
    """The parent company's Account: (external id, fields), or None."""
    parent = parent_company(record)
    return None if parent is None else (parent[0], _as_account(parent[1]))


def rename(fields: dict[str, Any], mapping: dict[str, str]) -> dict[str, Any]:
    return {mapping[k]: v for k, v in fields.items() if k in mapping}


def changed(new: dict[str, Any], old: dict[str, Any]) -> dict[str, Any]:
    """What differs; a field that disappeared is cleared with null."""
    out = {k: v for k, v in new.items() if old.get(k) != v}
    out.update({k: None for k in old if k not in new})
    return out
