"""The classes a plugin implements (``Source``, ``Sink``, ``Enricher``) and what the host lends.

Each class names itself (``name``), declares its settings as a pydantic model (``Config``) and is
constructed by the host with a validated config and a ``RunContext``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Protocol

from pydantic import BaseModel, ConfigDict

from contactkit.model import (
    Drop,
    GoldenRecord,
    Organization,
    OrganizationObservation,
    RecordError,
    ReviewItem,
    SinkResult,
    SourceItem,
)

if TYPE_CHECKING:
    import requests


class PluginConfig(BaseModel):
    """Base for plugin settings: unknown keys are an error that names the key."""

    model_config = ConfigDict(extra="forbid")


class Progress(Protocol):
    """A progress bar the host draws; plugins only advance it."""

    def advance(self, amount: int = 1) -> None: ...

    def set_total(self, total: int | None) -> None: ...


class ProgressFactory(Protocol):
    def __call__(self, label: str, total: int | None = None) -> Any:
        """A context manager yielding a ``Progress``."""


@contextmanager
def _no_progress(label: str, total: int | None = None) -> Iterator[Progress]:
    yield _SilentProgress()


class _SilentProgress:
    def advance(self, amount: int = 1) -> None:
        pass

    def set_total(self, total: int | None) -> None:
        pass


class Cache(Protocol):
    """A persistent key-value cache in the store, one namespace per plugin."""

    def get(self, key: str, max_age: timedelta | None = None) -> Any | None: ...

    def put(self, key: str, value: Any) -> None: ...


@dataclass
class Settings:
    """Project-wide settings every plugin may read (the config's top level)."""

    default_region: str = "US"
    company_name: str | None = None
    company_domains: list[str] = field(default_factory=list)
    review_below: float = 0.8


@dataclass
class RunContext:
    """What the host lends a plugin for one run."""

    settings: Settings
    cache: Cache
    http: requests.Session
    progress: ProgressFactory = _no_progress
    dry_run: bool = False
    store: Any = None
    """The master store, for the few reads a plugin needs (e.g. past interactions)."""
    note: Callable[[str], None] = field(default=lambda message: None)
    """Add a line to the run report under this plugin, e.g. ``contacts.csv: Outlook CSV``."""


class Plugin(ABC):
    """What every source, sink and enricher has: a name, a config model, the host's context."""

    name: ClassVar[str]
    """What users write as ``type = "..."`` in the config."""
    Config: ClassVar[type[PluginConfig]] = PluginConfig

    def __init__(
        self, config: PluginConfig, context: RunContext, instance: str | None = None
    ) -> None:
        self.config = config
        self.context = context
        self.instance = instance or self.name
        """The name this instance's records are stored under (a config may run a type twice)."""

    def close(self) -> None:  # noqa: B027 - optional hook, nothing to do by default
        """Release connections and flush; called once, also after an error."""


class Source(Plugin):
    """Reads one kind of input and yields what it saw.

    ``read`` yields ``Observation``, ``Employee``, ``Interaction``, ``OrganizationObservation``,
    ``ReviewItem``, ``Drop`` (read and deliberately not kept, with a reason) and ``RecordError``
    (could not read, with a one-line reason) items, and after each unit of work (a file, a
    folder, a batch of messages) a ``Checkpoint`` with its new state. The host stores everything
    up to a checkpoint in one transaction together with that state, and hands the last stored
    state back to ``read`` on the next run: a run that dies resumes at the last checkpoint, and a
    run with nothing new reads nothing twice.
    """

    @abstractmethod
    def read(self, state: dict[str, Any]) -> Iterator[SourceItem]:
        """Yield what the source saw since ``state`` (empty on the first run)."""


@dataclass(frozen=True)
class PushItem:
    """One golden record to upsert, with what the sink returned and was sent last time."""

    record: GoldenRecord
    external_id: str | None = None
    """The CRM's id from the last successful push; None if never pushed."""
    previous: GoldenRecord | None = None
    """What was sent last time, so an update can send only the change."""

    @property
    def unchanged(self) -> bool:
        """Pushed before and identical to what was sent: a re-run writes nothing for it."""
        return (
            self.external_id is not None
            and self.previous is not None
            and self.previous.content_hash() == self.record.content_hash()
        )


@dataclass(frozen=True)
class ForgetItem:
    """A record erased by ``contactkit forget``; the sink deletes or anonymizes it."""

    record_id: str
    external_id: str | None


class Sink(Plugin):
    """Upserts golden records into a CRM or a file.

    ``write`` receives at most ``batch_size`` records and returns one ``SinkResult`` per record,
    in any order: created, updated, unchanged, or failed with a one-line reason. A record that
    failed is sent again next run; the others are not, until they change.

    Talk HTTP through ``context.http``: it retries 429 (honouring ``Retry-After``), 5xx and
    dropped connections with backoff, so a sink never does that by hand.
    """

    batch_size: ClassVar[int] = 100
    forget_mode: ClassVar[Literal["delete", "anonymize", "none"]] = "delete"

    @abstractmethod
    def write(self, batch: list[PushItem]) -> list[SinkResult]:
        """Upsert the batch; one result per record."""

    def forget(self, items: list[ForgetItem]) -> list[SinkResult]:
        """Delete or anonymize erased people (``forget_mode``); one result per item."""
        return [SinkResult(record_id=i.record_id, status="unchanged") for i in items]


@dataclass(frozen=True)
class OrganizationRecord:
    """A company in the store, as an enricher sees it."""

    id: str
    key: str
    organization: Organization
    contact_count: int
    country_hint: str | None = None
    contacts: tuple[str, ...] = ()
    """A few of its contacts (``Name <email>``), to show in a review beside D&B's candidates."""


EnrichItem = OrganizationObservation | ReviewItem | RecordError | Drop


class Enricher(Plugin):
    """Adds what sources cannot know, as organization observations."""

    @abstractmethod
    def enrich(self, organizations: Iterable[OrganizationRecord]) -> Iterator[EnrichItem]:
        """Yield observations for the organizations it could enrich."""
