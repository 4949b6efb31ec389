"""Blind employee mailboxes: what a company's mail system really holds.

    python bench/blind/mail_gen.py --seed S --employees 10 --out DIR

Writes DIR/<employee local part>/{INBOX,Sent,Drafts,Junk}.mbox (mboxrd), DIR/directory.csv
(email,name,aliases,login) and DIR/truth.json (see README.md).
"""

from __future__ import annotations

import argparse
import base64
import csv
import json
import os
import quopri
import random
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from typing import ClassVar

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import _data as D

FOLDERS = ["INBOX", "Sent", "Drafts", "Junk"]
# the harvesting company: fictional names and domains
OUR_COMPANIES = [
    ("Nordhafen Logistik GmbH", "nordhafen-logistik.de", "nordhafen-group.com"),
    ("Brückner Antriebstechnik GmbH & Co. KG", "brueckner-antriebe.de", "brueckner-group.eu"),
    ("Weserland Spedition GmbH", "weserland-spedition.de", "weserland-gruppe.com"),
    ("Kranich Verpackung AG", "kranich-verpackung.de", "kranich-group.com"),
]
T_START = datetime(2024, 1, 8, 8, 0, tzinfo=timezone(timedelta(hours=1)))
T_END = datetime(2025, 6, 27, 18, 0, tzinfo=timezone(timedelta(hours=2)))


# ------------------------------------------------------------------------------------------------
# people
# ------------------------------------------------------------------------------------------------


@dataclass
class Person:
    given: str
    family: str
    email: str
    locale: str
    title: str = ""
    company: str = ""
    company_obj: D.Company | None = None
    phones: list = field(default_factory=list)  # (e164, kind, text)
    sig: list = field(default_factory=list)  # signature lines (fixed per person)
    display: str = ""  # display-name habit
    plus: str = ""  # a plus-address this person sometimes writes from
    prefix: str = ""

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}"


@dataclass
class Employee:
    p: Person
    aliases: list
    login: str
    folder: str
    mail: dict = field(default_factory=lambda: {f: [] for f in FOLDERS})


def enc_name(name: str) -> str:
    """A display name as it appears in a header (RFC 2047 if needed, quoted if it has a comma)."""
    if not name:
        return ""
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return Header(name, "utf-8").encode()
    if any(c in name for c in ',.;:()<>@"'):
        return '"' + name.replace('"', '\\"') + '"'
    return name


def addr(name: str, email: str) -> str:
    n = enc_name(name)
    return f"{n} <{email}>" if n else email


class Ctx:
    def __init__(self, seed: int, n_emp: int):
        self.rng = random.Random(seed)
        self.n_emp = n_emp
        self.used_domains: set = set()
        self.msg_n = 0
        self.truth_contacts: dict[str, dict] = {}  # email -> truth
        self.known: dict[str, list] = {}  # contact email -> employee emails (ordered)
        self.non_contacts: dict[str, str] = {}
        self.people: dict[str, Person] = {}
        self.events: list = []
        self.bounced: list = []
        self.left_company: list = []
        self.sig_seen: dict[str, bool] = {}

    # -- ids and times --------------------------------------------------------------------------
    def msgid(self, domain: str) -> str:
        self.msg_n += 1
        r = self.rng
        style = r.random()
        if style < 0.4:
            left = f"{r.getrandbits(64):016X}.{self.msg_n}"
        elif style < 0.7:
            left = f"CA+{base64.b32encode(r.getrandbits(80).to_bytes(10, 'big')).decode().lower()}"
        else:
            a, b, c = r.getrandbits(32), r.getrandbits(16), r.getrandbits(16)
            left = f"{a:08x}-{b:04x}-{c:04x}-{self.msg_n:06d}"
        return f"<{left}@{domain}>"

    def when(self) -> datetime:
        span = int((T_END - T_START).total_seconds())
        t = T_START + timedelta(seconds=self.rng.randint(0, span))
        # office hours mostly
        if self.rng.random() < 0.85:
            t = t.replace(hour=self.rng.randint(8, 18), minute=self.rng.randint(0, 59))
        if t.weekday() >= 5 and self.rng.random() < 0.8:
            t += timedelta(days=7 - t.weekday())
        return t


# ------------------------------------------------------------------------------------------------
# text pieces
# ------------------------------------------------------------------------------------------------

CLOSINGS = {
    "EN": ["Best regards,", "Kind regards,", "Thanks,", "Best,", "Cheers,", "Regards,"],
    "DE": ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "MfG", "Freundliche Grüße"],
    "FR": ["Cordialement,", "Bien cordialement,", "Bien à vous,", "Salutations distinguées,"],
    "ES": ["Saludos,", "Un saludo,", "Atentamente,", "Saludos cordiales,"],
    "IT": ["Cordiali saluti,", "Saluti,", "Distinti saluti,", "Un saluto,"],
    "NL": ["Met vriendelijke groet,", "Groet,", "Mvg,", "Hartelijke groet,"],
    "PL": ["Pozdrawiam,", "Z poważaniem,", "Pozdrawiam serdecznie,"],
    "JP": ["Best regards,", "Kind regards,", "Sincerely,"],
    "BR": ["Atenciosamente,", "Abraços,", "Att.,"],
}
GREET = {
    "EN": ["Hi {g},", "Dear {g},", "Hello {g},", "{g},"],
    "DE": ["Hallo {g},", "Sehr geehrter Herr {f},", "Guten Tag {g},", "Liebe Kollegen,"],
    "FR": ["Bonjour {g},", "Cher {g},", "Madame, Monsieur,"],
    "ES": ["Hola {g},", "Estimado {g}:", "Buenos días,"],
    "IT": ["Ciao {g},", "Gentile {g},", "Buongiorno,"],
    "NL": ["Hoi {g},", "Beste {g},", "Goedemiddag,"],
    "PL": ["Dzień dobry,", "Witam,", "Panie {g},"],
    "JP": ["Dear {g}-san,", "Dear Mr. {f},", "Hello {g},"],
    "BR": ["Olá {g},", "Prezado {g},", "Bom dia,"],
}
TOPICS = [
    ("Angebot {n}", "quote"),
    ("Quote request - {n}", "quote"),
    ("Delivery schedule week {w}", "delivery"),
    ("Rahmenvertrag {y}", "contract"),
    ("Meeting notes", "notes"),
    ("Invoice {n}", "invoice"),
    ("Re-order pallets / Nachbestellung", "order"),
    ("Oferta {n}", "quote"),
    ("Ordine n. {n}", "order"),
    ("Devis n°{n}", "quote"),
    ("Zapytanie ofertowe {n}", "quote"),
    ("Project kickoff {y}", "project"),
    ("Samples and specification", "spec"),
    ("Customs documents shipment {n}", "customs"),
    ("Offerte {n}", "quote"),
]
BODY = {
    "EN": [
        "Please find attached the updated figures. Let me know if anything is unclear.",
        "Thanks for the quick reply. We can go ahead with the second option.",
        "Could you confirm the delivery date for the remaining items?",
        "As discussed on the phone, I have forwarded this to our logistics team.",
    ],
    "DE": [
        "anbei wie besprochen die aktualisierten Unterlagen.",
        "vielen Dank für Ihre schnelle Rückmeldung. Wir können so verfahren.",
        "könnten Sie mir bitte den Liefertermin bestätigen?",
        "wie telefonisch besprochen, leite ich das an unsere Logistik weiter.",
    ],
    "FR": [
        "veuillez trouver ci-joint les documents mis à jour.",
        "merci pour votre retour rapide, nous validons la deuxième option.",
        "pourriez-vous me confirmer la date de livraison ?",
    ],
    "ES": [
        "adjunto la documentación actualizada.",
        "gracias por la rápida respuesta, seguimos con la segunda opción.",
        "¿podrías confirmarme la fecha de entrega?",
    ],
    "IT": [
        "in allegato la documentazione aggiornata.",
        "grazie per la risposta, procediamo con la seconda opzione.",
        "potreste confermare la data di consegna?",
    ],
    "NL": [
        "in de bijlage de bijgewerkte documenten.",
        "bedankt voor je snelle reactie, we gaan door met optie twee.",
    ],
    "PL": ["w załączeniu przesyłam zaktualizowane dokumenty.", "dziękuję za szybką odpowiedź."],
    "JP": ["Thank you for your support. Please find the revised quotation attached."],
    "BR": ["segue em anexo a documentação atualizada.", "obrigado pelo retorno rápido."],
}
LEGAL_FOOTER = {
    "DE": "Sitz der Gesellschaft: {city} · Registergericht: Amtsgericht {city} HRB {n}\n"
    "Geschäftsführer: {boss1}, {boss2}",
    "GB": "{company} is registered in England and Wales, company no. {n}. Registered office: "
    "{street}.",
    "FR": "{company} - SAS au capital de 250 000 € - RCS {city} B {n}",
    "IT": "{company} - P.IVA IT0{n}0 - Cap. Soc. € 100.000 i.v.",
    "ES": "{company} - CIF B{n} - Inscrita en el Registro Mercantil de {city}",
    "NL": "{company} | KvK {n} | BTW NL{n}B01",
    "PL": "{company}, KRS 0000{n}, NIP {n}",
}
DISCLAIMER = [
    "This e-mail and any attachments are confidential and may be privileged. If you are not the "
    "intended recipient, please notify the sender immediately and delete it.",
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
    "informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.",
    "Please consider the environment before printing this e-mail.",
]


