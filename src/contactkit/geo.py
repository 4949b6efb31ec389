"""Countries: an ISO 3166-1 alpha-2 code from what contacts show, and one per organization.

A country arrives as a name in any language ("Deutschland", "Schweiz", "Royaume-Uni"), an ISO
code (alpha-2 or alpha-3), a phone number's calling code, or a country-code top-level domain.
Names come from pycountry (English, official and common names) and Babel's CLDR territory names in
every language it ships, never from a hand table. ``infer_country`` weighs an organization's
signals by majority into one code with a confidence.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import phonenumbers
import pycountry

from contactkit import normalize

# How much one signal counts. An address says where the company is; a desk phone almost always
# rings in its country; a ccTLD is often chosen for a market rather than for the seat.
WEIGHTS = {"address": 1.0, "phone": 0.8, "cctld": 0.5}

# ccTLDs sold worldwide as generic names: they say nothing about where a company is.
GENERIC_CCTLDS = frozenset({"ai", "cc", "co", "fm", "gg", "io", "la", "ly", "me", "sh", "to", "tv"})
# The ccTLDs whose label differs from the ISO code.
CCTLD_ALIASES = {"uk": "GB", "su": "RU", "ac": "SH"}

NAME_ALIASES = {
    "brd": "DE", "frg": "DE", "uae": "AE", "great britain": "GB", "the netherlands": "NL",
    "the united states": "US", "the uk": "GB", "ksa": "SA", "prc": "CN", "roc": "TW",
}  # fmt: skip
"""Abbreviations and forms people write in addresses that no standard list carries."""


def _key(text: str) -> str:
    """Case- and accent-folded, punctuation-free, any script: ``Österreich`` → ``osterreich``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.replace("&", " and ")
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


@lru_cache(maxsize=1)
def _iso_codes() -> frozenset[str]:
    return frozenset(c.alpha_2 for c in pycountry.countries)


@lru_cache(maxsize=1)
def _names_en() -> dict[str, str]:
    """pycountry's names and codes: the fast path, and the first word on a clash."""
    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name", "alpha_3"):
            value = getattr(country, attr, None)
            if value:
                table.setdefault(_key(value), country.alpha_2)
                # "Korea, Republic of" is also written "Republic of Korea"
                if "," in value:
                    head, _, tail = value.partition(",")
                    table.setdefault(_key(f"{tail} {head}"), country.alpha_2)
    return table


COMMON_LANGUAGES = (
    "en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "nb", "fi", "cs", "hu", "tr",
    "ru", "el", "ja", "zh", "ko", "ar",
)  # fmt: skip
"""Asked first: their names cover almost every address; all of CLDR takes seconds to read."""


@lru_cache(maxsize=1)
def _names_common_languages() -> dict[str, str]:
    """CLDR territory names in the languages most addresses are written in (a fraction of a
    second, on the first name pycountry does not know)."""
    return _territory_names(COMMON_LANGUAGES)


@lru_cache(maxsize=1)
def _names_all_languages() -> dict[str, str]:
    """CLDR territory names in every language Babel ships: the common languages first, so a name
    meaning two countries keeps the common language's. Read from the shipped table when it was
    built from this Babel; otherwise built here (seconds: every locale file is read)."""
    return _shipped_names() or _built_all_languages()


def _built_all_languages() -> dict[str, str]:
    from babel.localedata import locale_identifiers

    others = sorted(i for i in locale_identifiers() if "_" not in i and i not in COMMON_LANGUAGES)
    return _territory_names((*COMMON_LANGUAGES, *others))


def _territory_names(languages: tuple[str, ...]) -> dict[str, str]:
    from babel import Locale

    codes = _iso_codes()
    table: dict[str, str] = {}
    # English first, then the other languages: a name that means two countries keeps the first.
    for language in languages:
        try:
            territories = Locale.parse(language).territories
        except (ValueError, LookupError):  # a locale without territory names
            continue
        for code, name in territories.items():
            if code in codes:
                table.setdefault(_key(name), code)
    return table


SHIPPED_NAMES = Path(__file__).parent / "data" / "territory_names.json.gz"
"""``_names_all_languages`` as built from one Babel and pycountry, stamped with their versions:
a cache of their data (each line of a card that names no country would otherwise read all of
CLDR in each process), never a hand table. ``python -m contactkit.geo`` builds it again."""


def _built_from() -> dict[str, str] | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return {"babel": version("babel"), "pycountry": version("pycountry")}
    except PackageNotFoundError:  # installed without metadata (a frozen app): build live
        return None


@lru_cache(maxsize=1)
def _shipped_names() -> dict[str, str] | None:
    """The shipped table, when it was built from the Babel and pycountry installed here."""
    try:
        held = json.loads(gzip.decompress(SHIPPED_NAMES.read_bytes()))
    except (OSError, ValueError):
        return None
    built_from = _built_from()
    return held["names"] if built_from and held.get("built_from") == built_from else None


def write_shipped_names() -> int:
    """Build the table from the installed Babel and pycountry and ship it; the names written."""
    names = _built_all_languages()
    held = {"built_from": _built_from(), "names": names}
    text = json.dumps(held, ensure_ascii=False, sort_keys=True)
    SHIPPED_NAMES.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    return len(names)


def _cldr_name(key: str) -> str | None:
    shipped = _shipped_names()
    if shipped is not None:
        return shipped.get(key)
    # no table for this Babel: the common languages answer most names without reading them all
    return _names_common_languages().get(key) or _names_all_languages().get(key)


