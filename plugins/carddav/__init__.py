"""CardDAV (RFC 6352): push golden records as vCards into an address book, or pull one.

Works with any CardDAV server (Nextcloud, iCloud, Fastmail, Radicale, SOGo, ...). The sink writes
with ETags (``If-Match``/``If-None-Match``) so an edit made in the address book since the last
push is never overwritten; the source reads only the cards whose ETag changed.
"""

from contactkit import hookimpl
from contactkit.plugin import Sink, Source
from contactkit_plugins.carddav.sink import CardDAVSink
from contactkit_plugins.carddav.source import CardDAVSource


@hookimpl
def contactkit_register_sinks() -> list[type[Sink]]:
    return [CardDAVSink]


@hookimpl
def contactkit_register_sources() -> list[type[Source]]:
    return [CardDAVSource]
