"""A capital I ending a company word in capitals read as "!", put back where the domain spells
the word with its I (session 35, names35: photo seed 347 card 98, scan seed 330 card 5)."""

from __future__ import annotations

from ocr_lines import stacked_lines

from contactkit_plugins.card_scan.capital_i import bang_as_i
from contactkit_plugins.card_scan.fields import parse_card


def test_a_bang_for_an_i_the_domain_spells_is_put_back():
    assert bang_as_i("IMBALLAGG! AURORA S.R.L", "imballaggiaurora") == "IMBALLAGGI AURORA S.R.L"
    assert bang_as_i("IMBALLAGG! QUANTUM S.R.L.", "imballaggi") == "IMBALLAGGI QUANTUM S.R.L."


def test_a_bang_the_domain_does_not_spell_stays():
    assert bang_as_i("NOVA! S.R.L.", "novagroup") == "NOVA! S.R.L."
    assert bang_as_i("Imballagg! Aurora", "imballaggiaurora") == "Imballagg! Aurora"  # small


def test_a_company_read_with_a_bang_is_put_back_and_goes_to_review():
    lines = stacked_lines(("Vincenzo Esposito", 44), "CEO", ("IMBALLAGG! AURORA S.R.L", 30),
                          "vincenzo.esposito@imballaggi-aurora.it")  # fmt: skip
    parsed = parse_card(lines, default_region="IT")
    assert parsed.contact.organization.name == "IMBALLAGGI AURORA S.R.L"
    assert parsed.evidence["organization"] == "near-domain+repaired"
