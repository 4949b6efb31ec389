"""Blind identity-resolution set: people seen through four sources, with truth per record.

    python bench/blind/matching_gen.py --seed S --people N --out DIR

Writes DIR/observations.jsonl (one observation per line, see README.md), DIR/record_tags.jsonl
(which hard cases each record belongs to, for the breakdown of what is lost) and
DIR/hard_cases.json (groups of person ids per hard-case family). Prints counts and stats.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import _data as D

LOCALE_WEIGHTS = [
    ("US", 16),
    ("GB", 11),
    ("DE", 14),
    ("AT", 2),
    ("CH", 2),
    ("FR", 10),
    ("ES", 10),
    ("IT", 10),
    ("NL", 8),
    ("PL", 8),
    ("JP", 5),
    ("BR", 5),
]
# the harvesting company's offices: where mailboxes, phones and the CRM live
OFFICES = ["DE", "GB", "US", "FR", "NL", "ES"]
SOURCES = [("email_harvest", 36), ("vcard", 18), ("card_scan", 22), ("crm_export", 24)]
OBS_COUNT = [(1, 20), (2, 30), (3, 25), (4, 15), (5, 10)]

PREFIXES = {
    "DE": ["Dr.", "Dr.", "Prof. Dr.", "Dipl.-Ing."],
    "AT": ["Mag.", "Dr.", "DI", "Ing."],
    "CH": ["Dr.", "lic. oec."],
    "IT": ["Dott.", "Ing.", "Dott.ssa", "Avv."],
    "PL": ["dr", "mgr inż.", "inż."],
    "US": ["Dr."],
    "GB": ["Dr", "Prof."],
    "FR": ["Dr", "Me"],
    "ES": ["Dr.", "D."],
    "NL": ["ir.", "drs.", "mr."],
    "JP": [],
    "BR": ["Dr.", "Eng."],
}
SON_SUFFIX = {
    "US": ["Jr.", "II", "III"],
    "GB": ["Jr"],
    "BR": ["Filho", "Júnior", "Neto"],
    "DE": ["jun."],
}
FATHER_SUFFIX = {"US": "Sr.", "GB": "Sr", "BR": "", "DE": "sen."}


def wpick(rng: random.Random, items):
    total = sum(w for _, w in items)
    x = rng.uniform(0, total)
    for v, w in items:
        x -= w
        if x <= 0:
            return v
    return items[-1][0]


@dataclass
class Job:
    company: D.Company
    title: str
    old_title: str
    dept: str
    email: str
    direct: str  # e164 or ""
    ext: str
    start: datetime
    end: datetime | None


@dataclass
class Person:
    pid: str
    locale: str
    gender: str
    given: str
    nicks: list
    family: str
    prefix: str = ""
    suffix: str = ""
    middle: str = ""
    mobile: str = ""
    home: str = ""
    home_addr: D.Address | None = None
    personal_email: str = ""
    plus_tag: str = ""
    jobs: list = field(default_factory=list)
    tags: list = field(default_factory=list)
    suffix_always: bool = False

    @property
    def lang(self):
        return D.LANG[self.locale]

    def job_at(self, t: datetime) -> Job:
        for j in self.jobs:
            if j.start <= t and (j.end is None or t < j.end):
                return j
        return self.jobs[0] if t < self.jobs[0].start else self.jobs[-1]


T0 = datetime(2013, 1, 1, tzinfo=UTC)
T_NOW = datetime(2026, 10, 1, tzinfo=UTC)


def rand_time(rng: random.Random, a: int, b: int) -> datetime:
    start = datetime(a, 1, 1, tzinfo=UTC)
    end = min(datetime(b, 12, 31, tzinfo=UTC), T_NOW)
    s = rng.randint(0, int((end - start).total_seconds()))
    return (start + timedelta(seconds=s)).replace(microsecond=0)


class World:
    def __init__(self, seed: int, people: int):
        self.rng = random.Random(seed)
        self.n = people
        self.companies: dict[str, list[D.Company]] = {}
        self.all_companies: list[D.Company] = []
        self.used_domains: set = set()
        self.used_personal: set = set()
        self.used_mobiles: set = set()
        self.persons: list[Person] = []
        self.hard: dict[str, list] = {
            "common_name_groups": [],
            "relatives_same_company": [],
            "spouses_shared_home": [],
            "father_son": [],
            "job_changers": [],
            "same_name_same_company": [],
        }

    # -- companies ----------------------------------------------------------------------------
    def company(self, country: str) -> D.Company:
        """Zipf-ish: a few large companies take many contacts (their switchboard is shared)."""
        pool = self.companies.setdefault(country, [])
        rng = self.rng
        target = max(3, int(self.n * dict(LOCALE_WEIGHTS)[country] / 100 / 5))
        if len(pool) < target and (not pool or rng.random() < 0.35):
            c = D.make_company(rng, f"co{len(self.all_companies):05d}", country, self.used_domains)
            pool.append(c)
            self.all_companies.append(c)
            return c
        # preferential attachment by index: low indices are the big ones
        i = int(len(pool) * (rng.random() ** 2.2))
        return pool[min(i, len(pool) - 1)]

    # -- people -------------------------------------------------------------------------------
    def pick_name(self, locale: str, gender: str):
        rng = self.rng
        lang = D.LANG[locale]
        given, nicks = rng.choice(D.GIVEN[lang][gender])
        fams = D.FAMILY[locale if locale in D.FAMILY else "DE"]
        # skewed towards the common family names
        fam = fams[min(int(len(fams) * rng.random() ** 1.6), len(fams) - 1)]
        if locale == "ES":
            f2 = fams[min(int(len(fams) * rng.random() ** 1.6), len(fams) - 1)]
            if f2 != fam:
                fam = f"{fam} {f2}"
        elif locale == "BR":
            if rng.random() < 0.8:
                f2 = rng.choice(fams)
                fam = (
                    f"{rng.choice(['', '', 'da ', 'de ', 'dos '])}{f2} {fam}" if f2 != fam else fam
                )
        elif (
            locale in ("DE", "AT", "CH", "GB", "US", "FR") and gender == "f" and rng.random() < 0.06
        ):
            f2 = D.split_particle(rng.choice(fams))[1]
            if f2 != fam and "-" not in fam and " " not in fam:
                fam = f"{fam}-{f2}"  # double name after marriage
        if gender == "f":
            fam = D.feminine(locale, fam)
        middle = ""
        if locale == "US" and rng.random() < 0.3:
            middle = rng.choice("ABCDEFGHJKLMNPRSTW")
        return given, list(nicks), fam, middle

    def new_person(self, locale: str, gender: str | None = None, name=None) -> Person:
        rng = self.rng
        gender = gender or rng.choice("mf")
        if name is None:
            given, nicks, fam, middle = self.pick_name(locale, gender)
        else:
            given, fam = name
            nicks = []
            for g, n in D.GIVEN[D.LANG[locale]][gender]:
                if g == given:
                    nicks = list(n)
            middle = ""
        p = Person(f"p{len(self.persons):06d}", locale, gender, given, nicks, fam, middle=middle)
        if rng.random() < 0.06 and PREFIXES.get(locale):
            p.prefix = rng.choice(PREFIXES[locale])
        cc = locale
        p.mobile = self.unique_mobile(cc)
        if rng.random() < 0.3:
            p.home_addr = D.make_address(rng, cc)
            p.home = D.landline(rng, p.home_addr)
        if rng.random() < 0.35:
            p.personal_email = self.personal_email(p)
            if rng.random() < 0.4 and p.personal_email.split("@")[1] in (
                "gmail.com",
                "outlook.com",
                "posteo.de",
                "icloud.com",
            ):
                p.plus_tag = rng.choice(["crm", "work", "news", "shop", "b2b"])
        self.persons.append(p)
        return p

    def unique_mobile(self, country: str) -> str:
        while True:
            m = D.mobile(self.rng, country)
            if m not in self.used_mobiles:
                self.used_mobiles.add(m)
                return m

    def personal_email(self, p: Person) -> str:
        rng = self.rng
        dom = rng.choice(D.PERSONAL_DOMAINS[p.locale])
        for k in range(50):
            fmt = rng.choice(
                ["first.last", "firstlast", "flast", "first.last", "first_last", "lastf"]
            )
            g = D.slug(D.ascii_name(p.locale, p.given.split()[0]))
            f = D.slug(
                D.ascii_name(
                    p.locale,
                    D.split_particle(p.family.split()[0] if p.locale == "ES" else p.family)[1],
                )
            )
            loc = {
                "first.last": f"{g}.{f}",
                "firstlast": f"{g}{f}",
                "flast": f"{g[0]}{f}",
                "first_last": f"{g}_{f}",
                "lastf": f"{f}{g[0]}",
            }[fmt]
            if k > 0 or rng.random() < 0.3:
                loc += str(rng.choice([rng.randint(1, 99), rng.randint(1955, 2001)]))
            e = f"{loc}@{dom}"
            if e not in self.used_personal:
                self.used_personal.add(e)
                return e
        raise RuntimeError("email space")

    def work_email(self, p: Person, c: D.Company) -> str:
        fmt = c.email_format
        loc = D.email_local(fmt, p.given, p.family, p.locale)
        if p.suffix and p.suffix not in ("Sr.", "Sr", "sen.", ""):
            loc += self.rng.choice([".jr", "jr", "2"]) if fmt != "first" else "jr"
        base = loc
        k = 2
        while loc in c.used_locals:
            # namesakes at one company: thomas.mueller2@, t.mueller@, thomas.mueller.ext@
            alt = ["f.last", "first.last", "flast", "firstl"]
            cand = D.email_local(self.rng.choice(alt), p.given, p.family, p.locale)
            loc = cand if cand not in c.used_locals else f"{base}{k}"
            k += 1
        c.used_locals[loc] = p.pid
        return f"{loc}@{c.domain}"

    def add_job(
        self,
        p: Person,
        c: D.Company,
        start: datetime,
        end: datetime | None,
        title: str | None = None,
    ):
        rng = self.rng
        lang = D.title_lang(c.country) if rng.random() < 0.8 else "EN"
        title = title or rng.choice(D.TITLES[lang])
        old_title = rng.choice(D.TITLES[lang]) if rng.random() < 0.35 else title
        dept = rng.choice(D.DEPARTMENTS[lang])
        direct, ext = "", ""
        if rng.random() < 0.75:
            direct, ext = D.direct_dial(rng, c.address, c.dd_base, c.used_phones)
        p.jobs.append(
            Job(c, title, old_title, dept, self.work_email(p, c), direct, ext, start, end)
        )

    def give_career(self, p: Person, company: D.Company | None = None, changer: bool | None = None):
        rng = self.rng
        country = (
            p.locale if rng.random() < 0.9 else rng.choice(["US", "GB", "DE", "NL", "FR", "CH"])
        )
        c1 = company or self.company(country)
        if changer is None:
            changer = rng.random() < 0.15
        if changer:
            switch = rand_time(rng, 2019, 2024)
            c2 = self.company(p.locale if rng.random() < 0.85 else country)
            while c2 is c1:
                c2 = self.company(p.locale)
            self.add_job(p, c1, T0, switch)
            self.add_job(p, c2, switch, None)
            p.tags.append("job_changer")
            self.hard["job_changers"].append(p.pid)
        else:
            self.add_job(p, c1, T0, None)

    def build(self):
        rng = self.rng
        n = self.n
        # 1. very common names: groups of namesakes (some at the same company)
        n_common = max(2, int(n * 0.03 / 3))
        for _ in range(n_common):
            if len(self.persons) >= n:
                break
            loc = rng.choice([k for k in D.COMMON_NAMES])
            g, given, fam = rng.choice(D.COMMON_NAMES[loc])
            size = rng.choice([2, 2, 3, 3, 4])
            same_co = rng.random() < 0.25
            shared = self.company(loc) if same_co else None
            group = []
            for k in range(size):
                p = self.new_person(loc, g, (given, fam))
                p.tags.append("common_name")
                self.give_career(p, shared if (same_co and k < 2) else None, changer=False)
                group.append(p.pid)
            self.hard["common_name_groups"].append(group)
            if same_co:
                self.hard["same_name_same_company"].append(group[:2])
        # 2. relatives at one company (siblings, spouses, cousins)
        n_rel = max(2, int(n * 0.02))
        for _ in range(n_rel // 2):
            if len(self.persons) >= n - 2:
                break
            loc = wpick(rng, LOCALE_WEIGHTS)
            c = self.company(loc)
            a = self.new_person(loc)
            gb = rng.choice("mf")
            b = self.new_person(loc, gb)
            b.family = (
                D.feminine(loc, D.masculine(loc, a.family))
                if gb == "f"
                else D.masculine(loc, a.family)
            )
            if rng.random() < 0.4:
                # same initial: "A. Kowalski" / "A. Kowalska", or "J. Smith" twice
                lang = D.LANG[loc]
                same = [x for x in D.GIVEN[lang][gb] if x[0][0] == a.given[0] and x[0] != a.given]
                if same:
                    pick = same[rng.randrange(len(same))]
                    b.given, b.nicks = pick[0], list(pick[1])
            if b.personal_email:
                b.personal_email = self.personal_email(b)
            for p in (a, b):
                p.tags.append("relative_same_company")
                self.give_career(p, c, changer=False)
            self.hard["relatives_same_company"].append([a.pid, b.pid])
            if rng.random() < 0.4:
                if not a.home:
                    a.home_addr = D.make_address(rng, loc)
                    a.home = D.landline(rng, a.home_addr)
                b.home, b.home_addr = a.home, a.home_addr
                a.tags.append("shared_home_phone")
                b.tags.append("shared_home_phone")
                self.hard["spouses_shared_home"].append([a.pid, b.pid])
        # 3. father and son in the family business
        n_fs = max(1, int(n * 0.006))
        for _ in range(n_fs):
            if len(self.persons) >= n - 2:
                break
            loc = rng.choice(["US", "US", "GB", "BR", "DE"])
            c = self.company(loc)
            father = self.new_person(loc, "m")
            son = self.new_person(loc, "m", (father.given, father.family))
            son.nicks = list(father.nicks)
            son.suffix = rng.choice(SON_SUFFIX[loc])
            father.suffix = FATHER_SUFFIX[loc] if rng.random() < 0.5 else ""
            for p in (father, son):
                p.tags.append("father_son")
                self.give_career(p, c, changer=False)
            self.hard["father_son"].append([father.pid, son.pid])
        # 4. everybody else
        while len(self.persons) < n:
            loc = wpick(rng, LOCALE_WEIGHTS)
            p = self.new_person(loc)
            self.give_career(p)


# ------------------------------------------------------------------------------------------------
# rendering of a person through each source
# ------------------------------------------------------------------------------------------------


class Renderer:
    def __init__(self, world: World, seed: int):
        self.w = world
        self.rng = random.Random(seed * 7919 + 17)
        self.counters: dict[str, int] = {}
        self.mailboxes = self._mailboxes()
        self.role_senders: dict[str, list] = {}

    def _mailboxes(self):
        rng = self.rng
        out = []
        names = [
            "k.lindqvist",
            "m.ferrer",
            "j.obrien",
            "a.schuster",
            "p.dubreuil",
            "t.vanleeuwen",
            "s.okafor",
            "r.bianchi",
            "h.tanaka",
            "e.novak",
            "l.moreau",
            "d.keller",
        ]
        for i, nm in enumerate(names):
            out.append((f"{nm}@nordhafen-group.example", OFFICES[i % len(OFFICES)]))
        rng.shuffle(out)
        return out

    def key(self, source: str, prefix: str) -> str:
        k = self.counters.get(source, 0) + 1
        self.counters[source] = k
        return f"{prefix}{k:07d}"

    # -- names ----------------------------------------------------------------------------
    def given_form(self, p: Person, allow_nick: float) -> tuple[str, list]:
        rng = self.rng
        if p.nicks and rng.random() < allow_nick:
            return rng.choice(p.nicks), ["nickname"]
        g = p.given
        if p.locale in ("ES", "BR") and " " in g and rng.random() < 0.3:
            return g.split()[0], ["compound_given_cut"]  # "María José" -> "María"
        return g, []

    def family_form(self, p: Person, casual: bool) -> tuple[str, list]:
        rng = self.rng
        f = p.family
        tags = []
        if (
            p.locale == "ES"
            and " " in f
            and not f.startswith(("de ", "del "))
            and rng.random() < (0.55 if casual else 0.3)
        ):
            f = f.split()[0]
            tags.append("second_surname_dropped")
        elif p.locale == "BR" and " " in f and rng.random() < (0.6 if casual else 0.3):
            f = f.split()[-1]
            tags.append("br_last_surname_only")
        elif "-" in f and rng.random() < 0.35:
            f = f.split("-")[rng.randrange(2)] if rng.random() < 0.6 else f.replace("-", " ")
            tags.append("hyphenated_surname_varied")
        part, core = D.split_particle(f)
        if part:
            r = rng.random()
            if r < 0.15:
                f = core
                tags.append("particle_dropped")
            elif r < 0.3:
                f = " ".join(x.capitalize() for x in part.split()) + " " + core
                tags.append("particle_capitalised")
            elif r < 0.36 and part in ("van der", "van den", "van de"):
                f = "v.d. " + core
                tags.append("particle_abbreviated")
        return f, tags

    def native_or_ascii(self, p: Person, s: str, p_ascii: float) -> tuple[str, list]:
        if self.rng.random() < p_ascii:
            a = D.ascii_name(p.locale, s, self.rng)
            if a != s:
                return a, ["transliterated"]
        return s, []

    def suffix_text(self, p: Person, p_keep: float) -> str:
        if not p.suffix:
            return ""
        if p.suffix in ("Jr.", "II", "III", "Filho", "Júnior", "Neto", "Jr", "jun.") and p_keep < 1:
            p_keep = max(p_keep, 0.85)
        return p.suffix if self.rng.random() < p_keep else ""

    # -- phones -------------------------------------------------------------------------------
    def phone_text(
        self, e164: str, country: str, region: str, habit: str, ext: str = ""
    ) -> tuple[str, list]:
        rng = self.rng
        tags = []
        if country != region:
            if rng.random() < 0.05:
                style = "national"
                tags.append("foreign_national_phone")
            else:
                style = "intl"
        else:
            style = habit
        if habit == "typed" and country == region:
            return D.typed_phone(rng, e164, country), tags
        return D.format_phone(rng, e164, country, style, ext), tags

    # -- common -------------------------------------------------------------------------------
    def org_name(self, c: D.Company, formal: float) -> str:
        rng = self.rng
        r = rng.random()
        if r < formal:
            return c.name
        if r < formal + 0.25:
            return c.short_name()
        if r < formal + 0.3:
            return c.name.upper()
        legal = c.name[len(c.short_name()) :].strip(" ,")
        if legal and rng.random() < 0.6:
            # "Conti SpA", "Altair GmbH" for "Altair GmbH & Co. KG", "Vela Co Ltd"
            legal = legal.replace(".", "").replace(",", " ").split("&")[0].strip()
            return f"{c.short_name()} {legal}"
        return c.short_name()

    def emit(
        self,
        out: list,
        source: str,
        key: str,
        seen: datetime,
        region: str,
        p: Person,
        contact: dict,
        tags: list,
    ):
        def clean(v):
            if isinstance(v, dict):
                d = {k: clean(x) for k, x in v.items()}
                return {k: x for k, x in d.items() if x not in (None, "", [], {})}
            if isinstance(v, list):
                return [clean(x) for x in v if clean(x) not in (None, "", [], {})]
            return v

        out.append(
            {
                "source": source,
                "key": key,
                "seen": seen.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "region": region,
                "truth": p.pid,
                "contact": clean(contact),
                "_tags": sorted(set(tags + p.tags)),
            }
        )

    # -- email harvest --------------------------------------------------------------------------
    def email_harvest(self, p: Person, out: list):
        rng = self.rng
        seen = rand_time(rng, 2022, 2026)
        job = p.job_at(seen)
        c = job.company
        mailbox, office = rng.choice(self.mailboxes)
        region = office
        if p.locale != office and rng.random() < 0.6:
            # the local office deals with local contacts
            cand = [m for m in self.mailboxes if m[1] == c.country]
            if cand:
                mailbox, region = rng.choice(cand)
        tags = []
        r = rng.random()
        if r < 0.05:
            email = f"{rng.choice(c.role_locals)}@{c.domain}"
            tags.append("role_address")
        elif r < 0.5 and p.personal_email:
            email = p.personal_email
            tags.append("personal_email")
        else:
            email = job.email
        if email == p.personal_email and p.plus_tag:
            lo, dom = email.split("@")
            email = f"{lo}+{p.plus_tag}@{dom}"
            tags.append("plus_address")
        if rng.random() < 0.05:
            lo, dom = email.split("@")
            email = ".".join(x.capitalize() for x in lo.split(".")) + "@" + dom.capitalize()
            tags.append("mixed_case_email")
        # display name
        given, t1 = self.given_form(p, 0.12)
        fam, t2 = self.family_form(p, casual=True)
        given, t3 = self.native_or_ascii(p, given, 0.15)
        fam, t4 = self.native_or_ascii(p, fam, 0.15 if not t3 else 1.0)
        sfx = self.suffix_text(p, 0.5)
        tags += t1 + t2 + t3 + t4
        r = rng.random()
        if p.locale == "JP" and r < 0.3:
            full = f"{fam.upper()} {given}" if rng.random() < 0.5 else f"{fam} {given}"
            tags.append("family_first")
        elif r < 0.45:
            full = f"{given} {fam}"
        elif r < 0.58:
            full = f"{fam}, {given}"
            tags.append("last_comma_first")
        elif r < 0.64:
            full = f"{given[0]}. {fam}"
            tags.append("initial")
        elif r < 0.69:
            full = f"{fam.upper()} {given}"
            tags.append("family_first")
        elif r < 0.73:
            full = given
            tags.append("given_only")
        elif r < 0.85:
            full = ""
            tags.append("no_display_name")
        elif r < 0.89:
            full = f"{given} {fam} " + rng.choice(
                [f"({c.short_name()})", f"| {c.name}", f"- {c.short_name()}"]
            )
            tags.append("display_with_company")
        elif r < 0.92:
            full = f"{given} {fam}".lower()
            tags.append("lowercase_name")
        elif r < 0.95 and p.middle:
            full = f"{given} {p.middle}. {fam}"
        else:
            full = f"{given} {fam}"
        if sfx and full and "," not in full and rng.random() < 0.8:
            full += rng.choice([f" {sfx}", f", {sfx}"])
        if p.prefix and full and rng.random() < 0.3:
            full = f"{p.prefix} {full}"
        # a role mailbox: display name is the department or the person who signs
        if "role_address" in tags and rng.random() < 0.5:
            full = rng.choice(
                [
                    f"{c.short_name()} {email.split('@')[0].capitalize()}",
                    f"{email.split('@')[0].capitalize()} - {c.short_name()}",
                ]
            )
            tags.append("role_display_name")
        contact: dict = {
            "name": {"full": full},
            "emails": [email],
            "organization": {"domain": email.split("@")[1] if "personal_email" not in tags else ""},
        }
        # from the signature
        if rng.random() < 0.4:
            contact["title"] = job.title
        if rng.random() < 0.35 and "personal_email" not in tags:
            contact["organization"]["name"] = self.org_name(c, 0.5)
        if "role_display_name" in tags and rng.random() < 0.7:
            contact["name"] = {"full": f"{given} {fam}"}  # from the signature
            tags.append("name_from_signature")
        phones = []
        if rng.random() < 0.3:
            if job.direct:
                t, tt = self.phone_text(job.direct, c.country, region, "any", "")
                phones.append({"text": t, "kind": "work"})
                tags += tt
            else:
                t, tt = self.phone_text(c.main_e164, c.country, region, "any")
                phones.append({"text": t, "kind": "work"})
                tags += [*tt, "switchboard"]
        if rng.random() < 0.2:
            t, tt = self.phone_text(p.mobile, p.locale, region, "any")
            phones.append({"text": t, "kind": "cell"})
            tags += tt
        contact["phones"] = phones
        if rng.random() < 0.1:
            contact["addresses"] = [c.address.as_dict(country_name=True)]
        key = f"{mailbox}#{self.key('email_harvest', '')}"
        self.emit(out, "email_harvest", key, seen, region, p, contact, tags)

    # -- old phone export (vCard) -----------------------------------------------------------------
    def vcard(self, p: Person, out: list):
        rng = self.rng
        seen = rand_time(rng, 2014, 2021)
        job = p.job_at(seen)
        c = job.company
        region = p.locale if rng.random() < 0.8 else rng.choice(OFFICES)
        tags = ["old_export"]
        given, t1 = self.given_form(p, 0.35)
        fam, t2 = self.family_form(p, casual=True)
        tags += t1 + t2
        name: dict = {}
        r = rng.random()
        if r < 0.6:
            name = {"given": given, "family": fam}
            sfx = self.suffix_text(p, 0.7)
            if sfx:
                name["suffix"] = sfx
            name["full"] = f"{given} {fam}" + (f" {sfx}" if sfx else "")
        elif r < 0.72:
            name = {
                "full": f"{given} {fam} {c.short_name().split()[0]}",
                "given": given,
                "family": f"{fam} {c.short_name().split()[0]}",
            }
            tags.append("company_in_name")
        elif r < 0.8:
            name = {"full": given, "given": given}
            tags.append("given_only")
        elif r < 0.88:
            name = {"full": f"{fam} {given}", "given": fam, "family": given}
            tags.append("fields_swapped")
        else:
            name = {"full": f"{given} {fam[0]}.", "given": given, "family": f"{fam[0]}."}
            tags.append("family_initial")
        if p.suffix and "suffix" not in name and rng.random() < 0.6 and name.get("family"):
            name["suffix"] = p.suffix
        contact: dict = {"name": name}
        phones = []
        if rng.random() < 0.9:
            t, tt = self.phone_text(p.mobile, p.locale, region, "typed")
            phones.append({"text": t, "kind": rng.choice(["cell", "cell", "cell", "other"])})
            tags += tt
        if p.home and rng.random() < 0.5:
            t, tt = self.phone_text(p.home, p.home_addr.country, region, "typed")
            phones.append({"text": t, "kind": "home"})
            tags += [*tt, "home_phone"]
        if rng.random() < 0.35:
            e = job.direct or c.main_e164
            t, tt = self.phone_text(e, c.country, region, "typed")
            phones.append({"text": t, "kind": "work"})
            tags += tt + ([] if job.direct else ["switchboard"])
        rng.shuffle(phones)
        contact["phones"] = phones
        emails = []
        if rng.random() < 0.35:
            emails.append(job.email)
        if p.personal_email and rng.random() < 0.5:
            emails.append(p.personal_email)
        contact["emails"] = emails
        if rng.random() < 0.4:
            contact["organization"] = {"name": self.org_name(c, 0.2)}
        if rng.random() < 0.15:
            contact["title"] = job.old_title
        if p.home_addr and rng.random() < 0.25:
            contact["addresses"] = [p.home_addr.as_dict()]
        if len(p.jobs) > 1 and job is p.jobs[0]:
            tags.append("old_job")
        key = self.key("vcard", f"phone-export-{p.locale.lower()}.vcf#uid-")
        self.emit(out, "vcard", key, seen, region, p, contact, tags)

    # -- scanned business card --------------------------------------------------------------------
    def card_scan(self, p: Person, out: list):
        rng = self.rng
        seen = rand_time(rng, 2021, 2026)
        job = p.job_at(seen)
        c = job.company
        region = c.country if rng.random() < 0.75 else rng.choice(OFFICES)
        tags = []
        ocr_rate = 0.1
        given, _ = p.given, []
        fam = p.family
        if p.locale == "JP":
            given, fam = D.ascii_name("JP", given, rng), D.ascii_name("JP", fam, rng)
            full = f"{given} {fam.upper()}" if rng.random() < 0.5 else f"{fam.upper()} {given}"
            tags.append("jp_romanized")
        else:
            full = f"{given} {fam}"
            if p.middle and rng.random() < 0.5:
                full = f"{given} {p.middle}. {fam}"
        sfx = self.suffix_text(p, 0.9)
        if sfx:
            full += rng.choice([f" {sfx}", f", {sfx}"])
        if p.prefix and rng.random() < 0.7:
            full = f"{p.prefix} {full}"
        if rng.random() < 0.2:
            full = full.upper()
            tags.append("caps_name")
        if rng.random() < ocr_rate:
            full = D.ocr_slip(rng, full)
            tags.append("ocr_name")
        contact: dict = {}
        if rng.random() < 0.04:
            tags.append("nameless_card")
        else:
            contact["name"] = {"full": full}
        if rng.random() < 0.85:
            contact["title"] = job.title
        if rng.random() < 0.2:
            contact["department"] = job.dept
        if rng.random() < 0.95:
            org = c.name if rng.random() < 0.85 else c.name.upper()
            if rng.random() < 0.05:
                org = D.ocr_slip(rng, org)
            contact["organization"] = {"name": org}
        emails = []
        if rng.random() < 0.92:
            e = job.email
            if rng.random() < 0.07:
                lo, dom = e.split("@")
                e = D.ocr_slip(rng, lo) + "@" + dom
                tags.append("ocr_email")
            emails.append(e)
        contact["emails"] = emails
        phones = []
        habit = "intl" if rng.random() < 0.45 else "national"
        if rng.random() < 0.88:
            r = rng.random()
            if job.direct and r < 0.55:
                t, tt = self.phone_text(job.direct, c.country, region, habit)
                phones.append({"text": t, "kind": "work"})
            elif job.ext and r < 0.75:
                t, tt = self.phone_text(c.main_e164, c.country, region, habit, ext=job.ext)
                phones.append({"text": t, "kind": "work"})
                tt.append("extension")
            else:
                t = D.switchboard_text(
                    rng,
                    c.main_e164,
                    c.dd_base,
                    c.country,
                    "intl" if (habit == "intl" or c.country != region) else "national",
                )
                tt = ["switchboard"]
                phones.append({"text": t, "kind": "work"})
            tags += tt
        if rng.random() < 0.5:
            t, tt = self.phone_text(p.mobile, p.locale, region, habit)
            phones.append({"text": t, "kind": "cell"})
            tags += tt
        if rng.random() < 0.3:
            t, tt = self.phone_text(c.fax_e164, c.country, region, habit)
            phones.append({"text": t, "kind": "fax"})
        for ph in phones:
            if rng.random() < 0.05:
                ph["text"] = D.ocr_slip(rng, ph["text"])
                tags.append("ocr_phone")
        contact["phones"] = phones
        if rng.random() < 0.7:
            contact["urls"] = [{"url": c.web, "kind": "web"}]
        if rng.random() < 0.6:
            contact["addresses"] = [c.address.as_dict(country_name=rng.random() < 0.5)]
        key = self.key("card_scan", "scan-")
        self.emit(out, "card_scan", key + ".jpg", seen, region, p, contact, tags)

    # -- CRM export ----------------------------------------------------------------------------
    def crm_export(self, p: Person, out: list):
        rng = self.rng
        seen = rand_time(rng, 2019, 2024)
        job = p.job_at(seen)
        c = job.company
        region = p.locale if rng.random() < 0.7 else rng.choice(OFFICES)
        tags = []
        given, t1 = self.given_form(p, 0.1)
        fam, t2 = self.family_form(p, casual=False)
        given, t3 = self.native_or_ascii(p, given, 0.3)
        fam, t4 = self.native_or_ascii(p, fam, 0.3 if not t3 else 1.0)
        tags += t1 + t2 + t3 + t4
        if rng.random() < 0.06:
            if rng.random() < 0.5:
                given = D.typo(rng, given)
            else:
                fam = D.typo(rng, fam)
            tags.append("typo_name")
        if rng.random() < 0.1:
            fam = fam.upper()
            tags.append("caps_family")
        name = {
            "given": given + (f" {p.middle}." if p.middle and rng.random() < 0.3 else ""),
            "family": fam,
        }
        if rng.random() < 0.03:
            name = {"given": fam, "family": given}
            tags.append("fields_swapped")
        if p.prefix and rng.random() < 0.5:
            name["prefix"] = p.prefix
        sfx = self.suffix_text(p, 0.95)
        if sfx:
            name["suffix"] = sfx
        contact: dict = {"name": name}
        emails = []
        r = rng.random()
        if r < 0.8:
            emails.append(job.email)
        elif r < 0.88:
            emails.append(f"{rng.choice(c.role_locals)}@{c.domain}")
            tags.append("role_address")
        if p.personal_email and rng.random() < 0.15:
            pe = p.personal_email
            if p.plus_tag and rng.random() < 0.6:
                # signed up to the newsletter / web form as jane+crm@gmail.com
                lo, dom = pe.split("@")
                pe = f"{lo}+{p.plus_tag}@{dom}"
                tags.append("plus_address")
            emails.append(pe)
        contact["emails"] = emails
        phones = []
        r = rng.random()
        if r < 0.45:
            t = D.switchboard_text(
                rng,
                c.main_e164,
                c.dd_base,
                c.country,
                "national" if c.country == region else "intl",
            )
            phones.append({"text": t, "kind": "work"})
            tags.append("switchboard")
        elif r < 0.75 and job.direct:
            t, tt = self.phone_text(job.direct, c.country, region, "any")
            phones.append({"text": t, "kind": "work"})
            tags += tt
        if rng.random() < 0.25:
            t, tt = self.phone_text(p.mobile, p.locale, region, "any")
            phones.append({"text": t, "kind": "cell"})
            tags += tt
        contact["phones"] = phones
        contact["title"] = job.old_title if rng.random() < 0.7 else job.title
        if job.old_title != job.title and contact["title"] == job.old_title:
            tags.append("stale_title")
        if rng.random() < 0.4:
            contact["department"] = job.dept
        contact["organization"] = {
            "name": self.org_name(c, 0.45),
            "domain": c.domain if rng.random() < 0.3 else "",
        }
        if rng.random() < 0.5:
            contact["addresses"] = [c.address.as_dict()]
        if rng.random() < 0.3:
            contact["urls"] = [{"url": c.web, "kind": "web"}]
        if rng.random() < 0.15:
            slugname = (
                D.slug(D.ascii_name(p.locale, p.given))
                + "-"
                + D.slug(D.ascii_name(p.locale, p.family))
            )
            contact.setdefault("urls", []).append(
                {
                    "url": f"https://www.linkedin.com/in/{slugname}-{rng.randint(1000, 99999):x}",
                    "kind": "linkedin",
                }
            )
        if len(p.jobs) > 1 and job is p.jobs[0]:
            tags.append("old_job")
        key = self.key("crm_export", "CRM-")
        self.emit(out, "crm_export", key, seen, region, p, contact, tags)


def generate(seed: int, people: int):
    w = World(seed, people)
    w.build()
    r = Renderer(w, seed)
    rng = r.rng
    out: list = []
    for p in w.persons:
        k = wpick(rng, OBS_COUNT)
        srcs = [wpick(rng, SOURCES) for _ in range(k)]
        for s in srcs:
            getattr(r, s)(p, out)
    rng.shuffle(out)
    return w, out


def norm_email(e: str) -> str:
    lo, _, dom = e.lower().partition("@")
    return lo.split("+")[0] + "@" + dom


def stats(w: World, out: list) -> dict:
    from collections import Counter

    by_src = Counter(o["source"] for o in out)
    tag_c = Counter(t for o in out for t in o["_tags"])
    loc_c = Counter(p.locale for p in w.persons)
    by_truth: dict[str, list] = {}
    for o in out:
        by_truth.setdefault(o["truth"], []).append(o)
    pairs = sum(len(v) * (len(v) - 1) // 2 for v in by_truth.values())
    # true pairs that share a normalised email (an upper bound of the easy part)
    easy = 0
    for v in by_truth.values():
        for i in range(len(v)):
            ei = {norm_email(e) for e in v[i]["contact"].get("emails", [])}
            for j in range(i + 1, len(v)):
                ej = {norm_email(e) for e in v[j]["contact"].get("emails", [])}
                if ei & ej:
                    easy += 1
    # false pairs that share an email (role addresses)
    by_email: dict[str, set] = {}
    for o in out:
        for e in o["contact"].get("emails", []):
            by_email.setdefault(norm_email(e), set()).add(o["truth"])
    shared_emails = sorted(e for e, t in by_email.items() if len(t) > 1)
    return {
        "records": len(out),
        "people": len(w.persons),
        "companies": len(w.all_companies),
        "by_source": dict(sorted(by_src.items())),
        "by_locale": dict(sorted(loc_c.items())),
        "true_pairs": pairs,
        "true_pairs_sharing_email": easy,
        "emails_shared_by_different_people": len(shared_emails),
        "hard_case_groups": {k: len(v) for k, v in w.hard.items()},
        "record_tags": dict(sorted(tag_c.items())),
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--people", type=int, default=5000)
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    w, out = generate(a.seed, a.people)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "observations.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            rec = {k: v for k, v in o.items() if k != "_tags"}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "record_tags.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(
                json.dumps(
                    {
                        "source": o["source"],
                        "key": o["key"],
                        "truth": o["truth"],
                        "tags": o["_tags"],
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    with open(os.path.join(a.out, "hard_cases.json"), "w", encoding="utf-8") as f:
        json.dump(w.hard, f, indent=1)
    s = stats(w, out)
    with open(os.path.join(a.out, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(s, f, indent=1, ensure_ascii=False)
    print(
        f"wrote {s['records']} observations of {s['people']} people "
        f"at {s['companies']} companies to {a.out}"
    )
    print("by source:", s["by_source"])
    print("by locale:", s["by_locale"])
    print(
        f"true pairs: {s['true_pairs']} "
        f"(sharing a normalised email: {s['true_pairs_sharing_email']})"
    )
    print("stats: hard-case groups:", s["hard_case_groups"])
    print(
        "stats: emails shared by different people (role mailboxes, namesakes):",
        s["emails_shared_by_different_people"],
    )
    print("stats: record tags:")
    for k, v in s["record_tags"].items():
        print(f"  {k:32s} {v}")


if __name__ == "__main__":
    main()
