"""Numbers Tesseract broke in ways the digits alone do not show: a plus read as a digit, a
bar read as a 1, a number parted across a gap into two lines, a label in a card's language.

Each function only proposes; ``phones`` keeps a proposal where it is a valid number and the
text as read is none, and measures such numbers apart (``repaired``, ``gap``).
"""

from __future__ import annotations

import re
from collections.abc import Collection

import phonenumbers

from contactkit import normalize
from contactkit.model import Phone

from .clues import LABEL_LETTERS, LABEL_MARKS, known_label
from .phone_text import digits_of, numbers_in, valid_e164
from .row_pieces import shared_height
from .text_lines import Line

# A phone label in one language names the countries that write it, most likely first: where a
# number is valid in none of the regions the card's clues and the default name, these are tried
# last, measured apart as ``hint-region`` ("Telefon: (030) 54797143" on a card with no other
# clue, read as US before).
LABEL_REGIONS = {
    **dict.fromkeys(("telefon", "mobil", "handy", "fon", "durchwahl", "zentrale"), "DE AT CH"),
    "natel": "CH",
    **dict.fromkeys(("movil", "mov", "tfno", "telf"), "ES"),
    "telefono": "ES IT",
    **dict.fromkeys(("portable", "port"), "FR BE CH"),
    **dict.fromkeys(("cellulare", "centralino"), "IT"),
    **dict.fromkeys(("mobiel", "telefoon"), "NL BE"),
    **dict.fromkeys(("kom", "komorka"), "PL"),
    "tlf": "DK NO",
    **dict.fromkeys(("puh", "puhelin"), "FI"),
    **dict.fromkeys(("telemovel", "tlm", "movel"), "PT"),
    **dict.fromkeys(("telefone", "fone"), "BR PT"),
    "celular": "MX BR CO AR",
    "telecopie": "FR BE CH",
    # Labels that fold to nothing or to another word, looked up as printed.
    **dict.fromkeys(("携帯", "携帯電話"), "JP"),
    "電話": "JP TW HK",
    **dict.fromkeys(("手机", "电话", "传真"), "CN"),
    **dict.fromkeys(("手機", "傳真"), "TW HK"),
    **dict.fromkeys(("휴대폰", "핸드폰", "전화", "팩스"), "KR"),
    **dict.fromkeys(("DĐ", "Dđ", "dđ"), "VN"),
}
# A word before a number: a label, at the line's start or after another number.
PHONE_LABEL_WORD_RE = re.compile(
    rf"(?<!\w)([{LABEL_LETTERS}]{{2,12}}\.?)(?=[\s{LABEL_MARKS}|]*[+(\d])"
)


# "01.77.32.35.07", "01 25 21 31 15": ten digits from a trunk 0 in five pairs is how France
# writes a number (a card with no other clue read it as US, and as no number).
FRENCH_SHAPE_RE = re.compile(r"(?<![\d.])0[1-9](?:[ .]\d\d){4}(?![\d.])")


def hinted_regions(texts: list[str]) -> list[str]:
    """The regions the card's phone labels' language names, in the order the labels come, and
    France where a number is written as France writes them."""
    out: list[str] = []
    for text in texts:
        for found in PHONE_LABEL_WORD_RE.finditer(text):
            printed = found.group(1).rstrip(".")
            word = normalize.fold(printed)
            regions = LABEL_REGIONS.get(printed) or LABEL_REGIONS.get(word, "")
            out += [r for r in regions.split() if r not in out]
    if "FR" not in out and any(FRENCH_SHAPE_RE.search(text) for text in texts):
        out.append("FR")
    return out


def shared_hints(
    out: list[tuple[Phone, str]], fallback: list[str], guessed: Collection[str] = ()
) -> list[tuple[Phone, str]]:
    """``hint-region`` numbers marked ``+shared`` where no number read in the same region is
    valid there alone of the hinted ones: "0650 1675886" on a card whose only clue is "GmbH" reads
    in Germany first and in Austria too, where "030 3544200" beside it reads in Germany only
    (session 24: an Austrian card read as German so on the pool); and where only a form whose
    hints were never measured named the region (``guessed``: ``clues.GUESSED_FORM_REGIONS``)."""
    hints = list(dict.fromkeys(fallback))
    hinted = [p for p, how in out if how.startswith("hint-region")]
    alone = {
        p.region for p in hinted if [r for r in hints if numbers_in(p.text, [r])] == [p.region]
    }
    return [
        (p, how.replace("hint-region", "hint-region+shared", 1))
        if how.startswith("hint-region") and (p.region not in alone or p.region in guessed)
        else (p, how)
        for p, how in out
    ]


