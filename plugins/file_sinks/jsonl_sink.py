"""``jsonl``: one JSON object per golden record, with organization, family and relationships."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, ClassVar

from pydantic import Field

from contactkit.model import SinkResult
from contactkit.plugin import ForgetItem, PluginConfig, PushItem, RunContext, Sink
from contactkit_plugins.file_sinks.keyed_file import KeyedFile


class JsonlSinkConfig(PluginConfig):
    path: Path = Field(description="The .jsonl file to write (created with its folder).")
    provenance: bool = Field(default=False, description="Include where each value came from.")


class JsonlSink(Sink):
    """Writes golden records as JSON Lines, updating records in place on later runs."""

    name: ClassVar[str] = "jsonl"
    Config = JsonlSinkConfig
    batch_size: ClassVar[int] = 5000
    forget_mode = "delete"

    def __init__(
        self, config: JsonlSinkConfig, context: RunContext, instance: str | None = None
    ) -> None:
        super().__init__(config, context, instance)
        self.file = KeyedFile(config.path, _load, _dump)

    def _row(self, item: PushItem) -> dict[str, Any]:
        exclude = {"updated_at"} if self.config.provenance else {"updated_at", "provenance"}
        return item.record.model_dump(mode="json", exclude=exclude, exclude_none=True)

    def write(self, batch: list[PushItem]) -> list[SinkResult]:
        return self.file.apply(batch, self._row)

    def forget(self, items: list[ForgetItem]) -> list[SinkResult]:
        return self.file.remove(items)


def _load(path: Path) -> dict[str, Any]:
    rows = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                rows[row["id"]] = row
    return rows


def _dump(rows: dict[str, Any], handle: Any) -> None:
    for rid in sorted(rows):
        handle.write(json.dumps(rows[rid], ensure_ascii=False, sort_keys=True) + "\n")
