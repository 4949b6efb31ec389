"""How sure card_scan is of a company's name: its level (``domain+legal``, ``near-domain``,
``odd``...), from what the card's domain spells of it, its legal form and how it was read.

Apart from ``confidence`` (the other fields' levels and the OCR bands they share) by concern:
the company's checks are the longest. Each level's measured share is in ``calibration``.
"""

from __future__ import annotations

import re
from itertools import pairwise

from rapidfuzz import fuzz

from contactkit import geo, normalize

from .clues import (
    has_legal_form,
    legal_form,
    legal_form_alone,
    repair_legal_form,
    trim_after_legal_form,
)
from .companies import company_domain_match, logo_stage
from .company_digraphs import polish_el_unchecked
from .company_word_slips import (
    capital_inside,
    capital_lost,
    cion_read_cien,
    company_word_slip,
    inner_word_slip,
    listed_trade_word,
    partner_word_slipped,
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
from .form_country import form_of_another_country
from .glued_company import PartedLine
from .lexicon import POLISH_L_WORDS
from .local_parts import given_name, spelt_fold
from .logo_marks import drop_logo_mark, line_end_at
from .logo_split import initials_glued, tall_logo, tall_logo_inside
from .name_checks import u_misread
from .rn_names import common_name_read_m
from .text_lines import Line
from .word_confidence import ocr_band, unsure_if_sharpened, words_conf
from .word_slips import shared_start

# "¢" for "Co.," ("Ota Denki ¢ Ltd", own seed 31 photo 75): a sign no company name holds.
# A quote outside a word ("Q’ Quantum", seed 74 photo 55: a monogram read as a letter and a
# mark) too; inside one it is an apostrophe, curly or straight ("L’Atelier", "O'Connor
# Medical Corporation", "Dell'Acqua Logistica Srl").
ODD_RE = re.compile(
    r"[\"“”`^~_{}<>\\¢©®$€£¥§¤]|[a-z][A-Z]{2}|\d[A-Za-z]|[A-Za-z]\d"
    r"|(?<![^\W\d_])['’‘]|['’‘](?![^\W\d_])"
)

# A company ending on a word that joins ("&", "und", "and", "et", "en"): more was printed.
# "GmbH & Co." ends no German firm's name: its "KG" (or "KGaA", "OHG") was not read. "Sp."
# (spółka) ends no Polish one: its "z o.o.", "k." or "j." was not read ("Automatyka Cobalt
# Sp." with "z 0.0." read into the phone row beside it: fresh photo seed 233 card 32).
CUT_END_RE = re.compile(r"(?i)(?:[&+]|\b(?:and|und|et|en|sp)|\b(?:gmbh|ag|se)\s*&\s*co)\.?\s*$")
# A French form in capitals without its dots ("SA") that a longer one starts ("SAS", "SASU",
# "SARL"): its last letters lost at the line's end. French cards print the anonymous company
# "S.A."; read "SA" on a .fr card, both such companies of the pooled tuning photos were a SAS.
FR_FORM_CUT_RE = re.compile(r"\bSA\W*$")
# A Japanese firm's English name ends "Co., Ltd." (kabushiki kaisha), never on "Co." alone:
# "Zenith Co" beside zenith.co.jp (tuning photo 388/23, accepted at domain+legal; session 37)
# lost its ",Ltd." after the comma. An American "Acme Co." keeps it: only on a .jp domain.
JP_CO_CUT_RE = re.compile(r"\bCo\W*$", re.IGNORECASE)
# A name opening on a consonant twice before a vowel: few words start so (Welsh Ll, Ff:
# "Llewellyn", "Ffion"; see doubled_initial); a logo's letter glued to it or a W read VV.
DOUBLED_INITIAL_RE = re.compile(r"([BCDGHJKMNPQRSTVWXZ])\1[AEIOUYÄÖÜ]", re.IGNORECASE)
# A word firms put before their form that the form list holds too ("Helix Holding B.V.",
# "Holding SA", "Holding GmbH"): taken for the form alone, the form itself may be what was not
# read ("HELIX HOLDING" for Helix Holding B.V.). "Holdings" ends English names whole.
NAME_ONLY_FORMS = frozenset({"holding"})


def company_level(company: str, line: Line, domain: str | None) -> str:
    """The company's level: a shape no name has first; then what the card's domain spells of
    it, with its legal form or without; else how surely Tesseract read it."""
    odd = _odd_shape(company, line, domain)
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
    if domain and company_domain_match(company, domain) >= 0.7:
        return "near-domain"  # nearly the domain: an OCR slip in one of them
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


def doubled_initial(company: str) -> bool:
    """The name opens on a consonant twice before a vowel, both of one case (a W read VV, a
    monogram's capital glued): not an acronym of four letters or fewer ("CCI", "MMA IARD",
    "SSAB", "TTEC", "NNIT"), nor a capital and its small letter, a real spelling (Korean
    "SsangYong", Setswana "Mmegi", Igbo "Nnamdi")."""
    first = re.match(r"\w+", company)
    if not first or len(first.group()) <= 4 or not DOUBLED_INITIAL_RE.match(company):
        return False
    return company[0].isupper() == company[1].isupper()


def _domain_near(company: str, domain: str | None) -> bool:
    """The domain spells the name, or nearly: its own levels weigh the name's letters."""
    return bool(domain) and (
        domain_in(company, domain)
        or name_and_tail(company, domain)
        or company_domain_match(company, domain) >= 0.7
    )


def _odd_shape(company: str, line: Line, domain: str | None) -> str | None:
    """The level of a name whose shape says it is no whole name read (a logo's letters, its
    end cut, a form alone, a lost first letter), whatever the domain spells; else None."""
    if ODD_RE.search(company) or initials_glued(company, domain):
        return "odd"  # 'MZ" & Zonen', "KKKATO KOGYO": a logo or a smudge read as letters
    if tall_logo(company.split(), line) or tall_logo_inside(company.split(), line):
        return "odd"  # "(UE) MOREL ET FILS SARL" where no domain checks it: a logo's monogram
    if logo_dropped(company, line, domain):
        return "odd"  # "GE GUERIN ET FILS SARL" with GE dropped: only the logo's shape told
    if echoed_short(company):
        return "odd"  # "LEGRAND ; egrand et Fils SARL": a logo word, then the name's first cut
    if doubled_initial(company) and not _domain_near(company, domain):
        # "VVESTA B.V." for Vesta B.V. with no address read (fresh photo seed 352 card 60,
        # accepted at legal/hi; session 35): a monogram's letter glued, or a W read VV. A
        # domain that spells nothing of the name checks nothing either ("KKimura Kensetsu
        # Corporation" beside solxagroup.com: second generator, scan seed 1 card 7).
        return "odd"
    if isinstance(line, PartedLine):
        return "parted"  # parted from the phone column by the domain: its form unchecked
    if CUT_END_RE.search(company):
        return "cut"  # "MULLER & WEBER GMBH &" (& Co. KG): its end not read
    if form_after_and(company):
        return "cut"  # "ROSSI & S.N.C." for Rossi & C. S.n.c.: the partner's "C." not read
    if partner_word_slipped(company):
        return "partner-slip"  # "Kohler & Cle Sarl": the partner's Cie misread, unchecked
    if form_of_another_country(company, domain):
        return "foreign-form"  # "ZAJAC i WSPOLNICY SPA," beside a .pl domain: Sp.k. misread
    if FR_FORM_CUT_RE.search(company) and (domain or "").lower().endswith(".fr"):
        return "cut"  # "BONNET LOGISTIQUE SA" for SAS
    if JP_CO_CUT_RE.search(company) and (domain or "").lower().endswith(".jp"):
        return "cut"  # "Zenith Co" beside zenith.co.jp for Zenith Co.,Ltd.
    if legal_form_alone(company):
        return "form-only"  # "group", "KK", "Co.,Ltd.": a logo or a form, the name not read
    if capital_lost(company, domain):
        return "capital-lost"  # "Atlas berica s.Lu." for Atlas Ibérica: unmeasured
    if company[:1].islower():
        # "hikä Hikari Co.,Ltd.", "wuNakamura Tsusho K.K." (a logo read as letters before the
        # name), "obalt Corp." (its C lost): 0 of 5 right on all-font tuning photo seeds 85-88,
        # three accepted at domain+legal, domain+legal+other/hi and legal/hi
        return "lower-start"
    return None


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


def form_after_and(company: str) -> bool:
    """A "&" followed by a legal form alone: no firm joins its form with "&" but after a
    partner ("& C.", "& Co.", "& Cie" before S.n.c., KG, SNC), so that partner was not read
    ("ROSSI & S.N.C." for Rossi & C. S.n.c.: photo seed 377 card 83, accepted at domain+legal;
    session 36, late36a). "GmbH & Co. KG" keeps its "Co." and stays as read."""
    _, amp, rest = company.rpartition("&")
    return bool(amp) and bool(rest.strip()) and legal_form_alone(rest.strip())


def echoed_short(company: str) -> bool:
    """A word that is the word before it (a lone sign between them aside) with its first letter
    lost: a logo's word read into the name's line, and the name's first letter, a capital L or
    I, read as a bar or a sign ("LEGRAND | egrand et Fils SARL" for a LEGRAND logo beside
    Legrand et Fils SARL: pool scan s345 card 4, accepted at domain+legal; session 36). No
    firm's name says a word again less its first letter in small letters after a capital (its
    own capital lost); four letters at least, so that a short word inside another ("Ace Ce")
    stays as read, and a capitalised word ("Orange Range") is a word of the name."""
    words = re.findall(r"[^\W\d_]+", company)
    return any(
        len(after) >= 4
        and before[:1].isupper()
        and after[:1].islower()
        and normalize.fold(before[1:]) == normalize.fold(after)
        for before, after in pairwise(words)
    )


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


def logo_dropped(company: str, line: Line, domain: str | None) -> bool:
    """``company`` is the end of its line after words ``drop_logo_mark`` took for a logo (not
    the logo words the domain tells apart: those the older rules, ``logo_stage``, drop are
    checked)."""
    words = company.split()
    k = line_end_at(words, line)
    for n in (1, 2, 3):
        if not k or k - n < 0:
            break
        whole = " ".join(w.text for w in line.words[k - n :])
        older = logo_stage(whole, line, domain)
        if older.split() != words and drop_logo_mark(older, line, domain).split() == words:
            return True
    return False


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
