"""The logical filters: which messages are evidence, and which addresses may become contacts.

Every "no" has a short, stable reason that lands in the run report, so IT can say why an address
was or was not taken.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from importlib.resources import files

from contactkit import normalize

from .headers import MessageMeta


def _data_lines(name: str) -> list[str]:
    text = (files(__package__) / "data" / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


ROLE_LOCAL_PARTS = normalize.ROLE_LOCAL_PARTS  # shared with card_scan: one list in the host
DISPOSABLE_DOMAINS = frozenset(_data_lines("disposable_domains.txt"))


def _fingerprints() -> list[tuple[str, str]]:
    out = []
    for line in _data_lines("bulk_fingerprints.txt"):
        header, _, text = line.partition(":")
        out.append((header.strip().lower(), text.strip().lower()))
    return out


BULK_FINGERPRINTS = _fingerprints()
_BULK_PRECEDENCE = {"bulk", "list", "junk", "auto_reply"}


_FINGERPRINT_HEADERS = frozenset(header for header, _ in BULK_FINGERPRINTS)
_AUTOMATION_HEADERS = frozenset(
    {"auto-submitted", "precedence", "list-id", "list-unsubscribe", "list-post", "x-autoreply",
     "x-autorespond"}
) | _FINGERPRINT_HEADERS  # fmt: skip


def automated_reason(meta: MessageMeta) -> str | None:
    """Why a message is automated (and so evidence of nothing), or None for a person's mail."""
    raw = meta.raw
    if raw.get("return-path", "").replace(" ", "") == "<>":
        return "automated: null Return-Path"
    if "multipart/report" in raw.get("content-type", "").lower():
        return "automated: delivery report"
    if _AUTOMATION_HEADERS.isdisjoint(raw):
        return None  # the common case, a person's mail: one set test
    auto = raw.get("auto-submitted", "").strip().lower()
    if auto and not auto.startswith("no"):
        return "automated: Auto-Submitted"
    if raw.get("precedence", "").strip().lower() in _BULK_PRECEDENCE:
        return "automated: Precedence"
    if raw.get("list-id") or raw.get("list-unsubscribe") or raw.get("list-post"):
        return "automated: mailing list"
    if raw.get("x-autoreply") or raw.get("x-autorespond"):
        return "automated: auto-reply"
    for header, text in BULK_FINGERPRINTS:
        value = raw.get(header)
        if value is not None and (not text or text in value.lower()):
            return "automated: bulk-mail provider"
    return None


class Kind(StrEnum):
    EMPLOYEE = "employee"
    CANDIDATE = "candidate"
    DROPPED = "dropped"


@dataclass(frozen=True)
class Verdict:
    kind: Kind
    reason: str | None = None
    freemail: bool = False


class AddressRules:
    """Sorts addresses into employees, possible contacts, and never-contacts (with a reason)."""

    def __init__(
        self,
        employees: set[str],
        company_domains: list[str],
        *,
        colleagues_are_employees: bool = True,
        blocklist: list[str] = (),
        role_local_parts: list[str] = (),
        freemail: str = "person",
        drop_disposable: bool = True,
    ) -> None:
        self.employees = {e.lower() for e in employees}
        self.company_domains = tuple(d.lower().lstrip("@").strip(".") for d in company_domains if d)
        self.colleagues_are_employees = colleagues_are_employees
        self.blocked_addresses = {b.lower() for b in blocklist if not b.startswith("@")}
        self.blocked_domains = tuple(b[1:].lower() for b in blocklist if b.startswith("@"))
        roles = [*ROLE_LOCAL_PARTS, *(r.lower() for r in role_local_parts)]
        self.role_exact = frozenset(r for r in roles if not r.endswith("*"))
        self.role_prefixes = tuple(r[:-1] for r in roles if r.endswith("*"))
        self.freemail = freemail
        self.drop_disposable = drop_disposable
        self._cache: dict[str, Verdict] = {}

    def add_employee(self, email: str) -> None:
        """One more of the staff's addresses (an alias learned while reading)."""
        self.employees.add(email)
        self._cache.pop(email, None)

    def is_company_domain(self, domain: str) -> bool:
        return normalize.is_within(domain, self.company_domains)

    def is_role(self, local: str) -> bool:
        local = local.split("+", 1)[0]
        return local in self.role_exact or local.startswith(self.role_prefixes)

    def verdict(self, email: str) -> Verdict:
        hit = self._cache.get(email)
        if hit is None:
            hit = self._cache[email] = self._verdict(email)
        return hit

    def _verdict(self, email: str) -> Verdict:
        if email in self.employees:
            return Verdict(Kind.EMPLOYEE)
        local, _, domain = email.rpartition("@")
        if self.is_company_domain(domain):
            if self.colleagues_are_employees and not self.is_role(local):
                return Verdict(Kind.EMPLOYEE)
            return Verdict(Kind.DROPPED, "company address")
        if email in self.blocked_addresses or normalize.is_within(domain, self.blocked_domains):
            return Verdict(Kind.DROPPED, "blocklisted")
        if self.is_role(local):
            return Verdict(Kind.DROPPED, "role or no-reply address")
        registrable = normalize.registrable_domain(domain) or domain
        if self.drop_disposable and (
            domain in DISPOSABLE_DOMAINS or registrable in DISPOSABLE_DOMAINS
        ):
            return Verdict(Kind.DROPPED, "disposable domain")
        free = normalize.is_freemail(domain) or normalize.is_freemail(registrable)
        if free and self.freemail == "drop":
            return Verdict(Kind.DROPPED, "free-mail address")
        return Verdict(Kind.CANDIDATE, freemail=free)
