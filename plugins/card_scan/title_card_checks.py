"""A title checked against the rest of the card: the company's name spelt by the domain or its
monogram taken for a title, and a title whose row was read in pieces."""

from __future__ import annotations

import re

from contactkit import normalize

from .domains import AND_WORDS, domain_label, initials_in, spelt_squashed, trim_legal
from .local_parts import umlaut_plain
from .row_pieces import shared_height, side_gap, untaken_lines
from .text_lines import Line
from .titles import known_title_word


def spells_domain(title: str, domain: str | None) -> bool:
    """The title's letters are mostly the email's or site's domain name: ``VP Capital`` beside
    jmiller@vpcapital.com, ``Partner Bank`` beside partnerbank.at: the company's name, taken
    for a title by its strong word (session 15, hunt15)."""
    if not domain or normalize.is_freemail(domain):
        return False
    label = umlaut_plain(domain_label(domain))
    squashed = spelt_squashed(title)
    if len(label) >= 4 and label in squashed and len(label) >= 0.6 * len(squashed):
        return True
    # "MOORE SYSTEMS CoO." beside msgroup.com: the company ("Co." read as the title word COO),
    # its other words the domain's initials.
    rest = [w for w in title.split() if not known_title_word(w)]
    return len(rest) >= 2 and initials_in(" ".join(rest), label)


def company_monogram(title: str, company: str | None) -> bool:
    """The title is two or three capitals, the initials of the company's words: a monogram logo
    read as a title ("VP" beside Vantage Packaging Limited, printed four times the name's size,
    read surely: fresh photo seed 204 card 83, accepted at strong/hi; session 28, wrong28b)."""
    if not company or not re.fullmatch(r"[A-Z]{2,3}", title.strip()):
        return False
    words = re.findall(r"[a-z0-9]+", normalize.fold(trim_legal(company)))
    words = [w for w in words if w not in AND_WORDS]
    return len(words) >= 2 and "".join(w[0] for w in words) == title.strip().lower()


def row_parted(lines: list[Line], index: int, used: set[int]) -> bool:
    """Another line of letters beside the title on its row, left over: the title's row read in
    pieces (``Kierownik`` | ``kLogistyki``, ``KierownikD`` | ``Dzialu Zakupow`` | ``Ki`` on a
    tilted photo), and one piece stored as the whole title (session 16, wrong16)."""
    line = lines[index]
    if not line.words:
        return False
    tall = line.bottom - line.top
    for other in untaken_lines(lines, index, used):
        if sum(c.isalpha() for c in other.text) < 2:
            continue
        o_tall = other.bottom - other.top
        if not 0.6 <= o_tall / max(tall, 1) <= 1.7 and len(other.text.strip()) <= 3:
            continue  # a logo's letters ("DN", 113 px) beside a 27-px title: no piece of it
        if shared_height(line, other) < 0.5 * min(tall, o_tall):
            continue
        gap = side_gap(other, line)
        if gap <= 1.5 * max(tall, o_tall):
            return True
    return False
