"""The Salesforce sink: sObject Collections upserts by external id, 200 records per call.

Per batch it makes at most three calls: one SOQL query for owners not yet known, one Account
upsert and one Contact upsert (``PATCH .../composite/sobjects/<type>/<external id field>`` with
``allOrNone: false``, so one bad record fails alone). Known contacts send only the changed fields.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

import requests

from contactkit.crm import CrmSink, Plan, SentCompanies, rename
from contactkit.model import GoldenRecord, SinkResult, SinkStatus
from contactkit.plugin import ForgetItem, PushItem, RunContext
from contactkit_plugins.salesforce.config import SalesforceConfig
from contactkit_plugins.salesforce.mapping import account_fields, contact_fields, parent_account

COLLECTION_LIMIT = 200
"""sObject Collections take at most 200 records per request."""


def _one_line(text: str) -> str:
    return " ".join(str(text).split())[:300]


def _message(response: requests.Response) -> str:
    """Salesforce errors come as a list of {message, errorCode}."""
    try:
        data = response.json()
    except ValueError:
        data = None
    if isinstance(data, list) and data and isinstance(data[0], dict):
        first = data[0]
        return _one_line(
            f"HTTP {response.status_code}: {first.get('errorCode', '')}: {first.get('message', '')}"
        )
    return f"HTTP {response.status_code}"


def _item_error(result: dict) -> str:
    errors = result.get("errors") or [{}]
    e = errors[0]
    fields = f" ({', '.join(e['fields'])})" if e.get("fields") else ""
    return _one_line(f"{e.get('statusCode', 'ERROR')}: {e.get('message', 'refused')}{fields}")


def soql_quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


class SalesforceSink(CrmSink):
    name: ClassVar[str] = "salesforce"
    Config = SalesforceConfig
    batch_size: ClassVar[int] = COLLECTION_LIMIT
    forget_mode: ClassVar[Literal["delete", "anonymize", "none"]] = "delete"

    def __init__(
        self, config: SalesforceConfig, context: RunContext, instance: str | None = None
    ) -> None:
        super().__init__(config, context, instance)
        self.config: SalesforceConfig = config
        self._contact_map = config.contact_map()
        self._account_map = config.account_map()
        self._owner_ids: dict[str, str | None] = dict(config.owners)
        self._accounts_sent = SentCompanies()

    @property
    def _base(self) -> str:
        return f"{self.config.instance_url}/services/data/{self.config.api_version}"

    def _call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = {"Authorization": f"Bearer {self.config.access_token.reveal()}"}
        return self.context.http.request(method, self._base + path, headers=headers, **kwargs)

    # -- owners --------------------------------------------------------------------------------

    def look_up_owners(self, emails: set[str]) -> None:
        """Look up active Users by email, once per email per run (one SOQL query per batch)."""
        todo = sorted(e for e in emails if e not in self._owner_ids)
        if not todo or not self.config.set_owner:
            return
        soql = (
            "SELECT Id, Email FROM User WHERE IsActive = true AND Email IN ("
            + ", ".join(soql_quote(e) for e in todo)
            + ")"
        )
        response = self._call("GET", "/query", params={"q": soql})
        if response.status_code != 200:
            return  # e.g. no permission on User: push without owners, do not fail contacts
        data = response.json()
        for user in data.get("records", []):
            if user.get("Email"):
                self._owner_ids.setdefault(user["Email"].lower(), user["Id"])
        for email in todo:
            self._owner_ids.setdefault(email, None)

    def _owner(self, record: GoldenRecord | None) -> str | None:
        if record is None or record.owner is None or not self.config.set_owner:
            return None
        return self._owner_ids.get(record.owner.email.lower())

    # -- write ---------------------------------------------------------------------------------

    def send(self, plans: list[Plan]) -> None:
        try:
            accounts = self._upsert_accounts(plans)
            self._upsert_contacts(plans, accounts)
        except requests.RequestException as exc:
            # the host already retried; what is not done fails and is sent again next run
            for plan in plans:
                if not plan.error and plan.status is None:
                    plan.error = f"could not reach Salesforce: {type(exc).__name__}"

    def _fields(self, record: GoldenRecord) -> dict[str, Any]:
        fields = rename(contact_fields(record), self._contact_map)
        owner = self._owner(record)
        if owner:
            fields["OwnerId"] = owner
        return fields

    def plan(self, item: PushItem) -> Plan | None:
        return self.plan_fields(
            item,
            self._fields,
            link_companies=self.config.link_accounts,
            never_cleared=("LastName",),  # required on Contact
        )

    def _upsert(self, sobject: str, id_field: str, rows: list[dict[str, Any]]) -> list[Any]:
        """One collection upsert; a list of UpsertResult dicts, or an error string for all."""
        body = {
            "allOrNone": False,
            "records": [{"attributes": {"type": sobject}, **row} for row in rows],
        }
        response = self._call("PATCH", f"/composite/sobjects/{sobject}/{id_field}", json=body)
        if response.status_code != 200:
            return [_message(response)] * len(rows)
        data = response.json()
        if not isinstance(data, list) or len(data) != len(rows):
            return ["unexpected answer from Salesforce"] * len(rows)
        return data

    def _upsert_accounts(self, plans: list[Plan]) -> dict[str, str]:
        """Each company once, by its external id; parents first, so children get ParentId."""
        wanted: dict[str, dict[str, Any]] = {}
        parents: dict[str, dict[str, Any]] = {}
        parent_of: dict[str, str] = {}
        for plan in plans:
            if plan.link and plan.account and plan.account not in wanted:
                record = plan.record
                wanted[plan.account] = rename(account_fields(record), self._account_map)
                parent = parent_account(record) if self.config.link_parents else None
                if parent is not None and parent[0] != plan.account:
                    parent_of[plan.account] = parent[0]
                    parents.setdefault(parent[0], rename(parent[1], self._account_map))
        _parent_ids, errors = self._upsert_account_rows(parents)
        ids = self._accounts_sent.ids()  # this batch's and earlier batches' of this run
        for child, parent in parent_of.items():
            if parent in ids:
                wanted[child]["ParentId"] = ids[parent]
        _child_ids, child_errors = self._upsert_account_rows(wanted)
        errors.update(child_errors)
        ids = self._accounts_sent.ids()
        for plan in plans:
            if plan.link and plan.account in errors:
                plan.error = f"account {plan.account}: {errors[plan.account]}"
            elif plan.link and parent_of.get(plan.account) in errors:
                parent = parent_of[plan.account]
                plan.error = f"parent account {parent}: {errors[parent]}"
        return ids

    def _upsert_account_rows(
        self, wanted: dict[str, dict[str, Any]]
    ) -> tuple[dict[str, str], dict[str, str]]:
        """(Account id by key, error by key) of the Accounts not yet written this run; one
        without a Name is not sent."""
        ids: dict[str, str] = {}
        errors: dict[str, str] = {}
        keys = [k for k, fields in self._accounts_sent.todo(wanted).items() if fields.get("Name")]
        id_field = self.config.account_external_id
        for start in range(0, len(keys), COLLECTION_LIMIT):
            chunk = keys[start : start + COLLECTION_LIMIT]
            answers = self._upsert("Account", id_field, [{id_field: k, **wanted[k]} for k in chunk])
            for key, answer in zip(chunk, answers, strict=True):
                if isinstance(answer, dict) and answer.get("success"):
                    ids[key] = answer["id"]
                    self._accounts_sent.done(key, wanted[key], answer["id"])
                else:
                    errors[key] = answer if isinstance(answer, str) else _item_error(answer)
        return ids, errors

    def _upsert_contacts(self, plans: list[Plan], accounts: dict[str, str]) -> None:
        todo = [p for p in plans if not p.error]
        id_field = self.config.contact_external_id
        for start in range(0, len(todo), COLLECTION_LIMIT):
            chunk = todo[start : start + COLLECTION_LIMIT]
            rows = []
            for plan in chunk:
                row = {id_field: plan.record.id, **plan.fields}
                if plan.link and plan.account in accounts:
                    row["AccountId"] = accounts[plan.account]
                rows.append(row)
            answers = self._upsert("Contact", id_field, rows)
            for plan, answer in zip(chunk, answers, strict=True):
                if isinstance(answer, str):
                    plan.error = answer
                elif answer.get("success"):
                    plan.external_id = answer["id"]
                    plan.status = (
                        SinkStatus.CREATED if answer.get("created") else SinkStatus.UPDATED
                    )
                else:
                    plan.error = _item_error(answer)

    # -- forget --------------------------------------------------------------------------------

    def forget(self, items: list[ForgetItem]) -> list[SinkResult]:
        """Delete contacts by id with a collection DELETE (200 ids per call, allOrNone=false)."""
        results = [_result(i.record_id, SinkStatus.UNCHANGED) for i in items if not i.external_id]
        known = [i for i in items if i.external_id]
        for start in range(0, len(known), COLLECTION_LIMIT):
            chunk = known[start : start + COLLECTION_LIMIT]
            response = self._call(
                "DELETE",
                "/composite/sobjects",
                params={"ids": ",".join(i.external_id for i in chunk), "allOrNone": "false"},
            )
            if response.status_code != 200:
                reason = _message(response)
                results += [_result(i.record_id, SinkStatus.FAILED, reason=reason) for i in chunk]
                continue
            answers = response.json()
            if not isinstance(answers, list) or len(answers) != len(chunk):
                answers = [{}] * len(chunk)
            # DeleteResults come back in the order of the ids
            for item, answer in zip(chunk, answers, strict=True):
                codes = {e.get("statusCode") for e in answer.get("errors", [])}
                if answer.get("success") or codes & {
                    "ENTITY_IS_DELETED",
                    "INVALID_CROSS_REFERENCE_KEY",
                }:
                    results.append(_result(item.record_id, SinkStatus.DELETED, item.external_id))
                else:
                    results.append(
                        _result(item.record_id, SinkStatus.FAILED, reason=_item_error(answer))
                    )
        return results


def _result(
    record_id: str, status: SinkStatus, external_id: str | None = None, reason: str | None = None
) -> SinkResult:
    return SinkResult(record_id=record_id, status=status, external_id=external_id, reason=reason)
