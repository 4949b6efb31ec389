"""What one line of card text is: the shared patterns, streets, countries, legal forms."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from cleanco import basename as cleanco_basename

from contactkit import geo, normalize

from .lexicon import (
    LEGAL_FORM_REGIONS,
    LEGAL_FORMS,
    PHONE_LABELS,
    STREET_WORDS,
    WRITTEN_PHONE_LABELS,
)
from .street_forms import street_form

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# A site written with its host's "www" or a scheme, not a bare host ("firma.de")
SITE_PREFIX_RE = re.compile(r"(?i)(?:www|https?)\b")
# A site's value as URL_RE takes it (web.bare_host), opening on its www, glued on too
# ("www2.acme.com" is a host as printed), or on a scheme with its colon. SITE_PREFIX_RE is asked
# of a row's words and wants the www or the scheme whole, a colon or not ("https//nova.co.uk").
# Both gave the same answer for every site of the pool and the cached seeds (4,700 cards,
# session 36), but one pattern for both would lose a "www2." site, so each keeps its own.
WWW_OR_SCHEME_RE = re.compile(r"(?i)www|https?:")
URL_RE = re.compile(
    r"(?:(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|https?://[A-Za-z0-9-]+"
    r"(?:\.[A-Za-z0-9-]+)+"
    # A bare host in lower case ("meridian.co.jp", "acme.com.vn"); the caller keeps it only if
    # it ends in a real public suffix, and capitals ("S.A.R.L.", "Co.,Ltd.") never match.
    r"|(?-i:(?<![\w.@-])[a-z0-9][a-z0-9-]+(?:\.[a-z0-9-]{2,})*\.[a-z]{2,}\b)"
    r"|\b[A-Za-z0-9-]{2,}\.(?:com|net|org|io|de|fr|co\.uk|eu|biz|info|at|ch|nl|be|it|es)\b)"
    r"(?:/[^\s,;]*)?",
    re.IGNORECASE,
)
# Latin letters with their accents ("Móvil", "Telemóvel", "Komórka", "DĐ" as printed), not only
# é, and the kana, hanzi and hangul of lexicon.WRITTEN_PHONE_LABELS ("携帯", "传真").
# Every pattern for a phone label's letters uses this class (``phone_text.SEGMENT_RE`` parting a
# row, ``leftovers.LABELLED_RE``, ``phone_slips``' label words,
# ``lost_phone_rows.PHONE_LABEL_ALONE_RE``, the label marks of ``line_cleaning``), and
# ``known_label`` to tell a label from another word.
LABEL_LETTERS = r"A-Za-zÀ-ÖØ-öø-ſ\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af"
LABEL_MARKS = r".:："  # a label's dot and colon, the full-width colon of CJK cards too
PHONE_LABEL_RE = re.compile(
    rf"^\s*([{LABEL_LETTERS}]{{1,9}})\s*[{LABEL_MARKS}]{{0,2}}\s*(?=[+(\d])"
)


def known_label(word: str) -> bool:
    """``word`` (its marks stripped) is a phone label: one of lexicon.PHONE_LABELS as folded, or
    one of the scripts that fold to nothing ("携帯", "传真") or to another kind's ("DĐ")."""
    word = word.strip(LABEL_MARKS)
    return word in WRITTEN_PHONE_LABELS or normalize.fold(word) in PHONE_LABELS


def label_first(text: str) -> re.Match[str] | None:
    """``PHONE_LABEL_RE``'s match where the word opening ``text`` is a known phone label."""
    found = PHONE_LABEL_RE.match(text)
    return found if found and known_label(found.group(1)) else None


@dataclass
class Found:
    value: str
    conf: float
    line: int
    prefix: str | None = None  # emails: a lower-case word just before, maybe split off
    repaired: bool = False  # changed from what was read to agree with another field
    guessed: bool = False  # emails: a space read between two parts, the separator guessed
    ending: bool = False  # its ending cut short and put back from the card's country (web)
    site_slip: bool = False  # emails: its domain put back from the website by the slip's shape
    from_site: bool = False  # emails: its domain rewritten to the website's (cross-checked)
    site_longer: bool = False  # emails: kept beside a website read with one letter more


def digit_count(text: str) -> int:
    """How many characters of ``text`` are digits to ``str.isdigit``: a superscript ("²") too,
    which ``phone_text.digits_of`` (``\\d``) leaves out."""
    return sum(c.isdigit() for c in text)


# Digits with a letter on either side: a letter misread ("B6hm", ö read 6), no number.
INSIDE_WORD_DIGITS_RE = re.compile(r"(?<=[^\W\d_])\d+(?=[^\W\d_])")


