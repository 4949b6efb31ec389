"""``contactkit show REF``: one golden record with every value's source and time, its members
and why they were merged; or one company with its firmographics, family and who knows it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.table import Table

from contactkit.cli_context import Job, UserError, console, pass_job

if TYPE_CHECKING:
    from contactkit.company import CompanyView

MAX_ROWS = 20
"""The most contacts a company view lists."""


@click.command("show")
@click.argument("ref")
@pass_job
def show_command(job: Job, ref: str) -> None:
    """Show one golden record (by id, email or phone) with every value's source and time,
    or one company (by organization id, DUNS or domain) with its family and who knows it."""
    from contactkit.records import find_golden, provenance_value
    from contactkit.store import Store

    store = Store(job.config(required=False).store.url, create=False)  # read-only
    if _show_company(store, ref):
        return
    record = find_golden(store, ref)
    if record is None:
        raise UserError(f"no contact {ref!r}")
    table = Table(title=f"{record.id}: {record.contact.display_name}", title_justify="left")
    for column in ("field", "value", "from", "seen", "confidence"):
        table.add_column(column, overflow="fold")
    contact = record.contact.model_dump(mode="json", exclude_defaults=True)
    for field, refs in sorted(record.provenance.items()):
        base = field.split("[", 1)[0]
        value = provenance_value(contact, field)
        for i, src in enumerate(refs):
            table.add_row(
                base if i == 0 else "",
                value if i == 0 else "",
                f"{src.source} ({src.source_key})",
                src.seen_at.strftime("%Y-%m-%d %H:%M"),
                f"{src.confidence:.2f}",
            )
    console.print(table)
    if record.organization:
        org = record.organization
        console.print(
            f"Company: {org.name or ''}"
            + (f" · legal name {org.legal_name}" if org.legal_name else "")
            + (f" · DUNS {org.duns}" if org.duns else "")
            + "".join(f" · {role} {o.name or o.duns}" for role, o in record.family.items()),
            highlight=False,
        )
    for rel in record.relationships:
        console.print(
            f"Known by {rel.employee_email}: strength {rel.strength:.2f} "
            f"(sent {rel.sent}, received {rel.received}, cc {rel.cc_only}, replies {rel.replies})",
            highlight=False,
        )
    if record.owner:
        console.print(f"Owner: {record.owner.email}", highlight=False)
    _show_members(record)
    _show_matching(store, record.id)


def _show_company(store: Any, ref: str) -> bool:
    """The company view, when ``ref`` names an organization; False when it names none."""
    from contactkit.company import company_view

    view = company_view(store, ref)
    if view is None:
        return False
    print_company(console, view)
    return True


def _show_matching(store: Any, golden_id: str) -> None:
    """Which evidence joined which observations, the near candidates, how fresh the record is."""
    meta = store.golden_meta(golden_id).get(golden_id)
    if meta is None:
        return
    joins = [link for link in meta["evidence"] if not link.get("near")]
    near = [link for link in meta["evidence"] if link.get("near")]
    if joins:
        table = Table(title="Merged because", title_justify="left")
        for column in ("observation", "joined", "score", "evidence"):
            table.add_column(column, overflow="fold")
        for link in joins:
            table.add_row(link["a"], link["b"], f"{link['score']:g}", "; ".join(link["reasons"]))
        console.print(table)
    if near:
        table = Table(title="Near candidates (left apart)", title_justify="left")
        for column in ("record", "observation", "theirs", "score", "evidence"):
            table.add_column(column, overflow="fold")
        for link in near:
            table.add_row(
                link["near"], link["a"], link["b"], f"{link['score']:g}", "; ".join(link["reasons"])
            )
        console.print(table)
    confirmed = meta["confirmed_at"].strftime("%Y-%m-%d") if meta["confirmed_at"] else "never"
    console.print(
        f"Last confirmed {confirmed}; still right with probability {meta['validity']:.2f}",
        highlight=False,
    )
    for flag in meta["flags"]:
        console.print(f"[yellow]re-verify[/yellow] {flag}", highlight=False)


def _show_members(record: Any) -> None:
    """Every observation the record was built from, values won or not."""
    table = Table(title=f"Members ({len(record.members)})", title_justify="left")
    for column in ("source", "key", "seen"):
        table.add_column(column, overflow="fold")
    for member in record.members:
        table.add_row(member.source, member.key, member.seen.strftime("%Y-%m-%d %H:%M"))
    console.print(table)


def _firmographic(field: str, value: Any) -> str:
    """One firmographic value as a table cell."""
    from contactkit import geo

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
    """A company: firmographics with their source, the D&B family, its contacts, who knows it."""
    from contactkit.company import FIRMOGRAPHICS

    org = view.organization
    title = f"{view.organization_id}: {org.name or org.legal_name or view.key}"
    table = Table(title=title, title_justify="left")
    for column in ("field", "value", "from", "seen"):
        table.add_column(column, overflow="fold")
    for field in FIRMOGRAPHICS:
        shown = _firmographic(field, getattr(org, field))
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
