"""Shared by the vcard tests: the fixture folder and a way to run the source over files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from contactkit.model import (
    Checkpoint,
    Drop,
    Observation,
    OrganizationObservation,
    RecordError,
)
from contactkit.testing import standalone_context
from contactkit_plugins.vcard.source import VCardSource

FIXTURES = Path(__file__).parent / "fixtures"


class Run:
    """What one ``read`` yielded, sorted by kind."""

    def __init__(
        self, items: list[Any], start: dict[str, Any] | None = None, notes: list[str] | None = None
    ):
        self.items = items
        self.start = start or {}
        self.notes = notes or []
        """What the source said for the run report (summary and warnings)."""
        self.observations = [i for i in items if isinstance(i, Observation)]
        self.organizations = [i for i in items if isinstance(i, OrganizationObservation)]
        self.errors = [i for i in items if isinstance(i, RecordError)]
        self.drops = [i for i in items if isinstance(i, Drop)]
        self.checkpoints = [i for i in items if isinstance(i, Checkpoint)]

    @property
    def state(self) -> dict[str, Any]:
        """The state stored after this run: its checkpoints applied to the one it started from."""
        state = self.start
        for checkpoint in self.checkpoints:
            state = checkpoint.apply(state)
        return state

    def by_name(self, full: str) -> Observation:
        found = [o for o in self.observations if o.contact.name.full == full]
        assert len(found) == 1, [o.contact.name.full for o in self.observations]
        return found[0]


def read(paths: list[Path], state: dict[str, Any] | None = None, **config: Any) -> Run:
    notes: list[str] = []
    context = standalone_context(note=notes.append)
    source = VCardSource(VCardSource.Config(paths=paths, **config), context)
    return Run(list(source.read(state or {})), state, notes)
