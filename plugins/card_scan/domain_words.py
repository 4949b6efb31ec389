"""Whether the words of a company its domain does not spell are words a list checks.

``domain`` (the domain spells the name, no legal form read) was meant for "Groupe Lumière"
beside groupelumiere.fr and "PPHU Sokół" beside sokol.pl: the words left over are a group word,
a Polish leading form or a trade word. Two photos of a new tuning seed had it accept a slip the
domain does not reach: "Cobalt Logistics Corporatian" (cobaltlogistics.com) and "BROWN &
ASSOCIATES LI? #1212" (the phone column's digits). Such a company is measured apart.
"""

from __future__ import annotations

from .domains import GROUP_WORDS, other_words
from .lexicon import COMPANY_WORDS, LEADING_FORMS, TRADE_WORDS

LISTED = GROUP_WORDS | LEADING_FORMS | TRADE_WORDS | COMPANY_WORDS


def unlisted_words(company: str, domain: str | None) -> bool:
    """Some word the domain does not spell is on no list (a name's word, a slip, digits)."""
    return any(w not in LISTED for w in other_words(company, domain).split())
