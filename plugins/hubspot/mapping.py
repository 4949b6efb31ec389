"""Golden record -> HubSpot properties, and the diff that makes an update send only the change."""

from __future__ import annotations

from typing import Any

from contactkit.crm import changed, rename
from contactkit.flat import flat_fields
from contactkit.model import GoldenRecord


def contact_fields(record: GoldenRecord) -> dict[str, str]:
    """The record as contactkit field names (the keys of the property map)."""
    fields = flat_fields(record)
    if "family" not in fields and "given" not in fields and "full" in fields:
        fields["family"] = fields["full"]
    return fields


def to_properties(fields: dict[str, Any], mapping: dict[str, str]) -> dict[str, str]:
    """Renamed to HubSpot's properties; HubSpot takes every value as a string."""
    return {k: str(v) for k, v in rename(fields, mapping).items()}


def changed_properties(new: dict[str, str], old: dict[str, str]) -> dict[str, str]:
    """What differs; a property that disappeared is cleared with "" (HubSpot's way)."""
    return changed(new, old, cleared="")
