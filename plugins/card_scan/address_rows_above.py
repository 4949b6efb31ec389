"""The rows above an address's postcode line that belong to it: the street of a city line with
no street word, a Polish street wrapped before its number, a Mexican colonia's street, the
town of a postcode printed alone; each in the postcode's column."""

from __future__ import annotations

import re

from .clues import is_street, street_name
from .postal import POSTFACH_RE, street_shaped, town_line
from .street_forms import colonia_line
from .text_lines import Line
from .word_confidence import ocr_band


def lines_above(
    lines: list[Line], texts: list[str], taken: set[int], anchor: int, parts: dict[str, str]
) -> list[int]:
    """The town of a postcode printed alone, and the street just above a city line that has no
    street word ("Weena 44" | "2535 DE Den Haag")."""
    if parts.pop("lone", None) and "city" not in parts:
        return _town_of_lone_postcode(lines, texts, taken, anchor, parts)
    above = anchor - 1
    number = parts.pop("number", None)
    if number:
        if "street" not in parts and _wrapped_street(lines, texts, taken, above, anchor):
            parts["street"] = f"{texts[above].strip()} {number}"
            return [above]
        parts.pop("postal", None)  # no street to end: the number and the city are no address
        parts.pop("city", None)
        return []
    if above >= 0 and above not in taken and colonia_line(texts[above], texts[anchor], parts):
        return _street_of_colonia(lines, texts, taken, above, anchor, parts)
    box = above
    if parts.pop("postfach", None) and POSTFACH_RE.match(texts[above].strip()):
        above -= 1  # "Neuer Wall 10" | "Postfach 10 12 34" | "20457 Hamburg": the street above
    if "street" not in parts and "city" in parts and _street_at(lines, texts, taken, above, anchor):
        parts["street"] = texts[above]
        return [above]
    if (
        "street" not in parts
        and "city" in parts
        and (street := _street_past_other_column(lines, texts, taken, above, anchor)) is not None
    ):
        parts["street"] = texts[street]
        return [street]
    box_free = taken - {box}
    if box != above and "street" not in parts and _street_at(lines, texts, box_free, box, anchor):
        # no street above it: the Postfach stays the address's street, as it was read before
        # (rev35c: "Postfach 1234" | "8021 Zürich", a firm's mail address, had lost its box)
        parts["street"] = texts[box]
    return []


def _street_past_other_column(
    lines: list[Line], texts: list[str], taken: set[int], above: int, anchor: int
) -> int | None:
    """The street two lines up, where the line between belongs to another column: two columns
    whose rows are staggered interleave line by line ("Weena 145a" | "W www.dekker.nl" |
    "3091 UT Rotterdam", the site printed to the right). Only a street read sure: one read
    less well was left out before, its postcode and town kept ("96 aliée des Tiieus")."""
    if above < 1 or not lines[above].words or _same_column(lines, above, anchor):
        return None
    street = above - 1
    if not _street_at(lines, texts, taken, street, anchor):
        return None
    return street if ocr_band(lines[street].mean_conf) == "hi" else None


def _street_of_colonia(
    lines: list[Line],
    texts: list[str],
    taken: set[int],
    colonia: int,
    anchor: int,
    parts: dict[str, str],
) -> list[int]:
    """The street above a Mexican colonia's line: the colonia is the address's (no name, title
    or company), yet no street, as rev35c kept it ("Paseo de la Reforma 250" | "Col. Juárez")."""
    if "street" in parts:
        return [colonia]
    if _street_at(lines, texts, taken, colonia - 1, anchor):
        parts["street"] = texts[colonia - 1]
        return [colonia - 1, colonia]
    return []


# A street's name with no number: a Polish prefix or a street word before a name
WRAPPED_STREET_RE = re.compile(r"^(?:ul|al|pl|os)\.\s?[A-ZĄĆĘŁŃÓŚŹŻ][^\d,;@]+$")


def _wrapped_street(
    lines: list[Line], texts: list[str], taken: set[int], i: int, after: int
) -> bool:
    """Line ``i``, free, is a street's name without its number, in the column of the line
    ``after`` it or on its row just left of it."""
    text = texts[i].strip() if i >= 0 else ""
    if i < 0 or i in taken or not lines[i].words or not lines[after].words:
        return False
    if not (WRAPPED_STREET_RE.match(text) or (street_name(text) and not re.search(r"\d", text))):
        return False
    one, two = lines[i], lines[after]
    same_row = one.top < two.bottom and two.top < one.bottom and one.right <= two.left
    return same_row or _same_column(lines, i, after)


def _town_of_lone_postcode(
    lines: list[Line], texts: list[str], taken: set[int], anchor: int, parts: dict[str, str]
) -> list[int]:
    """The town printed with the street ("3-4-26 Toranomon, Chiyoda-ku, Tokyo" | "100-7158"),
    or on a line of its own between the street and the postcode ("211 Deansgate" |
    "Manchester" | "M1 9WG"), as the British and Japanese conventions print them: in the
    postcode's column, so a name of the other column read between them is no town."""
    street = next((i for i in range(anchor) if texts[i] == parts.get("street")), None)
    if street is not None:
        pieces = [p.strip() for p in texts[street].split(",")]
        if len(pieces) > 1 and town_line(pieces[-1]) and not is_street(pieces[-1]):
            parts["street"], parts["city"] = ", ".join(pieces[:-1]), pieces[-1]
            return []
    start = -1 if street is None else street
    towns = [
        i
        for i in range(start + 1, anchor)
        if i not in taken and town_line(texts[i]) and _same_column(lines, i, anchor, street)
    ]
    if not towns:
        return []
    town = towns[-1]
    parts["city"] = texts[town].strip()
    if street is not None:
        return [town]
    streets = [j for j in range(town) if _street_at(lines, texts, taken, j, town)]
    if not streets:
        parts.pop("city")
        return []
    parts["street"] = texts[streets[-1]]
    return [streets[-1], town]


def _same_column(lines: list[Line], i: int, *others: int | None) -> bool:
    """Line ``i`` overlaps each of the other lines across: one column of the card."""
    if not lines[i].words or any(o is not None and not lines[o].words for o in others):
        return False
    left, right = lines[i].left, lines[i].right
    return all(o is None or (left < lines[o].right and lines[o].left < right) for o in others)


def _street_at(lines: list[Line], texts: list[str], taken: set[int], i: int, below: int) -> bool:
    """Line ``i``, free, is a street in the column of the line ``below`` it."""
    return (
        i >= 0
        and i not in taken
        and street_shaped(texts[i], beside_city=True)
        and _same_column(lines, i, below)
    )
