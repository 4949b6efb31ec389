"""An in-memory Dataverse (Dynamics 365) Web API behind ``responses``, for tests and benchmarks.

It speaks what the Dynamics 365 sink uses, in the shapes Microsoft documents: ``$batch``
(multipart/mixed, OData 4.0 section 11.7) with up to 1,000 requests and
``Prefer: odata.continue-on-error``; upsert by alternate key (``PATCH contacts(key='v')``, 204
with ``OData-EntityId``); update by GUID with ``If-Match: *`` (404 when the record is gone, never
re-created); ``@odata.bind`` by GUID or alternate key; ``DELETE``; ``systemusers`` queried by
``internalemailaddress``; errors as ``{"error": {"code", "message"}}``. Like a real environment
it refuses an alternate key that is not defined on the table.
"""

from __future__ import annotations

import itertools
import json
import re
import uuid
from dataclasses import dataclass, field
from typing import Any, NamedTuple
from urllib.parse import parse_qs, unquote, urlsplit

import responses

ENTITY = {"contacts": "contact", "accounts": "account", "systemusers": "systemuser"}
_REF = re.compile(r"^/?(?P<set>\w+)\((?P<key>.*)\)$")


class Reply(NamedTuple):
    """One answer inside the $batch response."""

    status: int
    headers: dict[str, str]
    payload: Any


def _error(status: int, code: str, message: str) -> Reply:
    return Reply(status, {}, {"error": {"code": code, "message": message}})


