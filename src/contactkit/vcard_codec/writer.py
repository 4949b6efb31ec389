"""Contact -> vCard text: one vCard 4.0 or 3.0, CRLF-terminated and folded at 75 octets,
written so that reading it back (``convert``) gives the same ``Contact``."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Literal

from contactkit import normalize
from contactkit.model import AddressKind, Contact, GoldenRecord, PhoneKind, UrlKind
from contactkit.vcard_codec.syntax import ORG_DOMAIN_PROPERTY, escape, with_scheme

Version = Literal["4.0", "3.0"]


def fold(line: str, limit: int = 75) -> str:
    """Fold at ``limit`` octets without splitting a UTF-8 sequence (RFC 6350 3.2)."""
    if len(line) < limit // 4 or len(line.encode("utf-8")) <= limit:
        return line + "\r\n"
    out, current, size = [], [], 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append("".join(current))
            current, size = [" "], 1
        current.append(ch)
        size += width
    out.append("".join(current))
    return "\r\n".join(out) + "\r\n"


_PHONE_TYPES = {
    PhoneKind.WORK: ("work", "voice"),
    PhoneKind.CELL: ("cell",),
    PhoneKind.FAX: ("work", "fax"),
    PhoneKind.HOME: ("home", "voice"),
    # "other" is no TEL type in RFC 2426 or 6350; an x-name is, and readers that do not know
    # it still see a voice number.
    PhoneKind.OTHER: ("voice", "x-other"),
}


def _type_param(types: Iterable[str], version: Version, pref: bool = False) -> str:
    items = list(types)
    if version == "3.0":
        items = [t.upper() for t in items] + (["PREF"] if pref else [])
        return f";TYPE={','.join(items)}" if items else ""
    out = f";TYPE={','.join(items)}" if items else ""
    return out + (";PREF=1" if pref else "")


def vcard_from_contact(
    contact: Contact,
    *,
    uid: str | None = None,
    version: Version = "4.0",
    rev: datetime | None = None,
    org_name: str | None = None,
) -> str:
    """One vCard (4.0 or 3.0) for ``contact``; reading it back gives an equal ``Contact``."""
    if version not in ("4.0", "3.0"):
        raise ValueError(f"vCard version {version!r} cannot be written (4.0 or 3.0)")
    name = contact.name
    out = ["BEGIN:VCARD", f"VERSION:{version}", "PRODID:-//contactkit//vcard export//EN"]
    if uid:
        out.append(f"UID:{escape(uid)}")
    org = org_name or (contact.organization.name if contact.organization else None)
    unit = contact.department or (contact.organization.unit if contact.organization else None)
    full = name.full or ""
    if not full and org and not (name.given or name.family):
        full = org  # vCard requires FN; a company-only contact shows the company
    out.append(f"FN:{escape(full)}")
    if name.full or name.given or name.family or version == "3.0":
        parts = (name.family, name.given, name.middle, name.prefix, name.suffix)
        out.append("N:" + ";".join(escape(p or "") for p in parts))
    if not name.full and full and version == "4.0":
        out.append("KIND:org")
    if not name.full and full:
        out.append("X-ABSHOWAS:COMPANY")
    if org or unit:
        out.append("ORG:" + ";".join(escape(p) for p in (org or "", unit) if p is not None))
    if contact.title:
        out.append(f"TITLE:{escape(contact.title)}")
    domain = contact.organization.domain if contact.organization else None
    if domain and (not contact.emails or normalize.registrable_domain(contact.emails[0]) != domain):
        # vCard has no place for a company's domain; keep it where readers ignore it.
        out.append(f"{ORG_DOMAIN_PROPERTY}:{domain}")
    for i, email in enumerate(contact.emails):
        types = ("INTERNET",) if version == "3.0" else ()
        out.append(f"EMAIL{_type_param(types, version, pref=i == 0)}:{email}")
    for phone in contact.phones:
        out.append(f"TEL{_type_param(_PHONE_TYPES[phone.kind], version)}:{escape(phone.text)}")
    for address in contact.addresses:
        parts = ("", "", address.street, address.city, address.region, address.postal_code)
        values = [*parts, address.country]
        adr = ";".join(escape(p or "") for p in values)
        kind = "x-other" if address.kind == AddressKind.OTHER else address.kind.value
        out.append(f"ADR{_type_param((kind,), version)}:{adr}")
    for url in contact.urls:
        if url.kind == UrlKind.OTHER:
            out.append(f"X-SOCIALPROFILE:{with_scheme(url.url)}")
            continue
        out.append(f"URL:{with_scheme(url.url)}")
        if url.kind == UrlKind.LINKEDIN:
            out.append(f"X-SOCIALPROFILE{_type_param(('linkedin',), version)}:{url.url}")
    if contact.notes:
        out.append(f"NOTE:{escape(contact.notes)}")
    if contact.categories:
        out.append("CATEGORIES:" + ",".join(escape(c) for c in contact.categories))
    if rev:
        out.append(f"REV:{rev.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}")
    out.append("END:VCARD")
    return "".join(fold(line) for line in out)


def vcard_from_record(record: GoldenRecord, version: Version = "4.0") -> str:
    """A golden record as one vCard, its UID the record's stable id (so CRMs upsert on it)."""
    org_name = None
    if record.contact.organization and record.contact.organization.name:
        org_name = record.contact.organization.name
    elif record.organization:
        org_name = record.organization.name or record.organization.legal_name
    return vcard_from_contact(
        record.contact,
        uid=record.id,
        version=version,
        rev=record.updated_at,
        org_name=org_name,
    )
