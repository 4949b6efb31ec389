"""Session 15 (calib15): causes of review on the photos of new tuning seeds, cut where the
evidence allows; hand-made OCR lines as Tesseract gave them. Each failed before its fix."""

from __future__ import annotations

from printed import to_review
from test_session12_wrong12 import _line  # one OCR line, each word with its confidence

from contactkit_plugins.card_scan.fields import parse_card


def test_a_mobile_sign_beside_an_office_number_is_a_label():
    # Seed 10 photo 75: "© +1 312-625-3515" (a mobile's icon read "©") and "@ +1 617-628-7289"
    # (the office phone's, read "@"): the sign's number was at sign+intl/hi, three cards of
    # its own, and sent the card to review alone. Every "©" before a number on the tuning
    # cards stood before a mobile (154 of 154): a label.
    lines = [
        _line(20, ("TIMOTHY", 0.96), ("CARTER,", 0.95), ("MBA", 0.95)),
        _line(70, ("Plant", 0.96), ("Manager", 0.96)),
        _line(120, ("Summit", 0.96), ("Corp.", 0.96)),
        _line(170, ("@", 0.90), ("+1", 0.93), ("617-628-7289", 0.94)),
        _line(220, ("©", 0.91), ("+1", 0.93), ("312-625-3515", 0.95)),
        _line(270, ("timothy@summit.com", 0.96)),
        _line(320, ("2308", 0.96), ("Boylston", 0.96), ("St,", 0.95), ("Suite", 0.96),
              ("600", 0.96)),
        _line(370, ("Boston,", 0.96), ("MA", 0.96), ("02174", 0.96)),
    ]  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    kinds = {p.e164: p.kind.value for p in parsed.contact.phones}
    assert kinds == {"+16176287289": "work", "+13126253515": "cell"}
    assert "phones" not in to_review(parsed)
    # The card's only number after a sign stays apart: an office phone's icon may read "©".
    alone = [line for n, line in enumerate(lines) if n != 3]
    assert parse_card(alone, default_region="US").evidence["phones"] == "sign-alone+intl/hi"
