"""IMAP: log in (TLS by default), pick the folders worth reading, fetch headers in UID batches.

Never one round trip per message and never whole messages: headers come from
``BODY.PEEK[HEADER.FIELDS (...)]`` over a UID range of about a thousand messages at a time, and
bodies only as a partial fetch of the first few KB, for signatures.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import socket
import ssl
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from contactkit.secrets import SecretRef

from .config import ImapServer
from .headers import FETCH_FIELDS

HEADER_ITEM = (
    "BODY.PEEK[HEADER.FIELDS (" + " ".join(f.upper() for f in FETCH_FIELDS) + ")]"
).encode()
SKIP_FLAGS = {
    b"\\junk",
    b"\\trash",
    b"\\drafts",
    b"\\noselect",
    b"\\nonexistent",
    b"\\all",
    b"\\flagged",
}
SKIP_NAMES = {
    "junk", "junk e-mail", "junk email", "spam", "bulk mail", "trash", "deleted items",
    "deleted messages", "bin", "drafts", "draft", "papierkorb", "entwürfe", "outbox",
    "all mail", "starred", "important",
}  # fmt: skip

# What a dropped connection or a restarting server looks like to imapclient.
CONNECTION_ERRORS = (OSError, socket.timeout, imaplib.IMAP4.abort, IMAPClientError, ssl.SSLError)


class ImapLoginError(RuntimeError):
    """Login refused; the message names the mailbox, never a secret."""


class ImapUnavailable(ConnectionError):
    """The server could not answer now (restarting, auth process busy): retried."""


# Texts of login failures that are the server's or the line's trouble, not wrong credentials.
_TRANSIENT = ("socket error", "[UNAVAILABLE]", "Temporary", "EOF", "timed out", "Connection reset")


@dataclass(frozen=True)
class FolderInfo:
    name: str
    uidvalidity: int
    uidnext: int
    messages: int


def tls_context(server: ImapServer) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=str(server.ca_file) if server.ca_file else None)
    if not server.verify_tls:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def connect(server: ImapServer, mailbox: str) -> IMAPClient:
    """A logged-in client for ``mailbox``."""
    if server.security == "ssl":
        client = IMAPClient(
            server.host, port=server.port or 993, ssl=True, ssl_context=tls_context(server),
            timeout=server.timeout,
        )  # fmt: skip
    else:
        client = IMAPClient(server.host, port=server.port or 143, ssl=False, timeout=server.timeout)
        if server.security == "starttls":
            client.starttls(tls_context(server))
    client.normalise_times = False  # keep INTERNALDATE's zone instead of local naive time
    try:
        _login(client, server, mailbox)
    except Exception:
        _quiet_logout(client)
        raise
    return client


def _login(client: IMAPClient, server: ImapServer, mailbox: str) -> None:
    try:
        if server.auth == "xoauth2":
            assert server.token is not None
            # the token is the app's; each mailbox logs in as itself
            client.oauth2_login(mailbox, _token(server.token))
        elif server.auth == "password":
            assert server.password is not None
            client.login(server.username or mailbox, server.password.reveal())
        elif server.auth == "master":
            assert server.password is not None
            user = f"{mailbox}{server.master_separator}{server.username}"
            client.login(user, server.password.reveal())
        else:  # SASL PLAIN with the mailbox as authorization identity
            assert server.password is not None
            client.plain_login(server.username, server.password.reveal(), mailbox)
    except IMAPClientError as exc:
        text = str(exc)
        if any(mark in text for mark in _TRANSIENT):
            # a restarting server or a cut line during LOGIN: worth another try
            raise ImapUnavailable(f"login to {mailbox} interrupted") from None
        # the server's text never holds our secret, but keep it short anyway
        raise ImapLoginError(f"login to {mailbox} ({server.auth}) refused: {text[:120]}") from None


_TOKENS: dict[SecretRef, tuple[float, str]] = {}
_TOKEN_TTL = 300.0  # access tokens live about an hour; a command is not run per mailbox


def _token(ref: SecretRef) -> str:
    hit = _TOKENS.get(ref)
    now = time.monotonic()
    if hit is None or now - hit[0] > _TOKEN_TTL:
        hit = _TOKENS[ref] = (now, ref.reveal())
    return hit[1]


def _quiet_logout(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # the connection may already be gone
        with contextlib.suppress(Exception):
            client.shutdown()


def close(client: IMAPClient | None) -> None:
    if client is not None:
        _quiet_logout(client)


def folders_to_read(client: IMAPClient, extra_skip: list[str]) -> list[str]:
    """Every folder but Junk, Trash and Drafts (SPECIAL-USE flags, then names).

    INBOX and Sent come first: they matter most.
    """
    skip_names = SKIP_NAMES | {s.lower() for s in extra_skip}
    chosen: list[tuple[int, str]] = []
    for flags, delimiter, name in client.list_folders():
        lower_flags = {
            f.lower() if isinstance(f, bytes) else str(f).lower().encode() for f in flags
        }
        if lower_flags & SKIP_FLAGS:
            continue
        sep = delimiter.decode() if isinstance(delimiter, bytes) else (delimiter or "/")
        leaf = name.rsplit(sep, 1)[-1].lower() if sep else name.lower()
        if leaf in skip_names or name.lower() in skip_names:
            continue
        rank = 0 if name.upper() == "INBOX" else 1 if b"\\sent" in lower_flags else 2
        chosen.append((rank, name))
    return [name for _, name in sorted(chosen)]


def folder_info(client: IMAPClient, folder: str) -> FolderInfo:
    status = client.folder_status(folder, [b"UIDVALIDITY", b"UIDNEXT", b"MESSAGES"])
    return FolderInfo(
        folder, int(status[b"UIDVALIDITY"]), int(status[b"UIDNEXT"]), int(status[b"MESSAGES"])
    )


def new_uids(client: IMAPClient, after: int) -> list[int]:
    """UIDs above ``after`` in the selected folder (``N:*`` always matches the last one)."""
    return sorted(u for u in client.search(["UID", f"{after + 1}:*"]) if u > after)


def fetch_headers(
    client: IMAPClient, uids: list[int]
) -> Iterator[tuple[int, bytes, datetime | None]]:
    """(uid, header block, internal date) for a batch of UIDs, in one FETCH."""
    if not uids:
        return
    try:
        rows = _fetch_headers_raw(client, uids)
    except _Unexpected:
        rows = None
    if rows is None:
        # imapclient's own parser: slower (it lexes the echoed field list of every message
        # byte by byte) but it takes any response a server may send
        response = client.fetch(uids, [b"INTERNALDATE", HEADER_ITEM])
        rows = []
        for uid in sorted(response):
            data = response[uid]
            block = next((v for k, v in data.items() if k.startswith(b"BODY[HEADER")), b"")
            rows.append((uid, block or b"", data.get(b"INTERNALDATE")))
    yield from rows


class _Unexpected(Exception):
    """A FETCH response the fast reader does not know; the careful one takes over."""


_UID = re.compile(rb"\bUID (\d+)")
_INTERNALDATE = re.compile(rb'INTERNALDATE "([^"]+)"')
_EMPTY_HEADER = re.compile(rb'BODY\[HEADER\.FIELDS \([^)]*\)\] (?:""|NIL)')


def _fetch_headers_raw(
    client: IMAPClient, uids: list[int]
) -> list[tuple[int, bytes, datetime | None]] | None:
    """The same UID FETCH through imaplib, read with two regexes per message."""
    imap = getattr(client, "_imap", None)
    if imap is None or not client.use_uid:
        return None
    message_set = ",".join(str(u) for u in uids)
    typ, data = imap.uid("FETCH", message_set, b"(INTERNALDATE " + HEADER_ITEM + b")")
    if typ != "OK":
        raise _Unexpected(typ)
    wanted = set(uids)
    rows: dict[int, tuple[int, bytes, datetime | None]] = {}
    for item in data:
        if isinstance(item, tuple):
            head, block = item[0], item[1]
        elif isinstance(item, bytes) and _EMPTY_HEADER.search(item):
            head, block = item, b""
        else:
            continue  # the closing ")" of a literal, or an unsolicited FLAGS update
        uid_match = _UID.search(head)
        if uid_match is None:
            raise _Unexpected("no UID")
        uid = int(uid_match.group(1))
        if uid in wanted:
            date_match = _INTERNALDATE.search(head)
            rows[uid] = (uid, block, _internaldate(date_match.group(1)) if date_match else None)
    return [rows[u] for u in sorted(rows)]


def _internaldate(value: bytes) -> datetime | None:
    try:
        return datetime.strptime(value.decode("ascii").strip(), "%d-%b-%Y %H:%M:%S %z")
    except ValueError:
        return None


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
