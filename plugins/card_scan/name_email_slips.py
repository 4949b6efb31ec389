"""Slips in a name line undone with the email's local part beside it: words glued or parted
other than the address parts them (``camel_name``, ``email_parted``), a given name's first
letters lost (``lost_initial``: one letter from the tables alone, more only with the address's
initial), an ö read as a 6 (``six_as_umlaut``); the firm's word on the name's row
(``firm_word_after``). ``people`` asks them in turn of a name line; the slips a name's own
letters show are ``name_slips``.
"""

from __future__ import annotations

import re

from contactkit import normalize
from contactkit.matching.nicknames import NICKNAME_GROUPS
from contactkit.matching.text import skeleton

from .domains import domain_label
from .local_parts import (
    local_letters,
    local_match,
    local_pieces,
    spelt_fold,
    spelt_letters,
    spelt_words,
)
from .name_slips import known_given

# "RosarioNavarroMartinez": the spaces between a name's words not read. Three words, or two of
# four letters and more each (not "McKenzie", "MacLeod", "DeLuca", "LaToya").
_CAMEL_PART_RE = re.compile(r"[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž]+")


def camel_name(text: str, local: str | None) -> str:
    """A line of one such word is parted where the email spells a part of it whole: a brand
    ("DataSoft", "GlaxoSmithKline") parted would look like a name."""
    parts = _CAMEL_PART_RE.findall(text)
    if local and parts == [text]:
        return _given_glued(text, local) or text
    if not local or "".join(parts) != text or len(parts) < 2:
        return text
    if len(parts) < 3 and not all(len(p) >= 4 for p in parts):
        return text
    return " ".join(parts) if local_match(local.lower(), spelt_words(" ".join(parts))) else text


def _given_glued(word: str, local: str) -> str | None:
    """``Andreasmuller`` beside ``amueller@``: a given name the tables know and the family name
    read as one word, the space between them lost; parted where exactly one such cut makes a
    name the email is written from in one of the usual forms; not a word the address holds
    whole (``Marketing`` beside ``marketing@`` is no "Mark Eting")."""
    if normalize.is_role_local(local) or spelt_fold(word) in local_pieces(local):
        return None
    found = [
        f"{word[:k]} {word[k:].capitalize()}"
        for k in range(3, len(word) - 2)
        if known_given(word[:k])
        and local_match(local.lower(), spelt_words(f"{word[:k]} {word[k:]}")) == 2
    ]
    return found[0] if len(found) == 1 else None


def email_parted(text: str, local: str | None) -> str:
    """Words of a name the email parts or spells shorter: ``JOHNSMITH`` (``J O H N  S M I T H``
    letter-spaced, joined by ``spaced_letters``) beside ``john.smith@`` is parted where the
    email parts it; ``SchmidtS`` beside ``anna.schmidt@`` (a capital read twice at a cut, glued
    to the word) loses the capital no name ends in."""
    pieces = local_pieces(local)
    if len(pieces) < 2 or not all(p.isalpha() for p in pieces):
        return text
    words = []
    for word in text.split():
        letters = spelt_fold(word)
        if word.isupper() and word.isalpha():
            for order in (pieces, pieces[::-1]):
                if len(order[0]) >= 2 and letters == "".join(order) and len(order) == 2:
                    word = f"{word[: len(order[0])]} {word[len(order[0]) :]}"
                    break
        elif re.fullmatch(r"[^\W\d_]*[a-zß-ÿ]{3}[A-ZÀ-Þ]", word) and letters[:-1] in pieces:
            word = word[:-1]
        words.append(word)
    return " ".join(words)


def lost_initial(text: str, local: str | None) -> str:
    """``rzegorz Wisniewski``, ``berly Thomas`` beside ``kthomas@``: the first letters of a
    large given name lost (to a logo beside it, or the photo's edge), the rest read. Put back
    where one given name the tables know ends so, of a letter more (or of up to three, its
    initial the email's)."""
    words = text.split()
    if len(words) < 2 or not words[0].isalpha() or not words[0].islower():
        return text
    if not all(w[:1].isupper() for w in words[1:]):
        return text
    head = spelt_fold(words[0])
    if len(head) < 4:
        return text
    # Where the email spells the word whole, letter_restore.restore_letters put it back already.
    pieces = [p for p in re.split(r"[^a-z]+", (local or "").lower()) if p]
    key = skeleton(head)
    initials = {p[0] for p in pieces}
    found = [
        g[: len(g) - len(key)]
        for g in NICKNAME_GROUPS
        if g.endswith(key)
        and (len(g) - len(key) == 1 or (g[0] in initials and len(g) - len(key) <= 3))
    ]
    if len(set(found)) != 1:
        return text
    return " ".join([(found[0] + words[0]).capitalize(), *words[1:]])


