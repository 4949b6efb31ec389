"""The flow: sources → filters → store and merge → enrichers → sinks.

Every step is incremental and idempotent. Sources resume from their last checkpoint; what they
yield is stored atomically with the checkpoint that follows it; observations are deduplicated by
content, interactions by message, so re-reading changes nothing. Sinks are sent only records
whose content changed since the last successful push.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from contactkit import incremental, master
from contactkit.config import Config, ConfigError, PluginSection, resolve_secret_refs
from contactkit.gc_pacing import paced_gc
from contactkit.http import RetryingSession
from contactkit.model import (
    Checkpoint,
    Drop,
    Interaction,
    Observation,
    OrganizationObservation,
    RecordError,
    ReviewItem,
    describe_error,
)
from contactkit.normalize import email_domain, is_within, parse_phone
from contactkit.organization_records import organization_records
from contactkit.plugin import (
    Enricher,
    PluginConfig,
    ProgressFactory,
    RunContext,
    Sink,
    Source,
    _no_progress,
)
from contactkit.plugins import Registry
from contactkit.plugins import registry as default_registry
from contactkit.pushing import SinkPush
from contactkit.redact import one_line
from contactkit.report import RunReport, SourceTally
from contactkit.runs import RunLock, mark_interrupted
from contactkit.store import Store
from contactkit.write_behind import FLUSH_EVERY, Batch, BatchWriter


class Pipeline:
    """One run over one store: ingest, merge, enrich, push; each step usable alone."""

    def __init__(
        self,
        config: Config,
        *,
        registry: Registry | None = None,
        progress: ProgressFactory = _no_progress,
        dry_run: bool = False,
        log: Callable[[str], None] = lambda line: None,
    ) -> None:
        self.config = config
        self.registry = registry or default_registry()
        self.store = Store(config.store.url)
        self.report = RunReport()
        self.progress = progress
        self.dry_run = dry_run
        self.log = log
        self._forgotten = self.store.forgotten()
        self._contexts: dict[str, RunContext] = {}

    def context(self, namespace: str) -> RunContext:
        """What a plugin instance is lent; its notes go to its line of the report. One per
        namespace and run: the filters' is asked for at every observation."""
        held = self._contexts.get(namespace)
        if held is not None:
            return held
        notes = self.report.notes_for(namespace)
        held = self._contexts[namespace] = RunContext(
            note=notes.append,
            settings=self.config.settings(),
            cache=self.store.cache(namespace),
            http=RetryingSession(),
            progress=self.progress,
            dry_run=self.dry_run,
            store=self.store,
        )
        return held

    # -- the whole flow --------------------------------------------------------------------

    def run(self) -> RunReport:
        sources, enrichers, sinks = self.config.plugin_configs(self.registry)
        with self.recorded_run():
            for section, options in sources:
                self.ingest(section, options)
            self.merge()
            if enrichers:
                for section, options in enrichers:
                    self.enrich(section, options)
                self.merge()
            self.apply_retention()
            for section, options in sinks:
                self.push(section, options)
        return self.report

    @contextmanager
    def recorded_run(self) -> Iterator[RunReport]:
        """Log the run with its summary, also when it is interrupted.

        The run holds the store's lock throughout (a second run is refused with one line);
        runs a killed process left ``running`` are marked ``interrupted`` first.
        """
        with RunLock(self.store):
            mark_interrupted(self.store)
            self.report.run_id = self.store.start_run()
            status = "interrupted"
            try:
                yield self.report
                status = self.report.status
            finally:
                self.store.add_errors(self.report.run_id, self.report.error_rows())
                self.store.finish_run(self.report.run_id, status, self.report.summary())

    def close(self) -> None:
        self.store.close()

    # -- sources ---------------------------------------------------------------------------

    def ingest(self, section: PluginSection, options: PluginConfig) -> SourceTally:
        with paced_gc():  # a few objects per item, freed by reference counting
            return self._ingest(section, options)

    def _ingest(self, section: PluginSection, options: PluginConfig) -> SourceTally:
        cls = self.registry.sources[section.type]
        source: Source = cls(options, self.context(section.instance), section.instance)
        tally = self.report.source(section.instance)
        state = self.store.load_checkpoint(section.instance)
        self.store.fold_incoming()  # what a killed import staged is stored before all else
        batch = Batch()
        try:
            # the store writes a batch on its own thread while the source reads the next one
            with (
                self.progress(f"reading {section.instance}") as bar,
                BatchWriter(lambda full: self._flush(section, full, tally, stage=True)) as writer,
            ):
                try:
                    for item in source.read(state):
                        if isinstance(item, Checkpoint):
                            batch.checkpoint(item)
                        else:
                            bar.advance()
                            kept = self._admit(item, tally, section.instance)
                            if kept is not None:
                                batch.items.append(kept)
                        if batch.full():
                            writer.submit(batch)
                            batch = Batch()
                except Exception as exc:  # a source's fault ends that source, never the run
                    if exc is writer.error:
                        raise  # the store's: nothing more can be written
                    # what was read is stored with the last checkpoint seen, which only covers
                    # what came before it; the next run reads the rest again and deduplication
                    # makes that harmless
                    tally.aborted = one_line(exc)
                writer.submit(batch)
            # observations were staged batch by batch: into the store in one sorted pass
            counts = self.store.fold_incoming()
            tally.kept += counts.observations_new
            tally.unchanged += counts.observations_unchanged
        finally:
            source.close()
        return tally

    def _admit(self, item: Any, tally: SourceTally, source: str) -> Any | None:
        """Count an item and return what to store, or None."""
        if isinstance(item, RecordError):
            tally.read += 1
            tally.failed += 1
            self.report.errors.append(item.line())
            return None
        if isinstance(item, Drop):
            tally.read += 1
            tally.dropped[item.reason] += 1
            return None
        if isinstance(item, Observation):
            tally.read += 1
            return self._admit_observation(item, tally)
        if isinstance(item, ReviewItem):
            tally.read += 1
            if item.observation is not None:
                self._note_dropped(item.observation)
            if item.observation is not None and self._is_suppressed(item.observation):
                return None  # a card of someone forgotten: no one reviews it
            return item
        if isinstance(item, Interaction) and self._forgotten.is_forgotten(item.contact_email):
            return None  # re-reading the mailbox must not bring their messages back
        return item  # employees, interactions (the store keys their ids), organizations

    def _admit_observation(self, obs: Observation, tally: SourceTally) -> Observation | None:
        self._fill_phones(obs)
        if obs.contact.is_empty():
            tally.failed += 1
            # "no email" when the only one did not validate says less than why it did not
            why = "; ".join(obs.contact.dropped) or "no name, email or phone"
            self.report.errors.append(f"{obs.source}: {obs.source_key}: {why}")
            return None
        self._note_dropped(obs)
        if self._is_suppressed(obs):
            tally.dropped["forgotten (contactkit forget)"] += 1
            return None
        if self._is_colleague(obs):
            tally.dropped["employee (company domain)"] += 1
            return None
        reason = self.registry.manager.hook.contactkit_filter_observation(
            observation=obs, context=self.context("filters")
        )
        if reason:
            tally.dropped[reason] += 1
            return None
        return obs

    def _note_dropped(self, obs: Observation) -> None:
        """Values the model left out of a record that is kept, named in the report."""
        if obs.contact.dropped:
            # a source's key is often a digest: the name is what a person finds the record by
            name = obs.contact.name.full
            record = f"{obs.source_key} ({name})" if name else obs.source_key
            self.report.values_dropped(obs.source, record, obs.contact.dropped)

    def _fill_phones(self, obs: Observation) -> None:
        region = self.config.region
        for phone in obs.contact.phones:
            if phone.e164 is None and phone.region is None:
                phone.e164 = parse_phone(phone.text, region)

    def _is_colleague(self, obs: Observation) -> bool:
        """Every email at one of the company's own domains: one of us, not a contact."""
        domains = self.config.company.domains
        emails = obs.contact.emails
        return bool(domains and emails) and all(is_within(email_domain(e), domains) for e in emails)

    def _is_suppressed(self, obs: Observation) -> bool:
        if not self._forgotten:
            return False
        values = set(obs.contact.emails) | {p.e164 for p in obs.contact.phones if p.e164}
        return any(self._forgotten.is_forgotten(v) for v in values)

    def _flush(
        self, section: PluginSection, batch: Batch, tally: SourceTally, *, stage: bool = False
    ) -> None:
        if not batch.items and batch.state is None:
            return
        if batch.state is not None and self._forgotten:
            # a source's memory of a forgotten correspondent (a mail gate's pending entry, a
            # signature memo) is never written back
            batch.state = self._forgotten.scrub_checkpoint(batch.state, delta=batch.delta)
        counts = self.store.write_batch(
            run_id=self.report.run_id,
            source=section.instance,
            source_type=section.type,
            items=batch.items,
            state=batch.state,
            delta=batch.delta,
            stage=stage,
        )
        tally.kept += counts.observations_new
        tally.unchanged += counts.observations_unchanged
        tally.employees += counts.employees
        tally.interactions += counts.interactions_new
        tally.reviews += counts.reviews_new

    # -- merge -----------------------------------------------------------------------------

    def merge(self) -> master.MergeStats:
        self.store.fold_incoming()
        with self.progress("merging") as bar, paced_gc():
            stats = incremental.merge(self.store, self.config)
            bar.advance()
        self.report.merged(stats)
        return stats

    def apply_retention(self) -> None:
        """The config's retention rule: due contacts are noted, or erased as ``forget`` does."""
        from contactkit import retention
        from contactkit.forget import forget_people

        rule = self.config.retention
        if rule.months is None:
            return
        due = retention.due(self.store, rule.months)
        if not due:
            return
        notes = self.report.notes_for("retention")
        if rule.action == "forget" and not self.dry_run:
            forget_people(self.store, [d.golden_id for d in due], self.config)
            self._forgotten = self.store.forgotten()
            notes.append(f"{len(due)} contact(s) silent for {rule.months} months erased")
        else:
            notes.append(
                f"{len(due)} contact(s) silent for {rule.months} months ('contactkit report')"
            )

    # -- enrichers -------------------------------------------------------------------------

    def enrich(self, section: PluginSection, options: PluginConfig) -> SourceTally:
        cls = self.registry.enrichers[section.type]
        enricher: Enricher = cls(options, self.context(section.instance), section.instance)
        tally = self.report.enricher(section.instance)
        records = organization_records(self.store, self.config.region)
        buffer = Batch()
        with self.progress(f"enriching with {section.instance}", len(records)) as bar:
            try:
                for item in enricher.enrich(records):
                    bar.advance()
                    if isinstance(item, OrganizationObservation | ReviewItem):
                        tally.read += 1
                        buffer.items.append(item)
                    else:
                        self._admit(item, tally, section.instance)
                    if len(buffer.items) >= FLUSH_EVERY:
                        self._flush(section, buffer, tally)
                        buffer = Batch()
                self._flush(section, buffer, tally)
            except Exception as exc:
                self._flush(section, buffer, tally)
                tally.aborted = one_line(exc)
            finally:
                enricher.close()
        return tally

    # -- sinks -----------------------------------------------------------------------------

    def push(self, section: PluginSection, options: PluginConfig) -> None:
        cls = self.registry.sinks[section.type]
        sink: Sink = cls(options, self.context(section.instance), section.instance)
        SinkPush(self.store, self.report, self.progress, self.dry_run, self.log).push(
            sink, section.instance, cls.batch_size
        )


