"""A phone label read onto the end of the company's line.

On a card whose phone column stands right of the company, the column's first label shares the
company's row and Tesseract reads both as one line: ``VINCENT INFORMATIQUE SAS Ligne directe``,
the number on the line below. In photos the label is often read glued to the legal form, the
letter where they touch read into both or misread: ``Aurora Ibérica S.L. Usetétono`` (S.L.U. and
Teléfono), ``Grabowski i Wspólnicy Sp. kom.:`` (Sp.k. and Kom.), ``Konig Feinmechanik
GmbHpjrext`` (GmbH and Direkt). What follows the form is dropped where it is a label or a slip of
one; the form's letters glued before it stay. The company is shown so, and a person looks.
The label words and what a slip of one looks like are here for ``glued_company`` too, which
parts a company read into the phone column the same way (``KESTREL HOLDINGS PLGirect:``).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from rapidfuzz import fuzz

from .clues import legal_form
from .domains import folded_letters
from .lexicon import PHONE_LABELS

# Phone labels and the words of two-word ones ("Ligne directe", "Tel. direct"); also what
# ``glued_company`` parts from a company read into the phone column.
LABEL_WORDS = frozenset(PHONE_LABELS) | {"ligne", "directe", "direkt", "diretto", "directo"}
NEAR_LABEL = 60  # fuzz.ratio; names and trade words after a form come out under it (tests)
# Nearer still where a letter of the form is put back too ("birekt" Direkt: 83).
TOUCHED_LABEL = 75
# A label's marks as read after it: "kom.:", "Usetétono |", "Tel. ;".
MARKS = " .:;|,!"


def shed_label(text: str) -> str:
    """``text`` without the phone label read after its legal form; ``text`` where no legal
    form ends the rest, or what follows it is no label."""
    words = text.split()
    # Separate words: "... SAS Ligne directe", "... GmbH Tel.:".
    for keep in range(len(words) - 1, max(0, len(words) - 3), -1):
        tail = [folded_letters(w) for w in words[keep:]]
        if all(w in LABEL_WORDS for w in tail if w) and any(tail) and _ends_form(words[:keep]):
            return " ".join(words[:keep])
    # "Summit Systems, Inc.p:": a one-letter label ("P:", "T:") glued to a dotted form; its
    # colon tells it from a form's own last letter.
    one = re.fullmatch(r"(.+\.)([^\W\d_])[:;]", words[-1]) if words else None
    if one and one.group(2).lower() in LABEL_WORDS and _ends_form([*words[:-1], one.group(1)]):
        return " ".join([*words[:-1], one.group(1)])
    # One word, the form's last letters and the label: "S.L. Usetétono", "Sp. kom.:".
    last = words[-1].rstrip(MARKS) if words else ""
    while len(words) > 1 and not last:  # "Usetétono |": a rule after the word
        words.pop()
        last = words[-1].rstrip(MARKS)
    for cut in range(len(last) - 2, -1, -1):
        head, tail = last[:cut], folded_letters(last[cut:])
        kept = [*words[:-1], head] if head else words[:-1]
        if len(tail) >= 2 and _label_slip(tail, head) and _form_ends_at(kept, head):
            if last.isupper() and not label_or_clipped(tail, 3) and _form_words(kept) == 1:
                # "NICHOLAS COLLINS": a word in capitals whose first letters spell a form alone
                # ("CO|LLINS", "llins" near "ligne") is a word of its own: only a label read
                # whole (or less its first letter) is cut from it so.
                continue
            return _dotted(kept, head)
    # The letter where form and label touch read as one of neither: "Sarbirekt" (Sàrl and
    # Direkt, l and D read b), "S-P.Retulare" (S.p.A. and Cellulare): the form less its last
    # letter, and a slip of a long label; put back where one letter only makes the form.
    for cut in range(len(last) - 5, 1, -1):
        head, tail = last[:cut], folded_letters(last[cut:])
        if len(folded_letters(head)) < 2 or not label_slip(tail, TOUCHED_LABEL):
            continue
        if whole := _one_letter_more(words[:-1], head):
            return " ".join(whole)
    return text


def _one_letter_more(words: list[str], head: str) -> list[str] | None:
    """``words`` and ``head`` with the one letter that makes ``head`` end a legal form."""
    upper = head.upper() == head
    found = [
        [*words, head + (c if upper else c.lower())]
        for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        if _ends_form([*words, head + c])
    ]
    return found[0] if len(found) == 1 else None


def _dotted(words: list[str], head: str) -> str:
    """The form's last letters read onto the label given their dot back: "S.L." and "U" are
    "S.L.U.", "Sp." and "k" "Sp. k."."""
    if not head or len(head) > 2 or not head.isalpha():
        return " ".join(words)
    if re.fullmatch(r"(?:[^\W\d_]\.){2,}", words[-2]):
        return " ".join([*words[:-2], f"{words[-2]}{head}."])
    return " ".join([*words[:-1], f"{head}."])


def _ends_form(words: list[str]) -> bool:
    """A legal form ends ``words``, with a name's word before it."""
    found = legal_form(" ".join(words))
    return found is not None and found[1] < len(words)


def _form_words(words: list[str]) -> int:
    """How many of ``words`` the legal form ending them takes (0 without one)."""
    found = legal_form(" ".join(words))
    return found[1] if found else 0


def _form_ends_at(words: list[str], head: str) -> bool:
    """A form ends ``words`` where the word was cut: the cut falls after a capital or a dot
    ("GmbH|pjrext", "SAS|..."), or the head finishes a form the word before begins ("S.L." and
    "U"); "Co|nseil" (Conseil) is a word, no form and a label."""
    found = legal_form(" ".join(words))
    if found is None or found[1] >= len(words):  # no form, or no name's word before it
        return False
    return not head or found[1] >= 2 or head[-1].isupper() or head[-1] == "."


def _label_slip(tail: str, head: str) -> bool:
    """``tail`` is a label, one less the first letter it shares with the form before it
    ("om" of Kom after "Sp. k"), or a slip of a long one; after a form in its own case run into
    small letters ("GmbHpjrext"), any word of three letters or more."""
    if label_or_clipped(tail, 3):
        return True
    if label_slip(tail, NEAR_LABEL):
        return True
    return len(tail) >= 3 and head.endswith("GmbH")


def label_or_clipped(tail: str, shortest: int) -> bool:
    """``tail`` (folded) is a label, or one of ``shortest`` letters or more less its first
    letter, read into the form before it ("om" of Kom after "Sp. k", "irect" of "PLGirect:")."""
    return tail in LABEL_WORDS or tail in _clipped_labels(shortest)


@cache
def _clipped_labels(shortest: int) -> frozenset[str]:
    """The labels of ``shortest`` letters or more less their first letter (asked of every word
    after a form: half a million comparisons on 400 cards, walked over the labels each time)."""
    return frozenset(w[1:] for w in LABEL_WORDS if len(w) >= shortest)


def label_slip(
    word: str, ratio: int, shortest: int = 5, labels: Collection[str] = LABEL_WORDS
) -> bool:
    """``word`` (folded) is a slip of a label of ``shortest`` letters or more, ``ratio`` near
    (fuzz.ratio): long enough that a slip still tells ("setetono" Teléfono, "retulare"
    Cellulare, "keicfono")."""
    return len(word) >= shortest and any(
        fuzz.ratio(word, w) >= ratio for w in labels if len(w) >= shortest
    )
