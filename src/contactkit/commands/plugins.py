"""``contactkit plugins``: what is installed, what each provides, what failed to load."""

from __future__ import annotations

import click
from rich.table import Table

from contactkit.cli_context import console


@click.command("plugins")
def plugins_command() -> None:
    """List installed plugins, what each provides, and any that failed to load."""
    from contactkit.plugins import registry

    reg = registry()
    table = Table(title="Plugins", title_justify="left")
    for column in ("plugin", "version", "sources", "sinks", "enrichers"):
        table.add_column(column)
    for info in reg.plugins:
        table.add_row(
            info.name,
            info.version or "",
            ", ".join(info.sources),
            ", ".join(info.sinks),
            ", ".join(info.enrichers),
        )
    console.print(table)
    for name, reason in sorted(reg.failures.items()):
        console.print(f"[red]failed[/red] {name}: {reason}", highlight=False)
