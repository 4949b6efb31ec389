"""``csv``: one row per contact, in the column set CRMs' CSV import wizards map by default.

Countries are ISO 3166-1 alpha-2 codes (``Deutschland`` and ``Germany`` both leave as ``DE``); the
parent and ultimate parent columns rebuild D&B's family tree in the CRM.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, ClassVar

from pydantic import Field

from contactkit.flat import flat_fields
from contactkit.model import GoldenRecord, SinkResult
from contactkit.plugin import ForgetItem, PluginConfig, PushItem, RunContext, Sink
from contactkit_plugins.file_sinks.keyed_file import KeyedFile

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
    "Company Country",
    "Parent Company",
    "Parent DUNS",
    "Ultimate Parent",
    "Ultimate Parent DUNS",
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


COLUMN_FIELDS = {
    "First Name": "given",
    "Middle Name": "middle",
    "Last Name": "family",
    "Full Name": "full",
    "Email": "email",
    "Other Emails": "other_emails",
    "Phone": "phone",
    "Mobile Phone": "mobile",
    "Fax": "fax",
    "Job Title": "title",
    "Department": "department",
    "Company": "company",
    "Company Domain": "domain",
    "Website": "website",
    "LinkedIn": "linkedin",
    "Street": "street",
    "City": "city",
    "State": "region",
    "Postal Code": "postal_code",
    "Country": "country",
    "Company Country": "company_country",
}


def row_for(record: GoldenRecord) -> dict[str, str]:
    fields = flat_fields(record)
    org = record.organization
    ultimate = record.family.get("global_ultimate")
    parent = record.family.get("parent")
    values: dict[str, Any] = {column: fields.get(key) for column, key in COLUMN_FIELDS.items()}
    values.update(
        {
            "contactkit ID": record.id,
            "Company Legal Name": org.legal_name if org else None,
            "DUNS": org.duns if org else None,
            "Parent Company": (parent.legal_name or parent.name) if parent else None,
            "Parent DUNS": parent.duns if parent else None,
            "Ultimate Parent": (ultimate.legal_name or ultimate.name) if ultimate else None,
            "Ultimate Parent DUNS": ultimate.duns if ultimate else None,
            "Owner Email": record.owner.email if record.owner else None,
            "Owner Name": record.owner.name if record.owner else None,
            "Relationship Strength": (
                f"{max(r.strength for r in record.relationships):.2f}"
                if record.relationships
                else None
            ),
            "Known By": ";".join(r.employee_email for r in record.relationships),
        }
    )
    return {column: "" if values[column] is None else str(values[column]) for column in COLUMNS}


class CsvSink(Sink):
    """Writes golden records to one CSV file, updating rows in place on later runs."""

    name: ClassVar[str] = "csv"
    Config = CsvSinkConfig
    batch_size: ClassVar[int] = 5000
    forget_mode = "delete"

    def __init__(
        self, config: CsvSinkConfig, context: RunContext, instance: str | None = None
    ) -> None:
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