def is_street(text: str) -> bool:
    """A street line: a German, Hungarian or listed street form, or a house number with a street
    word of the lexicon or a street word cut short ("Avda.", "ul.", "C/")."""
    words = {normalize.fold(w.replace("ß", "ss")) for w in re.split(r"[\s,]+", text) if w}
    # A digit inside a word is no house number: "Dr. sc. techn. Florian B6hm" was taken for a
    # street by its "Dr." (fresh photo seed 257 card 74; session 30). A digit ending a word is
    # one still: "Flat B6, Marine Court", "Calle Mayor nº3" (º is a letter to the regex).
    has_number = bool(re.search(r"\d", INSIDE_WORD_DIGITS_RE.sub("", text)))
    folded = normalize.fold(text.replace("ß", "ss"))
    # "straße" comes back as "strasse", "straBe" or "strae": all are streets.
    german = re.search(
        r"(stra\w{0,2}e|str|weg|platz|allee|gasse|ring|damm)\s+\d+\s*[a-z]?$", folded
    )
    # "Avda. de la Constitución, 117", "al. Jerozolimskie 33": a street word cut short; Spanish
    # "C/ Mayor, 12" (calle), "C/ O'Donnell, 12" too, not a "c/o" (care of) nor an Italian
    # account's "c/c 123456" or a title's "C/C++" (rev34c)
    abbreviated = re.match(
        r"(?i)(?:avda|avd|av|pza|ul|al)\.\s?\w|c/ ?(?![oc](?![\w'’]))\w", text.strip()
    )
    # "Váci út 1", "Andrássy út 60.": Hungarian street words, as printed (accented: a folded
    # "ut" is Utah's "UT" on a US city line)
    hungarian = HUNGARIAN_STREET_RE.search(text)
    if german or hungarian or street_form(text):  # "Kerkstraat 8a", "Aeschenvorstadt 91"
        return True
    return has_number and bool(words & STREET_WORDS or abbreviated)


HUNGARIAN_STREET_RE = re.compile(r"\b(?:út|utca|tér|körút|krt\.|rakpart|sétány)\s+\d+")


def street_name(text: str) -> bool:
    """A street's name read apart from its number (``Calle de Alcals.``, its number on the next
    line, where ``is_street`` wants one): a line of two words or more opening on a street word of
    four letters or more ("Dr", "St" stand for a doctor and a saint too), no person's name."""
    words = text.split()
    first = normalize.fold(words[0]) if words else ""
    return len(words) >= 2 and len(first) >= 4 and first in STREET_WORDS


# Cached: the region votes ask it of every line at each of their three or so counts a card
# (14,000 calls on 500 cards); its answer depends on the text alone.
@lru_cache(maxsize=1 << 14)
def country_in(text: str) -> str | None:
    """A country named on a line, alone or after the last comma ("8001 Zürich, Switzerland").

    Two-letter pieces are no country here: "AG" and "SA" are legal forms far more often.
    """
    # "530-7005 Japan": a postcode and the country after it, the city on the line above.
    after_code = re.fullmatch(r"\s*\d[\d -]{2,9}\d\s+(\D+)", text)
    # "Osaka 530-7005 Japan", "Nishi-ku, Yokohama 220-8154 Japan": a one-line address whose
    # country follows its postcode with no comma before it (a Japanese card printed in
    # English); the line's other commas hid it (p335 card 64, its numbers read as US).
    at_end = re.search(r"(?<![\w-])\d[\d-]{2,9}\d\s+([^\d,]+)$", text)
    pieces = [
        text,
        text.rsplit(",", 1)[-1],
        after_code[1] if after_code else "",
        at_end[1] if at_end else "",
    ]
    for piece in pieces:
        piece = piece.strip().rstrip(".")
        if country_shaped(piece):
            country = geo.country_code(piece)
            if country:
                return country
    return None


def country_shaped(text: str) -> bool:
    """Long enough to be a country's name: "USA" or a word of four letters and more; "com",
    "AG" or "SA" are ISO codes too but far more often a domain's end or a legal form."""
    if any(c.isdigit() for c in text):
        return False
    return len(text) >= 4 or (len(text) == 3 and text.isupper() and text in {"USA", "UAE"})


def is_country(text: str) -> bool:
    text = text.strip().rstrip(".")
    return country_shaped(text) and bool(geo.country_code(text))


# Cached: every company, title and region check asks it of the same lines (a hundred thousand
# calls on 400 cards); its answer depends on the text alone.
@lru_cache(maxsize=1 << 14)
def legal_form(text: str) -> tuple[str, int] | None:
    """The legal form that ends ``text`` (squashed, see ``LEGAL_FORMS``) and its word count."""
    words = text.split()
    for count in (4, 3, 2, 1):
        if len(words) < count or (len(words) == count > 1 and not _dotted_apart(words)):
            continue
        squashed = re.sub(r"[.,&\s]", "", normalize.fold(" ".join(words[-count:])))
        if squashed in LEGAL_FORMS:
            return squashed, count
    return None


