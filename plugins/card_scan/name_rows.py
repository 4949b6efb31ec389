"""A name's row as Tesseract parts it on photos: debris before it, two lines for one tilted row,
two lines for one row with a wide gap; each put back together before a field is taken. Pieces
that cannot be put back (a given name apart and taller, capitals left beside the name) say the
name was read in pieces (``given_apart``, ``letters_beside``), or that it ran off the image
(``run_off``); ``row_level`` turns what the row shows into the name's level."""

from __future__ import annotations

import re
from collections.abc import Iterator

from contactkit import normalize

from .clues import Found, has_legal_form, is_country
from .degrees import bare_name
from .domains import domain_in, folded_letters
from .lexicon import COMPANY_WORDS, DEPARTMENT_WORDS
from .local_parts import given_name
from .people import name_like
from .row_pieces import ONE_SIZE, alike_height, shared_height, side_gap, untaken_lines
from .text_lines import Line
from .titles import title_score


def mend_name_rows(
    lines: list[Line], texts: list[str], candidates: list[int], domain: str | None
) -> tuple[list[Line], list[str], list[int]]:
    """A name row Tesseract read with debris before it, parted by a tilt, or parted at a wide
    gap, put back together before any line is taken for a field."""
    lines, texts = drop_debris(lines, texts, candidates)
    lines, texts, candidates = join_tilted(lines, texts, candidates, domain)
    lines, texts, candidates = join_row(lines, texts, candidates, domain)
    return join_family_tail(lines, texts, candidates, domain)


def given_apart(lines: list[Line], texts: list[str], candidates: list[int], name_line: int) -> bool:
    """A lone given name standing taller than the name taken ("José" over "Luis Martinez", the
    letters spaced wide on b24 scan 79): the name's first word read as a line of its own, the
    name taken in pieces. What else stands taller is a logo's letters ("WA", "HE", "alll")."""
    height = lines[name_line].height
    return any(
        i != name_line
        and lines[i].height > height
        and _capitalised(texts[i])
        and given_name(texts[i])
        for i in candidates
    )


def _capitalised(text: str) -> bool:
    """One word of three letters or more written as a name ("José"); a logo's letters are
    capitals ("HE", "LE" are given names too) or specks ("alll")."""
    return len(text) >= 3 and text.isalpha() and text[0].isupper() and text[1:].islower()


# Tesseract's confidence under which a word before a name is a smudge or a logo read as letters.
DEBRIS_CONF = 0.5
# A row read as two pieces on a tilted photo: the slant makes one piece's box taller than
# ``row_pieces.ONE_SIZE`` lets in (the tilted-row tests of test_read_names fail at it).
TILT_HEIGHTS = 1.6
# A generation's suffix, a name's last word however far its letters are spaced ("Andrew Smith" |
# "Jr.": fresh photo seed 637 card 31, stored without it at email; session 52).
GENERATION_RE = re.compile(r"(?:Jr|Sr)\.?|I{2,3}|IV")
SUFFIX_SIZE = 1.6


def drop_debris(
    lines: list[Line], texts: list[str], candidates: list[int]
) -> tuple[list[Line], list[str]]:
    """``ptoage iss MARGARETE SCHMIDT`` (0.00 0.37 0.93 0.97): words Tesseract doubted before
    a name it read surely (a logo's edge, a shadow) are dropped, so the name is name-shaped."""
    for i in candidates:
        words = lines[i].words
        if len(words) < 3 or len(texts[i].split()) != len(words):
            continue
        k = next((n for n, w in enumerate(words) if w.conf >= DEBRIS_CONF), len(words))
        rest = words[k:]
        if not 0 < k <= len(words) - 2 or any(w.conf < 0.85 for w in rest):
            continue
        text = " ".join(texts[i].split()[k:])
        if not name_like(bare_name(text)) or any(
            _name_word(w.text, rest[0].text) for w in words[:k]
        ):
            continue
        lines, texts = list(lines), list(texts)
        lines[i] = Line(list(rest))
        texts[i] = text
    return lines, texts


