"""IMAP: log in (TLS by default), pick the folders worth reading, fetch headers in UID batches.

Never one round trip per message and never whole messages: headers come from
``BODY.PEEK[HEADER.FIELDS (...)]`` over a UID range of about a thousand messages at a time, and
bodies only as a partial fetch of the first few KB, for signatures.
"""

from __future__ import annotations

import contextlib
import imaplib
import logging
import re
import shlex
import socket
import ssl
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError
from imapclient.imapclient import SocketTimeout

from contactkit.redact import scrub
from contactkit.secrets import SecretRef

from .config import ImapServer
from .headers import FETCH_FIELDS, MONTHS

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
    """This mailbox's login was refused; the message names the cause and the fix, never a
    secret. Not retried: the same login would be refused again."""


class ImapSetupError(RuntimeError):
    """A configuration fault that no retry can heal (TLS against a plaintext port, STARTTLS
    not offered, nothing listening, an untrusted certificate, a missing capability). Every
    mailbox on the server would fail alike, so the harvest of that server stops at once."""


class ImapUnavailable(ConnectionError):
    """The server could not answer now (restarting, auth process busy): retried."""


# Texts of login failures that are the server's or the line's trouble, not wrong credentials.
_TRANSIENT = ("socket error", "[UNAVAILABLE]", "Temporary", "EOF", "timed out", "Connection reset")
# OpenSSL's words for "the other side does not speak TLS".
_NOT_TLS = (
    "WRONG_VERSION_NUMBER", "wrong version number", "record layer failure", "UNKNOWN_PROTOCOL",
    "packet length too long", "HTTP_REQUEST", "unexpected eof",
)  # fmt: skip
GREETING_TIMEOUT = 15.0
"""Seconds to wait for the server's greeting: a TLS port never greets a plaintext client."""


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


def login_name(server: ImapServer, mailbox: str, login: str | None = None) -> str:
    """The server's name for ``mailbox``: the directory's login, else the login template."""
    if login:
        return login
    local, _, domain = mailbox.rpartition("@")
    return server.login_template.format(address=mailbox, local=local, domain=domain)


def connect(
    server: ImapServer, mailbox: str, login: str | None = None, *, first_contact: bool = False
) -> IMAPClient:
    """A logged-in client for ``mailbox``.

    ``first_contact``: the server was never reached in this run, so a refused connection or a
    missing greeting is a setup mistake (wrong host or port), not a restart in progress.
    """
    where = f"{server.host}:{server.port or (993 if server.security == 'ssl' else 143)}"
    try:
        client = _open(server)
    except ssl.SSLCertVerificationError as exc:
        raise ImapSetupError(
            f"{where}: the server's certificate is not trusted ({exc.verify_message}); give "
            "imap.ca_file = the company CA, or fix the host name"
        ) from None
    except ssl.SSLError as exc:
        if server.security == "ssl" and any(m in str(exc) for m in _NOT_TLS):
            raise ImapSetupError(
                f"{where} does not speak TLS (IMAPS): it is a plaintext or STARTTLS port; use "
                "imap.security = 'starttls' (or the IMAPS port, usually 993)"
            ) from None
        raise
    except socket.gaierror:
        raise ImapSetupError(f"{server.host}: no such host (check imap.host)") from None
    except ConnectionRefusedError:
        if first_contact:
            raise ImapSetupError(
                f"{where}: connection refused, nothing listens there; check imap.host and "
                "imap.port (IMAPS is usually 993, STARTTLS 143)"
            ) from None
        raise
    except (TimeoutError, imaplib.IMAP4.abort):
        if first_contact and server.security != "ssl":
            raise ImapSetupError(
                f"{where}: no IMAP greeting; is it the IMAPS (TLS) port? use imap.security = "
                "'ssl' there, or the STARTTLS port (usually 143)"
            ) from None
        raise
    client.normalise_times = False  # keep INTERNALDATE's zone instead of local naive time
    if not logging.getLogger("imapclient.imaplib").isEnabledFor(logging.DEBUG):
        # imapclient turns imaplib's debug level up to log through it; imaplib then formats
        # every response line (a repr of each header block) before the logger drops it
        client._imap.debug = 0
    try:
        _check_capabilities(client, server, where)
        _login(client, server, mailbox, login_name(server, mailbox, login))
    except Exception:
        _quiet_logout(client)
        raise
    return client