# "T143 (0)732 2191741296", "431 10 824 8534": a plus read as 1 or 4 before a country code.
PLUS_AS_DIGIT_RE = re.compile(r"^\s*[14]\s?(?=[1-9]\d)")
# "tel.158 507 82 53": the label's bar read as a 1 before a number without a trunk 0 (Poland);
# phone_text.unbarred takes the one before a trunk 0, where no national number starts "10".
BAR_RE = re.compile(r"^\s*[1Il|]\s?(?=[1-9])")
# "0070-4634-4166", "00034714356025", "100441173211538": a sign or a bar before the number read
# as a 0 or a 1 before its trunk 0 or its 00 (session 26: three pooled photos unread so). No
# number starts "000" or "100", nor a national one "00".
# A round handset icon read as "0." before a trunk 0 ("0.078 071 12 04", tuning photo 337/93)
# is such a sign too: its stop shows it no digit of the number.
LEAD_RE = re.compile(r"^\s*(?:0\.\s?|0|[1Il|]\s?)(?=00[1-9]|0[1-9])")


# "+41 (0131 99654 47" for "+41 (0)31 99654 47", "+33 (002 42 73 52 73" for "(0)2": the trunk
# 0's closing bracket read as a thin 1, a 9 or a 0 after a country code, the number then one digit
# long and left unread (p383 card 82, p361 card 49). Only where the number as read is none.
BRACKET_IN_LINE_RE = re.compile(r"(\+\s?\d{1,3}\s?)\(0[019\]}|](?=\s?\d)")
BRACKET_AS_DIGIT_RE = re.compile(rf"^\s*{BRACKET_IN_LINE_RE.pattern}")  # opening a number


def bracket_kept(texts: list[str], used: set[int], read: list[Phone]) -> bool:
    """A number read with its trunk 0's closing bracket as its first digit, where the bracket
    undone reads a valid number as well: "+43 (01316 5128554" is Vienna's +43 1 3165128554 as
    read and Graz's +43 316 5128554 undone (the Graz line printed: fresh photo seed 534 card 68,
    accepted wrong; session 47). Either may be what was printed (a Vienna "(0)1 316 ..." with its
    bracket lost reads the same), so a person looks. ``phone_matches`` undoes the slip itself
    only where the text as read is no number. A bracket closed after the digits is an area
    code's ("+49 (0151) 12345678": rev47)."""
    for i in used:
        for slip in BRACKET_IN_LINE_RE.finditer(texts[i]):
            if CLOSED_AFTER_RE.match(texts[i], slip.end()):
                continue
            code, first = digits_of(slip.group(1)), BRACKET_DIGITS[slip.group(0)[-1]]
            kept = f"+{code}{first}{digits_of(texts[i][slip.end() :])}"
            for phone in read:
                if phone.e164 and kept.startswith(phone.e164):
                    undone = f"+{code}{phone.e164[len(code) + 2 :]}"
                    if valid_e164(undone):
                        return True
    return False


# The digit a closing bracket read as one counts as in the number read.
BRACKET_DIGITS = {"0": "0", "1": "1", "9": "9", "]": "1", "}": "1", "|": "1"}
# An area code's bracket closed after its digits.
CLOSED_AFTER_RE = re.compile(r"\s?\d{1,4}\)")


def slip_readings(number_text: str, labelled: bool) -> list[tuple[str, str]]:
    """Readings of ``number_text`` with one of the slips above undone, each with what it undid
    (``plus``, ``bar``, ``lead``), most likely first. The caller keeps the first that is one valid
    number of the card's regions (for ``plus`` and ``lead``, of a region the card names, or
    printed with the "(0)" only an international number carries).

    Not undone: an international prefix read with one 0 ("048 22 ..."): on a held-out card it
    made "Handy 01516-4291274" a US number ("+1 516"), and it read no tuning card right."""
    out = []
    if PLUS_AS_DIGIT_RE.match(number_text):
        out.append((PLUS_AS_DIGIT_RE.sub("+", number_text, count=1), "plus"))
    if labelled and BAR_RE.match(number_text):
        out.append((BAR_RE.sub("", number_text, count=1), "bar"))
    if LEAD_RE.match(number_text):
        out.append((LEAD_RE.sub("", number_text, count=1), "lead"))
    if BRACKET_AS_DIGIT_RE.match(number_text):
        out.append((BRACKET_AS_DIGIT_RE.sub(r"\1(0)", number_text, count=1), "bracket"))
    return out


