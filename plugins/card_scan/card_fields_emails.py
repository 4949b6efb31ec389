"""The email's level on a card (a level of calibration.CALIBRATED): each address checked by the
name and the company, an address made or mended from the card, or why none was read.

Part of the card's levels (card_fields_levels weighs the other fields); whether an address's
start was read whole: email_start.
"""

from __future__ import annotations

import re

from contactkit import normalize

from .calibration import REVIEW_BELOW, marked, probability
from .card_fields_levels import checking_company, two_for_one
from .card_fields_reading import CardReading
from .clues import SITE_PREFIX_RE, Found, domain_of
from .companies import near_domain
from .confidence import email_level
from .domain_repair import domain_from_company
from .email_at import EMAIL_TAGS
from .email_gap_rows import bridged_address
from .email_initial_apart import initial_apart
from .email_label_initial import label_as_initial, labelled_rows
from .email_mend import is_fitted, mend_lone, read_whole
from .email_rebuild import rebuilt_row, shows_domain, split_site_address
from .email_start import initial_doubled, initial_merged, start_hidden, start_unsure
from .email_traces import (
    address_scraps,
    ending_alone,
    name_glued,
    no_email_but_website,
    other_address_in_scraps,
)
from .endings import cut_suffix, known_suffix, mark_after_ending, slipped_ending
from .leftovers import EMAIL_ATTEMPT_RE
from .local_parts import spelt_words
from .local_repair import mended_by_name
from .word_confidence import fragment_conf, ocr_band, words_conf


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
    site = card.urls[0] if card.urls else None
    if site and site.repaired and _by_name_alone(level) and not email.repaired:
        # The site, printed otherwise, was rewritten to this address's domain: it checks
        # nothing, and the two disagreed ("mcleod-intemational.ca" beside the site's
        # international: its rn read m; review rev64). Unmeasured, to review.
        level = marked(level, "site-rewritten")
    tags = {EMAIL_TAGS[w.source] for w in words if w.source in EMAIL_TAGS}
    if tags:  # its @ read as a letter and put back, its start maybe hidden (email_at)
        level = "/".join([level, *sorted(tags)])
    local = email.value.partition("@")[0]
    if card.name and two_for_one(card.name.value, card.lines[card.name.line].text, local):
        level = f"{level}/two-for-one"  # the name made to agree with it: unmeasured
    if card.slipped and email.repaired:
        level = f"{level}/initials-slip"  # its domain put back from the company: unmeasured
    if email.ending:
        level = f"{level}/ending-guessed"  # "@henryfils.f" made .fr: unmeasured
    elif mark_after_ending(words):
        level = f"{level}/mark-end"  # "...teile.co}" for .com: unmeasured, to review
    if email.site_slip:
        level = f"{level}/site-slip"  # "avarez.es" made the site's alvarez.es: unmeasured
    if email.site_longer:
        level = f"{level}/site-longer"  # "@lince.it" beside the site's llince.it: unmeasured
    if email.guessed:
        level = f"{level}/spaced"  # its separator read as a space: "." guessed
    elif email.prefix or (start_unsure(level) and start_hidden(words, value, card.name)):
        # A word before it that is no part of it, or its unread start.
        level = f"{level}/prefixed"
    elif "/single" in level and card.name and initial_merged(value, card.name.value, words):
        level = f"{level}/initial-merged"  # "jimenez@" for jjimenez@: unmeasured, to review
    elif "/single" in level and card.name and initial_doubled(value, card.name.value):
        level = f"{level}/initial-merged"  # "fontaine@" for ffontaine@: the bars read as one
    elif (
        "/single" in level and card.name and initial_apart(value, card.name.value, words, card.lone)
    ):
        level = f"{level}/initial-apart"  # "d._ bennett@": its initial read apart, to review
    return level


