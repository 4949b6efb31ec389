"""The CardDAV source against the source contract, on a real Radicale server."""

from __future__ import annotations

import pytest
import requests

from contactkit.testing import SourceContractTests
from contactkit_plugins.carddav.source import CardDAVSource
from contactkit_plugins.carddav.vcards import vcard_from_record


class TestCardDAVSourceContract(SourceContractTests):
    @pytest.fixture
    def make_source(self, dav_server, addressbook, dav_login):
        self.server, self.url = dav_server, addressbook
        config = CardDAVSource.Config(
            url=addressbook,
            **dav_login,
            allow_plain_http=True,
        )
        return lambda context: CardDAVSource(config, context, instance="phone-book")

    def add_records(self, people):
        # cards as another CardDAV client would leave them: no contactkit involved
        for person in people:
            response = requests.put(
                f"{self.url}{person.id}.vcf",
                data=vcard_from_record(person).encode(),
                headers={"Content-Type": "text/vcard; charset=utf-8"},
                auth=self.server.auth,
                timeout=10,
            )
            assert response.status_code == 201, response.status_code

    # No add_bad_record: Radicale refuses cards it cannot parse, and the vCard reader accepts
    # the rest, so no unreadable card can sit on this server (the test says so when skipped).
