"""A domain's ending against the card's country: a real suffix told apart from one cut short by
OCR (``acme.c``, ``acme.co`` on a Japanese card), the ending a country's firms use
(``FIRM_ENDINGS``), an ending one look-alike letter off the card's country's, and each put back
where the card's country says which (a guess, marked ``ending``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from contactkit import geo, normalize

from .clues import EMAIL_RE, Found, host_part
from .text_lines import Word
from .word_slips import words_one_letter_off


def host_of(value: str) -> str:
    return host_part(value).lower().removeprefix("www.")


def cut_suffix(value: str, region: str | None) -> bool:
    """``acme.co`` on a Japanese card: a real suffix, but ``co.jp`` cut short. The card's own
    region's code, added, makes a longer public suffix (``co.jp``, ``com.au``, ``co.uk``)."""
    host = host_part(value).lower().rstrip(".")
    # Not for the US: "co.us" is on the public-suffix list, yet no American firm uses it, while
    # many use ".co" itself.
    if not region or region == "US" or len(host.rsplit(".", 1)[-1]) != 2:
        return False
    if geo.country_of_domain(host) == region:
        return False
    code = country_ending(region)
    longer = normalize.public_suffix(f"{host}.{code}") or ""
    return longer.count(".") > (normalize.public_suffix(host) or "").count(".")


def mark_after_ending(words: list[Word]) -> bool:
    """The word that holds an address goes on past its ending with letters ("kuijper.nl/co",
    "...haugh.co,uk"), or a mark stands glued after an ending one letter short of com, net or
    org ("...teile.co}" for .com): the ending may be cut. Both such addresses on the second
    generator's tuning cards were wrong (session 63). A bracket or a bar after a whole ending
    ("(a@acme.com)", "a@acme.ch|") is the card's or a frame's (a second review)."""
    for word in words:
        found = EMAIL_RE.search(word.text) if "@" in word.text else None
        # A stop after it may be the sentence's, or the dot of an ending read as the next word
        # ("kondo.co." | "jp": the first generator's check photos)
        rest = word.text[found.end() :].rstrip(".,;:") if found else ""
        ending = found[0].rsplit(".", 1)[-1].lower() if found else ""
        if any(c.isalpha() for c in rest) or (rest and ending in CUT_GENERIC):
            return True
    return False


# A generic ending with its last letter lost.
CUT_GENERIC = frozenset({"co", "ne", "or"})


def country_ending(region: str) -> str:
    """The ccTLD of a region code: its code in small letters, but ``uk`` for GB."""
    return "uk" if region == "GB" else region.lower()


# Where a country's firms register under a second level of its ccTLD, not the ccTLD itself.
FIRM_ENDINGS = {
    "AR": "com.ar",
    "AU": "com.au",
    "BR": "com.br",
    "GB": "co.uk",
    "HK": "com.hk",
    "IL": "co.il",
    "JP": "co.jp",
    "KR": "co.kr",
    "MX": "com.mx",
    "MY": "com.my",
    "NZ": "co.nz",
    "SG": "com.sg",
    "TR": "com.tr",
    "ZA": "co.za",
}


# Countries whose firms use a second level as often as not (``com.cn``, ``co.in``), beside
# the ccTLD itself; not the guess ``firm_ending`` makes.
ALSO_SECOND_LEVEL = {
    "CN": "com.cn",
    "ID": "co.id",
    "IN": "co.in",
    "TH": "co.th",
    "TW": "com.tw",
    "VN": "com.vn",
}
# The one list of second-level endings the readers put back a dot in (``co,jp``, ``cojp``):
# the country parts of all of them, and of those under ``co.``.
SECOND_LEVEL_COUNTRIES = sorted(
    e.rpartition(".")[2] for e in (FIRM_ENDINGS | ALSO_SECOND_LEVEL).values()
)
UNDER_CO_COUNTRIES = sorted(
    e.rpartition(".")[2] for e in (FIRM_ENDINGS | ALSO_SECOND_LEVEL).values() if e.startswith("co.")
)


