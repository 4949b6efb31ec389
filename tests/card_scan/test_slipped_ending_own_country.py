"""An address ending in a real country's ending one look-alike letter off another country's
(".pt" and ".pl", ".at" and ".it", ".nl" and ".ni"): put back only where the card's words or
its numbers printed without a code name the other country, and nothing names the ending's own.
A Portuguese firm with a Warsaw office (+48) kept ".pt" as ".pl" before (review, late36b).
Either way the address stays to review. Hand-made OCR lines as Tesseract gives them."""

from __future__ import annotations

from printed import to_review, worded_lines

from contactkit_plugins.card_scan.clues import Found
from contactkit_plugins.card_scan.ending_clues import names_own_country
from contactkit_plugins.card_scan.endings import slipped_ending_put_back
from contactkit_plugins.card_scan.fields import parse_card

PERSON = ("Joao Silva", 60), ("Atlantico Engenharia", 30)


def _parse(*rows: tuple[str, int]):
    return parse_card(worded_lines(*PERSON, *rows), default_region="US")


def test_a_portuguese_address_beside_a_warsaw_office_keeps_its_ending():
    warsaw = ("Biuro: 00-590 Warszawa", 22), ("Tel. +48 22 628 31 05", 22)  # named in words
    for rows in (
        # a Lisbon address, +351 and the Warsaw office
        (("Rua Castilho 39", 22), ("1250-146 Lisboa", 22),
         ("Tel. +351 21 386 42 10", 22), *warsaw),
        (("Lda.", 22), *warsaw),  # the legal form alone names Portugal
        (("1250-146 Lisboa", 22), *warsaw),  # the postcode alone
        (("Portugal", 22), *warsaw),
        (("Tel. +351 21 386 42 10", 22), *warsaw),
        (("Tel. +48 22 628 31 05", 22),),  # only a code names Poland: no clue of the card's own
        (("M. 0048 601 234 567", 22),),
    ):  # fmt: skip
        parsed = _parse(*rows, ("joao.silva@atlantico.pt", 22))
        assert parsed.contact.emails == ["joao.silva@atlantico.pt"], rows
        assert "emails" in to_review(parsed), rows


def test_a_polish_address_read_pt_is_still_put_back():
    lines = worded_lines(
        ("Jan Kowalski", 60), ("Sokol Sp. z o.o.", 30), ("ul. Marszalkowska 10", 22),
        ("00-590 Warszawa", 22), ("Tel. +48 22 628 31 05", 22), ("jan.kowalski@sokol.pt", 22),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.emails == ["jan.kowalski@sokol.pl"]
    assert parsed.evidence["emails"].endswith("/ending-guessed")
    assert "emails" in to_review(parsed)


def test_the_put_back_asks_for_a_clue_beyond_a_code_and_none_for_the_own_country():
    nl, pt = Found("vos@molen.ni", 0.9, 0), Found("joao@atlantico.pt", 0.9, 0)

    def put_back(found: Found, regions: set[str], clued: set[str], lisbon: bool = False) -> str:
        return slipped_ending_put_back(found, regions, clued, lambda c: lisbon).value

    assert put_back(nl, {"NL"}, {"NL"}) == "vos@molen.nl"
    assert put_back(nl, {"NL"}, set()) == "vos@molen.ni"  # +31 alone
    assert put_back(nl, {"NL", "NI"}, {"NL"}) == "vos@molen.ni"
    assert put_back(pt, {"PL", "PT"}, {"PL", "PT"}) == "joao@atlantico.pt"
    assert put_back(pt, {"PL"}, {"PL"}, lisbon=True) == "joao@atlantico.pt"
    assert put_back(pt, {"PL"}, {"PL"}) == "joao@atlantico.pl"


def test_the_own_countrys_postcode_before_a_town_or_its_legal_form_names_it():
    assert names_own_country(["Rua Castilho 39", "1250-146 Lisboa"], "PT")
    assert names_own_country(["Atlantico Engenharia, Lda."], "PT")
    assert names_own_country(["00-590 Warszawa"], "PL")
    assert not names_own_country(["1250-146 Lisboa"], "PL")  # its "50-146" is no Polish one
    assert not names_own_country(["Tel. +351 21 386 42 10", "Ltda."], "PT")  # Brazil's form
    assert not names_own_country(["Tel. 1250-146 12"], "PT")
