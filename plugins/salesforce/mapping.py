"""Golden record -> Salesforce fields."""

from __future__ import annotations

from typing import Any

from contactkit.crm import with_last_name
from contactkit.flat import company_fields, flat_fields, parent_company
from contactkit.model import GoldenRecord


def contact_fields(record: GoldenRecord) -> dict[str, Any]:
    fields = flat_fields(record)
    fields.pop("company", None)  # the Account link says it
    return with_last_name(fields)


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
