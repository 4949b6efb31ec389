"""An address read joined whose ink shows a dot after its initial (email_ink_dots)."""

from __future__ import annotations

from dataclasses import replace

import cardgen
import numpy as np
from ocr_lines import stacked_lines as card
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from printed import to_review

from contactkit_plugins.card_scan.email_ink_dots import (
    INK_DOT_SOURCE,
    dot_after_initial,
    initial_and_printed,
    mark_ink_dots,
)
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.text_lines import Line, Word


def _printed(text: str, read: str, font: str = "DejaVuSerif.ttf", blur: float = 1.0):
    """A row printed as ``text`` (softened as on a photo) and its word read as ``read``."""
    face = ImageFont.truetype(f"{cardgen.FONT_DIR}/{font}", 30)
    image = Image.new("RGB", (700, 120), "white")
    draw = ImageDraw.Draw(image)
    draw.text((40, 40), text, font=face, fill="black")
    left, top, right, bottom = draw.textbbox((40, 40), text, font=face)
    image = image.filter(ImageFilter.GaussianBlur(blur))
    return image, Word(read, 0.97, left, top, right - left, bottom - top)


def _gray(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("L"))


def test_a_dot_printed_after_the_initial_shows_in_the_ink():
    # Photo 325/94: "f.simon@lumen.fr" read fsimon@ by both readers at 0.97, accepted wrong.
    for font in ("DejaVuSerif.ttf", "DejaVuSans.ttf"):
        image, word = _printed("f.simon@lumen.fr", "fsimon@lumen.fr", font)
        assert dot_after_initial(_gray(image), word), font
        image, word = _printed("l.vandenberg@meridian.com", "lvandenberg@meridian.com", font)
        assert dot_after_initial(_gray(image), word), font


def test_an_address_printed_joined_shows_no_dot():
    # alambert@ is printed as often as a.lambert@: its ink has no blob after the a.
    for font in ("DejaVuSerif.ttf", "DejaVuSans.ttf"):
        for text in ("alambert@lumen.fr", "fsimon@lumen.fr", "ijimenez@vega.es"):
            image, word = _printed(text, text, font)
            assert not dot_after_initial(_gray(image), word), (font, text)


def test_the_local_part_must_be_an_initial_and_printed_words():
    lines = [Line([Word("Lotte van den Berg", 0.95, 40, 20, 300, 40)])]
    lines.append(Line([Word("lvandenberg@meridian.com", 0.97, 40, 80, 400, 30)]))
    assert initial_and_printed("lvandenberg", lines, 1)
    assert initial_and_printed("lberg", lines, 1)
    # A given name and a family name run together, or an address alone: no initial to dot.
    assert not initial_and_printed("lottevandenberg", lines, 1)
    assert not initial_and_printed("info", lines, 1)
    # The address's own row is no print of the name.
    assert not initial_and_printed("lvandenberg", lines[1:], 0)


def test_only_the_address_word_is_marked_and_a_word_read_otherwise_is_left():
    image, word = _printed("f.simon@lumen.fr", "fsimon@lumen.fr")
    name = Line([Word("François Simon", 0.95, 40, 0, 200, 30)])
    marked = mark_ink_dots(image, [name, Line([word])])
    assert marked[1].words[0].source == INK_DOT_SOURCE
    assert marked[0] == name
    already = Line([replace(word, source="email-at")])
    assert mark_ink_dots(image, [name, already])[1].words[0].source == "email-at"
    # Printed joined: nothing marked.
    image, word = _printed("fsimon@lumen.fr", "fsimon@lumen.fr")
    assert mark_ink_dots(image, [name, Line([word])])[1].words[0].source == ""


def test_a_marked_address_goes_to_review():
    lines = card(
        ("François Simon", 50),
        "Directeur commercial",
        ("Lumen SA", 36),
        "fsimon@lumen.fr",
    )
    email = lines[3]
    lines[3] = replace(email, words=[replace(w, seen_twice=True) for w in email.words])
    parsed = parse_card(lines, default_region="FR")
    assert "emails" not in to_review(parsed)  # both readers read it joined: accepted
    lines[3] = replace(
        email, words=[replace(w, seen_twice=True, source=INK_DOT_SOURCE) for w in email.words]
    )
    parsed = parse_card(lines, default_region="FR")
    assert parsed.evidence["emails"].endswith("/ink-dot")
    assert "emails" in to_review(parsed)
    assert parsed.contact.emails[0] == "fsimon@lumen.fr"  # nothing put back


def test_paper_alone_under_the_box_shows_no_dot():
    # A box that holds no print (grain alone): Otsu's threshold parts the grain into blobs.
    rng = np.random.default_rng(7)
    paper = (235 + rng.normal(0, 4, (120, 700))).clip(0, 255).astype(np.uint8)
    word = Word("fsimon@lumen.fr", 0.97, 40, 40, 300, 35)
    assert not dot_after_initial(paper, word)


def _on_paper(text: str, font: str, size: int, blur: float, ink: int):
    """``text`` printed small in gray ``ink`` on off-white paper, softened by ``blur``."""
    face = ImageFont.truetype(f"{cardgen.FONT_DIR}/{font}", size)
    image = Image.new("L", (900, 160), 235)
    draw = ImageDraw.Draw(image)
    draw.text((40, 40), text, font=face, fill=ink)
    left, top, right, bottom = draw.textbbox((40, 40), text, font=face)
    image = image.filter(ImageFilter.GaussianBlur(blur))
    return np.asarray(image), Word(text, 0.97, left, top, right - left, bottom - top)


def test_serif_feet_parted_by_a_darker_threshold_are_no_dot():
    # Right pool addresses printed joined (kmoeller@, mgarcia@, kdabrowski@) whose serif feet a
    # darker threshold parts from their stems: the ink over them and the place right after the
    # initial keep them unmarked (each case below is marked without one of the two).
    shapes = [
        ("kmoeller@walter.de", "DejaVuSerif.ttf", 22, 0.8, 40),
        ("wnowak@vega.pl", "DejaVuSerif.ttf", 26, 1.2, 40),
        ("mgarcia@lumen.es", "DejaVuSerif-Italic.ttf", 18, 1.2, 40),
        ("kdabrowski@vega.pl", "DejaVuSerif-Italic.ttf", 22, 1.8, 100),
    ]
    for text, font, size, blur, ink in shapes:
        gray, word = _on_paper(text, font, size, blur, ink)
        assert not dot_after_initial(gray, word), (text, font)
    # The same print with the dot: seen.
    gray, word = _on_paper("k.moeller@walter.de", "DejaVuSerif.ttf", 26, 1.2, 40)
    assert dot_after_initial(gray, replace(word, text="kmoeller@walter.de"))
