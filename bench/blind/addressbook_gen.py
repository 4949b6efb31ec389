"""Blind address-book exports: CSV layouts of the common exporters and vCard 2.1 / 3.0 / 4.0.

    python bench/blind/addressbook_gen.py --seed S --out DIR

Writes one file per exporter layout into DIR and DIR/truth.json, which lists per file every
person's emails, phones (E.164) and names that must reach the store, the organizations (company-
only cards) and the hard cases the file carries (see README.md).
"""

from __future__ import annotations

import argparse
import base64
import csv
import io
import json
import os
import random
import sys

import phonenumbers

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import _data as D

JP_FAMILY = [
    ("佐藤", "Sato"),
    ("鈴木", "Suzuki"),
    ("高橋", "Takahashi"),
    ("田中", "Tanaka"),
    ("渡辺", "Watanabe"),
    ("伊藤", "Ito"),
    ("山本", "Yamamoto"),
    ("中村", "Nakamura"),
    ("小林", "Kobayashi"),
    ("加藤", "Kato"),
]
JP_GIVEN = [
    ("太郎", "Taro"),
    ("花子", "Hanako"),
    ("健一", "Kenichi"),
    ("直子", "Naoko"),
    ("誠", "Makoto"),
    ("裕子", "Yuko"),
    ("浩", "Hiroshi"),
    ("恵子", "Keiko"),
    ("翔太", "Shota"),
    ("美咲", "Misaki"),
]
JP_COMPANY = ["株式会社山田製作所", "東和商事株式会社", "日本精機株式会社", "株式会社ひかり電機"]
CN_FAMILY = [
    ("王", "wang"),
    ("李", "li"),
    ("张", "zhang"),
    ("刘", "liu"),
    ("陈", "chen"),
    ("杨", "yang"),
    ("赵", "zhao"),
]
CN_GIVEN = [
    ("伟", "wei"),
    ("娜", "na"),
    ("敏", "min"),
    ("洋", "yang"),
    ("静", "jing"),
    ("磊", "lei"),
    ("晓明", "xiaoming"),
]
CN_COMPANY = ["上海华东物流有限公司", "深圳市鑫达电子有限公司", "北京中科软件有限公司"]


def cn_mobile(rng: random.Random) -> str:
    for _ in range(100):
        e = (
            "+86"
            + rng.choice(["138", "139", "150", "186", "177"])
            + "".join(str(rng.randint(0, 9)) for _ in range(8))
        )
        if phonenumbers.is_valid_number(phonenumbers.parse(e)):
            return e
    raise RuntimeError


TEL30 = {"work": "WORK", "cell": "CELL", "home": "HOME", "fax": "WORK,FAX"}


class P:
    """One person (or a company-only card when ``org_only``)."""

    def __init__(self, **kw):
        self.given = ""
        self.family = ""
        self.middle = ""
        self.prefix = ""
        self.suffix = ""
        self.nick = ""
        self.company = ""
        self.title = ""
        self.dept = ""
        self.emails: list = []
        self.phones: list = []  # (e164, kind) kind in work, cell, home, fax, main
        self.address: D.Address | None = None
        self.url = ""
        self.note = ""
        self.org_only = False
        self.country = "DE"
        self.__dict__.update(kw)

    @property
    def full(self) -> str:
        if self.country in ("JP", "CN") and any(ord(c) > 0x3000 for c in self.family):
            return (
                f"{self.family}{self.given}"
                if self.country == "CN"
                else f"{self.family} {self.given}"
            )
        return " ".join(
            x for x in (self.prefix, self.given, self.middle, self.family, self.suffix) if x
        )

    def truth(self) -> dict:
        if self.org_only:
            return {
                "organization": self.company,
                "emails": self.emails,
                "phones": [e for e, _k in self.phones],
            }
        return {
            "name": " ".join(x for x in (self.given, self.family) if x)
            if self.country not in ("JP", "CN")
            else self.full,
            "given": self.given,
            "family": self.family,
            "emails": self.emails,
            "phones": [e for e, _k in self.phones],
            "company": self.company,
        }


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.used_domains: set = set()
        self.used_emails: set = set()
        self.companies: dict[str, list] = {}

    def company(self, country: str) -> D.Company:
        pool = self.companies.setdefault(country, [])
        if pool and self.rng.random() < 0.4:
            return self.rng.choice(pool)
        c = D.make_company(self.rng, "c", country, self.used_domains)
        pool.append(c)
        return c

    def person(self, country: str, **opt) -> P:
        rng = self.rng
        lang = D.LANG[country]
        g = rng.choice("mf")
        given, nicks = rng.choice(D.GIVEN[lang][g])
        fams = D.FAMILY[country if country in D.FAMILY else "DE"]
        family = fams[min(int(len(fams) * rng.random() ** 1.4), len(fams) - 1)]
        if g == "f":
            family = D.feminine(country, family)
        if country == "ES" and rng.random() < 0.6:
            family += " " + rng.choice(fams)
        if country == "JP":
            given, family = D.strip_accents(given.replace("'", "")), D.ascii_name("JP", family, rng)
        c = self.company(country)
        p = P(given=given, family=family, country=country, company=c.name, address=c.address)
        p.nick = rng.choice(nicks) if nicks and rng.random() < 0.2 else ""
        p.title = rng.choice(D.TITLES[D.title_lang(country) if rng.random() < 0.7 else "EN"])
        p.dept = rng.choice(D.DEPARTMENTS[D.title_lang(country)]) if rng.random() < 0.3 else ""
        if country == "US" and rng.random() < 0.2:
            p.middle = rng.choice("ABCDJKMRST") + "."
        if country in ("DE", "AT") and rng.random() < 0.1:
            p.prefix = "Dr."
        work = D.email_local(c.email_format, given, family, country) + "@" + c.domain
        if work in self.used_emails:
            work = (
                D.email_local("first.last", given, family, country)
                + str(rng.randint(2, 9))
                + "@"
                + c.domain
            )
        self.used_emails.add(work)
        p.emails = [work]
        if rng.random() < 0.35:
            lo = D.email_local(rng.choice(["first.last", "flast"]), given, family, country)
            pe = f"{lo}{rng.randint(1, 99)}@{rng.choice(D.PERSONAL_DOMAINS[country])}"
            if pe not in self.used_emails:
                self.used_emails.add(pe)
                p.emails.append(pe)
        if rng.random() < 0.8:
            if c.dd_base:
                e, _x = D.direct_dial(rng, c.address, c.dd_base, c.used_phones)
            else:
                e = D.landline(rng, c.address)
            p.phones.append((e, "work"))
        if rng.random() < 0.7:
            p.phones.append((D.mobile(rng, country), "cell"))
        if rng.random() < 0.15:
            h = D.make_address(rng, country)
            p.phones.append((D.landline(rng, h), "home"))
        if rng.random() < 0.15:
            p.phones.append((c.fax_e164, "fax"))
        p.url = c.web if rng.random() < 0.4 else ""
        return p

    def org_card(self, country: str) -> P:
        c = self.company(country)
        p = P(company=c.name, org_only=True, country=country, address=c.address)
        p.emails = [f"{self.rng.choice(c.role_locals)}@{c.domain}"]
        p.phones = [(c.main_e164, "main")]
        if self.rng.random() < 0.5:
            p.phones.append((c.fax_e164, "fax"))
        p.url = c.web
        return p

    def people(self, country: str, n: int, foreign: float = 0.15, western: bool = False) -> list:
        """People of ``country`` and some foreigners.

        western: only foreigners whose names a Windows-1252 file can hold."""
        out = []
        pool = ["DE", "FR", "GB", "US", "IT", "ES", "NL", "CH", "AT"] + ([] if western else ["PL"])
        for _ in range(n):
            cc = country
            if self.rng.random() < foreign:
                cc = self.rng.choice(pool)
            out.append(self.person(cc))
        return out

    # -- phone text per exporter ------------------------------------------------------------------
    def typed(self, e164: str, region: str) -> str:
        """As a user typed it into the address book of ``region``."""
        n = phonenumbers.parse(e164)
        country = phonenumbers.region_code_for_number(n)
        if country == region:
            return (
                D.typed_phone(self.rng, e164, country)
                if self.rng.random() < 0.5
                else D.format_phone(self.rng, e164, country, "national")
            )
        return D.format_phone(self.rng, e164, country, "intl")

    def outlook_canonical(self, e164: str) -> str:
        """Outlook's canonical form: +49 (221) 5892090."""
        n = phonenumbers.parse(e164)
        nsn = phonenumbers.national_significant_number(n)
        k = phonenumbers.length_of_national_destination_code(
            n
        ) or phonenumbers.length_of_geographical_area_code(n)
        if not k:
            return f"+{n.country_code} {nsn}"
        rest = nsn[k:]
        if n.country_code == 1 and len(rest) == 7:
            rest = f"{rest[:3]}-{rest[3:]}"
        return f"+{n.country_code} ({nsn[:k]}) {rest}"


