"""HubSpot sink: contacts upserted by email, companies by domain, linked, with their owners."""

from contactkit_plugins.hubspot.sink import HubSpotSink

from contactkit import hookimpl


@hookimpl
def contactkit_register_sinks():
    return [HubSpotSink]
