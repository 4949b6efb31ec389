"""Signatures: phone, title and company from the last lines of a contact's own message.

Only the first few KB of a body are ever fetched; quoted text is cut away before looking, so a
signature quoted from someone else is never taken for the writer's. Nothing of the body is kept
but the values found.
"""

from __future__ import annotations

import base64
import binascii
import email
import html
import quopri
import re
from dataclasses import dataclass, field
from email.message import Message

import phonenumbers

_QUOTE_START = re.compile(
    r"^(On .{0,200}wrote:?\s*$|Am .{0,200}schrieb.*$|-{2,}\s*Original Message\s*-{2,}"
    r"|-{2,}\s*Forwarded message|_{8,}\s*$|From:\s.+|Von:\s.+|De\s?:\s.+)",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"^(best|best regards|kind regards|regards|warm regards|many thanks|thanks|thank you|cheers"
    r"|sincerely|yours sincerely|all the best|br|mit freundlichen grüßen|viele grüße|cordialement"
    r"|saludos|met vriendelijke groet)[,.!]?\s*$",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^\s*(?:([A-Za-z.]+)\s*[:.]\s*)?(.*)$")
_CELL = ("m", "mob", "mobile", "cell", "c", "handy")
_FAX = ("f", "fax")
_TITLE_WORDS = re.compile(
    r"\b(manager|director|engineer|head|vp|vice president|officer|ceo|cto|cfo|coo|cio|president"
    r"|founder|partner|lead|consultant|specialist|analyst|coordinator|buyer|purchasing|procurement"
    r"|architect|developer|administrator|executive|associate|representative|advisor|counsel"
    r"|account|owner|principal|chief|supervisor|assistant|controller|geschäftsführer|leiter)\b",
    re.IGNORECASE,
)
_LEGAL = re.compile(
    r"\b(inc|incorporated|ltd|limited|llc|llp|gmbh|ag|sa|s\.a|bv|b\.v|plc|corp|corporation|co"
    r"|company|group|kg|oy|ab|as|srl|spa|pty|nv)\b\.?",
    re.IGNORECASE,
)
_URLISH = re.compile(r"(https?://|www\.|@|\.(com|net|org|io|example)\b)", re.IGNORECASE)


@dataclass
class SignatureFacts:
    phones: list[tuple[str, str, str | None]] = field(default_factory=list)
    """(text as written, kind, region hint)"""
    title: str | None = None
    company: str | None = None
    at: str = ""
    """When the message was written (ISO), to prefer the newest value on a tie."""


def body_text(header_block: bytes, partial_body: bytes) -> str:
    """The first text part of a (possibly truncated) message, decoded as well as it goes."""
    msg = email.message_from_bytes(header_block.rstrip(b"\r\n") + b"\r\n\r\n" + partial_body)
    part = _first_text(msg)
    if part is None:
        return ""
    raw = part.get_payload(decode=False)
    if not isinstance(raw, str):
        return ""
    data = _decode_transfer(raw, (part.get("Content-Transfer-Encoding") or "").lower().strip())
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


def _decode_transfer(raw: str, cte: str) -> bytes:
    data = raw.encode("ascii", "surrogateescape") if raw.isascii() else raw.encode("utf-8")
    return decode_transfer(data, cte)


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


def own_text(text: str) -> list[str]:
    """The writer's own lines: everything before the first quote marker."""
    lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        stripped = line.strip()
        if stripped.startswith(">") or _QUOTE_START.match(stripped):
            break
        lines.append(line.rstrip())
    return lines


def signature_lines(text: str, max_lines: int = 10) -> list[str]:
    """The signature block: after '-- ', else after a sign-off, else nothing."""
    lines = own_text(text)
    for i, line in enumerate(lines):
        if line in ("-- ", "--"):
            block = lines[i + 1 :]
            break
    else:
        for i in range(len(lines) - 1, -1, -1):
            if _SIGN_OFF.match(lines[i].strip()):
                block = lines[i + 1 :]
                break
        else:
            return []
    return [ln.strip() for ln in block if ln.strip()][:max_lines]


def parse_signature(lines: list[str], region: str | None, name_hint: str | None) -> SignatureFacts:
    """Phones (with kind), a title and a company from signature lines.

    ``region`` only helps find numbers written in national form; the phones carry no region
    hint, so the host applies the configured default region.
    """
    facts = SignatureFacts()
    for i, line in enumerate(lines):
        label_match = _LABEL.match(line)
        label = (label_match.group(1) or "").lower().rstrip(".") if label_match else ""
        found = False
        for match in phonenumbers.PhoneNumberMatcher(line, region or "US"):
            kind = "cell" if label in _CELL else "fax" if label in _FAX else "work"
            facts.phones.append((match.raw_string, kind, None))
            found = True
        if found or (i == 0 and name_hint and _same_name(line, name_hint)):
            continue
        if _URLISH.search(line) or any(ch.isdigit() for ch in line):
            continue
        for piece in re.split(r"\s*[|,·•–]\s*|\s+-\s+|\s+at\s+", line):
            piece = piece.strip()
            if not piece or len(piece) > 60:
                continue
            if facts.company is None and _LEGAL.search(piece) and not _TITLE_WORDS.search(piece):
                facts.company = piece
            elif facts.title is None and _TITLE_WORDS.search(piece):
                facts.title = piece
    if facts.title is None and facts.company:
        # "Max Müller / Einkaufsleiter / Fabrikam GmbH": the line between name and company
        at = next((i for i, ln in enumerate(lines) if facts.company in ln), 0)
        if at >= 2 and (not name_hint or _same_name(lines[at - 2], name_hint)):
            above = lines[at - 1]
            if (
                len(above) <= 60
                and not _URLISH.search(above)
                and not any(c.isdigit() for c in above)
            ):
                facts.title = above
    if facts.company is None:
        # "Jane Doe / Buyer / Contoso" without a legal suffix: the line after the title
        for i, line in enumerate(lines):
            if facts.title and facts.title in line and i + 1 < len(lines):
                nxt = lines[i + 1]
                if not _URLISH.search(nxt) and not any(c.isdigit() for c in nxt) and len(nxt) <= 60:
                    facts.company = nxt
                break
    return facts


def _same_name(line: str, name: str) -> bool:
    fold = lambda s: re.sub(r"\W+", " ", s).strip().lower()  # noqa: E731
    return fold(line) == fold(name) or fold(name) in fold(line)