def _name_word(word: str, first: str) -> bool:
    """A doubted word that may be the name's own: a given name the tables know, or a word
    styled as the name's first ("Maria" read at 0.3 before "Luisa Fernandez": dropped, the name
    lost its first given name and was accepted as read surely), or written as a name whatever
    the first's style: "Albee TO MEDINA DEL RIO" (0.31 0.97 ...) for ALBERTO, its letters read
    apart, left "TO MEDINA DEL RIO" at email+other/hi (fresh photo seed 163 card 88; a smudge
    reads as capitals or specks, not so: no other card of 1,200 tuning cards changes;
    session 27, wrong27b). Not before a given name the tables know: a logo's word or the firm's
    name read unsure there ("Nova JOHN SMITH") is no part of the name (review27c)."""
    # A name's word whose letters Tesseract broke with marks ("MAR{L{A" at 0.30 before
    # "DOLORES MOLINA GOMEZ", the name accepted without its first given name: fresh photo
    # 572/43) is the name's as much as one read whole.
    letters = re.sub(r"[{}\[\]!]", "", word)
    if letters != word and len(letters) >= 4:
        word = letters
    if not word.isalpha() or len(word) < 2:
        return False
    if _capitalised(word) and not given_name(first):
        return True
    styled = (word.isupper() and first.isupper()) or (word.istitle() and first.istitle())
    return styled or bool(given_name(word))


def join_row(
    lines: list[Line], texts: list[str], candidates: list[int], domain: str | None
) -> tuple[list[Line], list[str], list[int]]:
    """``Markus`` | ``Schmid``: a given name and a family name on one row, each read as a line
    of its own (letters spaced wide, or the family name printed larger); where no email ties
    them (``join_stacked``), the given name the tables know does, the left word first."""
    for a, b, height in pairs(lines, candidates):
        la, lb = lines[a], lines[b]
        if len(texts[a].split()) != 1 or len(texts[b].split()) != 1:
            continue
        if abs(la.top - lb.top) > 0.2 * height or not 0 < lb.left - la.right <= 1.5 * height:
            continue
        joined = f"{texts[a].strip()} {texts[b].strip()}"
        if not given_name(texts[a]) or not name_like(joined) or title_score(joined):
            continue
        folded = {normalize.fold(w) for w in joined.split()}
        if folded & (DEPARTMENT_WORDS | COMPANY_WORDS) or has_legal_form(joined):
            continue
        if is_country(texts[b]):
            continue
        if not domain_in(joined, domain):
            return joined_lines(lines, texts, candidates, a, b, joined, RowLine)
    return lines, texts, candidates


def join_family_tail(
    lines: list[Line], texts: list[str], candidates: list[int], domain: str | None
) -> tuple[list[Line], list[str], list[int]]:
    """``Dr. Eduardo Rodriguez`` | ``Nunez``: a name's last word past a wide gap on its row
    (letters spaced wide), read as a line of its own; the name was stored without it (seed 16
    scan 65, accepted at email+other/hi beside rodriguez@)."""
    for a, b, height in pairs(lines, candidates):
        la, lb = lines[a], lines[b]
        word = texts[b].strip()
        suffix = GENERATION_RE.fullmatch(word) is not None
        if len(word.split()) != 1 or not (suffix or (word.isalpha() and word[:1].isupper())):
            continue
        # An accented capital ("ÁLVAREZ") lifts its word's top: the row is told by its tops or
        # its feet, and the print's size by its shortest word too (scan seed 127 card 63,
        # "MERCEDES ÁLVAREZ" | "IGLESIAS", the name stored without it at email+initial/hi).
        if min(abs(la.top - lb.top), abs(la.bottom - lb.bottom)) > 0.2 * height:
            continue
        if not 0 < lb.left - la.right <= 2 * height:
            continue
        shortest = min(la.words, key=lambda w: w.height)
        alike = alike_height(la, lb, ONE_SIZE) or alike_height(shortest, lb, ONE_SIZE)
        # A suffix's J hangs below the row ("Jr." 37 px beside "Andrew Smith" 25 px): its box
        # is told by a looser bound, not a logo's "IV" three times the name's size.
        if not (alike or (suffix and alike_height(la, lb, SUFFIX_SIZE))):
            continue
        name = bare_name(texts[a])
        joined = f"{texts[a].strip()} {word}"
        if len(name.split()) < 2 or not given_name(name.split()[0]) or title_score(joined):
            continue
        folded = normalize.fold(word)
        if folded in DEPARTMENT_WORDS | COMPANY_WORDS or is_country(word) or has_legal_form(joined):
            continue
        if name_like(bare_name(joined)) and not domain_in(word, domain):
            return joined_lines(lines, texts, candidates, a, b, joined, TailLine)
    return lines, texts, candidates