def phone_line(rng: random.Random, country: str, kind: str, text: str) -> str:
    lab = {
        "DE": {
            "work": ["Tel.", "Tel:", "Telefon:", "T", "Fon"],
            "cell": ["Mobil:", "Mobil", "M", "Handy:"],
            "fax": ["Fax:", "F"],
        },
        "FR": {
            "work": ["Tél :", "Tél.", "T."],
            "cell": ["Mob. :", "Portable :", "M."],
            "fax": ["Fax :"],
        },
        "ES": {"work": ["Tel.:", "Tlf:", "T."], "cell": ["Móvil:", "M."], "fax": ["Fax:"]},
        "IT": {"work": ["Tel.", "Tel:", "T."], "cell": ["Cell.", "Mob."], "fax": ["Fax"]},
        "NL": {"work": ["T", "Tel:"], "cell": ["M", "Mob:"], "fax": ["F"]},
        "PL": {"work": ["tel.", "Tel.:"], "cell": ["tel. kom.", "kom.:", "GSM:"], "fax": ["fax"]},
        "JP": {"work": ["TEL:", "Tel:"], "cell": ["Mobile:", "Cell:"], "fax": ["FAX:"]},
        "BR": {"work": ["Tel.:", "Fone:"], "cell": ["Cel.:", "Celular:"], "fax": ["Fax:"]},
    }.get(
        D.LANG.get(country, "EN") if country not in ("GB", "US") else "EN",
        {
            "work": ["Tel:", "Phone:", "T:", "Direct:", "Office:", "DDI:"],
            "cell": ["Mobile:", "Cell:", "M:", "Mob:"],
            "fax": ["Fax:", "F:"],
        },
    )
    if country in ("AT", "CH"):
        lab = {"work": ["Tel.", "T"], "cell": ["Mobil", "M"], "fax": ["Fax"]}
    return f"{rng.choice(lab[kind])} {text}"


def make_signature(rng: random.Random, p: Person, c: D.Company) -> list:
    """Signature lines, repeated in every message of this person."""
    lines = []
    lang = D.LANG.get(p.locale, "EN") if p.locale not in ("GB", "US") else "EN"
    lines.append(f"{p.prefix + ' ' if p.prefix else ''}{p.given} {p.family}")
    if p.title:
        lines.append(p.title)
    style = rng.random()
    if style < 0.4:
        lines.append(c.name)
        lines += c.address.lines()
    elif style < 0.7:
        lines.append(" | ".join([c.name, *c.address.lines()]))
    else:
        lines.append(c.name)
    ph = [phone_line(rng, p.locale, k, t) for _e, k, t in p.phones]
    if ph and rng.random() < 0.4:
        lines.append(" | ".join(ph))
    else:
        lines += ph
    if rng.random() < 0.6:
        lines.append(c.web)
    if rng.random() < 0.3 and c.country in LEGAL_FOOTER:
        b1 = f"{rng.choice(D.GIVEN['DE']['m'])[0]} {rng.choice(D.FAMILY['DE'])}"
        b2 = f"{rng.choice(D.GIVEN['DE']['f'])[0]} {rng.choice(D.FAMILY['DE'])}"
        lines.append("")
        lines += (
            LEGAL_FOOTER[c.country]
            .format(
                city=c.address.city,
                n=rng.randint(10000, 99999),
                boss1=b1,
                boss2=b2,
                company=c.name,
                street=", ".join(c.address.lines()),
            )
            .split("\n")
        )
    if rng.random() < 0.2:
        lines.append("")
        lines.append(rng.choice(DISCLAIMER))
    if rng.random() < 0.5:
        lines.insert(0, "-- ")
    _ = lang
    return lines


# ------------------------------------------------------------------------------------------------
# message construction (raw RFC 5322 text; we control every byte)
# ------------------------------------------------------------------------------------------------


def qp(text: str, charset: str = "utf-8") -> str:
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def build(
    headers: list,
    body: str | None = None,
    parts: list | None = None,
    ctype: str = "text/plain",
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    boundary: str = "",
) -> str:
    out = []
    for k, v in headers:
        if v is None or v == "":
            continue
        out.append(f"{k}: {v}")
    out.append("MIME-Version: 1.0")
    if parts is not None:
        out.append(
            f'Content-Type: {ctype}; boundary="{boundary}"'
            if "boundary" not in ctype
            else f"Content-Type: {ctype}"
        )
        out.append("")
        out.append("This is a multi-part message in MIME format.")
        for p in parts:
            out.append(f"--{boundary}")
            out.append(p.rstrip("\n"))
        out.append(f"--{boundary}--")
        out.append("")
        return "\n".join(out)
    out.append(
        f"Content-Type: {ctype}; charset={charset}"
        if ctype.startswith("text/")
        else f"Content-Type: {ctype}"
    )
    if cte == "quoted-printable":
        out.append("Content-Transfer-Encoding: quoted-printable")
        out.append("")
        out.append(qp(body or "", charset))
    elif cte == "base64":
        out.append("Content-Transfer-Encoding: base64")
        out.append("")
        b = base64.encodebytes((body or "").encode(charset)).decode("ascii")
        out.append(b)
    else:
        out.append(f"Content-Transfer-Encoding: {cte}")
        out.append("")
        out.append(body or "")
    return "\n".join(out) + "\n"


def part(
    ctype: str, body: str, charset: str = "utf-8", cte: str = "quoted-printable", extra: str = ""
) -> str:
    h = [
        f"Content-Type: {ctype}; charset={charset}"
        if ctype.startswith("text/")
        else f"Content-Type: {ctype}"
    ]
    if extra:
        h.append(extra)
    if cte == "quoted-printable":
        h.append("Content-Transfer-Encoding: quoted-printable")
        return "\n".join(h) + "\n\n" + qp(body, charset)
    if cte == "base64":
        h.append("Content-Transfer-Encoding: base64")
        return "\n".join(h) + "\n\n" + base64.encodebytes(body.encode(charset)).decode("ascii")
    h.append(f"Content-Transfer-Encoding: {cte}")
    return "\n".join(h) + "\n\n" + body + "\n"


def html_of(text: str) -> str:
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
        + esc.replace("\n", "<br>\n")
        + "</div></body></html>"
    )


