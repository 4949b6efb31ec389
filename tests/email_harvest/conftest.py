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


REALISTIC_LOGINS = {
    mailgen.ALICE: "alice.smith",  # the login template '{local}'
    mailgen.BOB: "bjones",  # the directory's login column
    mailgen.CAROL: "carol.white",
}


@pytest.fixture(scope="module")
def realistic_dovecot(certificate: Path):
    """A server whose users log in as first.last (or as the directory says, 'bjones'), holding
    the scenario plus what a real rollout meets (``realistic.mails``)."""
    from . import realistic

    root = Path(tempfile.mkdtemp(prefix="ck-dovecot-"))
    shutil.copy(certificate / "cert.pem", root / "cert.pem")
    shutil.copy(certificate / "key.pem", root / "key.pem")
    server = DovecotServer(root, {REALISTIC_LOGINS[u]: pw for u, pw in PASSWORDS.items()})
    base = mailgen.placement(mailgen.scenario())
    extra = realistic.placement(realistic.mails())
    for user, login in REALISTIC_LOGINS.items():
        folders = {f: base[user].get(f, []) + extra[user].get(f, []) for f in base[user]}
        mailgen.write_maildir(server.maildir(login), folders)
    server.start()
    yield server
    server.stop()
    shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture(scope="module")
def lab_dovecot(certificate: Path):
    """A lab server without TLS (no IMAPS, no STARTTLS) and without XOAUTH2."""
    root = Path(tempfile.mkdtemp(prefix="ck-dovecot-"))
    server = DovecotServer(root, dict(PASSWORDS), ssl=False, mechanisms="plain login")
    for user, folders in mailgen.placement(mailgen.scenario()).items():
        mailgen.write_maildir(server.maildir(user), folders)
    server.start()
    yield server
    server.stop()
    shutil.rmtree(server.root, ignore_errors=True)
