"""Whether an address read as the given name's initial and the family name ("e.bennett@") began
with the row's one-letter label: British and other cards print ``E.`` (or ``M.`` for Mail)
before the address, and where the address is the family name alone and the given name starts
with the same letter (Erik Bennett), the label glued to it reads as the initial and the address
was accepted at ``name+domain``. ``card_fields_emails`` marks such an address's level
(``/label-initial``, unmeasured: to review) and, where the card's other rows carry one-letter
labels of their own ("T.", "M:", "F"), reads the address after the label.
"""

from __future__ import annotations

import re

from .local_parts import spelt_words
from .text_lines import Line, Word

# The letters cards print alone as an address's label: E(-mail), M(ail).
LABEL_LETTERS = "EM"
# A row's one-letter label at its start ("T.", "M:", "F", "E"): the card labels its rows so.
ROW_LABEL_RE = re.compile(r"^[A-Z][.:]?$")


def label_as_initial(value: str, name: str, words: list[Word]) -> bool:
    """The local part is the given name's initial, a dot and a later word of the name
    ("e.bennett" for Erik Bennett), and the row printed that initial as a capital label letter
    with its dot: a word of its own before the family name ("E." | "bennett@", which the row's
    text glues) or glued in one word with the address's small letters after it
    ("E.bennett@"). An address prints in small letters, so a capital before a small family
    name is a label; a small "e." (a real initial) and "E:" (its colon cut off as a label's
    when read) are left as read."""
    local = value.partition("@")[0].lower()
    names = spelt_words(name)
    if len(names) < 2 or not names[0] or not re.fullmatch(r"[a-z]\.[a-z]{2,}", local):
        return False
    initial, family = local[0], local[2:]
    if initial != names[0][0] or initial.upper() not in LABEL_LETTERS or family not in names[1:]:
        return False
    label = initial.upper() + "."
    for k, word in enumerate(words):
        text = word.text.lstrip("([")
        if text == label and k + 1 < len(words) and words[k + 1].text.startswith(family):
            return True
        if text.startswith(label + family) and "@" in text:
            return True
    return False


def labelled_rows(lines: list[Line], row: int) -> bool:
    """Another row of the card starts with a one-letter label and something after it ("T.
    0161", "M: 07700", "F 0316"; a logo's lone letter is none): the card labels its rows with
    letters, so the address's capital letter is its row's label."""
    return any(
        k != row and len(line.words) >= 2 and ROW_LABEL_RE.match(line.words[0].text)
        for k, line in enumerate(lines)
    )
