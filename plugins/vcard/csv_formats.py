"""CSV exports of contact applications: detect the format from the header row (the layouts are
in ``csv_layouts``), read each row into a contact.

Known formats: Outlook (any version's Export wizard), Google Contacts (the current export and
the older "Google CSV"), LinkedIn ``Connections.csv`` (with its "Notes:" preamble), and the CSV
exports of the classic contact managers ACT! and GoldMine. Anything else is read with a column
mapping from the config (``csv_columns``), e.g. ``{"Vorname" = "given", "Mail" = "email"}``.

Headers are compared case- and space-insensitively: GoldMine writes its dBase field names in
upper case, ACT! and Outlook in title case, and hand-edited files anything in between.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from contactkit import normalize
from contactkit.model import (
    Address,
    AddressKind,
    Contact,
    OrgRef,
    PersonName,
    Phone,
    PhoneKind,
    Url,
)
from contactkit.vcard_codec.properties import address_from_label, phone_kind
from contactkit_plugins.vcard.csv_layouts import (
    FORMATS,
    GROUP_COLUMN,
    CsvFormat,
    header_key,
    resolve_target,
)

MIN_COLUMNS = 2
"""A header row must have at least this many columns a format knows to be taken as one."""


class CsvFormatError(ValueError):
    """The file's header row matches no known export and no mapping was configured."""


@dataclass
class CsvRow:
    """One data row read into a contact (or why not), with its line in the file."""

    line: int
    contact: Contact | None = None
    uid: str | None = None
    error: str | None = None
    empty: bool = False
    warnings: list[str] = field(default_factory=list)


def detect_format(
    text: str, forced: str | None = None, mapping: dict[str, str] | None = None
) -> tuple[CsvFormat, str, int]:
    """The export's format, the delimiter, and the 0-based index of its header row.

    Every known layout is weighed by how much of the header row it explains (an exporter's
    own columns break ties), so Thunderbird's export, which shares "First Name" and "Job
    Title" with Outlook's, is read as Thunderbird's. Looks at the first 30 rows with each
    usual delimiter (Outlook in many European locales writes ``;``), so preambles such as
    LinkedIn's are skipped.
    """
    head = "\n".join(text.splitlines()[:40])
    custom = _custom_format(mapping) if mapping else None
    candidates = [f for f in FORMATS if forced in (None, "auto", f.name)]
    best: tuple[tuple[int, int, int], CsvFormat, str, int] | None = None
    for delimiter in (",", ";", "\t"):
        rows = list(csv.reader(io.StringIO(head), delimiter=delimiter))
        for index, row in enumerate(rows[:30]):
            if len(row) < 2:
                continue
            headers = [header_key(h) for h in row]
            use_custom = custom and forced in (None, "auto", "custom")
            if use_custom and any(header_key(h) in headers for h in custom.columns):
                return custom, delimiter, index
            for order, fmt in enumerate(candidates):
                own, explained, reaches = fmt.fit(headers)
                if explained < MIN_COLUMNS or not reaches:
                    continue
                # The layout that knows most of the row wins; an exporter's own columns break
                # ties (Thunderbird's export shares "First Name" and "Job Title" with Outlook's,
                # but only Thunderbird's knows "Primary Email").
                rank = (explained, own, -order)
                if best is None or rank > best[0]:
                    best = (rank, fmt, delimiter, index)
    if best is not None:
        return best[1], best[2], best[3]
    first = text.splitlines()[0][:120] if text.strip() else "(empty)"
    raise CsvFormatError(
        f"unknown CSV format (header {first!r}); map its columns with csv_columns in the config"
    )


def _custom_format(mapping: dict[str, str]) -> CsvFormat:
    columns = {header: resolve_target(target) for header, target in mapping.items()}
    return CsvFormat("custom", columns)


