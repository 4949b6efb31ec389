"""The Tryton sink: contacts and companies as parties over JSON-RPC, employees linked to the
contacts they know.

A contact is a ``party.party`` carrying a party identifier ``contactkit:<id>`` (the key a re-push
or a lost answer finds it by), its emails, phones and website as contact mechanisms, its first
address, and its job title as a category under "Job title". Its company is a party too
(``contactkit-org:<key>``), linked by a "works at" relation, and a company's parent by
"subsidiary of" (``party_relationship``). Every employee who knows the contact is a
``company.employee`` of your company, related to it by "knows"; the owner also by "contact
owner of". An update sends only what changed and touches only what contactkit wrote before, so
mechanisms added by hand in Tryton stay. Per batch: a handful of calls (find by identifier,
create, read, write, relations), never one per record.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from contactkit.model import SinkResult, SinkStatus
from contactkit.plugin import ForgetItem, PushItem, RunContext, Sink
from contactkit_plugins.tryton.config import TrytonConfig
from contactkit_plugins.tryton.mapping import (
    Org,
    Wanted,
    compact,
    contact_code,
    employee_code,
    employee_values,
    org_values,
    wanted,
)
from contactkit_plugins.tryton.reference import Reference
from contactkit_plugins.tryton.relations import Job, relate
from contactkit_plugins.tryton.rpc import TrytonError, TrytonRPC


class TrytonSink(Sink):
    name: ClassVar[str] = "tryton"
    Config = TrytonConfig
    batch_size: ClassVar[int] = 100
    forget_mode: ClassVar[Literal["delete", "anonymize", "none"]] = "delete"

    def __init__(
        self, config: TrytonConfig, context: RunContext, instance: str | None = None
    ) -> None:
        super().__init__(config, context, instance)
        self.config: TrytonConfig = config
        self.rpc = TrytonRPC(config, context.http)
        self.ref = Reference(self.rpc)
        self._parties: dict[str, int] = {}
        """identifier code -> party id, as found or created this run."""
        self._employees: set[int] = set()
        """Parties known to be employees of your company."""

    # -- write ---------------------------------------------------------------------------------

    def write(self, batch: list[PushItem]) -> list[SinkResult]:
        results: list[SinkResult] = []
        jobs: list[Job] = []
        for item in batch:
            want = wanted(item.record, self.config.link_parents)
            before = wanted(item.previous, self.config.link_parents) if item.previous else None
            if item.unchanged or (item.external_id and before == want):
                results.append(_answer(item.record.id, SinkStatus.UNCHANGED, item.external_id))
            else:
                jobs.append(Job(item, want, before))
        if not jobs:
            return results
        try:
            self._write(jobs)
        except TrytonError as exc:  # the login, reference data or the connection failed
            for job in jobs:
                if job.status is None and job.error is None:
                    job.error = str(exc)
        for job in jobs:
            status = SinkStatus.FAILED if job.error else job.status or SinkStatus.UPDATED
            ext = str(job.party) if job.party is not None and not job.error else None
            results.append(
                _answer(job.item.record.id, status, ext or job.item.external_id, job.error)
            )
        return results

    def _write(self, jobs: list[Job]) -> None:
        orgs = {o.code: o for j in jobs for o in (j.want.company, j.want.parent) if o}
        staff = {e: n for j in jobs for e, n in j.want.employees}
        codes = [*orgs, *(employee_code(e) for e in staff)]
        codes += [contact_code(j.item.record.id) for j in jobs if not j.item.external_id]
        self._find(codes)
        failed = self._create(
            {c: org_values(o) for c, o in orgs.items()}
            | {employee_code(e): employee_values(e, n) for e, n in staff.items()}
        )
        self._make_employees(
            [self._parties[employee_code(e)] for e in staff if employee_code(e) in self._parties]
        )
        titles = self.ref.titles({j.want.title for j in jobs if j.want.title})
        for job in jobs:
            org = job.want.company
            if org and org.code in failed:
                job.error = f"company {org.name}: {failed[org.code]}"
        new = [j for j in jobs if not j.error and self._known(j) is None]
        self._create_contacts(new, titles)
        self._update_contacts([j for j in jobs if not j.error and j not in new], titles)
        changed = [j for j in jobs if not j.error and j.relations_changed]
        if changed:
            relate(self.rpc, self.ref, self._parties, changed)

    def _known(self, job: Job) -> int | None:
        if job.item.external_id:
            return int(job.item.external_id)
        return self._parties.get(contact_code(job.item.record.id))

    def _find(self, codes: list[str]) -> None:
        """Parties by identifier, one call for the codes not seen yet this run."""
        todo = sorted({c for c in codes if c not in self._parties})
        if todo:
            rows = self.rpc.model(
                "party.identifier",
                "search_read",
                [["code", "in", todo]],
                0,
                None,
                None,
                ["party", "code"],
            )
            self._parties.update({r["code"]: r["party"] for r in rows})

    def _create(self, values: dict[str, dict]) -> dict[str, str]:
        """Create the parties not found (one call; one by one if Tryton refuses the lot);
        the reason by code for those that could not be created."""
        todo = {c: v for c, v in values.items() if c not in self._parties}
        if not todo:
            return {}
        try:
            ids = self.rpc.model("party.party", "create", list(todo.values()))
            self._parties.update(dict(zip(todo, ids, strict=True)))
            return {}
        except TrytonError:
            if len(todo) == 1:
                code = next(iter(todo))
                try:
                    self._parties[code] = self.rpc.model("party.party", "create", [todo[code]])[0]
                    return {}
                except TrytonError as exc:
                    return {code: str(exc)}
        failed: dict[str, str] = {}
        for code, value in todo.items():
            failed.update(self._create({code: value}))
        return failed

    def _make_employees(self, parties: list[int]) -> None:
        todo = sorted({p for p in parties if p not in self._employees})
        if not todo:
            return
        company = self.ref.company(self._company_name(), self.config.currency)
        rows = self.rpc.model(
            "company.employee",
            "search_read",
            [["party", "in", todo], ["company", "=", company]],
            0,
            None,
            None,
            ["party"],
        )
        have = {r["party"] for r in rows}
        missing = [p for p in todo if p not in have]
        if missing:
            self.rpc.model(
                "company.employee", "create", [{"party": p, "company": company} for p in missing]
            )
        self._employees.update(todo)

    def _company_name(self) -> str:
        return self.config.company or self.context.settings.company_name or "Our company"

    # -- contacts --------------------------------------------------------------------------------

    def _contact_values(self, want: Wanted, titles: dict[str, int]) -> dict[str, Any]:
        values: dict[str, Any] = {
            "name": want.name,
            "contact_mechanisms": [
                ["create", [{"type": t, "value": v} for t, v in sorted(want.mechanisms)]]
            ],
        }
        if want.address:
            values["addresses"] = [["create", [_address(want.address)]]]
        if want.title:
            values["categories"] = [["add", [titles[want.title]]]]
        return values

    def _create_contacts(self, jobs: list[Job], titles: dict[str, int]) -> None:
        values = {}
        for job in jobs:
            value = self._contact_values(job.want, titles)
            value["identifiers"] = [["create", [{"code": contact_code(job.item.record.id)}]]]
            values[contact_code(job.item.record.id)] = value
        failed = self._create(values)
        for job in jobs:
            code = contact_code(job.item.record.id)
            if code in failed:
                job.error = failed[code]
            else:
                job.party, job.status = self._parties[code], SinkStatus.CREATED

    def _update_contacts(self, jobs: list[Job], titles: dict[str, int]) -> None:
        """Known parties: only what changed, and only what contactkit wrote before."""
        if not jobs:
            return
        for job in jobs:
            job.party = self._known(job)
        ids = [j.party for j in jobs]
        alive = set(self.rpc.model("party.party", "search", [["id", "in", ids]], 0, None, None))
        mechanisms = self.rpc.model(
            "party.contact_mechanism",
            "search_read",
            [["party", "in", ids]],
            0,
            None,
            None,
            ["party", "type", "value"],
        )
        addresses = self.rpc.model(
            "party.address",
            "search_read",
            [["party", "in", ids]],
            0,
            None,
            None,
            ["party", "street", "city", "postal_code"],
        )
        writes: list[Any] = []
        for job in jobs:
            if job.party not in alive:
                job.error = "party was deleted in Tryton; not re-created"
                continue
            values = self._changes(job, mechanisms, addresses, titles)
            if values:
                writes += [[job.party], values]
            job.status = SinkStatus.UPDATED if job.item.external_id else SinkStatus.CREATED
        if writes:
            try:
                self.rpc.model("party.party", "write", *writes)
            except TrytonError:
                self._write_one_by_one(jobs, writes)

    def _write_one_by_one(self, jobs: list[Job], writes: list[Any]) -> None:
        by_party = {j.party: j for j in jobs}
        for records, values in zip(writes[::2], writes[1::2], strict=True):
            try:
                self.rpc.model("party.party", "write", records, values)
            except TrytonError as exc:
                by_party[records[0]].error = str(exc)

    def _changes(
        self, job: Job, mechanisms: list[dict], addresses: list[dict], titles: dict[str, int]
    ) -> dict[str, Any]:
        want, before = job.want, job.before
        values: dict[str, Any] = {}
        if before is None or want.name != before.name:
            values["name"] = want.name
        have = {
            (m["type"], compact(m["type"], m["value"])): m["id"]
            for m in mechanisms
            if m["party"] == job.party
        }
        sent = before.mechanisms if before else frozenset()
        gone = [have[m] for m in sent - want.mechanisms if m in have]
        add = [{"type": t, "value": v} for t, v in sorted(want.mechanisms) if (t, v) not in have]
        actions: list[Any] = [["delete", gone]] if gone else []
        if add:
            actions.append(["create", add])
        if actions:
            values["contact_mechanisms"] = actions
        old = before.address if before else None
        if want.address != old:
            actions = []
            mine = [
                a["id"]
                for a in addresses
                if a["party"] == job.party and (a["street"], a["city"], a["postal_code"]) == old
            ]
            if mine:
                actions.append(["delete", mine])
            if want.address:
                actions.append(["create", [_address(want.address)]])
            if actions:
                values["addresses"] = actions
        old_title = before.title if before else None
        if want.title != old_title:
            actions = []
            if old_title and old_title in self.ref.titles({old_title}):
                actions.append(["remove", [self.ref.titles({old_title})[old_title]]])
            if want.title:
                actions.append(["add", [titles[want.title]]])
            values["categories"] = actions
        return values

    # -- forget ------------------------------------------------------------------------------------

    def forget(self, items: list[ForgetItem]) -> list[SinkResult]:
        """Delete the contacts' parties (their relations go with them)."""
        results = []
        known = {int(i.external_id): i for i in items if i.external_id}
        for item in items:
            if not item.external_id:
                results.append(_answer(item.record_id, SinkStatus.UNCHANGED))
        if not known:
            return results
        try:
            alive = set(
                self.rpc.model("party.party", "search", [["id", "in", list(known)]], 0, None, None)
            )
            if alive:
                self.rpc.model("party.party", "delete", sorted(alive))
        except TrytonError as exc:
            return results + [
                _answer(i.record_id, SinkStatus.FAILED, reason=str(exc)) for i in known.values()
            ]
        return results + [
            _answer(i.record_id, SinkStatus.DELETED, i.external_id) for i in known.values()
        ]


def _address(address: tuple[str | None, str | None, str | None]) -> dict[str, Any]:
    street, city, postal_code = address
    return {"street": street, "city": city, "postal_code": postal_code}


def _answer(
    record_id: str, status: SinkStatus, external_id: str | None = None, reason: str | None = None
) -> SinkResult:
    return SinkResult(record_id=record_id, status=status, external_id=external_id, reason=reason)


__all__ = ["Org", "TrytonSink"]
