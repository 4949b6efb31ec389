"""Degrees and titles of address around a name (``Dr. sc. techn.``, ``Dipl.-Ing.``, ``DI``,
``MBA``): no words of the name."""

from __future__ import annotations

import re
import unicodedata

from contactkit import normalize

from .lexicon import DOTTED_HONORIFICS, HONORIFICS, POST_NOMINALS
from .name_slips import name_slips

# A degree's l read as a capital I after its small letters ("DipI.-Ing."): no degree prints one.
SMALL_L_AS_I_RE = re.compile(r"(?<=[a-z])I(?=[a-z.-]|$)")
# Degrees written in capitals only, so as not to take a given name ("Di Wang") for one:
# Austria's "DI" (Diplom-Ingenieur), also as Tesseract reads its I: "Dl".
# "OR." is DR. misread: no name starts with it.
CAPITAL_HONORIFICS = frozenset({"DI", "DI(FH)", "Mag.(FH)", "Dl", "Dl(FH)", "OR."})


def honorific(word: str) -> bool:
    """``Dr.``, ``DIPL.-KFM.``, ``Dr.-Ing.``: a title or a degree, alone or compound."""
    folded = normalize.fold(SMALL_L_AS_I_RE.sub("l", word))  # "DipI.-Ing."
    known = HONORIFICS | DOTTED_HONORIFICS if "." in word else HONORIFICS
    if folded.replace(" ", ".") in known:  # "sig.ra", "Dott.ssa": the fold made the dot a space
        return True
    parts = [p for p in re.split(r"[\s.()-]+", folded) if p]  # "(FH)"
    if "." in word:  # "Dipl.-lng.": a degree's I read as l (no name word has a dot after it)
        parts = [p if p in known else p.replace("l", "i") for p in parts]
        if len(parts) >= 2:
            # "PROF. OR.-ING.": a compound's short degree with D read O left the name unread
            # (fresh photo seed 258 card 99; session 30). A word alone is ``degree_misread``'s.
            return all(p in known or _slipped_degree(p) for p in parts)
    return bool(parts) and all(p in known for p in parts)


def printed_honorific(word: str) -> bool:
    """An honorific or degree as the tables spell it (``Dr.``, ``Dipl.-Ing.``, ``Mr``, ``Sra.``):
    none misread (``OR.``) or with its I read l (``Dipl.-lng.``), which ``honorific`` takes."""
    if word.endswith(","):
        return False
    if word in {"DI", "DI(FH)", "Mag.(FH)"}:  # Austria's, in capitals only ("Di Wang")
        return True
    folded = normalize.fold(word)
    known = HONORIFICS | DOTTED_HONORIFICS if "." in word else HONORIFICS
    if folded.replace(" ", ".") in known:  # "Sig.ra", "Dott.ssa"
        return True
    pieces = [p for p in re.split(r"[\s.()-]+", folded) if p]
    return bool(pieces) and all(p in known for p in pieces)


def titled(line: str) -> bool:
    """The line opens on an honorific as printed and goes on with two words at least."""
    words = line.split()
    return len(words) >= 3 and printed_honorific(words[0])


def _slipped_degree(piece: str) -> bool:
    """``or``, ``if``: two to four letters that one of a degree's letters read as another
    (``_DEGREE_SLIPS``) made of a degree."""
    return 2 <= len(piece) <= 4 and any(
        piece.replace(read, printed) in HONORIFICS for read, printed in _DEGREE_SLIPS
    )


# Letters of a short degree Tesseract reads as another, seen before Dutch and German names on
# photos: D as O ("ORS." for DRS., "Or. sc. techn."), r as f ("if." for ir.); before Czech ones
# g as e ("Mer. Lucie Kolarova" for Mgr.: the second blind generator's photo seed 6 card 91).
_DEGREE_SLIPS = (("o", "d"), ("f", "r"), ("e", "g"))
_GLUED_DEGREE_RE = re.compile(r"((?:[^\W\d_]{1,4}\.)+)([^\W\d_]{3,}(?:-[^\W\d_]+)?)")


def degree_misread(word: str) -> bool:
    """``if.``, ``ORS.``: a word of two to four letters and a dot (no name word has one after
    it but an initial) that one of a degree's letters read as another makes a degree."""
    plain = word.lower()  # folding would drop the dot
    if not re.fullmatch(r"[a-z]{2,4}\.", plain) or plain[:-1] in HONORIFICS:
        return False
    return _slipped_degree(plain[:-1])


