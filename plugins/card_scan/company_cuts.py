"""A company line read cut or glued: its start lost at the photo's edge, its words run together.

In a photo the card's edge, a fold of the perspective or a logo beside the name cuts a
company's first letters off its line: ``UHAND GMBH`` beside bauertreuhand.ch, ``ware GmbH``
beside polarissoftware.de. What is left spells the domain's end, and the domain holds the
rest. A company printed with narrow spacing is read as one word (``AshworthLogisticsLLp``), and
no form or domain is found in it. Both are put back here; a cut one is shown as the domain
spells it, and a person looks (the caller marks it repaired).
"""

from __future__ import annotations

import re

from contactkit import normalize

from .clues import legal_form
from .domains import domain_label, squashed

# Words firms put before their name in a domain: "getharvest.com", "usemotion.com".
DOMAIN_HEADS = frozenset(
    {"get", "try", "use", "go", "my", "the", "join", "hello", "hey", "meet", "we", "our", "ask"}
)


def head_from_domain(
    text: str, domain: str | None, texts: list[str], at_edge: bool = False
) -> str | None:
    """``text`` (a name, maybe its legal form) with its name, the domain's end, put back whole
    as the domain spells it; None where the name is not the end of a longer domain's name.
    ``at_edge``: the line starts at the image's edge, where a photo cuts letters off."""
    if not domain or normalize.is_freemail(domain):
        return None
    form = legal_form(text)
    words = text.split()
    size = form[1] if form else 0  # the form may be on the line below ("UHAND" | "GMBH")
    if size >= len(words):
        return None
    core, tail = words[: len(words) - size], words[len(words) - size :]
    label = domain_label(domain)
    read = squashed(" ".join(core))
    if len(read) < 3 or not label.endswith(read) or len(label) == len(read):
        return _first_word_cut(core, tail, label, at_edge)
    if _printed_as_host(read, texts):
        # "EVERGREEN INC." beside "j.tumereevergreen.com" (j.turner@, its @ read as "re") and
        # "www. evergreen.com": the name is a host the card prints; the domain is the slip.
        return None
    if len(label) - len(read) < 3:
        # One or two letters lost: only where the line shows the cut (a name's word starting
        # small, or at the photo's edge), else a domain misread ("Dvesta-iberica.es" beside
        # "Vesta Ibérica S.L.U.") would change a name read whole.
        lost = label[: -len(read)]
        cut = at_edge or core[0][:1].islower()
        return _initial_put_back(core, tail, lost, read) if cut else None
    # A head that is a word of its own is printed apart, no cut: "getpostman.com" for Postman
    # Inc., "metallbau-weber.de" for Weber GmbH.
    if label[: -len(read)] in DOMAIN_HEADS or domain.lower().split(".")[0].endswith(f"-{read}"):
        return None
    name = _spaced(label, texts)
    capitals = "".join(c for c in " ".join(core) if c.isalpha()).isupper()
    return " ".join([name.upper() if capitals else name.title(), *tail])


def _first_word_cut(core: list[str], tail: list[str], label: str, at_edge: bool) -> str | None:
    """``seau Emballages SAs`` beside rousseau.fr, ``eber Bau GmbH`` beside weber.de: the first
    word's start lost (a logo's or a shadow's edge beside it, the photo's edge), the domain the
    name's first word alone; the word put back whole as the domain spells it, only where the
    line shows the cut (the word starts small, or at the photo's edge) and a capitalised word
    follows."""
    read = squashed(core[0])
    if len(core) < 2 or len(read) < 3 or not label.endswith(read) or len(label) == len(read):
        return None
    if not (at_edge or core[0][:1].islower()) or not core[1][:1].isupper():
        return None
    lost = label[: -len(read)]
    if len(lost) < 3:  # "eber Bau GmbH" beside weber.de
        return _initial_put_back(core, tail, lost, read)
    if lost in DOMAIN_HEADS:
        return None
    word = label.upper() if core[1].isupper() else label.capitalize()
    return " ".join([word, *core[1:], *tail])


def _printed_as_host(read: str, texts: list[str]) -> bool:
    """A line prints ``read`` (a name squashed) as a host on its own: "www. evergreen.com"."""
    host = re.compile(rf"(?<![a-z0-9]){re.escape(read)}\s?\.\s?[a-z]{{2,}}")
    return any(host.search(t.casefold()) for t in texts)


def _initial_put_back(core: list[str], tail: list[str], lost: str, read: str) -> str | None:
    """``eber & Cie Sarl`` beside weber-cie.ch, ``ARRIS & ASSOCIATES LLC`` beside
    harrisassociates.com: the name's first letter or two lost at a logo's or the photo's edge,
    put back in the word's case. Not a doubled initial ("aaurora.fr" for Aurora SARL, "ddelta.es"
    for Delta S.L.) nor a letter firms put before a name in a domain ("e", "i", "my")."""
    if lost[-1] == read[0] or lost in DOMAIN_HEADS or lost in {"e", "i"}:
        return None
    first = core[0]
    head = lost.upper() if first.isupper() else lost.capitalize()
    if not first.isupper():
        first = first.lower()
    return " ".join([head + first, *core[1:], *tail])


def _spaced(label: str, texts: list[str]) -> str:
    """The label parted after its longest start of three letters or more that another line
    prints as a word (``BAUER BAUE`` over ``UHAND GMBH``: "bauer treuhand"); else whole."""
    printed = {squashed(w) for t in texts for w in t.split()}
    for cut in range(len(label) - 3, 2, -1):
        if label[:cut] in printed:
            return f"{label[:cut]} {label[cut:]}"
    return label


# "AshworthLogisticsLLp": a small letter then a capital, inside one word.
CAMEL_RE = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý])")


def unglued(text: str) -> str:
    """``AshworthLogisticsLLp`` → ``Ashworth Logistics LLp``: a word of capitalised pieces whose
    last piece is a legal form, parted into its words; else ``text`` as read."""
    words = text.split()
    if not words:
        return text
    pieces = CAMEL_RE.split(words[-1])
    named = all(re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]{2,}", p) for p in pieces[:-1])
    if len(pieces) < 3 or not named or not legal_form(pieces[-1]):
        return text  # "nerGmbH&CoKG": a name's end and a form, no words run together
    return " ".join([*words[:-1], *pieces])
