"""A word firms add to a name or for their trade, read with one letter wrong: checked by
nothing on the card."""

from __future__ import annotations

import re

from contactkit import normalize

from .domains import domain_label
from .lexicon import COMPANY_WORDS, LEGAL_FORMS, TRADE_WORDS
from .local_parts import umlaut_plain
from .word_slips import (
    letter_changed,
    one_letter_changed,
    with_a_letter_lost,
    words_one_letter_off,
)

_PLAIN = frozenset(umlaut_plain(w) for w in COMPANY_WORDS | TRADE_WORDS)
# The legal forms spelt as words ("Holdings", "Limited", "Group"), whose slips read the same way
# ("Nove Hokdings pic" for Nova Holdings plc, the domain spelling only "nova"): only the words a
# slip is checked against, never a trade word's neighbours below. Not the forms run together
# ("partg", "coltd"): "Parts" and "Party" are one letter from "partg" and no slip of it.
_FORM_WORDS = LEGAL_FORMS & {
    "company",
    "corporation",
    "group",
    "holding",
    "holdings",
    "incorporated",
    "limited",
}
_SLIP_TARGETS = _PLAIN | _FORM_WORDS
# Each trade word of seven letters or more with one inner letter lost ("industral"): its first
# and last letters kept, so no word's other form ("Partner" beside partners) is among them.
_INNER_LOST = with_a_letter_lost(TRADE_WORDS, 7, ends_kept=True) - TRADE_WORDS
# Trade words no other word of the lists is one letter from (lost, added or changed): read
# letter for letter, such a word is checked by the list; "technologie" is not (technologies,
# technology), nor "system" (systems): a slip of one is another.
# (A word is never itself with a letter lost or changed: the lists' forms are built once.)
_LOST_FROM_LISTED = with_a_letter_lost(_PLAIN, 2)
_LISTED_ALONE = frozenset(
    w
    for w in map(umlaut_plain, TRADE_WORDS)
    if w not in _LOST_FROM_LISTED
    and not with_a_letter_lost([w], 2) & _PLAIN
    and not one_letter_changed(w, _PLAIN)
)


def _slipped_from(word: str) -> bool:
    """One letter off a company or trade word, or off a legal form spelt as a word with its
    first letter kept: a real word one letter from a form differs in its first ("Molding",
    "Golding", "Folding" beside holding, "Troup" beside group), a slip inside ("Hokdings")."""
    forms = words_one_letter_off(word, _FORM_WORDS)
    return one_letter_changed(word, _PLAIN) or any(form[0] == word[0] for form in forms)


def company_word_slip(words: list[str]) -> bool:
    """A word (folded) one letter off a word of ``lexicon.COMPANY_WORDS``, ``TRADE_WORDS`` or a
    legal form spelt as a word (``Hokdings``) and no such word itself (same length only:
    ``Partner`` beside ``partners`` is a word of its own), or a trade word with an inner letter
    lost. The list checks the word read right; read wrong, nothing does, and Tesseract is as
    sure of the slip: ``Söhme`` for Söhne (held-out photo 649), ``Métaliurgie`` (b25 photo 27),
    ``Industral`` at 0.97 (b63 photo 40), each accepted."""
    return any(
        len(word) >= 5 and word not in _SLIP_TARGETS and _slipped_from(word)
        for word in map(umlaut_plain, words)
    ) or any(word in _INNER_LOST for word in words)


def inner_word_slip(words: list[str]) -> bool:
    """A word (folded) that is a company or trade word of the list with an inner letter
    changed or lost, and no such word itself. Not its first or last letter, nor a vowel for a
    vowel or a letter another language writes for it: that is the word's other form (Polish
    "Systemy", "Finanse"; Spanish "Industrias", Dutch "Netwerk"; "Kapital"; review rev46)."""
    for word in map(umlaut_plain, words):
        if word in _SLIP_TARGETS or len(word) < 5:
            continue
        if word in _INNER_LOST or any(
            _inner_slip(word, w) for w in words_one_letter_off(word, _PLAIN)
        ):
            return True
    return False


