"""Session 16 (org16): companies on the photos of new tuning seeds (blind seeds 15 and 16, own
seed 61), as Tesseract gave their lines; each case failed before its fix. A word written
``text@0.36`` was read at that confidence, the others at their row's."""

from __future__ import annotations

from ocr_lines import rated_lines as _lines

from contactkit_plugins.card_scan.fields import parse_card


def test_a_company_named_like_a_british_postcode_casts_no_british_vote():
    # "B2B SAS" matched the British postcode pattern (the inward digit read as a letter), so
    # a French number printed without its code was read against a British vote.
    parsed = parse_card(
        _lines(
            ("Claire Martin", 60, 0.96),
            ("Directrice commerciale", 40, 0.95),
            ("B2B SAS", 50, 0.95),
            ("Tél. 01 42 68 53 00", 30, 0.95),
            ("claire.martin@b2b-groupe.com", 30, 0.95),
        ),
        default_region="US",
    )
    assert [p.e164 for p in parsed.contact.phones] == ["+33142685300"]
    assert parsed.evidence["phones"] == "labelled/hi"