class RowLine(Line):
    """Two words of one row joined across a gap on the strength of a given name alone
    (``join_row``): a logo word and a company's word may stand so too, so where no email checks
    the name, ``confidence.name_level`` measures it apart."""


class TailLine(RowLine):
    """A name's last word joined across a gap (``join_family_tail``): a word beside the name
    ("Rechtsanwalt", "Notar", a city) stands so too, so where the email does not spell it,
    ``confidence.name_level`` measures it apart even beside an address that checks the rest."""


def join_tilted(
    lines: list[Line], texts: list[str], candidates: list[int], domain: str | None
) -> tuple[list[Line], list[str], list[int]]:
    """``Migue`` beside ``el Ruiz Rodriguez``, ``IGNACIO GARCIA ALON`` beside ``NSO``: a name
    row on a tilted photo read as two lines, a little higher or lower, the one going on where
    the other ends; the letter at the cut is often read on both sides (``Migue|el``); a title's
    row too (``Bereichsl`` | ``leiter Logistik``). Pieces that spell the domain are a company's
    row (``Cobalt`` | ``t Tsusho`` | ``Co.,Ltd.``), which the company's own joins put together
    whole."""
    for a, b, height in pairs(lines, candidates):
        la, lb = lines[a], lines[b]
        if not alike_height(la, lb, TILT_HEIGHTS):
            continue
        gap = lb.left - la.right
        if not -0.3 * height <= gap <= 0.3 * height or abs(la.top - lb.top) > height:
            continue
        left, right = texts[a].rstrip(), texts[b].lstrip()
        if not left[-1:].isalpha() or not right[:1].isalpha():
            continue
        twice = left[-1].lower() == right[0].lower()
        if not twice and gap > 0.15 * height:
            continue
        joined = left + (right[1:] if twice else right)
        # "Bereichsl" beside "leiter Logistik": a title's word cut the same way (its rest in
        # small letters), or the title is taken without its start.
        title = right[:1].islower() and title_score(joined) == 2
        if not title and (not name_like(bare_name(joined)) or title_score(joined) == 2):
            continue
        if not domain_in(joined, domain):
            return joined_lines(lines, texts, candidates, a, b, joined)
    return lines, texts, candidates


def pairs(lines: list[Line], candidates: list[int]) -> Iterator[tuple[int, int, float]]:
    """Every ordered pair of two candidate lines, with the taller one's height."""
    heights = {i: lines[i].height for i in candidates}  # a median each: taken once a line
    for a in candidates:
        for b in candidates:
            if a != b:
                yield a, b, max(heights[a], heights[b])


def joined_lines(
    lines: list[Line],
    texts: list[str],
    candidates: list[int],
    a: int,
    b: int,
    text: str,
    kind: type[Line] = Line,
) -> tuple[list[Line], list[str], list[int]]:
    """Line ``b`` joined onto line ``a`` as ``text``."""
    lines, texts = list(lines), list(texts)
    lines[a] = kind([*lines[a].words, *lines[b].words])
    texts[a] = text
    return lines, texts, [c for c in candidates if c != b]


