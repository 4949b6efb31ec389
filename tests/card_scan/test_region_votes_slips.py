"""Region votes a misread clue misled: an email's ".nl" read ".ni" (Nicaragua) beside a Dutch
firm's form, and a US one-line address ("street - City, ST zip") whose street was read as a
European postcode and town. The card's own numbers were then read in a lower region and sent to
review (p325 card 80, p368 card 58; p349 card 17, p363 card 80, s358 card 67)."""

from __future__ import annotations

from ocr_lines import stacked_lines as card

from contactkit_plugins.card_scan.clues import Found, legal_region
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.region_votes import regions_from_clues


def _regions(texts: list[str], email: str = "") -> list[str]:
    emails = [Found(email, 0.9, len(texts))] if email else []
    return [r for r, _ in regions_from_clues([*texts, email], emails, [], legal_region(texts))]


def test_an_ending_slipped_off_the_firms_country_casts_no_vote():
    texts = ["Tulp Holding B.V.", "M | 06-49341596 T: 010 468 7959"]
    assert _regions(texts, "meijer@tulp.ni") == ["NL"]
    lines = card(("Cornelia Meijer", 44), "Tulp Holding B.V.", "M | 06-49341596 T: 010 468 7959",
                 "E: meijer@tulp.ni")  # fmt: skip
    assert parse_card(lines, default_region="US").evidence["phones"] == "labelled/hi"


def test_an_ending_of_its_own_still_votes():
    assert _regions(["Casa Lopez S.A."], "ventas@lopez.ni")[0] == "NI"  # no other country named
    assert "DE" in _regions(["Tulp Holding B.V."], "verkauf@tulp.de")  # no look-alike of .nl


def test_an_office_abroad_printed_with_its_code_leaves_the_ending_its_vote():
    # .pt is one letter (t/l) off .pl, but +48 is a Warsaw office's number, not a Polish firm:
    # Lisbon's own line, printed without its code, stays read in Portugal.
    texts = ["Silva Lda.", "Tel. 21 123 4567", "Warszawa +48 22 123 45 67"]
    assert "PT" in _regions(texts, "jsilva@silva.pt")
    lines = card(("Joao Silva", 44), *texts, "jsilva@silva.pt")
    phones = parse_card(lines, default_region="US").contact.phones
    assert {p.e164 for p in phones} == {"+351211234567", "+48221234567"}


def test_a_us_city_after_its_street_on_one_line_names_the_us():
    assert _regions(["1672 Lexington Avenue - Austin, TX 78728"])[0] == "US"
    lines = card(("Elizabeth White", 44), "@ 512-522-6726",
                 "1672 Lexington Avenue - Austin, TX 78728", "F: 512.834.5431")  # fmt: skip
    assert parse_card(lines, default_region="US").evidence["phones"].startswith("bare")


def test_a_european_one_line_address_names_no_us():
    assert "US" not in _regions(["12 rue de la Paix - 75002 Paris"])
    assert "US" not in _regions(["Hauptstr. 5 - 1010 Wien"])


def test_letters_apart_at_a_rows_end_name_no_country():
    # "Sapporo 060-0007 [a] U": an icon and a speck read after the postcode spelt "AU", a
    # country line's full vote, and the card's Japanese numbers were doubted as another
    # region's (second generator's tuning scan 14/99); "s V" spelt El Salvador (photo 5/32).
    assert _regions(["Sapporo 060-0007 [a] U"], "asuka.takahashi@inoue-shoji.co.jp") == ["JP"]
    assert "SV" not in _regions(["Herrengasse 90", '~~" s V', "9080 Klagenfurt am Worthersee"])
    assert _regions(["Austin, TX 78728, U.S.A."])[0] == "US"  # the dots say an abbreviation
    lines = card(("TAKAHASHI ASUKA", 44), "INOUE SHOJI CO., LTD", "t: 011-245-9867",
                 "C: 090-2279-6593", "E: asuka.takahashi@inoue-shoji.co.jp",
                 "Sapporo 060-0007 [a] U")  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert parsed.evidence["phones"] == "labelled/hi"
    assert {p.e164 for p in parsed.contact.phones} == {"+81112459867", "+819022796593"}


def test_a_spanish_gran_via_names_spain_not_italy():
    # "Gran Via, 11, 3°B" over "47029 Valladolid": the Italian "via" put Italy first and the
    # Spanish number was doubted as another region's (photo 6/34, scan 6/40).
    texts = ["Taltek Construcciones S.L.", "Gran Via, 11, 3°B", "47029 Valladolid"]
    assert _regions(texts, "anan@taltek-world.com") == ["ES"]
    assert _regions(["Via Roma 12", "20121 Milano"])[0] == "IT"
    lines = card(("ANA NAVARRO BLANCO", 44), *texts[:1], "T 983 28 14 56",
                 "E anan@taltek-world.com", *texts[1:])  # fmt: skip
    assert parse_card(lines, default_region="US").evidence["phones"] == "labelled/hi"
