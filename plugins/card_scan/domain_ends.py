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
    """The company's name (a word of it, or words of it in a row joined) is the domain's name
    with one letter more at its end or its start, or its initial doubled, where the domain
    spells it otherwise."""
    return _extra_letter(company, domain) is not None


def _extra_letter(company: str | None, domain: str | None) -> str | None:
    """The letter the company's name has past the domain's at its end, "" for a doubled
    initial or one the domain lacks, None where they are not so apart."""
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
    # Words in a row of the name, as domains join them ("valde" of "Val de Loire"): a run one
    # letter past the domain is as telling as the whole name (session 40, wrong40e).
    runs = {"".join(words[a:b]) for a in range(len(words)) for b in range(a + 1, len(words) + 1)}
    if label in runs:
        return None  # words of the name are the domain's, as printed: the domain checks them
    ends = {"".join(words), *words}  # a word alone, or the whole name
    for piece in sorted(runs):  # in one order, whatever the run's hash: the same letter told
        if len(piece) != len(label) + 1:
            continue
        if piece.startswith(label):
            if piece not in ends and piece[-1] == "s":
                # Part of a longer name, a plural its owner dropped ("datasystem.de" for Data
                # Systems Service GmbH): as likely as an s lost (review rev35b's real shapes).
                continue
            return piece[-1]
        if piece[1:] == label:
            # The initial lost after the @ ("immat.ch" beside LIMMAT SA), or one of a doubled
            # initial: inside the name, so domain_in agrees, and not an end s a firm drops.
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
    read apart and agrees with the address: two readings of the domain then outvote the name.
    The address is doubted whatever the company's own level: a domain that lost its initial
    leaves a company the domain no longer spells ("immat.ch" beside LIMMAT SA: ``odd``), while
    the company still backs the address inside its name (session 40, wrong40e)."""
    extra = _extra_letter(company, domain)
    if extra is None or company is None:
        return
    # A site read unsure agrees as a second reading no more: "www.longoimballagg.it" at 0.01
    # beside paolo.villa@longoimballagg.it and Longo Imballaggi S.p.A. (fresh photo seed 598
    # card 74, both readings of the domain losing its last i, accepted at email/lo).
    urls = evidence.get("urls", "")
    site_agrees = urls.startswith("email/") and not urls.endswith("/lo")
    if evidence.get("organization", "").startswith("domain"):
        if extra == "s" and site_agrees and not _s_echoed(company):
            # "Nordic Solutions AB" beside nordicsolution.se and www.nordicsolution.se: the
            # domain read twice alike, a plural its owner dropped; a read adds an s where the
            # next word's is echoed ("Lumens SAS"), not at a line's end or before "AB".
            return
        evidence["organization"] = "near-domain"
    if site_agrees:
        return
    if urls.startswith("email/"):
        evidence["urls"] = "company-slip"  # the site as the address has it: the same slip
    email = evidence.get("emails", "").split("/")[0]
    if "domain" in email and "repaired" not in email:
        evidence["emails"] = "company-slip"