@dataclass
class FakeDynamics:
    url: str = "https://contoso.crm.dynamics.com"
    api_version: str = "v9.2"
    token: str = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.test"
    keys: dict[str, set[str]] = field(
        default_factory=lambda: {"contacts": {"ck_contactkitid"}, "accounts": {"ck_contactkitid"}}
    )
    """Alternate keys defined per table (entity set -> column)."""
    tables: dict[str, dict[str, dict[str, Any]]] = field(
        default_factory=lambda: {"contacts": {}, "accounts": {}}
    )
    users: list[dict[str, Any]] = field(default_factory=list)
    reject: set[str] = field(default_factory=set)
    """emailaddress1 values whose write is refused with a validation error."""
    batches: list[int] = field(default_factory=list)
    """Requests per $batch call received."""

    def __post_init__(self) -> None:
        self._seq = itertools.count(1)

    @property
    def api(self) -> str:
        return f"{self.url}/api/data/{self.api_version}"

    @property
    def contacts(self) -> dict[str, dict[str, Any]]:
        return self.tables["contacts"]

    @property
    def accounts(self) -> dict[str, dict[str, Any]]:
        return self.tables["accounts"]

    def user_email(self, systemuserid: str | None) -> str | None:
        user = next((u for u in self.users if u["systemuserid"] == systemuserid), None)
        return user["internalemailaddress"] if user else None

    # -- serving -----------------------------------------------------------------------------

    def install(self, mock: responses.RequestsMock) -> FakeDynamics:
        base = re.escape(self.api)
        mock.add_callback(
            "POST", re.compile(base + r"/\$batch$"), callback=self._guard(self._batch)
        )
        mock.add_callback(
            "GET", re.compile(base + r"/systemusers(\?.*)?$"), callback=self._guard(self._users)
        )
        return self

    def _guard(self, handler):
        def callback(request):
            if request.headers.get("Authorization") != f"Bearer {self.token}":
                return (
                    401,
                    {"WWW-Authenticate": 'Bearer error="invalid_token"'},
                    "",
                )
            return handler(request)

        return callback

    def _users(self, request):
        query = parse_qs(urlsplit(request.url).query)
        wanted = {
            e.replace("''", "'").lower()
            for e in re.findall(r"'((?:[^']|'')*)'", query["$filter"][0])
        }
        select = query.get("$select", ["systemuserid,internalemailaddress"])[0].split(",")
        found = [
            {"@odata.etag": 'W/"1001"', **{k: u.get(k) for k in select}}
            for u in self.users
            if u["internalemailaddress"].lower() in wanted and not u.get("isdisabled", False)
        ]
        body = {
            "@odata.context": f"{self.api}/$metadata#systemusers({','.join(select)})",
            "value": found,
        }
        return 200, {"Content-Type": "application/json; odata.metadata=minimal"}, json.dumps(body)

    # -- $batch ------------------------------------------------------------------------------

    def _batch(self, request):
        match = re.search(r'boundary="?([^";]+)"?', request.headers.get("Content-Type", ""))
        if not match:
            return 400, {}, json.dumps({"error": {"code": "0x0", "message": "no boundary"}})
        body = request.body.decode("utf-8") if isinstance(request.body, bytes) else request.body
        parts = [p for p in body.split(f"--{match.group(1)}")[1:] if not p.startswith("--")]
        self.batches.append(len(parts))
        if len(parts) > 1000:
            refused = _error(
                400, "0x80060891", "Number of requests in a batch exceeds the limit of 1000."
            )
            return 400, {"Content-Type": "application/json"}, json.dumps(refused.payload)
        go_on = "odata.continue-on-error" in request.headers.get("Prefer", "")
        answers = []
        for part in parts:
            answer = self._execute(*parse_part(part))
            answers.append(answer)
            if answer.status >= 400 and not go_on:
                break
        boundary = f"batchresponse_{uuid.uuid4()}"
        out = []
        for status, headers, payload in answers:
            out += [
                f"--{boundary}",
                "Content-Type: application/http",
                "Content-Transfer-Encoding: binary",
                "",
                f"HTTP/1.1 {status} {_REASONS.get(status, '')}".rstrip(),
            ]
            if payload is not None:
                headers = {"Content-Type": "application/json; odata.metadata=minimal", **headers}
            out += [f"{k}: {v}" for k, v in {"OData-Version": "4.0", **headers}.items()]
            out += ["", json.dumps(payload) if payload is not None else "", ""]
        out += [f"--{boundary}--", ""]
        return (
            200,
            {"Content-Type": f"multipart/mixed; boundary={boundary}", "OData-Version": "4.0"},
            "\r\n".join(out),
        )

    def _execute(self, method: str, url: str, headers: dict[str, str], body: Any):
        path = unquote(urlsplit(url).path)
        prefix = urlsplit(self.api).path + "/"
        if not path.startswith(prefix):
            return _error(404, "0x80060888", f"Resource not found for the segment '{path}'.")
        ref = _REF.match(path[len(prefix) :])
        if ref is None or ref["set"] not in self.tables:
            return _error(404, "0x80060888", f"Resource not found for the segment '{path}'.")
        table, entity = self.tables[ref["set"]], ENTITY[ref["set"]]
        located = self._locate(ref["set"], ref["key"])
        if isinstance(located, Reply):
            return located
        guid, key_column, key_value = located
        if method == "DELETE":
            if guid not in table:
                return _error(404, "0x80040217", f"{entity} With Id = {guid} Does Not Exist")
            del table[guid]
            return Reply(204, {}, None)
        if method != "PATCH":
            return _error(405, "0x80060888", f"{method} is not supported here")
        if guid not in table and headers.get("if-match") == "*":
            return _error(404, "0x80040217", f"{entity} With Id = {guid} Does Not Exist")
        if (body or {}).get("emailaddress1") in self.reject:
            return _error(400, "0x80040203", f"Invalid email address: {body['emailaddress1']}")
        columns: dict[str, Any] = {}
        for name, value in (body or {}).items():
            if name.endswith("@odata.bind"):
                nav = name.removesuffix("@odata.bind")
                target = self._bound(value)
                if isinstance(target, Reply):
                    return target
                columns[f"_{nav}_value"] = target
            else:
                columns[name] = value
        if guid is None:
            guid = str(uuid.UUID(int=next(self._seq)))
        row = table.setdefault(guid, {key_column: key_value} if key_column else {})
        for name, value in columns.items():
            if value is None:
                row.pop(name, None)
            else:
                row[name] = value
        entity_id = f"{self.api}/{ref['set']}({guid})"
        return Reply(204, {"OData-EntityId": entity_id}, None)

    def _locate(self, entity_set: str, key: str):
        """(guid or None when new, key column, key value), or an error answer."""
        table = self.tables[entity_set]
        if re.fullmatch(r"[0-9a-fA-F-]{36}", key):
            return key.lower(), None, None
        match = re.fullmatch(r"(\w+)='((?:[^']|'')*)'", key)
        if match is None or match[1] not in self.keys.get(entity_set, set()):
            return _error(
                400,
                "0x80060888",
                f"The key in the request URI is not valid for resource "
                f"'Microsoft.Dynamics.CRM.{ENTITY[entity_set]}'. Ensure that the names and "
                "number of key properties match the declared or alternate key properties for the "
                "resource.",
            )
        column, value = match[1], match[2].replace("''", "'")
        guid = next((g for g, row in table.items() if row.get(column) == value), None)
        return guid, column, value

    def _bound(self, ref: str):
        """The GUID an ``@odata.bind`` value points at, or an error answer."""
        match = _REF.match(unquote(ref))
        if match is None:
            return _error(400, "0x80060888", f"Invalid reference {ref}")
        if match["set"] == "systemusers":
            guid = match["key"].lower()
            if any(u["systemuserid"] == guid for u in self.users):
                return guid
            return _error(400, "0x80040217", f"systemuser With Id = {guid} Does Not Exist")
        if match["set"] not in self.tables:
            return _error(400, "0x80060888", f"Invalid reference {ref}")
        located = self._locate(match["set"], match["key"])
        if isinstance(located, Reply):
            return located
        guid = located[0]
        if guid is None or guid not in self.tables[match["set"]]:
            return _error(
                400, "0x80040217", f"{ENTITY[match['set']]} With Ids = {match['key']} Do Not Exist"
            )
        return guid


_REASONS = {
    200: "OK",
    204: "No Content",
    400: "Bad Request",
    404: "Not Found",
    405: "Method Not Allowed",
}


def parse_part(part: str) -> tuple[str, str, dict[str, str], Any]:
    lines = part.replace("\r\n", "\n").split("\n")
    start = next(i for i, line in enumerate(lines) if re.match(r"^[A-Z]+ \S+ HTTP/1\.1$", line))
    method, url, _version = lines[start].split(" ")
    headers: dict[str, str] = {}
    i = start + 1
    while i < len(lines) and lines[i].strip():
        name, _, value = lines[i].partition(":")
        headers[name.strip().lower()] = value.strip()
        i += 1
    raw = "\n".join(lines[i + 1 :]).strip()
    return method, url, headers, json.loads(raw) if raw else None
