"""Session 14: wrong fields accepted on the photos of a new tuning seed (blind seed 10), OCR
lines as Tesseract gave them. Each was accepted before its fix."""

from __future__ import annotations

from printed import to_review

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.ocr import Line, Word


def _line(top: int, *words: tuple[str, float], left: int = 40, height: int = 30) -> Line:
    out = []
    for text, conf in words:
        out.append(Word(text, conf, left, top, 18 * len(text), height))
        left += 18 * len(text) + 12
    return Line(out)




def test_a_given_name_with_its_u_umlaut_read_i_is_doubted_where_the_email_gives_its_initial():
    # "Jirgen Schmitt" beside j.schmitt@: the email checks "Schmitt" and the J only; Tesseract
    # read the ü as i, at mid confidence, and the name was accepted at email+initial/mid.
    lines = [
        _line(87, ("Jirgen", 0.82), ("Schmitt,", 0.96), ("dipl.", 0.83), ("Ing.", 0.95),
              ("ETH", 0.96), height=32),
        _line(124, ("Leiter", 0.93), ("Einkauf", 0.92), height=20),
        _line(382, ("AURORA", 0.95), ("AG", 0.95), height=48),
        _line(401, ("@", 0.81), ("+41", 0.96), ("44", 0.97), ("882", 0.96), ("1151", 0.91)),
        _line(450, ("E", 0.93), ("j.schmitt@aurora.ch", 0.91)),
        _line(500, ("Aeschenvorstadt", 0.92), ("179", 0.97)),
        _line(550, ("8049", 0.96), ("Zurich", 0.96)),
    ]  # fmt: skip
    parsed = parse_card(lines, default_region="CH")
    assert parsed.evidence["name"] == "email+initial/lo"
    assert "name" in to_review(parsed)
    # Jürgen read right is left as it was.
    lines[0] = _line(87, ("Jurgen", 0.82), ("Schmitt,", 0.96), height=32)
    assert parse_card(lines, default_region="CH").evidence["name"] == "email+initial/mid"


def test_a_site_read_after_noise_is_no_proof_the_card_prints_no_address():
    # boehm@herrmann.de read "apenas rrmann.de" (its start as noise Tesseract gave 0.0): the
    # bare domain was taken as the site, and "no email" accepted at missing+web/mid.
    lines = [
        _line(247, ("HERRMANN", 0.93), ("&", 0.93), ("SCHMIDT", 0.96), ("GMBH", 0.93), ("&", 0.93),
              ("CO.", 0.97), ("KG", 0.97)),
        _line(357, ("Prof.", 0.97), ("Dr.-Ing.", 0.94), ("Gabriele", 0.95), ("Bohm", 0.93),
              height=60),
        _line(442, ("Sachbearbeiter", 0.92), ("Buchhaltung", 0.92)),
        _line(575, ("T", 0.93), ("+49", 0.88), ("30", 0.88), ("29530300", 0.88)),
        _line(645, ("F", 0.93), ("+49", 0.97), ("30", 0.96), ("29530309", 0.96)),
        _line(677, ("apenas", 0.0), ("rrmann.de", 0.78)),
        _line(812, ("Deutschland", 0.99)),
    ]  # fmt: skip
    parsed = parse_card(lines, default_region="DE")
    assert parsed.evidence["emails"] == "missing+web/lo"
    assert "emails" in to_review(parsed)
