"""The Dynamics 365 sink: accounts and contacts upserted by alternate key in OData ``$batch``.

Per batch of up to 1,000 records: one query for owners not yet known (``systemusers`` by
``internalemailaddress``), then the writes in as few ``$batch`` calls as Dataverse's limit of
1,000 requests allows: parent accounts first, then accounts (``parentaccountid`` bound to the
parent by its alternate key), then contacts (``parentcustomerid_account`` bound the same way).
New records are upserted (``PATCH contacts(ck_contactkitid='...')``); known ones are updated by
their GUID with ``If-Match: *`` and only the changed columns, so a record deleted in Dynamics is
never silently re-created. ``Prefer: odata.continue-on-error`` lets one refused record fail
alone.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

import requests

from contactkit.crm import CrmSink, Plan, SentCompanies, rename
from contactkit.flat import company_fields, parent_company
from contactkit.model import GoldenRecord, SinkResult, SinkStatus
from contactkit.plugin import ForgetItem, PushItem, RunContext
from contactkit_plugins.dynamics365 import odata_batch
from contactkit_plugins.dynamics365.config import DynamicsConfig
from contactkit_plugins.dynamics365.mapping import by_key, contact_fields
from contactkit_plugins.dynamics365.odata_batch import MAX_REQUESTS, Answer, Operation

OWNER_QUERY_CHUNK = 40
"""Emails per systemusers query: keeps the URL far below Dataverse's 32 KB limit."""


def _odata_quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


