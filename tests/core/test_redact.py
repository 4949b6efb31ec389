"""Secrets stay secret: a password a server echoes back is scrubbed from every output."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from contactkit.cli import cli
from contactkit.redact import REDACTOR, RedactingFilter, Redactor, scrub
from contactkit.secrets import SecretRef

from .echo_imap import EchoingImapServer

PASSWORD = 'Tr0ub4dor "and" 3\\x'


@pytest.fixture(autouse=True)
def _no_known_secrets():
    REDACTOR.forget_all()
    yield
    REDACTOR.forget_all()


def test_a_revealed_secret_is_scrubbed_in_every_form(monkeypatch) -> None:
    monkeypatch.setenv("CK_REDACT_PW", PASSWORD)
    assert SecretRef(env="CK_REDACT_PW").reveal() == PASSWORD
    imap_echo = 'a1 NO LOGIN bob "Tr0ub4dor \\"and\\" 3\\\\x" failed'
    assert PASSWORD not in scrub(imap_echo) and "Tr0ub4dor" not in scrub(imap_echo)
    assert scrub(imap_echo) == 'a1 NO LOGIN bob "***" failed'
    assert "Tr0ub4dor" not in scrub(repr(PASSWORD.encode()))
    assert "Tr0ub4dor" not in scrub("https://x/?p=Tr0ub4dor%20%22and%22%203%5Cx")


def test_a_short_secret_is_masked_as_a_word_only() -> None:
    redactor = Redactor()
    redactor.remember("s")
    redactor.remember("pw1")
    assert redactor.scrub("card_scan: pw1 is wrong, s too") == "card_scan: *** is wrong, *** too"
    assert redactor.scrub('LOGIN bob "pw1"') == 'LOGIN bob "***"'


def test_a_secret_inside_another_is_masked_whole() -> None:
    redactor = Redactor()
    redactor.remember("abc")
    redactor.remember("xxabcxx")
    assert redactor.scrub("token xxabcxx and abc") == "token *** and ***"
    assert redactor.scrub_data({"k": ["abc", 1]}) == {"k": ["***", 1]}


def test_log_records_are_scrubbed_with_their_arguments_and_tracebacks() -> None:
    REDACTOR.remember("hunter22")
    record = logging.LogRecord("x", logging.DEBUG, __file__, 1, "sent %s", ("hunter22",), None)
    try:
        raise RuntimeError("server said hunter22")
    except RuntimeError as exc:
        record.exc_info = (type(exc), exc, exc.__traceback__)
    RedactingFilter().filter(record)
    assert record.getMessage() == "sent ***"
    assert "hunter22" not in (record.exc_text or "") and "server said ***" in record.exc_text


def test_password_echoed_by_an_imap_server_goes_nowhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = EchoingImapServer()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CK_ECHO_PW", PASSWORD)
    (tmp_path / "contactkit.toml").write_text(
        f"""
[[sources]]
type = "email_harvest"
mailboxes = ["bob@corp.example"]
[sources.imap]
host = "127.0.0.1"
port = {server.port}
security = "plain"
allow_plaintext = true
username = "bob"
password = {{ env = "CK_ECHO_PW" }}
retries = 0
[[sinks]]
type = "csv"
path = "out.csv"
"""
    )
    try:
        result = CliRunner().invoke(cli, ["--debug", "run"])
    finally:
        server.close()
    assert server.logins >= 1
    assert "login to bob@corp.example" in result.output  # the error itself is reported
    assert "Tr0ub4dor" not in result.output
    for name in ("contactkit.db", "contactkit.db-wal"):
        path = tmp_path / name
        if path.exists():
            assert b"Tr0ub4dor" not in path.read_bytes(), name


def test_a_source_command_reads_its_secrets_before_it_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from contactkit.cli import _attach_plugin_commands

    _attach_plugin_commands()
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CK_NO_PW", raising=False)
    result = CliRunner().invoke(
        cli,
        [
            "harvest",
            "--host",
            "127.0.0.1",
            "--password-env",
            "CK_NO_PW",
            "--mailbox",
            "a@b.example",
        ],
    )
    assert result.exit_code == 2
    assert "email_harvest.imap.password: secret not set: environment variable CK_NO_PW" in (
        result.output
    )
    assert not (tmp_path / "contactkit.db").exists()
