"""Session 15 (org15): companies on the photos of new tuning seeds (blind seeds 10 and 11, own
seed 13), as Tesseract gave their lines; each case failed before its fix. A word written
``text@0.36`` was read at that confidence, the others at their row's."""

from __future__ import annotations

from contactkit_plugins.card_scan.fields import parse_card

from .test_session13_org13 import _lines as _row_lines


def _company(*rows: tuple[str, int, float], region: str = "DE") -> tuple[str | None, str]:
    lines = _row_lines(*((text.replace("@0.", "@"), h, c) for text, h, c in rows))
    for line in lines:
        for word in line.words:
            text, _, own = word.text.rpartition("@")
            if text and own.isdigit():  # "ce@36": read at 0.36 ("a@b.de" is no such word)
                word.text, word.conf = text, float(f"0.{own}")
    parsed = parse_card(lines, default_region=region)
    organization = parsed.contact.organization
    return (organization.name if organization else None), parsed.evidence["organization"]


def test_a_company_read_into_one_line_with_a_two_word_phone_label_is_parted():
    # Seed 10 photo 080: "Ligne directe:" (two words) before the number, so the line was not
    # parted and the company went to the phones: only the domain was left.
    assert _company(
        ("Dr Elodie Petit", 76, 0.96),
        ("Chef de projet", 51, 0.97),
        ("HELIX INGENIERIE S.A. Ligne directe: 03.28.25.56.34", 74, 0.95),
        ("Port.@0.33 06 42 72 66 40", 54, 0.96),
        ("petit .elodie @helixingenierie. com", 50, 0.98),
        ("71 quai de la Tournelle", 35, 0.94),
        ("59083 Lille", 36, 0.97),
        region="FR",
    ) == ("HELIX INGENIERIE S.A.", "domain+legal")


def test_a_partners_name_read_as_a_smudge_before_and_is_shown_as_the_domain_spells_it():
    # Seed 10 photo 021: "Wright" in a logo's font read "W ce" (0.36) before "& KHAN LTD",
    # the line's mean confidence high (0.82); the domain spells the first partner.
    rows = [
        ("W ce@0.36 & KHAN LTD", 140, 0.93),
        ("PATRICK WHITE", 66, 0.96),
        ("Regional Sales Director, EMEA", 55, 0.97),
        ("T: +44 161 420 9572", 29, 0.93),
        ("Email: patrick_white@wright.co.uk", 38, 0.92),
        ("W: wright.co.uk", 36, 0.93),
    ]
    assert _company(*rows, region="GB") == ("WRIGHT & KHAN LTD", "near-domain+repaired")
