"""IMAP: the little the harvest reads beyond headers, in one FETCH per batch and kind.

- signatures: the first few KB of the text of a contact's last messages;
- delivery reports and auto-replies: the first KB of their text (who failed, who has left), and
  of a reply from outside its first lines (an auto-reply that kept "Re:"?);
- invitations: the ``text/calendar`` part, found through BODYSTRUCTURE, never the whole mail.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from imapclient import IMAPClient

from contactkit.secrets import SecretError

from . import imap_access, imap_fetch
from .bodies import body_text, decode_transfer
from .evidence import INSIDE_BYTES, Inside

CALENDAR_BYTES = 65536
_POOL_LOCK = threading.Lock()


def fetch_partial_bodies(
    client: IMAPClient, uids: list[int], size: int
) -> dict[int, tuple[bytes, bytes]]:
    """uid -> (content headers, first ``size`` bytes of the body), in one FETCH."""
    if not uids:
        return {}
    items = [b"BODY.PEEK[HEADER.FIELDS (CONTENT-TYPE CONTENT-TRANSFER-ENCODING)]",
             f"BODY.PEEK[TEXT]<0.{size}>".encode()]  # fmt: skip
    response = client.fetch(uids, items)
    out = {}
    for uid, data in response.items():
        head = next((v for k, v in data.items() if k.startswith(b"BODY[HEADER")), b"") or b""
        body = next((v for k, v in data.items() if k.startswith(b"BODY[TEXT]")), b"") or b""
        out[uid] = (head, body)
    return out


def fetch_inside(
    client: IMAPClient, wanted: dict[int, str], heads: dict[int, bytes]
) -> dict[int, Inside]:
    """uid -> what is inside, for ``wanted`` = uid -> 'report', 'reply', 'answer', 'calendar'.

    ``heads``: the header blocks already fetched (they hold Content-Type and its transfer
    encoding), so only the text comes over the line, one literal per message.
    """
    out: dict[int, Inside] = {}
    for kind, size in INSIDE_BYTES.items():
        uids = sorted(u for u, k in wanted.items() if k == kind)
        for uid, body in imap_fetch.fetch_texts(client, uids, size).items():
            if kind == "report":
                text = body.decode("utf-8", "replace")
            else:
                text = body_text(heads.get(uid, b""), body)
            out[uid] = Inside(text=text)
    calendar = sorted(u for u, k in wanted.items() if k == "calendar")
    if calendar:
        out.update(_calendars(client, calendar))
    return out


def _calendars(client: IMAPClient, uids: list[int]) -> dict[int, Inside]:
    structures = client.fetch(uids, [b"BODYSTRUCTURE"])
    where: dict[int, tuple[str, str]] = {}
    for uid, data in structures.items():
        found = _calendar_part(data.get(b"BODYSTRUCTURE"), "")
        if found:
            where[uid] = found
    out: dict[int, Inside] = {}
    by_part: dict[str, list[int]] = {}
    for uid, (part, _) in where.items():
        by_part.setdefault(part, []).append(uid)
    for part, part_uids in by_part.items():
        item = f"BODY.PEEK[{part}]<0.{CALENDAR_BYTES}>".encode()
        for uid, data in client.fetch(part_uids, [item]).items():
            raw = next((v for k, v in data.items() if k.startswith(b"BODY[")), b"") or b""
            text = decode_transfer(raw, where[uid][1]).decode("utf-8", "replace")
            out[uid] = Inside(calendar=text)
    return out


def _calendar_part(structure: Any, prefix: str) -> tuple[str, str] | None:
    """(part number, transfer encoding) of the first text/calendar or .ics part."""
    if structure is None:
        return None
    if structure.is_multipart:
        for i, child in enumerate(structure[0], start=1):
            found = _calendar_part(child, f"{prefix}{i}.")
            if found:
                return found
        return None
    ctype = (_text(structure[0]) + "/" + _text(structure[1])).lower()
    params = structure[2] if isinstance(structure[2], tuple) else ()
    names = [_text(v).lower() for v in params[1::2]]
    if ctype in ("text/calendar", "application/ics") or any(n.endswith(".ics") for n in names):
        return (prefix.rstrip(".") or "1", _text(structure[5]).lower())
    return None


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("ascii", "replace")
    return "" if value is None else str(value)


class BodyConnections:
    """Connections for signature bodies, kept open from one batch of contacts to the next (a
    TLS handshake and a login per mailbox and batch cost more than the fetch), never more
    than ``limit`` open at once: an idle one is closed to make room."""

    def __init__(self, connect: Callable[[str], IMAPClient], limit: int) -> None:
        self._connect = connect
        self._limit = max(1, limit)
        self._idle: dict[str, IMAPClient] = {}
        self._open = 0
        self._lock = threading.Lock()

    @contextmanager
    def use(self, mailbox: str) -> Iterator[IMAPClient]:
        """The mailbox's connection; one that fails is closed, not kept."""
        spare = None
        with self._lock:
            client = self._idle.pop(mailbox, None)
            if client is None:
                if self._open >= self._limit and self._idle:
                    spare = self._idle.pop(next(iter(self._idle)))  # the longest idle
                    self._open -= 1
                self._open += 1
        imap_access.close(spare)
        try:
            if client is None:
                client = self._connect(mailbox)
            yield client
        except BaseException:
            imap_access.close(client)
            with self._lock:
                self._open -= 1
            raise
        with self._lock:
            self._idle[mailbox] = client

    def park(self, mailbox: str, client: IMAPClient) -> None:
        """Keep a connection the header pass is done with for this mailbox's signature bodies
        (its reader then leaves: the connections open at once stay within the cap)."""
        spare = None
        with self._lock:
            if mailbox in self._idle:
                spare = client
            else:
                if self._open >= self._limit and self._idle:
                    spare = self._idle.pop(next(iter(self._idle)))  # the longest idle
                    self._open -= 1
                self._idle[mailbox] = client
                self._open += 1
        imap_access.close(spare)

    def close(self) -> None:
        with self._lock:
            clients, self._idle = list(self._idle.values()), {}
            self._open -= len(clients)
        for client in clients:
            imap_access.close(client)