def write_csv(
    path: str,
    header: list,
    rows: list,
    encoding: str = "utf-8",
    delimiter: str = ",",
    quote_all: bool = False,
    bom: bool = False,
    newline: str = "\r\n",
    trailing_comma: bool = False,
    preamble: str = "",
):
    buf = io.StringIO()
    w = csv.writer(
        buf,
        delimiter=delimiter,
        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
        lineterminator=newline,
    )
    w.writerow(header)
    for r in rows:
        w.writerow([r.get(h, "") for h in header])
    text = buf.getvalue()
    if trailing_comma:
        text = newline.join(ln + "," if ln else ln for ln in text.split(newline))
    text = preamble + text
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as f:
        f.write(data)


# ------------------------------------------------------------------------------------------------
# CSV layouts
# ------------------------------------------------------------------------------------------------

GOOGLE_NEW = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Phonetic First Name",
    "Phonetic Middle Name",
    "Phonetic Last Name",
    "Name Prefix",
    "Name Suffix",
    "Nickname",
    "File As",
    "Organization Name",
    "Organization Title",
    "Organization Department",
    "Birthday",
    "Notes",
    "Photo",
    "Labels",
    "E-mail 1 - Label",
    "E-mail 1 - Value",
    "E-mail 2 - Label",
    "E-mail 2 - Value",
    "Phone 1 - Label",
    "Phone 1 - Value",
    "Phone 2 - Label",
    "Phone 2 - Value",
    "Phone 3 - Label",
    "Phone 3 - Value",
    "Address 1 - Label",
    "Address 1 - Formatted",
    "Address 1 - Street",
    "Address 1 - City",
    "Address 1 - PO Box",
    "Address 1 - Region",
    "Address 1 - Postal Code",
    "Address 1 - Country",
    "Address 1 - Extended Address",
    "Website 1 - Label",
    "Website 1 - Value",
]

GOOGLE_OLD = [
    "Name",
    "Given Name",
    "Additional Name",
    "Family Name",
    "Yomi Name",
    "Given Name Yomi",
    "Additional Name Yomi",
    "Family Name Yomi",
    "Name Prefix",
    "Name Suffix",
    "Initials",
    "Nickname",
    "Short Name",
    "Maiden Name",
    "Birthday",
    "Gender",
    "Location",
    "Billing Information",
    "Directory Server",
    "Mileage",
    "Occupation",
    "Hobby",
    "Sensitivity",
    "Priority",
    "Subject",
    "Notes",
    "Language",
    "Photo",
    "Group Membership",
    "E-mail 1 - Type",
    "E-mail 1 - Value",
    "E-mail 2 - Type",
    "E-mail 2 - Value",
    "Phone 1 - Type",
    "Phone 1 - Value",
    "Phone 2 - Type",
    "Phone 2 - Value",
    "Address 1 - Type",
    "Address 1 - Formatted",
    "Address 1 - Street",
    "Address 1 - City",
    "Address 1 - PO Box",
    "Address 1 - Region",
    "Address 1 - Postal Code",
    "Address 1 - Country",
    "Address 1 - Extended Address",
    "Organization 1 - Type",
    "Organization 1 - Name",
    "Organization 1 - Yomi Name",
    "Organization 1 - Title",
    "Organization 1 - Department",
    "Organization 1 - Symbol",
    "Organization 1 - Location",
    "Organization 1 - Job Description",
    "Website 1 - Type",
    "Website 1 - Value",
]

OUTLOOK_DESKTOP = [
    "Title",
    "First Name",
    "Middle Name",
    "Last Name",
    "Suffix",
    "Company",
    "Department",
    "Job Title",
    "Business Street",
    "Business Street 2",
    "Business Street 3",
    "Business City",
    "Business State",
    "Business Postal Code",
    "Business Country/Region",
    "Home Street",
    "Home Street 2",
    "Home Street 3",
    "Home City",
    "Home State",
    "Home Postal Code",
    "Home Country/Region",
    "Other Street",
    "Other Street 2",
    "Other Street 3",
    "Other City",
    "Other State",
    "Other Postal Code",
    "Other Country/Region",
    "Assistant's Phone",
    "Business Fax",
    "Business Phone",
    "Business Phone 2",
    "Callback",
    "Car Phone",
    "Company Main Phone",
    "Home Fax",
    "Home Phone",
    "Home Phone 2",
    "ISDN",
    "Mobile Phone",
    "Other Fax",
    "Other Phone",
    "Pager",
    "Primary Phone",
    "Radio Phone",
    "TTY/TDD Phone",
    "Telex",
    "Account",
    "Anniversary",
    "Assistant's Name",
    "Billing Information",
    "Birthday",
    "Business Address PO Box",
    "Categories",
    "Children",
    "Directory Server",
    "E-mail Address",
    "E-mail Type",
    "E-mail Display Name",
    "E-mail 2 Address",
    "E-mail 2 Type",
    "E-mail 2 Display Name",
    "E-mail 3 Address",
    "E-mail 3 Type",
    "E-mail 3 Display Name",
    "Gender",
    "Government ID Number",
    "Hobby",
    "Home Address PO Box",
    "Initials",
    "Internet Free Busy",
    "Keywords",
    "Language",
    "Location",
    "Manager's Name",
    "Mileage",
    "Notes",
    "Office Location",
    "Organizational ID Number",
    "Other Address PO Box",
    "Priority",
    "Private",
    "Profession",
    "Referred By",
    "Sensitivity",
    "Spouse",
    "User 1",
    "User 2",
    "User 3",
    "User 4",
    "Web Page",
]

# the German Outlook export: same columns, localised names
OUTLOOK_DE = {
    "Title": "Anrede",
    "First Name": "Vorname",
    "Middle Name": "Weitere Vornamen",
    "Last Name": "Nachname",
    "Suffix": "Suffix",
    "Company": "Firma",
    "Department": "Abteilung",
    "Job Title": "Position",
    "Business Street": "Straße geschäftlich",
    "Business Street 2": "Straße geschäftlich 2",
    "Business Street 3": "Straße geschäftlich 3",
    "Business City": "Ort geschäftlich",
    "Business State": "Region geschäftlich",
    "Business Postal Code": "Postleitzahl geschäftlich",
    "Business Country/Region": "Land/Region geschäftlich",
    "Home Street": "Straße privat",
    "Home City": "Ort privat",
    "Home Postal Code": "Postleitzahl privat",
    "Business Fax": "Fax geschäftlich",
    "Business Phone": "Telefon geschäftlich",
    "Business Phone 2": "Telefon geschäftlich 2",
    "Company Main Phone": "Telefon Firma",
    "Home Phone": "Telefon privat",
    "Mobile Phone": "Mobiltelefon",
    "Other Phone": "Weiteres Telefon",
    "Primary Phone": "Haupttelefon",
    "Birthday": "Geburtstag",
    "Categories": "Kategorien",
    "E-mail Address": "E-Mail-Adresse",
    "E-mail Type": "E-Mail-Typ",
    "E-mail Display Name": "E-Mail: Angezeigter Name",
    "E-mail 2 Address": "E-Mail 2: Adresse",
    "E-mail 2 Type": "E-Mail 2: Typ",
    "E-mail 2 Display Name": "E-Mail 2: Angezeigter Name",
    "Gender": "Geschlecht",
    "Notes": "Notizen",
    "Priority": "Priorität",
    "Private": "Privat",
    "Sensitivity": "Vertraulichkeit",
    "Web Page": "Webseite",
}

