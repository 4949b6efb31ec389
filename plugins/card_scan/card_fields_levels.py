"""The evidence level of each field read from a card (a level of calibration.CALIBRATED).

The fields are read first (card_fields_reading); each function here weighs one field by
what else the card holds: the name by the email, the email by the name and the company,
the company by the domain, and any field by what was printed beside it and not read.
"""

from __future__ import annotations

import re

from contactkit import normalize
from contactkit.model import Phone

from .calibration import ABSENT, REVIEW_BELOW, probability
from .card_fields_reading import CardReading
from .clues import Found, domain_of, legal_region, word_conf
from .company_checks import foreign_word_level, near_word_level, unread_check_level
from .company_confidence import company_level
from .company_scraps import form_scraps
from .confidence import email_level, name_level, ocr_band, title_level, url_level, words_conf
from .domain_repair import domain_from_company
from .domains import domain_in, other_words
from .email_at import EMAIL_TAGS
from .email_mend import mend_lone
from .email_rebuild import rebuilt_address
from .email_traces import address_scraps, ending_alone, no_email_but_website
from .leftovers import (
    EMAIL_ATTEMPT_RE,
    WEB_LIKE_RE,
    area_code_left,
    code_alone,
    debris_beside,
    digits_left,
    label_alone,
    number_like,
    remnants,
    tail_left,
)
from .line_fragments import label_glued, site_split
from .local_repair import mended_by_name
from .name_rows import row_level
from .name_slips import card_countries, printed_local
from .ocr import Word
from .people import largest_print, near_local
from .phones import labelled_left
from .region_votes import regions_from_clues
from .title_checks import row_parted, spells_domain
from .titles import title_score
from .web import cut_suffix, known_suffix, slipped_ending

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
    level = name_level(name.value, lines[name.line], checks, near, largest, countries)
    level = row_level(
        level, name, lines, card.texts, card.candidates, largest=largest, taken=card.used | picked
    )
    if two_for_one(name.value, lines[name.line].text):
        level = f"{level}+two-for-one"  # "Marin" made "Mańn" by "mann.remedios@": unmeasured
    # A ü put back for a serif face's "ii" (name_checks.umlaut_put_back): unmeasured, to review.
    return f"{level}+umlaut" if name.repaired else level


def two_for_one(name: str, read: str) -> bool:
    """A ń or ñ of the name put back for the two letters read ("ri", "fi": local_parts.
    SPELT_SLIPS) where the address spells n. Which slipped is a guess: the name's accent read
    as two letters ("Kamiriska"), or the address's "ri" read as one n, as a thin face's small
    print is ("mann.remedios@" beside "Remedios Marin", DejaVu Sans Light). Name and address
    then agree because one was made to: neither checks the other."""
    put_back = {c for c in name.lower() if c in "ńñ"} - set(read.lower())
    return bool(put_back) and re.search(r"(?i)ri|fi", read) is not None


def _email_level(
    card: CardReading, email: Found, value: str, url_domain: str | None, card_regions: set[str]
) -> str:
    """One valid address's level, marked by how it was put together (unmeasured marks)."""
    words = card.lines[email.line].words
    ocr = min((w.conf for w in words if "@" in w.text), default=email.conf)
    seen_twice = any(w.seen_twice for w in words if "@" in w.text)
    known = known_suffix(value) and not cut_suffix(value, card.clue_region)
    level = email_level(
        value,
        ocr,
        card.name.value if card.name else None,
        checking_company(card),
        url_domain,
        email.repaired,
        known,
        card_regions,
        seen_twice,
    )
    tags = {EMAIL_TAGS[w.source] for w in words if w.source in EMAIL_TAGS}
    if tags:  # its @ read as a letter and put back, its start maybe hidden (email_at)
        level = "/".join([level, *sorted(tags)])
    if card.name and two_for_one(card.name.value, card.lines[card.name.line].text):
        level = f"{level}/two-for-one"  # the name made to agree with it: unmeasured
    if card.slipped and email.repaired:
        level = f"{level}/initials-slip"  # its domain put back from the company: unmeasured
    if email.ending:
        level = f"{level}/ending-guessed"  # "@henryfils.f" made .fr: unmeasured
    if email.site_slip:
        level = f"{level}/site-slip"  # "avarez.es" made the site's alvarez.es: unmeasured
    if email.guessed:
        level = f"{level}/spaced"  # its separator read as a space: "." guessed
    elif email.prefix or ("/single" in level and start_hidden(words, value)):
        # A word before it that is no part of it, or its unread start.
        level = f"{level}/prefixed"
    return level


