"""Salesforce sink: Accounts and Contacts upserted by an external-id field, with their owners."""

from contactkit_plugins.salesforce.sink import SalesforceSink

from contactkit import hookimpl


@hookimpl
def contactkit_register_sinks():
    return [SalesforceSink]
