"""CSV exports of contact applications: detect the format from the header row, map the columns.

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
from contactkit_plugins.vcard.convert import address_from_label, phone_kind

# Targets a column can map to (the values of ``csv_columns`` and of the built-in maps).
TARGETS = {
    "name.full", "name.prefix", "name.given", "name.middle", "name.family", "name.suffix",
    "organization", "department", "title", "notes", "categories", "email", "email.display",
    "url", "linkedin", "uid", "ignore",
    *(f"phone.{k.value}" for k in PhoneKind),
    *(f"address.{k.value}.{p}" for k in AddressKind
      for p in ("street", "city", "region", "postal_code", "country")),
}  # fmt: skip

ALIASES = {
    "full_name": "name.full", "name": "name.full", "prefix": "name.prefix",
    "first_name": "name.given", "given": "name.given", "middle": "name.middle",
    "last_name": "name.family", "family": "name.family", "suffix": "name.suffix",
    "company": "organization", "job_title": "title", "note": "notes",
    "phone": "phone.work", "mobile": "phone.cell", "cell": "phone.cell", "fax": "phone.fax",
    "home_phone": "phone.home", "street": "address.work.street", "city": "address.work.city",
    "state": "address.work.region", "region": "address.work.region",
    "postal_code": "address.work.postal_code", "zip": "address.work.postal_code",
    "country": "address.work.country", "website": "url", "web": "url",
}  # fmt: skip


def resolve_target(name: str) -> str:
    """A target name or alias as its canonical target; ValueError naming it if unknown."""
    key = name.strip().lower().replace(" ", "_").replace("-", "_")
    key = ALIASES.get(key, name.strip().lower())
    if key not in TARGETS:
        raise ValueError(f"unknown CSV column target {name!r} (e.g. given, family, email, phone)")
    return key


def header_key(header: str) -> str:
    return " ".join(header.replace("\ufeff", "").strip().lower().split())


def _address(kind: str, **parts: str) -> dict[str, str]:
    return {header: f"address.{kind}.{part}" for part, header in parts.items()}


def _outlook() -> dict[str, str]:
    cols = {
        "Title": "name.prefix", "First Name": "name.given", "Middle Name": "name.middle",
        "Last Name": "name.family", "Suffix": "name.suffix", "Company": "organization",
        "Department": "department", "Job Title": "title", "Notes": "notes",
        "Categories": "categories", "Web Page": "url",
        "E-mail Address": "email", "E-mail 2 Address": "email", "E-mail 3 Address": "email",
        "E-mail Display Name": "email.display", "E-mail 2 Display Name": "email.display",
        "E-mail 3 Display Name": "email.display",
        "Business Phone": "phone.work", "Business Phone 2": "phone.work",
        "Company Main Phone": "phone.work", "Primary Phone": "phone.work",
        "Assistant's Phone": "phone.other", "Callback": "phone.other",
        "Mobile Phone": "phone.cell", "Car Phone": "phone.cell",
        "Home Phone": "phone.home", "Home Phone 2": "phone.home",
        "Business Fax": "phone.fax", "Home Fax": "phone.fax", "Other Fax": "phone.fax",
        "Other Phone": "phone.other", "Pager": "phone.other",
    }  # fmt: skip
    for prefix, kind in (("Business", "work"), ("Home", "home"), ("Other", "other")):
        for street in ("Street", "Street 2", "Street 3"):
            cols[f"{prefix} {street}"] = f"address.{kind}.street"
        cols.update(
            _address(
                kind,
                city=f"{prefix} City",
                region=f"{prefix} State",
                postal_code=f"{prefix} Postal Code",
                country=f"{prefix} Country/Region",
            )
        )
        cols[f"{prefix} Country"] = f"address.{kind}.country"  # older Outlook versions
    cols.update(OUTLOOK_GERMAN)
    return cols


# German Outlook localises most of its export's column labels (and leaves some in English).
OUTLOOK_GERMAN = {
    "Anrede": "name.prefix", "Vorname": "name.given", "Weitere Vornamen": "name.middle",
    "Nachname": "name.family", "Firma": "organization", "Abteilung": "department",
    "Position": "title", "Notizen": "notes", "Kategorien": "categories", "Webseite": "url",
    "E-Mail-Adresse": "email", "E-Mail 2: Adresse": "email", "E-Mail 3: Adresse": "email",
    "E-Mail: Angezeigter Name": "email.display", "E-Mail 2: Angezeigter Name": "email.display",
    "E-Mail 3: Angezeigter Name": "email.display",
    "Telefon geschäftlich": "phone.work", "Telefon geschäftlich 2": "phone.work",
    "Telefon Firma": "phone.work", "Haupttelefon": "phone.work", "Mobiltelefon": "phone.cell",
    "Autotelefon": "phone.cell", "Telefon privat": "phone.home", "Telefon privat 2": "phone.home",
    "Fax geschäftlich": "phone.fax", "Fax privat": "phone.fax", "Weiteres Fax": "phone.fax",
    "Weiteres Telefon": "phone.other",
    **_address("work", city="Ort geschäftlich", region="Region geschäftlich",
               postal_code="Postleitzahl geschäftlich", country="Land/Region geschäftlich"),
    "Straße geschäftlich": "address.work.street", "Straße geschäftlich 2": "address.work.street",
    "Straße geschäftlich 3": "address.work.street",
    **_address("home", city="Ort privat", region="Region privat",
               postal_code="Postleitzahl privat", country="Land/Region privat"),
    "Straße privat": "address.home.street", "Straße privat 2": "address.home.street",
}  # fmt: skip


GOOGLE_SIMPLE = {
    # current Google Contacts export
    "First Name": "name.given", "Middle Name": "name.middle", "Last Name": "name.family",
    "Name Prefix": "name.prefix", "Name Suffix": "name.suffix",
    "Organization Name": "organization", "Organization Title": "title",
    "Organization Department": "department", "Notes": "notes", "Labels": "categories",
    # older "Google CSV"
    "Name": "name.full", "Given Name": "name.given", "Additional Name": "name.middle",
    "Family Name": "name.family", "Group Membership": "categories",
    "Organization 1 - Name": "organization", "Organization 1 - Title": "title",
    "Organization 1 - Department": "department",
}  # fmt: skip

LINKEDIN = {
    "First Name": "name.given", "Last Name": "name.family", "URL": "linkedin",
    "Email Address": "email", "Company": "organization", "Position": "title",
}  # fmt: skip

ACT = {
    "Contact": "name.full", "First Name": "name.given", "Last Name": "name.family",
    "Company": "organization", "Title": "title", "Department": "department",
    "Phone": "phone.work", "Mobile Phone": "phone.cell", "Fax": "phone.fax",
    "Fax Phone": "phone.fax", "Home Phone": "phone.home", "Pager": "phone.other",
    "E-mail": "email", "E-mail Address": "email", "Web Site": "url",
    "Address 1": "address.work.street", "Address 2": "address.work.street",
    "Address 3": "address.work.street", "City": "address.work.city",
    "State": "address.work.region", "ZIP Code": "address.work.postal_code",
    "Zip": "address.work.postal_code", "Country": "address.work.country",
    "Home Address 1": "address.home.street", "Home Address 2": "address.home.street",
    "Home City": "address.home.city", "Home State": "address.home.region",
    "Home ZIP Code": "address.home.postal_code", "Home Country": "address.home.country",
    "ID/Status": "categories", "Notes": "notes",
}  # fmt: skip
ACT_EXTENSIONS = {"Phone Ext.": "Phone", "Phone Extension": "Phone", "Fax Ext.": "Fax"}

GOLDMINE = {
    "Contact": "name.full", "Lastname": "name.family", "Company": "organization",
    "Title": "title", "Department": "department", "Phone1": "phone.work",
    "Phone2": "phone.work", "Phone3": "phone.other", "Fax": "phone.fax",
    "Address1": "address.work.street", "Address2": "address.work.street",
    "Address3": "address.work.street", "City": "address.work.city",
    "State": "address.work.region", "Zip": "address.work.postal_code",
    "Country": "address.work.country", "Email": "email", "E-mail": "email",
    "Email Address": "email", "Web Site": "url", "Website": "url", "Key1": "categories",
    "Notes": "notes",
}  # fmt: skip
GOLDMINE_EXTENSIONS = {"Ext1": "Phone1", "Ext2": "Phone2", "Ext3": "Phone3", "Ext4": "Fax"}

# Thunderbird's "Export > CSV" (its address book's column labels, in this order).
THUNDERBIRD = {
    "First Name": "name.given", "Last Name": "name.family", "Display Name": "name.full",
    "Nickname": "ignore", "Primary Email": "email", "Secondary Email": "email",
    "Screen Name": "ignore", "Work Phone": "phone.work", "Home Phone": "phone.home",
    "Fax Number": "phone.fax", "Pager Number": "phone.other", "Mobile Number": "phone.cell",
    **_address("home", city="Home City", region="Home State", postal_code="Home ZipCode",
               country="Home Country"),
    "Home Address": "address.home.street", "Home Address 2": "address.home.street",
    **_address("work", city="Work City", region="Work State", postal_code="Work ZipCode",
               country="Work Country"),
    "Work Address": "address.work.street", "Work Address 2": "address.work.street",
    "Job Title": "title", "Department": "department", "Organization": "organization",
    "Web Page 1": "url", "Web Page 2": "url", "Birth Year": "ignore", "Birth Month": "ignore",
    "Birth Day": "ignore", "Custom 1": "ignore", "Custom 2": "ignore", "Custom 3": "ignore",
    "Custom 4": "ignore", "Notes": "notes",
}  # fmt: skip

# Yahoo Mail's contacts export.
YAHOO = {
    "First": "name.given", "Middle": "name.middle", "Last": "name.family", "Nickname": "ignore",
    "Email": "email", "Alternate Email 1": "email", "Alternate Email 2": "email",
    "Category": "categories", "Distribution Lists": "ignore", "Messenger ID": "ignore",
    "Home": "phone.home", "Work": "phone.work", "Pager": "phone.other", "Fax": "phone.fax",
    "Mobile": "phone.cell", "Other": "phone.other", "Yahoo Phone": "phone.other",
    "Primary": "ignore", "Personal Website": "url", "Business Website": "url",
    "Title": "title", "Company": "organization",
    **_address("work", city="Work City", region="Work State", postal_code="Work ZIP",
               country="Work Country"),
    "Work Address": "address.work.street",
    **_address("home", city="Home City", region="Home State", postal_code="Home ZIP",
               country="Home Country"),
    "Home Address": "address.home.street", "Birthday": "ignore", "Anniversary": "ignore",
    "Comments": "notes",
}  # fmt: skip

# Zoho CRM's Contacts module export.
ZOHO = {
    "Record Id": "uid", "Contact Owner": "ignore", "Lead Source": "ignore",
    "Salutation": "name.prefix", "First Name": "name.given", "Last Name": "name.family",
    "Full Name": "name.full", "Account Name": "organization", "Vendor Name": "ignore",
    "Email": "email", "Secondary Email": "email", "Title": "title", "Department": "department",
    "Phone": "phone.work", "Home Phone": "phone.home", "Other Phone": "phone.other",
    "Fax": "phone.fax", "Mobile": "phone.cell", "Asst Phone": "phone.other",
    "Assistant": "ignore", "Reports To": "ignore", "Email Opt Out": "ignore",
    "Date of Birth": "ignore", "Created By": "ignore", "Modified By": "ignore",
    "Created Time": "ignore", "Modified Time": "ignore", "Skype ID": "ignore",
    "Twitter": "ignore", "Description": "notes",
    **_address("work", street="Mailing Street", city="Mailing City", region="Mailing State",
               postal_code="Mailing Zip", country="Mailing Country"),
    **_address("other", street="Other Street", city="Other City", region="Other State",
               postal_code="Other Zip", country="Other Country"),
}  # fmt: skip

# HubSpot's contacts export (property labels as column headers).
HUBSPOT = {
    "Record ID": "uid", "First Name": "name.given", "Last Name": "name.family",
    "Email": "email", "Additional email addresses": "email", "Phone Number": "phone.work",
    "Mobile Phone Number": "phone.cell", "Fax Number": "phone.fax", "Job Title": "title",
    "Company Name": "organization", "Associated Company": "ignore",
    "Website URL": "url", "LinkedIn URL": "linkedin", "Contact owner": "ignore",
    "Lifecycle Stage": "ignore", "Lead Status": "ignore", "Create Date": "ignore",
    "Last Activity Date": "ignore", "Marketing contact status": "ignore",
    **_address("work", street="Street Address", city="City", region="State/Region",
               postal_code="Postal Code", country="Country/Region"),
}  # fmt: skip

# Salesforce: a "Contacts & Accounts" report export, or the Data Export's Contact.csv.
SALESFORCE = {
    "Salutation": "name.prefix", "First Name": "name.given", "Last Name": "name.family",
    "Title": "title", "Department": "department", "Account Name": "organization",
    "Email": "email", "Phone": "phone.work", "Mobile": "phone.cell", "Fax": "phone.fax",
    "Home Phone": "phone.home", "Other Phone": "phone.other", "Contact ID": "uid",
    "Contact Owner": "ignore", "Lead Source": "ignore", "Description": "notes",
    **_address("work", street="Mailing Street", city="Mailing City",
               region="Mailing State/Province", postal_code="Mailing Zip/Postal Code",
               country="Mailing Country"),
    # Data Export (API names)
    "Id": "uid", "AccountId": "ignore", "FirstName": "name.given", "LastName": "name.family",
    "MobilePhone": "phone.cell", "HomePhone": "phone.home", "OtherPhone": "phone.other",
    "MailingStreet": "address.work.street", "MailingCity": "address.work.city",
    "MailingState": "address.work.region", "MailingPostalCode": "address.work.postal_code",
    "MailingCountry": "address.work.country", "OwnerId": "ignore",
}  # fmt: skip

# Any other export whose headers say plainly what they hold.
GENERIC = {
    "Name": "name.full", "Full Name": "name.full", "First Name": "name.given",
    "Given Name": "name.given", "Last Name": "name.family", "Surname": "name.family",
    "Family Name": "name.family", "Email": "email", "E-mail": "email",
    "Email Address": "email", "E-mail Address": "email", "Phone": "phone.work",
    "Work Phone": "phone.work", "Telephone": "phone.work", "Mobile": "phone.cell",
    "Mobile Phone": "phone.cell", "Cell": "phone.cell", "Fax": "phone.fax",
    "Company": "organization", "Organization": "organization", "Organisation": "organization",
    "Title": "title", "Job Title": "title", "Position": "title", "Department": "department",
    "Website": "url", "Notes": "notes", "Address": "address.work.street",
    "City": "address.work.city", "Country": "address.work.country",
}  # fmt: skip


@dataclass(frozen=True)
class CsvFormat:
    """A known export: the columns it writes and what they mean."""

    name: str
    columns: dict[str, str]
    extensions: dict[str, str] = field(default_factory=dict)
    category_separator: str = ";"
    numbered_groups: bool = False
    """Google's ``Phone 1 - Label`` / ``Phone 1 - Value`` column pairs."""
    signature: tuple[str, ...] = ()
    """Columns only this exporter writes: they break ties between layouts that fit as well."""

    def fit(self, headers: list[str]) -> tuple[int, int, bool]:
        """How well a header row fits: this exporter's own columns found, columns known, and
        whether any known column holds an email or a phone (a layout that reads neither would
        import names without a way to reach them)."""
        by_key = {header_key(h): target for h, target in self.columns.items()}
        known = set(by_key) | {header_key(e) for e in self.extensions}
        explained, reaches = 0, False
        for key in headers:
            group = self.numbered_groups and _GROUP_RE.match(key)
            if key in known or group:
                explained += 1
                target = by_key.get(key, "")
                reaches = (
                    reaches
                    or target.startswith(("email", "phone."))
                    or bool(group and group.group(1) in ("e-mail", "phone"))
                )
        own = sum(1 for name in self.signature if header_key(name) in headers)
        return own, explained, reaches


