"""An in-memory HubSpot for tests and benchmarks, served through ``responses``.

It answers the endpoints the sink uses with the shapes of HubSpot's public documentation
(batch results with ``id``/``properties``/``new``, 207 multi-status with ``errors`` naming their
inputs in ``context.ids``), and keeps what it was sent so a test can read the CRM back.

Like a real portal it refuses an upsert whose ``idProperty`` does not hold unique values (HubSpot's
``domain`` does not), and a write naming a property the portal does not have; custom properties
are created through the properties API (``/crm/v3/properties/{objectType}``).
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from typing import Any

import responses

NOW = "2026-01-15T09:30:00.000Z"

DEFAULT_PROPERTIES: dict[str, dict[str, bool]] = {
    # HubSpot's default properties that the sinks write, name -> hasUniqueValue
    "contacts": {
        **dict.fromkeys(
            [
                "firstname",
                "lastname",
                "phone",
                "mobilephone",
                "fax",
                "jobtitle",
                "company",
                "website",
                "address",
                "city",
                "state",
                "zip",
                "country",
                "hubspot_owner_id",
            ],
            False,
        ),
        "email": True,
        "hs_object_id": True,
    },
    "companies": {
        **dict.fromkeys(
            ["name", "domain", "phone", "city", "country", "numberofemployees", "hubspot_owner_id"],
            False,
        ),
        "hs_object_id": True,
    },
}


def _not_found(kind: str, object_id: str) -> dict[str, Any]:
    """One error of a 207 multi-status, naming its input."""
    return {
        "status": "error",
        "category": "OBJECT_NOT_FOUND",
        "message": f"Could not get some {kind} objects, they may be deleted.",
        "context": {"ids": [object_id]},
    }


def _validation_error(message: str) -> dict[str, Any]:
    return {
        "status": "error",
        "message": message,
        "correlationId": "4f6e1a9c-7a1d-4a5e-9f0e-0c1d2e3f4a5b",
        "category": "VALIDATION_ERROR",
    }


@dataclass
class FakeHubSpot:
    base_url: str = "https://api.hubapi.com"
    token: str = "pat-test-token"
    contacts: dict[str, dict[str, str]] = field(default_factory=dict)
    companies: dict[str, dict[str, str]] = field(default_factory=dict)
    associations: set[tuple[str, str]] = field(default_factory=set)
    owners: list[dict[str, Any]] = field(default_factory=list)
    reject: set[str] = field(default_factory=set)
    """Contact id-property values (e.g. emails) to refuse with a validation error (207)."""
    reject_batch: set[str] = field(default_factory=set)
    """Contact id-property values that make HubSpot refuse the whole batch (400)."""
    owners_page_size: int = 100
    properties: dict[str, dict[str, bool]] = field(
        default_factory=lambda: {k: dict(v) for k, v in DEFAULT_PROPERTIES.items()}
    )
    """object type -> property name -> hasUniqueValue: what the portal has."""
    company_associations: set[tuple[str, str, int]] = field(default_factory=set)
    """(from company, to company, association type id): parent/child company links."""

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
            ("GET", r"/crm/v3/properties/(contacts|companies)/[\w-]+", self._get_property),
            ("POST", r"/crm/v3/properties/(contacts|companies)", self._create_property),
            (
                "POST",
                r"/crm/v4/associations/companies/companies/batch/create",
                self._associate_companies,
            ),
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

    # -- properties --------------------------------------------------------------------------

    def _get_property(self, body, request):
        parts = request.path_url.split("?")[0].rstrip("/").split("/")
        object_type, name = parts[-2], parts[-1]
        if name not in self.properties[object_type]:
            return 404, {
                "status": "error",
                "message": f"Unable to find property {name} on object type {object_type}",
                "category": "OBJECT_NOT_FOUND",
            }
        return 200, self._property(object_type, name)

    def _create_property(self, body, request):
        object_type = request.path_url.split("?")[0].rstrip("/").split("/")[-1]
        missing = [k for k in ("name", "label", "type", "fieldType", "groupName") if k not in body]
        if missing:
            return 400, _validation_error(f"Missing required fields: {missing}")
        if body["name"] in self.properties[object_type]:
            return 409, {
                "status": "error",
                "message": f"A property named '{body['name']}' already exists.",
                "category": "OBJECT_ALREADY_EXISTS",
            }
        self.properties[object_type][body["name"]] = bool(body.get("hasUniqueValue"))
        return 201, self._property(object_type, body["name"], body)

    def _property(self, object_type, name, body=None):
        body = body or {}
        return {
            "name": name,
            "label": body.get("label", name),
            "type": body.get("type", "string"),
            "fieldType": body.get("fieldType", "text"),
            "groupName": body.get("groupName", f"{object_type[:-1]}information"),
            "hasUniqueValue": self.properties[object_type][name],
            "hidden": False,
            "formField": False,
            "createdAt": NOW,
            "updatedAt": NOW,
            "archived": False,
        }

    def _unknown_property(self, object_type, body):
        """HubSpot refuses the whole batch when an input names a property it does not have."""
        known = self.properties[object_type]
        for entry in body["inputs"]:
            names = list(entry.get("properties", {}))
            if "idProperty" in entry:
                names.append(entry["idProperty"])
            for name in names:
                if name not in known:
                    return 400, _validation_error(
                        f'Property values were not valid: [{{"isValid":false,"message":'
                        f'"Property \\"{name}\\" does not exist","error":'
                        f'"PROPERTY_DOESNT_EXIST","name":"{name}"}}]'
                    )
            id_prop = entry.get("idProperty")
            if id_prop and not known[id_prop]:
                return 400, _validation_error(
                    "Unable to perform update/upsert by non-unique property " + id_prop
                )
        return None

    def _upsert(self, store, body, reject=frozenset(), object_type="contacts"):
        refused = self._unknown_property(object_type, body)
        if refused:
            return refused
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
        spoilt = [i["id"] for i in body["inputs"] if i["id"] in self.reject_batch]
        if spoilt:
            return 400, _validation_error(f"Property values were not valid: {spoilt[0]}")
        return self._upsert(self.contacts, body, self.reject)

    def _upsert_companies(self, body, request):
        return self._upsert(self.companies, body, object_type="companies")

    def _associate_companies(self, body, request):
        """v4 batch create with explicit types: parent/child companies (13 and 14)."""
        results, errors = [], []
        for entry in body["inputs"]:
            a, b = str(entry["from"]["id"]), str(entry["to"]["id"])
            if a not in self.companies or b not in self.companies:
                errors.append(_not_found("COMPANY", a))
                continue
            for spec in entry["types"]:
                self.company_associations.add((a, b, int(spec["associationTypeId"])))
            results.append(
                {
                    "fromObjectTypeId": "0-2",
                    "fromObjectId": int(a),
                    "toObjectTypeId": "0-2",
                    "toObjectId": int(b),
                    "labels": [],
                }
            )
        return self._batch(results, errors)

    def parent_of(self, company_id: str) -> dict[str, str] | None:
        """The parent company linked to ``company_id`` (association type 14: child to parent)."""
        for a, b, kind in self.company_associations:
            if a == company_id and kind == 14:
                return self.companies.get(b)
        return None

    def _update_contacts(self, body, request):
        refused = self._unknown_property("contacts", body)
        if refused:
            return refused
        results, errors = [], []
        for entry in body["inputs"]:
            oid = str(entry["id"])
            if oid not in self.contacts:
                errors.append(_not_found("CONTACT", oid))
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
