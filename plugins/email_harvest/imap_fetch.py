"""IMAP reading once logged in: the folders worth reading, new UIDs, headers in UID batches.

Never one round trip per message and never whole messages: headers come from
``BODY.PEEK[HEADER.FIELDS (...)]`` over a UID range of about a thousand messages at a time, and
bodies only as a partial fetch of the first few KB, for signatures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from imapclient import IMAPClient

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


@dataclass(frozen=True)
class FolderInfo:
    name: str
    uidvalidity: int
    uidnext: int
    messages: int


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
