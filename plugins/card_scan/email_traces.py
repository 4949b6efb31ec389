"""Whether a card with no address read prints one: traces of an address left on it.

A card with a website and no address read is accepted as a card that prints none
(``missing+web``) where nothing hints at one. An address row read in scraps (``tobias_b`` |
``chmitz`` | ``itzsoehne.at`` for tobias_baumann@schmitzsoehne.at, a blurred row on a scan,
session 16) says otherwise.
"""

from __future__ import annotations

import re

from .clues import Found, domain_of
from .domains import domain_in

# Letters joined by an underscore: on a card, only an address's local part writes one.
UNDERSCORED_RE = re.compile(r"[a-z]_[a-z]", re.IGNORECASE)


def address_scraps(texts: list[str], site_line: int, domain: str | None) -> bool:
    """A word outside the website's line that is an address's local part (``tobias_b``) or
    the site's domain cut inside a label (``itzsoehne.at`` of schmitzsoehne.at)."""
    for i, text in enumerate(texts):
        if i == site_line:
            continue
        for word in text.split():
            word = word.strip(",;:()<>").lower()
            if UNDERSCORED_RE.search(word):
                return True
            if domain and _cut_tail(word, domain):
                return True
    return False


def _cut_tail(word: str, domain: str) -> bool:
    if len(word) < 6 or "." not in word or len(word) >= len(domain):
        return False
    return domain.endswith(word) and domain[-len(word) - 1].isalnum() and word[0] != "."


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
