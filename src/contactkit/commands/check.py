"""``contactkit check``: the config as a run would read it, without running anything."""

from __future__ import annotations

import click

from contactkit.cli_context import Job, console, pass_job


@click.command("check")
@pass_job
def check_command(job: Job) -> None:
    """Validate the config, read every secret it names, and say what a run would use."""
    from contactkit.config import resolve_secret_refs
    from contactkit.plugins import registry

    config = job.config()
    kinds = config.plugin_configs(registry(), resolve_secrets=False)
    secrets = 0
    for name, validated in zip(("sources", "enrichers", "sinks"), kinds, strict=True):
        for i, (_, plugin_config) in enumerate(validated):
            secrets += resolve_secret_refs(plugin_config, f"{name}[{i}]")
    sources, enrichers, sinks = (len(k) for k in kinds)
    console.print(
        f"{job.config_path}: OK ({sources} source(s), {enrichers} enricher(s), {sinks} sink(s); "
        f"{secrets} secret(s) read; store {_where(config.store.url)})",
        highlight=False,
        soft_wrap=True,
    )


def _where(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
