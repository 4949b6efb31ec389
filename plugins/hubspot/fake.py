"""An in-memory HubSpot for tests and benchmarks, served through ``responses``.

It answers the endpoints the sink uses with the shapes of HubSpot's public documentation
(batch results with ``id``/``properties``/``new``, 207 multi-status with ``errors`` naming their
inputs in ``context.ids``), and keeps what it was sent so a test can read the CRM back.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from typing import Any

import responses

NOW = "2026-01-15T09:30:00.000Z"


@dataclass
class FakeHubSpot:
    base_url: str = "https://api.hubapi.com"
    token: str = "pat-test-token"
    contacts: dict[str, dict[str, str]] = field(default_factory=dict)
    companies: dict[str, dict[str, str]] = field(default_factory=dict)
    associations: set[tuple[str, str]] = field(default_factory=set)
    owners: list[dict[str, Any]] = field(default_factory=list)
    reject: set[str] = field(default_factory=set)
    """Contact id-property values (e.g. emails) to refuse with a validation error."""
    owners_page_size: int = 100

    def __post_init__(self) -> None:
        self._ids = itertools.count(1001)
        self._queued: list[tuple[str, int, Any, dict[str, str]]] = []

    def queue(
        self, path: str, status: int, payload: Any, headers: dict[str, str] | None = None
    ) -> None:
        """Answer the next request whose path ends with ``path`` with this canned response
        (or raise ``payload`` if it is an exception)."""
        self._queued.append((path, status, payload, dict(headers or {})))

    # -- reading back ------------------------------------------------------------------------

    def owner_email(self, owner_id: str | None) -> str | None:
        return next((o["email"] for o in self.owners if str(o["id"]) == owner_id), None)

    def company_of(self, contact_id: str) -> dict[str, str] | None:
        for cid, company_id in self.associations:
            if cid == contact_id:
                return self.companies.get(company_id)
        return None

    # -- serving -----------------------------------------------------------------------------

    def install(self, mock: responses.RequestsMock) -> FakeHubSpot:
        base = re.escape(self.base_url)
        routes = [
            ("GET", r"/crm/v3/owners/?", self._owners_page),
            ("POST", r"/crm/v3/objects/contacts/batch/upsert", self._upsert_contacts),
            ("POST", r"/crm/v3/objects/contacts/batch/update", self._update_contacts),
            ("POST", r"/crm/v3/objects/companies/batch/upsert", self._upsert_companies),
            (
                "POST",
                r"/crm/v4/associations/contacts/companies/batch/associate/default",
                self._associate,
            ),
            ("POST", r"/crm/v3/objects/contacts/gdpr-delete", self._gdpr_delete),
        ]
        for method, path, handler in routes:
            mock.add_callback(
                method, re.compile(base + path + r"(\?.*)?$"), callback=self._guard(handler)
            )
        return self

    def _guard(self, handler):
        def callback(request):
            if request.headers.get("Authorization") != f"Bearer {self.token}":
                return (
                    401,
                    {},
                    json.dumps(
                        {
                            "status": "error",
                            "category": "INVALID_AUTHENTICATION",
                            "message": "Authentication credentials not found.",
                        }
                    ),
                )
            path = request.path_url.split("?")[0]
            for canned in self._queued:
                if path.endswith(canned[0]):
                    self._queued.remove(canned)
                    if isinstance(canned[2], Exception):
                        raise canned[2]  # e.g. a dropped connection
                    headers = {"Content-Type": "application/json", **canned[3]}
                    return (canned[1], headers, json.dumps(canned[2]))
            body = json.loads(request.body) if request.body else {}
            status, payload = handler(body, request)
            return (
                status,
                {"Content-Type": "application/json"},
                json.dumps(payload) if payload is not None else "",
            )

        return callback

    def _owners_page(self, body, request):
        from urllib.parse import parse_qs, urlsplit

        query = parse_qs(urlsplit(request.url).query)
        start = int(query.get("after", ["0"])[0])
        page = self.owners[start : start + self.owners_page_size]
        payload: dict[str, Any] = {"results": page}
        if start + self.owners_page_size < len(self.owners):
            payload["paging"] = {"next": {"after": str(start + self.owners_page_size)}}
        return 200, payload

    def _batch(self, results, errors):
        payload: dict[str, Any] = {
            "status": "COMPLETE",
            "results": results,
            "startedAt": NOW,
            "completedAt": NOW,
        }
        if errors:
            payload["errors"] = errors
            payload["numErrors"] = len(errors)
        return (207 if errors else 200), payload

    def _upsert(self, store, body, reject=frozenset()):
        results, errors = [], []
        for entry in body["inputs"]:
            key, id_prop = entry["id"], entry["idProperty"]
            if key in reject:
                errors.append(
                    {
                        "status": "error",
                        "category": "VALIDATION_ERROR",
                        "message": f"Property values were not valid: {key}",
                        "context": {"ids": [key]},
                    }
                )
                continue
            existing = next(
                (
                    oid
                    for oid, props in store.items()
                    if props.get(id_prop, "").lower() == key.lower()
                ),
                None,
            )
            new = existing is None
            oid = existing or str(next(self._ids))
            props = store.setdefault(oid, {})
            props.update(entry.get("properties", {}))
            props[id_prop] = key
            results.append(
                {
                    "id": oid,
                    "properties": {**props, "hs_object_id": oid},
                    "new": new,
                    "createdAt": NOW,
                    "updatedAt": NOW,
                    "archived": False,
                }
            )
        return self._batch(results, errors)

    def _upsert_contacts(self, body, request):
        return self._upsert(self.contacts, body, self.reject)

    def _upsert_companies(self, body, request):
        return self._upsert(self.companies, body)

    def _update_contacts(self, body, request):
        results, errors = [], []
        for entry in body["inputs"]:
            oid = str(entry["id"])
            if oid not in self.contacts:
                errors.append(
                    {
                        "status": "error",
                        "category": "OBJECT_NOT_FOUND",
                        "message": "Could not get some CONTACT objects, they may be deleted.",
                        "context": {"ids": [oid]},
                    }
                )
                continue
            for name, value in entry["properties"].items():
                if value == "":
                    self.contacts[oid].pop(name, None)
                else:
                    self.contacts[oid][name] = value
            results.append(
                {
                    "id": oid,
                    "properties": dict(self.contacts[oid]),
                    "archived": False,
                    "createdAt": NOW,
                    "updatedAt": NOW,
                }
            )
        return self._batch(results, errors)

    def _associate(self, body, request):
        results = []
        for entry in body["inputs"]:
            pair = (str(entry["from"]["id"]), str(entry["to"]["id"]))
            self.associations.add(pair)
            results.append(
                {
                    "from": {"id": pair[0]},
                    "to": {"id": pair[1]},
                    "associationSpec": {
                        "associationCategory": "HUBSPOT_DEFINED",
                        "associationTypeId": 279,
                    },
                }
            )
        return self._batch(results, [])

    def _gdpr_delete(self, body, request):
        oid = str(body["objectId"])
        if self.contacts.pop(oid, None) is None:
            return 404, {"status": "error", "category": "OBJECT_NOT_FOUND", "message": "not found"}
        self.associations = {a for a in self.associations if a[0] != oid}
        return 204, None