def _dotted_apart(words: list[str]) -> bool:
    """A form of dotted pieces and letters alone on its line ("Sp. z o.o.", "S. A."): a form
    of words ("Pty Ltd", "Hold ings.") needs a name before it."""
    return "." in "".join(words) and all("." in w or len(w) == 1 for w in words)


def legal_form_alone(text: str) -> bool:
    """``text`` is a legal form and nothing else ("B.V.", "Co.,Ltd."): a form read apart from
    its name, or a name not read at all."""
    form = legal_form(text)
    return bool(form) and form[1] == len(text.split())


# Cached: cleanco's look-up behind it is slow (half a millisecond), and the company and title
# checks ask it of the same lines; its answer depends on the text alone.
@lru_cache(maxsize=1 << 14)
def has_legal_form(text: str) -> bool:
    """The line names a legal form: one of the lexicon's, repaired or not, or one cleanco strips."""
    trimmed = trim_after_legal_form(repair_legal_form(text))
    if legal_form(trimmed):
        return True
    # cleanco knows the legal forms of many more countries; it strips one if there is one.
    stripped = cleanco_basename(trimmed)
    # cleanco also strips stray punctuation ("DELGADO)") and a dangling "&" ("Graaf &", whose
    # "Zonen B.V." is on another line): only a dropped word with a letter is a legal form.
    words = len(WORD_RE.findall(trimmed))
    return bool(stripped) and words > 1 and len(WORD_RE.findall(stripped)) < words


WORD_RE = re.compile(r"\S*[^\W\d_]\S*")  # a word with a letter in it


def legal_region(texts: list[str]) -> str | None:
    """The country a legal form names ("K.K." Japan, "Sp. z o.o." Poland), if any line has one."""
    return _legal_region(tuple(texts))


# The region clues, the website's level and the card's named regions all ask it of the same texts.
@lru_cache(maxsize=64)
def _legal_region(texts: tuple[str, ...]) -> str | None:
    return _first_form_in(texts, LEGAL_FORM_REGIONS)


T = TypeVar("T")


def _first_form_in(texts: Sequence[str], table: dict[str, T]) -> T | None:
    """What ``table`` holds for the first legal form of ``texts`` it knows, read with its usual
    slips undone ("Vesta Holdings ple": plc). A form alone on its line comes last: a logo's
    monogram reads as one ("AG" for Aurora Groep N.V.: fresh photo seed 271 card 82, its Dutch
    number read as German), and a firm's name printed before its form is the surer clue. A form
    of two letters alone names no country: specks read "as" and "Se" (first generator's photo
    seed 698 card 54: an Italian postcode read as a Norwegian number)."""
    lone = None
    for text in texts:
        trimmed = trim_after_legal_form(repair_legal_form(text))
        found = legal_form(trimmed)
        if found and found[0] in table:
            if len(trimmed.split()) > found[1]:
                return table[found[0]]
            if len(found[0]) > 2:  # "as", "Se": a speck or a logo's line read as letters
                lone = table[found[0]] if lone is None else lone
    return lone


# The countries a legal form several of them share is printed in, most firms first: no clue to
# vote with (``LEGAL_FORM_REGIONS`` holds one country's forms), a last place to read a number
# printed without its country code that the card's clues and the default region cannot read.
SHARED_FORM_REGIONS = {
    "ltd": ("GB", "IE"),
    "limited": ("GB", "IE"),
    "gmbh": ("DE", "AT", "CH"),
    "ag": ("DE", "CH", "AT"),
    "nv": ("NL", "BE"),
    "coltd": ("JP", "KR", "TW", "CN"),
}
# More such forms (session 57): a number read only in their countries is read, and doubted
# (``phone_slips.shared_hints``). A Swedish "021-4425851" beside "Nystrom Bygg AB" and a .com
# address was unread; read so, 4 of 4 such numbers on the second generator's tuning cards were
# right, 1 of 4 on the first generator's (a KG or an AS names too many countries to accept).
GUESSED_FORM_REGIONS = {
    "ab": ("SE", "FI"),
    "as": ("NO", "DK", "CZ", "SK"),  # A/S and AS in the north, a.s. in the Czech lands
    "kg": ("DE", "AT"),
    "se": ("DE", "AT"),
}


def shared_form_regions(texts: list[str]) -> list[str]:
    """The countries the first legal form several countries share names."""
    return list(_first_form_in(texts, SHARED_FORM_REGIONS) or ())


