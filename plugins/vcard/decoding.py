"""From the bytes of a file to the text of each card, whatever wrote it.

Real address books come in every age and encoding: UTF-8 with or without a BOM, UTF-16 from
some Windows tools, Windows-1252 or Latin-1 from Outlook and old phones, CRLF or LF, and vCard
2.1 quoted-printable values with soft line breaks. This module splits a file into cards at the
byte level (so one broken card never hides its neighbours), decodes each card on its own (so a
file concatenated from several exports is read right), and rewrites the 2.1 oddities that
vobject reads badly into plain vCard text, so the parser downstream sees one dialect.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class RawCard:
    """One ``BEGIN:VCARD`` .. ``END:VCARD`` block as bytes, with where it sits in its file."""

    data: bytes
    line: int
    """1-based line of its BEGIN:VCARD."""
    error: str | None = None
    """Set when the block is malformed (e.g. no END:VCARD); the card is reported, not parsed."""


def strip_bom(data: bytes) -> tuple[bytes, str | None]:
    """Remove a byte-order mark; UTF-16 files are re-encoded as UTF-8 so the rest is byte-based.

    Returns the data and the encoding the BOM named (None without a BOM).
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            if encoding != "utf-8":
                body = body.decode(encoding, "replace").encode("utf-8")
            return body, encoding
    # UTF-16 without a BOM: every other byte of ASCII text is NUL.
    head = data[:200]
    if head and head.count(0) * 3 > len(head):
        encoding = "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"
        return data.decode(encoding, "replace").encode("utf-8"), encoding
    return data, None


def looks_like_vcard(data: bytes) -> bool:
    """True when the first non-blank line of (BOM-stripped) data opens a vCard."""
    head = data[:4096].lstrip().upper()
    return head.startswith(b"BEGIN:VCARD") or head.startswith(b"BEGIN: VCARD")


def _is_marker(line: bytes, word: bytes) -> bool:
    """``BEGIN:VCARD`` / ``END:VCARD`` in any case, with stray spaces, optionally grouped."""
    text = line.strip().removeprefix(codecs.BOM_UTF8).upper().replace(b" ", b"")
    if b"." in text.split(b":", 1)[0]:
        text = text.split(b".", 1)[1]
    return text == word + b":VCARD"


def split_cards(data: bytes) -> Iterator[RawCard]:
    """Yield each top-level card; an AGENT card nested inside another stays inside it."""
    lines = data.splitlines(keepends=True)
    start: int | None = None
    depth = 0
    previous = b""
    for number, line in enumerate(lines, 1):
        first = line[:1]
        # Cheap first-byte test before the marker test: most lines are neither.
        maybe_grouped = first.isalnum() and b"." in line[:20]
        # \xef: the BOM of a file that was concatenated onto another (cat *.vcf > all.vcf)
        if (first in b"Bb\xef" or maybe_grouped) and _is_marker(line, b"BEGIN"):
            if depth == 0:
                start, depth = number, 1
            elif previous.rstrip().upper().endswith(b"AGENT:"):
                depth += 1  # a vCard 2.1 AGENT embeds a whole card
            else:
                # The open card never ended: report it and start over at this BEGIN.
                yield RawCard(b"".join(lines[start - 1 : number - 1]), start, "no END:VCARD")
                start, depth = number, 1
        elif depth and (first in b"Ee" or maybe_grouped) and _is_marker(line, b"END"):
            depth -= 1
            if depth == 0 and start is not None:
                yield RawCard(b"".join(lines[start - 1 : number]), start)
                start = None
        previous = line
    if depth and start is not None:
        yield RawCard(b"".join(lines[start - 1 :]), start, "file ends before END:VCARD")


