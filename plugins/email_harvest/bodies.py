"""Message bodies: the first text part of a (possibly truncated) message, decoded."""

from __future__ import annotations

import base64
import binascii
import email
import html
import quopri
import re
from email.message import Message

from .headers import split_headers

_SIMPLE_CTE = ("", "7bit", "8bit", "binary", "base64", "quoted-printable")


def body_text(header_block: bytes, partial_body: bytes) -> str:
    """The first text part of a (possibly truncated) message, decoded as well as it goes."""
    plain = _plain_text(header_block, partial_body)
    return plain if plain is not None else parsed_body_text(header_block, partial_body)


def parsed_body_text(header_block: bytes, partial_body: bytes) -> str:
    """``body_text`` by the email parser, which reads any message."""
    msg = email.message_from_bytes(header_block.rstrip(b"\r\n") + b"\r\n\r\n" + partial_body)
    part = _first_text(msg)
    if part is None:
        return ""
    charset = part.get_content_charset() or "utf-8"
    if isinstance(part.get_param("charset"), tuple):
        # an RFC 2231 charset (charset*=utf-8''...) reaches the parser's own decode as a tuple,
        # which raises TypeError on 8-bit content: give it the plain form
        part.set_param("charset", charset)
    raw = part.get_payload(decode=False)
    if not isinstance(raw, str):
        return ""
    cte = (part.get("Content-Transfer-Encoding") or "").lower().strip()
    if cte in ("base64", "quoted-printable"):
        data = decode_transfer(raw.encode("ascii", "surrogateescape"), cte)
    else:  # 7bit, 8bit, binary: the bytes as they came, whatever their charset
        data = part.get_payload(decode=True) or b""
    try:
        text = data.decode(charset, "replace")
    except LookupError:
        text = data.decode("utf-8", "replace")
    if part.get_content_type() == "text/html":
        text = html.unescape(re.sub(r"<br\s*/?>|</p>|</div>", "\n", text, flags=re.I))
        text = re.sub(r"<[^>]*>", "", text)
    return text


def _plain_text(header_block: bytes, partial_body: bytes) -> str | None:
    """A single-part plain-text message (most mail) read without building a message object,
    as the parser would read it; None for anything else (the parser reads those)."""
    fields = split_headers(header_block)
    charset = _plain_charset(fields.get("content-type", "text/plain"))
    cte = fields.get("content-transfer-encoding", "").lower().strip()
    if charset is None or cte not in _SIMPLE_CTE:
        return None
    data = decode_transfer(partial_body, cte) if cte in ("base64", "quoted-printable") else None
    try:
        return (partial_body if data is None else data).decode(charset, "replace")
    except LookupError:
        return (partial_body if data is None else data).decode("utf-8", "replace")


def _plain_charset(content_type: str) -> str | None:
    """The charset of a plain ``text/plain`` Content-Type (utf-8 when it names none); None for
    another type or parameters only the parser reads right (RFC 2231, quoting, comments)."""
    kind, *params = content_type.split(";")
    if kind.strip().lower() != "text/plain" or any(c in content_type for c in "*()\\"):
        return None
    charset = None
    for param in params:
        name, eq, value = param.partition("=")
        value = value.strip()
        if name.strip().lower() != "charset":
            if '"' in value:
                return None  # a quoted value may hold the ";" this split on
            continue
        if charset is not None or not eq:
            return None
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        if not value or '"' in value or not value.isascii():
            return None
        charset = value.lower()
    return charset or "utf-8"


def _first_text(msg: Message) -> Message | None:
    html_part = None
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype == "text/plain":
            return part
        if ctype == "text/html" and html_part is None:
            html_part = part
    return html_part


def decode_transfer(data: bytes, cte: str) -> bytes:
    """Undo a Content-Transfer-Encoding, tolerating a body cut short by a partial fetch."""
    if cte == "base64":
        compact = re.sub(rb"[^A-Za-z0-9+/=]", b"", data)
        compact = compact[: len(compact) // 4 * 4]  # the fetch may cut a quantum in half
        try:
            return base64.b64decode(compact)
        except (binascii.Error, ValueError):
            return b""
    if cte == "quoted-printable":
        return quopri.decodestring(data)
    return data