OUTLOOK_COM = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Title",
    "Suffix",
    "Nickname",
    "Given Yomi",
    "Surname Yomi",
    "E-mail Address",
    "E-mail 2 Address",
    "E-mail 3 Address",
    "Home Phone",
    "Home Phone 2",
    "Business Phone",
    "Business Phone 2",
    "Mobile Phone",
    "Car Phone",
    "Other Phone",
    "Primary Phone",
    "Pager",
    "Business Fax",
    "Home Fax",
    "Other Fax",
    "Company Main Phone",
    "Callback",
    "Radio Phone",
    "Telex",
    "TTY/TDD Phone",
    "IMAddress",
    "Job Title",
    "Department",
    "Company",
    "Office Location",
    "Manager's Name",
    "Assistant's Name",
    "Assistant's Phone",
    "Company Yomi",
    "Business Street",
    "Business City",
    "Business State",
    "Business Postal Code",
    "Business Country/Region",
    "Home Street",
    "Home City",
    "Home State",
    "Home Postal Code",
    "Home Country/Region",
    "Other Street",
    "Other City",
    "Other State",
    "Other Postal Code",
    "Other Country/Region",
    "Personal Web Page",
    "Spouse",
    "Schools",
    "Hobby",
    "Location",
    "Web Page",
    "Birthday",
    "Anniversary",
    "Notes",
]

THUNDERBIRD = [
    "First Name",
    "Last Name",
    "Display Name",
    "Nickname",
    "Primary Email",
    "Secondary Email",
    "Screen Name",
    "Work Phone",
    "Home Phone",
    "Fax Number",
    "Pager Number",
    "Mobile Number",
    "Home Address",
    "Home Address 2",
    "Home City",
    "Home State",
    "Home ZipCode",
    "Home Country",
    "Work Address",
    "Work Address 2",
    "Work City",
    "Work State",
    "Work ZipCode",
    "Work Country",
    "Job Title",
    "Department",
    "Organization",
    "Web Page 1",
    "Web Page 2",
    "Birth Year",
    "Birth Month",
    "Birth Day",
    "Custom 1",
    "Custom 2",
    "Custom 3",
    "Custom 4",
    "Notes",
]
THUNDERBIRD_GB = {
    "Home State": "Home County",
    "Home ZipCode": "Home Post Code",
    "Work State": "Work County",
    "Work ZipCode": "Work Post Code",
    "Organization": "Organisation",
}

YAHOO = [
    "First",
    "Middle",
    "Last",
    "Nickname",
    "Email",
    "Category",
    "Distribution Lists",
    "Messenger ID",
    "Home",
    "Work",
    "Pager",
    "Fax",
    "Mobile",
    "Other",
    "Yahoo Phone",
    "Primary",
    "Alternate Email 1",
    "Alternate Email 2",
    "Personal Website",
    "Business Website",
    "Title",
    "Company",
    "Work Address",
    "Work City",
    "Work State",
    "Work ZIP",
    "Work Country",
    "Home Address",
    "Home City",
    "Home State",
    "Home ZIP",
    "Home Country",
    "Birthday",
    "Anniversary",
    "Custom 1",
    "Custom 2",
    "Custom 3",
    "Custom 4",
    "Comments",
]

LINKEDIN = [
    "First Name",
    "Last Name",
    "URL",
    "Email Address",
    "Company",
    "Position",
    "Connected On",
]
LINKEDIN_NOTES = (
    "Notes:\r\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. "
    'You can learn more about this here https://www.linkedin.com/help/linkedin/answer/261"\r\n\r\n'
)

HUBSPOT = [
    "Record ID",
    "First Name",
    "Last Name",
    "Email",
    "Phone Number",
    "Mobile Phone Number",
    "Job Title",
    "Company Name",
    "Contact owner",
    "Lifecycle Stage",
    "Create Date",
    "Last Activity Date",
    "Street Address",
    "City",
    "Postal Code",
    "Country/Region",
]
SALESFORCE = [
    "Salutation",
    "First Name",
    "Last Name",
    "Title",
    "Account Name",
    "Mailing Street",
    "Mailing City",
    "Mailing State/Province",
    "Mailing Zip/Postal Code",
    "Mailing Country",
    "Phone",
    "Mobile",
    "Fax",
    "Email",
    "Contact Owner",
    "Lead Source",
    "Created Date",
]


