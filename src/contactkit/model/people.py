"""The company's own staff, the messages between them and contacts, and the relationships those
add up to."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import field_validator

from contactkit import normalize
from contactkit.model.base import StrictModel


class Employee(StrictModel):
    """A member of the company's own staff, known from a harvested mailbox or a directory."""

    email: str
    name: str | None = None
    employee_id: str | None = None

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        return normalize.normalize_email(value)


class InteractionRole(StrEnum):
    SENT = "sent"  # the employee wrote to the contact (To)
    CC = "cc"  # the employee wrote, the contact was only on Cc
    RECEIVED = "received"  # the contact wrote to the employee
    MEETING = "meeting"  # both were invited to one meeting (a calendar invitation)


class Interaction(StrictModel):
    """One message between an employee and a correspondent: the evidence behind a relationship.

    Keyed by (employee, contact, message id, role), so harvesting a message twice counts it once.
    """

    employee_email: str
    contact_email: str
    message_id: str
    role: InteractionRole
    at: datetime
    thread_id: str | None = None
    is_reply: bool = False

    @field_validator("employee_email", "contact_email")
    @classmethod
    def _email(cls, value: str) -> str:
        return normalize.normalize_email(value)


class Relationship(StrictModel):
    """Who-knows-whom: an employee and a contact, with the counts behind the strength."""

    employee_email: str
    employee_name: str | None = None
    sent: int = 0
    received: int = 0
    cc_only: int = 0
    replies: int = 0
    meetings: int = 0
    threads: int = 0
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    strength: float = 0.0
