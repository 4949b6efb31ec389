"""What the master keeps and sinks receive: the golden record with each value's provenance and
its members, and a sink's result for one record."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import Field

from contactkit.model.base import StrictModel, stable_hash, utcnow
from contactkit.model.contact import Contact
from contactkit.model.organization import Organization
from contactkit.model.people import Employee, Relationship


class FieldSource(StrictModel):
    """Provenance of one golden value."""

    source: str
    source_key: str
    seen_at: datetime
    confidence: float = 1.0


class Member(StrictModel):
    """One observation a golden record was built from, whether or not any of its values won."""

    source: str
    key: str = Field(description="The record's key in that source.")
    seen: datetime


class GoldenRecord(StrictModel):
    """One real person as the master sees them, ready for a sink."""

    id: str = Field(description="contactkit's stable id: sinks key their upserts on it.")
    contact: Contact
    organization: Organization | None = None
    organization_id: str | None = None
    family: dict[str, Organization] = Field(
        default_factory=dict,
        description="The organization's corporate family by role: parent, domestic_ultimate, ...",
    )
    family_ids: dict[str, str] = Field(
        default_factory=dict,
        description="The same roles as ``family``, as contactkit organization ids (the id space of "
        "``organization_id``): a CRM sink upserts the parent account keyed by it and links it.",
    )
    relationships: list[Relationship] = Field(default_factory=list)
    owner: Employee | None = Field(default=None, description="The employee who knows them best.")
    provenance: dict[str, list[FieldSource]] = Field(default_factory=dict)
    members: list[Member] = Field(
        default_factory=list,
        description="Every observation of this person (source, key, when seen), in key order.",
    )
    updated_at: datetime = Field(default_factory=utcnow)

    def content_hash(self) -> str:
        """What a sink would be sent; unchanged hash means nothing to push.

        Members count by source and key: a person seen again changes nothing to push, a new
        observation joining them does.
        """
        payload = self.model_dump(mode="json", exclude={"provenance", "updated_at"})
        for member in payload["members"]:
            member.pop("seen", None)
        for rel in payload["relationships"]:
            rel.pop("strength", None)
        return stable_hash(payload)


class SinkStatus(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DELETED = "deleted"
    FAILED = "failed"


class SinkResult(StrictModel):
    """A sink's answer for one record."""

    record_id: str
    status: SinkStatus
    external_id: str | None = Field(default=None, description="The CRM's own id for the record.")
    reason: str | None = Field(default=None, description="One line, for status 'failed'.")
