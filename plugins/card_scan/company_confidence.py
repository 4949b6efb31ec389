"""How sure card_scan is of a company's name: its level (``domain+legal``, ``near-domain``,
``odd``...), from what the card's domain spells of it, its legal form and how it was read.

Apart from ``confidence`` (the other fields' levels and the OCR bands they share) by concern:
the company's checks are the longest. Shapes no whole name has come first (``company_shapes``).
Each level's measured share is in ``calibration``.
"""

from __future__ import annotations

import re
from itertools import pairwise

from rapidfuzz import fuzz

from contactkit import geo, normalize

from .clues import (
    has_legal_form,
    legal_form,
    repair_legal_form,
    trim_after_legal_form,
)
from .companies import near_domain
from .company_digraphs import polish_el_unchecked
from .company_shapes import odd_shape
from .company_word_slips import (
    capital_inside,
    cion_read_cien,
    company_word_slip,
    inner_word_slip,
    listed_trade_word,
)
from .degrees import honorific
from .domain_words import unlisted_words
from .domains import (
    domain_in,
    domain_label,
    initial_words,
    initials_in,
    initials_label,
    loose_domain,
    name_and_tail,
    other_words,
    squashed,
    trim_legal,
)
from .lexicon import POLISH_L_WORDS
from .local_parts import given_name, spelt_fold
from .name_checks import u_misread
from .rn_names import common_name_read_m
from .text_lines import Line
from .word_confidence import ocr_band, unsure_if_sharpened, words_conf
from .word_slips import shared_start

# A word firms put before their form that the form list holds too ("Helix Holding B.V.",
# "Holding SA", "Holding GmbH"): taken for the form alone, the form itself may be what was not
# read ("HELIX HOLDING" for Helix Holding B.V.). "Holdings" ends English names whole.
NAME_ONLY_FORMS = frozenset({"holding"})


def company_level(company: str, line: Line, domain: str | None) -> str:
    """The company's level: a shape no name has first; then what the card's domain spells of
    it, with its legal form or without; else how surely Tesseract read it."""
    odd = odd_shape(company, line, domain)
    if odd:
        return odd
    if _name_word_form(company):
        # "HELIX HOLDING" beside helix.nl: its B.V. not read, or none printed; nothing tells
        return "form-word"
    if polish_el_unchecked(company, domain):
        return "polish-el"  # "BAELTYK SP. Z O.O." beside bbaltyk.pl: a ł read EL, unchecked
    legal = has_legal_form(company)
    if _scrap_after_partners(company):
        return "legal+debris"
    if domain_in(company, domain):
        unchecked = other_words(company, domain).split()
        spelt = [w for w in spelt_fold(trim_legal(company)).split() if w not in unchecked]
        if inner_word_slip(spelt):
            # "Wolf Prazisionstelle SE" beside wolfpraezisionstelle.com (fresh photo seed 511
            # card 34, accepted at domain+legal): the address read with the name's slip, a
            # glyph the font makes alike twice; the list knows the word "Präzisionsteile".
            return "domain+word-slip"
        if legal:
            return _domain_legal_level(company, line, domain)
        return _domain_level(company, line, domain)
    if name_and_tail(company, domain):
        return "domain+tail"  # "PPHU Vantage" for vantage2.pl, the form before the name
    if initials_label(company, domain):
        return "domain+initials"  # "NV Soluciones S.L." beside nv.es: the rest unchecked
    if domain and near_domain(company, domain):
        return "near-domain"
    band = unsure_if_sharpened(line, ocr_band(words_conf(line, company)))
    if any(map(common_name_read_m, company.split())):
        band = "lo"  # "Foumier SAS" with nothing to check it: a common name's rn read m
    # A work domain the name has nothing of ("Varge SA" beside vantage.ch): measured apart from
    # a card with no domain to check against.
    unmatched = "+unmatched" if domain and not normalize.is_freemail(domain) else ""
    return f"legal{unmatched}/{band}" if legal else f"shape{unmatched}/{band}"


# "König & Cie Sad" for König & Cie Sàrl: the partners' word, then a scrap of letters.
_AFTER_PARTNERS_RE = re.compile(r"&\s*(?:Cie|Co)\b\.?\s+([^\W\d_]{1,3})\.?$", re.IGNORECASE)


def _scrap_after_partners(company: str) -> bool:
    """The name ends on "& Cie" or "& Co" and a scrap of three letters at most that is no legal
    form: the form French and Swiss firms print there (SA, Sàrl, AG) misread, which the domain
    never spells ("König & Cie Sad" beside koenig-cie.ch, both engines reading Sàrl so: fresh
    photo seed 588 card 28, accepted at domain+legal+other/hi)."""
    found = _AFTER_PARTNERS_RE.search(company)
    # In capitals it is a form the lists lack ("Andersson & Co KB", "& Cie SCS": rev50).
    return found is not None and not found[1].isupper() and legal_form(company) is None


