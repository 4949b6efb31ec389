"""Whether a second engine's reading of a field's row spells the field as card_scan read it.

``recheck`` has RapidOCR read again the row of each name, company and email about to be
accepted, and marks the row's lines with what it read; the parser (``fields``) sends a field to
review where that reading disagrees. Disagreeing is measured, not compared: the two engines
slip differently, so a difference RapidOCR's model is known to make (a letter it drops in a
narrow gap, a thin stroke read l, 1 or i alike, a letter with a diacritic it has no glyph for)
proves nothing, while a letter it reads where card_scan has none or another ("Blanc et Fils" beside
``Blanc et Fls``, ``mgr`` beside ``mer``) is the doubt Tesseract's own confidence did not give.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import cache
from itertools import pairwise, permutations

from unidecode import unidecode

from contactkit.model import Contact

from .calibration import sure
from .recheck_forms import form_disputed
from .text_lines import Line

# The fields looked at again: a phone is already read twice where doubtful (phone_check).
RECHECKED = ("name", "organization", "emails")

# What RapidOCR's model reads for a letter Tesseract reads otherwise, on right fields:
# it has no diacritics ("Miller" for Müller, "Rafat" for Rafał, "Pefia" for Peña), it reads
# a thin stroke as l, 1, i or I alike ("1.keller", "Antrlebstechnik", "KOJ1"), o and 0 alike,
# e and c ("Blucbonnet", "krausc"), and an address's @ often as a letter ("russoGrussoc.it").
_SAME_STROKE = ("l", "1", "i")
# Not an address's i after its @ read l: over the 8,300 seen cards, each of the four domains
# Tesseract read with an i where RapidOCR read l was Tesseract's slip ("ingenieriadeita.es" for
# ingenieriadelta.es, fresh photo seed 515 card 36, accepted; "viinder.ni", "guadaiquivir.es").
_DOMAIN_I = ("1",)
_ROUND = ("o", "0", "6")
_OPEN_ROUND = ("e", "c")
_AT_READ = ("@", "g", "c", "e", "o", "q", "a")
# Letters RapidOCR reads for a letter bearing a diacritic even where Tesseract read it bare (the
# card prints "Müller", Tesseract reads Muller, RapidOCR "Miller" or "Büilow"; "Wisła": Wisla,
# "Wista"; "Peña": Pena, "Pefia", "Ibafez"; "DÍAZ": DIAZ, "DfAZ"). In capitals it reads an I
# twice ("KAZIMIIERZ"; the value is no guide, a name in capitals is stored Kazimierz). Not M
# read MI ("MIONTSERRAT"): "mer" would pass as the "mi" and "r" of a name's "Miroslaw".
_READ_FOR = {"u": ("i", "ui"), "l": ("t",), "n": ("fi", "f"), "i": ("f", "ii")}
# A capital Ø, which Tesseract reads O, RapidOCR reads Q ("Qstby", "Qyvind", "Qrsted": 50 of 288
# crops of Nordic words starting with Ø, rev43's probe; a small ø it reads as o): a capital O may
# show as Q. Only a capital: Tesseract reading a printed Q as O is hidden so, and Q is rare.
_CAPITAL_READ_FOR = {"O": ("q",), "Ø": ("q",)}
_DIACRITIC_READS = {  # besides _READ_FOR's and the classes above, for a letter bearing one
    "u": ("ii",),
    "e": ("o", "6"),
    "ss": ("b", "f"),
}
# Two letters RapidOCR's recogniser merges into one where the print sets them close: rn read m
# ("femandez", "comelia"). Weighed as a letter lost: Tesseract's own slip runs the other way.
_MERGED = {("r", "n"): "m"}
# Costs of the alignment: a letter of card_scan's that RapidOCR lacks is a quarter of a
# difference (its recogniser merges doubled and narrow letters: "Campbel", "Consuting"); a
# letter RapidOCR reads in its place or beside it is a whole one.
LOST = 0.25
OTHER = 1.0
# A field is doubted from this much disagreement on (one letter read otherwise, or four lost),
# where RapidOCR read its row at least this surely: on 1,700 tuning photos (bench/
# card_scan_recheck.py) 0.5 sent 12 cards more, no bar of confidence 20; the four wrong sure
# fields of session 42's check photos it catches were read 0.92-0.96 sure.
DISAGREES = 1.0
SURE_READING = 0.85
MAX_ORDERED = 4  # a name's words tried in every order up to this many (24 orders)
# A word of the field this far from the row as Tesseract read it, per letter (a whole
# difference at least), was not read there: the parser put it in from elsewhere (a company's
# name from the domain).
NOT_ON_ROW = 1 / 3


def key(text: str, field: str) -> str:
    """A reading's letters and digits, folded; an address keeps its @ (RapidOCR drops dots in
    narrow gaps, so they are not compared)."""
    drop = r"[^a-z0-9@]" if field == "emails" else r"[^a-z0-9]"
    return re.sub(drop, "", unidecode(text).lower())


def _units(value: str, field: str) -> list[tuple[str, ...]]:
    """Each letter of ``value`` as what a reading may show for it, the letter first."""
    out: list[tuple[str, ...]] = []
    domain = False
    for char in value:
        folded = key(char, field)
        if not folded:
            continue
        shown = [folded, *(() if char.isascii() else _DIACRITIC_READS.get(folded, ()))]
        if folded in _ROUND:
            shown += _ROUND
        elif folded == "@":
            shown += _AT_READ
            domain = field == "emails"
        elif folded == "i" and domain:
            shown += _DOMAIN_I
        elif folded in _SAME_STROKE:
            shown += _SAME_STROKE
        elif folded in _OPEN_ROUND:
            shown += _OPEN_ROUND
        shown += _READ_FOR.get(folded, ()) + _CAPITAL_READ_FOR.get(char, ())
        out.append(tuple(dict.fromkeys(shown)))
    return out


def disagreement(value: str, reading: str, field: str, printed: str | None = None) -> float:
    """The fewest differences, weighed, that turn the field into a stretch of ``reading``:
    lost letters ``LOST`` each, a letter read otherwise or read in addition ``OTHER``. A name's
    or a company's words are each found on their own, in any order ("YAMADA Misaki"). Given
    the row as Tesseract ``printed`` it, a word not read there (``NOT_ON_ROW``: "Nova" put
    before "Packaging Limited" from the domain) is no reading of the row to check."""
    read = key(reading, field)
    words = [value] if field == "emails" else value.split()
    if printed is not None:
        own = key(printed, field)
        words = [w for w in words if _on_row(tuple(_units(w, field)), own)]
    apart = sum(_align(tuple(_units(word, field)), read) for word in words)
    if field != "name" or len(words) < 2:
        return apart
    # A name's words also read one after another, in some order: a short word is otherwise
    # found inside another ("Seren" as the s..en of "Soren Mortensen", two letters lost; the
    # second blind generator's scan seed 7 card 70, accepted for Søren). Over 10,265 sure names
    # rechecked on cached cards, this doubts that one and one right ("BeauaGrabowska").
    orders = permutations(words) if len(words) <= MAX_ORDERED else [words]
    return max(apart, min(_align(tuple(_units("".join(o), field)), read) for o in orders))


def _on_row(units: tuple[tuple[str, ...], ...], printed: str) -> bool:
    return _align(units, printed) < max(OTHER, NOT_ON_ROW * len(units))


@cache
def _align(units: tuple[tuple[str, ...], ...], read: str) -> float:
    # costs[j]: the cheapest alignment of the units so far ending at read[:j]; the reading's
    # text before and after the field is free (its label, the rest of the row).
    width = len(read)
    costs = [0.0] * (width + 1)
    before = costs  # the costs before the previous unit, for two letters read as one
    last = len(units) - 1
    for n, shown in enumerate(units):
        # A word's first or last letter lost is no merged letter: the field would end early
        # ("Fls" as the "F" of "Fils", its "ls" lost) or start late ("ls" of "Fils").
        lost = LOST if 0 < n < last else OTHER
        step = [c + lost for c in costs]  # the letter lost in the reading
        if n == last and n:  # the crop's edge: the row's last letter is often lost
            step[width] = costs[width] + LOST
        for j in range(width + 1):
            for alt in shown:
                end = j + len(alt)
                if end <= width:
                    cost = 0.0 if read[j:end] == alt else OTHER
                    step[end] = min(step[end], costs[j] + cost)
        merged = n and _MERGED.get((units[n - 1][0], shown[0]))
        if merged:
            for j in range(width):
                if read[j] == merged:
                    step[j + 1] = min(step[j + 1], before[j] + LOST)
        for j in range(1, width + 1):  # a letter read beside it, within the field
            step[j] = min(step[j], step[j - 1] + OTHER)
        before, costs = costs, step
    return min(costs)


def underscore_unread(address: str, reading: str) -> bool:
    """The address's local part has an underscore the reading shows nothing for, right before
    its @ (or its domain, where the @ was read as a letter). RapidOCR reads an underscore (180
    of 194 rechecked on the seen photos), so a mark it drops was small: a dot Tesseract read as
    an underscore in a blurred photo (``bianchi_paola@`` for bianchi.paola@, fresh photo seed
    502, its word read at 0.51; ``dorothea_roth@``, 0.35). A dot it reads there is
    ``underscore_read_dot``'s, where Tesseract was unsure."""
    local, _, domain = address.lower().partition("@")
    if "_" not in local:
        return False
    # Spaces kept but round the @: RapidOCR reads an underscore as a space too (fresh photo
    # 506 card 13: "jeanbaptiste blanc@" beside jeanbaptiste_blanc@, right)
    read = _about_at(reading)
    if "@" in read:
        before = read[: read.rfind("@")]
    else:  # the @ read as a letter, just before the domain
        before = read[: max(0, read.rfind(domain.split(".")[0]) - 1)]
    return before.endswith(local.replace("_", ""))


