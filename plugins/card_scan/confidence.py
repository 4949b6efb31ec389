"""How sure card_scan is of a field: what backs the value, turned into a measured probability.

Tesseract's own word confidence says little on its own: it is sure of many slips ("Kohler" for
"Köhler", "lonbridge"). What does tell is agreement between fields printed independently: the
email's local part written from the name, its domain naming the company and the website. Each
field's evidence is reduced to a *level* (``email``, ``domain+legal``, ``ocr/hi``...); each
level's share of right values was measured on the tuning sets (the project's own card generator
and blind seeds 1, 11 and 12, scans and photos; ``bench/card_scan_calibrate.py`` prints the
table), and the lower bound of that share is the field's confidence: a field at 0.97 was right
at least about 97 times in 100, on enough cards to say so. The review threshold
(``REVIEW_BELOW``) was chosen on the tuning sets, each group read with a table measured on the
others, so that what passes it unread is right at least 99 times in 100 taken together.
"""

from __future__ import annotations

import re

from contactkit import normalize

from .clues import domain_of, has_legal_form
from .companies import company_domain_match, domain_label
from .domains import domain_in, loose_domain, other_words
from .local_parts import cut_short, local_match, spelt_fold, umlaut_plain
from .name_order import two_part
from .name_slips import POLISH_SLIP_RE, SLIP_RE, known_given, near_given
from .ocr import Line
from .people import NAME_PARTICLES

# Fields at or over this go in unread; under it a person looks (``review_below`` overrides).
# Each level's confidence is the lower bound of its share right (below), so a level passes only
# when the tuning sets showed it right often enough, on enough cards. Chosen on the tuning sets
# (own seeds 1-2, 60 + 60 cards each; blind seed 1, 200 + 200; blind seeds 11 and 12, 60 + 60
# each; bench/card_scan_calibrate.py --thresholds --held-out), each group read with a table
# measured on the others: 0.93 sends 26 % of cards to review with 1 wrong of 3,801 fields of the
# cards that go in unread (in-sample 23 %, 0 of 3,933); the shares pulled towards their parent
# level at 0.98 (the rule before) sent 27 % with 2 wrong, 0.90 would send 23 % with 2 wrong.
# Counting unflagged fields of cards sent to review too, as bench/card_scan_eval.py does: 10
# wrong of 4,735 for 0.93 and for the old rule alike (docs/card_scan.md).
REVIEW_BELOW = 0.93

