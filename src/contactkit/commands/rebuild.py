"""``contactkit rebuild``: re-derive every golden record from all observations (a repair)."""

from __future__ import annotations

import click

from contactkit.cli_context import Job, _progress, console, pass_job


@click.command("rebuild")
@pass_job
def rebuild_command(job: Job) -> None:
    """Re-derive every golden record from all observations (a repair; runs merge incrementally)."""
    from contactkit import master
    from contactkit.store import Store

    config = job.config(required=False)
    store = Store(config.store.url)
    with _progress("rebuilding golden records") as bar:
        stats = master.rebuild(store, config)
        bar.advance()
    console.print(
        f"{stats.observations} observations, {stats.golden} golden records "
        f"({stats.created} created, {stats.updated} updated, {stats.retired} retired)",
        highlight=False,
    )
    if stats.not_compared:  # the first few were logged as they happened; this says how many
        console.print(f"{stats.not_compared} pair(s) not compared, kept apart", highlight=False)