class DynamicsSink(CrmSink):
    name: ClassVar[str] = "dynamics365"
    Config = DynamicsConfig
    batch_size: ClassVar[int] = MAX_REQUESTS
    forget_mode: ClassVar[Literal["delete", "anonymize", "none"]] = "delete"

    def __init__(
        self, config: DynamicsConfig, context: RunContext, instance: str | None = None
    ) -> None:
        super().__init__(config, context, instance)
        self.config: DynamicsConfig = config
        self._contact_map = config.contact_map()
        self._account_map = config.account_map()
        self._owner_ids: dict[str, str | None] = dict(config.owners)
        self._accounts_sent = SentCompanies()

    # -- HTTP ----------------------------------------------------------------------------------

    @property
    def api(self) -> str:
        return f"{self.config.url}/api/data/{self.config.api_version}"

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.config.access_token.reveal()}",
            "OData-MaxVersion": "4.0",
            "OData-Version": "4.0",
            "Accept": "application/json",
        }

    def _batch(self, operations: list[Operation]) -> list[Answer | str]:
        """Each operation's answer, or a one-line reason when the batch call itself failed."""
        out: list[Answer | str] = []
        for start in range(0, len(operations), MAX_REQUESTS):
            chunk = operations[start : start + MAX_REQUESTS]
            content_type, body = odata_batch.encode(chunk)
            headers = {
                **self._headers(),
                "Content-Type": content_type,
                "Prefer": "odata.continue-on-error",
            }
            try:
                response = self.context.http.request(
                    "POST", f"{self.api}/$batch", data=body, headers=headers
                )
            except requests.RequestException as exc:
                out += [f"could not reach Dynamics 365: {type(exc).__name__}"] * len(chunk)
                continue
            if response.status_code != 200:
                reason = Answer(response.status_code, {}, _json(response)).error()
                out += [reason] * len(chunk)
                continue
            try:
                answers = odata_batch.decode(
                    response.headers.get("Content-Type", ""), response.content
                )
            except ValueError as exc:
                answers = []
                reason = str(exc)
            else:
                reason = "no answer for this request in the $batch response"
            out += answers[: len(chunk)] + [reason] * (len(chunk) - len(answers))
        return out

    # -- owners --------------------------------------------------------------------------------

    def look_up_owners(self, emails: set[str]) -> None:
        """systemusers by primary email, once per email per run."""
        todo = sorted(e for e in emails if e not in self._owner_ids)
        if not self.config.set_owner:
            return
        for start in range(0, len(todo), OWNER_QUERY_CHUNK):
            chunk = todo[start : start + OWNER_QUERY_CHUNK]
            wanted = " or ".join(f"internalemailaddress eq {_odata_quote(e)}" for e in chunk)
            params = {
                "$select": "systemuserid,internalemailaddress",
                "$filter": f"isdisabled eq false and ({wanted})",
            }
            try:
                response = self.context.http.request(
                    "GET", f"{self.api}/systemusers", params=params, headers=self._headers()
                )
            except requests.RequestException:
                return  # push without owners this run; contacts do not fail for it
            if response.status_code != 200:
                return  # e.g. no read privilege on systemuser
            for user in (_json(response) or {}).get("value", []):
                email = (user.get("internalemailaddress") or "").lower()
                if email:
                    self._owner_ids.setdefault(email, user["systemuserid"])
            for email in chunk:
                self._owner_ids.setdefault(email, None)

    def _owner(self, record: GoldenRecord | None) -> str | None:
        if record is None or record.owner is None or not self.config.set_owner:
            return None
        return self._owner_ids.get(record.owner.email.lower())

    # -- mapping -------------------------------------------------------------------------------

    def _columns(self, record: GoldenRecord) -> dict[str, Any]:
        columns = rename(contact_fields(record), self._contact_map)
        owner = self._owner(record)
        if owner:
            columns["ownerid@odata.bind"] = f"/systemusers({owner})"
        return columns

    def _account_ref(self, key: str) -> str:
        return "/" + by_key("accounts", self.config.account_key, key)

    def plan(self, item: PushItem) -> Plan | None:
        return self.plan_fields(
            item,
            self._columns,
            link_companies=self.config.link_accounts,
            # lastname is required; a record always has an owner in Dataverse
            never_cleared=("lastname", "ownerid@odata.bind"),
        )

    def _account_operations(self, plans: list[Plan]) -> list[tuple[str, Operation]]:
        """(key, upsert) for each company to send, parents before their children."""
        parents: dict[str, dict[str, Any]] = {}
        accounts: dict[str, dict[str, Any]] = {}
        for plan in plans:
            if not (plan.link and plan.account) or plan.account in accounts:
                continue
            columns = rename(company_fields(plan.record), self._account_map)
            parent = parent_company(plan.record) if self.config.link_parents else None
            if parent is not None and parent[0] != plan.account:
                parents.setdefault(parent[0], rename(parent[1], self._account_map))
                columns["parentaccountid@odata.bind"] = self._account_ref(parent[0])
            accounts[plan.account] = columns
        out = []
        named = {k: c for k, c in [*parents.items(), *accounts.items()] if c.get("name")}
        for key, columns in self._accounts_sent.todo(named).items():
            url = f"{self.api}/{by_key('accounts', self.config.account_key, key)}"
            out.append((key, Operation("PATCH", url, columns)))
        return out

    def _contact_operation(self, plan: Plan, accounts_ok: set[str]) -> Operation:
        columns = dict(plan.fields)
        if plan.link and plan.account in accounts_ok:
            columns["parentcustomerid_account@odata.bind"] = self._account_ref(plan.account)
        if plan.external_id:  # known: update only, never re-create a deleted contact
            url = f"{self.api}/contacts({plan.external_id})"
            return Operation("PATCH", url, columns, {"If-Match": "*"})
        url = f"{self.api}/{by_key('contacts', self.config.contact_key, plan.record.id)}"
        return Operation("PATCH", url, columns)

    # -- write ---------------------------------------------------------------------------------

    def send(self, plans: list[Plan]) -> None:
        account_ops = self._account_operations(plans)
        # accounts already known good this run, plus those about to be sent
        linked = {p.account for p in plans if p.account in self._accounts_sent}
        linked |= {k for k, _op in account_ops}
        contact_ops = [self._contact_operation(p, linked) for p in plans]
        answers = self._batch([op for _k, op in account_ops] + contact_ops)
        account_errors: dict[str, str] = {}
        for (key, op), answer in zip(account_ops, answers, strict=False):
            if isinstance(answer, Answer) and answer.ok:
                self._accounts_sent.done(key, op.body or {})
            else:
                account_errors[key] = answer if isinstance(answer, str) else answer.error()
        for plan, answer in zip(plans, answers[len(account_ops) :], strict=True):
            if isinstance(answer, str):  # the $batch call itself failed
                plan.error = answer
            elif plan.link and plan.account in account_errors:
                plan.error = f"account {plan.account}: {account_errors[plan.account]}"
            elif answer.status == 404 and plan.external_id:
                plan.error = "contact was deleted in Dynamics 365; not re-created"
            elif not answer.ok:
                plan.error = answer.error()
            elif plan.external_id:
                plan.status = SinkStatus.UPDATED
            else:
                plan.external_id = answer.entity_id()
                if plan.external_id is None:
                    plan.error = (
                        "Dynamics 365 did not say which contact it wrote (no OData-EntityId)"
                    )
                else:
                    plan.status = SinkStatus.CREATED

    # -- forget --------------------------------------------------------------------------------

    def forget(self, items: list[ForgetItem]) -> list[SinkResult]:
        """Delete contacts by GUID in $batch calls; one already gone counts as deleted."""
        results = [_result(i.record_id, SinkStatus.UNCHANGED) for i in items if not i.external_id]
        known = [i for i in items if i.external_id]
        ops = [Operation("DELETE", f"{self.api}/contacts({i.external_id})") for i in known]
        for item, answer in zip(known, self._batch(ops), strict=True):
            if isinstance(answer, Answer) and (answer.ok or answer.status == 404):
                results.append(_result(item.record_id, SinkStatus.DELETED, item.external_id))
            else:
                reason = answer if isinstance(answer, str) else answer.error()
                results.append(_result(item.record_id, SinkStatus.FAILED, reason=reason))
        return results


def _json(response: requests.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _result(
    record_id: str, status: SinkStatus, external_id: str | None = None, reason: str | None = None
) -> SinkResult:
    return SinkResult(record_id=record_id, status=status, external_id=external_id, reason=reason)