# A digit 6 between letters of a name word: an ö (its dots and its o) read as one glyph.
_SIX_RE = re.compile(r"(?<=[^\W\d_])6(?=[a-zß-ÿ])")


def six_as_umlaut(text: str, local: str | None, clue_region: str | None = None) -> str:
    """``Florian B6hm`` beside ``f.boehm@`` → ``Florian Böhm``: put back only where the
    address spells the word with the umlaut written out (oe), so a line no address checks
    stays no name (fresh photo seed 257 card 74, no name read; session 30). On a Spanish or
    Polish card the 6 is an ó the address writes o (``J6zef`` beside jozefk@, ``L6pez``
    beside e.lopez@, ``Wr6bel`` beside ewrobel@: photo seeds 361, 382, 384, no name read;
    session 38, name38); on a Swedish or Finnish card it is an ö the address writes o
    (``UMLAUT_O_REGIONS``); elsewhere an o in the address tells neither letter. The region is the
    one the card's own clues name, never the reader's default: a German card with no clue read
    in Madrid keeps ``B6hm`` beside bohm@."""
    if not local or "6" not in text:
        return text
    letters = local_letters(local)
    words = text.split()
    acute = clue_region in ACUTE_O_REGIONS
    umlaut = clue_region in UMLAUT_O_REGIONS
    for n, word in enumerate(words):
        fixed = _SIX_RE.sub("ö", word)
        if fixed != word and spelt_letters(_SIX_RE.sub("oe", word)) in letters:
            words[n] = fixed
        elif fixed != word and acute and spelt_letters(_SIX_RE.sub("o", word)) in letters:
            words[n] = _SIX_RE.sub("ó", word)
        elif fixed != word and umlaut and spelt_letters(_SIX_RE.sub("o", word)) in letters:
            words[n] = fixed  # "Elin Sundstr6m" beside elin.sundstrom@ on a Swedish card
    return " ".join(words)


# Where a name's accented o is ó (Józef, Wróbel, López, Gómez) and no ö is written.
ACUTE_O_REGIONS = frozenset({"ES", "PL", "MX", "AR", "CO", "CL", "PE"})
# Where it is ö and no ó is written, an address writing it o ("Sundström", sundstrom@: the
# second blind generator's scan seed 5 card 19, no name read).
UMLAUT_O_REGIONS = frozenset({"SE", "FI", "EE", "IS", "HU", "TR"})


def firm_word_after(name: str, email: str, company: str | None = None) -> bool:
    """The last of a name's three words or more spelt by the address's domain or the company's
    name, and not by the address's local part, which spells the family name before it: the
    firm's word mark set on the name's row ("JOOST WIJNANDS VERMEULEN" beside
    j.wijnands@vermeulen.nl, "STEFANO GALLI Alimentari" beside sgalli@alimentari-bianchi.it;
    second blind generator, scan seed 5; "Matthias Erdogan LEHMANN" at Lehmann & Bülow AG,
    matthias_erdogan@senlumgroup.de, photo seed 11). A family firm's name is the person's own
    family name ("Uwe Schwarz", uwe@schwarz-soehne.at): two words."""
    local, _, domain = email.lower().partition("@")
    words = spelt_fold(name).split()
    firm = normalize.registrable_domain(domain) if domain else None
    if len(words) < 3 or not firm:
        return False
    letters = re.sub(r"[^a-z]", "", local)
    last, family = words[-1], words[-2]
    named = set(spelt_fold(company or "").split())
    return (
        len(last) >= 4
        # "mail.vermeulen.nl": the firm's label, not "mail"
        and (last in domain_label(firm) or last in named)
        and last not in letters
        and len(family) >= 3  # not "O'Neill"'s o, which any address holds
        and family in letters
        and not known_given(family)  # "Anna Maria Rossi", annamaria@rossi.it: her family's firm
    )
