"""Signature bodies over the header pass's own connections (real Dovecot): no second login per
mailbox when the connections allow, the same signatures, and a kept connection that went
stale replaced by a fresh one."""

from __future__ import annotations

import re
import socket

import pytest

from contactkit_plugins.email_harvest import imap_bodies

from . import mailgen
from .helpers import EXPECTED_CONTACTS, harvest, imap_options


def _logins(dovecot, since: int) -> int:
    return len(re.findall(r"imap-login: Info: Login:", dovecot.sessions_log(since)))


def _facts(run) -> dict[str, dict]:
    return {o.source_key: o.contact.model_dump(mode="json") for o in run.of("Observation")}


@pytest.fixture(scope="module")
def one_connection(dovecot):
    """Over one connection only the last mailbox's is kept: the others log in again."""
    before = dovecot.mark()
    run = harvest(imap_options(dovecot, max_connections=1))
    return run, _logins(dovecot, before)


def test_signature_bodies_need_no_second_login(dovecot, one_connection):
    before = dovecot.mark()
    run = harvest(imap_options(dovecot, max_connections=4))
    assert _logins(dovecot, before) == len(mailgen.HARVESTED)  # one per mailbox, no more
    single, single_logins = one_connection
    assert single_logins > len(mailgen.HARVESTED)  # bodies of the other mailboxes: new logins
    assert run.contacts == single.contacts == EXPECTED_CONTACTS
    assert _facts(run) == _facts(single)
    assert any(o.contact.title for o in run.of("Observation"))  # signatures were read


def test_a_kept_connection_that_dropped_is_replaced(dovecot, one_connection, monkeypatch):
    park = imap_bodies.BodyConnections.park
    dropped: list[str] = []

    def park_then_drop(self, mailbox, client):
        client.socket().shutdown(socket.SHUT_RDWR)  # the server hung up meanwhile
        dropped.append(mailbox)
        park(self, mailbox, client)

    monkeypatch.setattr(imap_bodies.BodyConnections, "park", park_then_drop)
    run = harvest(imap_options(dovecot, max_connections=4))
    assert sorted(dropped) == sorted(mailgen.HARVESTED)
    single, _ = one_connection
    assert _facts(run) == _facts(single)  # every signature still read, on fresh connections


def test_no_connection_is_kept_without_signatures(dovecot, monkeypatch):
    kept: list[str] = []
    monkeypatch.setattr(imap_bodies.BodyConnections, "park", lambda s, m, c: kept.append(m))
    run = harvest({**imap_options(dovecot), "signatures": False})
    assert run.contacts == EXPECTED_CONTACTS and kept == []


def test_a_kept_connection_stays_within_the_cap(monkeypatch) -> None:
    closed: list[str] = []
    monkeypatch.setattr(imap_bodies.imap_access, "close", lambda c: c and closed.append(c))
    pool = imap_bodies.BodyConnections(lambda mailbox: f"new-{mailbox}", limit=2)
    pool.park("a", "kept-a")
    pool.park("b", "kept-b")
    pool.park("a", "again-a")  # one per mailbox: the second is closed
    assert closed == ["again-a"]
    pool.park("c", "kept-c")  # past the cap: the longest idle makes room
    assert closed == ["again-a", "kept-a"]
    with pool.use("c") as client:
        assert client == "kept-c"
    with pool.use("b") as client:
        assert client == "kept-b"
    pool.close()
    assert sorted(closed) == ["again-a", "kept-a", "kept-b", "kept-c"]
