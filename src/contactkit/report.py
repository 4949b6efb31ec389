"""The run report: what a run read, kept, dropped (by reason), merged, pushed and failed."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console, Group
from rich.markup import escape
from rich.table import Table

from contactkit.redact import scrub, scrub_data

MAX_ERRORS_SHOWN = 20
MAX_DROPPED_VALUES_SHOWN = 20
"""Per step: values dropped from records kept (an invalid email...), one line each up to here."""


@dataclass
class SourceTally:
    read: int = 0
    kept: int = 0
    unchanged: int = 0
    failed: int = 0
    dropped: Counter[str] = field(default_factory=Counter)
    employees: int = 0
    interactions: int = 0
    reviews: int = 0
    aborted: str | None = None
    values_dropped: int = 0
    """Values left out of records that were kept (``Contact.dropped``)."""


@dataclass
class SinkTally:
    statuses: Counter[str] = field(default_factory=Counter)
    aborted: str | None = None
    would_send: int = 0


@dataclass
class RunReport:
    run_id: int | None = None
    sources: dict[str, SourceTally] = field(default_factory=dict)
    sinks: dict[str, SinkTally] = field(default_factory=dict)
    enrichers: dict[str, SourceTally] = field(default_factory=dict)
    merge: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    """One line each: ``step: record: reason``."""
    notes: dict[str, list[str]] = field(default_factory=dict)
    """What plugins said about their run (``RunContext.note``), by plugin instance."""

    def notes_for(self, instance: str) -> list[str]:
        return self.notes.setdefault(instance, [])

    def source(self, name: str) -> SourceTally:
        return self.sources.setdefault(name, SourceTally())

    def sink(self, name: str) -> SinkTally:
        return self.sinks.setdefault(name, SinkTally())

    def enricher(self, name: str) -> SourceTally:
        return self.enrichers.setdefault(name, SourceTally())

    def values_dropped(self, step: str, record_key: str, lines: tuple[str, ...]) -> None:
        """A record kept without values that did not validate: one line each, ``step: record:
        field: reason``, the first few in full; ``render`` counts the rest."""
        tally = self.source(step)
        for line in lines:
            tally.values_dropped += 1
            if tally.values_dropped <= MAX_DROPPED_VALUES_SHOWN:
                self.notes_for(step).append(f"{record_key}: {line} (value dropped, record kept)")

    def merged(self, stats: Any) -> None:
        """What a merge did (``MergeStats``); a run with enrichers merges twice, and the pairs
        the first could not compare stay in the report."""
        not_compared = self.merge.get("pairs not compared", 0)
        self.merge = {
            "observations": stats.observations,
            "golden records": stats.golden,
            "merged": stats.merged,
            "created": stats.created,
            "updated": stats.updated,
            "retired": stats.retired,
            "organizations": stats.organizations,
            "relationships": stats.relationships,
            "pairs to review": stats.review_pairs,
            "flagged for re-verification": stats.flagged,
        }
        if stats.not_compared or not_compared:
            self.merge["pairs not compared"] = max(stats.not_compared, not_compared)
            lines = (f"merge: {line}" for line in stats.faults)
            self.errors.extend(line for line in lines if line not in self.errors)

    @property
    def failed(self) -> int:
        return (
            sum(s.failed for s in self.sources.values())
            + sum(s.failed for s in self.enrichers.values())
            + sum(s.statuses["failed"] for s in self.sinks.values())
        )

    @property
    def aborted(self) -> list[str]:
        parts = list(self.sources.items()) + list(self.enrichers.items())
        out = [f"{name}: {t.aborted}" for name, t in parts if t.aborted]
        out += [f"{name}: {t.aborted}" for name, t in self.sinks.items() if t.aborted]
        return out

    @property
    def status(self) -> str:
        if self.aborted:
            return "failed"
        # a pair the merge could not compare may be one person in two records: not "ok"
        return "ok" if self.failed == 0 and not self.merge.get("pairs not compared") else "partial"

    def summary(self) -> dict[str, Any]:
        """JSON-able, for the run log; secrets scrubbed."""
        return scrub_data(self._summary())

    def _summary(self) -> dict[str, Any]:

        def tally(t: SourceTally) -> dict[str, Any]:
            return {
                "read": t.read,
                "kept": t.kept,
                "unchanged": t.unchanged,
                "failed": t.failed,
                "dropped": dict(t.dropped),
                "employees": t.employees,
                "interactions": t.interactions,
                "reviews": t.reviews,
                "aborted": t.aborted,
                "values_dropped": t.values_dropped,
            }

        return {
            "sources": {n: tally(t) for n, t in self.sources.items()},
            "enrichers": {n: tally(t) for n, t in self.enrichers.items()},
            "merge": self.merge,
            "sinks": {
                n: {"statuses": dict(t.statuses), "aborted": t.aborted, "would_send": t.would_send}
                for n, t in self.sinks.items()
            },
            "errors": self.errors[:1000],
            "notes": self.notes,
            "status": self.status,
        }

    def render(self, console: Console) -> None:
        console.print(self.renderable())

    def error_rows(self) -> list[tuple[str, str, str]]:
        """The errors as (step, record key, reason), secrets scrubbed, for the run log."""
        rows = []
        for line in self.errors:
            step, _, rest = scrub(line).partition(": ")
            key, _, reason = rest.partition(": ")
            rows.append((step, key, reason or rest))
        return rows

    def renderable(self) -> Group:
        parts: list[Any] = []
        if self.sources or self.enrichers:
            table = Table(title="Read", title_justify="left")
            for column in ("step", "read", "kept", "unchanged", "dropped", "failed", "review"):
                table.add_column(column, justify="left" if column == "step" else "right")
            for name, t in [*self.sources.items(), *self.enrichers.items()]:
                table.add_row(
                    name,
                    str(t.read),
                    str(t.kept),
                    str(t.unchanged),
                    str(sum(t.dropped.values())),
                    str(t.failed),
                    str(t.reviews),
                )
            parts.append(table)
            drops = [
                (name, reason, count)
                for name, t in [*self.sources.items(), *self.enrichers.items()]
                for reason, count in t.dropped.most_common()
            ]
            if drops:
                why = Table(title="Dropped, by reason", title_justify="left")
                why.add_column("step")
                why.add_column("reason")
                why.add_column("count", justify="right")
                for name, reason, count in drops:
                    why.add_row(name, reason, str(count))
                parts.append(why)
        parts.extend(
            scrub(f"{name}: {note}") for name, lines in self.notes.items() for note in lines
        )
        for name, t in self.sources.items():
            if t.values_dropped > MAX_DROPPED_VALUES_SHOWN:
                more = t.values_dropped - MAX_DROPPED_VALUES_SHOWN
                parts.append(f"{name}: ... and {more} more values dropped (records kept)")
        if self.merge:
            parts.append(
                "Merged: "
                + ", ".join(f"{k} {v}" for k, v in self.merge.items() if k != "observations")
                + f" (from {self.merge.get('observations', 0)} observations)"
            )
        if self.sinks:
            table = Table(title="Pushed", title_justify="left")
            table.add_column("sink")
            statuses = ("created", "updated", "unchanged", "deleted", "failed")
            for column in statuses:
                table.add_column(column, justify="right")
            for name, t in self.sinks.items():
                table.add_row(name, *(str(t.statuses[s]) for s in statuses))
            parts.append(table)
            for name, t in self.sinks.items():
                if t.would_send:
                    parts.append(f"{name}: dry run, would send {t.would_send} records")
        for line in self.errors[:MAX_ERRORS_SHOWN]:
            parts.append(f"[red]error[/red] {escape(scrub(line))}")
        if len(self.errors) > MAX_ERRORS_SHOWN:
            parts.append(
                f"... and {len(self.errors) - MAX_ERRORS_SHOWN} more errors in the run log"
            )
        for line in self.aborted:
            parts.append(f"[red]aborted[/red] {escape(scrub(line))}")
        parts.append(f"Run {self.run_id or '-'}: {self.status}")
        return Group(*parts)