# "Tel. 20 7946 0321" on a British card, "931 348 88 75" beside a .ch address: a national
# number whose trunk 0 was lost, or read as a 9 (a photo's blur closes the 0's gap), which
# as read is valid only in the default region (a US number, taken at other-region). A run
# grouped as North America groups ("212 555-0142", "(212) 555 0142") is left as read: that
# is a US number printed on a foreign card, with its 1 before ("1-800-555-0199"), a slash after
# the area code ("917/555-0142") or an extension after ("212-555-0142 ext. 12") as well: each
# was made a German number on a .de card (second review, rev34b).
TRUNK_LOST_RE = re.compile(r"^\s*(?=[1-9])")
NINE_FOR_ZERO_RE = re.compile(r"^\s*9(?=[1-9])")
NANP_SHAPE_RE = re.compile(
    r"(?i)^\s*(?:1[\s.-]?)?\(?\d{3}\)?[\s./-]?\d{3}[\s.-]\d{4}"
    r"(?:\s*(?:x|ext\.?|#)\s*\d{1,5})?\s*$"
)


def trunk_readings(number_text: str) -> list[str]:
    """``number_text`` with a lost trunk 0 put back, or a first 9 read as the 0 it was; none
    for a run printed as North America prints its numbers (``NANP_SHAPE_RE``)."""
    if NANP_SHAPE_RE.match(number_text):
        return []
    out = [TRUNK_LOST_RE.sub("0", number_text, count=1)]
    if NINE_FOR_ZERO_RE.match(number_text):
        out.append(NINE_FOR_ZERO_RE.sub("0", number_text, count=1))
    return out


def plus_lost(raw: str, region: str, read: str) -> bool:
    """A run of digits read as a national number that opens on the card's own country code,
    where with a plus put back before it the rest is a valid number there too: the plus and the
    spaces may have been lost ("3905556652" for "+39 055 566 52..", a Florence line, read as an
    Italian mobile 390 ..., b68 photo 14). The digits cannot tell which was printed. ``read``
    is the number as taken (E.164): "1-617-..." is the same number either way."""
    code = str(phonenumbers.country_code_for_region(region))
    run = digits_of(raw)
    if raw.lstrip().startswith(("+", "0")) or not run.startswith(code):
        return False
    try:
        number = phonenumbers.parse("+" + run)
    except phonenumbers.NumberParseException:
        return False
    if phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == read:
        return False
    return phonenumbers.region_code_for_number(number) == region and phonenumbers.is_valid_number(
        number
    )


def code_inside_group(raw: str, region: str, read: str) -> bool:
    """The country code's digits printed inside a longer group, the number grouped as its
    plan groups the number taken (``read``, E.164): "390 525 7085" or "390.525.7085", an
    Italian mobile written nationally. A card prints a country code apart ("+39 055 566 52"),
    so a plus lost leaves it a group of its own ("39 055 ..."); a run read with no groups
    ("3905556652") or grouped otherwise ("39055 566 52", the space after the code lost too)
    still cannot tell (review37, session 37: 3 of 3 plus-lost numbers right on the cached
    photos, each grouped so)."""
    code = str(phonenumbers.country_code_for_region(region))
    groups = re.findall(r"\d+", raw)
    if len(groups) < 2 or not groups[0].startswith(code) or len(groups[0]) == len(code):
        return False
    try:
        taken = phonenumbers.parse(read)
    except phonenumbers.NumberParseException:
        return False
    national = phonenumbers.format_number(taken, phonenumbers.PhoneNumberFormat.NATIONAL)
    return groups == re.findall(r"\d+", national)


# "T: 044 498 94 001paul.fontaine@": the bar between a number and an email read as a 1.
BAR_BEFORE_WORD_RE = re.compile(r"(?<=\d)[1Il|](?=[a-z]{2,})")


# "919928739Fax919482371": a row's label read glued between two numbers (tight spacing); the
# second number's first group may be short, its bar read as 1 before it ("41080400CelL10039
# 3388001518" for "Cell | 0039 338 ...": a serif face's bar, Free Serif, s81 photo 15).
LABEL_BETWEEN_NUMBERS_RE = re.compile(
    rf"(?<=\d{{6}})([{LABEL_LETTERS}]{{2,9}}\.?[:：]?)(?=\+?\d[\d ]{{5}})"
)


# "Direkt 004161200 16 61M +49 160 1296432": a one-letter label glued after the last digit of
# the number before it (a tight row), a plus opening the next: the letter is the next number's
# label, not a piece of the first (the office number was lost, the mobile stored as it). Only
# after a number's run of digits and spaces: a floor's "5F" or a unit's "3M" before a number
# ("Marunouchi Bldg 5F +81 3 ...") is no label (second review, rev34b). The run may be grouped
# by dots, dashes or slashes as France and Germany print them ("01.23.45.67.89M +33 6 ...",
# "+49 89 1234-567M +49 170 ..."; rev34c).
GLUED_LETTER_RE = re.compile(r"(?<=\d[\d ./-]{5}\d)([MTF][.:]?)(?=\s*\+\d)")


