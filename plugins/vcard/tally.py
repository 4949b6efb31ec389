"""What one import read, per file and for the whole run, told once at the end.

A folder of 4,000 one-card files must not print 4,000 lines: the run report gets one line per
format, the totals, and the warnings (first few in full, the rest counted); errors are record
errors of the run and listed there, once.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from contactkit.model import Drop, Observation, OrganizationObservation, RecordError, SourceItem

log = logging.getLogger(__name__)

WARNINGS_SHOWN = 10


@dataclass
class FileTally:
    """One file: its detected format, its counts, its warnings, and a file-level error."""

    format: str = "unknown"
    contacts: int = 0
    organizations: int = 0
    errors: int = 0
    dropped: int = 0
    warnings: list[str] = field(default_factory=list)
    file_error: bool = False

    def count(self, item: SourceItem) -> None:
        if isinstance(item, Observation):
            self.contacts += 1
        elif isinstance(item, OrganizationObservation):
            self.organizations += 1
        elif isinstance(item, RecordError):
            self.errors += 1
        elif isinstance(item, Drop):
            self.dropped += 1

    def fail(self, error: RecordError) -> RecordError:
        """The file could not be read at all: it is not done, the next run tries again."""
        self.file_error = True
        self.errors += 1
        return error

    def warn(self, where: str, *messages: str) -> None:
        for message in messages:
            line = f"{where}: {message}"
            log.debug("%s", line)
            self.warnings.append(line)

    def counts(self) -> dict[str, int]:
        return {
            "contacts": self.contacts,
            "organizations": self.organizations,
            "errors": self.errors,
            "dropped": self.dropped,
            "warnings": len(self.warnings),
        }


@dataclass
class ImportSummary:
    """The whole run of one source instance, as the report shows it."""

    files: int = 0
    unchanged: int = 0
    failed_files: int = 0
    formats: Counter[str] = field(default_factory=Counter)
    totals: Counter[str] = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)

    def add(self, path: Path, tally: FileTally) -> None:
        self.files += 1
        self.formats[tally.format] += 1
        self.failed_files += tally.file_error
        self.totals.update(tally.counts())
        self.warnings.extend(tally.warnings)

    def lines(self) -> list[str]:
        """One line per format, one with the totals, then the warnings."""
        if not (self.files or self.unchanged or self.failed_files):
            return []
        out = [f"{count} × {fmt}" for fmt, count in sorted(self.formats.items())]
        t = self.totals
        totals = (
            f"{self.files} files read, {self.unchanged} unchanged, "
            f"{t['contacts']} contacts, {t['organizations']} companies, "
            f"{t['dropped']} dropped, {t['errors']} errors"
        )
        if self.failed_files:
            totals += f" ({self.failed_files} files not read: they are read again next run)"
        out.append(totals)
        if self.warnings:
            out.append(f"{len(self.warnings)} warnings (values skipped, the records kept):")
            out.extend(f"  {w}" for w in self.warnings[:WARNINGS_SHOWN])
            if len(self.warnings) > WARNINGS_SHOWN:
                out.append(
                    f"  ... and {len(self.warnings) - WARNINGS_SHOWN} more (all with --debug)"
                )
        return out
