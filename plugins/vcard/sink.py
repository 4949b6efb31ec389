"""The ``vcard`` sink: golden records as vCard 4.0 (or 3.0) files.

Two layouts: a folder with one ``<id>.vcf`` per contact (what CardDAV servers, phones and most
address books import card by card), or one file holding every contact. In both, a card's UID is
the record's stable id, so a re-push replaces the card instead of adding a second one; the
single file is rewritten atomically after each batch, keeping the cards of records that did not
change (a run pushes only what changed).
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path
from typing import ClassVar, Literal

from pydantic import Field

from contactkit.model import SinkResult, SinkStatus
from contactkit.plugin import ForgetItem, PluginConfig, PushItem, RunContext, Sink
from contactkit.vcard_codec.writer import vcard_from_record
from contactkit_plugins.vcard import decoding

_UID_RE = re.compile(r"^UID(?:;[^:\r\n]*)?:(.*)$", re.IGNORECASE | re.MULTILINE)
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class VCardSinkConfig(PluginConfig):
    path: Path = Field(description="A .vcf file (layout 'file') or a folder (layout 'folder').")
    layout: Literal["auto", "file", "folder"] = Field(
        default="auto", description="auto: a path ending in .vcf is one file, else a folder."
    )
    version: Literal["4.0", "3.0"] = "4.0"


class VCardSink(Sink):
    """Writes golden records as vCards: one file per contact, or one file for all."""

    name: ClassVar[str] = "vcard"
    Config: ClassVar[type[PluginConfig]] = VCardSinkConfig
    batch_size: ClassVar[int] = 500
    forget_mode: ClassVar[Literal["delete", "anonymize", "none"]] = "delete"
    config: VCardSinkConfig

    def __init__(
        self, config: PluginConfig, context: RunContext, instance: str | None = None
    ) -> None:
        super().__init__(config, context, instance)
        layout = self.config.layout
        if layout == "auto":
            layout = "file" if self.config.path.suffix.lower() in (".vcf", ".vcard") else "folder"
        self.layout = layout
        self._cards: dict[str, str] | None = None  # the single file's cards by UID, loaded lazily

    # -- writing ----------------------------------------------------------------------------

    def write(self, batch: list[PushItem]) -> list[SinkResult]:
        if not batch:
            return []
        if self.layout == "folder":
            return [self._write_card_file(item) for item in batch]
        return self._write_into_single_file(batch)

    def card_path(self, record_id: str) -> Path:
        return self.config.path / f"{_SAFE_NAME.sub('_', record_id)}.vcf"

    def _write_card_file(self, item: PushItem) -> SinkResult:
        record = item.record
        path = self.card_path(record.id)
        external_id = path.name
        same = item.previous is not None and item.previous.content_hash() == record.content_hash()
        if same and path.exists():
            return SinkResult(record_id=record.id, status="unchanged", external_id=external_id)
        try:
            text = vcard_from_record(record, self.config.version)
            existed = path.exists()
            if existed and path.read_text(encoding="utf-8") == text:
                return SinkResult(record_id=record.id, status="unchanged", external_id=external_id)
            self.config.path.mkdir(parents=True, exist_ok=True)
            _atomic_write(path, text)
        except (OSError, ValueError) as exc:
            return _failed(record.id, exc)
        status = SinkStatus.UPDATED if existed else SinkStatus.CREATED
        return SinkResult(record_id=record.id, status=status, external_id=external_id)

    def _load_single_file(self) -> dict[str, str]:
        if self._cards is None:
            self._cards = {}
            if self.config.path.exists():
                body, _ = decoding.strip_bom(self.config.path.read_bytes())
                for n, raw in enumerate(decoding.split_cards(body)):
                    text = raw.data.decode("utf-8", "replace")
                    match = _UID_RE.search(text)
                    uid = match.group(1).strip() if match else f"(no uid {n})"
                    self._cards[uid] = text if text.endswith("\n") else text + "\r\n"
        return self._cards

    def _write_into_single_file(self, batch: list[PushItem]) -> list[SinkResult]:
        try:
            cards = self._load_single_file()
        except OSError as exc:
            return [_failed(item.record.id, exc) for item in batch]
        results: list[SinkResult] = []
        changed = False
        for item in batch:
            record = item.record
            try:
                text = vcard_from_record(record, self.config.version)
            except ValueError as exc:
                results.append(_failed(record.id, exc))
                continue
            old = cards.get(record.id)
            if old == text or (
                old is not None
                and item.previous is not None
                and item.previous.content_hash() == record.content_hash()
            ):
                status = SinkStatus.UNCHANGED
            else:
                status = SinkStatus.CREATED if old is None else SinkStatus.UPDATED
                cards[record.id] = text
                changed = True
            results.append(SinkResult(record_id=record.id, status=status, external_id=record.id))
        if changed:
            try:
                self._save_single_file()
            except OSError as exc:
                self._cards = None  # reload from disk next time: what is there is the truth
                return [_failed(r.record_id, exc) for r in results]
        return results

    def _save_single_file(self) -> None:
        assert self._cards is not None
        self.config.path.parent.mkdir(parents=True, exist_ok=True)
        _atomic_write(self.config.path, "".join(self._cards.values()))

    # -- forgetting -------------------------------------------------------------------------

    def forget(self, items: list[ForgetItem]) -> list[SinkResult]:
        results = []
        if self.layout == "folder":
            for item in items:
                path = self.card_path(item.record_id)
                try:
                    path.unlink(missing_ok=True)
                except OSError as exc:
                    results.append(_failed(item.record_id, exc))
                    continue
                results.append(SinkResult(record_id=item.record_id, status="deleted"))
            return results
        cards = self._load_single_file()
        for item in items:
            cards.pop(item.record_id, None)
            cards.pop(item.external_id or "", None)
            results.append(SinkResult(record_id=item.record_id, status="deleted"))
        try:
            self._save_single_file()
        except OSError as exc:
            return [_failed(item.record_id, exc) for item in items]
        return results


def _failed(record_id: str, exc: Exception) -> SinkResult:
    reason = f"{type(exc).__name__}: {exc}".splitlines()[0]
    return SinkResult(record_id=record_id, status="failed", reason=reason)


def _atomic_write(path: Path, text: str) -> None:
    """Write to a temporary file beside ``path`` and rename it: a crash leaves the old file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
