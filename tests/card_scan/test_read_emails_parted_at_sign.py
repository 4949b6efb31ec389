"""An address Tesseract read in pieces parted at its ``@`` (``bsmith @zenith.com``: narrow faces
space the sign wide) is read again whole by the second engine, like an address read as one word:
a lost dot put back, or both engines' joined reading marked (photo seed 94 cards 46 and 92,
Nimbus Sans Narrow, sent to review at name+domain/joined-initial though right)."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont

from contactkit_plugins.card_scan import second_reading
from contactkit_plugins.card_scan.email_dots import address_spans, restore_dots
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.text_lines import Line, Word

NARROW = "/usr/share/fonts/opentype/urw-base35/NimbusSansNarrow-Regular.otf"

needs_rapidocr = pytest.mark.skipif(
    not second_reading.available(), reason="rapidocr is not installed"
)


def _card(name: str, address: str, parts: list[str]) -> tuple[Image.Image, list[Line]]:
    """A name over an address in a narrow face, and the lines Tesseract gave: the address in
    ``parts``, each piece its own word over its own stretch of the row."""
    image = Image.new("RGB", (900, 200), "white")
    font = ImageFont.truetype(NARROW, 40)
    draw = ImageDraw.Draw(image)
    draw.text((20, 20), name, fill="black", font=font)
    draw.text((20, 110), address, fill="black", font=font)
    left, top, right, bottom = draw.textbbox((20, 110), address, font=font)
    names = [Word(part, 0.95, 20 + 200 * n, 20, 180, 45) for n, part in enumerate(name.split())]
    width = (right - left) // len(address)
    words, at = [], left
    for part in parts:
        words.append(Word(part, 0.96, at, top, width * len(part), bottom - top))
        at += width * len(part)
    return image, [Line(names), Line(words)]


@needs_rapidocr
def test_an_address_parted_at_its_sign_is_read_again_and_marked_twice():
    image, lines = _card(
        "Brian Smith", "bsmith@zenithbiosciences.com", ["bsmith", "@zenithbiosciences.com"]
    )
    words = restore_dots(image, lines)[1].words
    assert [w.text for w in words] == ["bsmith", "@zenithbiosciences.com"]
    assert all(w.seen_twice for w in words)
    # The sign read as a word of its own: the three pieces are one address too.
    image, lines = _card("Ken Satou", "ksatou@takahashi.co.jp", ["ksatou", "@", "takahashi.co.jp"])
    assert all(w.seen_twice for w in restore_dots(image, lines)[1].words)


@needs_rapidocr
def test_a_dot_lost_in_a_parted_address_is_put_back_in_its_first_piece():
    image, lines = _card("Tomasz Król", "t.krol@altair.pl", ["tkrol@", "altair.pl"])
    words = restore_dots(image, lines)[1].words
    assert [w.text for w in words] == ["t.krol@", "altair.pl"]
    assert not any(w.seen_twice for w in words)


def test_only_pieces_parted_at_the_sign_are_one_address():
    def spans(*texts: str) -> list[tuple[int, int]]:
        return address_spans([Word(t, 0.9, 0, 0, 10, 10) for t in texts])

    assert spans("E:", "bsmith", "@zenith.com") == [(1, 3)]
    assert spans("ksatou", "@", "takahashi.co.jp") == [(0, 3)]
    # A word before the local part is a prefix ("a becker@"), measured apart: not joined to it.
    assert spans("a", "becker@altair.pl") == [(1, 2)]
    assert spans("bsmith", "zenith.com") == []


@needs_rapidocr
def test_a_parted_address_both_engines_read_joined_is_measured_as_such():
    # Seed 94 card 46: "bsmith @zenithbiosciences.com" right, held at joined-initial (0.33).
    image, lines = _card(
        "Brian Smith", "bsmith@zenithbiosciences.com", ["bsmith", "@zenithbiosciences.com"]
    )
    company = Line(
        [Word("ZENITH", 0.95, 20, 150, 200, 40), Word("BIOSCIENCES", 0.95, 240, 150, 300, 40)]
    )
    parsed = parse_card([*restore_dots(image, lines), company], default_region="US")
    assert parsed.evidence["emails"] == "name+domain/joined-initial+twice"
