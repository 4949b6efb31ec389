"""``contactkit export-person EMAIL``: answer an access request with one JSON file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from contactkit.cli_context import Job, UserError, console, pass_job


@click.command("export-person")
@click.argument("ref")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Where to write (default: person-<id>.json here).",
)
@pass_job
def export_person_command(job: Job, ref: str, output: Path | None) -> None:
    """Write everything held about a person (by email, phone or id) as one JSON file.

    Values with their source and time, every observation, interaction counts, relationships and
    what was sent to which sink: what an access request needs.
    """
    from contactkit.export_person import NotHeld, export_person
    from contactkit.store import Store

    store = Store(job.config(required=False).store.url, create=False)
    try:
        document = export_person(store, ref)
    except NotHeld as exc:
        raise UserError(str(exc)) from None
    path = output or Path(f"person-{document['id']}.json")
    temporary = path.with_name(f".{path.name}.part")
    temporary.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(temporary, path)  # all or nothing: never half a file
    console.print(
        f"wrote {path}: {len(document['observations'])} observations, "
        f"{document['interactions']['total']} interactions, {len(document['sinks'])} sink(s)",
        highlight=False,
    )
