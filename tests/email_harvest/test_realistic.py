"""What a real rollout meets, against the real Dovecot (``realistic_dovecot``): bounces,
out-of-office replies, a contact who left, lists, aliases, invitations, "Last, First" names,
pathological messages, and results that do not depend on the order mailboxes are read in."""

from __future__ import annotations

import pytest

from contactkit.config import config_from_dict
from contactkit.model import InteractionRole
from contactkit.pipeline import Pipeline
from contactkit.records import golden_records
from contactkit.store.base import as_utc

from . import mailgen, realistic
from .helpers import EXPECTED_CONTACTS, harvest, imap_options


def _options(server, tmp_path, mailboxes=None, **imap):
    options = imap_options(server, login_template="{local}", **imap)
    directory = tmp_path / "staff.csv"
    directory.write_text(realistic.DIRECTORY, encoding="utf-8")
    options["directory"] = str(directory)
    if mailboxes is not None:
        options["mailboxes"] = mailboxes
        options["harvest_directory"] = False
    return options


@pytest.fixture(scope="module")
def run(realistic_dovecot, tmp_path_factory):
    return harvest(_options(realistic_dovecot, tmp_path_factory.mktemp("r")))


def test_exactly_the_business_contacts(run):
    assert run.contacts == EXPECTED_CONTACTS | realistic.EXPECTED_NEW


def test_a_mistyped_address_that_bounced_is_no_contact(run):
    bounces = {b.email: b for b in run.of("Bounce")}
    assert set(bounces) == {realistic.MISTYPED, realistic.DEAD, realistic.LEAVER}
    mistyped = bounces[realistic.MISTYPED]
    assert not mistyped.left and mistyped.detail == "DSN 5.1.1"
    dropped = {d.record_key: d.reason for d in run.of("Drop")}
    assert dropped[realistic.MISTYPED] == "bounced, never wrote (mistyped address?)"
    assert realistic.JON in run.contacts  # the address it was resent to
    assert realistic.DEAD in run.contacts  # a real partner whose address died: kept, bounced


def test_out_of_office_without_headers_is_never_a_reply(run):
    dropped = {d.record_key: d.reason for d in run.of("Drop")}
    assert dropped["ooo-de@crowd1.example"] == "automated: out-of-office"
    assert dropped["ooo-en@crowd2.example"] == "automated: out-of-office"
    assert not set(realistic.OOO_SENDERS) & run.contacts
    # known by its body only: not a reply either (Priya stays a contact: Carol wrote to her)
    assert dropped["ooo-body@woodgrove.example"] == "automated: out-of-office"
    assert all(i.message_id != "ooo-body@woodgrove.example" for i in run.of("Interaction"))
    assert not any(c.endswith(".example") and c.startswith("person") for c in run.contacts)


def test_an_auto_reply_that_keeps_re_is_no_reply_either(run):
    dropped = {d.record_key: d.reason for d in run.of("Drop")}
    for i in range(len(realistic.RE_OOO_SENDERS)):
        assert dropped[f"re-ooo{i}@crowd.example"] == "automated: out-of-office"
    assert not set(realistic.RE_OOO_SENDERS) & run.contacts
    # a person's "Re:" that mentions their leave, quoting an absence notice, is a reply
    [jon] = [i for i in run.of("Interaction") if i.contact_email == realistic.JON and i.is_reply]
    assert jon.employee_email == mailgen.ALICE


def test_an_auto_reply_saying_the_person_left_is_a_departure(run):
    left = [b for b in run.of("Bounce") if b.left]
    assert [b.email for b in left] == [realistic.LEAVER]


def test_list_addresses_and_list_traffic_are_no_contacts(run):
    dropped = {d.record_key: d.reason for d in run.of("Drop")}
    assert dropped[realistic.LIST] == "mailing-list address"
    assert realistic.LIST_HUMAN not in run.contacts


def test_aliases_fold_into_one_employee(run):
    employees = {e.email for e in run.of("Employee")}
    aliases = {*realistic.ALICE_ALIASES, realistic.BOB_LEARNED}
    assert not employees & aliases
    assert employees >= set(mailgen.HARVESTED)
    nina = {i.employee_email for i in run.of("Interaction") if i.contact_email == realistic.NINA}
    assert nina == {mailgen.ALICE}
    jon = {i.employee_email for i in run.of("Interaction") if i.contact_email == realistic.JON}
    assert jon == {mailgen.ALICE, mailgen.BOB}  # Bob wrote from his group address


def test_an_invitation_is_a_meeting_with_every_outside_attendee(run):
    met = {
        (i.employee_email, i.contact_email)
        for i in run.of("Interaction")
        if i.role is InteractionRole.MEETING
    }
    assert met == {(mailgen.ALICE, realistic.ORGANIZER), (mailgen.ALICE, realistic.GUEST)}


def test_last_first_display_names(run):
    assert run.observation(realistic.LAST_FIRST).contact.name.full == "John Doe"


def test_pathological_messages_are_dropped_and_counted(run):
    reasons = run.drop_reasons
    assert reasons["pathological: header over 256 KB"] == 1
    assert reasons["pathological: over 1000 recipients"] == 1


