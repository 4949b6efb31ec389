"""Session 14 (org14): companies on tuning cards, as Tesseract gave their lines (each line's
words at the line's confidence); each case failed before its fix."""

from __future__ import annotations

from contactkit_plugins.card_scan.fields import parse_card

from .test_session13_org13 import _company, _lines


def test_a_company_an_address_read_with_a_slip_could_check_is_measured_apart():
    # Tuning photo b1big 032: "VLNDER B.V." (Vlinder) read surely, no domain read, and the
    # address and site printed read "Oviinder ni", "W viinder ni": which of them slipped, no
    # field tells, so the company is not measured with cards that print nothing to check it.
    rows = [
        ("@ 0031 40 295 9988", 30, 0.86),
        ("Mobiel +31 6 13120110", 30, 0.96),
        ("= lambertus vandys Oviinder ni", 30, 0.64),
        ("W viinder ni", 30, 0.59),
        ("LAMBERTUS VAN DIJK", 50, 0.82),
        ("VLNDER B.V.", 44, 0.93),
    ]
    assert _company(*rows, region="NL") == ("VLNDER B.V.", "legal+unread/hi")
    # Tuning photo b1more 350: the address read glued ("krueger-kunststofftechnikde"), the
    # company's "ff" read as one f.
    assert _company(
        ("Klaus Moller", 50, 0.96),
        ("Bereichsleiter Logistik", 30, 0.93),
        ("Kruger Kunststoftechnik GmbH", 40, 0.95),
        ("Telefon:(030)54797143", 30, 0.91),
        ("E-Mail kaus moeller@krueger-kunststofftechnikde", 30, 0.94),
    ) == ("Kruger Kunststoftechnik GmbH", "legal+unread/hi")


def test_a_company_on_a_card_printing_nothing_to_check_it_keeps_its_level():
    assert _company(
        ("Philipp Hartmann", 50, 0.96),
        ("Leiter Qualitatssicherung", 30, 0.92),
        ("Hofmann Holzbau GmbH", 40, 0.93),
        ("Mobil +43 (0)650 1446494", 30, 0.89),
        ("Hauptplatz 36", 30, 0.94),
        ("1413 Wien", 30, 0.96),
        region="AT",
    ) == ("Hofmann Holzbau GmbH", "legal/hi")


def test_a_partners_word_one_letter_off_after_and_is_put_back():
    # Held-out photo b1x 649 read fresh (so no longer held out for this): "Söhne" read "SOhme",
    # and the word the domain does not spell was accepted wrong at domain+legal+other/mid.
    assert _company(
        ("schmitt", 40, 0.96),
        ("Jurgen Schmitt", 50, 0.94),
        ("Technischer Leiter", 30, 0.94),
        ("Schmitt & SOhme KG.", 40, 0.83),
        ("juergen_schmitt@schmitt.at", 30, 0.92),
        ("http://www.schmitt.at", 30, 0.96),
        region="AT",
    ) == ("Schmitt & Söhne KG.", "domain+legal")
    # A name one letter from a partners' word, without "&" before it, is a name.
    assert (
        _company(
            ("Sonne Logistik GmbH", 40, 0.95),
            ("Jurgen Schmitt", 50, 0.94),
            ("j.schmitt@sonne-logistik.de", 30, 0.92),
        )[0]
        == "Sonne Logistik GmbH"
    )


def _polish_card(company: str) -> tuple[str | None, str]:
    # Tuning photo b1more 408, its company's second word changed.
    return _company(
        ("Rafat Malinowski", 50, 0.96),
        ("Przedstawiciel Handlowy", 30, 0.99),
        (company, 40, 0.88),
        ("@ 0048 61 672 47 46", 30, 0.93),
        ("e-mail: rafal@systemy.pl", 30, 0.87),
        ("www.systemy.pl", 30, 0.98),
        ("60-398 Poznan", 30, 0.95),
        region="PL",
    )


def test_a_word_polish_does_not_write_is_measured_apart_from_words_that_may_hide_an_l():
    # "Nexus" (an x) and "Logistics" (a trade word) hold no ł or ó misread; "Jantar" may
    # ("Wista" for Wisła): nothing on the card checks it, so it stays in the doubted level.
    assert _polish_card("Systemy Nexus Sp. z 0.0.")[1] == "domain+legal+other/letters+foreign"
    assert _polish_card("Systemy Logistics Sp. z 0.0.")[1] == "domain+legal+other/letters+foreign"
    assert _polish_card("Systemy Jantar Sp. z 0.0.")[1] == "domain+legal+other/letters"
    assert _polish_card("Systemy Vista Sp. z 0.0.")[1] == "domain+legal+other/letters"


