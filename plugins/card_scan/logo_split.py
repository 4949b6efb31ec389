"""A company whose first letter is a logo's: printed large (or styled) and read as a line apart."""

from __future__ import annotations

import re

from contactkit import normalize

from .domains import domain_in, domain_label, initials_in, squashed


def join_logo_letter(
    text: str, texts: list[str], candidates: list[int], i: int, domain: str | None
) -> str:
    """``O`` over ``no Tsusho Co., Ltd.`` beside ono.co.jp: one or two capitals alone on the
    line beside the company, which with the company's first word spell the domain's name
    (and the company alone does not agree with it), are that word's start."""
    if not domain or normalize.is_freemail(domain) or not text.split():
        return text
    label = domain_label(domain)
    first, *rest = text.split()
    if len(label) < 3 or domain_in(text, domain):
        return text  # "J" beside "Jura SA" and jjura.ch: the domain doubles the initial
    for j in (i - 1, i + 1):
        letters = texts[j].strip() if 0 <= j < len(texts) else ""
        if not re.fullmatch(r"[A-Z]{1,2}", letters):
            continue  # (no candidate: too few letters to be words)
        word = letters + first.lower() if not first.isupper() else letters + first
        if squashed(word) == label:
            if j in candidates:
                candidates.remove(j)
            return " ".join([word, *rest])
    return text


def strip_monogram(text: str, label: str) -> str:
    """``S R Schmitz & Richter GmbH & Co. KG`` beside srgroup.de, ``| D Ikeda Denki Co., Ltd.``
    beside idgroup.co.jp: a monogram logo of one or two capitals (and a rule) before the name,
    where the domain is the name's initials (with a group word) only once it is dropped."""
    for monogram in MONOGRAM_RES:
        found = monogram.match(text)
        rest = found.group(1) if found else ""
        if len(rest.split()) >= 2 and initials_in(rest, label) and not initials_in(text, label):
            return rest
    return text


# "Ks } Kobayashi Seisakusho" beside ksgroup.co.jp: a monogram's second letter read small, and
# a rule beside it read as a mark.
MONOGRAM_RES = [
    re.compile(
        rf"(?:[^\w\s]+\s+)?(?:(?:[A-Z]{{1,2}}|[A-Z][a-z](?=\s+[^\w\s]))\s+(?:[^\w\s]+\s+)?){{{n}}}(\S.*)"
    )
    for n in (1, 2)
]


def strip_glued_echo(text: str, label: str) -> str:
    """``AZURAZUR S.A.R.L.`` beside aazur.fr: a wordmark logo read glued to the name it repeats;
    the first word is one word twice, and the domain spells it once, not twice."""
    words = text.split()
    first = squashed(words[0]) if words else ""
    half = len(first) // 2
    if len(first) < 6 or len(first) % 2 or first[:half] != first[half:]:
        return text
    if first[:half] not in label or first in label:
        return text
    return " ".join([words[0][len(words[0]) // 2 :], *words[1:]])
