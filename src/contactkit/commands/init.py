"""``contactkit init``: a commented starter config and the folder its source reads."""

from __future__ import annotations

import click

from contactkit.cli_context import Job, UserError, console, pass_job


@click.command("init")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@pass_job
def init_command(job: Job, force: bool) -> None:
    """Write a commented starter contactkit.toml."""
    from contactkit.starter import STARTER_ADDRESSBOOKS, STARTER_CONFIG

    if job.config_path.exists() and not force:
        raise UserError(f"{job.config_path} exists (use --force to overwrite)")
    job.config_path.write_text(STARTER_CONFIG, encoding="utf-8")
    # the starter's source reads this folder: with it there, the first run succeeds as is
    books = job.config_path.parent / STARTER_ADDRESSBOOKS
    books.mkdir(parents=True, exist_ok=True)
    console.print(
        f"wrote {job.config_path} and {books}/: put .vcf or .csv address books there, "
        "edit the config, then run 'contactkit run'",
        highlight=False,
    )
