"""A firm's tagline on the card is no job title (session 33, names33): "Ihr Partner für
Antriebstechnik" (its I read l, taken for the title), "Your partner in logistics", a quoted or
exclaimed line, one opening on a preposition. Real titles, "Partner" among them, stay titles.
Hand-made OCR lines in the shapes Tesseract gives on business-card photos."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.slogans import slogan_line
from contactkit_plugins.card_scan.titles import title_score


def _german_card(title: str, slogan: str) -> list:
    return worded_lines(
        ("Schmidt Antriebstechnik GmbH", 30), (slogan, 18), ("Jürgen Fischer", 36),
        (title, 24), ("+49 89 4911 3862", 22), ("j.fischer@schmidt-antriebe.de", 22),
        ("Friedrichstraße 144", 22), ("80208 München", 22),
    )  # fmt: skip


@pytest.mark.parametrize(
    "slogan",
    [
        "Ihr Partner für Antriebstechnik",
        "lhr Partner fiir Antriebstechnik",
        "1hr Partner für Antriebstechnik",
        "thr Logistikpartner",
        "Dai 1960 al vostro servizio",
        "Partner für Antriebstechnik",
        "Your partner in logistics",
        "Your Partner for Growth",
        "Votre partenaire en logistique",
        "Uw partner in logistiek",
        "Für Ihre Sicherheit",
        "For a cleaner tomorrow",
        "Pour un monde plus propre",
        "Mit Sicherheit gut beraten",
        "Seit 1952",
        "Since 1952",
        "“Quality Engineering Since 1952”",
        '"Engineering Excellence"',
        "Wir bewegen Ihre Welt!",
    ],
)
def test_a_tagline_is_no_title(slogan):
    assert slogan_line(slogan)
    assert title_score(slogan) == 0


@pytest.mark.parametrize(
    "title",
    [
        "Leiterin Vertrieb",
        "Head of Sales",
        "Directeur Commercial",
        "Partner",
        "Managing Partner",
        "Senior Partner",
        "Partner in Charge",
        "Geschäftsführer",
        "Jefe de Compras",
        "Specjalista ds. Sprzedaży",
        "Responsable des achats",
        "Leiter für Vertrieb",
        "‘Yechnischer Leiter",
        "VP Sales & Marketing",
    ],
)
def test_a_real_title_is_no_tagline(title):
    assert not slogan_line(title)
    assert title_score(title) > 0


@pytest.mark.parametrize(
    "slogan", ["lhr Partner fiir Antriebstechnik", "Ihr Partner für Antriebstechnik"]
)
def test_the_card_title_is_taken_beside_the_tagline(slogan):
    # Photo seed 311 card 37 (session 32): the tagline over the name had been taken for the
    # title Projektingenieur; the title line wins now.
    parsed = parse_card(_german_card("Projektingenieur", slogan), default_region="US")
    assert parsed.contact.title == "Projektingenieur"


def test_a_tagline_alone_gives_no_title():
    lines = worded_lines(
        ("Schmidt Antriebstechnik GmbH", 30), ("Ihr Partner für Antriebstechnik", 18),
        ("Jürgen Fischer", 36), ("+49 89 4911 3862", 22),
        ("j.fischer@schmidt-antriebe.de", 22),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.title is None
