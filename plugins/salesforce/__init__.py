"""Salesforce sink: Accounts and Contacts upserted by an external-id field, with their owners."""

from contactkit import hookimpl
from contactkit.plugin import Sink
from contactkit_plugins.salesforce.sink import SalesforceSink


@hookimpl
def contactkit_register_sinks() -> list[type[Sink]]:
    return [SalesforceSink]