class read_rows:
    """Each data row as a ``CsvRow``; a bad row is reported and the rest goes on.

    While reading, it watches the columns the format maps to nothing: one whose values look
    like email addresses or phone numbers is worth a warning (``unmapped_warnings``), never
    silence, so a layout nobody knew does not lose data quietly.
    """

    def __init__(
        self,
        text: str,
        fmt: CsvFormat,
        delimiter: str,
        header_index: int,
        region: str | None = None,
    ) -> None:
        self.text, self.fmt, self.delimiter = text, fmt, delimiter
        self.header_index, self.region = header_index, region
        self.header: list[str] = []
        self.unmapped: dict[int, Counter[str]] = {}

    def __iter__(self) -> Iterator[CsvRow]:
        reader = csv.reader(io.StringIO(self.text, newline=""), delimiter=self.delimiter)
        plan: _Plan | None = None
        line = 0
        for index, row in enumerate(reader):
            start, line = line + 1, reader.line_num
            if index < self.header_index:
                continue
            if plan is None:
                self.header = row
                plan = _plan(row, self.fmt)
                self.unmapped = {
                    i: Counter()
                    for i, target in enumerate(plan.targets)
                    if target is None
                    and i not in plan.groups
                    and i not in plan.extension_of
                    and row[i].strip()
                }
                continue
            if not any(cell.strip() for cell in row):
                continue
            for i, seen in self.unmapped.items():
                if i < len(row) and row[i].strip():
                    seen[_looks_like(row[i].strip())] += 1
            try:
                yield _row_to_contact(row, plan, self.fmt, self.region, start)
            except Exception as exc:  # one bad row never stops the file
                yield CsvRow(start, error=f"{type(exc).__name__}: {exc}".splitlines()[0])

    def unmapped_warnings(self) -> list[str]:
        out = []
        for i, seen in self.unmapped.items():
            total = sum(seen.values())
            for kind in ("email addresses", "phone numbers"):
                if total and seen[kind] * 2 >= total:
                    out.append(
                        f"column {self.header[i]!r} holds {kind} ({seen[kind]} values) but maps "
                        f"to nothing in the {self.fmt.name} layout: map it with csv_columns"
                    )
        return out


_EMAIL_LIKE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_LIKE = re.compile(r"^[+(]?\d[\d\s().\-/]{5,}\d$")


def _looks_like(value: str) -> str:
    if _EMAIL_LIKE.match(value):
        return "email addresses"
    if _PHONE_LIKE.match(value) and sum(c.isdigit() for c in value) >= 7:
        return "phone numbers"
    return "other"


@dataclass
class _Plan:
    targets: list[str | None]
    """Per column index: the target, or None."""
    extension_of: dict[int, int]
    """Extension column index -> phone column index."""
    groups: dict[int, tuple[str, str, str]]
    """Google numbered columns: index -> (kind, number, part)."""


def _plan(header: list[str], fmt: CsvFormat) -> _Plan:
    by_key = {header_key(h): t for h, t in fmt.columns.items()}
    keys = [header_key(h) for h in header]
    targets = [by_key.get(k) for k in keys]
    ext_keys = {header_key(e): header_key(p) for e, p in fmt.extensions.items()}
    extension_of = {}
    for i, key in enumerate(keys):
        if key in ext_keys and ext_keys[key] in keys:
            extension_of[i] = keys.index(ext_keys[key])
    groups = {}
    if fmt.numbered_groups:
        for i, key in enumerate(keys):
            match = GROUP_COLUMN.match(key)
            if match and targets[i] is None:
                groups[i] = (match.group(1), match.group(2), match.group(3))
    return _Plan(targets, extension_of, groups)


def _multi(value: str) -> list[str]:
    """Google packs several values in one cell, separated by ' ::: '."""
    return [v.strip() for v in value.split(":::") if v.strip()]


def _row_to_contact(
    row: list[str], plan: _Plan, fmt: CsvFormat, region: str | None, line: int
) -> CsvRow:
    out = CsvRow(line)
    name: dict[str, str] = {}
    scalars: dict[str, list[str]] = {}
    emails: list[str] = []
    phones: list[Phone] = []
    phone_at: dict[int, int] = {}
    addresses: dict[str, dict[str, list[str]]] = {}
    urls: list[Url] = []
    categories: list[str] = []
    for i, cell in enumerate(row):
        value = cell.replace("\r\n", "\n").replace("\r", "\n").strip()
        if not value or i >= len(plan.targets):
            continue
        target = plan.targets[i]
        if target is None or target == "ignore":
            continue
        if target.startswith("name."):
            name.setdefault(target[5:], value)
        elif target == "email":
            # Google packs several in one cell with ':::', HubSpot and others with ';' or ','.
            emails.extend(_multi(value) if fmt.numbered_groups else _EMAIL_SPLIT.split(value))
        elif target == "email.display":
            # Outlook's "Name (address)": for a colleague on Exchange the address column holds
            # an X.500 path and this is where the SMTP address is.
            shown_address = _DISPLAYED_ADDRESS.search(value)
            if shown_address:
                emails.append(shown_address.group(1))
        elif target.startswith("phone."):
            phone_at[i] = len(phones)
            phones.append(Phone(text=value, kind=PhoneKind(target[6:]), region=region))
        elif target.startswith("address."):
            _, kind, part = target.split(".")
            addresses.setdefault(kind, {}).setdefault(part, []).append(value)
        elif target in ("url", "linkedin"):
            urls.append(Url(url=value))
        elif target == "categories":
            sep = fmt.category_separator
            for part in value.split(sep):
                part = part.strip()
                # Google's system groups (* myContacts, * starred) are not the user's labels.
                if part and not part.startswith("*") and part not in categories:
                    categories.append(part)
        elif target == "uid":
            out.uid = value
        else:
            scalars.setdefault(target, []).append(value)
    for ext_col, phone_col in plan.extension_of.items():
        ext = row[ext_col].strip() if ext_col < len(row) else ""
        if ext and phone_col in phone_at:
            phone = phones[phone_at[phone_col]]
            phones[phone_at[phone_col]] = Phone(
                text=f"{phone.text} ext. {ext}", kind=phone.kind, region=region
            )
    address_list = [_address_from(kind, parts) for kind, parts in addresses.items()]
    if plan.groups:
        _google_groups(row, plan, emails, phones, address_list, urls, region)
    org = (scalars.get("organization") or [None])[0]
    fields: dict[str, Any] = {
        "name": _name(name, org),
        # an invalid email (Outlook writes Exchange-internal X.500 addresses, /o=.../cn=..., for
        # colleagues) is dropped by the model and named in the run report; the row goes on
        "emails": emails,
        # Column order is the exporter's, not the person's: the work number comes first.
        "phones": sorted(phones, key=lambda p: _PHONE_RANK[p.kind]),
        "title": (scalars.get("title") or [None])[0],
        "department": (scalars.get("department") or [None])[0],
        "organization": OrgRef(name=org) if org else None,
        "addresses": [a for a in address_list if a is not None],
        "urls": _dedupe_urls(urls),
        "notes": "\n\n".join(scalars.get("notes", [])) or None,
        "categories": categories,
    }
    try:
        out.contact = Contact(**fields)
    except ValidationError as exc:
        err = exc.errors()[0]
        out.error = f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}"
        return out
    out.empty = out.contact.is_empty()
    return out


