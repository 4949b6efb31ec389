"""What a site row spelling the email's domain must not give: real card shapes where the email's
domain is not the printed site, or where no site is printed at all (review of url35)."""

from __future__ import annotations

import pytest
from ocr_lines import stacked_lines

from contactkit_plugins.card_scan.clues import Found
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.site_rows import site_from_email_row

# A Swiss firm's card with no site printed: its rows before the one under test.
_WERNER = ("Werner AG", "Anna Schmitt", "Verkauf", "Tel. +41 44 123 45 67", "anna@werner.ch")


def _urls(*rows: str, region: str = "DE") -> tuple[list[str], str]:
    parsed = parse_card(stacked_lines(*rows), default_region=region)
    return [u.url for u in parsed.contact.urls], parsed.evidence["urls"]


def _not_from_email_row(*rows: str, region: str = "DE") -> list[str]:
    urls, level = _urls(*rows, region=region)
    assert not level.startswith("email-row"), (urls, level)
    return urls


def test_a_groups_or_local_site_beside_another_domains_email_is_not_the_emails() -> None:
    # the group's site beside the division's address
    assert (
        _not_from_email_row(
            "Siemens Healthineers AG",
            "Anna Schmitt",
            "Key Account Manager",
            "Tel. +49 9131 84 0",
            "anna.schmitt@siemens-healthineers.com",
            "www siemens com",
        )
        == []
    )
    # the German site beside the group's .com address: another ending printed whole
    assert (
        _not_from_email_row(
            "Daimler Truck AG",
            "Jan Weber",
            "Vertrieb",
            "Tel. +49 711 17 0",
            "jan.weber@daimlertruck.com",
            "Web www daimlertruck de",
        )
        == []
    )
    # a country subdomain's email ("de.bosch.com") beside the country's site
    assert (
        _not_from_email_row(
            "Robert Bosch GmbH",
            "Jan Weber",
            "Einkauf",
            "Tel. +49 711 400 40990",
            "jan.weber@de.bosch.com",
            "www bosch de",
        )
        == []
    )


def test_a_product_or_personal_site_is_not_the_emails_domain() -> None:
    assert (
        _not_from_email_row(
            "Bosch Power Tools",
            "Jan Weber",
            "Produktmanager",
            "Tel. +49 711 400 40990",
            "jan.weber@bosch.com",
            "www bosch professional com",
        )
        == []
    )
    assert (
        _not_from_email_row(
            "Kanzlei Berg",
            "Dr. Anna Berg",
            "Rechtsanwaeltin",
            "Tel. +49 30 123456",
            "anna@kanzlei-berg.de",
            "www anna berg de",
        )
        == []
    )


@pytest.mark.parametrize(
    ("email", "row", "region"),
    [
        ("anna.berg@web.de", "Web: anna berg design de", "DE"),
        ("anna.berg@web.de", "Web", "DE"),
        ("anna.berg@gmx.de", "Web www gmx net", "DE"),
        ("anna.berg@gmail.com", "Instagram annaberg foto", "DE"),
        ("uwe.krause@t-online.de", "Web: t-online krause", "DE"),
        ("luc.martin@orange.fr", "Site web: orange fr martin", "FR"),
        ("marco.rossi@libero.it", "Web: libero professionista", "IT"),
        ("jane.doe@outlook.com", "Web: outlook", "GB"),
        ("taro@yahoo.co.jp", "URL: yahoo", "JP"),
        ("jan.nowak@wp.pl", "www wp pl", "PL"),
    ],
)
def test_a_free_mail_host_is_never_the_site(email: str, row: str, region: str) -> None:
    urls = _not_from_email_row(
        "Anna Berg", "Grafikdesign", "Tel. 030 123456", email, row, region=region
    )
    assert email.partition("@")[2] not in urls


def test_a_profile_row_gives_no_site() -> None:
    for row in (
        "LinkedIn www linkedin com/in/werner",
        "Xing www xing com/profile/werner",
        "www linkedin com/company/werner",
        "Web @werner",
    ):
        assert _not_from_email_row(*_WERNER, row, region="CH") == [], row


def test_an_address_or_a_firms_words_with_a_web_mark_give_no_site() -> None:
    assert _not_from_email_row(*_WERNER, "Wernerstrasse 5, 8001 Zuerich www", region="CH") == []
    assert _not_from_email_row(*_WERNER, "Werner Weg 5 - Web", region="CH") == []
    assert _not_from_email_row(*_WERNER, "Werner Web & Print", region="CH") == []


def test_a_row_with_a_phone_and_another_site_gives_no_site() -> None:
    assert _not_from_email_row(*_WERNER, "Fax +41 44 123 45 68 www werner com", region="CH") == []


def test_a_mail_subdomain_is_not_the_site() -> None:
    urls, _ = _urls(
        "Holzbau Weber GmbH",
        "Jan Weber",
        "Einkauf",
        "Tel. +49 711 400 40990",
        "jan.weber@mail.holzbau-weber.de",
        "Mail & Web",
    )
    assert "mail.holzbau-weber.de" not in urls


@pytest.mark.parametrize(
    ("email", "row", "region"),
    [
        ("john@firma.co.uk", "www firma com", "GB"),
        ("john@firma.com.au", "www firma com", "AU"),
        ("taro@firma.co.jp", "www firma com", "JP"),
    ],
)
def test_a_second_level_email_beside_the_groups_com_is_not_guessed(
    email: str, row: str, region: str
) -> None:
    assert (
        _not_from_email_row(
            "Firma Ltd", "John Smith", "Director", "Tel. 020 7946 0958", email, row, region=region
        )
        == []
    )


def test_a_card_that_prints_no_site_gets_none() -> None:
    urls, level = _urls(*_WERNER, region="CH")
    assert urls == [] and not level.startswith("email-row")


def test_a_mangled_row_with_the_emails_whole_ending_still_gives_it() -> None:
    # the narrowing keeps the shapes the rule is for
    rows = ("Firma Ltd", "John Smith", "Director", "Tel. +44 20 7946 0958", "john@firma.co.uk")
    urls, level = _urls(*rows, "wwwfirma co uk", region="GB")
    assert urls in ([], ["firma.co.uk"]) or urls[0].endswith("firma.co.uk"), (urls, level)
    urls, level = _urls(*_WERNER, "Web www werner c", region="CH")
    assert urls == ["werner.ch"] and level.startswith("email-row")


def test_slipped_endings_read_on_photos_still_confirm_the_emails_domain() -> None:
    # cached photos p349 cards 8 and 14, p352 card 85, p366 card 64: the ending misread, not
    # another real ending, so the narrowing keeps them
    for email, row in (
        ("rachel.cooper@vestabiosciences.com", "http://www. vestabiosciences.cony"),
        ("s.schneider@maiersoehne.at", "Web: http://www. maiersoehne.ot/"),
        ("brown@thameside.co.uk", "hitp/ www. thameside.co.ok/"),
        ("shota.suzuki@kato-tsusho.co.jp", "URL: www kato-tsusho £0 jp"),
    ):
        found = site_from_email_row([Found(email, 90.0, 0)], [email, row], {0})
        assert found is not None and found.value == email.partition("@")[2], row
