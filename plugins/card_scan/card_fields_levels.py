"""The evidence level of each field read from a card (a level of calibration.CALIBRATED).

The fields are read first (card_fields_reading); each function here weighs one field by
what else the card holds: the name by the email, the company by the domain, and any field by
what was printed beside it and not read. The email, weighed by the name and the company, has
its own module (card_fields_emails).
"""

from __future__ import annotations

import re

from contactkit import normalize
from contactkit.model import Phone

from .accent_slips import caron_read_acute
from .calibration import ABSENT, marked, probability
from .card_fields_reading import CardReading
from .clues import EMAIL_RE, Found, legal_region
from .company_checks import foreign_word_level, near_word_level, unread_check_level
from .company_confidence import company_level
from .company_scraps import form_beside_lost, form_dropped, form_scraps, kg_below
from .confidence import name_level, url_level
from .degrees import honorific
from .domain_repair import rn_spelt_m
from .domains import domain_in, domain_label, other_words
from .endings import cut_suffix, known_suffix
from .leftovers import (
    WEB_LIKE_RE,
    area_code_left,
    code_alone,
    digits_left,
    glued_number,
    labelled_left,
    number_like,
    remnants,
    tail_before_label,
    tail_left,
)
from .line_fragments import label_glued, site_split
from .local_parts import spelt_fold, spelt_letters, spelt_words
from .lost_phone_rows import debris_beside, digits_after, label_alone
from .name_checks import II_FOR_U_RE
from .name_email_slips import firm_word_after
from .name_gaps import letter_read_apart
from .name_rows import row_level
from .name_slips import card_countries, printed_local
from .name_start_lost import start_lost_level
from .number_ends import bracket_for_last_digit, number_at_edge
from .people import largest_print, near_local
from .phone_marks import letter_label_twice
from .phone_recheck import national_digits, number_lines
from .phone_row_edges import phone_row_short
from .phone_slips import bracket_kept
from .phone_specks import speck_digit_end
from .region_votes import regions_from_clues
from .text_lines import Line
from .title_card_checks import company_monogram, row_parted, spells_domain
from .title_levels import title_level
from .title_rows import field_row_beside, role_row_below
from .titles import title_score
from .word_confidence import fragment_conf, words_conf

# Capitals glued before a capitalised word opening the company: a monogram logo read into its
# first word ("MICMartini Consulenza S.p.A." beside mcgroup.it, fresh photo 617/5, accepted
# at domain+legal+other/hi), whatever its letters spell: ``logo_split._monogram_glued`` finds
# it "odd" only where they are the next words' initials (its "I" a stroke of the logo here).
# No name is printed so; "McDonald", "MacLeod" open small.
LOGO_GLUED_RE = re.compile(r"[A-Z]{2,}[A-Z][a-z]{2,}\b")
# Tesseract's confidence under which an address's start was read as scraps ("cas@wor", 0.00),
# not letters: 0.63 and 0.74 were slips of one letter ("muelier", "keller" cut at a space).
SCRAPS_BELOW = 0.5


def checking_company(card: CardReading) -> str | None:
    """The company that checks an email or a site: none put back from the domain."""
    company = card.company
    return company.value if company and not company.repaired else None


