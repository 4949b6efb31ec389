"""A website row that spells the email's domain with one look-alike letter slipped: the email's
domain as the site, to review (``email-row/slip``)."""

from __future__ import annotations

from ocr_lines import stacked_lines

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.clues import Found
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.site_slip_rows import site_from_slipped_row


def _site(texts: list[str], email: str, from_site: bool = False) -> str | None:
    found = site_from_slipped_row([Found(email, 90.0, 0, from_site=from_site)], texts, {0})
    return found.value if found else None


def test_one_look_alike_letter_in_the_name_is_the_emails_domain() -> None:
    # photos (tuning 339/44, 359/80, 361/49): l read t, n read r, i read t
    assert _site(["s@polaris.pl", "http //www potaris pl"], "s@polaris.pl") == "polaris.pl"
    assert _site(["b@jenkins.co.uk", "WE www jenkirs. co.uk"], "b@jenkins.co.uk") == (
        "jenkins.co.uk"
    )
    assert _site(["d@ppolaris.fr", "https //wwe ppolarts fr"], "d@ppolaris.fr") == "ppolaris.fr"


def test_www_read_with_a_round_last_letter_marks_the_row() -> None:
    assert _site(
        ["c@thomasassociates.com", "weo thomasasseciates com"], "c@thomasassociates.com"
    ) == ("thomasassociates.com")
    assert _site(["c@muellerwerke.de", "wew muellerwerkc de"], "c@muellerwerke.de") == (
        "muellerwerke.de"
    )


def test_rows_it_must_not_take() -> None:
    # another letter than a look-alike: another name ("mayer" and "meyer" are both names)
    assert _site(["a@meyerhof.de", "www mayerhof de"], "a@meyerhof.de") is None
    # two letters off, or another ending printed whole: another site
    assert _site(["a@lange-werke.de", "Wed https wwe Jonge-werke de"], "a@lange-werke.de") is None
    assert _site(["a@jenkins.co.uk", "www jenkirs com"], "a@jenkins.co.uk") is None
    # no site's mark: a company row one letter off
    assert _site(["a@jenkins.co.uk", "Jenkirs Ltd"], "a@jenkins.co.uk") is None
    # a longer name: another site
    assert _site(["a@jenkins.co.uk", "www jenkirsgroup co.uk"], "a@jenkins.co.uk") is None
    # an address rewritten to a site's reading checks no row
    assert _site(["b@jenkins.co.uk", "www jenkirs. co.uk"], "b@jenkins.co.uk", True) is None
    # two rows that could be it: not guessed
    rows = ["b@jenkins.co.uk", "www jenkirs. co.uk", "www jerkins co.uk"]
    assert _site(rows, "b@jenkins.co.uk") is None


_CARD = (
    "Jenkins Ltd",
    "Benjamin Llewellyn",
    "Sales Manager",
    "Tel. +44 20 7946 0321",
    "E: b.llewellyn@jenkins.co.uk",
)


def _read(site_row: str) -> tuple[list[str], str]:
    parsed = parse_card(stacked_lines(*_CARD, site_row), default_region="GB")
    return [u.url for u in parsed.contact.urls], parsed.evidence["urls"]


def test_whole_card_sends_the_slipped_site_to_review_and_leaves_a_clean_card_as_read() -> None:
    sites, level = _read("W www jenkirs. co.uk")
    assert (sites, level) == (["jenkins.co.uk"], "email-row/slip")
    assert probability("urls", level) < REVIEW_BELOW
    sites, level = _read("W www.jenkins.co.uk")
    assert sites == ["www.jenkins.co.uk"] and not level.startswith("email-row")


def test_a_thin_letter_lost_or_the_stored_address_tried() -> None:
    # tuning photo 372/20: the i of zenith lost on a blurred row
    assert _site(["t@zenith.co.jp", "herp JAwww Zenth.co jp!"], "t@zenith.co.jp") == (
        "zenith.co.jp"
    )
    # not a round letter lost: "zenth" is a slip only by its thin i
    assert _site(["t@zenoth.co.jp", "www zenth co.jp"], "t@zenoth.co.jp") is None
    # tuning photo 371/55: the address first read "schenitz ch", stored as schmitz.ch
    found = site_from_slipped_row(
        [Found("ralf@schenitz.ch", 0.5, 0)],
        ["E-Mail ralf@schenitz ch", "https: // www schmits ch"],
        {0},
        ["ralf@schmitz.ch"],
    )
    assert found is not None and found.value == "schmitz.ch"


def test_a_short_name_or_another_ending_is_not_taken() -> None:
    # "lumen" is too short for a letter of slack; ".tr" printed whole is Turkey's ending
    assert _site(["j@lumen.fr", "W http /Awwwiumen fr/"], "j@lumen.fr") is None
    assert _site(["j@lumenwerk.fr", "w.lumenwerk.tr"], "j@lumenwerk.fr") is None
    assert _site(["j@lumenwerk.fr", "w.lumenwerk.fr"], "j@lumenwerk.fr") == "lumenwerk.fr"


def test_a_site_that_really_differs_from_the_mail_domain_is_not_taken() -> None:
    # a brand's site one letter longer than the group's mail domain: no slip of a letter
    assert _site(["a@acmegroup.de", "www acmesgroup de"], "a@acmegroup.de") is None
    # the same name under another real ending (the group's .com beside a .de address)
    assert _site(["a@siemenswerk.de", "www siemenswerk com"], "a@siemenswerk.de") is None
    assert _site(["a@siemenswerk.com", "www siememswerk de"], "a@siemenswerk.com") is None


def test_wow_as_a_word_or_a_real_site_is_left_as_read() -> None:
    # "wow" counts as a misread www only before the name it opens, spelled to its ending
    assert _site(["a@wowmedia.de", "Wow Media GmbH"], "a@wowmedia.de") is None
    assert _site(["a@wowmedia.de", "wowmedia"], "a@wowmedia.de") is None
    assert _site(["a@jenkins.co.uk", "wow jenkirs. co.uk"], "a@jenkins.co.uk") == "jenkins.co.uk"
    rows = ("WOW Media GmbH", "Ralf Hoffmann", "Tel. +49 221 123456", "r.hoffmann@wowmedia.de")
    parsed = parse_card(stacked_lines(*rows, "wow.com/wowmedia"), default_region="DE")
    assert [u.url for u in parsed.contact.urls] == ["wow.com/wowmedia"]
    assert parsed.contact.organization and parsed.contact.organization.name == "WOW Media GmbH"