# Per evidence level, the lower bound of its measured share of right values (Wilson score at
# z = 0.5: a level right on all of n cards is worth n / (n + 0.25), so four cards are the least
# that pass; one wrong in 20 costs it the bar), capped at 0.99 and kept in band order
# (bench/card_scan_calibrate.py on the tuning sets: own generator seeds 1 and 2, 60 cards each,
# and blind seed 1, 200; blind seeds 11 and 12, 60; scans and photos). Regenerate with that
# script after changing a level.
CALIBRATED: dict[str, dict[str, float]] = {
    "name": {
        "email": 0.990,
        "email+initial/hi": 0.990,
        "email+initial/lo": 0.744,
        "email+initial/mid": 0.969,
        "email+other/hi": 0.990,
        "email+other/lo": 0.297,
        "email+other/mid": 0.488,
        "email-part": 0.472,
        "email-slip": 0.888,
        "largest+given/hi": 0.990,
        # Session 9 (blind seed 1 cards 201-500 and the tuning sets): 0 of 6 right.
        "largest+unmatched": 0.010,
        "largest/hi": 0.987,
        "smaller+given/hi": 0.959,
        "smaller+given/lo": 0.010,
        "smaller+given/mid": 0.888,
        "smaller+unmatched": 0.010,
        "smaller/hi": 0.010,
        "smaller/lo": 0.010,
        "smaller/mid": 0.010,
    },
    "organization": {
        "domain": 0.877,  # session 9, tuning sets with blind seed 1 cards 201-500: 45 of 50
        "domain+debris": 0.010,
        "domain+legal": 0.990,
        "domain+legal+other/hi": 0.990,
        "domain+legal+other/letters": 0.743,  # session 9: 12 of 15 right
        "domain+legal+other/lo": 0.477,
        "domain+legal+other/mid": 0.984,
        "domain-only": 0.010,
        "legal+unmatched/hi": 0.522,
        "legal+unmatched/lo": 0.010,
        "legal+unmatched/mid": 0.522,
        "legal/hi": 0.975,
        "legal/lo": 0.010,
        "legal/mid": 0.333,
        "near-domain": 0.682,
        "odd": 0.010,
        "shape+unmatched/lo": 0.010,
    },
    "emails": {
        "cut": 0.010,
        "domain+repaired/lo": 0.010,
        "domain+repaired/mid": 0.010,
        "domain/hi": 0.910,
        "domain/lo": 0.010,
        "domain/mid": 0.910,
        "missing+web/hi": 0.969,
        "missing+web/lo": 0.010,
        "missing+web/mid": 0.969,
        "name+domain": 0.990,
        "name+domain+hyphen/mid": 0.010,
        "name+domain+loose/single/mid": 0.010,
        "name+domain+repaired": 0.969,
        "name+domain+repaired/joined": 0.941,
        "name+domain+repaired/joined/mid": 0.800,
        "name+domain+repaired/lo": 0.697,
        "name+domain+repaired/mid": 0.941,
        "name+domain+repaired/single/lo": 0.888,
        "name+domain/joined": 0.990,
        "name+domain/joined-whole": 0.010,
        "name+domain/joined/lo": 0.929,
        "name+domain/joined/mid": 0.929,
        "name+domain/lo": 0.906,  # session 9, tuning sets with blind seed 1 cards 201-500: 16 of 17
        "name+domain/mid": 0.990,
        "name+domain/single": 0.990,
        "name+domain/single/lo": 0.923,
        "name+domain/single/mid": 0.990,
        "name+domain/single/prefixed": 0.010,
        "name+repaired/mid": 0.010,
        "name/hi": 0.888,
        "part-name+repaired+hyphen/hi": 0.010,
        "part-name+repaired/lo": 0.010,
        "part-name/hi": 0.629,
        "part-name/mid": 0.629,
        "role+domain": 0.990,
        "role+repaired+domain": 0.888,
    },
    "phones": {
        "bare+intl/hi": 0.990,
        "bare+intl/lo": 0.888,
        "bare+intl/mid": 0.986,
        "bare-untold+intl/hi": 0.378,
        "bare-untold+intl/mid": 0.010,
        "bare-untold/hi": 0.010,
        "bare/hi": 0.990,
        "bare/lo": 0.969,
        "bare/mid": 0.990,
        "fax-only/hi": 0.010,
        "kind-conflict+intl/hi": 0.888,
        "labelled+intl/hi": 0.990,
        "labelled+intl/lo": 0.971,
        "labelled+intl/mid": 0.971,
        "labelled/hi": 0.990,
        "labelled/lo": 0.952,
        "labelled/mid": 0.990,
        "other-region/hi": 0.010,
        "repaired+intl/lo": 0.800,
    },
    "title": {
        "cut/mid": 0.010,
        "leftover/hi": 0.697,
        "leftover/lo": 0.010,
        "leftover/mid": 0.010,
        "strong/hi": 0.990,
        "strong/lo": 0.584,
        "strong/mid": 0.990,
        "weak/hi": 0.990,
        "weak/lo": 0.800,
        "weak/mid": 0.800,
    },
    "urls": {
        "cut": 0.010,
        "email/hi": 0.990,
        "email/lo": 0.983,
        "email/mid": 0.990,
        "ocr/hi": 0.795,
        "ocr/lo": 0.125,
        "ocr/mid": 0.772,
        "repaired": 0.726,  # session 9, tuning sets with blind seed 1 cards 201-500: 11 of 14
    },
    "addresses": {
        "part/hi": 0.974,
        "part/lo": 0.488,
        "part/mid": 0.488,
        "street+city/hi": 0.908,
        "street+city/lo": 0.010,
        "street+city/mid": 0.652,
    },
}
UNMEASURED = 0.5  # a level the tuning sets never showed: doubt it
# Levels that say a field is not there: "missing" (not read), "unread" (printed on the card,
# left over by the parser). Their confidence 0 sends the card to review or leaves the field out.
ABSENT = frozenset({"missing", "unread"})


