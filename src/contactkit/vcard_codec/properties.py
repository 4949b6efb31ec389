"""One vCard property read into the model's terms: escaped lists, TYPE parameters, preference,
Apple's and Google's labels, phone and address kinds, REV stamps, formatted address labels.

Shared by the card reader (``convert``) and the CSV formats, whose columns carry the same
labels.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from vobject.base import ContentLine

from contactkit.model import Address, AddressKind, PhoneKind
from contactkit.vcard_codec.syntax import unescape

_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")


def split_value(value: str, sep: str) -> list[str]:
    """Split on ``sep`` where it is not backslash-escaped, then unescape each part."""
    if "\\" not in value:
        return value.split(sep)
    parts, current, i = [], [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            current.append(value[i : i + 2])
            i += 2
            continue
        if ch == sep:
            parts.append(unescape("".join(current)))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append(unescape("".join(current)))
    return parts


def clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def type_set(line: ContentLine) -> set[str]:
    """Every TYPE spelling as one lower-case set.

    ``TYPE=WORK,VOICE``, ``TYPE=work;TYPE=cell``, ``TYPE="work,voice"``, bare 2.1 ``WORK;CELL``
    and ``PREF`` all end up the same.
    """
    out: set[str] = set()
    for value in line.params.get("TYPE", ()):
        out.update(t.strip().lower() for t in value.split(",") if t.strip())
    for value in line.singletonparams:
        out.add(value.strip().lower())
    return out


def preference(line: ContentLine, types: set[str]) -> int:
    """Lower is preferred: ``PREF=1`` (4.0), ``TYPE=pref`` (3.0) or bare ``PREF`` (2.1)."""
    if "PREF" in line.params:
        try:
            return int(line.params["PREF"][0])
        except (ValueError, IndexError):
            return 1
    return 1 if "pref" in types else 101


def label_of(value: str) -> str:
    """Apple's ``_$!<Mobile>!$_`` and Google's plain ``Mobile`` labels, lower-cased."""
    text = value.strip()
    match = _APPLE_LABEL.match(text)
    return (match.group(1) if match else text).strip().lower()


def phone_kind(types: set[str], label: str = "") -> PhoneKind:
    words = types | ({label} if label else set())
    text = " ".join(words)
    if "fax" in text:
        return PhoneKind.FAX
    if words & {"cell", "mobile", "iphone", "handy", "cellular"} or "mobile" in text:
        return PhoneKind.CELL
    if words & {"pager", "other", "x-other"}:
        return PhoneKind.OTHER
    if "home" in words:
        return PhoneKind.HOME
    return PhoneKind.WORK


def address_kind(types: set[str], label: str = "") -> AddressKind:
    words = types | ({label} if label else set())
    if "home" in words:
        return AddressKind.HOME
    if words & {"other", "x-other"}:
        return AddressKind.OTHER
    return AddressKind.WORK


_US_CITY_LINE = re.compile(r"^(?P<city>.+?),?\s+(?P<region>[A-Z]{2})\s+(?P<code>\d{5}(?:-\d{4})?)$")


def address_from_label(text: str, kind: AddressKind) -> Address | None:
    """A best-effort split of a formatted address label (street lines, city line, country)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return None
    street, city, region, code, country = lines[0], None, None, None, None
    rest = lines[1:]
    if len(rest) >= 2:
        country = rest.pop()
    if rest:
        city_line = rest.pop()
        street = "\n".join([lines[0], *rest])
        match = _US_CITY_LINE.match(city_line)
        if match:
            city, region, code = match["city"], match["region"], match["code"]
        else:
            city = city_line
    return Address(
        street=street, city=city, region=region, postal_code=code, country=country, kind=kind
    )


def parse_timestamp(value: str) -> datetime | None:
    """REV in any of its spellings: ``20240105T101500Z``, ``2024-01-05T10:15:00Z``, a date."""
    text = value.strip().replace("-", "").replace(":", "")
    for fmt in ("%Y%m%dT%H%M%SZ", "%Y%m%dT%H%M%S", "%Y%m%dT%H%M%S.%fZ", "%Y%m%d"):
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None
