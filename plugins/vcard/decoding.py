"""From the bytes of a file to the text of each card, whatever wrote it.

Real address books come in every age and encoding: UTF-8 with or without a BOM, UTF-16 from
some Windows tools, Windows-1252 or Latin-1 from Outlook and old phones, CRLF or LF, and vCard
2.1 quoted-printable values with soft line breaks. This module splits a file into cards at the
byte level (so one broken card never hides its neighbours), decodes each card on its own (so a
file concatenated from several exports is read right); the codec's ``legacy_encodings`` then
rewrites the 2.1 oddities that vobject reads badly into plain vCard text, so the parser
downstream sees one dialect.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import charset_normalizer

from contactkit.vcard_codec.legacy_encodings import decode_8bit, python_codec

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


def physical_lines(data: bytes) -> list[bytes]:
    """Lines with their ends, as a text editor numbers them: a lone CR inside a file whose
    lines end in LF is debris in a value, not a line of its own (only a file with no LF at
    all, from classic Mac OS, ends its lines in CR)."""
    if b"\n" not in data:
        return data.splitlines(keepends=True)
    lines = [line + b"\n" for line in data.split(b"\n")]
    lines[-1] = lines[-1][:-1]
    return lines if lines[-1] else lines[:-1]


def split_cards(data: bytes) -> Iterator[RawCard]:
    """Yield each top-level card; an AGENT card nested inside another stays inside it."""
    lines = physical_lines(data)
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
    if not _QP_BYTES.search(data):
        # A writer that folds at 75 octets may cut a UTF-8 character in two: join the folds
        # first, then the card is valid UTF-8 again.
        try:
            return unfold_bytes(data).decode("utf-8"), "utf-8"
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
                text = line.decode(python_codec(match.group(1).decode("ascii")))
                used = match.group(1).decode("ascii").lower()
            except (LookupError, UnicodeDecodeError):
                text = None
        if text is None:
            text = decode_8bit(line)
        out.append(text)
    return "".join(out), used


_QP_BYTES = re.compile(rb"QUOTED-PRINTABLE", re.IGNORECASE)


def unfold_bytes(data: bytes) -> bytes:
    """Join folded lines at the byte level, keeping every line number where it was.

    Each continuation is appended to its logical line and replaced by an empty continuation
    line (a lone space), which unfolds to nothing, so errors still name the right line.
    """
    out: list[bytes] = []
    pending = 0
    for line in data.split(b"\n"):
        if line[:1] in (b" ", b"\t") and out:
            out[-1] = out[-1].removesuffix(b"\r") + line[1:]
            pending += 1
            continue
        out.extend([b" \r"] * pending)
        pending = 0
        out.append(line)
    out.extend([b" \r"] * pending)
    return b"\n".join(out)


_BINARY_PROPERTY = re.compile(rb"^(?:[A-Za-z0-9-]+\.)?(?:PHOTO|LOGO|SOUND|KEY)[;:]", re.IGNORECASE)


def strip_binary_properties(data: bytes) -> tuple[bytes, list[str]]:
    """The card without its inline PHOTO, LOGO, SOUND and KEY values, and what was dropped.

    Each dropped property is replaced by as many blank lines as it took, so line numbers hold.
    A continuation is a folded line, or (old phones) an unindented base64 line.
    """
    lines = data.split(b"\n")
    out: list[bytes] = []
    dropped: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not _BINARY_PROPERTY.match(line):
            out.append(line)
            i += 1
            continue
        start = i
        i += 1
        while i < len(lines) and (
            lines[i][:1] in (b" ", b"\t") or _BASE64_BYTES.match(lines[i].strip() or b"-")
        ):
            i += 1
        size = sum(len(x) for x in lines[start:i])
        name = line.split(b":", 1)[0].split(b";", 1)[0].decode("ascii", "replace").upper()
        dropped.append(f"{name.rsplit('.', 1)[-1]} of {size // 1024} KiB dropped")
        out.extend([b""] * (i - start))
    return b"\n".join(out), dropped


_BASE64_BYTES = re.compile(rb"^[A-Za-z0-9+/=]+$")


def decode_text(data: bytes) -> tuple[str, str]:
    """Text of a CSV export (or any legacy text file) and the charset it was read in.

    UTF-8 when valid. Otherwise charset-normalizer names the charset; it tells scripts apart
    well (Shift-JIS, GB18030, Windows-1251...) but not the Latin ANSI code pages on a short
    file, so among those the one whose non-ASCII letters sit inside words wins, Windows-1252
    (Outlook's default) on a tie.
    """
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        text = str(best)
        if not _mostly_latin(text):
            return text, codecs.lookup(best.encoding).name
    scored = []
    for rank, codec in enumerate(("cp1252", "cp1250", "cp1257")):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        scored.append((_misfits(text), rank, text, codec))
    if not scored:
        return data.decode("latin-1"), "iso8859-1"
    _, _, text, codec = min(scored)
    return text, {"cp1252": "windows-1252", "cp1250": "windows-1250"}.get(codec, codec)


def _mostly_latin(text: str) -> bool:
    letters = [c for c in text if ord(c) > 127 and c.isalpha()]
    latin = sum(1 for c in letters if unicodedata.name(c, "").startswith("LATIN"))
    return not letters or latin * 2 >= len(letters)


def _misfits(text: str) -> int:
    """Non-ASCII characters that break a word: a symbol between letters, or a control."""
    count = 0
    for i, c in enumerate(text):
        if ord(c) < 128:
            continue
        if unicodedata.category(c).startswith("C"):
            count += 2
        elif not c.isalpha() and 0 < i < len(text) - 1:
            count += text[i - 1].isalpha() or text[i + 1].isalpha()
    return count
