"""A site row confirmed by the address as stored (repaired from the company, or mended from a
row left over), and a bare site row with its dot read as a space ("cevennes fr"). Shapes
Tesseract read on session 36's cached photos (326/37, 331/14, 370/4, 334/85, 335/62)."""

from __future__ import annotations

from ocr_lines import stacked_lines

from contactkit_plugins.card_scan.clues import Found
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.site_rows import site_from_email_row


def _site(texts: list[str], read: list[str], final: list[str], taken: set[int]) -> str | None:
    emails = [Found(e, 90.0, 0) for e in read]
    found = site_from_email_row(emails, texts, taken, final)
    return found.value if found else None


def test_the_address_as_stored_confirms_a_site_row_its_reading_did_not_spell() -> None:
    texts = ["E: saraha@cilarkeanalytics co.uk", "http /www clarkeanalytics co uk/"]
    stored = ["saraha@clarkeanalytics.co.uk"]
    assert _site(texts, ["saraha@cilarkeanalytics.co.uk"], [], {0}) is None
    assert _site(texts, ["saraha@cilarkeanalytics.co.uk"], stored, {0}) == "clarkeanalytics.co.uk"
    # an address mended from a row left over, none read
    texts = ["@-mait: k.wojcik@nowakowski pi", "ww: https //www nowakowski pl"]
    assert _site(texts, [], ["k.wojcik@nowakowski.pl"], {0}) == "nowakowski.pl"


def test_no_site_from_the_stored_address_where_the_reading_was_the_sites() -> None:
    emails = [Found("a@werner.ch", 90.0, 0, from_site=True)]
    assert site_from_email_row(emails, ["a@werner.ch", "wwwwernerch"], {0}, ["a@werner.ch"]) is None


def test_a_bare_row_of_the_domain_with_its_dot_read_as_a_space_is_the_site() -> None:
    texts = ["valerie.dubois@cevennes.fr", "cevennes fr"]
    assert _site(texts, ["valerie.dubois@cevennes.fr"], [], {0}) == "cevennes.fr"
    texts = ["raffaellav@meccanicacobaltit", "meccanicacobalt it"]
    assert _site(texts, [], ["raffaellav@meccanicacobalt.it"], set()) == "meccanicacobalt.it"


def test_a_bare_row_that_may_be_the_addresss_own_domain_or_other_words_is_no_site() -> None:
    # the address's row parted at its @: the bare row is the rest of the address
    assert (
        _site(["valerie.dubois@", "cevennes fr"], ["valerie.dubois@cevennes.fr"], [], {0}) is None
    )
    # the company's words, the domain printed whole, or more words than the domain
    assert _site(["a@cevennes.fr", "Cevennes"], ["a@cevennes.fr"], [], {0}) is None
    assert _site(["a@cevennes.fr", "cevennes.fr"], ["a@cevennes.fr"], [], {0}) is None
    assert _site(["a@cevennes.fr", "groupe cevennes fr"], ["a@cevennes.fr"], [], {0}) is None


def _card_sites(*last: str) -> tuple[list[str], str]:
    person = ["VALERIE DUBOIS", "Director of Operations", "Groupe Cévennes"]
    parsed = parse_card(
        stacked_lines(*person, "valerie.dubois@cevennes.fr", *last), default_region="FR"
    )
    return [u.url for u in parsed.contact.urls], parsed.evidence["urls"]


def test_whole_card_reads_a_bare_site_row_and_leaves_a_card_without_one_as_read() -> None:
    urls, level = _card_sites("cevennes fr")
    assert (urls, level) == (["cevennes.fr"], "email-row")
    assert _card_sites()[0] == []
