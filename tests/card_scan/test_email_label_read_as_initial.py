"""A one-letter email label read as the given name's initial: "E. scott@" beside Emma Scott
was accepted as e.scott@ at name+domain. OCR lines as Tesseract read tuning photo 331 card 27
(a US card labelled "P:", "M:", "E:", "Web:"), its "E:" printed as "E." the way British cards
print it; each labelled case failed before the rule (e.scott@ accepted)."""

from __future__ import annotations

import pytest
from printed import to_review

from contactkit_plugins.card_scan.email_label_initial import label_as_initial
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.text_lines import Line, Word

SCOTT = [  # tuning photo 331 card 27, as read (text, conf, left, top, width, height)
    [("Evergreen", 0.96, 300, 91, 249, 44), ("Corp.", 0.96, 569, 91, 127, 44)],
    [("E", 0.92, 100, 99, 66, 95)],
    [("Engineering", 0.96, 299, 148, 195, 34), ("Excellence", 0.96, 510, 148, 174, 27)],
    [("Emma", 0.95, 92, 284, 196, 47), ("Scott,", 0.93, 317, 283, 190, 56),
     ("P.E.", 0.87, 539, 284, 108, 46)],
    [("Senior", 0.97, 89, 360, 124, 32), ("Buyer", 0.97, 228, 361, 113, 40)],
    [("P:", 0.93, 88, 471, 22, 23), ("512.209.8343", 0.96, 124, 471, 196, 24)],
    [("M:", 0.92, 88, 511, 30, 23), ("1-206-908-8203", 0.96, 133, 511, 227, 23)],
    [("E:", 0.92, 87, 550, 24, 23), ("scott@evergreen.com", 0.91, 124, 551, 313, 28)],
    [("Web:", 0.93, 86, 589, 68, 24), ("https://www.evergreen.com", 0.92, 168, 589, 393, 30)],
    [("2374", 0.96, 86, 629, 70, 24), ("Market", 0.96, 169, 629, 95, 24),
     ("St", 0.96, 277, 630, 27, 23)],
    [("Austin,", 0.96, 84, 668, 97, 26), ("TX", 0.96, 193, 668, 36, 23),
     ("78769", 0.96, 241, 668, 88, 24)],
]  # fmt: skip
EMAIL_ROW = 7


def _card(email_row: list[tuple], given: str = "Emma", labels: bool = True) -> list[Line]:
    rows = [list(row) for row in SCOTT]
    rows[EMAIL_ROW] = email_row
    rows[3][0] = (given, *rows[3][0][1:])
    if not labels:  # the phones printed without their "P:" and "M:"
        rows[5], rows[6] = rows[5][1:], rows[6][1:]
    return [Line([Word(*w) for w in row]) for row in rows]


LABEL_APART = [("E.", 0.92, 87, 550, 20, 23), ("scott@evergreen.com", 0.91, 124, 551, 313, 28)]
LABEL_GLUED = [("E.scott@evergreen.com", 0.91, 87, 551, 350, 28)]


@pytest.mark.parametrize("row", [LABEL_APART, LABEL_GLUED], ids=["apart", "glued"])
def test_a_label_beside_other_one_letter_labels_is_cut_off_and_sent_to_review(row):
    parsed = parse_card(_card(row), default_region="US")
    assert parsed.contact.emails == ["scott@evergreen.com"]
    assert parsed.evidence["emails"].endswith("/label-initial")
    assert "emails" in to_review(parsed)


def test_a_mail_label_before_mark_is_cut_off_too():
    row = [("M.scott@evergreen.com", 0.91, 87, 551, 350, 28)]
    parsed = parse_card(_card(row, given="Mark"), default_region="US")
    assert parsed.contact.emails == ["scott@evergreen.com"]
    assert "emails" in to_review(parsed)


def test_without_other_labels_the_reading_is_kept_but_not_accepted():
    # Nothing else on the card labels its rows: "E." may be the initial; a person looks.
    parsed = parse_card(_card(LABEL_GLUED, labels=False), default_region="US")
    assert parsed.contact.emails == ["e.scott@evergreen.com"]
    assert "emails" in to_review(parsed)


@pytest.mark.parametrize(
    "row",
    [
        # A real initial, the card's label a word of its own: "Email: e.scott@".
        [("Email:", 0.93, 87, 550, 90, 23), ("e.scott@evergreen.com", 0.91, 190, 551, 330, 28)],
        [("E-mail:", 0.93, 87, 550, 104, 23), ("e.scott@evergreen.com", 0.91, 204, 551, 330, 28)],
        # A real initial printed with no label at all.
        [("e.scott@evergreen.com", 0.91, 87, 551, 330, 28)],
    ],
    ids=["email-label", "e-mail-label", "no-label"],
)
def test_a_real_initial_in_small_letters_stays_as_read_and_accepted(row):
    parsed = parse_card(_card(row), default_region="US")
    assert parsed.contact.emails == ["e.scott@evergreen.com"]
    assert "label-initial" not in parsed.evidence["emails"]
    assert "emails" not in to_review(parsed)


def test_a_label_with_its_colon_stays_as_read():
    # "E: scott@" as the card printed it: the label was dropped before, and still is.
    parsed = parse_card(_card(SCOTT[EMAIL_ROW]), default_region="US")
    assert parsed.contact.emails == ["scott@evergreen.com"]
    assert parsed.evidence["emails"] == "name+domain/single"
    assert "emails" not in to_review(parsed)


def _words(*texts: str) -> list[Word]:
    return [Word(t, 0.9, 100 * k, 0, 90, 20) for k, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("value", "name", "texts"),
    [
        ("e.bennett@nova.com", "Erik Bennett", ("e.bennett@nova.com",)),  # small: an initial
        ("e.bennett@nova.com", "Erik Bennett", ("E.Bennett@nova.com",)),  # printed in capitals
        ("e.bennett@nova.com", "Mark Bennett", ("E.bennett@nova.com",)),  # not his initial
        ("t.bennett@nova.com", "Tom Bennett", ("T.", "bennett@nova.com")),  # no email label
        ("e.smith@nova.com", "Erik Bennett", ("E.smith@nova.com",)),  # not his family name
        ("e.erik@nova.com", "Erik Bennett", ("E.erik@nova.com",)),  # the given name
    ],
)
def test_no_label_is_seen_where_the_row_shows_none(value, name, texts):
    assert not label_as_initial(value, name, _words(*texts))


def test_the_label_is_seen_apart_and_glued():
    assert label_as_initial("e.bennett@nova.com", "Erik Bennett", _words("E.", "bennett@nova.com"))
    assert label_as_initial("e.bennett@nova.com", "Erik Bennett", _words("E.bennett@nova.com"))
    assert label_as_initial("m.bennett@nova.com", "Mark Bennett", _words("M.bennett@nova.com"))