def start_hidden(words: list[Word], value: str) -> bool:
    """The address's word shows a start not read before its local part: a capital or a mark
    glued to it ("Lorenz@" for l.lorenz@, ";lehmann@" for j.lehmann@, DejaVu Sans Light). Only
    asked of a local part that is one word of the name (``/single``), a form printed as often
    as the one with an initial whose dot and letter were read as one glyph."""
    local = value.partition("@")[0].lower()
    for word in words:
        at = word.text.lower().find(f"{local}@")
        if at >= 0:
            mark = word.text[at - 1 : at]
            # A label's colon ("E-Mail:tim@") or an envelope sign read "@" is no start.
            return word.text[at].isupper() or (mark not in ":@" and not mark.isalnum())
    return False


def email_evidence(card: CardReading, leftover: list[str]) -> tuple[list[str], str]:
    """The addresses to keep and their level; else one mended or rebuilt from the name.

    Mended and rebuilt addresses come only where no other was read; an address printed and
    not read marks the field ``unread`` so that it is never silently lost.
    """
    valid_emails, misread = _valid_emails(card)
    made = False  # mended or rebuilt from the name: its own level, a person looks
    if not valid_emails:
        valid_emails, misread, made = _made_emails(card, misread, leftover)
    if valid_emails:
        level = min((lv for _, lv in valid_emails), key=lambda lv: probability("emails", lv))
        mended = _lone_over_doubted(card, [e for e, _ in valid_emails], level)
        if mended:
            valid_emails, level, made = [(mended, "mended")], "mended", True
        else:
            valid_emails, level = _written_from_card(card, valid_emails, level)
    else:
        level = _emailless_level(card)
    if not made and (misread or any(EMAIL_ATTEMPT_RE.search(t) for t in leftover)):
        # An address printed and not read, or read as no valid address: a person looks, so
        # it is never silently lost beside another that was read.
        level = "unread"
    return [e for e, _ in valid_emails], level


def _lone_over_doubted(card: CardReading, read: list[str], level: str) -> str | None:
    """The row's lone reading mended (email_mend), where Tesseract's one address is doubted
    (under the review bar) and the mended one differs: "jan schneider @" read as
    ``schneider@`` beside the wide crop's ``jan.schneider @lumenogistikde`` (pool s79 photo
    140). On the tuning photos the mended address was right on 8 of the 9 cards where the two
    differed, and the ninth's reading was wrong too (session 22)."""
    if len(read) != 1 or not card.lone or probability("emails", level) >= REVIEW_BELOW:
        return None
    name, company = card.name, card.company
    sites = [domain_of(u.value) for u in card.urls]
    mended, _ = mend_lone(card.lone, name and name.value, sites, company and company.value)
    regions = card.named_regions() | {card.region}
    if len(mended) != 1 or mended[0] == read[0] or slipped_ending(mended[0], regions):
        return None  # "lqgroup.il" beside "@iqgroup.it" (+39 phones): the lone ending slipped
    return mended[0]


def _written_from_card(
    card: CardReading, valid: list[tuple[str, str]], level: str
) -> tuple[list[tuple[str, str]], str]:
    """A lone doubted address's local part written from the name (local_repair.mended_by_name)
    and its domain as the company spells it (domain_repair.domain_from_company; not where the
    company is doubted for the domain, ``company-slip``: "Sokét" beside sokol.pl), its level
    marked by each (unmeasured: to review)."""
    if len(valid) != 1 or probability("emails", level) >= REVIEW_BELOW:
        return valid, level
    email = valid[0][0]
    mended = mended_by_name(email, card.name.value) if card.name else None
    if mended:
        email, level = mended[0], f"{level}/{mended[1]}"
    company = checking_company(card)
    if company and not level.startswith("company-slip"):
        local, _, domain = email.partition("@")
        written = domain_from_company(company, domain)
        if written:
            email, level = f"{local}@{written}", f"{level}/company-mended"
    return [(email, level)], level


def _valid_emails(card: CardReading) -> tuple[list[tuple[str, str]], bool]:
    """Each address read that is valid, with its level; and whether one was printed but is
    not valid as read ("a.b@@x", "a@x..de")."""
    urls = card.urls
    url_domain = domain_of(urls[0].value) if urls and not urls[0].repaired else None
    valid_emails = []
    misread = False
    card_regions = card.named_regions()
    for email in card.emails:
        try:
            value = normalize.normalize_email(email.value)
        except normalize.NormalizationError:
            misread = True
            continue
        valid_emails.append((value, _email_level(card, email, value, url_domain, card_regions)))
    return valid_emails, misread


