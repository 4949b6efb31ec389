"""The states and provinces a North American city line names: the US states written in full
("Boston, Massachusetts 02135") and Canada's provinces, by their two capitals or in full, in
English or French ("Toronto, ON M5X 1A9", "Montréal (Québec) H3B 4W8")."""

from __future__ import annotations

import re

import pycountry


def _subdivisions(country: str) -> dict[str, str]:
    """ISO 3166-2's names of ``country``'s states or provinces, each to its two capitals."""
    prefix = f"{country}-"
    return {
        s.name: s.code.removeprefix(prefix)
        for s in pycountry.subdivisions.get(country_code=country)
    }


# The fifty states, DC and the territories (Guam, Puerto Rico ...).
US_STATE_NAMES = _subdivisions("US")

_CA_PROVINCES = _subdivisions("CA")
CA_PROVINCE_CODES = sorted(_CA_PROVINCES.values())
# ISO's English names, and the French ones cards from Quebec print, which ISO 3166-2 lacks.
CA_PROVINCE_NAMES = (
    *_CA_PROVINCES,
    "Colombie-Britannique", "Nouveau-Brunswick", "Terre-Neuve-et-Labrador", "Nouvelle-Écosse",
    "Territoires du Nord-Ouest", "Île-du-Prince-Édouard", "Québec",
)  # fmt: skip


def _alternatives(names: list[str] | tuple[str, ...]) -> str:
    # the longest first, so "West Virginia" is not read as "Virginia" after a town "West"
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


US_STATE_NAME = _alternatives(list(US_STATE_NAMES))
CA_PROVINCE = _alternatives([*CA_PROVINCE_NAMES, *CA_PROVINCE_CODES])
# Canada's postcode: letter, digit, letter, a space, digit, letter, digit; the letters D F I O
# Q U are never printed in it (nor W Z first). Read, any capital stands for a letter (a J read as a
# bracket) and a digit read as a letter where only a digit stands is put back ("MSH 7Y9",
# ``postal.canadian``); a postcode with a letter Canada never prints is doubted
# (``postal.odd_postcode``).
CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d"
_CA_DIGIT_READ = r"[\dSOIlB]"
_CA_LETTER_READ = r"[A-Z\)\]}]"
CA_POSTCODE_READ = (
    rf"{_CA_LETTER_READ}{_CA_DIGIT_READ}{_CA_LETTER_READ} ?"
    rf"{_CA_DIGIT_READ}{_CA_LETTER_READ}{_CA_DIGIT_READ}"
)
# The US ZIP code: five digits, a dash and four more for ZIP+4
US_ZIP = r"\d{5}(?:-\d{4})?"
# Australia's states and territories, as a city line prints them before the postcode
# ("Sydney NSW 2000", "Perth WA 6000")
AU_STATE_CODES = frozenset(_subdivisions("AU").values())
AU_STATE = _alternatives(sorted(AU_STATE_CODES))


def state_code(state: str) -> str:
    """A US state's two capitals, from its name written in full or as read."""
    return US_STATE_NAMES.get(state, state)


# The states as the AP and older US style abbreviate them after a town ("Boston, Mass. 02110",
# "Pasadena, Calif. 91101"), each to its two capitals (session 35). Only the dotted forms of
# more than two letters, which no town line writes for anything else.
US_STATE_STYLE = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "Fla.": "FL", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Mass.": "MA",
    "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mont.": "MT", "Neb.": "NE", "Nev.": "NV",
    "Okla.": "OK", "Ore.": "OR", "Tenn.": "TN", "Tex.": "TX", "Wash.": "WA", "Wis.": "WI",
    "Wyo.": "WY",
}  # fmt: skip
US_STATE_STYLED = _alternatives(list(US_STATE_STYLE))

# Mexico's states as a city line prints them after the town ("06600 Ciudad de México, CDMX",
# "44100 Guadalajara, Jal."): the capital's CDMX, ISO's names and the common short forms (no
# "Col.", a colonia's word as often as Colima's)
MX_STATE_NAMES = [s.name for s in pycountry.subdivisions.get(country_code="MX")]
MX_STATE = _alternatives([
    "CDMX", "Ciudad de México", *MX_STATE_NAMES, "Jal.", "N.L.", "Edo. Méx.", "Qro.", "Pue.",
    "Gto.", "Ver.", "Yuc.", "Chih.", "Son.", "Coah.", "Tamps.", "Sin.", "Mich.", "Gro.", "Oax.",
    "Chis.", "Tab.", "Camp.", "Hgo.", "Mor.", "Tlax.", "Ags.", "Zac.", "S.L.P.", "Dgo.", "Nay.",
    "B.C.", "B.C.S.", "Q. Roo",
])  # fmt: skip
