"""A company printed over two lines, joined: its name split across them where only both spell
the domain ("Graaf &" | "Zonen B.V." beside graafzonen.nl), or its legal form on the line under
it ("Koch & Cie" | "Sarl", "Müller & Weber GmbH" | "& Co. KG"). The line joined on is taken out
of the candidates, so it is not read again as the person's name (``companies`` reads the rest).
"""

from __future__ import annotations

import re

from contactkit import normalize

from .clues import has_legal_form, legal_form, trim_after_legal_form
from .domains import AND_WORDS, domain_label, initials_in, squashed
from .local_parts import given_name


def join_stacked_company(
    text: str, texts: list[str], candidates: list[int], i: int, domain: str | None
) -> str:
    """``Zonen B.V.`` under ``Graaf &`` beside graafzonen.nl, ``GROUPE`` over ``AURORA`` beside
    agroup.fr: a company printed over two lines, joined where only both lines together spell
    the domain (in full, or as the name's initials), and every word the other line adds is
    the domain's (or, alone, the initial it lacks). The joined line is taken out of
    ``candidates``, so it is not read again as the person's name."""
    if not domain or normalize.is_freemail(domain):
        return text
    label = domain_label(domain)
    for j in (i - 1, i + 1):
        if j not in candidates:
            continue
        # "t Tsusho" under "Cobalt": a stray letter at the line's start (a logo's edge).
        other = re.sub(r"^[a-z]\s+(?=[A-Z])", "", texts[j])
        first = (has_legal_form(text) and not has_legal_form(other)) or j < i
        joined = f"{other} {text}" if first else f"{text} {other}"
        if _spells(text, label) or not _spells(joined, label):
            continue
        words = [normalize.fold(w) for w in re.findall(r"[^\W\d_]+", other)]
        if _person_over(words, text):
            continue
        spelt = bool(words) and all(w in label or w in AND_WORDS for w in words)
        if spelt or (len(words) == 1 and len(words[0]) >= 3 and initials_in(joined, label)):
            candidates.remove(j)
            return joined
    return text


def join_form_below(text: str, texts: list[str], candidates: list[int], last: int) -> str:
    """``Koch & Cie`` over ``Sarl``, ``Cobalt Tsusho`` over ``Co.,Ltd.``: a company printed
    without its legal form, the form alone on the line under it, joined; and ``Müller & Weber
    GmbH`` over ``& Co. KG``: a line that starts with "&" goes on with the company's form."""
    below = last + 1
    if below not in candidates:
        return text
    if texts[below].startswith("&") and legal_form(f"{text} {texts[below]}"):
        candidates.remove(below)
        return f"{text} {texts[below]}"
    if legal_form(trim_after_legal_form(text)):
        return text  # ("Cie" is a form to cleanco, "Koch & Cie Sàrl" none without the Sàrl)
    found = legal_form(texts[below])
    if not found or found[1] < len(texts[below].split()):
        return text
    candidates.remove(below)
    return f"{text} {texts[below]}"


def _person_over(words: list[str], company: str) -> bool:
    """``Thomas Keller`` over ``Keller Bau GmbH`` beside thomaskeller.de: the owner, whose name
    the domain is, not the company's first line (a given name first, or a word it repeats)."""
    repeated = {w for w in words if len(w) >= 3} & set(re.findall(r"\w+", normalize.fold(company)))
    return bool(repeated) or (len(words) >= 2 and given_name(words[0]))


def _spells(text: str, label: str) -> bool:
    return (len(label) >= 5 and label in squashed(text)) or initials_in(text, label)
