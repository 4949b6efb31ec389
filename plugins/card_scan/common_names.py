"""Names common in a country, and a name word read one letter off one of them.

``data/common_names.txt`` is built by ``bench/card_scan_name_tables.py`` from names-dataset 3.3.1
(Philippe Rémy, https://github.com/philipperemy/name-dataset; Apache License 2.0; its ranks
counted from a 2021 dump of social-network profiles, names and ranks only kept): per country
its 300 most common given names and 100 most common family names, and the names in their own
right (within a country's 2,000 most common given or 5,000 most common family names) that are one
letter off one of those. The matcher's nickname tables (``name_slips.known_given``) know a few
thousand given names, mostly English and western European; this one knows Polish, Ukrainian and
Russian names of a Polish card ("Marek", "Beata", "Oksana") as well as German family names.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from string import ascii_lowercase

SHORTEST = 4  # a word of three letters is one letter off too many names ("Ana", "Eva", "Ian")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Per country its common names (given and family as one set), and every name the table
    knows: common somewhere, or a name in its own right beside a common one."""
    text = (files(__package__) / "data" / "common_names.txt").read_text(encoding="utf-8")
    common: dict[str, set[str]] = {}
    known: set[str] = set()
    for row in text.splitlines():
        if not row or row.startswith("#"):
            continue
        country, _, names = row.split("\t")
        words = names.split()
        known.update(words)
        if country != "*":
            common.setdefault(country, set()).update(words)
    return {c: frozenset(v) for c, v in common.items()}, frozenset(known)


def one_letter_off(word: str, names: set[str] | frozenset[str]) -> str | None:
    """A name of ``names`` one letter off ``word`` (one letter lost, added or another read)."""
    for i in range(len(word) + 1):
        for letter in ascii_lowercase:
            if (added := word[:i] + letter + word[i:]) in names:
                return added
        if i == len(word):
            break
        if (lost := word[:i] + word[i + 1 :]) in names:
            return lost
        for letter in ascii_lowercase:
            if letter != word[i] and (other := word[:i] + letter + word[i + 1 :]) in names:
                return other
    return None


def near_common(word: str, countries: frozenset[str]) -> str | None:
    """The common name of the card's country that ``word`` (folded as an address spells it),
    no name the table knows, is one letter off: "zofa" (Zofia) on a Polish card, "wermer"
    (Werner) on a Swiss one. A word nothing else checks is then a letter misread as surely as
    a name: a person looks. Only where a clue or a number names the country."""
    if len(word) < SHORTEST or not (word.isascii() and word.isalpha()):
        return None
    per_country, known = _tables()
    common = frozenset().union(*(per_country.get(c, frozenset()) for c in countries))
    if not common or word in known:
        return None
    name = one_letter_off(word, common)
    return None if name is None or long_vowel(word, name) else name


def long_vowel(word: str, name: str) -> bool:
    """``word`` is ``name`` with a vowel written long: doubled ("Satoo", "Yuuki"; the Dutch
    "Maas", the Finnish "Kaarina") or, in romanised Japanese, an o written ou or oh ("Satou",
    "Satoh"): a way the name is spelt, no letter misread (photo seed 430 card 3 "Naoko Satoo"
    beside naoko@, sent to review by the first cut of the check)."""
    for i in range(1, len(word)):
        before, letter = word[i - 1], word[i]
        written_long = letter == before or (before == "o" and letter in "uh")
        if before in "aeiou" and written_long and word[:i] + word[i + 1 :] == name:
            return True
    return False
