"""A capital I and a small l read for each other (capital_i): the one place a company's name,
its domain's words and an email address tell them apart."""

from __future__ import annotations

from contactkit_plugins.card_scan.capital_i import (
    capitals_with_l,
    i_opening,
    l_for_i,
    small_l_inside,
)


def test_an_l_opening_a_name_word_before_a_consonant_is_a_capital_i():
    assert i_opening("lronbridge Logistics Ltd") == "Ironbridge Logistics Ltd"
    assert i_opening("Zenith lbérica S.L.U.") == "Zenith Ibérica S.L.U."
    # Before a vowel, or a short word, an l is a word's own ("lago", "lt" of Ltd).
    assert i_opening("lago Maggiore S.r.l.") == "lago Maggiore S.r.l."
    assert i_opening("Zenith lts") == "Zenith lts"


def test_a_word_in_capitals_whose_only_small_letters_are_l_reads_them_as_i():
    assert capitals_with_l("HIKARl") and capitals_with_l("lNTERNATlONAL")
    assert not capitals_with_l("Atlas") and not capitals_with_l("ATLAS")
    assert not capitals_with_l("lll")  # no capital: no word in capitals


def test_a_capital_i_is_an_l_between_small_letters_and_anywhere_in_an_address():
    assert small_l_inside("DeIta") == "Delta"
    assert small_l_inside("IBM") == "IBM" and small_l_inside("Ivo") == "Ivo"
    assert l_for_i("Ikoehler@wolf.at") == "lkoehler@wolf.at"
