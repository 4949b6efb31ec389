"""A name no address and no given-name table checks, one of whose words lost its start: to
review (session 38, wrong38: "AS BRAUN" for Lukas Braun, photo seed 363 card 82; "AMURA Ryo"
beside ryo_nakamura@, photo seed 370 card 3; both accepted at largest/hi)."""

from __future__ import annotations

import pytest
from ocr_lines import stacked_lines

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.name_start_lost import (
    given_end_left,
    start_lost,
    start_lost_level,
)

_REST = ["Vertriebsleiter", ("Fischer GmbH", 30), "Gartenstr. 15b", "50510 Köln", "Web fischer.de"]


def test_a_two_letter_given_name_no_table_knows_goes_to_review():
    parsed = parse_card(stacked_lines(("AS BRAUN", 44), *_REST), default_region="DE")
    assert parsed.evidence["name"] == "largest/hi+start-lost"
    assert parsed.confidence["name"] < REVIEW_BELOW


def test_a_short_given_name_the_tables_know_stays():
    parsed = parse_card(stacked_lines(("JO BRAUN", 44), *_REST), default_region="DE")
    assert "start-lost" not in parsed.evidence["name"]
    assert parsed.contact.name.full == "Jo Braun"


def test_initials_and_honorifics_are_no_short_given_name():
    assert given_end_left("As Braun")
    assert not given_end_left("J. Smith")
    assert not given_end_left("J Smith")  # an initial printed without its dot
    assert not given_end_left("Dr Anna Schmidt")
    assert not given_end_left("Ed Miller")  # a given name the tables know
    assert not given_end_left("Braun")


@pytest.mark.parametrize(
    "name",
    [
        "Vu Thi Mai",  # Vietnamese, family name first
        "DO HUNG",
        "Ly Minh",
        "Ha Linh",
        "NG WEI",  # Cantonese Ng: "ng" ends Wolfgang
        "Li Na",  # "li" ends Willi
        "XU LEI",
        "Wu Hao",
        "Ho Chi",
        "Yi Jun",  # Korean
        "Oh Min",
        "Im Soo Jin",
        "Ji Woo",
        "Ip Man Kit",  # Cantonese, Hong Kong
        "Au Yeung Wai",
        "De Luca Marco",  # an Italian family name printed first
        "Di Stefano Luca",
        "Da Silva Ana",
        "Lo Bianco Marco",
        "Le Gall Yann",
        "El Amrani",
        "Al Rashid",
        "Ai Tanaka",  # a two-letter given name
    ],
)
def test_real_names_starting_with_two_letters_stay_as_read(name):
    assert not given_end_left(name)


@pytest.mark.parametrize("name", ["DO HUNG", "LI NA", "Vu Thi Mai", "De Luca Marco"])
def test_a_two_letter_family_name_printed_first_without_an_email_stays_accepted(name):
    parsed = parse_card(stacked_lines((name, 44), *_REST), default_region="DE")
    assert "start-lost" not in parsed.evidence["name"]


def test_a_name_word_an_address_on_the_card_spells_longer_lost_its_start():
    assert start_lost("AMURA Ryo", ["Mail: ryo_nakamura@ssakura.co.jp"])
    assert start_lost_level("largest/hi", "AMURA Ryo", ["ryo_nakamura@ssakura.co.jp"]) == (
        "largest/hi+start-lost"
    )


def test_an_initial_or_a_particle_before_the_family_name_is_no_start_lost():
    assert not start_lost("Florian Beck", ["fbeck@beck.de"])  # an initial
    assert not start_lost("Florian Beck", ["flbeck@beck.de"])  # two letters of the given name
    assert not start_lost("Daan de Jong", ["dejong@boer.nl"])  # a particle of the name
    assert not start_lost("Jan van Dijk", ["jvandijk@dijk.nl"])  # initial and particle
    assert not start_lost("Jan de Vries", ["jandevries@vries.nl"])  # the name run together
    assert not start_lost("John Q Smith", ["jqsmith@smith.com"])  # two initials
    assert not start_lost("Kenta Kimura", ["kenta.kimura@sakura.co.jp"])  # spelt whole
    assert not start_lost("Kenta Kimura", ["Web sakura.co.jp"])  # no address


def test_a_role_address_ending_in_a_word_of_the_name_is_no_start_lost():
    # The address names no one: "Ting" ends marketing@ and "Min" admin@ by chance.
    assert not start_lost("Wang Ting", ["marketing@huaxin.cn"])
    assert not start_lost("Kim Min", ["admin@hanil.co.kr"])
    assert not start_lost("Les Smith", ["sales@smith.co.uk"])
    # A short family name spelt whole: nothing lost ("Li" in julia.li@).
    assert not start_lost("Julia Li", ["julia.li@huaxin.cn"])


def test_a_name_the_address_or_a_given_name_table_checks_keeps_its_level():
    texts = ["ryo_nakamura@sakura.co.jp"]
    assert start_lost_level("email+initial/hi", "As Braun", texts) == "email+initial/hi"
    assert start_lost_level("largest+given/hi", "AMURA Ryo", texts) == "largest+given/hi"
    parsed = parse_card(
        stacked_lines(("Kenta KIMURA", 44), "Director", ("Sakura Co., Ltd.", 30), "sakura.co.jp"),
        default_region="JP",
    )
    # Kenta is a Japanese given name the lexicon lists (session 58): no start lost, its +given
    assert parsed.evidence["name"] == "largest+given/hi"
