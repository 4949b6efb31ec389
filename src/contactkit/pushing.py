"""Pushing golden records to one sink: what changed since its last successful push, in batches,
and the records it must drop (erased people, records merged into another)."""

from __future__ import annotations

from collections.abc import Callable

from contactkit.model import GoldenRecord, SinkResult, SinkStatus
from contactkit.plugin import ForgetItem, ProgressFactory, PushItem, Sink
from contactkit.records import golden_records
from contactkit.redact import one_line
from contactkit.report import RunReport, SourceTally
from contactkit.store import Store


class SinkPush:
    """One sink's push within a run; results are counted in the run's report."""

    def __init__(
        self,
        store: Store,
        report: RunReport,
        progress: ProgressFactory,
        dry_run: bool,
        log: Callable[[str], None],
    ) -> None:
        self.store, self.report, self.progress = store, report, progress
        self.dry_run, self.log = dry_run, log

    def push(self, sink: Sink, name: str, batch_size: int) -> None:
        tally = self.report.sink(name)
        sent = self.store.sink_state(name)
        pending: list[PushItem] = []
        for record in golden_records(self.store):
            held = sent.get(record.id)
            digest = record.content_hash()
            if held is not None and held.sent_hash == digest:
                continue
            previous = None
            if held is not None:
                previous = GoldenRecord.model_validate(held.sent_payload)
            pending.append(
                PushItem(
                    record=record,
                    external_id=held.external_id if held is not None else None,
                    previous=previous,
                )
            )
        # erased people, and records merged into another: the sink drops what it holds of them
        forgotten = [
            ForgetItem(record_id=gid, external_id=sent[gid].external_id)
            for gid in self.store.withdrawn_ids()
            if gid in sent
        ]
        if self.dry_run:
            tally.would_send = len(pending)
            for item in pending:
                self.log(f"{name}: would send {item.record.id} {_label(item)}")
            for item in forgotten:
                self.log(f"{name}: would forget {item.record_id}")
            sink.close()
            return
        try:
            with self.progress(f"pushing to {name}", len(pending)) as bar:
                for start in range(0, len(pending), batch_size):
                    batch = pending[start : start + batch_size]
                    self._push_batch(sink, name, batch, tally)
                    bar.advance(len(batch))
                if forgotten:
                    results = sink.forget(forgotten)
                    done = [r.record_id for r in results if r.status != SinkStatus.FAILED]
                    self._count(name, results, tally)
                    self.store.drop_sink_entries(name, done)
        except Exception as exc:
            tally.aborted = one_line(exc)
        finally:
            sink.close()

    def _push_batch(self, sink: Sink, name: str, batch: list[PushItem], tally: SourceTally) -> None:
        by_id = {item.record.id: item for item in batch}
        results = sink.write(batch)
        answered = {r.record_id for r in results}
        missing = [rid for rid in by_id if rid not in answered]
        results = list(results) + [
            SinkResult(record_id=rid, status=SinkStatus.FAILED, reason="sink gave no result")
            for rid in missing
        ]
        self._count(name, results, tally)
        accepted = []
        for result in results:
            item = by_id.get(result.record_id)
            if item is None or result.status == SinkStatus.FAILED:
                continue
            record = item.record
            accepted.append(
                (
                    record.id,
                    result.external_id or item.external_id,
                    record.content_hash(),
                    record.model_dump(mode="json"),
                )
            )
        self.store.record_push(name, accepted)

    def _count(self, name: str, results: list[SinkResult], tally: SourceTally) -> None:
        for result in results:
            tally.statuses[result.status.value] += 1
            if result.status == SinkStatus.FAILED:
                self.report.errors.append(f"{name}: {result.record_id}: {result.reason}")


def _label(item: PushItem) -> str:
    contact = item.record.contact
    change = "update" if item.external_id or item.previous else "create"
    return f"({change}) {contact.display_name}"