def form_hint_regions(texts: list[str]) -> tuple[list[str], list[str]]:
    """The countries the card's shared legal form names: a measured one's (``shared``), and a
    guessed one's where none is (a speck read "SE" under "O'Doherty Packaging Limited" names
    no country)."""
    shared = shared_form_regions(texts)
    return shared, [] if shared else list(_first_form_in(texts, GUESSED_FORM_REGIONS) or ())


# The countries a legal form names for telling them apart by a number's groups
# (``phone_grouping``): the shared forms', and the Sàrl's. Numbers are not read in the Sàrl's
# other countries: a French SARL's "RCS Paris 523 456 789" is a valid Luxembourg line (rev47).
GROUPING_FORM_REGIONS = {**SHARED_FORM_REGIONS, "sarl": ("FR", "CH", "LU")}


def form_countries(texts: list[str]) -> list[str]:
    """The countries the first legal form of ``GROUPING_FORM_REGIONS`` names."""
    return list(_first_form_in(texts, GROUPING_FORM_REGIONS) or ())


# OCR slips inside legal forms: "Sp. z 00", "S.r.1", "PIC" for "PLC".
_LEGAL_SLIPS = str.maketrans({"0": "o", "1": "l", "I": "L", "i": "l"})


def repair_legal_form(text: str) -> str:
    """``Cobalt Labs Sp. z 00`` → ``Cobalt Labs Sp. z oo``, ``Clearview Media PIC`` → ``... PLC``:
    the last words spell a legal form once the usual OCR slips are undone."""
    if legal_form(text):
        return text
    words = text.split()
    for count in (1, 2, 3):
        if len(words) <= count:
            continue
        tail = [_undo_slips(w, words[-count - 1 + k]) for k, w in enumerate(words[-count:])]
        candidate = " ".join([*words[:-count], *tail])
        if tail != words[-count:] and legal_form(candidate):
            return candidate
    # "Prisma Holdings ple", "Acme Ine": a c read as e in a short last word.
    last = words[-1] if len(words) > 1 else ""
    if len(last) <= 4 and "e" in last.lower():
        candidate = " ".join([*words[:-1], last.replace("e", "c").replace("E", "C")])
        if legal_form(candidate):
            return candidate
    return text


def _undo_slips(word: str, before: str) -> str:
    """A short word of a legal form with its digit slips undone, in the case around it."""
    if len(re.sub(r"\W", "", word)) > 4 or not any(c in "01Ii" for c in word):
        return word
    if word.rstrip(".").lower() == "lic" and not word.isupper():
        return word  # "Wolfgang Fischer, lic. oec. HSG": the Swiss degree (licentiate), no LLC
    fixed = word.translate(_LEGAL_SLIPS)
    upper = word.isupper() or (word.isdigit() and before.isupper())
    return fixed.upper() if upper else fixed.lower() if word.isdigit() else fixed


def trim_after_legal_form(text: str) -> str:
    """``Greenfield Logistics Corp. (i``: what follows the legal form is a smudge or a logo."""
    words = text.split()
    for end in range(len(words), 0, -1):
        if found := legal_form(" ".join(words[:end])):
            if all(len(w) <= 3 for w in words[end:]) and not form_goes_on(found, words[end:]):
                words = words[:end]
            break
    return " ".join(words).strip(" ,")


def form_goes_on(found: tuple[str, int], rest: list[str]) -> bool:
    """The word after a legal form makes it the start of a longer one (``POLARIS CO., LT``,
    Co., Ltd. with its D lost): the form was read in part, no smudge after it; kept, so the
    company is read as cut (b25 photo 12 was stored "Polaris Co" at domain+legal)."""
    if not rest:
        return False
    start = found[0] + re.sub(r"[.,&\s]", "", normalize.fold(rest[0]))
    return start != found[0] and any(f != start and f.startswith(start) for f in LEGAL_FORMS)


def host_part(value: str) -> str:
    """The host of an email, a website or a bare host, as written (``acme.de`` of
    ``J.Doe@acme.de`` and of ``https://acme.de/kontakt``)."""
    return value.rpartition("@")[2].split("//")[-1].split("/")[0]


def domain_of(value: str) -> str | None:
    """The registrable domain of an email, a website or a host. A host that is itself on the
    public-suffix list ("mazowsze.pl", one of Poland's regional names, which firms also use) has
    none there: the host is the domain then, without its "www." ("www.mazowsze.pl" was read as
    no match for "Mazowsze S.A.")."""
    found = normalize.registrable_domain(value)
    if found is not None and not found.startswith("www."):
        return found
    host = host_part(value).lower().strip(".")
    host = host.removeprefix("www.")
    return host if host.count(".") >= 1 else found
