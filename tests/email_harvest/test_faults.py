"""Faults: a connection cut mid-harvest, a server restart; nothing lost, nothing counted twice."""

from __future__ import annotations

from collections import Counter

import pytest

from contactkit.model import Checkpoint
from contactkit.plugin import Settings
from contactkit.testing import standalone_context
from contactkit_plugins.email_harvest import EmailHarvestSource

from . import mailgen
from .helpers import EXPECTED_CONTACTS, Run, harvest, imap_options
from .proxy import CuttingProxy


def _options(server, port=None, **imap):
    options = imap_options(server, **imap)
    if port:
        options["imap"]["port"] = port
    options["batch_size"] = 10  # several batches per folder, so a cut lands mid-folder
    options["checkpoint_seconds"] = 0  # a checkpoint after every batch
    return options


def _processed(run: Run) -> Counter[str]:
    """What was read, per message copy: drops of automated mail and header errors."""
    counted = Counter(d.reason for d in run.of("Drop") if d.reason.startswith("automated"))
    counted.update(e.reason for e in run.of("RecordError") if "From" in e.reason)
    return counted


@pytest.fixture
def baseline(fresh_dovecot):
    return harvest(_options(fresh_dovecot))


def test_cut_connection_is_resumed_within_the_run(fresh_dovecot, baseline):
    proxy = CuttingProxy(fresh_dovecot.imaps_port, cut_after=9000, cuts=2)
    try:
        run = harvest(_options(fresh_dovecot, port=proxy.port, retries=3))
    finally:
        proxy.close()
    assert proxy.cut_count == 2
    assert run.contacts == EXPECTED_CONTACTS
    assert sorted(run.interaction_keys) == sorted(baseline.interaction_keys)
    assert _processed(run) == _processed(baseline)


def test_cut_without_retries_resumes_on_the_next_run(fresh_dovecot, baseline):
    proxy = CuttingProxy(fresh_dovecot.imaps_port, cut_after=9000, cuts=1)
    try:
        first = harvest(_options(fresh_dovecot, port=proxy.port, retries=0))
    finally:
        proxy.close()
    lost = [e for e in first.of("RecordError") if "connection lost" in e.reason]
    assert len(lost) == 1 and "resumes on the next run" in lost[0].reason
    second = harvest(_options(fresh_dovecot), first.state)
    assert second.of("RecordError") == [] or all(
        "connection" not in e.reason for e in second.of("RecordError")
    )
    keys = set(first.interaction_keys) | set(second.interaction_keys)
    assert keys == set(baseline.interaction_keys)
    assert first.contacts | second.contacts == EXPECTED_CONTACTS
    # every message copy was read exactly once over the two runs
    assert _processed(first) + _processed(second) == _processed(baseline)


def test_server_restart_mid_harvest(fresh_dovecot, baseline):
    config = EmailHarvestSource.Config.model_validate(
        _options(fresh_dovecot, max_connections=1, retries=6)
    )
    context = standalone_context(Settings(company_domains=[mailgen.COMPANY]))
    source = EmailHarvestSource(config, context)
    items = []
    restarted = False
    for item in source.read({}):
        items.append(item)
        if not restarted and isinstance(item, Checkpoint) and item.state.get("folders"):
            fresh_dovecot.restart()  # same ports; open connections die
            restarted = True
    run = Run(items)
    assert restarted
    assert [e for e in run.of("RecordError") if "connection" in e.reason] == []
    assert run.contacts == EXPECTED_CONTACTS
    assert sorted(run.interaction_keys) == sorted(baseline.interaction_keys)
    assert _processed(run) == _processed(baseline)


