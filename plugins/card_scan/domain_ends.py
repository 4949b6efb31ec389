"""A company's name and its domain one letter apart at an end: a slip in one of them.

``domains.domain_in`` takes a domain whose name is spelt inside the company's for agreement.
Where the name holds the domain's letters and one more at its end or a doubled initial
("Lumens SAS" beside lumen.fr, the S of SAS echoed; "Asahi Shoji" beside asahishoj.co.jp, the
address's last letter lost), the two were printed alike and one was misread: nothing on the
card says which, so a person looks (session 35, wrongtext35).
"""

from __future__ import annotations

import re
from itertools import pairwise

from contactkit import normalize

from .domains import AND_WORDS, domain_in, domain_label, trim_legal
from .local_parts import spelt_fold, umlaut_plain

GLUED_RE = re.compile(r"\w\.|[a-zäöü][A-ZÄÖÜ]")


def end_letter_apart(company: str | None, domain: str | None) -> bool:
    """The company's name (a word of it, or its words joined) is the domain's name with one
    letter more at its end, or its initial doubled, where the domain spells it otherwise."""
    return _extra_letter(company, domain) is not None


def _extra_letter(company: str | None, domain: str | None) -> str | None:
    """The letter the company's name has past the domain's at its end, "" for a doubled
    initial, None where they are not so apart."""
    if not company or not domain or normalize.is_freemail(domain):
        return None
    if not domain_in(company, domain):
        return None  # not spelt at all: company_level says near-domain already
    label = umlaut_plain(domain_label(domain))
    if len(label) < 4 or not label.isalpha():
        return None
    # A word with a dot or a capital inside is a short word or a form glued, not the name's
    # letters: "De Santis & C. S.n.c." (& C., and partners), "CantabricoS.L" (its S.L); so is
    # a letter alone ("Jiménez Ingenieria S", its S.L. cut: domain+debris's).
    raw = [w for w in trim_legal(company).split() if len(w) > 1 and not GLUED_RE.search(w)]
    words = [
        umlaut_plain(w)
        for w in re.findall(r"[a-z0-9]+", spelt_fold(" ".join(raw)))
        if w not in AND_WORDS
    ]
    if label in words:
        return None  # a word of the name is the domain's, as printed: the domain checks it
    for piece in {"".join(words), *words}:
        if len(piece) != len(label) + 1:
            continue
        if piece.startswith(label):
            return piece[-1]
        if piece == label[0] + label:
            return ""
    return None


def _s_echoed(company: str) -> bool:
    """A word ending in s before one opening on it ("Lumens SAS"): the s may be the next
    word's read twice."""
    words = spelt_fold(company).split()
    return any(a.endswith("s") and b.startswith("s") for a, b in pairwise(words))


def doubt_end_letter(evidence: dict[str, str], company: str | None, domain: str | None) -> None:
    """Levels of the fields the slip may be in: the company's (``near-domain``, as a name one
    slip off its domain), and the address's and site's (``company-slip``) unless the site was
    read apart and agrees with the address: two readings of the domain then outvote the name."""
    if not evidence.get("organization", "").startswith("domain"):
        return
    extra = _extra_letter(company, domain)
    if extra is None or company is None:
        return
    site_agrees = evidence.get("urls", "").startswith("email/")
    if extra == "s" and site_agrees and not _s_echoed(company):
        # "Nordic Solutions AB" beside nordicsolution.se and www.nordicsolution.se: the domain
        # read twice alike, a plural its owner dropped; a read adds an s where the next word's
        # is echoed ("Lumens SAS"), not at a line's end or before "AB".
        return
    evidence["organization"] = "near-domain"
    if site_agrees:
        return
    email = evidence.get("emails", "").split("/")[0]
    if "domain" in email and "repaired" not in email:
        evidence["emails"] = "company-slip"