def echo_before_spelt(company: str, other: list[str], domain: str | None) -> bool:
    """A word the domain does not spell, just before one it spells and nearly that word again
    (``Moori Midori Seisakusho Co Ltd`` beside midori-seisakusho.co.jp: check photo p459 card
    27, a logo above the name read into its line, accepted at domain+legal+other/hi). A firm's
    own word before its name is seldom its name's word with a letter or two changed ("Grupo
    Bimbo", "Banco Santander" are nothing alike); four letters at least, and a word after "&"
    ("Smith & Smyth") is a partner's. Only doubted: "Meyer Meier GmbH" beside meier.de may be
    two names, so a person looks; nothing is cut."""
    label = domain_label(domain or "")
    unspelt = set(other)
    words = [spelt_fold(w.strip(".,;:")) for w in company.split()]  # "&" parts the pair
    return any(
        len(before) >= 4
        and before in unspelt
        and after not in unspelt
        and len(after) >= 4
        and after in label
        and fuzz.ratio(before, after) >= 70
        and not _endings_differ(before, after)
        for before, after in pairwise(words)
    )


def _endings_differ(one: str, other: str) -> bool:
    """Two forms of one word, only their endings apart ("Svenska Svensk", "Industrias
    Industrial", "Ricoh Rico", "Bayern Bayer"): a firm's descriptive word before its brand, no
    misread echo, which changes letters inside the word ("Moori Midori"). Second review, rev41l:
    these sent right real names to review."""
    stem = shared_start(one, other)
    rest_one, rest_other = one[stem:], other[stem:]
    return not (rest_one and rest_other and rest_one[-1] == rest_other[-1])


def _name_word_form(company: str) -> bool:
    """The only form the name holds is a word firms put before one (``NAME_ONLY_FORMS``)."""
    found = legal_form(trim_after_legal_form(repair_legal_form(company)))
    return bool(found) and found[0] in NAME_ONLY_FORMS


def _domain_legal_level(company: str, line: Line, domain: str | None) -> str:
    """The level of a name with a legal form that the domain spells: by the words it does not
    spell, which nothing checks but Tesseract."""
    # "Grabowski i Wspoinicy Sp.k." for grabowski.pl: the words the domain does not
    # spell are unchecked, measured apart with their OCR confidence.
    other = other_words(company, domain) or initial_words(company, domain)
    # "i Wspólnicy" (and partners) belongs to the Polish form "Sp.k.", read right.
    unchecked = [w for w in other.split() if normalize.fold(w) != "wspolnicy"]
    if any(w in POLISH_L_SPELT for w in unchecked):
        # "Battyk S.A." read as "Bałtyk" by the lexicon (company_letters.py): the
        # lexicon checks the word, not the domain; measured apart.
        return "domain+legal+other/letters+lexicon"
    if unchecked and foreign_letters(domain):
        # Read unsure ("Quantun" at 0.3), a word is a slip whatever letters it holds:
        # measured apart from the words read surely, where only a misread ł may hide.
        unsure = ocr_band(words_conf(line, " ".join(unchecked))) == "lo"
        return "domain+legal+other/letters" + ("/lo" if unsure else "")
    if any(
        honorific(w) and normalize.fold(w).strip(".") not in _FIRM_SHORT_WORDS
        for w in company.split()[1:]
    ):
        # "AURORA Dr. sc. techn. Matthias Schmidt ae" beside aurora.ch (fresh photo seed 209
        # card 74, the logo and the name's line read as one, "ae" taken for the Greek form):
        # a degree inside the name is most often a person's line; measured apart ("Lic.",
        # "Arq.", "MUDr." too: third review, rev31c). Not a firm's short word a title is
        # written as too: "Barton Eng. Services Ltd" (second review, rev31a).
        return "domain+legal+other/degree"
    if company_word_slip(other.split()) or _u_read_i(other, domain):
        return "domain+legal+other/lo"  # "Söhme", "Kriger": a company word misread, unchecked
    if any(map(common_name_read_m, other.split())):
        return "domain+legal+other/lo"  # "Foumier" beside fegroup.fr: its rn read m, unchecked
    if any(map(cion_read_cien, company.split())):
        return "domain+legal+other/lo"  # "Distribucién": its ó read é, unchecked
    if capital_inside(company, other.split()):
        return "domain+legal+other/lo"  # "KShler": its ö read as a capital, unchecked
    if echo_before_spelt(company, other.split(), domain):
        return "domain+legal+other/echo"  # "Moori Midori Seisakusho": a logo's echo, unmeasured
    if other:
        band = unsure_if_sharpened(line, ocr_band(words_conf(line, other)))
        if band != "hi" and initials_in(company, domain_label(domain or "")):
            # "Morel Métaliurgie SAS" beside mmgroup.fr (b25 photo 27, "ll" read "li"
            # at 0.79): the domain checks each word of the name by one letter only, and
            # Tesseract doubted one; measured apart: 4 of 5 right over the folders of
            # session 18, a bound under the bar (unmeasured: to review).
            return f"domain+legal+initials/{band}"
        if band == "lo" and _doubted_words_listed(line, other):
            return "domain+legal+other/lo+trade"  # "MICHEL LOGISTIQUE SAS", LOGISTIQUE at 0.74
        return f"domain+legal+other/{band}"
    if loose_domain(company, domain):
        if name_and_tail(company, domain):
            return "domain+tail"  # "Jura AG" for jura-co.ch: the rest names nothing
        # "Zonen B.V." for graafzonen.nl: letters of the domain the name does not
        # spell, most often a word of the name on a line not read with it.
        return "domain+legal+part"
    return "domain+legal"


