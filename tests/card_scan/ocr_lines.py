"""Hand-made OCR lines, and the cards parsed from them, shared by the card_scan tests that give
the parser what Tesseract read on a card: each word where it stood, at the confidence it had."""

from __future__ import annotations

from dataclasses import replace

from PIL import Image
from printed import worded_lines

from contactkit_plugins.card_scan import second_reading
from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.email_mend import LONE_SOURCE
from contactkit_plugins.card_scan.email_reading import reread_email_lines
from contactkit_plugins.card_scan.fields import ParsedCard, parse_card
from contactkit_plugins.card_scan.text_lines import Line, Word


def boxed_line(*words: tuple) -> Line:
    """A line of words as OCR gives them: (text, conf, left, top, width, height)."""
    return Line([Word(*word) for word in words])


def lone_line(*words: tuple) -> Line:
    """A line of the second engine's lone reading of an address row (email_mend)."""
    return Line([Word(*word, source=LONE_SOURCE) for word in words])


def _spaced(
    top: int, words: tuple[tuple[str, float], ...], left: int, height: int, gap: int
) -> Line:
    out = []
    for text, conf in words:
        out.append(Word(text, conf, left, top, 18 * len(text), height))
        left += 18 * len(text) + gap
    return Line(out)


def stacked_line(text: str, top: int, height: int = 22, conf: float = 0.95) -> Line:
    """One OCR line at ``top``, one word per printed word, a letter half as wide as it is high."""
    words, left = [], 40
    for token in text.split():
        words.append(Word(token, conf, left, top, len(token) * height // 2, height))
        left += len(token) * height // 2 + height // 2
    return Line(words)


def stacked_lines(*rows: tuple[str, int] | str, conf: float = 0.95) -> list[Line]:
    """OCR lines stacked 12 px apart from the top, a row given as text alone 22 px high."""
    out, top = [], 20
    for row in rows:
        text, height = row if isinstance(row, tuple) else (row, 22)
        out.append(stacked_line(text, top, height, conf))
        top += height + 12
    return out


def conf_line(top: int, *words: tuple[str, float], left: int = 40) -> Line:
    """One OCR line, each word with Tesseract's confidence for it."""
    return _spaced(top, words, left, 24, 14)


def photo_line(top: int, *words: tuple[str, float], left: int = 40, height: int = 30) -> Line:
    """One OCR line as on the photos of blind seed 10: words 12 px apart, 30 px high."""
    return _spaced(top, words, left, height, 12)


def slotted_line(top: int, *words: tuple[str, float]) -> Line:
    """One OCR line, each word in a slot of its own 200 px wide, with its confidence."""
    return Line(
        [Word(text, conf, 40 + 200 * n, top, 180, 30) for n, (text, conf) in enumerate(words)]
    )


def rated_lines(*rows: tuple[str, int, float]) -> list[Line]:
    """OCR lines, one word per printed word, each row at its own confidence."""
    lines = []
    for n, (text, height, conf) in enumerate(rows):
        words, left = [], 40
        for part in text.split():
            words.append(Word(part, conf, left, 20 + 60 * n, 18 * len(part), height))
            left += 18 * len(part) + 12
        lines.append(Line(words))
    return lines


def placed_lines(*rows: tuple[str, int, int, int]) -> list[Line]:
    """Lines from (text, left, top, height), one word per printed word."""
    lines = []
    for text, left, top, height in rows:
        words = []
        for part in text.split():
            words.append(Word(part, 0.93, left, top, 26 * len(part), height))
            left += 26 * len(part) + 14
        lines.append(Line(words))
    return lines


def row_pieces(
    top: int, *pieces: tuple[str, int], height: int = 22, conf: float = 0.95
) -> list[Line]:
    """One printed row as Tesseract parts it: each piece a line of its own starting at a left
    edge, its words 18 px a letter with a 12 px space."""
    out = []
    for text, left in pieces:
        words = []
        for part in text.split():
            words.append(Word(part, conf, left, top, 18 * len(part), height))
            left += 18 * len(part) + 12
        out.append(Line(words))
    return out


def row_lines(*rows: tuple[str, int]) -> list[Line]:
    """Hand-made OCR lines, one word per printed word, one row each (row_pieces, from 40 px)."""
    lines = []
    for n, (text, height) in enumerate(rows):
        lines += row_pieces(40 + 60 * n, (text, 40), height=height)
    return lines


def worded_card(
    *rows: tuple[str, int] | str, region: str = "US", unsure: tuple[str, ...] = ()
) -> ParsedCard:
    """Hand-made lines (a row given as text alone 30 px high), the words in ``unsure`` read at
    0.3, parsed."""
    lines = [
        Line([replace(w, conf=0.3) if w.text in unsure else w for w in line.words])
        for line in worded_lines(*[(r, 30) if isinstance(r, str) else r for r in rows])
    ]
    return parse_card(lines, default_region=region)


def name_card(name: str, *rows: str, region: str = "US") -> ParsedCard:
    """A card with ``name`` as its largest line over ``rows``."""
    lines = worded_lines((name, 44), *((r, 26) for r in rows))
    return parse_card(lines, default_region=region)


def accepted(parsed: ParsedCard, field: str) -> bool:
    return parsed.confidence[field] >= REVIEW_BELOW


def company_name(*rows: tuple[str, int], region: str = "DE") -> str | None:
    """The company read from worded lines of (text, height)."""
    organization = parse_card(worded_lines(*rows), default_region=region).contact.organization
    return organization.name if organization else None


def company_read(*rows: tuple[str, int, float], region: str = "DE") -> tuple[str | None, str]:
    """The company read from rows of (text, height, confidence), and its evidence. A word written
    ``text@0.36`` was read at that confidence, the others at their row's."""
    lines = rated_lines(*((text.replace("@0.", "@"), h, c) for text, h, c in rows))
    for line in lines:
        for word in line.words:
            text, _, own = word.text.rpartition("@")
            if text and own.isdigit():  # "ce@36": read at 0.36 ("a@b.de" is no such word)
                word.text, word.conf = text, float(f"0.{own}")
    parsed = parse_card(lines, default_region=region)
    organization = parsed.contact.organization
    return (organization.name if organization else None), parsed.evidence["organization"]


class RecordedEngine:
    """RapidOCR's readings of one row, as it gave them, for every row it is asked about."""

    def __init__(self, readings: list[tuple[str, float]]) -> None:
        self.readings = readings

    def text_rec(self, crops: list) -> tuple:
        return [self.readings[n % len(self.readings)] for n in range(len(crops))], 0.0


def reread_recorded(
    monkeypatch, lines: list[Line], readings: list[tuple[str, float]], size=(1200, 900)
) -> list[Line]:
    """``lines`` after the email rows' second reading, the engine giving ``readings``."""
    monkeypatch.setattr(second_reading, "engine", lambda: RecordedEngine(readings))
    return reread_email_lines(Image.new("RGB", size, "white"), lines)
