"""Names accepted at email+other/hi with a word nothing checked (late40n, session 40): a
degree read in two pieces kept as a given name (failed before its fix); short given names the
tables lack stay accepted where the address checks the family name (review rev40n)."""

from __future__ import annotations

import pytest

from contactkit_plugins.card_scan.confidence import name_level
from contactkit_plugins.card_scan.degrees import bare_name
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.text_lines import Line, Word


def _line(text: str, top: int = 40, conf: float = 0.95) -> Line:
    """One OCR line, a word per printed word."""
    return Line([Word(w, conf, 40 + 120 * n, top, 110, 30) for n, w in enumerate(text.split())])


def test_a_degree_read_in_two_pieces_is_no_given_name():
    # "mgr" read "m gr" (photo seed 442 card 50): the "gr" was kept, accepted at email+other/hi
    assert bare_name("m gr Natalia Bak") == "Natalia Bak"
    assert bare_name("m gr. Natalia Bak") == "Natalia Bak"
    card = parse_card(
        [
            _line("m gr Natalia Bak", 40),
            _line("Dyrektor Handlowy", 100),
            _line("natalia.bak@nova.pl", 300),
        ],
        default_region="PL",
    )
    assert card.contact.name.full == "Natalia Bak"


@pytest.mark.parametrize(
    "name", ["de la Cruz Maria", "van de Berg Anna", "Anna Smith", "Ma Li Wang"]
)
def test_small_words_that_join_to_no_degree_stay(name):
    assert bare_name(name) == name


@pytest.mark.parametrize("given", ["Marek", "Jacek", "Beata", "Sylwia", "Szymon", "Roman", "Olga"])
def test_common_polish_given_names_the_tables_lack_stand(given):
    # late40n's "Zofa" rule (a first word one letter off a given name, from four letters, on a
    # Polish card) sent these to review: the tables lack them, each is one letter off a name
    # they hold (review rev40n). Taken out; "Zofa" beside pawlowska@ (p440/51) stays accepted.
    name = f"{given} Kowalski"
    level = name_level(name, _line(name), "kowalski", False, True, frozenset({"PL"}))
    assert level.endswith("/hi")


@pytest.mark.parametrize(
    ("name", "local", "countries"),
    [
        ("Luca Barbieri", "barbieri", frozenset({"IT"})),  # a given name the tables lack
        ("Keiko Ishikawa", "ishikawa", frozenset({"JP"})),
        ("Kamil Pawlak", "kpawlak", frozenset({"PL"})),  # its initial given by the address
    ],
)
def test_short_given_names_elsewhere_stand(name, local, countries):
    assert name_level(name, _line(name), local, False, True, countries).endswith("/hi")