def _by_name_alone(level: str) -> bool:
    """The address's level is ``name`` (``name/hi``): its name checks it, nothing its domain."""
    return level.split("/")[0] == "name"


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
    if not made and (
        misread
        or any(EMAIL_ATTEMPT_RE.search(t) for t in leftover)
        or other_address_in_scraps(
            card.lines,
            card.texts,
            card.used | card.named_lines(),
            card.emails,
            [e for e, _ in valid_emails],
        )
    ):
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
    regions = card.named_regions() | {card.region}
    mended, _ = mend_lone(card.lone, name and name.value, sites, company and company.value, regions)
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
    if len(valid) != 1:
        return valid, level
    email = valid[0][0]
    company = checking_company(card)
    # An address its name alone checks whose domain the company nearly spells is doubted
    # however sure its level (card_fields_levels.company_slip): mended like any doubted one.
    # Not one its domain checks (the site's): "elodied@agroup.fr" beside Groupe ... is no slip
    # of groupe.fr (the first generator's scan seed 71).
    near = _by_name_alone(level) and bool(company) and near_domain(company, domain_of(email))
    if probability("emails", level) >= REVIEW_BELOW and not near:
        return valid, level
    # A fitted address's separator was chosen against the row's frames (email_fit): its dot
    # is not put back ("markallen@" fitted clear of "mark.allen@").
    fitted = any(is_fitted(line) and line.text == email for line in card.lines)
    mendable = card.name and not fitted and not _name_less_sure(card, email)
    mended = mended_by_name(email, card.name.value) if mendable else None
    if mended and not _end_cut_from_sure(card, email, mended[0]):
        email, level = mended[0], f"{level}/{mended[1]}"
    local, _, domain = email.partition("@")
    # A domain read after the @ as the site spells it, neither taken from the other, was read
    # twice: the company slipped ("Alpenbich-Werke" at 0.46 beside alpenblick.de read twice,
    # p351/74). Not where the company, printed larger, was read surer than the site: the small
    # print slips alike in the address and the site ("alpenbhck.de" twice beside Alpenblick).
    sites = {domain_of(u.value): u.conf for u in card.urls if not u.repaired}
    read = any(f"@{domain}" in line.text.lower() for line in card.lines)
    shown = "repaired" not in level and read and _company_below(card, sites.get(domain))
    if company and not shown and not level.startswith("company-slip"):
        written = domain_from_company(company, domain)
        if written and not _company_less_sure(card, email, written):
            email, level = f"{local}@{written}", f"{level}/company-mended"
    return [(email, level)], level


def _company_below(card: CardReading, site_conf: float | None) -> bool:
    """Whether the company was read less surely than the site spelling the address's domain
    (``site_conf``, None where no site does)."""
    if card.company is None or site_conf is None:
        return False
    return words_conf(card.lines[card.company.line], card.company.value) < site_conf


def _name_less_sure(card: CardReading, email: str) -> bool:
    """The address was read sure (hi) and a name word it does not spell was read unsure: the
    name slipped, not the address, which the name must not rewrite. On crisp scans the small
    print reads as well as the name: "mziolkowski@" (0.98) was mended to the "Ziétkowski"
    (0.46) read beside it, "ferrari.salvatore@" (0.99) to "Ferrart" (0.76), "sokolowski@"
    (0.99) to "Sokofowski" (0.82); fresh scan seeds 353, 354; session 34."""
    if card.name is None:
        return False
    sure = _address_conf(card, email)
    if sure is None:
        return False
    letters = re.sub(r"[^a-z]", "", email.partition("@")[0])
    # A name word the address spells with its "rn" read "m" is the address's slip however sure
    # ("martin.kem@" at 0.96 beside "Martin Kern" read at 0.80: small print's r and n run
    # together; second review, rev34b).
    unspelt = [
        w
        for w in card.name.value.split()
        if (spelt := "".join(spelt_words(w))) not in letters
        and ("rn" not in spelt or spelt.replace("rn", "m") not in letters)
    ]
    if ocr_band(sure) == "lo" or not unspelt:
        return False
    name_line = card.lines[card.name.line]
    if ocr_band(sure) != "hi":
        # Read at mid, the address is the surer only well above the name word it does not
        # spell ("tobias.koller@" at 0.90 was rewritten to "TOBIAS KGELER", its word at 0.76:
        # scan seed 5 card 65)
        return any(words_conf(name_line, w) <= sure - CLEARLY_SURER for w in unspelt)
    return any(ocr_band(words_conf(name_line, w)) != "hi" for w in unspelt)


# How much surer than a name word an address read at mid must be to stand against it.
CLEARLY_SURER = 0.1


def _end_cut_from_sure(card: CardReading, email: str, mended: str) -> bool:
    """The mend cuts two letters or more off the end of a word of an address read sure, whose
    start a name word is: the name's end was not read, not the address given letters
    ("anna_jung@" at 0.91 cut to "anna_ju@" beside "DR. sc. TECHN. ANNA JU": fresh scan seed
    354 card 53; session 34). One letter more ("jankowskii") is the address's own slip."""
    sure = _address_conf(card, email)
    if sure is None or ocr_band(sure) != "hi" or card.name is None:
        return False
    read = re.split(r"[^a-z]+", email.partition("@")[0])
    kept = re.split(r"[^a-z]+", mended.partition("@")[0])
    names = set(spelt_words(card.name.value))
    if len(read) != len(kept):
        return False  # a dot put back ("alexandermoore@" -> "alexander.moore@"): no cut
    return any(
        piece.startswith(cut) and len(piece) - len(cut) >= 2 and cut in names
        for piece, cut in zip(read, kept, strict=False)
        if piece != cut
    )


