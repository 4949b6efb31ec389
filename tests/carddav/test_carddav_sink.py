"""CardDAV specifics beyond the contract: ETags protect edits made in the address book."""

from __future__ import annotations

import pytest
import requests
from pydantic import ValidationError

from contactkit.model import SinkStatus
from contactkit.plugin import PushItem
from contactkit.testing import contract_context, records
from contactkit_plugins.carddav.sink import CardDAVSink


@pytest.fixture
def config(dav_server, addressbook, dav_login):
    return CardDAVSink.Config(url=addressbook, **dav_login, allow_plain_http=True)


def edit_on_server(dav_server, url: str, href: str, new_title: str) -> None:
    card_url = requests.compat.urljoin(url, href)
    text = requests.get(card_url, auth=dav_server.auth, timeout=10).text
    edited = "\r\n".join(
        f"TITLE:{new_title}" if line.startswith("TITLE:") else line for line in text.splitlines()
    )
    assert requests.put(card_url, data=edited.encode(), auth=dav_server.auth, timeout=10).ok


def test_edit_in_address_book_is_not_overwritten(dav_server, addressbook, config):
    sink = CardDAVSink(config, contract_context())
    rec = records.person(1)
    href = sink.write([PushItem(rec)])[0].external_id
    edit_on_server(dav_server, addressbook, href, "Edited On Phone")

    update = records.changed(rec, title="From contactkit")
    result = sink.write([PushItem(update, external_id=href, previous=rec)])[0]

    assert result.status == SinkStatus.FAILED
    assert "edited in the address book" in result.reason and "412" not in result.reason
    card = requests.get(addressbook + href.rsplit("/", 1)[1], auth=dav_server.auth, timeout=10)
    assert "TITLE:Edited On Phone" in card.text


def test_without_remembered_etag_an_edited_card_is_still_protected(dav_server, addressbook, config):
    rec = records.person(2)
    href = CardDAVSink(config, contract_context()).write([PushItem(rec)])[0].external_id
    edit_on_server(dav_server, addressbook, href, "Edited Elsewhere")
    fresh = CardDAVSink(config, contract_context())  # empty cache: the ETag is unknown
    update = records.changed(rec, title="New")
    result = fresh.write([PushItem(update, external_id=href, previous=rec)])[0]
    assert result.status == SinkStatus.FAILED
    assert "differs from what was last pushed" in result.reason


def test_without_remembered_etag_an_untouched_card_is_updated(dav_server, addressbook, config):
    rec = records.person(3)
    href = CardDAVSink(config, contract_context()).write([PushItem(rec)])[0].external_id
    fresh = CardDAVSink(config, contract_context())
    update = records.changed(rec, title="Director")
    result = fresh.write([PushItem(update, external_id=href, previous=rec)])[0]
    assert result.status == SinkStatus.UPDATED
    card = requests.get(
        requests.compat.urljoin(addressbook, href), auth=dav_server.auth, timeout=10
    )
    assert "TITLE:Director" in card.text


def test_card_deleted_on_server_fails_with_reason(dav_server, addressbook, config):
    sink = CardDAVSink(config, contract_context())
    rec = records.person(4)
    href = sink.write([PushItem(rec)])[0].external_id
    requests.delete(requests.compat.urljoin(addressbook, href), auth=dav_server.auth, timeout=10)
    update = records.changed(rec, title="Gone")
    result = sink.write([PushItem(update, external_id=href, previous=rec)])[0]
    assert result.status == SinkStatus.FAILED
    assert "deleted from the address book" in result.reason


def test_wrong_password_fails_each_record_without_leaking_it(radicale, monkeypatch):
    monkeypatch.setenv("CK_WRONG", "not-the-password-xyz")
    config = CardDAVSink.Config(
        url=radicale.new_addressbook(),
        username="alice",
        password={"env": "CK_WRONG"},
        allow_plain_http=True,
    )
    results = CardDAVSink(config, contract_context()).write([PushItem(records.person(5))])
    assert results[0].status == SinkStatus.FAILED
    assert "401" in results[0].reason
    assert "not-the-password-xyz" not in results[0].reason + repr(config)


def test_plain_http_needs_an_explicit_setting():
    with pytest.raises(ValidationError, match="allow_plain_http"):
        CardDAVSink.Config(url="http://dav.example.com/alice/contacts/")
    ok = CardDAVSink.Config(url="https://dav.example.com/alice/contacts")
    assert ok.url.endswith("/") and ok.verify_tls is True


def test_inline_password_is_refused():
    with pytest.raises(ValidationError, match="by reference"):
        CardDAVSink.Config(url="https://dav.example.com/c/", username="alice", password="hunter2")


def test_building_the_sink_reads_no_secret(monkeypatch):
    # a dry run builds the sink but never calls it: an unset password must not matter then
    monkeypatch.delenv("CK_UNSET_DAV_PASSWORD", raising=False)
    config = CardDAVSink.Config(
        url="https://dav.example.com/alice/contacts/",
        username="alice",
        password={"env": "CK_UNSET_DAV_PASSWORD"},
    )
    sink = CardDAVSink(config, contract_context())
    assert sink.write([]) == []


def test_a_push_whose_answer_was_lost_is_adopted_not_duplicated(dav_server, addressbook, config):
    rec = records.person(8)
    first = CardDAVSink(config, contract_context()).write([PushItem(rec)])[0]
    # the store never heard back (crash after the PUT): the record comes again as new
    context = contract_context()
    again = CardDAVSink(config, context).write([PushItem(rec)])[0]
    assert (again.status, again.external_id) == (SinkStatus.CREATED, first.external_id)
    assert [r.method for r in context.http.requests] == ["PUT", "GET"]  # 412, then read back
    # but a card at that path that says something else is not taken over
    changed = records.changed(rec, title="Other")
    third = CardDAVSink(config, contract_context()).write([PushItem(changed)])[0]
    assert third.status == SinkStatus.FAILED and "already exists" in third.reason