def unglue_word(text: str) -> str:
    """``text`` with a 1 glued between a number's digits and a word read as the bar it was, and
    a phone label glued between two numbers' digits parted from both."""
    text = BAR_BEFORE_WORD_RE.sub(" ", text)
    text = GLUED_LETTER_RE.sub(r" \1", text)
    return LABEL_BETWEEN_NUMBERS_RE.sub(
        lambda m: f" {m[1]} " if known_label(m[1]) else m[0],
        text,
    )


DIGITS_ONLY_RE = re.compile(r"^[\d\s.()/-]*\d[\d\s.()/-]*$")


def gap_partners(lines: list[Line], texts: list[str]) -> dict[int, int]:
    """Lines ending in digits whose number goes on in a line of digits alone to their right on
    the same row ("T. | 01 25 21" and "3115" a gap of three digits' height further, on a
    photo's blur; "F +3110" and "365.5406", tilted): line → the line that may go on from it.

    Tesseract parts a row at a gap, or a photo's tilt puts the rest a little higher; the
    caller joins them only where the joined text reads a valid number the parts did not."""
    out: dict[int, int] = {}
    for j, right in enumerate(lines):
        if not DIGITS_ONLY_RE.match(texts[j]):
            continue
        for i, left in enumerate(lines):
            if i == j or i in out or not re.search(r"\d\W*$", texts[i]):
                continue
            if same_row(left, right, 3.5):
                out[i] = j
                break
    return out


def same_row(left: Line, right: Line, reach: float) -> bool:
    """``right`` goes on from ``left`` on one row: their boxes overlap by half its height, and
    the gap between them is at most ``reach`` times it."""
    size = right.height
    gap = right.left - left.right
    return shared_height(left, right) >= 0.5 * size and -0.3 * size <= gap <= reach * size


def _mark_before(label: Line, number: Line) -> bool:
    """A label read as a line of its own whose last mark (its colon) ends before the number on
    its row starts, though its word's box runs on over it: ``Fax :`` before ``0033 5 64 16 98
    81`` (b27 photo 39, ``Fax`` 152 px wide for three letters; the fax was stored as work)."""
    mark = label.words[-1] if label.words else None
    if mark is None or len(label.words) < 2 or not label.left < number.left:
        return False
    size = number.height
    return shared_height(label, number) >= 0.5 * size and mark.right <= number.left + 0.3 * size


def overlap_joined(left: str, right: str) -> str | None:
    """Two lines whose boxes overlap, joined with the digit both read once: "+49 5:" and
    "521800808369" (a German number's "5" in both), "© +4" and "41791408553"."""
    last = re.search(r"(\d)\D*$", left)
    right = right.strip()
    if not last or not right.startswith(last.group(1)):
        return None
    return f"{left[: last.start()]}{right}"


# A number's row that opens on a bar (read "|", cleaned to ";"), a colon (``Fax`` | ``: +33 4
# 72 88 61 27``: French sets a space before it, b63 photo 72) or a digit, no label of its own.
UNLABELLED_RE = re.compile(r"^(?:[|;:]\s*)?[(]?\+?\d")
LEADING_BAR_RE = re.compile(r"^[|;:]\s*")


def with_labels(
    lines: list[Line], texts: list[str], used: set[int], letters: set[int] | None = None
) -> list[str]:
    """``texts`` with the label Tesseract read as a line of its own just left of a number
    without one, on the same row, put before the number ("Fax" and "| 06 8153 0711", the bar
    between them a break); the label's line is used. A label of one letter goes in ``letters``
    (the number's line): a phone's icon alone left of its number reads "f" or "c" as well ("f
    965925585", phone_kinds.fax_only), and made an office number a fax at labelled/hi (hunt15)."""
    out = list(texts)
    for j, label in enumerate(lines):
        head = texts[j].strip().rstrip("|;").strip()  # "Fax |": its bar read (blind seed 25)
        word = head.rstrip(".:： ")  # "Fax :": French sets a space before a colon
        if not known_label(word):
            continue
        for i, number in enumerate(lines):
            unlabelled = out[i] == texts[i] and UNLABELLED_RE.match(texts[i])
            if (
                i != j
                and unlabelled
                and (same_row(label, number, 2) or _mark_before(label, number))
            ):
                out[i] = f"{head} {LEADING_BAR_RE.sub('', texts[i])}"
                used.add(j)
                if len(word) < 2 and letters is not None:
                    letters.add(i)
                break
    return out
