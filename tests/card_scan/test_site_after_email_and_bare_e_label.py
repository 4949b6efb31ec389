"""Second review of session 36's photo websites (rev36f): a site read right rewritten to the
address's first misreading though the address was then mended back to what the site printed;
a bare ``E `` label before an address whose @ was misread. OCR lines as Tesseract gave them on
check photos 384/54 and 385/57; each failed before its fix."""

from __future__ import annotations

from printed import to_review, worded_lines

from contactkit_plugins.card_scan.clues import Found
from contactkit_plugins.card_scan.email_traces import E_LABEL_RE, no_email_but_website
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.site_after_email import site_after_email
from contactkit_plugins.card_scan.text_lines import Line, Word

GUERIN = [  # check photo 384 card 54, as read (text, conf, left, top, width, height)
    [("Emmanuel", 0.96, 504, 104, 368, 64), ("Morel", 0.96, 898, 105, 200, 63)],
    [("Responsable", 0.97, 502, 214, 235, 52), ("des", 0.93, 750, 215, 63, 40),
     ("achats", 0.93, 825, 215, 119, 40)],
    [("Guérin", 0.19, 502, 420, 134, 39), ("et", 0.97, 651, 430, 34, 29),
     ("Fils", 0.96, 702, 421, 68, 39), ("SARL", 0.96, 786, 421, 124, 39)],
    [("Ligne", 0.93, 501, 544, 84, 40), ("directe", 0.93, 593, 545, 102, 31),
     ("1", 0.78, 705, 546, 7, 29), ("02.42.90.15.35", 0.81, 720, 544, 226, 33)],
    [("morel@", 0.96, 497, 595, 110, 47), ("guerin-fik.com", 0.96, 618, 595, 224, 47)],
    [("morel@guerin-fik.com", 0.79, 497, 595, 889, 47, "email-lone", False, False, True)],
    [("Site", 0.93, 500, 651, 57, 32), (":", 0.78, 569, 660, 7, 22),
     ("https://guerin-fils.com/contact", 0.69, 585, 651, 441, 40)],
    [("66", 0.96, 495, 693, 33, 55), ("bis", 0.96, 540, 693, 47, 55),
     ("avenue", 0.96, 600, 693, 93, 55), ("des", 0.97, 705, 693, 47, 55),
     ("Champs-Elysées", 0.92, 757, 697, 460, 47), ("-", 0.63, 1003, 693, 10, 55),
     ("44049", 0.95, 1026, 693, 79, 55), ("Nantes", 0.96, 1122, 693, 98, 55)],
]  # fmt: skip


def _lines(rows: list[list[tuple]]) -> list[Line]:
    return [Line([Word(*w, sharpened=True) for w in row]) for row in rows]


def test_a_site_read_right_follows_the_address_mended_back_to_it():
    parsed = parse_card(_lines(GUERIN), default_region="US")
    assert parsed.contact.emails == ["morel@guerin-fils.com"]
    assert [u.url for u in parsed.contact.urls] == ["https://guerin-fils.com/contact"]
    assert parsed.evidence["urls"] == "repaired"  # its level as before: to review
    assert "urls" in to_review(parsed)


def test_a_site_rewritten_to_a_misread_address_follows_its_mending_and_no_other_site_moves():
    # Tuning photo 332/37: "E-Mail peters@wolterkunststofftechnik.de" beside "Web
    # walterkunststoffrechnik.de"; the site took the address's "wolter", the address was then
    # mended from WALTER KUNSTSTOFFTECHNIK SE.
    site = Found("wolterkunststofftechnik.de", 0.58, 1, repaired=True)
    first = Found("peters@wolterkunststofftechnik.de", 0.58, 0)
    moved = site_after_email([site], first, ["peters@walterkunststofftechnik.de"])
    assert [(u.value, u.repaired) for u in moved] == [("walterkunststofftechnik.de", True)]
    # A site the cross-check left as read is never touched, nor one the address agrees with.
    read = Found("guerin-fils.com", 0.9, 1)
    assert site_after_email([read], Found("m@guerin-fik.com", 0.8, 0), ["m@guerin-fils.com"]) == [
        read
    ]
    same = Found("acme.de", 0.9, 1, repaired=True)
    assert site_after_email([same], Found("m@acme.de", 0.8, 0), ["m@acme.de"]) == [same]


