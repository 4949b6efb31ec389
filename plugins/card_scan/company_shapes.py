"""Shapes no whole company name has: a logo's letters or marks read into it, its end cut, a
legal form alone, a lost first letter. ``odd_shape`` gives the level such a name stands at,
whatever the domain spells (``company_confidence.company_level`` asks it first)."""

from __future__ import annotations

import re
from itertools import dropwhile, pairwise

from contactkit import normalize

from .clues import legal_form, legal_form_alone
from .companies import company_domain_match, logo_stage
from .company_word_slips import capital_lost, partner_word_slipped
from .domains import domain_in, name_and_tail
from .form_country import form_of_another_country
from .glued_company import PartedLine
from .lexicon import NAME_PARTICLES
from .logo_marks import drop_logo_mark, line_end_at
from .logo_split import initials_glued, tall_logo, tall_logo_inside
from .text_lines import Line

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


def odd_shape(company: str, line: Line, domain: str | None) -> str | None:
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
    if company[:1].islower() and not particle_start(company) and not small_letters_style(company):
        # "hikä Hikari Co.,Ltd.", "wuNakamura Tsusho K.K." (a logo read as letters before the
        # name), "obalt Corp." (its C lost): 0 of 5 right on all-font tuning photo seeds 85-88,
        # three accepted at domain+legal, domain+legal+other/hi and legal/hi.
        return "lower-start"
    return None


def small_letters_style(company: str) -> bool:
    """A name set all in small letters, its legal form too: the firm's style ("bkf automazione
    s.r.l.": scan seed 12 card 21), no logo's letters before it."""
    return company.islower() and len(company.split()) >= 2 and legal_form(company) is not None


# Dutch names add "ter", "ten" and "'t" ("ter Horst", "'t Hart") to the particles.
FAMILY_PARTICLES = NAME_PARTICLES | {"ter", "ten", "'t", "’t"}


def particle_start(company: str) -> bool:
    """A firm named after a family whose name opens on its small particles ("de Wit Bouw BV",
    "van den Heuvel Digital BV": the second generator's scan seeds 6 and 7): a capitalised word
    follows them, as the family name."""
    words = company.split()
    rest = list(dropwhile(lambda word: word in FAMILY_PARTICLES, words))
    return len(rest) < len(words) and bool(rest) and rest[0][:1].isupper()


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
