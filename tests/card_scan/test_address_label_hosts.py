"""A bare host on a row an address's label opens is the address's domain, no site."""

from __future__ import annotations

from ocr_lines import stacked_lines

from contactkit_plugins.card_scan.address_label_rows import on_address_row
from contactkit_plugins.card_scan.fields import parse_card


def test_a_bare_host_on_an_address_label_row_is_no_site() -> None:
    # tuning photo 385/57: the @ read as G, no address read anywhere
    texts = ["Wagner & Söhne KG", "E gabriele. wagnerG wagner.at"]
    assert on_address_row(texts[1], texts)
    assert on_address_row("Courriel : amichelprismaemballages.fr", ["x"])
    assert not on_address_row("W: wagner.at", ["W: wagner.at"])
    assert not on_address_row("E: a@wagner.at wagner.at", ["E: a@wagner.at wagner.at"])
    # a row labelled for both holds the site ("E-Mail / Web: wagner.at")
    assert not on_address_row("E-Mail / Web: wagner.at", ["E-Mail / Web: wagner.at"])
    assert not on_address_row("Mail & Internet wagner.at", ["Mail & Internet wagner.at"])
    # another row holds the address: the host is left to mend its reading
    assert not on_address_row(texts[1], [*texts, "E gabriele.wagner@wagner.at"])


def test_whole_card_takes_no_site_from_an_address_row_and_keeps_a_printed_one() -> None:
    rows = ["Gabriele Wagner", "Account Executive", "Wagner & Söhne KG", "0316 9956360"]
    lost = parse_card(stacked_lines(*rows, "E gabriele. wagnerG wagner.at"), default_region="AT")
    assert lost.contact.urls == []
    site = parse_card(stacked_lines(*rows, "W wagner.at"), default_region="AT")
    assert [u.url for u in site.contact.urls] == ["wagner.at"]


def test_an_address_row_taken_for_no_site_leaves_its_address_missing_to_review() -> None:
    # "missing+web" (an address row lost beside a site read, accepted) needs the site: the host
    # was the address's own row, so the address was lost and a person looks for it
    rows = ["Gabriele Wagner", "Account Executive", "Wagner & Söhne KG", "0316 9956360"]
    lost = parse_card(stacked_lines(*rows, "Mail: wagner.at"), default_region="AT")
    assert lost.contact.urls == []
    assert lost.evidence["emails"] == "missing"
    both = parse_card(stacked_lines(*rows, "E-Mail / Web: wagner.at"), default_region="AT")
    assert [u.url for u in both.contact.urls] == ["wagner.at"]
