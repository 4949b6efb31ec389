"""The harvest against a real Dovecot: TLS, every login kind, folders, filters, the gate."""

from __future__ import annotations

import re

import imapclient
import pytest
from pydantic import ValidationError

from contactkit.model import InteractionRole
from contactkit_plugins.email_harvest import EmailHarvestSource

from . import mailgen
from .helpers import EXPECTED_CONTACTS, PASSWORDS, harvest, imap_options


@pytest.fixture(scope="module")
def master_run(dovecot):
    return harvest(imap_options(dovecot))


def test_master_user_over_imaps_finds_exactly_the_business_contacts(master_run):
    assert master_run.contacts == EXPECTED_CONTACTS
    assert not master_run.of("RecordError") or all(
        "broken.example" not in e.record_key for e in master_run.of("RecordError")
    )


def test_each_drop_is_counted_by_reason(master_run):
    reasons = master_run.drop_reasons
    assert reasons["automated: Precedence"] == 6  # the newsletter, in Alice's INBOX
    assert reasons["automated: bulk-mail provider"] == 6
    assert reasons["automated: Auto-Submitted"] == 7  # six notifications, one out-of-office
    assert reasons["automated: delivery report"] == 1
    assert reasons["cold: wrote, never answered"] == 1  # pat.cold
    assert reasons["mass mail only: never written to directly"] == 20
    dropped = {d.record_key: d.reason for d in master_run.of("Drop")}
    assert dropped["sales@contoso.example"] == "role or no-reply address"
    assert dropped["spy@competitor.example"] == "blocklisted"
    assert dropped["temp.user@mailinator.com"] == "disposable domain"


def test_malformed_headers_are_record_errors_and_the_harvest_goes_on(master_run):
    reasons = sorted(e.reason for e in master_run.of("RecordError"))
    assert reasons == ["no From header", "undecodable encoded-word in From: LookupError"]
    assert all(
        e.record_key.startswith(mailgen.BOB + "/INBOX/") for e in master_run.of("RecordError")
    )


def test_junk_folder_is_never_read(master_run):
    assert all(i.message_id != "junk1@x.example" for i in master_run.of("Interaction"))
    assert all(d.record_key != "junk1@x.example" for d in master_run.of("Drop"))


def test_interactions_carry_role_thread_and_reply(master_run):
    jane = [
        i for i in master_run.of("Interaction") if i.contact_email == "jane.doe@contoso.example"
    ]
    roles = {(i.employee_email, i.role) for i in jane}
    assert roles == {
        (mailgen.ALICE, InteractionRole.SENT),
        (mailgen.ALICE, InteractionRole.RECEIVED),
        (mailgen.BOB, InteractionRole.SENT),
        (mailgen.BOB, InteractionRole.RECEIVED),
    }
    first = next(i for i in jane if i.message_id == "m00001.alice.smith@northwind.example")
    reply = next(i for i in jane if i.message_id == "m00002.jane.doe@contoso.example")
    assert not first.is_reply and reply.is_reply
    assert first.thread_id == reply.thread_id
    # a message held by two mailboxes is one interaction per (employee, contact, role)
    keys = master_run.interaction_keys
    assert len(keys) == len(set(keys))


def test_reply_in_thread_qualifies_the_original_sender(master_run):
    tom = [i for i in master_run.of("Interaction") if i.contact_email == "tom.lee@tailspin.example"]
    assert [i.role for i in tom] == [InteractionRole.RECEIVED]


def test_signatures_give_title_company_phones_with_vote_confidence(master_run):
    jane = master_run.observation("jane.doe@contoso.example")
    assert jane.contact.title == "Head of Procurement"  # twice, vs "Senior Buyer" once
    assert jane.confidence["title"] == 0.7
    assert jane.contact.organization.name == "Contoso Ltd"
    assert {p.e164 for p in jane.contact.phones} == {"+14155550132", "+14155550199"}
    assert {p.kind for p in jane.contact.phones} == {"work", "cell"}
    # Alice's signature was quoted in Jane's reply: her number is not Jane's
    assert all(p.e164 != "+12065550100" for p in jane.contact.phones)
    max_ = master_run.observation("max.mueller@fabrikam.de")
    assert max_.contact.name.full == "Max Müller"
    assert max_.contact.organization.name == "Fabrikam GmbH"