def letters_beside(lines: list[Line], index: int, used: set[int]) -> bool:
    """A capital letter or two left over beside the name on its row, in the size of one of its
    words: a name spaced wide read in pieces (``K A T O  R i e`` read ``A`` | ``TO Rie``, its K
    lost in a logo's box; b25 photo 20 stored "Rie To" at largest/hi, session 17). Unlike a
    title's (``title_card_checks.row_parted``), each word's own box is the measure: a logo read
    into a word of the name makes the line's box twice its letters' height."""
    line = lines[index]
    for other in untaken_lines(lines, index, used):
        if not re.fullmatch(r"[A-Z]{1,2}", other.text.strip()):
            continue
        if other.mean_conf < DEBRIS_CONF:
            continue  # a smudge or a logo's edge read as a letter
        gap = side_gap(other, line)
        for word in line.words:
            if (
                alike_height(other, word, ONE_SIZE)
                and shared_height(word, other) >= 0.5 * other.height
                and gap <= 1.5 * word.height
            ):
                return True
    return False


def run_off(line: Line, name: str) -> bool:
    """The name's last word ends at the image's right edge (``Word.at_edge``): its last letters
    may have run off the card's image ("Goikoetxe" for Goikoetxea, b63 scan 79)."""
    last = folded_letters(name.split()[-1]) if name.split() else ""
    return bool(last) and any(
        w.at_edge and folded_letters(w.text).endswith(last) for w in line.words
    )


# How near after the name's last word another line's text may start, in that word's letter
# widths, for the word to be taken as cut by it: "Goikoetx" ended 1.6 letters before "“Web
# https: //www.altair.es" (s437 card 47, two columns run together, "Goikoetxea" accepted at
# email+other/hi). No right name on session 40's tuning cards and pool whose last word nothing
# checks stood so near another line (the nearest, 1.7, beside a bar: no text).
RUN_INTO_LETTERS = 2.0
# The levels whose last word no address spells (a word it lacks, or none): "+other+given"
# lacks only a given name, which the tables check.
UNCHECKED_END = ("email+other/", "largest", "smaller")


def run_into(lines: list[Line], name_line: int) -> bool:
    """Another line's text starts on the name's row within ``RUN_INTO_LETTERS`` of its last
    word's letters after it (or inside it): the word may be cut where the other begins."""
    last = lines[name_line].words[-1]
    pitch = last.width / max(1, len(last.text))
    return any(
        n != name_line
        and shared_height(line, last) > 0
        and -pitch <= line.left - last.right <= RUN_INTO_LETTERS * pitch
        and any(c.isalnum() for c in line.text)
        for n, line in enumerate(lines)
    )


# Name levels at which the email's local part spells the given name (``name_checks``).
GIVEN_CHECKED = ("email+initial", "email-code")


def row_level(
    level: str,
    name: Found,
    lines: list[Line],
    texts: list[str],
    candidates: list[int],
    *,
    largest: bool,
    taken: set[int],
) -> str:
    """The name's level, unless its row shows it read in part: its last word unchecked at the
    image's edge or against another line's text (``cut``), its given name apart and taller
    (``pieces``), capitals of its size left beside it (``row-parted``); each is as doubtful,
    so the last that holds is the level."""
    if level != "email" and run_off(lines[name.line], name.value):
        level = "cut"  # "Goikoetxe" at the scan's edge: cut short?
    if level.startswith(UNCHECKED_END) and run_into(lines, name.line):
        level = "cut"  # "Goikoetx" | "“Web https: ...": cut where the other column starts?
    if not largest and given_apart(lines, texts, candidates, name.line):
        # "José" | "Luis Martinez": its first word apart. Measured apart where the email spells
        # the given name taken, whole, by its initial or in a staff code: the pieces joined are
        # the name the email checks.
        level = "pieces+email" if level.startswith(GIVEN_CHECKED) or level == "email" else "pieces"
    if not level.startswith("email") and letters_beside(lines, name.line, taken):
        level = "row-parted"  # "A" | "TO Rie": a spaced name read in pieces
    return level
