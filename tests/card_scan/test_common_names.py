"""A name word nothing checks, one letter off a common name of the card's country and no name in
its own right, is doubted (``common_names``, session 41); a family name's last word on the name's
row, standing on its line without descenders, is joined (``name_rows.join_family_tail``)."""

from __future__ import annotations

import pytest

from contactkit_plugins.card_scan.common_names import long_vowel, near_common, one_letter_off
from contactkit_plugins.card_scan.confidence import name_level
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.ocr import Line, Word


def _line(text: str, top: int = 40, conf: float = 0.98) -> Line:
    """One OCR line, a word per printed word."""
    return Line([Word(w, conf, 40 + 120 * n, top, 110, 30) for n, w in enumerate(text.split())])


@pytest.mark.parametrize(
    ("name", "local", "countries", "level"),
    [
        # photo seed 440 card 51: Zofia's i lost, accepted at email+other/hi beside pawlowska@
        ("Zofa Pawlowska", "pawlowska", frozenset({"PL"}), "email+other/lo"),
        # photo seed 442 card 62: Braun's n read l, accepted at email+other/hi beside anna@
        ("Anna Braul", "anna", frozenset({"DE"}), "email+other/lo"),
        # photo seed 454 card 92: Werner's n read m, accepted at email+initial/hi beside uwew@
        ("Uwe Wermer", "uwew", frozenset({"CH"}), "email+initial/lo"),
    ],
)
def test_a_common_name_read_a_letter_off_is_doubted(name, local, countries, level):
    assert name_level(name, _line(name), local, False, True, countries) == level


@pytest.mark.parametrize(
    ("name", "local", "countries"),
    [
        # Names in their own right one letter off a common one: the table knows them
        ("Oleg Kowalski", "kowalski", frozenset({"PL"})),  # Olga's neighbour
        ("Oksana Kowalska", "kowalska", frozenset({"PL"})),  # Roksana's
        ("Marek Nowak", "nowak", frozenset({"PL"})),
        ("Beata Nowak", "nowak", frozenset({"PL"})),
        ("Anna Hahn", "anna", frozenset({"DE"})),  # Hahn beside Hann, Huhn
        ("Peter Schmitt", "peter", frozenset({"DE"})),  # Schmidt's
        ("Uwe Hofmann", "uwe", frozenset({"DE"})),  # Hoffmann's
        # A long vowel written out, no letter misread: Sato written Satoo
        ("Naoko Satoo", "naoko", frozenset({"JP"})),
        # No clue names the country: nothing to weigh the word against
        ("Zofa Pawlowska", "pawlowska", frozenset()),
    ],
)
def test_names_in_their_own_right_stand(name, local, countries):
    assert name_level(name, _line(name), local, False, True, countries).endswith("/hi")


def test_one_letter_off_finds_a_letter_lost_added_or_misread():
    names = {"zofia", "werner", "braun"}
    assert one_letter_off("zofa", names) == "zofia"
    assert one_letter_off("wermer", names) == "werner"
    assert one_letter_off("brauns", names) == "braun"
    assert one_letter_off("bruin", names) is None  # two letters off


def test_long_vowels_and_short_words():
    assert all(long_vowel(word, "sato") for word in ("satoo", "satou", "satoh"))
    assert not long_vowel("zofa", "zofia")
    assert near_common("ana", frozenset({"ES"})) is None  # three letters: too many neighbours


def _word(text: str, left: int, top: int, width: int, height: int) -> Word:
    return Word(text, 0.95, left, top, width, height)


def test_a_second_surname_without_descenders_joins_the_name_on_its_row():
    # photo seed 450 card 81, a name spaced wide: "Santiago Rodriguez" (g below the line, 46 and
    # 47 px) | "Serrano" (34 px, standing on the line) was stored without Serrano at "email"
    lines = [
        Line([_word("DOMINGUEZ", 411, 259, 267, 50), _word("LOGISTICA", 690, 259, 217, 49)]),
        Line([_word("Santiago", 119, 383, 345, 46), _word("Rodriguez", 527, 381, 394, 47)]),
        Line([_word("Serrano", 981, 384, 301, 34)]),
        Line([_word("Director", 591, 437, 108, 26), _word("General", 708, 437, 105, 25)]),
        Line([_word("santiago.rodriguez@dominguez.es", 377, 717, 700, 39)]),
        Line([_word("48024", 599, 815, 80, 30), _word("Bilbao", 690, 815, 100, 30)]),
        Line([_word("Espana", 646, 864, 120, 38)]),
    ]
    card = parse_card(lines, default_region="US")
    assert card.contact.name.full == "Santiago Rodriguez Serrano"
    assert card.evidence["name"].endswith("+row")  # a word joined that the address lacks
