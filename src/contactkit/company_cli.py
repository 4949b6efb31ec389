"""The company view of ``contactkit show`` and the ownership section of ``contactkit report``."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from contactkit import geo
from contactkit.company import FIRMOGRAPHICS, CompanyView
from contactkit.ownership import Family

MAX_ROWS = 20


def _value(field: str, value: Any) -> str:
    if value in (None, [], ""):
        return ""
    if field == "country":
        return f"{value} ({geo.country_name(value) or '?'})"
    if field == "address":
        parts = (value.street, value.postal_code, value.city, value.region, value.country)
        return ", ".join(p for p in parts if p)
    if field == "revenue":
        return f"{value.value:,.0f} {value.currency}"
    if field == "industry_codes":
        return "; ".join(f"{c.code} {c.description or ''}".strip() for c in value[:3])
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def print_company(console: Console, view: CompanyView) -> None:
    org = view.organization
    title = f"{view.organization_id}: {org.name or org.legal_name or view.key}"
    table = Table(title=title, title_justify="left")
    for column in ("field", "value", "from", "seen"):
        table.add_column(column, overflow="fold")
    for field in FIRMOGRAPHICS:
        shown = _value(field, getattr(org, field))
        if not shown:
            continue
        refs = view.provenance.get(field) or [{}]
        ref = refs[0]
        seen = str(ref.get("seen_at", ""))[:16].replace("T", " ")
        where = ref.get("source", "contacts")
        if ref.get("source_key"):
            where += f" ({ref['source_key']})"
        table.add_row(field, shown, where, seen)
    console.print(table)
    if view.relatives:
        family = Table(title="Corporate family (D&B)", title_justify="left")
        for column in ("role", "DUNS", "name", "our contacts"):
            family.add_column(column)
        for rel in view.relatives:
            family.add_row(rel.role, rel.duns, rel.name or "", str(rel.contacts))
        console.print(family)
    if view.members_known:
        known = ", ".join(f"{name} ({n})" for name, n in sorted(view.members_known.items()))
        console.print(f"Family members we have contacts at: {known}", highlight=False)
    contacts = Table(title=f"Contacts ({len(view.contacts)})", title_justify="left")
    for column in ("id", "name", "email", "title", "strength"):
        contacts.add_column(column, overflow="fold")
    for c in view.contacts[:MAX_ROWS]:
        contacts.add_row(c["id"], c["name"], c["email"], c["title"], f"{c['strength']:.2f}")
    console.print(contacts)
    for i, tally in enumerate(view.known_by[:5]):
        lead = "Knows it best" if i == 0 else "Also knows it"
        console.print(f"{lead}: {tally.employee_email}: {tally.evidence()}", highlight=False)
    if view.family and view.family.owner and len(view.family.companies) > 1:
        owner = view.family.owner
        console.print(
            f"Suggested owner of the family {view.family.root_name}: "
            f"{owner.employee_email} ({owner.evidence()})",
            highlight=False,
        )


def print_ownership(console: Console, families: list[Family], limit: int = MAX_ROWS) -> None:
    """Families whose companies are claimed by different employees, with one suggested owner."""
    contested = [f for f in families if f.contested]
    if not contested:
        console.print(
            f"Account ownership: {len(families)} families, none claimed by different employees"
        )
        return
    table = Table(
        title=f"Account ownership: {len(contested)} families claimed by different employees",
        title_justify="left",
    )
    for column in ("family", "DUNS", "claims (company: employee)", "suggested owner", "evidence"):
        table.add_column(column, overflow="fold")
    for family in contested[:limit]:
        claims = "; ".join(
            f"{family.companies[oid]}: {email}" for oid, email in sorted(family.claims.items())
        )
        owner = family.owner
        table.add_row(
            family.root_name,
            family.root_duns or "",
            claims,
            owner.employee_email if owner else "",
            owner.evidence() if owner else "",
        )
    console.print(table)
    if len(contested) > limit:
        console.print(f"... and {len(contested) - limit} more")
