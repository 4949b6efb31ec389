"""One company as ``contactkit show`` presents it: found by organization id, DUNS or domain.

Its firmographics with where and when each value came from, its family (parent, domestic and
global ultimate, with their DUNS), the family members we have contacts at, its own contacts, and
who in our company knows it (and its family) best.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from contactkit import normalize, ownership
from contactkit.model import Organization

FIRMOGRAPHICS = (
    "name",
    "legal_name",
    "duns",
    "domains",
    "country",
    "address",
    "phone",
    "industry_codes",
    "employee_count",
    "revenue",
    "operating_status",
    "family_roles",
)
FAMILY = (
    ("parent", "parent_duns"),
    ("headquarters", "headquarters_duns"),
    ("domestic ultimate", "domestic_ultimate_duns"),
    ("global ultimate", "global_ultimate_duns"),
)


@dataclass
class Relative:
    role: str
    duns: str
    name: str | None
    organization_id: str | None
    contacts: int


@dataclass
class CompanyView:
    organization_id: str
    key: str
    organization: Organization
    provenance: dict[str, list[dict[str, Any]]]
    relatives: list[Relative] = field(default_factory=list)
    """Parent, headquarters, domestic and global ultimate, as D&B links them."""
    members_known: dict[str, int] = field(default_factory=dict)
    """Other family members we have contacts at: organization name -> contacts."""
    contacts: list[dict[str, Any]] = field(default_factory=list)
    """Its golden records, strongest relationship first: id, name, email, title, strength."""
    known_by: list[ownership.Tally] = field(default_factory=list)
    """Employees by summed relationship strength with this company, strongest first."""
    family: ownership.Family | None = None


def find_organization(store: Any, ref: str) -> tuple[str, Any] | None:
    """(organization id, row) for an organization id, a DUNS (dashes allowed) or a domain."""
    organizations = store.organizations()
    text = ref.strip()
    if text in organizations:
        return text, organizations[text]
    digits = text.replace("-", "")
    if digits.isdigit() and len(digits) == 9:
        rows = [(oid, r) for oid, r in organizations.items() if r.payload.get("duns") == digits]
        # the company we know by its domain beats the family-tree stub of the same DUNS
        rows.sort(key=lambda item: (item[1].key.startswith("duns:"), item[0]))
        return rows[0] if rows else None
    if "." in text and "@" not in text and " " not in text:
        domain = normalize.registrable_domain(text)
        for oid, row in sorted(organizations.items()):
            if row.key == f"domain:{domain}" or domain in row.payload.get("domains", ()):
                return oid, row
    return None


def company_view(store: Any, ref: str) -> CompanyView | None:
    found = find_organization(store, ref)
    if found is None:
        return None
    oid, row = found
    org = Organization.model_validate(row.payload)
    organizations = store.organizations()
    golden = store.golden_rows()
    relationships = store.relationships_by_golden()
    contacts_at: dict[str, int] = {}
    for grow in golden.values():
        if grow.organization_id:
            contacts_at[grow.organization_id] = contacts_at.get(grow.organization_id, 0) + 1
    id_by_duns: dict[str, str] = {}
    for other_id, other in sorted(organizations.items(), key=lambda kv: kv[1].key):
        duns = other.payload.get("duns")
        if duns and (duns not in id_by_duns or contacts_at.get(other_id)):
            id_by_duns[duns] = other_id
    view = CompanyView(oid, row.key, org, dict(row.provenance or {}))
    for role, attr in FAMILY:
        duns = getattr(org, attr)
        if not duns or duns == org.duns:
            continue
        rid = id_by_duns.get(duns)
        name = organizations[rid].payload.get("name") if rid else None
        view.relatives.append(Relative(role, duns, name, rid, contacts_at.get(rid, 0)))
    view.family = ownership.family_of(store, oid)
    if view.family is not None:
        view.members_known = {
            name: contacts_at.get(member, 0)
            for member, name in view.family.companies.items()
            if member != oid
        }
    for gid, grow in sorted(golden.items()):
        if grow.organization_id != oid:
            continue
        rels = relationships.get(gid, ())
        view.contacts.append(
            {
                "id": gid,
                "name": (grow.payload.get("name") or {}).get("full") or "",
                "email": (grow.payload.get("emails") or [""])[0],
                "title": grow.payload.get("title") or "",
                "strength": max((r.strength for r in rels), default=0.0),
            }
        )
    view.contacts.sort(key=lambda c: (-c["strength"], c["name"]))
    tallies = ownership.by_company(golden, relationships).get(oid, {})
    view.known_by = sorted(tallies.values(), key=lambda t: t.rank, reverse=True)
    return view
