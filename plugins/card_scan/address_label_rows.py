"""A bare host on a row an address's label opens: the address's domain, its ``@`` lost.

``E gabriele. wagnerG wagner.at`` (the @ read as G and a space), ``Courriel :
amichelprismaemballages.fr`` (the @ lost whole): no address pattern takes the row, and the
host at its end was read as the card's site, though the card prints none (tuning photo
385/57, accepted at ``company``). A label names what its row holds: a site printed
bare on the address's row is rarer than an @ misread. A site written with its www or scheme
(``E: www.b.de``) is kept.

Dropped from what the card gives only, last: read, the host still votes the card's country
(``Mail: htakahashiehelixco.jp`` makes the numbers Japanese) and mends the address (tuning
photo 360/97, whose phones were lost where it was dropped as it was read). Only where every
site read is such a host: beside a site read elsewhere the cross-check settles which is kept.
"""

from __future__ import annotations

import re

from .clues import Found
from .email_traces import E_LABEL_RE
from .web import bare_host

# "E-mail:", "Email", "Mail:", "Courriel :", "Correo:", as a row's first word
_WORD_LABEL_RE = re.compile(r"(?i)^\W*(?:e-?mail|e-?mall|mail|courriel|correo)\b")
# A row labelled for both ("E-Mail / Web: acme.de", "Mail & Internet") may hold the site
_WEB_LABEL_RE = re.compile(r"(?i)\b(?:web|www|internet|homepage|url)\b")


def on_address_row(text: str, texts: list[str]) -> bool:
    """The row opens on an address's label, and no row of the card holds an ``@``: where
    another does (the same row read twice, ``Courriel : amichel@prismaemballages.fr``), the
    host is what mends that reading's letters and is left to it (tuning photo 336/4)."""
    if any("@" in t for t in texts) or _WEB_LABEL_RE.search(text):
        return False
    return bool(E_LABEL_RE.match(text) or _WORD_LABEL_RE.match(text))


def sites_off_address_rows(urls: list[Found], texts: list[str]) -> list[Found]:
    """No site where every site read is a bare host on an address's labelled row."""
    if urls and all(bare_host(u.value) and on_address_row(texts[u.line], texts) for u in urls):
        return []
    return urls