def name_evidence(card: CardReading, leftover: list[str], picked: set[int]) -> str:
    """The name's level: checked by the email's local part, its size and its row."""
    name, lines, local = card.name, card.lines, card.local
    if not name:
        return "missing"  # a card without a name always needs a look
    if card.emails and card.emails[0].conf < SCRAPS_BELOW:
        # "cas@wor.at" (0.00) and RapidOCR's lone "maximilian.fuchs@wolf.at" on its row
        # (b15 photo 52): an address Tesseract read as scraps checks the name by the letters
        # the second engine read, which may slip but are no scraps.
        local = printed_local(card.lone) or local
    tallest = max(lines[i].height for i in [*card.candidates, name.line])
    near = near_local(local, card.texts[name.line]) if local else False
    largest = largest_print(lines[name.line], tallest)
    checks = local or printed_local(leftover)  # an address not read whole still checks
    countries = card_countries(card.region, (p.e164 for p, _ in card.phones))
    others = "".join(t for i, t in enumerate(card.texts) if i != name.line)
    card_letters = spelt_letters(others)
    level = name_level(name.value, lines[name.line], checks, near, largest, countries, card_letters)
    level = row_level(
        level, name, lines, card.texts, card.candidates, largest=largest, taken=card.used | picked
    )
    if two_for_one(name.value, lines[name.line].text, local):
        level = f"{level}+two-for-one"  # "Marin" made "Mańn" by "mann.remedios@": unmeasured
    if card.emails and level.startswith("email") and _spelt_by_mended(card, name):
        level = f"{level}+mended-email"
    elif level.startswith("email") and family_read_short(name.value, address_row_words(card, name)):
        level = f"{level}+cut"  # "Justyna Zalews" beside "zalewska justyna@": unmeasured
    if letter_read_apart(lines, name.line):
        level = f"{level}+letter-apart"  # "Ma OONO" with its "i" read apart: unmeasured
    level = start_lost_level(level, name.value, card.texts)  # "AS BRAUN": unmeasured
    if caron_read_acute(name.value, card.named_regions() | {card.region}):
        level = f"{level}+caron"  # "Martin Sedlaéek" on a Czech card: unmeasured
    printed = card.texts[name.line].split()
    if (
        card.company
        and printed
        and len(name.value.split()) >= 3
        and normalize.fold(name.value.split()[0]) == normalize.fold(printed[0])
        and not honorific(printed[0])
        and company_monogram(printed[0], card.company.value)
    ):
        # "CM CATHERINE JOHNSON" beside Cartwright & MacLeod Ltd: the firm's monogram logo
        # read into the name's row (fresh photo 591/82, at email+other/hi): unmeasured
        level = f"{level}+monogram"
    address = card.emails[0].value if card.emails else printed_address(card.texts)
    firm = card.company.value if card.company else None
    if level.startswith("email") and address and firm_word_after(name.value, address, firm):
        level = f"{level}+firm-word"  # "JOOST WIJNANDS VERMEULEN" by j.wijnands@vermeulen.nl
    # A ü put back for a serif face's "ii" (name_checks.umlaut_put_back), a ł, ü or accent
    # for the letter read in its place (name_checks.misread_put_back): unmeasured, to review.
    if not name.repaired:
        return level
    return f"{level}+umlaut" if II_FOR_U_RE.search(lines[name.line].text) else f"{level}+letter"


def printed_address(texts: list[str]) -> str | None:
    """An address a row prints with a space in it ("sgalli @alimentari-bianchi.it", read in two
    words, the address mended after the name is weighed): the name's checks read it so."""
    found = next((m for t in texts if (m := EMAIL_RE.search("".join(t.split())))), None)
    return found.group(0) if found else None


def _spelt_by_mended(card: CardReading, name: Found) -> bool:
    """A word of the name its line does not print, put there from an address itself mended or
    read in spaced pieces: the two check nothing of each other ("Tobias Maier" made "Maierg"
    by tobias.maierg@, its @ read "G@" and mended: check seed 360 card 85, accepted at email;
    session 35)."""
    email = card.emails[0]
    if not (email.repaired or email.guessed):
        return False
    printed = set(spelt_fold(card.lines[name.line].text).split())
    return any(w not in printed for w in spelt_fold(name.value).split())


def two_for_one(name: str, read: str, local: str | None) -> bool:
    """A ń or ñ of the name put back for the two letters read ("ri", "fi": local_parts.
    SPELT_SLIPS) where the address spells n. Which slipped is a guess: the name's accent read
    as two letters ("Kamiriska"), or the address's "ri" read as one n, as a thin face's small
    print is ("mann.remedios@" beside "Remedios Marin", DejaVu Sans Light). Name and address
    then agree because one was made to: neither checks the other. A name word the address
    does not spell ("Mufioz" made Muñoz from the table of family names beside dominguez@,
    name_checks.enye_read) made it agree with nothing. A double name's halves apart: the
    address writes them joined ("Ana García-Muñoz" beside agarciamunoz@, "Kamińska-Nowak"
    beside akaminskanowak@ had lost their doubt; second review, session 33)."""
    put_back = {c for c in name.lower() if c in "ńñ"} - set(read.lower())
    spelt = normalize.fold(local or "")
    halves = re.split(r"[\s-]+", name.lower())
    agreed = any(c in w and normalize.fold(w) in spelt for w in halves for c in put_back)
    return agreed and re.search(r"(?i)ri|fi", read) is not None