# Letters each followed by a dot: "U.K.", "U. K."
DOTTED_LETTERS_RE = re.compile(r"(?:[^\W\d_]\.\s*)+")


@lru_cache(maxsize=8192)
def country_code(value: str | None) -> str | None:
    """The ISO alpha-2 code for a country name in any language or an ISO code; None if unknown."""
    if not value or not value.strip():
        return None
    text = value.strip()
    if len(text) == 2 and text.isascii() and text.isalpha():
        code = text.upper()
        code = CCTLD_ALIASES.get(text.lower(), code)
        return code if code in _iso_codes() else None
    key = _key(text)
    if not key:
        return None
    if all(len(part) == 1 for part in key.split()):
        # "U.S.A." is written for "USA", "S W E D E N" letter-spaced; two letters apart without
        # their dots ("[a] U", "s V": specks and an icon read at an address row's end) spell none
        spelt = key.split()
        dotted = DOTTED_LETTERS_RE.fullmatch(text.strip("()[]-–,;: "))
        return country_code("".join(spelt)) if len(spelt) >= 3 or dotted else None
    return NAME_ALIASES.get(key) or _names_en().get(key) or _cldr_name(key)


def country_name(code: str | None) -> str | None:
    """The English short name of an ISO alpha-2 code."""
    country = pycountry.countries.get(alpha_2=code) if code else None
    return getattr(country, "common_name", None) or (country.name if country else None)


@lru_cache(maxsize=65536)
def country_of_phone(e164: str | None) -> str | None:
    """The region a number in E.164 belongs to (``+41 44 ...`` → ``CH``); None if unsure."""
    if not e164 or not e164.startswith("+"):
        return None
    try:
        number = phonenumbers.parse(e164.split(";", 1)[0], None)
    except phonenumbers.NumberParseException:
        return None
    region = phonenumbers.region_code_for_number(number)
    return region if region and region in _iso_codes() else None


def country_of_domain(domain: str | None) -> str | None:
    """The country a ccTLD names (``acme.co.uk`` → ``GB``); None for generic and vanity TLDs."""
    if not domain:
        return None
    label = domain.strip().lower().rstrip(".").rsplit(".", 1)[-1]
    if len(label) != 2 or label in GENERIC_CCTLDS:
        return None
    return country_code(label)


@dataclass
class CountryGuess:
    """An organization's country, how sure we are, and the signals behind it."""

    code: str | None
    confidence: float
    votes: dict[str, float] = field(default_factory=dict)
    """Weight per country code."""
    signals: Counter[str] = field(default_factory=Counter)
    """How many signals of each kind (address, phone, cctld) were counted."""
    defaulted: bool = False

    def evidence(self) -> str:
        """One line: ``DE 0.82 (address 3, phone 2, cctld 1; AT 0.18)``."""
        if self.defaulted:
            return f"{self.code} (the configured default: no contact says where)"
        total = sum(self.votes.values()) or 1.0
        kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(self.signals.items()))
        others = "; ".join(
            f"{code} {weight / total:.2f}"
            for code, weight in sorted(self.votes.items(), key=lambda kv: -kv[1])
            if code != self.code
        )
        return f"{self.code} {self.confidence:.2f} ({kinds}{'; ' + others if others else ''})"


@dataclass
class CountrySignals:
    """What one organization's contacts show: collect, then ``infer_country``."""

    votes: dict[str, float] = field(default_factory=dict)
    signals: Counter[str] = field(default_factory=Counter)

    def add(self, kind: str, code: str | None) -> None:
        if code:
            self.votes[code] = self.votes.get(code, 0.0) + WEIGHTS[kind]
            self.signals[kind] += 1

    def add_contact(self, contact: dict) -> None:
        """A golden contact's payload: its work address country and its phones count."""
        addresses = contact.get("addresses") or []
        work = [a for a in addresses if a.get("kind", "work") == "work"] or addresses
        if work:
            self.add("address", country_code(work[0].get("country")))
        for phone in contact.get("phones") or []:
            if phone.get("kind") in ("work", "other", "fax", None):
                self.add("phone", country_of_phone(phone.get("e164")))
                break


def infer_country(
    signals: CountrySignals, domains: Iterable[str] = (), default: str | None = None
) -> CountryGuess:
    """The weighted majority of the signals (plus the ccTLD of the company's own domain, once).

    Confidence is the winner's share of all weight, lowered when there is only one weak signal.
    With no signal at all, the configured ``default`` with confidence 0.
    """
    votes = dict(signals.votes)
    kinds = Counter(signals.signals)
    for domain in domains:
        code = country_of_domain(normalize.registrable_domain(domain) or domain)
        if code:
            votes[code] = votes.get(code, 0.0) + WEIGHTS["cctld"]
            kinds["cctld"] += 1
            break
    if not votes:
        return CountryGuess(code=default, confidence=0.0, defaulted=default is not None)
    total = sum(votes.values())
    code, weight = max(votes.items(), key=lambda kv: (kv[1], kv[0] == default, kv[0]))
    # A lone signal is evidence, not certainty: cap it by its own weight.
    share = weight / total
    confidence = round(min(share, weight) if total <= 1.0 else share, 2)
    return CountryGuess(code=code, confidence=confidence, votes=votes, signals=kinds)


if __name__ == "__main__":
    print(f"{write_shipped_names()} names written to {SHIPPED_NAMES}")
