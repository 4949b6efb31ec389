"""A person as one source saw them or as the golden record says: name, emails, phones,
addresses, urls, company; normalized on the way in, a value that does not validate left out."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import (
    Field,
    PrivateAttr,
    ValidationError,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    field_validator,
    model_validator,
)

from contactkit import normalize
from contactkit.model.base import StrictModel, describe_error


class PhoneKind(StrEnum):
    WORK = "work"
    CELL = "cell"
    FAX = "fax"
    HOME = "home"
    OTHER = "other"


class Phone(StrictModel):
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


class PersonName(StrictModel):
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


class Address(StrictModel):
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


class Url(StrictModel):
    url: str
    kind: UrlKind = UrlKind.WEB

    @model_validator(mode="after")
    def _classify(self) -> Url:
        self.url = self.url.strip()
        if "linkedin.com/" in self.url.lower():
            self.kind = UrlKind.LINKEDIN
        return self


class OrgRef(StrictModel):
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


class Contact(StrictModel):
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