class Writer:
    def __init__(self, gen: Gen, out: str):
        self.g = gen
        self.rng = gen.rng
        self.out = out
        self.truth: dict = {}

    def record(
        self,
        fname: str,
        fmt: str,
        encoding: str,
        region: str,
        people: list,
        hard: list,
        extra_people: list | None = None,
    ):
        persons = [p.truth() for p in people if not p.org_only] + (extra_people or [])
        orgs = [p.truth() for p in people if p.org_only]
        self.truth[fname] = {
            "format": fmt,
            "encoding": encoding,
            "region": region,
            "people": persons,
            "organizations": orgs,
            "hard_cases": hard,
        }

    def phone_of(self, p: P, kind: str) -> str:
        for e, k in p.phones:
            if k == kind:
                return e
        return ""

    # -- Google ---------------------------------------------------------------------------------
    def google_new(self, region="DE"):
        rng = self.rng
        ppl = self.g.people(region, 14)
        rows = []
        hard = [
            "multi-values joined with ' ::: ' in one cell",
            "multi-line 'Address 1 - Formatted'",
            "phones as typed (no country code for local numbers)",
        ]
        for i, p in enumerate(ppl):
            r = {
                "First Name": p.given,
                "Middle Name": p.middle,
                "Last Name": p.family,
                "Name Prefix": p.prefix,
                "Nickname": p.nick,
                "Organization Name": p.company,
                "Organization Title": p.title,
                "Organization Department": p.dept,
                "Labels": "* myContacts" + (" ::: Kunden" if i % 3 == 0 else ""),
            }
            emails = list(p.emails)
            if len(emails) >= 2 and i % 4 == 0:
                # two addresses in one cell, as Google does for a second value of the same label
                r["E-mail 1 - Label"] = "* Work"
                r["E-mail 1 - Value"] = " ::: ".join(emails)
            else:
                for k, e in enumerate(emails[:2], start=1):
                    r[f"E-mail {k} - Label"] = ("* " if k == 1 else "") + (
                        "Work" if k == 1 else "Home"
                    )
                    r[f"E-mail {k} - Value"] = e
            lab = {
                "work": "Work",
                "cell": "Mobile",
                "home": "Home",
                "fax": "Work Fax",
                "main": "Main",
            }
            for k, (e, kind) in enumerate(p.phones[:3], start=1):
                r[f"Phone {k} - Label"] = lab[kind]
                r[f"Phone {k} - Value"] = self.g.typed(e, region)
            if p.address and rng.random() < 0.6:
                a = p.address
                r["Address 1 - Label"] = "Work"
                r["Address 1 - Formatted"] = "\n".join([*a.lines(), D.COUNTRY_NAME[a.country]])
                r["Address 1 - Street"], r["Address 1 - City"] = a.street, a.city
                r["Address 1 - Postal Code"], r["Address 1 - Country"] = (
                    a.postal_code,
                    D.COUNTRY_NAME[a.country],
                )
            if p.url:
                r["Website 1 - Label"], r["Website 1 - Value"] = "Work", p.url
            rows.append(r)
        org = self.g.org_card(region)
        ppl.append(org)
        rows.append(
            {
                "Organization Name": org.company,
                "File As": org.company,
                "Labels": "* myContacts",
                "E-mail 1 - Label": "Work",
                "E-mail 1 - Value": org.emails[0],
                "Phone 1 - Label": "Work",
                "Phone 1 - Value": self.g.typed(org.phones[0][0], region),
            }
        )
        hard.append("a company-only row (no person)")
        write_csv(os.path.join(self.out, "google_contacts.csv"), GOOGLE_NEW, rows, newline="\n")
        self.record(
            "google_contacts.csv",
            "Google Contacts CSV (current layout)",
            "utf-8",
            region,
            ppl,
            hard,
        )

    def google_old(self, region="FR"):
        ppl = self.g.people(region, 10)
        rows = []
        for p in ppl:
            r = {
                "Name": p.full,
                "Given Name": p.given,
                "Family Name": p.family,
                "Nickname": p.nick,
                "Group Membership": "* My Contacts ::: Clients",
                "Organization 1 - Type": "",
                "Organization 1 - Name": p.company,
                "Organization 1 - Title": p.title,
            }
            types = ["* Work", "Home", "Other"]
            for k, e in enumerate(p.emails[:2], start=1):
                r[f"E-mail {k} - Type"], r[f"E-mail {k} - Value"] = types[k - 1], e
            tl = {"work": "Work", "cell": "Mobile", "home": "Home", "fax": "Work Fax"}
            ph = [(e, k) for e, k in p.phones if k in tl]
            if len(ph) >= 3:
                # more phones of one type than columns: joined in one cell
                r["Phone 1 - Type"], r["Phone 1 - Value"] = (
                    tl[ph[0][1]],
                    self.g.typed(ph[0][0], region),
                )
                r["Phone 2 - Type"] = tl[ph[1][1]]
                r["Phone 2 - Value"] = " ::: ".join(self.g.typed(e, region) for e, _k in ph[1:])
            else:
                for k, (e, kind) in enumerate(ph[:2], start=1):
                    r[f"Phone {k} - Type"], r[f"Phone {k} - Value"] = (
                        tl[kind],
                        self.g.typed(e, region),
                    )
            if p.url:
                r["Website 1 - Type"], r["Website 1 - Value"] = "Profile", p.url
            rows.append(r)
        write_csv(os.path.join(self.out, "google_contacts_legacy.csv"), GOOGLE_OLD, rows)
        self.record(
            "google_contacts_legacy.csv",
            "Google CSV (older layout, 'E-mail 1 - Type')",
            "utf-8",
            region,
            ppl,
            ["three phones in two columns: 'Phone 2 - Value' holds 'a ::: b'"],
        )

    # -- Outlook ---------------------------------------------------------------------------------
    def outlook_row(self, p: P, region: str, canon: bool) -> dict:
        rng = self.rng

        def ph(e):
            return (
                self.g.outlook_canonical(e)
                if canon and rng.random() < 0.75
                else self.g.typed(e, region)
            )

        r = {
            "Title": p.prefix,
            "First Name": p.given,
            "Middle Name": p.middle,
            "Last Name": p.family,
            "Company": p.company,
            "Department": p.dept,
            "Job Title": p.title,
            "Gender": "Unspecified",
            "Priority": "Normal",
            "Sensitivity": "Normal",
            "Private": "False",
            "Birthday": "0/0/00",
            "Anniversary": "0/0/00",
            "Initials": (p.given[:1] + "." + p.family[:1] + ".") if p.given else "",
            "Web Page": p.url,
        }
        if p.address:
            a = p.address
            r.update(
                {
                    "Business Street": a.street,
                    "Business City": a.city,
                    "Business State": a.region,
                    "Business Postal Code": a.postal_code,
                    "Business Country/Region": D.COUNTRY_NAME[a.country],
                }
            )
        col = {
            "work": "Business Phone",
            "cell": "Mobile Phone",
            "home": "Home Phone",
            "fax": "Business Fax",
            "main": "Company Main Phone",
        }
        for e, k in p.phones:
            r[col[k]] = ph(e)
        for k, e in enumerate(p.emails[:3], start=1):
            pre = "E-mail" if k == 1 else f"E-mail {k}"
            addr_col = f"{pre} Address"
            r[addr_col], r[f"{pre} Type"] = e, "SMTP"
            r[f"{pre} Display Name"] = f"{p.full} ({e})" if p.given else e
        return r

    def outlook_desktop(self, region="GB"):
        rng = self.rng
        ppl = self.g.people(region, 12, western=True)
        rows = [self.outlook_row(p, region, canon=True) for p in ppl]
        # an Exchange (EX) address: the SMTP address only appears in the display name column
        ex = ppl[2]
        legacy = (
            "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/"
            f"cn={rng.getrandbits(128):032x}-{ex.family.lower()[:6]}"
        )
        rows[2]["E-mail Address"], rows[2]["E-mail Type"] = legacy, "EX"
        rows[2]["E-mail Display Name"] = f"{ex.full} ({ex.emails[0]})"
        # notes with an embedded newline and a comma
        rows[4]["Notes"] = (
            "Met at trade fair, Hall 3.\r\nPrefers calls in the morning, not Fridays."
        )
        hard = [
            "all fields quoted, CRLF, Windows-1252",
            "Outlook canonical phones '+44 (20) 7946...'",
            f"EX-type address for {ex.full}: the SMTP address is only in 'E-mail Display Name'",
            "Birthday '0/0/00' placeholders",
            "multi-line Notes",
        ]
        write_csv(
            os.path.join(self.out, "outlook_desktop.csv"),
            OUTLOOK_DESKTOP,
            rows,
            encoding="cp1252",
            quote_all=True,
        )
        self.record(
            "outlook_desktop.csv",
            "Outlook desktop CSV (Windows, en)",
            "windows-1252",
            region,
            ppl,
            hard,
        )

    def outlook_de(self, region="DE"):
        ppl = self.g.people(region, 12, western=True)
        ppl.append(self.g.org_card(region))
        rows = []
        for p in ppl:
            r = self.outlook_row(p, region, canon=False)
            if p.org_only:
                r["Company"] = p.company
                r["E-mail Address"], r["E-mail Type"], r["E-mail Display Name"] = (
                    p.emails[0],
                    "SMTP",
                    p.emails[0],
                )
            r["Gender"], r["Priority"], r["Sensitivity"], r["Private"] = (
                "Nicht angegeben",
                "Normal",
                "Normal",
                "Aus",
            )
            r["Birthday"] = "0.0.00"
            rows.append({OUTLOOK_DE.get(k, k): v for k, v in r.items()})
        header = [OUTLOOK_DE.get(h, h) for h in OUTLOOK_DESKTOP]
        write_csv(
            os.path.join(self.out, "outlook_desktop_de.csv"),
            header,
            rows,
            encoding="cp1252",
            quote_all=True,
        )
        self.record(
            "outlook_desktop_de.csv",
            "Outlook desktop CSV (German Windows, localised headers)",
            "windows-1252",
            region,
            ppl,
            [
                "localised headers: 'Vorname', 'Nachname', 'E-Mail-Adresse', 'Mobiltelefon'",
                "umlauts and ß in Windows-1252",
                "phones as typed, German formats without +49",
                "a company-only row",
            ],
        )

    def outlook_com(self, region="US"):
        ppl = self.g.people(region, 10)
        rows = []
        for p in ppl:
            r = {
                "First Name": p.given,
                "Middle Name": p.middle,
                "Last Name": p.family,
                "Title": p.prefix,
                "Nickname": p.nick,
                "Job Title": p.title,
                "Department": p.dept,
                "Company": p.company,
                "Web Page": p.url,
            }
            for k, e in enumerate(p.emails[:3], start=1):
                r["E-mail Address" if k == 1 else f"E-mail {k} Address"] = e
            col = {
                "work": "Business Phone",
                "cell": "Mobile Phone",
                "home": "Home Phone",
                "fax": "Business Fax",
            }
            for e, k in p.phones:
                r[col[k]] = self.g.typed(e, region)
            if p.address:
                a = p.address
                r.update(
                    {
                        "Business Street": a.street,
                        "Business City": a.city,
                        "Business State": a.region,
                        "Business Postal Code": a.postal_code,
                        "Business Country/Region": D.COUNTRY_NAME[a.country],
                    }
                )
            rows.append(r)
        write_csv(os.path.join(self.out, "outlook_com.csv"), OUTLOOK_COM, rows, bom=True)
        self.record(
            "outlook_com.csv",
            "Outlook.com / Outlook on the web CSV",
            "utf-8-sig",
            region,
            ppl,
            [
                "UTF-8 with BOM",
                "'Given Yomi'/'Surname Yomi' columns",
                "US numbers like (212) 555-...",
            ],
        )

    # -- Thunderbird, Yahoo, LinkedIn, CRM exports ---------------------------------------------
    def thunderbird(self, fname="thunderbird.csv", region="DE", gb=False, encoding="utf-8"):
        n = 11
        if encoding == "cp1250":
            ppl = [self.g.person("PL") for _ in range(n)]
        else:
            ppl = self.g.people(region, n)
        header = [THUNDERBIRD_GB.get(h, h) if gb else h for h in THUNDERBIRD]
        rows = []
        for p in ppl:
            r = {
                "First Name": p.given,
                "Last Name": p.family,
                "Display Name": p.full,
                "Nickname": p.nick,
                "Primary Email": p.emails[0],
                "Secondary Email": p.emails[1] if len(p.emails) > 1 else "",
                "Job Title": p.title,
                "Department": p.dept,
                "Web Page 1": p.url,
            }
            r["Organisation" if gb else "Organization"] = p.company
            col = {
                "work": "Work Phone",
                "cell": "Mobile Number",
                "home": "Home Phone",
                "fax": "Fax Number",
            }
            for e, k in p.phones:
                r[col[k]] = self.g.typed(e, region)
            if p.address:
                a = p.address
                r.update(
                    {
                        "Work Address": a.street,
                        "Work City": a.city,
                        ("Work Post Code" if gb else "Work ZipCode"): a.postal_code,
                        "Work Country": D.COUNTRY_NAME[a.country],
                    }
                )
            rows.append(r)
        write_csv(
            os.path.join(self.out, fname),
            header,
            rows,
            encoding=encoding,
            trailing_comma=True,
            newline="\r\n" if encoding != "utf-8" else "\n",
        )
        hard = [
            "has 'First Name', 'Last Name', 'Job Title' like Outlook but is Thunderbird: "
            "'Primary Email', "
            "'Display Name', 'Work Phone', 'Organization' must be read",
            "trailing comma on every line",
        ]
        if gb:
            hard.append("en-GB build: 'Organisation', 'Work County', 'Work Post Code'")
        if encoding != "utf-8":
            hard.append(f"legacy charset {encoding} (Polish names)")
        self.record(
            fname,
            "Thunderbird address book CSV" + (" (en-GB)" if gb else ""),
            {"cp1250": "windows-1250"}.get(encoding, encoding),
            "PL" if encoding == "cp1250" else region,
            ppl,
            hard,
        )

    def yahoo(self, region="US"):
        ppl = self.g.people(region, 8)
        rows = []
        for p in ppl:
            r = {
                "First": p.given,
                "Middle": p.middle,
                "Last": p.family,
                "Nickname": p.nick,
                "Email": p.emails[0],
                "Alternate Email 1": p.emails[1] if len(p.emails) > 1 else "",
                "Title": p.title,
                "Company": p.company,
                "Business Website": p.url,
                "Category": "Business",
            }
            col = {"work": "Work", "cell": "Mobile", "home": "Home", "fax": "Fax"}
            for e, k in p.phones:
                r[col[k]] = self.g.typed(e, region)
            rows.append(r)
        write_csv(os.path.join(self.out, "yahoo_contacts.csv"), YAHOO, rows, quote_all=True)
        self.record(
            "yahoo_contacts.csv",
            "Yahoo Mail contacts CSV",
            "utf-8",
            region,
            ppl,
            ["short headers 'First', 'Last', 'Email', 'Work', 'Mobile'"],
        )

    def linkedin(self):
        rng = self.rng
        ppl = [
            self.g.person(rng.choice(["DE", "GB", "US", "FR", "NL", "ES", "IT", "PL"]))
            for _ in range(15)
        ]
        rows = []
        truth_people = []
        for i, p in enumerate(ppl):
            with_email = i % 4 == 0
            slug = D.slug(D.strip_accents(p.given)) + "-" + D.slug(D.strip_accents(p.family))
            rows.append(
                {
                    "First Name": p.given,
                    "Last Name": p.family,
                    "URL": f"https://www.linkedin.com/in/{slug}-{rng.getrandbits(28):07x}",
                    "Email Address": p.emails[0] if with_email else "",
                    "Company": p.company,
                    "Position": p.title,
                    "Connected On": f"{rng.randint(1, 28):02d} "
                    f"{rng.choice(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} "
                    f"{rng.randint(2016, 2025)}",
                }
            )
            truth_people.append(
                {
                    "name": f"{p.given} {p.family}",
                    "given": p.given,
                    "family": p.family,
                    "emails": [p.emails[0]] if with_email else [],
                    "phones": [],
                    "company": p.company,
                }
            )
        write_csv(
            os.path.join(self.out, "Connections.csv"), LINKEDIN, rows, preamble=LINKEDIN_NOTES
        )
        self.truth["Connections.csv"] = {
            "format": "LinkedIn Connections.csv",
            "encoding": "utf-8",
            "region": "",
            "people": truth_people,
            "organizations": [],
            "hard_cases": [
                "a 'Notes:' preamble and a blank line before the header",
                "most connections have no email (still people with a name and company)",
            ],
        }

    def crm_exports(self):
        rng = self.rng
        ppl = self.g.people("DE", 8)
        rows = []
        for i, p in enumerate(ppl):
            rows.append(
                {
                    "Record ID": str(rng.randint(10**9, 10**10)),
                    "First Name": p.given,
                    "Last Name": p.family,
                    "Email": p.emails[0],
                    "Phone Number": self.g.typed(self.phone_of(p, "work"), "DE")
                    if self.phone_of(p, "work")
                    else "",
                    "Mobile Phone Number": self.g.typed(self.phone_of(p, "cell"), "DE")
                    if self.phone_of(p, "cell")
                    else "",
                    "Job Title": p.title,
                    "Company Name": p.company,
                    "Contact owner": "Jana Weber",
                    "Lifecycle Stage": rng.choice(["Lead", "Customer", "Opportunity"]),
                    "Create Date": f"2024-0{1 + i % 9}-1{i % 9} 09:1{i % 9}",
                    "Country/Region": D.COUNTRY_NAME[p.country],
                }
            )
            p.phones = [(e, k) for e, k in p.phones if k in ("work", "cell")]
            p.emails = p.emails[:1]
        write_csv(os.path.join(self.out, "hubspot_contacts_export.csv"), HUBSPOT, rows)
        self.record(
            "hubspot_contacts_export.csv",
            "HubSpot contacts export",
            "utf-8",
            "DE",
            ppl,
            ["'Phone Number' / 'Mobile Phone Number' / 'Company Name' columns"],
        )
        ppl = self.g.people("FR", 8, western=True)
        rows = []
        for p in ppl:
            rows.append(
                {
                    "Salutation": rng.choice(["M.", "Mme", ""]),
                    "First Name": p.given,
                    "Last Name": p.family,
                    "Title": p.title,
                    "Account Name": p.company,
                    "Mailing Street": p.address.street if p.address else "",
                    "Mailing City": p.address.city if p.address else "",
                    "Mailing Country": D.COUNTRY_NAME[p.country],
                    "Phone": self.g.typed(self.phone_of(p, "work"), "FR")
                    if self.phone_of(p, "work")
                    else "",
                    "Mobile": self.g.typed(self.phone_of(p, "cell"), "FR")
                    if self.phone_of(p, "cell")
                    else "",
                    "Fax": self.g.typed(self.phone_of(p, "fax"), "FR")
                    if self.phone_of(p, "fax")
                    else "",
                    "Email": p.emails[0],
                    "Contact Owner": "Luc Martin",
                    "Lead Source": "Trade Show",
                    "Created Date": "14/03/2023",
                }
            )
            p.phones = [(e, k) for e, k in p.phones if k in ("work", "cell", "fax")]
            p.emails = p.emails[:1]
        write_csv(
            os.path.join(self.out, "salesforce_contacts_report.csv"),
            SALESFORCE,
            rows,
            encoding="latin-1",
            quote_all=True,
        )
        self.record(
            "salesforce_contacts_report.csv",
            "Salesforce contacts report export",
            "iso-8859-1",
            "FR",
            ppl,
            ["ISO-8859-1", "'Account Name' is the company, 'Title' is the job title"],
        )

    # -- legacy encodings ----------------------------------------------------------------------
    def excel_resaved_sjis(self):
        """A Google CSV opened and re-saved by Excel on Japanese Windows: Shift-JIS (cp932)."""
        rng = self.rng
        ppl = []
        for i in range(8):
            (fk, fr), (gk, gr) = rng.choice(JP_FAMILY), rng.choice(JP_GIVEN)
            comp = rng.choice(JP_COMPANY)
            dom = rng.choice(
                ["yamada-ss.co.jp", "towa-shoji.co.jp", "nihon-seiki.co.jp", "hikari-denki.co.jp"]
            )
            email = (
                f"{gr.lower()}.{fr.lower()}{i}@{dom}"
                if rng.random() < 0.5
                else f"{gr[0].lower()}-{fr.lower()}@{dom}"
            )
            p = P(given=gk, family=fk, country="JP", company=comp, emails=[email])
            p.phones = [
                (D.landline(rng, D.make_address(rng, "JP")), "work"),
                (D.mobile(rng, "JP"), "cell"),
            ]
            p.title = rng.choice(["営業部 部長", "課長", "主任", "代表取締役社長"])
            ppl.append(p)
        rows = []
        for p in ppl:
            r = {
                "First Name": p.given,
                "Last Name": p.family,
                "Organization Name": p.company,
                "Organization Title": p.title,
                "E-mail 1 - Label": "* Work",
                "E-mail 1 - Value": p.emails[0],
                "Phone 1 - Label": "Work",
                "Phone 1 - Value": self.g.typed(p.phones[0][0], "JP"),
                "Phone 2 - Label": "Mobile",
                "Phone 2 - Value": self.g.typed(p.phones[1][0], "JP"),
                "Labels": "* myContacts",
            }
            rows.append(r)
        write_csv(
            os.path.join(self.out, "google_resaved_excel_sjis.csv"),
            GOOGLE_NEW,
            rows,
            encoding="cp932",
        )
        self.record(
            "google_resaved_excel_sjis.csv",
            "Google CSV re-saved by Excel (Japanese Windows)",
            "shift_jis (cp932)",
            "JP",
            ppl,
            ["Shift-JIS kanji names and companies", "JP numbers 03-xxxx-xxxx / 090-xxxx-xxxx"],
        )

    def gb18030_outlook(self):
        rng = self.rng
        ppl = []
        for i in range(7):
            (fk, fr), (gk, gr) = rng.choice(CN_FAMILY), rng.choice(CN_GIVEN)
            comp = rng.choice(CN_COMPANY)
            dom = rng.choice(["huadong-logistics.cn", "xinda-elec.com.cn", "zhongke-soft.cn"])
            p = P(given=gk, family=fk, country="CN", company=comp, emails=[f"{fr}.{gr}{i}@{dom}"])
            p.phones = [(cn_mobile(rng), "cell")]
            p.title = rng.choice(["采购经理", "销售总监", "总经理"])
            ppl.append(p)
        rows = []
        for p in ppl:
            r = self.outlook_row(p, "CN", canon=False)
            r["Mobile Phone"] = rng.choice(
                [p.phones[0][0], p.phones[0][0][3:], "+86 " + p.phones[0][0][3:]]
            )
            r["E-mail Display Name"] = f"{p.full} ({p.emails[0]})"
            rows.append(r)
        write_csv(
            os.path.join(self.out, "outlook_zh_gb18030.csv"),
            OUTLOOK_DESKTOP,
            rows,
            encoding="gb18030",
            quote_all=True,
        )
        self.record(
            "outlook_zh_gb18030.csv",
            "Outlook desktop CSV saved on Chinese Windows",
            "gb18030",
            "CN",
            ppl,
            ["GB18030 Chinese names", "Chinese mobiles 13x without +86"],
        )

    # -- vCard ---------------------------------------------------------------------------------
    @staticmethod
    def fold(line: str, by_bytes: bool = False, width: int = 75, split_char: bool = False) -> str:
        """RFC 6350 folding; with by_bytes the cut may fall inside a UTF-8 character (as some do).

        split_char: choose the first cut so that it does fall inside a multi-byte character."""
        if by_bytes:
            b = line.encode("utf-8")
            if split_char:
                for j in range(40, min(len(b), 75)):
                    if b[j] >= 0xC0:
                        width = j + 1
                        break
            parts = [b[:width]]
            b = b[width:]
            while b:
                parts.append(b" " + b[: width - 1])
                b = b[width - 1 :]
            return b"\r\n".join(parts).decode("utf-8", errors="surrogateescape")
        out = [line[:width]]
        rest = line[width:]
        while rest:
            out.append(" " + rest[: width - 1])
            rest = rest[width - 1 :]
        return "\r\n".join(out)

    @staticmethod
    def qp21(value: str, charset: str = "UTF-8") -> str:
        """Quoted-printable as Android's 2.1 export writes it: '=' soft breaks before 76."""
        enc = value.encode("utf-8" if charset.upper() == "UTF-8" else charset)
        q = "".join(f"={c:02X}" if (c > 126 or c < 32 or c == 61) else chr(c) for c in enc)
        lines, cur = [], ""
        for tok in _qp_tokens(q):
            if len(cur) + len(tok) > 73:
                lines.append(cur + "=")
                cur = ""
            cur += tok
        lines.append(cur)
        return "\r\n".join(lines)

    def write_bytes(self, fname: str, data: bytes):
        with open(os.path.join(self.out, fname), "wb") as f:
            f.write(data)

    def android_21(self):
        rng = self.rng
        ppl = self.g.people("DE", 10, foreign=0.3)
        cards = []
        hard = [
            "vCard 2.1 with CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE and soft line breaks",
            "bare TEL;CELL / TEL;WORK / TEL;HOME parameters",
            "phones typed without country code",
        ]
        for i, p in enumerate(ppl):
            L = ["BEGIN:VCARD", "VERSION:2.1"]
            n = f"{p.family};{p.given};{p.middle};{p.prefix};"
            if any(ord(c) > 127 for c in n):
                L.append("N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + self.qp21(n))
                L.append("FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + self.qp21(p.full))
            else:
                L += [f"N:{n}", f"FN:{p.full}"]
            kinds = {
                "work": "TEL;WORK:",
                "cell": "TEL;CELL:",
                "home": "TEL;HOME:",
                "fax": "TEL;WORK;FAX:",
            }
            for e, k in p.phones:
                L.append(kinds[k] + self.g.typed(e, "DE"))
            for k, e in enumerate(p.emails):
                L.append(("EMAIL;WORK:" if k == 0 else "EMAIL;HOME:") + e)
            org = p.company + (f";{p.dept}" if p.dept else "")
            if any(ord(c) > 127 for c in org):
                L.append("ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + self.qp21(org))
            else:
                L.append("ORG:" + org)
            if p.title:
                L.append(
                    "TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + self.qp21(p.title)
                    if any(ord(c) > 127 for c in p.title)
                    else "TITLE:" + p.title
                )
            if i == 3 and p.address:
                a = p.address
                v = f";;{a.street};{a.city};;{a.postal_code};{D.COUNTRY_NAME[a.country]}"
                L.append("ADR;WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + self.qp21(v))
            if i == 5:
                # a long note whose QP soft breaks span several lines, ending right before EMAIL
                note = (
                    "Kontakt von der Hannover Messe, Halle 7, Stand B21. Möchte ein Angebot für "
                    "Rahmenvertrag, Rückruf nach dem 15. bitte über die Zentrale."
                )
                idx = next(j for j, x in enumerate(L) if x.startswith("EMAIL"))
                L.insert(idx, "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + self.qp21(note))
                hard.append(
                    f"{p.full}: a multi-line QP NOTE right before EMAIL (the email must survive)"
                )
            if i == 7:
                # a QP value that ends with a stray soft line break (seen in real exports): the next
                # property must not be swallowed
                idx = next(j for j, x in enumerate(L) if x.startswith("EMAIL"))
                L.insert(
                    idx,
                    "X-ANDROID-CUSTOM;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:vnd.android.cursor.item/"
                    "nickname;" + self.qp21(p.nick or p.given) + ";1;;;;;;;;;;;;;=",
                )
                hard.append(f"{p.full}: a QP value ending in a stray '=' soft break before EMAIL")
            if i == 1:
                L.append(
                    "PHOTO;ENCODING=BASE64;JPEG:"
                    + self.photo_b64(rng, 60_000, first_line_prefix=True)
                )
                hard.append(f"{p.full}: a ~60 kB inline PHOTO (drop it, keep the contact)")
            L.append("END:VCARD")
            cards.append("\r\n".join(L))
        self.write_bytes("android_contacts_v21.vcf", ("\r\n".join(cards) + "\r\n").encode("utf-8"))
        self.record(
            "android_contacts_v21.vcf", "vCard 2.1 (Android export)", "utf-8", "DE", ppl, hard
        )

    def photo_b64(self, rng: random.Random, size: int, first_line_prefix: bool = False) -> str:
        raw = (
            b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + rng.randbytes(size)
            + b"\xff\xd9"
        )
        b = base64.b64encode(raw).decode()
        # 2.1: continuation lines indented, blank line at the end
        lines = [b[i : i + 76] for i in range(0, len(b), 76)]
        return "\r\n  ".join(lines) + ("\r\n" if first_line_prefix else "")

    def outlook_21(self):
        """Outlook's own vCard 2.1 export: CHARSET=Windows-1252 bytes, LABEL with =0D=0A."""
        ppl = self.g.people("DE", 6, western=True)
        out = b""
        for p in ppl:
            L = [
                "BEGIN:VCARD",
                "VERSION:2.1",
                f"N;LANGUAGE=de;CHARSET=Windows-1252:{p.family};{p.given};{p.middle};{p.prefix}",
                f"FN;CHARSET=Windows-1252:{p.full}",
                f"ORG;CHARSET=Windows-1252:{p.company};{p.dept}",
                f"TITLE;CHARSET=Windows-1252:{p.title}",
            ]
            for e, k in p.phones:
                tag = {
                    "work": "TEL;WORK;VOICE:",
                    "cell": "TEL;CELL;VOICE:",
                    "home": "TEL;HOME;VOICE:",
                    "fax": "TEL;WORK;FAX:",
                }[k]
                L.append(tag + self.g.outlook_canonical(e))
            if p.address:
                a = p.address
                L.append(
                    f"ADR;WORK;PREF;CHARSET=Windows-1252:;;{a.street};{a.city};;{a.postal_code};"
                    f"{D.COUNTRY_NAME[a.country]}"
                )
                lab = f"{a.street}\r\n{a.postal_code} {a.city}\r\n{D.COUNTRY_NAME[a.country]}"
                qp = "".join(
                    chr(c) if 32 <= c < 127 and c != 61 else f"={c:02X}"
                    for c in lab.encode("cp1252")
                )
                L.append("LABEL;WORK;PREF;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:" + qp)
            if p.url:
                L.append(f"URL;WORK:{p.url}")
            for k, e in enumerate(p.emails):
                L.append(("EMAIL;PREF;INTERNET:" if k == 0 else "EMAIL;INTERNET:") + e)
            L += ["X-MS-OL-DEFAULT-POSTAL-ADDRESS:2", "REV:20240312T101530Z", "END:VCARD"]
            out += ("\r\n".join(L) + "\r\n").encode("cp1252", errors="replace")
        self.write_bytes("outlook_export_v21.vcf", out)
        self.record(
            "outlook_export_v21.vcf",
            "vCard 2.1 (Outlook export)",
            "windows-1252",
            "DE",
            ppl,
            [
                "CHARSET=Windows-1252 raw bytes (not UTF-8)",
                "LABEL in QP with =0D=0A",
                "Outlook canonical phone format",
            ],
        )

    def sjis_21(self):
        """A Japanese feature-phone / carrier export: vCard 2.1 in Shift-JIS."""
        rng = self.rng
        ppl = []
        out = b""
        for i in range(6):
            (fk, fr), (gk, gr) = rng.choice(JP_FAMILY), rng.choice(JP_GIVEN)
            p = P(
                given=gk,
                family=fk,
                country="JP",
                company=rng.choice(JP_COMPANY),
                emails=[
                    f"{gr.lower()}{i}-{fr.lower()}@docomo.ne.jp"
                    if i % 2
                    else f"{gr.lower()}.{fr.lower()}@ezweb.ne.jp"
                ],
            )
            p.phones = [(D.mobile(rng, "JP"), "cell")]
            ppl.append(p)
            L = [
                "BEGIN:VCARD",
                "VERSION:2.1",
                f"N;CHARSET=SHIFT_JIS:{fk};{gk};;;",
                f"SOUND;X-IRMC-N;CHARSET=SHIFT_JIS:{fr.upper()};{gr.upper()};;;",
                f"TEL;CELL:{self.g.typed(p.phones[0][0], 'JP')}",
                f"EMAIL;INTERNET:{p.emails[0]}",
                f"ORG;CHARSET=SHIFT_JIS:{p.company}",
                "X-GNO:1",
                "X-GN:仕事",
                "END:VCARD",
            ]
            out += ("\r\n".join(L) + "\r\n").encode("cp932")
        self.write_bytes("keitai_export_sjis_v21.vcf", out)
        self.record(
            "keitai_export_sjis_v21.vcf",
            "vCard 2.1 (Japanese phone export)",
            "shift_jis (cp932)",
            "JP",
            ppl,
            ["whole file in Shift-JIS", "no FN (only N)", "SOUND;X-IRMC-N reading"],
        )

    def apple_30(self):
        rng = self.rng
        ppl = self.g.people("NL", 10, foreign=0.3)
        ppl.insert(4, self.g.org_card("NL"))
        cards = []
        hard = [
            "Apple grouped properties item1.EMAIL + item1.X-ABLabel",
            "type=pref in lower case",
            "company card with X-ABShowAs:COMPANY (an organization, not a person)",
        ]
        for i, p in enumerate(ppl):
            L = ["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//macOS 14.4.1//EN"]
            if p.org_only:
                L += ["N:;;;;", f"FN:{p.company}", f"ORG:{p.company};", "X-ABShowAs:COMPANY"]
            else:
                L += [f"N:{p.family};{p.given};{p.middle};{p.prefix};", f"FN:{p.full}"]
                if p.nick:
                    L.append(f"NICKNAME:{p.nick}")
                L.append(f"ORG:{p.company};{p.dept}")
                if p.title:
                    L.append(f"TITLE:{p.title.replace(',', chr(92) + ',')}")
            item = 1
            for k, e in enumerate(p.emails):
                if k == 0:
                    L.append(f"EMAIL;type=INTERNET;type=WORK;type=pref:{e}")
                else:
                    L.append(f"item{item}.EMAIL;type=INTERNET:{e}")
                    L.append(f"item{item}.X-ABLabel:_$!<Other>!$_")
                    item += 1
            for e, k in p.phones:
                t = self.g.typed(e, "NL")
                if k == "cell":
                    L.append(f"TEL;type=CELL;type=VOICE;type=pref:{t}")
                elif k == "work":
                    L.append(f"TEL;type=WORK;type=VOICE:{t}")
                elif k == "main":
                    L.append(f"TEL;type=MAIN:{t}")
                elif k == "fax":
                    L.append(f"TEL;type=WORK;type=FAX:{t}")
                else:
                    L.append(f"item{item}.TEL:{t}")
                    L.append(f"item{item}.X-ABLabel:Thuis")
                    item += 1
            if p.url:
                L.append(f"item{item}.URL;type=pref:{p.url}")
                L.append(f"item{item}.X-ABLabel:_$!<HomePage>!$_")
                item += 1
            if p.address and rng.random() < 0.5:
                a = p.address
                L.append(
                    f"item{item}.ADR;type=WORK;type=pref:;;{a.street};{a.city};{a.region};{a.postal_code};"
                    f"{D.COUNTRY_NAME[a.country]}"
                )
                L.append(f"item{item}.X-ABADR:{a.country.lower()}")
            if i == 6:
                L.append(
                    "PHOTO;ENCODING=b;TYPE=JPEG:" + base64.b64encode(rng.randbytes(90_000)).decode()
                )
                hard.append(f"{p.full}: a 90 kB PHOTO on one unfolded line")
            L.append("END:VCARD")
            cards.append("\r\n".join(L))
        self.write_bytes("apple_contacts_v30.vcf", ("\r\n".join(cards) + "\r\n").encode("utf-8"))
        self.record(
            "apple_contacts_v30.vcf", "vCard 3.0 (Apple Contacts)", "utf-8", "NL", ppl, hard
        )

    def google_30(self):
        ppl = self.g.people("PL", 9, foreign=0.2)
        cards = []
        hard = [
            "lines folded at 75 octets, sometimes in the middle of a UTF-8 character "
            "(unfold before "
            "decoding)",
            "CATEGORIES:myContacts",
        ]
        for p in ppl:
            L = [
                "BEGIN:VCARD",
                "VERSION:3.0",
                f"FN:{p.full}",
                f"N:{p.family};{p.given};{p.middle};{p.prefix};",
                f"ORG:{p.company}",
                f"TITLE:{p.title}",
            ]
            for k, e in enumerate(p.emails):
                L.append(f"EMAIL;TYPE=INTERNET{';TYPE=WORK' if k == 0 else ';TYPE=HOME'}:{e}")
            for e, k in p.phones:
                L.append(f"TEL;TYPE={TEL30[k]}:{self.g.typed(e, 'PL')}")
            if p.address:
                a = p.address
                L.append(
                    f"ADR;TYPE=WORK:;;{a.street};{a.city};{a.region};{a.postal_code};"
                    f"{D.COUNTRY_NAME[a.country]}"
                )
            L.append(
                f"NOTE:Poznaliśmy się na targach w Poznaniu\\, stoisko {p.company} – "
                "rozmowa o dostawach "
                "i cenach na przyszły rok\\; kontakt przez sekretariat."
            )
            L += ["CATEGORIES:myContacts", "END:VCARD"]
            cards.append(
                "\r\n".join(self.fold(x, by_bytes=True, split_char=x.startswith("NOTE")) for x in L)
            )
        data = ("\r\n".join(cards) + "\r\n").encode("utf-8", errors="surrogateescape")
        self.write_bytes("google_contacts_v30.vcf", data)
        self.record(
            "google_contacts_v30.vcf",
            "vCard 3.0 (Google Contacts export)",
            "utf-8",
            "PL",
            ppl,
            hard,
        )

    def v40(self):
        ppl = self.g.people("IT", 8, foreign=0.2)
        ppl.append(self.g.org_card("IT"))
        cards = []
        for i, p in enumerate(ppl):
            uid = (
                f"urn:uuid:{self.rng.getrandbits(32):08x}-{self.rng.getrandbits(16):04x}-4{self.rng.getrandbits(12):03x}-"
                f"a{self.rng.getrandbits(12):03x}-{self.rng.getrandbits(48):012x}"
            )
            L = [
                "BEGIN:VCARD",
                "VERSION:4.0",
                "PRODID:-//Sabre//Sabre VObject 4.5.4//EN",
                f"UID:{uid}",
            ]
            if p.org_only:
                L += ["KIND:org", f"FN:{p.company}", f"ORG:{p.company}"]
            else:
                L += [
                    "KIND:individual",
                    f"FN:{p.full}",
                    f"N:{p.family};{p.given};{p.middle};{p.prefix};",
                    f"ORG:{p.company}",
                    f"TITLE:{p.title.replace(',', chr(92) + ',')}",
                ]
            for k, e in enumerate(p.emails):
                L.append(f"EMAIL;TYPE=work;PREF=1:{e}" if k == 0 else f"EMAIL;TYPE=home:{e}")
            for e, k in p.phones:
                n = phonenumbers.parse(e)
                uri = (
                    "tel:"
                    + phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.RFC3966)[4:]
                )
                t = {
                    "work": '"work,voice"',
                    "cell": '"cell,voice"',
                    "home": '"home,voice"',
                    "fax": '"work,fax"',
                    "main": '"work,voice"',
                }[k]
                if i % 3 == 0:
                    L.append(f"TEL;VALUE=uri;TYPE={t}:{uri}")
                else:
                    L.append(f"TEL;TYPE={t.strip(chr(34)).split(',')[0]}:{self.g.typed(e, 'IT')}")
            if p.url:
                L.append(f"URL:{p.url}")
            L += ["REV:20250114T093000Z", "END:VCARD"]
            cards.append("\r\n".join(self.fold(x) for x in L))
            if i == 0:
                self.shared_uid = uid
        self.write_bytes(
            "nextcloud_contacts_v40.vcf", ("\r\n".join(cards) + "\r\n").encode("utf-8")
        )
        self.record(
            "nextcloud_contacts_v40.vcf",
            "vCard 4.0 (CardDAV server export)",
            "utf-8",
            "IT",
            ppl,
            [
                "TEL;VALUE=uri:tel:+39-...",
                "KIND:org company card",
                "PREF=1",
                "escaped commas in TITLE",
            ],
        )
        # the same UID again in a later export, with another email: both observations must survive
        first = ppl[0]
        newer = (
            "BEGIN:VCARD\r\nVERSION:4.0\r\nPRODID:-//Sabre//Sabre VObject 4.5.4//EN\r\n"
            f"UID:{self.shared_uid}\r\nKIND:individual\r\nFN:{first.full}\r\n"
            f"N:{first.family};{first.given};;;\r\n"
            f"EMAIL;TYPE=work:{first.given.lower()}.{D.slug(first.family)}@nuovaazienda.it\r\n"
            "REV:20250601T080000Z\r\nEND:VCARD\r\n"
        )
        self.write_bytes("nextcloud_contacts_v40_later.vcf", newer.encode("utf-8"))
        t = first.truth()
        t = {
            **t,
            "emails": [f"{first.given.lower()}.{D.slug(first.family)}@nuovaazienda.it"],
            "phones": [],
            "company": "",
        }
        self.truth["nextcloud_contacts_v40_later.vcf"] = {
            "format": "vCard 4.0",
            "encoding": "utf-8",
            "region": "IT",
            "people": [t],
            "organizations": [],
            "hard_cases": [
                "same UID as the first card of nextcloud_contacts_v40.vcf with another email: keep "
                "both files' emails"
            ],
        }

    def broken(self):
        ppl = self.g.people("ES", 5)
        cards = []
        hard = []
        for i, p in enumerate(ppl):
            L = [
                "BEGIN:VCARD",
                "VERSION:3.0",
                f"N:{p.family};{p.given};;;",
                f"FN:{p.full}",
                f"ORG:{p.company}",
            ]
            if i == 0:
                L.append(f"TITLE:{p.title}\rDirector adjunto")  # a lone CR inside a value
                hard.append(f"{p.full}: a lone CR inside TITLE")
            if i == 1:
                L.append("this line has no colon at all")
                hard.append(f"{p.full}: a line with no colon")
            if i == 2:
                L.append(
                    'TEL;TYPE=WORK;TYPE=VOICE;X-CUSTOM="a:b":' + self.g.typed(p.phones[0][0], "ES")
                    if p.phones
                    else "X-FOO;BAR=1:baz"
                )
                hard.append(f"{p.full}: a quoted parameter value containing ':'")
                p.phones = p.phones[:1]
            if i == 3:
                L.append("BDAY:not-a-date")
                hard.append(f"{p.full}: invalid BDAY")
            for e in p.emails:
                L.append(f"EMAIL;TYPE=INTERNET:{e}")
            for e, k in p.phones if i != 2 else []:
                L.append(f"TEL;TYPE={k.upper()}:{self.g.typed(e, 'ES')}")
            L.append("END:VCARD")
            cards.append("\r\n".join(L))
        # a card cut off at the end of the file (no END:VCARD) after a complete one
        self.write_bytes("damaged_export.vcf", ("\r\n".join(cards) + "\r\n").encode("utf-8"))
        self.record(
            "damaged_export.vcf",
            "vCard 3.0 with damaged lines",
            "utf-8",
            "ES",
            ppl,
            [*hard, "each damaged card must be kept with its other properties"],
        )


def _qp_tokens(q: str):
    i = 0
    while i < len(q):
        if q[i] == "=":
            yield q[i : i + 3]
            i += 3
        else:
            yield q[i]
            i += 1


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    g = Gen(a.seed)
    w = Writer(g, a.out)
    w.google_new()
    w.google_old()
    w.outlook_desktop()
    w.outlook_de()
    w.outlook_com()
    w.thunderbird("thunderbird.csv", "DE")
    w.thunderbird("thunderbird_en-GB.csv", "GB", gb=True)
    w.thunderbird("thunderbird_cp1250.csv", "PL", encoding="cp1250")
    w.yahoo()
    w.linkedin()
    w.crm_exports()
    w.excel_resaved_sjis()
    w.gb18030_outlook()
    w.android_21()
    w.outlook_21()
    w.sjis_21()
    w.apple_30()
    w.google_30()
    w.v40()
    w.broken()
    with open(os.path.join(a.out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"files": w.truth}, f, indent=1, ensure_ascii=False)
    n_p = sum(len(v["people"]) for v in w.truth.values())
    n_e = sum(len(p["emails"]) for v in w.truth.values() for p in v["people"] + v["organizations"])
    n_t = sum(len(p["phones"]) for v in w.truth.values() for p in v["people"] + v["organizations"])
    n_o = sum(len(v["organizations"]) for v in w.truth.values())
    print(
        f"wrote {len(w.truth)} files to {a.out}: {n_p} people, {n_o} company-only cards, "
        f"{n_e} emails, "
        f"{n_t} phones"
    )
    for k, v in w.truth.items():
        print(f"  {k:36s} {v['encoding']:18s} {len(v['people']):3d} people  {v['format']}")


if __name__ == "__main__":
    main()
