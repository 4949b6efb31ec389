"""Reading the few header fields the harvest needs, fast, from raw header bytes.

``email.parser`` with the modern policy is an order of magnitude slower than the network on a
loopback server, so this unfolds and splits the header block itself and only decodes what is used
(addresses, display names, dates), raising ``HeaderError`` with a one-line reason on bad input.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email.header import decode_header
from email.utils import getaddresses, parsedate_to_datetime
from functools import lru_cache

from contactkit import normalize

# Everything the harvest and its filters look at; fetched with BODY.PEEK[HEADER.FIELDS (...)].
FETCH_FIELDS = (
    "From", "Sender", "To", "Cc", "Bcc", "Date", "Message-ID", "In-Reply-To", "References",
    "Subject", "Content-Type", "Content-Transfer-Encoding", "Auto-Submitted", "Precedence",
    "List-Id", "List-Unsubscribe", "List-Post", "Return-Path", "X-Autoreply", "X-Autorespond",
    "X-Mailer", "Feedback-ID", "X-Campaign", "X-CampaignID", "X-MC-User", "X-SG-EID",
    "X-Mailgun-Sid", "X-Marketoid", "X-CSA-Complaints", "X-PM-Message-Id", "X-HS-Email-ID",
    "X-Failed-Recipients",
)  # fmt: skip

_MSGID = re.compile(r"<([^<>\s]+)>")


class HeaderError(ValueError):
    """A header the harvest cannot read; the message is skipped and the reason reported."""


@dataclass
class MessageMeta:
    """What the harvest knows of one message: addresses, ids and the automation headers."""

    raw: dict[str, str]
    message_id: str
    at: datetime
    sender: tuple[str, str]  # (email, display name)
    to: list[tuple[str, str]] = field(default_factory=list)
    cc: list[tuple[str, str]] = field(default_factory=list)
    bcc: list[tuple[str, str]] = field(default_factory=list)
    """Only in the sender's own copy (Sent), where a mass mailing hides its audience."""
    thread_id: str = ""
    is_reply: bool = False
    subject: str = ""
    """Decoded once, when parsed: the worker that fetched the message and the harvest both read
    it. (Not a ``cached_property``: its lock is one per class, and the IMAP workers and the
    harvest queued on it.)"""

    at_iso: str = field(init=False)
    """``at`` as the harvest's state and signature references keep it, formatted once."""

    def __post_init__(self) -> None:
        self.at_iso = self.at.isoformat()

    def get(self, name: str) -> str:
        return self.raw.get(name.lower(), "")


def decode_subject(value: str) -> str:
    try:
        return decode_words(value, "Subject")
    except HeaderError:
        return value


_FIELD = re.compile(r"^([^\s:]+)[ \t]*:(.*(?:\r?\n[ \t].*)*)", re.MULTILINE)
_BLANK = re.compile(r"\r?\n\r?\n")


def split_headers(block: bytes | str) -> dict[str, str]:
    """Unfold a header block into lower-case name -> value (first occurrence wins)."""
    text = block.decode("utf-8", "surrogateescape") if isinstance(block, bytes) else block
    end = _BLANK.search(text)
    if end is not None:
        text = text[: end.start()]
    out: dict[str, str] = {}
    for match in _FIELD.finditer(text):
        name = match.group(1).lower()
        if name not in out:
            value = match.group(2)
            if "\n" in value:
                value = " ".join(part.strip() for part in value.splitlines())
            out[name] = value.strip()
    return out


def decode_words(value: str, what: str) -> str:
    """Decode RFC 2047 encoded-words; unknown charsets and broken encodings raise HeaderError."""
    if "=?" not in value:
        if any("\udc80" <= c <= "\udcff" for c in value):
            # raw 8-bit that is not UTF-8: tolerated as latin-1, as mail clients do
            return value.encode("utf-8", "surrogateescape").decode("latin-1")
        return value
    try:
        chunks = decode_header(value)
        return "".join(
            chunk.decode(charset or "ascii") if isinstance(chunk, bytes) else chunk
            for chunk, charset in chunks
        )
    except (LookupError, UnicodeDecodeError, ValueError) as exc:
        raise HeaderError(f"undecodable encoded-word in {what}: {type(exc).__name__}") from None


@lru_cache(maxsize=200_000)
def clean_address(value: str) -> str | None:
    """The normalized address, or None when it is not a valid one."""
    try:
        return normalize.normalize_email(value)
    except (normalize.NormalizationError, UnicodeError):
        return None


def parse_addresses(value: str, what: str) -> list[tuple[str, str]]:
    """(email, display name) pairs; invalid addresses are left out."""
    if not value:
        return []
    return list(_parse_addresses(value, what))