_VOWELS = frozenset("aeiouy")
_SPELLINGS = ({"c", "k"}, {"c", "z"}, {"c", "s"}, {"s", "z"}, {"i", "y"}, {"f", "v"})


def _inner_slip(word: str, listed: str) -> bool:
    """``word`` differs from ``listed`` (as long, one letter apart) inside, by no spelling."""
    at, pair = letter_changed(word, listed)
    return 0 < at < len(word) - 1 and not pair <= _VOWELS and pair not in _SPELLINGS


def cion_read_cien(word: str) -> bool:
    """A Spanish "-ción" with its ó read é ("Rodriguez Distribucién S.L." beside rodriguez.es:
    photo seed 381 card 52, accepted at domain+legal+other/mid; session 36, late36a). No
    Spanish word ends "-cién" but "recién", and the trade words in "-ción" are many
    (Distribución, Construcción, Comunicación): doubted, not mended."""
    low = word.lower()
    return low.endswith("cién") and low != "recién"


# The partner's "Cie" (compagnie) after "&" or "et", its i read as a stroke (l, 1, |, !):
# "Kohler & Cle Sarl" for Kohler & Cie SARL (check photo p460 card 40, accepted at
# domain+legal+other/hi; session 42). No language writes "Cle" after "&": the French word is
# "Clé", and a firm joins a partner, a person or a trade there ("& Cie", "& Co", "& Cía",
# "& Clegg", "Tool & Die"), none three letters C, a stroke, e. But French capitals drop the
# accent: "BATIMENT ET CLE EN MAIN" (clé en main, turnkey) is a right name (review rev42w).
PARTNER_SLIP_RE = re.compile(
    r"(?i)(?:&|\bet)\s+c[l1|!]e\b\.?(?![\w-])(?!\s+en\b)"
    # "Blanc et Fls SARL" (tuning photo seed 477 card 47, accepted at domain+legal+other/hi):
    # the partners' "Fils" or "Sons" with its inner vowel lost or read as a stroke, a word no
    # language prints after a joining word.
    r"|(?:&|\b(?:et|und|e|y|en|and))\s+(?:f(?!ils\b)[il1|!]{1,2}s|s(?!ons\b)[o0]?ns)\b(?![\w-])"
    # "Kruger & Soéhne KG" (fresh photo seed 534 card 93, accepted as a printed "Soehne"): the
    # ö's dots read as an accent beside its o, or a speck over a printed Soehne's e: doubted,
    # not put back (rev47).
    r"|(?:&|\b(?:und|and))\s+s(?:o[éè]|[éè]o)hne\b"
)


def partner_word_slipped(company: str) -> bool:
    """The partner's ``Cie`` after ``&`` or ``et`` read with its i as a stroke (``& Cle``), or
    its ``Fils`` or ``Sons`` with a letter lost (``et Fls``): the domain spells the family's
    name, nothing the partner word; doubted, not mended. A word in capitals in a name that is
    not is an acronym ("Web & SNS Marketing", "Worldpay & FIS": review rev46)."""
    return any(
        not (m.group(0).split()[-1].isupper() and not company.isupper())
        for m in PARTNER_SLIP_RE.finditer(company)
    )


def listed_trade_word(word: str) -> bool:
    """A word (folded) that is a trade word of ``lexicon.TRADE_WORDS`` letter for letter and one
    letter from no other word of the lists: the list checks it as a domain checks the name, so
    Tesseract's doubt of it ("LOGISTIQUE" at 0.74, a long word on a photo) says little."""
    return umlaut_plain(word) in _LISTED_ALONE


# A word's second letter a capital before small ones: a small umlaut or accented letter read as a
# capital ("KShler Prazisionsteile SE" for Köhler beside kpgroup.de, fresh photo seed 325 card 30,
# the ö read S at 0.97, accepted at domain+legal+other/hi). Firms spell a word so where a short
# capital prefix leads ("ITservices"), which is doubted too, not changed; "KGaA" (a small letter
# alone) is a legal form.
CAPITAL_INSIDE_RE = re.compile(r"^[A-Z]{2}[a-zß-ÿ]{3,}$")


