"""``contactkit contacts``: the golden records as a table, or one JSON object per record."""

from __future__ import annotations

import json

import click
from rich.table import Table

from contactkit.cli_context import Job, console, pass_job


@click.command("contacts")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per golden record.")
@click.option("--limit", type=int, default=None, help="Show at most this many.")
@pass_job
def contacts_command(job: Job, as_json: bool, limit: int | None) -> None:
    """List golden records."""
    from contactkit.records import golden_records
    from contactkit.store import Store

    store = Store(job.config(required=False).store.url, create=False)  # read-only
    records = golden_records(store)
    if as_json:
        for i, record in enumerate(records):
            if limit is not None and i >= limit:
                break
            payload = record.model_dump(mode="json", exclude_none=True)
            click.echo(json.dumps(payload, ensure_ascii=False, sort_keys=True))
        return
    table = Table(title="Contacts", title_justify="left")
    table.add_column("id", no_wrap=True)
    for column in ("name", "email", "phone", "title", "company", "owner", "sources"):
        table.add_column(column, overflow="fold")
    for i, record in enumerate(records):
        if limit is not None and i >= limit:
            break
        c = record.contact
        sources = sorted({ref.source for refs in record.provenance.values() for ref in refs})
        company = (record.organization.name if record.organization else None) or (
            c.organization.name if c.organization else ""
        )
        table.add_row(
            record.id,
            c.name.full or "",
            c.emails[0] if c.emails else "",
            (c.phones[0].e164 or c.phones[0].text) if c.phones else "",
            c.title or "",
            company or "",
            record.owner.email if record.owner else "",
            ", ".join(sources),
        )
    console.print(table)
