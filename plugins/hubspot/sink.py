"""The HubSpot sink: batch upserts of companies and contacts, v4 associations, owners by email.

Per batch of up to 100 records it makes at most four writes: companies (upsert by a custom unique
property holding contactkit's organization id, created through the properties API the first time),
contacts (upsert by email or a custom unique id property for new ones, update by id with only the
changed properties for known ones), contact-to-company associations, and parent-company
associations. Owners are read once per run. 429s and 5xx are retried by the host's session; a
207 multi-status fails only the records it names, and a batch refused as a whole is split until
the refused record stands alone (``batches.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any, ClassVar, Literal

import requests

from contactkit.crm import SentCompanies, company_changed
from contactkit.flat import company_fields, company_key, parent_company
from contactkit.model import GoldenRecord, SinkResult, SinkStatus
from contactkit.plugin import ForgetItem, PushItem, RunContext, Sink
from contactkit_plugins.hubspot import batches
from contactkit_plugins.hubspot.batches import API_BATCH, message, one_line
from contactkit_plugins.hubspot.config import HubSpotConfig
from contactkit_plugins.hubspot.mapping import changed_properties, contact_fields, to_properties
from contactkit_plugins.hubspot.properties import ensure_unique

OWNER_PROPERTY = "hubspot_owner_id"
CHILD_TO_PARENT = 14
"""HubSpot-defined association type: child company to parent company."""


@dataclass
class _Plan:
    item: PushItem
    properties: dict[str, str]
    id_value: str | None
    company_key: str | None
    link: bool
    contact_id: str | None = None
    status: SinkStatus | None = None
    error: str | None = None

    @property
    def record(self) -> GoldenRecord:
        return self.item.record


class HubSpotSink(Sink):
    name: ClassVar[str] = "hubspot"
    Config = HubSpotConfig
    batch_size: ClassVar[int] = API_BATCH
    forget_mode: ClassVar[Literal["delete", "anonymize", "none"]] = "delete"

    def __init__(
        self, config: HubSpotConfig, context: RunContext, instance: str | None = None
    ) -> None:
        super().__init__(config, context, instance)
        self.config: HubSpotConfig = config
        self._owners: dict[str, str] | None = None
        self._contact_map = config.contact_map()
        self._company_map = config.company_map()
        self._unique: dict[tuple[str, str], str | None] = {}
        self._companies_sent = SentCompanies()

    # -- HTTP ----------------------------------------------------------------------------------

    def _call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = {
            "Authorization": f"Bearer {self.config.token.reveal()}",
            "Content-Type": "application/json",
        }
        return self.context.http.request(
            method, self.config.base_url + path, headers=headers, **kwargs
        )

    def _unique_property(self, object_type: str, name: str) -> str | None:
        """Why HubSpot cannot upsert by ``name`` (None: it can); checked once per portal."""
        key = (object_type, name)
        if key not in self._unique:
            cache_key = f"hubspot:{self.instance}:unique:{object_type}:{name}"
            if self.context.cache.get(cache_key):
                self._unique[key] = None
            else:
                self._unique[key] = ensure_unique(self._call, object_type, name)
                if self._unique[key] is None:
                    self.context.cache.put(cache_key, True)
        return self._unique[key]

    # -- owners --------------------------------------------------------------------------------

    def owner_id(self, email: str | None) -> str | None:
        if not email or not self.config.set_owner:
            return None
        email = email.lower()
        if email in self.config.owners:
            return self.config.owners[email]
        if self._owners is None:
            self._owners = self._load_owners()
        return self._owners.get(email)

    def _load_owners(self) -> dict[str, str]:
        """Every active owner by email (GET /crm/v3/owners, paged); cached for an hour."""
        key = f"hubspot:{self.instance}:owners"
        cached = self.context.cache.get(key, max_age=timedelta(hours=1))
        if cached is not None:
            return cached
        owners: dict[str, str] = {}
        after: str | None = None
        while True:
            params = {"limit": "100", "archived": "false"}
            if after:
                params["after"] = after
            response = self._call("GET", "/crm/v3/owners/", params=params)
            if response.status_code != 200:
                # e.g. a token without the owners scope: push contacts without owners this run
                return owners
            data = response.json()
            for owner in data.get("results", []):
                if owner.get("email"):
                    owners[owner["email"].lower()] = str(owner["id"])
            after = (data.get("paging") or {}).get("next", {}).get("after")
            if not after:
                break
        self.context.cache.put(key, owners)
        return owners

    # -- mapping -------------------------------------------------------------------------------

    def _properties(self, record: GoldenRecord) -> dict[str, str]:
        props = to_properties(contact_fields(record), self._contact_map)
        if self.config.contact_id_property not in self._contact_map.values():
            # a custom unique property: it holds contactkit's stable id
            props[self.config.contact_id_property] = record.id
        owner = self.owner_id(record.owner.email if record.owner else None)
        if owner:
            props[OWNER_PROPERTY] = owner
        return props

    def _company_key(self, record: GoldenRecord | None) -> str | None:
        if record is None or not self.config.link_companies:
            return None
        return company_key(record)

    def _company_properties(self, key: str, fields: dict[str, Any]) -> dict[str, str]:
        props = to_properties(fields, self._company_map)
        props[self.config.company_id_property] = key
        return props

    # -- write ---------------------------------------------------------------------------------

    def write(self, batch: list[PushItem]) -> list[SinkResult]:
        results: list[SinkResult] = []
        plans: list[_Plan] = []
        for item in batch:
            record = item.record
            if item.unchanged:
                results.append(_result(record, SinkStatus.UNCHANGED, item.external_id))
                continue
            plan = self._plan(item)
            if plan is None:
                results.append(_result(record, SinkStatus.UNCHANGED, item.external_id))
            elif plan.error:
                results.append(_result(record, SinkStatus.FAILED, reason=plan.error))
            else:
                plans.append(plan)
        try:
            if plans:
                companies = self._upsert_companies(plans)
                self._upsert_contacts(
                    [p for p in plans if p.item.external_id is None and not p.error]
                )
                self._update_contacts([p for p in plans if p.item.external_id and not p.error])
                self._associate([p for p in plans if p.link and not p.error], companies)
        except requests.RequestException as exc:
            # the host already retried; the batch fails and is sent again next run
            for plan in plans:
                if not plan.error:  # upserts are idempotent: resending is safe
                    plan.error = f"could not reach HubSpot: {type(exc).__name__}"
        for plan in plans:
            if plan.error:
                results.append(
                    _result(plan.record, SinkStatus.FAILED, plan.contact_id, one_line(plan.error))
                )
            else:
                results.append(
                    _result(plan.record, plan.status or SinkStatus.UPDATED, plan.contact_id)
                )
        return results

    def _plan(self, item: PushItem) -> _Plan | None:
        """What to send for one record; None when nothing HubSpot keeps has changed."""
        record = item.record
        props = self._properties(record)
        id_value = props.get(self.config.contact_id_property)
        key = self._company_key(record)
        if item.external_id is None:
            if not id_value:
                return _Plan(
                    item,
                    props,
                    None,
                    key,
                    False,
                    error=f"no {self.config.contact_id_property}: HubSpot upserts contacts by it",
                )
            return _Plan(item, props, id_value, key, link=key is not None)
        previous = item.previous
        send = changed_properties(props, self._properties(previous)) if previous else props
        link = key is not None and (previous is None or company_changed(record, previous))
        if not send and not link:
            return None
        plan = _Plan(item, send, id_value, key, link, contact_id=item.external_id)
        plan.status = SinkStatus.UPDATED
        return plan

    def _upsert_companies(self, plans: list[_Plan]) -> dict[str, str]:
        """Upsert each company (and its parent) once by its key; return key -> HubSpot id."""
        wanted: dict[str, dict[str, str]] = {}
        parents: dict[str, str] = {}  # company key -> parent key
        for plan in plans:
            if plan.link and plan.company_key and plan.company_key not in wanted:
                wanted[plan.company_key] = self._company_properties(
                    plan.company_key, company_fields(plan.record)
                )
                parent = parent_company(plan.record) if self.config.link_parents else None
                if parent is not None and parent[0] != plan.company_key:
                    parents[plan.company_key] = parent[0]
                    wanted.setdefault(parent[0], self._company_properties(*parent))
        todo = self._companies_sent.todo(wanted)  # each company once per run
        id_prop = self.config.company_id_property
        refused = self._unique_property("companies", id_prop) if todo else None
        if refused:
            failed = dict.fromkeys(todo, refused)
            found: dict[str, dict] = {}
        else:
            found, failed = batches.send(
                self._call,
                "/crm/v3/objects/companies/batch/upsert",
                [{"idProperty": id_prop, "id": k, "properties": p} for k, p in todo.items()],
                lambda i: i["id"],
                lambda r: r["properties"].get(id_prop),
            )
        for key, result in found.items():
            self._companies_sent.done(key, todo[key], str(result["id"]))
        ids = self._companies_sent.ids()
        for plan in plans:
            if plan.link and plan.company_key in failed:
                plan.error = f"company {plan.company_key}: {failed[plan.company_key]}"
        self._link_parents(plans, {c: p for c, p in parents.items() if c in todo}, ids)
        return ids

    def _link_parents(
        self, plans: list[_Plan], parents: dict[str, str], ids: dict[str, str]
    ) -> None:
        """Child company -> parent company (HubSpot-defined type 14), one batch call."""
        inputs = [
            {
                "from": {"id": ids[child]},
                "to": {"id": ids[parent]},
                "types": [
                    {"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": CHILD_TO_PARENT}
                ],
            }
            for child, parent in parents.items()
            if child in ids and parent in ids
        ]
        if not inputs:
            return
        _found, failed = batches.send(
            self._call,
            "/crm/v4/associations/companies/companies/batch/create",
            inputs,
            lambda i: i["from"]["id"],
            lambda r: str(r.get("fromObjectId") or (r.get("from") or {}).get("id") or ""),
        )
        for plan in plans:
            key = plan.company_key
            if plan.link and key in ids and ids[key] in failed and not plan.error:
                plan.error = f"company {key} saved, not linked to its parent: {failed[ids[key]]}"

    def _upsert_contacts(self, plans: list[_Plan]) -> None:
        id_prop = self.config.contact_id_property
        if not plans:
            return
        refused = self._unique_property("contacts", id_prop)
        if refused:
            for plan in plans:
                plan.error = refused
            return
        by_key = {p.id_value.lower(): p for p in plans if p.id_value}
        found, failed = batches.send(
            self._call,
            "/crm/v3/objects/contacts/batch/upsert",
            [
                {"idProperty": id_prop, "id": p.id_value, "properties": p.properties}
                for p in by_key.values()
            ],
            lambda i: i["id"].lower(),
            lambda r: (r["properties"].get(id_prop) or "").lower(),
        )
        for key, plan in by_key.items():
            if key in found:
                plan.contact_id = str(found[key]["id"])
                plan.status = SinkStatus.CREATED if found[key].get("new") else SinkStatus.UPDATED
            else:
                plan.error = failed.get(key, "no result in HubSpot's answer")

    def _update_contacts(self, plans: list[_Plan]) -> None:
        """Known contacts: update by id, sending only the properties that changed."""
        by_id = {p.contact_id: p for p in plans if p.properties and p.contact_id}
        _found, failed = batches.send(
            self._call,
            "/crm/v3/objects/contacts/batch/update",
            [{"id": cid, "properties": p.properties} for cid, p in by_id.items()],
            lambda i: i["id"],
            lambda r: str(r["id"]),
        )
        for cid, plan in by_id.items():
            if cid in failed:
                plan.error = failed[cid]

    def _associate(self, plans: list[_Plan], companies: dict[str, str]) -> None:
        """Link contacts to companies with HubSpot's default association (v4 batch)."""
        by_contact = {
            p.contact_id: p
            for p in plans
            if p.contact_id and p.company_key in companies and not p.error
        }
        _found, failed = batches.send(
            self._call,
            "/crm/v4/associations/contacts/companies/batch/associate/default",
            [
                {"from": {"id": cid}, "to": {"id": companies[p.company_key]}}
                for cid, p in by_contact.items()
            ],
            lambda i: i["from"]["id"],
            lambda r: str(r["from"]["id"]),
        )
        for cid, reason in failed.items():
            if cid in by_contact:
                by_contact[cid].error = f"saved, but not linked to its company: {reason}"

    # -- forget --------------------------------------------------------------------------------

    def forget(self, items: list[ForgetItem]) -> list[SinkResult]:
        """GDPR-delete each contact: permanent, unlike archiving (kept 90 days in the bin)."""
        results = []
        for item in items:
            if not item.external_id:
                results.append(_result_id(item.record_id, SinkStatus.UNCHANGED))
                continue
            response = self._call(
                "POST", "/crm/v3/objects/contacts/gdpr-delete", json={"objectId": item.external_id}
            )
            if response.status_code in (200, 204, 404):
                results.append(_result_id(item.record_id, SinkStatus.DELETED, item.external_id))
            else:
                results.append(
                    _result_id(item.record_id, SinkStatus.FAILED, reason=message(response))
                )
        return results


def _result(
    record: GoldenRecord,
    status: SinkStatus,
    external_id: str | None = None,
    reason: str | None = None,
) -> SinkResult:
    return SinkResult(record_id=record.id, status=status, external_id=external_id, reason=reason)


def _result_id(
    record_id: str, status: SinkStatus, external_id: str | None = None, reason: str | None = None
) -> SinkResult:
    return SinkResult(record_id=record_id, status=status, external_id=external_id, reason=reason)
