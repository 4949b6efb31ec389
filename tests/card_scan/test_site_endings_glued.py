"""A site's ending glued to its host or read apart after a space ("www.ferrariit",
"www.meridian pl"), and a "www." label read glued to the scheme after it ("www.https://...").
Shapes Tesseract read on session 36's cached photos (329/84, 329/97, 363/29, 368/34, 368/89)."""

from __future__ import annotations

from ocr_lines import stacked_lines as card

from contactkit_plugins.card_scan.clues import Found
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.site_spaces import dots_put_back


def _urls(*rows: str) -> tuple[list[str], str | None]:
    parsed = parse_card(card(*rows), default_region="US")
    return [u.url for u in parsed.contact.urls], parsed.evidence.get("urls")


def test_an_ending_glued_to_the_host_is_put_back_where_the_email_spells_it() -> None:
    email = [Found("paola@ferrari.it", 90.0, 0)]
    assert dots_put_back("http://www.ferrariit", email) == "http://www.ferrari.it"
    email = [Found("oliver.thompson@summit.com", 90.0, 0)]
    assert dots_put_back("Web: https: //www.summitcom", email) == "Web: https: //www.summit.com"


def test_a_glued_host_the_email_does_not_spell_stays_as_read() -> None:
    email = [Found("paola@ferrari.it", 90.0, 0)]
    assert dots_put_back("http://www.ferrarit", email) == "http://www.ferrarit"
    assert dots_put_back("http://www.ferrariit", []) == "http://www.ferrariit"


def test_an_ending_read_apart_after_a_whole_host_is_joined_beside_an_address_so_ending() -> None:
    email = [Found("helene.mathieu@orbisconscil.fr", 90.0, 0)]
    assert dots_put_back("www.orbisconseil fr", email) == "www.orbisconseil.fr"
    assert dots_put_back("www.orbisconseil fr/", email) == "www.orbisconseil.fr/"
    email = [Found("wojciech@meridian.pl", 90.0, 0)]
    assert dots_put_back("www: https: //www.meridian pl", email) == (
        "www: https: //www.meridian.pl"
    )


def test_an_ending_read_apart_with_no_address_of_that_ending_stays() -> None:
    # no address read: a site would make the lost address "missing+web", accepted
    assert dots_put_back("www: https: //www.meridian pl", []) == "www: https: //www.meridian pl"
    email = [Found("a@meridian.com", 90.0, 0)]
    assert dots_put_back("www.meridian pl", email) == "www.meridian pl"


def test_a_word_after_a_site_that_is_no_ending_or_not_the_rows_end_stays() -> None:
    assert dots_put_back("www.acme.com in", []) == "www.acme.com in"
    email = [Found("a@acme.de", 90.0, 0)]
    assert dots_put_back("www.acme in", email) == "www.acme in"
    assert dots_put_back("www.acme de Paris", email) == "www.acme de Paris"


def test_a_www_label_glued_to_the_scheme_is_no_site() -> None:
    urls, level = _urls(
        "Kazimierz Kowalski",
        "Logistyka Sp. z o.o.",
        "E-mail: kazimierz.kowalski@logistyka.pl",
        "www.https://www.logistyka.pl",
    )
    assert [u.split("//")[-1] for u in urls] == ["www.logistyka.pl"]
    assert level and level.startswith("email")


def test_a_host_named_like_a_scheme_with_no_scheme_after_it_is_left_to_the_cross_check() -> None:
    urls, _ = _urls("Anna Hart", "Hart Ltd", "www.https.com")
    assert urls == ["www.https.com"]
