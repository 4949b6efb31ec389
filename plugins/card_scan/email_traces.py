"""Whether a card prints an address not read: traces of one left on it.

A card with a website and no address read is accepted as a card that prints none
(``missing+web``) where nothing hints at one. An address row read in scraps (``tobias_b`` |
``chmitz`` | ``itzsoehne.at`` for tobias_baumann@schmitzsoehne.at, a blurred row on a scan,
session 16) says otherwise, and so does a host's ending alone on a row (``.ch``) or a host that
starts inside the company's word (``chaefer.ch`` beside Schafer & Cie: an address's end, no
firm's site); an ``@`` before a number is a phone's sign, no trace (session 18). Beside the
addresses read, a second one in scraps (a person's beside role addresses only, a role's beside
a person's) sends the field to review too.
"""

from __future__ import annotations

import re

from contactkit import normalize

from .clues import Found, domain_of
from .domains import domain_in, domain_label
from .leftovers import EMAIL_ATTEMPT_RE
from .lexicon import DEPARTMENT_WORDS
from .local_parts import spelt_fold, umlaut_plain
from .text_lines import Line

# Letters joined by an underscore: on a card, only an address's local part writes one.
UNDERSCORED_RE = re.compile(r"[a-z]_[a-z]", re.IGNORECASE)


def address_scraps(texts: list[str], site_line: int, domain: str | None) -> bool:
    """A word outside the website's line that is an address's local part (``tobias_b``), the
    site's domain cut inside a label (``itzsoehne.at`` of schmitzsoehne.at), its ending alone
    (``.ch``), a piece of its label (``_inside_label``) or the whole domain again (``quantum.fr``
    beside ``https://quantum.fr/c``, stephanie.david@ read as the host alone: DejaVu Sans
    Light)."""
    for i, text in enumerate(texts):
        if i == site_line:
            continue
        for read in text.split():
            word = read.strip(",;:()<>").lower()
            if UNDERSCORED_RE.search(word):
                return True
            if domain and (_cut_tail(word, domain) or _suffix_alone(word, domain)):
                return True
            again = "." in word and domain_of(word) == domain
            if domain and (again or _inside_label(read.strip(",;:()<>"), domain)):
                return True
            if domain and _host_after_letter(word, domain):
                return True
    return False


# A word of small letters alone this long, with no space, is an address's row read glued, not
# a word of print (a site, a handle or a profile has its dots, @ or slashes read; a department
# set small is a lexicon word); a name word's five letters running in it say whose
# ("sthcodorusedcitanl" at 0.93 for theodorus@delta.nl, its @ and dots misread: fresh photo
# 596/32, accepted as no address at missing+web/hi; over 7,000 cached cards no other
# emailless card had one).
GLUED_ROW = 10
NAME_RUN = 5


def name_glued(texts: list[str], site_line: int, name: str | None) -> bool:
    """A glued word of small letters outside the site's line that holds a run of a name word's
    letters: the card's address row, read as no address."""
    runs = {
        word[k : k + NAME_RUN]
        for word in spelt_fold(name or "").split()
        for k in range(len(word) - NAME_RUN + 1)
    }
    for i, text in enumerate(texts):
        word = text.strip()
        if i == site_line or len(word) < GLUED_ROW or not (word.isalpha() and word.islower()):
            continue
        letters = spelt_fold(word)
        if letters not in DEPARTMENT_WORDS and any(run in letters for run in runs):
            return True
    return False


def _host_after_letter(word: str, domain: str) -> bool:
    """The site's host glued after a letter (``ethameside.c`` beside thameside.co.uk: an
    address's ``@`` read as a letter, its local part lost, the row cut; fresh photo seed 178
    card 54, taken as printing no address at missing+web/mid). A site is written from its
    label or after ``www.`` or ``//``, never glued to a letter; a company's word that ends in
    the label has no dot after it."""
    label = domain.split(".")[0]
    at = word.find(f"{label}.")
    return len(label) >= 4 and at > 0 and word[at - 1].isalpha()


def _inside_label(word: str, domain: str) -> bool:
    """A word in small letters, as read, that the domain's label holds past its start: a piece
    of a second host (``rantr`` | ``de`` for a.mueller@muellerantriebstechnik.de, a row of small
    print read in scraps); a firm's name, its logo's letters, start where the label does."""
    label = domain.split(".")[0]
    return len(word) >= 5 and word.isalpha() and word.islower() and label.find(word) > 0


def _suffix_alone(word: str, domain: str) -> bool:
    """``.ch`` alone on a row of its own, the site read whole on another: the end of a second
    host, an address whose start was not read (b62 photo 23: bernd.schmidt@meiercie.ch read
    as ``.ch``, the card taken as printing no address at missing+web/hi)."""
    return len(word) >= 3 and word[0] == "." and domain.endswith(word)


def ending_alone(texts: list[str], site_line: int, domain: str | None) -> bool:
    """The site's ending, its dot lost, as the whole of another row (``es`` beside envases.es,
    ``de`` beside muellerantriebstechnik.de): an address's end read apart from its lost start
    (session 22: 2 of the 5 wrong at missing+web/hi over 2,600 all-font tuning photos, no card
    that printed no address)."""
    ending = (domain or "").rpartition(".")[2].lower()
    return len(ending) >= 2 and any(
        i != site_line and t.strip(" ,;:").lower() == ending for i, t in enumerate(texts)
    )


def _cut_tail(word: str, domain: str) -> bool:
    if len(word) < 6 or "." not in word or len(word) >= len(domain):
        return False
    return domain.endswith(word) and domain[-len(word) - 1].isalnum() and word[0] != "."


