"""Message bodies: the first text part of a (possibly truncated) message, decoded."""

from __future__ import annotations

import base64
import binascii
import email
import html
import quopri
import re
from email.message import Message


def body_text(header_block: bytes, partial_body: bytes) -> str:
    """The first text part of a (possibly truncated) message, decoded as well as it goes."""
    msg = email.message_from_bytes(header_block.rstrip(b"\r\n") + b"\r\n\r\n" + partial_body)
    part = _first_text(msg)
    if part is None:
        return ""
    raw = part.get_payload(decode=False)
    if not isinstance(raw, str):
        return ""
    cte = (part.get("Content-Transfer-Encoding") or "").lower().strip()
    if cte in ("base64", "quoted-printable"):
        data = decode_transfer(raw.encode("ascii", "surrogateescape"), cte)
    else:  # 7bit, 8bit, binary: the bytes as they came, whatever their charset
        data = part.get_payload(decode=True) or b""
    charset = part.get_content_charset() or "utf-8"
    try:
        text = data.decode(charset, "replace")
    except LookupError:
        text = data.decode("utf-8", "replace")
    if part.get_content_type() == "text/html":
        text = html.unescape(re.sub(r"<br\s*/?>|</p>|</div>", "\n", text, flags=re.I))
        text = re.sub(r"<[^>]*>", "", text)
    return text


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