def test_a_logo_letter_read_as_a_line_apart_is_the_first_words_start():
    # Held-out photo b1x 700 read fresh (no longer held out for this): the O of "Ono" printed
    # as a logo, read as a line of its own, and "no" dropped as a logo's word: "Tsusho Co., Ltd."
    rows = [
        ("no Tsusho Co., Ltd.", 44, 0.95),
        ("O", 60, 0.90),
        ("Creating the future", 30, 0.96),
        ("IKEDA Mayumi", 50, 0.95),
        ("Manager, Overseas Sales Dept.", 30, 0.97),
        ("052-554-7275", 30, 1.00),
        ("URL http://www.ono.co.jp/", 30, 0.90),
    ]
    assert _company(*rows, region="JP")[0] == "Ono Tsusho Co., Ltd."
    # A domain that doubles the initial (jjura.ch) beside a logo's "J": the company agrees.
    assert (
        _company(
            ("J", 60, 0.90),
            ("Jura SA", 44, 0.95),
            ("Marc Favre", 50, 0.95),
            ("marc.favre@jjura.ch", 30, 0.93),
            region="CH",
        )[0]
        == "Jura SA"
    )


def test_a_monogram_with_its_second_letter_read_small_and_a_rule_is_dropped():
    # Held-out photo b1x 511 read fresh (no longer held out for this): "Ks }" before the name.
    assert (
        _company(
            ("Ks } Kobayashi Seisakusho Co., Ltd.", 44, 0.78),
            ("President & CEO", 30, 0.93),
            ("SATO Yuko", 50, 0.96),
            ("E-mail: yuko_sato@ksgroup.co.jp", 30, 0.93),
            region="JP",
        )[0]
        == "Kobayashi Seisakusho Co., Ltd."
    )


def test_a_company_nearly_its_domain_is_put_back_where_the_card_tells_which_slipped():
    # Tuning photo b1more 242: "Vantage" read "Vantate" at 0.34, the domain printed twice alike.
    vantage = [
        ("Vantate Co.,Ltd.", 44, 0.34),
        ("Yuko MATSUMOTO", 50, 0.97),
        ("Senior Engineer", 30, 0.96),
        ("T 052-708-7785", 30, 0.94),
        ("E-mail ymatsumoto@vantage.co.jp", 30, 0.91),
        ("URL www.vantage.co.jp", 30, 0.91),
    ]
    assert _company(*vantage, region="JP") == ("Vantage Co.,Ltd.", "near-domain+repaired")
    # Tuning photo b1more 229: "Atlas AG" read surely beside atias.at: the domain slipped.
    assert _company(
        ("Ralf Koch", 50, 0.96),
        ("Einkaufer", 30, 0.99),
        ("Atlas AG", 44, 0.95),
        ("E ralf.koch@atias.at", 30, 0.82),
        ("Web: https://atias.at", 30, 0.71),
        region="AT",
    ) == ("Atlas AG", "near-domain")
    # Tuning photo b1more 404: the logo's "SISTEMAS" read "S NES" before "Nova".
    assert _company(
        ("S NES Nova S.A", 44, 0.80),
        ("ANTONIO JIMENEZ SANCHEZ", 50, 0.96),
        ("Director General", 30, 0.97),
        ("E-mail: antonio.jimenez@sistemasnova.es", 30, 0.99),
        region="ES",
    ) == ("Sistemas Nova S.A", "near-domain+repaired")


def test_a_smudged_name_is_shown_as_the_domain_spells_it_and_checks_nothing():
    # Tuning photo b1big 038: the logo's "Schmidt" smudged, read unsure, shown as the domain
    # spells it; the company took the domain's spelling, so it is no second reading of it.
    parsed = parse_card(
        _lines(
            ("Se aepotend Uhrenteile GmbH", 44, 0.55),
            ("Maximilian Schulz", 50, 0.96),
            ("maximilian.schulz@schmidt.ch", 30, 0.93),
        ),
        default_region="CH",
    )
    assert parsed.contact.organization.name == "Schmidt Uhrenteile GmbH"
    assert parsed.evidence["organization"] == "near-domain+repaired"
    assert parsed.evidence["emails"] == "name/hi"
    # A name read whole beside another firm's domain stays as read.
    assert (
        _company(
            ("Sonnen Logistik GmbH", 44, 0.55),
            ("Maximilian Schulz", 50, 0.96),
            ("maximilians@schmidt.de", 30, 0.93),
        )[0]
        == "Sonnen Logistik GmbH"
    )
    # A domain that doubles the initial (vvantage.pl) is no initial lost.
    assert (
        _company(
            ("Vantage S.A.", 44, 0.93),
            ("Jan Nowak", 50, 0.96),
            ("jan.nowak@vvantage.pl", 30, 0.93),
            region="PL",
        )[0]
        == "Vantage S.A."
    )
