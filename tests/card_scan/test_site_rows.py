"""A website row too mangled to read, confirmed as the site by the email's domain it spells."""

from __future__ import annotations

from ocr_lines import stacked_lines

from contactkit_plugins.card_scan.clues import Found
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.site_rows import site_from_email_row


def _email(value: str, from_site: bool = False) -> list[Found]:
    return [Found(value, 90.0, 0, from_site=from_site)]


def _site(texts: list[str], email: str, taken: frozenset[int] = frozenset({0})) -> str | None:
    found = site_from_email_row(_email(email), texts, set(taken))
    return found.value if found else None


def test_site_row_with_its_dot_lost_is_the_emails_domain() -> None:
    # photos, seeds 324 and 366: a space or nothing where the dots were
    assert _site(["p.maier@orbiswerke.de", "Web www orbiswerke d"], "p.maier@orbiswerke.de") == (
        "orbiswerke.de"
    )
    assert _site(["schmitt@werner.ch", "wwwwernerch"], "schmitt@werner.ch") == "werner.ch"
    assert _site(["paweld@altair.pl", "http://www. altair.pv"], "paweld@altair.pl") == "altair.pl"
    assert _site(
        ["ursula.meyer@altair.ch", "www https://altairch/de"], "ursula.meyer@altair.ch"
    ) == ("altair.ch")


def test_a_row_that_spells_a_longer_name_is_no_confirmation() -> None:
    # "schaefer-group.at" is another site: a hyphen or a letter may go on to another name
    assert _site(["s@schaefer.at", "Web: www.schaefer-group.at"], "s@schaefer.at") is None
    assert _site(["s@vesta.nl", "www vestagroup nl"], "s@vesta.nl") is None
    assert _site(["s@lange.de", "Wed https wwe Jonge de"], "s@lange.de") is None  # not spelt


def test_no_site_from_a_cut_address_or_one_taken_from_the_site() -> None:
    assert _site(["nataliaw@tatry.p", "wen: hitps://tatry pitcontact"], "nataliaw@tatry.p") is None
    found = site_from_email_row(
        _email("a@werner.ch", from_site=True), ["a@werner.ch", "wwwwernerch"], {0}
    )
    assert found is None


def test_a_row_that_is_no_site_row_or_two_rows_are_not_guessed() -> None:
    # the company's words spell the name too, with no site's mark: no site printed
    assert _site(["a.b@werner.ch", "Werner AG"], "a.b@werner.ch") is None
    assert _site(["a@werner.ch", "www werner ch", "web werner ch"], "a@werner.ch") is None
    # a row some field took (here the address row itself) is not looked at
    assert _site(["a@werner.ch", "wwwwernerch"], "a@werner.ch", frozenset({0, 1})) is None


def test_whole_card_takes_the_site_from_its_mangled_row_and_leaves_a_clean_card_as_read() -> None:
    rows = [
        "Werner AG",
        "Anna Schmitt",
        "Verkaufsleiterin",
        "Tel. +41 44 123 45 67",
        "E-Mail schmitt@werner.ch",
    ]
    parsed = parse_card(stacked_lines(*rows, "wwwwernerch"), default_region="CH")
    assert [u.url for u in parsed.contact.urls] == ["werner.ch"]
    assert parsed.evidence["urls"].startswith("email-row")
    clean = parse_card(stacked_lines(*rows, "www.werner.ch"), default_region="CH")
    assert parsed.evidence["emails"] == clean.evidence["emails"]
    assert not clean.evidence["urls"].startswith("email-row")
    assert [u.url for u in clean.contact.urls] == ["www.werner.ch"]