# Tesseract's word under this, its underscore is doubted where RapidOCR reads a dot there.
UNSURE_UNDERSCORE = 0.7


def underscore_read_dot(address: str, reading: str, conf: float) -> bool:
    """RapidOCR reads a dot where Tesseract, unsure (``UNSURE_UNDERSCORE``), read the local
    part's underscore: ``maria_alonso@`` at 0.58 beside maria.alonso (fresh photo seed 536
    card 35, the dot printed; session 47). Over the 495 rechecked addresses with an underscore
    on the seen photos, RapidOCR read a dot for one other, right at 0.90 (``catherine_evans@``)."""
    local = address.lower().partition("@")[0]
    if "_" not in local or conf >= UNSURE_UNDERSCORE:
        return False
    return local.replace("_", ".") + "@" in _about_at(reading).replace(" ", "")


def _about_at(reading: str) -> str:
    """A reading in plain small letters, no space round its @."""
    return re.sub(r"\s*@\s*", "@", unidecode(reading).lower())


# Words joining partners' names ("Petit et Fils", "Weber & Sohn", "Smith and Jones"), any
# case; a capital I alone is a separator's bar as often, so only a small i.
_JOINERS = r"&|\+|\b(?i:et|und|and|en|og|och|ja|ve|y|e|u)\b\.?|\bi\b"


