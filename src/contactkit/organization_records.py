"""The organizations enrichers are handed: each with its contacts' count and a few of them."""

from __future__ import annotations

from typing import Any

from contactkit.model import Organization
from contactkit.plugin import OrganizationRecord
from contactkit.store import Store


def organization_records(store: Store, region: str | None) -> list[OrganizationRecord]:
    """Every organization some golden record works at; ``region`` where none says its country."""
    golden = store.golden_rows()
    contacts: dict[str, int] = {}
    shown: dict[str, list[str]] = {}
    for _, row in sorted(golden.items()):
        if row.organization_id:
            contacts[row.organization_id] = contacts.get(row.organization_id, 0) + 1
            if len(shown.setdefault(row.organization_id, [])) < 3:
                shown[row.organization_id].append(_contact_line(row.payload))
    records = []
    for row in store.organizations().values():
        if not contacts.get(row.id):
            continue
        organization = Organization.model_validate(row.payload)
        records.append(
            OrganizationRecord(
                id=row.id,
                key=row.key,
                organization=organization,
                contact_count=contacts[row.id],
                contacts=tuple(shown.get(row.id, ())),
                # inferred from its contacts at merge; the configured region only if none
                country_hint=organization.country or region,
            )
        )
    return records


def _contact_line(payload: dict[str, Any]) -> str:
    name = (payload.get("name") or {}).get("full") or ""
    email = (payload.get("emails") or [""])[0]
    return f"{name} <{email}>" if name and email else name or email
