"""Pieces of a field's line that say the value read is not the whole of what was printed
(session 15, wrong15).

A company line that ends in a label: ``KESTREL HOLDINGS PLGirect:`` (plc, then the phone
line's "Direct:") was stored as "Kestrel Holdings Plgirect" at ``domain``: the domain checks
"Kestrel" and nothing the last word. A company's name never ends in a colon; a label does
("Direct:", "Tel:", "E-mail:"). A website read from the second piece of its line.
"""

from __future__ import annotations

import re

from contactkit import normalize

from .clues import legal_form
from .company_labels import shed_label
from .text_lines import Line


def label_glued(company: str, line: Line) -> bool:
    """The company's last word is its line's last word, and that ends in a colon; or a phone
    label after the line's legal form was dropped from it (``company_labels``)."""
    if shed_label(line.text) != line.text:
        return True
    words = line.text.split()
    last = company.split()[-1:] if company else []
    if not words or not last or not words[-1].endswith(":"):
        return False
    plain = re.sub(r"\W", "", normalize.fold(words[-1]))
    if legal_form(words[-1].rstrip(":")):
        return False  # "Lumen Holding B.V:": the form's dot read as a colon
    return bool(plain) and plain == re.sub(r"\W", "", normalize.fold(last[0]))


# "www.v vantage.es" for www.vvantage.es: a website's start parted from it by a space.
# "http://www. graaf.nl", "http://www graaf.nl": one site with a space in it; a piece ends in
# a letter and is more than "www".
SITE_START_RE = re.compile(r"(?i)(?:\bwww\.|https?://(?!www\s))[^\s@]*[a-z0-9]\s+$")


def site_split(value: str, text: str) -> bool:
    """The website's line holds a site's start (``www.``, ``http://``) just before the value, and
    the value itself has none: the site was read from its second piece only. Or the value is
    glued after a hyphen: no host starts with one, so its first label's start was lost
    (``E: a2 gid -zonen.nl`` for ljansen@peters-zonen.nl, ``zonen.nl`` accepted as the site
    beside Peters & Zonen B.V.: fresh photo seed 299 card 65)."""
    if re.match(r"(?i)www\.|https?:", value):
        return False
    at = text.find(value)
    if at > 0 and text[at - 1] == "-":
        return True
    return at > 0 and SITE_START_RE.search(text[:at]) is not None


# "https:/mfuji.co.jp" for https://ffuji.co.jp: one of the two slashes lost, read into the
# host's first letter with the f after it (fresh photo seed 197 card 51, Noto Serif). Before
# "www." the lost slash took no letter of the host ("https:/www.lumen.nl", pool s179 photo 20),
# nor where it was read as a letter of its own ("http:/Awww.vwesta.nl/", pool s162 photo 100).
SLASH_LOST_RE = re.compile(r"(?i)\bhttps?:/(?![a-z0-9]?www\.)(?=[a-z0-9])")


def slash_lost(text: str, url_domain: str, email_domain: str) -> bool:
    """The site's line shows its scheme with one slash, and the site's domain is not the
    address's at its first letter: the other slash may have been read into that letter, so the
    host's start is no surer than the email's. A slip further in tells nothing of the slash
    (``https:/alvarez.es`` beside ``@avarez.es``: the slash merely lost)."""
    return url_domain[:1] != email_domain[:1] and SLASH_LOST_RE.search(text) is not None