# The label as Tesseract misreads its end too: "Emall", "e-mait", "E-Mai1" (tuning photos 385/37
# and 360/23, each taken as a card printing only its site at missing+web; session 37).
EMAIL_LABEL_RE = re.compile(r"(?i)\be-?ma(?:il|ll|it|i1|1l)\b")
# A row opening on an address's one-letter label ("E:", "E. "): what it holds is an address.
# A firm's name with a dot after its E ("E.ON SE") is none, nor a founder's initial before a
# capitalised name ("E. Merck KG", "E. Breuninger GmbH & Co." beside their sites on a footer
# row: second review, session 33).
# A bare "E " before a lower-case word is the label too ("E gabriele. wagnerG wagner.at", the
# @ read as G: check photo 385/57, taken as a card printing only its site), not before a site's
# own start: an icon read as E before "www." labels no address.
E_LABEL_RE = re.compile(
    r"^\W*E(?:\s?:|\s?\.(?=\s)(?!\s+[A-Z][a-z])|\s(?!www\b|https?\b)(?=[a-z0-9]))"
)


def no_email_but_website(urls: list[Found], texts: list[str], company: str | None) -> bool:
    """No sign of an address anywhere on the card, and a website the company's name spells:
    the firm's site, not an address whose ``@`` was misread (``daangmulder.com``)."""
    if not urls or any(EMAIL_ATTEMPT_RE.search(t) or EMAIL_LABEL_RE.search(t) for t in texts):
        return False  # "e-mail; katarrynagessokol pl": an address printed, its @ misread
    if E_LABEL_RE.match(texts[urls[0].line]):
        # "E: a2 gid -zonen.nl" for E: ljansen@peters-zonen.nl: the site was read from the
        # address's own row, its local part and @ lost (fresh photo seed 299 card 65)
        return False
    domain = domain_of(urls[0].value)
    # "E sabine.friednchg wagner.de": a name's words and a separator just before the site's
    # domain are an address, its @ read as a letter.
    glued = re.compile(rf"(?i)\b[a-z]+[._][a-z]+\s?{re.escape(domain or '')}\b")
    inside = bool(domain) and starts_inside(domain or "", company or "")
    return domain_in(company, domain) and not inside and not any(glued.search(t) for t in texts)


def starts_inside(domain: str, company: str) -> bool:
    """``chaefer.ch`` beside Schafer & Cie Sàrl: a host that starts inside a word of the
    company's, its first letters not read; a firm's site starts where its name does. The card
    printed schroeder.tobias@schaefer.ch and no site (b27 photo 15, accepted at
    missing+web/hi)."""
    label = umlaut_plain(domain_label(domain))[:4]
    words = [umlaut_plain(w) for w in re.findall(r"[a-z0-9]+", spelt_fold(company))]
    if len(label) < 4 or any(w.startswith(label) for w in words):
        return False
    return any(w.find(label) > 0 for w in words)


def other_address_in_scraps(
    lines: list[Line], texts: list[str], taken: set[int], emails: list[Found], read: list[str]
) -> bool:
    """A second address printed beside those read and left in scraps: a person's beside role
    addresses only, or a role's beside a person's only (``texts``: the lines cleaned;
    ``taken``: the rows of other fields)."""
    return _person_in_scraps(texts, emails, read) or _role_in_scraps(lines, taken, read)


def _person_in_scraps(texts: list[str], emails: list[Found], read: list[str]) -> bool:
    """Only role addresses read ("info@"), and scraps of another address at their domain left
    on the card ("antoine." | "group.com" | "info@informatiquegroup.com": scan seed 12 card 38,
    the person's own address lost and the card accepted with the firm's)."""
    if not read or not all(normalize.is_role_local(e.partition("@")[0]) for e in read):
        return False
    rows = {e.line for e in emails if e.value in read}
    rest = [t if i not in rows else "" for i, t in enumerate(texts)]
    return address_scraps(rest, -1, domain_of(read[0]))


# A row of scraps: Tesseract unsure of most of its words (the row of contact@rpkk.com read at
# 0.00 to 0.37 but for its "com"); a printed line it read is surer.
SCRAPS_CONF = 0.5


def _role_in_scraps(lines: list[Line], taken: set[int], read: list[str]) -> bool:
    """Only a person's address read, and on a row of scraps no field took a role address's start
    and, after it, its domain's ending of three letters or more ("ee Contac OTD ES com voll"
    under sko@rpkk.com: tuning photo 14/6, the firm's contact@ lost and the card accepted with
    the person's alone; over 2,300 tuning and check cards no other row). Not a title's or a
    company's row ("Head of Sales UK", "Office Media Ltd"): no scraps, and taken."""
    if not read or any(normalize.is_role_local(e.partition("@")[0]) for e in read):
        return False
    domain = domain_of(read[0]) or ""
    ending = domain.rsplit(".", 1)[-1] if "." in domain else ""
    if len(ending) < 3:
        return False
    for i, line in enumerate(lines):
        if i in taken or line.mean_conf >= SCRAPS_CONF:
            continue
        words = [re.sub(r"[^a-z]", "", w.lower()) for w in line.text.split()]
        role = next((n for n, w in enumerate(words) if _role_start(w)), None)
        if role is not None and ending in words[role + 1 :]:
            return True
    return False


def _role_start(word: str) -> bool:
    """A role's local part, or the start of one five letters or more (``contac``)."""
    return len(word) >= 4 and (
        normalize.is_role_local(word)
        or (len(word) >= 5 and any(r.startswith(word) for r in normalize.ROLE_LOCAL_PARTS))
    )
