"""Review decisions: what a person confirms, corrects or rejects, whatever the screen.

The terminal (``contactkit review``) and the desk (``contactkit serve``) show the same queue and
call these functions, so a correction means the same thing in both. What a person confirms is
stored as an observation with full confidence from the source ``review``, which survivorship
trusts first.

Three kinds of items wait: uncertain fields of one observation (a scanned card), a choice between
candidates (a company match), and a pair of records the matcher was unsure of.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from contactkit.model import Contact, Observation, ReviewItem, describe_error, utcnow
from contactkit.store import Store

EDITABLE = ("name", "emails", "phones", "title", "department", "organization", "urls")
"""The fields a person can confirm, correct or add, in the order they are shown."""

PHONE_KINDS = ("work", "cell", "fax", "home", "other")


class CorrectionError(ValueError):
    """A correction that does not hold (e.g. a malformed email): one line naming the field."""


@dataclass
class Queue:
    """Everything waiting for a person."""

    items: list[tuple[int, ReviewItem]]
    """Cards with uncertain fields, and company candidates to choose from."""
    matches: list[dict[str, Any]]
    """Pairs of records the matcher was unsure of."""

    @property
    def cards(self) -> list[tuple[int, ReviewItem]]:
        return [(i, item) for i, item in self.items if item.kind == "fields"]

    @property
    def choices(self) -> list[tuple[int, ReviewItem]]:
        return [(i, item) for i, item in self.items if item.kind == "choice"]

    def __len__(self) -> int:
        return len(self.items) + len(self.matches)


def open_queue(store: Store) -> Queue:
    return Queue(items=store.open_reviews(), matches=store.open_match_reviews())


def shown(contact: Contact, field: str) -> str:
    """A field as one editable line: lists joined with ', ', phones as ``text (kind)``."""
    value = getattr(contact, field)
    if field == "name":
        return value.full or ""
    if field == "organization":
        return (value.name or value.domain or "") if value else ""
    if field == "phones":
        return ", ".join(f"{p.text} ({p.kind.value})" for p in value)
    if field == "urls":
        return ", ".join(u.url for u in value)
    if isinstance(value, list):
        return ", ".join(value)
    return value or ""


def parse_field(field: str, text: str) -> Any:
    """The model value a line typed by a person stands for (the inverse of ``shown``)."""
    text = text.strip()
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if field == "name":
        return {"full": text} if text else {}
    if field == "organization":
        return {"name": text} if text else None
    if field == "phones":
        return [{"text": p.split(" (")[0].strip(), "kind": _phone_kind(p)} for p in parts]
    if field == "urls":
        return [{"url": p} for p in parts]
    if field == "emails":
        return parts
    return text or None


def _phone_kind(text: str) -> str:
    if "(" in text:
        kind = text.rsplit("(", 1)[1].rstrip(")").strip().lower()
        if kind in PHONE_KINDS:
            return kind
    return "work"


def corrected_contact(contact: Contact, corrections: dict[str, str]) -> Contact:
    """``contact`` with the typed ``corrections`` (field -> line) applied and validated.

    A field left out keeps its value; a field the machine missed is simply typed in. Raises
    ``CorrectionError`` naming the field when a value does not hold, so the screen can ask
    again with everything else the person typed still in place.
    """
    data = contact.model_dump(mode="json")
    for field, text in corrections.items():
        if field not in EDITABLE:
            raise CorrectionError(f"{field}: not a field that can be corrected")
        if text.strip() == shown(contact, field):
            continue
        data[field] = parse_field(field, text)
        try:
            checked = Contact.model_validate({field: data[field]})
        except ValidationError as exc:
            raise CorrectionError(f"{field}: {describe_error(exc)}") from None
        if checked.dropped:  # a source's bad value is dropped; a person's typo is asked again
            raise CorrectionError(checked.dropped[0])
    try:
        return Contact.model_validate(data)
    except ValidationError as exc:
        raise CorrectionError(describe_error(exc)) from None


def confirm_fields(
    item: ReviewItem, corrections: dict[str, str] | None = None
) -> tuple[str, list[Observation]]:
    """A card's observation as a person confirmed it: status and the observation to store."""
    assert item.observation is not None
    obs = item.observation
    contact = corrected_contact(obs.contact, corrections or {})
    status = "accepted" if contact == obs.contact else "corrected"
    confirmed = Observation(
        source="review",
        source_key=f"{obs.source}:{obs.source_key}",
        seen_at=utcnow(),
        contact=contact,
        confidence={},
    )
    return status, [confirmed]


def choose(item: ReviewItem, index: int | None) -> tuple[str, list[Any]]:
    """A pick among candidates (``index`` into ``item.options``), or none of them."""
    if index is None:
        return "rejected", []
    option = item.options[index]
    observations: list[Any] = []
    if option.organization_observation is not None:
        observations.append(
            option.organization_observation.model_copy(
                update={"source": "review", "confidence": {}, "seen_at": utcnow()}
            )
        )
    if option.observation is not None:
        observations.append(option.observation.model_copy(update={"source": "review"}))
    return "accepted", observations


def resolve_item(store: Store, review_id: int, status: str, observations: list[Any]) -> None:
    store.resolve_review(review_id, status, observations)


def resolve_match(store: Store, review_id: int, same: bool) -> None:
    """Two records are the same person (merge), or different people (kept apart for good)."""
    store.resolve_match_review(review_id, same=same)
