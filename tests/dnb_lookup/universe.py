"""A stand-in D&B Direct+ over a universe of companies in fifteen countries, and the CRM's view of
them, for tests and bench/dnb_lookup_bench.py.

Written from D&B's documentation, not from dnb_lookup's code: the stand-in answers the documented
endpoints in their documented shapes (``fixtures.py``), and matches the way Identity Resolution is
described: ``countryISOAlpha2Code`` scopes the search to one country (it is required unless the
inquiry is by ``url``, ``email`` or ``duns``); a name that is the same once cased and stripped of
its legal form scores 8, 9 with the telephone or city too; a partial name scores 5 or 6; nothing
found is HTTP 404 with D&B's error body. It keeps its own name folding, never the plugin's.

The CRM side is what a rollout finds in mailboxes and address books: contacts whose addresses
name their country in their own language ("Deutschland", "Schweiz", "日本"), phones in
international format, ccTLD domains, companies known only by a contact's email domain, companies
D&B does not know, and foreign companies that have a US namesake at D&B (the trap a US-only
lookup falls into). ``Truth`` says which DUNS each CRM company really is, and its family.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar
from urllib.parse import parse_qs

import phonenumbers

from contactkit.model import Checkpoint, Contact, Observation
from contactkit.plugin import Source

from . import fixtures as fx

# code, how contacts write the country, city, street, postal code, legal forms, ccTLD
COUNTRIES = {
    "US": (["United States", "USA", "U.S."], "AUSTIN", "100 CONGRESS AVE", "78701", "Inc", "com"),
    "DE": (["Deutschland", "Germany"], "MUENCHEN", "LEOPOLDSTR 12", "80802", "GmbH", "de"),
    "CH": (["Schweiz", "Suisse"], "ZUERICH", "BAHNHOFSTR 5", "8001", "AG", "ch"),
    "GB": (["United Kingdom", "UK"], "LEEDS", "12 PARK ROW", "LS1 5HD", "Ltd", "co.uk"),
    "FR": (["France"], "LYON", "3 RUE DE LA REPUBLIQUE", "69001", "SA", "fr"),
    "JP": (["日本", "Japan"], "OSAKA", "1-2-3 UMEDA", "530-0001", "KK", "jp"),
    "BR": (["Brasil"], "SAO PAULO", "AV PAULISTA 1000", "01310-100", "Ltda", "com.br"),
    "IN": (["India"], "PUNE", "FC ROAD 14", "411004", "Pvt Ltd", "in"),
    "NL": (["Nederland"], "UTRECHT", "OUDEGRACHT 10", "3511 AR", "BV", "nl"),
    "SE": (["Sverige"], "GOTEBORG", "AVENYN 3", "411 36", "AB", "se"),
    "ES": (["España"], "VALENCIA", "CALLE COLON 8", "46004", "SL", "es"),
    "IT": (["Italia"], "TORINO", "VIA ROMA 20", "10121", "SpA", "it"),
    "AU": (["Australia"], "PERTH", "8 HAY ST", "6000", "Pty Ltd", "com.au"),
    "CA": (["Canada"], "OTTAWA", "50 O'CONNOR ST", "K1P 6L2", "Inc", "ca"),
    "MX": (["México"], "MONTERREY", "AV CONSTITUCION 400", "64000", "SA de CV", "mx"),
}
SYLLABLES = ["nor", "vik", "ta", "lum", "bra", "sol", "quin", "de", "ra", "mo", "zen", "ka", "ri"]
TRADES = ["Werkzeuge", "Logistics", "Systems", "Foods", "Optics", "Textiles", "Robotics", "Energy"]
LEGAL_FORMS = {
    "inc",
    "gmbh",
    "ag",
    "ltd",
    "sa",
    "kk",
    "ltda",
    "pvt",
    "bv",
    "ab",
    "sl",
    "spa",
    "pty",
}
LEGAL_FORMS |= {"de", "cv", "llc", "plc", "co", "corp", "company", "limited", "incorporated"}
NO_MATCH = {"errorCode": "20505", "errorMessage": "No Match found for the given input criteria"}


def fold_name(name: str) -> str:
    """The stand-in's own comparison form: ASCII, lower case, no punctuation, no legal form."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    while words and words[-1] in LEGAL_FORMS:
        words.pop()
    return " ".join(words)


