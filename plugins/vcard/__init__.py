"""vCard and contact-app CSV import (the ``vcard`` source), vCard export (the ``vcard`` sink).

This plugin holds the file handling: finding files, a file's bytes into each card's text
(``decoding``), contact-app CSV exports (``csv_formats``, ``csv_layouts``), the import tally, and
the sink's file. The vCard <-> Contact conversion itself is the core's codec,
``contactkit.vcard_codec`` (``convert.contact_from_vcard``, ``read_card``, ``vcard_from_record``),
shared with CardDAV: plugins never import each other.
"""

from __future__ import annotations

from pathlib import Path

import click

from contactkit import hookimpl
from contactkit.plugin import Sink, Source
from contactkit_plugins.vcard.sink import VCardSink
from contactkit_plugins.vcard.source import VCardSource

__all__ = ["VCardSink", "VCardSource"]


@hookimpl
def contactkit_register_sources() -> list[type[Source]]:
    return [VCardSource]


@hookimpl
def contactkit_register_sinks() -> list[type[Sink]]:
    return [VCardSink]


@hookimpl
def contactkit_register_commands(cli: click.Group) -> None:
    @cli.command("import")
    @click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
    @click.option("--name", "instance", default=None, help="Instance name (default: vcard).")
    @click.option(
        "--region", default=None, help="Region hint for phone numbers, e.g. DE (default: config)."
    )
    @click.pass_context
    def import_(
        ctx: click.Context, paths: tuple[Path, ...], instance: str | None, region: str | None
    ) -> None:
        """Import address books: vCard files (2.1, 3.0, 4.0) and contact-app CSV exports.

        PATHS are files and folders, in any mix; folders are searched for .vcf and .csv files.
        Importing the same files again changes nothing.
        """
        from contactkit.cli_context import run_one_source  # imported when used

        options: dict = {"paths": [str(p.resolve()) for p in paths]}
        if region:
            options["region"] = region
        run_one_source(ctx, "vcard", options, instance=instance)
