"""What a source yields: observations of people and companies, staff, interactions, bounces,
review items, drops, errors and checkpoints."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import Field, field_validator

from contactkit import normalize
from contactkit.model.base import StrictModel, stable_hash, utcnow
from contactkit.model.contact import Contact
from contactkit.model.organization import Organization
from contactkit.model.people import Employee, Interaction


class Observation(StrictModel):
    """What one source saw of one person at one time."""

    source: str = Field(description="The source instance's name, e.g. 'vcard' or 'crm-export'.")
    source_key: str = Field(description="The record's stable key within that source.")
    seen_at: datetime = Field(default_factory=utcnow)
    contact: Contact
    confidence: dict[str, float] = Field(
        default_factory=dict,
        description="Per-field confidence 0..1 by field name; a missing field means 1.0.",
    )

    def content_hash(self) -> str:
        """What the observation says, without when: re-reading an unchanged record is a no-op."""
        payload = {"c": self.contact.model_dump(mode="json"), "f": self.confidence}
        return stable_hash(payload)


class OrganizationObservation(StrictModel):
    """What one source (usually an enricher) saw of one company."""

    source: str
    source_key: str
    organization_key: str = Field(description="The store's key of the company this describes.")
    seen_at: datetime = Field(default_factory=utcnow)
    organization: Organization
    confidence: dict[str, float] = Field(default_factory=dict)
    match_grade: str | None = None

    def content_hash(self) -> str:
        payload = {
            "k": self.organization_key,
            "o": self.organization.model_dump(mode="json"),
            "f": self.confidence,
            "g": self.match_grade,
        }
        return stable_hash(payload)


class RecordError(StrictModel):
    """A record a source could not read; it lands in the run report and the run goes on."""

    source: str
    record_key: str
    reason: str

    def line(self) -> str:
        return f"{self.source}: {self.record_key}: {self.reason}"


class Checkpoint(StrictModel):
    """Yielded by a source after a unit of work; stored atomically with what came before it.

    ``delta=True``: ``state`` holds only what changed since the previous checkpoint. Each
    top-level section that is a dict is merged into the stored one entry by entry (an entry set
    to None is removed); other sections replace their stored value. A source whose state grows
    with its input (one entry per file, per correspondent) yields deltas, so checkpointing N
    units costs N entries in all, not N whole states.
    """

    state: dict[str, Any]
    delta: bool = False

    def apply(self, state: dict[str, Any]) -> dict[str, Any]:
        """The state after this checkpoint, given the one before it (which is left alone)."""
        if not self.delta:
            return dict(self.state)
        out = dict(state)
        for section, value in self.state.items():
            held = out.get(section)
            if isinstance(value, dict):
                # a removed entry (None) is gone, whether or not the section was held before
                merged = {**held, **value} if isinstance(held, dict) else value
                out[section] = {k: v for k, v in merged.items() if v is not None}
            else:
                out[section] = value
        return out


class ReviewOption(StrictModel):
    label: str
    columns: dict[str, str] = Field(default_factory=dict, description="Shown side by side.")
    observation: Observation | None = None
    organization_observation: OrganizationObservation | None = None


class ReviewItem(StrictModel):
    """Something a person should confirm: uncertain fields, or a choice between candidates."""

    kind: Literal["fields", "choice"]
    source: str
    source_key: str
    title: str
    observation: Observation | None = Field(
        default=None, description="kind='fields': the observation with its per-field confidence."
    )
    uncertain: list[str] = Field(default_factory=list, description="kind='fields': field names.")
    reasons: dict[str, str] = Field(
        default_factory=dict,
        description="kind='fields': why each uncertain field is doubted, in plain words.",
    )
    options: list[ReviewOption] = Field(default_factory=list, description="kind='choice'.")
    reference: dict[str, str] = Field(
        default_factory=dict,
        description="kind='choice': what we know, shown as the first row beside the options.",
    )
    file: str | None = Field(
        default=None, description="The file the item was read from (a card's image), to open."
    )


class Bounce(StrictModel):
    """An address found dead by a source: a delivery failure report for it, or (``left``) an
    auto-reply saying the person has left. The record joins the re-verification queue."""

    source: str
    email: str
    at: datetime
    left: bool = False
    detail: str | None = None

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        return normalize.normalize_email(value)


class Drop(StrictModel):
    """A record a source read and deliberately did not keep; counted by reason in the report."""

    source: str
    record_key: str
    reason: str


SourceItem = (
    Observation
    | OrganizationObservation
    | Employee
    | Interaction
    | Bounce
    | RecordError
    | Drop
    | ReviewItem
    | Checkpoint
)
