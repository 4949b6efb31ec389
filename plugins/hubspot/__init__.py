"""HubSpot sink: contacts upserted by email, companies by domain, linked, with their owners."""

from contactkit import hookimpl
from contactkit.plugin import Sink
from contactkit_plugins.hubspot.sink import HubSpotSink


@hookimpl
def contactkit_register_sinks() -> list[type[Sink]]:
    return [HubSpotSink]
