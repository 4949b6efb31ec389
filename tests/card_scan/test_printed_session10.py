"""Session 10: fields card_scan auto-accepted wrong on tuning cards (blind seed 1, own seeds),
printed and read back with Tesseract or given as hand-made OCR lines."""

from __future__ import annotations

import io

import cardgen
from PIL import Image, ImageDraw, ImageFont
from printed import hand_lines as _lines
from printed import phones, read_card, to_review

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.scan import OcrOptions, card_lines


def test_a_fax_label_with_a_slash_or_a_full_width_colon_still_names_the_fax():
    # "Fax/0033 495951179" and "F：+44 20 3506 6667": the label went unseen and the fax was
    # auto-accepted as a work line.
    parsed = read_card(
        ("Véronique Laurent", 44), "MOREAU ET FILS SARL", "Tel. +33 4 94 90 74 35",
        "Fax/0033 495951179", "laurent.veronique@moreaufils.fr", region="FR",
    )  # fmt: skip
    assert ("+33495951179", "fax") in phones(parsed)
    lines = _lines(
        ("Raymond White", 60), ("POLARIS ANALYTICS LIMITED", 40), ("+44 20 3526 6269", 20),
        ("F：+44 20 3506 6667", 20), ("raymond.white@polaris-analytics.co.uk", 20),
    )  # fmt: skip
    assert ("+442035066667", "fax") in phones(parse_card(lines, default_region="GB"))
    # A path's number after a slash is no phone label's.
    lines = _lines(("Raymond White", 60), ("Tel. +44 20 3526 6269", 20), ("polaris.co.uk/2020", 20))
    assert phones(parse_card(lines, default_region="GB")) == [("+442035266269", "work")]












def _email_row_card(font: str, size: int) -> bytes:
    """A scan's layout where small print sits in a column beside the address (blind seed 1)."""
    image = Image.new("RGB", (1019, 675), "white")
    draw = ImageDraw.Draw(image)
    rows = [
        ("FLORIAN MÜLLER", 80, 221, 56), ("Senior Software Engineer", 80, 306, 30),
        ("Weber Medizintechnik SE", 77, 420, 28), ("Tel. 089 5436730-0", 804, 418, size),
        ("Fax 089 5436 7309", 806, 440, size), ("Industriestraße 67a", 78, 460, 18),
        ("E-Mail: florian.mueller@webermedizintechnik.de", 561, 461, size),
        ("Web https://webermedizintechnik.de/contact", 597, 482, size),
        ("80483 München", 78, 489, 18),
    ]  # fmt: skip
    for text, left, top, px in rows:
        face = ImageFont.truetype(f"{cardgen.FONT_DIR}/{font}", px)
        draw.text((left, top), text, fill="black", font=face)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(300, 300))
    return buffer.getvalue()


def test_an_email_line_sparse_mode_broke_into_scraps_is_read_again_as_one_row():
    # Sparse-text mode gave "E-Mail: florian." / "de" (or "weber"): no address, where bare
    # Tesseract read the whole line. The row is read again in block mode.
    for font, size in (("DejaVuSerif-Bold.ttf", 14), ("DejaVuSerif-BoldItalic.ttf", 15)):
        lines = card_lines(_email_row_card(font, size), 0, OcrOptions())
        parsed = parse_card(lines, default_region="DE")
        assert parsed.contact.emails == ["florian.mueller@webermedizintechnik.de"]
        assert parsed.contact.organization.name == "Weber Medizintechnik SE"














def test_two_numbers_grouped_by_dots_on_one_line_are_both_read():
    # "Cell: 212.656.4253 617.805.8977": the matcher took both for one run and read no number
    # at all. The second, without a label of its own, stays doubted as before.
    parsed = read_card(
        ("GEORGE LEWIS", 47), "Zenith Corp.", "Cell: 212.656.4253 617.805.8977",
        "Email: george.lewis@zenith.com",
    )  # fmt: skip
    assert [e164 for e164, _ in phones(parsed)] == ["+12126564253", "+16178058977"]
    assert "phones" in to_review(parsed)