@lru_cache(maxsize=100_000)
def _parse_addresses(value: str, what: str) -> tuple[tuple[str, str], ...]:
    # Cached: the same From and To lines come back again and again in a mailbox.
    out = []
    for name, addr in _split_addresses(value):
        email = clean_address(addr) if addr and "@" in addr else None
        if email:
            display = decode_words(name, what).strip().strip("'\"") if name else ""
            out.append((email, display))
    return tuple(out)


_SIMPLE = re.compile(r"^\s*(?:([^<>@,]*?)\s*<([^<>\s,]+@[^<>\s,]+)>|([^<>\s,]+@[^<>\s,]+))\s*$")


def _split_addresses(value: str) -> list[tuple[str, str]]:
    """The common forms by a regex; quoting, comments and groups by the stdlib parser."""
    if not any(ch in value for ch in '"()\\;:'):
        pairs = []
        for part in value.split(","):
            if not part.strip():
                continue
            match = _SIMPLE.match(part)
            if match is None:
                break
            name, angle, bare = match.groups()
            pairs.append((name or "", angle or bare))
        else:
            return pairs
    return getaddresses([value])


def _ids(value: str) -> list[str]:
    return _MSGID.findall(value)


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogateescape")).hexdigest()[:16]


class OversizedError(HeaderError):
    """A pathological message (a header of megabytes, thousands of recipients): dropped, counted."""


def parse_meta(
    block: bytes | str,
    internal_date: datetime | None = None,
    *,
    max_bytes: int | None = None,
    max_recipients: int | None = None,
) -> MessageMeta:
    """Read a message's header block; raise HeaderError naming what is wrong.

    Past ``max_bytes`` of header or ``max_recipients`` addresses the message is refused with
    ``OversizedError`` before anything is parsed: a 22 MB To: line must cost next to nothing.
    """
    if max_bytes is not None and len(block) > max_bytes:
        raise OversizedError(f"pathological: header over {max_bytes // 1024} KB")
    raw = split_headers(block)
    if max_recipients is not None:
        count = sum(raw.get(f, "").count("@") for f in ("to", "cc", "bcc"))
        if count > max_recipients:
            raise OversizedError(f"pathological: over {max_recipients} recipients")
    from_value = raw.get("from", "")
    if not from_value:
        raise HeaderError("no From header")
    senders = parse_addresses(from_value, "From")
    if not senders:
        raise HeaderError("malformed From header")
    to = parse_addresses(raw.get("to", ""), "To")
    cc = parse_addresses(raw.get("cc", ""), "Cc")
    bcc = parse_addresses(raw.get("bcc", ""), "Bcc")
    at = _date(raw.get("date", ""), internal_date)
    ids = _ids(raw.get("message-id", ""))
    if ids:
        message_id = ids[0]
    else:
        # No Message-ID: a key that is the same in every mailbox holding this message.
        message_id = "ck-" + short_hash(
            f"{senders[0][0]}|{raw.get('date', '')}|{raw.get('to', '')}"
        )
    refs = _ids(raw.get("references", ""))
    reply_to = _ids(raw.get("in-reply-to", ""))
    root = refs[0] if refs else (reply_to[0] if reply_to else message_id)
    return MessageMeta(
        raw=raw,
        message_id=message_id,
        at=at,
        sender=senders[0],
        to=to,
        cc=cc,
        bcc=bcc,
        thread_id=short_hash(root),
        is_reply=bool(refs or reply_to),
        subject=decode_subject(raw.get("subject", "")),
    )


MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
)}  # fmt: skip
_RFC5322_DATE = re.compile(
    r"(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})"
    r"\s+([+-])(\d{2})(\d{2})"
)
_ZONES: dict[str, timezone] = {}


def _common_date(value: str) -> datetime | None:
    """The form nearly every mail client writes (``Tue, 2 Jan 2024 10:00:00 +0100``), read
    without the stdlib's general parser (which a harvest would call for every message); None for
    anything else, ``-0000`` (no zone known) included."""
    match = _RFC5322_DATE.fullmatch(value)
    if match is None:
        return None
    day, month, year, hour, minute, second, sign, zh, zm = match.groups()
    number = MONTHS.get(month.lower())
    if number is None or (sign == "-" and zh == zm == "00"):
        return None
    zone = _ZONES.get(sign + zh + zm)
    if zone is None:
        offset = timedelta(hours=int(zh), minutes=int(zm))
        zone = _ZONES.setdefault(sign + zh + zm, timezone(-offset if sign == "-" else offset))
    try:
        return datetime(int(year), number, int(day), int(hour), int(minute), int(second), 0, zone)
    except ValueError:
        return None  # a 31st of June: the general parser says what it makes of it


def _date(value: str, fallback: datetime | None) -> datetime:
    if value:
        fast = _common_date(value.strip())
        if fast is not None:
            return fast
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            parsed = None
        if parsed is not None:
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if fallback is not None:
        return fallback if fallback.tzinfo else fallback.replace(tzinfo=UTC)
    raise HeaderError("malformed or missing Date header")
