"""A company's legal form set smaller beside a large name and read as a smudge into the line of
the column beside it (fresh photo seed 350 card 79: ``Nexus Holdings`` | ``Plepp}. 0113 ...``,
accepted without its "plc"): the company is doubted (``+row-rest``). Hand-made OCR lines with
the boxes Tesseract gave, and the shapes the rule must leave as read."""

from __future__ import annotations

from printed import to_review

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.text_lines import Line, Word


def _row(*boxes: tuple[str, float, int, int, int, int]) -> Line:
    return Line([Word(*box) for box in boxes])


def _nexus(first: tuple[str, float]) -> list[Line]:
    text, conf = first
    return [
        _row(("VICTORIA", 0.96, 656, 92, 250, 57), ("DAVIES", 0.96, 920, 92, 200, 57)),
        _row(("VP,", 0.96, 753, 185, 60, 45), ("Business", 0.96, 823, 185, 180, 45),
             ("Development", 0.96, 1013, 185, 260, 45)),
        _row(("Nexus", 0.97, 87, 365, 163, 113), ("Holdings", 0.97, 266, 365, 239, 113)),
        _row((text, conf, 521, 409, 165, 59), ("0113", 0.80, 699, 437, 83, 31),
             ("572.6742", 0.73, 794, 436, 155, 32), ("Fax:", 0.79, 983, 435, 73, 33),
             ("0113", 0.94, 1068, 437, 83, 31), ("256", 0.93, 1162, 437, 62, 31),
             ("8377", 0.93, 1235, 436, 82, 31)),
        _row(("victoria.davies@ngroup.co.uk", 0.98, 753, 489, 500, 40)),
        _row(("https://ngroup.co.uk/", 0.98, 959, 540, 330, 40)),
        _row(("26", 0.97, 741, 591, 40, 45), ("Station", 0.96, 790, 591, 130, 45),
             ("Road", 0.93, 930, 591, 90, 45), ("Leeds", 0.90, 1040, 591, 100, 45),
             ("LS1", 0.90, 1150, 591, 60, 45), ("2JD", 0.93, 1220, 591, 60, 45)),
    ]  # fmt: skip


def test_a_form_read_as_a_smudge_beside_the_companys_end_doubts_it():
    parsed = parse_card(_nexus(("Plepp}.", 0.0)), default_region="GB")
    assert parsed.evidence["organization"].endswith("+row-rest")
    assert "organization" in to_review(parsed)


def test_a_phone_label_or_a_readable_word_there_is_left_as_read():
    # "Phone" read surely opens the phone row: no smudge
    for first in (("Phone:", 0.93), ("Tel.", 0.05)):
        parsed = parse_card(_nexus(first), default_region="GB")
        assert not parsed.evidence["organization"].endswith("+row-rest")
