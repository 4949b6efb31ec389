"""``contactkit new-plugin NAME --kind sink|source``: scaffold a plugin package with its tests."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("new-plugin")
@click.argument("name")
@click.option(
    "--kind", type=click.Choice(["sink", "source"]), default="sink", show_default=True,
    help="What the plugin provides.",
)  # fmt: skip
@click.option(
    "--dir", "directory", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
    show_default=True, help="Where to create the package folder.",
)  # fmt: skip
def new_plugin_command(name: str, kind: str, directory: Path) -> None:
    """Create a plugin package NAME (a sink or a source) that installs and passes its tests."""
    from contactkit.scaffold import write_plugin

    root = write_plugin(name, kind, directory)
    click.echo(f"created {root}")
    click.echo(f"  pip install -e '{root}[test]' && pytest {root}")