def _made_emails(
    card: CardReading, misread: bool, leftover: list[str]
) -> tuple[list[tuple[str, str]], bool, bool]:
    """Where no address was read: the lone readings, and the rows left over that hold an
    ``@``, mended from the name and the card (email_mend), else one rebuilt from the name
    and the site (email_rebuild, unmeasured); whether one was printed and not read; whether
    one was made."""
    name, urls, company = card.name, card.urls, card.company
    # Tesseract's own address row, left over as no valid address ("uwe koch@meierch"), is
    # mended as a lone reading is: the name and the card check its letters (session 22).
    attempts = [t for t in leftover if EMAIL_ATTEMPT_RE.search(t)]
    mended, unmended = mend_lone(
        card.lone + attempts,
        name and name.value,
        [domain_of(u.value) for u in urls],
        company and company.value,
    )
    misread |= unmended
    if mended:
        return [(m, "mended") for m in mended], misread, True
    if not misread and name and urls and not urls[0].repaired:
        rebuilt = rebuilt_address(card.texts, name.value, domain_of(urls[0].value) or "")
        if rebuilt:
            return [(rebuilt, "rebuilt")], misread, True
    return [], misread, False


def _emailless_level(card: CardReading) -> str:
    """The level of a card where no address was read or made."""
    urls, texts = card.urls, card.texts
    if not no_email_but_website(urls, texts, checking_company(card)):
        return "missing"  # nearly every card has one: a person looks for it
    # Cards that give the firm's website instead of an address exist: measured apart,
    # with the website's OCR band (a card read badly may have lost its email line).
    # A word before it read as noise may be an address's start ("apenas rrmann.de" for
    # boehm@herrmann.de, the @ lost): the line's least sure word counts.
    line = card.lines[urls[0].line]
    band = ocr_band(min(word_conf(line, urls[0].value[:6]), line.conf))
    site = domain_of(urls[0].value)
    if address_scraps(texts, urls[0].line, site) or ending_alone(texts, urls[0].line, site):
        return "unread"  # "tobias_b" | "itzsoehne.at", or "es" alone: an address in scraps
    if slipped_ending(urls[0].value, card.named_regions()):
        # "www.meridian-ingenierie.tr" on a French card (Noto Serif, s81 photo 4): the site
        # itself misread, its address row lost whole; missing+web was measured on sites
        # read right (2 of 3 such cards on s81 had no address printed, this one had).
        return f"missing+web/{band}/foreign-ending"
    return f"missing+web/{band}"


def phone_evidence(card: CardReading, leftover: list[str], read: list[Phone]) -> str:
    """The phones' level: the least sure number's, or ``unread`` if digits were left over."""
    if card.phones:
        level = min((lv for _, lv in card.phones), key=lambda lv: probability("phones", lv))
    else:
        level = "missing"  # nearly every card has one: a person looks for it
    if level.startswith("bare") and not level.startswith("bare+intl") and read_alone(card):
        level = "bare-alone" + level[level.find("/") :]
    texts, used = card.texts, card.used
    if (
        any(number_like(t) or code_alone(t) for t in leftover)
        or digits_left(texts, used, read)
        or tail_left(texts, used, read)
        or labelled_left(texts, used, read)
        or area_code_left(texts, used, read)
        or label_alone(card.lines, texts, used)
    ):
        level = "unread"  # digits left over that no number was read from
    elif level not in ABSENT and debris_beside(card.lines, texts, used, read):
        stem, _, band = level.partition("/")
        level = f"{stem}+debris/{band}"  # a second number's row lost to a scrap: unmeasured
    return level


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
    if row_parted(card.lines, title.line, card.used):
        return "row-parted"  # "Kierownik" | "kLogistyki": one piece of its row
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
            conf = word_conf(lines[u.line], u.value[:6])
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
    if company.repaired:  # put back from the domain (domain_repair): a person looks
        return "near-domain+repaired"
    if label_glued(company.value, lines[company.line]):  # "Holdings PLGirect:"
        return level + "+label"
    return level


def organization_level(card: CardReading, private: bool) -> str | None:
    """The company's own level before the cross-checks; none for a private address alone."""
    if card.company:
        return company_level(card.company.value, card.lines[card.company.line], card.read_domain)
    if card.domain:
        return "domain-only"  # the company's name is for a person to type
    if not private:
        return "missing"  # nearly every work card names its company
    return None


def company_slip(evidence: dict[str, str], company: str | None, domain: str | None) -> None:
    """The address's and the site's levels where the company read is nearly their domain and
    does not spell it ("Santis AG" beside saenfis.ch, a t read f in the address and the site
    alike, seed 87 photo 30; "Vantage Groep" beside wantage.nl for vvantage.nl): a slip in one
    of them, and where it is the domain's, address and site, read in one font, share it."""
    if evidence.get("organization") != "near-domain" or domain_in(company, domain):
        return  # "Lume" beside lumen.fr (near-domain too): the name's end lost, not a slip
    email = evidence.get("emails", "").split("/")[0]
    if "domain" in email and "repaired" not in email:  # put back from the company: it checks
        evidence["emails"] = "company-slip"
    if evidence.get("urls", "").startswith("email/"):
        evidence["urls"] = "company-slip"
