"""Names the tuning sets printed and card_scan did not read, printed and read back with Tesseract.

A card without a name always goes to review; each of these was one such card.
"""

from __future__ import annotations

import pytest
from printed import read_card


@pytest.mark.parametrize(
    ("rows", "email", "name"),
    [
        # A name on two lines, the email giving one word by its initial.
        ((("Daniel", 40), ("Echeverria", 40)), "d.echeverria@jimenez-asociados.es",
         "Daniel Echeverria"),
        # Family name over given name, the email spelling only the family name: the given name
        # is one the tables know, and goes first.
        ((("Marini", 40), ("Andrea", 40)), "marini@atlas.it", "Andrea Marini"),
        # Particles with an apostrophe, degrees in brackets and after a comma, JR. in capitals.
        ((("Camille d'Arcy", 44),), "arcy.camille@orbis.fr", "Camille d'Arcy"),
        ((("Dipl.-Ing. (FH) Wolfgang Lehmann", 40),), "lehmann.wolfgang@schulze.de",
         "Wolfgang Lehmann"),
        ((("DR. SC. TECHN. SUSANNE BAUER, DIPL. ING.", 34),), "susanne.bauer@krueger-medtech.ch",
         "Susanne Bauer"),
        ((("NANCY MILLER JR.", 44),), "miller@qgroup.com", "Nancy Miller Jr."),
        # ß read as B, and a first letter lost: put back.
        ((("Franziska GroBmann", 44),), "franziskag@polaris.ch", "Franziska Großmann"),
        ((("onathan Bennett", 44),), "jonathan_bennett@evergreen.com", "Jonathan Bennett"),
    ],
)  # fmt: skip
def test_a_name_printed_in_an_unusual_shape_is_read(rows, email, name):
    parsed = read_card(*rows, "Quality Assurance Lead", ("Evergreen Inc.", 34), email)
    assert parsed.contact.name is not None
    assert parsed.contact.name.full == name


def test_an_l_with_stroke_read_in_capitals_is_put_back_in_capitals():
    parsed = read_card(("StAWOMIR GORSKI", 44), ("Grabowski Sp.k.", 34), "gorski@grabowski.pl")
    assert parsed.contact.name.full == "Sławomir Gorski"
