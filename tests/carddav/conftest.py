"""Real CardDAV servers for the tests: Radicale and Xandikos, one of each per session, a fresh
address book per test. Tests that take ``dav_server`` run against both."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from contactkit.testing.dav_servers import SERVERS, DAVServer


@pytest.fixture(scope="session")
def dav_servers() -> Iterator[dict[str, DAVServer]]:
    """Started on first use, stopped at the end of the session."""
    started: dict[str, DAVServer] = {}
    yield started
    for server in started.values():
        server.stop()


def _server(dav_servers: dict[str, DAVServer], name: str) -> DAVServer:
    if name not in dav_servers:
        dav_servers[name] = SERVERS[name]().start()
    return dav_servers[name]


@pytest.fixture(params=sorted(SERVERS))
def dav_server(request: pytest.FixtureRequest, dav_servers: dict[str, DAVServer]) -> DAVServer:
    return _server(dav_servers, request.param)


@pytest.fixture
def radicale(dav_servers: dict[str, DAVServer]) -> DAVServer:
    return _server(dav_servers, "radicale")


@pytest.fixture
def addressbook(dav_server: DAVServer) -> str:
    return dav_server.new_addressbook()


@pytest.fixture
def dav_login(dav_server: DAVServer, monkeypatch: pytest.MonkeyPatch) -> dict:
    """username and password for the sink's config; the password goes in by reference."""
    if dav_server.auth is None:
        return {}
    monkeypatch.setenv("CK_TEST_DAV_PASSWORD", dav_server.password)
    return {"username": dav_server.username, "password": {"env": "CK_TEST_DAV_PASSWORD"}}
