"""Whether an address read as the family name alone lost the given name's initial before it,
though another reading shows it: the initial left as a scrap on the address's own row, or the
row's lone reading keeping it. ``card_fields_emails`` marks such an address's level
(``/initial-apart``, unmeasured: to review), and a doubted address's lone reading may then be
mended from the name (``email_mend``).
"""

from __future__ import annotations

import re

from .local_parts import spelt_words
from .text_lines import Word


def _family_alone(local: str, name: str) -> str | None:
    """The given name's initial, where the local part is one later word of the name alone."""
    names = spelt_words(name)
    if len(names) < 2 or not names[0] or local not in names[1:]:
        return None
    return names[0][0]


def initial_apart(value: str, name: str, words: list[Word], lone: list[str]) -> bool:
    """The local part is a family name alone, and another reading of its row shows the given
    name's initial before it: a word of the row that is the initial and a dot alone, just
    before the family name ("Email: d._ bennett @nova.com", the scrap read at 0.22 and dropped,
    for d.bennett@: photo seed 339 card 19), or the row's lone reading with the initial glued to
    the family name's first letters ("Emailj.femandez @gguadalquivires" for j.fernandez@: seed
    360 card 96); both accepted at name+domain/single/lo. On the 4,700 cached tuning photos
    these two were the only family names alone so shown, and 16 right ones had a lone reading.

    The initial counts only in small letters, as the address prints it: a capital "E." before
    "smith@" is a label. In a lone reading it must start a word or have a dot or underscore
    after it, so that a label's last letter ("Emailwolf@" beside Lukas Wolf) is none."""
    local = value.partition("@")[0].lower()
    initial = _family_alone(local, name)
    if initial is None or len(local) < 3:
        return False
    for k, word in enumerate(words[:-1]):
        after = words[k + 1].text.lower()
        if re.fullmatch(rf"{initial}[._]+", word.text) and after.startswith(local):
            return True
    glued = re.compile(
        rf"(?<![a-z]){initial}[._]?{re.escape(local[:3])}|{initial}[._]{re.escape(local[:2])}"
    )
    return any(glued.search(text) for text in lone)