def probability(field: str, level: str) -> float:
    if level in ABSENT:
        return 0.0
    return CALIBRATED.get(field, {}).get(level, UNMEASURED)


def ocr_band(conf: float) -> str:
    """Tesseract's word confidence in three bands: only its order means something."""
    return "hi" if conf >= 0.9 else ("mid" if conf >= 0.75 else "lo")


def words_conf(line: Line, value: str) -> float:
    """The lowest confidence of the line's words that are part of ``value``."""
    wanted = {normalize.fold(w) for w in re.findall(r"[\w'-]+", value)}
    confs = [w.conf for w in line.words if normalize.fold(re.sub(r"[^\w'-]", "", w.text)) in wanted]
    return min(confs) if confs else line.mean_conf


def unconfirmed_words(name: str, local: str) -> tuple[list[str], list[str]]:
    """(words the local part gives only the initial of, words it does not hold at all).

    ``g.martin@`` for ``Guadalupe Martin de la Fuenth`` confirms "martin" letter for letter;
    "guadalupe" only by its initial and "fuenth" not at all, so an OCR slip there ("Fuenth"
    for "Fuente", "Di" for the degree "DI") is unchecked. Particles are not counted.
    """
    letters = re.sub(r"[^a-z]", "", local.lower())
    initials, absent = [], []
    for word in spelt_fold(name).split():
        plain = re.sub(r"[^a-z]", "", word)
        if len(plain) < 2 or word in NAME_PARTICLES or plain in letters:
            continue
        if umlaut_plain(plain) in umlaut_plain(letters):  # "moeller" for MOLLER
            continue
        (initials if plain[0] in initials_of(local.lower()) else absent).append(word)
    return initials, absent


def initials_of(local: str) -> set[str]:
    """Letters a local part may give a word by: ``l.moeller`` l, ``carlosf`` f, ``jsmith`` j."""
    pieces = [p for p in re.split(r"[^a-z]+", local) if p]
    out = {p[0] for p in pieces} | {p[-1] for p in pieces}
    return out | {p for p in pieces if len(p) == 1}


def name_level(name: str, line: Line, local: str | None, near: bool, largest: bool) -> str:
    strength = local_match(local.lower(), spelt_fold(name).split()) if local else 0
    if strength == 2:
        # The local part is written from this very name; a word it does not spell out is
        # measured apart, with the OCR confidence of that word.
        initials, absent = unconfirmed_words(name, local or "")
        if not (initials or absent):
            return "email"
        kind = "email+other" if absent else "email+initial"
        unchecked = " ".join(absent or initials)
        if any(
            ((SLIP_RE.search(w) or POLISH_SLIP_RE.match(w)) and not known_given(w))
            or (near_given(w) and name.startswith(w))
            for w in unchecked.split()
        ):
            return f"{kind}/lo"  # "Miiller", "Pefia": a printed letter misread, unchecked
        return f"{kind}/{ocr_band(words_conf(line, unchecked))}"
    if strength == 1:
        return "email-part"  # it holds one word of it: the rest is unchecked
    if near:
        return "email-slip"
    shape = ("largest" if largest else "smaller") + ("+given" if known_given(name) else "")
    if near_given(name.split()[0]):
        return f"{shape}/lo"
    if local and two_part(local) and not normalize.is_role_local(local):
        # A personal address ("maria.rubio@") that spells nothing of the line taken for the
        # name: the name was not read, and a department or a tagline stood in for it.
        return f"{shape}+unmatched"
    return f"{shape}/{ocr_band(words_conf(line, name))}"


