"""card_scan: business cards to contacts, with a confidence per field and a quick review.

Registers the ``card_scan`` source and the ``contactkit scan`` command. See docs/card_scan.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from contactkit import hookimpl

from .config import CardScanConfig
from .source import CardScanSource

if TYPE_CHECKING:
    import click

__all__ = ["CardScanConfig", "CardScanSource"]


@hookimpl
def contactkit_register_sources() -> list[type[CardScanSource]]:
    return [CardScanSource]


@hookimpl
def contactkit_register_commands(cli: click.Group) -> None:
    from .commands import add_scan_command

    add_scan_command(cli)
