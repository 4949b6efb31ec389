"""The ``vcard`` source: address books (vCard files and contact-app CSV exports) into observations.

One file is one unit of work: after it the source yields a ``Checkpoint`` whose state maps each
file to its size, mtime, SHA-256, detected format and counts, so an unchanged file is not read
again on the next run and a touched but identical one is only hashed.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import Field, field_validator

from contactkit.model import (
    Checkpoint,
    Drop,
    Observation,
    RecordError,
    SourceItem,
    stable_hash,
)
from contactkit.plugin import PluginConfig, Source
from contactkit_plugins.vcard import csv_formats, decoding
from contactkit_plugins.vcard.convert import CardError, raw_lines, read_lines

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
    csv_format: Literal["auto", "outlook", "google", "linkedin", "act", "goldmine", "custom"] = (
        "auto"
    )
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
            csv_formats.resolve_target(target)
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
        for path in self.discover():
            if isinstance(path, RecordError):
                yield path
                continue
            key = str(path)
            try:
                stat = path.stat()
            except OSError as exc:
                yield self.error(key, f"cannot read: {exc.strerror or exc}")
                continue
            previous = files.get(key)
            if (
                previous
                and previous.get("size") == stat.st_size
                and previous.get("mtime_ns") == stat.st_mtime_ns
            ):
                continue  # unchanged since the last run: not even opened
            if stat.st_size > self.config.max_file_bytes:
                yield self.error(
                    key,
                    f"file is {stat.st_size / MB:.1f} MB, over max_file_bytes "
                    f"({self.config.max_file_bytes / MB:.1f} MB): refused",
                )
                continue
            try:
                data = path.read_bytes()
            except OSError as exc:
                yield self.error(key, f"cannot read: {exc.strerror or exc}")
                continue
            sha = hashlib.sha256(data).hexdigest()
            entry = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": sha}
            if previous and previous.get("sha256") == sha:
                # Touched but identical (copied, re-synced): nothing to read again.
                files[key] = {**previous, **entry}
                yield Checkpoint(state={"files": {key: files[key]}}, delta=True)
                continue
            seen_at = datetime.fromtimestamp(stat.st_mtime, UTC)
            counts = {"contacts": 0, "errors": 0, "dropped": 0}
            fmt = "unknown"
            for item in self.read_file(path, data, seen_at, counts):
                if isinstance(item, str):
                    fmt = item
                    continue
                yield item
            entry.update(format=fmt, **counts)
            files[key] = entry
            self.context.note(
                f"{path.name}: {fmt}, {counts['contacts']} contacts, "
                f"{counts['errors']} errors, {counts['dropped']} dropped"
            )
            yield Checkpoint(state={"files": {key: entry}}, delta=True)

    # -- finding files ----------------------------------------------------------------------

    def discover(self) -> Iterator[Path | RecordError]:
        """Every file named, and the address books inside every folder, each once, in order."""
        seen: set[Path] = set()
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
                    yield resolved

    # -- one file ---------------------------------------------------------------------------

    def read_file(
        self, path: Path, data: bytes, seen_at: datetime, counts: dict[str, int]
    ) -> Iterator[SourceItem | str]:
        """Yield the detected format (a str) first, then the file's items."""
        body, bom = decoding.strip_bom(data)
        if decoding.looks_like_vcard(body):
            yield from self.read_vcards(path, body, seen_at, counts)
        elif path.suffix.lower() in VCARD_SUFFIXES:
            yield "vcard"
            counts["errors"] += 1
            yield self.error(str(path), "no BEGIN:VCARD found: not a vCard file")
        else:
            yield from self.read_csv(path, body, bom, seen_at, counts)

    def read_vcards(
        self, path: Path, data: bytes, seen_at: datetime, counts: dict[str, int]
    ) -> Iterator[SourceItem | str]:
        versions: set[str] = set()
        encodings: set[str] = set()
        items: list[SourceItem] = []
        for raw in decoding.split_cards(data):
            where = f"{path}:{raw.line}"
            item = self.read_one_card(raw, where, seen_at, versions, encodings)
            if isinstance(item, RecordError):
                counts["errors"] += 1
            elif isinstance(item, Drop):
                counts["dropped"] += 1
            else:
                counts["contacts"] += 1
            items.append(item)
        described = "vcard " + "/".join(sorted(versions) or ["?"])
        if encodings - {"utf-8"}:
            described += " (" + ", ".join(sorted(encodings)) + ")"
        yield described
        yield from items

    def read_one_card(
        self,
        raw: decoding.RawCard,
        where: str,
        seen_at: datetime,
        versions: set[str],
        encodings: set[str],
    ) -> SourceItem:
        if raw.error:
            return self.error(where, raw.error)
        if len(raw.data) > self.config.max_card_bytes:
            return self.error(
                where,
                f"card is {len(raw.data) / MB:.1f} MB, over max_card_bytes "
                f"({self.config.max_card_bytes / MB:.1f} MB): refused",
            )
        text, encoding = decoding.decode_card(raw.data)
        encodings.add(encoding)
        try:
            lines = raw_lines(decoding.clean_card_text(text))
            card = read_lines(
                lines, region=self.config.region, max_photo_bytes=self.config.max_photo_bytes
            )
        except CardError as exc:
            at = f"{where.rsplit(':', 1)[0]}:{raw.line + exc.line - 1}" if exc.line else where
            return self.error(at, str(exc))
        for warning in card.warnings:
            log.warning("%s: %s", where, warning)
        if card.version:
            versions.add(card.version)
        if card.contact.is_empty():
            return Drop(source=self.instance, record_key=where, reason="no name, email or phone")
        contact = card.contact
        key = f"uid:{card.uid}" if card.uid else "hash:" + stable_hash(contact.model_dump())
        return Observation(
            source=self.instance,
            source_key=key,
            seen_at=card.rev or seen_at,
            contact=contact,
            confidence=card.confidence,
        )

    def read_csv(
        self, path: Path, data: bytes, bom: str | None, seen_at: datetime, counts: dict[str, int]
    ) -> Iterator[SourceItem | str]:
        if bom:
            text, encoding = data.decode("utf-8", "replace"), bom
        else:
            try:
                text, encoding = data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                # Outlook writes the Windows ANSI code page, not UTF-8.
                text, encoding = decoding.decode_8bit(data), "windows-1252"
        try:
            fmt, delimiter, header_index = csv_formats.detect_format(
                text, self.config.csv_format, self.config.csv_columns
            )
        except csv_formats.CsvFormatError as exc:
            yield "csv unknown"
            counts["errors"] += 1
            yield self.error(str(path), str(exc))
            return
        yield f"csv {fmt.name}" + ("" if encoding == "utf-8" else f" ({encoding})")
        for row in csv_formats.read_rows(text, fmt, delimiter, header_index, self.config.region):
            where = f"{path}:{row.line}"
            for warning in row.warnings:
                log.warning("%s: %s", where, warning)
            if row.error or row.contact is None:
                counts["errors"] += 1
                yield self.error(where, row.error or "unreadable row")
                continue
            if row.empty:
                counts["dropped"] += 1
                yield Drop(source=self.instance, record_key=where, reason="no name, email or phone")
                continue
            counts["contacts"] += 1
            key = f"uid:{row.uid}" if row.uid else "hash:" + stable_hash(row.contact.model_dump())
            yield Observation(
                source=self.instance, source_key=key, seen_at=seen_at, contact=row.contact
            )

    def error(self, key: str, reason: str) -> RecordError:
        return RecordError(source=self.instance, record_key=key, reason=reason)


def file_signature(path: Path) -> dict[str, int]:
    """Size and mtime as the checkpoint stores them (for tests and tools)."""
    stat = os.stat(path)
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
