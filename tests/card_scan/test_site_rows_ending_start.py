"""A mangled site row's letters after the name must start the email's ending (review of url37).

The blind generator prints the email's domain as the site, so its seeds never show a firm whose
site ends otherwise than its mail; these shapes do."""

from __future__ import annotations

import pytest
from ocr_lines import stacked_lines

from contactkit_plugins.card_scan.clues import Found
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.site_rows import site_from_email_row

# A German firm's card, its address at acme.de: the rows before the site row under test.
_ACME = ("Acme GmbH", "Jonas Weber", "Vertrieb", "Tel. +49 30 1234 5678", "j.weber@acme.de")


def _site(email: str, row: str) -> str | None:
    found = site_from_email_row([Found(email, 90.0, 0)], [email, row], {0})
    return found.value if found else None


@pytest.mark.parametrize(
    "row",
    [
        "Web www acme c",  # acme.com cut: another ending's start
        "www acme co",
        "Web: www acme cm",
        "wwwacme n",  # acme.net or .nl
        "http://www. acme u/",
    ],
)
def test_letters_starting_another_ending_are_no_reading_of_the_emails(row: str) -> None:
    assert _site("j.weber@acme.de", row) is None


def test_whole_card_leaves_the_loose_row_unread_not_accepted() -> None:
    parsed = parse_card(stacked_lines(*_ACME, "Web www acme c"), default_region="DE")
    assert parsed.contact.urls == []
    assert not parsed.evidence["urls"].startswith("email-row")


@pytest.mark.parametrize(
    ("email", "row"),
    [
        # cached photos where the rule fired and was right (324, 336, 339, 349, 352, 366, 376,
        # 377, 382, 386, 387, 388): the ending's start read, a stroke for a stroke, or one slip
        ("p.maier@orbiswerke.de", "Web www orbiswerke d"),
        ("paweld@altair.pl", "http://www. altair.pv"),
        ("a@vantage.pl", "www: hftps://vantage.pi/contact"),
        ("a@deltawerke.de", "internet: htp:/www.deltawerke def"),
        ("a@zimmermann.ch", "hittp:/Aaww.zimmermann.clY"),
        ("a@helix.com", "W http www helix conv"),
        ("a@russoc.it", "www http://www. russoc. iu"),
        ("s.schneider@maiersoehne.at", "Web: http://www. maiersoehne.ot/"),
        ("shota.suzuki@kato-tsusho.co.jp", "URL: www kato-tsusho £0 jp"),
        ("brown@thameside.co.uk", "hitp/ www. thameside.co.ok/"),
    ],
)
def test_the_emails_ending_read_mangled_still_confirms_it(email: str, row: str) -> None:
    assert _site(email, row) == email.partition("@")[2]


def test_whole_card_still_takes_the_site_from_its_cut_ending() -> None:
    parsed = parse_card(stacked_lines(*_ACME, "Web www acme d"), default_region="DE")
    assert [u.url for u in parsed.contact.urls] == ["acme.de"]
    assert parsed.evidence["urls"].startswith("email-row")
