"""Session 13, second review (hunt13): cards the merged change read wrong at a level past the
review line, each made by hand and read through ``parse_card``."""

from __future__ import annotations

from dataclasses import replace

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.ocr import Line, Word

from .printed import worded_lines


def _parse(*rows: tuple[str, int] | str, region: str = "US"):
    return parse_card(
        worded_lines(*[(r, 30) if isinstance(r, str) else r for r in rows]),
        default_region=region,
    )








def test_a_title_whose_first_word_a_tilted_photo_cut_is_joined_or_doubted():
    # Blind seed 1 photo 560: "Bereichsl" and "leiter Logistik" a little apart on one row; the
    # title was read "leiter Logistik" at strong/hi (0.990).
    def word(text: str, left: int, width: int, height: int = 36) -> Word:
        return Word(text, 0.95, left, 719, width, height)

    lines = [
        Line([word("Markus", 825, 377, 51), word("Schmid", 1215, 406, 51)]),
        Line([word("Bereichsl", 803, 181)]),
        Line([word("leiter", 979, 96), word("Logistik", 1086, 143)]),
        Line([Word("Meridian Elektrotechnik GmbH", 0.95, 794, 937, 842, 62)]),
        Line([Word("Mob.: +49 152 72284809", 0.95, 803, 1070, 400, 40)]),
    ]
    lines[0].words = [replace(w, top=645) for w in lines[0].words]
    parsed = parse_card(lines, default_region="DE")
    assert parsed.contact.title == "Bereichsleiter Logistik"
    # Where nothing is there to join, a title opening on a word in small letters is doubted.
    parsed = _parse(
        ("Markus Schmid", 44),
        "ichsleiter Logistik",
        ("Meridian Elektrotechnik GmbH", 36),
        "Mob.: +49 152 72284809",
        region="DE",
    )
    assert parsed.contact.title is None or parsed.confidence["title"] < REVIEW_BELOW




def test_a_second_number_cut_short_after_its_label_sends_the_phones_to_review():
    # Blind seed 1 photo 662: "T +41 31879 7904 Natel +4179-942-", the mobile's end on the
    # next row not read; the office number alone was accepted at labelled+intl/hi (0.990).
    parsed = _parse(
        ("Susanne Schäfer", 44),
        ("Schäfer & Cie SA", 36),
        "T +41 31879 7904 Natel +4179-942-",
        "E-Mail susanne.schaefer@schaefercie.ch",
        region="CH",
    )
    assert parsed.evidence["phones"] == "unread"
    assert parsed.confidence["phones"] < REVIEW_BELOW




