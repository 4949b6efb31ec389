"""A site read with its ending cut, mended from the email's domain its row spells; a scheme's
slashes and a path's slash read as letters."""

from __future__ import annotations

from ocr_lines import stacked_lines

from contactkit_plugins.card_scan.clues import Found
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.site_cut_rows import site_for_cut
from contactkit_plugins.card_scan.site_rows import site_from_email_row

POLISH = ["Nova S.A.", "Jakub Wozniak", "Inzynier Projektu", "tel.: +48 58 787 58 97"]


def _cut(row: str, site: str, email: str) -> tuple[str, str] | None:
    texts = [email, row]
    found = site_for_cut([Found(site, 50.0, 1)], [Found(email, 90.0, 0)], texts, {0, 1})
    return (found[0].value, found[1]) if found else None


def test_a_site_cut_before_its_blurred_ending_is_the_emails_domain_its_row_spells() -> None:
    # tuning photos 339/6, 389/67, 377/37: ".pl" read ". pi" or "._pl", ".de" read " def"
    assert _cut("www. hitp//www.nova. pi/", "www.nova", "wozniak@nova.pl") == (
        "nova.pl",
        "email-row",
    )
    assert _cut("wow. https:/Avww.aurora._pl", "www.aurora", "t.p@aurora.pl") == (
        "aurora.pl",
        "email-row",
    )
    assert _cut("internet: htp:/www.deltawerke def", "www.deltawerke", "k@deltawerke.de") == (
        "deltawerke.de",
        "email-row",
    )


def test_a_site_cut_inside_its_name_at_the_rows_end_is_a_guess_to_review() -> None:
    # tuning photo 378/2: the row ends inside the host, the email spells the rest
    assert _cut("www https://www.meye", "https://www.meye", "juttaw@meyer.ch") == (
        "meyer.ch",
        "email-row/cut",
    )


def test_a_cut_site_another_domain_or_a_cut_address_leaves_as_read() -> None:
    assert _cut("www.lumenhaus", "www.lumenhaus", "a@lumen.de") is None  # not its start
    assert _cut("www.meye and more", "www.meye", "juttaw@meyer.ch") is None  # not the row's end
    assert _cut("www.orbis", "www.orbis", "f.costa@orbis.x") is None  # the address cut too
    assert _cut("www.nov", "www.nov", "j@nova.pl") is None  # three letters: too little


def test_a_cut_site_showing_another_endings_start_is_no_email_row() -> None:
    # a German firm's acme.com site beside its acme.de mail, its "om" lost; nova.eu cut alike
    assert _cut("www.acme. c", "www.acme", "karl.weber@acme.de") is None
    assert _cut("www.acme. or", "www.acme", "karl.weber@acme.de") is None
    assert _cut("www.nova.e", "www.nova.e", "j@nova.pl") is None
    # the ending's start read as its stroke look-alike still agrees ("1t" for .it)
    assert _cut("www.rossi. 1t/", "www.rossi", "m@rossi.it") == ("rossi.it", "email-row")


def test_a_cut_site_with_no_ending_left_on_its_row_is_a_guess_to_review() -> None:
    # tuning photo 366/36: "Web https://www.consultoria." could as well be consultoria.com
    assert _cut("Web https://www.consultoria.", "www.consultoria", "i@consultoria.es") == (
        "consultoria.es",
        "email-row/cut",
    )


def test_whole_card_mends_a_cut_site_and_leaves_a_whole_one_as_read() -> None:
    rows = [*POLISH, "wozniak@nova.pl"]
    cut = parse_card(stacked_lines(*rows, "www. hitp//www.nova. pi/"), default_region="PL")
    assert [u.url for u in cut.contact.urls] == ["nova.pl"]
    assert cut.evidence["urls"].startswith("email-row")
    whole = parse_card(stacked_lines(*rows, "http://www.nova.pl/"), default_region="PL")
    assert [u.url for u in whole.contact.urls] == ["http://www.nova.pl/"]
    assert not whole.evidence["urls"].startswith("email-row")
    # no email: a cut site stays cut (left out), nothing guessed
    alone = parse_card(stacked_lines(*POLISH, "www. hitp//www.nova. pi/"), default_region="PL")
    assert alone.evidence["urls"] == "cut"


def _row_site(row: str, email: str) -> str | None:
    found = site_from_email_row([Found(email, 90.0, 0)], [email, row], {0})
    return found.value if found else None


def test_a_schemes_slashes_and_a_paths_slash_read_as_letters_still_spell_the_domain() -> None:
    # tuning photos 351/34, 385/47, 336/67, 377/39
    assert _row_site("https-Iischulze de/contact", "m@schulze.de") == "schulze.de"
    assert _row_site("Web https l/brueckner-werke delcontact", "b@brueckner-werke.de") == (
        "brueckner-werke.de"
    )
    assert _row_site("WebhttpsJiserrano esl", "m@serrano.es") == "serrano.es"
    assert _row_site("https://durand frien", "c@durand.fr") == "durand.fr"


def test_a_longer_word_after_the_ending_or_a_path_word_is_no_slash_read() -> None:
    assert _row_site("www.schaefer atlantic", "s@schaefer.at") is None  # another word
    assert _row_site("https: //werner delivery", "w@werner.de") is None
    assert _row_site("https://werner.design", "w@werner.de") is None  # another ending
    assert _row_site("xing.com/profile/werner", "w@werner.de") is None  # a profile's path
    # a word after the name that opens on the ending and a stroke letter is no language code
    assert _row_site("www schaefer atlas", "s@schaefer.at") is None
    assert _row_site("www schaefer delta", "s@schaefer.de") is None
    assert _row_site("https l/meyer chili", "j@meyer.ch") is None
    assert _row_site("www.werner delkontakt", "w@werner.de") == "werner.de"
