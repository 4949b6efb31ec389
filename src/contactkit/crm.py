"""What the CRM sinks share: settings for owners and hierarchy, field renaming, deltas.

Each CRM sink (HubSpot, Salesforce, Dynamics 365, ...) maps contactkit's flat fields
(``contactkit.flat``) to its own columns; the pieces that do not depend on the CRM live here.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import Field, field_validator

from contactkit.flat import company_fields, company_key, parent_company
from contactkit.model import GoldenRecord, SinkResult, SinkStatus
from contactkit.plugin import PluginConfig, PushItem, Sink


class CrmConfig(PluginConfig):
    """Settings every CRM sink has."""

    owners: dict[str, str] = Field(
        default_factory=dict,
        description="Employee email -> the CRM user's id, for people whose CRM login differs; "
        "everyone else is matched by email through the CRM's user API.",
    )
    set_owner: bool = True
    link_parents: bool = Field(
        default=True, description="Link each company to its parent company (corporate family)."
    )

    @field_validator("owners")
    @classmethod
    def _lower(cls, value: dict[str, str]) -> dict[str, str]:
        return {k.strip().lower(): str(v) for k, v in value.items()}


def merged(defaults: dict[str, str], overrides: dict[str, str | None]) -> dict[str, str]:
    """A field map: the defaults with the user's overrides; a field mapped to None is dropped."""
    both = {**defaults, **overrides}
    return {k: v for k, v in both.items() if v}


def rename(fields: dict[str, Any], mapping: dict[str, str]) -> dict[str, Any]:
    """contactkit field names -> the CRM's, for the fields the map knows."""
    return {mapping[k]: v for k, v in fields.items() if k in mapping}


def changed(new: dict[str, Any], old: dict[str, Any], cleared: Any = None) -> dict[str, Any]:
    """What differs; a field that lost its value is sent as ``cleared`` (null, or "")."""
    out = {k: v for k, v in new.items() if old.get(k) != v}
    out.update({k: cleared for k in old if k not in new})
    return out


def with_last_name(fields: dict[str, Any]) -> dict[str, Any]:
    """CRMs require a last name on a contact: fall back to the full name, then the email."""
    if "family" not in fields:
        family = None if "given" in fields else fields.get("full")
        family = family or fields.get("email")
        if family:
            fields["family"] = family
    return fields


def company_changed(record: GoldenRecord, previous: GoldenRecord) -> bool:
    """The company to link, what the CRM keeps of it, or its parent differs from last time."""
    return (
        company_key(record) != company_key(previous)
        or company_fields(record) != company_fields(previous)
        or parent_company(record) != parent_company(previous)
    )


def owner_emails(items: Iterable[PushItem]) -> set[str]:
    """The owners' emails of these records and of what was sent before (lower case)."""
    return {
        r.owner.email.lower()
        for i in items
        for r in (i.record, i.previous)
        if r is not None and r.owner is not None
    }


@dataclass
class Plan:
    """What a CRM sink will send for one record, and how it went."""

    item: PushItem
    fields: dict[str, Any]
    """The CRM's fields to send: all of them for a new record, the changed ones otherwise."""
    account: str | None
    """The company's key (``flat.company_key``), or None."""
    link: bool
    """Send the company (and link the contact to it) with this record."""
    external_id: str | None = None
    status: SinkStatus | None = None
    error: str | None = None

    @property
    def record(self) -> GoldenRecord:
        return self.item.record

    def result(self) -> SinkResult:
        status = SinkStatus.FAILED if self.error else self.status or SinkStatus.UPDATED
        return SinkResult(
            record_id=self.record.id, status=status, external_id=self.external_id, reason=self.error
        )


class CrmSink(Sink):
    """``write`` for CRM sinks: skip unchanged records, look owners up, plan, send.

    A subclass provides ``plan`` (None when nothing the CRM keeps has changed) and ``send``
    (which fills each plan's external id, status or error), and may look owners up in bulk."""

    def write(self, batch: list[PushItem]) -> list[SinkResult]:
        results: list[SinkResult] = []
        candidates = []
        for item in batch:
            if item.unchanged:
                results.append(_unchanged(item))
            else:
                candidates.append(item)
        if not candidates:
            return results
        self.look_up_owners(owner_emails(candidates))
        plans = []
        for item in candidates:
            plan = self.plan(item)
            if plan is None:
                results.append(_unchanged(item))
            else:
                plans.append(plan)
        if plans:
            self.send(plans)
        return results + [plan.result() for plan in plans]

    def look_up_owners(self, emails: set[str]) -> None:
        """Resolve these employees' CRM user ids before planning (default: nothing to do)."""

    @abstractmethod
    def plan(self, item: PushItem) -> Plan | None: ...

    def plan_fields(
        self,
        item: PushItem,
        fields_of: Callable[[GoldenRecord], dict[str, Any]],
        *,
        link_companies: bool = True,
        never_cleared: tuple[str, ...] = (),
    ) -> Plan | None:
        """The usual plan: every field of a new record; of a known one only what changed
        (``never_cleared`` fields, e.g. a required last name, are not cleared), and its company
        again when the company, its fields or its parent changed."""
        record, previous = item.record, item.previous
        fields = fields_of(record)
        account = company_key(record) if link_companies else None
        if item.external_id is None or previous is None:
            return Plan(item, fields, account, account is not None, item.external_id)
        send = changed(fields, fields_of(previous))
        for name in never_cleared:
            if name in send and send[name] is None:
                send.pop(name)
        link = account is not None and company_changed(record, previous)
        if not send and not link:
            return None
        return Plan(item, send, account, link, item.external_id)

    @abstractmethod
    def send(self, plans: list[Plan]) -> None: ...


def _unchanged(item: PushItem) -> SinkResult:
    return SinkResult(
        record_id=item.record.id, status=SinkStatus.UNCHANGED, external_id=item.external_id
    )


class SentCompanies:
    """Companies written this run (key -> what was sent, the CRM's id): a company shared by
    contacts in several batches is written once per run, not once per batch."""

    def __init__(self) -> None:
        self._sent: dict[str, tuple[dict[str, Any], str | None]] = {}

    def todo(self, wanted: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        """The companies of ``wanted`` not yet written this run with these very fields."""
        return {k: v for k, v in wanted.items() if k not in self._sent or self._sent[k][0] != v}

    def done(self, key: str, fields: dict[str, Any], crm_id: str | None = None) -> None:
        self._sent[key] = (fields, crm_id)

    def ids(self) -> dict[str, str]:
        """key -> CRM id of the companies written this run (where the CRM gave one)."""
        return {k: crm_id for k, (_f, crm_id) in self._sent.items() if crm_id}

    def __contains__(self, key: str) -> bool:
        return key in self._sent
