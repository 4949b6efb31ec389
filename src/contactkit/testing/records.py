"""Sample golden records for sink tests: unique, valid, and deterministic.

Every builder returns a fresh ``GoldenRecord`` whose id, email and phone derive from ``n``, so a
test can make many distinct people and still know what to expect back from the CRM.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from contactkit.model import (
    Contact,
    Employee,
    GoldenRecord,
    Observation,
    Organization,
    OrgRef,
    PersonName,
    Phone,
    PhoneKind,
    Relationship,
    ReviewItem,
)

FIXED_TIME = datetime(2026, 1, 15, 9, 30, tzinfo=UTC)

OWNER = Employee(email="grace.hopper@contactkit-tests.com", name="Grace Hopper")
"""The default owner: an employee of 'our' company who knows the sample contacts."""

COMPANY = Organization(
    name="Analytical Engines",
    legal_name="Analytical Engines Ltd",
    domains=["analytical-engines.com"],
    duns="150483782",
)


def person(
    n: int = 1,
    *,
    given: str = "Ada",
    family: str = "Lovelace",
    domain: str = "analytical-engines.com",
    company: Organization | None = COMPANY,
    owner: Employee | None = OWNER,
    title: str | None = "Chief Engineer",
    **contact: Any,
) -> GoldenRecord:
    """One contact with a company and an owner; ``n`` makes id, email and phone unique."""
    email = f"{given}.{family}.{n}@{domain}".lower().replace(" ", "-")
    org = company.model_copy(deep=True) if company else None
    fields: dict[str, Any] = {
        "name": PersonName(given=given, family=family),
        "emails": [email],
        "phones": [Phone(text=f"+1 202 555 {n % 10000:04d}", kind=PhoneKind.WORK)],
        "title": title,
        "organization": OrgRef(name=org.name, domain=org.domains[0]) if org else None,
    }
    fields.update(contact)
    relationships = []
    if owner is not None:
        relationships.append(
            Relationship(
                employee_email=owner.email,
                employee_name=owner.name,
                sent=3,
                received=4,
                replies=2,
                threads=2,
                first_seen=FIXED_TIME,
                last_seen=FIXED_TIME,
                strength=0.8,
            )
        )
    return GoldenRecord(
        id=f"ck-test-{n:05d}",
        contact=Contact(**fields),
        organization=org,
        organization_id=f"org-{org.domains[0]}" if org else None,
        relationships=relationships,
        owner=owner,
        updated_at=FIXED_TIME,
    )


def people(count: int, start: int = 1, **kwargs: Any) -> list[GoldenRecord]:
    """``count`` distinct people, numbered from ``start``."""
    return [person(n, **kwargs) for n in range(start, start + count)]


UNICODE_NAMES = [
    ("Zoë", "Łukasiewicz-Šťastná", "Société Générale Ingénierie"),
    ("José", "Muñoz Ñáñez", "Compañía Ibérica"),
    ("美咲", "渡辺", "株式会社テスト"),
    ("Αλέξανδρος", "Παπαδόπουλος", "Ελληνική Εταιρεία"),
]


def unicode_people(start: int = 900) -> list[GoldenRecord]:
    """People whose names and companies are not ASCII (Latin with marks, CJK, Greek)."""
    out = []
    for i, (given, family, company) in enumerate(UNICODE_NAMES):
        n = start + i
        org = Organization(name=company, domains=[f"unicode-{i}-tests.com"])
        # ASCII local part: some CRMs refuse internationalized addresses, which is not the point
        email = f"person.{n}@unicode-{i}-tests.com"
        record = person(n, given=given, family=family, company=org, emails=[email])
        out.append(record)
    return out


def without_company(n: int = 700) -> GoldenRecord:
    """A contact with a personal address and no company at all."""
    record = person(n, given="Solo", family="Trader", domain="gmail.com", company=None)
    record.contact.organization = None
    return record


def without_email(n: int = 800) -> GoldenRecord:
    """A contact known only by name and phone (e.g. from a scanned card)."""
    record = person(n, given="Phone", family="Only")
    record.contact.emails = []
    return record


PARENT = Organization(
    name="Engines Holding plc",
    legal_name="Engines Holding plc",
    domains=["engines-holding.co.uk"],
    duns="804735132",
)
"""The default parent company of ``COMPANY`` (its corporate family, as dnb_lookup fills it)."""


def with_parent(
    record: GoldenRecord,
    parent: Organization = PARENT,
    parent_id: str | None = "org-engines-holding",
) -> GoldenRecord:
    """A copy of ``record`` whose company belongs to ``parent``'s corporate family; ``parent_id``
    is the parent's organization id in the store (None: a parent the store does not hold)."""
    out = record.model_copy(deep=True)
    if out.organization is not None:
        out.organization.parent_duns = parent.duns
    out.family = {"parent": parent.model_copy(deep=True)}
    out.family_ids = {"parent": parent_id} if parent_id else {}
    return out


def changed(record: GoldenRecord, **contact: Any) -> GoldenRecord:
    """A copy of ``record`` with some contact fields changed (same id)."""
    new_contact = record.contact.model_copy(update=contact, deep=True)
    return record.model_copy(update={"contact": new_contact}, deep=True)


PARENT = Organization(
    name="Analytical Engines Holdings",
    legal_name="Analytical Engines Holdings plc",
    duns="210987654",
    country="GB",
    global_ultimate_duns="210987654",
)
"""The parent (and global ultimate) of ``COMPANY`` in ``family_person``."""


def family_person(n: int = 1, **kwargs: Any) -> GoldenRecord:
    """A contact whose company sits under a parent that is also its global ultimate, with the
    hierarchy as sinks receive it: ``family`` (organizations) and ``family_ids`` (their ids)."""
    record = person(n, **kwargs)
    org = (record.organization or COMPANY).model_copy(
        update={
            "country": "GB",
            "country_confidence": 1.0,
            "parent_duns": PARENT.duns,
            "global_ultimate_duns": PARENT.duns,
        }
    )
    return record.model_copy(
        update={
            "organization": org,
            "family": {"parent": PARENT, "global_ultimate": PARENT},
            "family_ids": {
                "parent": "org-parent-holdings",
                "global_ultimate": "org-parent-holdings",
            },
        }
    )


def doubtful_card(title: str = "Business card img-1.png: Jana Nowak") -> ReviewItem:
    """A scanned card waiting for review: its email and title were read with doubt (and both
    are wrong: ``0ptics``, ``Manger``); its phone was missed."""
    contact = Contact(
        name={"full": "Jana Nowak"}, emails=["jana.nowak@0ptics.example"], title="Sales Manger"
    )
    obs = Observation(
        source="card_scan",
        source_key="img-1",
        contact=contact,
        confidence={"name": 0.97, "emails": 0.55, "title": 0.6},
    )
    return ReviewItem(
        kind="fields",
        source="card_scan",
        source_key="img-1",
        title=title,
        observation=obs,
        uncertain=["emails", "title"],
    )