def joiner_lost(company: str, reading: str) -> bool:
    """The reading holds a joining word between two words the company has side by side: Tesseract
    lost it (``PETIT FILS SARL`` beside ``PETIT ET FILS SARL``, fresh photo seed 558 card 27,
    at domain+legal; the domain petitfils.fr spells no joiner either). Each word of the company
    is its own alignment's, so an extra word of the reading is otherwise free."""
    words = [unidecode(word) for word in company.split()]
    read = unidecode(reading)
    return any(
        re.search(rf"(?<!\w)(?i:{re.escape(a)})\s*(?:{_JOINERS})\s*(?i:{re.escape(b)})(?!\w)", read)
        for a, b in pairwise(words)
        if _lettered(a) and _lettered(b)
    )


def end_letter_lost(value: str, reading: str) -> bool:
    """The reading spells a word of the value with one letter more at its end, and the value's
    next word after it apart: Tesseract lost the letter (``Pere y Asociados`` beside ``Perez y
    Asociados``, fresh photo seed 567 card 92, at domain+legal+other/hi). Each word is its own
    alignment's, so that letter is otherwise free. Not a letter glued on from the next word
    ("ALONSOY ASOCIADOS", "Michalskii Wspolnicy"): the next word then starts the same or is gone;
    over 5,600 cached cards no right name or company was read so."""
    words = [unidecode(word) for word in value.split()]
    read = unidecode(reading)
    for a, b in pairwise(words):
        if len(a) < 3 or not a.isalpha() or not _lettered(b):
            continue
        pattern = rf"(?<!\w)(?i:{re.escape(a)})([^\W\d_])\s+(?i:{re.escape(b)})(?!\w)"
        found = re.search(pattern, read)
        extra = found.group(1).lower() if found else ""
        # RapidOCR reads a last letter twice ("LUIGII ROSSI") and a thin stroke beside one.
        if extra and extra not in (b[0].lower(), a[-1].lower(), *_SAME_STROKE):
            return True
    return False