def test_the_same_whatever_the_order_of_the_mailboxes(realistic_dovecot, tmp_path, run):
    backwards = harvest(
        _options(realistic_dovecot, tmp_path, list(reversed(mailgen.HARVESTED)), max_connections=1)
    )
    assert sorted(backwards.interaction_keys) == sorted(run.interaction_keys)
    busy = [k for k in run.interaction_keys if k[1] == realistic.BUSY]
    # 28 messages waited; the newest 20 (by a total order) count, plus Bob's answer
    assert len([k for k in busy if k[3] == "received"]) == 20
    assert len([k for k in busy if k[3] == "sent"]) == 1
    assert {o.source_key: o.contact for o in backwards.of("Observation")} == {
        o.source_key: o.contact for o in run.of("Observation")
    }


def _into_store(options, db):
    """Harvest into a fresh store (a SQLite file's path, or a URL): golden records by email,
    their meta, interactions."""
    config = config_from_dict(
        {
            "store": {"url": db if isinstance(db, str) else f"sqlite:///{db}"},
            "company": {"domains": [mailgen.COMPANY]},
            "sources": [{"type": "email_harvest", **options}],
        }
    )
    pipeline = Pipeline(config)
    try:
        pipeline.run()
        records = {r.contact.emails[0]: r for r in golden_records(pipeline.store)}
        meta = pipeline.store.golden_meta()
        # message and thread ids are digests keyed per store: compared by everything else
        rows = pipeline.store.interaction_rows()
        interactions = sorted(
            (r.employee_email, r.contact_email, r.role, as_utc(r.at), r.is_reply) for r in rows
        )
    finally:
        pipeline.close()
    return records, meta, interactions


def test_into_the_store_bounces_departures_and_meetings(realistic_dovecot, tmp_path):
    records, meta, _ = _into_store(_options(realistic_dovecot, tmp_path), tmp_path / "store.db")
    flags = {email: meta[r.id]["flags"] for email, r in records.items()}
    assert any(f.startswith(f"bounced: {realistic.DEAD}") for f in flags[realistic.DEAD])
    left = f"job change: {realistic.LEAVER} left"
    assert any(f.startswith(left) for f in flags[realistic.LEAVER])
    assert realistic.MISTYPED not in records
    organizer = records[realistic.ORGANIZER].relationships
    assert [(r.employee_email, r.meetings) for r in organizer] == [(mailgen.ALICE, 1)]
    assert organizer[0].strength > 0  # a meeting is evidence both ways


def test_into_postgresql_the_same_as_into_sqlite(realistic_dovecot, tmp_path, postgres_url):
    """The same harvest into PostgreSQL (its bulk path: COPY through a staging table) stores
    what it stores into SQLite: contacts, interactions and relationship strengths."""
    from contactkit.testing.postgres import create_database

    options = _options(realistic_dovecot, tmp_path)
    lite = _into_store(options, tmp_path / "lite.db")
    _assert_same(lite, _into_store(options, create_database(postgres_url, "harvest_realistic")))


def _assert_same(one, other) -> None:
    """Two harvests stored the same contacts, interactions and relationship strengths."""
    records, _, interactions = one
    assert len(records) > 10 and len(interactions) > 20
    assert sorted(other[0]) == sorted(records)
    assert other[2] == interactions
    for email, record in records.items():
        assert other[0][email].contact == record.contact
        assert other[0][email].relationships == record.relationships


def test_a_store_from_before_meetings_is_upgraded(tmp_path):
    import sqlite3

    from contactkit.store import Store
    from contactkit.store.integrity import SCHEMA_VERSION

    db = tmp_path / "old.db"
    Store(f"sqlite:///{db}").close()
    with sqlite3.connect(db) as conn:  # a version 1 store: no meetings column
        conn.execute("ALTER TABLE relationships DROP COLUMN meetings")
        conn.execute("UPDATE store_meta SET value = '1' WHERE key = 'schema_version'")
    store = Store(f"sqlite:///{db}")
    try:
        assert store.meta["schema_version"] == str(SCHEMA_VERSION)  # upgraded all the way
        store.apply_golden(
            [], [], [], [{"golden_id": "g", "employee_email": "a@n.example", "sent": 1,
                      "received": 1, "cc_only": 0, "replies": 0, "meetings": 2, "threads": 1,
                      "first_seen": None, "last_seen": None, "strength": 0.1}],
        )  # fmt: skip
        assert store.relationships_by_golden()["g"][0].meetings == 2
    finally:
        store.close()


def test_into_the_store_the_same_over_one_connection_or_several(realistic_dovecot, tmp_path):
    """Mailboxes read at once, in whatever order their batches arrive, store what one connection
    reading them in turn stores: the same contacts, interactions and relationship strengths."""
    one = _into_store(_options(realistic_dovecot, tmp_path, max_connections=1), tmp_path / "1.db")
    many = _into_store(_options(realistic_dovecot, tmp_path, max_connections=3), tmp_path / "3.db")
    _assert_same(one, many)
