"""A card with no email read, but a line that shows one was printed: that line read again.

On blurred photos Tesseract reads an email line with an ``@`` yet no valid address
(``barbara_robinson@ac kson-thompson.co uk``), or with its label and the ``@`` misread
(``e-mail; katarrynagessokol pl``); RapidOCR's recogniser reads such a line whole more often.
Only on a card whose lines hold no address, only its lines that bear an ``@`` or an email label,
so a card with an email read costs nothing. A reading is taken when two of its crops give the
same address: one crop alone was as often a wrong letter as a right one.
"""

from __future__ import annotations

import difflib
import re

from PIL import Image

from .clues import EMAIL_RE
from .email_at import AT_SOURCE, at_restored, site_domains
from .email_mend import LONE_SOURCE
from .email_patterns import SPACED_SUFFIX_RE
from .email_row_ink import sign_alone, widened
from .endings import known_suffix
from .row_band import row_band
from .row_pieces import side_gap
from .row_reading import EMAIL_LABEL_ALONE_RE, EMAIL_SIGN_RE, row_box
from .second_reading import agreed_reading, as_line, read_boxes, respace
from .text_lines import Line, in_reading_order

# Rows read again per card at most: a card prints one or two addresses.
MOST_ROWS = 3
# A reading with a local part and a domain's start about an @ ("giulia sala@sinoit").
LONE_RE = re.compile(r"[a-z0-9]\s?@\s?[a-z]{3,}", re.IGNORECASE)
PARTED_RE = re.compile(r"[a-z][\s._-]+[a-z]+\s?@", re.IGNORECASE)
# An address whose domain may have lost its dots: "cmayer@koehlerat".
UNDOTTED_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]{2,}(?:\.[A-Za-z0-9-]+)*")
# A line this many times the height of the row's own is print of another size, not the row's.
TALLER = 1.8


def reread_email_lines(image: Image.Image, lines: list[Line]) -> list[Line]:
    """``lines`` with a signed email line, and the scraps beside it on its row, replaced by
    RapidOCR's reading of the row where two crops agree on an address in it."""
    if any(EMAIL_RE.search(line.text) for line in lines):
        return lines
    rows: list[list[Line]] = []
    boxes: list[tuple[int, int, int, int]] = []
    grown: list[bool] = []  # a box widened over ink Tesseract read nothing in
    for line in lines:
        signed = EMAIL_SIGN_RE.search(line.text) or EMAIL_LABEL_ALONE_RE.match(line.text.strip())
        if signed and not any(line in row for row in rows):
            row = row_of(line, lines)
            bands = [row_band([part]) for part in row]
            left, _, right, _ = row_box(row)
            rows.append(row)
            box = (left, min(b[1] for b in bands), right, max(b[3] for b in bands))
            alone = sign_alone(" ".join(part.text for part in row))
            boxes.append(widened(image, box, alone))
            # Widened, even agreed it stands beside Tesseract's row, to be mended: the wider
            # crop read "claudiakrueger@" where the row gave claudia_krueger@ (b1x photo 647).
            grown.append(boxes[-1] != box)
    rows, boxes, grown = rows[:MOST_ROWS], boxes[:MOST_ROWS], grown[:MOST_ROWS]
    if not rows:
        return lines
    out = list(lines)
    for row, box, own, wide in zip(rows, boxes, read_boxes(image, boxes), grown, strict=True):
        # Read over ink Tesseract saw nothing in: even agreed, its letters are checked (mend).
        agreed, source = agreed_address(own), LONE_SOURCE if wide else ""
        if agreed is None:  # its @ read as a letter: put back before the website's domain?
            domains = site_domains(lines, row)
            agreed = agreed_address([(at_restored(t, domains) or t, c) for t, c in own])
            source = LONE_SOURCE if wide else AT_SOURCE
        if agreed is None:  # no two crops agree: the surest, for the parser to mend or drop
            agreed, source = lone_reading(own, site_domains(lines, row)), LONE_SOURCE
        # A lone reading is checked against the name and the card instead (email_mend).
        if agreed is None or (
            source != LONE_SOURCE and len(row) == 1 and _letter_lost(row[0].text, agreed[0])
        ):
            continue
        text, conf = agreed
        tesseract = " ".join(line.text for line in sorted(row, key=lambda line: line.left))
        if source != LONE_SOURCE:  # a lone reading stands beside the row: the parser may
            # still read the address from Tesseract's scraps where the mend fails
            out = [line for line in out if not any(line is part for part in row)]
        out.append(as_line(_spaced(tesseract, text), conf, box, source))
    return in_reading_order(out)


def lone_reading(readings: list[tuple[str, float]], domains: set[str]) -> tuple[str, float] | None:
    """The surest reading holding an address (its @ put back before a site's domain where read
    as a letter), agreed by no other (``email_mend``)."""
    held = [(at_restored(t, domains) or t, c) for t, c in readings]
    # A reading with a gap or separator inside its local part first: the recogniser drops
    # narrow gaps at random, and a dot read as a gap is the name's separator.
    return max(
        ((t, c) for t, c in held if LONE_RE.search(t)),
        key=lambda r: (bool(PARTED_RE.search(r[0])), r[1]),
        default=None,
    )