def _lettered(word: str) -> bool:
    return any(char.isalnum() for char in word)


def domain_disputed(company: str, reading: str, domain: str) -> bool:
    """A word of the company spelt in the domain as card_scan read it, with an "m" that the
    reading of the company's row shows as "rn": Tesseract's slip in both rows (``Bames Systems
    LLP`` beside ``BarnesSystemsLLP`` and llewellyn@bamessystems.co.uk, fresh photo seed 586
    card 43, accepted at name+domain). Only that slip: RapidOCR's own ("Vaatage", "Polark"),
    shared to the address, doubted 14 right ones on 6,400 cached cards."""
    label = key(domain.split(".")[0], "organization")
    read = key(reading, "organization")
    for word in (key(w, "organization") for w in company.split()):
        if len(word) < 4 or word not in label or word in read:
            continue
        if any(word[:k] + "rn" + word[k + 1 :] in read for k, c in enumerate(word) if c == "m"):
            return True
    return False


def domain_i_read_l(lines: list[Line], email: str) -> bool:
    """RapidOCR's sure reading of the address's row spells its domain's label with an l for one
    of Tesseract's i: Tesseract's slip where the two differ so (``_DOMAIN_I``), which a company
    checked by that domain may share."""
    label = key(email.partition("@")[2].split(".")[0], "emails")
    slips = {label[:k] + "l" + label[k + 1 :] for k, char in enumerate(label) if char == "i"}
    for reading in _sure_readings("emails", email, lines):
        read = key(reading, "emails")
        if label not in read and any(slip in read for slip in slips):
            return True
    return False


def _sure_readings(field: str, value: str, lines: list[Line]) -> list[str]:
    """RapidOCR's readings, at least ``SURE_READING`` sure, of the lines ``value`` was read
    from."""
    readings = [lines[i].recheck for i in field_lines(field, value, lines)]
    return [r[0] for r in readings if r is not None and r[1] >= SURE_READING]


def underscore_conf(lines: list[Line], found: list[int]) -> float:
    """Tesseract's confidence in the words holding an underscore on the lines ``found``."""
    return min((w.conf for i in found for w in lines[i].words if "_" in w.text), default=1.0)


