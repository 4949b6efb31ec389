"""The CardDAV sink against the sink contract, on a real Radicale server."""

from __future__ import annotations

from urllib.parse import quote

import pytest
import requests

from contactkit.plugin import PushItem
from contactkit.testing import SinkContractTests, StoredContact
from contactkit_plugins.carddav.client import card_text
from contactkit_plugins.carddav.sink import CardDAVSink
from contactkit_plugins.carddav.vcards import contact_from_vcard


def stored_from_vcard(text: str) -> StoredContact:
    contact, _uid, owner = contact_from_vcard(text)
    return StoredContact(
        full_name=contact.name.full,
        emails=contact.emails,
        title=contact.title,
        phones=[p.e164 or p.text for p in contact.phones],
        organization=contact.organization.name if contact.organization else None,
        owner_email=owner,
    )


class TestCardDAVSinkContract(SinkContractTests):
    @pytest.fixture
    def make_sink(self, dav_server, addressbook, dav_login):
        self.server, self.url = dav_server, addressbook
        config = CardDAVSink.Config(
            url=addressbook,
            **dav_login,
            allow_plain_http=True,
        )
        return lambda context: CardDAVSink(config, context)

    def fetch(self, external_id: str) -> StoredContact | None:
        response = requests.get(
            requests.compat.urljoin(self.url, external_id), auth=self.server.auth, timeout=10
        )
        if response.status_code == 404:
            return None
        response.raise_for_status()
        return stored_from_vcard(card_text(response))

    def inject_failure(self, item: PushItem) -> bool:
        # Someone else already put a card where this record's card would go: 412, not overwritten.
        foreign = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:foreign\r\nFN:Not Ours\r\nEND:VCARD\r\n"
        response = requests.put(
            f"{self.url}{quote(item.record.id, safe='')}.vcf",
            data=foreign.encode(),
            headers={"Content-Type": "text/vcard"},
            auth=self.server.auth,
            timeout=10,
        )
        return response.status_code == 201