def degree_in_pieces(first: str, second: str) -> bool:
    """``m`` ``gr``: a degree in small letters read as two words, a gap opened in it (Poland's
    mgr before Natalia Bąk kept its ``gr`` as a given name: photo seed 442 card 50, accepted at
    email+other/hi; late40n). Joined, the two make a degree of the tables."""
    pieces = (first.rstrip("."), second.rstrip("."))
    if not all(re.fullmatch(r"[a-z]{1,3}", p) for p in pieces):
        return False
    return "".join(pieces) in HONORIFICS and pieces[1] not in HONORIFICS


def degree_cut(word: str) -> bool:
    """``ch.``, ``ott.``: the end of a degree whose start the photo's edge cut off (``Arch.``,
    ``Dott.``), in small letters as a cut word starts; no name word has a dot after it."""
    if not re.fullmatch(r"[a-z]{2,4}\.", word) or word[:-1] in HONORIFICS:
        return False
    return any(h.endswith(word[:-1]) and len(h) > len(word) - 1 for h in HONORIFICS)


def _glued_degree(word: str) -> list[str]:
    """``ir.wilhelmus`` → ``ir.``, ``Wilhelmus``: a degree and the given name with no space
    read between them (the name's first letter, w or s or v as small as the capital, read
    small); the word as read where what stands before the dot is no degree."""
    glued = _GLUED_DEGREE_RE.fullmatch(word)
    if not glued or word.lower() in HONORIFICS or not honorific(glued.group(1)):
        return [word]
    name = glued.group(2)
    return [glued.group(1), name if name.isupper() else name[0].upper() + name[1:]]


def _degree_commas(text: str) -> str:
    """``DR. SC. TECHN, LENA BECKER`` → ``DR. SC. TECHN. LENA BECKER``: the dot after a degree
    before the name read as a comma (blurred photos), which left the name looking like the
    degrees after a comma. Only the degrees leading the line."""
    words = text.split()
    for i, word in enumerate(words[:-1]):
        if word.endswith(",") and honorific(word[:-1] + "."):
            words[i] = word[:-1] + "."
        elif not honorific(word):
            break
    return " ".join(words)


def bare_name(text: str) -> str:
    """``Dr. sc. techn. Dominik Neumann, MBA`` → ``Dominik Neumann``: degrees are no name."""
    # The second engine now and then gives a full-width letter ("Gutiérrｅz"): the same letter.
    text = unicodedata.normalize("NFKC", text)
    # A dot Tesseract set apart ("Dott. Ing . Paola Longo") goes back on its word.
    text = re.sub(r"\s+(?=[.,])", "", " ".join(text.split())).strip(" ,;:()[]|")
    text = _degree_commas(text)
    text = re.sub(r",\s*[A-Za-z.() ]{2,12}$", "", text)  # ", MBA", ", Ph.D."
    text = re.sub(r"(?<=[a-zß-ÿ]{2})\.$", "", text)  # "Harry Harris.": a speck read as a dot
    words = name_slips(text).split()
    if words:  # "ir.wilhelmus de Vries": a degree glued by its dot to the given name
        words[:1] = _glued_degree(words[0])
    if len(words) > 3 and degree_in_pieces(words[0], words[1]):
        words = words[2:]
    while len(words) > 2 and (
        honorific(words[0])
        or words[0] in CAPITAL_HONORIFICS
        or degree_misread(words[0])
        or degree_cut(words[0])
    ):
        words.pop(0)
    # "Di MONIKA KRUGER": Austria's DI with its I read small, before a name in capitals (a given
    # name "Di" is printed in the name's style: "DI WANG", "Di Wang"; "Dl" went above).
    if len(words) > 2 and words[0] == "Di" and all(w.isupper() for w in words[1:]):
        words.pop(0)
    # "mor inz. Maria Brzeczyszczykiewicz": a short word in small letters before a degree is a
    # degree misread ("mgr"), no particle of a name.
    if len(words) > 3 and re.fullmatch(r"[a-z]{2,4}\.?", words[0]) and honorific(words[1]):
        words = words[1:]
        while len(words) > 2 and honorific(words[0]):
            words.pop(0)
    # "Patrick Hughes, CEng MIMechE", "DR. SC. TECHN. SUSANNE BAUER, DIPL} ING.": letters after
    # the comma are degrees (the degrees before the name counted out first).
    head, comma, _ = " ".join(words).partition(",")
    if comma and 2 <= len(head.split()) <= 4:
        words = head.split()
    while len(words) > 2 and normalize.fold(words[-1]).replace(".", "") in POST_NOMINALS:
        words.pop()
    return " ".join(words)
