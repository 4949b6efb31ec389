"""vCard 2.1's encoded values rewritten as plain vCard text, and the charsets they name.

Old phones and Outlook write 2.1 values in quoted-printable with a ``CHARSET`` parameter and soft
line breaks, and base64 blocks without the folding indent; ``clean_card_text`` turns them into
text any parser reads the same way. It lives with the codec because every reader of vCard text
needs it (the vcard plugin's files, CardDAV's server cards); turning a file's bytes into each
card's text stays in the vcard plugin (``contactkit_plugins.vcard.decoding``).
"""

from __future__ import annotations

import codecs
import re

_QP_RE = re.compile(r"QUOTED-PRINTABLE", re.IGNORECASE)
_B64_RE = re.compile(r"ENCODING\s*=\s*(?:B|BASE64)\b|;\s*BASE64\s*[;:]", re.IGNORECASE)
_BASE64_LINE = re.compile(r"^[A-Za-z0-9+/=]+$")
_QP_RUN = re.compile(r"(?:=[0-9A-Fa-f]{2})+")
_QP_CUT = re.compile(r"=[0-9A-Fa-f]?$")
_PROPERTY_START = re.compile(
    r"^(?:[A-Za-z0-9-]+\.)?(?:BEGIN|END|VERSION|N|FN|TEL|EMAIL|ADR|ORG|TITLE|ROLE|NOTE|URL|UID"
    r"|REV|LABEL|PHOTO|LOGO|BDAY|NICKNAME|CATEGORIES|GEO|TZ|KEY|SOUND|AGENT|MAILER|X-[A-Z0-9-]+)"
    r"[;:]",
    re.IGNORECASE,
)


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
                if _PROPERTY_START.match(lines[i + 1]):
                    # A stray '=' at the end of the value, not a soft break: the next line is
                    # a property of its own and must not be swallowed.
                    break
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
    # A value cut mid-escape ("...=C" or a lone "=" at its end) would leave debris behind.
    value = _QP_CUT.sub("", value)
    decoded = _QP_RUN.sub(
        lambda m: _decode_with(bytes.fromhex(m.group().replace("=", "")), charset), value
    )
    # Decoded line breaks become vCard's escaped newline; everything else stays as written.
    decoded = decoded.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return f"{';'.join(kept)}:{decoded}"


def _decode_with(raw: bytes, charset: str | None) -> str:
    if charset:
        try:
            return raw.decode(python_codec(charset))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(raw) - 3:
            # A UTF-8 character cut at the end of the value: keep what is whole.
            return raw[: exc.start].decode("utf-8", "replace")
        return decode_8bit(raw)


def decode_8bit(data: bytes) -> str:
    """Windows-1252, falling back to Latin-1 for the five bytes 1252 leaves undefined."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def python_codec(charset: str) -> str:
    """The Python codec for a vCard ``CHARSET`` name; raises ``LookupError`` for an unknown one."""
    name = charset.strip().strip('"').lower()
    aliases = {"ansi": "cp1252", "x-mac-roman": "mac-roman", "macintosh": "mac-roman"}
    name = aliases.get(name, name)
    codecs.lookup(name)  # raises LookupError for a name Python does not know
    return name
