"""Family names whose "rn" or "rr" Tesseract runs together into one "m", sure of it.

``Foumier Emballages SAS`` beside fegroup.fr and ``Hemmann Software GmbH`` beside hsgroup.at
(tuning photos 362/84 and 386/31, both accepted at domain+legal+other/hi; session 37): small
print's r and n (or r and r) touch and read as m at 0.94, and an address made of the firm's
initials checks nothing of the word. The misread word is no name, while the name it stands for
is among the commonest of its country: those names are listed here, as real cards print them.
"""

from __future__ import annotations

from contactkit import normalize

# Common family names (France, Germany, Spain, Portugal, Italy, the UK, the US) written with
# "rn" or "rr", folded. Names short enough that the misread is a word or a name of its own
# ("Horn" -> "Hom", "Torres" -> "Tomes"), or whose misread is one ("Horner" -> "Homer",
# "Cornet" -> "comet", "Carrillo" -> "Camillo"), are left out: a slip there is no sign.
_RN_RR_NAMES = (
    "fournier", "bernard", "bernardi", "bernardo", "bernhard", "bernhardt", "bernier",
    "garnier", "vernier", "arnaud", "arnoux", "arnold", "arnoldi", "hornung", "werner",
    "turner", "warner", "barnes", "osborne", "kearney", "hernandez", "fernandez", "fernandes",
    "hernandes", "cornejo", "herrmann", "herrera", "herrero", "ferrari", "ferrara", "ferraro",
    "ferrero", "ferreira", "ferrer", "guerrero", "serrano", "barrera", "carrasco", "marrero",
    "morrison", "harrison", "guerrini", "ferretti", "parreira", "correia", "barroso",
)  # fmt: skip


def _misreads(name: str) -> set[str]:
    """``name`` with one of its "rn" or "rr" read "m"."""
    return {
        name[:k] + "m" + name[k + 2 :]
        for k in range(len(name) - 1)
        if name[k : k + 2] in ("rn", "rr")
    }


_NAMES = frozenset(_RN_RR_NAMES)
_READ_M = frozenset(m for name in _NAMES for m in _misreads(name)) - _NAMES


def common_name_read_m(word: str) -> bool:
    """``word`` is a listed family name with its "rn" or "rr" read "m" (``Foumier``,
    ``Hemmann``)."""
    return normalize.fold(word).strip(".,") in _READ_M
