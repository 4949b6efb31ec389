"""``contactkit harvest``: reasons instead of pydantic links, a plaintext lab option, and the
config's ``[[sources]]`` as the base (one checkpoint shared with ``contactkit run``)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from contactkit import cli as cli_module
from contactkit.store import Store

from . import mailgen
from .dovecot_server import MASTER_USER
from .helpers import EXPECTED_CONTACTS


@pytest.fixture(scope="module", autouse=True)
def _commands():
    cli_module._attach_plugin_commands()  # what main() does before running the group


def _invoke(tmp_path, *args: str, config: str | None = None):
    path = tmp_path / "contactkit.toml"
    if config is not None:
        path.write_text(config, encoding="utf-8")
    base = ["--db", str(tmp_path / "store.db"), "-c", str(path), "harvest"]
    return CliRunner().invoke(cli_module.cli, [*base, *args])


def test_a_bad_option_says_why_not_where_to_read(tmp_path):
    result = _invoke(tmp_path, "--host", "imap.example", "--auth", "master")
    assert result.exit_code == cli_module.EXIT_USAGE
    assert "errors.pydantic.dev" not in result.output
    assert "auth = 'master' needs password" in result.output
    result = _invoke(tmp_path, "--port", "993", "--mailbox", "a@northwind.example")
    assert "imap.host: Field required" in result.output


def test_plaintext_needs_the_explicit_option_and_reaches_a_lab_server(lab_dovecot, tmp_path):
    args = ["--host", lab_dovecot.host, "--port", str(lab_dovecot.imap_port), "--auth", "master",
            "--user", MASTER_USER, "--password-env", "CK_TEST_MASTER_PASSWORD",
            "--company-domain", mailgen.COMPANY, "--blocklist", "@competitor.example",
            *[a for m in mailgen.HARVESTED for a in ("--mailbox", m)]]  # fmt: skip
    without = _invoke(tmp_path, *args)
    assert "does not speak TLS" in without.output  # TLS is the default: it says what is wrong
    result = _invoke(tmp_path, *args, "--plaintext")
    assert result.exit_code == cli_module.EXIT_FAILED_RECORDS, result.output  # two bad headers
    assert _contacts(tmp_path) == EXPECTED_CONTACTS
    clash = _invoke(tmp_path, *args, "--plaintext", "--starttls")
    assert "--starttls and --plaintext exclude each other" in clash.output


def test_the_configs_source_is_the_base_and_its_checkpoint_is_shared(dovecot, tmp_path):
    (tmp_path / "certs").mkdir()
    (tmp_path / "certs" / "ca.pem").write_bytes(dovecot.cert.read_bytes())
    config = f"""
[company]
domains = ["{mailgen.COMPANY}"]

[[sources]]
type = "email_harvest"
name = "company-mail"
mailboxes = {list(mailgen.HARVESTED)!r}
blocklist = ["@competitor.example"]

[sources.imap]
host = "{dovecot.host}"
port = {dovecot.imaps_port}
ca_file = "certs/ca.pem"
auth = "master"
username = "{MASTER_USER}"
password = {{ env = "CK_TEST_MASTER_PASSWORD" }}
"""
    first = _invoke(tmp_path, "--max-connections", "2", config=config)
    assert first.exit_code == cli_module.EXIT_FAILED_RECORDS, first.output
    assert _contacts(tmp_path) == EXPECTED_CONTACTS
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        assert store.load_checkpoint("company-mail")["folders"]  # the config's instance name
    finally:
        store.close()
    again = _invoke(tmp_path, config=config)  # nothing new: the checkpoint is honoured
    assert "undecodable" not in again.output and again.exit_code == 0, again.output
    source = config[config.index("[[sources]]") :]
    several = config + source.replace('"company-mail"', '"other"')
    assert "pick --source" in _invoke(tmp_path, config=several).output
    assert (
        "no source named 'x' in the config"
        in _invoke(tmp_path, "--source", "x", config=config).output
    )


def _contacts(tmp_path) -> set[str]:
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        return {o.source_key for o in store.contact_observations()}
    finally:
        store.close()