def _company_less_sure(card: CardReading, email: str, written: str) -> bool:
    """A company word the ``written`` domain takes and the address's does not spell was read
    less surely than the address: the company slipped, and must not rewrite the domain
    ("MATER FEINMECHANIK GMBH", MATER at 0.76, made albrecht.andreas@maier.ch (0.88)
    "mater.ch": fresh scan seed 355 card 38; session 34)."""
    sure = _address_conf(card, email)
    if card.company is None or sure is None:
        return False
    read = re.sub(r"[^a-z]", "", email.partition("@")[2].partition(".")[0])
    taken = re.sub(r"[^a-z]", "", written.partition(".")[0])
    slipped = [
        w
        for w in card.company.value.split()
        if len(w) >= 3 and normalize.fold(w) in taken and normalize.fold(w) not in read
    ]
    company_line = card.lines[card.company.line]
    return any(words_conf(company_line, w) < sure for w in slipped)


def _address_conf(card: CardReading, email: str) -> float | None:
    """Tesseract's confidence in the one address read as ``email``; None where not one."""
    found = [e for e in card.emails if e.value.lower() == email]
    if len(found) != 1:
        return None
    words = card.lines[found[0].line].words
    return min((w.conf for w in words if "@" in w.text), default=found[0].conf)


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
        words = card.lines[email.line].words
        label = card.name is not None and label_as_initial(value, card.name.value, words)
        if label and labelled_rows(card.lines, email.line):
            value = value.partition(".")[2]  # "E. bennett@" on a card of "T." and "M." rows
        level = _email_level(card, email, value, url_domain, card_regions)
        if label:
            level = f"{level}/label-initial"  # its label maybe read as the initial: to review
        valid_emails.append((value, level))
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
    sites, regions = [domain_of(u.value) for u in urls], card.named_regions() | {card.region}
    mended, unmended = mend_lone(
        card.lone + attempts, name and name.value, sites, company and company.value, regions
    )
    misread |= unmended
    if mended:
        # An address fitted to a blurred row (email_fit) was never read: its letters are the
        # name's and the site's, chosen against the row's frames; measured apart from a reading
        # corrected (session 39).
        fitted = [line.text for line in card.lines if is_fitted(line)]
        fits, _ = mend_lone(fitted, name and name.value, sites, company and company.value, regions)
        return [(m, "fitted" if m in fits else "mended") for m in mended], misread, True
    # The second engine's reading whole, its domain the card's, its local part not the name's
    # as read: the name may be the misread one (email_mend.read_whole; unmeasured, to review).
    whole = [
        m for t in card.lone if (m := read_whole(t, sites, company and company.value, regions))
    ]
    if whole:
        return [(m, "lone-read") for m in dict.fromkeys(whole)], misread, True
    if not misread and name and urls and not urls[0].repaired:
        # Each site read: the address row read with its @ lost may itself have been taken for
        # one ("E: scott. woodnova.co.uk" before "W: https//nova.co.uk/en"; session 31).
        for url in urls:
            split = split_site_address(url.value, name.value, card.texts, url.line)
            if split:
                card.urls = [u for u in urls if u is not url]  # the address, not a site
                return [(split, "rebuilt")], misread, True
            domain = domain_of(url.value) or ""
            rebuilt = rebuilt_row(card.texts, name.value, domain)
            if rebuilt:
                # The row's own reading taken for a bare site ("francois##taurent-informatique.fr"
                # as taurent-informatique.fr beside www.laurent-informatique.fr) is no site.
                card.urls = [u for u in urls if not _row_read_as_site(u, rebuilt[1], domain)]
                return [(rebuilt[0], "rebuilt")], misread, True
    if not misread and name and company:
        # The row's two ends read, its middle lost: "jutta.krau" | "th at" (session 32).
        free = [line for i, line in enumerate(card.lines) if i not in card.used]
        regions = card.named_regions() | {card.region}
        bridged = bridged_address(free, name.value, company.value, regions)
        if bridged:
            return [(bridged, "rebuilt/gap")], misread, True
    return [], misread, False


def _row_read_as_site(url: Found, row: int, domain: str) -> bool:
    """``url``, bare on the address ``row`` rebuilt at ``domain``, shows that domain at another
    (a letter off, or after the @ read as one): the address itself. Another site on the row
    ("anna.mueller firma.de  annamueller.de", her own site) is one all the same."""
    bare = not SITE_PREFIX_RE.match(url.value)
    other = domain_of(url.value) != domain
    return url.line == row and bare and other and shows_domain(domain, url.value)


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
    band = ocr_band(min(fragment_conf(line, urls[0].value[:6]), line.conf))
    site = domain_of(urls[0].value)
    if address_scraps(texts, urls[0].line, site) or ending_alone(texts, urls[0].line, site):
        return "unread"  # "tobias_b" | "itzsoehne.at", or "es" alone: an address in scraps
    if name_glued(texts, urls[0].line, card.name and card.name.value):
        return "unread"  # "sthcodorusedcitanl" for theodorus@delta.nl
    if slipped_ending(urls[0].value, card.named_regions()):
        # "www.meridian-ingenierie.tr" on a French card (Noto Serif, s81 photo 4): the site
        # itself misread, its address row lost whole; missing+web was measured on sites
        # read right (2 of 3 such cards on s81 had no address printed, this one had).
        return f"missing+web/{band}/foreign-ending"
    return f"missing+web/{band}"
