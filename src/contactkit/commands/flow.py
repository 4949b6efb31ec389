"""The flow from the config: ``contactkit run`` (all of it), ``enrich`` and ``push`` (one step).

The sources' own commands (``import``, ``scan``, ``harvest``) come from their plugins and run
through ``contactkit.cli_context.run_one_source``.
"""

from __future__ import annotations

import click

from contactkit.cli_context import Job, finish, pass_job


@click.command("run")
@click.option("--dry-run", is_flag=True, help="Read and merge, but only show what sinks would get.")
@pass_job
def run_command(job: Job, dry_run: bool) -> None:
    """Run the whole flow from the config: sources, merge, enrichers, sinks."""
    config = job.config()
    with job.pipeline(config, dry_run=dry_run) as pipeline:
        report = pipeline.run()
    finish(report)


@click.command("push")
@click.option("--dry-run", is_flag=True, help="Show what would be sent, send nothing.")
@pass_job
def push_command(job: Job, dry_run: bool) -> None:
    """Send changed golden records to the configured sinks."""
    from contactkit.plugins import registry

    config = job.config()
    _, _, sinks = config.plugin_configs(registry())
    with job.pipeline(config, dry_run=dry_run) as pipeline, pipeline.recorded_run():
        for section, options in sinks:
            pipeline.push(section, options)
    finish(pipeline.report)


@click.command("enrich")
@click.option("--dry-run", is_flag=True, help="Count the calls a run would make, make none.")
@pass_job
def enrich_command(job: Job, dry_run: bool) -> None:
    """Run the configured enrichers over the organizations in the store."""
    from contactkit.plugins import registry

    config = job.config()
    _, enrichers, _ = config.plugin_configs(registry())
    with job.pipeline(config, dry_run=dry_run) as pipeline, pipeline.recorded_run():
        for section, options in enrichers:
            pipeline.enrich(section, options)
        pipeline.merge()
    finish(pipeline.report)
