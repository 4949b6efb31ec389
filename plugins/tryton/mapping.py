"""Golden record -> what Tryton keeps of it: a party with contact mechanisms, an address, a job
title category, and the relations to its company, its parent company and the employees."""

from __future__ import annotations

from dataclasses import dataclass, field

import phonenumbers

from contactkit.flat import company_fields, company_key, parent_company
from contactkit.model import GoldenRecord, PhoneKind, UrlKind

MECHANISM_OF_PHONE = {PhoneKind.CELL: "mobile", PhoneKind.FAX: "fax"}
"""Phone kind -> Tryton contact mechanism type (everything else is "phone")."""


PHONE_TYPES = {"phone", "mobile", "fax"}


def compact(kind: str, value: str) -> str:
    """A mechanism's value as contactkit sent it: Tryton stores phone numbers formatted
    ("+1 202-555-0101"), contactkit sends E.164 ("+12025550101")."""
    if kind not in PHONE_TYPES:
        return value
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return value
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def contact_code(record_id: str) -> str:
    """The party identifier holding contactkit's id: the key a re-push finds the party by."""
    return f"contactkit:{record_id}"


def org_code(key: str) -> str:
    return f"contactkit-org:{key}"


def employee_code(email: str) -> str:
    return f"contactkit-employee:{email.lower()}"


@dataclass(frozen=True)
class Org:
    code: str
    name: str
    website: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class Wanted:
    """Everything the sink writes for one record; equal means nothing to send."""

    name: str
    mechanisms: frozenset[tuple[str, str]]
    address: tuple[str | None, str | None, str | None] | None
    title: str | None
    company: Org | None
    parent: Org | None
    employees: tuple[tuple[str, str | None], ...] = field(default=())
    """(email, name) of every employee who knows the contact."""
    owner: str | None = None


def wanted(record: GoldenRecord, link_parents: bool = True) -> Wanted:
    c = record.contact
    mechanisms = {("email", e) for e in c.emails}
    for phone in c.phones:
        mechanisms.add((MECHANISM_OF_PHONE.get(phone.kind, "phone"), phone.e164 or phone.text))
    mechanisms |= {("website", u.url) for u in c.urls if u.kind == UrlKind.WEB}
    address = None
    if c.addresses:
        a = c.addresses[0]
        if a.street or a.city or a.postal_code:
            address = (a.street, a.city, a.postal_code)
    company = None
    key = company_key(record)
    fields = company_fields(record)
    if key and fields.get("name"):
        company = Org(org_code(key), fields["name"], fields.get("domain"), fields.get("phone"))
    parent = None
    family = parent_company(record) if link_parents and company else None
    if family is not None and family[0] != key:
        parent = Org(org_code(family[0]), family[1]["name"], family[1].get("domain"))
    employees = sorted({(r.employee_email.lower(), r.employee_name) for r in record.relationships})
    if record.owner is not None and record.owner.email.lower() not in {e for e, _ in employees}:
        employees.append((record.owner.email.lower(), record.owner.name))
    return Wanted(
        name=c.name.full or (c.emails[0] if c.emails else record.id),
        mechanisms=frozenset(mechanisms),
        address=address,
        title=c.title,
        company=company,
        parent=parent,
        employees=tuple(sorted(employees)),
        owner=record.owner.email.lower() if record.owner else None,
    )


def org_values(org: Org) -> dict:
    mechanisms = [{"type": "website", "value": org.website}] if org.website else []
    if org.phone:
        mechanisms.append({"type": "phone", "value": org.phone})
    return {
        "name": org.name,
        "identifiers": [["create", [{"code": org.code}]]],
        "contact_mechanisms": [["create", mechanisms]],
    }


def employee_values(email: str, name: str | None) -> dict:
    return {
        "name": name or email,
        "identifiers": [["create", [{"code": employee_code(email)}]]],
        "contact_mechanisms": [["create", [{"type": "email", "value": email}]]],
    }
