"""A blind universe of companies, D&B's truth about them, and a stand-in D&B Direct+ on loopback.

Written without reading contactkit's code, from DESIGN.md, issue 15, docs/dnb_lookup.md (config
keys only) and D&B Direct+ public documentation (token, identity resolution ``cleanseMatch``, data
blocks, error codes). Deterministic per seed (one ``random.Random``; nothing iterates a set).

    python bench/blind/dnb_universe.py --seed 1 --out DIR           # writes the CRM side + truth
    python bench/blind/dnb_universe.py --seed 1 --out DIR --serve   # and serves the stand-in

Three parts:

* ``build(seed)`` -> ``Universe``: ~150 CRM companies in 14 countries, the D&B records behind
  them (including D&B-only family members and US namesakes), and the truth per CRM company:
  DUNS, whether D&B matches it with high confidence (the best candidate of an ideal inquiry is the
  right DUNS with confidence code >= 8), and its family (parent, domestic and global ultimate).
* ``write_crm(universe, dir)``: the CRM side, a vCard 3.0 file of the contacts at those companies
  (names, work emails at the company domain, phones in local or international forms, a work
  address whose country is written in the local language: ``Deutschland``, ``Schweiz``, ``日本``),
  and ``truth.json``.
* ``StandIn(universe, fault_rate=..., seed=...)``: a threaded HTTP server on 127.0.0.1 answering
  ``POST /v2/token`` and ``/v3/token`` (Basic auth, ``expiresIn`` / ``expires_in``),
  ``GET /v1/match/cleanseMatch`` (one country per inquiry, URL inquiries, candidates with
  ``matchQualityInformation``; HTTP 404 with D&B's error body for no match) and
  ``GET /v1/data/duns/{duns}?blockIDs=...`` (companyinfo_L2_v1, hierarchyconnections_L1_v1), with
  faults injected at ``fault_rate``: tokens that expire mid-run (401, error 00040), 429 with
  ``Retry-After``, 503, and a connection dropped in the middle of a 200 body. It logs every
  request (kind, parameters, status, billable or not).

Hard cases: US namesakes of foreign companies (a German company asked as a US company finds a
confident wrong DUNS), subsidiaries in other countries than their parent (with a D&B-only local
holding as parent), companies D&B has no record of (some with a similar-sounding D&B company that
only scores 3), companies known only by their website (no contact names the company), name
variants and transliterations (Müller/Mueller, Ōta/Ohta, ``&``/``und``, upper case), and
companies whose CRM name is partial and D&B has no website for (the review band, 5..7).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import random
import re
import secrets as _secrets
import socket
import threading
import time
import unicodedata
from dataclasses import asdict, dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import phonenumbers

# ---------------------------------------------------------------------------------------------
# countries
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Country:
    iso: str
    name_en: str
    local_names: tuple[str, ...]  # how a CRM in that country writes it (first: most common)
    suffixes: tuple[str, ...]
    us_suffix: str  # unused outside US
    tlds: tuple[str, ...]
    cities: tuple[tuple[str, str, str], ...]  # city, postal code, region
    streets: tuple[str, ...]
    street_fmt: str  # "{street} {no}" or "{no} {street}"
    given: tuple[str, ...]
    family: tuple[str, ...]
    stems: tuple[str, ...]
    trades: tuple[str, ...]


C = {
    "US": Country(
        "US",
        "United States",
        ("United States", "USA", "U.S.A."),
        ("Inc.", "LLC", "Corp.", "Corporation", "Co."),
        "Inc.",
        ("com",),
        (
            ("New York", "10017", "NY"),
            ("Chicago", "60601", "IL"),
            ("Austin", "78701", "TX"),
            ("Boston", "02110", "MA"),
            ("Denver", "80202", "CO"),
            ("Seattle", "98101", "WA"),
        ),
        ("Main Street", "Market Street", "Commerce Drive", "Oak Avenue", "Park Place"),
        "{no} {street}",
        ("James", "Mary", "Robert", "Linda", "Michael", "Karen", "David", "Susan"),
        ("Smith", "Johnson", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Moore"),
        ("Summit", "Keystone", "Bluewater", "Ironwood", "Liberty", "Pioneer", "Redrock", "Harbor"),
        ("Logistics", "Industries", "Software", "Manufacturing", "Health", "Analytics"),
    ),
    "CA": Country(
        "CA",
        "Canada",
        ("Canada",),
        ("Inc.", "Ltd.", "Ltée", "Corp."),
        "Inc.",
        ("ca",),
        (
            ("Toronto", "M5H 2N2", "ON"),
            ("Montréal", "H3B 4W8", "QC"),
            ("Vancouver", "V6C 3E1", "BC"),
            ("Calgary", "T2P 1J9", "AB"),
        ),
        ("King Street West", "Rue Sainte-Catherine", "Burrard Street", "Bay Street"),
        "{no} {street}",
        ("Liam", "Emma", "Noah", "Chloé", "Étienne", "Olivia", "Lucas", "Charlotte"),
        ("Tremblay", "Roy", "Gagnon", "Martin", "MacDonald", "Campbell", "Côté", "Wong"),
        ("Maple", "Northern", "Laurentian", "Boréal", "Prairie", "Coastal", "Glacier", "Caribou"),
        ("Resources", "Technologies", "Forestry", "Freight", "Systems"),
    ),
    "GB": Country(
        "GB",
        "United Kingdom",
        ("United Kingdom", "UK", "England"),
        ("Ltd", "Limited", "plc", "LLP"),
        "Inc.",
        ("co.uk",),
        (
            ("London", "EC2V 7HH", "Greater London"),
            ("Manchester", "M1 1AE", "Greater Manchester"),
            ("Leeds", "LS1 4DY", "West Yorkshire"),
            ("Bristol", "BS1 4DJ", "Bristol"),
            ("Edinburgh", "EH2 2ER", "Scotland"),
        ),
        ("High Street", "King's Road", "Victoria Street", "Church Lane", "Mill Road"),
        "{no} {street}",
        ("Oliver", "Amelia", "Harry", "Isla", "George", "Emily", "Jack", "Sophie"),
        ("Smith", "Jones", "Williams", "Brown", "Evans", "Thomas", "Wright", "Hughes"),
        ("Thames", "Albion", "Pennine", "Hadrian", "Kestrel", "Windsor", "Ashdown", "Cotswold"),
        ("Engineering", "Consulting", "Holdings", "Pharmaceuticals", "Instruments"),
    ),
    "DE": Country(
        "DE",
        "Germany",
        ("Deutschland", "Germany", "BRD"),
        ("GmbH", "AG", "GmbH & Co. KG", "SE", "KG"),
        "Inc.",
        ("de",),
        (
            ("Berlin", "10115", "Berlin"),
            ("München", "80331", "Bayern"),
            ("Hamburg", "20095", "Hamburg"),
            ("Köln", "50667", "Nordrhein-Westfalen"),
            ("Stuttgart", "70173", "Baden-Württemberg"),
            ("Düsseldorf", "40213", "Nordrhein-Westfalen"),
        ),
        ("Hauptstraße", "Bahnhofstraße", "Industriestraße", "Lindenallee", "Königsallee"),
        "{street} {no}",
        ("Thomas", "Katharina", "Jürgen", "Sabine", "Stefan", "Andrea", "Matthias", "Anja"),
        ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Schröder", "Hofmann"),
        ("Kessler", "Nordwind", "Brandt", "Lindner", "Vogel", "Müller", "Schröder", "Böhm"),
        ("Antriebstechnik", "Maschinenbau", "Logistik", "Feinmechanik", "Elektronik", "Verpackung"),
    ),
    "AT": Country(
        "AT",
        "Austria",
        ("Österreich", "Austria"),
        ("GmbH", "AG", "Ges.m.b.H.", "KG"),
        "Inc.",
        ("at",),
        (
            ("Wien", "1010", "Wien"),
            ("Graz", "8010", "Steiermark"),
            ("Linz", "4020", "Oberösterreich"),
            ("Salzburg", "5020", "Salzburg"),
        ),
        ("Kärntner Straße", "Mariahilfer Straße", "Landstraße", "Herrengasse"),
        "{street} {no}",
        ("Florian", "Johanna", "Lukas", "Theresa", "Georg", "Magdalena", "Dominik", "Verena"),
        ("Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner", "Moser", "Hofer"),
        ("Alpen", "Donau", "Tauern", "Wachau", "Grossglockner", "Semmering", "Enns", "Rax"),
        ("Holztechnik", "Seilbahnen", "Stahlbau", "Handel", "Kunststoff"),
    ),
    "CH": Country(
        "CH",
        "Switzerland",
        ("Schweiz", "Suisse", "Svizzera"),
        ("AG", "SA", "GmbH", "Sàrl"),
        "Inc.",
        ("ch",),
        (
            ("Zürich", "8001", "ZH"),
            ("Genève", "1204", "GE"),
            ("Basel", "4051", "BS"),
            ("Lausanne", "1003", "VD"),
            ("Bern", "3011", "BE"),
        ),
        ("Bahnhofstrasse", "Rue du Rhône", "Freie Strasse", "Avenue de la Gare"),
        "{street} {no}",
        ("Reto", "Brigitte", "Urs", "Corinne", "Beat", "Nicole", "Luca", "Chiara"),
        ("Meier", "Keller", "Brunner", "Baumann", "Favre", "Rochat", "Bernasconi", "Frei"),
        ("Helvetia", "Rigi", "Pilatus", "Léman", "Jura", "Säntis", "Gotthard", "Aare"),
        ("Präzision", "Uhren", "Pharma", "Medtech", "Finanz", "Software"),
    ),
    "FR": Country(
        "FR",
        "France",
        ("France",),
        ("SAS", "SA", "SARL", "SNC"),
        "Inc.",
        ("fr",),
        (
            ("Paris", "75008", "Île-de-France"),
            ("Lyon", "69002", "Auvergne-Rhône-Alpes"),
            ("Toulouse", "31000", "Occitanie"),
            ("Lille", "59000", "Hauts-de-France"),
            ("Nantes", "44000", "Pays de la Loire"),
        ),
        (
            "rue de la République",
            "avenue des Champs-Élysées",
            "boulevard Haussmann",
            "rue Nationale",
        ),
        "{no} {street}",
        ("Julien", "Camille", "Nicolas", "Élodie", "François", "Sophie", "Thierry", "Hélène"),
        ("Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Faure", "Rousseau"),
        ("Lumière", "Garonne", "Vendôme", "Arcadia", "Mistral", "Provence", "Lafayette", "Loire"),
        ("Industries", "Conseil", "Logistique", "Électronique", "Cosmétiques", "Emballages"),
    ),
    "ES": Country(
        "ES",
        "Spain",
        ("España", "Spain"),
        ("S.A.", "S.L.", "S.L.U."),
        "Inc.",
        ("es",),
        (
            ("Madrid", "28013", "Madrid"),
            ("Barcelona", "08002", "Cataluña"),
            ("Valencia", "46002", "Valencia"),
            ("Sevilla", "41001", "Andalucía"),
            ("Bilbao", "48001", "País Vasco"),
        ),
        ("Calle Mayor", "Gran Vía", "Paseo de Gracia", "Calle de Alcalá"),
        "{street} {no}",
        ("José", "María", "Javier", "Lucía", "Alejandro", "Carmen", "Pablo", "Núria"),
        ("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez"),
        (
            "Ibérica",
            "Levante",
            "Cantábrica",
            "Guadalquivir",
            "Mediterránea",
            "Aragonesa",
            "Castilla",
            "Duero",
        ),
        ("Construcciones", "Alimentación", "Transportes", "Energía", "Textil"),
    ),
    "IT": Country(
        "IT",
        "Italy",
        ("Italia", "Italy"),
        ("S.p.A.", "S.r.l.", "S.n.c."),
        "Inc.",
        ("it",),
        (
            ("Milano", "20121", "Lombardia"),
            ("Roma", "00186", "Lazio"),
            ("Torino", "10121", "Piemonte"),
            ("Bologna", "40121", "Emilia-Romagna"),
            ("Napoli", "80133", "Campania"),
        ),
        ("Via Roma", "Corso Venezia", "Via Garibaldi", "Via Dante"),
        "{street} {no}",
        ("Marco", "Giulia", "Alessandro", "Francesca", "Luca", "Chiara", "Giovanni", "Elena"),
        ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci"),
        ("Ferro", "Adriatica", "Tirrena", "Lombarda", "Vesuvio", "Dolomiti", "Etrusca", "Brenta"),
        ("Meccanica", "Tessile", "Alimentari", "Costruzioni", "Arredamenti"),
    ),
    "NL": Country(
        "NL",
        "Netherlands",
        ("Nederland", "Netherlands", "Holland"),
        ("B.V.", "N.V."),
        "Inc.",
        ("nl",),
        (
            ("Amsterdam", "1012 JS", "Noord-Holland"),
            ("Rotterdam", "3011 AD", "Zuid-Holland"),
            ("Utrecht", "3511 LX", "Utrecht"),
            ("Eindhoven", "5611 AZ", "Noord-Brabant"),
        ),
        ("Keizersgracht", "Coolsingel", "Stationsplein", "Herengracht"),
        "{street} {no}",
        ("Daan", "Sanne", "Bram", "Lotte", "Joost", "Femke", "Pieter", "Anouk"),
        ("de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer"),
        ("Oranje", "Delta", "Zeeland", "Polder", "Waddenzee", "Veluwe", "Amstel", "Maas"),
        ("Techniek", "Logistiek", "Installaties", "Handelsmaatschappij", "Zuivel"),
    ),
    "PL": Country(
        "PL",
        "Poland",
        ("Polska", "Poland"),
        ("Sp. z o.o.", "S.A.", "Sp.k."),
        "Inc.",
        ("pl",),
        (
            ("Warszawa", "00-001", "mazowieckie"),
            ("Kraków", "31-001", "małopolskie"),
            ("Łódź", "90-001", "łódzkie"),
            ("Wrocław", "50-001", "dolnośląskie"),
            ("Gdańsk", "80-001", "pomorskie"),
        ),
        ("ul. Marszałkowska", "ul. Floriańska", "ul. Piotrkowska", "al. Jerozolimskie"),
        "{street} {no}",
        ("Piotr", "Anna", "Krzysztof", "Katarzyna", "Tomasz", "Magdalena", "Łukasz", "Agnieszka"),
        (
            "Nowak",
            "Kowalski",
            "Wiśniewski",
            "Wójcik",
            "Kamiński",
            "Lewandowski",
            "Zieliński",
            "Szymański",
        ),
        ("Wisła", "Mazowsze", "Bałtyk", "Tatry", "Odra", "Warmia", "Śląsk", "Pomorze"),
        ("Budownictwo", "Transport", "Elektronika", "Meble", "Stal"),
    ),
    "SE": Country(
        "SE",
        "Sweden",
        ("Sverige", "Sweden"),
        ("AB", "AB (publ)", "HB"),
        "Inc.",
        ("se",),
        (
            ("Stockholm", "111 52", "Stockholms län"),
            ("Göteborg", "411 06", "Västra Götaland"),
            ("Malmö", "211 20", "Skåne"),
            ("Uppsala", "753 20", "Uppsala län"),
        ),
        ("Drottninggatan", "Kungsgatan", "Storgatan", "Vasagatan"),
        "{street} {no}",
        ("Erik", "Anna", "Lars", "Karin", "Johan", "Eva", "Anders", "Maria"),
        (
            "Andersson",
            "Johansson",
            "Karlsson",
            "Nilsson",
            "Eriksson",
            "Larsson",
            "Olsson",
            "Persson",
        ),
        ("Hansen", "Norrland", "Vättern", "Skandia", "Gotland", "Fjäll", "Björk", "Öresund"),
        ("Industri", "Verkstäder", "Bygg", "Teknik", "Papper"),
    ),
    "JP": Country(
        "JP",
        "Japan",
        ("日本", "Japan"),
        ("Co., Ltd.", "K.K.", "Corporation"),
        "Inc.",
        ("co.jp", "jp"),
        (
            ("Tokyo", "100-0005", "Tokyo"),
            ("Osaka", "530-0001", "Osaka"),
            ("Nagoya", "450-0002", "Aichi"),
            ("Yokohama", "220-0011", "Kanagawa"),
        ),
        ("Marunouchi 1-chome", "Umeda 2-chome", "Meieki 3-chome", "Takashima 1-chome"),
        "{street} {no}",
        ("Hiroshi", "Yuki", "Takeshi", "Akiko", "Kenji", "Naoko", "Satoshi", "Emi"),
        ("Satō", "Suzuki", "Takahashi", "Tanaka", "Itō", "Watanabe", "Yamamoto", "Nakamura"),
        ("Ōta", "Yamato", "Kōyō", "Fuji", "Sakura", "Tōhoku", "Asahi", "Ōsaka"),
        ("Seisakusho", "Kōgyō", "Denki", "Shōji", "Kagaku"),
    ),
    "BR": Country(
        "BR",
        "Brazil",
        ("Brasil", "Brazil"),
        ("Ltda.", "S.A.", "EIRELI"),
        "Inc.",
        ("com.br",),
        (
            ("São Paulo", "01310-100", "SP"),
            ("Rio de Janeiro", "20040-002", "RJ"),
            ("Belo Horizonte", "30130-010", "MG"),
            ("Curitiba", "80010-000", "PR"),
        ),
        ("Avenida Paulista", "Rua da Assembleia", "Avenida Afonso Pena", "Rua XV de Novembro"),
        "{street}, {no}",
        ("João", "Ana", "Pedro", "Mariana", "Lucas", "Fernanda", "Rafael", "Juliana"),
        ("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida"),
        ("Paulista", "Atlântica", "Amazônia", "Cerrado", "Guanabara", "Iguaçu", "Pampa", "Tietê"),
        ("Comércio", "Agronegócio", "Logística", "Metalúrgica", "Tecnologia"),
    ),
}
COUNTRY_ORDER = ["US", "CA", "GB", "DE", "AT", "CH", "FR", "ES", "IT", "NL", "PL", "SE", "JP", "BR"]

# legal forms, folded (see fold()), removed before comparing names, as D&B's name matching does
_LEGAL = {
    "inc",
    "llc",
    "corp",
    "corporation",
    "co",
    "company",
    "ltd",
    "limited",
    "plc",
    "llp",
    "ltee",
    "gmbh",
    "ag",
    "kg",
    "se",
    "gesmbh",
    "ges",
    "mbh",
    "m",
    "b",
    "h",
    "sarl",
    "sa",
    "sas",
    "snc",
    "sl",
    "slu",
    "spa",
    "srl",
    "s",
    "p",
    "a",
    "r",
    "l",
    "n",
    "c",
    "u",
    "bv",
    "nv",
    "v",
    "sp",
    "z",
    "o",
    "oo",
    "spk",
    "k",
    "ab",
    "publ",
    "hb",
    "kk",
    "kabushiki",
    "kaisha",
    "ltda",
    "eireli",
    "the",
    "and",
    "und",
    "et",
    "y",
    "e",
    "&",
}


def fold(text: str) -> str:
    """Lower-case, no diacritics, common transliterations folded (ü/ue, ō/oh/ou/oo)."""
    t = text.replace("ß", "ss").replace("Ł", "L").replace("ł", "l").replace("&", " and ")
    t = unicodedata.normalize("NFKD", t)
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).lower()
    t = re.sub(r"[^a-z0-9]+", " ", t)
    out = []
    for tok in t.split():
        tok = tok.replace("ae", "a").replace("oe", "o").replace("ue", "u")
        tok = re.sub(r"oh(?=[^aeiou]|$)", "o", tok)
        tok = tok.replace("ou", "o").replace("oo", "o")
        out.append(tok)
    return " ".join(out)


def name_key(name: str) -> tuple[str, ...]:
    return tuple(tok for tok in fold(name).split() if tok not in _LEGAL)


def _ascii(text: str) -> str:
    t = text.replace("ß", "ss").replace("ł", "l").replace("Ł", "L")
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        t = t.replace(a, b)
    t = unicodedata.normalize("NFKD", t)
    return "".join(ch for ch in t if not unicodedata.combining(ch))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _ascii(text).lower()).strip("-")


# ---------------------------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------------------------


def make_phone(rng: random.Random, iso: str, kind: str = "fixed") -> phonenumbers.PhoneNumber:
    ptype = (
        phonenumbers.PhoneNumberType.MOBILE
        if kind == "mobile"
        else phonenumbers.PhoneNumberType.FIXED_LINE
    )
    ex = phonenumbers.example_number_for_type(iso, ptype)
    nsn = str(ex.national_number)
    keep = max(2, len(nsn) - 6)
    for _ in range(200):
        cand = nsn[:keep] + "".join(str(rng.randrange(10)) for _ in range(len(nsn) - keep))
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in (
            ptype,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            return num
    return ex


def e164(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def write_phone(rng: random.Random, num: phonenumbers.PhoneNumber, national_ok: bool) -> str:
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if phonenumbers.region_code_for_number(num) in ("US", "CA"):
        nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        return rng.choice([nat, intl, nat.replace("(", "").replace(") ", "-").replace(" ", "-")])
    r = rng.random()
    if national_ok and r < 0.2:
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    if r < 0.3:
        return "00" + intl[1:]
    if r < 0.4:
        return intl.replace(" ", "")
    return intl


# ---------------------------------------------------------------------------------------------
# the universe
# ---------------------------------------------------------------------------------------------


@dataclass
class DnbEntity:
    """One company as D&B knows it."""

    duns: str
    primary_name: str
    registered_name: str
    trade_names: list[str]
    country: str
    street: str
    city: str
    postal: str
    region: str
    phone: str  # E.164
    domains: list[str]
    status: str = "Active"
    sic: str = "3599"
    sic_desc: str = "Industrial and commercial machinery, nec"
    employees: int = 100
    revenue_usd: float = 1e7
    parent: str | None = None
    headquarter: str | None = None
    domestic_ultimate: str | None = None
    global_ultimate: str | None = None
    roles: list[str] = field(default_factory=list)
    level: int | None = None


@dataclass
class CrmCompany:
    """One company as the CRM knows it (through its contacts)."""

    key: str  # the company's domain: what contactkit's `show` takes
    country: str
    names: list[str]  # ORG values the contacts use; [] = known only by its website
    domain: str
    street: str
    city: str
    postal: str
    region: str
    switchboard: str  # E.164
    kind: str  # normal, family, namesake, unknown, website_only, variant, review, us_namesake
    duns: str | None  # truth: the DUNS D&B has for it (None: D&B does not know it)
    high_confidence: bool = False
    ideal_confidence: int = 0
    parent: str | None = None
    domestic_ultimate: str | None = None
    global_ultimate: str | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class Universe:
    seed: int
    entities: dict[str, DnbEntity]
    companies: list[CrmCompany]
    contacts: list[dict]

    def by_country(self, iso: str) -> list[DnbEntity]:
        return [e for e in self.entities.values() if e.country == iso]


class _Builder:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.seed = seed
        self.entities: dict[str, DnbEntity] = {}
        self.companies: list[CrmCompany] = []
        self.used_names: set[str] = set()
        self.used_domains: set[str] = set()
        self.used_duns: set[str] = set()

    # -- primitives --------------------------------------------------------------------------
    def duns(self) -> str:
        while True:
            d = f"{self.rng.randrange(10_000_000, 999_999_999):09d}"
            if d not in self.used_duns:
                self.used_duns.add(d)
                return d

    def base_name(self, iso: str) -> str:
        c = C[iso]
        for _ in range(500):
            stem = self.rng.choice(c.stems)
            trade = self.rng.choice(c.trades)
            name = f"{stem} {trade}" if iso != "GB" or self.rng.random() < 0.8 else f"{stem}"
            if iso in ("FR", "IT", "ES", "BR") and self.rng.random() < 0.6:
                name = f"{trade} {stem}"
            k = " ".join(name_key(name))
            if k not in self.used_names:
                self.used_names.add(k)
                return name
        raise RuntimeError("names exhausted")

    def domain(self, base: str, iso: str) -> str:
        tld = C[iso].tlds[0]
        if iso != "US" and self.rng.random() < 0.12:
            tld = "com"  # many companies abroad use a generic domain: no ccTLD vote
        words = _slug(base).split("-")
        for cand in (
            "-".join(words),
            "".join(words),
            words[0] + "-" + iso.lower(),
            "-".join(words) + "-group",
        ):
            d = f"{cand}.{tld}"
            if d not in self.used_domains:
                self.used_domains.add(d)
                return d
        d = f"{'-'.join(words)}{len(self.used_domains)}.{tld}"
        self.used_domains.add(d)
        return d

    def address(self, iso: str) -> tuple[str, str, str, str]:
        c = C[iso]
        city, postal, region = self.rng.choice(c.cities)
        street = c.street_fmt.format(
            street=self.rng.choice(c.streets), no=self.rng.randrange(1, 240)
        )
        return street, city, postal, region

    def entity(
        self,
        name: str,
        iso: str,
        legal: str | None = None,
        website: bool = True,
        domain: str | None = None,
        addr=None,
        phone: str | None = None,
    ) -> DnbEntity:
        c = C[iso]
        legal = legal or self.rng.choice(c.suffixes)
        street, city, postal, region = addr or self.address(iso)
        dom = domain or self.domain(name, iso)
        e = DnbEntity(
            duns=self.duns(),
            primary_name=f"{name} {legal}",
            registered_name=f"{name} {legal}",
            trade_names=[name] if self.rng.random() < 0.3 else [],
            country=iso,
            street=street,
            city=city,
            postal=postal,
            region=region,
            phone=phone or e164(make_phone(self.rng, iso)),
            domains=[dom] if website else [],
            employees=int(10 ** self.rng.uniform(1, 4.5)),
            revenue_usd=round(10 ** self.rng.uniform(5.5, 9.5), -3),
            sic=self.rng.choice(["3599", "5045", "4731", "7372", "2834", "3674", "1542", "5141"]),
        )
        e.sic_desc = {
            "3599": "Industrial machinery, nec",
            "5045": "Computers and software, wholesale",
            "4731": "Freight transportation arrangement",
            "7372": "Prepackaged software",
            "2834": "Pharmaceutical preparations",
            "3674": "Semiconductors and related devices",
            "1542": "Nonresidential construction, nec",
            "5141": "Groceries, general line",
        }[e.sic]
        self.entities[e.duns] = e
        return e

    def crm(
        self,
        e: DnbEntity | None,
        kind: str,
        iso: str,
        names: list[str],
        domain: str | None = None,
        addr=None,
        phone: str | None = None,
    ) -> CrmCompany:
        drift = []
        if e is not None:
            if addr is None and kind != "review" and self.rng.random() < 0.15:
                addr = self.address(iso)  # the CRM has another office than D&B's primary address
                drift.append("CRM address is not D&B's primary address")
            if phone is None and kind != "review" and self.rng.random() < 0.3:
                phone = e164(make_phone(self.rng, iso))  # a direct line, not D&B's switchboard
                drift.append("CRM phone is not D&B's")
            addr = addr or (e.street, e.city, e.postal, e.region)
            phone = phone or e.phone
            domain = domain or (e.domains[0] if e.domains else None)
        if domain is None:
            domain = self.domain(names[0] if names else "company", iso)
        addr = addr or self.address(iso)
        phone = phone or e164(make_phone(self.rng, iso))
        co = CrmCompany(
            key=domain,
            country=iso,
            names=names,
            domain=domain,
            street=addr[0],
            city=addr[1],
            postal=addr[2],
            region=addr[3],
            switchboard=phone,
            kind=kind,
            duns=e.duns if e else None,
        )
        co.notes.extend(drift)
        if e is not None:
            co.parent = e.parent
            co.domestic_ultimate = e.domestic_ultimate
            co.global_ultimate = e.global_ultimate
        self.companies.append(co)
        return co

    def variants(self, e: DnbEntity, base: str) -> list[str]:
        """What contacts write for the company: with or without its legal form, upper case..."""
        out = [e.primary_name]
        if self.rng.random() < 0.6:
            out.append(base)
        if self.rng.random() < 0.2:
            out.append(e.primary_name.upper())
        return out

    # -- scenarios ---------------------------------------------------------------------------
    def families(self, n: int) -> None:
        for _ in range(n):
            gu_iso = self.rng.choice(["US", "DE", "GB", "FR", "SE", "JP", "CH", "NL"])
            base = self.base_name(gu_iso)
            gu = self.entity(base, gu_iso)
            gu.global_ultimate = gu.duns
            gu.domestic_ultimate = gu.duns
            gu.roles = ["Global Ultimate", "Domestic Ultimate", "Parent/Headquarters"]
            gu.level = 1
            if self.rng.random() < 0.7:
                self.crm(gu, "family", gu_iso, self.variants(gu, base)).notes.append(
                    "global ultimate"
                )
            # a domestic subsidiary
            if self.rng.random() < 0.6:
                sub_base = (
                    f"{base} {self.rng.choice(['Services', 'Components', 'Digital', 'Trading'])}"
                )
                self.used_names.add(" ".join(name_key(sub_base)))
                s = self.entity(sub_base, gu_iso)
                s.parent, s.domestic_ultimate, s.global_ultimate = gu.duns, gu.duns, gu.duns
                s.headquarter = None
                s.roles, s.level = ["Subsidiary"], 2
                self.crm(s, "family", gu_iso, self.variants(s, sub_base)).notes.append(
                    "domestic subsidiary"
                )
            # foreign subsidiaries, some under a D&B-only local holding
            others = [c for c in COUNTRY_ORDER if c != gu_iso]
            for iso in self.rng.sample(others, self.rng.randint(2, 3)):
                parent = gu
                du = None
                if self.rng.random() < 0.4:
                    hold = self.entity(f"{base} Holding", iso, website=False)
                    hold.parent, hold.global_ultimate, hold.domestic_ultimate = (
                        gu.duns,
                        gu.duns,
                        hold.duns,
                    )
                    hold.roles, hold.level = (
                        ["Domestic Ultimate", "Parent/Headquarters", "Subsidiary"],
                        2,
                    )
                    parent, du = hold, hold
                local = f"{base} {C[iso].name_en}" if self.rng.random() < 0.5 else base
                sub = self.entity(local, iso)
                sub.parent, sub.global_ultimate = parent.duns, gu.duns
                sub.domestic_ultimate = du.duns if du else sub.duns
                sub.roles = ["Subsidiary"] + ([] if du else ["Domestic Ultimate"])
                sub.level = parent.level + 1 if parent.level else 2
                co = self.crm(sub, "family", iso, self.variants(sub, local))
                co.notes.append("foreign subsidiary" + (" under a local holding" if du else ""))

    def namesakes(self, n: int, in_crm: int) -> None:
        foreign = [c for c in COUNTRY_ORDER if c not in ("US",)]
        for i in range(n):
            iso = foreign[(i * 3 + self.seed) % len(foreign)]
            base = self.base_name(iso)
            e = self.entity(base, iso)
            co = self.crm(e, "namesake", iso, self.variants(e, base))
            ns = self.entity(base, "US", legal=self.rng.choice(["Inc.", "LLC", "Corp."]))
            co.notes.append(f"US namesake {ns.duns} {ns.primary_name}")
            if i < in_crm:
                us = self.crm(ns, "us_namesake", "US", self.variants(ns, base))
                us.notes.append(f"namesake of {e.duns} ({iso})")

    def unknown(self, n: int) -> None:
        for i in range(n):
            iso = COUNTRY_ORDER[(i * 5 + self.seed) % len(COUNTRY_ORDER)]
            base = self.base_name(iso)
            legal = self.rng.choice(C[iso].suffixes)
            co = self.crm(None, "unknown", iso, [f"{base} {legal}", base])
            if self.rng.random() < 0.5:
                # D&B knows a company sharing the first word only: at most a weak candidate
                word = self.rng.choice(["Immobilien", "Partners", "Group Services", "Trust"])
                other = f"{base.split()[0]} {word}"
                if " ".join(name_key(other)) not in self.used_names:
                    self.used_names.add(" ".join(name_key(other)))
                    self.entity(other, iso)
                    co.notes.append(f"D&B has a similar name: {other}")

    def website_only(self, n: int) -> None:
        for i in range(n):
            iso = COUNTRY_ORDER[(i * 7 + self.seed + 2) % len(COUNTRY_ORDER)]
            base = self.base_name(iso)
            e = self.entity(base, iso)
            co = self.crm(e, "website_only", iso, [])
            co.notes.append("no contact names the company")

    def variants_translit(self, n: int) -> None:
        pool = ["DE", "AT", "CH", "JP", "PL", "FR", "ES", "SE", "BR"]
        for i in range(n):
            iso = pool[(i + self.seed) % len(pool)]
            base = self.base_name(iso)
            e = self.entity(base, iso)
            a = _ascii(base)
            if iso == "JP":
                a = a.replace("Ota", "Ohta").replace("Koyo", "Kohyoh").replace("Kogyo", "Kougyou")
                a = (
                    a.replace("Shoji", "Shouji")
                    .replace("Tohoku", "Tohhoku")
                    .replace("Osaka", "Ohsaka")
                )
            names = [a + " " + e.primary_name[len(base) + 1 :], a.upper()]
            if a == base:  # nothing to transliterate: write "&"/"und" or an abbreviation instead
                names = [
                    e.primary_name.replace(" ", " & ", 1)
                    if " " in base
                    else e.primary_name.upper(),
                    base,
                ]
            co = self.crm(e, "variant", iso, names)
            co.notes.append(f"CRM writes {names[0]!r}, D&B {e.primary_name!r}")

    def review_band(self, n: int) -> None:
        for i in range(n):
            iso = COUNTRY_ORDER[(i * 3 + self.seed + 1) % len(COUNTRY_ORDER)]
            base = self.base_name(iso)
            extra = self.rng.choice(["Holding", "International", "Group", "Europe", "Solutions"])
            long = f"{base.split()[0]} {extra} {' '.join(base.split()[1:]) or 'Trading'}"
            self.used_names.add(" ".join(name_key(long)))
            e = self.entity(long, iso, website=False)
            dom = self.domain(base, iso)
            co = self.crm(e, "review", iso, [base], domain=dom)
            co.notes.append(f"CRM says {base!r}, D&B {e.primary_name!r}, D&B has no website")

    def normal(self, n: int) -> None:
        for i in range(n):
            iso = COUNTRY_ORDER[(i + self.seed) % len(COUNTRY_ORDER)]
            base = self.base_name(iso)
            # D&B has no website for a quarter of them (small firms); the CRM still has a domain
            e = self.entity(base, iso, website=self.rng.random() >= 0.25)
            co = self.crm(e, "normal", iso, self.variants(e, base))
            if not e.domains:
                co.notes.append("D&B has no website")
            if i % 8 == 3:
                # D&B also knows another company of exactly this name in the same country
                twin = self.entity(base, iso, legal=e.primary_name[len(base) + 1 :])
                co.kind = "same_country_twin"
                co.notes.append(f"same-name company {twin.duns} in {twin.city}")


def build(seed: int, n_companies: int = 150) -> Universe:
    b = _Builder(seed)
    b.families(8)
    b.namesakes(10, in_crm=2)
    b.unknown(12)
    b.website_only(12)
    b.variants_translit(14)
    b.review_band(8)
    b.normal(max(0, n_companies - len(b.companies)))
    # a few D&B companies nobody in the CRM knows (noise in every country)
    for iso in COUNTRY_ORDER:
        for _ in range(2):
            b.entity(b.base_name(iso), iso)
    u = Universe(seed=seed, entities=b.entities, companies=b.companies, contacts=[])
    # truth: what an ideal inquiry gets
    for co in u.companies:
        params = ideal_inquiry(co)
        cands = match(u, params)
        if co.duns and cands and cands[0][0].duns == co.duns:
            co.ideal_confidence = cands[0][1]
            co.high_confidence = cands[0][1] >= 8 and (len(cands) < 2 or cands[1][1] < cands[0][1])
    u.contacts = make_contacts(b.rng, u)
    return u


def ideal_inquiry(co: CrmCompany) -> dict[str, str]:
    if not co.names:
        return {"url": co.domain, "countryISOAlpha2Code": co.country}
    digits = re.sub(r"\D", "", str(phonenumbers.parse(co.switchboard).national_number))
    return {
        "name": co.names[0],
        "countryISOAlpha2Code": co.country,
        "streetAddressLine1": co.street,
        "addressLocality": co.city,
        "postalCode": co.postal,
        "telephoneNumber": digits,
        "url": co.domain,
    }


# ---------------------------------------------------------------------------------------------
# identity resolution, as a stand-in for D&B's (one country per inquiry; name, address, phone, url)
# ---------------------------------------------------------------------------------------------


def _host(url: str) -> str:
    u = url.strip().lower()
    if "//" not in u:
        u = "//" + u
    h = urlsplit(u).hostname or ""
    return h[4:] if h.startswith("www.") else h


def match(u: Universe, q: dict[str, str]) -> list[tuple[DnbEntity, int, str]]:
    """Candidates as (entity, confidence code, match grade), best first."""
    country = (q.get("countryISOAlpha2Code") or "").upper()
    name = q.get("name") or ""
    url = q.get("url") or ""
    host = _host(url) if url else ""
    pool = [e for e in u.entities.values() if not country or e.country == country]
    qkey = name_key(name) if name else ()
    keyed: dict[tuple[str, ...], int] = {}
    for e in pool:
        k = name_key(e.primary_name)
        keyed[k] = keyed.get(k, 0) + 1
    out = []
    for e in pool:
        url_hit = bool(host) and any(host == d or host.endswith("." + d) for d in e.domains)
        keys = [name_key(e.primary_name), name_key(e.registered_name)] + [
            name_key(t) for t in e.trade_names
        ]
        ng = "Z"
        if qkey:
            if any(qkey == k for k in keys):
                ng = "A"
            else:
                best = 0.0
                for k in keys:
                    a, b = set(qkey), set(k)
                    if a and b:
                        best = max(best, len(a & b) / len(a | b))
                if best >= 0.6:
                    ng = "B"
                elif best >= 0.3 and any(qkey[0] in k[:1] for k in keys):
                    ng = "F"  # shares the distinctive first word only: a weak candidate
                elif (
                    "." in name
                    and e.domains
                    and name_key(name)[:1] == name_key(e.domains[0].split(".")[0])[:1]
                ):
                    ng = "F"  # a domain sent as the name: weak
        if not name:
            if not url_hit:
                continue
            cc, grade = 8, "ZZZZZZZZZZZ"
            if q.get("telephoneNumber") and _phone_hit(q["telephoneNumber"], e.phone):
                cc = 9
            out.append((e, cc, "ZZZZZZZZZZZ" if cc == 8 else "ZZZZZZAZZZZ"))
            continue
        if ng == "Z" and not url_hit:
            continue
        cc = {"A": 7, "B": 5, "F": 3, "Z": 2}[ng]
        if ng == "A" and keyed.get(name_key(e.primary_name), 0) == 1:
            cc += 1
        city_hit = bool(q.get("addressLocality")) and fold(q["addressLocality"]) == fold(e.city)
        postal_hit = bool(q.get("postalCode")) and fold(q["postalCode"]) == fold(e.postal)
        street_hit = bool(q.get("streetAddressLine1")) and fold(q["streetAddressLine1"]) == fold(
            e.street
        )
        phone_hit = bool(q.get("telephoneNumber")) and _phone_hit(q["telephoneNumber"], e.phone)
        if city_hit or postal_hit:
            cc += 1
        if phone_hit:
            cc += 1
        if url_hit:
            cc += 1
        cc = min(cc, 10) if ng in ("A", "B") or url_hit else min(cc, 4)
        if ng == "B":
            cc = min(cc, 7)
        grade = (
            ng
            + ("A" if street_hit else "Z") * 2
            + ("A" if city_hit else "Z")
            + "Z"  # state
            + "Z"  # PO box
            + ("A" if phone_hit else "Z")
            + ("A" if postal_hit else "Z")
            + "F"  # density
            + ("A" if keyed.get(name_key(e.primary_name), 0) == 1 else "B")  # uniqueness
            + "Z"  # SIC
        )
        out.append((e, cc, grade))
    out.sort(key=lambda t: (-t[1], t[0].primary_name, t[0].duns))
    return out[:5]


def _phone_hit(given: str, e164_: str) -> bool:
    g = re.sub(r"\D", "", given).lstrip("0")
    n = str(phonenumbers.parse(e164_).national_number)
    return len(g) >= 6 and (g == n or g.endswith(n) or n.endswith(g))


# ---------------------------------------------------------------------------------------------
# D&B's JSON shapes
# ---------------------------------------------------------------------------------------------

_ROLE_CODES = {
    "Global Ultimate": 12775,
    "Domestic Ultimate": 12774,
    "Parent/Headquarters": 9141,
    "Subsidiary": 9159,
    "Parent": 9140,
    "Branch": 12769,
}


def _address(e: DnbEntity) -> dict:
    return {
        "addressCountry": {"isoAlpha2Code": e.country, "name": C[e.country].name_en},
        "addressLocality": {"name": e.city},
        "addressRegion": {"name": e.region},
        "postalCode": e.postal,
        "streetAddress": {"line1": e.street, "line2": None},
    }


def _phone(e: DnbEntity) -> list[dict]:
    p = phonenumbers.parse(e.phone)
    return [
        {
            "telephoneNumber": str(p.national_number),
            "isdCode": str(p.country_code),
            "isUnreachable": False,
        }
    ]


def _status(e: DnbEntity) -> dict:
    return {
        "operatingStatus": {"description": e.status, "dnbCode": 9074},
        "isMarketable": True,
        "isMailUndeliverable": False,
        "isTelephoneDisconnected": False,
    }


def _brief(u: Universe, duns: str | None) -> dict | None:
    if not duns:
        return None
    e = u.entities[duns]
    return {"duns": e.duns, "primaryName": e.primary_name, "primaryAddress": _address(e)}


def candidate_org(u: Universe, e: DnbEntity) -> dict:
    return {
        "duns": e.duns,
        "dunsControlStatus": _status(e),
        "primaryName": e.primary_name,
        "tradeStyleNames": [{"name": t, "priority": i + 1} for i, t in enumerate(e.trade_names)],
        "websiteAddress": [{"url": f"www.{d}", "domainName": d} for d in e.domains],
        "telephone": _phone(e),
        "primaryAddress": _address(e),
        "mailingAddress": {},
        "registrationNumbers": [],
        "mostSeniorPrincipals": [],
        "isStandalone": not e.roles,
        "corporateLinkage": {
            "familytreeRolesPlayed": [
                {"description": r, "dnbCode": _ROLE_CODES[r]} for r in e.roles
            ]
        },
    }


def data_blocks_org(u: Universe, e: DnbEntity, blocks: list[str]) -> dict:
    org = {"duns": e.duns, "countryISOAlpha2Code": e.country, "primaryName": e.primary_name}
    if any(b.startswith("companyinfo") for b in blocks):
        org.update(
            {
                "registeredName": e.registered_name,
                "tradeStyleNames": [
                    {"name": t, "priority": i + 1} for i, t in enumerate(e.trade_names)
                ],
                "websiteAddress": [{"url": f"www.{d}", "domainName": d} for d in e.domains],
                "telephone": _phone(e),
                "primaryAddress": _address(e),
                "registeredAddress": _address(e),
                "dunsControlStatus": _status(e),
                "industryCodes": [
                    {
                        "code": e.sic,
                        "description": e.sic_desc,
                        "typeDescription": "US 1987 SIC",
                        "typeDnBCode": 399,
                        "priority": 1,
                    },
                ],
                "numberOfEmployees": [
                    {
                        "value": e.employees,
                        "informationScopeDescription": "Consolidated",
                        "informationScopeDnBCode": 9067,
                        "reliabilityDescription": "Modelled",
                        "reliabilityDnBCode": 9094,
                    },
                ],
                "financials": [
                    {
                        "financialStatementToDate": "2025-12-31",
                        "financialStatementDuration": "P1Y",
                        "informationScopeDescription": "Consolidated",
                        "reliabilityDescription": "Modelled",
                        "unitCode": "Single Units",
                        "yearlyRevenue": [{"value": e.revenue_usd, "currency": "USD"}],
                    },
                ],
                "startDate": "1987",
                "businessEntityType": {"description": "Corporation", "dnbCode": 451},
                "isStandalone": not e.roles,
            }
        )
    if any(b.startswith("hierarchyconnections") for b in blocks):
        link: dict = {
            "familytreeRolesPlayed": [
                {"description": r, "dnbCode": _ROLE_CODES[r]} for r in e.roles
            ],
        }
        if e.roles:
            link["hierarchyLevel"] = e.level
            link["globalUltimateFamilyTreeMembersCount"] = sum(
                1 for x in u.entities.values() if x.global_ultimate == e.global_ultimate
            )
            link["globalUltimate"] = _brief(u, e.global_ultimate)
            link["domesticUltimate"] = _brief(u, e.domestic_ultimate)
            if e.parent:
                link["parent"] = _brief(u, e.parent)
            if e.headquarter:
                link["headQuarter"] = _brief(u, e.headquarter)
        org["corporateLinkage"] = link
    return org


def _txn() -> dict:
    return {
        "transactionID": "rrt-" + _secrets.token_hex(8),
        "transactionTimestamp": time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime()),
        "inLanguage": "en-US",
        "serviceVersion": "1",
    }


def error_body(code: str, message: str, details: list | None = None) -> dict:
    err: dict = {"errorCode": code, "errorMessage": message}
    if details:
        err["errorDetails"] = details
    return {"transactionDetail": _txn(), "error": err}


# ---------------------------------------------------------------------------------------------
# the CRM side
# ---------------------------------------------------------------------------------------------

_TITLES = (
    "Purchasing Manager",
    "Head of IT",
    "CFO",
    "Sales Director",
    "Office Manager",
    "Project Engineer",
    "Einkaufsleiter",
    "Directeur commercial",
    "Responsabile acquisti",
    "Jefe de compras",
)


def make_contacts(rng: random.Random, u: Universe) -> list[dict]:
    out = []
    for co in u.companies:
        c = C[co.country]
        n = rng.choice([1, 1, 2, 2, 3, 4])
        for i in range(n):
            given, family = rng.choice(c.given), rng.choice(c.family)
            local = _ascii(f"{given}.{family}").lower().replace(" ", "").replace("'", "")
            email = f"{local}@{co.domain}"
            if any(x["email"] == email for x in out):
                email = f"{local}{i}@{co.domain}"
            org = co.names[i % len(co.names)] if co.names else None
            sb = phonenumbers.parse(co.switchboard)
            phones = (
                [("work", write_phone(rng, sb, national_ok=True))] if rng.random() < 0.8 else []
            )
            if rng.random() < 0.6:
                phones.append(
                    (
                        "cell",
                        write_phone(rng, make_phone(rng, co.country, "mobile"), national_ok=False),
                    )
                )
            has_adr = co.kind != "website_only" or rng.random() < 0.5
            r = rng.random()
            country_written = (
                ""  # a domestic address book often leaves the country out
                if r < 0.12
                else rng.choice(c.local_names)
                if r < 0.35
                else c.local_names[0]
            )
            out.append(
                {
                    "uid": f"blind-dnb-{u.seed}-{len(out):04d}",
                    "company": co.key,
                    "given": given,
                    "family": family,
                    "email": email,
                    "org": org,
                    "title": rng.choice(_TITLES),
                    "phones": phones,
                    "address": (
                        {
                            "street": co.street,
                            "city": co.city,
                            "region": co.region,
                            "postal": co.postal,
                            "country": country_written,
                        }
                        if has_adr
                        else None
                    ),
                }
            )
    return out


def _esc(v: str) -> str:
    return v.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def vcards(contacts: list[dict]) -> str:
    lines = []
    for p in contacts:
        lines += [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"UID:{p['uid']}",
            f"N:{_esc(p['family'])};{_esc(p['given'])};;;",
            f"FN:{_esc(p['given'] + ' ' + p['family'])}",
        ]
        if p["org"]:
            lines.append(f"ORG:{_esc(p['org'])}")
        lines.append(f"TITLE:{_esc(p['title'])}")
        lines.append(f"EMAIL;TYPE=INTERNET,WORK:{p['email']}")
        for kind, text in p["phones"]:
            lines.append(f"TEL;TYPE={'WORK,VOICE' if kind == 'work' else 'CELL'}:{text}")
        a = p["address"]
        if a:
            lines.append(
                "ADR;TYPE=WORK:;;"
                + ";".join(_esc(a[k]) for k in ("street", "city", "region", "postal", "country"))
            )
        lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def truth(u: Universe) -> dict:
    return {
        "seed": u.seed,
        "companies": [asdict(c) for c in u.companies],
        "entities": {d: asdict(e) for d, e in u.entities.items()},
    }


def write_crm(u: Universe, out: Path) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    (out / "crm").mkdir(exist_ok=True)
    (out / "crm" / "contacts.vcf").write_text(vcards(u.contacts), encoding="utf-8")
    t = truth(u)
    (out / "truth.json").write_text(json.dumps(t, ensure_ascii=False, indent=1), encoding="utf-8")
    return t


def summary(u: Universe) -> dict:
    kinds: dict[str, int] = {}
    for c in u.companies:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    return {
        "companies": len(u.companies),
        "countries": len({c.country for c in u.companies}),
        "contacts": len(u.contacts),
        "dnb_entities": len(u.entities),
        "high_confidence": sum(c.high_confidence for c in u.companies),
        "kinds": dict(sorted(kinds.items())),
    }


# ---------------------------------------------------------------------------------------------
# the stand-in Direct+ server
# ---------------------------------------------------------------------------------------------


class StandIn:
    """D&B Direct+ on 127.0.0.1, in a thread.  ``log`` holds one dict per request."""

    def __init__(
        self,
        universe: Universe,
        key: str = "blind-key",
        secret: str = "blind-secret",
        fault_rate: float = 0.0,
        seed: int = 0,
        token_uses: int = 40,
        expires_in: int = 86400,
        retry_after: int = 1,
    ):
        self.u = universe
        self.key, self.secret = key, secret
        self.fault_rate = fault_rate
        self.rng = random.Random(seed * 7919 + 17)
        self.token_uses = (
            token_uses  # a token "expires" after this many uses (the clock ran out mid-run)
        )
        self.expires_in = expires_in
        self.retry_after = retry_after
        self.always_503: set[str] = set()  # inquiries (name or url) that always answer 503
        self.tokens: dict[str, int] = {}
        self.log: list[dict] = []
        self.lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None
        self.thread: threading.Thread | None = None

    # -- lifecycle -----------------------------------------------------------------------------
    def start(self) -> str:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):  # quiet
                pass

            def do_POST(self):
                standin._handle(self, "POST")

            def do_GET(self):
                standin._handle(self, "GET")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self.base_url

    @property
    def base_url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        if self.server:
            self.server.shutdown()
            self.server.server_close()

    def mark(self) -> int:
        with self.lock:
            return len(self.log)

    def counts(self, since: int = 0) -> dict:
        with self.lock:
            rows = self.log[since:]
        out = {
            "requests": len(rows),
            "token": 0,
            "match": 0,
            "match_billable": 0,
            "data": 0,
            "data_billable": 0,
            "faults": {},
            "statuses": {},
        }
        for r in rows:
            out["statuses"][str(r["status"])] = out["statuses"].get(str(r["status"]), 0) + 1
            if r.get("fault"):
                out["faults"][r["fault"]] = out["faults"].get(r["fault"], 0) + 1
            if r["kind"] == "token":
                out["token"] += 1
            elif r["kind"] == "match":
                out["match"] += 1
                out["match_billable"] += bool(r.get("billable"))
            elif r["kind"] == "data":
                out["data"] += 1
                out["data_billable"] += bool(r.get("billable"))
        return out

    # -- request handling --------------------------------------------------------------------
    def _send(
        self, h, status: int, body: dict, headers: dict | None = None, drop: bool = False
    ) -> None:
        raw = json.dumps(body, ensure_ascii=False).encode()
        h.send_response(status)
        h.send_header("Content-Type", "application/json;charset=UTF-8")
        h.send_header("Content-Length", str(len(raw)))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        if drop:
            h.wfile.write(raw[: len(raw) // 2])
            h.wfile.flush()
            h.close_connection = True
            with contextlib.suppress(OSError):
                h.connection.shutdown(socket.SHUT_RDWR)
            return
        h.wfile.write(raw)

    def _record(self, **row) -> None:
        row["t"] = round(time.monotonic(), 3)
        with self.lock:
            self.log.append(row)

    def _fault(self) -> str | None:
        with self.lock:
            r = self.rng.random()
            kind = self.rng.choice(["429", "503", "drop", "429", "drop"])
        return kind if r < self.fault_rate else None

    def _handle(self, h, method: str) -> None:
        parts = urlsplit(h.path)
        path = parts.path
        q = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=False).items()}
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        if method == "POST" and path in ("/v2/token", "/v3/token"):
            return self._token(h, path, body)
        kind = (
            "match"
            if path == "/v1/match/cleanseMatch"
            else "data"
            if path.startswith("/v1/data/duns/")
            else "other"
        )
        if method != "GET" or kind == "other":
            self._record(kind="other", path=path, status=404, params=q)
            return self._send(h, 404, error_body("00037", "Not Found"))
        auth = h.headers.get("Authorization") or ""
        tok = auth[7:] if auth.startswith("Bearer ") else None
        if tok is None or tok not in self.tokens:
            self._record(kind=kind, path=path, status=401, params=q, fault=None)
            return self._send(
                h, 401, error_body("00041", "Unauthorized: invalid or missing access token")
            )
        with self.lock:
            self.tokens[tok] += 1
            expired = self.tokens[tok] > self.token_uses
        if expired:
            self._record(kind=kind, path=path, status=401, params=q, fault="401 token expired")
            return self._send(
                h, 401, error_body("00040", "Unauthorized: the access token has expired")
            )
        fault = self._fault()
        if kind == "match" and (
            q.get("name") in self.always_503 or q.get("url") in self.always_503
        ):
            fault = "503"
        if fault == "429":
            self._record(kind=kind, path=path, status=429, params=q, fault="429")
            return self._send(
                h,
                429,
                error_body("00045", "Too Many Requests"),
                {"Retry-After": str(self.retry_after)},
            )
        if fault == "503":
            self._record(kind=kind, path=path, status=503, params=q, fault="503")
            return self._send(h, 503, error_body("00002", "Request timeout"))
        drop = fault == "drop"
        if kind == "match":
            return self._match(h, q, drop)
        return self._data(h, path, q, drop)

    def _token(self, h, path: str, body: bytes) -> None:
        auth = h.headers.get("Authorization") or ""
        ok = False
        if auth.startswith("Basic "):
            try:
                ok = base64.b64decode(auth[6:]).decode() == f"{self.key}:{self.secret}"
            except Exception:
                ok = False
        grant = None
        try:
            if path == "/v2/token":
                grant = json.loads(body or b"{}").get("grant_type")
            else:
                grant = parse_qs(body.decode()).get("grant_type", [None])[0]
        except Exception:
            grant = None
        if not ok:
            self._record(kind="token", path=path, status=401)
            return self._send(h, 401, error_body("00041", "Unauthorized: invalid credentials"))
        if grant != "client_credentials":
            self._record(kind="token", path=path, status=400)
            return self._send(
                h, 400, error_body("00003", "One or more parameters are invalid or missing.")
            )
        tok = _secrets.token_urlsafe(24)
        with self.lock:
            self.tokens[tok] = 0
        self._record(kind="token", path=path, status=200)
        if path == "/v2/token":
            return self._send(h, 200, {"access_token": tok, "expiresIn": self.expires_in})
        return self._send(
            h, 200, {"access_token": tok, "expires_in": self.expires_in, "token_type": "Bearer"}
        )

    def _match(self, h, q: dict, drop: bool) -> None:
        if not q.get("countryISOAlpha2Code") and not q.get("url"):
            self._record(kind="match", path="cleanseMatch", status=400, params=q)
            return self._send(
                h,
                400,
                error_body(
                    "00003",
                    "One or more parameters are invalid or missing.",
                    [
                        {
                            "parameter": "countryISOAlpha2Code",
                            "description": "Mandatory field missing",
                        }
                    ],
                ),
            )
        if (
            q.get("countryISOAlpha2Code")
            and q["countryISOAlpha2Code"].upper() not in C
            and not re.fullmatch(r"[A-Za-z]{2}", q["countryISOAlpha2Code"])
        ):
            self._record(kind="match", path="cleanseMatch", status=400, params=q)
            return self._send(
                h,
                400,
                error_body(
                    "10001",
                    "Invalid request",
                    [{"parameter": "countryISOAlpha2Code", "description": "Invalid country code"}],
                ),
            )
        cands = match(self.u, q)
        cands = [c for c in cands if c[1] >= int(q.get("confidenceLowerLevelThresholdValue") or 1)]
        inquiry = {k: v for k, v in q.items()}
        if not cands:
            self._record(
                kind="match",
                path="cleanseMatch",
                status=404,
                params=q,
                billable=not drop,
                fault="drop" if drop else None,
                result=[],
            )
            body = error_body("20505", "No Match found for the given input criteria")
            body["inquiryDetail"] = inquiry
            return self._send(h, 404, body, drop=drop)
        body = {
            "transactionDetail": _txn(),
            "inquiryDetail": inquiry,
            "candidatesMatchedQuantity": len(cands),
            "matchDataCriteria": "Name and Address Lookup" if q.get("name") else "URL Lookup",
            "matchCandidates": [
                {
                    "displaySequence": i + 1,
                    "organization": candidate_org(self.u, e),
                    "matchQualityInformation": {
                        "confidenceCode": cc,
                        "matchGrade": grade,
                        "matchGradeComponentsCount": 11,
                        "matchDataProfile": "0" * 28,
                        "matchDataProfileComponentsCount": 14,
                        "nameMatchScore": {"A": 100, "B": 78, "F": 45, "Z": 0}[grade[0]],
                    },
                }
                for i, (e, cc, grade) in enumerate(cands)
            ],
        }
        self._record(
            kind="match",
            path="cleanseMatch",
            status=200,
            params=q,
            billable=not drop,
            fault="drop" if drop else None,
            result=[(e.duns, cc) for e, cc, _ in cands],
        )
        return self._send(h, 200, body, drop=drop)

    def _data(self, h, path: str, q: dict, drop: bool) -> None:
        duns = path.rsplit("/", 1)[-1]
        blocks = [b for b in (q.get("blockIDs") or "").split(",") if b]
        if not blocks:
            self._record(kind="data", path=path, status=400, params=q)
            return self._send(
                h,
                400,
                error_body(
                    "10510",
                    "The request URI was not valid as it was missing a valid "
                    "query parameter, please fix your request and try again",
                ),
            )
        e = self.u.entities.get(duns)
        if e is None:
            self._record(kind="data", path=path, status=404, params=q)
            return self._send(h, 404, error_body("10500", "DUNS not found"))
        body = {
            "transactionDetail": _txn(),
            "inquiryDetail": {"duns": duns, "blockIDs": blocks, "tradeUp": None},
            "blockStatus": [{"blockID": b, "status": "ok", "reason": None} for b in blocks],
            "organization": data_blocks_org(self.u, e, blocks),
        }
        self._record(
            kind="data",
            path=path,
            status=200,
            params=q,
            billable=not drop,
            fault="drop" if drop else None,
            duns=duns,
        )
        return self._send(h, 200, body, drop=drop)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--serve", action="store_true", help="serve the stand-in until interrupted")
    ap.add_argument("--fault-rate", type=float, default=0.0)
    a = ap.parse_args()
    u = build(a.seed)
    write_crm(u, a.out)
    print(json.dumps(summary(u), indent=1))
    if a.serve:
        s = StandIn(u, fault_rate=a.fault_rate, seed=a.seed)
        print("serving", s.start(), "key blind-key secret blind-secret", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            s.stop()


if __name__ == "__main__":
    main()
