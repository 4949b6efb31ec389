"""The relevance gate: only correspondents the company really talks to become contacts.

A correspondent qualifies when an employee wrote to them (To, Cc or Bcc of a message with at most
``max_recipients`` recipients), met them (a calendar invitation), or when they wrote and an
employee wrote in the same thread (to a small audience: answering a mass mailing is no
conversation). Until then their interactions wait in the checkpoint state ("pending"), so a cold
sender who is answered in a later run becomes a contact then, with their earlier messages counted.

Deterministic whatever the order the mailboxes are read in: an address that was not qualified
when the run started keeps collecting its waiting events (the newest ``max_events``, by a total
order) until the run's reading is over; ``finish`` then decides, once, with everything the run
saw. Only events that qualify by themselves (an employee wrote to them) go out at once.
"""

from __future__ import annotations

import bisect
from typing import Any

from .state import HarvestState

# An event is what an Interaction is made of, kept compact for the checkpoint state:
# [employee_email, message_id, role, at (ISO), thread_id, is_reply]
Event = list[Any]

MAX_PENDING_ADDRESSES = 50_000
MAX_EMPLOYEE_THREADS = 200_000  # about 4 MB of state; older threads rarely get a late reply


def _order(event: Event) -> tuple[str, str, str, str]:
    """A total order on events: by date, then by message, employee and role."""
    return (event[3], event[1], event[0], event[2])


class RelevanceGate:
    def __init__(
        self,
        state: HarvestState | dict[str, Any],
        *,
        max_events: int = 20,
        max_signatures: int = 3,
        reply_in_thread: bool = True,
    ) -> None:
        self.store = state if isinstance(state, HarvestState) else HarvestState(state)
        self.qualified = self.store["qualified"]
        self.fresh = self.store["fresh"]
        """Qualified during the current run: its waiting events go out at ``finish``."""
        self.emp_threads = self.store["threads"]
        self.pending = self.store["pending"]
        self.touched = self.store["touched"]
        self.max_events = max_events
        self.max_signatures = max_signatures
        self.reply_in_thread = reply_in_thread
        self.seen_pending: set[str] = set()

    def state(self) -> dict[str, Any]:
        return self.store.whole()

    def _touch(self, addr: str) -> dict[str, Any]:
        self.store.mark("touched", addr)
        return self.touched.setdefault(addr, {})

    def note(self, addr: str, name: str, sigref: list[Any] | None, at: str = "") -> None:
        """Remember a display name, when they were last seen and, for messages they wrote,
        where a signature may be."""
        if addr not in self.qualified and addr in self.pending:
            entry = self.pending[addr]
            self.store.mark("pending", addr)
        else:
            entry = self._touch(addr)
        if at > entry.get("seen", ""):
            entry["seen"] = at
        if name:
            names = entry.setdefault("nm", {})
            names[name] = names.get(name, 0) + 1
        if sigref is not None:
            _add_refs(entry, [sigref], self.max_signatures)

    def offer(self, addr: str, event: Event, qualifies: bool) -> list[tuple[str, Event]]:
        """Take one event; return the events that may be emitted now."""
        if addr in self.qualified:
            self._touch(addr)
            return [(addr, event)]
        if qualifies:
            if addr not in self.fresh:
                self.fresh[addr] = 1
                self.store.mark("fresh", addr)
            self._entry(addr)
            return [(addr, event)]
        entry = self._entry(addr)
        self.seen_pending.add(addr)
        events = entry["ev"]
        at = bisect.bisect_left(events, _order(event), key=_order)
        # the same message for the same employee and role sorts next to it: counted once
        if at == len(events) or _order(events[at]) != _order(event):
            events.insert(at, event)
            if len(events) > self.max_events:
                del events[0]
        if event[2] == "received" and event[4] not in entry["th"]:
            entry["th"].append(event[4])
        entry["ls"] = max(entry.get("ls", ""), event[3])
        return []

    def _entry(self, addr: str) -> dict[str, Any]:
        entry = self.pending.get(addr)
        if entry is None:
            if len(self.pending) >= MAX_PENDING_ADDRESSES:
                self._evict()
            entry = self.pending[addr] = {"ev": [], "th": []}
        self.store.mark("pending", addr)
        return entry

    def employee_wrote_in(self, thread: str) -> None:
        """An employee wrote in ``thread``: its senders qualify (decided at ``finish``)."""
        if thread not in self.emp_threads and len(self.emp_threads) >= MAX_EMPLOYEE_THREADS:
            oldest = sorted(self.emp_threads, key=self.emp_threads.__getitem__)
            for old in oldest[: MAX_EMPLOYEE_THREADS // 10]:
                del self.emp_threads[old]
                self.store.mark("threads", old)
        self.emp_threads[thread] = self.store.next("tseq")  # recently active: kept longest
        self.store.mark("threads", thread)

    def finish(self, excluded: set[str] = frozenset()) -> list[tuple[str, Event]]:
        """End of the run's reading: qualify who earned it, release their waiting events.

        ``excluded``: addresses found out to be no contact (an alias, a list, a bounce); their
        waiting events are forgotten.
        """
        out: list[tuple[str, Event]] = []
        for addr in sorted(self.pending):
            entry = self.pending[addr]
            if addr in excluded:
                del self.pending[addr]
                self.store.mark("pending", addr)
                self.seen_pending.discard(addr)
                continue
            answered = self.reply_in_thread and any(t in self.emp_threads for t in entry["th"])
            if addr in self.fresh or answered:
                out += self._qualify(addr)
        for addr in self.fresh:
            self.store.mark("fresh", addr)
        self.fresh.clear()
        return out

    def _qualify(self, addr: str) -> list[tuple[str, Event]]:
        self.qualified[addr] = 1
        self.store.mark("qualified", addr)
        entry = self.pending.pop(addr, None) or {}
        self.store.mark("pending", addr)
        self.seen_pending.discard(addr)
        touched = self._touch(addr)
        for name, count in entry.get("nm", {}).items():
            names = touched.setdefault("nm", {})
            names[name] = names.get(name, 0) + count
        _add_refs(touched, entry.get("sig", []), self.max_signatures)
        if entry.get("seen", "") > touched.get("seen", ""):
            touched["seen"] = entry["seen"]
        return [(addr, e) for e in entry.get("ev", [])]

    def forget_touched(self, addr: str) -> None:
        """Its observation is out (or it is no contact after all)."""
        if self.touched.pop(addr, None) is not None:
            self.store.mark("touched", addr)

    def _evict(self) -> None:
        """Forget the tenth of unanswered senders seen longest ago (spam must not grow state)."""
        waiting = [a for a in self.pending if a not in self.fresh]
        oldest = sorted(waiting, key=lambda a: (self.pending[a].get("ls", ""), a))
        for addr in oldest[: max(1, len(oldest) // 10)]:
            del self.pending[addr]
            self.store.mark("pending", addr)


def _add_refs(entry: dict[str, Any], refs: list[list[Any]], keep: int) -> None:
    """Signature references: one message in several mailboxes is one signature (refs end with
    [message_id, at]); the newest ``keep`` are kept, in a total order."""
    mine = entry.setdefault("sig", [])
    for ref in refs:
        if all(r[-2] != ref[-2] for r in mine):
            mine.append(ref)
    mine.sort(key=lambda r: (r[-1], r[-2]))
    del mine[: max(0, len(mine) - keep)]
    if not mine:
        del entry["sig"]
