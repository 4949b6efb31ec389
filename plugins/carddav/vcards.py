"""Golden record <-> vCard 3.0, the version every CardDAV server accepts.

A minimal converter of its own: the vCard plugin's full converter (2.1/3.0/4.0, CSV) serves file
import; a CardDAV card needs only the fields contactkit sends and a tolerant reader for the rest.
"""

from __future__ import annotations

import vobject

from contactkit.model import (
    Address,
    AddressKind,
    Contact,
    GoldenRecord,
    OrgRef,
    PersonName,
    Phone,
    PhoneKind,
    Url,
)

OWNER_PROPERTY = "x-contactkit-owner"
ID_PROPERTY = "x-contactkit-id"

_TEL_TYPES = {
    PhoneKind.WORK: ["WORK", "VOICE"],
    PhoneKind.CELL: ["CELL"],
    PhoneKind.FAX: ["WORK", "FAX"],
    PhoneKind.HOME: ["HOME", "VOICE"],
    PhoneKind.OTHER: ["VOICE"],
}


def vcard_from_record(record: GoldenRecord) -> str:
    """A vCard 3.0 for the record; UID is contactkit's stable id."""
    c = record.contact
    card = vobject.vCard()
    card.add("version").value = "3.0"
    card.add("uid").value = record.id
    card.add("fn").value = c.display_name
    card.add("n").value = vobject.vcard.Name(
        family=c.name.family or "",
        given=c.name.given or "",
        additional=c.name.middle or "",
        prefix=c.name.prefix or "",
        suffix=c.name.suffix or "",
    )
    for i, email in enumerate(c.emails):
        prop = card.add("email")
        prop.value = email
        prop.type_param = ["INTERNET", "PREF"] if i == 0 else ["INTERNET"]
    for phone in c.phones:
        prop = card.add("tel")
        prop.value = phone.e164 or phone.text
        prop.type_param = _TEL_TYPES.get(phone.kind, ["VOICE"])
    org_name = (record.organization.name if record.organization else None) or (
        c.organization.name if c.organization else None
    )
    unit = (c.organization.unit if c.organization else None) or c.department
    if org_name:
        card.add("org").value = [org_name, unit] if unit else [org_name]
    if c.title:
        card.add("title").value = c.title
    for address in c.addresses:
        prop = card.add("adr")
        prop.value = vobject.vcard.Address(
            street=address.street or "",
            city=address.city or "",
            region=address.region or "",
            code=address.postal_code or "",
            country=address.country or "",
        )
        prop.type_param = [address.kind.value.upper()]
    for url in c.urls:
        card.add("url").value = url.url
    if c.notes:
        card.add("note").value = c.notes
    if c.categories:
        card.add("categories").value = list(c.categories)
    if record.owner is not None:
        # vCard has no owner; an X- property keeps it visible and round-trips through servers.
        card.add(OWNER_PROPERTY).value = record.owner.email
    return card.serialize()


def _values(card, name: str) -> list:
    return list(card.contents.get(name, []))


def _types(prop) -> set[str]:
    return {t.upper() for t in prop.params.get("TYPE", []) for t in t.split(",")}


def contact_from_vcard(text: str) -> tuple[Contact, str | None, str | None]:
    """(contact, UID, owner email) from one vCard; raises ValueError with a one-line reason."""
    try:
        card = vobject.readOne(text)
    except Exception as exc:  # vobject raises several unrelated types for bad input
        raise ValueError(
            f"not a vCard: {str(exc).splitlines()[0] if str(exc) else exc!r}"
        ) from None
    name = PersonName()
    if n := _values(card, "n"):
        v = n[0].value
        name = PersonName(
            given=v.given or None,
            family=v.family or None,
            middle=v.additional or None if isinstance(v.additional, str) else None,
            prefix=v.prefix or None if isinstance(v.prefix, str) else None,
            suffix=v.suffix or None if isinstance(v.suffix, str) else None,
        )
    if fn := _values(card, "fn"):
        full = fn[0].value.strip()
        name = name.model_copy(update={"full": full}) if name.given or name.family else None
        name = name or PersonName(full=full)
    phones = []
    for tel in _values(card, "tel"):
        types = _types(tel)
        kind = (
            PhoneKind.FAX
            if "FAX" in types
            else PhoneKind.CELL
            if "CELL" in types
            else PhoneKind.HOME
            if "HOME" in types
            else PhoneKind.WORK
        )
        if tel.value.strip():
            phones.append(Phone(text=tel.value.strip(), kind=kind))
    org = None
    unit = None
    if orgs := _values(card, "org"):
        parts = orgs[0].value if isinstance(orgs[0].value, list) else [orgs[0].value]
        unit = parts[1] if len(parts) > 1 and parts[1] else None
        org = OrgRef(name=parts[0] or None, unit=unit)
    addresses = []
    for adr in _values(card, "adr"):
        v = adr.value
        types = _types(adr)
        addresses.append(
            Address(
                street=v.street or None if isinstance(v.street, str) else None,
                city=v.city or None,
                region=v.region or None,
                postal_code=v.code or None,
                country=v.country or None,
                kind=AddressKind.HOME if "HOME" in types else AddressKind.WORK,
            )
        )
    categories: list[str] = []
    for cat in _values(card, "categories"):
        categories.extend(c for c in cat.value if c)
    notes = _values(card, "note")
    title = _values(card, "title")
    contact = Contact(
        name=name,
        emails=[e.value for e in _values(card, "email") if e.value.strip()],
        phones=phones,
        title=title[0].value or None if title else None,
        organization=org,
        addresses=addresses,
        urls=[Url(url=u.value) for u in _values(card, "url") if u.value.strip()],
        notes=notes[0].value or None if notes else None,
        categories=categories,
    )
    uid = _values(card, "uid")
    owner = _values(card, OWNER_PROPERTY)
    return contact, (uid[0].value if uid else None), (owner[0].value if owner else None)