class SignatureBodies:
    """Signature bodies over IMAP, for ``EmailHarvestSource`` (a mixin of ``ImapHarvesting``):
    one pool of connections per run, fed by the header pass's last connections."""

    config: Any
    logins: dict[str, str]

    def _imap_bodies(self, mailbox: str, groups: dict[tuple[Any, ...], list]) -> dict:
        """Signature bodies of one mailbox: the first KB of the wanted messages' text."""
        server = self.config.imap
        if server is None:
            return {}
        out: dict = {}
        for attempt in range(2):
            try:
                with self._body_connections(server).use(mailbox) as client:
                    self._fetch_bodies(client, groups, out)
                break
            except imap_access.CONNECTION_ERRORS:
                # a connection kept since the header pass may have gone stale: once more on a
                # fresh one (the pool closed the failed one)
                if attempt:
                    break
            except (imap_access.ImapLoginError, imap_access.ImapSetupError, SecretError):
                break  # signatures are a bonus: the contact is kept without one
        return out

    def _fetch_bodies(self, client: Any, groups: dict[tuple[Any, ...], list], out: dict) -> None:
        for (_, _, folder, uidvalidity), wanted in groups.items():
            selected = client.select_folder(folder, readonly=True)
            if int(selected.get(b"UIDVALIDITY", 0)) != uidvalidity:
                continue  # UIDs mean other messages now
            uids = sorted({uid for _, uid in wanted})
            got = fetch_partial_bodies(client, uids, self.config.signature_bytes)
            for addr, uid in wanted:
                if uid in got:
                    out[(addr, uid)] = got[uid]

    def _body_connections(self, server: Any) -> BodyConnections:
        pool = getattr(self, "_bodies_pool", None)
        if pool is None:
            with _POOL_LOCK:  # the workers of the first batch ask at once
                pool = getattr(self, "_bodies_pool", None)
                if pool is None:
                    connect = lambda m: imap_access.connect(server, m, self.logins.get(m))  # noqa: E731
                    pool = self._bodies_pool = BodyConnections(connect, server.max_connections)
        return pool

    def _close_body_connections(self) -> None:
        pool = getattr(self, "_bodies_pool", None)
        if pool is not None:
            pool.close()
            self._bodies_pool = None
