"""The site rewritten to the address's first reading follows the address as finally stored."""

from __future__ import annotations

import re
from dataclasses import replace

from .clues import Found, domain_of


def site_after_email(
    urls: list[Found], first: Found | None, stored: list[str], texts: list[str] | None = None
) -> list[Found]:
    """``Site : https://guerin-fils.com/contact`` beside ``morel@guerin-fik.com``: the
    cross-check rewrote the site to the address's domain as first read, then the address was
    mended from the company back to guerin-fils.com (check photo 384/54). The site follows
    the address as stored, at the level it had (repaired, to review): the misreading it took
    is one the card no longer holds. Tuning photos 332/37 and 349/26 (`wolterkunststoff...`,
    `henmann.de`) too.

    ``Site : www.muller-fiks.fr`` beside ``loicguerin@muller-fils.fr`` and Muller et Fils SARL:
    the other way round, the cross-check wrote the site's misreading into the address, which
    the company then mended back to the domain its own row prints. A site so left as read
    follows too, marked repaired (to review; tuning photos 326/4, 378/87), but only where
    ``texts`` (the card's rows) print the mended domain after an @; no other is touched."""
    if not (urls and first and stored):
        return urls
    site = urls[0]
    if not (site.repaired or first.from_site):
        return urls
    read, final = domain_of(first.value), domain_of(stored[0])
    if not (read and final) or read == final or domain_of(site.value) != read:
        return urls
    if not site.repaired and not _printed_after_at(final, texts or []):
        return urls  # the address as stored is printed nowhere: a guess, the site left as read
    value = re.sub(re.escape(read), final, site.value, count=1, flags=re.I)
    return [replace(site, value=value, repaired=True), *urls[1:]]


def _printed_after_at(domain: str, texts: list[str]) -> bool:
    return any(f"@{domain}" in re.sub(r"\s", "", t.lower()) for t in texts)
