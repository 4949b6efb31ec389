"""From OCR lines to contact fields, each with a confidence.

Order matters: the unambiguous fields (email, website, phones, address) are taken first by
pattern, then the remaining lines are scored as name, title and company by layout (size and
position), a title lexicon, legal forms, and cross-checks against the email and the website.
Cross-checks also repair typical OCR slips (0/O, 1/l) when the repaired value agrees with
another field.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from contactkit import normalize
from contactkit.model import Contact, OrgRef, PersonName, Url

from .address import find_address
from .calibration import probability
from .clues import (
    Found,
    domain_of,
    legal_region,
    word_conf,
)
from .companies import owners_name, pick_company
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
from .domains import initials_slip, other_words
from .email_at import EMAIL_TAGS
from .email_mend import lone_apart, mend_lone
from .email_rebuild import rebuilt_address
from .email_split_rows import joined_across_cut
from .email_traces import address_scraps, no_email_but_website
from .glued_company import part_company_from_numbers
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
from .line_cleaning import clean_line
from .line_fragments import label_glued, site_split
from .local_parts import (
    local_part,
    restore_letters,
)
from .local_repair import repair_local_part
from .name_rows import mend_name_rows, row_level
from .name_slips import card_countries, printed_local
from .ocr import Line
from .people import (
    join_stacked,
    leftover_title,
    near_local,
    pick_department,
    pick_name,
)
from .phone_slips import hinted_regions
from .phones import find_phones, labelled_left
from .region_votes import regions_from_clues
from .row_rest import row_rest
from .title_checks import row_parted, spells_domain
from .title_rows import join_title_pieces
from .titles import pick_title, title_score
from .web import (
    cross_check_domains,
    cut_suffix,
    ending_put_back,
    find_emails,
    find_urls,
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
    lines = part_company_from_numbers(lines)
    texts = [clean_line(line.text) for line in lines]
    used: set[int] = set()

    emails = find_emails(lines, texts, used)
    emails, lone = lone_apart(emails, lines, used)  # a row read once, its letters slipped
    urls = find_urls(lines, texts, used, emails)
    if forced_region:
        regions = [forced_region]
        clue_region: str | None = forced_region
    else:
        votes = regions_from_clues(texts, emails, urls, legal_region(texts))
        regions = list(dict.fromkeys([*(r for r, _ in votes), default_region]))
        clue_region = votes[0][0] if votes else None
    region = regions[0]
    # The labels' language last: a number valid only there is read, and doubted.
    phones = find_phones(
        lines, texts, used, regions, [] if forced_region else hinted_regions(texts)
    )
    address, address_level = find_address(lines, texts, used, region)

    email_domain = domain_of(emails[0].value) if emails else None
    url_domain = domain_of(urls[0].value) if urls else None
    emails, urls = cross_check_domains(emails, urls, email_domain, url_domain, texts)
    emails = [ending_put_back(e, clue_region) for e in emails]  # "@henryfils.f": to review
    urls = [ending_put_back(u, clue_region) for u in urls]
    email_domain = domain_of(emails[0].value) if emails else None
    url_domain = domain_of(urls[0].value) if urls else None
    domain = email_domain or url_domain

    # A misread address ("ann.lee@acme com") is no name, title or company: it stays over.
    candidates = [
        i
        for i in range(len(lines))
        if i not in used and _is_words(texts[i]) and not EMAIL_ATTEMPT_RE.search(texts[i])
    ]
    # A name row read with debris, or parted by a tilt or a gap, and a title's row parted with
    # a letter read twice (``Kierownik`` | ``kLogistyki``): mended before a title is taken.
    unjoined = set(candidates)
    lines, texts, candidates = join_title_pieces(lines, texts, candidates)
    lines, texts, candidates = mend_name_rows(lines, texts, candidates, domain)
    used |= unjoined - set(candidates)  # a piece joined on lives on in its row's line
    title = pick_title(lines, texts, candidates)
    if title:
        candidates.remove(title.line)
    if title is None:
        title = leftover_title(lines, texts, candidates, local_part(emails))
        if title:
            candidates.remove(title.line)
    department = pick_department(texts, candidates, domain)
    if department is not None:
        candidates.remove(department)
    company = pick_company(lines, texts, candidates, domain)
    local = emails[0].value.partition("@")[0] if emails else None
    if company and owners_name(company.value, domain, local):
        company = None  # a freelancer's own name: the name's line, the company unnamed
    if company:
        candidates.remove(company.line)
    # "Matgorzata" beside "malgorzata.nowak@": the printed ł put back; by an address printed and
    # not read whole too ("ziolkowski.jakub@technologiequantum", its ending cut).
    spelling = local or printed_local([t for i, t in enumerate(texts) if i not in used])
    if spelling:
        texts = [
            restore_letters(t, spelling) if i in candidates else t for i, t in enumerate(texts)
        ]
    lines, texts, candidates = join_stacked(lines, texts, candidates, local)
    name = pick_name(lines, texts, candidates, local, region)
    if company is None and domain:
        # No line looked like a company: one left over that matches the domain still may.
        company = pick_company(
            lines, texts, [c for c in candidates if not name or c != name.line], domain, loose=True
        )
    # The company's level is measured against the domain as read: a domain put back from the
    # company's initials (below) would check the company by itself.
    read_domain = domain
    slipped = initials_slip(company.value, domain) if company and not company.repaired else None
    if slipped and domain:  # "vigroup.co.uk" beside Vantage Logistics Ltd: vlgroup, l read i
        emails = [replace(e, value=e.value.replace(domain, slipped), repaired=True) for e in emails]
        urls = [replace(u, value=u.value.replace(domain, slipped), repaired=True) for u in urls]
        domain = slipped
    if emails and name:
        emails = [joined_across_cut(e, lines, texts, name.value) for e in emails]
        emails = [repair_local_part(e, name.value) for e in emails]
        if not (emails[0].repaired and emails[0].prefix):  # a start given back checks nothing
            local = emails[0].value.partition("@")[0]  # "Ikoehler" now "lkoehler"

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


def _is_words(text: str) -> bool:
    letters = sum(c.isalpha() for c in text)
    return letters >= 2 and letters >= 0.6 * len(text.replace(" ", ""))
