"""A D&B match to confirm: our side of the company beside each candidate, best first.

Our side is what we know without D&B (domain, country, address, a few contacts); each candidate
shows name, address, website, phone, status, confidence code and match grade. Candidates are
ordered by confidence code, then by D&B's own display sequence.
"""

from __future__ import annotations

from typing import Any

from contactkit import geo
from contactkit.model import OrganizationObservation, ReviewItem, ReviewOption
from contactkit.plugin import OrganizationRecord

from . import mapping

CONTACTS_SHOWN = 3


def ranked(candidates: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Highest confidence code first; ties in D&B's display order."""

    def sequence(candidate: dict[str, Any]) -> int:
        try:
            return int(candidate.get("displaySequence") or 0)
        except (TypeError, ValueError):
            return 0

    return sorted(candidates, key=lambda c: (-mapping.confidence_code(c), sequence(c)))


def our_side(record: OrganizationRecord) -> dict[str, str]:
    """The columns of our own record, shown as the first row."""
    org = record.organization
    where = org.address
    country = (
        geo.country_code(where.country if where else None) or org.country or record.country_hint
    )
    shown = record.contacts[:CONTACTS_SHOWN]
    contacts = ", ".join(shown)
    if shown and record.contact_count > len(shown):
        contacts += f" (+{record.contact_count - len(shown)} more)"
    return {
        "D-U-N-S": org.duns or "",
        "Name": org.name or org.legal_name or "",
        "Address": ", ".join(p for p in (where.street, where.postal_code, where.city) if p)
        if where
        else "",
        "Country": country or "",
        "Website": ", ".join(org.domains[:2]),
        "Contacts": contacts,
    }


def review_item(
    instance: str, record: OrganizationRecord, candidates: list[dict[str, Any]]
) -> ReviewItem:
    org = record.organization
    options = []
    for candidate in ranked(candidates):
        columns = mapping.review_columns(candidate)
        observation = OrganizationObservation(
            source=instance,
            source_key=record.key,
            organization_key=record.key,
            organization=mapping.organization(candidate.get("organization") or {}),
            confidence={"duns": mapping.confidence_code(candidate) / 10},
            match_grade=mapping.match_grade(candidate),
        )
        label = f"{columns['Name']} ({columns['D-U-N-S']}), confidence {columns['Confidence']}"
        options.append(
            ReviewOption(label=label, columns=columns, organization_observation=observation)
        )
    options.append(ReviewOption(label="None of these", columns={"D-U-N-S": "", "Name": ""}))
    ours = our_side(record)
    where = ", ".join(p for p in (ours["Website"], ours["Country"]) if p)
    title = f"Which D&B company is {org.name or org.legal_name!r}"
    title += f" ({where})?" if where else "?"
    return ReviewItem(
        kind="choice",
        source=instance,
        source_key=record.key,
        title=title,
        options=options,
        reference=ours,
    )
