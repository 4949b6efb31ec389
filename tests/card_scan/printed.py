"""Cards printed and read back with real Tesseract, the way ``contactkit scan`` reads them."""

from __future__ import annotations

import io

import cardgen
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import ParsedCard, parse_card
from contactkit_plugins.card_scan.review_rule import review_fields
from contactkit_plugins.card_scan.scan import OcrOptions, card_lines
from contactkit_plugins.card_scan.text_lines import Line, Word


def phone_row_card(
    name: str, email: str, row: str, blur: float = 0.0
) -> tuple[Image.Image, tuple[int, int, int, int]]:
    """A card's name, email and a phone row (softened by ``blur`` as on a phone photo), with the
    row's box: for the phone rows' second readings."""
    font = ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans.ttf", 26)
    image = Image.new("RGB", (1100, 260), "white")
    draw = ImageDraw.Draw(image)
    draw.text((40, 30), name, font=font, fill="black")
    draw.text((40, 80), email, font=font, fill="black")
    draw.text((40, 150), row, font=font, fill="black")
    box = draw.textbbox((40, 150), row, font=font)
    return (image.filter(ImageFilter.GaussianBlur(blur)) if blur else image), box


def read_card(
    *rows: tuple[str, int] | str,
    region: str = "US",
    font: str = f"{cardgen.FONT_DIR}/DejaVuSans.ttf",
    blur: float = 0.0,
    options: OcrOptions | None = None,
) -> ParsedCard:
    """A white card, 3.5 x 2 in at 300 DPI, one printed line per row (text, size in px), in
    ``font`` (a font file's path), softened by ``blur`` as on a phone photo, read as ``contactkit
    scan`` reads it (or with ``options``)."""
    image = Image.new("RGB", (1050, 600), "white")
    draw = ImageDraw.Draw(image)
    top = 40
    for row in rows:
        text, size = row if isinstance(row, tuple) else (row, 30)
        face = ImageFont.truetype(font, size)
        draw.text((60, top), text, fill="black", font=face)
        top += int(size * 1.55)
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(300, 300))
    lines = card_lines(buffer.getvalue(), 0, options or OcrOptions())
    return parse_card(lines, default_region=region)


def business(
    name: str, company: str, phone: str, email: str, region: str, **reading: OcrOptions
) -> ParsedCard:
    """A card of the usual shape: the name large, the company under it, a number, an email."""
    return read_card((name, 44), (company, 36), phone, email, region=region, **reading)


def titled_card(
    name: str, title: str, company: str, number: str, email: str, region: str = "US"
) -> ParsedCard:
    """The usual card: the name large, a title, the company, one number, an email."""
    return read_card((name, 44), title, (company, 34), number, email, region=region)


def helix_card(*numbers: str) -> ParsedCard:
    """A Dutch card whose number lines vary."""
    rows = [("Inge de Wit", 44), "Financieel Controller", ("Helix B.V.", 34), *numbers]
    return read_card(*rows, "inge.dewit@helix.nl", region="NL")


def phones(parsed: ParsedCard) -> list[tuple[str | None, str]]:
    return [(p.e164, p.kind.value) for p in parsed.contact.phones]


def to_review(parsed: ParsedCard) -> list[str]:
    """The fields that send the card to review, as ``contactkit scan`` decides it."""
    values = parsed.contact.model_dump(mode="json")
    return review_fields(parsed.confidence, values, REVIEW_BELOW)[0]


def hand_lines(*rows: tuple[str, int]) -> list[Line]:
    """Hand-made OCR lines, one word each (the parser reads the text, not the boxes)."""
    return [
        Line([Word(text, 0.95, 40, 20 + 50 * n, 20 * len(text), height)])
        for n, (text, height) in enumerate(rows)
    ]


def boxed_line(top: int, *words: str, source: str = "") -> Line:
    """One OCR line as Tesseract boxed it, each word given as "text conf left width" (the text
    without spaces), 32 pixels high: for what looks at the boxes (gaps, scraps, lone rows)."""
    boxes = [w.rsplit(" ", 3) for w in words]
    return Line([Word(t, float(c), int(x), top, int(w), 32, source) for t, c, x, w in boxes])


def worded_lines(*rows: tuple[str, int]) -> list[Line]:
    """Hand-made OCR lines, one word per printed word (for what looks at a line's words)."""
    lines = []
    for n, (text, height) in enumerate(rows):
        words, left = [], 40
        for part in text.split():
            words.append(Word(part, 0.95, left, 20 + 60 * n, 18 * len(part), height))
            left += 18 * len(part) + 12
        lines.append(Line(words))
    return lines


def as_read(*rows: list[tuple]) -> list[Line]:
    """OCR lines as a card's cache holds them: each row's words as (text, conf, left, top,
    width, height), the boxes Tesseract gave."""
    return [Line([Word(*w) for w in row]) for row in rows]


def rechecked(lines: list[Line], row: int, reading: tuple[str, float]) -> list[Line]:
    """``lines`` as the OCR stage leaves them once RapidOCR read every row again: each as
    Tesseract read it, surely, but ``row``, read as ``reading`` (text, confidence)."""
    for line in lines:
        line.recheck = (line.text, 0.95)
    lines[row].recheck = reading
    return lines


def slip(lines: list[Line], word: str, read: str) -> None:
    """Tesseract's slip made by hand: the first word read ``word`` on ``lines`` made ``read``
    (a slip cannot be printed so that Tesseract makes it every time)."""
    found = [w for line in lines for w in line.words if w.text == word]
    assert found, f"Tesseract did not read {word!r}: {[line.text for line in lines]}"
    found[0].text = read


def address_of(region: str, *rows: str) -> tuple | None:
    """The address a card of a name, a company and these rows reads: street, postcode, city
    and region, or None."""
    parsed = parse_card(
        worded_lines(("Jan de Vries", 40), ("Acme", 24), *((r, 24) for r in rows)),
        default_region=region,
    )
    if not parsed.contact.addresses:
        return None
    a = parsed.contact.addresses[0]
    return a.street, a.postal_code, a.city, a.region
