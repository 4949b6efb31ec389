"""Fixtures: a real Dovecot on loopback ports (TLS with a self-signed cert, a master user),
serving the generated company mailboxes."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from . import mailgen
from .dovecot_server import DovecotServer
from .helpers import PASSWORDS


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
