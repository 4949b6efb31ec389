"""Account ownership across corporate families: who knows each company, and each family, best.

Relationship strengths (``contactkit.relationships``) are summed per company and employee; each
company is *claimed* by its strongest connector. Companies roll up to their family's root: the
global ultimate D&B names, else the domestic ultimate, else the parent, else the company itself.
Per family, the employee with the most summed strength across all its companies is the suggested
owner, with the evidence; a family whose companies are claimed by different employees is a
conflict to settle before territories are drawn (``contactkit report``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from contactkit.model import Organization

ROOT_FIELDS = ("global_ultimate_duns", "domestic_ultimate_duns", "parent_duns")


@dataclass
class Tally:
    """One employee's relationships with one company (or family), summed."""

    employee_email: str
    strength: float = 0.0
    messages: int = 0
    contacts: int = 0
    last_seen: datetime | None = None
    companies: set[str] = field(default_factory=set)
    """Organization ids where the employee knows someone (a family tally only)."""

    def add(self, other: Tally | Any, company: str | None = None) -> None:
        """Add a relationship row (strength and counts) or another tally."""
        self.strength += other.strength
        if isinstance(other, Tally):
            self.messages += other.messages
            self.contacts += other.contacts
        else:
            self.messages += other.sent + other.received + other.cc_only
            self.contacts += 1
        seen = other.last_seen
        if seen is not None and (self.last_seen is None or seen > self.last_seen):
            self.last_seen = seen
        if company:
            self.companies.add(company)

    @property
    def rank(self) -> tuple[float, int, str]:
        return (round(self.strength, 6), self.messages, self.employee_email)

    def evidence(self) -> str:
        """``strength 2.41 over 5 contacts at 3 companies, 212 messages, last 2026-10-02``."""
        where = f" at {len(self.companies)} companies" if self.companies else ""
        last = f", last {self.last_seen:%Y-%m-%d}" if self.last_seen else ""
        return (
            f"strength {self.strength:.2f} over {self.contacts} contacts{where}, "
            f"{self.messages} messages{last}"
        )


def by_company(golden_rows: dict[str, Any], relationships: dict[str, list[Any]]) -> dict:
    """organization id -> employee email -> Tally, from every golden record's relationships."""
    out: dict[str, dict[str, Tally]] = defaultdict(dict)
    for gid, row in golden_rows.items():
        if not row.organization_id:
            continue
        for rel in relationships.get(gid, ()):
            tallies = out[row.organization_id]
            tally = tallies.setdefault(rel.employee_email, Tally(rel.employee_email))
            tally.add(rel)
    return out


def best(tallies: Iterable[Tally]) -> Tally | None:
    """The strongest connector: summed strength, then messages, then the email (stable)."""
    return max(tallies, key=lambda t: t.rank, default=None)


@dataclass
class Family:
    """A corporate family as far as we have contacts in it."""

    root_key: str
    """The root's DUNS (``duns:...``), or the organization id of a company with no family."""
    root_name: str
    root_duns: str | None
    companies: dict[str, str] = field(default_factory=dict)
    """Organization id -> name, for the members we have contacts at."""
    claims: dict[str, str] = field(default_factory=dict)
    """Organization id -> the email of the employee who knows that company best."""
    tallies: list[Tally] = field(default_factory=list)
    """Every employee's summed relationships with the family, strongest first."""

    @property
    def owner(self) -> Tally | None:
        """The suggested owner of the whole family."""
        return self.tallies[0] if self.tallies else None

    @property
    def contested(self) -> bool:
        """Its companies are claimed by more than one employee."""
        return len(set(self.claims.values())) > 1


def family_root(org: Organization) -> str | None:
    """The DUNS a company rolls up to, or None when D&B names no family for it."""
    for attr in ROOT_FIELDS:
        duns = getattr(org, attr)
        if duns:
            return duns
    return None


def families(store: Any) -> list[Family]:
    """Every family we have contacts in, strongest suggested owner first."""
    organizations = store.organizations()
    golden = store.golden_rows()
    tallies = by_company(golden, store.relationships_by_golden())
    parsed = {oid: Organization.model_validate(row.payload) for oid, row in organizations.items()}
    name_by_duns = {o.duns: o.name or o.legal_name or o.duns for o in parsed.values() if o.duns}
    with_contacts = {row.organization_id for row in golden.values() if row.organization_id}
    out: dict[str, Family] = {}
    for oid in sorted(with_contacts):
        org = parsed.get(oid)
        if org is None:
            continue
        root = family_root(org) or org.duns
        key = f"duns:{root}" if root else oid
        family = out.get(key)
        if family is None:
            name = name_by_duns.get(root) if root else None
            family = out[key] = Family(
                root_key=key, root_name=name or org.name or oid, root_duns=root
            )
        family.companies[oid] = org.name or org.legal_name or oid
        company_tallies = tallies.get(oid, {})
        claim = best(company_tallies.values())
        if claim is not None:
            family.claims[oid] = claim.employee_email
    for family in out.values():
        summed: dict[str, Tally] = {}
        for oid in family.companies:
            for email, tally in tallies.get(oid, {}).items():
                summed.setdefault(email, Tally(email)).add(tally, company=oid)
        family.tallies = sorted(summed.values(), key=lambda t: t.rank, reverse=True)
    return sorted(
        out.values(), key=lambda f: (-(f.owner.strength if f.owner else 0.0), f.root_name)
    )


def family_of(store: Any, organization_id: str) -> Family | None:
    """The family an organization belongs to (as ``families`` sees it)."""
    return next((f for f in families(store) if organization_id in f.companies), None)
