"""What else on a card could check a company no domain was read for.

A company with a legal form and no domain (``legal/hi``) is checked by nothing. On a card that
prints no address and no site that is all there is; but where an address or a site is printed
and was not read (``W viinder ni`` beside ``VLNDER B.V.``; ``kaus moeller@krueger-
kunststofftechnikde`` beside ``Kruger Kunststoftechnik GmbH``), the card holds the company's
name a second time, and the two readings disagree or cannot be compared: which one slipped, no
field tells. Such a company is measured apart (``legal+unread``), so the level of the cards
that print nothing to compare stays a measure of those alone.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from contactkit import geo, normalize

from .domains import other_words, trim_legal
from .lexicon import TRADE_WORDS
from .local_parts import umlaut_plain
from .word_confidence import ocr_band


def unread_check_level(
    level: str, company: str, texts: list[str], company_line: int, unread: bool
) -> str:
    """``level`` for the company, as ``legal+unread/<band>`` where a ``legal/<band>`` company
    could have been checked: an address or a site printed and not read (``unread``), or a line
    holding a word nearly the company's and not it (an address or a logo read with a slip)."""
    if not level.startswith("legal/"):
        return level
    others = [t for i, t in enumerate(texts) if i != company_line]
    if unread or _near_word(company, others):
        return level.replace("legal/", "legal+unread/", 1)
    return level


def near_word_level(level: str, company: str, domain: str | None, others: list[str]) -> str:
    """``domain+legal+other/<band>`` as ``...+near-word`` where a word the domain does not spell
    is nearly a word of another line, not it: the card prints that word twice and the two
    readings disagree ("A Harrowfielg Analytics Ltd" beside "w.harrowfield" with the site's
    end read as analytics.co.uk: photo seed 90 card 7, accepted at domain+legal+other/mid)."""
    if not level.startswith("domain+legal+other/"):
        return level
    unchecked = other_words(company, domain)
    # The address's or the site's letters only ("Engneenng Excellence", a department read with
    # slips, checks nothing); alike with umlauts as they write them too ("praezisionsteile"),
    # which plain letters may fake ("vestaengineering").
    sites = [t.lower() for t in others if WEB_TEXT_RE.search(t)]
    near = _near_word(unchecked, sites) and _near_word(
        umlaut_plain(unchecked), [umlaut_plain(t) for t in sites]
    )
    return f"{level}+near-word" if unchecked and near else level


WEB_TEXT_RE = re.compile(r"@|www|https?:|[a-z]\.[a-z]")


def _near_word(company: str, others: list[str]) -> bool:
    """A word of another line nearly one of the company's (5 letters and more), not equal and
    not holding it: ``viinder`` for ``VLNDER``, ``kruegerkunststofftechnikde``."""
    words = {w for w in _folded_words(trim_legal(company)) if len(w) >= 5}
    if not words:
        return False
    for text in others:
        for token in _folded_words(text):
            if len(token) < 4:
                continue
            for word in words:
                if word in token or token in word:
                    continue
                if fuzz.ratio(word, token) >= 75:
                    return True
                # A word inside a longer address ("kruegerkunststofftechnikde"), nearly.
                if (
                    len(word) >= 8
                    and len(token) > len(word)
                    and fuzz.partial_ratio(word, token) >= 90
                ):
                    return True
    return False


def _folded_words(text: str) -> list[str]:
    """The text's words folded, letters only; fold parts words at hyphens and dots too
    (``krueger-kunststofftechnik.de`` → krueger, kunststofftechnik, de), so only a site read
    without them stays one piece (``kruegerkunststofftechnikde``)."""
    return [re.sub(r"[^a-z]", "", w) for w in re.split(r"\s+", normalize.fold(text)) if w]


# A word Polish does not end so: "ee" ("ORZEE" for ORZEŁ, seed 102 photo 17, C059 capitals;
# "Maegorzata" for Małgorzata in names), an ł read as e. Polish writes a final "ee" in a few
# loans only ("idee").
POLISH_EE_END_RE = re.compile(r"ee$")


def foreign_word_level(level: str, company: str, domain: str | None, conf: float) -> str:
    """``domain+legal+other/letters`` split where the card is Polish (``.pl``) and every word
    the domain does not spell is one Polish does not write (a q or an x: "Nexus", "Quantum";
    not a v, which may be a w misread) or a trade word of the list ("Labs", "Logistics"): read
    letter for letter, such a word holds no ł or ó the English model misread, which is what the
    level doubts ("Wista" for Wisła). Only where those words were not read unsure (``conf``,
    their lowest): "Quantun" read at 0.3 is a slip the q does not check. A word ending as
    Polish does not (``POLISH_EE_END_RE``) is measured apart, ``+slip``."""
    if level != "domain+legal+other/letters" or geo.country_of_domain(domain) != "PL":
        return level
    unchecked = other_words(company, domain).split()
    if any(POLISH_EE_END_RE.search(w) for w in unchecked):
        return "domain+legal+other/letters+slip"
    if ocr_band(conf) == "lo":
        return level
    unchecked = [w for w in other_words(company, domain).split() if w != "wspolnicy"]
    if unchecked and all(re.search(r"[qx]", w) or w in TRADE_WORDS for w in unchecked):
        return "domain+legal+other/letters+foreign"
    return level
