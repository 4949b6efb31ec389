"""Write-behind: a source's items go into the store in batches, each with the checkpoint that
covers it, written in order on one thread while the source reads on.

A harvest spends much of its time waiting for the store (the database's own work releases the
interpreter): writing behind the reading overlaps the two. Nothing about what is stored changes:
batches are written one after another, each in one transaction with its checkpoint, so a killed
process loses at most what it had not written, and resumes from the last checkpoint written.

A whole checkpoint is written before the source reads on, as before: a source may act on it
(card_scan moves a scanned file away only once its card is stored). Delta checkpoints were
already folded and written later, so they only promise what they always did.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

from contactkit.model import Checkpoint

FLUSH_EVERY = 1000
"""Items buffered before a write (with the last checkpoint seen, if any). A 20k-message
harvest's items replayed into fresh stores: 10-30 % less write time than at 500 on PostgreSQL
(a transaction and a staged insert fewer per 1,000 items), 10-20 % on SQLite. 2,000 gave
about 10 % more, but doubles the last write, which no reading overlaps."""
DELTAS_EVERY = 100
"""Delta checkpoints folded into one write (within ``DELTAS_SECONDS``): a folder of one-card
files is not a commit per file. A whole checkpoint is written at once, as before."""
DELTAS_SECONDS = 1.0


class Batch:
    """What goes into the store in one transaction: items, then the state that covers them."""

    def __init__(self) -> None:
        self.items: list[Any] = []
        self.state: dict[str, Any] | None = None
        self.delta = False
        self.checkpoints = 0
        self.since = 0.0

    def checkpoint(self, checkpoint: Checkpoint) -> None:
        """Take a checkpoint; deltas after one another fold into one delta."""
        if not self.checkpoints:
            self.since = time.monotonic()
        self.checkpoints += 1
        if not checkpoint.delta or self.state is None:
            # copied: the source goes on changing its own dicts after yielding them
            self.state = {k: _copy_section(v) for k, v in checkpoint.state.items()}
            self.delta = checkpoint.delta
            return
        for section, value in checkpoint.state.items():
            held = self.state.get(section)
            if isinstance(value, dict) and isinstance(held, dict):
                held.update(value)  # on top of a whole state, None entries are dropped below
            else:
                self.state[section] = _copy_section(value)
        if not self.delta:
            self.state = {
                k: {kk: vv for kk, vv in v.items() if vv is not None} if isinstance(v, dict) else v
                for k, v in self.state.items()
            }

    def full(self) -> bool:
        if len(self.items) >= FLUSH_EVERY or (self.checkpoints and not self.delta):
            return True
        return self.checkpoints > 0 and (
            self.checkpoints >= DELTAS_EVERY or time.monotonic() - self.since >= DELTAS_SECONDS
        )


def _copy_section(value: Any) -> Any:
    return dict(value) if isinstance(value, dict) else value


class BatchWriter:
    """Writes batches in order on one thread; a write that fails stops the writing, and the
    error comes back to the reader at its next ``submit`` or when the block ends."""

    DEPTH = 2
    """Batches waiting at most: the reader stays this far ahead, memory stays bounded."""

    def __init__(self, write: Callable[[Batch], None]) -> None:
        self._write = write
        self._queue: queue.Queue[Batch | None] = queue.Queue(maxsize=self.DEPTH)
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="contactkit-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (batch := self._queue.get()) is not None:
            if self.error is None:  # after a failure nothing more: a later checkpoint would
                try:  # skip what the failed batch held
                    self._write(batch)
                except BaseException as exc:
                    self.error = exc
            self._queue.task_done()
        self._queue.task_done()

    def submit(self, batch: Batch) -> None:
        """Queue a batch (waiting while ``DEPTH`` are queued); one with a whole checkpoint is
        written before this returns. Raise the writer's error."""
        if self.error is not None:
            raise self.error
        if batch.items or batch.state is not None:
            self._queue.put(batch)
            if batch.state is not None and not batch.delta:
                self._queue.join()
                if self.error is not None:
                    raise self.error

    def __enter__(self) -> BatchWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Wait until every batch is written; then raise the writer's error, unless the block
        is already leaving with one."""
        self._queue.put(None)
        self._thread.join()
        if kind is None and self.error is not None:
            raise self.error
