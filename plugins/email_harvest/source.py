"""``EmailHarvestSource``: business contacts and who-knows-whom from employees' mailboxes."""

from __future__ import annotations

import contextlib
import copy
import csv
import queue
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from contactkit.model import Checkpoint, RecordError, SourceItem
from contactkit.plugin import Source
from contactkit.secrets import SecretError

from . import imap_access, offline
from .config import HarvestConfig, OfflineMailbox
from .engine import Harvest
from .headers import HeaderError, parse_meta
from .signature import SignatureFacts, body_text, parse_signature, signature_lines

STATE_VERSION = 1
OBSERVATION_BATCH = 200


class EmailHarvestSource(Source):
    """Harvests IMAP mailboxes or exported mail files; see docs/email_harvest.md."""

    name = "email_harvest"
    Config = HarvestConfig
    config: HarvestConfig

    def read(self, state: dict[str, Any]) -> Iterator[SourceItem]:
        state = copy.deepcopy(state) if state.get("v") == STATE_VERSION else {}
        self.folders: dict[str, dict[str, Any]] = state.get("folders", {})
        self._last_checkpoint = time.monotonic()
        employees, ids, errors = self._employees()
        yield from errors
        self.harvest = Harvest(
            self.instance,
            self.config,
            list(self.context.settings.company_domains),
            employees,
            state,
            ids,
        )
        if self.config.offline or self.config.offline_root:
            yield from self._read_offline()
        if self.config.imap is not None:
            yield from self._read_imap(self._imap_mailboxes(employees))
        yield from self.harvest.finish_employees()
        yield from self.harvest.cold_drops()
        yield self._checkpoint()
        try:
            yield from self._observations()
        finally:
            offline.forget_cache()

    def _maybe_checkpoint(self) -> Iterator[Checkpoint]:
        """A checkpoint after a unit of work, at most every ``checkpoint_seconds``.

        The state grows with the company (contacts, threads): writing it after every batch of a
        fast harvest would cost more than the harvest. A run that dies loses at most that long.
        """
        now = time.monotonic()
        if now - self._last_checkpoint >= self.config.checkpoint_seconds:
            yield self._checkpoint()

    def _checkpoint(self) -> Checkpoint:
        self._last_checkpoint = time.monotonic()
        return Checkpoint(
            state={"v": STATE_VERSION, "folders": self.folders, "gate": self.harvest.state()}
        )

    # --- who the employees are

    def _employees(self) -> tuple[dict[str, str | None], dict[str, str], list[RecordError]]:
        from .headers import clean_address

        employees: dict[str, str | None] = {}
        ids: dict[str, str] = {}
        errors: list[RecordError] = []
        if self.config.directory is not None:
            try:
                rows = _read_directory(self.config.directory)
            except OSError as exc:
                key = str(self.config.directory)
                rows = []
                errors.append(RecordError(source=self.instance, record_key=key, reason=str(exc)))
            for line, row in rows:
                email = clean_address(row.get("email") or "")
                if not email:
                    errors.append(
                        RecordError(
                            source=self.instance,
                            record_key=f"{self.config.directory}:{line}",
                            reason=f"invalid email {row.get('email')!r} in directory",
                        )
                    )
                    continue
                employees[email] = (row.get("name") or "").strip() or None
                if (row.get("employee_id") or "").strip():
                    ids[email] = row["employee_id"].strip()
        for address in [*self.config.mailboxes, *(o.owner for o in self._offline_boxes())]:
            email = clean_address(address or "")
            if email:
                employees.setdefault(email, None)
        return employees, ids, errors

    def _imap_mailboxes(self, employees: dict[str, str | None]) -> list[str]:
        from .headers import clean_address

        boxes = [clean_address(m) or m for m in self.config.mailboxes]
        if self.config.directory is not None and self.config.harvest_directory:
            boxes += [e for e in employees if e not in boxes and e not in self._offline_owners()]
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
        self, block: bytes, internal: datetime | None, owner: str | None, key: str, ref: list[Any]
    ) -> Iterator[SourceItem]:
        try:
            meta = parse_meta(block, internal)
        except HeaderError as exc:
            self.harvest.counts["errors"] += 1
            yield RecordError(source=self.instance, record_key=key, reason=str(exc))
            return
        yield from self.harvest.message(meta, owner, [*ref, meta.message_id, meta.at.isoformat()])

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
                head, _ = offline.split_message(unit.read(key))
            except (OSError, KeyError) as exc:
                yield RecordError(source=self.instance, record_key=record_key, reason=str(exc))
                continue
            ref = ["file", unit.kind, str(unit.path), key]
            yield from self._message(head, None, unit.owner, record_key, ref)
            overall.advance()
            if (pos + 1) % batch == 0:
                self.folders[unit.id] = {"fp": fingerprint, "pos": pos + 1, "size": unit.size()}
                yield from self._maybe_checkpoint()
        self.folders[unit.id] = {
            "fp": fingerprint,
            "pos": len(keys),
            "size": unit.size(),
            "done": True,
        }
        yield from self._maybe_checkpoint()

    # --- IMAP

    def _read_imap(self, mailboxes: list[str]) -> Iterator[SourceItem]:
        server = self.config.imap
        assert server is not None
        results: queue.Queue[tuple[Any, ...]] = queue.Queue(maxsize=2 * server.max_connections)
        todo: queue.Queue[str] = queue.Queue()
        for mailbox in mailboxes:
            todo.put(mailbox)
        stop = threading.Event()
        known = {k: dict(v) for k, v in self.folders.items() if k.startswith("imap:")}
        workers = [
            threading.Thread(
                target=self._imap_worker, args=(todo, results, stop, known), daemon=True
            )
            for _ in range(min(server.max_connections, len(mailboxes)))
        ]
        for worker in workers:
            worker.start()
        running = len(workers)
        bars: dict[str, Any] = {}
        try:
            with contextlib.ExitStack() as stack:
                overall = stack.enter_context(self.context.progress("email_harvest: all mailboxes"))
                grand_total = 0
                while running:
                    item = results.get()
                    kind = item[0]
                    if kind == "done":
                        running -= 1
                    elif kind == "total":
                        _, mailbox, total = item
                        label = f"email_harvest: {mailbox}"
                        bars[mailbox] = stack.enter_context(self.context.progress(label, total))
                        grand_total += total
                        overall.set_total(grand_total)
                    elif kind == "error":
                        _, key, reason = item
                        yield RecordError(source=self.instance, record_key=key, reason=reason)
                    elif kind == "folder":
                        _, mailbox, folder, uidvalidity, last_uid = item
                        self._folder_done(mailbox, folder, uidvalidity, last_uid)
                        yield from self._maybe_checkpoint()
                    else:  # a batch of headers
                        _, mailbox, folder, uidvalidity, last_uid, rows = item
                        for uid, block, internal in rows:
                            key = f"{mailbox}/{folder}/{uidvalidity}:{uid}"
                            ref = ["imap", mailbox, folder, uidvalidity, uid]
                            yield from self._message(block, internal, mailbox, key, ref)
                        self._folder_done(mailbox, folder, uidvalidity, last_uid)
                        if mailbox in bars:
                            bars[mailbox].advance(len(rows))
                        overall.advance(len(rows))
                        yield from self._maybe_checkpoint()
        finally:
            stop.set()
            while any(w.is_alive() for w in workers):
                with contextlib.suppress(queue.Empty):
                    results.get(timeout=0.05)  # unblock a worker waiting to put
            for worker in workers:
                worker.join()

    def _folder_done(self, mailbox: str, folder: str, uidvalidity: int, last_uid: int) -> None:
        self.folders[f"imap:{mailbox}/{folder}"] = {
            "uidvalidity": uidvalidity,
            "last_uid": last_uid,
        }

    def _imap_worker(
        self,
        todo: queue.Queue[str],
        results: queue.Queue[tuple[Any, ...]],
        stop: threading.Event,
        known: dict[str, dict[str, Any]],
    ) -> None:
        def put(item: tuple[Any, ...]) -> bool:
            while not stop.is_set():
                try:
                    results.put(item, timeout=0.1)
                    return True
                except queue.Full:
                    continue
            return False

        try:
            while not stop.is_set():
                try:
                    mailbox = todo.get_nowait()
                except queue.Empty:
                    break
                try:
                    self._harvest_mailbox(mailbox, known, put, stop)
                except Exception as exc:  # reported; the other mailboxes go on
                    put(("error", mailbox, _one_line(exc)))
        finally:
            # "done" must arrive even when stopping, or the reader would wait forever
            with contextlib.suppress(queue.Full):
                results.put(("done",), timeout=1)

    def _harvest_mailbox(
        self, mailbox: str, known: dict[str, dict[str, Any]], put: Any, stop: threading.Event
    ) -> None:
        """Read one mailbox's new headers, reconnecting after a dropped connection."""
        server = self.config.imap
        assert server is not None
        progressed: dict[str, tuple[int, int]] = {}
        finished: set[str] = set()
        attempts = 0
        total_sent = False
        while not stop.is_set():
            client = None
            try:
                client = imap_access.connect(server, mailbox)
                infos = [
                    imap_access.folder_info(client, f)
                    for f in imap_access.folders_to_read(client, self.config.skip_folders)
                ]
                if not total_sent:
                    total = sum(self._new_estimate(mailbox, i, known) for i in infos)
                    total_sent = put(("total", mailbox, total))
                for info in infos:
                    if info.name in finished or stop.is_set():
                        continue
                    saved = known.get(f"imap:{mailbox}/{info.name}", {})
                    uidvalidity, last = progressed.get(
                        info.name, (saved.get("uidvalidity"), saved.get("last_uid", 0))
                    )
                    if uidvalidity != info.uidvalidity:
                        last = 0  # UIDVALIDITY changed (or new folder): resync the folder
                    elif info.uidnext - 1 <= last:
                        finished.add(info.name)  # STATUS: nothing new
                        continue
                    client.select_folder(info.name, readonly=True)
                    uids = imap_access.new_uids(client, last)
                    if not uids:
                        put(("folder", mailbox, info.name, info.uidvalidity, last))
                    for i in range(0, len(uids), self.config.batch_size):
                        chunk = uids[i : i + self.config.batch_size]
                        rows = list(imap_access.fetch_headers(client, chunk))
                        if not put(
                            ("batch", mailbox, info.name, info.uidvalidity, chunk[-1], rows)
                        ):
                            return
                        progressed[info.name] = (info.uidvalidity, chunk[-1])
                    finished.add(info.name)
                return
            except (imap_access.ImapLoginError, SecretError) as exc:
                put(("error", mailbox, str(exc)))
                return
            except imap_access.CONNECTION_ERRORS as exc:
                attempts += 1
                if attempts > server.retries:
                    reason = f"connection lost ({type(exc).__name__}); resumes on the next run"
                    put(("error", mailbox, reason))
                    return
                time.sleep(min(5.0, 0.25 * 2**attempts))
            finally:
                imap_access.close(client)

    @staticmethod
    def _new_estimate(mailbox: str, info: imap_access.FolderInfo, known: dict) -> int:
        saved = known.get(f"imap:{mailbox}/{info.name}", {})
        if saved.get("uidvalidity") != info.uidvalidity:
            return info.messages
        return max(0, min(info.messages, info.uidnext - 1 - saved.get("last_uid", 0)))

    # --- contacts and their signatures

    def _observations(self) -> Iterator[SourceItem]:
        touched = self.harvest.gate.touched
        while touched:
            batch = dict(list(touched.items())[:OBSERVATION_BATCH])
            facts = self._signatures(batch) if self.config.signatures else {}
            for addr, entry in batch.items():
                yield self.harvest.observation(addr, entry, facts.get(addr, []))
                del touched[addr]
            yield self._checkpoint()

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
        for mailbox, groups in by_mailbox.items():
            bodies.update(self._imap_bodies(mailbox, {g: wanted[g] for g in groups}))
        region = self.context.settings.default_region
        out: dict[str, list[SignatureFacts]] = defaultdict(list)
        dates = {
            (addr, ref[-3]): ref[-1]
            for addr, entry in batch.items()
            for ref in entry.get("sig", [])
        }
        for (addr, key), (head, body) in bodies.items():
            lines = signature_lines(body_text(head, body))
            if lines:
                names = batch[addr].get("nm", {})
                name = max(names, key=names.get) if names else None
                facts = parse_signature(lines, region, name)
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

    def _imap_bodies(self, mailbox: str, groups: dict[tuple[Any, ...], list]) -> dict:
        server = self.config.imap
        if server is None:
            return {}
        out = {}
        client = None
        try:
            client = imap_access.connect(server, mailbox)
            for (_, _, folder, uidvalidity), wanted in groups.items():
                selected = client.select_folder(folder, readonly=True)
                if int(selected.get(b"UIDVALIDITY", 0)) != uidvalidity:
                    continue  # UIDs mean other messages now
                uids = sorted({uid for _, uid in wanted})
                got = imap_access.fetch_partial_bodies(client, uids, self.config.signature_bytes)
                for addr, uid in wanted:
                    if uid in got:
                        out[(addr, uid)] = got[uid]
        except (*imap_access.CONNECTION_ERRORS, imap_access.ImapLoginError, SecretError):
            pass  # signatures are a bonus: the contact is kept without one
        finally:
            imap_access.close(client)
        return out


def _read_directory(path: Path) -> list[tuple[int, dict[str, str]]]:
    """Rows of the employee directory: email, name, employee_id (header row optional)."""
    with path.open(newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    if not rows:
        return []
    header = [h.strip().lower().replace(" ", "_") for h in rows[0]]
    if "email" in header:
        body, start = rows[1:], 2
    else:
        header, body, start = ["email", "name", "employee_id"], rows, 1
    return [
        (start + i, {k: (row[j] if j < len(row) else "") for j, k in enumerate(header)})
        for i, row in enumerate(body)
        if any(cell.strip() for cell in row)
    ]


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]
