"""A logo left of the company's name read as a word of it, where the domain cannot tell: a tall
monogram (``GE GUERIN ET FILS SARL`` beside guerinfils.fr, ``'Ts Taiyo Shoji Co.,Ltd.`` beside
tsgroup.co.jp) or a wordmark read unsure as a word of capitals (``SATO Saito Sangyo Co., Ltd.``
beside saito.co.jp). Each is dropped, and ``logo_dropped`` tells ``company_shapes`` to send
the name to review: nothing but the logo's shape says the word was no part of it
(``company_shapes.logo_dropped``, above the older logo rules in ``companies``)."""

from __future__ import annotations

import re

from contactkit import normalize

from .clues import has_legal_form
from .domains import GROUP_WORDS, domain_label, initials_in, squashed
from .lexicon import COMPANY_WORDS, TRADE_WORDS
from .logo_split import tall_logo
from .text_lines import Line

# Tesseract's confidence each word of the name after a logo must reach: the logo's ink read
# as letters is the line's doubt, the name printed plainly beside it is not.
SURE_WORD = 0.85
# A wordmark read under this is a logo's styled letters (SATO 0.82, ANAS 0.61 on photo seeds
# 348 and 359); a word of the name set plainly reads surer.
WORDMARK_CONF = 0.85
# A word of capitals ending in small letters ("ORREs"): no word is printed so; a logo is.
MIXED_RE = re.compile(r"[A-Z]{2,}[a-z]+")


def line_end_at(words: list[str], line: Line) -> int | None:
    """Where ``words`` start among the line's words, they being the line's end; else None."""
    texts = [w.text for w in line.words]
    k = len(texts) - len(words)
    return k if k >= 0 and texts[k:] == words else None


def _plain_name(words: list[str], line: Line, start: int) -> bool:
    """``words[start:]`` a name read surely: capitalised, holding a legal form."""
    rest = words[start:]
    k = line_end_at(words, line)
    if k is None or len(rest) < 2 or not re.match(r"[A-Z]", rest[0]):
        return False
    if any(w.conf < SURE_WORD for w in line.words[k + start :]):
        return False
    return has_legal_form(" ".join(rest))


def _label(domain: str | None) -> str:
    return domain_label(domain) if domain and not normalize.is_freemail(domain) else ""


def _in_host(letters: str, domain: str | None) -> bool:
    """A label of the domain, any before its end, spells ``letters``: ``BASF Coatings GmbH``
    beside coatings.basf.com, ``IBM Deutschland GmbH`` beside de.ibm.com (the first label
    alone, as ``_label`` gives it, spells neither)."""
    if not domain or len(letters) < 2:
        return False
    return any(letters in domain_label(part) for part in domain.lower().split(".")[:-1])


# A word of capitals only, three letters or more: an acronym set as a firm's logo is its name's
# own first word (``IBM Deutschland GmbH``, ``DHL Express Germany GmbH`` with no domain read).
ACRONYM_RE = re.compile(r"[A-Z]{3,}")
# Words firms add to a name, folded: ``GRUPO Antolin S.A.`` beside antolin.com is the name.
FIRM_WORDS = COMPANY_WORDS | TRADE_WORDS | GROUP_WORDS


def _tall_count(words: list[str], line: Line, domain: str | None) -> int:
    """How many tall logo words (one or two) lead ``words``, where the domain does not spell
    the rest (``tall_logo_words`` drops them where it does)."""
    k = line_end_at(words, line)
    if k is None:
        return 0
    tail = Line(words=line.words[k:])
    # ": 1 Sasaki Denki Co., Ltd.": a speck read as a mark before the logo goes with it.
    marks = 1 if not re.search(r"\w", words[0]) else 0
    drop = marks
    while drop < min(marks + 2, len(words) - 2) and tall_logo(words, tail, drop):
        drop += 1
    label = _label(domain)
    if drop == marks or (len(label) >= 3 and label in squashed(" ".join(words[drop:]))):
        return 0
    logo = words[marks:drop]
    if any(ACRONYM_RE.fullmatch(w) for w in logo) or _in_host(squashed(" ".join(logo)), domain):
        return 0
    # "GM\" Métallurgie SAS" beside garcia-metallurgie.fr: the domain spells more before the
    # name's first word, so its start was lost there (head_from_domain puts it back).
    head = squashed(words[drop])
    if len(head) >= 3 and head in label and not label.startswith(head):
        return 0
    # "W S\" Systemen B.V." beside wit.com: a domain that spells neither the rest's first word
    # nor its initials says the tall ink held the name's own first word.
    rest = " ".join(words[drop:])
    if len(label) >= 3 and not (len(head) >= 3 and head in label) and not initials_in(rest, label):
        return 0
    return drop if _plain_name(words, line, drop) else 0


def _wordmark(words: list[str], line: Line, domain: str | None) -> bool:
    """``SATO Saito Sangyo Co., Ltd.`` beside saito.co.jp: a word of capitals (4-6 letters)
    read unsure or in a shape no word has, before a name that spells the domain's whole label
    while the word is none of it. "Banco Santander S.A." beside santander.com reads surely."""
    label = _label(domain)
    k = line_end_at(words, line)
    if len(label) < 4 or k is None or len(words) < 3:
        return False
    first = line.words[k]
    if not re.fullmatch(r"[A-Z][A-Za-z]{3,5}", first.text):
        return False
    logo = MIXED_RE.fullmatch(first.text) or (first.text.isupper() and first.conf < WORDMARK_CONF)
    folded = normalize.fold(first.text)
    if not logo or folded in label or _in_host(folded, domain) or folded in FIRM_WORDS:
        return False
    return squashed(" ".join(words[1:])).startswith(label) and _plain_name(words, line, 1)


def drop_logo_mark(text: str, line: Line, domain: str | None) -> str:
    """``text`` without a logo's word before the company's name (see the module)."""
    words = text.split()
    if drop := _tall_count(words, line, domain):
        return " ".join(words[drop:])
    if _wordmark(words, line, domain):
        return " ".join(words[1:])
    return text
