"""From OCR lines to contact fields, each with a confidence.

Order matters: the unambiguous fields (email, website, phones, address) are taken first by
pattern, then the remaining lines are scored as name, title and company by layout (size and
position), a title lexicon, legal forms, and cross-checks against the email and the website.
Cross-checks also repair typical OCR slips (0/O, 1/l) when the repaired value agrees with
another field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from contactkit import normalize
from contactkit.model import Contact, OrgRef, PersonName, Phone, Url

from .address import find_address
from .calibration import probability
from .clues import (
    EMAIL_RE,
    PHONE_LABEL_RE,
    URL_RE,
    Found,
    digits,
    domain_of,
    is_street,
    legal_region,
    word_conf,
)
from .companies import pick_company
from .company_checks import foreign_word_level, unread_check_level
from .confidence import (
    company_level,
    email_level,
    name_level,
    ocr_band,
    title_level,
    url_level,
    words_conf,
)
from .domains import domain_in, other_words
from .email_at import EMAIL_TAGS
from .email_rebuild import rebuilt_address
from .email_split_rows import joined_across_cut
from .email_traces import address_scraps
from .glued_company import part_company_from_numbers
from .lexicon import PHONE_LABELS
from .line_cleaning import clean_line
from .line_fragments import label_glued, site_split
from .local_parts import (
    cut_short,
    glyph_slip,
    local_matches,
    local_part,
    restore_letters,
    spelt_words,
)
from .name_rows import mend_name_rows
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
from .phone_traces import code_alone
from .phones import find_phones, fix_digits, international, labelled_left
from .region_votes import regions_from_clues
from .title_checks import row_parted, spells_domain
from .title_rows import join_title_pieces
from .titles import pick_title, title_score
from .web import boost, cross_check_domains, cut_suffix, find_emails, find_urls, known_suffix

# What a line left over after every field was taken may still hold: a number, a website.
PHONE_LIKE_RE = re.compile(r"(?<![\w-])\+?\(?\d[\d ()./-]{6,}\d(?![\w-])")
# "Im Gewerbepark 213 - 70019 Stuttgart", "26 - 80-555 Gdansk": a house number, a dash, a
# postcode and the town (and the country: "- Deutschland"), on a street whose word is no
# street word of the lexicon.
HOUSE_POSTCODE_RE = re.compile(
    r"(?<![\d+])\d{1,4}[a-z]?\s[-–]\s\d{2}-?\d{3}\s+[A-ZÀ-Ý][a-zà-ÿ]+(?:\s[-–,]\s?[A-ZÀ-Ý]\w+)?$"
)
COUNTRY_CODE_RE = re.compile(r"(?<![\w+])\+\s?\d{1,3}\b")


def number_like(text: str) -> bool:
    """A run of eight digits and more (a phone number, not a postal code: "100-0005"), or a
    phone label before digits that did not read as a number ("Tel. 0114 0g 58 11")."""
    text = re.sub(r"^[^\w+]+", "", text).replace(":", " ")  # "‘Tel: 020 72:37 2898", "+41 Ry 946"
    if is_street(text) or HOUSE_POSTCODE_RE.search(text):
        return False  # "Corso Buenos Aires 178 - 80169 Napoli": a house number and a postcode
    if any(digits(m.group(0)) >= 8 for m in PHONE_LIKE_RE.finditer(text)):
        return True
    if COUNTRY_CODE_RE.search(text) and digits(text) >= 8:
        return True  # "Fl +31 Ry 946 9911": a country code, its digits broken by misread ones
    label = PHONE_LABEL_RE.match(text)
    return bool(label) and normalize.fold(label.group(1)) in PHONE_LABELS and digits(text) >= 5


# An address printed and not read: an @ with a letter or digit before it or letters after it.
# A lone "@", or one before digits, is an envelope or phone sign read as one.
EMAIL_ATTEMPT_RE = re.compile(r"[A-Za-z0-9]@|@[A-Za-z]{2,}")

WEB_LIKE_RE = re.compile(
    r"(?i)www|https?\b|\b(?:web|url|com)\b|(?-i:\b[a-z0-9-]{2,}\.(?:[a-z]{2,3}\.)?[a-z]{2,4}\b)"
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
    department = pick_department(texts, candidates)
    if department is not None:
        candidates.remove(department)
    company = pick_company(lines, texts, candidates, domain)
    if company:
        candidates.remove(company.line)
    local = emails[0].value.partition("@")[0] if emails else None
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
    if emails and name:
        emails = [joined_across_cut(e, lines, texts, name.value) for e in emails]
        emails = [_repair_local_part(e, name.value) for e in emails]
        if not (emails[0].repaired and emails[0].prefix):  # a start given back checks nothing
            local = emails[0].value.partition("@")[0]  # "Ikoehler" now "lkoehler"

    evidence: dict[str, str] = {}  # field → what backs it (a level of calibration.CALIBRATED)
    contact = Contact()
    picked = {f.line for f in (name, title, company) if f} | {department} - {None}
    leftover = [texts[i] for i in range(len(texts)) if i not in used and i not in picked]
    if name:
        contact.name = PersonName(full=name.value)
        tallest = max(lines[i].height for i in [*candidates, name.line])
        near = bool(local) and near_local(local, texts[name.line])  # type: ignore[arg-type]
        largest = lines[name.line].height >= tallest * 0.99
        checks = local or printed_local(leftover)  # an address not read whole still checks
        countries = card_countries(region, (p.e164 for p, _ in phones))
        evidence["name"] = name_level(
            name.value, lines[name.line], checks, near, largest, countries
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
        if email.guessed:
            level = f"{level}/spaced"  # its separator read as a space: "." guessed
        elif email.prefix:  # a word before it that is no part of it, or its unread start
            level = f"{level}/prefixed"
        valid_emails.append((value, level))
    rebuilt = None
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
    if not rebuilt and (misread or any(EMAIL_ATTEMPT_RE.search(t) for t in leftover)):
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
        domain = None  # gmail.com names no employer
    if company:
        evidence["organization"] = company_level(company.value, lines[company.line], domain)
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
            if cut_suffix(u.value, clue_region) or site_split(u.value, texts[u.line]):
                return "cut"  # "acme.c"; "www.v vantage.es", its start parted
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
        unsure = words_conf(lines[company.line], other_words(company.value, domain))
        evidence["organization"] = foreign_word_level(level, company.value, domain, unsure)
        if company.repaired:  # put back from the domain (domain_repair): a person looks
            evidence["organization"] = "near-domain+repaired"
        elif label_glued(company.value, lines[company.line]):  # "Holdings PLGirect:"
            evidence["organization"] += "+label"
    confidence = {key: probability(key, level) for key, level in evidence.items()}
    # Re-validate so the model's own normalizers (e.g. organization from the email) run.
    contact = Contact.model_validate(contact.model_dump())
    return ParsedCard(contact, {k: round(v, 3) for k, v in confidence.items()}, texts, evidence)


def remnants(texts: list[str], used: set[int]) -> list[str]:
    """What the lines an email, a website or a number was read from hold besides them: a
    website there that was not read ("E-mail: a@b.de  www acme de") is still printed."""
    out = []
    for i in sorted(used):
        rest = URL_RE.sub(" ", EMAIL_RE.sub(" ", texts[i]))
        out.append(" ".join(w for w in rest.split() if re.search(r"(?i)www|https?\b|\w\.\w", w)))
    return [t for t in out if t]


def digits_left(texts: list[str], used: set[int], phones: list[Phone]) -> bool:
    """A line a number was read from still holds eight digits no number was read from
    ("© 123212437 Owect (312) 363-4172": a mobile misread beside the office number)."""
    read = [re.sub(r"\D", "", p.text).lstrip("0") for p in phones]
    for i in sorted(used):
        # "+44 (0)20 7936 2082": the trunk 0 in brackets is no digit of the number read
        line = re.sub(r"\D", "", international(fix_digits(EMAIL_RE.sub(" ", texts[i]))))
        took = [d for d in read if d and d in line]
        if not took:
            continue
        for d in took:
            line = line.replace(d, "", 1)
        if len(line.strip("0")) >= 8:
            return True
    return False


EMAIL_LABEL_RE = re.compile(r"(?i)\be-?mail\b")


def no_email_but_website(urls: list[Found], texts: list[str], company: str | None) -> bool:
    """No sign of an address anywhere on the card, and a website the company's name spells:
    the firm's site, not an address whose ``@`` was misread (``daangmulder.com``)."""
    if not urls or any("@" in t or EMAIL_LABEL_RE.search(t) for t in texts):
        return False  # "e-mail; katarrynagessokol pl": an address printed, its @ misread
    domain = domain_of(urls[0].value)
    # "E sabine.friednchg wagner.de": a name's words and a separator just before the site's
    # domain are an address, its @ read as a letter.
    glued = re.compile(rf"(?i)\b[a-z]+[._][a-z]+\s?{re.escape(domain or '')}\b")
    return domain_in(company, domain) and not any(glued.search(t) for t in texts)


