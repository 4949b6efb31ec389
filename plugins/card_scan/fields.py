"""From OCR lines to contact fields, each with a confidence.

Order matters: the unambiguous fields (email, website, phones, address) are taken first by
pattern, then the remaining lines are scored as name, title and company by layout (size and
position), a title lexicon, legal forms, and cross-checks against the email and the website.
Cross-checks also repair typical OCR slips (0/O, 1/l) when the repaired value agrees with
another field.

The fields are read in card_fields_reading (read_card, step by step) and weighed in
card_fields_levels (one level per field); parse_card puts the two together into a contact.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from contactkit import normalize
from contactkit.model import Contact, OrgRef, Url

from .address_label_rows import sites_off_address_rows
from .calibration import REVIEW_BELOW, probability
from .card_fields_emails import email_evidence
from .card_fields_levels import (
    checking_company,
    company_evidence,
    company_slip,
    name_evidence,
    organization_level,
    phone_evidence,
    title_evidence,
    url_evidence,
)
from .card_fields_reading import CardReading, read_card
from .company_word_slips import partner_word_lost
from .domain_ends import doubt_end_letter
from .domain_repair import read_one_letter_off, rn_read_m, rn_spelt_m
from .enlarged_match import doubt_enlarged
from .leftovers import texture
from .name_parts import person_name
from .name_slips import card_countries
from .phone_recheck import doubt_phone_recheck
from .read_alike import confirm_read_alike
from .recheck_match import domain_i_read_l, doubt_disputed, recheck_values
from .row_rest import row_rest
from .site_after_email import site_after_email
from .site_cut_rows import site_for_cut
from .site_rows import site_from_email_row
from .site_slip_rows import site_from_slipped_row
from .small_l_disputes import l_disputed, l_disputed_levels
from .text_lines import Line


@dataclass
class ParsedCard:
    contact: Contact
    confidence: dict[str, float]
    text: list[str] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)  # field → level (see calibration.py)


def parse_card(
    lines: list[Line], *, default_region: str, forced_region: str | None = None
) -> ParsedCard:
    """Turn one card's OCR lines into a contact with a confidence per field: the fields read
    (``read_card``), each stored with its evidence, then the checks one field makes of another,
    then each level's measured share right (``calibration.probability``)."""
    card = read_card(lines, default_region=default_region, forced_region=forced_region)
    picked = card.named_lines() | {card.department} - {None}  # the lines fields took
    leftover = _leftover(card, picked)
    contact = Contact()
    evidence: dict[str, str] = {}  # field → what backs it (a level of calibration.CALIBRATED)
    _person_emails_phones(card, contact, evidence, leftover, picked)
    _organization(card, contact, evidence)
    if card.address:
        contact.addresses = [card.address]
        evidence["addresses"] = card.address_level
    _sites(card, contact, evidence, leftover)  # after the address is mended
    _cross_checks(card, contact, evidence, picked)
    # Re-validate so the model's own normalizers (e.g. organization from the email) run.
    contact = Contact.model_validate(contact.model_dump())
    confirm_read_alike(lines, contact, evidence)  # a second engine read it alike
    doubt_disputed(lines, recheck_values(contact), evidence)  # ...or otherwise
    doubt_enlarged(lines, contact, evidence)  # ...or Tesseract, the row alone and enlarged
    doubt_phone_recheck(lines, (p.e164 for p in contact.phones if p.e164), evidence)
    disputed = evidence.get("emails", "").endswith("+recheck")
    if disputed and evidence.get("urls", "").startswith("email"):
        # The site was checked by the address alone, which the second engine disputes: the
        # two rows may share Tesseract's slip ("ingenieriadeita.es" twice, fresh photo 515/36).
        evidence["urls"] += "+recheck"
    i_read_l = disputed and any(domain_i_read_l(lines, e) for e in contact.emails)
    if i_read_l and evidence.get("organization", "").startswith("domain"):
        # The company was checked by a domain the second engine disputes: both rows may share
        # Tesseract's slip ("Atias Analytics" beside sophiew@atias-analytics, fresh photo
        # 610/95; RapidOCR reads i and l alike, so the company's own recheck passed).
        evidence["organization"] += "+recheck"
    confidence = {key: probability(key, level) for key, level in evidence.items()}
    return ParsedCard(
        contact, {k: round(v, 3) for k, v in confidence.items()}, card.texts, evidence
    )


def _leftover(card: CardReading, picked: set[int]) -> list[str]:
    """What no field took, less what was read from no print (a rule or specks: ``texture``)."""
    return [
        text
        for i, text in enumerate(card.texts)
        if i not in card.used and i not in picked and not texture(card.lines[i])
    ]


def _person_emails_phones(
    card: CardReading,
    contact: Contact,
    evidence: dict[str, str],
    leftover: list[str],
    picked: set[int],
) -> None:
    """The name, emails, phones, title and department stored, each with its level; a title is
    never guessed ("missing")."""
    name, title = card.name, card.title
    if name:  # the honorific kept as the prefix, a Spanish double family name whole
        countries = card_countries(card.region, (p.e164 for p, _ in card.phones))
        contact.name = person_name(name.value, card.lines, name.line, countries)
    evidence["name"] = name_evidence(card, leftover, picked)
    contact.emails, evidence["emails"] = email_evidence(card, leftover)
    if card.phones:
        contact.phones = [p for p, _ in card.phones]
    evidence["phones"] = phone_evidence(card, leftover, contact.phones)
    if title:
        contact.title = title.value
    evidence["title"] = title_evidence(card, title) if title else "missing"
    if card.department is not None:
        contact.department = card.texts[card.department]