def firm_ending(region: str) -> str:
    """The ending a firm of the region most likely registers under (``co.jp``, ``com.au``,
    ``de``); ``com`` for the US, whose ``.us`` firms hardly use."""
    if region == "US":
        return "com"
    return FIRM_ENDINGS.get(region) or country_ending(region)


def glued_ending(value: str) -> bool:
    """``zenvix-globalcom.sg`` for zenvix-global.com.sg: the host ends on a country's firm
    ending under ``com.`` with the stop before it lost (``l.`` read as one ``L``, seed 14 photo
    94); nothing tells it from a name ending in "com", so a person looks. Not under ``co.``,
    which names end in as often ("tesco.uk")."""
    host = host_of(value).lower()
    for ending in (FIRM_ENDINGS | ALSO_SECOND_LEVEL).values():
        if ending.startswith("com.") and host.endswith(ending):
            return len(host) > len(ending) and host[-len(ending) - 1].isalnum()
    return False


def foreign_ending(value: str, regions: set[str]) -> bool:
    """The address's ending names a country and the card names others, never it: "weber.ni" on a
    Dutch card is ".nl" with its l read i as likely as a Nicaraguan firm."""
    country = geo.country_of_domain(host_of(value))
    return bool(country and regions and country not in regions)


# What a slash after a host is read as, glued to its ending ("www.armor.frl" for
# http://www.armor.fr/).
SLASH_READ = frozenset("lI1|i")


def slash_put_back(found: Found, regions: set[str], emails: list[Found]) -> Found:
    """A site whose ending names no country but is the ending of a country the card names with
    one letter more, one a slash is read as, loses that letter: "www.armor.frl" on a French
    card (its address in Lyon, its numbers +33) is http://www.armor.fr/, not the Frisian .frl.
    Accepted beside Armor S.A.R.L. on fresh photo seed 275 card 18, the address rebuilt from
    it (session 31). Before the cross-check: the address is checked by the site put back.
    Not where an address on the card ends so: an address has no slash to read, so its ending is
    printed ("www.tatry.ski" beside kovac@tatry.ski on a Slovak card; second review, rev31a)."""
    host = host_part(found.value).rstrip(".")
    stem, _, ending = host.rpartition(".")
    if any(e.value.lower().endswith("." + ending.lower()) for e in emails):
        return found
    if not (
        stem
        and len(ending) == 3
        and ending[-1] in SLASH_READ
        and geo.country_of_domain(ending.lower()) is None
        and ending[:-1].lower() in {country_ending(r) for r in regions}
    ):
        return found
    return replace(found, value=found.value.replace(host, f"{stem}.{ending[:-1]}", 1))


# Letters Tesseract takes for each other even where it is sure: in an ending ("nl" read "ni"),
# in a local part the name mends ("stetani" for stefanl).
LOOKALIKE_LETTERS = frozenset(frozenset(pair) for pair in ("il", "lt", "ij", "ft", "ce", "oe"))


def slipped_ending(value: str, regions: set[str]) -> bool:
    """The ending names a country, and one look-alike letter off it is the ending of another
    country the card names ("vissersystemen.ni", read at 0.90 on a Dutch card): a slip as
    likely as a foreign firm, at any confidence. Generic endings (.io, .co, .me) name none."""
    ending = host_of(value).lower().rsplit(".", 1)[-1]
    country = geo.country_of_domain(ending)
    others = {r for r in regions if r != country}
    return bool(country) and bool(lookalike_endings(ending, others))


def lookalike_endings(ending: str, regions: set[str]) -> list[str]:
    """The endings of the countries ``regions`` that ``ending`` is one look-alike letter off
    (``ni`` for ``nl``: ``LOOKALIKE_LETTERS``)."""
    named = {country_ending(r) for r in regions}
    return [
        other
        for other in words_one_letter_off(ending, named)
        if all(
            a == b or frozenset((a, b)) in LOOKALIKE_LETTERS
            for a, b in zip(ending, other, strict=True)
        )
    ]


def known_suffix(value: str) -> bool:
    """The host ends in a real public suffix (``.de``, ``.co.jp``), not an OCR-cut one."""
    host = host_part(value).lower()
    return normalize.public_suffix(host) is not None