def phone_evidence(card: CardReading, leftover: list[str], read: list[Phone]) -> str:
    """The phones' level: the least sure number's, or ``unread`` if digits were left over."""
    if card.phones:
        level = min((lv for _, lv in card.phones), key=lambda lv: probability("phones", lv))
    else:
        level = "missing"  # nearly every card has one: a person looks for it
    # an icon tells the kind, not the region: a number alone with nothing to check it by
    untold_region = level.startswith(("bare", "icon/")) and not level.startswith("bare+intl")
    if untold_region and read_alone(card):
        level = "bare-alone" + level[level.find("/") :]
    texts, used = card.texts, card.used
    picked = [texts[f.line] for f in (card.name, card.title, card.company) if f]
    if (
        any(number_like(t) or code_alone(t) for t in leftover)
        or any(glued_number(t, read) for t in [*leftover, *picked])
        or digits_left(texts, used, read)
        or tail_left(texts, used, read)
        or labelled_left(texts, used, read)
        or area_code_left(texts, used, read)
        or label_alone(card.lines, texts, used)
        or digits_after(card.lines, texts, used)
        or tail_before_label(texts, used, read)
    ):
        level = "unread"  # digits left over that no number was read from
    elif level not in ABSENT and debris_beside(card.lines, texts, used, read):
        level = marked(level, "debris")  # a second number's row lost to a scrap: unmeasured
    elif level not in ABSENT and phone_row_short(card.lines, texts, used, [p.text for p in read]):
        level = marked(level, "row-short")  # part of a number's row not read: unmeasured
    elif level not in ABSENT and speck_digit_end(card.lines, used, read):
        level = marked(level, "speck")  # "F 030 7834831199 3", its 3 at 0.34: unmeasured
    elif level not in ABSENT and bracket_kept(texts, used, read):
        level = marked(level, "bracket-kept")  # "+43 (01316 ...": two numbers, unmeasured
    elif level not in ABSENT and letter_label_twice(card.lines):
        level = marked(level, "label-twice")  # "P:" and "P;" (F misread): unmeasured
    elif level not in ABSENT and number_cut_twice(card.lines, read):
        level = marked(level, "cut-twice")  # "T.0039025044" under its whole line: unmeasured
    elif level not in ABSENT and number_at_edge(card.lines, read):
        level = marked(level, "edge")  # "Tel.00390117529" at the image's edge: unmeasured
    elif level not in ABSENT and bracket_for_last_digit(card.lines, read):
        level = marked(level, "bracket-end")  # "3132767133)": a 1 read as ")", unmeasured
    return level


def address_row_words(card: CardReading, name: Found) -> list[str]:
    """The plain word just before each address, as an email spells it: a local part read with
    a space in it ("zalewska justyna@helix.pl"), not a street or firm beside it on the row."""
    rows = [t for i, t in enumerate(card.texts) if i != name.line and "@" in t]
    found = (re.search(r"(?<!\S)([^\s@./:]+) [^\s@]+@", t) for t in rows)
    return [w for m in found if m for w in spelt_words(m.group(1))]


def family_read_short(name: str, words: list[str]) -> bool:
    """The family name is the start of a word the address's row prints with two letters or more
    after it: the name's end was not read, and the address mended to the name checks nothing
    ("Justyna Zalews" beside "zalewska justyna@helix.pl", mended to zalews.justyna@: fresh photo
    seed 649 card 13, accepted at email). The family name only: a given name is printed short
    ("Alex" beside alexander.smith@)."""
    family = spelt_words(name)[-1] if len(name.split()) >= 2 else ""
    return len(family) >= 4 and any(
        w.startswith(family) and len(w) - len(family) >= 2 for w in words
    )


def number_cut_twice(lines: list[Line], read: list[Phone]) -> bool:
    """A number read is another's first digits, read from a line of its own just above or below
    the other's, under the same label: the row's echo (a ghost or a second pass of a blurred
    photo) read short ("T.0039025044" at 1.00 under "T. 0039 02 5044 8965": fresh photo seed 590
    card 5, "+39025044" accepted as a third number at labelled+intl/hi). Not a main number
    beside its extension ("Tel +43 1 53114" | "Fax +43 1 53114 20": rev50)."""
    numbers = [p.e164 for p in read if p.e164]
    held = number_lines(lines, numbers)
    rows = {n: [i for i, digits in held if national_digits(n) in digits] for n in numbers}
    return any(
        a != b and _echo(lines[a], lines[b])
        for short in numbers
        for whole in numbers
        if short != whole and whole.startswith(short)
        for a in rows[short]
        for b in rows[whole]
    )


