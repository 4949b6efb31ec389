"""Tryton sink: contacts and companies as parties, employees linked to the contacts they know."""

from contactkit import hookimpl
from contactkit.plugin import Sink
from contactkit_plugins.tryton.sink import TrytonSink


@hookimpl
def contactkit_register_sinks() -> list[type[Sink]]:
    return [TrytonSink]