ODD_RE = re.compile(r"[\"“”'`^~_{}<>\\]|[a-z][A-Z]{2}|\d[A-Za-z]|[A-Za-z]\d")


def company_level(company: str, line: Line, domain: str | None) -> str:
    if ODD_RE.search(company):
        return "odd"  # 'MZ" & Zonen': a logo or a smudge read as letters
    legal = has_legal_form(company)
    if domain_in(company, domain):
        if legal:
            # "Grabowski i Wspoinicy Sp.k." for grabowski.pl: the words the domain does not
            # spell are unchecked, measured apart with their OCR confidence.
            other = other_words(company, domain)
            # "i Wspólnicy" (and partners) belongs to the Polish form "Sp.k.", read right.
            unchecked = [w for w in other.split() if normalize.fold(w) != "wspolnicy"]
            if unchecked and foreign_letters(domain):
                return "domain+legal+other/letters"
            if other:
                return f"domain+legal+other/{ocr_band(words_conf(line, other))}"
            return "domain+legal"
        if cut_from_domain(company, domain):
            return "near-domain"  # "Lume" beside lumen.fr: the name's end not read
        # "Oakridge Networks SR": a short odd word at the end, a legal form cut or misread.
        last = company.split()[-1]
        letters = len(re.sub(r"\W", "", last))
        # "Elettronica Dolomiti S.nrl": a dotted short word that is no legal form, one misread.
        debris = len(company.split()) > 1 and (letters <= 3 or ("." in last and letters <= 5))
        return "domain+debris" if debris else "domain"
    if domain and company_domain_match(company, domain) >= 0.7:
        return "near-domain"  # nearly the domain: an OCR slip in one of them
    band = ocr_band(words_conf(line, company))
    # A work domain the name has nothing of ("Varge SA" beside vantage.ch): measured apart from
    # a card with no domain to check against.
    unmatched = "+unmatched" if domain and not normalize.is_freemail(domain) else ""
    return f"legal{unmatched}/{band}" if legal else f"shape{unmatched}/{band}"


# Country domains whose language writes letters the English model cannot (ł ą ę ś ż, ř ů, ğ ş,
# ő ű, ș ț): there a word no field checks is read surely and wrongly ("Wista", "Battyk" for
# Wisła, Bałtyk), so Tesseract's confidence says nothing of it.
FOREIGN_LETTER_TLDS = frozenset({"pl", "cz", "sk", "tr", "hu", "ro", "hr", "si", "lt", "lv"})


def foreign_letters(domain: str | None) -> bool:
    return bool(domain) and domain.rsplit(".", 1)[-1].lower() in FOREIGN_LETTER_TLDS


def cut_from_domain(company: str, domain: str | None) -> bool:
    """The name is the domain's name less its last one or two letters (``Lume``, lumen.fr)."""
    label = re.sub(r"[^a-z0-9]", "", domain_label(domain or ""))
    squashed = re.sub(r"[^a-z0-9]", "", normalize.fold(company))
    return len(squashed) >= 3 and label.startswith(squashed) and 0 < len(label) - len(squashed) <= 2