def _echo(one: Line, other: Line) -> bool:
    """Two lines, one just above the other, side by side in part, opening on the same label."""
    tall = max(one.bottom - one.top, other.bottom - other.top, 1)
    beside = min(one.right, other.right) > max(one.left, other.left)
    label = (re.match(r"\W*([^\W\d_]*)", line.text)[1].lower() for line in (one, other))
    return beside and abs(one.top - other.top) <= 1.5 * tall and len(set(label)) == 1


def read_alone(card: CardReading) -> bool:
    """Nothing but numbers read, and no clue to the card's country: a number without a country
    code is then read in the configured region by default, which nothing on the card checks
    ("+44 7818 758348" read "7818758348", a US number, on a photo a shadow took the rest of:
    seed 102 photo 125, accepted at bare/hi)."""
    fields = (card.name, card.company, card.title, card.emails, card.urls, card.address)
    return card.clue_region is None and not any(fields)


def title_evidence(card: CardReading, title: Found) -> str:
    """The title's level: by the lexicon and OCR, doubted if it spells the domain or is parted."""
    strong = title_score(title.value) == 2
    if spells_domain(title.value, card.domain):
        return "domain-spelt"  # "VP Capital" beside vpcapital.com: the company
    if company_monogram(title.value, card.company.value if card.company else None):
        return "domain-spelt"  # "VP" beside Vantage Packaging Limited: its monogram logo
    # The company's and the name's lines are no pieces of the title's row: a title joined over
    # two rows may stand beside the company's ("Business Development" | "Manager").
    taken = card.used | {f.line for f in (card.company, card.name) if f is not None}
    if row_parted(card.lines, title.line, taken):
        return "row-parted"  # "Kierownik" | "kLogistyki": one piece of its row
    if role_row_below(card.lines, card.texts, title.line, card.used, taken):
        return "role-below"  # "CONSULTANT" | "CARDIOLOGIST": unmeasured, to review
    if field_row_beside(card.lines, card.texts, title.line, taken):
        return "field-apart"  # "QUALITY ASSURANCE" | "MANAGER": unmeasured, to review
    return title_level(title.value, card.lines[title.line], strong, title.conf <= 0.6)


def url_evidence(card: CardReading, leftover: list[str]) -> str:
    """The websites' level: checked by the email's domain, the company and the card's countries.

    Last of the pattern fields: a site printed and not read may have checked the company.
    """
    urls, texts, lines = card.urls, card.texts, card.lines
    if urls:
        # The card's countries from all but the website: what checks the website's ending.
        others = {r for r, _ in regions_from_clues(texts, card.emails, [], legal_region(texts))}
        org = checking_company(card)
        # An address rewritten to the site's domain agrees with it by construction: no check
        # ("westa.es" made "wvesta.es" by "ww.wvesta.es", both wrong: pool s104 photo 28).
        email_domain = None if card.emails and card.emails[0].from_site else card.email_domain

        def site_level(u: Found) -> str:
            if not known_suffix(u.value) or cut_suffix(u.value, card.clue_region):
                # "www.henryfils.f": its ending cut, whatever agrees with it (the address
                # beside it lost its "r" to the same slant, b76 photo 85)
                return "cut"
            if site_split(u.value, texts[u.line]):
                return "cut"  # "www.v vantage.es", its start parted
            conf = fragment_conf(lines[u.line], u.value[:6])
            return url_level(u.value, conf, email_domain, u.repaired, org, others)

        level = min(map(site_level, urls), key=lambda lv: probability("urls", lv))
    else:
        # Not read: marked like a title, so the field is left out with confidence 0 instead of
        # silently empty (a website OCR dropped whole leaves no ink to tell).
        level = "missing"
    beside = [] if urls else remnants(texts, card.used)  # a website read there is no remnant
    if any(WEB_LIKE_RE.search(t) for t in [*leftover, *beside]):
        level = "unread"  # a website printed and not read: left out, not guessed
    return level