def reread_band(
    image: Image.Image, box: tuple[int, int, int, int], domains: set[str]
) -> Line | None:
    """The address two crops of ``box`` agree on, as a line in ``box``; None where none do.
    An @ read as a letter is put back before a website's domain, or before the domain another
    crop read after an @ ("vanderveen.daanomulder.com" beside "vanderveen.daan@mulder.com",
    b11 photo 17): two crops must still agree."""
    own = read_boxes(image, [box])[0]
    agreed, source = agreed_address(own), ""
    if agreed is None:
        domains = domains | {a.partition("@")[2] for t, _ in own if (a := _address(t))}
        agreed = agreed_address([(at_restored(t, domains) or t, c) for t, c in own])
        source = AT_SOURCE
    return None if agreed is None else as_line(agreed[0], agreed[1], box, source)


def row_of(start: Line, lines: list[Line]) -> list[Line]:
    """``start`` and the lines chained to it on its row: a scrap of the same line ("ohn.wood@"
    beside "@ilgroup.co.uk" on a slanted photo) is within a few letters of the next. Heights
    are those of each line's own print (``row_band``), not of words spilling into other rows."""
    _, top, _, bottom = row_band([start])
    middle = (top + bottom) / 2
    size = bottom - top
    # A line in print much larger is no part of it: the company beside a small address row
    # ("Kruger Kunststoftechnik GmbH", 70 px, beside a 28-px row: b1 photo 350) put its own
    # line in the crop, and the address was read as neither.
    bands = [row_band([line]) for line in lines]
    beside = [
        line
        for line, (_, top, _, bottom) in zip(lines, bands, strict=True)
        if abs((top + bottom) / 2 - middle) <= 0.6 * size and bottom - top <= TALLER * size
    ]
    row = [start]
    grown = True
    while grown:
        grown = False
        for line in beside:
            if any(line is part for part in row):
                continue
            gap = side_gap(line, Line([w for part in row for w in part.words]))  # the row so far
            if gap <= 3 * size:
                row.append(line)
                grown = True
    return row


def agreed_address(readings: list[tuple[str, float]]) -> tuple[str, float] | None:
    """The surest reading holding the address that at least two readings hold, if any; or
    where they agree but for a dot of the domain the recogniser lost in some
    (``cmayer@koehlerat`` twice beside ``cmayer@koehler.at``, b27 photo 42; ``@ono.cojp``
    twice beside ``@ono.co.jp``, b28 photo 94), the surest that ends in a known suffix."""
    agreed = agreed_reading(readings, _address)
    if agreed is not None and known_suffix(agreed[0]):
        return agreed[1:]
    undotted = agreed_reading(readings, _undotted)
    if undotted is not None:
        whole = [
            (t, c)
            for t, c in readings
            if _undotted(t) == undotted[0] and (a := _address(t)) and known_suffix(a)
        ]
        if whole:
            return max(whole, key=lambda r: r[1])
    return None if agreed is None else agreed[1:]


def _undotted(text: str) -> str | None:
    """The address in a reading with its domain's dots dropped (``cmayer@koehlerat``)."""
    match = UNDOTTED_RE.search(_squeezed(text))
    if match is None:
        return None
    local, _, domain = match.group(0).lower().partition("@")
    return f"{local}@{domain.replace('.', '')}"


def _address(text: str) -> str | None:
    """The address in a reading, its spaces dropped (RapidOCR drops narrow gaps at random);
    the dot before its ending read as a space kept ("@krueger-kunststofftechnik de")."""
    match = EMAIL_RE.search(_squeezed(text))
    return match.group(0).lower() if match else None


def _squeezed(text: str) -> str:
    """A reading with its spaces dropped, the dot before its ending read as a space put back."""
    text = SPACED_SUFFIX_RE.sub(lambda m: ".".join(g for g in m.groups() if g), text)
    return "".join(text.split())


def _letter_lost(tesseract: str, reading: str) -> bool:
    """Whether a letter of the address's domain is lost, against Tesseract's reading of the
    line whole: a gap Tesseract left where the reading has no letter, a letter both engines
    lost ("@ac kson-thompson" and "@ackson-thompson" for "@jackson-thompson", b1 photo 101), or a
    letter Tesseract read that the reading drops ("@moreeufils fr", "@moreaufis.fr", b1 photo
    495, which the parser had read right from Tesseract's line and the website)."""
    if _spaced(tesseract, reading, keep_domain=True) != _spaced(tesseract, reading):
        return True
    own, other = "".join(tesseract.split()), "".join(reading.split())
    match = EMAIL_RE.search(other)
    if match is None:
        return False
    at, end = other.index("@", match.start()), match.end()
    matcher = difflib.SequenceMatcher(None, own, other, autojunk=False)
    return any(
        tag in ("delete", "replace") and i2 - i1 > j2 - j1 and at < j1 < end
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    )


def _spaced(tesseract: str, reading: str, keep_domain: bool = False) -> str:
    """``reading`` with Tesseract's spaces put back (the label's: "E anna@…"), but none in the
    address's domain (where scraps of the row met: "@w ebermedizintechnik"), unless kept."""
    bare = "".join(reading.split())
    match = EMAIL_RE.search(bare)
    start, end = (bare.index("@", match.start()), match.end()) if match else (0, 0)
    out, position = [], 0
    for char in respace(tesseract, reading):
        if char == " " and start < position < end and not keep_domain:
            continue
        out.append(char)
        position += char != " "
    return "".join(out)
