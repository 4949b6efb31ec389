"""Golden record -> Dataverse columns, and OData references by alternate key."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from contactkit.crm import with_last_name
from contactkit.flat import flat_fields
from contactkit.model import GoldenRecord


def contact_fields(record: GoldenRecord) -> dict[str, Any]:
    return with_last_name(flat_fields(record))


def by_key(entity_set: str, column: str, value: str) -> str:
    """``accounts(ck_contactkitid='org_1')``: a record by alternate key (quotes doubled, as OData
    string literals want, then percent-encoded for the URL)."""
    literal = value.replace("'", "''")
    return f"{entity_set}({column}='{quote(literal, safe='')}')"