@dataclass
class Company:
    """A company as D&B holds it."""

    duns: str
    name: str
    country: str
    domain: str
    phone: str
    """E.164."""
    parent: str | None = None
    domestic: str | None = None
    ultimate: str | None = None

    def address(self) -> dict[str, Any]:
        _, city, street, postal, _, _ = COUNTRIES[self.country]
        return fx.address(street, city, None, postal, self.country)


@dataclass
class CrmCompany:
    """A company as the CRM's contacts show it, with the truth about it."""

    key: str
    """How the contacts name it: the domain their emails share."""
    name: str | None
    """The name contacts give; None when only their email domain says who they work for."""
    contacts: list[dict[str, Any]]
    truth: str | None
    """The DUNS it really is; None when D&B does not know it."""
    high_confidence: bool
    """D&B matches it at confidence 8 or more when asked in the right country (or by url)."""
    trap: bool = False
    """A US company of the same name exists at D&B."""


@dataclass
class Universe:
    companies: dict[str, Company] = field(default_factory=dict)
    crm: list[CrmCompany] = field(default_factory=list)

    @property
    def countries(self) -> set[str]:
        return {c.country for c in self.companies.values()}


def _phone(rng: random.Random, country: str) -> str:
    example = phonenumbers.example_number_for_type(country, phonenumbers.PhoneNumberType.FIXED_LINE)
    for _ in range(50):
        digits = str(example.national_number)
        digits = digits[:-3] + f"{rng.randrange(1000):03d}"
        number = phonenumbers.parse(f"+{example.country_code}{digits}", None)
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)


def build(seed: int = 1, families: int = 24, standalone: int = 30) -> Universe:
    """A deterministic universe: ``families`` groups of 2-4 companies across countries, plus
    standalone companies, US namesakes of some foreign ones, and CRM companies D&B lacks."""
    rng = random.Random(seed)
    universe = Universe()
    codes = sorted(COUNTRIES)
    used: set[str] = set()

    def new_company(country: str, **links: str | None) -> Company:
        while True:
            stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title()
            if stem not in used:
                used.add(stem)
                break
        legal = COUNTRIES[country][4]
        name = f"{stem} {rng.choice(TRADES)} {legal}"
        tld = COUNTRIES[country][5] if rng.random() < 0.7 else "com"
        duns = f"{rng.randrange(10**8, 10**9):09d}"
        company = Company(duns, name, country, f"{stem.lower()}.{tld}", _phone(rng, country))
        for attr, value in links.items():
            setattr(company, attr, value)
        universe.companies[duns] = company
        return company

    for _ in range(families):
        home = rng.choice(codes)
        top = new_company(home)
        top.ultimate = top.domestic = top.duns
        for _ in range(rng.randint(1, 3)):
            country = rng.choice(codes)
            domestic = top.duns if country == home else None
            sub = new_company(country, parent=top.duns, ultimate=top.duns, domestic=domestic)
            sub.domestic = domestic or sub.duns
    for _ in range(standalone):
        new_company(rng.choice(codes))

    # US namesakes of foreign companies: same name at D&B, other DUNS, in the US
    foreign = [c for c in universe.companies.values() if c.country != "US"]
    namesakes = {c.duns for c in rng.sample(foreign, k=min(12, len(foreign)))}
    for duns in sorted(namesakes):
        original = universe.companies[duns]
        twin = f"{rng.randrange(10**8, 10**9):09d}"
        universe.companies[twin] = Company(
            twin, original.name, "US", f"{twin}.com", _phone(rng, "US")
        )

    for company in list(universe.companies.values()):
        if company.country == "US" and company.domain[0].isdigit():
            continue  # a namesake: nobody in our CRM works there
        universe.crm.append(_crm_view(rng, company, trap=company.duns in namesakes))
    for i in range(8):  # companies D&B does not know
        country = rng.choice(codes)
        stem = f"Unlisted{i}"
        ghost = Company("", f"{stem} Studio", country, f"unlisted{i}.example", _phone(rng, country))
        universe.crm.append(_crm_view(rng, ghost, trap=False, known=False))
    return universe


