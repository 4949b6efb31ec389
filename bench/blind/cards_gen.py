"""Blind business-card images: 300 dpi scans, or phone photos of cards on a desk.

    python bench/blind/cards_gen.py --seed S --count N --kind scan|photo --out DIR

Writes DIR/card-NNN.png (scan) or DIR/card-NNN.jpg (photo) and DIR/truth.jsonl, one line per card:
{"file", "name", "title", "company", "emails": [...], "phones": [{"e164", "kind"}], "url",
 "address", ...extra keys describing the rendering (see README.md)}.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import random
import sys

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import _data as D

DPI = 300
# card sizes in mm: EU/ISO 7810-ish, US 3.5x2 in, JP meishi
SIZES = {"EU": (85, 55), "US": (88.9, 50.8), "JP": (91, 55)}
COUNTRIES = ["DE", "CH", "JP", "FR", "IT", "PL", "GB", "US", "ES", "NL", "AT"]

FONT_DIRS = [
    "/usr/share/fonts/truetype/liberation",
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/truetype/freefont",
    "/usr/share/fonts/truetype/noto",
    "/usr/share/fonts/opentype/urw-base35",
]
# (family, regular, bold) file names; missing ones are skipped
FAMILIES = [
    ("Liberation Sans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ("Liberation Serif", "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    ("Liberation Sans Narrow", "LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf"),
    ("DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("DejaVu Sans Light", "DejaVuSans-ExtraLight.ttf", "DejaVuSans.ttf"),
    ("DejaVu Serif", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    ("DejaVu Sans Condensed", "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    ("Free Sans", "FreeSans.ttf", "FreeSansBold.ttf"),
    ("Free Serif", "FreeSerif.ttf", "FreeSerifBold.ttf"),
    ("Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ("Noto Serif", "NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf"),
    ("URW Gothic", "URWGothic-Book.otf", "URWGothic-Demi.otf"),
    ("URW Bookman", "URWBookman-Light.otf", "URWBookman-Demi.otf"),
    ("C059", "C059-Roman.otf", "C059-Bold.otf"),
    ("P052", "P052-Roman.otf", "P052-Bold.otf"),
    ("Nimbus Sans Narrow", "NimbusSansNarrow-Regular.otf", "NimbusSansNarrow-Bold.otf"),
    ("Noto Sans Italic", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf"),
]


def _find(name: str) -> str | None:
    for d in FONT_DIRS:
        p = os.path.join(d, name)
        if os.path.exists(p):
            return p
    return None


def available_families() -> list[tuple[str, str, str]]:
    out = []
    for fam, r, b in FAMILIES:
        pr, pb = _find(r), _find(b)
        if pr and pb:
            out.append((fam, pr, pb))
    return out


ICON_FONT = _find("DejaVuSans.ttf")
FONT_PACKAGES = (
    "fonts-liberation",
    "fonts-freefont-ttf",
    "fonts-noto-core",
    "fonts-urw-base35",
    "fonts-dejavu-core",
)

LABELS = {
    "DE": {
        "work": ["Tel.", "Telefon", "T", "Fon", "Tel", "☎"],
        "cell": ["Mobil", "Mobil:", "M", "Handy", "Mob."],
        "fax": ["Fax", "F", "Telefax", "Fax:"],
        "email": ["E-Mail", "E-Mail:", "E", "", "✉"],
        "web": ["", "Web", "Internet:"],
    },
    "AT": {
        "work": ["Tel.", "T", "Tel.:", "☎"],
        "cell": ["Mobil", "M", "Mobil:"],
        "fax": ["Fax", "F"],
        "email": ["E-Mail:", "E", ""],
        "web": ["", "Web:"],
    },
    "CH": {
        "work": ["Tel.", "Direkt", "T", "Telefon", "☎"],
        "cell": ["Mobile", "Mobil", "M", "Natel"],
        "fax": ["Fax", "F"],
        "email": ["E-Mail", "", "E"],
        "web": ["", "www"],
    },
    "FR": {
        "work": ["Tél.", "Tél :", "T.", "Tel", "Ligne directe", "☎"],
        "cell": ["Mob.", "Portable", "Port.", "M."],
        "fax": ["Fax", "Fax :", "F."],
        "email": ["E-mail :", "Courriel :", "", "✉"],
        "web": ["", "Site :"],
    },
    "IT": {
        "work": ["Tel.", "T.", "Tel:", "☎"],
        "cell": ["Cell.", "Cellulare", "Mob.", "M."],
        "fax": ["Fax", "F."],
        "email": ["e-mail", "E-mail:", "", "✉"],
        "web": ["", "www"],
    },
    "ES": {
        "work": ["Tel.", "Tlf.", "T.", "Teléfono", "☎"],
        "cell": ["Móvil", "Móv.", "M."],
        "fax": ["Fax", "Fax:"],
        "email": ["Email", "E-mail:", "", "✉"],
        "web": ["", "Web"],
    },
    "PL": {
        "work": ["tel.", "Tel.", "T:", "☎"],
        "cell": ["tel. kom.", "kom.", "Mobile", "GSM"],
        "fax": ["fax", "Fax:"],
        "email": ["e-mail:", "E-mail:", "", "✉"],
        "web": ["", "www:"],
    },
    "NL": {
        "work": ["T", "Tel.", "T:", "☎"],
        "cell": ["M", "Mob.", "M:", "Mobiel"],
        "fax": ["F", "Fax"],
        "email": ["E", "E:", "", "✉"],
        "web": ["W", "", "I:"],
    },
    "GB": {
        "work": ["T:", "Tel:", "DDI:", "T", "☎", "Direct:"],
        "cell": ["M:", "Mob:", "Mobile:", "M"],
        "fax": ["F:", "Fax:"],
        "email": ["E:", "Email:", "", "✉"],
        "web": ["W:", "", "Web:"],
    },
    "US": {
        "work": ["Office", "O:", "P:", "Direct", "Tel", "☎", "T"],
        "cell": ["Cell", "C:", "Mobile", "M:"],
        "fax": ["Fax", "F:"],
        "email": ["", "Email:", "E:", "✉"],
        "web": ["", "Web:"],
    },
    "JP": {
        "work": ["TEL", "TEL:", "Tel.", "T"],
        "cell": ["Mobile", "Mobile:", "Cell", "M"],
        "fax": ["FAX", "FAX:", "F"],
        "email": ["E-mail:", "E-mail", "Mail:", ""],
        "web": ["URL:", "URL", ""],
    },
}
TAGLINES = {
    "DE": [
        "Ihr Partner für Antriebstechnik",
        "Qualität seit 1952",
        "Präzision aus Leidenschaft",
        "Mitglied der Gruppe",
    ],
    "AT": ["Seit 1898 in Familienbesitz", "Ihr Logistikpartner"],
    "CH": ["Swiss Made", "Präzision seit 1921"],
    "FR": ["Votre partenaire industriel", "L'excellence au service de nos clients"],
    "IT": ["Dal 1960 al vostro servizio", "Qualità Made in Italy"],
    "ES": ["Soluciones integrales", "Desde 1975"],
    "PL": ["Partner w biznesie", "Jakość od 1991"],
    "NL": ["Sterk in techniek", "Uw partner in logistiek"],
    "GB": ["Engineering Excellence", "Trusted since 1887", "Part of the Meridian Group"],
    "US": ["Engineering Excellence", "Innovation that delivers", "An ISO 9001 certified company"],
    "JP": ["Engineering Excellence", "Creating the future", "ISO 14001 certified"],
}
PREFIX = {
    "DE": ["Dr.", "Dipl.-Ing.", "Dipl.-Kfm.", "Prof. Dr.-Ing.", "Dipl.-Ing. (FH)"],
    "AT": ["Mag.", "DI", "Ing.", "Dr."],
    "CH": ["Dr.", "Dr. sc. techn."],
    "IT": ["Dott.", "Ing.", "Dott. Ing.", "Arch."],
    "PL": ["mgr inż.", "dr inż.", "mgr"],
    "FR": ["Dr"],
    "ES": ["Dr."],
    "NL": ["ir.", "drs.", "ing."],
    "US": [],
    "GB": [],
    "JP": [],
}
POSTNOMINAL = {
    "US": ["PhD", "P.E.", "CPA", "MBA"],
    "GB": ["MBA", "FCA", "CEng MIMechE"],
    "CH": ["lic. oec. HSG", "dipl. Ing. ETH"],
}

PALETTES = [
    ((255, 255, 255), (20, 20, 20), (0, 82, 147)),
    ((250, 250, 246), (40, 40, 40), (170, 30, 40)),
    ((255, 255, 255), (60, 60, 60), (0, 120, 80)),
    ((245, 242, 235), (30, 30, 30), (120, 90, 40)),
    ((255, 255, 255), (10, 10, 10), (230, 120, 0)),
    ((252, 252, 255), (50, 55, 70), (90, 40, 140)),
    ((255, 255, 255), (90, 90, 90), (0, 150, 200)),  # low-contrast grey text
    ((30, 35, 45), (235, 235, 235), (240, 190, 60)),  # dark card, light text
]


class Fonts:
    def __init__(self, regular: str, bold: str):
        self.paths = {"r": regular, "b": bold}
        self.cache: dict = {}

    def get(self, weight: str, size: int) -> ImageFont.FreeTypeFont:
        k = (weight, size)
        if k not in self.cache:
            self.cache[k] = ImageFont.truetype(self.paths[weight], size)
        return self.cache[k]


def pt(points: float) -> int:
    return max(8, round(points * DPI / 72))


def text_w(font, s: str, tracking: float = 0.0) -> int:
    if not s:
        return 0
    if tracking:
        return int(sum(font.getlength(c) for c in s) + tracking * (len(s) - 1))
    return int(font.getlength(s))


def draw_text(
    draw: ImageDraw.ImageDraw, x: float, y: float, s: str, font, fill, tracking: float = 0.0
):
    if not tracking:
        draw.text((x, y), s, font=font, fill=fill)
        return
    for c in s:
        draw.text((x, y), c, font=font, fill=fill)
        x += font.getlength(c) + tracking


class Line:
    def __init__(
        self,
        text: str,
        weight: str,
        size: float,
        color,
        tracking: float = 0.0,
        icon: str = "",
        role: str = "",
    ):
        self.text = text
        self.weight = weight
        self.size = size
        self.color = color
        self.tracking = tracking
        self.icon = icon
        self.role = role


def render_lines(img, fonts: Fonts, lines: list, box, align: str, scale: float = 1.0):
    """Lay out lines inside box=(x0,y0,x1,y1); shrink until they fit."""
    draw = ImageDraw.Draw(img)
    x0, y0, x1, y1 = box
    icon_font_cache: dict = {}
    for _attempt in range(12):
        total = 0
        widths = []
        for ln in lines:
            if ln.text == "":
                total += pt(ln.size * scale) * 0.5
                widths.append(0)
                continue
            f = fonts.get(ln.weight, pt(ln.size * scale))
            w = text_w(f, ln.text, ln.tracking * scale)
            if ln.icon:
                w += pt(ln.size * scale) * 1.6
            widths.append(w)
            total += pt(ln.size * scale) * 1.32
        if total <= (y1 - y0) and max([*widths, 0]) <= (x1 - x0):
            break
        scale *= 0.92
    y = y0
    for ln, w in zip(lines, widths, strict=True):
        size = pt(ln.size * scale)
        if ln.text == "":
            y += size * 0.5
            continue
        f = fonts.get(ln.weight, size)
        if align == "center":
            x = x0 + ((x1 - x0) - w) / 2
        elif align == "right":
            x = x1 - w
        else:
            x = x0
        if ln.icon:
            if size not in icon_font_cache:
                icon_font_cache[size] = ImageFont.truetype(ICON_FONT, size) if ICON_FONT else f
            draw.text((x, y), ln.icon, font=icon_font_cache[size], fill=ln.color)
            x += size * 1.6
        draw_text(draw, x, y, ln.text, f, ln.color, ln.tracking * scale)
        y += size * 1.32
    return scale


def draw_logo(img, rng: random.Random, fonts: Fonts, box, accent, company_short: str, bg):
    draw = ImageDraw.Draw(img)
    x0, y0, x1, y1 = (int(v) for v in box)
    w, h = x1 - x0, y1 - y0
    s = min(w, h)
    kind = rng.choice(["circle", "square", "triangle", "bars", "monogram", "wordmark"])
    letters = "".join(p[0] for p in company_short.replace("&", " ").split()[:2]).upper() or "X"
    if kind == "circle":
        draw.ellipse([x0, y0, x0 + s, y0 + s], fill=accent)
        f = fonts.get("b", int(s * 0.45))
        tw = text_w(f, letters)
        draw.text((x0 + (s - tw) / 2, y0 + s * 0.22), letters, font=f, fill=bg)
    elif kind == "square":
        draw.rounded_rectangle([x0, y0, x0 + s, y0 + s], radius=int(s * 0.15), fill=accent)
        f = fonts.get("b", int(s * 0.5))
        draw.text((x0 + s * 0.12, y0 + s * 0.18), letters[:1], font=f, fill=bg)
    elif kind == "triangle":
        draw.polygon([(x0, y0 + s), (x0 + s / 2, y0), (x0 + s, y0 + s)], fill=accent)
    elif kind == "bars":
        for i in range(4):
            bh = s * (0.3 + 0.18 * i)
            draw.rectangle(
                [x0 + i * s / 4, y0 + s - bh, x0 + i * s / 4 + s / 5, y0 + s], fill=accent
            )
    elif kind == "monogram":
        f = fonts.get("b", int(s * 0.8))
        draw.text((x0, y0 - s * 0.05), letters, font=f, fill=accent)
    else:
        # a word mark: the company short name, stylised (logo text duplicates the company line)
        word = (
            company_short.split()[0].lower()
            if rng.random() < 0.5
            else company_short.split()[0].upper()
        )
        size = int(h * 0.55)
        f = fonts.get("b", size)
        while text_w(f, word) > w and size > 10:
            size = int(size * 0.9)
            f = fonts.get("b", size)
        draw.text((x0, y0), word, font=f, fill=accent)
        draw.rectangle(
            [
                x0,
                y0 + size * 1.15,
                x0 + min(w, text_w(f, word)),
                y0 + size * 1.15 + max(3, size // 10),
            ],
            fill=accent,
        )
    return kind


# ------------------------------------------------------------------------------------------------
# content
# ------------------------------------------------------------------------------------------------


def make_content(rng: random.Random, country: str, used_domains: set) -> dict:
    loc = country if country in D.FAMILY else "DE"
    lang = D.LANG[country]
    gender = rng.choice("mf")
    given, _nicks = rng.choice(D.GIVEN[lang][gender])
    fams = D.FAMILY[loc]
    family = fams[min(int(len(fams) * rng.random() ** 1.5), len(fams) - 1)]
    if country == "ES" and rng.random() < 0.7:
        f2 = rng.choice(fams)
        if f2 != family:
            family = f"{family} {f2}"
    if gender == "f":
        family = D.feminine(country, family)
    if country == "JP":
        given, family = D.strip_accents(given.replace("'", "")), D.ascii_name("JP", family, rng)
    company = D.make_company(rng, "c", country, used_domains)
    addr = company.address
    title_lang = D.title_lang(country) if rng.random() < 0.75 else "EN"
    title = rng.choice(D.TITLES[title_lang])
    dept = rng.choice(D.DEPARTMENTS[title_lang]) if rng.random() < 0.35 else ""
    if rng.random() < 0.12:
        dept = rng.choice(
            [
                "Management Section",
                "Engineering Excellence",
                "Corporate Strategy Office",
                "Global Procurement Center",
            ]
        )
    prefix = rng.choice(PREFIX.get(country) or [""]) if rng.random() < 0.25 else ""
    postnominal = (
        rng.choice(POSTNOMINAL[country]) if country in POSTNOMINAL and rng.random() < 0.15 else ""
    )
    suffix = "Jr." if country == "US" and rng.random() < 0.04 else ""
    email = D.email_local(company.email_format, given, family, country) + "@" + company.domain
    phones = []  # (e164, kind, text)
    intl = rng.random() < 0.45 or (country == "CH" and rng.random() < 0.5)
    style = "intl" if intl else "national"
    r = rng.random()
    if r < 0.5:
        e, _ext = D.direct_dial(rng, addr, company.dd_base, company.used_phones)
        phones.append((e, "work", D.format_phone(rng, e, country, style)))
    elif r < 0.75:
        text = D.switchboard_text(rng, company.main_e164, company.dd_base, country, style)
        phones.append((company.main_e164, "work", text))
    else:
        phones.append(
            (company.main_e164, "work", D.format_phone(rng, company.main_e164, country, style))
        )
    if rng.random() < 0.65:
        mc = country
        if rng.random() < 0.08:
            # cross-border commuter: a Swiss card with a German mobile
            mc = {"CH": "DE", "AT": "DE", "NL": "DE", "DE": "AT", "FR": "CH", "GB": "FR"}.get(
                country, country
            )
        m = D.mobile(rng, mc)
        phones.append((m, "cell", D.format_phone(rng, m, mc, "intl" if mc != country else style)))
    if rng.random() < 0.35:
        phones.append(
            (company.fax_e164, "fax", D.format_phone(rng, company.fax_e164, country, style))
        )
    url = company.web if rng.random() < 0.8 else ""
    return {
        "country": country,
        "given": given,
        "family": family,
        "prefix": prefix,
        "postnominal": postnominal,
        "suffix": suffix,
        "title": title,
        "department": dept,
        "company": company.name,
        "company_short": company.short_name(),
        "email": email if rng.random() < 0.95 else "",
        "phones": phones,
        "url": url,
        "address": addr.lines()
        + ([D.COUNTRY_NAME[country]] if intl and country not in ("JP",) else []),
        "tagline": rng.choice(TAGLINES.get(country, ["Engineering Excellence"]))
        if rng.random() < 0.25
        else "",
    }


def display_name(rng: random.Random, c: dict, style: dict) -> str:
    g, f = c["given"], c["family"]
    if c["country"] == "JP":
        if rng.random() < 0.5:
            n = f"{f.upper()} {g}"
            style["jp_family_first"] = True
        else:
            n = f"{g} {f.upper()}"
    else:
        n = f"{g} {f}"
    if c["suffix"]:
        n += f" {c['suffix']}"
    if c["prefix"]:
        n = f"{c['prefix']} {n}"
    if c["postnominal"]:
        n += f", {c['postnominal']}"
    if style.get("caps_name"):
        n = n.upper()
    return n


def contact_lines(rng: random.Random, c: dict, ink, size: float, accent) -> list:
    labels = LABELS[c["country"]]
    sep = rng.choice([" ", ": ", " | ", "  "])
    out = []
    order = ["work", "cell", "fax"]
    if rng.random() < 0.3:
        order = ["cell", "work", "fax"]
    by = {k: [p for p in c["phones"] if p[1] == k] for k in order}
    icon_style = rng.random() < 0.2
    two_on_one = rng.random() < 0.25 and len(c["phones"]) >= 2
    phone_texts = []
    for k in order:
        for _e, _kind, text in by[k]:
            lab = rng.choice(labels[k])
            if icon_style and k in ("work", "cell"):
                phone_texts.append(("☎" if k == "work" else "✆", text))
            elif lab in ("☎",):
                phone_texts.append(("☎", text))
            else:
                phone_texts.append(
                    ("", f"{lab}{sep if lab[-1:] != ':' else ' '}{text}" if lab else text)
                )
    if two_on_one:
        a, b = phone_texts[0], phone_texts[1]
        out.append(Line(f"{a[1]}   {b[1]}" if not a[0] else a[1], "r", size, ink, icon=a[0]))
        if a[0]:
            out.append(Line(b[1], "r", size, ink, icon=b[0]))
        phone_texts = phone_texts[2:]
    for icon, t in phone_texts:
        out.append(Line(t, "r", size, ink, icon=icon))
    if c["email"]:
        lab = rng.choice(labels["email"])
        if lab == "✉":
            out.append(Line(c["email"], "r", size, ink, icon="✉"))
        else:
            out.append(Line(f"{lab} {c['email']}" if lab else c["email"], "r", size, ink))
    if c["url"]:
        lab = rng.choice(labels["web"])
        if lab.lower().startswith("www") and c["url"].startswith("www"):
            lab = ""
        out.append(
            Line(
                f"{lab} {c['url']}" if lab else c["url"],
                "r",
                size,
                accent if rng.random() < 0.3 else ink,
            )
        )
    return out


def render_card(rng: random.Random, c: dict, families: list) -> tuple[Image.Image, dict]:
    region = "JP" if c["country"] == "JP" else ("US" if c["country"] == "US" else "EU")
    wmm, hmm = SIZES[region]
    W, H = int(wmm / 25.4 * DPI), int(hmm / 25.4 * DPI)
    fam_name, rp, bp = rng.choice(families)
    fonts = Fonts(rp, bp)
    bg, ink, accent = rng.choice(PALETTES)
    img = Image.new("RGB", (W, H), bg)
    draw = ImageDraw.Draw(img)
    style = {"font": fam_name, "palette": PALETTES.index((bg, ink, accent))}
    style["caps_name"] = rng.random() < 0.3
    style["wide_spacing"] = rng.random() < 0.2
    style["caps_company"] = rng.random() < 0.3
    layout = rng.choice(
        ["classic_left", "centered", "two_column", "band", "right_aligned", "logo_top"]
    )
    if c["country"] == "JP" and rng.random() < 0.6:
        layout = "jp_meishi"
    style["layout"] = layout
    name = display_name(rng, c, style)
    name_size = rng.uniform(11, 15)
    tracking = pt(name_size) * rng.uniform(0.25, 0.6) if style["wide_spacing"] else 0.0
    company_text = c["company"].upper() if style["caps_company"] else c["company"]
    name_line = Line(
        name, "b", name_size, ink if rng.random() < 0.7 else accent, tracking, role="name"
    )
    title_lines = [Line(c["title"], "r", rng.uniform(7.5, 9), ink, role="title")]
    if c["department"]:
        dl = Line(c["department"], "r", rng.uniform(7, 8.5), ink, role="department")
        if rng.random() < 0.5:
            title_lines.insert(0, dl)
        else:
            title_lines.append(dl)
    company_line = Line(
        company_text, "b" if rng.random() < 0.6 else "r", rng.uniform(8, 11), accent, role="company"
    )
    small = rng.uniform(6.3, 7.8)
    contacts = contact_lines(rng, c, ink, small, accent)
    addr_lines = (
        [Line(a, "r", small, ink, role="address") for a in c["address"]]
        if rng.random() < 0.8
        else []
    )
    style["address_printed"] = bool(addr_lines)
    if addr_lines and rng.random() < 0.3:
        addr_lines = [Line(" · ".join(c["address"]), "r", small * 0.95, ink, role="address")]
    tag = [Line(c["tagline"], "r", small, accent)] if c["tagline"] else []
    m = int(W * 0.06)
    logo_box = None
    if layout == "classic_left":
        logo_box = (m, m, m + H * 0.22, m + H * 0.22)
        render_lines(
            img, fonts, [company_line, *tag], (m + H * 0.26, m, W - m, m + H * 0.25), "left"
        )
        render_lines(img, fonts, [name_line, *title_lines], (m, H * 0.36, W - m, H * 0.62), "left")
        render_lines(img, fonts, contacts + addr_lines, (m, H * 0.62, W - m, H - m * 0.6), "left")
    elif layout == "centered":
        logo_box = (W / 2 - H * 0.09, m * 0.7, W / 2 + H * 0.09, m * 0.7 + H * 0.18)
        render_lines(img, fonts, [company_line], (m, H * 0.26, W - m, H * 0.36), "center")
        render_lines(
            img, fonts, [name_line, *title_lines], (m, H * 0.38, W - m, H * 0.62), "center"
        )
        render_lines(img, fonts, contacts + addr_lines, (m, H * 0.63, W - m, H - m * 0.5), "center")
    elif layout == "two_column":
        logo_box = (m, m, m + H * 0.18, m + H * 0.18)
        split = W * rng.uniform(0.46, 0.54)
        draw.line([(split, m), (split, H - m)], fill=accent, width=max(2, W // 400))
        render_lines(
            img,
            fonts,
            [name_line, *title_lines, Line("", "r", 6, ink), company_line, *tag],
            (m, H * 0.32, split - m / 2, H - m),
            "left",
        )
        render_lines(
            img,
            fonts,
            [*contacts, Line("", "r", 5, ink), *addr_lines],
            (split + m / 2, m, W - m, H - m),
            "left",
        )
    elif layout == "band":
        bw = int(W * rng.uniform(0.22, 0.3))
        draw.rectangle([0, 0, bw, H], fill=accent)
        logo_box = (bw * 0.2, H * 0.1, bw * 0.8, H * 0.1 + bw * 0.6)
        render_lines(img, fonts, [name_line, *title_lines], (bw + m, m, W - m, H * 0.4), "left")
        render_lines(img, fonts, [company_line], (bw + m, H * 0.42, W - m, H * 0.52), "left")
        render_lines(
            img, fonts, contacts + addr_lines, (bw + m, H * 0.55, W - m, H - m * 0.5), "left"
        )
    elif layout == "right_aligned":
        logo_box = (m, m, m + H * 0.3, m + H * 0.3)
        render_lines(img, fonts, [name_line, *title_lines], (W * 0.35, m, W - m, H * 0.35), "right")
        render_lines(img, fonts, [company_line, *tag], (m, H * 0.42, W * 0.5, H * 0.56), "left")
        render_lines(
            img, fonts, contacts + addr_lines, (W * 0.42, H * 0.45, W - m, H - m * 0.5), "right"
        )
    elif layout == "logo_top":
        logo_box = (m, m * 0.7, m + W * 0.35, m * 0.7 + H * 0.15)
        render_lines(img, fonts, [name_line, *title_lines], (m, H * 0.3, W - m, H * 0.55), "left")
        render_lines(
            img, fonts, [company_line, *addr_lines], (m, H * 0.6, W * 0.5, H - m * 0.5), "left"
        )
        render_lines(img, fonts, contacts, (W * 0.5, H * 0.6, W - m, H - m * 0.5), "right")
    else:  # jp_meishi: company top-left, title above a big centred name, details at the bottom
        logo_box = (m, m, m + H * 0.12, m + H * 0.12)
        render_lines(
            img,
            fonts,
            [company_line, *([Line(c["department"], "r", 7.5, ink)] if c["department"] else [])],
            (m + H * 0.15, m, W - m, H * 0.25),
            "left",
        )
        nl = Line(name, "b", name_size * 1.2, ink, tracking, role="name")
        render_lines(
            img,
            fonts,
            [Line(c["title"], "r", 7.5, ink), nl],
            (m, H * 0.3, W - m, H * 0.58),
            "center",
        )
        render_lines(img, fonts, addr_lines + contacts, (m, H * 0.62, W - m, H - m * 0.4), "left")
    if logo_box and rng.random() < 0.85:
        style["logo"] = draw_logo(img, rng, fonts, logo_box, accent, c["company_short"], bg)
    return img, style


# ------------------------------------------------------------------------------------------------
# photo simulation
# ------------------------------------------------------------------------------------------------


def _solve(a: list, b: list) -> list:
    n = len(b)
    m = [[*row[:], b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                for k in range(col, n + 1):
                    m[r][k] -= f * m[col][k]
    return [m[i][n] / m[i][i] for i in range(n)]


def perspective_coeffs(dst: list, src: list) -> list:
    """Image.transform(PERSPECTIVE) coefficients mapping output points dst to input points src."""
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    return _solve(a, b)


def background(rng: random.Random, size) -> Image.Image:
    W, H = size
    kind = rng.choice(["wood", "desk", "fabric", "paper"])
    base = {
        "wood": (150, 105, 65),
        "desk": (rng.randint(170, 215),) * 3,
        "fabric": (60, 70, 95),
        "paper": (225, 220, 205),
    }[kind]
    sw, sh = W // 16, H // 16
    small = Image.new("RGB", (sw, sh), base)
    if kind == "wood":
        px = small.load()
        for y in range(sh):
            for x in range(sw):
                n = int(14 * math.sin(y * 0.7 + math.sin(x * 0.1) * 3))
                px[x, y] = tuple(max(0, min(255, c + n)) for c in base)
    img = small.resize((W, H), Image.BILINEAR)
    # grain: deterministic noise from our own generator, at half resolution
    noise = Image.frombytes("L", (W // 2, H // 2), rng.randbytes((W // 2) * (H // 2)))
    noise = noise.resize((W, H), Image.BILINEAR).point(lambda v: 128 + (v - 128) // 6)
    return ImageChops.add(img, Image.merge("RGB", [noise] * 3), scale=1.0, offset=-128)


def _blur_small(im: Image.Image, radius: float, f: int = 4) -> Image.Image:
    """A wide Gaussian blur done at 1/f scale (fast on 2 cores)."""
    w, h = im.size
    return (
        im.resize((w // f, h // f), Image.BILINEAR)
        .filter(ImageFilter.GaussianBlur(radius / f))
        .resize((w, h), Image.BILINEAR)
    )


def photo(rng: random.Random, card: Image.Image) -> tuple[Image.Image, dict]:
    cw, ch = card.size
    W, H = (2016, 1512) if rng.random() < 0.7 else (1600, 1200)
    info: dict = {}
    bg = background(rng, (W, H))
    # where the card's corners land: a centred quad with random perspective and rotation
    scale = rng.uniform(0.55, 0.8) * W / cw
    ang = math.radians(rng.uniform(-12, 12))
    cx, cy = W / 2 + rng.uniform(-0.08, 0.08) * W, H / 2 + rng.uniform(-0.08, 0.08) * H
    hw, hh = cw * scale / 2, ch * scale / 2
    corners = []
    for sx, sy in [(-1, -1), (1, -1), (1, 1), (-1, 1)]:
        x, y = sx * hw, sy * hh
        # keystone: the far edge (top) is narrower
        k = rng.uniform(0.0, 0.12)
        if sy < 0:
            x *= 1 - k
        x += rng.uniform(-0.03, 0.03) * W
        y += rng.uniform(-0.03, 0.03) * H
        xr = x * math.cos(ang) - y * math.sin(ang)
        yr = x * math.sin(ang) + y * math.cos(ang)
        corners.append((cx + xr, cy + yr))
    info["rotation_deg"] = round(math.degrees(ang), 1)
    src = [(0, 0), (cw, 0), (cw, ch), (0, ch)]
    coeffs = perspective_coeffs(corners, src)
    warped = card.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", (cw, ch), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    # drop shadow
    shadow = _blur_small(mask, 18)
    off = (rng.randint(6, 30), rng.randint(6, 30))
    shadow = ImageChops.offset(shadow, *off)
    dark = Image.new("RGB", (W, H), (0, 0, 0))
    bg = Image.composite(dark, bg, shadow.point(lambda v: int(v * 0.55)))
    out = Image.composite(warped, bg, mask)
    # uneven light: a gradient multiply, sometimes a hard shadow of the phone across the card
    side = int(math.hypot(W, H)) + 2
    grad = (
        Image.linear_gradient("L")
        .resize((side, side))
        .rotate(rng.uniform(0, 360), resample=Image.BILINEAR)
    )
    grad = grad.crop(((side - W) // 2, (side - H) // 2, (side - W) // 2 + W, (side - H) // 2 + H))
    lo = rng.randint(120, 200)
    grad = grad.point(lambda v, lo=lo: lo + (255 - lo) * v // 255)
    out = ImageChops.multiply(out, Image.merge("RGB", [grad] * 3))
    if rng.random() < 0.3:
        sh = Image.new("L", (W, H), 255)
        d = ImageDraw.Draw(sh)
        x0 = rng.randint(0, W // 2)
        d.polygon(
            [(x0, 0), (x0 + W // 3, 0), (x0 + W // 4, H), (x0 - W // 6, H)],
            fill=rng.randint(140, 190),
        )
        sh = _blur_small(sh, 25)
        out = ImageChops.multiply(out, Image.merge("RGB", [sh] * 3))
        info["hard_shadow"] = True
    # colour cast
    r, g, b = out.split()
    cast = rng.choice([(1.0, 1.0, 1.0), (1.05, 1.0, 0.88), (0.92, 0.97, 1.06)])
    out = Image.merge(
        "RGB",
        [
            ch.point(lambda v, f=f: min(255, int(v * f)))
            for ch, f in zip((r, g, b), cast, strict=True)
        ],
    )
    blur = rng.choice([0, 0.6, 1.0, 1.4, 2.0])
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    info["blur"] = blur
    # sensor noise
    amp = rng.choice([5, 8, 12])
    noise = Image.frombytes("L", (W, H), rng.randbytes(W * H)).point(
        lambda v, a=amp: 128 + (v - 128) * a // 128
    )
    out = ImageChops.add(out, Image.merge("RGB", [noise] * 3), scale=1.0, offset=-128)
    # orientation: phones store pixels as the sensor sees them and set the EXIF tag
    r = rng.random()
    exif_tag, upright = 1, True
    if r < 0.25:
        # pixels rotated, tag correct (honour it and you get the card upright)
        exif_tag = rng.choice([6, 8, 3])
        rot = {6: 90, 8: 270, 3: 180}[exif_tag]
        out = out.rotate(rot, expand=True)  # Image.rotate is counter-clockwise
        info["exif"] = "correct"
    elif r < 0.4:
        # wrong tag: pixels upright, tag says rotate
        exif_tag = rng.choice([6, 8, 3])
        info["exif"] = "wrong"
        upright = True
    elif r < 0.5:
        # no tag, pixels upside-down or sideways (card photographed the other way round)
        rot = rng.choice([90, 180, 270])
        out = out.rotate(rot, expand=True)
        info["exif"] = "none"
        info["pixels_rotated_ccw"] = rot
        upright = False
    else:
        info["exif"] = "absent" if rng.random() < 0.5 else "normal"
        exif_tag = 1 if info["exif"] == "normal" else 0
    info["exif_orientation"] = exif_tag
    info["pixels_upright"] = upright if info["exif"] != "correct" else False
    # what a reader that applies the EXIF tag blindly gets
    info["upright_after_exif_transpose"] = info["exif"] in ("correct", "normal", "absent")
    info["jpeg_quality"] = rng.choice([55, 65, 72, 80, 88])
    return out, info


def save_photo(img: Image.Image, path: str, info: dict):
    kw = {"quality": info["jpeg_quality"]}
    if info["exif_orientation"]:
        ex = Image.Exif()
        ex[0x0112] = info["exif_orientation"]
        ex[0x010F] = "Generic"
        ex[0x0110] = "Phone Camera"
        kw["exif"] = ex.tobytes()
    buf = io.BytesIO()
    img.save(buf, "JPEG", **kw)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=60)
    ap.add_argument("--kind", choices=["scan", "photo"], default="scan")
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    rng = random.Random(a.seed * 1000 + (1 if a.kind == "photo" else 0))
    families = available_families()
    if not families:
        sys.exit("no fonts found: apt-get install fonts-liberation fonts-dejavu-core")
    if len(families) < len(FAMILIES):
        # Cards printed in a few faces measure a reader on those faces only: say so every run.
        missing = sorted({f for f, _, _ in FAMILIES} - {f for f, _, _ in families})
        print(
            f"warning: {len(families)} of {len(FAMILIES)} font families installed; missing "
            f"{', '.join(missing)} (apt-get install {' '.join(FONT_PACKAGES)})",
            file=sys.stderr,
        )
    os.makedirs(a.out, exist_ok=True)
    used: set = set()
    from collections import Counter

    counts: Counter = Counter()
    with open(os.path.join(a.out, "truth.jsonl"), "w", encoding="utf-8") as tf:
        for i in range(a.count):
            country = COUNTRIES[i % len(COUNTRIES)] if i < len(COUNTRIES) else rng.choice(COUNTRIES)
            c = make_content(rng, country, used)
            card, style = render_card(rng, c, families)
            ext = "png" if a.kind == "scan" else "jpg"
            fname = f"card-{i + 1:03d}.{ext}"
            extra: dict = {}
            if a.kind == "scan":
                # flatbed: slight skew, a faint grey border, sometimes a little noise; 300 dpi
                if rng.random() < 0.5:
                    card = card.rotate(
                        rng.uniform(-1.5, 1.5),
                        resample=Image.BICUBIC,
                        expand=True,
                        fillcolor=(250, 250, 250),
                    )
                if rng.random() < 0.3:
                    card = card.filter(ImageFilter.GaussianBlur(0.5))
                card.save(os.path.join(a.out, fname), dpi=(DPI, DPI))
            else:
                img, extra = photo(rng, card)
                save_photo(img, os.path.join(a.out, fname), extra)
            name = f"{c['given']} {c['family']}" + (f" {c['suffix']}" if c["suffix"] else "")
            truth = {
                "file": fname,
                "name": name,
                "title": c["title"],
                "company": c["company"],
                "emails": [c["email"]] if c["email"] else [],
                "phones": [{"e164": e, "kind": k} for e, k, _t in c["phones"]],
                "url": c["url"],
                "address": ", ".join(c["address"]) if style.get("address_printed") else "",
                "department": c["department"],
                "prefix": c["prefix"],
                "postnominal": c["postnominal"],
                "country": country,
                "phones_printed": [t for _e, _k, t in c["phones"]],
                "style": style,
                "photo": extra,
            }
            tf.write(json.dumps(truth, ensure_ascii=False) + "\n")
            counts[country] += 1
            counts["layout:" + style["layout"]] += 1
            if style["caps_name"]:
                counts["caps_name"] += 1
            if style["wide_spacing"]:
                counts["wide_spacing"] += 1
            if extra.get("exif") == "wrong":
                counts["wrong_exif"] += 1
    print(f"wrote {a.count} {a.kind} cards to {a.out}")
    print("stats:", dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