class Mailer:
    def __init__(self, ctx: Ctx, our: D.Company, domains: list, employees: list):
        self.c = ctx
        self.rng = ctx.rng
        self.our = our
        self.domains = domains
        self.emps = employees
        self.by_addr: dict[str, Employee] = {}
        for e in employees:
            self.by_addr[e.p.email] = e
            for a in e.aliases:
                self.by_addr[a] = e

    def emp_of(self, email: str) -> Employee | None:
        lo, _, dom = email.lower().partition("@")
        e = self.by_addr.get(email.lower())
        if e is None and "+" in lo:
            e = self.by_addr.get(lo.split("+")[0] + "@" + dom)
        return e

    # the heart: deliver one message to the right folders
    def deliver(
        self,
        raw: str,
        when: datetime,
        sender_email: str,
        rcpts: list,
        sender_folder: str = "Sent",
        junk: bool = False,
        only: list | None = None,
    ):
        env = sender_email
        s_emp = self.emp_of(sender_email)
        if s_emp is not None and sender_folder:
            s_emp.mail[sender_folder].append((when, env, raw))
        if sender_folder == "Drafts":
            return
        seen = []
        for r in rcpts:
            e = self.emp_of(r)
            if e is not None and e not in seen and e is not s_emp:
                seen.append(e)
        if only is not None:
            seen = only
        for e in seen:
            e.mail["Junk" if junk else "INBOX"].append((when, env, raw))

    def headers(
        self,
        frm: str,
        to: list,
        cc: list,
        subject: str,
        when: datetime,
        mid: str,
        irt: str = "",
        refs: str = "",
        extra: list | None = None,
        bcc: list | None = None,
    ) -> list:
        h = []
        dom = mid.split("@")[-1].rstrip(">")
        has_rp = any(k == "Return-Path" for k, _v in extra or [])
        if dom.startswith("mail."):
            dom = dom[5:]
        if self.rng.random() < 0.7 or has_rp:
            if not has_rp:
                h.append(("Return-Path", f"<{frm.split('<')[-1].rstrip('>')}>"))
            h.append(
                (
                    "Received",
                    f"from mail.{dom} (mail.{dom} [192.0.2.{self.rng.randint(1, 254)}])\n"
                    f"\tby mx1.{self.domains[0]} with ESMTPS id {self.rng.getrandbits(40):010x}\n"
                    f"\tfor <{(to or cc or ['undisclosed'])[0].split('<')[-1].rstrip('>')}>; "
                    f"{format_datetime(when)}",
                )
            )
        h += [("From", frm), ("To", ", ".join(to) if to else "undisclosed-recipients:;")]
        if cc:
            h.append(("Cc", ", ".join(cc)))
        if bcc:
            h.append(("Bcc", ", ".join(bcc)))
        h += [
            ("Subject", enc_subject(subject)),
            ("Date", format_datetime(when)),
            ("Message-ID", mid),
        ]
        if irt:
            h.append(("In-Reply-To", irt))
            h.append(("References", refs or irt))
        ua = self.rng.choice(
            [
                "Microsoft Outlook 16.0",
                "Mozilla Thunderbird",
                "Apple Mail (2.3774)",
                "",
                "Microsoft Exchange Server 2019",
                "Roundcube Webmail/1.6.5",
            ]
        )
        if ua:
            h.append(("X-Mailer", ua))
        if "Outlook" in ua or "Exchange" in ua:
            h.append(
                (
                    "Thread-Index",
                    base64.b64encode(self.rng.getrandbits(176).to_bytes(22, "big")).decode(),
                )
            )
            h.append(("Content-Language", self.rng.choice(["de-DE", "en-US", "en-GB", "fr-FR"])))
        for k, v in extra or []:
            h.append((k, v))
        return h


def enc_subject(s: str) -> str:
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


# ------------------------------------------------------------------------------------------------
# generation
# ------------------------------------------------------------------------------------------------


