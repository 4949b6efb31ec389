"""The harvest's logic, whatever the transport: one message in, interactions and drops out.

IMAP and offline files both hand ``Harvest.message`` parsed headers; everything the harvest
decides (filters, relevance, who is an employee) lives here, and so does its checkpoint state.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from contactkit import normalize
from contactkit.model import (
    Contact,
    Drop,
    Employee,
    Interaction,
    InteractionRole,
    Observation,
    OrgRef,
    PersonName,
    Phone,
    SourceItem,
)

from .config import HarvestConfig
from .filters import AddressRules, Kind, automated_reason
from .gate import RelevanceGate
from .headers import MessageMeta
from .signature import SignatureFacts

COLD_REASON = "cold: wrote, never answered"
MASS_REASON = "mass mail only: never written to directly"
MAX_REMEMBERED = 50_000


class Harvest:
    def __init__(
        self,
        source: str,
        config: HarvestConfig,
        company_domains: list[str],
        employees: dict[str, str | None],
        state: dict[str, Any],
        employee_ids: dict[str, str] | None = None,
    ) -> None:
        self.source = source
        self.config = config
        self.employees = employees
        self.employee_ids = employee_ids or {}
        self.rules = AddressRules(
            set(employees),
            [*company_domains, *config.company_domains],
            colleagues_are_employees=config.colleagues_are_employees,
            blocklist=config.blocklist,
            role_local_parts=config.role_local_parts,
            freemail=config.freemail,
            drop_disposable=config.drop_disposable,
        )
        self.gate = RelevanceGate(
            state.get("gate", {}),
            max_events=config.max_pending_events,
            max_signatures=config.signature_messages,
            reply_in_thread=config.reply_in_thread_qualifies,
        )
        gate_state = state.get("gate", {})
        self.memo: dict[str, dict[str, Any]] = gate_state.get("sig", {})
        self.seq: int = gate_state.get("seq", 0)
        self._employees_yielded: dict[str, bool] = {}
        self._dropped: set[tuple[str, str]] = set()
        self._emitted: set[tuple[str, str, str, str]] = set()
        self.counts: Counter[str] = Counter()

    def state(self) -> dict[str, Any]:
        return {**self.gate.state(), "sig": self.memo, "seq": self.seq}

    def finish_employees(self) -> Iterator[SourceItem]:
        """Known employees (mailbox owners, the directory) not yet seen in any message."""
        for email, name in self.employees.items():
            yield from self._employee(email, name)

    def message(
        self, meta: MessageMeta, owner: str | None, sigref: list[Any] | None
    ) -> Iterator[SourceItem]:
        """Everything one message says: interactions, drops, employees."""
        self.counts["messages"] += 1
        reason = automated_reason(meta)
        if reason:
            self.counts["automated"] += 1
            yield Drop(source=self.source, record_key=meta.message_id, reason=reason)
            return
        rules = self.rules
        sender, sender_name = meta.sender
        verdict = rules.verdict(sender)
        at = meta.at.isoformat()
        recipients = [(a, n, "sent") for a, n in meta.to] + [(a, n, "cc") for a, n in meta.cc]
        emitted = []
        if verdict.kind is Kind.EMPLOYEE:
            yield from self._employee(sender, sender_name)
            qualifies = len(recipients) <= self.config.max_recipients
            seen: set[str] = set()
            for addr, name, role in recipients:
                if addr in seen:
                    continue  # on To and Cc both: To (the first) counts
                seen.add(addr)
                rv = rules.verdict(addr)
                if rv.kind is Kind.EMPLOYEE:
                    yield from self._employee(addr, name)
                    continue
                if rv.kind is Kind.DROPPED:
                    yield from self._drop_address(addr, rv.reason)
                    continue
                event = [sender, meta.message_id, role, at, meta.thread_id, meta.is_reply]
                emitted += self.gate.offer(addr, event, qualifies)
                self.gate.note(addr, name, None)
            emitted += self.gate.employee_wrote_in(meta.thread_id)
        elif verdict.kind is Kind.DROPPED:
            yield from self._drop_address(sender, verdict.reason)
            return
        else:
            on_message = []
            for addr, name, _role in recipients:
                if rules.verdict(addr).kind is Kind.EMPLOYEE and addr not in on_message:
                    yield from self._employee(addr, name)
                    on_message.append(addr)
            if not on_message and owner:
                on_message.append(owner)  # Bcc'd or via an alias: the mailbox's owner got it
            for employee in on_message:
                event = [employee, meta.message_id, "received", at, meta.thread_id, meta.is_reply]
                emitted += self.gate.offer(sender, event, False)
            self.gate.note(sender, sender_name, sigref)
        for addr, event in emitted:
            key = (event[0], addr, event[1], event[2])
            if key in self._emitted:
                continue  # the same message in another mailbox: the store would count it once
            self._emitted.add(key)
            self.counts["interactions"] += 1
            yield Interaction.model_construct(
                employee_email=event[0],
                contact_email=addr,
                message_id=event[1],
                role=InteractionRole(event[2]),
                at=datetime.fromisoformat(event[3]),
                thread_id=event[4],
                is_reply=bool(event[5]),
            )

    def cold_drops(self) -> Iterator[Drop]:
        """Senders seen this run whom nobody at the company answered (yet)."""
        for addr in sorted(self.gate.seen_pending):
            entry = self.gate.pending.get(addr)
            if entry is not None:
                reason = COLD_REASON if entry.get("th") else MASS_REASON
                yield Drop(source=self.source, record_key=addr, reason=reason)
        self.gate.seen_pending.clear()

    def _employee(self, email: str, name: str | None) -> Iterator[Employee]:
        """Once per run, or again when a name turns up for one yielded without."""
        had_name = self._employees_yielded.get(email)
        if had_name:
            return
        name = self.employees.get(email) or _person_name(name, email)
        if had_name is None or name:
            self._employees_yielded[email] = bool(name)
            yield Employee(email=email, name=name, employee_id=self.employee_ids.get(email))

    def _drop_address(self, addr: str, reason: str | None) -> Iterator[Drop]:
        key = (addr, reason or "dropped")
        if key not in self._dropped:
            self._dropped.add(key)
            yield Drop(source=self.source, record_key=addr, reason=key[1])

    def _remember(self, addr: str, facts: list[SignatureFacts]) -> dict[str, Any]:
        """Add this run's signature votes to what earlier runs saw of ``addr``.

        Kept in the checkpoint state, so a later run that finds no signature does not send an
        observation poorer than the last one, and votes add up across runs.
        """
        if not facts:
            return self.memo.get(addr, {})
        if addr not in self.memo and len(self.memo) >= MAX_REMEMBERED:
            stale = sorted(self.memo, key=lambda a: self.memo[a].get("seq", 0))
            for old in stale[: len(stale) // 10 or 1]:
                del self.memo[old]
        memo = self.memo.setdefault(addr, {"ph": {}, "ti": {}, "co": {}})
        for fact in facts:  # oldest first: on a tie in votes, the newest value wins
            self.seq += 1
            memo["seq"] = self.seq
            seen: set[str] = set()
            for text, kind, region in fact.phones:
                key = Phone(text=text, kind=kind, region=region).key
                if key not in seen:
                    seen.add(key)
                    rec = memo["ph"].setdefault(key, [text, kind, 0, 0])
                    rec[2] += 1
                    rec[3] = self.seq
            for field, value in (("ti", fact.title), ("co", fact.company)):
                if value:
                    rec = memo[field].setdefault(value, [0, 0])
                    rec[0] += 1
                    rec[1] = self.seq
        return memo

    def observation(
        self, addr: str, entry: dict[str, Any], facts: list[SignatureFacts]
    ) -> Observation:
        """What the harvest knows of one contact, with per-field confidence."""
        confidence: dict[str, float] = {}
        names = Counter({n: c for n, c in entry.get("nm", {}).items() if _person_name(n, addr)})
        name = PersonName()
        if names:
            best, count = names.most_common(1)[0]
            name = PersonName(full=best)
            confidence["name"] = 0.9 if count >= 3 else 0.8 if count == 2 else 0.7
        memo = self._remember(addr, facts)
        domain = normalize.registrable_domain(addr)
        freemail = self.rules.verdict(addr).freemail
        contact = Contact(name=name, emails=[addr])
        if memo.get("ph"):
            ranked = sorted(memo["ph"].values(), key=lambda r: (-r[2], -r[3]))
            contact.phones = [Phone(text=r[0], kind=r[1]) for r in ranked]
            confidence["phones"] = _votes(ranked[0][2])
        if memo.get("ti"):
            title, count = _newest_best(memo["ti"])
            contact.title = title
            confidence["title"] = _votes(count)
        if not freemail and domain:
            if memo.get("co"):
                company, count = _newest_best(memo["co"])
                confidence["organization"] = _votes(count)
            else:
                company = company_from_domain(domain)
                confidence["organization"] = 0.3
            contact.organization = OrgRef(name=company, domain=domain)
        else:
            contact.organization = None
        return Observation(
            source=self.source, source_key=addr, contact=contact, confidence=confidence
        )


def _newest_best(votes: dict[str, list[int]]) -> tuple[str, int]:
    """The most seen value; among equals the one seen last (the newest)."""
    best = max(votes, key=lambda v: (votes[v][0], votes[v][1]))
    return best, votes[best][0]


def _votes(count: int) -> float:
    """A value seen in several messages is trusted more than one seen once."""
    return {1: 0.5, 2: 0.7}.get(count, 0.9)


def company_from_domain(domain: str) -> str:
    """``acme-widgets.com`` → ``Acme Widgets``: a weak guess until a signature says better."""
    label = domain.split(".", 1)[0]
    return " ".join(part.capitalize() for part in label.replace("_", "-").split("-") if part)


def _person_name(name: str | None, email: str) -> str | None:
    """A display name that names a person, not an address or a role."""
    if not name or "@" in name or name.lower() == email.partition("@")[0].lower():
        return None
    return name
