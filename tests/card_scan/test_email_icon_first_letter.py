"""An envelope printed before the address row, read as a letter glued to the address's start:
the name must not write its initial over that letter (it would accept a guess as the name's
form), since the letters after it are already a usual form of the name. Hand-made OCR lines as
Tesseract gave them on the cached photos (session 37); the first failed before its fix."""

from __future__ import annotations

import pytest
from printed import to_review, worded_lines

from contactkit_plugins.card_scan.fields import ParsedCard, parse_card
from contactkit_plugins.card_scan.local_repair import mended_by_name
from contactkit_plugins.card_scan.text_lines import Line, Word


def _card(name: str, email: str, company: str, region: str, conf: float = 0.95) -> ParsedCard:
    lines = worded_lines((name, 54), (company, 34), ("Tel. +44 161 338 8334", 27))
    lines.append(Line([Word(email, conf, 773, 179, 16 * len(email), 34)]))
    return parse_card(lines, default_region=region)


@pytest.mark.parametrize(
    ("name", "read", "company", "region"),
    [
        # photo 351 card 96: "✉  taylor@sogroup.co.uk" read as one word (the family name alone)
        ("Katherine Taylor", "wtaylor@sogroup.co.uk", "Smith & ONeill Ltd", "GB"),
        # photo 366 card 40: valentini@ with the envelope read v
        ("Benedetta Valentini", "vvalentini@greco.it", "Greco S.r.l.", "IT"),
    ],
)
def test_a_stray_first_letter_is_not_overwritten_by_the_given_initial(name, read, company, region):
    parsed = _card(name, read, company, region)
    assert parsed.contact.emails == [read]  # as read: which letter is the icon is a guess
    assert "emails" in to_review(parsed)


def test_a_first_letter_read_as_another_where_the_rest_is_no_form_is_still_mended():
    # photo 387 card 31: "jaura@" beside Laura Gentile was laura@ (a right mend kept)
    assert mended_by_name("jaura@polaris.it", "Laura Gentile") == (
        "laura@polaris.it",
        "name-mended",
    )


def test_the_initials_own_look_alike_is_still_mended():
    # l read t (endings.LOOKALIKE_LETTERS): the initial's glyph slipped, no icon
    assert mended_by_name("tbraun@vesta.de", "Lena Braun") == ("lbraun@vesta.de", "name-mended")


@pytest.mark.parametrize(
    ("read", "name"),
    [
        ("wtaylor@sogroup.co.uk", "Katherine Taylor"),
        # scan 358 card 3: itoo@ printed beside a name read "Koji Too"; the name slipped
        ("itoo@ikeda-sangyo.co.jp", "Koji Too"),
    ],
)
def test_the_mend_gives_nothing_where_the_letter_may_be_an_icon(read, name):
    assert mended_by_name(read, name) is None
