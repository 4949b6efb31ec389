"""A name's order: where cards print the family name first, and what tells the order of a
Japanese name printed in capitals (the email, a known given name)."""

from __future__ import annotations

from contactkit import normalize

from .lexicon import JAPANESE_FAMILY_TOO, JAPANESE_GIVEN_NAMES
from .local_parts import local_pieces

# Where cards print the family name first; the email may then tell the order.
FAMILY_FIRST_REGIONS = frozenset({"JP", "CN", "KR", "TW", "HU", "VN"})


# Words only Japanese firms add to a name (lexicon.COMPANY_WORDS): a card printing one is a
# Japanese card, whatever its numbers' format told ("Kondo Denki Co., Ltd." beside 052-546-2260,
# photo seed 90 card 73: "SUZUKI MAI" stored as given name Suzuki at largest+given/hi).
JAPANESE_FIRM_WORDS = frozenset(
    {"shoji", "sangyo", "denki", "kogyo", "tsusho", "seisakusho", "shokai", "bussan", "kensetsu"}
)


def japanese_card(region: str | None, texts: list[str]) -> bool:
    """The card's region is Japan, or a line names a firm only Japan names so."""
    if region == "JP":
        return True
    return any(w in JAPANESE_FIRM_WORDS for t in texts for w in normalize.fold(t).split())


def two_part(local: str | None) -> bool:
    """The local part holds two words (``yuko.oono``): it tells the order of the name."""
    return bool(local) and len(local_pieces(local)) >= 2


def printed_given_first(name: str) -> bool:
    """``SATOSHI GOTO``: a known Japanese given name, then a word that is none, was printed
    given name first (an email ``goto.satoshi@`` is then only the company's habit)."""
    words = [normalize.fold(w) for w in name.split()]
    return (
        len(words) == 2
        and words[0] in JAPANESE_GIVEN_NAMES
        and words[1] not in JAPANESE_GIVEN_NAMES
    )


def given_first(name: str) -> str:
    """A Japanese name printed family name first with nothing else telling the order ("OONO
    YUKO" beside ``oono@``): the word that is a known given name goes first."""
    words = name.split()
    if len(words) != 2:
        return name
    first, second = (normalize.fold(w) for w in words)
    if second in JAPANESE_GIVEN_NAMES and first not in JAPANESE_GIVEN_NAMES:
        return f"{words[1]} {words[0]}"
    return name


def order_guessed(name: str, local: str | None, countries: frozenset[str]) -> bool:
    """A Japanese name stored in the reverse of its address's order, first a word that is a
    family name too: "TAKAHIRO MIKI" beside takahiro.miki@, turned "Miki Takahiro" by the
    given-name list alone (``given_first``), is a guess."""
    if "JP" not in countries or not two_part(local):
        return False
    words = [normalize.fold(w) for w in name.split()]
    parts = local_pieces(local)
    return len(words) == 2 and parts[:2] == words[::-1] and words[0] in JAPANESE_FAMILY_TOO


def order_printed(name: str, capitals: str | None) -> bool:
    """The card's print tells the order ``name`` is stored in: its last word, the family name,
    is the one word of the line printed in capitals (``capitals``: "Yuki KONDOO" beside
    kondoo.yuki@, Yuki a family name too), as cards set a romanised Japanese name. Where both
    words are in capitals (``TAKAHIRO MIKI``) the order stays a guess (review37, session 37:
    3 of 3 right on the cached photos, none wrong at the level)."""
    words = name.split()
    if not capitals or len(words) != 2:
        return False
    return normalize.fold(capitals) == normalize.fold(words[1])
