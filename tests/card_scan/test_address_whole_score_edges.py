"""bench/card_scan_keys.address_whole on real printed shapes (rev35c): a country line, a c/o
line, a suite, a PO box or Postfach only, and a part read short at its end (a house number's
letter, a town's last letters), which is no whole address."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from contactkit.model import Contact

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
from card_scan_keys import address_whole


def _read(street: str | None, postcode: str | None, city: str | None) -> Contact:
    return Contact.model_validate(
        {"addresses": [{"street": street, "postal_code": postcode, "city": city}]}
    )


@pytest.mark.parametrize(
    ("read", "printed", "whole"),
    [
        (("Hauptstraße 5", "10115", "Berlin"), "Hauptstraße 5, 10115 Berlin, Germany", True),
        (("Hauptstrasse 5", "10115", "Berlin"), "Hauptstraße 5, 10115 Berlin", True),
        (
            ("c/o Regus, Hauptstraße 5", "10115", "Berlin"),
            "c/o Regus, Hauptstraße 5, 10115 Berlin",
            True,
        ),
        # the c/o line left out: the street does not open the printed address
        (("Hauptstraße 5", "10115", "Berlin"), "c/o Regus, Hauptstraße 5, 10115 Berlin", False),
        (
            ("100 Federal Street, Suite 200", "02110", "Boston"),
            "100 Federal Street, Suite 200, Boston, MA 02110",
            True,
        ),
        (
            ("100 Federal Street", "02110", "Boston"),
            "100 Federal Street, Suite 200, Boston, MA 02110",
            False,
        ),
        (("PO Box 123", "02110", "Boston"), "PO Box 123, Boston, MA 02110", True),
        ((None, "02110", "Boston"), "PO Box 123, Boston, MA 02110", False),
        (("Postfach 1234", "8021", "Zürich"), "Postfach 1234, 8021 Zürich", True),
        (
            ("10 Downing Street", "SW1A 2AA", "London"),
            "10 Downing Street, London SW1A 2AA, United Kingdom",
            True,
        ),
        (("Váci út 1", "1062", "Budapest"), "Váci út 1, H-1062 Budapest", True),
        (("Berliner Straße 5", "10115", "Berlin"), "Berliner Straße 5, 10115 Berlin", True),
        (
            ("Am Sandtorkai 159 b", "70325", "Stuttgart"),
            "Am Sandtorkai 159b, 70325 Stuttgart",
            True,
        ),
        # a part read short at its end is no whole address
        (("Am Sandtorkai 159", "70325", "Stuttgart"), "Am Sandtorkai 159b, 70325 Stuttgart", False),
        (("Am Sandtorkai 159b", "70325", "Stutt"), "Am Sandtorkai 159b, 70325 Stuttgart", False),
        (("Rue du Rhône 12", "1204", "Genè"), "Rue du Rhône 12, 1204 Genève", False),
        (("2053 5th Ave", "78772", "Aust"), "2053 5th Ave, Austin, TX 78772", False),
        (("Hauptstraße 5", "0115", "Berlin"), "Hauptstraße 5, 10115 Berlin", False),
        (("12 rue de la Paix", "75002", "Paris"), "12 rue de la Paix, 75002 Paris Cedex 02", False),
    ],
)
def test_address_whole_on_real_shapes(read, printed, whole):
    assert address_whole(_read(*read), printed) is whole
