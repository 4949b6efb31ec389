"""A company's closing legal form read as a scrap on its own line and trimmed as a smudge
(fresh photo seed 378 card 52: ``Kestrel Holdings Bbf``, its small "plc" read at 0.96,
accepted as ``Kestrel Holdings`` at domain+legal): the company is doubted (``+form-dropped``),
its form not guessed. Hand-made OCR lines with the boxes Tesseract gave, and the shapes the
rule must leave as read."""

from __future__ import annotations

from printed import to_review

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.text_lines import Line, Word


def _row(*boxes: tuple[str, float, int, int, int, int]) -> Line:
    return Line([Word(*box) for box in boxes])


def _kestrel(*company: str) -> list[Line]:
    lefts = [89, 318, 579, 680]
    words = [
        (w, 0.96, lefts[i], 417, lefts[i + 1] - lefts[i] - 4, 55) for i, w in enumerate(company)
    ]
    return [
        _row(("Christina", 0.96, 680, 106, 381, 77), ("Jones", 0.96, 1082, 106, 229, 77)),
        _row(("Operations", 0.97, 899, 202, 238, 46), ("Analyst", 0.97, 1152, 202, 162, 46)),
        _row(*words),
        _row(("0117", 0.71, 693, 442, 89, 30), ("929.6030", 0.71, 796, 442, 170, 30),
             ("M", 0.82, 1003, 442, 34, 30), ("07702", 0.82, 1052, 442, 110, 30),
             ("710085", 0.96, 1179, 442, 134, 30)),
        _row(("Email:", 0.93, 799, 490, 113, 39),
             ("cjones@kestrel.co.uk", 0.91, 928, 490, 388, 39)),
        _row(("https://kestrel.co.uk/", 0.91, 938, 541, 378, 39)),
    ]  # fmt: skip


def test_a_scrap_dropped_after_holdings_on_its_line_doubts_the_company():
    parsed = parse_card(_kestrel("Kestrel", "Holdings", "Bbf"), default_region="GB")
    assert parsed.contact.organization.name == "Kestrel Holdings"  # the form is not guessed
    assert parsed.evidence["organization"].endswith("+form-dropped")
    assert "organization" in to_review(parsed)


def test_a_closing_form_read_or_nothing_after_the_name_is_left_as_read():
    for company in (("Kestrel", "Holdings"), ("Kestrel", "Holdings", "plc")):
        parsed = parse_card(_kestrel(*company), default_region="GB")
        assert not parsed.evidence["organization"].endswith("+form-dropped")
    # a smudge after a closing form ("Greenfield Logistics Corp. (i") lost nothing
    parsed = parse_card(_kestrel("Kestrel", "Ltd", "Bbf"), default_region="GB")
    assert not parsed.evidence["organization"].endswith("+form-dropped")


def _phillips(first: tuple[str, float]) -> list[Line]:
    text, conf = first
    return [
        _row(("LAWRENCE", 0.96, 534, 98, 379, 60), ("ROBINSON", 0.96, 941, 98, 369, 60)),
        _row(("Director", 0.97, 913, 186, 143, 40), ("of", 0.96, 1069, 186, 34, 40),
             ("Operations", 0.96, 1116, 186, 197, 40)),
        _row(("PHILLIPS", 0.97, 81, 301, 192, 116), ("BIOSCIENCES", 0.94, 287, 301, 284, 116)),
        _row((text, conf, 587, 352, 100, 57), ("(312)", 0.88, 710, 352, 89, 57),
             ("252-2344", 0.70, 812, 352, 158, 57), ("C:", 0.70, 1004, 352, 32, 57),
             ("(415)", 0.89, 1052, 352, 87, 57), ("526-8227", 0.89, 1153, 352, 160, 57)),
        _row(("E:", 0.93, 676, 425, 28, 36),
             ("l.robinson@phillipsbiosciences.com", 0.89, 718, 425, 595, 36)),
        _row(("http://www.", 0.96, 714, 475, 182, 37),
             ("phillipsbiosciences.com/", 0.96, 906, 475, 408, 37)),
        _row(("2927", 0.97, 918, 524, 82, 38), ("Lexington", 0.96, 1014, 524, 164, 38),
             ("Avenue", 0.97, 1189, 524, 125, 38)),
        _row(("Chicago,", 0.96, 1011, 573, 145, 40), ("IL", 0.88, 1169, 573, 29, 40),
             ("60640", 0.97, 1209, 573, 106, 40)),
    ]  # fmt: skip


def test_a_form_read_with_the_phone_label_beside_the_name_doubts_the_company():
    # "Gece" for "Co. O:": the form and the label read as one unsure word
    parsed = parse_card(_phillips(("Gece", 0.65)), default_region="US")
    assert parsed.contact.organization.name == "PHILLIPS BIOSCIENCES"
    assert parsed.evidence["organization"].endswith("+form-beside")
    assert "organization" in to_review(parsed)


def test_a_phone_label_or_a_sure_word_beside_the_name_is_left_as_read():
    for first in (("O:", 0.65), ("Office:", 0.65), ("Phone", 0.6), ("Gece", 0.93)):
        parsed = parse_card(_phillips(first), default_region="US")
        assert not parsed.evidence["organization"].endswith("+form-beside")
