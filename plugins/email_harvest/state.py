"""The harvest's checkpoint state, written as deltas.

The state grows with the company: folders read, correspondents waiting or qualified, their
signature votes, threads employees wrote in, learned aliases and lists. It is kept as flat
sections of entries (one per folder, per address, per thread) and each checkpoint carries only
the entries that changed since the last one (``Checkpoint(delta=True)``; the store writes one row
per entry), so a checkpoint costs what changed, not the whole state.
"""

from __future__ import annotations

from typing import Any

VERSION = 2
SECTIONS = (
    "folders",  # unit or IMAP folder -> how far it was read
    "pending",  # address -> waiting events, threads, names, signature references
    "touched",  # address -> names and signature references, until its observation is out
    "sig",  # address -> signature votes across runs
    "qualified",  # address -> 1: a contact
    "fresh",  # address -> 1: qualified during the current run, events still waiting
    "threads",  # thread -> sequence number: threads an employee wrote in (oldest first)
    "aliases",  # an employee's other address -> their address
    "lists",  # mailing-list address -> 1
)


class HarvestState:
    """Sections of entries, and which entries changed since the last checkpoint."""

    def __init__(self, saved: dict[str, Any] | None = None) -> None:
        saved = _upgrade(saved or {})
        self.sections: dict[str, dict[str, Any]] = {
            name: {k: v for k, v in (saved.get(name) or {}).items() if v is not None}
            for name in SECTIONS
        }
        self.counters: dict[str, int] = {
            "seq": int(saved.get("seq", 0)),
            "tseq": int(saved.get("tseq", 0)),
        }
        self._dirty: dict[str, set[str]] = {name: set() for name in SECTIONS}
        if saved and saved.get("v") != VERSION:
            for name in SECTIONS:  # upgraded: the stored form changes, write it all once
                self._dirty[name].update(self.sections[name])

    def __getitem__(self, section: str) -> dict[str, Any]:
        return self.sections[section]

    def mark(self, section: str, key: str) -> None:
        """``key`` of ``section`` was set, changed in place, or removed."""
        self._dirty[section].add(key)

    def next(self, counter: str) -> int:
        self.counters[counter] += 1
        return self.counters[counter]

    def delta(self) -> dict[str, Any]:
        """What changed since the last call (removed entries as None); then nothing has."""
        out: dict[str, Any] = {"v": VERSION, **self.counters}
        for name in SECTIONS:
            section = self.sections[name]
            if self._dirty[name]:
                out[name] = {key: section.get(key) for key in self._dirty[name]}
                self._dirty[name].clear()
        return out

    def whole(self) -> dict[str, Any]:
        """Everything (for tests and tools): the state a fold of all deltas gives."""
        return {"v": VERSION, **self.counters, **{n: dict(self.sections[n]) for n in SECTIONS}}


def _upgrade(saved: dict[str, Any]) -> dict[str, Any]:
    """A version 1 state (one nested 'gate' section) in today's sections."""
    if saved.get("v") != 1:
        return saved
    gate = saved.get("gate") or {}
    threads = gate.get("emp_threads") or []
    return {
        "v": 1,
        "folders": saved.get("folders") or {},
        "pending": gate.get("pending") or {},
        "touched": gate.get("touched") or {},
        "sig": gate.get("sig") or {},
        "qualified": dict.fromkeys(gate.get("qualified") or [], 1),
        "threads": {t: i for i, t in enumerate(threads, start=1)},
        "seq": gate.get("seq", 0),
        "tseq": len(threads),
    }