def test_a_bare_e_label_before_an_address_sends_a_site_read_from_its_row_to_review():
    # Check photo 385/57: gabriele.wagner@wagner.at read "E gabriele. wagnerG wagner.at", the
    # @ read as G and a space; wagner.at was taken as the site and the card as printing no
    # address, both accepted.
    lines = worded_lines(
        ("WS", 40), ("Wagner & Séhne KG", 40), ("Gabriele Wagner", 50), ("Account Executive", 30),
        ("06767545751", 28), ("0316 9956360", 28), ("Hauptplatz 86", 28),
        ("E gabriele. wagnerG wagner.at", 28), ("8037 Graz", 28),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert "emails" in to_review(parsed)
    # session 37 (url37): the host on the address's labelled row is no site at all
    # (address_label_rows), where it was a site sent to review
    assert parsed.contact.urls == []
    site = [Found("wagner.at", 0.9, 0)]
    assert not no_email_but_website(site, ["E gabriele. wagnerG wagner.at"], "Wagner & Söhne KG")


def test_an_e_before_a_site_or_a_capitalised_name_is_no_address_label():
    assert E_LABEL_RE.match("E anna.weber acme.de")
    assert not E_LABEL_RE.match("E www.wagner.at")  # an icon read as E before the site
    assert not E_LABEL_RE.match("E https://wagner.at")
    assert not E_LABEL_RE.match("E Merck KG merck.de")
    assert not E_LABEL_RE.match("E.ON SE eon.com")
    site = [Found("wagner.at", 0.9, 0)]
    assert no_email_but_website(site, ["E www.wagner.at"], "Wagner & Söhne KG")


def test_site_follows_an_address_mended_back_to_what_its_row_prints() -> None:
    # tuning photos 326/4, 378/87: the cross-check wrote the site's "fiks" into the address,
    # the company mended it back to the fils its own row prints; the site follows, repaired
    first = Found("loic.guerin@muller-fiks.fr", 0.8, 1, from_site=True)
    site = Found("www.muller-fiks.fr", 0.9, 2)
    texts = ["Muller et Fils SARL", "loicguerin@muller-fils.fr", "Site : www.muller-fiks.fr"]
    moved = site_after_email([site], first, ["loic.guerin@muller-fils.fr"], texts)
    assert [(u.value, u.repaired) for u in moved] == [("www.muller-fils.fr", True)]
    # the mended domain printed nowhere on the card: a guess, the site left as read
    assert site_after_email([site], first, ["loic.guerin@muller-fils.fr"], texts[:1]) == [site]
    # an address not rewritten from the site: the site left as read
    plain = Found("loic.guerin@muller-fiks.fr", 0.8, 1)
    assert site_after_email([site], plain, ["loic.guerin@muller-fils.fr"], texts) == [site]


def test_a_repaired_site_follows_its_mended_address_printed_or_not() -> None:
    # A pair the cross-check tore (the address given the site's domain, the site marked
    # repaired), the address then mended: the site follows it as before this session's guard,
    # which asks for the mended domain after an @ only of a site left as read.
    site = Found("wolterkunststofftechnik.de", 0.58, 1, repaired=True)
    first = Found("peters@wolterkunststofftechnik.de", 0.58, 0, from_site=True)
    moved = site_after_email([site], first, ["peters@walterkunststofftechnik.de"], ["WALTER SE"])
    assert [(u.value, u.repaired) for u in moved] == [("walterkunststofftechnik.de", True)]
