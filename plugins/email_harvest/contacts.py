"""A contact's observation: display names, signature votes across runs, per-field confidence."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import datetime
from functools import lru_cache
from typing import Any

from contactkit import normalize
from contactkit.model import Contact, Observation, OrgRef, PersonName, Phone

from .signature import SignatureFacts
from .state import HarvestState

MAX_REMEMBERED = 50_000
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "mba", "dr", "prof", "msc", "bsc"}
_LAST_FIRST = re.compile(r"^\s*([^,]+?)\s*,\s*([^,]+?)\s*$")


class ContactMemo:
    """Signature votes per contact, kept in the checkpoint state so they add up across runs and
    a later run that finds no signature does not send an observation poorer than the last."""

    def __init__(self, state: HarvestState) -> None:
        self.state = state
        self.memo: dict[str, dict[str, Any]] = state["sig"]

    def remember(self, addr: str, facts: list[SignatureFacts]) -> dict[str, Any]:
        if not facts:
            return self.memo.get(addr, {})
        if addr not in self.memo and len(self.memo) >= MAX_REMEMBERED:
            stale = sorted(self.memo, key=lambda a: self.memo[a].get("seq", 0))
            for old in stale[: len(stale) // 10 or 1]:
                del self.memo[old]
                self.state.mark("sig", old)
        memo = self.memo.setdefault(addr, {"ph": {}, "ti": {}, "co": {}})
        self.state.mark("sig", addr)
        for fact in facts:  # oldest first: on a tie in votes, the newest value wins
            seq = self.state.next("seq")
            memo["seq"] = seq
            seen: set[str] = set()
            for text, kind, region in fact.phones:
                phone = Phone(text=text, kind=kind, region=region)
                key = phone.key
                if key not in seen:
                    seen.add(key)
                    rec = memo["ph"].setdefault(key, [text, kind, 0, 0, region])
                    rec[2] += 1
                    rec[3] = seq
            for field, value in (("ti", fact.title), ("co", fact.company)):
                if value:
                    rec = memo[field].setdefault(value, [0, 0])
                    rec[0] += 1
                    rec[1] = seq
        return memo


def observation(
    source: str,
    addr: str,
    entry: dict[str, Any],
    memo: dict[str, Any],
    freemail: bool,
) -> Observation:
    """What the harvest knows of one contact, with per-field confidence."""
    confidence: dict[str, float] = {}
    names = Counter()
    for raw, count in entry.get("nm", {}).items():
        name = person_name(raw, addr)
        if name:
            names[name] += count
    name = PersonName()
    if names:
        best, count = max(names.items(), key=lambda kv: (kv[1], kv[0]))
        name = PersonName(full=best)
        confidence["name"] = 0.9 if count >= 3 else 0.8 if count == 2 else 0.7
    domain = normalize.registrable_domain(addr)
    contact = Contact(name=name, emails=[addr])
    if memo.get("ph"):
        ranked = sorted(memo["ph"].values(), key=lambda r: (-r[2], -r[3]))
        contact.phones = [
            Phone(text=r[0], kind=r[1], region=r[4] if len(r) > 4 else None) for r in ranked
        ]
        confidence["phones"] = _votes(ranked[0][2])
    if memo.get("ti"):
        title, count = _newest_best(memo["ti"])
        contact.title = title
        confidence["title"] = _votes(count)
    if memo.get("co"):
        company, count = _newest_best(memo["co"])
        confidence["organization"] = _votes(count)
        # a free-mail address says nothing of the company's domain; the signature does
        contact.organization = OrgRef(name=company, domain=None if freemail else domain)
    elif not freemail and domain:
        confidence["organization"] = 0.3
        contact.organization = OrgRef(name=company_from_domain(domain), domain=domain)
    seen = {"seen_at": datetime.fromisoformat(entry["seen"])} if entry.get("seen") else {}
    # seen when they last wrote or were written to, not when the harvest ran: a later bounce
    # or departure must count as newer than the last sign of life
    return Observation(
        source=source, source_key=addr, contact=contact, confidence=confidence, **seen
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


def same_person(name: str | None, other: str | None) -> bool:
    """Two display names of one person ("Benedikt König", "König, Benedikt")."""
    a, b = _name_key(name), _name_key(other)
    return len(a) >= 2 and a == b


@lru_cache(maxsize=100_000)
def _name_key(name: str | None) -> frozenset[str]:
    # cached: every recipient's display name is compared with the sender's, message after message
    folded = unicodedata.normalize("NFKD", (name or "").casefold())
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return frozenset(t for t in re.split(r"[^\w]+", plain) if len(t) > 1)


def person_name(name: str | None, email: str) -> str | None:
    """A display name that names a person, not an address or a role; "Last, First" is read
    as such ("Doe, Jane" → "Jane Doe"), "Doe, Jr." is not."""
    if not name:
        return None
    name = " ".join(name.split()).strip("'\" ")
    if not name or "@" in name or name.lower() == email.partition("@")[0].lower():
        return None
    match = _LAST_FIRST.match(name)
    if match:
        last, first = match.groups()
        if first.lower().strip(".") not in _SUFFIXES and len(last.split()) <= 3:
            name = f"{first} {last}"
    return name