class Gen:
    def __init__(self, seed: int, n_emp: int):
        self.ctx = Ctx(seed, n_emp)
        self.rng = self.ctx.rng
        rng = self.rng
        self.our = D.make_company(rng, "our", "DE", self.ctx.used_domains)
        name, dom, group = rng.choice(OUR_COMPANIES)
        self.ctx.used_domains.add(dom)
        self.our.name, self.our.domain = name, dom
        self.our.web = f"www.{dom}"
        self.group_domain = group
        self.ctx.used_domains.add(self.group_domain)
        self.domains = [self.our.domain, self.group_domain]
        self.login_style = rng.choice(["local", "domain_user", "address"])
        self.employees = self.make_employees(n_emp)
        self.m = Mailer(self.ctx, self.our, self.domains, self.employees)
        self.companies: list[D.Company] = []

    # -- employees ------------------------------------------------------------------------------
    def make_employees(self, n: int) -> list:
        rng = self.rng
        out = []
        used: set = set()
        for _ in range(n):
            loc = rng.choice(["DE", "DE", "DE", "DE", "GB", "FR", "NL", "PL", "ES", "IT"])
            g = rng.choice("mf")
            given = rng.choice(D.GIVEN[D.LANG[loc]][g])[0]
            family = rng.choice(D.FAMILY[loc][:45])
            if g == "f":
                family = D.feminine(loc, family)
            lo = D.email_local("first.last", given, family, loc)
            while lo in used:
                lo += str(rng.randint(2, 9))
            used.add(lo)
            primary = f"{lo}@{self.our.domain}"
            short = D.email_local("flast", given, family, loc)
            aliases = []
            if short not in used:
                used.add(short)
                aliases.append(f"{short}@{self.our.domain}")
            aliases.append(f"{lo}@{self.group_domain}")
            if rng.random() < 0.3:
                aliases.append(f"{D.email_local('f.last', given, family, loc)}@{self.group_domain}")
            if self.login_style == "local":
                login = lo
            elif self.login_style == "domain_user":
                login = f"{self.our.domain.split('.')[0].upper()[:15]}\\{short}"
            else:
                login = primary
            p = Person(
                given,
                family,
                primary,
                loc,
                title=rng.choice(D.TITLES["DE" if loc == "DE" else "EN"]),
                company=self.our.name,
                company_obj=self.our,
            )
            dd, _ext = D.direct_dial(rng, self.our.address, self.our.dd_base, self.our.used_phones)
            p.phones = [(dd, "work", D.format_phone(rng, dd, "DE", "intl"))]
            p.sig = make_signature(rng, p, self.our)
            out.append(Employee(p, aliases, login, lo))
        return out

    # -- externals ------------------------------------------------------------------------------
    def company(self) -> D.Company:
        rng = self.rng
        if self.companies and rng.random() < 0.45:
            return rng.choice(self.companies)
        country = rng.choice(
            ["DE", "DE", "DE", "AT", "CH", "FR", "GB", "US", "IT", "ES", "NL", "PL", "JP", "BR"]
        )
        c = D.make_company(rng, f"x{len(self.companies)}", country, self.ctx.used_domains)
        self.companies.append(c)
        return c

    def person(self, c: D.Company | None = None, personal: bool = False) -> Person:
        rng = self.rng
        c = c or self.company()
        loc = c.country if rng.random() < 0.9 else rng.choice(["DE", "GB", "FR", "PL"])
        g = rng.choice("mf")
        lang = D.LANG[loc]
        given = rng.choice(D.GIVEN[lang][g])[0]
        fams = D.FAMILY[loc]
        family = fams[min(int(len(fams) * rng.random() ** 1.5), len(fams) - 1)]
        if loc == "ES" and rng.random() < 0.6:
            family += " " + rng.choice(fams)
        if g == "f":
            family = D.feminine(loc, family)
        if loc == "JP":
            given, family = D.strip_accents(given.replace("'", "")), D.ascii_name("JP", family, rng)
        for _ in range(20):
            if personal:
                lo = D.email_local(
                    rng.choice(["first.last", "flast", "first_last"]), given, family, loc
                )
                num = str(rng.randint(1, 99)) if rng.random() < 0.5 else ""
                email = f"{lo}{num}@{rng.choice(D.PERSONAL_DOMAINS[loc])}"
            else:
                email = D.email_local(c.email_format, given, family, loc) + "@" + c.domain
            if email not in self.ctx.people and self.m.emp_of(email) is None:
                break
            given = rng.choice(D.GIVEN[lang][g])[0]
        lang_t = D.title_lang(loc) if rng.random() < 0.6 else "EN"
        p = Person(
            given,
            family,
            email,
            loc,
            title=rng.choice(D.TITLES[lang_t]),
            company=c.name,
            company_obj=c,
        )
        style = "national" if rng.random() < 0.55 else "intl"
        phones = []
        if rng.random() < 0.85:
            if c.dd_base or rng.random() < 0.6:
                e, _x = D.direct_dial(rng, c.address, c.dd_base, c.used_phones)
            else:
                e = c.main_e164
            phones.append((e, "work", D.format_phone(rng, e, c.country, style)))
        if rng.random() < 0.45:
            m = D.mobile(rng, loc)
            phones.append(
                (m, "cell", D.format_phone(rng, m, loc, style if loc == c.country else "intl"))
            )
        if rng.random() < 0.2:
            phones.append((c.fax_e164, "fax", D.format_phone(rng, c.fax_e164, c.country, style)))
        p.phones = phones
        if loc in ("DE", "AT") and rng.random() < 0.1:
            p.prefix = "Dr."
        p.sig = make_signature(rng, p, c) if rng.random() < 0.85 else []
        r = rng.random()
        p.display = (
            "first_last"
            if r < 0.6
            else "last_comma_first"
            if r < 0.8
            else "none"
            if r < 0.88
            else "caps"
        )
        if personal and rng.random() < 0.5:
            p.plus = rng.choice(["work", "biz", "orders"])
        self.ctx.people[email] = p
        return p

    def disp(self, p: Person) -> str:
        if p.display == "last_comma_first":
            return f"{p.family}, {p.given}"
        if p.display == "none":
            return ""
        if p.display == "caps":
            return f"{p.family.upper()} {p.given}"
        return f"{p.given} {p.family}"

    def from_addr(self, p: Person) -> str:
        email = p.email
        if p.plus and self.rng.random() < 0.5:
            lo, dom = email.split("@")
            email = f"{lo}+{p.plus}@{dom}"
        return addr(self.disp(p), email)

    # -- truth ----------------------------------------------------------------------------------
    def know(self, contact: Person, emp: Employee):
        lst = self.ctx.known.setdefault(contact.email, [])
        if emp.p.email not in lst:
            lst.append(emp.p.email)
        self.ctx.truth_contacts[contact.email] = contact

    def non_contact(self, email: str, why: str):
        if email not in self.ctx.non_contacts:
            self.ctx.non_contacts[email] = why

    # -- bodies ---------------------------------------------------------------------------------
    def body(
        self, sender: Person, to_first: str, to_family: str, quote: str = "", short: bool = False
    ) -> str:
        rng = self.rng
        lang = D.LANG.get(sender.locale, "EN") if sender.locale not in ("GB", "US") else "EN"
        if lang not in BODY:
            lang = "EN"
        g = rng.choice(GREET[lang]).format(g=to_first, f=to_family)
        txt = [g, "", rng.choice(BODY[lang])]
        if not short and rng.random() < 0.5:
            txt.append(rng.choice(BODY[lang]))
        txt += ["", rng.choice(CLOSINGS[lang])]
        if sender.sig:
            if sender.sig[0] == "-- ":
                txt += [sender.given, "", *sender.sig]
            else:
                txt += ["", *sender.sig]
            self.ctx.sig_seen[sender.email] = True
        else:
            txt.append(sender.given)
        if quote:
            txt += ["", quote]
        return "\n".join(txt) + "\n"

    def quote_of(self, who: Person, when: datetime, body: str) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            head = f"On {format_datetime(when)}, {who.name} <{who.email}> wrote:"
            return head + "\n" + "\n".join("> " + ln for ln in body.splitlines()[:25])
        return (
            "-----Original Message-----\n"
            f"From: {who.name} <{who.email}>\nSent: {when.strftime('%A, %B %d, %Y %I:%M %p')}\n"
            f"Subject: ...\n\n" + "\n".join(body.splitlines()[:25])
        )

    def send(
        self,
        sender: Person,
        to: list,
        cc: list,
        subject: str,
        when: datetime,
        irt: str = "",
        refs: str = "",
        quote: str = "",
        extra: list | None = None,
        folder: str = "Sent",
        html: bool | None = None,
        charset: str = "utf-8",
        bcc: list | None = None,
        from_override: str = "",
    ) -> tuple[str, str, str]:
        rng = self.rng
        s_emp = self.m.emp_of(sender.email)
        dom = sender.email.split("@")[1]
        mid = self.ctx.msgid(dom if rng.random() < 0.8 else "mail.gmail.com")
        first = to[0] if to else (cc[0] if cc else None)
        body = self.body(sender, first.given if first else "", first.family if first else "", quote)
        frm = from_override or (
            self.from_addr(sender) if s_emp is None else addr(self.emp_disp(s_emp), sender.email)
        )
        to_h = [self.addr_of(p) for p in to]
        cc_h = [self.addr_of(p) for p in cc]
        bcc_h = [self.addr_of(p) for p in bcc] if bcc else None
        h = self.m.headers(
            frm,
            to_h,
            cc_h,
            subject,
            when,
            mid,
            irt,
            refs,
            extra,
            bcc=bcc_h if folder == "Sent" else None,
        )
        if html is None:
            html = rng.random() < 0.45
        if charset != "utf-8":
            try:
                body.encode(charset)
            except UnicodeEncodeError:
                charset = "utf-8"
        if html:
            b = f"=_alt_{rng.getrandbits(48):012x}"
            raw = build(
                h,
                parts=[
                    part("text/plain", body, charset),
                    part("text/html", html_of(body), charset),
                ],
                ctype="multipart/alternative",
                boundary=b,
            )
        else:
            raw = build(
                h,
                body,
                charset=charset,
                cte=rng.choice(["quoted-printable", "quoted-printable", "8bit"]),
            )
        rcpt_emails = [p.email for p in to + cc + (bcc or [])]
        self.m.deliver(raw, when, sender.email, rcpt_emails, sender_folder=folder)
        return mid, body, raw

    def emp_disp(self, e: Employee) -> str:
        r = self.rng.random()
        if r < 0.35:
            return f"{e.p.family}, {e.p.given}"
        return f"{e.p.given} {e.p.family}"

    def addr_of(self, p: Person) -> str:
        e = self.m.emp_of(p.email)
        if e is not None:
            return addr(self.emp_disp(e), p.email)
        return addr(self.disp(p), p.email)

    # -- scenarios ------------------------------------------------------------------------------
    def conversation(
        self,
        emp: Employee,
        x: Person,
        cc_emp: Employee | None = None,
        cc_ext: list | None = None,
        inbound_first: bool | None = None,
        turns: int | None = None,
    ):
        rng = self.rng
        cc_ext = cc_ext or []
        t = self.ctx.when()
        subj = rng.choice(TOPICS)[0].format(
            n=rng.randint(1000, 99999), w=rng.randint(1, 52), y=rng.choice([2024, 2025])
        )
        turns = turns or rng.choice([1, 2, 2, 3, 3, 4, 5])
        inbound_first = rng.random() < 0.5 if inbound_first is None else inbound_first
        e_person = emp.p
        if rng.random() < 0.15:
            # the employee writes from an alias / secondary domain
            e_person = Person(
                emp.p.given, emp.p.family, rng.choice(emp.aliases), emp.p.locale, sig=emp.p.sig
            )
        cc_people = ([cc_emp.p] if cc_emp else []) + cc_ext
        prev_mid, refs, prev_body, prev_who, prev_t = "", "", "", None, t
        for k in range(turns):
            outbound = (k % 2 == 0) != inbound_first
            s = e_person if outbound else x
            if outbound:
                to, cc = [x], list(cc_people)
                self.know(x, emp)
                for y in cc_ext:
                    self.know(y, emp)
                if cc_emp:
                    pass
            else:
                to, cc = [e_person], list(cc_people)
            quote = (
                self.quote_of(prev_who, prev_t, prev_body)
                if prev_who and rng.random() < 0.7
                else ""
            )
            sj = (
                subj
                if k == 0
                else rng.choice(["Re: ", "RE: ", "AW: ", "Re: ", "R: ", "SV: ", "Réf : "])[:4]
                + subj
            )
            mid, body, _raw = self.send(
                s,
                to,
                cc,
                sj,
                t,
                prev_mid,
                refs,
                quote,
                charset="iso-8859-1" if rng.random() < 0.1 else "utf-8",
            )
            refs = (
                (refs + " " + mid).strip()
                if refs
                else (prev_mid + " " + mid).strip()
                if prev_mid
                else ""
            )
            prev_mid, prev_body, prev_who, prev_t = mid, body, s, t
            t = t + timedelta(hours=rng.randint(1, 72), minutes=rng.randint(0, 59))
            # the CC'd colleague chimes in with reply-all: a thread across mailboxes
            if cc_emp and outbound and rng.random() < 0.3:
                _mid2, _body2, _ = self.send(
                    cc_emp.p,
                    [x],
                    [e_person, *cc_ext],
                    "Re: " + subj,
                    t,
                    prev_mid,
                    (refs + " " + prev_mid).strip(),
                    self.quote_of(s, prev_t, body),
                )
                self.know(x, cc_emp)
                for y in cc_ext:
                    self.know(y, cc_emp)
                t += timedelta(hours=2)

    def cold_inbound(self, emp: Employee):
        x = self.person()
        subj = self.rng.choice(
            [
                "Partnership opportunity",
                "Kurze Frage zu Ihrer Logistik",
                "Quick question",
                "Introduction: {c}",
                "Demande de rendez-vous",
                "Propuesta de colaboración",
            ]
        ).replace("{c}", x.company)
        for _ in range(self.rng.choice([1, 1, 2, 3])):  # follow-ups nobody answers
            self.send(x, [emp.p], [], subj, self.ctx.when())
            subj = "Re: " + subj if not subj.startswith("Re:") else subj
        self.non_contact(x.email, "cold_inbound_unanswered")

    def bounce_and_resend(self, emp: Employee):
        rng = self.rng
        x = self.person()
        lo, dom = x.email.split("@")
        kind = rng.random()
        if kind < 0.4:
            bad = D.typo(rng, lo) + "@" + dom
        elif kind < 0.7:
            d0, _, tld = dom.partition(".")
            bad = lo + "@" + (D.typo(rng, d0) if len(d0) > 3 else d0 + "s") + "." + tld
        else:
            bad = lo + "@" + dom.rsplit(".", 1)[0] + "." + rng.choice(["con", "de", "cmo", "dee"])
        if bad == x.email:
            bad = lo + "x@" + dom
        typo_p = Person(x.given, x.family, bad, x.locale, display=x.display)
        t = self.ctx.when()
        subj = rng.choice(TOPICS)[0].format(n=rng.randint(1000, 99999), w=3, y=2025)
        mid, _body, raw = self.send(emp.p, [typo_p], [], subj, t)
        self.dsn(emp, bad, raw, mid, t + timedelta(minutes=rng.randint(1, 9)), subj)
        self.non_contact(bad, "bounced_typo")
        # resend to the right address, maybe a reply follows
        t2 = t + timedelta(minutes=rng.randint(10, 90))
        self.send(emp.p, [x], [], subj, t2)
        self.know(x, emp)
        if rng.random() < 0.6:
            self.conversation(emp, x, inbound_first=True, turns=rng.choice([1, 2]))

    def dsn(
        self,
        emp: Employee,
        bad: str,
        orig_raw: str,
        orig_mid: str,
        t: datetime,
        subj: str,
        status="5.1.1",
    ):
        rng = self.rng
        mta = rng.choice(["postfix", "exchange", "gmail"])
        our_mx = f"mx1.{self.our.domain}"
        b = f"{rng.getrandbits(40):010X}.{int(t.timestamp())}/{our_mx}"
        if mta == "postfix":
            frm = f"MAILER-DAEMON@{our_mx} (Mail Delivery System)"
            subject = "Undelivered Mail Returned to Sender"
            human = (
                f"This is the mail system at host {our_mx}.\n\nI'm sorry to have to inform you "
                f"that your message "
                "could not\nbe delivered to one or more recipients. It's attached below.\n\n"
                "For further assistance, please send mail to postmaster.\n\n"
                "                   The mail system\n\n"
                f"<{bad}>: host mx.{bad.split('@')[1]}[198.51.100.7] said: 550 5.1.1\n"
                f"    <{bad}>: Recipient address rejected: User unknown in virtual mailbox\n    "
                f"table "
                "(in reply to RCPT TO command)\n"
            )
        elif mta == "exchange":
            frm = (
                "Microsoft Outlook "
                f"<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{self.our.domain}>"
            )
            subject = f"Unzustellbar: {subj}" if rng.random() < 0.5 else f"Undeliverable: {subj}"
            human = (
                "Your message to " + bad + " couldn't be delivered.\n"
                f"{bad.split('@')[0]} wasn't found at {bad.split('@')[1]}.\n\n"
                "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
                "not found by "
                "SMTP address lookup'\n"
            )
            status = "5.1.10" if rng.random() < 0.5 else status
        else:
            frm = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
            subject = "Delivery Status Notification (Failure)"
            human = (
                f"** Address not found **\n\nYour message wasn't delivered to {bad} because the "
                f"address "
                "couldn't be found, or is unable to receive mail.\n\nThe response from the "
                "remote server "
                f"was:\n550 5.1.1 The email account that you tried to reach does not exist.\n"
            )
        ds = (
            f"Reporting-MTA: dns; {our_mx}\nX-Postfix-Queue-ID: {rng.getrandbits(40):010X}\n"
            f"Arrival-Date: {format_datetime(t - timedelta(minutes=1))}\n\n"
            f"Final-Recipient: rfc822; {bad}\nOriginal-Recipient: rfc822;{bad}\nAction: failed\n"
            f"Status: {status}\nRemote-MTA: dns; mx.{bad.split('@')[1]}\n"
            f"Diagnostic-Code: smtp; 550 {status} <{bad}>: Recipient address rejected: User "
            f"unknown\n"
        )
        orig_headers = orig_raw.split("\n\n", 1)[0] + "\n"
        parts = [
            part(
                "text/plain", human, "us-ascii", "7bit", extra="Content-Description: Notification"
            ),
            "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + ds,
            (
                "Content-Description: Undelivered Message Headers\nContent-Type: "
                "text/rfc822-headers\n\n" + orig_headers
            )
            if rng.random() < 0.5
            else (
                "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
                + orig_raw
            ),
        ]
        h = [
            ("Return-Path", "<>"),
            ("From", frm),
            ("To", emp.p.email),
            ("Subject", enc_subject(subject)),
            ("Date", format_datetime(t)),
            ("Message-ID", f"<{rng.getrandbits(48):x}.{int(t.timestamp())}@{our_mx}>"),
            ("Auto-Submitted", "auto-replied" if mta != "exchange" else ""),
            ("In-Reply-To", orig_mid if mta == "exchange" else ""),
        ]
        raw = build(
            h,
            parts=parts,
            ctype=f'multipart/report; report-type=delivery-status;\n\tboundary="{b}"',
            boundary=b,
        )
        emp.mail["INBOX"].append((t, "MAILER-DAEMON", raw))

    def mass_mailing_with_ooo(self, emp: Employee):
        """The company's newsletter (reply-to the employee) and the autoresponders it triggers."""
        rng = self.rng
        t = self.ctx.when()
        recips = [self.person() for _ in range(rng.randint(25, 45))]
        subj = rng.choice(
            [
                "Nordhafen Newsletter {m}/{y}",
                "Einladung: Hausmesse {y}",
                "Our new service portfolio {y}",
            ]
        ).format(m=rng.randint(1, 12), y=t.year)
        subj = subj.replace("Nordhafen", self.our.short_name().split()[0])
        news_addr = f"newsletter@{self.our.domain}"
        mid = self.ctx.msgid(self.our.domain)
        via_bcc = rng.random() < 0.5
        if via_bcc:
            # sent from the employee's own mailbox with everybody in Bcc
            news = Person(emp.p.given, emp.p.family, emp.p.email, "DE", sig=emp.p.sig)
            _mid, _b, _r = self.send(news, [news], [], subj, t, bcc=recips, html=True)
            mid = _mid
        else:
            h = self.m.headers(
                addr(self.our.short_name(), news_addr),
                [addr("", news_addr)],
                [],
                subj,
                t,
                mid,
                extra=[
                    ("Reply-To", addr(self.emp_disp(emp), emp.p.email)),
                    ("X-Campaign", f"nl-{t:%Y%m}"),
                ],
            )
            raw = build(
                h,
                parts=[
                    part("text/plain", "Newsletter ...\n"),
                    part("text/html", html_of("Newsletter")),
                ],
                ctype="multipart/alternative",
                boundary=f"=_nl_{rng.getrandbits(40):x}",
            )
            emp.mail["INBOX"].append((t, news_addr, raw))
        for r in recips:
            self.non_contact(r.email, "mass_mailing_recipient")
        ooo_people = rng.sample(recips, k=rng.randint(3, 7))
        for x in ooo_people:
            self.ooo(emp, x, subj, mid, t + timedelta(minutes=rng.randint(1, 30)))

    OOO_SUBJ: ClassVar[dict] = {
        "DE": ["Abwesenheitsnotiz: {s}", "Automatische Antwort: {s}", "Abwesend: {s}"],
        "AT": ["Abwesenheitsnotiz: {s}", "Automatische Antwort: {s}"],
        "CH": ["Abwesenheitsnotiz: {s}", "Automatische Antwort: {s}"],
        "FR": ["Réponse automatique : {s}", "Absence du bureau : {s}", "Absent(e) : {s}"],
        "ES": ["Respuesta automática: {s}", "Fuera de la oficina: {s}"],
        "IT": ["Risposta automatica: {s}", "Fuori sede: {s}"],
        "NL": ["Automatisch antwoord: {s}", "Afwezig: {s}"],
        "PL": ["Autoodpowiedź: {s}", "Automatyczna odpowiedź: {s}"],
        "GB": ["Out of Office: {s}", "Automatic reply: {s}", "Auto: {s}"],
        "US": ["Out of Office: {s}", "Automatic reply: {s}", "OOO: {s}"],
        "JP": ["Out of Office: {s}", "Automatic reply: {s}"],
        "BR": ["Resposta automática: {s}", "Ausente: {s}"],
    }
    OOO_BODY: ClassVar[dict] = {
        "DE": "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {d} nicht im Büro und "
        "habe keinen "
        "Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an {o}.",
        "FR": "Je suis absent(e) du bureau jusqu'au {d} inclus. Pour toute urgence, merci de "
        "contacter {o}.",
        "ES": "Estaré fuera de la oficina hasta el {d}. Para asuntos urgentes, contacte con {o}.",
        "IT": "Sono fuori ufficio fino al {d}. Per urgenze contattare {o}.",
        "NL": "Ik ben tot en met {d} afwezig. Voor dringende zaken kunt u contact opnemen met {o}.",
        "PL": "Dziękuję za wiadomość. Jestem poza biurem do {d}. W pilnych sprawach proszę o "
        "kontakt z {o}.",
        "EN": "Thank you for your email. I am out of the office until {d} with limited access to "
        "email. "
        "For urgent matters please contact {o}.",
        "BR": "Estou fora do escritório até {d}. Em caso de urgência, contate {o}.",
    }
    LEFT_BODY: ClassVar[dict] = {
        "DE": "{n} ist nicht mehr bei der {c} tätig. Ihre Nachricht wird nicht weitergeleitet. "
        "Bitte wenden Sie sich an {o}.",
        "FR": "{n} a quitté la société {c}. Votre message ne sera pas transféré. Merci de "
        "contacter {o}.",
        "EN": "{n} is no longer with {c}. Your message will not be forwarded. Please contact {o} "
        "instead.",
        "ES": "{n} ya no trabaja en {c}. Por favor, contacte con {o}.",
        "IT": "{n} non fa più parte di {c}. La preghiamo di contattare {o}.",
        "NL": "{n} is niet meer werkzaam bij {c}. Neem contact op met {o}.",
        "PL": "{n} nie pracuje już w {c}. Prosimy o kontakt z {o}.",
    }

    def ooo(self, emp: Employee, x: Person, subj: str, irt: str, t: datetime, left: bool = False):
        rng = self.rng
        loc = x.locale
        s = rng.choice(self.OOO_SUBJ.get(loc, self.OOO_SUBJ["GB"])).format(s=subj)
        lang = D.LANG.get(loc, "EN") if loc not in ("GB", "US") else "EN"
        other = f"{rng.choice(D.ROLE_LOCALS.get(loc, ['info']))}@{x.email.split('@')[1]}"
        if left:
            tmpl = self.LEFT_BODY.get(lang, self.LEFT_BODY["EN"])
            text = tmpl.format(n=x.name, c=x.company or x.email.split("@")[1], o=other)
            self.ctx.left_company.append(
                {"email": x.email, "why": "auto-reply says the person left"}
            )
        else:
            tmpl = self.OOO_BODY.get(lang, self.OOO_BODY["EN"])
            text = tmpl.format(
                d=(t + timedelta(days=rng.randint(3, 20))).strftime("%d.%m.%Y"), o=other
            )
        if rng.random() < 0.3:
            text = (
                text
                + "\n\n"
                + self.OOO_BODY["EN"].format(
                    d=(t + timedelta(days=9)).strftime("%d/%m/%Y"), o=other
                )
            )
        extra = []
        r = rng.random()
        if r < 0.25:
            extra = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
        elif r < 0.35:
            extra = [("X-Auto-Response-Suppress", "All")]
        # most: no auto-reply header at all, threaded to the original
        mid = self.ctx.msgid(x.email.split("@")[1])
        h = self.m.headers(
            self.from_addr(x),
            [addr(self.emp_disp(emp), emp.p.email)],
            [],
            s,
            t,
            mid,
            irt,
            irt,
            extra,
        )
        raw = build(h, text + "\n")
        emp.mail["INBOX"].append((t, x.email, raw))

    def invitation(self, emps: list, organizer: Person, attendees_ext: list, by_employee: bool):
        rng = self.rng
        t = self.ctx.when()
        start = (t + timedelta(days=rng.randint(2, 20))).replace(
            minute=rng.choice([0, 30]), second=0
        )
        end = start + timedelta(minutes=rng.choice([30, 60, 90]))
        uid = f"{rng.getrandbits(128):032X}"
        summary = rng.choice(
            [
                "Project review",
                "Jour fixe Logistik",
                "Quarterly business review",
                "Kick-off",
                "Demo",
                "Réunion de suivi",
                "Reunión de seguimiento",
            ]
        )
        att = []
        for e in emps:
            att.append((self.emp_disp(e), e.p.email))
        for y in attendees_ext:
            att.append((y.name, y.email))
        if by_employee:
            att = [a for a in att if a[1] != organizer.email]

        def esc(s):
            return s.replace(",", "\\,").replace(";", "\\;")

        lines = [
            "BEGIN:VCALENDAR",
            "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
            if rng.random() < 0.5
            else "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"DTSTAMP:{t.astimezone(UTC):%Y%m%dT%H%M%SZ}",
            f"DTSTART;TZID=W. Europe Standard Time:{start:%Y%m%dT%H%M%S}",
            f"DTEND;TZID=W. Europe Standard Time:{end:%Y%m%dT%H%M%S}",
            f"SUMMARY:{esc(summary)}",
            f'ORGANIZER;CN="{organizer.name}":mailto:{organizer.email}',
        ]
        for n, e in att:
            lines.append(
                f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{n}":mailto:{e}'
            )
        lines += [
            "LOCATION:"
            + esc(
                rng.choice(["Microsoft Teams Meeting", "Zoom", "Besprechungsraum 2.13", "Online"])
            ),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        # fold lines longer than 75 octets (RFC 5545)
        ics = []
        for ln in lines:
            while len(ln.encode()) > 75:
                ics.append(ln[:74])
                ln = " " + ln[74:]
            ics.append(ln)
        ics_text = "\r\n".join(ics) + "\r\n"
        body = f"{summary}\n{start:%A, %d %B %Y %H:%M}-{end:%H:%M}\n\nJoin the meeting: https://meet.example.net/{uid[:10]}\n"
        b = f"=_cal_{rng.getrandbits(40):x}"
        mid = self.ctx.msgid(organizer.email.split("@")[1])
        to_h = [addr(n, e) for n, e in att]
        h = self.m.headers(addr(organizer.name, organizer.email), to_h, [], summary, t, mid)
        raw = build(
            h,
            parts=[
                part("text/plain", body),
                part(
                    "text/calendar; method=REQUEST",
                    ics_text,
                    "utf-8",
                    "base64" if rng.random() < 0.4 else "quoted-printable",
                ),
            ],
            ctype="multipart/alternative",
            boundary=b,
        )
        self.m.deliver(raw, t, organizer.email, [e for _n, e in att])
        for e in emps:
            if organizer.email != e.p.email and self.m.emp_of(organizer.email) is None:
                self.know(organizer, e)
            for y in attendees_ext:
                self.know(y, e)

    def mailing_list(self, emps: list):
        rng = self.rng
        proj = rng.choice(["openlogistics", "pyfreight", "edi-tools", "camel-users"])
        ldom = f"lists.{proj}.org"
        laddr = f"users@{ldom}"
        self.non_contact(laddr, "mailing_list")
        members = [self.person(personal=rng.random() < 0.5) for _ in range(rng.randint(4, 7))]
        prev = ""
        for _k in range(rng.randint(8, 14)):
            s = rng.choice(members)
            t = self.ctx.when()
            mid = self.ctx.msgid(s.email.split("@")[1])
            munged = rng.random() < 0.3
            frm = addr(f"{s.name} via users", laddr) if munged else self.from_addr(s)
            extra = [
                ("List-Id", f"Users of {proj} <users.{ldom}>"),
                ("List-Post", f"<mailto:{laddr}>"),
                ("List-Unsubscribe", f"<mailto:users-unsubscribe@{ldom}>"),
                ("List-Archive", f"<https://{ldom}/archives/users>"),
                ("Precedence", "list"),
                ("Sender", f"users-bounces@{ldom}"),
            ]
            if munged:
                extra.append(("Reply-To", addr(s.name, s.email)))
            h = self.m.headers(
                frm,
                [laddr],
                [],
                f"[{proj}] "
                + rng.choice(
                    [
                        "Question about release 3.2",
                        "Build fails on ARM",
                        "Re: Config for customs export",
                        "Re: Roadmap",
                    ]
                ),
                t,
                mid,
                prev,
                prev,
                extra,
            )
            raw = build(h, self.body(s, "all", "", short=True))
            for e in emps:
                e.mail["INBOX"].append((t, s.email, raw))
            prev = mid if rng.random() < 0.6 else ""
            self.non_contact(s.email, "mailing_list_member")
        # an employee posts to the list (Sent has To: list address)
        poster = emps[0]
        lst = Person("users", "", laddr, "GB")
        self.send(
            poster.p,
            [lst],
            [],
            f"[{proj}] Re: Question about release 3.2",
            self.ctx.when(),
            extra=[("List-Id", f"Users of {proj} <users.{ldom}>")],
        )
        # one member later writes to the employee directly and gets an answer: a real contact
        m0 = members[0]
        self.ctx.non_contacts.pop(m0.email, None)
        self.conversation(poster, m0, inbound_first=True, turns=2)

    def newsletters(self, emp: Employee, brands: list):
        rng = self.rng
        for b in brands:
            if rng.random() < 0.5:
                continue
            for _ in range(rng.randint(1, 4)):
                t = self.ctx.when()
                mid = self.ctx.msgid(b["domain"])
                to_addr = emp.p.email if rng.random() < 0.7 else emp.p.email.replace("@", "+news@")
                extra = []
                if b["textbook"]:
                    extra = [
                        (
                            "List-Unsubscribe",
                            f"<https://{b['domain']}/u/{rng.getrandbits(40):x}>, "
                            f"<mailto:unsubscribe@{b['domain']}>",
                        ),
                        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                        ("Precedence", "bulk"),
                        (
                            "Feedback-ID",
                            f"{rng.randint(100, 999)}:{rng.randint(1000, 9999)}:campaign:esp",
                        ),
                    ]
                else:
                    extra = (
                        [
                            ("X-Mailer", "")
                            if False
                            else ("X-Campaign-Id", f"{rng.getrandbits(32):x}")
                        ]
                        if rng.random() < 0.5
                        else []
                    )
                    extra.append(("Return-Path", f"<bounce-{rng.getrandbits(40):x}@{b['bounce']}>"))
                h = self.m.headers(
                    addr(b["name"], b["from"]),
                    [to_addr],
                    [],
                    rng.choice(b["subjects"]),
                    t,
                    mid,
                    extra=extra,
                )
                text = (
                    f"{b['greeting']}\n\n{rng.choice(b['subjects'])}\n\nMore: "
                    f"https://{b['domain']}/c/{rng.getrandbits(32):x}"
                    f"\n\n{b['sig']}\n\nUnsubscribe: https://{b['domain']}/u/x\n"
                )
                raw = build(
                    h,
                    parts=[
                        part("text/plain", text),
                        part(
                            "text/html",
                            html_of(text)
                            + f'<img src="https://t.{b["bounce"]}/o/{rng.getrandbits(40):x}.gif"'
                            + ' width="1" height="1">',
                        ),
                    ],
                    ctype="multipart/alternative",
                    boundary=f"=_m_{rng.getrandbits(40):x}",
                )
                emp.mail["INBOX"].append((t, b["from"], raw))
            self.non_contact(b["from"], b["why"])

    def make_brands(self) -> list:
        rng = self.rng
        out = []
        specs = [
            ("Logistik Heute", "news@newsletter.logistik-heute.example", True, "newsletter"),
            ("FreightPro Weekly", "digest@mail.freightpro.example", True, "newsletter"),
            ("Anna from Shipwise", "anna@shipwise.example", False, "esp_personal_looking"),
            ("Tom at Cargolytics", "tom@news.cargolytics.example", False, "esp_personal_looking"),
            ("Büroshop24", "angebote@bueroshop24.example", False, "newsletter"),
            ("Messe Frankfurt Team", "info@news.messe-events.example", True, "newsletter"),
            ("noreply", "noreply@accounts.cloudsuite.example", True, "no_reply"),
            ("Ticket System", "no-reply@support.vendorportal.example", False, "no_reply"),
            (
                "DHL-Sendungsverfolgung",
                "donotreply@tracking.parcel-notify.example",
                False,
                "no_reply",
            ),
            ("Calendar", "calendar-notification@scheduler.example", False, "no_reply"),
            ("Notifications", "notifications@ci.devtools.example", False, "no_reply"),
        ]
        for name, frm, textbook, why in specs:
            dom = frm.split("@")[1]
            out.append(
                {
                    "name": name,
                    "from": frm,
                    "domain": dom,
                    "textbook": textbook,
                    "why": why,
                    "bounce": "bounces.esp-mailer.example",
                    "greeting": rng.choice(["Hallo,", "Hi there,", "Hello!"]),
                    "sig": f"{name}\n{dom}",
                    "subjects": [
                        "Ihre Woche in der Logistik",
                        "5 trends shaping freight in 2025",
                        "Your account: security notice",
                        "Ticket #48211 updated",
                        "Ihre Sendung 00340434161234567890 wurde zugestellt",
                        "Last chance: 20% off",
                    ],
                }
            )
        return out

    def spam(self, emp: Employee):
        rng = self.rng
        for _ in range(rng.randint(3, 8)):
            t = self.ctx.when()
            dom = rng.choice(
                [
                    "mail-secure-update.top",
                    "bestprice-deal.biz",
                    "xn--rechnung-b6a.info",
                    "crypto-gains.click",
                    "lieferung-info.icu",
                ]
            )
            lo = rng.choice(["service", "admin", "rechnung", "support", "m.johnson"])
            frm = f"{lo}@{dom}"
            subj = rng.choice(
                [
                    "Ihr Postfach ist voll",
                    "Invoice overdue #7781",
                    "You have won!",
                    "Dringend: Zahlungsbestätigung",
                    "Re: Your order",
                ]
            )
            mid = self.ctx.msgid(dom)
            h = self.m.headers(
                addr(rng.choice(["IT Service", "Accounts", "Mary Johnson", ""]), frm),
                [emp.p.email],
                [],
                subj,
                t,
                mid,
                extra=[("X-Spam-Flag", "YES"), ("X-Spam-Score", f"{rng.uniform(6, 15):.1f}")]
                if rng.random() < 0.6
                else [],
            )
            raw = build(h, "Click here: http://" + dom + "/login\n")
            emp.mail["Junk"].append((t, frm, raw))
            self.non_contact(frm, "spam")

    def internal(self, a: Employee, b: Employee, cc_ext: Person | None = None):
        rng = self.rng
        t = self.ctx.when()
        subj = rng.choice(
            ["Urlaubsplanung", "Kundentermin nächste Woche", "FYI", "Team lunch", "Forecast Q3"]
        )
        b_addr = Person(b.p.given, b.p.family, rng.choice([b.p.email, *b.aliases]), b.p.locale)
        self.send(a.p, [b_addr], [cc_ext] if cc_ext else [], subj, t)
        if cc_ext:
            self.know(cc_ext, a)

    def draft(self, emp: Employee):
        x = self.person()
        self.send(emp.p, [x], [], "Entwurf: Anfrage", self.ctx.when(), folder="Drafts")
        self.non_contact(x.email, "draft_only")

    def role_address_exchange(self, emp: Employee):
        """Employee asks info@supplier, a named person answers: the role address is no contact."""
        c = self.company()
        role = Person(
            "", "", f"{self.rng.choice(c.role_locals)}@{c.domain}", c.country, display="none"
        )
        self.ctx.people[role.email] = role
        t = self.ctx.when()
        mid, body, _ = self.send(emp.p, [role], [], "Anfrage / request for quotation", t)
        x = self.person(c)
        self.send(
            x,
            [emp.p],
            [role],
            "Re: Anfrage / request for quotation",
            t + timedelta(hours=5),
            mid,
            quote=self.quote_of(emp.p, t, body),
        )
        self.conversation(emp, x, inbound_first=False, turns=2)
        self.non_contact(role.email, "role_address")

    def private_forward(self, emp: Employee):
        lo = D.email_local("first.last", emp.p.given, emp.p.family, emp.p.locale)
        priv = Person(
            emp.p.given,
            emp.p.family,
            f"{lo}@{self.rng.choice(['gmail.com', 'web.de', 'gmx.de'])}",
            "DE",
        )
        self.send(emp.p, [priv], [], "Fwd: Reiseunterlagen", self.ctx.when())
        self.non_contact(priv.email, "employee_private_address")

    # -- the whole company ---------------------------------------------------------------------
    def run(self):
        rng = self.rng
        emps = self.employees
        brands = self.make_brands()
        for e in emps:
            own = [self.person(personal=rng.random() < 0.08) for _ in range(rng.randint(7, 12))]
            for x in own:
                other = (
                    rng.choice([o for o in emps if o is not e])
                    if len(emps) > 1 and rng.random() < 0.3
                    else None
                )
                cc_ext = [self.person(x.company_obj)] if rng.random() < 0.2 else []
                self.conversation(e, x, other, cc_ext)
            # a big CC list on one project thread
            if rng.random() < 0.4:
                x = self.person()
                ccs = [self.person() for _ in range(rng.randint(6, 12))]
                self.conversation(e, x, None, ccs, inbound_first=False, turns=2)
            for _ in range(rng.randint(1, 3)):
                self.cold_inbound(e)
            if rng.random() < 0.7:
                self.bounce_and_resend(e)
            self.newsletters(e, brands)
            self.spam(e)
            if rng.random() < 0.4:
                self.draft(e)
            if rng.random() < 0.4:
                self.role_address_exchange(e)
            # a real contact's out-of-office reply to a direct mail, and a "has left" notice
            if own and rng.random() < 0.5:
                x = own[0]
                self.ooo(
                    e, x, "Re: Delivery schedule", self.ctx.msgid(self.our.domain), self.ctx.when()
                )
            if own and rng.random() < 0.25:
                x = own[-1]
                mid, _b, _r = self.send(e.p, [x], [], "Follow-up", self.ctx.when())
                self.know(x, e)
                self.ooo(e, x, "Follow-up", mid, self.ctx.when(), left=True)
            # invitations: an external organiser with employees and a colleague of theirs
            if rng.random() < 0.5:
                org = self.person()
                col = self.person(org.company_obj) if rng.random() < 0.6 else None
                others = [e] + ([rng.choice(emps)] if rng.random() < 0.5 else [])
                others = [o for i, o in enumerate(others) if o not in others[:i]]
                self.invitation(others, org, [col] if col else [], by_employee=False)
            if rng.random() < 0.3:
                x = self.person()
                b = rng.choice(emps)
                self.invitation([e] if b is e else [e, b], e.p, [x], by_employee=True)
            if len(emps) > 1:
                for _ in range(rng.randint(2, 5)):
                    self.internal(
                        e,
                        rng.choice([o for o in emps if o is not e]),
                        self.person() if rng.random() < 0.1 else None,
                    )
            if rng.random() < 0.15:
                self.private_forward(e)
        for _ in range(max(1, len(emps) // 4)):
            self.mass_mailing_with_ooo(rng.choice(emps))
        self.mailing_list(rng.sample(emps, k=min(3, len(emps))))
        # the same external writes to several employees (threads across mailboxes)
        shared = [self.person() for _ in range(max(2, len(emps) // 3))]
        for x in shared:
            for e in rng.sample(emps, k=min(len(emps), rng.randint(2, 3))):
                self.conversation(e, x)
        # a contact once known and later bounced (left the company)
        personal = {d for v in D.PERSONAL_DOMAINS.values() for d in v}
        known = [k for k in sorted(self.ctx.known) if k.split("@")[1] not in personal]
        if known:
            x_email = rng.choice(known)
            e = self.m.emp_of(self.ctx.known[x_email][0])
            x = self.ctx.people[x_email]
            mid, _b, raw = self.send(e.p, [x], [], "Kurze Rückfrage", T_END - timedelta(days=3))
            self.dsn(
                e,
                x_email,
                raw,
                mid,
                T_END - timedelta(days=3) + timedelta(minutes=2),
                "Kurze Rückfrage",
            )
            self.ctx.bounced.append(
                {"email": x_email, "why": "left the company; DSN 5.1.1 after earlier mail"}
            )
        # contacts win over non-contact labels set earlier for the same address
        for em in list(self.ctx.non_contacts):
            if em in self.ctx.known:
                del self.ctx.non_contacts[em]
        # people who only ever wrote in (or were only copied on inbound mail) and got no answer
        for em in sorted(self.ctx.people):
            if em not in self.ctx.known and em not in self.ctx.non_contacts:
                self.ctx.non_contacts[em] = "inbound_only_never_answered"


def write_mbox(path: str, msgs: list):
    msgs = sorted(msgs, key=lambda m: (m[0], m[2][:200]))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for when, env, raw in msgs:
            asct = when.astimezone(UTC).strftime("%a %b %d %H:%M:%S %Y")
            f.write(f"From {env or 'MAILER-DAEMON'} {asct}\n")
            for ln in raw.split("\n"):
                s = ln.lstrip(">")
                if s.startswith("From "):
                    ln = ">" + ln
                f.write(ln + "\n")
            if not raw.endswith("\n"):
                f.write("\n")
            f.write("\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--employees", type=int, default=10)
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    g = Gen(a.seed, a.employees)
    g.run()
    os.makedirs(a.out, exist_ok=True)
    n_msgs = 0
    for e in g.employees:
        d = os.path.join(a.out, e.folder)
        os.makedirs(d, exist_ok=True)
        for f in FOLDERS:
            write_mbox(os.path.join(d, f"{f}.mbox"), e.mail[f])
            n_msgs += len(e.mail[f])
    with open(os.path.join(a.out, "directory.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["email", "name", "aliases", "login"])
        for e in g.employees:
            nm = f"{e.p.family}, {e.p.given}" if g.rng.random() < 0.3 else e.p.name
            w.writerow([e.p.email, nm, ";".join(e.aliases), e.login])
    ctx = g.ctx
    contacts = []
    for em in sorted(ctx.known):
        p = ctx.truth_contacts[em]
        contacts.append(
            {
                "email": em,
                "name": p.name,
                "title": p.title,
                "company": p.company,
                "phones": [e164 for e164, k, _t in p.phones if k != "fax"],
                "fax": [e164 for e164, k, _t in p.phones if k == "fax"],
                "phones_as_written": [t for _e, _k, t in p.phones],
                "signature_seen": bool(ctx.sig_seen.get(em)),
                "plus_address_used": f"{em.split('@')[0]}+{p.plus}@{em.split('@')[1]}"
                if p.plus
                else "",
                "employees": ctx.known[em],
            }
        )
    truth = {
        "company_domains": g.domains,
        "company": g.our.name,
        "login_style": g.login_style,
        "employees": [
            {
                "email": e.p.email,
                "name": e.p.name,
                "aliases": e.aliases,
                "login": e.login,
                "folder": e.folder,
            }
            for e in g.employees
        ],
        "contacts": contacts,
        "non_contacts": [{"email": k, "why": v} for k, v in sorted(ctx.non_contacts.items())],
        "bounced": ctx.bounced,
        "left_company": ctx.left_company,
    }
    with open(os.path.join(a.out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
    from collections import Counter

    why = Counter(ctx.non_contacts.values())
    links = sum(len(c["employees"]) for c in contacts)
    print(
        f"wrote {len(g.employees)} mailboxes, {n_msgs} messages, {len(contacts)} contacts "
        f"({links} employee links, {sum(c['signature_seen'] for c in contacts)} with a signature), "
        f"{len(ctx.non_contacts)} non-contacts to {a.out}"
    )
    print("stats: non-contacts by reason:", dict(sorted(why.items())))


if __name__ == "__main__":
    main()
