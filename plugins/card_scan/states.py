"""The states and provinces a North American city line names: the US states written in full
("Boston, Massachusetts 02135") and Canada's provinces, by their two capitals or in full, in
English or French ("Toronto, ON M5X 1A9", "Montréal (Québec) H3B 4W8")."""

from __future__ import annotations

import re

US_STATE_NAMES = {
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA",
    "Colorado": "CO", "Connecticut": "CT", "Delaware": "DE", "District of Columbia": "DC",
    "Florida": "FL", "Georgia": "GA", "Hawaii": "HI", "Idaho": "ID", "Illinois": "IL",
    "Indiana": "IN", "Iowa": "IA", "Kansas": "KS", "Kentucky": "KY", "Louisiana": "LA",
    "Maine": "ME", "Maryland": "MD", "Massachusetts": "MA", "Michigan": "MI", "Minnesota": "MN",
    "Mississippi": "MS", "Missouri": "MO", "Montana": "MT", "Nebraska": "NE", "Nevada": "NV",
    "New Hampshire": "NH", "New Jersey": "NJ", "New Mexico": "NM", "New York": "NY",
    "North Carolina": "NC", "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK", "Oregon": "OR",
    "Pennsylvania": "PA", "Rhode Island": "RI", "South Carolina": "SC", "South Dakota": "SD",
    "Tennessee": "TN", "Texas": "TX", "Utah": "UT", "Vermont": "VT", "Virginia": "VA",
    "Washington": "WA", "West Virginia": "WV", "Wisconsin": "WI", "Wyoming": "WY",
    "Puerto Rico": "PR",
}  # fmt: skip

CA_PROVINCE_CODES = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"]
CA_PROVINCE_NAMES = (
    "Alberta", "British Columbia", "Colombie-Britannique", "Manitoba", "New Brunswick",
    "Nouveau-Brunswick", "Newfoundland and Labrador", "Terre-Neuve-et-Labrador", "Nova Scotia",
    "Nouvelle-Écosse", "Northwest Territories", "Territoires du Nord-Ouest", "Nunavut",
    "Ontario", "Prince Edward Island", "Île-du-Prince-Édouard", "Quebec", "Québec",
    "Saskatchewan", "Yukon",
)  # fmt: skip


def _alternatives(names: list[str] | tuple[str, ...]) -> str:
    # the longest first, so "West Virginia" is not read as "Virginia" after a town "West"
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


US_STATE_NAME = _alternatives(list(US_STATE_NAMES))
CA_PROVINCE = _alternatives([*CA_PROVINCE_NAMES, *CA_PROVINCE_CODES])
# Canada's postcode: letter, digit, letter, a space, digit, letter, digit; the letters D F I O
# Q U are never printed in it (nor W Z first), so an O read for a 0 is no postcode and the line
# is left unread rather than stored wrong
CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d"


def state_code(state: str) -> str:
    """A US state's two capitals, from its name written in full or as read."""
    return US_STATE_NAMES.get(state, state)
