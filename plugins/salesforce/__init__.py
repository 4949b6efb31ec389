"""Salesforce sink: Accounts and Contacts upserted by an external-id field, with their owners."""

from contactkit import hookimpl
from contactkit_plugins.salesforce.sink import SalesforceSink


@hookimpl
def contactkit_register_sinks():
    return [SalesforceSink]
