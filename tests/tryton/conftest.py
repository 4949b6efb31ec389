"""A real Tryton server (SQLite, JSON-RPC on loopback) for the session; helpers to read it."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from contactkit.testing.tryton import TrytonServer
from contactkit_plugins.tryton.mapping import compact


@pytest.fixture(scope="session")
def tryton_server() -> Iterator[TrytonServer]:
    with TrytonServer() as server:
        yield server


class TrytonReader:
    """Reads what the server holds, over its JSON-RPC, independently of the sink's client."""

    def __init__(self, server: TrytonServer) -> None:
        self.endpoint = f"{server.url}/{server.database}/rpc/"
        result = self._post("common.db.login", [server.username, {"password": server.password}])
        raw = f"{server.username}:{result[0]}:{result[1]}".encode()
        self.auth = "Session " + base64.b64encode(raw).decode()

    def _post(self, method: str, params: list[Any], auth: str | None = None) -> Any:
        headers = {"Content-Type": "application/json"}
        if auth:
            headers["Authorization"] = auth
        body = json.dumps({"id": 1, "method": method, "params": params})
        data = requests.post(self.endpoint, data=body, headers=headers, timeout=30).json()
        if data.get("error"):
            raise RuntimeError(data["error"])
        return data["result"]

    def call(self, model: str, method: str, *params: Any) -> Any:
        return self._post(f"model.{model}.{method}", [*params, {}], self.auth)

    def find(self, model: str, domain: list, fields: list[str]) -> list[dict]:
        return self.call(model, "search_read", domain, 0, None, None, fields)

    def party(self, party_id: int) -> dict | None:
        rows = self.find(
            "party.party", [["id", "=", party_id]], ["name", "categories", "identifiers"]
        )
        if not rows:
            return None
        party = rows[0]
        party["mechanisms"] = {  # phones in E.164: Tryton stores them formatted
            (m["type"], compact(m["type"], m["value"]))
            for m in self.find(
                "party.contact_mechanism", [["party", "=", party_id]], ["type", "value"]
            )
        }
        party["titles"] = [
            c["name"]
            for c in self.find(
                "party.category",
                [["id", "in", party["categories"]], ["parent.name", "=", "Job title"]],
                ["name"],
            )
        ]
        return party

    def related(self, party_id: int, relation: str, *, incoming: bool = False) -> list[dict]:
        """The parties related to ``party_id`` by ``relation`` (from it, or to it)."""
        mine, other = ("to", "from_") if incoming else ("from_", "to")
        rows = self.find(
            "party.relation.all", [[mine, "=", party_id], ["type.name", "=", relation]], [other]
        )
        return [self.party(r[other]) for r in rows]


@pytest.fixture(scope="session")
def tryton_reader(tryton_server: TrytonServer) -> TrytonReader:
    return TrytonReader(tryton_server)


@pytest.fixture
def tryton_config(tryton_server: TrytonServer, monkeypatch: pytest.MonkeyPatch):
    from contactkit_plugins.tryton.sink import TrytonSink

    monkeypatch.setenv("CK_TEST_TRYTON_PASSWORD", tryton_server.password)
    return TrytonSink.Config(
        url=tryton_server.url,
        database=tryton_server.database,
        username=tryton_server.username,
        password={"env": "CK_TEST_TRYTON_PASSWORD"},
        company="Contactkit Tests Ltd",
    )