def _crm_view(rng: random.Random, company: Company, trap: bool, known: bool = True) -> CrmCompany:
    written = COUNTRIES[company.country][0]
    domain_only = rng.random() < 0.12
    fuzzy = not domain_only and known and rng.random() < 0.08
    if domain_only:
        name = None
    elif fuzzy:  # an abbreviation of the name: D&B is not sure
        name = company.name.split()[0]
    else:
        # CRM spellings: case, legal form present or not
        name = rng.choice([company.name, company.name.upper(), company.name.rsplit(" ", 1)[0]])
    contacts = []
    for n in range(rng.randint(1, 4)):
        contact: dict[str, Any] = {
            "name": {
                "full": f"{rng.choice(['Ana', 'Ben', 'Chi', 'Dev', 'Eli'])} {company.duns[-3:]}{n}"
            },
            "emails": [f"person{n}@{company.domain}"],
        }
        if name:
            contact["organization"] = {"name": name}
        if rng.random() < 0.7:
            contact["addresses"] = [
                {
                    "city": company.address()["addressLocality"]["name"].title(),
                    "country": rng.choice(written),
                }
            ]
        if rng.random() < 0.6:
            contact["phones"] = [{"text": company.phone, "kind": "work"}]
        contacts.append(contact)
    if not any("addresses" in c or "phones" in c for c in contacts) and not domain_only:
        contacts[0]["phones"] = [{"text": company.phone, "kind": "work"}]
    return CrmCompany(
        key=f"domain:{company.domain}",
        name=name,
        contacts=contacts,
        truth=company.duns if known else None,
        high_confidence=known and not fuzzy,
        trap=trap,
    )


class CrmContacts(Source):
    """The CRM side of a universe as a contactkit source (set ``universe`` before a run)."""

    name: ClassVar[str] = "crm"
    universe: ClassVar[Universe]

    def read(self, state: dict[str, Any]) -> Iterator[Any]:
        if state.get("done"):
            return
        for company in self.universe.crm:
            for n, contact in enumerate(company.contacts):
                yield Observation(
                    source=self.instance,
                    source_key=f"{company.key}#{n}",
                    contact=Contact.model_validate(contact),
                )
        yield Checkpoint(state={"done": True})


# -- the stand-in --------------------------------------------------------------------------------


def _candidate(company: Company, confidence: int, sequence: int) -> dict[str, Any]:
    return {
        "displaySequence": sequence,
        "organization": {
            "duns": company.duns,
            "dunsControlStatus": {"operatingStatus": {"description": "Active", "dnbCode": 9074}},
            "primaryName": company.name.upper(),
            "tradeStyleNames": [],
            "websiteAddress": [{"url": f"www.{company.domain}", "domainName": company.domain}],
            "telephone": [{"telephoneNumber": _national(company.phone), "isUnreachable": False}],
            "primaryAddress": company.address(),
        },
        "matchQualityInformation": {
            "confidenceCode": confidence,
            "matchGrade": ("A" if confidence >= 8 else "B") + "ZZZZZZZZZZ",
            "matchDataProfile": "0000000000989800000098",
        },
    }


def _national(e164: str) -> str:
    return str(phonenumbers.parse(e164, None).national_number)


def _organization(universe: Universe, company: Company) -> dict[str, Any]:
    linkage: dict[str, Any] = {"familytreeRolesPlayed": []}
    for role, duns in (
        ("parent", company.parent),
        ("domesticUltimate", company.domestic),
        ("globalUltimate", company.ultimate),
    ):
        if duns:
            other = universe.companies[duns]
            linkage[role] = fx.node(duns, other.name.upper(), other.address())
    roles = []
    if company.ultimate == company.duns:
        roles.append({"description": "Global Ultimate", "dnbCode": 12775})
    elif company.parent:
        roles.append({"description": "Subsidiary", "dnbCode": 9159})
    linkage["familytreeRolesPlayed"] = roles
    return {
        "duns": company.duns,
        "primaryName": company.name.upper(),
        "websiteAddress": [{"url": f"www.{company.domain}", "domainName": company.domain}],
        "telephone": [{"telephoneNumber": _national(company.phone), "isdCode": "0"}],
        "primaryAddress": company.address(),
        "dunsControlStatus": {"operatingStatus": {"description": "Active", "dnbCode": 9074}},
        "corporateLinkage": linkage,
    }


