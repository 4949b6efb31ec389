"""``csv``: one row per contact, in the column set CRMs' CSV import wizards map by default."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, ClassVar

from contactkit_plugins.file_sinks.keyed_file import KeyedFile
from pydantic import Field

from contactkit.model import GoldenRecord, PhoneKind, SinkResult, UrlKind
from contactkit.plugin import ForgetItem, PluginConfig, PushItem, Sink

COLUMNS = [
    "contactkit ID",
    "First Name",
    "Middle Name",
    "Last Name",
    "Full Name",
    "Email",
    "Other Emails",
    "Phone",
    "Mobile Phone",
    "Fax",
    "Job Title",
    "Department",
    "Company",
    "Company Domain",
    "Company Legal Name",
    "DUNS",
    "Ultimate Parent",
    "Website",
    "LinkedIn",
    "Street",
    "City",
    "State",
    "Postal Code",
    "Country",
    "Owner Email",
    "Owner Name",
    "Relationship Strength",
    "Known By",
]


class CsvSinkConfig(PluginConfig):
    path: Path = Field(description="The CSV file to write (created with its folder).")
    delimiter: str = Field(default=",", min_length=1, max_length=1)


def row_for(record: GoldenRecord) -> dict[str, str]:
    c = record.contact
    phones = {kind: [p.e164 or p.text for p in c.phones if p.kind == kind] for kind in PhoneKind}
    work = phones[PhoneKind.WORK] or phones[PhoneKind.OTHER] or phones[PhoneKind.HOME]
    address = c.addresses[0] if c.addresses else None
    org = record.organization
    ultimate = record.family.get("global_ultimate")
    web = next((u.url for u in c.urls if u.kind == UrlKind.WEB), "")
    linkedin = next((u.url for u in c.urls if u.kind == UrlKind.LINKEDIN), "")
    values: dict[str, Any] = {
        "contactkit ID": record.id,
        "First Name": c.name.given,
        "Middle Name": c.name.middle,
        "Last Name": c.name.family,
        "Full Name": c.name.full,
        "Email": c.emails[0] if c.emails else "",
        "Other Emails": ";".join(c.emails[1:]),
        "Phone": work[0] if work else "",
        "Mobile Phone": phones[PhoneKind.CELL][0] if phones[PhoneKind.CELL] else "",
        "Fax": phones[PhoneKind.FAX][0] if phones[PhoneKind.FAX] else "",
        "Job Title": c.title,
        "Department": c.department,
        "Company": (org.name if org else None) or (c.organization.name if c.organization else ""),
        "Company Domain": c.organization.domain if c.organization else "",
        "Company Legal Name": org.legal_name if org else "",
        "DUNS": org.duns if org else "",
        "Ultimate Parent": (ultimate.legal_name or ultimate.name) if ultimate else "",
        "Website": web,
        "LinkedIn": linkedin,
        "Street": address.street if address else "",
        "City": address.city if address else "",
        "State": address.region if address else "",
        "Postal Code": address.postal_code if address else "",
        "Country": address.country if address else "",
        "Owner Email": record.owner.email if record.owner else "",
        "Owner Name": record.owner.name if record.owner else "",
        "Relationship Strength": (
            f"{max(r.strength for r in record.relationships):.2f}" if record.relationships else ""
        ),
        "Known By": ";".join(r.employee_email for r in record.relationships),
    }
    return {k: "" if v is None else str(v) for k, v in values.items()}


class CsvSink(Sink):
    """Writes golden records to one CSV file, updating rows in place on later runs."""

    name: ClassVar[str] = "csv"
    Config = CsvSinkConfig
    batch_size: ClassVar[int] = 5000
    forget_mode = "delete"

    def __init__(self, config: CsvSinkConfig, context, instance: str | None = None) -> None:
        super().__init__(config, context, instance)
        self.file = KeyedFile(config.path, self._load, self._dump)

    def _load(self, path: Path) -> dict[str, Any]:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle, delimiter=self.config.delimiter)
            return {row["contactkit ID"]: row for row in reader if row.get("contactkit ID")}

    def _dump(self, rows: dict[str, Any], handle: Any) -> None:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, delimiter=self.config.delimiter)
        writer.writeheader()
        for rid in sorted(rows):
            writer.writerow(rows[rid])

    def write(self, batch: list[PushItem]) -> list[SinkResult]:
        return self.file.apply(batch, lambda item: row_for(item.record))

    def forget(self, items: list[ForgetItem]) -> list[SinkResult]:
        return self.file.remove(items)