def _organization(card: CardReading, contact: Contact, evidence: dict[str, str]) -> None:
    """The company and the domain it is weighed against; a freemail domain names no employer."""
    private = bool(card.domain) and normalize.is_freemail(card.domain)
    if private:
        card.domain = card.read_domain = None  # gmail.com names no employer
    organization = organization_level(card, private)
    if organization is not None:
        evidence["organization"] = organization
    if card.company or card.domain:
        name = card.company.value if card.company else None
        contact.organization = OrgRef(name=name, domain=card.domain)


def _cross_checks(
    card: CardReading, contact: Contact, evidence: dict[str, str], picked: set[int]
) -> None:
    """The levels one field's reading moves in another's, once every field is stored: the
    company against the address and site, a site from the email's row, a name, title or
    company with its row's rest unread, a site read off the email's row doubted with it."""
    company, lines = card.company, card.lines
    if company:  # an address or a site printed and not read could have checked it
        unread = "unread" in (evidence["emails"], evidence["urls"])
        evidence["organization"] = company_evidence(
            card, company, evidence["organization"], unread, picked
        )
    if company and l_disputed(
        company.value, card.read_domain, card.emails[0] if card.emails else None, card.urls, lines
    ):  # "Salto Denki" beside tabe@saito.co.jp: the address changed to agree checks nothing
        l_disputed_levels(evidence)
    # After the company's check: a site found so checks nothing, by construction.
    _site_from_email(card, contact, evidence, card.used | picked)
    put_back = bool(company and company.repaired) and read_one_letter_off(
        card.texts[company.line], card.read_domain
    )
    company_slip(evidence, company and company.value, card.read_domain, put_back)
    doubt_end_letter(evidence, company and company.value, card.read_domain)  # "Lumens" | lumen.fr
    if partner_word_lost(card.read_domain):  # "robertfls.fr": Fils lost its i, unchecked
        for key in ("emails", "urls"):
            if "domain" in evidence.get(key, "") or evidence.get(key, "").startswith("email"):
                evidence[key] = "partner-slip"
    _email_mended_by_company(card, contact, evidence)
    for key, found in (("name", card.name), ("title", card.title), ("organization", company)):
        if found and row_rest(lines, found.line, found.value, card.used | picked):
            evidence[key] += "+row-rest"  # "Juan Carlos Garcia" | "Blanco": read in part?
    if evidence["urls"] == "email-row" and probability("emails", evidence["emails"]) < REVIEW_BELOW:
        evidence["urls"] = "email-row/doubted"  # the email's domain: doubted with the email


def _sites(
    card: CardReading, contact: Contact, evidence: dict[str, str], leftover: list[str]
) -> None:
    """The sites as stored and their level: a site the cross-check rewrote follows the address
    as mended; none where each is a bare host on an email's labelled row, and then an address
    "missing+web" is missing plain (no site stood for it)."""
    first = card.emails[0] if card.emails else None
    card.urls = site_after_email(card.urls, first, contact.emails, card.texts)
    kept = sites_off_address_rows(card.urls, card.texts)  # "E gabriele. wagnerG wagner.at"
    if card.urls and not kept and evidence["emails"].startswith("missing+web"):
        evidence["emails"] = "missing"  # "Mail: acme.de": no site stood for the address lost
    card.urls = kept
    if card.urls:
        contact.urls = [Url(url=u.value) for u in card.urls]
    evidence["urls"] = url_evidence(card, leftover)


def _site_from_email(
    card: CardReading, contact: Contact, evidence: dict[str, str], taken: set[int]
) -> None:
    """No site read: the email's domain where a row no field took spells it; a site read cut
    ("www.nova. pi/" beside wozniak@nova.pl): mended by the email's domain."""
    if not card.urls and contact.emails:
        level = "email-row"
        site = site_from_email_row(card.emails, card.texts, taken, contact.emails)
        if site is None:  # "www jenkirs. co.uk" beside @jenkins.co.uk: one letter slipped
            site, level = (
                site_from_slipped_row(card.emails, card.texts, taken, contact.emails),
                "email-row/slip",
            )
        if site is not None:
            card.urls, contact.urls, evidence["urls"] = [site], [Url(url=site.value)], level
    elif evidence["urls"] == "cut":
        mended = site_for_cut(card.urls, card.emails, card.texts, taken, contact.emails)
        if mended is not None:
            site, evidence["urls"] = mended
            card.urls, contact.urls = [site], [Url(url=site.value)]


def _email_mended_by_company(card: CardReading, contact: Contact, evidence: dict[str, str]) -> None:
    """A company-slip card's lone address whose domain reads one "m" for the company's "rn",
    written as the company spells it (``rn_read_m``, ``rn_spelt_m``); unmeasured: to review."""
    checking = checking_company(card)
    if evidence.get("emails") != "company-slip" or len(contact.emails) != 1 or not checking:
        return
    local, _, domain = contact.emails[0].partition("@")
    respelt = rn_spelt_m(checking, domain)
    written = rn_read_m(checking, contact.emails[0]) or (respelt and f"{local}@{respelt}")
    if written and written != contact.emails[0]:
        contact.emails, evidence["emails"] = [written], "company-slip/company-mended"
