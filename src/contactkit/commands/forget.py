"""``contactkit forget EMAIL``: erase a person everywhere and keep them out of later runs."""

from __future__ import annotations

import click

from contactkit.cli_context import Job, UserError, console, pass_job


@click.command("forget")
@click.argument("ref")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_job
def forget_command(job: Job, ref: str, yes: bool) -> None:
    """Erase a person everywhere (by email) and keep them out of later runs."""
    from contactkit.forget import forget_person
    from contactkit.runs import RunLock
    from contactkit.store import Store

    config = job.config(required=False)
    store = Store(config.store.url)
    if not yes and not click.confirm(f"Erase {ref} and everything known about them?"):
        raise UserError("nothing erased")
    # a run in progress read the forget list when it started: it would write them back
    with RunLock(store):
        erased = forget_person(store, ref, config)
    console.print(
        f"erased {erased.golden_id or ref}: {erased.observations} observations, "
        f"{len(erased.values)} emails and phones suppressed; the next push removes them from sinks",
        highlight=False,
    )