class SourceOptionsError(ValueError):
    """A source named ad hoc that is not installed, or options it does not take: one line."""


def run_source(
    config: Config,
    source_type: str,
    options: dict[str, Any],
    *,
    instance: str | None = None,
    **kwargs: Any,
) -> RunReport:
    """Ingest one source given ad hoc, then merge: a command's paths, the desk's uploads.

    The rest of the config (store, region, company) comes from ``config``; ``kwargs`` go to
    the pipeline (progress bars, log). Returns the run's report.
    """
    reg = default_registry()
    if source_type not in reg.sources:
        raise SourceOptionsError(f"no source {source_type!r} installed (see 'contactkit plugins')")
    try:
        plugin_config = reg.sources[source_type].Config.model_validate(options)
    except ValueError as exc:  # pydantic's: the field and the reason, not its help link
        raise SourceOptionsError(f"{source_type}: {describe_error(exc)}") from None
    try:  # a missing secret fails here, before anything is read (and the value joins the redactor)
        resolve_secret_refs(plugin_config, source_type)
    except ConfigError as exc:
        raise SourceOptionsError(str(exc)) from None
    section = PluginSection(type=source_type, name=instance, **options)
    with open_pipeline(config, **kwargs) as pipeline, pipeline.recorded_run():
        pipeline.ingest(section, plugin_config)
        pipeline.merge()
    return pipeline.report


def open_pipeline(config: Config, **kwargs: Any) -> AbstractContextManager[Pipeline]:
    @contextmanager
    def _managed() -> Iterator[Pipeline]:
        pipeline = Pipeline(config, **kwargs)
        try:
            yield pipeline
        finally:
            pipeline.close()

    return _managed()