def _open(server: ImapServer) -> IMAPClient:
    timeout = SocketTimeout(connect=min(server.timeout, GREETING_TIMEOUT), read=server.timeout)
    if server.security == "ssl":
        return IMAPClient(
            server.host, port=server.port or 993, ssl=True, ssl_context=tls_context(server),
            timeout=timeout,
        )  # fmt: skip
    client = IMAPClient(server.host, port=server.port or 143, ssl=False, timeout=timeout)
    if server.security == "starttls":
        if b"STARTTLS" not in client.capabilities():
            _quiet_logout(client)
            where = f"{server.host}:{server.port or 143}"
            raise ImapSetupError(
                f"{where} does not offer STARTTLS; use imap.security = 'ssl' on the IMAPS port "
                "(usually 993), or for a lab server security = 'plain' with "
                "allow_plaintext = true"
            )
        client.starttls(tls_context(server))
    return client


_NEEDED = {"xoauth2": b"AUTH=XOAUTH2", "sasl_plain_authzid": b"AUTH=PLAIN"}


def _check_capabilities(client: IMAPClient, server: ImapServer, where: str) -> None:
    """The login needs something the server does not offer: say which, before trying."""
    caps = set(client.capabilities())
    if b"LOGINDISABLED" in caps and server.auth in ("password", "master"):
        raise ImapSetupError(
            f"{where} refuses LOGIN on this connection (LOGINDISABLED); use TLS "
            "(imap.security = 'ssl' or 'starttls')"
        )
    needed = _NEEDED.get(server.auth)
    offered = {c for c in caps if c.startswith(b"AUTH=")}
    if needed and offered and needed not in offered:
        names = ", ".join(sorted(c.decode()[5:] for c in offered))
        raise ImapSetupError(
            f"{where} does not offer {needed.decode()[5:]} (imap.auth = '{server.auth}'); it "
            f"offers {names}: enable it on the server or pick another imap.auth"
        )


def _login(client: IMAPClient, server: ImapServer, mailbox: str, login: str) -> None:
    shown = login
    try:
        if server.auth == "xoauth2":
            assert server.token is not None
            # the token is the app's; each mailbox logs in as itself
            client.oauth2_login(login, _token(server.token, login))
        elif server.auth == "password":
            assert server.password is not None
            shown = server.username or login
            client.login(shown, server.password.reveal())
        elif server.auth == "master":
            assert server.password is not None
            shown = f"{login}{server.master_separator}{server.username}"
            client.login(shown, server.password.reveal())
        else:  # SASL PLAIN with the mailbox as authorization identity
            assert server.password is not None
            shown = f"{server.username} for {login}"
            client.plain_login(server.username, server.password.reveal(), login)
    except IMAPClientError as exc:
        text = _server_says(str(exc))
        if any(mark in text for mark in _TRANSIENT):
            # a restarting server or a cut line during LOGIN: worth another try
            raise ImapUnavailable(f"login to {mailbox} interrupted") from None
        raise ImapLoginError(
            f"login to {mailbox} as {shown!r} ({server.auth}) refused: {text}; "
            f"{_login_fix(server, text)}"
        ) from None


def _login_fix(server: ImapServer, text: str) -> str:
    unknown = (
        "the mailbox may be unknown to the server under this login (set a login column in the "
        "directory, or imap.login_template such as '{local}')"
    )
    if server.auth == "xoauth2":
        return f"{unknown}, or the token lacks access to it (scope, app permissions)"
    if server.auth == "password":
        return "check the password and the login name"
    if "AUTHORIZATIONFAILED" in text:
        return f"{unknown}, or the admin user may not open it (grant it on the server)"
    return f"{unknown}, or the admin credentials are wrong"


def _server_says(text: str) -> str:
    """The server's reason, on one short line, without any secret it may echo back."""
    text = " ".join(scrub(text).split())
    for prefix in ("b'", 'b"'):
        if text.startswith(prefix):
            text = text[2:-1]
    return text[:120]


_TOKENS: dict[SecretRef, tuple[float, str]] = {}
_TOKEN_TTL = 300.0  # access tokens live about an hour; a command is not run per mailbox


PER_MAILBOX = "{mailbox}"
"""In a token command: the mailbox's login, for services that mint one token per mailbox
(Google Workspace domain-wide delegation); without it one token serves every mailbox
(Microsoft 365 application access)."""


def _token(ref: SecretRef, login: str) -> str:
    if ref.command and PER_MAILBOX in ref.command:
        ref = SecretRef(command=ref.command.replace(PER_MAILBOX, shlex.quote(login)))
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
    """Every folder but Junk, Trash and Drafts (SPECIAL-USE flags, then names)."""
    return [name for name, _ in folders_with_use(client, extra_skip)]


SENT_NAMES = {
    "sent", "sent items", "sent messages", "sent mail", "gesendet", "gesendete elemente",
    "gesendete objekte", "éléments envoyés", "enviados",
}  # fmt: skip


