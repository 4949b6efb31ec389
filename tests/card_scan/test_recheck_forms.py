"""A company's legal form that RapidOCR's reading of its row names as another form: to review
(session 66: first generator's photo seed 711 card 27, "SLL." for S.L., accepted at
domain+legal)."""

from __future__ import annotations

import pytest
from printed import rechecked, worded_lines

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.recheck_forms import form_disputed


def _sanchez(company: str, reading: str) -> list:
    lines = worded_lines(
        (company, 49),
        ("José Gomez Sanchez", 60),
        ("Responsable de Calidad", 35),
        ("Tel. 949340794", 34),
        ("gomez.jose@sanchez-consultoria.es", 34),
    )
    return rechecked(lines, 0, (reading, 0.95))


def test_a_form_read_as_another_goes_to_review():
    parsed = parse_card(
        _sanchez("SANCHEZ CONSULTORIA SLL.", "SANCHEZ CONSULTORIA S.L."), default_region="ES"
    )
    assert parsed.evidence["organization"].endswith("+recheck")
    assert parsed.confidence["organization"] < REVIEW_BELOW


def test_a_form_read_alike_stays_sure():
    parsed = parse_card(
        _sanchez("SANCHEZ CONSULTORIA S.L.", "SANCHEZ CONSULTORIA SL"), default_region="ES"
    )
    assert "+recheck" not in parsed.evidence["organization"]
    assert parsed.confidence["organization"] >= REVIEW_BELOW


@pytest.mark.parametrize(
    ("company", "reading", "disputed"),
    [
        ("SANCHEZ CONSULTORIA SLL.", "SANCHEZ CONSULTORIA S.L.", True),
        ("Lumen SAS", "Lumen SA", True),
        ("Helix GmbH", "Helix GmbH.", False),
        ("Acme Co., Ltd.", "Acme Co.,Ltd", False),
        ("Nova S.A.", "Nova SA", False),
        ("Clearview Networks, Pte Ltd", "ClearviewNetworks,Pte Ltd", False),  # glued: its end
        ("Bar Sp. z o.o.", "Bar Sp. z 0.0.", False),  # no form read: nothing to compare
        ("Helix GmbH", "Helix", False),
    ],
)
def test_forms_dispute_only_where_both_are_read_and_neither_ends_the_other(
    company, reading, disputed
):
    assert form_disputed(company, reading) is disputed
