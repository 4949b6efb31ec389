"""Logins that are not addresses, and setup mistakes: named with their fix, never retried."""

from __future__ import annotations

import socket

import pytest

from contactkit_plugins.email_harvest import imap_access
from contactkit_plugins.email_harvest.config import ImapServer

from . import mailgen
from .helpers import EXPECTED_CONTACTS, harvest, imap_options


@pytest.fixture
def connects(monkeypatch):
    """Counts connection attempts, to show what is (not) retried."""
    calls: list[str] = []
    real = imap_access.connect

    def counting(server, mailbox, *args, **kw):
        calls.append(mailbox)
        return real(server, mailbox, *args, **kw)

    monkeypatch.setattr(imap_access, "connect", counting)
    return calls


def _directory(tmp_path, text: str):
    path = tmp_path / "staff.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_login_template_and_directory_login_with_a_master_user(realistic_dovecot, tmp_path):
    from .realistic import DIRECTORY

    options = imap_options(realistic_dovecot, login_template="{local}")
    options["directory"] = str(_directory(tmp_path, DIRECTORY))
    run = harvest(options)
    assert not [e for e in run.of("RecordError") if "login" in e.reason], run.of("RecordError")
    assert run.contacts >= EXPECTED_CONTACTS
    # Bob's mailbox (login 'bjones' from the directory) was read: his contacts are there
    assert "max.mueller@fabrikam.de" in run.contacts


def test_without_the_login_column_the_error_names_the_fix(realistic_dovecot, connects):
    run = harvest(imap_options(realistic_dovecot, login_template="{local}"))
    errors = {e.record_key: e.reason for e in run.of("RecordError") if "login" in e.reason}
    assert set(errors) == {mailgen.BOB}
    reason = errors[mailgen.BOB]
    assert "as 'bob.jones*harvester'" in reason and "login column in the directory" in reason
    assert connects.count(mailgen.BOB) == 1  # refused: not retried
    assert "tom.lee@tailspin.example" in run.contacts  # the other mailboxes went on


def test_password_login_with_a_template(realistic_dovecot):
    options = imap_options(
        realistic_dovecot, auth="password", username=None, login_template="{local}",
        password={"env": "CK_TEST_ALICE_PASSWORD"},
    )  # fmt: skip
    options["mailboxes"] = [mailgen.ALICE]
    run = harvest(options)
    assert run.of("RecordError") == []
    assert "jane.doe@contoso.example" in run.contacts


def test_login_name_placeholders():
    server = ImapServer(host="h", password={"env": "X"}, login_template="{domain}\\{local}")
    assert imap_access.login_name(server, "jo.ann@corp.example") == "corp.example\\jo.ann"
    assert imap_access.login_name(server, "jo.ann@corp.example", "jann") == "jann"
    with pytest.raises(ValueError, match="unknown placeholder 'user'"):
        ImapServer(host="h", password={"env": "X"}, login_template="{user}")


def test_unknown_mailbox_is_refused_with_its_cause_and_the_rest_goes_on(dovecot, connects):
    options = imap_options(dovecot)
    options["mailboxes"] = [*mailgen.HARVESTED, "nobody@northwind.example"]
    run = harvest(options)
    errors = [e for e in run.of("RecordError") if e.record_key == "nobody@northwind.example"]
    assert len(errors) == 1 and "may be unknown to the server" in errors[0].reason
    assert connects.count("nobody@northwind.example") == 1
    assert run.contacts == EXPECTED_CONTACTS


def _only_error(run) -> str:
    errors = run.of("RecordError")
    assert errors, "expected a setup error"
    assert run.contacts == set() and run.of("Interaction") == []
    return errors[0].reason


def test_tls_against_a_plaintext_port(dovecot, connects):
    run = harvest(imap_options(dovecot, port=dovecot.imap_port))
    reason = _only_error(run)
    assert "does not speak TLS" in reason and "security = 'starttls'" in reason
    assert len(connects) == 1  # not retried, and no other mailbox tried


def test_plaintext_against_the_tls_port(dovecot, connects):
    run = harvest(imap_options(dovecot, security="starttls", timeout=2))
    reason = _only_error(run)
    assert "no IMAP greeting" in reason and "IMAPS (TLS) port" in reason
    assert len(connects) == 1


def test_starttls_not_offered(lab_dovecot, connects):
    run = harvest(imap_options(lab_dovecot, port=lab_dovecot.imap_port, security="starttls"))
    reason = _only_error(run)
    assert "does not offer STARTTLS" in reason and "allow_plaintext" in reason
    assert len(connects) == 1


def test_missing_capability(lab_dovecot, connects):
    options = imap_options(
        lab_dovecot, port=lab_dovecot.imap_port, security="plain", allow_plaintext=True,
        auth="xoauth2", token={"env": "CK_TEST_MASTER_PASSWORD"},
    )  # fmt: skip
    reason = _only_error(harvest(options))
    assert "does not offer XOAUTH2" in reason and "PLAIN" in reason
    assert len(connects) == 1


def test_connection_refused(connects):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nothing listens there
    options = {
        "imap": {"host": "127.0.0.1", "port": port, "auth": "master", "username": "h",
                 "password": {"env": "CK_TEST_MASTER_PASSWORD"}, "retries": 3},
        "mailboxes": list(mailgen.HARVESTED),
    }  # fmt: skip
    reason = _only_error(harvest(options))
    assert "connection refused, nothing listens there" in reason and "imap.port" in reason
    assert len(connects) == 1


def test_a_lab_server_in_plaintext_when_asked(lab_dovecot):
    run = harvest(
        imap_options(
            lab_dovecot, port=lab_dovecot.imap_port, security="plain", allow_plaintext=True
        )
    )
    assert run.contacts == EXPECTED_CONTACTS


def test_a_server_echoing_the_password_never_shows_it(monkeypatch):
    from imapclient.exceptions import LoginError

    monkeypatch.setenv("CK_TEST_ECHO_PASSWORD", "s3cret-Echo!")
    server = ImapServer(
        host="h", auth="master", username="admin", password={"env": "CK_TEST_ECHO_PASSWORD"}
    )

    class EchoingServer:  # what a careless server answers to LOGIN
        def login(self, user: str, password: str) -> None:
            raise LoginError(f'NO [AUTHENTICATIONFAILED] LOGIN {user} "{password}" failed')

    with pytest.raises(imap_access.ImapLoginError) as caught:
        imap_access._login(EchoingServer(), server, "a@corp.example", "a")
    assert "s3cret-Echo!" not in str(caught.value) and "***" in str(caught.value)