def answer(universe: Universe, method: str, path: str, query: str) -> tuple[int, dict[str, Any]]:
    """The stand-in's answer to one request: (HTTP status, JSON body)."""
    if method == "POST" and path.endswith("/token"):
        return 200, fx.token("universe-token")
    params = {k: v[0] for k, v in parse_qs(query).items()}
    if path == "/v1/match/cleanseMatch":
        return _cleanse_match(universe, params)
    if path.startswith("/v1/data/duns/"):
        company = universe.companies.get(path.rsplit("/", 1)[-1])
        if company is None:
            return 404, {
                "transactionDetail": dict(fx.TX),
                "error": {"errorCode": "10001", "errorMessage": "DUNS not found"},
            }
        body = fx.data_blocks(company.duns)
        body["organization"] = _organization(universe, company)
        return 200, body
    return 404, {"error": {"errorCode": "00038", "errorMessage": "Not Found"}}


def _cleanse_match(universe: Universe, params: dict[str, str]) -> tuple[int, dict[str, Any]]:
    found: list[tuple[int, Company]] = []
    if set(params) == {"url"}:
        domain = params["url"].lower().removeprefix("www.")
        found = [(8, c) for c in universe.companies.values() if c.domain == domain]
    else:
        country = params.get("countryISOAlpha2Code")
        if not country:
            detail = {"parameter": "countryISOAlpha2Code", "description": "is required"}
            return 400, {
                "error": {
                    "errorCode": "10002",
                    "errorMessage": "Invalid parameters.",
                    "errorDetails": [detail],
                }
            }
        wanted = fold_name(params.get("name", ""))
        phone = params.get("telephoneNumber")
        for company in universe.companies.values():
            if company.country != country or not wanted:
                continue
            have = fold_name(company.name)
            if have == wanted:
                city = fold_name(params.get("addressLocality", "")) == fold_name(
                    company.address()["addressLocality"]["name"]
                )
                extra = (phone and phone == _national(company.phone)) or city
                found.append((9 if extra else 8, company))
            elif have.split()[0] == wanted.split()[0]:
                found.append((6 if len(wanted.split()) > 1 else 5, company))
    if not found:
        return 404, {"transactionDetail": dict(fx.TX), "error": dict(NO_MATCH)}
    found.sort(key=lambda item: (-item[0], item[1].duns))
    candidates = [_candidate(c, code, i) for i, (code, c) in enumerate(found, 1)]
    return 200, fx.match(*candidates, **params)


def figures(universe: Universe, organizations: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """What the closing note reports, from the store's organizations (key -> payload)."""
    high = [c for c in universe.crm if c.high_confidence]
    right = [c for c in high if organizations.get(c.key, {}).get("duns") == c.truth]
    wrong = [
        c
        for c in universe.crm
        if organizations.get(c.key, {}).get("duns") and organizations[c.key]["duns"] != c.truth
    ]
    links = reached = 0
    for crm in high:
        company = universe.companies[crm.truth]
        for attr, duns in (
            ("parent_duns", company.parent),
            ("global_ultimate_duns", company.ultimate),
        ):
            if duns and duns != company.duns:
                links += 1
                reached += organizations.get(crm.key, {}).get(attr) == duns
    return {
        "countries": len(universe.countries),
        "crm companies": len(universe.crm),
        "high confidence": len(high),
        "matched right": len(right),
        "share right": len(right) / len(high) if high else 0.0,
        "wrong DUNS": len(wrong),
        "traps": sum(c.trap for c in universe.crm),
        "family links": links,
        "links reached": reached,
        "share links": reached / links if links else 0.0,
    }
