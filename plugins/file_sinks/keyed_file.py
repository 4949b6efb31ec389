"""A file of records keyed by contactkit id, rewritten atomically after every batch.

A file sink is sent only what changed, so it keeps the whole export in memory, applies each batch
and replaces the file in one rename: a killed run leaves the previous complete file, never half a
file, and the store records a batch as sent only after the rename.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from contactkit.model import SinkResult, SinkStatus
from contactkit.plugin import ForgetItem, PushItem


class KeyedFile:
    def __init__(
        self,
        path: Path,
        load: Callable[[Path], dict[str, Any]],
        dump: Callable[[dict[str, Any], Any], None],
    ) -> None:
        self.path = path
        self._dump = dump
        self.rows: dict[str, Any] = load(path) if path.exists() else {}

    def apply(self, batch: list[PushItem], to_row: Callable[[PushItem], Any]) -> list[SinkResult]:
        results = []
        for item in batch:
            rid = item.record.id
            try:
                row = to_row(item)
            except (ValueError, KeyError) as exc:
                results.append(SinkResult(record_id=rid, status=SinkStatus.FAILED, reason=str(exc)))
                continue
            held = self.rows.get(rid)
            if held == row:
                status = SinkStatus.UNCHANGED
            else:
                status = SinkStatus.CREATED if held is None else SinkStatus.UPDATED
                self.rows[rid] = row
            results.append(SinkResult(record_id=rid, status=status, external_id=rid))
        self.save()
        return results

    def remove(self, items: list[ForgetItem]) -> list[SinkResult]:
        results = []
        for item in items:
            gone = self.rows.pop(item.record_id, None) is not None
            status = SinkStatus.DELETED if gone else SinkStatus.UNCHANGED
            results.append(SinkResult(record_id=item.record_id, status=status))
        self.save()
        return results

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                self._dump(self.rows, handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
