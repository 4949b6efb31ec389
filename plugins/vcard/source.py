"""The ``vcard`` source: address books (vCard files and contact-app CSV exports) into observations.

One file is one unit of work: after it the source yields a ``Checkpoint`` whose state maps each
file to its size, mtime, SHA-256, detected format and counts, so an unchanged file is not read
again on the next run and a touched but identical one is only hashed.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import Field, field_validator

from contactkit import normalize
from contactkit.model import (
    Checkpoint,
    Contact,
    Drop,
    Observation,
    Organization,
    OrganizationObservation,
    OrgRef,
    RecordError,
    SourceItem,
    stable_hash,
)
from contactkit.plugin import PluginConfig, Source
from contactkit.vcard_codec.convert import CardInfo, read_lines
from contactkit.vcard_codec.legacy_encodings import clean_card_text
from contactkit.vcard_codec.syntax import CardError, raw_lines
from contactkit_plugins.vcard import csv_formats, csv_layouts, decoding
from contactkit_plugins.vcard.tally import FileTally, ImportSummary

log = logging.getLogger(__name__)

VCARD_SUFFIXES = {".vcf", ".vcard", ".vct"}
CSV_SUFFIXES = {".csv", ".txt"}
MB = 1024 * 1024


class VCardSourceConfig(PluginConfig):
    paths: list[Path] = Field(description="Files and folders; folders are searched recursively.")
    recursive: bool = True
    region: str | None = Field(
        default=None,
        description="Region hint for phone numbers of this address book (default: the config's).",
    )
    csv_format: Literal[
        "auto",
        "outlook",
        "google",
        "linkedin",
        "thunderbird",
        "yahoo",
        "zoho",
        "hubspot",
        "salesforce",
        "act",
        "goldmine",
        "generic",
        "custom",
    ] = "auto"
    csv_columns: dict[str, str] = Field(
        default_factory=dict,
        description="For CSVs of unknown format: column header -> target (given, email, ...).",
    )
    max_file_bytes: int = Field(default=256 * MB, gt=0)
    max_card_bytes: int = Field(default=4 * MB, gt=0)
    max_photo_bytes: int = Field(default=512 * 1024, gt=0)

    @field_validator("csv_columns")
    @classmethod
    def _targets(cls, value: dict[str, str]) -> dict[str, str]:
        for target in value.values():
            csv_layouts.resolve_target(target)
        return value

    @field_validator("region")
    @classmethod
    def _region(cls, value: str | None) -> str | None:
        if value is not None and (len(value) != 2 or not value.isalpha()):
            raise ValueError("a two-letter ISO region such as 'US' or 'DE'")
        return value.upper() if value else None


class VCardSource(Source):
    """vCard 2.1/3.0/4.0 files and Outlook, Google, LinkedIn, ACT!, GoldMine CSV exports."""

    name: ClassVar[str] = "vcard"
    Config: ClassVar[type[PluginConfig]] = VCardSourceConfig
    config: VCardSourceConfig

    def read(self, state: dict[str, Any]) -> Iterator[SourceItem]:
        files: dict[str, dict[str, Any]] = dict(state.get("files", {}))
        settings = self.settings_fingerprint()
        summary = ImportSummary()
        for path in self.discover():
            if isinstance(path, RecordError):
                summary.failed_files += 1
                yield path
                continue
            key = str(path)
            try:
                stat = path.stat()
            except OSError as exc:
                summary.failed_files += 1
                yield self.error(key, f"cannot read: {exc.strerror or exc}")
                continue
            previous = files.get(key)
            if previous and previous.get("settings") != settings:
                previous = None  # read with other settings: read it again with these
            if (
                previous
                and previous.get("size") == stat.st_size
                and previous.get("mtime_ns") == stat.st_mtime_ns
            ):
                summary.unchanged += 1
                continue  # unchanged since the last run: not even opened
            if stat.st_size > self.config.max_file_bytes:
                summary.failed_files += 1
                yield self.error(
                    key,
                    f"file is {stat.st_size / MB:.1f} MB, over max_file_bytes "
                    f"({self.config.max_file_bytes / MB:.1f} MB): refused",
                )
                continue
            try:
                data = path.read_bytes()
            except OSError as exc:
                summary.failed_files += 1
                yield self.error(key, f"cannot read: {exc.strerror or exc}")
                continue
            sha = hashlib.sha256(data).hexdigest()
            entry = {
                "size": stat.st_size,
                "mtime_ns": stat.st_mtime_ns,
                "sha256": sha,
                "settings": settings,
            }
            if previous and previous.get("sha256") == sha:
                # Touched but identical (copied, re-synced): nothing to read again.
                files[key] = {**previous, **entry}
                summary.unchanged += 1
                yield Checkpoint(state={"files": {key: files[key]}}, delta=True)
                continue
            seen_at = datetime.fromtimestamp(stat.st_mtime, UTC)
            tally = FileTally()
            yield from self.read_file(path, data, seen_at, tally)
            summary.add(path, tally)
            if tally.file_error:
                # Not done: the next run (after the file or the settings are fixed) reads it.
                continue
            entry.update(format=tally.format, **tally.counts())
            files[key] = entry
            yield Checkpoint(state={"files": {key: entry}}, delta=True)
        for line in summary.lines():
            self.context.note(line)

    def settings_fingerprint(self) -> str:
        """What changes how a file reads: another value re-reads every file on the next run."""
        reading = self.config.model_dump(mode="json", exclude={"paths", "recursive"})
        reading["default_region"] = self.context.settings.default_region
        return stable_hash(reading)[:16]

    # -- finding files ----------------------------------------------------------------------

    def discover(self) -> Iterator[Path | RecordError]:
        """Every file named, and the address books inside every folder, each once, in order."""
        seen: set[Path] = set()
        self.labels: dict[Path, str] = {}
        for given in self.config.paths:
            path = Path(given).expanduser()
            if path.is_dir():
                pattern = "**/*" if self.config.recursive else "*"
                found = sorted(
                    p
                    for p in path.glob(pattern)
                    if p.is_file()
                    and p.suffix.lower() in VCARD_SUFFIXES | CSV_SUFFIXES
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            elif path.is_file():
                found = [path]  # named explicitly: any extension, the content decides
            else:
                yield self.error(str(path), "no such file or folder")
                continue
            for file in found:
                resolved = file.resolve()
                if resolved not in seen:
                    seen.add(resolved)
                    self.labels[resolved] = (
                        file.relative_to(path).as_posix() if path.is_dir() else file.name
                    )
                    yield resolved

    # -- one file ---------------------------------------------------------------------------

    def read_file(
        self, path: Path, data: bytes, seen_at: datetime, tally: FileTally
    ) -> Iterator[SourceItem]:
        """The file's items; ``tally`` learns its format, counts and any file-level error."""
        body, bom = decoding.strip_bom(data)
        if decoding.looks_like_vcard(body):
            yield from self.read_vcards(path, body, seen_at, tally)
        elif path.suffix.lower() in VCARD_SUFFIXES:
            tally.format = "vcard"
            yield tally.fail(self.error(str(path), "no BEGIN:VCARD found: not a vCard file"))
        else:
            yield from self.read_csv(path, body, bom, seen_at, tally)

    def read_vcards(
        self, path: Path, data: bytes, seen_at: datetime, tally: FileTally
    ) -> Iterator[SourceItem]:
        versions: set[str] = set()
        encodings: set[str] = set()
        items: list[SourceItem] = []
        for raw in decoding.split_cards(data):
            where = f"{path}:{raw.line}"
            item = self.read_one_card(path, raw, where, seen_at, versions, encodings, tally)
            tally.count(item)
            items.append(item)
        tally.format = "vcard " + "/".join(sorted(versions) or ["?"])
        if encodings - {"utf-8"}:
            tally.format += " (" + ", ".join(sorted(encodings)) + ")"
        yield from items

    def read_one_card(
        self,
        path: Path,
        raw: decoding.RawCard,
        where: str,
        seen_at: datetime,
        versions: set[str],
        encodings: set[str],
        tally: FileTally,
    ) -> SourceItem:
        if raw.error:
            return self.error(where, raw.error)
        data = raw.data
        if len(data) > self.config.max_card_bytes:
            # Almost always an inline photo: the contact matters, the picture does not.
            data, dropped = decoding.strip_binary_properties(data)
            tally.warn(where, *dropped)
            if len(data) > self.config.max_card_bytes:
                return self.error(
                    where,
                    f"card is {len(data) / MB:.1f} MB without its photos, over max_card_bytes "
                    f"({self.config.max_card_bytes / MB:.1f} MB): refused",
                )
        text, encoding = decoding.decode_card(data)
        encodings.add(encoding)
        skipped: list[CardError] = []
        try:
            lines = raw_lines(clean_card_text(text), skipped)
            card = read_lines(
                lines, region=self.region, max_photo_bytes=self.config.max_photo_bytes
            )
        except CardError as exc:
            return self.error(self.at(raw, exc, where), str(exc))
        for problem in skipped:
            tally.warn(self.at(raw, problem, where), f"{problem}: property skipped")
        tally.warn(where, *card.warnings)
        if card.version:
            versions.add(card.version)
        contact = card.contact
        if card.is_company:
            return self.company(path, card, where, seen_at)
        if contact.is_empty():
            return self.drop(where)
        return Observation(
            source=self.instance,
            source_key=self.key(path, card.uid, contact),
            seen_at=card.rev or seen_at,
            contact=contact,
            confidence=card.confidence,
        )

    def company(
        self, path: Path, card: CardInfo, where: str, seen_at: datetime
    ) -> OrganizationObservation | Drop:
        """A card for a company, not a person: an observation of the organization."""
        contact = card.contact
        ref = contact.organization
        domain = (ref.domain if ref else None) or company_domain(contact)
        org_ref = OrgRef(name=ref.name if ref else None, domain=domain)
        if org_ref.key is None:
            return self.drop(where)
        phone = contact.phones[0] if contact.phones else None
        organization = Organization(
            name=org_ref.name,
            domains=[org_ref.domain] if org_ref.domain else [],
            address=contact.addresses[0] if contact.addresses else None,
            phone=(phone.e164 or phone.text) if phone else None,
        )
        return OrganizationObservation(
            source=self.instance,
            source_key=self.key(path, card.uid, organization),
            organization_key=org_ref.key,
            seen_at=card.rev or seen_at,
            organization=organization,
        )

    def read_csv(
        self, path: Path, data: bytes, bom: str | None, seen_at: datetime, tally: FileTally
    ) -> Iterator[SourceItem]:
        if bom:
            text, encoding = data.decode("utf-8", "replace"), bom
        else:
            text, encoding = decoding.decode_text(data)
        try:
            fmt, delimiter, header_index = csv_formats.detect_format(
                text, self.config.csv_format, self.config.csv_columns
            )
        except csv_formats.CsvFormatError as exc:
            tally.format = "csv unknown"
            yield tally.fail(self.error(str(path), str(exc)))
            return
        tally.format = f"csv {fmt.name}" + ("" if encoding == "utf-8" else f" ({encoding})")
        reading = csv_formats.read_rows(text, fmt, delimiter, header_index, self.region)
        for row in reading:
            where = f"{path}:{row.line}"
            tally.warn(where, *row.warnings)
            if row.error or row.contact is None:
                item: SourceItem = self.error(where, row.error or "unreadable row")
            elif row.empty:
                item = Drop(
                    source=self.instance, record_key=where, reason="no name, email or phone"
                )
            else:
                item = Observation(
                    source=self.instance,
                    source_key=self.key(path, row.uid, row.contact),
                    seen_at=seen_at,
                    contact=row.contact,
                )
            tally.count(item)
            yield item
        for warning in reading.unmapped_warnings():
            tally.warn(str(path), warning)

    @property
    def region(self) -> str | None:
        return self.config.region

    def key(self, path: Path, uid: str | None, record: Any) -> str:
        """The record's key: its UID within its file, else a hash of what it says.

        A UID is scoped to its file (named as given, or relative to the folder given, so the
        key survives moving the folder): two exports that carry one UID (an old backup and a
        new one) are two observations, and matching decides, instead of one silently
        replacing the other. A card without a UID is the same record wherever it is found.
        """
        if uid:
            return f"uid:{uid}@{self.labels.get(path, path.name)}"
        return "hash:" + stable_hash(record.model_dump())

    @staticmethod
    def at(raw: decoding.RawCard, problem: CardError, where: str) -> str:
        """The file and line of a problem inside a card."""
        if not problem.line:
            return where
        return f"{where.rsplit(':', 1)[0]}:{raw.line + problem.line - 1}"

    def drop(self, where: str) -> Drop:
        return Drop(source=self.instance, record_key=where, reason="no name, email or phone")

    def error(self, key: str, reason: str) -> RecordError:
        return RecordError(source=self.instance, record_key=key, reason=reason)


def company_domain(contact: Contact) -> str | None:
    """A company card's domain from its website or a non-freemail address."""
    for url in contact.urls:
        domain = normalize.registrable_domain(url.url)
        if domain:
            return domain
    for email in contact.emails:
        domain = email.rsplit("@", 1)[-1]
        if not normalize.is_freemail(domain):
            return domain
    return None