FORMATS = [
    CsvFormat("linkedin", {**LINKEDIN, "Connected On": "ignore"}, signature=("Connected On",)),
    CsvFormat(
        "google",
        GOOGLE_SIMPLE,
        category_separator=":::",
        numbered_groups=True,
        signature=("E-mail 1 - Value", "Phone 1 - Value", "Group Membership", "Labels"),
    ),
    CsvFormat(
        "outlook",
        _outlook(),
        signature=("E-mail Address", "Business Phone", "E-Mail-Adresse", "Telefon geschäftlich"),
    ),
    CsvFormat("thunderbird", THUNDERBIRD, signature=("Primary Email", "Mobile Number")),
    CsvFormat("yahoo", YAHOO, signature=("Alternate Email 1", "Yahoo Phone")),
    CsvFormat("generic", GENERIC),
    CsvFormat("zoho", ZOHO, signature=("Contact Owner", "Mailing Zip", "Record Id")),
    CsvFormat("hubspot", HUBSPOT, signature=("Record ID", "Phone Number", "Company Name")),
    CsvFormat(
        "salesforce", SALESFORCE, signature=("Account Name", "Mailing Zip/Postal Code", "AccountId")
    ),
    CsvFormat(
        "goldmine", GOLDMINE, extensions=GOLDMINE_EXTENSIONS, signature=("Accountno", "Dear")
    ),
    CsvFormat(
        "act", ACT, extensions=ACT_EXTENSIONS, signature=("ID/Status", "Salutation", "Phone Ext.")
    ),
]
FORMAT_NAMES = [f.name for f in FORMATS]
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
    ):
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


_GROUP_RE = re.compile(r"^(e-mail|phone|address|website) (\d+) - (.+)$")


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
            match = _GROUP_RE.match(key)
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
