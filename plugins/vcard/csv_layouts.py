"""The column layouts of the contact applications' CSV exports, and what a column can mean.

One ``CsvFormat`` per exporter (Outlook in English and German, Google, LinkedIn, Thunderbird,
Yahoo, Zoho, HubSpot, Salesforce, GoldMine, ACT!, a generic one): its columns mapped to targets
(``name.given``, ``email``, ``phone.cell``, ``address.work.city``...), and the columns only it
writes, which ``csv_formats.detect_format`` weighs to tell them apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from contactkit.model import AddressKind, PhoneKind

GROUP_COLUMN = re.compile(r"^(e-mail|phone|address|website) (\d+) - (.+)$")
"""Google's numbered column pairs: ``Phone 1 - Label`` / ``Phone 1 - Value``."""

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
            group = self.numbered_groups and GROUP_COLUMN.match(key)
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
