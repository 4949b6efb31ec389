"""A legal form of one country beside the domain of another: most often a form misread.

"ZAJAC i WSPOLNICY SPA," beside zajacwspolnicy.pl (tuning photo seed 473 card 47, accepted at
``domain+legal``): the Polish "Sp.k." read as the Italian "S.p.A.", the domain checking the
name and nothing checking its form. A firm prints the form of the country it is registered in,
and its country's domain beside it; a foreign form there is rare (a branch prints its own
country's form), so the company goes to a person rather than in as read.
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from .clues import legal_form
from .domains import folded_letters
from .lexicon import FORMS_BY_ENDING, LEGAL_FORM_REGIONS

# Domain endings that are not their country's code.
_COUNTRY_OF_ENDING = {"uk": "GB"}


def form_of_another_country(company: str, domain: str | None) -> bool:
    """``company`` ends in a form of one country only (``LEGAL_FORM_REGIONS``) and the domain
    ends in the code of another whose forms ``FORMS_BY_ENDING`` lists, that form not among
    them ("S.a.s." is Italian as well as French) and one letter from one of them."""
    found = legal_form(company)
    if not found or not domain:
        return False
    region = LEGAL_FORM_REGIONS.get(found[0])
    ending = domain.rsplit(".", 1)[-1].lower()
    forms = FORMS_BY_ENDING.get(ending)
    if region is None or forms is None:
        return False
    if _COUNTRY_OF_ENDING.get(ending, ending.upper()) == region:
        return False
    if company.split()[-1].strip(",.") == "Spa":
        return False  # "Alpenhof Wellness Spa": a spa, no S.p.A. (review rev46)
    own = {folded_letters(f) for f in forms}
    # Only a form one letter from one of the domain's country (Sp.k. read S.p.A.): a foreign
    # firm on a local domain prints its own form whole ("Coolblue B.V." beside coolblue.de).
    return found[0] not in own and any(Levenshtein.distance(found[0], f) == 1 for f in own)
