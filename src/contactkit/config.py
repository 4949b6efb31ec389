"""The run configuration: ``contactkit.toml``, validated by pydantic.

Errors name the key and what is wrong, e.g. ``sources[0].paths: field required``. Plugin sections
are validated against the plugin's own ``Config`` model, so a typo in a plugin setting is caught
before anything runs.
"""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from contactkit.plugin import PluginConfig, Settings
from contactkit.plugins import Registry
from contactkit.secrets import SecretError, SecretRef

DEFAULT_CONFIG_NAME = "contactkit.toml"
DEFAULT_STORE_URL = "sqlite:///contactkit.db"
DEFAULT_SOURCE_RANKING = ["review", "card_scan", "vcard", "carddav", "email_harvest", "dnb_lookup"]


class ConfigError(ValueError):
    """A one-line description of what is wrong with the config, naming the key."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StoreSection(_Section):
    url: str = Field(
        default=DEFAULT_STORE_URL,
        description="SQLAlchemy URL: a SQLite file (default) or postgresql+psycopg://...",
    )


class CompanySection(_Section):
    name: str | None = None
    domains: list[str] = Field(
        default_factory=list,
        description="The company's own mail domains: their people are employees, not contacts.",
    )


SURVIVORSHIP_CRITERIA = ("pinned", "source", "recency", "confidence", "agreement")


class SurvivorshipSection(_Section):
    source_ranking: list[str] = Field(
        default_factory=lambda: list(DEFAULT_SOURCE_RANKING),
        description="Most trusted first; a source not listed ranks after all listed ones.",
    )
    rules: dict[str, list[str]] = Field(
        default_factory=lambda: {"*": list(SURVIVORSHIP_CRITERIA)},
        description="Per field (or '*' for the rest): the criteria that pick its value, in order.",
    )
    recency_days: int = Field(
        default=1, ge=1, description="Sightings this close together count as equally recent."
    )

    @field_validator("rules")
    @classmethod
    def _criteria(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for field, criteria in value.items():
            unknown = [c for c in criteria if c not in SURVIVORSHIP_CRITERIA]
            if unknown:
                known = ", ".join(SURVIVORSHIP_CRITERIA)
                raise ValueError(f"{field}: unknown criterion {unknown[0]!r} (one of {known})")
        return value


class MatchingSection(_Section):
    merge_above: float = Field(default=5.0, description="Pairs scoring this or more merge.")
    review_above: float = Field(
        default=3.5, description="Pairs from here up to merge_above go to 'contactkit review'."
    )
    max_block: int = Field(
        default=12, ge=2, description="Blocks larger than this are paired by sorted window."
    )
    window: int = Field(default=4, ge=1, description="Neighbours compared in a large block.")


class DecaySection(_Section):
    monthly_rate: float = Field(
        default=0.03, ge=0, lt=1, description="Share of contact data going bad each month."
    )
    stale_below: float = Field(
        default=0.7, ge=0, le=1, description="Flag records likelier right than this no more."
    )


class RetentionSection(_Section):
    """How long a contact is kept without any sign of life: published etiquette, enforced."""

    months: int | None = Field(
        default=None,
        ge=1,
        description="Contacts with no interaction and no confirmation for this many months are "
        "due; unset: no retention rule.",
    )
    action: Literal["flag", "forget"] = Field(
        default="flag",
        description="'flag': listed in 'contactkit report'; 'forget': erased at the end of each "
        "run's merge, as 'contactkit forget' does (sinks are told on the same run's push).",
    )


class ReviewSection(_Section):
    below: float = Field(default=0.8, ge=0, le=1, description="Fields under this go to review.")


class PluginSection(BaseModel):
    """One ``[[sources]]``, ``[[enrichers]]`` or ``[[sinks]]`` entry; the rest is plugin config."""

    model_config = ConfigDict(extra="allow")

    type: str
    name: str | None = Field(default=None, description="Instance name; defaults to the type.")

    def options(self) -> dict[str, Any]:
        return dict(self.model_extra or {})

    @property
    def instance(self) -> str:
        return self.name or self.type


class Config(_Section):
    region: str = Field(default="US", description="Default region for phone numbers (ISO 3166).")
    store: StoreSection = Field(default_factory=StoreSection)
    company: CompanySection = Field(default_factory=CompanySection)
    survivorship: SurvivorshipSection = Field(default_factory=SurvivorshipSection)
    review: ReviewSection = Field(default_factory=ReviewSection)
    matching: MatchingSection = Field(default_factory=MatchingSection)
    decay: DecaySection = Field(default_factory=DecaySection)
    retention: RetentionSection = Field(default_factory=RetentionSection)
    sources: list[PluginSection] = Field(default_factory=list)
    enrichers: list[PluginSection] = Field(default_factory=list)
    sinks: list[PluginSection] = Field(default_factory=list)
    base_dir: Path = Field(default=Path("."), exclude=True)

    @field_validator("region")
    @classmethod
    def _region(cls, value: str) -> str:
        if len(value) != 2 or not value.isalpha():
            raise ValueError("a two-letter ISO region such as 'US' or 'DE'")
        return value.upper()

    def settings(self) -> Settings:
        return Settings(
            default_region=self.region,
            company_name=self.company.name,
            company_domains=[d.lower() for d in self.company.domains],
            review_below=self.review.below,
        )

    def plugin_configs(
        self, registry: Registry, *, resolve_secrets: bool = True
    ) -> tuple[list[tuple[PluginSection, PluginConfig]], ...]:
        """Validate every plugin section against its plugin's ``Config`` model.

        Every secret reference is read here too (and so joins the redactor), so a missing
        environment variable fails the run before it starts, not when a sink first needs it.
        """
        out: list[list[tuple[PluginSection, PluginConfig]]] = []
        for kind, known in (
            ("sources", registry.sources),
            ("enrichers", registry.enrichers),
            ("sinks", registry.sinks),
        ):
            validated = []
            for i, section in enumerate(getattr(self, kind)):
                where = f"{kind}[{i}]"
                cls = known.get(section.type)
                if cls is None:
                    names = ", ".join(sorted(known)) or "none installed"
                    raise ConfigError(
                        f"{where}.type: unknown {kind[:-1]} {section.type!r} ({names})"
                    )
                try:
                    plugin_config = cls.Config.model_validate(section.options())
                except ValidationError as exc:
                    extra = {"type", "name"}
                    raise ConfigError(_first_error(exc, where, cls.Config, extra)) from None
                plugin_config = _anchor_paths(plugin_config, self.base_dir)
                if resolve_secrets:
                    resolve_secret_refs(plugin_config, where)
                validated.append((section, plugin_config))
            out.append(validated)
        return tuple(out)


def _anchor_paths(value: Any, base: Path) -> Any:
    """Relative paths in plugin settings are relative to the config file, not the shell.

    Walks the validated model, so every ``Path`` field of every plugin is anchored, nested or not.
    """
    if isinstance(value, Path):
        path = value.expanduser()
        return path if path.is_absolute() else base / path
    if isinstance(value, list):
        return [_anchor_paths(v, base) for v in value]
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            current = getattr(value, name)
            anchored = _anchor_paths(current, base)
            if anchored is not current:
                object.__setattr__(value, name, anchored)
        return value
    return value


def resolve_secret_refs(value: Any, where: str) -> int:
    """Read every ``SecretRef`` in a validated plugin config; ``ConfigError`` names the key.

    Returns how many were read.
    """
    count = 0
    for path, ref in _secret_refs(value, where):
        try:
            ref.reveal()
        except SecretError as exc:
            raise ConfigError(f"{path}: {exc}") from None
        count += 1
    return count


def _secret_refs(value: Any, where: str) -> Iterator[tuple[str, SecretRef]]:
    if isinstance(value, SecretRef):
        yield where, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _secret_refs(getattr(value, name), f"{where}.{name}")
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _secret_refs(item, f"{where}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _secret_refs(item, f"{where}.{key}")


def _first_error(
    exc: ValidationError,
    prefix: str = "",
    model: type[BaseModel] | None = None,
    also_valid: set[str] | None = None,
) -> str:
    """One line for the first error; an unknown key is named first, with the nearest valid one.

    A typo both adds an unknown key and leaves the intended one missing: the unknown key is the
    cause, so it is what the line names.
    """
    errors = exc.errors()
    unknown = [e for e in errors if e["type"] == "extra_forbidden"]
    err = unknown[0] if unknown else errors[0]
    loc = _loc(err["loc"])
    key = f"{prefix}.{loc}" if prefix and loc else prefix or loc
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    if unknown and model is not None:
        top = also_valid if also_valid and len(err["loc"]) == 1 else set()
        valid = _keys_at(model, err["loc"][:-1]) | top
        near = difflib.get_close_matches(str(err["loc"][-1]), sorted(valid), n=1, cutoff=0.6)
        hint = f"did you mean {near[0]!r}?" if near else f"valid keys: {', '.join(sorted(valid))}"
        return f"{key}: unknown key ({hint})"
    return f"{key}: {err['msg']}{more}"


def _loc(parts: tuple[Any, ...]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _keys_at(model: type[BaseModel], loc: tuple[Any, ...]) -> set[str]:
    """The keys a model accepts at a location inside it (list indexes and unions followed)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        fields = _model_in(current).model_fields if _model_in(current) else {}
        if part not in fields:
            return set()
        current = fields[part].annotation
    found = _model_in(current)
    if found is None:
        return set()
    return set(found.model_fields) - {n for n, f in found.model_fields.items() if f.exclude}


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model inside ``X``, ``X | None``, ``list[X]``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def load_config(path: Path) -> Config:
    """Read and validate a config file; raise ``ConfigError`` with a one-line message."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: no such config file (create one with 'contactkit init')"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return config_from_dict(raw, base_dir=path.resolve().parent)


def config_from_dict(raw: dict[str, Any], base_dir: Path = Path(".")) -> Config:
    try:
        config = Config.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(_first_error(exc, model=Config)) from None
    config.base_dir = base_dir
    store_url = config.store.url
    if store_url.startswith("sqlite:///") and not store_url.startswith("sqlite:////"):
        relative = store_url.removeprefix("sqlite:///")
        if relative and relative != ":memory:":
            config.store.url = f"sqlite:///{(base_dir / relative).resolve()}"
    return config