# A word of capitals whose last letter or two are small: a wordmark logo's letters misread, the
# small letters a stroke of the mark ("ORREs Orbis Co.,Ltd." beside orbis.co.jp, photo seed 332
# card 18, accepted at domain+legal+other/hi). Printed words in capitals keep them to the end.
SMALL_TAIL_RE = re.compile(r"^[A-Z]{3,}[a-z]{1,2}$")


def capital_inside(company: str, unchecked: list[str]) -> bool:
    """A word of ``company`` that is one of the ``unchecked`` (folded) and shows a capital
    second before small letters (``CAPITAL_INSIDE_RE``), or capitals with a small end
    (``SMALL_TAIL_RE``)."""
    return any(
        (CAPITAL_INSIDE_RE.match(word) or SMALL_TAIL_RE.match(word))
        and normalize.fold(word) in unchecked
        for word in company.split()
    )


# The partners' words with an inner letter lost, as a domain's first label ends with them
# ("robertfls.fr" for Robert et Fils, read so by both engines in the address and the site:
# fresh photo seed 528 card 4, accepted at name+domain; no domain of the 8,300 seen cards ends
# so). Written out: a lost letter may leave a word's own end (-sos, -frees; German "-profis",
# Dutch "gruenzoen": review rev46).
_PARTNER_LOST_ENDS = ("fls", "sns", "shne", "sohe", "znen", "fgli", "frres")


def partner_word_lost(domain: str | None) -> bool:
    """The domain's first label ends with a partners' word with an inner letter lost, after
    three letters or more (the family's name)."""
    label = domain_label(domain or "")
    return any(label.endswith(e) and len(label) >= len(e) + 3 for e in _PARTNER_LOST_ENDS)


# Words firms print in small letters inside a name, four letters and more: joining words,
# articles and prepositions of the languages here ("Banco para", "Institut für angewandte",
# "Ristorante alla Scala", "Fundacja na rzecz"), and partners' words (rev47).
SMALL_WORDS = frozenset(
    {
        "para", "pour", "with", "from", "upon", "into", "onto", "dans", "chez", "entre", "vers",
        "contre", "après", "avec", "sans", "sous", "della", "delle", "dello", "degli", "dels",
        "alla", "alle", "allo", "agli", "dalla", "dalle", "dallo", "dagli", "nella", "nelle",
        "nello", "negli", "sulla", "sulle", "sullo", "sugli", "presso", "senza", "sopra",
        "sotto", "verso", "sobre", "desde", "hasta", "hacia", "contra", "bajo", "pela", "pelo",
        "fuer", "über", "uber", "unter", "beim", "nach", "gegen", "ohne", "durch", "oraz",
        "voor", "over", "onder", "naar", "door", "tussen", "zonder", "tegen", "przy", "przez",
        "rzecz", "spółka", "associés", "associati", "associados", "filhos", "irmãos", "hijos",
        "synowie", "partner", "erben",
    }
)  # fmt: skip
SMALL_WORD_RE = re.compile(r"[^\W\d_]{4,}")
# Words whose case changes no letter of the name: a company's, a trade's or a form's (folded).
_CASELESS = COMPANY_WORDS | TRADE_WORDS | LEGAL_FORMS


def capital_lost(company: str, domain: str | None) -> bool:
    """A word of four letters or more in small letters inside a name that opens on a capital,
    and that the domain does not spell: its capital, a thin I or l, lost ("Atlas berica s.Lu."
    for Atlas Ibérica S.L.U. beside atlas.es: fresh photo seed 537 card 54, accepted at
    domain+legal+other/hi; session 47). Not a small word of ``SMALL_WORDS``, a company's, trade
    or form word, whose case changes no letter ("Schwarz & sohne KG", "Acme gmbh"). A name set
    in small letters after its first word and not spelt by the domain ("Chambre de commerce"
    beside cci.fr) goes to review too: no list holds every adjective."""
    words = company.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    label = domain_label(domain or "")
    return any(
        SMALL_WORD_RE.fullmatch(word)
        and word.islower()
        and word not in SMALL_WORDS
        and (folded := normalize.fold(word)) not in _CASELESS
        and folded not in label
        for word in words[1:]
    )
