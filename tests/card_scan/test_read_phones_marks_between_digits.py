"""A dot between two digits read as a comma is put back without calling the number repaired:
every digit is as Tesseract read it (session 34, needless34: two right numbers sent to review
for it alone on the cached photo seeds 324-340). A digit changed (a letter read for one, a bar
read as 1) or a speck read as a colon (where a digit may have been lost) still reads as
repaired."""

from __future__ import annotations

import pytest
from ocr_lines import stacked_lines as card

from contactkit_plugins.card_scan.fields import parse_card


def _phones(region: str, *rows: str) -> tuple[dict[str, str], str]:
    parsed = parse_card(card(*rows), default_region=region)
    return {p.e164: p.kind.value for p in parsed.contact.phones}, parsed.evidence["phones"]


def test_a_french_number_with_one_dot_read_as_a_comma_is_read_as_printed():
    """p339/37: "Tél. 01,50.29.31.69" beside moreau.fr, to review at repaired/hi."""
    phones, level = _phones(
        "FR",
        ("Grégoire François", 44),
        "MOREAU ET FILS SARL",
        "Tél. 01,50.29.31.69",
        "gfrancois@moreau.fr",
        "75074 Paris",
    )
    assert phones == {"+33150293169": "work"}
    assert level == "labelled/hi"


def test_a_swiss_mobile_with_a_dot_read_as_a_comma_keeps_its_label_s_level():
    """p324/93: "Mobile: +41 78.426,60.23", to review at repaired+intl/hi."""
    phones, level = _phones(
        "CH",
        ("Lukas Meier", 44),
        "Alpina AG",
        "Mobile: +41 78.426,60.23",
        "lukas.meier@alpina.ch",
    )
    assert phones == {"+41784266023": "cell"}
    assert level == "labelled+intl/hi"


@pytest.mark.parametrize(
    ("region", "rows", "e164"),
    [
        # a letter read for a digit beside the comma: a digit changed
        ("FR", ("MOREAU ET FILS SARL", "Tél. 01,5O.29.31.69", "gf@moreau.fr"), "+33150293169"),
        # a speck read as a colon: the mark may stand where a digit was lost (p338/13's shape)
        ("FR", ("MOREAU ET FILS SARL", "Tél. +33 4:95 87 63 47", "gf@moreau.fr"), "+33495876347"),
        # p339/52: "Tel. |61 844 03 83" read "Tel. 161 844 03 83": the bar's 1 taken away
        ("PL", ("JABŁOŃSKI SP.K", "Tel. 161 844 03 83", "r.pawlak@jablonski.pl"), "+48618440383"),
    ],
)
def test_a_digit_changed_still_reads_as_repaired(
    region: str, rows: tuple[str, ...], e164: str
) -> None:
    phones, level = _phones(region, ("Rafał Pawlak", 44), *rows)
    assert phones == {e164: "work"}
    assert level.startswith("repaired")


def test_two_numbers_parted_by_a_comma_and_a_space_stay_two_and_unrepaired():
    phones, level = _phones("DE", ("Ana Ruiz", 44), "Acme GmbH", "Tel 030 1234567, 030 7654321")
    assert set(phones) == {"+49301234567", "+49307654321"}
    assert not level.startswith("repaired")
