"""email_harvest: business contacts and who-knows-whom from the company's mailboxes.

IMAP (TLS by default) or exported mbox / Maildir / .eml files; see docs/email_harvest.md.
"""

from __future__ import annotations

import click

from contactkit import hookimpl

from .command import harvest_command, harvest_options
from .source import EmailHarvestSource

__all__ = ["EmailHarvestSource", "harvest_options"]


@hookimpl
def contactkit_register_sources() -> list[type]:
    return [EmailHarvestSource]


@hookimpl
def contactkit_register_commands(cli: click.Group) -> None:
    harvest_command(cli)
