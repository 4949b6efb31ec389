"""Realistic duplicates with known truth, for the matching tests and bench/matching_bench.py.

People get a name (Zipf-distributed common names, accented ones, and a long tail of rare ones),
a company, a mobile and a work line (a switchboard with an extension), a work email and sometimes
a private one. Each person is then seen by 1-4 sources, each with its own habits:

- mailbox: the work email, a display name (sometimes a nickname, sometimes none), a signature phone;
- old vCard: seen years ago, often the private email, or the previous employer's (job change),
  the name with its accents lost or transliterated (Müller, Muller, Mueller);
- scanned card: OCR slips in the name, the email and the phone digits;
- CRM export: given and family swapped, initials, phones without country code.

Every observation keeps at least an email or a phone (a name alone is never enough to merge).
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

GIVEN = [
    ("robert", ["bob", "rob", "bobby"]),
    ("william", ["bill", "will"]),
    ("elizabeth", ["liz", "beth", "lizzy"]),
    ("margaret", ["maggie", "peggy"]),
    ("richard", ["rick", "dick"]),
    ("james", ["jim", "jimmy"]),
    ("john", ["johnny", "jack"]),
    ("michael", ["mike"]),
    ("thomas", ["tom"]),
    ("christopher", ["chris"]),
    ("katherine", ["kate", "katie"]),
    ("daniel", ["dan"]),
    ("david", ["dave"]),
    ("alexander", ["alex"]),
    ("andrew", ["andy"]),
    ("matthew", ["matt"]),
    ("nicholas", ["nick"]),
    ("jennifer", ["jen"]),
    ("susan", ["sue"]),
    ("steven", ["steve"]),
    ("anna", []),
    ("jürgen", []),
    ("sören", []),
    ("zoë", []),
    ("françois", []),
    ("josé", []),
    ("maría", []),
    ("léa", []),
    ("björn", []),
    ("ingrid", []),
    ("fatima", []),
    ("wei", []),
    ("yuki", []),
    ("olga", []),
    ("priya", []),
    ("ahmed", []),
    ("laura", []),
    ("sarah", []),
    ("emma", []),
    ("lukas", []),
    ("felix", []),
    ("paula", []),
    ("hannah", []),
    ("jonas", []),
    ("leon", []),
    ("mia", []),
    ("sofia", []),
    ("noah", []),
    ("elias", []),
    ("clara", []),
]


def _words(text: str) -> list[str]:
    return text.split()


COMMON_FAMILY = _words(
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch "
    "Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann "
    "Lange Schmitt Werner Krause Köhler Groß Weiß Jäger Smith Johnson Williams Brown Jones "
    "Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Taylor "
    "Moore Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker Young Allen King "
    "Nguyễn Tran Kowalski Nowak Rossi Russo Ferrari Dubois Lefèvre Fernández Jansen Larsen "
    "Nielsen O'Brien Murphy Kelly Ivanova Petrov Silva Santos Okafor Ito Tanaka Kim Park Chen"
)
SYLLABLES = _words(
    "ka ri mo len dor sa ber tin vel ro gan mi lo fen har stad wald berg mann ley ton ford "
    "vik sen ski ova rez ini elli ard ek as ur ol im an"
)
COMPANY_WORDS = _words("Acme Nova Blue Vertex Atlas Orion Nimbus Apex Delta Pioneer Summit Cedar")
LEGAL = ["GmbH", "Inc.", "Ltd", "AG", "LLC", "SE", ""]
FREEMAIL = ["gmail.com", "web.de", "gmx.de", "yahoo.com", "outlook.com"]
COUNTRIES = [("49", 10), ("1", 10), ("44", 10)]
OCR = {"m": "rn", "l": "1", "o": "0", "e": "c", "i": "l", "s": "5", "n": "h", "u": "v"}
NOW = datetime(2026, 11, 1, tzinfo=UTC)


@dataclass
class Person:
    given: str
    nick: str | None
    family: str
    company: tuple[str, str]
    old_company: tuple[str, str] | None
    mobile: str | None
    work: str | None
    email: str
    old_email: str | None
    private: str | None


def _zipf(rng: random.Random, items: list[Any], s: float = 1.0) -> Any:
    # inverse-rank weights: a few names are very common, most are rare
    weights = _zipf.cache.get((id(items), s))  # type: ignore[attr-defined]
    if weights is None:
        weights = [1 / (r + 1) ** s for r in range(len(items))]
        _zipf.cache[(id(items), s)] = weights  # type: ignore[attr-defined]
    return rng.choices(items, weights)[0]


_zipf.cache = {}  # type: ignore[attr-defined]


def _rare_family(rng: random.Random) -> str:
    # the long tail: real surnames number in the millions, so a rare one stays rare at 1M
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3, 3, 4)))).capitalize()


def _ascii(text: str) -> str:
    import unicodedata

    text = text.replace("ß", "ss")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _translit(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(a, b).replace(a.upper(), b.capitalize())
    return _ascii(text)


def _slug(text: str) -> str:
    return "".join(c for c in _ascii(text).lower() if c in string.ascii_lowercase)


def _phone(rng: random.Random) -> str:
    cc, length = rng.choice(COUNTRIES)
    if cc == "1":
        return "+1" + rng.choice("23456789") + "".join(rng.choices(string.digits, k=9))
    return "+" + cc + rng.choice("23456789") + "".join(rng.choices(string.digits, k=length - 1))


def _slip(rng: random.Random, text: str) -> str:
    spots = [i for i, c in enumerate(text) if c in OCR]
    if not spots:
        return text
    i = rng.choice(spots)
    return text[:i] + OCR[text[i]] + text[i + 1 :]


class Generator:
    def __init__(self, seed: int = 7, people_per_company: int = 20) -> None:
        self.rng = random.Random(seed)
        self.people_per_company = people_per_company
        self.companies: list[tuple[str, str, str]] = []  # name, domain, switchboard
        self.used_emails: set[str] = set()

    def _company(self) -> tuple[str, str, str]:
        rng = self.rng
        if not self.companies or rng.random() < 1 / self.people_per_company:
            base = f"{rng.choice(COMPANY_WORDS)} {_rare_family(rng)}"
            legal = rng.choice(LEGAL)
            name = f"{base} {legal}".strip()
            domain = f"{_slug(base)}{len(self.companies)}.{rng.choice(['com', 'de', 'co.uk'])}"
            self.companies.append((name, domain, _phone(rng)))
        return rng.choice(self.companies)

    def _work_email(self, given: str, family: str, domain: str) -> str:
        g, f = _slug(given), _slug(family)
        pattern = self.rng.choice((f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f[0]}", f"{g}.{f}"))
        email, n = f"{pattern}@{domain}", 1
        while email in self.used_emails:
            n += 1
            email = f"{pattern}{n}@{domain}"
        self.used_emails.add(email)
        return email

    def person(self) -> Person:
        rng = self.rng
        given, nicks = _zipf(rng, GIVEN, 0.8)
        family = _zipf(rng, COMMON_FAMILY, 0.9) if rng.random() < 0.6 else _rare_family(rng)
        company = self._company()
        old = self._company() if rng.random() < 0.15 else None
        private = None
        if rng.random() < 0.4:
            digits = str(rng.randint(1, 99)) if rng.random() < 0.5 else ""
            local = f"{_slug(given)}.{_slug(family)}{digits}"
            private = f"{local}@{rng.choice(FREEMAIL)}"
            while private in self.used_emails:
                private = f"{local}{rng.randint(100, 999)}@{rng.choice(FREEMAIL)}"
            self.used_emails.add(private)
        return Person(
            given=given.capitalize() if given.isascii() else given.title(),
            nick=rng.choice(nicks).capitalize() if nicks else None,
            family=family,
            company=company[:2],
            old_company=old[:2] if old else None,
            mobile=_phone(rng) if rng.random() < 0.8 else None,
            work=f"{company[2]};ext={rng.randint(100, 999)}" if rng.random() < 0.5 else None,
            email=self._work_email(given, family, company[1]),
            old_email=self._work_email(given, family, old[1]) if old else None,
            private=private,
        )

    # -- what each source makes of a person -------------------------------------------------

    def _phones(self, *phones: tuple[str | None, str]) -> list[dict[str, Any]]:
        return [{"text": p, "kind": kind, "e164": p} for p, kind in phones if p]

    def mailbox(self, p: Person) -> dict[str, Any]:
        rng = self.rng
        roll = rng.random()
        given = p.nick if (p.nick and roll < 0.2) else p.given
        name = {} if roll > 0.9 else {"given": given, "family": p.family}
        phones = []
        if rng.random() < 0.3:
            phones = self._phones((p.mobile, "cell")) or self._phones((p.work, "work"))
        org = {"name": p.company[0], "domain": p.company[1]}
        return {"name": name, "emails": [p.email], "phones": phones, "organization": org}

    def vcard(self, p: Person) -> dict[str, Any]:
        rng = self.rng
        family = rng.choice((p.family, _ascii(p.family), _translit(p.family)))
        given = rng.choice((p.given, _ascii(p.given)))
        if p.old_company:
            emails = [p.old_email]
            org = {"name": p.old_company[0], "domain": p.old_company[1]}
        else:
            emails = [p.private] if p.private and rng.random() < 0.6 else [p.email]
            org = {"name": p.company[0]}
        phones = self._phones((p.mobile, "cell"))
        if not phones and rng.random() < 0.5:
            emails.append(p.email)
        return {
            "name": {"given": given, "family": family},
            "emails": emails,
            "phones": phones,
            "organization": org,
        }

    def card(self, p: Person) -> dict[str, Any]:
        rng = self.rng
        given, family, email = p.given, p.family, p.email
        if rng.random() < 0.3:
            family = _slip(rng, family)
        if rng.random() < 0.15:
            given = _slip(rng, given)
        if rng.random() < 0.2:
            local, _, domain = email.partition("@")
            email = f"{_slip(rng, local)}@{domain}"
        phones = self._phones((p.work, "work"), (p.mobile, "cell"))
        if phones and rng.random() < 0.1:
            text = phones[0]["e164"]
            i = rng.randrange(4, len(text.split(";")[0]))
            slipped = text[:i] + str((int(text[i]) + 1) % 10) + text[i + 1 :]
            phones[0] = {"text": slipped, "kind": phones[0]["kind"], "e164": slipped}
        return {
            "name": {"given": given, "family": family},
            "emails": [email],
            "phones": phones,
            "title": rng.choice(["CEO", "Head of Sales", "Engineer", "Buyer", None]),
            "organization": {"name": p.company[0]},
            # the OCR's own doubt, as the card_scan source reports it per field
            "_confidence": {"name": 0.8, "emails": 0.8, "phones": 0.85},
        }

    def crm(self, p: Person) -> dict[str, Any]:
        rng = self.rng
        given, family = p.given, p.family
        roll = rng.random()
        if roll < 0.1:
            given, family = family, given
        elif roll < 0.25:
            given = given[0] + "."
        phones = self._phones((p.mobile, "cell"), (p.work, "work"))
        if phones and rng.random() < 0.3:
            # written without country code in a file whose region was not known: no E.164
            e164 = phones[0]["e164"].split(";")[0]
            national = "0" + e164[3:] if not e164.startswith("+1") else e164[2:]
            phones[0] = {"text": national, "kind": phones[0]["kind"]}
        emails = [p.email] if rng.random() < 0.7 or not phones else []
        company = p.company[0].rsplit(" ", 1)[0] if rng.random() < 0.5 else p.company[0]
        return {
            "name": {"given": given, "family": family},
            "emails": emails,
            "phones": phones,
            "organization": {"name": company},
        }

    def observations(self, count: int) -> list[dict[str, Any]]:
        """``count`` observations: source, source_key, seen_at, payload, confidence, true person."""
        rng = self.rng
        out: list[dict[str, Any]] = []
        makers = [
            ("mailbox", self.mailbox, 0),
            ("vcard", self.vcard, 900),
            ("card_scan", self.card, 200),
            ("crm", self.crm, 400),
        ]
        person_id = 0
        while len(out) < count:
            p = self.person()
            person_id += 1
            seen = rng.choices((1, 2, 3, 4), (0.45, 0.3, 0.15, 0.1))[0]
            for source, make, age in rng.sample(makers, seen):
                if len(out) >= count:
                    break
                payload = make(p)
                confidence = payload.pop("_confidence", {})
                if not payload["emails"] and not payload["phones"]:
                    payload["emails"] = [p.email]
                payload["emails"] = list(dict.fromkeys(e.lower() for e in payload["emails"]))
                days = age + rng.randint(0, 200)
                out.append(
                    {
                        "source": source,
                        "source_key": f"{source}-{len(out)}",
                        "seen_at": NOW - timedelta(days=days),
                        "payload": payload,
                        "confidence": confidence,
                        "person": person_id,
                    }
                )
        # stores hold a person's observations far apart: no matcher may lean on their order
        rng.shuffle(out)
        return out


def pair_metrics(truth: list[int], predicted: list[int]) -> tuple[float, float]:
    """Pairwise precision and recall of a clustering against the true people."""
    from collections import Counter

    def pairs(counter: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    joint = pairs(Counter(zip(truth, predicted, strict=True)))
    predicted_pairs = pairs(Counter(predicted))
    true_pairs = pairs(Counter(truth))
    precision = joint / predicted_pairs if predicted_pairs else 1.0
    recall = joint / true_pairs if true_pairs else 1.0
    return precision, recall