def test_free_mail_person_has_no_company_and_domain_names_are_weak(master_run):
    sam = master_run.observation("sam.carter77@gmail.com")
    assert sam.contact.organization is None
    kim = master_run.observation("kim.park@tailspin.example")
    assert kim.contact.organization.name == "Tailspin"
    assert kim.confidence["organization"] == 0.3


def test_employees_and_colleagues_are_employee_records(master_run):
    employees = {e.email: e.name for e in master_run.of("Employee")}
    assert employees[mailgen.ALICE] == "Alice Smith"
    assert "dave.brown@eu.northwind.example" in employees  # subdomain of the company
    assert not any(e.endswith("northwind.example") for e in master_run.contacts)


def test_checkpoint_state_is_json(master_run):
    import json

    state = json.loads(json.dumps(master_run.state))
    folders = state["folders"]
    assert f"imap:{mailgen.ALICE}/INBOX" in folders
    assert f"imap:{mailgen.ALICE}/Junk" not in folders
    assert state["touched"] == {} and state["v"] == 2


def _answers_from_outside(mails: list[mailgen.Mail]) -> int:
    """Inbox copies of the replies with "Re:" that correspondents outside the company sent."""
    count = 0
    for mail in mails:
        domain = mail.sender.rpartition("@")[2]
        inside = domain == mailgen.COMPANY or domain.endswith("." + mailgen.COMPANY)
        if inside or not mail.in_reply_to or not mail.subject.startswith("Re: "):
            continue
        inboxes = [r for r in dict.fromkeys(mail.to + mail.cc) if r in mailgen.HARVESTED]
        count += len(inboxes)
    return count


def test_headers_only_then_partial_bodies(dovecot):
    """Dovecot's own counters: the header pass reads no body but of the messages whose headers
    ask for a look inside: the delivery report, the auto-reply, and the first KB of each reply
    from outside (an auto-reply that kept "Re:" is known by its first lines only)."""
    answers = _answers_from_outside(mailgen.scenario())
    assert answers == 6
    before = dovecot.mark()
    harvest({**imap_options(dovecot), "signatures": False})
    log = dovecot.sessions_log(before)
    bodies = [int(n) for n in re.findall(r"body_count=(\d+)", log)]
    headers = [int(n) for n in re.findall(r"hdr_count=(\d+)", log)]
    assert bodies and sum(bodies) == 2 + answers
    placed = mailgen.placement(mailgen.scenario())
    # every message's header once: a look inside reads the text only (the header pass already
    # holds its content type)
    assert sum(headers) == sum(
        len(v) for box in placed.values() for k, v in box.items() if k != "Junk"
    )
    before = dovecot.mark()
    harvest(imap_options(dovecot))
    log = dovecot.sessions_log(before)
    body_bytes = sum(int(n) for n in re.findall(r"body_bytes=(\d+)", log))
    assert 0 < body_bytes <= 4096 * 3 * len(EXPECTED_CONTACTS) + 1024 * answers


def test_starttls_with_sasl_plain_authorization_identity(dovecot):
    options = imap_options(
        dovecot, port=dovecot.imap_port, security="starttls", auth="sasl_plain_authzid"
    )
    assert harvest(options).contacts == EXPECTED_CONTACTS


def test_password_login_of_one_mailbox(dovecot):
    options = imap_options(dovecot, auth="password", username=None)
    options["imap"]["password"] = {"env": "CK_TEST_ALICE_PASSWORD"}
    options["mailboxes"] = [mailgen.ALICE]
    run = harvest(options)
    assert "jane.doe@contoso.example" in run.contacts
    assert "max.mueller@fabrikam.de" not in run.contacts  # only in Bob's mailbox


def test_xoauth2_token_from_a_command(dovecot):
    # Dovecot here checks the bearer token against its passdb, standing in for an IdP
    options = imap_options(dovecot, auth="xoauth2", username=None, password=None)
    options["imap"]["token"] = {"command": f"echo {PASSWORDS[mailgen.ALICE]}"}
    options["mailboxes"] = [mailgen.ALICE]
    assert "omar.haddad@litware.example" in harvest(options).contacts


def test_wrong_password_is_a_one_line_error_without_the_secret(dovecot, monkeypatch):
    monkeypatch.setenv("CK_TEST_MASTER_PASSWORD", "not-the-password")
    run = harvest(imap_options(dovecot))
    errors = run.of("RecordError")
    # three refused logins and none accepted: the credentials are wrong, the harvest stops
    assert [e.reason for e in errors if "refused" in e.reason][-1].startswith(
        "the first 3 logins were refused and none accepted: check imap.username, the password"
    )
    assert all("\n" not in e.reason and "not-the-password" not in e.reason for e in errors)
    assert run.contacts == set()


