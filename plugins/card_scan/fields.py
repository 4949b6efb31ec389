"""From OCR lines to contact fields, each with a confidence.

Order matters: the unambiguous fields (email, website, phones, address) are taken first by
pattern, then the remaining lines are scored as name, title and company by layout (size and
position), a title lexicon, legal forms, and cross-checks against the email and the website.
Cross-checks also repair typical OCR slips (0/O, 1/l) when the repaired value agrees with
another field.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from contactkit import normalize
from contactkit.model import Contact, OrgRef, PersonName, Url

from .calibration import probability
from .card_fields_reading import read_card
from .clues import (
    Found,
    domain_of,
    legal_region,
    word_conf,
)
from .company_checks import foreign_word_level, unread_check_level
from .company_confidence import company_level
from .company_scraps import form_scraps
from .confidence import (
    email_level,
    name_level,
    ocr_band,
    title_level,
    url_level,
    words_conf,
)
from .domains import other_words
from .email_at import EMAIL_TAGS
from .email_mend import mend_lone
from .email_rebuild import rebuilt_address
from .email_traces import address_scraps, no_email_but_website
from .leftovers import (
    EMAIL_ATTEMPT_RE,
    WEB_LIKE_RE,
    area_code_left,
    code_alone,
    digits_left,
    number_like,
    remnants,
    texture,
)
from .line_fragments import label_glued, site_split
from .name_rows import row_level
from .name_slips import card_countries, printed_local
from .ocr import Line
from .people import (
    near_local,
)
from .phones import labelled_left
from .region_votes import regions_from_clues
from .row_rest import row_rest
from .title_checks import row_parted, spells_domain
from .titles import title_score
from .web import (
    cut_suffix,
    known_suffix,
)


@dataclass
class ParsedCard:
    contact: Contact
    confidence: dict[str, float]
    text: list[str] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)  # field → level (see calibration.py)


def parse_card(
    lines: list[Line], *, default_region: str, forced_region: str | None = None
) -> ParsedCard:
    """Turn one card's OCR lines into a contact with a confidence per field."""
    card = read_card(lines, default_region=default_region, forced_region=forced_region)
    lines, texts, used, candidates = card.lines, card.texts, card.used, card.candidates or []
    emails, lone, urls, phones = card.emails, card.lone, card.urls, card.phones
    address, address_level, region, clue_region = (
        card.address,
        card.address_level,
        card.region,
        card.clue_region,
    )
    email_domain, domain, read_domain, slipped = (
        card.email_domain,
        card.domain,
        card.read_domain,
        card.slipped,
    )
    title, department, company, name, local = (
        card.title,
        card.department,
        card.company,
        card.name,
        card.local,
    )

    evidence: dict[str, str] = {}  # field → what backs it (a level of calibration.CALIBRATED)
    contact = Contact()
    picked = {f.line for f in (name, title, company) if f} | {department} - {None}
    # What no field took, less what was read from no print (a rule or specks: ``texture``).
    leftover = [
        texts[i]
        for i in range(len(texts))
        if i not in used and i not in picked and not texture(lines[i])
    ]
    if name:
        contact.name = PersonName(full=name.value)
        if emails and emails[0].conf < SCRAPS_BELOW:
            # "cas@wor.at" (0.00) and RapidOCR's lone "maximilian.fuchs@wolf.at" on its row
            # (b15 photo 52): an address Tesseract read as scraps checks the name by the letters
            # the second engine read, which may slip but are no scraps.
            local = printed_local(lone) or local
        tallest = max(lines[i].height for i in [*candidates, name.line])
        near = bool(local) and near_local(local, texts[name.line])  # type: ignore[arg-type]
        largest = lines[name.line].height >= tallest * 0.99
        checks = local or printed_local(leftover)  # an address not read whole still checks
        countries = card_countries(region, (p.e164 for p, _ in phones))
        evidence["name"] = name_level(
            name.value, lines[name.line], checks, near, largest, countries
        )
        evidence["name"] = row_level(
            evidence["name"], name, lines, texts, candidates, largest=largest, taken=used | picked
        )
    else:
        evidence["name"] = "missing"  # a card without a name always needs a look
    url_domain = domain_of(urls[0].value) if urls and not urls[0].repaired else None
    valid_emails = []
    misread = False  # an address printed but not valid as read ("a.b@@x", "a@x..de")
    card_regions = {r for r, _ in regions_from_clues(texts, [], [], legal_region(texts))}
    # A company put back from the domain (domain_repair) checks no email or site.
    checking = company.value if company and not company.repaired else None
    for email in emails:
        try:
            value = normalize.normalize_email(email.value)
        except normalize.NormalizationError:
            misread = True
            continue
        ocr = min((w.conf for w in lines[email.line].words if "@" in w.text), default=email.conf)
        seen_twice = any(w.seen_twice for w in lines[email.line].words if "@" in w.text)
        known = known_suffix(value) and not cut_suffix(value, clue_region)
        level = email_level(
            value,
            ocr,
            name.value if name else None,
            checking,
            url_domain,
            email.repaired,
            known,
            card_regions,
            seen_twice,
        )
        tags = {EMAIL_TAGS[w.source] for w in lines[email.line].words if w.source in EMAIL_TAGS}
        if tags:  # its @ read as a letter and put back, its start maybe hidden (email_at)
            level = "/".join([level, *sorted(tags)])
        if slipped and email.repaired:
            level = f"{level}/initials-slip"  # its domain put back from the company: unmeasured
        if email.ending:
            level = f"{level}/ending-guessed"  # "@henryfils.f" made .fr: unmeasured
        if email.guessed:
            level = f"{level}/spaced"  # its separator read as a space: "." guessed
        elif email.prefix:  # a word before it that is no part of it, or its unread start
            level = f"{level}/prefixed"
        valid_emails.append((value, level))
    rebuilt = None
    mended, unmended = mend_lone(
        lone, name and name.value, [domain_of(u.value) for u in urls], company and company.value
    )
    if valid_emails:
        mended = []  # another address read: it stands
    else:  # from the name and the card (email_mend), where no other was read
        valid_emails = [(m, "mended") for m in mended]
        misread |= unmended
    if not valid_emails and not misread and name and urls and not urls[0].repaired:
        rebuilt = rebuilt_address(texts, name.value, domain_of(urls[0].value) or "")
    if rebuilt:  # its letters from the name: unmeasured, a person looks (email_rebuild)
        valid_emails.append((rebuilt, "rebuilt"))
    contact.emails = [e for e, _ in valid_emails]
    if valid_emails:
        evidence["emails"] = min(
            (lv for _, lv in valid_emails), key=lambda lv: probability("emails", lv)
        )
    elif no_email_but_website(urls, texts, checking):
        # Cards that give the firm's website instead of an address exist: measured apart,
        # with the website's OCR band (a card read badly may have lost its email line).
        # A word before it read as noise may be an address's start ("apenas rrmann.de" for
        # boehm@herrmann.de, the @ lost): the line's least sure word counts.
        line = lines[urls[0].line]
        band = ocr_band(min(word_conf(line, urls[0].value[:6]), line.conf))
        evidence["emails"] = f"missing+web/{band}"
        if address_scraps(texts, urls[0].line, domain_of(urls[0].value)):
            evidence["emails"] = "unread"  # "tobias_b" | "itzsoehne.at": an address in scraps
    else:
        evidence["emails"] = "missing"  # nearly every card has one: a person looks for it
    if not (rebuilt or mended) and (misread or any(EMAIL_ATTEMPT_RE.search(t) for t in leftover)):
        # An address printed and not read, or read as no valid address: a person looks, so
        # it is never silently lost beside another that was read.
        evidence["emails"] = "unread"
    if phones:
        contact.phones = [p for p, _ in phones]
        evidence["phones"] = min((lv for _, lv in phones), key=lambda lv: probability("phones", lv))
    else:
        evidence["phones"] = "missing"  # nearly every card has one: a person looks for it
    if (
        any(number_like(t) or code_alone(t) for t in leftover)
        or digits_left(texts, used, contact.phones)
        or labelled_left(texts, used, contact.phones)
        or area_code_left(texts, used, contact.phones)
    ):
        evidence["phones"] = "unread"  # digits left over that no number was read from
    if title:
        contact.title = title.value
        strong = title_score(title.value) == 2
        evidence["title"] = title_level(title.value, lines[title.line], strong, title.conf <= 0.6)
        if spells_domain(title.value, domain):
            evidence["title"] = "domain-spelt"  # "VP Capital" beside vpcapital.com: the company
        elif row_parted(lines, title.line, used):
            evidence["title"] = "row-parted"  # "Kierownik" | "kLogistyki": one piece of its row
    else:
        evidence["title"] = "missing"  # not read: marked, not guessed
    if department is not None:
        contact.department = texts[department]
    private = bool(domain) and normalize.is_freemail(domain)
    if private:
        domain = read_domain = None  # gmail.com names no employer
    if company:
        evidence["organization"] = company_level(company.value, lines[company.line], read_domain)
    elif domain:
        evidence["organization"] = "domain-only"  # the company's name is for a person to type
    elif not private:
        evidence["organization"] = "missing"  # nearly every work card names its company
    if company or domain:
        contact.organization = OrgRef(name=company.value if company else None, domain=domain)
    if address:
        contact.addresses = [address]
        evidence["addresses"] = address_level
    if urls:
        contact.urls = [Url(url=u.value) for u in urls]
        # The card's countries from all but the website: what checks the website's ending.
        others = {r for r, _ in regions_from_clues(texts, emails, [], legal_region(texts))}
        org = checking

        def site_level(u: Found) -> str:
            if not known_suffix(u.value) or cut_suffix(u.value, clue_region):
                # "www.henryfils.f": its ending cut, whatever agrees with it (the address
                # beside it lost its "r" to the same slant, b76 photo 85)
                return "cut"
            if site_split(u.value, texts[u.line]):
                return "cut"  # "www.v vantage.es", its start parted
            conf = word_conf(lines[u.line], u.value[:6])
            return url_level(u.value, conf, email_domain, u.repaired, org, others)

        evidence["urls"] = min(map(site_level, urls), key=lambda lv: probability("urls", lv))
    else:
        # Not read: marked like a title, so the field is left out with confidence 0 instead of
        # silently empty (a website OCR dropped whole leaves no ink to tell).
        evidence["urls"] = "missing"
    beside = [] if urls else remnants(texts, used)  # a website read there is no remnant
    if any(WEB_LIKE_RE.search(t) for t in [*leftover, *beside]):
        evidence["urls"] = "unread"  # a website printed and not read: left out, not guessed
    if company:  # an address or a site printed and not read could have checked it
        unread = "unread" in (evidence["emails"], evidence["urls"])
        level = unread_check_level(
            evidence["organization"], company.value, texts, company.line, unread
        )
        unsure = words_conf(lines[company.line], other_words(company.value, read_domain))
        evidence["organization"] = foreign_word_level(level, company.value, read_domain, unsure)
        if form_scraps(company.value, lines, company.line, used | picked):
            evidence["organization"] = "form-scraps"  # "SISTEMAS ORBIS" | "C" | "S": S.A. lost
        if company.repaired:  # put back from the domain (domain_repair): a person looks
            evidence["organization"] = "near-domain+repaired"
        elif label_glued(company.value, lines[company.line]):  # "Holdings PLGirect:"
            evidence["organization"] += "+label"
    for key, found in (("name", name), ("title", title), ("organization", company)):
        if found and row_rest(lines, found.line, found.value, used | picked):
            evidence[key] += "+row-rest"  # "Juan Carlos Garcia" | "Blanco": read in part?
    confidence = {key: probability(key, level) for key, level in evidence.items()}
    # Re-validate so the model's own normalizers (e.g. organization from the email) run.
    contact = Contact.model_validate(contact.model_dump())
    return ParsedCard(contact, {k: round(v, 3) for k, v in confidence.items()}, texts, evidence)


# Tesseract's confidence under which an address's start was read as scraps ("cas@wor", 0.00),
# not letters: 0.63 and 0.74 were slips of one letter ("muelier", "keller" cut at a space).
SCRAPS_BELOW = 0.5
