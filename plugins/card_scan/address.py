"""The postal address on a card: street, postal code and city, country."""

from __future__ import annotations

import re

from contactkit.model import Address

from .clues import EU_CITY_RE, GB_CITY_RE, US_CITY_RE, is_country, is_street
from .confidence import ocr_band
from .ocr import Line


def parse_city_line(text: str) -> dict[str, str] | None:
    for pattern in (US_CITY_RE, GB_CITY_RE, EU_CITY_RE):
        match = pattern.match(text.strip())
        if match:
            return match.groupdict()
    return None


def find_address(
    lines: list[Line], texts: list[str], used: set[int], region: str
) -> tuple[Address | None, str]:
    """The address and its evidence level (see ``confidence``)."""
    parts: dict[str, str] = {}
    lines_used: list[int] = []
    for i, text in enumerate(texts):
        if i in used:
            continue
        if is_country(text):
            parts["country"] = text.rstrip(".")
            lines_used.append(i)
            continue
        pieces = [p.strip() for p in text.split(",") if p.strip()]
        if len(pieces) > 1 and is_country(pieces[-1]):
            parts["country"] = pieces.pop()
        # "48 Harbor Road, Seattle, WA 98101" on one line: the tail is the city part.
        matched = False
        for cut in range(len(pieces)):
            city = parse_city_line(", ".join(pieces[cut:]))
            if city and (cut == 0 or is_street(", ".join(pieces[:cut]))):
                parts.update({k: v for k, v in city.items() if v})
                if cut:
                    parts["street"] = ", ".join(pieces[:cut])
                matched = True
                break
        if not matched and is_street(text) and "street" not in parts:
            parts["street"] = text
            matched = True
        if matched:
            lines_used.append(i)
    if not ({"city", "street"} <= parts.keys() or "postal" in parts):
        return None, ""
    used.update(lines_used)
    if "street" in parts:  # "HauptstraBe", "Hauptstrare", "Hauptstrake": the ß misread
        parts["street"] = re.sub(r"(?<=[Ss]tra)[BbRrKkFf](?=e\b)", "ß", parts["street"])
    shape = "street+city" if {"city", "street"} <= parts.keys() else "part"
    level = f"{shape}/{ocr_band(min(lines[i].mean_conf for i in lines_used))}"
    address = Address(
        street=parts.get("street"),
        city=parts.get("city", "").strip() or None,
        region=parts.get("region"),
        postal_code=parts.get("postal"),
        country=parts.get("country"),
    )
    return address, level
