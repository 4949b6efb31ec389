"""Microsoft Dynamics 365 / Dataverse sink: contacts and accounts upserted by an alternate key."""

from contactkit import hookimpl
from contactkit.plugin import Sink
from contactkit_plugins.dynamics365.sink import DynamicsSink


@hookimpl
def contactkit_register_sinks() -> list[type[Sink]]:
    return [DynamicsSink]