def test_tls_is_verified_by_default(dovecot):
    options = imap_options(dovecot)
    del options["imap"]["ca_file"]  # the self-signed cert is not trusted without it
    run = harvest(options)
    assert run.contacts == set()
    assert any("SSL" in e.reason or "certificate" in e.reason for e in run.of("RecordError"))


def test_plain_imap_needs_an_explicit_setting(dovecot):
    options = imap_options(dovecot, port=dovecot.imap_port, security="plain")
    with pytest.raises(ValidationError, match="allow_plaintext"):
        EmailHarvestSource.Config.model_validate(options)
    options["imap"]["allow_plaintext"] = True
    assert harvest(options).contacts == EXPECTED_CONTACTS


def test_status_skips_folders_with_nothing_new(dovecot):
    first = harvest(imap_options(dovecot))
    before = dovecot.mark()
    again = harvest(imap_options(dovecot), first.state)
    assert again.of("Interaction") == [] and again.of("Observation") == []
    assert again.state["folders"] == first.state["folders"]
    hdr = [int(n) for n in re.findall(r"hdr_count=(\d+)", dovecot.sessions_log(before))]
    assert sum(hdr) == 0


def _client(server, user):
    import ssl

    ctx = ssl.create_default_context(cafile=str(server.cert))
    client = imapclient.IMAPClient(server.host, port=server.imaps_port, ssl=True, ssl_context=ctx)
    client.login(user, PASSWORDS[user])
    return client


def test_cold_sender_answered_in_a_later_run_becomes_a_contact(fresh_dovecot):
    first = harvest(imap_options(fresh_dovecot))
    assert "pat.cold@leadgen.example" not in first.contacts
    client = _client(fresh_dovecot, mailgen.ALICE)
    for mail in mailgen.late_answer():
        client.append("Sent", mail.render(mailgen.NAMES))
    client.logout()
    second = harvest(imap_options(fresh_dovecot), first.state)
    assert second.contacts == {"pat.cold@leadgen.example"}
    pat = sorted((i.role, i.message_id) for i in second.of("Interaction"))
    assert pat == [
        (InteractionRole.RECEIVED, "cold0@leadgen.example"),
        (InteractionRole.RECEIVED, "cold1@leadgen.example"),
        (InteractionRole.SENT, "late1@northwind.example"),
    ]
    assert second.observation("pat.cold@leadgen.example").contact.name.full == "Pat Cold"


def test_changed_uidvalidity_resyncs_the_folder(fresh_dovecot):
    first = harvest(imap_options(fresh_dovecot))
    key = f"imap:{mailgen.CAROL}/Sent"
    client = _client(fresh_dovecot, mailgen.CAROL)
    client.select_folder("Sent")
    messages = client.fetch(client.search(), [b"RFC822"])
    client.unselect_folder()
    client.delete_folder("Sent")  # recreated with the same mail: a new UIDVALIDITY
    client.create_folder("Sent")
    for data in messages.values():
        client.append("Sent", data[b"RFC822"])
    client.logout()
    second = harvest(imap_options(fresh_dovecot), first.state)
    assert second.state["folders"][key]["uidvalidity"] != first.state["folders"][key]["uidvalidity"]
    # the folder was read again from the start: Carol's sent interactions come back
    sent = {i.contact_email for i in second.of("Interaction") if i.role == "sent"}
    assert sent == {
        "sam.carter77@gmail.com",
        "priya.nair@woodgrove.example",
        "li.wei@adatum.example",
    }
    assert second.of("RecordError") == []


def test_fast_header_reader_matches_imapclient(dovecot):
    from imapclient import IMAPClient

    from contactkit_plugins.email_harvest import imap_access, imap_fetch

    config = EmailHarvestSource.Config.model_validate(imap_options(dovecot))
    client: IMAPClient = imap_access.connect(config.imap, mailgen.BOB)
    try:
        client.select_folder("INBOX", readonly=True)
        uids = client.search()
        fast = imap_fetch._fetch_headers_raw(client, uids, imap_fetch.HEADER_ITEM)
        careful = client.fetch(uids, [b"INTERNALDATE", imap_fetch.HEADER_ITEM])
    finally:
        imap_access.close(client)
    assert [uid for uid, _, _ in fast] == sorted(careful) and len(fast) == 16
    for uid, block, internal in fast:
        data = careful[uid]
        assert block == next(v for k, v in data.items() if k.startswith(b"BODY[HEADER"))
        assert internal == data[b"INTERNALDATE"]
        assert b"MIME-Version:" not in block  # only the fields asked for


