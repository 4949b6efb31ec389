"""What on a card names the country of its address's own ending, beyond the region votes: a
postcode of that country's shape before a town ("1250-146 Lisboa"), or a legal form the votes do
not know ("Lda.", Portugal's; Brazil writes "Ltda."). Asked before an ending that is a real
country's is put back to a look-alike one (``endings.slipped_ending_put_back``)."""

from __future__ import annotations

import re

from .postal import POSTCODE_COUNTRIES

# Legal forms that name one country and are not among the region votes' forms.
OWN_FORMS = {"PT": re.compile(r"(?i)(?<!\w)lda\b")}


def names_own_country(texts: list[str], country: str) -> bool:
    """A line of ``texts`` holds ``country``'s postcode before a town, or its legal form."""
    form = OWN_FORMS.get(country)
    if form and any(form.search(t) for t in texts):
        return True
    shapes = [shape.pattern for c, shape in POSTCODE_COUNTRIES if c == country]
    before_town = [re.compile(rf"(?<![\w-])(?:{shape})\s+[A-ZÀ-Ý][a-zà-ÿ]") for shape in shapes]
    return any(p.search(t) for p in before_town for t in texts)
