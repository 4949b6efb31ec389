"""Dun & Bradstreet Direct+ enricher: firmographics and the corporate family tree.

Registered as the enricher ``dnb_lookup``; see docs/dnb_lookup.md.
"""

from __future__ import annotations

from contactkit import hookimpl
from contactkit.plugin import Enricher

from .enricher import DnbLookup

__all__ = ["DnbLookup"]


@hookimpl
def contactkit_register_enrichers() -> list[type[Enricher]]:
    return [DnbLookup]
