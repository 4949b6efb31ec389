"""A real Radicale server for the CardDAV tests: one per session, a fresh address book per test."""

from __future__ import annotations

import pytest

from contactkit.testing.radicale import RadicaleServer


@pytest.fixture(scope="session")
def radicale():
    with RadicaleServer() as server:
        yield server


@pytest.fixture
def addressbook(radicale: RadicaleServer) -> str:
    return radicale.new_addressbook()


@pytest.fixture
def dav_password(radicale: RadicaleServer, monkeypatch: pytest.MonkeyPatch) -> dict:
    """The password goes in by reference, as in a real config."""
    monkeypatch.setenv("CK_TEST_DAV_PASSWORD", radicale.password)
    return {"env": "CK_TEST_DAV_PASSWORD"}
