"""Session 38 (phone38): a one-line address parts its street from the postcode by a spaced dash
or middle dot ("Am Sandtorkai 169 - 70022 Stuttgart"): the town after the postcode names the
card's country there as after a comma, so its numbers printed without a code are read. A town
with more after it, a postcode glued to the house number, and digits run on stay no clue."""

from __future__ import annotations

from ocr_lines import conf_line

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.town_regions import town_regions


def test_a_town_after_a_spaced_dash_names_its_country():
    assert town_regions(["Am Sandtorkai 169 - 70022 Stuttgart"]) == ["DE"]
    assert town_regions(["Hauptplatz 104 · 8054 Graz"]) == ["AT"]


def test_the_comma_and_line_start_still_name_it():
    assert town_regions(["Hauptstr. 5, 1010 Wien"]) == ["AT"]
    assert town_regions(["8048 Zurich"]) == ["CH"]


def test_no_town_where_the_shape_is_not_a_postcode_and_town():
    assert town_regions(["Am Sandtorkai 169-70022 Stuttgart"]) == []  # glued: a house number
    assert town_regions(["F 0711 - 5955 642"]) == []
    assert town_regions(["Bahnhofstrasse 219 - 3021 Bern - Schweiz"]) == []  # the country votes


def test_a_stuttgart_card_with_no_other_clue_reads_its_numbers():
    """As read on p386 card 68: numbers without a code, a .com domain, the address one line."""
    lines = [
        conf_line(20, ("MEIER", 0.93), ("VERPACKUNG", 0.91), ("SE", 0.97)),
        conf_line(70, ("ALEXANDER", 0.97), ("KRAUSE", 0.96)),
        conf_line(120, ("Bereichsleiter", 0.92), ("Logistik", 0.97)),
        conf_line(170, ("0711", 0.99), ("9462827", 0.99)),
        conf_line(220, ("F", 0.93), ("0711", 0.96), ("5955642", 0.96)),
        conf_line(270, ("E", 0.93), ("alexander.krause@", 0.92), ("mvgroup.com", 0.90)),
        conf_line(
            320,
            ("Am", 0.93),
            ("Sandtorkai", 0.91),
            ("169", 0.93),
            ("-", 0.73),
            ("70022", 0.97),
            ("Stuttgart", 0.96),
        ),
    ]
    parsed = parse_card(lines, default_region="US")
    kinds = {p.e164: str(p.kind.value) for p in parsed.contact.phones}
    assert kinds == {"+497119462827": "work", "+497115955642": "fax"}
