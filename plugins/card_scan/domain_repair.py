"""A company nearly its domain's name, put back from the domain where the card says which slipped.

Nearly the domain (``near-domain``) is a slip in one of them, and mostly nothing tells which
("Atlas AG" beside atias.at: the domain slipped). Two cases do: the company read unsure
while the card prints the domain twice alike ("Vantate Co.,Ltd." read at 0.34 beside
ymatsumoto@vantage.co.jp and www.vantage.co.jp), and a logo's letters read before the name's
end that the domain spells ("S NES Nova S.A" beside sistemasnova.es, "metiayashi Denki" beside
hayashi.co.jp). The company is then shown as the domain spells it, and still goes to review.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from rapidfuzz.distance import Hamming

from contactkit import normalize

from .domains import AND as AND_WORDS
from .domains import domain_in, domain_label, trim_legal


def repair_near_domain(
    company: str, domain: str | None, conf: float, texts: list[str], least: float = 1.0
) -> str:
    """``company`` with the words the domain's name corrects, or as read (``conf`` the line's
    mean confidence, ``least`` its least sure word's)."""
    if not domain or normalize.is_freemail(domain):
        return company
    label = domain_label(domain)
    core = trim_legal(company).split()
    tail = company.split()[len(core) :]
    if len(label) < 5 or not core:
        return company
    if domain_in(company, domain):
        return company
    fixed = _logo_before_tail(core, label) or _glued_logo(core, label)
    if fixed is None and conf < 0.6 and sum(domain in t.lower() for t in texts) >= 2:
        fixed = _one_letter(core, label)
    # "W ce & KHAN LTD" beside wright.co.uk: a logo's word read as a smudge (0.36) on a line
    # whose other words were read surely.
    if fixed is None and (conf < 0.75 or least < 0.5):
        fixed = _smudged_name(core, label)
    return " ".join([*fixed, *tail]) if fixed else company


def _styled(word: str, like: str) -> str:
    return word.upper() if like.isupper() and len(like) > 1 else word.capitalize()


def _letters(words: list[str]) -> str:
    return re.sub(r"[^a-z0-9]", "", normalize.fold("".join(words)))


def _logo_before_tail(core: list[str], label: str) -> list[str] | None:
    """``S NES Nova``: short capitals before words that spell the label's end; the label's
    start, four letters and more, starting with the same letter, is what they misread."""
    for cut in range(1, len(core)):
        head, rest = core[:cut], core[cut:]
        spelt = _letters(rest)
        if len(spelt) < 3 or not label.endswith(spelt) or len(label) - len(spelt) < 4:
            continue
        start = label[: len(label) - len(spelt)]
        if all(len(w) <= 3 and w.isupper() for w in head) and _letters(head)[:1] == start[0]:
            return [_styled(start, rest[0]), *rest]
    return None


def _glued_logo(core: list[str], label: str) -> list[str] | None:
    """``metiayashi``: a word ending in the label less its first letter, letters before it
    (a logo glued on, the name's capital lost in it)."""
    for n, word in enumerate(core):
        letters = _letters([word])
        if len(label) >= 6 and letters.endswith(label[1:]) and len(letters) > len(label):
            return [*core[:n], _styled(label, core[-1]), *core[n + 1 :]]
    return None


def _one_letter(core: list[str], label: str) -> list[str] | None:
    """``Vantate``: one word, one letter off the label (as long), read unsure."""
    for n, word in enumerate(core):
        letters = _letters([word])
        if len(letters) == len(label) and Hamming.distance(letters, label) == 1:
            return [*core[:n], _styled(label, word), *core[n + 1 :]]
    return None


def _smudged_name(core: list[str], label: str) -> list[str] | None:
    """``Se aepotend Uhrenteile`` beside schmidt.ch, ``O Maat HOLDING`` beside ooranje.nl, read
    unsure: the words before the trade words, broken (a word of one or two letters), of about
    the domain's length and its first letter, spelling none of it, are its name smudged."""
    name = label[1:] if len(label) >= 5 and label[0] == label[1] else label
    for cut in range(1, len(core)):
        if not any(len(w) <= 2 for w in core[:cut]):
            continue  # a name read whole ("Sonnen Logistik" beside schmidt.de) is no smudge
        # "W ce & KHAN": the partners' "&" names no one
        named = [w for w in core[cut:] if _letters([w]) not in AND_WORDS | {""}]
        rest = [_letters([w]) for w in named]
        head = _letters(core[:cut])
        if head[:1] != name[:1] or not len(name) - 3 <= len(head) <= len(name) + 4:
            continue
        if not rest or any(len(w) < 4 or w in name for w in rest) or head[1:] in name:
            continue
        if fuzz.partial_ratio(head, name) >= 70:
            return None  # a slip of the name itself: near-domain's to tell, not this
        return [_styled(name, named[0]), *core[cut:]]
    return None
