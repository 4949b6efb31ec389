"""A site read with its ending cut, whose row still spells the email's domain.

On a phone photo the small dot and the l of ``.pl`` blur first: ``http://www.nova. pi/``,
``https:/Avww.aurora._pl``, ``htp:/www.deltawerke def``. The site pattern then stops before
the ending and keeps ``www.nova`` (level ``cut``: left out, wrong). The row beside the card's
email ``wozniak@nova.pl`` spells the address's domain as ``site_rows`` reads a mangled row, so
it is that site, levelled ``email-row`` as there (tuning photos 339/6, 389/67, 377/37, 366/36).

A row that ends inside the host (``https://www.meye`` beside ``juttaw@meyer.ch``: the photo's
edge or a fold) spells only the domain's start: its end is a guess, ``email-row/cut``,
unmeasured and so left out for a person to look at (tuning photo 378/2).

The cut site's own row shows what was printed after the name: ``email-row`` only where that
starts as the email's ending does (``. pi``, ``._pl``, `` def``, ``.n|``). Another ending's start
(``www.acme. c`` for a firm's acme.com beside its acme.de mail, ``www.nova.e`` for nova.eu) is
another site and stays ``cut``; no letter at all (``www.consultoria.`` at the row's end) is the
guess above (tuning photo 366/36).
"""

from __future__ import annotations

import re

from .clues import Found, domain_of
from .endings import host_of, known_suffix
from .site_rows import same_start, site_from_email_row

# The row ends with the site read, only a dot or a slash after it
_ROW_END_RE = r"[./\s]*$"


def _ending_start(site: Found, text: str, domain: str) -> str | None:
    """The first letter read after the domain's name on the site's row ("" for none), or None
    where the row does not show the host ("Avww.aurora" reads as host aurora all the same)."""
    host, name = host_of(site.value), domain.partition(".")[0]
    at = text.lower().rfind(host)
    if not host.startswith(name) or at < 0:
        return None
    after = host[len(name) :] + text[at + len(host) :].split("/", 1)[0]
    letters = re.sub(r"[^a-z0-9|]", "", after.lower())
    return letters[:1]


def site_for_cut(
    urls: list[Found],
    emails: list[Found],
    texts: list[str],
    taken: set[int],
    final: list[str] | None = None,
) -> tuple[Found, str] | None:
    """The email's domain and its level for the one site read ``cut``, or None.

    ``taken`` are the rows other fields took; the site's own row is looked at again."""
    if len(urls) != 1 or (emails and emails[0].from_site) or not (emails or final):
        return None
    site = urls[0]
    found = site_from_email_row(emails, texts, taken - {site.line}, final)
    if found is not None:
        start = _ending_start(site, texts[site.line], found.value)
        if start is None or start == "":
            return found, "email-row/cut"  # the ending not seen: the email's is a guess
        if not same_start(start, found.value.partition(".")[2]):
            return None  # "www.acme. c" beside acme.de: the site's own ending is another's
        return found, "email-row"
    domain = domain_of((final or [emails[0].value])[0])
    if not domain or not known_suffix(domain):
        return None  # "orbis.x": the address cut short too
    host = host_of(site.value)
    text = texts[site.line]
    if "." in host or len(host) < 4 or not domain.startswith(host):
        return None  # "www.acme.c" is the ending's own cut: measured apart
    if not re.search(re.escape(site.value) + _ROW_END_RE, text, re.I):
        return None  # more read after it on the row: not cut at the row's end
    return Found(domain, 0.0, site.line), "email-row/cut"
