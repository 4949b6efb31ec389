"""Fixtures: a real Dovecot on loopback ports (TLS with a self-signed cert, a master user),
serving the generated company mailboxes, and helpers to run the harvest."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import mailgen
from dovecot_server import MASTER_PASSWORD, MASTER_USER, DovecotServer

from contactkit.model import Checkpoint
from contactkit.plugin import Settings, standalone_context
from contactkit_plugins.email_harvest import EmailHarvestSource

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


@pytest.fixture(scope="session")
def certificate() -> Path:
    """One self-signed certificate for every server of the session (generating one is slow)."""
    root = Path(tempfile.mkdtemp(prefix="ck-cert-"))
    server = DovecotServer(root, {})
    server.write_config()
    yield root
    shutil.rmtree(root, ignore_errors=True)


def _new_server(certificate: Path, mails: list[mailgen.Mail]) -> DovecotServer:
    # Not pytest's tmp_path: under root, Dovecot's unprivileged user must reach the folder.
    root = Path(tempfile.mkdtemp(prefix="ck-dovecot-"))
    shutil.copy(certificate / "cert.pem", root / "cert.pem")
    shutil.copy(certificate / "key.pem", root / "key.pem")
    server = DovecotServer(root, dict(PASSWORDS))
    for user, folders in mailgen.placement(mails).items():
        mailgen.write_maildir(server.maildir(user), folders)
    server.start()
    return server


@pytest.fixture(scope="module")
def dovecot(certificate: Path):
    """The scenario's mailboxes, read-only: tests must not change them."""
    server = _new_server(certificate, mailgen.scenario())
    yield server
    server.stop()
    shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture
def fresh_dovecot(certificate: Path):
    """A server of its own, for tests that add mail or break things."""
    server = _new_server(certificate, mailgen.scenario())
    yield server
    server.stop()
    shutil.rmtree(server.root, ignore_errors=True)


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

    def __init__(self, items: list[Any]):
        self.items = items
        self.by_kind: dict[str, list[Any]] = {}
        for item in items:
            self.by_kind.setdefault(type(item).__name__, []).append(item)
        checkpoints = [i for i in items if isinstance(i, Checkpoint)]
        self.state = checkpoints[-1].state if checkpoints else {}

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
        return Run(list(source.read(state or {})))
    finally:
        source.close()


@pytest.fixture
def run_harvest():
    return harvest
