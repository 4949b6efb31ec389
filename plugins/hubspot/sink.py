"""The HubSpot sink: batch upserts of companies and contacts, v4 associations, owners by email.

Per batch of up to 100 records it makes at most three writes: companies (upsert by domain),
contacts (upsert by email for new ones, update by id with only the changed properties for known
ones) and contact-to-company associations. Owners are read once per run. 429s and 5xx are
retried by the host's session; a 207 multi-status fails only the records it names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any, ClassVar, Literal

import requests

from contactkit.model import GoldenRecord, SinkResult, SinkStatus
from contactkit.plugin import ForgetItem, PushItem, RunContext, Sink
from contactkit_plugins.hubspot.config import HubSpotConfig
from contactkit_plugins.hubspot.mapping import (
    changed_properties,
    company_fields,
    contact_fields,
    to_properties,
)

API_BATCH = 100
"""HubSpot's limit of inputs per batch call."""
OWNER_PROPERTY = "hubspot_owner_id"


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


def _message(response: requests.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        data = {}
    text = data.get("message") if isinstance(data, dict) else None
    return f"HTTP {response.status_code}" + (f": {text}" if text else "")


def _one_line(text: str) -> str:
    return " ".join(str(text).split())[:300]


class HubSpotSink(Sink):
    name: ClassVar[str] = "hubspot"
    Config = HubSpotConfig
    batch_size: ClassVar[int] = API_BATCH
    forget_mode: ClassVar[Literal["delete", "anonymize", "none"]] = "delete"

    def __init__(self, config: HubSpotConfig, context: RunContext, instance: str | None = None):
        super().__init__(config, context, instance)
        self.config: HubSpotConfig = config
        self._owners: dict[str, str] | None = None
        self._contact_map = config.contact_map()
        self._company_map = config.company_map()

    # -- HTTP ----------------------------------------------------------------------------------

    def _call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = {
            "Authorization": f"Bearer {self.config.token.reveal()}",
            "Content-Type": "application/json",
        }
        return self.context.http.request(
            method, self.config.base_url + path, headers=headers, **kwargs
        )

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
        props = to_properties(company_fields(record), self._company_map)
        return props.get(self.config.company_id_property)

    # -- write ---------------------------------------------------------------------------------

    def write(self, batch: list[PushItem]) -> list[SinkResult]:
        results: list[SinkResult] = []
        plans: list[_Plan] = []
        for item in batch:
            record = item.record
            if (
                item.external_id
                and item.previous is not None
                and item.previous.content_hash() == record.content_hash()
            ):
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
                    _result(plan.record, SinkStatus.FAILED, plan.contact_id, _one_line(plan.error))
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
        company_key = self._company_key(record)
        if item.external_id is None:
            if not id_value:
                return _Plan(
                    item,
                    props,
                    None,
                    company_key,
                    False,
                    error=f"no {self.config.contact_id_property}: HubSpot upserts contacts by it",
                )
            return _Plan(item, props, id_value, company_key, link=company_key is not None)
        previous = item.previous
        send = changed_properties(props, self._properties(previous)) if previous else props
        link = company_key is not None and (
            previous is None or company_key != self._company_key(previous)
        )
        if not send and not link:
            return None
        plan = _Plan(item, send, id_value, company_key, link, contact_id=item.external_id)
        plan.status = SinkStatus.UPDATED
        return plan

    def _upsert_companies(self, plans: list[_Plan]) -> dict[str, str]:
        """Upsert each company once by its key; return key -> HubSpot company id."""
        wanted: dict[str, dict[str, str]] = {}
        for plan in plans:
            if plan.link and plan.company_key and plan.company_key not in wanted:
                wanted[plan.company_key] = to_properties(
                    company_fields(plan.record), self._company_map
                )
        ids: dict[str, str] = {}
        errors: dict[str, str] = {}
        keys = list(wanted)
        id_prop = self.config.company_id_property
        for start in range(0, len(keys), API_BATCH):
            chunk = keys[start : start + API_BATCH]
            body = {
                "inputs": [
                    {"idProperty": id_prop, "id": key, "properties": wanted[key]} for key in chunk
                ]
            }
            response = self._call("POST", "/crm/v3/objects/companies/batch/upsert", json=body)
            found, failed = _batch_outcome(response, chunk, lambda r: r["properties"].get(id_prop))
            ids.update({k: r["id"] for k, r in found.items()})
            errors.update(failed)
        for plan in plans:
            if plan.link and plan.company_key in errors:
                plan.error = f"company {plan.company_key}: {errors[plan.company_key]}"
        return ids

    def _upsert_contacts(self, plans: list[_Plan]) -> None:
        id_prop = self.config.contact_id_property
        for start in range(0, len(plans), API_BATCH):
            chunk = plans[start : start + API_BATCH]
            by_key = {p.id_value.lower(): p for p in chunk if p.id_value}
            body = {
                "inputs": [
                    {"idProperty": id_prop, "id": p.id_value, "properties": p.properties}
                    for p in chunk
                ]
            }
            response = self._call("POST", "/crm/v3/objects/contacts/batch/upsert", json=body)
            found, failed = _batch_outcome(
                response, list(by_key), lambda r: (r["properties"].get(id_prop) or "").lower()
            )
            for key, plan in by_key.items():
                if key in found:
                    plan.contact_id = str(found[key]["id"])
                    plan.status = (
                        SinkStatus.CREATED if found[key].get("new") else SinkStatus.UPDATED
                    )
                else:
                    plan.error = failed.get(key, "no result in HubSpot's answer")

    def _update_contacts(self, plans: list[_Plan]) -> None:
        """Known contacts: update by id, sending only the properties that changed."""
        to_send = [p for p in plans if p.properties]
        for start in range(0, len(to_send), API_BATCH):
            chunk = to_send[start : start + API_BATCH]
            by_id = {p.contact_id: p for p in chunk if p.contact_id}
            body = {"inputs": [{"id": cid, "properties": p.properties} for cid, p in by_id.items()]}
            response = self._call("POST", "/crm/v3/objects/contacts/batch/update", json=body)
            found, failed = _batch_outcome(response, list(by_id), lambda r: str(r["id"]))
            for cid, plan in by_id.items():
                if cid not in found:
                    plan.error = failed.get(cid, "no result in HubSpot's answer")

    def _associate(self, plans: list[_Plan], companies: dict[str, str]) -> None:
        """Link contacts to companies with HubSpot's default association (v4 batch)."""
        pairs = [
            (p, companies[p.company_key])
            for p in plans
            if p.contact_id and p.company_key in companies and not p.error
        ]
        for start in range(0, len(pairs), API_BATCH):
            chunk = pairs[start : start + API_BATCH]
            body = {"inputs": [{"from": {"id": p.contact_id}, "to": {"id": co}} for p, co in chunk]}
            response = self._call(
                "POST", "/crm/v4/associations/contacts/companies/batch/associate/default", json=body
            )
            if response.status_code in (200, 201):
                continue
            if response.status_code == 207:
                failed = _errors_by_id(response.json())
                for plan, _co in chunk:
                    if plan.contact_id in failed:
                        plan.error = (
                            f"saved, but not linked to its company: {failed[plan.contact_id]}"
                        )
                continue
            for plan, _co in chunk:
                plan.error = f"saved, but not linked to its company: {_message(response)}"

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
                    _result_id(item.record_id, SinkStatus.FAILED, reason=_message(response))
                )
        return results


def _batch_outcome(response: requests.Response, keys: list[str], key_of) -> tuple[dict, dict]:
    """(results by key, error message by key) of a batch call; 207 is a partial success."""
    if response.status_code not in (200, 201, 207):
        return {}, {k: _message(response) for k in keys}
    data = response.json()
    found = {}
    for result in data.get("results", []):
        key = key_of(result)
        if key:
            found[key] = result
    errors = _errors_by_id(data)
    generic = next(iter(errors.values()), None) or (
        _one_line(data["errors"][0].get("message", "")) if data.get("errors") else None
    )
    failed = {k: errors.get(k) or errors.get(k.lower()) or generic for k in keys if k not in found}
    return found, {k: v for k, v in failed.items() if v}


def _errors_by_id(data: dict) -> dict[str, str]:
    """HubSpot batch errors name their inputs in ``context.ids`` (or ``context.id``)."""
    out = {}
    for error in data.get("errors", []):
        context = error.get("context") or {}
        ids = context.get("ids") or context.get("id") or []
        for key in ids if isinstance(ids, list) else [ids]:
            out[str(key)] = out[str(key).lower()] = _one_line(
                f"{error.get('category', 'error')}: {error.get('message', '')}"
            )
    return out


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
