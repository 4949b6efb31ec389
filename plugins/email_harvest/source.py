"""``EmailHarvestSource``: business contacts and who-knows-whom from employees' mailboxes."""

from __future__ import annotations

import copy
import time
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from contactkit.model import Checkpoint, Drop, RecordError, SourceItem
from contactkit.plugin import Source

from . import evidence, offline
from .config import HarvestConfig, OfflineMailbox
from .directory import Directory, read_directory
from .engine import Harvest
from .filters import Kind
from .headers import HeaderError, MessageMeta, OversizedError, clean_address, parse_meta
from .imap_reader import ImapHarvesting
from .signature import SignatureFacts, body_text, parse_signature, signature_lines
from .state import HarvestState

OBSERVATION_BATCH = 200


class EmailHarvestSource(ImapHarvesting, Source):
    """Harvests IMAP mailboxes or exported mail files; see docs/email_harvest.md."""

    name = "email_harvest"
    Config = HarvestConfig
    config: HarvestConfig

    def read(self, state: dict[str, Any]) -> Iterator[SourceItem]:
        self.state = HarvestState(copy.deepcopy(state) if state.get("v") in (1, 2) else {})
        self.folders: dict[str, dict[str, Any]] = self.state["folders"]
        self._last_checkpoint = time.monotonic()
        directory = self._directory()
        for key, reason in directory.errors:
            yield RecordError(source=self.instance, record_key=key, reason=reason)
        self.logins = directory.logins
        company = list(self.context.settings.company_domains)
        self.harvest = Harvest(self.instance, self.config, company, directory, self.state)
        if self.config.offline or self.config.offline_root:
            yield from self._read_offline()
        if self.config.imap is not None:
            yield from self._read_imap(self._imap_mailboxes(directory))
        yield from self.harvest.finish()
        yield self._checkpoint()
        try:
            yield from self._observations()
        finally:
            offline.forget_cache()

    def close(self) -> None:
        """Connections the header pass kept for signature bodies, when the reading stopped
        before the contacts."""
        self._close_body_connections()

    def _maybe_checkpoint(self) -> Iterator[Checkpoint]:
        """A checkpoint after a unit of work, at most every ``checkpoint_seconds``.

        Each checkpoint is a delta (only the entries that changed), yet a fast harvest would
        fast harvest would cost more than the harvest. A run that dies loses at most that long.
        """
        now = time.monotonic()
        if now - self._last_checkpoint >= self.config.checkpoint_seconds:
            yield self._checkpoint()

    def _checkpoint(self) -> Checkpoint:
        self._last_checkpoint = time.monotonic()
        return Checkpoint(state=self.state.delta(), delta=True)

    def _set_folder(self, key: str, value: dict[str, Any]) -> None:
        self.folders[key] = value
        self.state.mark("folders", key)

    # --- who the employees are

    def _directory(self) -> Directory:
        directory = read_directory(self.config.directory) if self.config.directory else Directory()
        for address in [*self.config.mailboxes, *(o.owner for o in self._offline_boxes())]:
            email = clean_address(address or "")
            if email and email not in directory.aliases:
                directory.names.setdefault(email, None)
        return directory

    def _imap_mailboxes(self, directory: Directory) -> list[str]:
        boxes = [clean_address(m) or m for m in self.config.mailboxes]
        if self.config.directory is not None and self.config.harvest_directory:
            owners = self._offline_owners()
            boxes += [e for e in directory.names if e not in boxes and e not in owners]
        return list(dict.fromkeys(boxes))

    def _offline_boxes(self) -> list[OfflineMailbox]:
        boxes = list(self.config.offline)
        root = self.config.offline_root
        if root is not None and root.is_dir():
            for child in sorted(root.iterdir()):
                owner = offline.owner_from_name(child)
                if owner:
                    boxes.append(OfflineMailbox(path=child, owner=owner))
        return [
            b if b.owner else b.model_copy(update={"owner": offline.owner_from_name(b.path)})
            for b in boxes
        ]

    def _offline_owners(self) -> set[str]:
        return {b.owner for b in self._offline_boxes() if b.owner}

    # --- one message

    def _message(
        self,
        meta: MessageMeta | HeaderError,
        owner: str | None,
        key: str,
        ref: list[Any],
        *,
        in_sent: bool = False,
        inside: evidence.Inside | None = None,
    ) -> Iterator[SourceItem]:
        if isinstance(meta, HeaderError):
            if isinstance(meta, OversizedError):
                self.harvest.counts["oversized"] += 1
                yield Drop(source=self.instance, record_key=key, reason=str(meta))
            else:
                self.harvest.counts["errors"] += 1
                yield RecordError(source=self.instance, record_key=key, reason=str(meta))
            return
        sigref = [*ref, meta.message_id, meta.at_iso]
        yield from self.harvest.message(meta, owner, sigref, in_sent=in_sent, inside=inside)

    # --- offline

    def _read_offline(self) -> Iterator[SourceItem]:
        batch = self.config.batch_size
        with self.context.progress("email_harvest: files") as overall:
            self._offline_total = 0
            for box in self._offline_boxes():
                if not box.path.exists():
                    reason = "mailbox path does not exist"
                    yield RecordError(source=self.instance, record_key=str(box.path), reason=reason)
                    continue
                for unit in offline.units(box.path, box.owner, self.config.skip_folders):
                    yield from self._read_unit(unit, batch, overall)
        offline.forget_cache()

    def _read_unit(self, unit: offline.Unit, batch: int, overall: Any) -> Iterator[SourceItem]:
        fingerprint = unit.fingerprint()
        saved = self.folders.get(unit.id, {})
        if saved.get("fp") == fingerprint:
            if saved.get("done"):
                return
            start = saved.get("pos", 0)
        elif saved.get("done") and unit.appended_since(saved.get("size", 0)):
            start = saved.get("pos", 0)  # an mbox that only grew: read the new messages
        else:
            start = 0  # changed otherwise: read it all again (the store keys interactions)
        try:
            keys = unit.keys()
        except (OSError, ValueError) as exc:
            reason = f"cannot read mailbox: {exc}"
            yield RecordError(source=self.instance, record_key=str(unit.path), reason=reason)
            return
        self._offline_total += len(keys) - start
        overall.set_total(self._offline_total)
        for pos in range(start, len(keys)):
            key = keys[pos]
            record_key = f"{unit.path}:{key}"
            try:
                head, body = offline.split_message(unit.read(key))
            except (OSError, KeyError) as exc:
                yield RecordError(source=self.instance, record_key=record_key, reason=str(exc))
                continue
            ref = ["file", unit.kind, str(unit.path), key]
            meta, inside = self._parse_file_message(head, body)
            yield from self._message(
                meta, unit.owner, record_key, ref, in_sent=unit.is_sent, inside=inside
            )
            overall.advance()
            if (pos + 1) % batch == 0:
                self._set_folder(unit.id, {"fp": fingerprint, "pos": pos + 1, "size": unit.size()})
                yield from self._maybe_checkpoint()
        done = {"fp": fingerprint, "pos": len(keys), "size": unit.size(), "done": True}
        self._set_folder(unit.id, done)
        yield from self._maybe_checkpoint()

    def _from_outside(self, meta: MessageMeta) -> bool:
        """The sender is no employee (the verdicts are cached; workers only read them)."""
        sender = self.harvest.canonical(meta.sender[0])
        return self.harvest.rules.verdict(sender).kind is not Kind.EMPLOYEE

    def _parse_file_message(
        self, head: bytes, body: bytes
    ) -> tuple[MessageMeta | HeaderError, evidence.Inside | None]:
        try:
            meta = parse_meta(
                head,
                None,
                max_bytes=self.config.max_header_bytes,
                max_recipients=self.config.max_message_recipients,
            )
        except HeaderError as exc:
            return exc, None
        kind = evidence.wants_inside(meta, self._from_outside(meta))
        return meta, evidence.inside_of(head, body, kind) if kind else None

    # --- contacts and their signatures

    def _observations(self) -> Iterator[SourceItem]:
        touched = self.harvest.gate.touched
        try:
            # by address, not as inserted: a resumed run rebuilds ``touched`` from its
            # checkpoint in another order, and observation ids and votes follow this one
            order = sorted(touched)
            for start in range(0, len(order), OBSERVATION_BATCH):
                batch = {addr: touched[addr] for addr in order[start : start + OBSERVATION_BATCH]}
                facts = self._signatures(batch) if self.config.signatures else {}
                for addr, entry in batch.items():
                    yield self.harvest.observation(addr, entry, facts.get(addr, []))
                    self.harvest.gate.forget_touched(addr)
                yield self._checkpoint()
        finally:
            self._close_body_connections()

    def _signatures(self, batch: dict[str, dict[str, Any]]) -> dict[str, list[SignatureFacts]]:
        """Signature facts per contact, from partial bodies of the last messages they wrote."""
        wanted: dict[tuple[Any, ...], list[tuple[str, Any]]] = defaultdict(list)
        for addr, entry in batch.items():
            for ref in entry.get("sig", [])[-self.config.signature_messages :]:
                wanted[tuple(ref[:-3])].append((addr, ref[-3]))
        bodies: dict[tuple[str, Any], tuple[bytes, bytes]] = {}
        by_mailbox: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        for group in wanted:
            if group[0] == "file":
                bodies.update(self._file_bodies(group, wanted[group]))
            else:
                by_mailbox[group[1]].append(group)
        # one connection per mailbox, as many at once as the server allows
        workers = min(len(by_mailbox), self.config.imap.max_connections if self.config.imap else 1)
        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            for got in pool.map(
                lambda item: self._imap_bodies(item[0], {g: wanted[g] for g in item[1]}),
                list(by_mailbox.items()),
            ):
                bodies.update(got)
        region = self.context.settings.default_region
        out: dict[str, list[SignatureFacts]] = defaultdict(list)
        dates = {
            (addr, ref[-3]): ref[-1]
            for addr, entry in batch.items()
            for ref in entry.get("sig", [])
        }
        for (addr, key), (head, body) in bodies.items():
            names = batch[addr].get("nm", {})
            name = max(names, key=lambda n: (names[n], n)) if names else None
            local = addr.rpartition("@")[0]
            lines = signature_lines(body_text(head, body), name, local=local)
            if lines:
                facts = parse_signature(lines, region, name, addr)
                facts.at = dates.get((addr, key), "")
                out[addr].append(facts)
        for addr in out:  # oldest first, so that on a tie in votes the newest value wins
            out[addr].sort(key=lambda f: f.at)
        return out

    def _file_bodies(self, group: tuple[Any, ...], wanted: list[tuple[str, Any]]) -> dict:
        _, kind, path = group
        unit = offline.Unit(kind, Path(path), None)
        out = {}
        for addr, key in wanted:
            try:
                head, body = offline.split_message(unit.read(key))
            except (OSError, KeyError, ValueError):
                continue  # the export changed since: no signature from this one
            out[(addr, key)] = (head, body[: self.config.signature_bytes])
        return out