def folders_with_use(client: IMAPClient, extra_skip: list[str]) -> list[tuple[str, bool]]:
    """(folder, is it the Sent folder) for every folder worth reading.

    Sent comes first (its From addresses are the owner's aliases, needed before the INBOX is
    read), then INBOX: they matter most.
    """
    skip_names = SKIP_NAMES | {s.lower() for s in extra_skip}
    chosen: list[tuple[int, str, bool]] = []
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
        sent = b"\\sent" in lower_flags or leaf in SENT_NAMES
        rank = 0 if sent else 1 if name.upper() == "INBOX" else 2
        chosen.append((rank, name, sent))
    return [(name, sent) for _, name, sent in sorted(chosen)]


def folder_info(client: IMAPClient, folder: str) -> FolderInfo:
    status = client.folder_status(folder, [b"UIDVALIDITY", b"UIDNEXT", b"MESSAGES"])
    return FolderInfo(
        folder, int(status[b"UIDVALIDITY"]), int(status[b"UIDNEXT"]), int(status[b"MESSAGES"])
    )


def new_uids(client: IMAPClient, after: int) -> list[int]:
    """UIDs above ``after`` in the selected folder (``N:*`` always matches the last one)."""
    return sorted(u for u in client.search(["UID", f"{after + 1}:*"]) if u > after)


def header_item(limit: int | None) -> bytes:
    """The header FETCH item; with ``limit``, at most that many bytes (plus one, to tell a
    header cut at the limit from one that fits) come over the line."""
    return HEADER_ITEM if limit is None else HEADER_ITEM + f"<0.{limit + 1}>".encode()


def fetch_headers(
    client: IMAPClient, uids: list[int], limit: int | None = None
) -> Iterator[tuple[int, bytes, datetime | None]]:
    """(uid, header block, internal date) for a batch of UIDs, in one FETCH."""
    if not uids:
        return
    item = header_item(limit)
    try:
        rows = _fetch_headers_raw(client, uids, item)
    except _Unexpected:
        rows = None
    if rows is None:
        # imapclient's own parser: slower (it lexes the echoed field list of every message
        # byte by byte) but it takes any response a server may send
        response = client.fetch(uids, [b"INTERNALDATE", item])
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
_EMPTY_LITERAL = re.compile(rb'BODY\[[^\]]*\](?:<\d+>)? (?:""|NIL)')


def _fetch_headers_raw(
    client: IMAPClient, uids: list[int], item: bytes
) -> list[tuple[int, bytes, datetime | None]] | None:
    """The same UID FETCH through imaplib, read with two regexes per message."""
    return _fetch_raw(client, uids, b"(INTERNALDATE " + item + b")")


def _fetch_raw(
    client: IMAPClient, uids: list[int], items: bytes
) -> list[tuple[int, bytes, datetime | None]] | None:
    """(uid, the one literal, INTERNALDATE if asked) per message of a UID FETCH of one
    literal item, through imaplib; None when the client is not one this can read through."""
    imap = getattr(client, "_imap", None)
    if imap is None or not client.use_uid:
        return None
    message_set = ",".join(str(u) for u in uids)
    typ, data = imap.uid("FETCH", message_set, items)
    if typ != "OK":
        raise _Unexpected(typ)
    wanted = set(uids)
    rows: dict[int, tuple[int, bytes, datetime | None]] = {}
    for item in data:
        if isinstance(item, tuple):
            head, block = item[0], item[1]
        elif isinstance(item, bytes) and _EMPTY_LITERAL.search(item):
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


def fetch_texts(client: IMAPClient, uids: list[int], size: int) -> dict[int, bytes]:
    """uid -> the first ``size`` bytes of the message's text (after its header), in one FETCH
    read with the fast reader (imapclient's own parser when the response is not one it knows,
    or a message is missing from it)."""
    if not uids:
        return {}
    item = f"BODY.PEEK[TEXT]<0.{size}>".encode()
    try:
        rows = _fetch_raw(client, uids, b"(" + item + b")")
    except _Unexpected:
        rows = None
    if rows is not None and len(rows) == len(set(uids)):
        return {uid: block for uid, block, _ in rows}
    out = {}
    for uid, data in client.fetch(uids, [item]).items():
        out[uid] = next((v for k, v in data.items() if k.startswith(b"BODY[TEXT]")), b"") or b""
    return out


def _internaldate(value: bytes) -> datetime | None:
    """``17-Jul-1996 02:44:25 -0700`` (RFC 3501's date-time), read by hand: strptime costs
    more than the rest of a message's fetch."""
    try:
        date, clock, zone = value.decode("ascii").split()
        day, month, year = date.split("-")
        hour, minute, second = clock.split(":")
        number = MONTHS[month.lower()]
        offset = timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5]))
        if zone[0] not in "+-" or len(zone) != 5:
            return None
        tz = timezone(-offset if zone[0] == "-" else offset)
        return datetime(int(year), number, int(day), int(hour), int(minute), int(second), 0, tz)
    except (ValueError, KeyError, IndexError):
        return None
