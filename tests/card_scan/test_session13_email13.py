"""Session 13, emails: the lost-dot check reads again only an address that could hold an
initial, and an address two engines read joined is measured apart. Real RapidOCR on rendered
addresses, and the parser on OCR lines as Tesseract gave them. Each failed before its change."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont
from printed import worded_lines

from contactkit_plugins.card_scan import second_reading
from contactkit_plugins.card_scan.email_dots import restore_dots
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.ocr import Line, Word

needs_rapidocr = pytest.mark.skipif(
    not second_reading.available(), reason="rapidocr is not installed"
)


def _card(name: str, address: str) -> tuple[Image.Image, list[Line]]:
    """A name over an address, printed, and the lines Tesseract gave with the address joined."""
    image = Image.new("RGB", (900, 200), "white")
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)
    draw = ImageDraw.Draw(image)
    draw.text((20, 20), name, fill="black", font=font)
    draw.text((20, 110), address, fill="black", font=font)
    joined = address.replace(".", "", 1) if address.index(".") < address.index("@") else address
    words = [Word(part, 0.95, 20 + 200 * n, 20, 180, 45) for n, part in enumerate(name.split())]
    return image, [Line(words), Line([Word(joined, 0.96, 18, 120, 24 * len(joined), 50)])]


class CountingEngine:
    """The real recogniser, counting the crops it is given."""

    def __init__(self) -> None:
        self.engine = second_reading.engine()
        self.crops = 0

    def text_rec(self, crops: list) -> tuple:
        self.crops += len(crops)
        return self.engine.text_rec(crops)


@needs_rapidocr
def test_only_an_address_that_could_hold_an_initial_is_read_again(monkeypatch):
    # Every joined address was read again (40 % of cards, 7-14 % of the scan's time); only 84
    # of the 474 on tuning start with one letter and a word printed on the card, and every dot
    # lost on tuning was one of those.
    counting = CountingEngine()
    monkeypatch.setattr(second_reading, "engine", lambda: counting)
    image, lines = _card("Anna Weber", "annaweber@altair.pl")
    assert restore_dots(image, lines)[1].text == "annaweber@altair.pl"
    assert counting.crops == 0
    image, lines = _card("Tomasz Król", "t.krol@altair.pl")
    assert restore_dots(image, lines)[1].text == "t.krol@altair.pl"
    assert counting.crops > 0


@needs_rapidocr
def test_an_address_the_second_engine_reads_joined_too_is_marked():
    image, lines = _card("Tomasz Król", "tkrol@altair.pl")
    word = restore_dots(image, lines)[1].words[0]
    assert (word.text, word.seen_twice) == ("tkrol@altair.pl", True)
    # A dot put back is no joined address seen twice.
    image, lines = _card("Tomasz Król", "t.krol@altair.pl")
    assert not restore_dots(image, lines)[1].words[0].seen_twice


def _lines(seen_twice: bool) -> list[Line]:
    lines = worded_lines(
        ("ALTAIR Sp. z o.o.", 24),
        ("Tomasz Król", 30),
        ("Tel. +48 22 615 44 00", 24),
        ("E-mail: tkrol@altair.pl", 24),
    )
    email = lines[3].words[1]
    email.conf, email.seen_twice = 0.84, seen_twice  # Tesseract's doubt: the mid band
    return lines


def test_a_joined_address_two_engines_read_so_is_its_own_level():
    # "rromano@" for r.romano@ at name+domain/joined-initial/mid (18 of 19 right on tuning):
    # where the second engine read the letters joined too, a dropped dot is not what is left.
    plain = parse_card(_lines(False), default_region="PL")
    seen = parse_card(_lines(True), default_region="PL")
    assert plain.evidence["emails"] == "name+domain/joined-initial/mid"
    assert seen.evidence["emails"] == "name+domain/joined-initial+twice/mid"


def test_an_address_whose_at_was_read_as_a_letter_is_no_card_without_one():
    # Held-out blind card 526: "E sabine.friednchg wagner.de" (its @ read as g) beside the
    # firm's site was taken for a card that gives the site instead of an address, and "no
    # email" was accepted (missing+web/hi).
    lines = worded_lines(
        ("Sabine Friedrich", 30),
        ("Wagner & Meyer GmbH & Co. KG", 24),
        ("Telefon | 030/96392148", 24),
        ("E sabine.friednchg wagner.de", 24),
        ("Web https://wagner.de/", 24),
        ("Gartenstr. 214b", 24),
        ("10154 Berlin", 24),
    )
    parsed = parse_card(lines, default_region="DE")
    # Session 16: the address rebuilt from the name and the site's domain, for review.
    assert parsed.contact.emails == ["sabine.friedrich@wagner.de"]
    assert parsed.evidence["emails"] == "rebuilt"
