"""The CardDAV source pulls an address book from Radicale, reading only what changed."""

from __future__ import annotations

import requests

from contactkit.model import Checkpoint, Drop, Observation, RecordError
from contactkit.plugin import PushItem
from contactkit.testing import contract_context, records
from contactkit_plugins.carddav.sink import CardDAVSink
from contactkit_plugins.carddav.source import CardDAVSource


def run(source, state):
    items = list(source.read(state))
    observations = [i for i in items if isinstance(i, Observation)]
    errors = [i for i in items if isinstance(i, RecordError)]
    checkpoints = [i for i in items if isinstance(i, Checkpoint)]
    return observations, errors, checkpoints[-1].state if checkpoints else state


def test_pull_then_pull_again_reads_only_changes(dav_server, addressbook, dav_login):
    options = dict(url=addressbook, **dav_login, allow_plain_http=True)
    sink = CardDAVSink(CardDAVSink.Config(**options), contract_context())
    people = records.people(3, start=1) + records.unicode_people()
    results = sink.write([PushItem(r) for r in people])
    # a card written by another app, and one that is not a vCard at all
    requests.put(
        addressbook + "bad.vcf", data=b"BEGIN:VCARD\r\nthis is broken", auth=dav_server.auth
    )
    context = contract_context()
    source = CardDAVSource(CardDAVSource.Config(**options), context, instance="phonebook")

    observations, errors, state = run(source, {})
    by_email = {o.contact.emails[0]: o for o in observations if o.contact.emails}
    assert len(observations) == len(people)
    zoe = by_email["person.900@unicode-0-tests.com"]
    assert zoe.contact.name.full == "Zoë Łukasiewicz-Šťastná"
    assert zoe.contact.organization.name == "Société Générale Ingénierie"
    assert zoe.source == "phonebook" and zoe.source_key.endswith(".vcf")
    assert by_email[people[0].contact.emails[0]].contact.phones[0].e164 == "+12025550001"
    assert len(errors) <= 1  # Radicale may refuse the broken card outright
    assert all(e.record_key.endswith("bad.vcf") for e in errors)

    # Nothing changed: no card is fetched again.
    context.http.reset()
    again, _, state2 = run(source, state)
    assert again == [] and state2 == state
    assert [r.method for r in context.http.requests] == ["PROPFIND"]

    # One card changed: only that one is read.
    first = people[0]
    sink.write(
        [
            PushItem(
                records.changed(first, title="CTO"),
                external_id=results[0].external_id,
                previous=first,
            )
        ]
    )
    changed, _, _ = run(source, state2)
    assert [o.contact.title for o in changed] == ["CTO"]


def test_a_card_without_name_email_or_phone_is_dropped_with_a_reason(
    dav_server, addressbook, dav_login
):
    note_only = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:n1\r\nFN: \r\nNOTE:call back\r\nEND:VCARD\r\n"
    assert requests.put(addressbook + "n1.vcf", data=note_only.encode(), auth=dav_server.auth).ok
    config = CardDAVSource.Config(url=addressbook, **dav_login, allow_plain_http=True)
    items = list(CardDAVSource(config, contract_context()).read({}))
    drops = [i for i in items if isinstance(i, Drop)]
    assert [(d.record_key.rsplit("/", 1)[1], d.reason) for d in drops] == [
        ("n1.vcf", "card without name, email or phone")
    ]
    assert not [i for i in items if isinstance(i, Observation)]
