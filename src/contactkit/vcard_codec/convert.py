"""vCard -> Contact; with ``writer`` and ``syntax`` the public vCard <-> Contact conversion, so
other plugins (CardDAV) convert the same way.

Reading: ``contact_from_vcard(component)`` takes a vobject component and ``read_card`` returns
the contact with what the card says about itself (UID, REV, warnings). Values are taken from the
raw content lines and unescaped here rather than through vobject's behaviours, because those
keep only the text before the first unescaped comma (``NOTE:Met at the fair, nice guy`` would
lose half) and vCard 2.1 writers never escape commas.

Writing (``writer``, re-exported here as the documented entry point):
``vcard_from_record(record, version="4.0")`` (or ``vcard_from_contact``) returns the text of one
vCard 4.0 or 3.0, CRLF-terminated and folded at 75 octets, written so that reading it back gives
the same ``Contact``.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import vobject
from pydantic import ValidationError
from vobject.base import Component, ContentLine

from contactkit.model import (
    Address,
    Contact,
    OrgRef,
    PersonName,
    Phone,
    Url,
    UrlKind,
)
from contactkit.vcard_codec.legacy_encodings import clean_card_text
from contactkit.vcard_codec.properties import (
    address_from_label,
    address_kind,
    clean,
    label_of,
    parse_timestamp,
    phone_kind,
    preference,
    split_value,
    type_set,
)
from contactkit.vcard_codec.syntax import (
    ORG_DOMAIN_PROPERTY,
    CardError,
    RawLine,
    escape,
    parse_card,
    unescape,
    with_scheme,
)
from contactkit.vcard_codec.writer import vcard_from_contact, vcard_from_record

__all__ = [
    "CardError",
    "CardInfo",
    "contact_from_vcard",
    "contact_from_vcard_text",
    "parse_card",
    "read_card",
    "read_lines",
    "vcard_from_contact",
    "vcard_from_record",
]

DEFAULT_MAX_PHOTO_BYTES = 512 * 1024
SYSTEM_GROUPS = {"mycontacts", "starred", "* mycontacts", "* starred"}


@dataclass
class CardInfo:
    """A card read into a ``Contact``, with what the card says about itself."""

    contact: Contact
    uid: str | None = None
    rev: datetime | None = None
    version: str | None = None
    confidence: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    """One line each: values that were skipped (an invalid email, an oversized photo...)."""
    is_company: bool = False
    """The card describes a company, not a person (KIND:org, X-ABShowAs:COMPANY, FN = ORG)."""


def read_lines(
    lines: list[RawLine],
    *,
    region: str | None = None,
    max_photo_bytes: int = DEFAULT_MAX_PHOTO_BYTES,
) -> CardInfo:
    """Read the lines of ``raw_lines`` into a ``CardInfo`` (the source's fast path)."""
    return _Reader(lines, region, max_photo_bytes).read()


# -- reading --------------------------------------------------------------------------------


def contact_from_vcard(component: Component, region: str | None = None) -> Contact:
    """The ``Contact`` a vCard component describes (any version, transformed or raw)."""
    return read_card(component, region=region).contact


def read_card(
    component: Component,
    *,
    region: str | None = None,
    max_photo_bytes: int = DEFAULT_MAX_PHOTO_BYTES,
) -> CardInfo:
    """Read a vCard component into a ``CardInfo``; raises ``CardError`` if nothing usable."""
    lines = [c for c in component.getChildren() if isinstance(c, ContentLine)]
    if any(not line.encoded for line in lines):
        # A component parsed with vobject's behaviours (readOne's default): turn its decoded
        # values back into raw text. What vobject already dropped cannot come back: prefer
        # ``read_card(parse_card(text))`` when the text is at hand.
        lines = [_as_raw(line) for line in lines]
    return _Reader(lines, region, max_photo_bytes).read()


def contact_from_vcard_text(text: str, region: str | None = None) -> Contact:
    """The ``Contact`` of the one vCard in ``text`` (any version; 2.1 encodings cleaned first)."""
    return read_card(parse_card(clean_card_text(text)), region=region).contact


def _as_raw(line: ContentLine) -> ContentLine:
    if line.encoded:
        return line
    value = line.value
    if isinstance(value, vobject.vcard.Name):
        fields = [value.family, value.given, value.additional, value.prefix, value.suffix]
        raw = ";".join(_escape_field(f) for f in fields)
    elif isinstance(value, vobject.vcard.Address):
        fields = [value.box, value.extended, value.street, value.city, value.region]
        raw = ";".join(_escape_field(f) for f in [*fields, value.code, value.country])
    elif isinstance(value, list):
        sep = "," if line.name == "CATEGORIES" else ";"
        raw = sep.join(_escape_field(f) for f in value)
    elif isinstance(value, bytes):
        raw = base64.b64encode(value).decode("ascii")
    else:
        raw = escape(str(value))
    copy = ContentLine(line.name, [], raw, line.group, encoded=True)
    copy.params = {k: list(v) for k, v in line.params.items()}
    copy.singletonparams = list(line.singletonparams)
    return copy


def _escape_field(value: Any) -> str:
    if isinstance(value, list):
        return ",".join(escape(str(v)) for v in value)
    return escape(str(value or ""))


class _Reader:
    """One pass over a card's content lines, collecting what maps onto a ``Contact``."""

    def __init__(self, lines: list[ContentLine], region: str | None, max_photo_bytes: int) -> None:
        self.lines = lines
        self.region = region
        self.max_photo_bytes = max_photo_bytes
        self.warnings: list[str] = []
        self.confidence: dict[str, float] = {}
        self.labels = {
            line.group.lower(): label_of(unescape(line.value))
            for line in lines
            if line.group and line.name == "X-ABLABEL"
        }

    def label(self, line: ContentLine) -> str:
        return self.labels.get(line.group.lower(), "") if line.group else ""

    def read(self) -> CardInfo:
        fn = n = org = title = role = uid = rev = version = show_as = org_domain = kind = None
        emails: list[tuple[int, int, str]] = []
        phones: list[tuple[int, int, Phone]] = []
        addresses: list[Address] = []
        labels: list[tuple[set[str], str]] = []
        urls: list[Url] = []
        notes: list[str] = []
        categories: list[str] = []
        for index, line in enumerate(self.lines):
            name, value = line.name, line.value
            if name == "FN":
                fn = fn or clean(unescape(value))
            elif name == "N":
                n = n or split_value(value, ";")
            elif name == "EMAIL":
                if clean(value):
                    types = type_set(line)
                    emails.append((preference(line, types), index, unescape(value).strip()))
            elif name == "TEL":
                text = clean(unescape(value))
                if text:
                    if text.lower().startswith("tel:"):
                        text = text[4:].replace(";ext=", " ext. ")
                    types = type_set(line)
                    kind = phone_kind(types, self.label(line))
                    phone = Phone(text=text, kind=kind, region=self.region)
                    phones.append((preference(line, types), index, phone))
            elif name == "ORG":
                org = org or split_value(value, ";")
            elif name == "TITLE":
                title = title or clean(unescape(value))
            elif name == "ROLE":
                role = role or clean(unescape(value))
            elif name == "ADR":
                address = self.address(line)
                if address is not None:
                    addresses.append(address)
            elif name == "LABEL":
                labels.append((type_set(line), unescape(value)))
            elif name == "URL":
                self.add_url(urls, unescape(value), self.label(line))
            elif name == "X-SOCIALPROFILE":
                self.add_social(urls, line)
            elif name == "NOTE":
                note = clean(unescape(value))
                if note:
                    notes.append(note)
            elif name == "CATEGORIES":
                for part in split_value(value, ","):
                    part = part.strip()
                    # Google's system groups are not the user's categories.
                    if part.lower() in SYSTEM_GROUPS:
                        continue
                    if part and part not in categories:
                        categories.append(part)
            elif name == "UID":
                uid = clean(unescape(value))
            elif name == "REV":
                rev = parse_timestamp(value)
            elif name == "VERSION":
                version = value.strip()
            elif name == "X-ABSHOWAS":
                show_as = value.strip().upper()
            elif name == "KIND":
                kind = value.strip().lower()
            elif name == ORG_DOMAIN_PROPERTY:
                org_domain = clean(unescape(value))
            elif name in ("PHOTO", "LOGO"):
                self.check_photo(line)
        if not addresses and labels:
            # Only a formatted label (2.1/3.0 LABEL): split it as well as lines allow.
            for types, text in labels:
                address = address_from_label(text, address_kind(types))
                if address is not None:
                    addresses.append(address)
                    self.confidence["addresses"] = 0.7
        org_name = clean(org[0]) if org else None
        units = [u.strip() for u in (org[1:] if org else []) if u.strip()]
        person = self.person_name(fn, n, org_name, "COMPANY" if kind == "org" else show_as)
        if role and title and role.lower() != title.lower():
            notes.append(f"Role: {role}")
        fields: dict[str, Any] = {
            "name": person,
            "emails": [e for _, _, e in sorted(emails)],
            "phones": [p for _, _, p in sorted(phones, key=lambda t: (t[0], t[1]))],
            "title": title or role,
            "department": ", ".join(units) or None,
            "organization": (
                OrgRef(name=org_name, domain=org_domain) if org_name or org_domain else None
            ),
            "addresses": addresses,
            "urls": urls,
            "notes": "\n\n".join(notes) or None,
            "categories": categories,
        }
        contact = self.build(fields)
        return CardInfo(
            contact=contact,
            uid=uid,
            rev=rev,
            version=version,
            confidence=self.confidence,
            warnings=self.warnings,
            is_company=bool(
                org_name
                and not person.full
                and (kind == "org" or show_as == "COMPANY" or fn == org_name)
            ),
        )

    def build(self, fields: dict[str, Any]) -> Contact:
        # an invalid email is dropped by the model (``Contact.dropped``, named in the run
        # report); what still fails is the card's
        try:
            return Contact(**fields)
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err["loc"])
            raise CardError(f"{where}: {err['msg']}") from None

    def person_name(
        self, fn: str | None, n: list[str] | None, org: str | None, show_as: str | None
    ) -> PersonName:
        parts: dict[str, str | None] = {}
        if n:
            names = ("family", "given", "middle", "prefix", "suffix")
            for key, value in zip(names, n, strict=False):
                # A component may itself be a comma list (several middle names, "Dr.,Prof.").
                parts[key] = clean(" ".join(p.strip() for p in value.split(",") if p.strip()))
        has_parts = any(parts.values())
        if not has_parts and fn and (show_as == "COMPANY" or (org and fn == org)):
            return PersonName()  # a company's own card: FN is the company, not a person
        return PersonName(full=fn, **parts)

    def address(self, line: ContentLine) -> Address | None:
        parts = [p.strip() for p in split_value(line.value, ";")]
        parts += [""] * (7 - len(parts))
        box, extended, street, city, region, code, country = parts[:7]
        street_lines = [p for p in (street, extended) if p]
        if box:
            street_lines.append(box if box.lower().startswith(("po", "p.o")) else f"PO Box {box}")
        if not (street_lines or city or region or code or country):
            return None
        return Address(
            street="\n".join(street_lines) or None,
            city=city or None,
            region=region or None,
            postal_code=code or None,
            country=country or None,
            kind=address_kind(type_set(line), self.label(line)),
        )

    def add_url(self, urls: list[Url], value: str, label: str = "") -> None:
        value = with_scheme(value.strip())
        if not value or any(u.url == value for u in urls):
            return
        kind = UrlKind.LINKEDIN if "linkedin" in label else UrlKind.WEB
        urls.append(Url(url=value, kind=kind))

    def add_social(self, urls: list[Url], line: ContentLine) -> None:
        value = unescape(line.value).strip()
        types = type_set(line)
        if not value:
            return
        if not value.lower().startswith(("http://", "https://")):
            user = line.params.get("X-USER", [value.split(":")[-1]])[0]
            if "linkedin" in types:
                value = f"https://www.linkedin.com/in/{user}"
            elif "twitter" in types or "x" in types:
                value = f"https://twitter.com/{user}"
            else:
                return  # an app-private handle (x-apple:...): nothing a CRM can open
        if any(u.url == value for u in urls):
            return
        urls.append(Url(url=value, kind=UrlKind.OTHER))

    def check_photo(self, line: ContentLine) -> None:
        """Photos are never fetched by URI, and inline ones are size-checked, not kept."""
        value = line.value.strip()
        if value.lower().startswith(("http:", "https:", "ftp:")) or "uri" in {
            v.lower() for v in line.params.get("VALUE", ())
        }:
            return
        payload = value.split(",", 1)[1] if value.startswith("data:") else value
        size = len(payload) * 3 // 4
        if size > self.max_photo_bytes:
            self.warnings.append(
                f"{line.name} of {size // 1024} KiB over max_photo_bytes "
                f"({self.max_photo_bytes // 1024} KiB): ignored"
            )
