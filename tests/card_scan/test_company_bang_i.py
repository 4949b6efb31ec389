"""A capital I ending a company word in capitals read as "!", put back where the domain spells
the word with its I (session 35, names35: photo seed 347 card 98, scan seed 330 card 5), or just
before the legal form (session 66: the second blind generator's scan seed 15 card 84)."""

from __future__ import annotations

from ocr_lines import stacked_lines
from printed import as_read

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


def test_a_bang_just_before_the_legal_form_is_an_i():
    assert bang_as_i("TAKAHASHI KIKA! CO., LTD.") == "TAKAHASHI KIKAI CO., LTD."


def test_a_bang_before_a_word_or_at_the_end_stays():
    assert bang_as_i("YAHOO! JAPAN CO., LTD.") == "YAHOO! JAPAN CO., LTD."
    assert bang_as_i("Think BIG!") == "Think BIG!"


def test_a_company_read_with_a_bang_before_its_form_is_put_back_for_review():
    # Second blind generator, scan seed 15 card 84, as read: accepted as "Takahashi Kika Co Ltd"
    # at domain+legal+other/mid
    lines = as_read(
        [("Takahashi", 0.96, 132, 159, 309, 42)],
        [("Solutions", 0.97, 510, 240, 95, 22), ("Architect", 0.97, 611, 240, 90, 22)],
        [("RIE", 0.96, 449, 283, 65, 37), ("NAKAMURA", 0.96, 531, 283, 234, 37)],
        [("+81", 0.89, 132, 370, 40, 22), ("92-745-8651", 0.89, 181, 370, 138, 22)],
        [("rie.nakamura@takahashi.co.jp", 0.99, 132, 492, 331, 29)],
        [("www.takahashi.co.jp", 1.00, 130, 533, 224, 29)],
        [("1-6-4", 0.93, 132, 573, 47, 19), ("Toranomon,", 0.92, 185, 573, 109, 21),
         ("Hakata-ku", 0.92, 303, 572, 94, 20)],
        [("Fukuoka", 0.97, 132, 606, 79, 20), ("812-0022", 0.97, 218, 607, 87, 20)],
        [("TAKAHASHI", 0.92, 476, 643, 109, 18), ("KIKA!", 0.77, 592, 644, 49, 17),
         ("CO.,", 0.90, 649, 643, 38, 20), ("LTD.", 0.97, 694, 644, 40, 17)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="JP")
    assert parsed.contact.organization.name == "TAKAHASHI KIKAI CO., LTD."
    assert parsed.evidence["organization"] == "near-domain+repaired"
