"""Helpers shared by the email_harvest tests: options for the test server, running a harvest."""

from __future__ import annotations

import os
from collections import Counter
from typing import Any

from contactkit.model import Checkpoint
from contactkit.plugin import Settings
from contactkit.testing import standalone_context
from contactkit_plugins.email_harvest import EmailHarvestSource

from . import mailgen
from .dovecot_server import MASTER_PASSWORD, MASTER_USER, DovecotServer

PASSWORDS = {user: f"pw-{user.split('@')[0]}" for user in mailgen.HARVESTED}
EXPECTED_CONTACTS = {
    "jane.doe@contoso.example",
    "max.mueller@fabrikam.de",
    "tom.lee@tailspin.example",
    "kim.park@tailspin.example",
    "sam.carter77@gmail.com",
    "priya.nair@woodgrove.example",
    "li.wei@adatum.example",
    "omar.haddad@litware.example",
}


# Secrets by reference, as a deployment would give them (module-scoped fixtures need them too).
os.environ["CK_TEST_MASTER_PASSWORD"] = MASTER_PASSWORD
os.environ["CK_TEST_ALICE_PASSWORD"] = PASSWORDS[mailgen.ALICE]


def imap_options(server: DovecotServer, **imap: Any) -> dict[str, Any]:
    """Harvest every scenario mailbox as the master user over IMAPS (the defaults)."""
    settings = {
        "host": server.host,
        "port": server.imaps_port,
        "ca_file": str(server.cert),
        "auth": "master",
        "username": MASTER_USER,
        "password": {"env": "CK_TEST_MASTER_PASSWORD"},
        "retries": 3,
        **imap,
    }
    return {
        "imap": settings,
        "mailboxes": list(mailgen.HARVESTED),
        "blocklist": ["@competitor.example"],
    }


class Run:
    """What one harvest run yielded, sorted by kind."""

    def __init__(self, items: list[Any], state: dict[str, Any] | None = None):
        self.items = items
        self.by_kind: dict[str, list[Any]] = {}
        self.state = dict(state or {})
        for item in items:
            self.by_kind.setdefault(type(item).__name__, []).append(item)
            if isinstance(item, Checkpoint):
                # what the store keeps: each (delta) checkpoint applied to the one before
                self.state = item.apply(self.state)

    def of(self, kind: str) -> list[Any]:
        return self.by_kind.get(kind, [])

    @property
    def contacts(self) -> set[str]:
        return {o.source_key for o in self.of("Observation")}

    @property
    def interaction_keys(self) -> list[tuple[str, str, str, str]]:
        return [
            (i.employee_email, i.contact_email, i.message_id, str(i.role))
            for i in self.of("Interaction")
        ]

    @property
    def drop_reasons(self) -> Counter[str]:
        return Counter(d.reason for d in self.of("Drop"))

    def observation(self, email: str) -> Any:
        return next(o for o in self.of("Observation") if o.source_key == email)


def harvest(options: dict[str, Any], state: dict[str, Any] | None = None, **context: Any) -> Run:
    config = EmailHarvestSource.Config.model_validate(options)
    settings = Settings(company_domains=[mailgen.COMPANY])
    source = EmailHarvestSource(config, standalone_context(settings, **context))
    try:
        return Run(list(source.read(state or {})), state)
    finally:
        source.close()
