"""The relevance gate: only correspondents the company really talks to become contacts.

A correspondent qualifies when an employee wrote to them (To or Cc of a message with at most
``max_recipients`` recipients), or when they wrote and an employee wrote in the same thread.
Until then their interactions wait in the checkpoint state ("pending"), so a cold sender who is
answered in a later run becomes a contact then, with their earlier messages counted too.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

# An event is what an Interaction is made of, kept compact for the checkpoint state:
# [employee_email, message_id, role, at (ISO), thread_id, is_reply]
Event = list[Any]

MAX_PENDING_ADDRESSES = 50_000
MAX_EMPLOYEE_THREADS = 200_000  # about 4 MB of state; older threads rarely get a late reply


class RelevanceGate:
    def __init__(
        self,
        state: dict[str, Any],
        *,
        max_events: int = 20,
        max_signatures: int = 3,
        reply_in_thread: bool = True,
    ) -> None:
        self.qualified: set[str] = set(state.get("qualified", []))
        # threads an employee wrote in, oldest first (a dict keeps the order, JSON too)
        self.emp_threads: dict[str, int] = dict.fromkeys(state.get("emp_threads", []), 1)
        self.pending: dict[str, dict[str, Any]] = state.get("pending", {})
        self.touched: dict[str, dict[str, Any]] = state.get("touched", {})
        self.max_events = max_events
        self.max_signatures = max_signatures
        self.reply_in_thread = reply_in_thread
        self._by_thread: dict[str, set[str]] = defaultdict(set)
        for addr, entry in self.pending.items():
            for thread in entry.get("th", []):
                self._by_thread[thread].add(addr)
        self.seen_pending: set[str] = set()

    def state(self) -> dict[str, Any]:
        return {
            "qualified": sorted(self.qualified),
            "emp_threads": list(self.emp_threads),
            "pending": self.pending,
            "touched": self.touched,
        }

    def note(self, addr: str, name: str, sigref: list[Any] | None) -> None:
        """Remember a display name and, for messages they wrote, where a signature may be."""
        entry = self.pending.get(addr) if addr not in self.qualified else None
        if entry is None:
            entry = self.touched.setdefault(addr, {})
        if name:
            names = entry.setdefault("nm", {})
            names[name] = names.get(name, 0) + 1
        if sigref is not None:
            refs = entry.setdefault("sig", [])
            # one message in several mailboxes is one signature: refs end with [message_id, at]
            if all(r[-2] != sigref[-2] for r in refs):
                refs.append(sigref)
                refs.sort(key=lambda r: r[-1])  # newest last; the last element is the date
                del refs[: -self.max_signatures]

    def offer(self, addr: str, event: Event, qualifies: bool) -> list[tuple[str, Event]]:
        """Take one event; return the events that may be emitted now (possibly earlier ones)."""
        if addr in self.qualified:
            self.touched.setdefault(addr, {})
            return [(addr, event)]
        thread = event[4]
        if qualifies or (
            self.reply_in_thread and event[2] == "received" and thread in self.emp_threads
        ):
            return [(addr, event), *self._qualify(addr)]
        entry = self.pending.get(addr)
        if entry is None:
            if len(self.pending) >= MAX_PENDING_ADDRESSES:
                self._evict()
            entry = self.pending[addr] = {"ev": [], "th": []}
        self.seen_pending.add(addr)
        key = event[:3]
        if all(e[:3] != key for e in entry["ev"]):
            entry["ev"].append(event)
            entry["ev"].sort(key=lambda e: e[3])
            del entry["ev"][: -self.max_events]
        if event[2] == "received" and thread not in entry["th"]:
            entry["th"].append(thread)
            self._by_thread[thread].add(addr)
        entry["ls"] = max(entry.get("ls", ""), event[3])
        return []

    def employee_wrote_in(self, thread: str) -> list[tuple[str, Event]]:
        """An employee wrote in ``thread``: its unanswered senders qualify."""
        if thread in self.emp_threads:
            del self.emp_threads[thread]  # move to the end: recently active
        elif len(self.emp_threads) >= MAX_EMPLOYEE_THREADS:
            for old in list(self.emp_threads)[: MAX_EMPLOYEE_THREADS // 10]:
                del self.emp_threads[old]
        self.emp_threads[thread] = 1
        out: list[tuple[str, Event]] = []
        if self.reply_in_thread:
            for addr in list(self._by_thread.pop(thread, ())):
                out.extend(self._qualify(addr))
        return out

    def _qualify(self, addr: str) -> list[tuple[str, Event]]:
        self.qualified.add(addr)
        entry = self.pending.pop(addr, None) or {}
        self.seen_pending.discard(addr)
        for thread in entry.get("th", []):
            self._by_thread.get(thread, set()).discard(addr)
        touched = self.touched.setdefault(addr, {})
        for name, count in entry.get("nm", {}).items():
            names = touched.setdefault("nm", {})
            names[name] = names.get(name, 0) + count
        for ref in entry.get("sig", []):
            refs = touched.setdefault("sig", [])
            if all(r[-2] != ref[-2] for r in refs):
                refs.append(ref)
        if "sig" in touched:
            touched["sig"].sort(key=lambda r: r[-1])
            del touched["sig"][: -self.max_signatures]
        return [(addr, e) for e in entry.get("ev", [])]

    def _evict(self) -> None:
        """Forget the tenth of unanswered senders seen longest ago (spam must not grow state)."""
        oldest = sorted(self.pending, key=lambda a: self.pending[a].get("ls", ""))
        for addr in oldest[: max(1, len(oldest) // 10)]:
            for thread in self.pending.pop(addr).get("th", []):
                self._by_thread.get(thread, set()).discard(addr)