def company_evidence(
    card: CardReading, company: Found, level: str, unread: bool, picked: set[int]
) -> str:
    """The company's level after the email and site: what was not read could have checked it.

    ``level`` is its own (company_level); ``unread`` says an address or a site was printed
    and not read. The company's level is measured against the domain as read.
    """
    lines, texts, read_domain = card.lines, card.texts, card.read_domain
    level = unread_check_level(level, company.value, texts, company.line, unread)
    others = [t for i, t in enumerate(texts) if i != company.line]
    level = near_word_level(level, company.value, read_domain, others)
    unsure = words_conf(lines[company.line], other_words(company.value, read_domain))
    level = foreign_word_level(level, company.value, read_domain, unsure)
    if form_scraps(company.value, lines, company.line, card.used | picked):
        level = "form-scraps"  # "SISTEMAS ORBIS" | "C" | "S": S.A. lost
    if kg_below(company.value, lines, company.line, card.used | picked):
        level = "form-scraps"  # "Schneider & Lange GmbH" over "KG": "& Co." lost
    if company.repaired:  # put back from the domain (domain_repair): a person looks
        return "near-domain+repaired"
    if label_glued(company.value, lines[company.line]):  # "Holdings PLGirect:"
        return level + "+label"
    if LOGO_GLUED_RE.match(company.value) and not level.startswith("odd"):
        return level + "+logo-glued"  # "MICMartini Consulenza": a monogram glued on
    if _monogram_opening(company.value, card.read_domain):
        return level + "+monogram"
    if form_dropped(company.value, lines[company.line]):  # "Kestrel Holdings Bbf": plc lost
        return level + "+form-dropped"
    if form_beside_lost(company.value, lines, company.line):
        return level + "+form-beside"
    return level


def _monogram_opening(company: str, domain: str | None) -> bool:
    """The company opens on a word of two or three letters that is its next words' initials:
    the firm's monogram logo read into its line ("Is Inoue Shoji K.K." beside inoue.co.jp, the
    logo's IS read at 0.69: fresh photo seed 621 card 73, accepted at domain+legal). Not where
    the domain opens on it: the firm's own short name ("Go Green Options", "BMW": rev50)."""
    first, _, rest = company.partition(" ")
    if domain and domain_label(domain).startswith(first.lower()):
        return False
    return 2 <= len(first) <= 3 and first.isalpha() and company_monogram(first.upper(), rest)


def organization_level(card: CardReading, private: bool) -> str | None:
    """The company's own level before the cross-checks; none for a private address alone."""
    if card.company:
        return company_level(card.company.value, card.lines[card.company.line], card.read_domain)
    if card.domain:
        return "domain-only"  # the company's name is for a person to type
    if not private:
        return "missing"  # nearly every work card names its company
    return None


def company_slip(
    evidence: dict[str, str], company: str | None, domain: str | None, put_back: bool = False
) -> None:
    """The address's and the site's levels where the company read is nearly their domain and
    does not spell it ("Santis AG" beside saenfis.ch, a t read f in the address and the site
    alike, seed 87 photo 30; "Vantage Groep" beside wantage.nl for vvantage.nl): a slip in one
    of them, and where it is the domain's, address and site, read in one font, share it."""
    near = evidence.get("organization") == "near-domain" and not domain_in(company, domain)
    # ``put_back``: the company's word one letter off the domain was written as the domain
    # spells it (domain_repair): the domain is as unchecked as before, its slip shared by
    # the address and the site as often (session 34). "Lume" beside lumen.fr (near-domain
    # too) is the name's end lost, not a slip.
    if not put_back and not near and not rn_spelt_m(company, domain):
        return
    level = evidence.get("emails", "")
    email = level.split("/")[0]
    # An address its name checks ("matti.heikkila@pem-logistikka.fi" beside "PEM Logistiikka
    # Oyj", seed 11 photo 5) leaves its domain as unchecked: the slip may be the domain's.
    # Not where the domain was written as the company spells it (``/company-mended``).
    by_name = email.split("+")[0] == "name" and "company-mended" not in level
    if ("domain" in email or by_name) and "repaired" not in email:  # put back: it checks
        evidence["emails"] = "company-slip"
    if evidence.get("urls", "").startswith("email/"):
        evidence["urls"] = "company-slip"
