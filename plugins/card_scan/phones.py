"""Phone numbers on a card: labels, OCR digit slips, and the region the card itself names."""

from __future__ import annotations

import re

import phonenumbers

from contactkit import geo, normalize
from contactkit.model import Phone

from .clues import (
    EMAIL_RE,
    PHONE_LABEL_RE,
    URL_RE,
    US_CITY_RE,
    Found,
    country_in,
    digits,
    is_street,
    word_conf,
)
from .lexicon import (
    PHONE_LABELS,
)
from .ocr import Line


def fix_digits(text: str) -> str:
    """OCR confuses O/0, l/I/1, S/5, B/8 in numbers: fix them where digits surround them."""
    table = str.maketrans({"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
    return re.sub(
        r"(?<=[\d\s()+-])[OoDlISB](?=[\d\s()-])|(?<=\d)[OoDlISB]|[OoDlISB](?=\d)",
        lambda m: m.group(0).translate(table),
        text,
    )


def find_phones(
    lines: list[Line], texts: list[str], used: set[int], region: str
) -> list[tuple[Phone, float]]:
    out: list[tuple[Phone, float]] = []
    seen: set[str] = set()
    for i, text in enumerate(texts):
        # An email or a website on the same line ("T 030 123 | a@b.de") is no part of a number.
        text = URL_RE.sub(" ; ", EMAIL_RE.sub(" ; ", text))
        # One line may hold several numbers ("T 030 123 | F 030 124"); split on label boundaries.
        for segment in re.split(r"\s;\s|\s{2,}|\s(?=(?:[A-Za-z]{1,9})\s*[.:]?\s*[+(\d])", text):
            label_match = PHONE_LABEL_RE.match(segment)
            label = normalize.fold(label_match.group(1)) if label_match else ""
            if label_match and label not in PHONE_LABELS and is_street(segment):
                continue  # "Suite 100" or "Room 5" is no phone
            number_text = segment[label_match.end() :] if label_match else segment
            fixed = fix_digits(number_text)
            for match in phonenumbers.PhoneNumberMatcher(
                fixed, region, leniency=phonenumbers.Leniency.VALID
            ):
                e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
                if e164 in seen:
                    continue
                seen.add(e164)
                known = label in PHONE_LABELS
                kind = PHONE_LABELS.get(label, "work")
                if kind == "work" and not known and looks_mobile(match.number):
                    kind = "cell"
                conf = word_conf(lines[i], match.raw_string.split()[-1][:3])
                if known:
                    conf = min(0.99, conf + 0.05)
                elif label and digits(match.raw_string) < 8:
                    conf = min(conf, 0.7)  # an unknown word before a short number: maybe no phone
                if fixed != number_text:
                    # Repaired digits are checked only by the number being valid: a weak check,
                    # so a person confirms them (under the default review threshold).
                    conf = min(conf, 0.75)
                out.append((Phone(text=match.raw_string, kind=kind, region=region), conf))
                used.add(i)
    return out


def looks_mobile(number: phonenumbers.PhoneNumber) -> bool:
    return phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE


def region_from_clues(texts: list[str], emails: list[Found], urls: list[Found]) -> str | None:
    """A country printed on the card, a +CC prefix, or a country TLD tells the phone region."""
    for text in texts:
        country = country_in(text)
        if country:
            return country
    for text in texts:
        match = re.search(r"\+\s?(\d{1,3})", text)
        if match:
            region = phonenumbers.region_code_for_country_code(int(match.group(1)))
            if region and region != "ZZ":
                return region
    for found in [*emails, *urls]:
        host = found.value.split("@")[-1].split("//")[-1].split("/")[0]
        region = geo.country_of_domain(host)
        if region:
            return region
    for text in texts:
        if US_CITY_RE.match(text.rsplit(",", 1)[0] if text.count(",") > 1 else text):
            return "US"
    return None
