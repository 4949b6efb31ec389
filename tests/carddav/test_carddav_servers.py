"""What broke against servers the sink was not developed on, run on Radicale AND Xandikos.

Each test takes ``dav_server`` and so runs once per server. The store's cache is the real one
(SQLite), because that is where the ETag lost its quotes.
"""

from __future__ import annotations

import pytest
import requests

from contactkit.model import SinkStatus
from contactkit.plugin import ForgetItem, PushItem
from contactkit.store.store import Store
from contactkit.testing import contract_context, records
from contactkit_plugins.carddav import sink as sink_module
from contactkit_plugins.carddav.client import card_text
from contactkit_plugins.carddav.sink import CardDAVSink


@pytest.fixture
def config(addressbook, dav_login):
    return CardDAVSink.Config(url=addressbook, **dav_login, allow_plain_http=True)


@pytest.fixture
def store(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'contactkit.db'}")
    yield store
    store.close()


def stored_context(store: Store):
    """A context whose cache is the store's, as in ``contactkit push``."""
    return contract_context(cache=store.cache("carddav"))


def card(dav_server, addressbook: str, href: str) -> requests.Response:
    return requests.get(
        requests.compat.urljoin(addressbook, href), auth=dav_server.auth, timeout=10
    )


def test_update_of_an_unedited_card_succeeds_across_runs(dav_server, addressbook, config, store):
    rec = records.person(1)
    first = CardDAVSink(config, stored_context(store)).write([PushItem(rec)])[0]
    assert first.status == SinkStatus.CREATED
    # the next run: a new sink, the ETag comes back from the store's cache
    context = stored_context(store)
    again = CardDAVSink(config, context).write(
        [PushItem(rec, external_id=first.external_id, previous=rec)]
    )[0]
    assert again.status == SinkStatus.UNCHANGED and not context.http.writes()
    update = records.changed(rec, title="Director")
    context = stored_context(store)
    result = CardDAVSink(config, context).write(
        [PushItem(update, external_id=first.external_id, previous=rec)]
    )[0]
    assert result.status == SinkStatus.UPDATED, result.reason
    assert [r.method for r in context.http.requests] == ["PUT"], "If-Match matched first time"
    assert "TITLE:Director" in card_text(card(dav_server, addressbook, first.external_id))


def test_non_ascii_card_is_updated_and_adopted_without_false_conflicts(
    dav_server, addressbook, config
):
    rec = records.unicode_people()[0]  # Zoë Łukasiewicz-Šťastná, Société Générale Ingénierie
    first = CardDAVSink(config, contract_context()).write([PushItem(rec)])[0]
    assert first.status == SinkStatus.CREATED
    text = card_text(card(dav_server, addressbook, first.external_id))
    assert "Łukasiewicz-Šťastná" in text
    # a push whose answer was lost: the card is read back and recognised as ours
    adopted = CardDAVSink(config, contract_context()).write([PushItem(rec)])[0]
    assert (adopted.status, adopted.external_id) == (SinkStatus.CREATED, first.external_id)
    # no ETag remembered: the card is read back, compared with what was sent, and updated
    update = records.changed(rec, title="Directrice générale")
    result = CardDAVSink(config, contract_context()).write(
        [PushItem(update, external_id=first.external_id, previous=rec)]
    )[0]
    assert result.status == SinkStatus.UPDATED, result.reason
    assert "Directrice générale" in card_text(card(dav_server, addressbook, first.external_id))


def test_edit_in_the_server_is_a_412_named_as_an_edit(dav_server, addressbook, config, store):
    rec = records.person(3)
    href = CardDAVSink(config, stored_context(store)).write([PushItem(rec)])[0].external_id
    url = requests.compat.urljoin(addressbook, href)
    edited = card_text(card(dav_server, addressbook, href)).replace("TITLE:", "TITLE:Phone ")
    assert requests.put(url, data=edited.encode(), auth=dav_server.auth, timeout=10).ok
    update = records.changed(rec, title="From contactkit")
    result = CardDAVSink(config, stored_context(store)).write(
        [PushItem(update, external_id=href, previous=rec)]
    )[0]
    assert result.status == SinkStatus.FAILED
    assert "edited in the address book" in result.reason
    assert "TITLE:Phone " in card_text(card(dav_server, addressbook, href))


def test_a_card_the_server_refuses_is_not_called_an_edit(
    dav_server, addressbook, config, store, monkeypatch
):
    rec = records.person(4)
    href = CardDAVSink(config, stored_context(store)).write([PushItem(rec)])[0].external_id
    # a server stricter than us: here, a card it cannot parse at all
    monkeypatch.setattr(sink_module, "vcard_from_record", lambda record: "BEGIN:VCARD\r\n")
    update = records.changed(rec, title="Refused")
    result = CardDAVSink(config, stored_context(store)).write(
        [PushItem(update, external_id=href, previous=rec)]
    )[0]
    assert result.status == SinkStatus.FAILED
    assert "edited" not in result.reason and "ETag" not in result.reason, result.reason
    if dav_server.name == "xandikos":  # 412 with the CardDAV precondition (RFC 6352)
        assert "refused the card (valid-address-data" in result.reason, result.reason
    else:  # Radicale answers 400
        assert "HTTP 400" in result.reason, result.reason
    assert "TITLE:Chief Engineer" in card_text(card(dav_server, addressbook, href))


def test_forget_deletes_the_card_and_a_second_forget_is_fine(dav_server, addressbook, config):
    sink = CardDAVSink(config, contract_context())
    rec = records.person(5)
    href = sink.write([PushItem(rec)])[0].external_id
    for _ in range(2):
        answer = sink.forget([ForgetItem(record_id=rec.id, external_id=href)])[0]
        assert answer.status == SinkStatus.DELETED
    assert card(dav_server, addressbook, href).status_code == 404