@pytest.mark.parametrize("slow_handshake", [0.0, 0.5], ids=["idle", "second-handshake-slow"])
def test_connections_per_server_are_capped(dovecot, monkeypatch, slow_handshake):
    """Never more than max_connections at once, and the cap is used (two at a time).

    This test was flaky (1 failure in 3 full runs): it asserted that two connections had been
    open at once, which depends on timing. With three small mailboxes, the first worker could
    read its mailbox and log out before the second worker's TLS handshake finished on a loaded
    machine, so at most one connection was ever open. Now each connection waits (up to a few
    seconds) for a second one to be open before it goes on, so overlap happens whenever the cap
    allows it, and a cap of one (or a third connection) still fails the test. The
    ``second-handshake-slow`` case is the loaded machine, made certain.
    """
    import threading
    import time

    from contactkit_plugins.email_harvest import imap_access

    lock = threading.Lock()
    now, most = [0], [0]
    two_open = threading.Event()
    connect, close = imap_access.connect, imap_access.close

    calls = [0]

    def counting_connect(server, mailbox, *args, **kw):
        with lock:
            calls[0] += 1
            first, second = calls[0] == 1, calls[0] == 2
        if second:
            time.sleep(slow_handshake)
        client = connect(server, mailbox, *args, **kw)
        with lock:
            now[0] += 1
            most[0] = max(most[0], now[0])
            if now[0] >= 2:
                two_open.set()
        if not first:  # the first connection is the probe: the others wait for it to return
            two_open.wait(timeout=10)  # rendezvous: the other worker catches up
        return client

    def counting_close(client):
        if client is not None:
            with lock:
                now[0] -= 1
        close(client)

    monkeypatch.setattr(imap_access, "connect", counting_connect)
    monkeypatch.setattr(imap_access, "close", counting_close)
    run = harvest(imap_options(dovecot, max_connections=2))
    assert run.contacts == EXPECTED_CONTACTS
    assert two_open.is_set()
    assert most[0] == 2 and now[0] == 0  # three mailboxes, two at a time, all closed


def test_a_message_the_server_cannot_send_is_found_and_skipped(fresh_dovecot, baseline):
    """Dovecot panics on a 22 MB header line: every FETCH holding it kills the connection. The
    batch shrinks until that one message is found; it is reported and the rest is read."""
    to = ", ".join(f"r{i:06d}@bulk{i % 50}.example" for i in range(900_000))
    raw = (
        f"From: blast@spam.example\r\nTo: {to}\r\nSubject: hi\r\n"
        "Date: Mon, 02 Mar 2026 09:00:00 +0000\r\nMessage-ID: <huge@spam.example>\r\n\r\nx\r\n"
    ).encode()
    mailgen.write_maildir(fresh_dovecot.maildir(mailgen.BOB), {"INBOX": [raw]})
    fresh_dovecot.fix_owner()
    run = harvest(_options(fresh_dovecot, retries=1))
    skipped = [e for e in run.of("RecordError") if "drops the connection" in e.reason]
    assert [e.record_key.split("/")[:2] for e in skipped] == [[mailgen.BOB, "INBOX"]]
    assert not [e for e in run.of("RecordError") if "connection lost" in e.reason]
    assert run.contacts == EXPECTED_CONTACTS
    assert sorted(run.interaction_keys) == sorted(baseline.interaction_keys)
    # the next run does not stumble on it again
    again = harvest(_options(fresh_dovecot, retries=1), run.state)
    assert again.of("RecordError") == [] and again.of("Interaction") == []


def test_signature_connections_are_kept_between_batches_within_the_cap(monkeypatch):
    """A mailbox's connection for signature bodies serves the next batch of contacts too; a
    new mailbox past the cap closes an idle one first; one that fails is closed, not kept."""
    from contactkit_plugins.email_harvest import imap_access
    from contactkit_plugins.email_harvest.imap_bodies import BodyConnections

    opened: list[str] = []
    closed: list[str] = []
    monkeypatch.setattr(imap_access, "close", lambda c: c is not None and closed.append(c))
    pool = BodyConnections(lambda mailbox: opened.append(mailbox) or mailbox, limit=2)
    for _ in range(3):  # three batches over two mailboxes: two logins in all
        for mailbox in ("a", "b"):
            with pool.use(mailbox) as client:
                assert client == mailbox
    assert opened == ["a", "b"] and closed == []
    with pool.use("c"):  # a third mailbox: the longest idle ("a") makes room
        pass
    assert closed == ["a"]
    with pytest.raises(ConnectionResetError), pool.use("b"):
        raise ConnectionResetError
    assert closed == ["a", "b"]
    with pool.use("b"):  # a fresh login after the failure
        pass
    assert opened == ["a", "b", "c", "b"]
    pool.close()
    assert sorted(closed) == ["a", "b", "b", "c"]
