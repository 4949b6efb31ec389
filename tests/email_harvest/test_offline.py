"""The offline harvest: mbox, Maildir and .eml exports, the demo data, resuming, the CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from contactkit.model import Checkpoint, Observation
from contactkit.plugin import Settings
from contactkit.testing import standalone_context
from contactkit_plugins.email_harvest import (
    EmailHarvestSource,
    contactkit_register_commands,
    harvest_options,
)

from . import mailgen
from .helpers import EXPECTED_CONTACTS, Run, harvest, imap_options

SAMPLE = Path(__file__).resolve().parents[2] / "sample" / "mail"


@pytest.fixture
def export(tmp_path: Path) -> Path:
    """The scenario as exports: Alice in mbox files, Bob a Maildir, Carol folders of .eml."""
    placed = mailgen.placement(mailgen.scenario())
    for folder, messages in placed[mailgen.ALICE].items():
        mailgen.write_mbox(tmp_path / mailgen.ALICE / f"{folder}.mbox", messages)
    mailgen.write_maildir(tmp_path / mailgen.BOB, placed[mailgen.BOB])
    for folder, messages in placed[mailgen.CAROL].items():
        mailgen.write_eml(tmp_path / mailgen.CAROL / folder, messages)
    return tmp_path


def _offline(root: Path, **extra) -> dict:
    return {"offline_root": str(root), "blocklist": ["@competitor.example"], **extra}


def test_every_export_format_gives_what_imap_gives(export, dovecot):
    offline = harvest(_offline(export))
    online = harvest(imap_options(dovecot))
    assert offline.contacts == EXPECTED_CONTACTS
    assert sorted(offline.interaction_keys) == sorted(online.interaction_keys)
    assert offline.drop_reasons == online.drop_reasons
    jane_off = offline.observation("jane.doe@contoso.example")
    jane_on = online.observation("jane.doe@contoso.example")
    assert jane_off.contact == jane_on.contact and jane_off.confidence == jane_on.confidence
    assert len(offline.of("RecordError")) == 2


def test_the_demo_export(tmp_path):
    shutil.copytree(SAMPLE, tmp_path / "mail")
    mail = tmp_path / "mail"
    run = harvest(_offline(mail, directory=str(mail / "directory.csv")))
    assert run.contacts == EXPECTED_CONTACTS
    assert run.of("RecordError") == []
    employees = {e.email: e.employee_id for e in run.of("Employee") if e.employee_id}
    assert employees == {mailgen.ALICE: "E100", mailgen.BOB: "E101", mailgen.CAROL: "E102"}
    assert all(i.message_id != "junk1@x.example" for i in run.of("Interaction"))


def test_unchanged_files_are_not_read_again(export):
    first = harvest(_offline(export))
    again = harvest(_offline(export), first.state)
    assert again.of("Interaction") == [] and again.of("Drop") == []
    # a new message appended to Alice's Sent mbox: only that unit is read again
    late = mailgen.late_answer()[0].render(mailgen.NAMES)
    mailgen.write_mbox(export / mailgen.ALICE / "Sent.mbox", [late])
    third = harvest(_offline(export), again.state)
    assert third.contacts == {"pat.cold@leadgen.example"}
    assert {i.message_id for i in third.of("Interaction")} == {
        "late1@northwind.example",
        "cold0@leadgen.example",
        "cold1@leadgen.example",
    }


def test_a_run_that_dies_resumes_from_its_last_checkpoint(export):
    full = harvest(_offline(export, batch_size=10, checkpoint_seconds=0))
    config = EmailHarvestSource.Config.model_validate(
        _offline(export, batch_size=10, checkpoint_seconds=0)
    )
    source = EmailHarvestSource(
        config, standalone_context(Settings(company_domains=[mailgen.COMPANY]))
    )
    stored, pending, checkpoints = [], [], 0
    for item in source.read({}):
        pending.append(item)
        if isinstance(item, Checkpoint):
            stored += pending  # what the host commits with the checkpoint
            pending = []
            checkpoints += 1
            if checkpoints == 3:
                break  # the process dies here; what came after is lost
    first = Run(stored)
    second = harvest(_offline(export, batch_size=10, checkpoint_seconds=0), first.state)
    assert set(first.interaction_keys) | set(second.interaction_keys) == set(full.interaction_keys)
    assert first.contacts | second.contacts == EXPECTED_CONTACTS
    automated = lambda run: sum(1 for d in run.of("Drop") if d.reason.startswith("automated"))  # noqa: E731
    assert automated(first) + automated(second) == automated(full)


def test_contacts_come_out_in_one_order_however_the_checkpoint_was_rebuilt(export):
    # A resumed run rebuilds its pending contacts from the store's checkpoint entries, in the
    # store's order; observation ids and signature votes follow the order they come out in.
    options = _offline(export, batch_size=10, checkpoint_seconds=0)
    full = harvest(options)
    config = EmailHarvestSource.Config.model_validate(options)
    source = EmailHarvestSource(
        config, standalone_context(Settings(company_domains=[mailgen.COMPANY]))
    )
    stored: list = []
    for item in source.read({}):
        if isinstance(item, Observation):
            break  # the process dies as the contacts start coming out
        stored.append(item)
    source.close()
    state = Run(stored).state
    assert len(state["touched"]) > 1
    shuffled = {**state, "touched": dict(reversed(list(state["touched"].items())))}
    order = [o.source_key for o in full.of("Observation")]
    for resumed in (harvest(options, state), harvest(options, shuffled)):
        assert [o.source_key for o in resumed.of("Observation")] == order
        assert resumed.state["sig"] == full.state["sig"]


def test_offline_mailbox_with_explicit_owner_and_missing_path(export, tmp_path):
    options = {
        "offline": [
            {"path": str(export / mailgen.BOB), "owner": mailgen.BOB},
            {"path": str(tmp_path / "nope")},
        ]
    }
    run = harvest(options)
    assert "max.mueller@fabrikam.de" in run.contacts
    assert any(e.reason == "mailbox path does not exist" for e in run.of("RecordError"))


def test_config_needs_a_source_of_mail():
    with pytest.raises(ValueError, match="imap"):
        EmailHarvestSource.Config.model_validate({})
    with pytest.raises(ValueError, match="never inline"):
        EmailHarvestSource.Config.model_validate(
            {"imap": {"host": "h", "password": "hunter2"}, "mailboxes": ["a@b.example"]}
        )


def test_harvest_command_maps_options_and_secrets_by_reference():
    options = harvest_options(
        host="imap.northwind.example", starttls=True, auth="master", username="admin",
        password_env="IMAP_ADMIN_PASSWORD", mailboxes=("a@northwind.example",),
        company_domains=("northwind.example",),
    )  # fmt: skip
    config = EmailHarvestSource.Config.model_validate(options)
    assert config.imap.security == "starttls" and config.imap.password.env == "IMAP_ADMIN_PASSWORD"
    assert config.mailboxes == ["a@northwind.example"]

    @click.group()
    def cli() -> None:
        pass

    contactkit_register_commands(cli)
    result = CliRunner().invoke(cli, ["harvest", "--help"])
    assert result.exit_code == 0 and "--offline" in result.output


def test_harvest_command_end_to_end(tmp_path):
    from contactkit import cli as cli_module

    cli_module._attach_plugin_commands()  # what main() does before running the group
    cli = cli_module.cli

    shutil.copytree(SAMPLE, tmp_path / "mail")
    (tmp_path / "contactkit.toml").write_text('[company]\ndomains = ["northwind.example"]\n')
    db = tmp_path / "store.db"
    result = CliRunner().invoke(
        cli,
        ["-c", str(tmp_path / "contactkit.toml"), "--db", str(db), "harvest",
         "--offline", str(tmp_path / "mail"), "--blocklist", "@competitor.example"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    from contactkit.store import Store

    store = Store(f"sqlite:///{db}")
    try:
        counts = store.counts()
        relationships = store.relationships_by_golden()
    finally:
        store.close()
    assert counts["observations"] == len(EXPECTED_CONTACTS)
    assert counts["employees"] == 4  # three mailboxes and a colleague on a subdomain
    assert counts["interactions"] == 20  # 21 in the mail, one (jane, bob, sent) only via cc
    assert relationships  # the core derived who-knows-whom from the interactions


def test_signature_votes_carry_over_to_later_runs(export):
    first = harvest(_offline(export))
    jane = first.observation("jane.doe@contoso.example")
    assert jane.contact.organization.name == "Contoso Ltd"
    note = mailgen.Mail(
        "jane.doe@contoso.example", [mailgen.ALICE], "Re: Q2 order for Contoso", "Thanks!",
        msgid="later@contoso.example", in_reply_to="m00001.alice.smith@northwind.example",
        at=mailgen.BASE + 40 * mailgen.timedelta(days=1),
    )  # fmt: skip
    names = {**mailgen.NAMES, **mailgen.EXTERNAL_NAMES}
    mailgen.write_mbox(export / mailgen.ALICE / "INBOX.mbox", [note.render(names)])
    second = harvest(_offline(export), first.state)
    assert second.contacts == {"jane.doe@contoso.example"}
    later = second.observation("jane.doe@contoso.example")
    # no signature in the new message: what earlier runs saw still stands
    assert later.contact.organization.name == "Contoso Ltd"
    assert later.contact.title == "Head of Procurement"
    assert later.contact.name.full == "Jane Doe"
    for field in ("organization", "title", "phones"):
        assert later.confidence[field] == jane.confidence[field]


def test_checkpoints_carry_only_what_changed(export):
    from contactkit.model import Checkpoint

    first = harvest(_offline(export))
    deltas = [c for c in first.of("Checkpoint") if isinstance(c, Checkpoint)]
    assert deltas and all(c.delta for c in deltas)
    assert first.state["qualified"].keys() >= EXPECTED_CONTACTS and first.state["touched"] == {}
    again = harvest(_offline(export), first.state)
    # nothing new was read: no folder, address or thread entry is written again
    assert all(set(c.state) <= {"v", "seq", "tseq"} for c in again.of("Checkpoint"))


def test_a_state_from_before_deltas_is_taken_over(export):
    first = harvest(_offline(export))
    s = first.state
    old = {  # what version 1 kept: one nested 'gate' section
        "v": 1,
        "folders": s["folders"],
        "gate": {"qualified": sorted(s["qualified"]), "emp_threads": list(s["threads"]),
                 "pending": s["pending"], "touched": {}, "sig": s["sig"], "seq": s["seq"]},
    }  # fmt: skip
    again = harvest(_offline(export), old)
    assert again.of("Interaction") == [] and again.of("Drop") == []
    assert again.state["qualified"] == s["qualified"] and again.state["v"] == 2
