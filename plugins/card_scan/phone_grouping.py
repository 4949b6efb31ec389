"""A national number printed in the digit groups another country writes.

Each country prints its national numbers in its own groups: France in pairs ("04 48 44 36 85"),
Switzerland three, three, two and two ("044 844 36 85"). A number valid in another country the
card's legal form names too (``clues.form_countries``), printed as that country writes it and
not as its own, was read in the wrong country: "044 844 36 85" on a Swiss card whose only clue
to its country was "Sarl", read as a French line (fresh photo seed 545 card 67, accepted at
bare/hi; session 47). Such a number goes to review (``+grouped``).
"""

from __future__ import annotations

import phonenumbers

from contactkit.model import Phone

from .calibration import marked
from .phone_groups import groups


def grouping_doubts(out: list[tuple[Phone, str]], others: list[str]) -> list[tuple[Phone, str]]:
    """Numbers printed national that ``grouped_elsewhere`` marks ``+grouped``."""
    return [
        (p, marked(how, "grouped")) if grouped_elsewhere(p, others) else (p, how) for p, how in out
    ]


def grouped_elsewhere(phone: Phone, others: list[str]) -> bool:
    """``phone``, printed without its country code, is grouped as one of the ``others`` regions
    formats it, where it is valid too, and not as its own region does."""
    printed = phone.text.strip().lstrip("(")
    if not phone.region or printed.startswith(("+", "00")):
        return False
    printed_groups = groups(printed)
    if printed_groups == _national_groups(printed, phone.region):
        return False
    return any(
        region != phone.region and printed_groups == _national_groups(printed, region)
        for region in others
    )


def _national_groups(text: str, region: str) -> list[str] | None:
    """The groups ``region`` prints ``text``'s number in, where it is a valid number there."""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number_for_region(number, region):
        return None
    return groups(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