def _u_read_i(other: str, domain: str | None) -> bool:
    """An unchecked word that is a German family name printed with ü, read with i, beside a
    German-speaking country's domain (``Richter & Kriger GmbH & Co. KG`` beside richter.de, ü
    read i at 0.84: fresh photo seed 161 card 48, accepted at domain+legal+other/mid; the name
    check ``name_checks.u_misread`` asked of a firm's name too; session 27, wrong27b)."""
    country = (domain or "").rpartition(".")[2].upper()
    return any(u_misread(w, {country}) for w in other.split())


def _doubted_words_listed(line: Line, other: str) -> bool:
    """Every unchecked word Tesseract read unsure is a trade word of the list letter for letter
    (``listed_trade_word``), and the others were read at ``mid`` or better: the list checks the
    doubted words, the band the rest. Measured apart from ``domain+legal+other/lo``."""
    words = other.split()
    doubted = [w for w in words if ocr_band(words_conf(line, w)) == "lo"]
    rest = [w for w in words if w not in doubted]
    return (
        bool(doubted)
        and all(map(listed_trade_word, doubted))
        and (not rest or ocr_band(words_conf(line, " ".join(rest))) != "lo")
    )


def _domain_level(company: str, line: Line, domain: str | None) -> str:
    """The level of a name without a legal form that the domain spells: by what else it holds
    (a cut end, a word of debris, nothing but the domain's word, a word nothing checks)."""
    if cut_from_domain(company, domain):
        return "near-domain"  # "Lume" beside lumen.fr: the name's end not read
    # "Oakridge Networks SR": a short odd word at the end, a legal form cut or misread.
    last = company.split()[-1]
    letters = len(re.sub(r"\W", "", last))
    # "Elettronica Dolomiti S.nrl": a dotted short word that is no legal form, one misread.
    debris = len(company.split()) > 1 and (letters <= 3 or ("." in last and letters <= 5))
    if debris or logo_letter_left(company):
        return "domain+debris"
    # "Kaminski" for kaminski.pl: one word, the domain's, is a logo or the first word of a
    # company whose other words (its legal form) were not read; measured apart.
    if len(company.split()) == 1:
        return "domain+one-word"
    if unlisted_words(company, domain) and initials_in(company, domain_label(domain or "")):
        # "Groupe Nexus" beside ngroup.fr, "PPHU Atlas" beside agroup.pl: the domain checks the
        # word by its initial, Tesseract the rest (as domain+legal+initials): measured apart.
        band = ocr_band(words_conf(line, other_words(company, domain)))
        return f"domain+initials/{unsure_if_sharpened(line, band)}"
    if unlisted_words(company, domain):
        return "domain+other"  # "Cobalt Logistics Corporatian": a word nothing checks
    # "Anna Kowalska" beside info@annakowalska.com: a freelancer's own name taken for a
    # company (beside anna@ it is her name: companies.owners_name)
    return "domain+given-name" if given_name(company.split()[0]) else "domain"


def logo_letter_left(company: str) -> bool:
    """A lone capital before a name of two words or more: a monogram's second letter kept when
    its first was dropped as a logo ("G V Groupe Vantage" beside vantage.fr read "V Groupe
    Vantage"; "G A Groupe Armor" beside armor.fr; session 40). The domain spells the words it
    checks and lets the letter through."""
    words = company.split()
    return len(words) > 2 and re.fullmatch(r"[A-Z]", words[0]) is not None


# Country domains whose language writes letters the English model cannot (ł ą ę ś ż, ř ů, ğ ş,
# ő ű, ș ț): there a word no field checks is read surely and wrongly ("Wista", "Battyk" for
# Wisła, Bałtyk), so Tesseract's confidence says nothing of it.
FOREIGN_LETTER_COUNTRIES = frozenset({"PL", "CZ", "SK", "TR", "HU", "RO", "HR", "SI", "LT", "LV"})


POLISH_L_SPELT = frozenset(spelt_fold(w) for w in POLISH_L_WORDS)


def foreign_letters(domain: str | None) -> bool:
    """The domain's country writes letters Tesseract's English model cannot read."""
    return geo.country_of_domain(domain) in FOREIGN_LETTER_COUNTRIES


def cut_from_domain(company: str, domain: str | None) -> bool:
    """The name is the domain's name less its last one or two letters (``Lume``, lumen.fr)."""
    label = domain_label(domain or "")
    name = squashed(company)
    return len(name) >= 3 and label.startswith(name) and 0 < len(label) - len(name) <= 2


# Titles honorific only with their dot that a firm's name writes too ("Eng." of engineering).
_FIRM_SHORT_WORDS = frozenset({"eng"})
