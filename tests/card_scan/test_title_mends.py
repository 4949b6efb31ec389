"""A title word misread by one letter, put back where one lexicon word alone fits, and the title
sent to review (session 35, names35: tuning photos 325, 335, 338, 349, 351, 352, scan 330)."""

from __future__ import annotations

import pytest
from ocr_lines import stacked_lines

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.title_mends import mend_title, near_title_word


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        ("Piant Manager", "Plant Manager"),  # l read i (photo seed 352 card 68, accepted)
        ("Senicr Software Engineer", "Senior Software Engineer"),  # o read c
        ("Key Accoumt Manager", "Key Account Manager"),  # n read m
        ("Chiet Financal Officer", "Chief Financial Officer"),  # f read t, an i lost
        ("Chief Financial Omcer", "Chief Financial Officer"),  # the ffi ligature read m
        ("Head of Procuremen", "Head of Procurement"),  # its last letter lost at the edge
        ("Vorstahd", "Vorstand"),  # n read h
        ("Entwicklungsingenleur", "Entwicklungsingenieur"),  # a compound, i read l
        ("General Manager Sales Divislon", "General Manager Sales Division"),
        ("VORSTAHD", "VORSTAND"),  # printed as read: in capitals
    ],
)
def test_a_title_word_one_letter_off_one_lexicon_word_is_put_back(read, printed):
    assert mend_title(read) == printed


@pytest.mark.parametrize(
    "read",
    [
        "Directora Comercial",  # a title's gender at its end is no slip
        "Administrativo",
        "Sales Managers",  # nor its number
        "Kierownik Logistyki",  # spelt by the lexicon as read
        "Head of IT",  # short words are one letter from too many others
        "Vertnetsieaer",  # more than one letter off: left as read, doubted
        "Europe",
        "Responsible Engineer",  # English; the lexicon's "responsable" is French: a vowel
        "Projektingenieur",  # a compound's ending read whole: its field is the firm's word
        "Resident Manager",  # a hotel's, one letter from President (rev45)
    ],
)
def test_a_title_word_spelt_or_no_single_slip_stays_as_read(read):
    assert mend_title(read) == read


def test_a_word_spelt_or_near_no_single_lexicon_word_is_not_mended():
    assert near_title_word("Mamager") == "Manager"
    assert near_title_word("Sales") is None  # a lexicon word
    assert near_title_word("Salez") is None  # an s at a word's end is no slip put back


@pytest.mark.parametrize(
    ("read", "level"),
    [
        ("Piant Manager", "mended/lo"),  # put back, to review
        ("Plant Manager", "strong/hi"),  # read right: its level stands
    ],
)
def test_a_mended_title_is_read_right_and_goes_to_review(read, level):
    lines = stacked_lines(("Joseph Johnson", 44), read,
                          ("Delta Biosciences Corporation", 30), "jjohnson@delta.com")  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.title == "Plant Manager"
    assert parsed.evidence["title"] == level
    assert (probability("title", level) < REVIEW_BELOW) == (level == "mended/lo")


def test_a_title_no_word_of_which_was_read_right_is_put_back_whole_to_review():
    # Photo seed 335 card 64: "Secion Chied" over "Tetsuya HASHIMOTO", no title read.
    lines = stacked_lines(("Taiyo Corporation", 40), "Secion Chied", ("Tetsuya HASHIMOTO", 60),
                          "tetsuya_hashimoto@taiyo.co.jp")  # fmt: skip
    parsed = parse_card(lines, default_region="JP")
    assert parsed.contact.title == "Section Chief"
    assert parsed.evidence["title"] == "mended/lo"


def test_a_name_one_letter_off_a_title_word_is_no_title():
    lines = stacked_lines(("Marc Leiner", 44), ("Delta Biosciences Corporation", 30),
                          "marc.leiner@delta.com")  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.title is None
    assert parsed.contact.name.full == "Marc Leiner"


def test_a_resident_manager_stays_so_and_is_doubted_as_a_president_cut():
    # rev45: "Resident Manager" was stored "President Manager"; it may also be a President
    # whose P was lost, so it goes to review as read (title_start_lost.start_lost).
    lines = stacked_lines(("Joseph Johnson", 44), "Resident Manager",
                          ("Delta Hotels Corporation", 30), "jjohnson@delta.com")  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.title == "Resident Manager"
    assert parsed.evidence["title"].startswith("cut/")
