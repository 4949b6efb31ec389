"""A small l in the company's word that the email's domain, as read, spells i.

domain_repair trusts the company's small l inside a word ("Atlas" beside atias.at: the address's
l read i). Tesseract slips the other way as well: "Saito Denki" read "Salto Denki" beside
tabe@saito.co.jp, the address rewritten to salto and the company accepted as checked by it
(session 38, photo seed 388 card 86). The two readings disagree on one letter and the
address was changed to agree, so neither checks the other; only a website read with some
confidence spelling the l backs the company.
"""

from __future__ import annotations

import re

from .calibration import ABSENT, UNMEASURED, probability
from .clues import Found
from .domains import domain_label
from .text_lines import Line

# Tesseract's confidence at or over which a website read with the l backs the company's l: the
# four right cards read the site at 0.72 to 0.91; the slip's own site ("Www.salto.co.jp") 0.10.
SITE_BACKS = 0.5

_DOMAIN_AS_READ_RE = re.compile(r"@\s*([\w-]+)")


def i_read_for_l(read_label: str, kept_label: str) -> bool:
    """The domain's first label as the email row read it differs from the one kept by small
    i(s) where the kept one has l, and by nothing else."""
    if len(read_label) != len(kept_label) or read_label == kept_label:
        return False
    pairs = zip(read_label, kept_label, strict=True)
    return all(a == b or (a, b) == ("i", "l") for a, b in pairs)


def _site_spells(urls: list[Found], lines: list[Line], label: str) -> bool:
    """A website on the card spells ``label`` and Tesseract read it at ``SITE_BACKS`` or over."""
    for url in urls:
        words = [w for w in lines[url.line].words if label in w.text.lower()]
        if words and max(w.conf for w in words) >= SITE_BACKS:
            return True
    return False


def l_disputed(
    company: str | None,
    domain: str | None,
    email: Found | None,
    urls: list[Found],
    lines: list[Line],
) -> bool:
    """The company's word has a small l where the email's domain, as read, has i, and no
    website read with confidence spells the l: the company unchecked ("Salto" beside
    saito.co.jp)."""
    if not company or not domain or email is None:
        return False
    label = domain_label(domain.lower())
    found = _DOMAIN_AS_READ_RE.search(lines[email.line].text)
    read = domain_label(found.group(1).lower()) if found else ""
    if not i_read_for_l(read, label):
        return False
    # Only a small l printed in the company's own word: a capital L ("WL Group") is no slip
    # of an i.
    letters = re.sub(r"[^A-Za-z]", "", company)
    at = letters.lower().find(label)
    if at < 0 or any(
        letters[at + i] != "l" for i, (a, b) in enumerate(zip(read, label, strict=True)) if a != b
    ):
        return False
    return not _site_spells(urls, lines, label)


def l_disputed_levels(evidence: dict[str, str]) -> None:
    """The company's, the site's and the address's levels tagged ``+l-disputed`` (unmeasured:
    to review); a level already under ``UNMEASURED`` keeps its own, the tag never raises it."""
    for key in ("organization", "urls", "emails"):
        level = evidence.get(key, "missing")
        if level not in ABSENT and probability(key, level) > UNMEASURED:
            evidence[key] = f"{level}+l-disputed"