def _is_words(text: str) -> bool:
    letters = sum(c.isalpha() for c in text)
    return letters >= 2 and letters >= 0.6 * len(text.replace(" ", ""))


def _repair_local_part(email: Found, name: str) -> Found:
    """``j0hn.smith`` → ``john.smith`` when the name on the card says so."""
    local, _, domain = email.value.partition("@")
    folded = normalize.fold(name).split()
    if not folded:
        return email
    if email.prefix:
        word = email.prefix.rstrip("._-")
        # "jonathan _bennett@": the separator was read, only a space crept in before it.
        read = email.prefix[len(word) :] or ("" if local[:1] in "._-" else None)
        joined = f"{word}{'.' if read is None else read}{local}".lower()
        initial = len(word) == 1 and any(w.startswith(word) for w in folded)
        if local_matches(joined, folded) and (word in folded or initial):
            # A space alone between them: the dot is a guess ("luis medina@" was luis_medina@).
            guessed = read is None
            value = f"{joined}@{domain}"
            return Found(value, min(email.conf, 0.85), email.line, repaired=True, guessed=guessed)
        glued = f"{email.prefix}{local}".lower()
        if re.search(r"\w[._-]\w", email.prefix) and local_matches(glued, folded):
            # "carlo.lomba rdo@": a space read inside a word; the name spells the whole. Still
            # a guess that nothing was lost there: a person looks.
            value = f"{glued}@{domain}"
            return Found(value, min(email.conf, 0.85), email.line, repaired=True, guessed=True)
    # An upper-case I in a local part is nearly always a lower-case l ("Ikoehler@").
    table = str.maketrans({"0": "o", "1": "l", "5": "s", "|": "l", "I": "l"})
    repaired = local.translate(table).lower()
    if repaired != local.lower() and local_matches(repaired, folded):
        return Found(f"{repaired}@{domain}", max(email.conf, 0.9), email.line, repaired=True)
    spelt = spelt_words(name)
    slipped = glyph_slip(local.lower(), spelt)
    if slipped:  # "bemd_kaiser@" for Bernd Kaiser: a repair, measured apart
        return Found(f"{slipped}@{domain}", email.conf, email.line, repaired=True)
    if cut_short(local.lower(), spelt) and local[:1] not in "._-":  # "_as.roth": no start
        # "as.roth" for Tobias Roth, "lawomir.wojcik" for Sławomir: its start not read. The
        # name gives it back; "prefixed" (its unread start) keeps it for a person to check.
        head = re.split(r"[._-]", local, maxsplit=1)[0]
        value = f"{spelt[0]}{local[len(head) :]}@{domain}".lower()
        lost = spelt[0][: -len(head)]
        return Found(value, min(email.conf, 0.6), email.line, lost, repaired=True)
    if local_matches(local.lower(), folded):
        return boost(email, 0.1)
    return email