def test_directory_names_the_mailboxes_and_the_employees(dovecot, tmp_path):
    directory = tmp_path / "staff.csv"
    directory.write_text(
        "email,name,employee_id\n"
        "alice.smith@northwind.example,Alice Smith,E1\n"
        "BOB.JONES@northwind.example,Bob Jones,E2\n"
        "carol.white@northwind.example,Carol White,\n"
        "not-an-address,Nobody,E9\n"
    )
    options = imap_options(dovecot)
    del options["mailboxes"]
    options["directory"] = str(directory)
    run = harvest(options)
    assert run.contacts == EXPECTED_CONTACTS
    ids = {e.email: e.employee_id for e in run.of("Employee")}
    assert ids[mailgen.ALICE] == "E1" and ids[mailgen.BOB] == "E2" and ids[mailgen.CAROL] is None
    bad = [e for e in run.of("RecordError") if "staff.csv" in e.record_key]
    assert len(bad) == 1 and bad[0].record_key.endswith(":5") and "not-an-address" in bad[0].reason


def test_imap_needs_mailboxes_or_a_directory(dovecot):
    options = imap_options(dovecot)
    del options["mailboxes"]
    with pytest.raises(ValidationError, match="mailboxes"):
        EmailHarvestSource.Config.model_validate(options)


def test_progress_bars_per_mailbox_and_overall(dovecot):
    from contextlib import contextmanager

    bars: dict[str, list[int | None]] = {}

    class Bar:
        def __init__(self, label, total):
            self.label = label
            bars[label] = [total, 0]

        def advance(self, amount=1):
            bars[self.label][1] += amount

        def set_total(self, total):
            bars[self.label][0] = total

    @contextmanager
    def progress(label, total=None):
        yield Bar(label, total)

    harvest(imap_options(dovecot), progress=progress)
    placed = mailgen.placement(mailgen.scenario())
    for mailbox in mailgen.HARVESTED:
        n = sum(len(v) for k, v in placed[mailbox].items() if k != "Junk")
        assert bars[f"email_harvest: {mailbox}"] == [n, n]
    assert bars["email_harvest: all mailboxes"] == [54, 54]


def test_harvest_command_over_imap(dovecot, tmp_path):
    from click.testing import CliRunner

    from contactkit import cli as cli_module
    from contactkit.store import Store

    cli_module._attach_plugin_commands()  # what main() does before running the group
    args = ["--db", str(tmp_path / "store.db"), "-c", str(tmp_path / "none.toml"), "harvest",
            "--host", dovecot.host, "--port", str(dovecot.imaps_port),
            "--ca-file", str(dovecot.cert),
            "--auth", "master", "--user", "harvester", "--password-env", "CK_TEST_MASTER_PASSWORD",
            "--company-domain", mailgen.COMPANY, "--blocklist", "@competitor.example"]  # fmt: skip
    for mailbox in mailgen.HARVESTED:
        args += ["--mailbox", mailbox]
    result = CliRunner().invoke(cli_module.cli, args)
    # a partial run (the two malformed messages are errors) exits with its own code
    assert result.exit_code == cli_module.EXIT_FAILED_RECORDS, result.output
    assert "undecodable encoded-word in From" in result.output
    assert "master-secret" not in result.output
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        assert store.counts()["observations"] == len(EXPECTED_CONTACTS)
    finally:
        store.close()


def test_xoauth2_one_token_per_mailbox(dovecot):
    # Google Workspace style: a helper mints a token for each mailbox ({mailbox} in the command)
    options = imap_options(dovecot, auth="xoauth2", username=None, password=None)
    mint = "import sys; print('pw-' + sys.argv[1].split('@')[0])"
    options["imap"]["token"] = {"command": f'python3 -c "{mint}" {{mailbox}}'}
    run = harvest(options)
    assert not [e for e in run.of("RecordError") if "login" in e.reason]
    assert run.contacts == EXPECTED_CONTACTS
