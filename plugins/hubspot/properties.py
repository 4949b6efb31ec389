"""The custom unique properties HubSpot upserts by, created through the properties API if missing.

HubSpot's batch upsert needs an ``idProperty`` whose values are unique; ``domain`` is not (the
portal answers "Unable to perform update/upsert by non-unique property"). Companies are therefore
upserted by a custom property holding contactkit's organization id, with ``hasUniqueValue``.
"""

from __future__ import annotations

from contactkit_plugins.hubspot.batches import Call, message

BUILT_IN_UNIQUE = {"contacts": {"email", "hs_object_id"}, "companies": {"hs_object_id"}}
GROUP = {"contacts": "contactinformation", "companies": "companyinformation"}
LABEL = {"contacts": "contactkit id", "companies": "contactkit organization id"}


def ensure_unique(call: Call, object_type: str, name: str, *, retry: bool = True) -> str | None:
    """None when ``name`` exists on ``object_type`` with unique values (created when missing);
    else a one-line reason why HubSpot cannot upsert by it."""
    if name in BUILT_IN_UNIQUE[object_type]:
        return None
    response = call("GET", f"/crm/v3/properties/{object_type}/{name}")
    if response.status_code == 200:
        if response.json().get("hasUniqueValue"):
            return None
        return (
            f"{object_type} property {name} does not hold unique values: HubSpot cannot upsert "
            "by it (set another id property, or let contactkit create its own)"
        )
    if response.status_code != 404:
        return f"cannot read {object_type} property {name}: {message(response)}"
    body = {
        "name": name,
        "label": LABEL[object_type],
        "description": "Set by contactkit: its stable id, so a re-run updates instead of "
        "duplicating.",
        "groupName": GROUP[object_type],
        "type": "string",
        "fieldType": "text",
        "hasUniqueValue": True,
        "formField": False,
    }
    created = call("POST", f"/crm/v3/properties/{object_type}", json=body)
    if created.status_code in (200, 201):
        return None
    if created.status_code == 409 and retry:  # another run created it meanwhile
        return ensure_unique(call, object_type, name, retry=False)
    return f"cannot create {object_type} property {name}: {message(created)}"
