"""Reading a card's lines into fields, step by step, before any field gets its level.

Each step reads the :class:`CardReading` the steps before it filled in and adds its own
fields; the order is the order of ``read_card``, and each step's docstring says why it
comes where it does.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from contactkit import normalize
from contactkit.model import Address, Phone

from .accent_slips import spanish_i_put_back
from .address import find_address
from .capital_i import l_for_i
from .clues import Found, domain_of, form_hint_regions, legal_form_alone, legal_region
from .companies import owners_name, pick_company
from .company_parent import parent_line
from .domains import initials_slip
from .email_at import at_put_back
from .email_mend import lone_apart
from .email_patterns import find_emails
from .email_split_rows import joined_across_cut
from .ending_clues import names_own_country
from .endings import ending_put_back, slash_put_back, slipped_ending, slipped_ending_put_back
from .glued_company import part_company_from_numbers
from .leftovers import EMAIL_ATTEMPT_RE
from .letter_restore import restore_letters
from .line_cleaning import clean_line
from .local_parts import local_part
from .local_repair import repair_local_part
from .name_checks import L_NAMES, el_for_l, misread_put_back, umlaut_put_back
from .name_company_rows import part_name_from_company
from .name_rows import mend_name_rows
from .name_slips import card_countries, printed_local
from .name_wide_rows import join_wide_row
from .people import join_stacked, leftover_title, pick_department, pick_name
from .phone_slips import hinted_regions
from .phones import find_phones
from .postal import US_CITY_SLIPPED_RE
from .region_votes import printed_regions, regions_from_clues
from .text_lines import Line
from .title_mends import mend_title, pick_mended_title
from .title_rows import join_title_head, join_title_pieces, join_wrapped_title
from .titles import pick_title, title_letters
from .web import cross_check_domains, find_urls, hyphen_put_back


@dataclass
class CardReading:
    """One card's lines and the fields read from them so far (no levels yet)."""

    lines: list[Line]
    texts: list[str]
    used: set[int]  # lines a pattern field (email, site, phone, address) took
    emails: list[Found]
    lone: list[str]  # an address's letters read once on its row, apart (email_mend)
    urls: list[Found]
    regions: list[str]  # the card's likely regions, best first, the default last
    clue_region: str | None  # the region the card itself names, if any
    phones: list[tuple[Phone, str]]
    address: Address | None
    address_level: str
    email_domain: str | None = None
    domain: str | None = None  # the email's domain, else the website's
    read_domain: str | None = None  # the domain as read, before initials_slip put it back
    slipped: str | None = None  # the domain put back from the company's initials
    candidates: list[int] = field(default_factory=list)  # lines left for name, title and company
    title: Found | None = None
    department: int | None = None
    company: Found | None = None
    name: Found | None = None
    local: str | None = None  # the email's local part, what checks the name
    _named: tuple[tuple[str, ...], frozenset[str]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @property
    def region(self) -> str:
        return self.regions[0]

    def named_lines(self) -> set[int]:
        """The lines the name, the title and the company were taken from."""
        return {f.line for f in (self.name, self.title, self.company) if f is not None}

    def named_regions(self) -> set[str]:
        """The regions the card's own text names (address, legal form, country words)."""
        # Asked by the name, email and website checks of one card (twice a card on average);
        # kept while the texts it was read from stay the same.
        texts = tuple(self.texts)
        if self._named is None or self._named[0] != texts:
            named = {r for r, _ in regions_from_clues(self.texts, [], [], legal_region(texts))}
            self._named = texts, frozenset(named)
        return set(self._named[1])


def read_card(
    lines: list[Line], *, default_region: str, forced_region: str | None = None
) -> CardReading:
    """Every field of one card, in the order in which the fields check each other."""
    card = read_patterns(lines, default_region, forced_region)
    check_domains(card)
    pick_title_and_department(card)
    pick_company_first(card)
    pick_person(card)
    mend_by_company_and_name(card)
    return card


def read_patterns(lines: list[Line], default_region: str, forced_region: str | None) -> CardReading:
    """Emails, websites, the region, phones and the address: the fields a pattern finds.

    They come first because they are unambiguous and take their lines, so no later step
    reads an address as a name; the region comes from their clues before the phones,
    which are read by it.
    """
    lines = at_put_back(part_company_from_numbers(lines))  # "markus.bauerehelix.ch"
    lines = part_name_from_company(lines)  # "MICHAEL NELSON Pinnacle Properties Inc."
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
    # The labels' language last, then a shared legal form's countries: a number valid only
    # there is read, and doubted; always where only a form never measured placed it.
    hinted, (shared, guessed) = hinted_regions(texts), form_hint_regions(texts)
    fallback = [] if forced_region else [*hinted, *shared, *guessed]
    phones = find_phones(lines, texts, used, regions, fallback, set(guessed) - set(hinted))
    address, address_level = find_address(lines, texts, used, regions[0], clue_region)
    return CardReading(
        lines, texts, used, emails, lone, urls, regions, clue_region, phones, address, address_level
    )


def check_domains(card: CardReading) -> None:
    """The email's and the website's domains checked against each other and the region.

    Before name, title and company: those are checked against the domain settled here.
    """
    # The numbers' country codes count too: "vos@molen.ni" on a Dutch card whose only clue to
    # its country is a number read as Dutch by its labels' language (fresh photo seed 271).
    regions = card.named_regions() | card_countries(None, (p.e164 for p, _ in card.phones))
    card.urls = [slash_put_back(u, regions, card.emails) for u in card.urls]  # "www.armor.frl"
    card.emails = hyphen_put_back(card.emails, card.urls)
    email_domain = domain_of(card.emails[0].value) if card.emails else None
    url_domain = domain_of(card.urls[0].value) if card.urls else None
    emails, urls = cross_check_domains(
        card.emails, card.urls, email_domain, url_domain, card.texts, card.clue_region
    )
    # "@henryfils.f"; an address's ".n" for .nl too (its level marks the guess)
    card.emails = [ending_put_back(e, card.clue_region, thin=True) for e in emails]
    # "@aurora.ni": put back only to a country the card's words or its unprefixed numbers name
    # (".pt" beside a Warsaw office's +48 stays .pt). Those votes are counted again without the
    # numbers' codes, so only on the few cards whose address has such an ending at all.
    if any(slipped_ending(e.value, regions) for e in card.emails):
        national = (p.e164 for p, _ in card.phones if not p.text.lstrip("( ").startswith("+"))
        printed = printed_regions(card.texts, legal_region(card.texts))
        clued = printed | card_countries(None, national)
        card.emails = [
            slipped_ending_put_back(e, regions, clued, lambda c: names_own_country(card.texts, c))
            for e in card.emails
        ]
    card.urls = [ending_put_back(u, card.clue_region) for u in urls]
    card.email_domain = domain_of(card.emails[0].value) if card.emails else None
    url_domain = domain_of(card.urls[0].value) if card.urls else None
    card.domain = card.email_domain or url_domain


def pick_title_and_department(card: CardReading) -> None:
    """The lines left for words, their parted rows joined, then the title and department.

    The title comes before the company and the name because a title lexicon is the surest
    of the three: its line is then no company or name to weigh.
    """
    lines, texts = card.lines, card.texts
    # A misread address ("ann.lee@acme com", "San Francisco, CA 4119") is no name, title or
    # company: it stays over.
    candidates = [
        i
        for i in range(len(lines))
        if i not in card.used
        and _is_words(texts[i])
        and not EMAIL_ATTEMPT_RE.search(texts[i])
        and not US_CITY_SLIPPED_RE.match(texts[i])
    ]
    # A name row read with debris, or parted by a tilt or a gap, and a title's row parted with
    # a letter read twice (``Kierownik`` | ``kLogistyki``): mended before a title is taken.
    unjoined = set(candidates)
    lines, texts, candidates = join_title_pieces(lines, texts, candidates)
    lines, texts, candidates = mend_name_rows(lines, texts, candidates, card.domain)
    lines, texts, candidates = join_wide_row(lines, texts, candidates, local_part(card.emails))
    card.used |= unjoined - set(candidates)  # a piece joined on lives on in its row's line
    title = pick_title(lines, texts, candidates)
    if title:
        candidates.remove(title.line)
    if title is None:
        title = pick_mended_title(lines, texts, candidates)
        if title:
            candidates.remove(title.line)
    if title is None:
        title = leftover_title(lines, texts, candidates)
        if title:
            candidates.remove(title.line)
    if title:
        left = set(candidates)
        lines, texts, candidates, wrapped = join_wrapped_title(lines, texts, candidates, title.line)
        if wrapped:  # the row the title runs on to lives on in the title's line
            card.used |= left - set(candidates)
            title.value = f"{title.value} {title_letters(wrapped)}"
        lines, texts, candidates, head = join_title_head(lines, texts, candidates, title.line)
        if head:
            card.used |= left - set(candidates)
            title.value = f"{title_letters(head)} {title.value}"
        # A word one letter off a single lexicon word put back; title_levels doubts it.
        title.value = mend_title(title.value)
    department = pick_department(texts, candidates, card.domain)
    if department is not None:
        candidates.remove(department)
    card.lines, card.texts, card.candidates = lines, texts, candidates
    card.title, card.department = title, department


def pick_company_first(card: CardReading) -> None:
    """The company by its look (legal form, domain): before the name, so its line is no name.

    A company named like the email's owner is a freelancer's own name: left to the name.
    """
    # "Tochter der Nova Holding GmbH": the parent's line is no field of the card's own.
    card.candidates = [i for i in card.candidates if not parent_line(card.texts[i])]
    card.local = card.emails[0].value.partition("@")[0] if card.emails else None
    company = pick_company(card.lines, card.texts, card.candidates, card.domain, local=card.local)
    if company and owners_name(company.value, card.domain, card.local):
        company = None  # a freelancer's own name: the name's line, the company unnamed
    if company:
        card.candidates.remove(company.line)
    card.company = company


def pick_person(card: CardReading) -> None:
    """The name from the lines left, its letters put back by the email; then a loose company.

    The loose company (one left over that matches the domain) comes after the name so that
    it never takes the name's line.
    """
    texts, candidates = card.texts, card.candidates
    # "Matgorzata" beside "malgorzata.nowak@": the printed ł put back; by an address printed and
    # not read whole too ("ziolkowski.jakub@technologiequantum", its ending cut).
    spelling = card.local or printed_local([t for i, t in enumerate(texts) if i not in card.used])
    if spelling:
        # The countries the card's clues and numbers name, counted once for all its lines: a ł
        # put back freely where none is named or Poland is, ø and æ where a NORDIC one is.
        named = card_countries(card.clue_region, (p.e164 for p, _ in card.phones))
        polish, nordic = not named or "PL" in named, bool(named & NORDIC)
        texts = [
            _restored(t, spelling, not card.local, polish, nordic) if i in candidates else t
            for i, t in enumerate(texts)
        ]
    lines, texts, candidates = join_stacked(card.lines, texts, candidates, card.local)
    name = pick_name(lines, texts, candidates, card.local, card.region, card.clue_region)
    countries = card_countries(card.region, (p.e164 for p, _ in card.phones))
    if name:  # "Giinter": a serif face's ü read ii, put back on a German-speaking card;
        # "Pawet", "Kriger": a ł or ü read as another letter, put back where one name fits
        umlaut = misread_put_back(umlaut_put_back(name.value, countries), countries, card.local)
        # "Martfnez" on a Spanish card: an í read f where the Spanish ending writes it
        umlaut = spanish_i_put_back(umlaut, countries, card.local)
        umlaut = el_for_l(umlaut, texts[name.line], countries, card.local)  # "MICHAEL": Michał
        if umlaut != name.value:
            name = replace(name, value=umlaut, repaired=True)
    if card.company is None and card.domain:
        # No line looked like a company: one left over that matches the domain still may.
        card.company = pick_company(
            lines,
            texts,
            [c for c in candidates if not name or c != name.line],
            card.domain,
            loose=True,
            local=card.local,
        )
    if card.company:  # "Kriiger Verpackung GmbH": the same ü, its level kept (the letters are
        # the rule's, right on every such word of the tuning photos; the name's are doubted)
        card.company = replace(card.company, value=umlaut_put_back(card.company.value, countries))
    card.lines, card.texts, card.candidates, card.name = lines, texts, candidates, name


def mend_by_company_and_name(card: CardReading) -> None:
    """The domain mended by the company's initials, the email's local part by the name.

    Last among the readings: both need the company and the name read already.
    """
    # The company's level is measured against the domain as read: a domain put back from the
    # company's initials (below) would check the company by itself.
    card.read_domain = domain = card.domain
    company, name = card.company, card.name
    slipped = initials_slip(company.value, domain) if company and not company.repaired else None
    if slipped and domain:  # "vigroup.co.uk" beside Vantage Logistics Ltd: vlgroup, l read i
        card.emails = [
            replace(e, value=e.value.replace(domain, slipped), repaired=True) for e in card.emails
        ]
        card.urls = [
            replace(u, value=u.value.replace(domain, slipped), repaired=True) for u in card.urls
        ]
        card.domain = slipped
    card.slipped = slipped
    card.emails = [_small_l(e) for e in card.emails]
    if card.emails and name:
        emails = [joined_across_cut(e, card.lines, card.texts, name.value) for e in card.emails]
        mended = [repair_local_part(e, name.value) for e in emails]
        # Its local part written from the name, what was guessed of its domain stays marked:
        # "daisuke kimura@prismadenki.co.p", its ending put back (co.jp), then its dot.
        card.emails = [
            replace(
                new,
                ending=old.ending,
                site_slip=old.site_slip,
                from_site=old.from_site,
                site_longer=old.site_longer,
            )
            for old, new in zip(card.emails, mended, strict=True)
        ]
        # A start given back checks nothing.
        if not (card.emails[0].repaired and card.emails[0].prefix):
            card.local = card.emails[0].value.partition("@")[0]  # "Ikoehler" now "lkoehler"


def _small_l(email: Found) -> Found:
    """A capital I in an address's local part is a small l misread: addresses are printed
    small, and Tesseract reads a small i with its dot ("Imichel@" for lmichel@, no name read
    to check it; pool s103 photo 51). Not where the address is printed with capitals
    ("John.Smith@", "INFO@") or is a role's with its I ("Info@")."""
    local, at, domain = email.value.partition("@")
    if not at or "I" not in local:
        return email
    if any(c.isupper() for c in local.replace("I", "")) or normalize.is_role_local(local):
        return email
    return replace(email, value=f"{l_for_i(local)}@{domain}")


def _restored(
    text: str, spelling: str, leftover: bool, polish: bool = True, nordic: bool = False
) -> str:
    """The line's letters put back by the address; one not read as an address (a leftover)
    changes letters but adds none: "juan garciag@" read at 0.50 made GARCIA "GARCIAG" (pool
    s93 photo 92), the only name of 2,624 pool photos a leftover lengthened. On a card no clue
    makes Polish (``polish`` false) a ł is put back only in a Polish name of the tables; ø and
    æ only on a card that names a ``NORDIC`` country (``nordic``)."""
    out = restore_letters(text, spelling, nordic)
    if not polish and _stray_l_stroke(text, out):
        return _plain_l(text, out)
    added = sum(c.isalpha() for c in out) > sum(c.isalpha() for c in text)
    return text if leftover and added else out


def _is_words(text: str) -> bool:
    letters = sum(c.isalpha() for c in text)
    if letters >= 2 and legal_form_alone(text):
        return True  # a logo's "S.r.l." alone under "Nova Servizi": more dots than letters
    return letters >= 2 and letters >= 0.6 * len(text.replace(" ", ""))


# The countries whose ø and æ an address writes oe and ae, as German ones write ö and ä: put
# back in a name only on a card one of them names (review rev54: "Jan Maller" beside
# jan.moeller@...de is Möller).
NORDIC = frozenset({"DK", "NO", "IS", "FO"})


def _stray_l_stroke(text: str, out: str) -> bool:
    """``out`` has a ł ``text`` lacked in a word no Polish name of the tables is: the
    address's own slip bent a name read right on a Dutch, Swiss, German or Spanish card
    ("Ingrid de Bruijn" beside Aebruljn@ made "Brułjn", "Albrecht" beside albrechLfranziska@
    "Albrechł", "Silke" read "Sitke" beside silkew@ "Siłke": photo seeds 337-340; session 33)."""
    if out.lower().count("ł") <= text.lower().count("ł"):
        return False
    return any("ł" in w.lower() and w.lower().strip(",.") not in L_NAMES for w in out.split())


def _plain_l(text: str, out: str) -> str:
    """``text`` with the ł ``out`` put back for a t made l: "Sitke" beside silkew@ is Silke (a
    t read for the l; kept "Sitke", the address was then mended to it). A ł put back for an i
    is the address's i read l ("Bruijn" beside Aebruljn@): the line stays as read."""
    if len(text) != len(out):
        return text
    chars = list(text)
    for at, (read, put) in enumerate(zip(text, out, strict=True)):
        if put in "łŁ" and read not in "łŁ":
            if read not in "tT":
                return text
            chars[at] = "L" if put == "Ł" else "l"
        elif read != put:
            chars[at] = put
    return "".join(chars)
