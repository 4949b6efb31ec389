"""Golden records as sinks and commands see them: contact, company, family, relationships, owner."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from contactkit import ownership
from contactkit.model import (
    Contact,
    Employee,
    FieldSource,
    GoldenRecord,
    Member,
    Organization,
    Relationship,
)
from contactkit.store import Store, as_utc
from contactkit.store import schema as t

FAMILY_ROLES = {
    "parent": "parent_duns",
    "headquarters": "headquarters_duns",
    "domestic_ultimate": "domestic_ultimate_duns",
    "global_ultimate": "global_ultimate_duns",
}


@dataclass
class _Snapshot:
    organizations: dict[str, Any]
    by_duns: dict[str, Organization]
    id_by_duns: dict[str, str]
    relationships: dict[str, list[Any]]
    employees: dict[str, dict[str, Any]]
    company_owner: dict[str, str]
    observations: dict[int, tuple[str, str, Any]]
    """Member observation id -> (source, key, seen)."""


def _snapshot(
    store: Store,
    golden_rows: dict[str, Any],
    only: list[Any] | None = None,
    relationships: dict[str, list[Any]] | None = None,
    organizations: dict[str, Any] | None = None,
) -> _Snapshot:
    if organizations is None:
        organizations = store.organizations()
    by_duns: dict[str, Organization] = {}
    id_by_duns: dict[str, str] = {}
    for row in organizations.values():
        org = Organization.model_validate(row.payload)
        # a company known by its domain beats the bare family-tree stub of the same DUNS
        if org.duns and (org.duns not in by_duns or not row.key.startswith("duns:")):
            by_duns[org.duns] = org
            id_by_duns[org.duns] = row.id
    if relationships is None:
        relationships = store.relationships_by_golden()
    return _Snapshot(
        organizations=organizations,
        by_duns=by_duns,
        id_by_duns=id_by_duns,
        relationships=relationships,
        employees=store.employees(),
        company_owner=_company_owners(golden_rows, relationships),
        observations=store.observation_refs(
            None if only is None else [m for row in only for m in _member_ids(row)]
        ),
    )


def _member_ids(row: Any) -> list[int]:
    return list(row.members) if isinstance(row.members, list) else []


def _members(row: Any, snap: _Snapshot) -> list[Member]:
    refs = [snap.observations[m] for m in _member_ids(row) if m in snap.observations]
    return [Member(source=s, key=k, seen=as_utc(seen)) for s, k, seen in sorted(refs)]


def _company_owners(golden_rows: dict[str, Any], relationships: dict[str, list[Any]]) -> dict:
    """Per company, the best connector: the employee strongest with its people as a whole."""
    return {
        org_id: owner.employee_email
        for org_id, tallies in ownership.by_company(golden_rows, relationships).items()
        if (owner := ownership.best(tallies.values())) is not None
    }


def _relationship(row: Any, employees: dict[str, dict[str, Any]]) -> Relationship:
    employee = employees.get(row.employee_email, {})
    return Relationship(
        employee_email=row.employee_email,
        employee_name=employee.get("name"),
        sent=row.sent,
        received=row.received,
        cc_only=row.cc_only,
        replies=row.replies,
        meetings=row.meetings,
        threads=row.threads,
        first_seen=as_utc(row.first_seen),
        last_seen=as_utc(row.last_seen),
        strength=row.strength,
    )


def _owner(row: Any, snap: _Snapshot) -> Employee | None:
    email = snap.company_owner.get(row.organization_id) if row.organization_id else None
    rels = snap.relationships.get(row.id, ())
    if email is None and rels:
        email = max(rels, key=lambda r: (r.strength, r.sent + r.received)).employee_email
    if email is None:
        return None
    employee = snap.employees.get(email, {})
    return Employee(email=email, name=employee.get("name"), employee_id=employee.get("employee_id"))


def _build(row: Any, snap: _Snapshot) -> GoldenRecord:
    org_row = snap.organizations.get(row.organization_id) if row.organization_id else None
    organization = Organization.model_validate(org_row.payload) if org_row else None
    family: dict[str, Organization] = {}
    family_ids: dict[str, str] = {}
    if organization is not None:
        for role, attr in FAMILY_ROLES.items():
            duns = getattr(organization, attr)
            if duns and duns != organization.duns:
                family[role] = snap.by_duns.get(duns) or Organization(duns=duns)
                if duns in snap.id_by_duns:
                    family_ids[role] = snap.id_by_duns[duns]
    return GoldenRecord(
        id=row.id,
        contact=Contact.model_validate(row.payload),
        organization=organization,
        organization_id=row.organization_id,
        family=family,
        family_ids=family_ids,
        relationships=[
            _relationship(r, snap.employees) for r in snap.relationships.get(row.id, ())
        ],
        owner=_owner(row, snap),
        provenance={
            field: [FieldSource.model_validate(ref) for ref in refs]
            for field, refs in row.provenance.items()
        },
        members=_members(row, snap),
        updated_at=as_utc(row.updated_at),
    )


def golden_records(store: Store) -> Iterator[GoldenRecord]:
    """Every golden record, assembled, in id order."""
    rows = store.golden_rows()
    snap = _snapshot(store, rows)
    for gid in sorted(rows):
        yield _build(rows[gid], snap)


def golden_record(store: Store, golden_id: str) -> GoldenRecord | None:
    """One golden record by id, reading only it and its company's people (their relationships
    decide the company's owner): a record page costs the same on a store of any size."""
    with store.engine.connect() as conn:
        row = conn.execute(select(t.golden).where(t.golden.c.id == golden_id)).first()
        if row is None:
            return None
        peers = [row]
        if row.organization_id:
            same_company = t.golden.c.organization_id == row.organization_id
            peers = list(conn.execute(select(t.golden).where(same_company)))
        relationships: dict[str, list[Any]] = {}
        query = (
            select(t.relationships)
            .where(t.relationships.c.golden_id.in_([p.id for p in peers]))
            .order_by(t.relationships.c.strength.desc())
        )
        for rel in conn.execute(query):
            relationships.setdefault(rel.golden_id, []).append(rel)
        organizations = None
        if row.organization_id:
            org = conn.execute(
                select(t.organizations).where(t.organizations.c.id == row.organization_id)
            ).first()
            family = org is not None and any(org.payload.get(a) for a in FAMILY_ROLES.values())
            # only a company in a corporate family needs the others (found by their DUNS)
            organizations = None if family else ({org.id: org} if org is not None else {})
    snap = _snapshot(store, {p.id: p for p in peers}, [row], relationships, organizations)
    return _build(row, snap)


def find_golden(store: Store, ref: str) -> GoldenRecord | None:
    """A golden record by id, email or phone (E.164)."""
    by_id = golden_record(store, ref.strip())
    if by_id is not None:
        return by_id
    rows = store.golden_rows()
    needle = ref.strip().lower()
    match = rows.get(ref)
    if match is None:
        for row in rows.values():
            emails = row.payload.get("emails", ())
            phones = [p.get("e164") for p in row.payload.get("phones", ())]
            if needle in emails or ref.strip() in phones:
                match = row
                break
    if match is None:
        return None
    return _build(match, _snapshot(store, rows, [match]))


def provenance_value(contact: dict[str, Any], field: str) -> str:
    """The value a provenance entry speaks of, as one line: ``emails[a@b.example]`` names its
    value; a scalar field's is read from the contact (``model_dump(mode="json")``)."""
    if "[" in field:
        return field.split("[", 1)[1].rstrip("]")
    value = contact.get(field)
    if isinstance(value, dict):
        if value.get("full"):  # a name: its parts only repeat it
            return str(value["full"])
        return " ".join(str(v) for v in value.values() if v)
    return "" if value is None else str(value)