def ending_put_back(found: Found, region: str | None, thin: bool = False) -> Found:
    """``fredericg@henryfils.f`` on a French card (b76 photo 85, its site cut alike): an ending
    cut short that starts exactly one of the card's country's code and com, net, org, put back
    (``.fr``); a guess, marked ``ending``. ``.c`` on a Swiss card (ch or com) stays cut. With
    ``thin`` (an address's, whose level marks the guess), also an ending whose thin last letter
    was lost or read as its look-alike (``thin_ending``)."""
    host = host_part(found.value)
    stem, _, cut = host.rpartition(".")
    if not region or not stem or not cut.isalpha():
        return found
    second = second_level_put_back(host, region)
    if second:
        value = found.value.replace(host, second, 1)
        return replace(found, value=value, repaired=True, ending=True)
    if known_suffix(found.value):
        return found
    code = country_ending(region)
    if thin and thin_ending(cut.lower(), code):
        return replace(
            found, value=found.value.replace(host, f"{stem}.{code}", 1), repaired=True, ending=True
        )
    endings = [e for e in (code, "com", "net", "org") if e.startswith(cut.lower()) and e != cut]
    value = found.value.replace(host, f"{stem}.{endings[0]}", 1) if len(endings) == 1 else ""
    if not value or not known_suffix(value):
        return found
    return replace(found, value=value, repaired=True, ending=True)


def thin_ending(cut: str, code: str) -> bool:
    """``cut``, no ending, is the country's ``code`` with its thin last letter lost at the row's
    end or read as its look-alike: ``.n`` and ``.pi`` for ``.nl`` and ``.pl`` (tuning photos
    340/13, 351/72, 324/96, 324/6; ``.n`` also starts .net, but that is two letters lost)."""
    if len(code) != 2 or code[-1] not in "il":
        return False
    return cut == code[0] or (cut[:1] == code[0] and frozenset((cut[1:], code[1])) == {"i", "l"})


def second_level_put_back(host: str, region: str) -> str:
    """``ishikawa.co`` or ``prismadenki.co.p`` on a Japanese card: the country's firms' ending
    (``co.jp``, ``FIRM_ENDINGS``) with its last part cut off or one of its letters lost, put
    back (``ishikawa.co.jp``); "" where the host ends otherwise. ``.co`` alone is a real
    ending, so only where the card's country makes it a longer one (``cut_suffix``)."""
    ending = FIRM_ENDINGS.get(region, "")
    first, _, code = ending.partition(".")
    if not code:
        return ""
    if host.lower().endswith(f".{first}") and cut_suffix(host, region):
        return f"{host}.{code}"
    stem, _, tail = host.rpartition(".")
    lost = {code[:i] + code[i + 1 :] for i in range(len(code))}
    if stem.lower().endswith(f".{first}") and tail.lower() in lost and not known_suffix(host):
        return f"{stem}.{code}"
    return ""


def slipped_ending_put_back(
    found: Found, regions: set[str], clued: set[str], named: Callable[[str], bool]
) -> Found:
    """``catharina.dewit@aurora.ni`` on a Dutch card (Noto Sans, photo seed 105): an ending one
    look-alike letter off the ending of the one country the card names (``slipped_ending``) is
    put back to that ending; a guess, marked ``ending`` (to review, as ``foreign-ending`` was).

    ``regions`` are all the countries the card names, its numbers' codes too; ``clued`` those
    its words and its numbers printed without a code name; ``named`` says whether another clue
    names a country. The ending is itself a country's, so it stays where anything names that
    country (".pt" beside "1250-146 Lisboa", "Lda." or +351), and is put back only to a
    country ``clued`` names: a Portuguese firm's Warsaw
    office (+48) makes no ".pl" of its ".pt" (review, late36b). Still doubted, to review."""
    if not slipped_ending(found.value, regions):
        return found
    host = host_part(found.value)
    stem, _, ending = host.rpartition(".")
    own = geo.country_of_domain(ending.lower())
    if own in regions or (own and named(own)):
        return found
    endings = lookalike_endings(ending.lower(), clued - {own})
    if len(endings) != 1:
        return found
    value = found.value.replace(host, f"{stem}.{endings[0]}", 1)
    return replace(found, value=value, repaired=True, ending=True)
