"""An in-memory Salesforce REST API for tests and benchmarks, served through ``responses``.

Implements what the sink uses, with the documented shapes: sObject Collections upsert by
external id (a list of UpsertResult ``{id, success, errors, created}`` in request order, at most
200 records), collection DELETE, and a SOQL query on User by email.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import responses


@dataclass
class FakeSalesforce:
    instance_url: str = "https://contactkit-test.my.salesforce.com"
    api_version: str = "v60.0"
    token: str = "00Dxx0000001gPL!fake-session"
    objects: dict[str, dict[str, dict[str, Any]]] = field(
        default_factory=lambda: {"Account": {}, "Contact": {}}
    )
    users: list[dict[str, Any]] = field(default_factory=list)
    reject: set[str] = field(default_factory=set)
    """External-id values to refuse with a validation error."""
    queries: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._seq = itertools.count(1)
        self._queued: list[tuple[str, str, int, Any, dict[str, str]]] = []

    def queue(self, method: str, path: str, status: int, payload: Any, headers=None) -> None:
        """Answer the next ``method`` request whose path ends with ``path`` with this."""
        self._queued.append((method, path, status, payload, dict(headers or {})))

    def contact(self, sf_id: str) -> dict[str, Any] | None:
        return self.objects["Contact"].get(sf_id)

    def account(self, sf_id: str | None) -> dict[str, Any] | None:
        return self.objects["Account"].get(sf_id) if sf_id else None

    def user_email(self, user_id: str | None) -> str | None:
        return next((u["Email"] for u in self.users if u["Id"] == user_id), None)

    def install(self, mock: responses.RequestsMock) -> FakeSalesforce:
        base = re.escape(f"{self.instance_url}/services/data/{self.api_version}")
        mock.add_callback(
            "PATCH",
            re.compile(base + r"/composite/sobjects/(\w+)/(\w+)$"),
            callback=self._guard(self._upsert),
        )
        mock.add_callback(
            "DELETE",
            re.compile(base + r"/composite/sobjects\?.*"),
            callback=self._guard(self._delete),
        )
        mock.add_callback(
            "GET", re.compile(base + r"/query\?.*"), callback=self._guard(self._query)
        )
        return self

    def _guard(self, handler):
        def callback(request):
            if request.headers.get("Authorization") != f"Bearer {self.token}":
                body = [
                    {"message": "Session expired or invalid", "errorCode": "INVALID_SESSION_ID"}
                ]
                return 401, {}, json.dumps(body)
            path = urlsplit(request.url).path
            for canned in self._queued:
                if canned[0] == request.method and path.endswith(canned[1]):
                    self._queued.remove(canned)
                    return (
                        canned[2],
                        {"Content-Type": "application/json", **canned[4]},
                        json.dumps(canned[3]),
                    )
            status, payload = handler(request)
            return status, {"Content-Type": "application/json"}, json.dumps(payload)

        return callback

    def _new_id(self, sobject: str) -> str:
        prefix = {"Account": "001", "Contact": "003"}[sobject]
        return f"{prefix}5g00000{next(self._seq):08d}AAA"

    def _upsert(self, request):
        sobject, id_field = urlsplit(request.url).path.rsplit("/", 2)[-2:]
        body = json.loads(request.body)
        rows = body["records"]
        if len(rows) > 200:
            return 400, [
                {"message": "Maximum size of request reached.", "errorCode": "EXCEEDED_ID_LIMIT"}
            ]
        store = self.objects[sobject]
        out = []
        for row in rows:
            row = dict(row)
            attributes = row.pop("attributes", {})
            key = row.get(id_field)
            if attributes.get("type") != sobject or not key or "Id" in row:
                out.append(_error("INVALID_FIELD", "bad record", []))
                continue
            existing = next((i for i, r in store.items() if r.get(id_field) == key), None)
            if key in self.reject:
                out.append(_error("FIELD_CUSTOM_VALIDATION_EXCEPTION", f"refused: {key}", []))
                continue
            if existing is None and sobject == "Contact" and not row.get("LastName"):
                out.append(
                    _error(
                        "REQUIRED_FIELD_MISSING",
                        "Required fields are missing: [LastName]",
                        ["LastName"],
                    )
                )
                continue
            parent = row.get("ParentId")
            if parent is not None and parent not in self.objects["Account"]:
                out.append(
                    _error(
                        "INVALID_CROSS_REFERENCE_KEY",
                        "Parent Account ID: id value of incorrect type",
                        ["ParentId"],
                    )
                )
                continue
            sf_id = existing or self._new_id(sobject)
            record = store.setdefault(sf_id, {})
            for name, value in row.items():
                if value is None:
                    record.pop(name, None)
                else:
                    record[name] = value
            out.append({"id": sf_id, "success": True, "errors": [], "created": existing is None})
        return 200, out

    def _delete(self, request):
        query = parse_qs(urlsplit(request.url).query)
        out = []
        for sf_id in query["ids"][0].split(","):
            if self.objects["Contact"].pop(sf_id, None) is None:
                out.append(
                    {
                        "id": None,
                        "success": False,
                        "errors": [
                            {
                                "statusCode": "ENTITY_IS_DELETED",
                                "message": "entity is deleted",
                                "fields": [],
                            }
                        ],
                    }
                )
            else:
                out.append({"id": sf_id, "success": True, "errors": []})
        return 200, out

    def _query(self, request):
        soql = parse_qs(urlsplit(request.url).query)["q"][0]
        self.queries.append(soql)
        emails = {e.lower() for e in re.findall(r"'((?:[^'\\]|\\.)*)'", soql)}
        found = [
            {
                "attributes": {
                    "type": "User",
                    "url": f"/services/data/{self.api_version}/sobjects/User/{u['Id']}",
                },
                "Id": u["Id"],
                "Email": u["Email"],
            }
            for u in self.users
            if u["Email"].lower() in emails and u.get("IsActive", True)
        ]
        return 200, {"totalSize": len(found), "done": True, "records": found}


def _error(code: str, message: str, fields: list[str]) -> dict[str, Any]:
    return {
        "success": False,
        "created": False,
        "errors": [{"statusCode": code, "message": message, "fields": fields}],
    }
