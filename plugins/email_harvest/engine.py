"""The harvest's logic, whatever the transport: one message in, interactions and drops out.

IMAP and offline files both hand ``Harvest.message`` parsed headers (and, for the few messages
that need it, a look inside: delivery reports, auto-replies, invitations); everything the harvest
decides (filters, relevance, who is an employee) lives here, and so does its checkpoint state.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from contactkit.model import (
    Bounce,
    Drop,
    Employee,
    Interaction,
    InteractionRole,
    Observation,
    SourceItem,
)

from . import contacts, evidence
from .config import HarvestConfig
from .directory import Directory
from .evidence import Inside
from .filters import AddressRules, Kind, automated_reason
from .gate import Event, RelevanceGate
from .headers import MessageMeta
from .signature import SignatureFacts
from .state import HarvestState

COLD_REASON = "cold: wrote, never answered"
MASS_REASON = "mass mail only: never written to directly"
ALIAS_REASON = "employee alias"
LIST_REASON = "mailing-list address"
BOUNCED_REASON = "bounced, never wrote (mistyped address?)"
OOO_REASON = "automated: out-of-office"
MAX_LEARNED = 100_000
_ROLES = {role.value: role for role in InteractionRole}


class Harvest:
    def __init__(
        self,
        source: str,
        config: HarvestConfig,
        company_domains: list[str],
        directory: Directory,
        state: HarvestState,
    ) -> None:
        self.source = source
        self.config = config
        self.employees = {
            email: contacts.person_name(name, email) for email, name in directory.names.items()
        }
        self.employee_ids = directory.ids
        self.store = state
        # aliases from the directory, and learned from the From of each owner's Sent folder
        self.aliases: dict[str, str] = state["aliases"]
        for alias, email in directory.aliases.items():
            if self.aliases.get(alias) != email:
                self.aliases[alias] = email
                state.mark("aliases", alias)
        self.lists: dict[str, int] = state["lists"]
        self.rules = AddressRules(
            set(self.employees) | set(self.aliases),
            [*company_domains, *config.company_domains],
            colleagues_are_employees=config.colleagues_are_employees,
            blocklist=config.blocklist,
            role_local_parts=config.role_local_parts,
            freemail=config.freemail,
            drop_disposable=config.drop_disposable,
        )
        self.gate = RelevanceGate(
            state,
            max_events=config.max_pending_events,
            max_signatures=config.signature_messages,
            reply_in_thread=config.reply_in_thread_qualifies,
        )
        self.contacts = contacts.ContactMemo(state)
        self.bounced: dict[str, set[str]] = {}
        """Failed recipients this run -> the delivery reports saying so."""
        self.sent_to: dict[str, set[str]] = {}
        """Candidates this run -> messages the company sent them (a few: enough to compare)."""
        self.wrote: set[str] = set()
        """Correspondents who wrote to us this run (a bounced address that wrote is real)."""
        self._employees_yielded: dict[str, bool] = {}
        self._dropped: set[tuple[str, str]] = set()
        self._emitted: set[tuple[str, str, str, str]] = set()
        self._last_at: tuple[str, datetime | None] = ("", None)
        self.counts: Counter[str] = Counter()

    def canonical(self, addr: str) -> str:
        return self.aliases.get(addr, addr)

    def finish_employees(self) -> Iterator[SourceItem]:
        """Known employees (mailbox owners, the directory) not yet seen in any message."""
        for email, name in self.employees.items():
            yield from self._employee(email, name)

    # --- one message

    def message(
        self,
        meta: MessageMeta,
        owner: str | None,
        sigref: list[Any] | None,
        *,
        in_sent: bool = False,
        inside: Inside | None = None,
    ) -> Iterator[SourceItem]:
        """Everything one message says: interactions, drops, employees, bounces."""
        self.counts["messages"] += 1
        owner = self.canonical(owner) if owner else None
        for addr in evidence.list_addresses(meta):
            if addr not in self.lists:
                self.lists[addr] = 1
                self.store.mark("lists", addr)
        if evidence.is_report(meta):
            yield from self._report(meta, inside)
            return
        reason = automated_reason(meta)
        auto_reply = evidence.is_auto_reply(meta, inside.text if inside else "")
        if auto_reply or reason in ("automated: Auto-Submitted", "automated: auto-reply"):
            yield from self._auto_reply(meta, inside, reason)
            return
        if reason:
            self.counts["automated"] += 1
            yield Drop(source=self.source, record_key=meta.message_id, reason=reason)
            return
        if in_sent and owner:
            self._learn_alias(meta.sender[0], owner)
        calendar = inside.calendar if inside else None
        invitation = evidence.parse_invitation(calendar) if calendar else None
        if invitation is not None and invitation.method == "REQUEST":
            yield from self._emit(self._meeting(meta, invitation, sigref))
            return
        yield from self._emit(self._mail(meta, owner, sigref))

    def _mail(
        self, meta: MessageMeta, owner: str | None, sigref: list[Any] | None
    ) -> Iterator[SourceItem | tuple[str, Event]]:
        rules = self.rules
        sender, sender_name = meta.sender
        sender = self.canonical(sender)
        verdict = rules.verdict(sender)
        at = meta.at_iso
        recipients = [(a, n, "sent") for a, n in meta.to] + [
            (a, n, "cc") for a, n in [*meta.cc, *meta.bcc]
        ]
        if verdict.kind is Kind.EMPLOYEE:
            yield from self._employee(sender, sender_name)
            # a mailing to many (Bcc'd or not) is no conversation: neither with its recipients
            # nor with those who answer it
            qualifies = len(recipients) <= self.config.max_recipients
            seen: set[str] = set()
            for addr, name, role in recipients:
                addr = self.canonical(addr)
                if addr in seen:
                    continue  # on To and Cc both: To (the first) counts
                seen.add(addr)
                rv = rules.verdict(addr)
                if rv.kind is Kind.EMPLOYEE:
                    yield from self._employee(addr, name)
                    continue
                if rv.kind is Kind.CANDIDATE and self._own_address(sender, sender_name, name):
                    self._learn_alias(addr, sender)  # writing to oneself: a private address
                    continue
                if rv.kind is Kind.DROPPED or addr in self.lists:
                    yield from self._drop_address(addr, rv.reason or LIST_REASON)
                    continue
                event = [sender, meta.message_id, role, at, meta.thread_id, meta.is_reply]
                sent = self.sent_to.setdefault(addr, set())
                if len(sent) < 4:
                    sent.add(meta.message_id)
                yield from self.gate.offer(addr, event, qualifies)
                self.gate.note(addr, name, None, at)
            if qualifies:
                self.gate.employee_wrote_in(meta.thread_id)
        elif verdict.kind is Kind.DROPPED:
            yield from self._drop_address(sender, verdict.reason)
        else:
            self.wrote.add(sender)
            on_message = []
            for addr, name, _role in recipients:
                addr = self.canonical(addr)
                if rules.verdict(addr).kind is Kind.EMPLOYEE and addr not in on_message:
                    yield from self._employee(addr, name)
                    on_message.append(addr)
            if not on_message and owner:
                on_message.append(owner)  # Bcc'd or via an alias: the mailbox's owner got it
            for employee in on_message:
                event = [employee, meta.message_id, "received", at, meta.thread_id, meta.is_reply]
                yield from self.gate.offer(sender, event, False)
            self.gate.note(sender, sender_name, sigref, at)

    def _meeting(
        self, meta: MessageMeta, invitation: evidence.Invitation, sigref: list[Any] | None
    ) -> Iterator[SourceItem | tuple[str, Event]]:
        """An invitation is a meeting between its employees and its external attendees."""
        names = dict([*meta.to, *meta.cc, meta.sender])
        staff, externals = [], []
        for addr in (self.canonical(a) for a in invitation.people):
            verdict = self.rules.verdict(addr)
            if verdict.kind is Kind.EMPLOYEE:
                staff.append(addr)
                yield from self._employee(addr, names.get(addr))
            elif verdict.kind is Kind.DROPPED:
                yield from self._drop_address(addr, verdict.reason)
            else:
                externals.append(addr)
        self.counts["meetings"] += 1
        qualifies = bool(staff) and len(externals) <= self.config.max_recipients
        sender = self.canonical(meta.sender[0])
        at = meta.at_iso
        for addr in dict.fromkeys(externals):
            for employee in dict.fromkeys(staff):
                event = [employee, meta.message_id, "meeting", at, meta.thread_id, False]
                yield from self.gate.offer(addr, event, qualifies)
            self.gate.note(addr, names.get(addr, ""), sigref if addr == sender else None, at)

    def _report(self, meta: MessageMeta, inside: Inside | None) -> Iterator[SourceItem]:
        """A delivery status notification: the failed recipients are bounced."""
        self.counts["automated"] += 1
        for addr, status in evidence.failed_recipients(meta, inside.text if inside else ""):
            addr = self.canonical(addr)
            if self.rules.verdict(addr).kind is Kind.EMPLOYEE:
                continue
            self.bounced.setdefault(addr, set()).add(meta.message_id)
            yield Bounce(source=self.source, email=addr, at=meta.at, detail=f"DSN {status}")
        reason = "automated: delivery report"
        yield Drop(source=self.source, record_key=meta.message_id, reason=reason)

    def _auto_reply(
        self, meta: MessageMeta, inside: Inside | None, reason: str | None
    ) -> Iterator[SourceItem]:
        """Never a reply; one that says the person has left flags a job change."""
        self.counts["automated"] += 1
        sender = self.canonical(meta.sender[0])
        text = f"{meta.subject}\n{inside.text if inside else ''}"
        if self.rules.verdict(sender).kind is Kind.CANDIDATE and evidence.says_left(text):
            yield Bounce(
                source=self.source, email=sender, at=meta.at, left=True,
                detail="auto-reply: no longer with the company",
            )  # fmt: skip
        yield Drop(source=self.source, record_key=meta.message_id, reason=reason or OOO_REASON)

    def _own_address(self, employee: str, employee_name: str, recipient_name: str) -> bool:
        """The recipient's display name is the sending employee's own."""
        if not recipient_name:
            return False
        mine = self.employees.get(employee) or employee_name
        return contacts.same_person(mine, recipient_name)

    def _learn_alias(self, sender: str, owner: str) -> None:
        """A From in the owner's Sent folder that is not the owner: one of their addresses."""
        if sender == owner or sender in self.aliases or sender in self.employees:
            return
        local = sender.rpartition("@")[0]
        if self.rules.is_role(local) or len(self.aliases) >= MAX_LEARNED:
            return
        self.aliases[sender] = owner
        self.store.mark("aliases", sender)
        self.rules.add_employee(sender)

    def _emit(self, items: Iterator[SourceItem | tuple[str, Event]]) -> Iterator[SourceItem]:
        for item in items:
            if isinstance(item, tuple):
                yield from self._interaction(*item)
            else:
                yield item

    def _interaction(self, addr: str, event: Event) -> Iterator[Interaction]:
        key = (event[0], addr, event[1], event[2])
        if key in self._emitted:
            return  # the same message in another mailbox: the store would count it once
        self._emitted.add(key)
        self.counts["interactions"] += 1
        if event[3] != self._last_at[0]:  # a message's interactions come one after another
            self._last_at = (event[3], datetime.fromisoformat(event[3]))
        yield Interaction.model_construct(
            employee_email=event[0],
            contact_email=addr,
            message_id=event[1],
            role=_ROLES[event[2]],
            at=self._last_at[1],
            thread_id=event[4],
            is_reply=bool(event[5]),
        )

    # --- the end of the reading

    def exclusion(self, addr: str) -> str | None:
        """Why a correspondent is no contact after all, learned after they were first seen."""
        if addr in self.aliases:
            return ALIAS_REASON
        if addr in self.lists:
            return LIST_REASON
        if self._mistyped(addr):
            return BOUNCED_REASON
        return None

    def _mistyped(self, addr: str) -> bool:
        """Every message sent to it bounced and it never wrote: a typo, not a person. (A real
        contact whose address died later got mail that did not bounce first.)"""
        reports = self.bounced.get(addr)
        if not reports or addr in self.wrote or addr in self.gate.qualified:
            return False
        return len(self.sent_to.get(addr, ())) <= len(reports)

    def finish(self) -> Iterator[SourceItem]:
        """Decide who qualified this run (whatever the order mailboxes were read in)."""
        candidates = set(self.gate.pending) | set(self.gate.touched)
        excluded = {a for a in candidates if self.exclusion(a)}
        yield from self._emit(iter(self.gate.finish(excluded)))
        for addr in sorted(excluded):
            self.gate.forget_touched(addr)
            yield from self._drop_address(addr, self.exclusion(addr))
        yield from self.finish_employees()
        yield from self.cold_drops()

    def cold_drops(self) -> Iterator[Drop]:
        """Senders seen this run whom nobody at the company answered (yet)."""
        for addr in sorted(self.gate.seen_pending):
            entry = self.gate.pending.get(addr)
            if entry is not None:
                reason = COLD_REASON if entry.get("th") else MASS_REASON
                yield Drop(source=self.source, record_key=addr, reason=reason)
        self.gate.seen_pending.clear()

    def observation(
        self, addr: str, entry: dict[str, Any], facts: list[SignatureFacts]
    ) -> Observation:
        memo = self.contacts.remember(addr, facts)
        freemail = self.rules.verdict(addr).freemail
        return contacts.observation(self.source, addr, entry, memo, freemail)

    def _employee(self, email: str, name: str | None) -> Iterator[Employee]:
        """Once per run, or again when a name turns up for one yielded without."""
        email = self.canonical(email)
        had_name = self._employees_yielded.get(email)
        if had_name:
            return
        name = self.employees.get(email) or contacts.person_name(name, email)
        if had_name is None or name:
            self._employees_yielded[email] = bool(name)
            yield Employee(email=email, name=name, employee_id=self.employee_ids.get(email))

    def _drop_address(self, addr: str, reason: str | None) -> Iterator[Drop]:
        key = (addr, reason or "dropped")
        if key not in self._dropped:
            self._dropped.add(key)
            yield Drop(source=self.source, record_key=addr, reason=key[1])
