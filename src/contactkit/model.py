"""The data model: what sources observe, what the master keeps, what sinks receive.

Values are normalized by the validators on the way in (see ``normalize``), so everything past a
source speaks one canonical form.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    field_validator,
    model_validator,
)

from contactkit import geo, normalize


def utcnow() -> datetime:
    return datetime.now(UTC)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class PhoneKind(StrEnum):
    WORK = "work"
    CELL = "cell"
    FAX = "fax"
    HOME = "home"
    OTHER = "other"


class Phone(_Model):
    """A phone number as seen (``text``) and in E.164 when it parses."""

    text: str
    kind: PhoneKind = PhoneKind.WORK
    e164: str | None = None
    region: str | None = Field(default=None, description="ISO region hint for parsing `text`.")

    @model_validator(mode="after")
    def _parse(self, info: ValidationInfo) -> Phone:
        if self.e164 is None:
            default = (info.context or {}).get("default_region") if info else None
            self.e164 = normalize.parse_phone(self.text, self.region or default)
        return self

    @property
    def key(self) -> str:
        return self.e164 or normalize.fold(self.text).replace(" ", "")


class PersonName(_Model):
    full: str | None = None
    prefix: str | None = None
    given: str | None = None
    middle: str | None = None
    family: str | None = None
    suffix: str | None = None

    @model_validator(mode="after")
    def _split_or_join(self) -> PersonName:
        for field in ("full", "prefix", "given", "middle", "family", "suffix"):
            value = getattr(self, field)
            if value is not None:
                value = " ".join(value.split()) or None
                setattr(self, field, value)
        if self.full and not (self.given or self.family):
            for field, value in normalize.split_name(self.full).items():
                setattr(self, field, value or None)
        elif not self.full and (self.given or self.family):
            self.full = normalize.join_name(
                self.prefix, self.given, self.middle, self.family, self.suffix
            )
        return self

    @property
    def key(self) -> str | None:
        return normalize.name_key(self.given, self.family)


class AddressKind(StrEnum):
    WORK = "work"
    HOME = "home"
    OTHER = "other"


class Address(_Model):
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None
    kind: AddressKind = AddressKind.WORK

    @property
    def key(self) -> str:
        parts = (self.street, self.postal_code, self.city, self.country)
        return normalize.fold(" ".join(p for p in parts if p))


class UrlKind(StrEnum):
    WEB = "web"
    LINKEDIN = "linkedin"
    OTHER = "other"


class Url(_Model):
    url: str
    kind: UrlKind = UrlKind.WEB

    @model_validator(mode="after")
    def _classify(self) -> Url:
        self.url = self.url.strip()
        if "linkedin.com/" in self.url.lower():
            self.kind = UrlKind.LINKEDIN
        return self


class OrgRef(_Model):
    """The company a contact works for, as far as the source knows it."""

    name: str | None = None
    unit: str | None = None
    domain: str | None = None

    @field_validator("domain")
    @classmethod
    def _registrable(cls, value: str | None) -> str | None:
        return normalize.registrable_domain(value) if value else None

    @property
    def key(self) -> str | None:
        """Domain beats name: two spellings of one company share a domain."""
        if self.domain and not normalize.is_freemail(self.domain):
            return f"domain:{self.domain}"
        name_key = normalize.company_key(self.name)
        return f"name:{name_key}" if name_key else None


class Contact(_Model):
    """One person as one source saw them, or as the golden record says."""

    name: PersonName = Field(default_factory=PersonName)
    emails: list[str] = Field(default_factory=list, description="Normalized; the first is primary.")
    phones: list[Phone] = Field(default_factory=list)
    title: str | None = None
    department: str | None = None
    organization: OrgRef | None = None
    addresses: list[Address] = Field(default_factory=list)
    urls: list[Url] = Field(default_factory=list)
    notes: str | None = None
    categories: list[str] = Field(default_factory=list)

    # a tuple default: pydantic inspects a default_factory's signature on every instance
    _dropped: tuple[str, ...] = PrivateAttr(default=())

    @model_validator(mode="wrap")
    @classmethod
    def _drop_bad_values(
        cls, data: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo
    ) -> Contact:
        """Normalize the emails; an email or phone that does not validate is dropped, never the
        whole contact (a record is more than one bad value), and named in ``dropped``."""
        if not isinstance(data, dict):
            return handler(data)
        dropped: list[str] = []
        data = {**data, "emails": _valid_emails(data.get("emails"), dropped)}
        if data.get("phones"):
            data["phones"] = _valid_phones(data["phones"], dropped, info.context)
        contact = handler(data)
        contact._dropped = tuple(dropped)
        return contact

    @model_validator(mode="after")
    def _company_from_email(self) -> Contact:
        # A business email tells the company's domain even when no source named the company.
        if self.emails and (self.organization is None or not self.organization.domain):
            domain = normalize.registrable_domain(self.emails[0])
            if domain and not normalize.is_freemail(domain):
                org = self.organization or OrgRef()
                self.organization = org.model_copy(update={"domain": domain})
        return self

    @property
    def display_name(self) -> str:
        return self.name.full or (self.emails[0] if self.emails else "(no name)")

    def is_empty(self) -> bool:
        return not (self.name.full or self.emails or self.phones)

    @property
    def dropped(self) -> tuple[str, ...]:
        """One line per value left out because it does not validate: ``field: reason``."""
        return self._dropped


def _valid_emails(values: Any, dropped: list[str]) -> list[str]:
    """The normalized emails, each once, in order; the invalid ones go to ``dropped``."""
    out: list[str] = []
    for value in values or []:
        try:
            email = normalize.normalize_email(value)
        except normalize.NormalizationError as exc:
            dropped.append(f"emails: {exc}")
            continue
        except (AttributeError, TypeError):  # not text at all
            dropped.append(f"emails: not an email: {value!r}")
            continue
        if email not in out:
            out.append(email)
    return out


def _valid_phones(values: Any, dropped: list[str], context: Any) -> Any:
    """The phones that validate; the others go to ``dropped``."""
    if not isinstance(values, list):
        return values  # not a list at all: pydantic names the field
    out = []
    for value in values:
        if isinstance(value, Phone):
            out.append(value)
            continue
        try:
            out.append(Phone.model_validate(value, context=context))
        except ValidationError as exc:
            dropped.append(f"phones: {describe_error(exc)} in {value!r}")
    return out


class Organization(_Model):
    """A company: what sources and enrichers know of it."""

    name: str | None = None
    legal_name: str | None = None
    trade_names: list[str] = Field(default_factory=list)
    domains: list[str] = Field(default_factory=list)
    duns: str | None = None
    address: Address | None = None
    phone: str | None = None
    industry_codes: list[IndustryCode] = Field(default_factory=list)
    employee_count: int | None = None
    revenue: Money | None = None
    operating_status: str | None = None
    country: str | None = Field(
        default=None, description="ISO 3166-1 alpha-2: from D&B, else inferred from contacts."
    )
    country_confidence: float | None = Field(
        default=None, description="0..1; 1.0 from D&B, the majority share when inferred."
    )
    parent_duns: str | None = None
    headquarters_duns: str | None = None
    domestic_ultimate_duns: str | None = None
    global_ultimate_duns: str | None = None
    family_roles: list[str] = Field(default_factory=list)

    @field_validator("country")
    @classmethod
    def _iso_country(cls, value: str | None) -> str | None:
        return geo.country_code(value) if value else None


class IndustryCode(_Model):
    code: str
    description: str | None = None
    scheme: str = Field(description="e.g. 'NAICS', 'US SIC', 'D&B Hoovers'")


class Money(_Model):
    value: float
    currency: str = "USD"


Organization.model_rebuild()


class Employee(_Model):
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


class Interaction(_Model):
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


class Relationship(_Model):
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


class Observation(_Model):
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


class OrganizationObservation(_Model):
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


class RecordError(_Model):
    """A record a source could not read; it lands in the run report and the run goes on."""

    source: str
    record_key: str
    reason: str

    def line(self) -> str:
        return f"{self.source}: {self.record_key}: {self.reason}"


class Checkpoint(_Model):
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


class ReviewOption(_Model):
    label: str
    columns: dict[str, str] = Field(default_factory=dict, description="Shown side by side.")
    observation: Observation | None = None
    organization_observation: OrganizationObservation | None = None


class ReviewItem(_Model):
    """Something a person should confirm: uncertain fields, or a choice between candidates."""

    kind: Literal["fields", "choice"]
    source: str
    source_key: str
    title: str
    observation: Observation | None = Field(
        default=None, description="kind='fields': the observation with its per-field confidence."
    )
    uncertain: list[str] = Field(default_factory=list, description="kind='fields': field names.")
    options: list[ReviewOption] = Field(default_factory=list, description="kind='choice'.")
    reference: dict[str, str] = Field(
        default_factory=dict,
        description="kind='choice': what we know, shown as the first row beside the options.",
    )
    file: str | None = Field(
        default=None, description="The file the item was read from (a card's image), to open."
    )


class Bounce(_Model):
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


class Drop(_Model):
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


class FieldSource(_Model):
    """Provenance of one golden value."""

    source: str
    source_key: str
    seen_at: datetime
    confidence: float = 1.0


class Member(_Model):
    """One observation a golden record was built from, whether or not any of its values won."""

    source: str
    key: str = Field(description="The record's key in that source.")
    seen: datetime


class GoldenRecord(_Model):
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


class SinkResult(_Model):
    """A sink's answer for one record."""

    record_id: str
    status: SinkStatus
    external_id: str | None = Field(default=None, description="The CRM's own id for the record.")
    reason: str | None = Field(default=None, description="One line, for status 'failed'.")


def stable_hash(payload: Any) -> str:
    data = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(data.encode()).hexdigest()[:32]


def describe_error(exc: BaseException) -> str:
    """One line for a bad record: pydantic's first error with its field, or the message."""
    from pydantic import ValidationError

    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        message = err["msg"].removeprefix("Value error, ")
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        return f"{where}: {message}{more}" if where else message + more
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