_EMAIL_SPLIT = re.compile(r"\s*[;,]\s*")
_DISPLAYED_ADDRESS = re.compile(r"\(([^()\s@]+@[^()\s@]+\.[^()\s@]+)\)\s*$")

_PHONE_RANK = {
    PhoneKind.WORK: 0,
    PhoneKind.CELL: 1,
    PhoneKind.HOME: 2,
    PhoneKind.OTHER: 3,
    PhoneKind.FAX: 4,
}


def _name(parts: dict[str, str], org: str | None) -> PersonName:
    if not parts:
        return PersonName()
    full = parts.pop("full", None)
    if full and org and full == org and not parts:
        return PersonName()  # a company row: the "contact" column holds the company
    if full and not parts.get("given"):
        # GoldMine and ACT! give the whole name plus only a last-name column.
        for key, value in normalize.split_name(full).items():
            if value and not parts.get(key):
                parts[key] = value
    return PersonName(full=full, **parts)


def _address_from(kind: str, parts: dict[str, list[str]]) -> Address | None:
    values = {part: "\n".join(v) for part, v in parts.items()}
    if not any(values.values()):
        return None
    return Address(kind=AddressKind(kind), **values)


def _dedupe_urls(urls: list[Url]) -> list[Url]:
    seen: set[str] = set()
    out = []
    for url in urls:
        if url.url not in seen:
            seen.add(url.url)
            out.append(url)
    return out


def _google_groups(
    row: list[str],
    plan: _Plan,
    emails: list[str],
    phones: list[Phone],
    addresses: list[Address | None],
    urls: list[Url],
    region: str | None,
) -> None:
    groups: dict[tuple[str, str], dict[str, str]] = {}
    for i, (kind, number, part) in plan.groups.items():
        if i < len(row) and row[i].strip():
            groups.setdefault((kind, number), {})[part] = row[i].strip()
    for (kind, _), parts in sorted(groups.items(), key=lambda kv: (kv[0][0], int(kv[0][1]))):
        label = (parts.get("label") or parts.get("type") or "").lstrip("* ").lower()
        if kind == "e-mail":
            emails.extend(_multi(parts.get("value", "")))
        elif kind == "phone":
            for value in _multi(parts.get("value", "")):
                phones.append(Phone(text=value, kind=phone_kind(set(), label), region=region))
        elif kind == "website":
            for value in _multi(parts.get("value", "")):
                urls.append(Url(url=value))
        elif kind == "address":
            akind = (
                AddressKind.HOME
                if "home" in label
                else (AddressKind.OTHER if "other" in label else AddressKind.WORK)
            )
            street = "\n".join(p for p in (parts.get("street"), parts.get("extended address")) if p)
            if parts.get("po box"):
                street = "\n".join(p for p in (street, f"PO Box {parts['po box']}") if p)
            structured = {
                "street": street or None,
                "city": parts.get("city"),
                "region": parts.get("region"),
                "postal_code": parts.get("postal code"),
                "country": parts.get("country"),
            }
            if any(structured.values()):
                addresses.append(Address(kind=akind, **structured))
            elif parts.get("formatted"):
                addresses.append(address_from_label(parts["formatted"], akind))