_CHARSET_RE = re.compile(rb";\s*CHARSET\s*=\s*\"?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def decode_card(data: bytes) -> tuple[str, str]:
    """The card's text and the encoding it was read in.

    UTF-8 when it decodes (the vCard 3.0/4.0 default, and Apple, Google and Android write it);
    otherwise line by line: a line's own ``CHARSET=`` when Python knows it, else Windows-1252,
    which is what Outlook and old phones write and a superset of Latin-1's printable range.
    Never mojibake: UTF-8 bytes are never read as 1252, nor 1252 bytes as UTF-8.
    """
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    out = []
    used = "windows-1252"
    for line in data.splitlines(keepends=True):
        try:
            out.append(line.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        match = _CHARSET_RE.search(line.split(b":", 1)[0])
        text = None
        if match:
            try:
                text = line.decode(_python_codec(match.group(1).decode("ascii")))
                used = match.group(1).decode("ascii").lower()
            except (LookupError, UnicodeDecodeError):
                text = None
        if text is None:
            text = decode_8bit(line)
        out.append(text)
    return "".join(out), used


def decode_8bit(data: bytes) -> str:
    """Windows-1252, falling back to Latin-1 for the five bytes 1252 leaves undefined."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _python_codec(charset: str) -> str:
    name = charset.strip().strip('"').lower()
    aliases = {"ansi": "cp1252", "x-mac-roman": "mac-roman", "macintosh": "mac-roman"}
    name = aliases.get(name, name)
    codecs.lookup(name)  # raises LookupError for a name Python does not know
    return name


_QP_RE = re.compile(r"QUOTED-PRINTABLE", re.IGNORECASE)
_B64_RE = re.compile(r"ENCODING\s*=\s*(?:B|BASE64)\b|;\s*BASE64\s*[;:]", re.IGNORECASE)
_BASE64_LINE = re.compile(r"^[A-Za-z0-9+/=]+$")
_QP_RUN = re.compile(r"(?:=[0-9A-Fa-f]{2})+")


def clean_card_text(text: str) -> str:
    """Rewrite vCard 2.1 encodings into plain vCard text that any parser reads the same way.

    * quoted-printable values (``ENCODING=QUOTED-PRINTABLE``, or the bare 2.1 parameter) with
      their soft line breaks are decoded with their ``CHARSET`` and written back as escaped text;
    * base64 blocks written without the folding indent (old phones) are joined back.
    """
    if not (_QP_RE.search(text) or _B64_RE.search(text)):
        return text
    lines = text.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        head, sep, value = line.partition(":")
        if sep and _QP_RE.search(head):
            # Soft line breaks: a QP value ending in '=' continues on the next physical line.
            while value.endswith("=") and i + 1 < len(lines):
                i += 1
                value = value[:-1] + lines[i]
            out.append(_decode_qp_line(head, value))
        elif sep and _B64_RE.search(head):
            while i + 1 < len(lines) and _BASE64_LINE.match(lines[i + 1].strip() or "-"):
                nxt = lines[i + 1]
                if nxt[:1] in (" ", "\t"):
                    break  # properly folded: the parser unfolds it
                value += nxt.strip()
                i += 1
            out.append(f"{head}:{value}")
        else:
            out.append(line)
        i += 1
    return "\r\n".join(out) + "\r\n"


def _decode_qp_line(head: str, value: str) -> str:
    params = head.split(";")
    charset = None
    kept = [params[0]]
    for param in params[1:]:
        name, _, arg = param.partition("=")
        upper_name, upper_arg = name.strip().upper(), arg.strip().upper()
        if upper_name == "CHARSET":
            charset = arg.strip().strip('"')
            continue
        if upper_name == "QUOTED-PRINTABLE" or (
            upper_name == "ENCODING" and upper_arg == "QUOTED-PRINTABLE"
        ):
            continue
        kept.append(param)
    # Only the =XX runs are bytes; anything else is already text (some writers put raw 8-bit
    # characters in QP values), so decode run by run instead of the whole value.
    decoded = _QP_RUN.sub(
        lambda m: _decode_with(bytes.fromhex(m.group().replace("=", "")), charset), value
    )
    # Decoded line breaks become vCard's escaped newline; everything else stays as written.
    decoded = decoded.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return f"{';'.join(kept)}:{decoded}"


def _decode_with(raw: bytes, charset: str | None) -> str:
    if charset:
        try:
            return raw.decode(_python_codec(charset))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return decode_8bit(raw)
