"""An address read as the family name alone whose row leaves a letter's width more before it
than the card's other rows do: the given name's initial lost whole (``villiers@`` for
lvilliers@, photo seed 329 card 92, accepted at name+domain/single). Lines as Tesseract boxes
them; the must-not-touch cases are the usual ones, a family name alone printed so."""

from __future__ import annotations

from printed import boxed_line, to_review

from contactkit_plugins.card_scan.fields import ParsedCard, parse_card

ADDRESS = "villiers@delta.fr"  # 17 letters over 272 px: a pitch of 16 px


def _labelled(
    address_left: int, phone_value_left: int = 172, label: str = "E-Mail: 0.95 100 100"
) -> ParsedCard:
    lines = [
        boxed_line(60, "DELTA 0.96 100 180", "SARL 0.95 300 120"),
        boxed_line(150, "Laurent 0.97 100 190", "de 0.96 302 50", "Villiers 0.96 364 200"),
        boxed_line(220, "Directeur 0.95 100 200", "commercial 0.95 312 240"),
        boxed_line(300, "Tel.: 0.95 100 60", f"01.42.56.78.90 0.95 {phone_value_left} 230"),
        boxed_line(340, "Fax: 0.95 100 50", "01.42.56.78.91 0.95 162 230"),
        boxed_line(380, label, f"{ADDRESS} 0.96 {address_left} 272"),
        boxed_line(420, "Web: 0.95 100 60", "www.delta.fr 0.95 172 200"),
    ]
    return parse_card(lines, default_region="FR")


def _unlabelled(address_left: int) -> ParsedCard:
    lines = [
        boxed_line(60, "DELTA 0.96 100 180", "SARL 0.95 300 120"),
        boxed_line(150, "Laurent 0.97 100 190", "de 0.96 302 50", "Villiers 0.96 364 200"),
        boxed_line(220, "Directeur 0.95 100 200", "commercial 0.95 312 240"),
        boxed_line(300, "+33 0.95 100 50", "1 0.95 160 14", "42 0.95 184 30", "56 0.95 224 30"),
        boxed_line(340, f"{ADDRESS} 0.96 {address_left} 272"),
        boxed_line(380, "www.delta.fr 0.95 100 200"),
    ]
    return parse_card(lines, default_region="FR")


def test_a_family_name_alone_a_letter_further_from_its_label_goes_to_review():
    parsed = _labelled(222)  # the other labels' values 12 px on, this one 22: an l's width
    assert parsed.contact.emails == [ADDRESS]
    assert parsed.evidence["emails"].endswith("/initial-room")
    assert "emails" in to_review(parsed)


def test_a_family_name_alone_as_far_from_its_label_as_the_other_values_stays_accepted():
    parsed = _labelled(212)
    assert parsed.evidence["emails"] == "name+domain/single"
    assert "emails" not in to_review(parsed)


def test_values_set_in_a_column_give_no_room_where_the_address_starts_in_it():
    # "Mail:" ends 10 px left of "Tel.:" and "Web:", every value starts at 172: the short
    # label's gap is wider by the labels' lengths, the column holds (rev40e: the former case
    # had no room to measure, so it passed without the column check too)
    short = "Mail: 0.95 100 50"
    assert _labelled(172, label=short).evidence["emails"] == "name+domain/single"
    assert _labelled(182, label=short).evidence["emails"].endswith("/initial-room")


def test_a_family_name_alone_right_of_the_edge_its_neighbours_share_goes_to_review():
    assert _unlabelled(110).evidence["emails"].endswith("/initial-room")
    assert _unlabelled(100).evidence["emails"] == "name+domain/single"


def test_more_room_than_an_initial_takes_is_something_else_unread():
    # 40 px past the neighbours' edge, 2.5 pitches: an envelope icon left unread, not a letter
    assert _unlabelled(140).evidence["emails"] == "name+domain/single"


def _centred(address_left: int, right_aligned: bool = False) -> ParsedCard:
    """A card set centred on x=500 (or flush right at 652), the address between a Tel. and a
    Fax row of one width."""
    shift = 16 if right_aligned else 0  # the 272 px address flush with the 304 px rows
    lines = [
        boxed_line(60, "DELTA 0.96 350 180", "SARL 0.95 540 110"),
        boxed_line(150, "Laurent 0.97 305 190", "de 0.96 507 50", "Villiers 0.96 569 126"),
        boxed_line(220, "Directeur 0.95 380 240"),
        boxed_line(300, "Tel. 0.95 348 64", "01.42.56.78.90 0.95 428 224"),
        boxed_line(340, f"{ADDRESS} 0.96 {address_left + shift} 272"),
        boxed_line(380, "Fax 0.95 348 56", "01.42.56.78.91 0.95 428 224"),
    ]
    return parse_card(lines, default_region="FR")


def test_a_family_name_alone_centred_between_rows_of_one_width_stays_accepted():
    # 16 px right of the rows' shared edge (one pitch), as centring a shorter row sets it
    # (rev40e): before, this sent a right address to review
    assert _centred(364).evidence["emails"] == "name+domain/single"
    assert _centred(364, right_aligned=True).evidence["emails"] == "name+domain/single"


def test_an_address_box_without_width_is_no_measure():
    # A box of no width gives no pitch to divide by (rev40e: it raised ZeroDivisionError)
    lines = [
        boxed_line(60, "DELTA 0.96 100 180", "SARL 0.95 300 120"),
        boxed_line(150, "Laurent 0.97 100 190", "de 0.96 302 50", "Villiers 0.96 364 200"),
        boxed_line(300, "Tel.: 0.95 100 60", "01.42.56.78.90 0.95 172 230"),
        boxed_line(380, "E-Mail: 0.95 100 100", f"{ADDRESS} 0.96 222 0"),
    ]
    assert parse_card(lines, default_region="FR").evidence["emails"] == "name+domain/single"
