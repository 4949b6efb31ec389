"""A Spanish floor alone whose ordinal sign Tesseract reads as a star is the planta's ª
(session 36, addr36); what stays as read: a degree sign (º or ª, only the print shows), a
floor of two digits, a star outside a Spanish street."""

from __future__ import annotations

import pytest

from contactkit_plugins.card_scan.street_repair import repair_street


@pytest.mark.parametrize(
    ("street", "want"),
    [
        ("Avenida Diagonal, 210, 1*", "Avenida Diagonal, 210, 1ª"),
        ("Calle Mayor, 86, 1#", "Calle Mayor, 86, 1ª"),
        ("Paseo de la Castellana, 95, 2*", "Paseo de la Castellana, 95, 2ª"),
    ],
)
def test_a_floor_sign_read_as_a_star(street, want):
    assert repair_street(street, "ES") == want


@pytest.mark.parametrize(
    ("street", "region"),
    [
        ("Calle Mayor, 86, 1°", "ES"),  # a 1º or a 1ª: left as read
        ("Calle Mayor, 86, 12*", "ES"),
        ("Calle Mayor, 86*", "ES"),  # the house number itself
        ("Suite 3*", "US"),
        ("12 Main Street, 4*", "US"),
    ],
)
def test_left_as_read(street, region):
    assert repair_street(street, region) == street
