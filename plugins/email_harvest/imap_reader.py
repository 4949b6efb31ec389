"""Harvesting over IMAP: mailboxes in parallel (up to ``max_connections``), resumable by UID.

Workers read headers (and the few looks inside that the headers ask for) and hand parsed
batches to the reading thread, which runs the harvest logic alone. Faults are sorted:

- a transient fault (a dropped connection, a restarting server) is retried with backoff and
  the mailbox resumes from its last UID; what is still left resumes on the next run;
- a refused login is that mailbox's error, named with its fix, not retried;
- a setup mistake (TLS against a plaintext port, STARTTLS not offered, nothing listening, an
  untrusted certificate, a missing capability, every login refused) stops the server's harvest
  at once with one error that says what to fix.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from contactkit.model import RecordError, SourceItem
from contactkit.redact import scrub
from contactkit.secrets import SecretError

from . import evidence, imap_access, imap_bodies, imap_fetch
from .config import HarvestConfig
from .headers import HeaderError, MessageMeta, parse_meta

MAX_NARROWING = 24
"""Reconnects spent finding a message that kills the connection, per mailbox (1000 → 1 in 5)."""
LOGIN_REFUSALS_BEFORE_SETUP_ERROR = 3
"""Refused logins, with none accepted, after which the credentials themselves are wrong."""

Row = tuple[int, MessageMeta | HeaderError, evidence.Inside | None]


class ImapHarvesting(imap_bodies.SignatureBodies):
    """The IMAP half of ``EmailHarvestSource`` (a mixin: it shares the source's state)."""

    config: HarvestConfig
    instance: str
    folders: dict[str, dict[str, Any]]
    context: Any
    logins: dict[str, str]

    def _message(self, meta: Any, owner: str, key: str, ref: list[Any], **kw: Any) -> Iterator:
        raise NotImplementedError

    def _maybe_checkpoint(self) -> Iterator[SourceItem]:
        raise NotImplementedError

    def _set_folder(self, key: str, value: dict[str, Any]) -> None:
        raise NotImplementedError

    def _read_imap(self, mailboxes: list[str]) -> Iterator[SourceItem]:
        server = self.config.imap
        assert server is not None
        results: queue.Queue[tuple[Any, ...]] = queue.Queue(maxsize=2 * server.max_connections)
        todo: queue.Queue[str] = queue.Queue()
        for mailbox in mailboxes:
            todo.put(mailbox)
        stop = threading.Event()
        self._reached = threading.Event()  # the server answered once: refusals are transient
        self._refusals = 0
        self._refusal_lock = threading.Lock()
        self._probe = threading.Lock()
        self._fatal: str | None = None
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
        fatal: str | None = None
        try:
            with contextlib.ExitStack() as stack:
                overall = stack.enter_context(self.context.progress("email_harvest: all mailboxes"))
                grand_total = 0
                while running:
                    item = results.get()
                    kind = item[0]
                    if kind == "done":
                        running -= 1
                    elif kind == "fatal":
                        if fatal is None:
                            fatal = item[1]
                            stop.set()  # every other mailbox would fail alike
                            where = f"imap://{server.host}"
                            yield RecordError(source=self.instance, record_key=where, reason=fatal)
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
                        _, mailbox, folder, uidvalidity, last_uid, sent, rows = item
                        for uid, meta, inside in rows:
                            key = f"{mailbox}/{folder}/{uidvalidity}:{uid}"
                            ref = ["imap", mailbox, folder, uidvalidity, uid]
                            yield from self._message(
                                meta, mailbox, key, ref, in_sent=sent, inside=inside
                            )
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
        if fatal is not None:
            left = [m for m in mailboxes if not self._mailbox_started(m)]
            if left:
                reason = f"not harvested: {len(left)} mailbox(es) wait for the fix above"
                yield RecordError(source=self.instance, record_key=left[0], reason=reason)

    def _mailbox_started(self, mailbox: str) -> bool:
        return any(k.startswith(f"imap:{mailbox}/") for k in self.folders)

    def _folder_done(self, mailbox: str, folder: str, uidvalidity: int, last_uid: int) -> None:
        self._set_folder(
            f"imap:{mailbox}/{folder}", {"uidvalidity": uidvalidity, "last_uid": last_uid}
        )

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

        def park(mailbox: str, client: Any) -> bool:
            """This worker's last mailbox: its connection serves the signature bodies."""
            if not self.config.signatures or stop.is_set() or not todo.empty():
                return False
            self._body_connections(self.config.imap).park(mailbox, client)
            return True

        try:
            while not stop.is_set():
                try:
                    mailbox = todo.get_nowait()
                except queue.Empty:
                    break
                try:
                    self._harvest_mailbox(mailbox, known, put, stop, park)
                except imap_access.ImapSetupError as exc:
                    put(("fatal", str(exc)))
                except Exception as exc:  # reported; the other mailboxes go on
                    put(("error", mailbox, _one_line(exc)))
        finally:
            # "done" must arrive, or the reader waits forever: a reader busy writing a batch
            # may leave the queue full for longer than any timeout. Only once the reader stops
            # (it then drains the queue and watches the threads) may it be left out.
            while True:
                try:
                    results.put(("done",), timeout=0.1)
                    break
                except queue.Full:
                    if stop.is_set():
                        break

    def _connect(self, mailbox: str) -> Any:
        """Until the server has answered once, one connection at a time: a setup mistake is
        then met once, reported once, and no other mailbox tries."""
        if self._reached.is_set():
            return self._connect_now(mailbox)
        with self._probe:
            if self._fatal is not None:
                raise imap_access.ImapSetupError(self._fatal)
            try:
                return self._connect_now(mailbox)
            except imap_access.ImapSetupError as exc:
                self._fatal = str(exc)
                raise

    def _connect_now(self, mailbox: str) -> Any:
        server = self.config.imap
        assert server is not None
        try:
            client = imap_access.connect(
                server, mailbox, self.logins.get(mailbox), first_contact=not self._reached.is_set()
            )
        except imap_access.ImapLoginError:
            self._reached.set()
            with self._refusal_lock:
                self._refusals += 1
                hopeless = self._refusals >= LOGIN_REFUSALS_BEFORE_SETUP_ERROR and not getattr(
                    self, "_accepted", False
                )
            if hopeless:
                raise imap_access.ImapSetupError(
                    f"the first {self._refusals} logins were refused and none accepted: check "
                    f"imap.username, the password, and the login names (imap.login_template = "
                    f"{server.login_template!r}, or a login column in the directory)"
                ) from None
            raise
        self._reached.set()
        self._accepted = True
        return client

    def _harvest_mailbox(
        self,
        mailbox: str,
        known: dict[str, dict[str, Any]],
        put: Callable,
        stop: threading.Event,
        park: Callable[[str, Any], bool] = lambda mailbox, client: False,
    ) -> None:
        """Read one mailbox's new headers, reconnecting after a dropped connection."""
        server = self.config.imap
        assert server is not None
        progressed: dict[str, tuple[int, int]] = {}
        finished: set[str] = set()
        attempts = 0
        total_sent = False
        # A message the server cannot send kills the connection every time (a Dovecot build
        # panics on a 22 MB header line): after a drop mid-FETCH the batch shrinks until the
        # one message is found, reported and skipped, instead of failing the mailbox forever.
        narrow: dict[str, int] = {}
        fetching: tuple[str, int, int, int] | None = None  # folder, uidvalidity, first, size
        narrowing_left = MAX_NARROWING
        while not stop.is_set():
            client = None
            try:
                client = self._connect(mailbox)
                folders = imap_fetch.folders_with_use(client, self.config.skip_folders)
                infos = [(imap_fetch.folder_info(client, f), sent) for f, sent in folders]
                if not total_sent:
                    total = sum(self._new_estimate(mailbox, i, known) for i, _ in infos)
                    total_sent = put(("total", mailbox, total))
                for info, sent in infos:
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
                    uids = imap_fetch.new_uids(client, last)
                    if not uids:
                        put(("folder", mailbox, info.name, info.uidvalidity, last))
                    i = 0
                    while i < len(uids):
                        size = narrow.get(info.name, self.config.batch_size)
                        chunk = uids[i : i + size]
                        fetching = (info.name, info.uidvalidity, chunk[0], len(chunk))
                        rows = self._rows(client, chunk)
                        fetching = None
                        batch = ("batch", mailbox, info.name, info.uidvalidity, chunk[-1], sent)
                        if not put((*batch, rows)):
                            return
                        progressed[info.name] = (info.uidvalidity, chunk[-1])
                        if info.name in narrow:  # past the trouble so far: grow back
                            narrow[info.name] = min(self.config.batch_size, 2 * size)
                        i += len(chunk)
                    finished.add(info.name)
                if park(mailbox, client):
                    client = None  # kept open for its signature bodies: no second login
                return
            except (imap_access.ImapLoginError, SecretError) as exc:
                put(("error", mailbox, str(exc)))
                return
            except imap_access.ImapSetupError:
                raise
            except imap_access.CONNECTION_ERRORS as exc:
                if fetching is not None and server.retries > 0 and narrowing_left > 0:
                    narrowing_left -= 1
                    folder, uidvalidity, first, size = fetching
                    fetching = None
                    if size == 1:
                        key = f"{mailbox}/{folder}/{uidvalidity}:{first}"
                        reason = "the server drops the connection on this message; skipped"
                        put(("error", key, reason))
                        put(("folder", mailbox, folder, uidvalidity, first))
                        progressed[folder] = (uidvalidity, first)
                        narrow[folder] = 1  # grows back from here
                    else:
                        narrow[folder] = max(1, size // 4)
                    continue  # narrowing is progress, not a retry
                attempts += 1
                if attempts > server.retries:
                    reason = f"connection lost ({type(exc).__name__}); resumes on the next run"
                    put(("error", mailbox, reason))
                    return
                time.sleep(min(5.0, 0.25 * 2**attempts))
            finally:
                imap_access.close(client)

    def _rows(self, client: Any, uids: list[int]) -> list[Row]:
        """Parsed headers of a batch, with a look inside the messages that ask for one."""
        config = self.config
        rows: list[Row] = []
        wanted: dict[int, str] = {}
        heads: dict[int, bytes] = {}
        fetched = imap_fetch.fetch_headers(client, uids, config.max_header_bytes)
        for uid, block, internal in fetched:
            try:
                meta: MessageMeta | HeaderError = parse_meta(
                    block,
                    internal,
                    max_bytes=config.max_header_bytes,
                    max_recipients=config.max_message_recipients,
                )
            except HeaderError as exc:
                meta = exc
            else:
                kind = evidence.wants_inside(meta, self._from_outside(meta))
                if kind:
                    wanted[uid] = kind
                    heads[uid] = block
            rows.append((uid, meta, None))
        if wanted:
            inside = imap_bodies.fetch_inside(client, wanted, heads)
            rows = [(uid, meta, inside.get(uid)) for uid, meta, _ in rows]
        return rows

    def _from_outside(self, meta: MessageMeta) -> bool:
        raise NotImplementedError

    @staticmethod
    def _new_estimate(mailbox: str, info: imap_fetch.FolderInfo, known: dict) -> int:
        saved = known.get(f"imap:{mailbox}/{info.name}", {})
        if saved.get("uidvalidity") != info.uidvalidity:
            return info.messages
        return max(0, min(info.messages, info.uidnext - 1 - saved.get("last_uid", 0)))


def _one_line(exc: BaseException) -> str:
    text = " ".join(scrub(str(exc)).split()) or type(exc).__name__
    return text[:200]