def field_lines(field: str, value: str, lines: list[Line]) -> list[int]:
    """The lines a field was read from: the one holding most of its characters, or, where it
    spans several, those on that line's row holding some (a name joined from two lines)."""
    want = key(value, field)
    shared = []
    for line in lines:
        own = key(line.text, field)
        match = difflib.SequenceMatcher(None, own, want, autojunk=False)
        # An address spells the name too: a name or a company is looked for on other lines.
        foreign = field != "emails" and "@" in line.text
        shared.append(0 if foreign else sum(block.size for block in match.get_matching_blocks()))
    if not want or not shared or max(shared) < min(3, len(want)):
        return []  # no letter to find (a value of only signs): no row
    # The line sharing most, and of those the one with least else on it.
    best = max(range(len(lines)), key=lambda i: (shared[i], -len(key(lines[i].text, field))))
    if shared[best] >= 0.8 * len(want):
        return [best]
    top, bottom = lines[best].top, lines[best].bottom
    row = [
        i
        for i, line in enumerate(lines)
        if shared[i] >= 3 and min(line.bottom, bottom) > max(line.top, top)
    ]
    # A field no row spells (a name taken from the email) has no row to read again: letters
    # of a long title or address match some of it by chance.
    return row if sum(shared[i] for i in row) >= 0.8 * len(want) else []


# Scripts RapidOCR's recogniser has no letters for: it reads them as Latin look-alikes, sure
# enough to doubt every right one ("Иван Петров" as "ИBaH eTpoB", 0.85-0.91; rev43).
UNREAD_SCRIPTS = ("CYRILLIC", "GREEK")


def _readable(value: str) -> bool:
    """Whether RapidOCR's recogniser has letters for the value's script."""
    return not any(
        unicodedata.name(char, "").startswith(UNREAD_SCRIPTS) for char in value if char.isalpha()
    )


def recheck_values(contact: Contact) -> list[tuple[str, str]]:
    """(field, value) of the contact's name, company and each email, in a script RapidOCR
    reads (a Cyrillic or Greek name, read by a Tesseract given rus or ell, is not rechecked)."""
    out = []
    if contact.name.full:
        out.append(("name", contact.name.full))
    if contact.organization and contact.organization.name:
        out.append(("organization", contact.organization.name))
    out += [("emails", email) for email in contact.emails]
    return [(field, value) for field, value in out if _readable(value)]


def doubt_disputed(
    lines: list[Line], values: list[tuple[str, str]], evidence: dict[str, str]
) -> None:
    """Each sure field of ``values`` whose row a recheck read otherwise tagged
    ``+recheck`` (unmeasured: to review)."""
    if all(line.recheck is None for line in lines):
        return  # not rechecked (yet): the OCR stage's own parses, a cache from before it
    for field, value in values:
        if not sure(field, evidence):
            continue
        level = evidence[field]
        found = field_lines(field, value, lines)
        readings = {lines[i].recheck for i in found}
        if not found or None in readings:
            continue
        printed = " ".join(lines[i].text for i in found)
        unsure = underscore_conf(lines, found)
        if any(
            conf >= SURE_READING
            and (
                disagreement(value, text, field, printed) >= DISAGREES
                or (field == "emails" and underscore_unread(value, text))
                or (field == "emails" and underscore_read_dot(value, text, unsure))
                or (field == "organization" and joiner_lost(value, text))
                or (field == "organization" and form_disputed(value, text))
                or (field != "emails" and end_letter_lost(value, text))
            )
            for text, conf in readings
        ):
            evidence[field] = f"{level}+recheck"
    _doubt_shared_domain(lines, values, evidence)


def _doubt_shared_domain(
    lines: list[Line], values: list[tuple[str, str]], evidence: dict[str, str]
) -> None:
    """The sure emails whose domain shares the company's slip that the recheck of its row shows
    (``domain_disputed``) tagged ``+recheck``, however sure the company itself was."""
    if not sure("emails", evidence):
        return
    level = evidence["emails"]
    emails = [value for field, value in values if field == "emails"]
    for company in (value for field, value in values if field == "organization"):
        for reading in _sure_readings("organization", company, lines):
            if any(domain_disputed(company, reading, e.partition("@")[2]) for e in emails):
                evidence["emails"] = f"{level}+recheck"
                return
