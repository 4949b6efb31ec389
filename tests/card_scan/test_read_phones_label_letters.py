"""A phone label's letters are one class (clues.LABEL_LETTERS: accented Latin, kana, hanzi,
hangul) in every pattern that reads a label: "Móvil", "Tél.", "携帯：" as Tesseract or RapidOCR
give them with a bar, a comma, a slash, a plus read as "#" or glued to their numbers are read as
"Mobile", "Tel.", "Fax" are. Hand-made OCR lines; each failed before (labels29, session 29).
"""

from __future__ import annotations

from ocr_lines import stacked_line
from ocr_lines import stacked_lines as card

from contactkit.model import Phone
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.leftovers import labelled_left
from contactkit_plugins.card_scan.lost_phone_rows import label_alone
from contactkit_plugins.card_scan.phone_slips import unglue_word
from contactkit_plugins.card_scan.phone_text import unglue_label


def test_an_accented_or_cjk_label_s_bar_comma_slash_or_plus_read_as_hash_keep_its_kind():
    """Mexico's numbering cannot tell a mobile from a desk line: only the label does. "Móvil |"
    and "携帯｜" were read as no label (the row's bar no colon after a non-ASCII letter), the
    mobile stored as an office line at bare/hi, accepted."""
    rows = ("Móvil | +52 55 1234 5678", "Móvil, +52 55 1234 5678", "Móvil/+52 55 1234 5678",
            "Móvil:#52 55 1234 5678", "携帯｜+52 55 1234 5678",
            "携帯/+52 55 1234 5678")  # fmt: skip
    for row in rows:
        lines = card(("Lucía Ramos", 44), "Acme", "Tel: +52 55 8765 4321", row, "lucia@acme.mx")
        parsed = parse_card(lines, default_region="US")
        kinds = {p.e164: p.kind.value for p in parsed.contact.phones}
        assert kinds == {"+525587654321": "work", "+525512345678": "cell"}, row
        assert parsed.evidence["phones"].startswith("labelled"), row


def test_a_french_tel_label_with_its_bar_names_its_number():
    """ "Tél. | +33 1 59 28 06 69" (25 cached cards print "Tél. |" or "Teléfono |"): was bare."""
    lines = card(("Marie Roux", 44), "Acme SAS", "Tél. | +33 1 59 28 06 69",
                 "Fax | +33 1 59 28 06 70", "marie@acme.fr")  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    kinds = {p.e164: p.kind.value for p in parsed.contact.phones}
    assert kinds == {"+33159280669": "work", "+33159280670": "fax"}
    assert parsed.evidence["phones"].startswith("labelled")


def test_a_label_glued_to_its_number_is_parted_in_any_script():
    assert unglue_label("携帯+81 90 1234 5678") == "携帯 +81 90 1234 5678"
    assert unglue_label("Tél0142345678") == "Tél 0142345678"
    assert unglue_label("Móvil#52 55 1234 5678") == "Móvil +52 55 1234 5678"
    assert unglue_label("Xyzé0142345678") == "Xyzé0142345678"  # no label: left alone
    assert unglue_word("0312345678携帯09012345678") == "0312345678 携帯 09012345678"


def test_a_second_number_cut_short_after_an_accented_or_cjk_label_is_seen():
    """ "Móvil +52 55 12" beside a whole office number: the mobile's digits cut short send the
    card to review, as after "Mobile" (leftovers.labelled_left)."""
    read = [Phone(text="+52 55 8765 4321")]
    for label in ("Móvil", "携帯："):
        text = f"Tel +52 55 8765 4321 {label} +52 55 12"
        assert labelled_left([text], {0}, read), label
    assert not labelled_left(["Tel +52 55 8765 4321 Calle +52 55 12"], {0}, read)


def test_an_accented_or_cjk_label_alone_on_its_line_is_a_number_lost():
    for label in ("Móvil:", "携帯：", "Tél."):
        lines = [stacked_line(label, 20)]
        assert label_alone(lines, [label], set()), label
    assert not label_alone([stacked_line("Málaga", 20)], ["Málaga"], set())


def test_a_labels_colon_read_as_a_letter_glued_to_its_number_is_parted():
    # "Faxc+1 206-445-7366" (Fax: +1 ..., the second engine on a blurred photo): the fax was
    # stored as an office line at reread+intl/hi (fresh photo seed 278 card 57; session 31).
    lines = card(("Steven Young", 44), "LUMEN INC.", "T: +1 206-270-0610",
                 "Faxc+1 206-445-7366", "young.steven@lumen-group.com")  # fmt: skip
    kinds = {p.e164: p.kind.value for p in parse_card(lines, default_region="US").contact.phones}
    assert kinds == {"+12062700610": "work", "+12064457366": "fax"}
    assert unglue_label("Faxc+1 206-445-7366") == "Fax +1 206-445-7366"
    assert unglue_label("Mx+1 206 445 7366") == "Mx+1 206 445 7366"  # too short to tell
