"""Session 12: fields card_scan auto-accepted wrong on tuning cards (blind seed 1), and a review
risk; hand-made OCR lines as Tesseract gave them, or real RapidOCR on a rendered address. Each
failed before its fix."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont
from printed import to_review

from contactkit_plugins.card_scan import second_reading
from contactkit_plugins.card_scan.email_dots import restore_dots
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.ocr import Line, Word


def _line(top: int, *words: tuple[str, float]) -> Line:
    """One OCR line, each word with Tesseract's confidence for it."""
    out, left = [], 40
    for text, conf in words:
        out.append(Word(text, conf, left, top, 18 * len(text), 24))
        left += 18 * len(text) + 14
    return Line(out)




def test_an_unsure_north_american_number_without_its_country_code_goes_to_review():
    # "(415) 699-2278" for 899: nearly any ten digits are valid there, so the slip passed the
    # number's only check and was accepted at bare/mid.
    lines = [
        _line(20, ("Nova", 0.96), ("Industrial", 0.96), ("Supply", 0.96), ("Corporation", 0.96)),
        _line(70, ("Jonathan", 0.96), ("Thompson", 0.95), ("Jr.", 0.95)),
        _line(120, ("(415)", 0.95), ("699-2278", 0.85)),
        _line(170, ("M.", 0.93), ("1-617-216-3956", 0.94)),
        _line(220, ("E:", 0.95), ("j.thompson@novaindustrial.com", 0.95)),
    ]
    parsed = parse_card(lines, default_region="US")
    assert parsed.evidence["phones"] == "bare+dense/mid"
    assert "phones" in to_review(parsed)
    # Read surely, or in a sparser plan, the same shape is still accepted.
    sure = [*lines[:2], _line(120, ("(415)", 0.95), ("699-2278", 0.95)), *lines[3:]]
    assert "phones" not in to_review(parse_card(sure, default_region="US"))


def test_the_only_number_after_a_sign_is_not_taken_for_a_mobile_unseen():
    # Every "©" before a number on the tuning cards was a mobile's sign beside an office number;
    # a card whose only number follows one may show an office phone's icon read the same way.
    rows = [
        _line(20, ("Raymond", 0.96), ("Parker", 0.96)),
        _line(70, ("Parker", 0.95), ("Consulting", 0.95), ("LLC", 0.95)),
        _line(120, ("©", 0.95), ("(206)", 0.97), ("551-4434", 0.96)),
        _line(170, ("r.parker@parkerconsulting.com", 0.96)),
    ]
    parsed = parse_card(rows, default_region="US")
    assert parsed.evidence["phones"] == "sign-alone/hi"
    assert "phones" in to_review(parsed)
    # Beside an office number, the sign still names the mobile: a label (session 15).
    office = _line(220, ("(312)", 0.95), ("361-8553", 0.95))
    parsed = parse_card([*rows, office], default_region="US")
    assert parsed.evidence["phones"] == "labelled/hi"
    assert [p.kind.value for p in parsed.contact.phones] == ["cell", "work"]






def _printed(text: str) -> Image.Image:
    image = Image.new("RGB", (900, 120), "white")
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)
    ImageDraw.Draw(image).text((20, 30), text, fill="black", font=font)
    return image


@pytest.mark.skipif(not second_reading.available(), reason="rapidocr is not installed")
def test_a_dot_dropped_after_an_initial_is_put_back_from_a_second_reading():
    # "t.krol@altair.pl" read "tkrol@altair.pl" at 0.96: an initial joined to the family name
    # is a usual form, so the name could not tell, and the address was accepted wrong.
    word = Word("tkrol@altair.pl", 0.96, 18, 30, 330, 50)
    name = Line([Word("Tomasz", 0.96, 18, 200, 120, 40), Word("Król", 0.96, 150, 200, 80, 40)])
    dotted = restore_dots(_printed("t.krol@altair.pl"), [Line([word]), name])
    assert dotted[0].text == "t.krol@altair.pl"
    # An address printed joined stays as it is.
    joined = restore_dots(_printed("tkrol@altair.pl"), [Line([word]), name])
    assert joined[0].text == "tkrol@altair.pl"
