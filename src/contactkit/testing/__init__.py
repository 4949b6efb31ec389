"""contactkit's test kit for plugin authors: contract tests, sample records, a recording session.

Installed as a pytest plugin (entry point ``pytest11: contactkit``) but it defines no fixtures and
no hooks at module level, so merely having contactkit installed changes nothing in anybody's test
run. Everything is opt-in: subclass ``SinkContractTests`` in a test module and provide the two
things only you know (how to build your sink, how to read back what the CRM holds)::

    from contactkit.testing import SinkContractTests, StoredContact

    class TestMySink(SinkContractTests):
        @pytest.fixture
        def make_sink(self, fake_crm):
            self.crm = fake_crm
            return lambda context: MySink(MySink.Config(url=fake_crm.url), context)

        def fetch(self, external_id):
            row = self.crm.get(external_id)
            return None if row is None else StoredContact(full_name=row["name"], ...)

Sources have the same: ``SourceContractTests`` with ``make_source`` and ``add_records(people)``.

Imports stay light: the heavy parts load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from contactkit.testing import records
    from contactkit.testing.context import MemoryCache, standalone_context
    from contactkit.testing.recording import RecordedRequest, RecordingSession, contract_context
    from contactkit.testing.sink_contract import SinkContractTests, StoredContact
    from contactkit.testing.source_contract import SourceContractTests

__all__ = [
    "MemoryCache",
    "RecordedRequest",
    "RecordingSession",
    "SinkContractTests",
    "SourceContractTests",
    "StoredContact",
    "contract_context",
    "records",
    "standalone_context",
]

_LAZY = {
    "MemoryCache": "contactkit.testing.context",
    "standalone_context": "contactkit.testing.context",
    "RecordedRequest": "contactkit.testing.recording",
    "RecordingSession": "contactkit.testing.recording",
    "contract_context": "contactkit.testing.recording",
    "SinkContractTests": "contactkit.testing.sink_contract",
    "StoredContact": "contactkit.testing.sink_contract",
    "SourceContractTests": "contactkit.testing.source_contract",
}


def __getattr__(name: str) -> Any:
    import importlib

    if name == "records":
        return importlib.import_module("contactkit.testing.records")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'contactkit.testing' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
