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