def email_level(
    email: str,
    ocr: float,
    name: str | None,
    company: str | None,
    url_domain: str | None,
    repaired: bool,
    known_suffix: bool,
) -> str:
    if not known_suffix:
        return "cut"  # "a@acme.c"
    local, _, host = email.partition("@")
    domain = domain_of(host)
    # Every character of the local part accounted for by the name: letters and separators only.
    strength = local_match(local.lower(), spelt_fold(name or "").split()) if name else 0
    by_name = strength == 2 and re.fullmatch(r"[a-z]+(?:[._-][a-z]+)*", local.lower()) is not None
    by_domain = bool(domain) and (domain == url_domain or domain_in(company, domain))
    tag = "+repaired" if repaired else ""
    if by_domain and domain != url_domain and loose_domain(company, domain):
        tag += "+loose"  # letters of the domain nothing checks
    if "-" in local and "-" not in (name or ""):
        # "p-schulz" for Peter Schulz: a hyphen where the name has none is as likely a dot
        # misread (none of the tuning sets' addresses holds one); measured apart.
        tag += "+hyphen"
    if by_name and by_domain:
        # A local part without a separator may have lost one ("lwisniewska" for l.wisniewska):
        # measured apart.
        joined = "" if re.search(r"[._-]", local) else "/joined"
        # One word of a longer name ("gerald@" for Gerald McKenzie): the usual form, or the
        # start of "mckenzie.gerald" not read; measured apart.
        words = [re.sub(r"[^a-z]", "", w) for w in spelt_fold(name or "").split()]
        if joined and len(words) >= 2 and local.lower() in words:
            joined = "/single"
        elif joined and two_full_words(local.lower(), words):
            # "muellerwolfgang" for Wolfgang Müller: two whole names joined, a form hardly
            # anyone uses; the separator was more likely lost. Measured apart.
            joined = "/joined-whole"
        # Nothing checks the separator ("p-schulz" for p.schulz): Tesseract's doubt about
        # the address is measured apart.
        band = ocr_band(ocr)
        return "name+domain" + tag + joined + ("" if band == "hi" else f"/{band}")
    if by_name:
        return f"name{tag}/{ocr_band(ocr)}"
    if normalize.is_role_local(local):  # "info@", "vertrieb@": a word from a known list
        return f"role{tag}" + ("+domain" if by_domain else f"/{ocr_band(ocr)}")
    if name and cut_short(local.lower(), spelt_fold(name).split()):
        return f"cut-name{tag}/{ocr_band(ocr)}"  # "as.roth" for Tobias Roth: its start not read
    if strength == 1:
        # A word of the name and something else ("jsmith.sales"): a cut or a slip.
        return f"part-name{tag}/{ocr_band(ocr)}"
    if by_domain:
        return f"domain{tag}/{ocr_band(ocr)}"
    return f"ocr{tag}/{ocr_band(ocr)}"


def two_full_words(local: str, words: list[str]) -> bool:
    """The local part is two whole words of the name, neither a particle, joined."""
    whole = [w for w in words if len(w) >= 3 and w not in NAME_PARTICLES]
    plain = umlaut_plain(local)
    return any(
        plain in (umlaut_plain(a + b), umlaut_plain(b + a))
        for i, a in enumerate(whole)
        for b in whole[i + 1 :]
    )


# A title that ends in a comma or a short connective ("Specjalista ds,", "Head of") was cut:
# the rest of it is on a line not read.
CUT_TITLE_RE = re.compile(r"(?:,|\s(?:[a-zäöü]{1,3}\.?|&))$")


def title_level(text: str, line: Line, strong: bool, leftover: bool) -> str:
    if CUT_TITLE_RE.search(text.strip()):
        return f"cut/{ocr_band(words_conf(line, text))}"
    kind = "leftover" if leftover else ("strong" if strong else "weak")
    if DIGIT_IN_WORD_RE.search(text):
        return f"{kind}/lo"  # "Kierownik Działu Zakup6w": a letter read as a digit
    return f"{kind}/{ocr_band(words_conf(line, text))}"


# Between lower-case letters only: "B2B Sales Manager" is printed so.
DIGIT_IN_WORD_RE = re.compile(r"[a-zß-ÿ]\d[a-zß-ÿ]")


def url_level(url: str, ocr: float, email_domain: str | None, repaired: bool) -> str:
    if repaired:
        return "repaired"
    agrees = email_domain is not None and domain_of(url) == email_domain
    return f"{'email' if agrees else 'ocr'}/{ocr_band(ocr)}"
