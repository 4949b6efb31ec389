"""Harder generated cards, for tuning card_scan: the ways real cards differ from the tidy ones.

On top of ``cardgen``: companies and phones of eight countries (legal forms such as "Co., Ltd.",
"K.K.", "GmbH & Co. KG", "S.p.A.", "Sp. z o.o."; national number formats with and without the
country code; a mobile of another country), names in capitals or letter-spaced, a department
line beside the title, unusual phone labels ("Pax", "Direct line", a phone sign), other fonts,
a company line the width of the card, and photos turned by 90 or 180 degrees, some with a wrong
EXIF orientation tag.

Writes the same folder layout as the blind generator (images and ``truth.jsonl``), so one
harness scores both::

    python tests/card_scan/cardgen_world.py --seed 1 --count 60 --kind photo --out DIR
"""

from __future__ import annotations

import argparse
import io
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

import cardgen
import phonenumbers
from PIL import Image, ImageDraw, ImageFont

FONT_FILES = [
    ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
     "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
    ("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
     "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"),
    ("/usr/share/fonts/truetype/freefont/FreeSans.ttf",
     "/usr/share/fonts/truetype/freefont/FreeSansBold.ttf"),
    (f"{cardgen.FONT_DIR}/DejaVuSans.ttf", f"{cardgen.FONT_DIR}/DejaVuSans-Bold.ttf"),
    (f"{cardgen.FONT_DIR}/DejaVuSerif.ttf", f"{cardgen.FONT_DIR}/DejaVuSerif-Bold.ttf"),
]  # fmt: skip

# (legal forms, tld, phone templates (# = digit), mobile templates, address lines, country)
COUNTRIES = {
    "US": (["Inc.", "LLC", "Corp."], "com", ["(2##) 5##-####", "+1 4## 3##-####"],
           ["(3##) 8##-####"], ["{n} Market Street", "Austin, TX 787{d}{d}"], "USA"),
    "DE": (["GmbH", "AG", "GmbH & Co. KG", "SE"], "de", ["+49 30 ### ####", "089 #### ###"],
           ["+49 151 ########", "0171 #######"], ["Hauptstraße {n}", "10115 Berlin"], "Germany"),
    "CH": (["AG", "GmbH", "SA", "Sàrl"], "ch", ["+41 44 ### ## ##", "044 ### ## ##"],
           ["+41 79 ### ## ##", "078 ### ## ##"], ["Bahnhofstrasse {n}", "8001 Zürich"],
           "Switzerland"),
    "JP": (["Co., Ltd.", "K.K.", "Corporation", "Inc."], "co.jp", ["03-####-####",
           "+81 3 #### ####", "06-####-####"], ["090-####-####", "+81 80 #### ####"],
           ["1-{d}-{d} Marunouchi, Chiyoda-ku", "Tokyo 100-0005"], "Japan"),
    "VN": (["Co., Ltd.", "JSC", "Corporation"], "com.vn", ["+84 28 #### ####", "028 #### ####"],
           ["+84 90 ### ####", "091 ### ####"], ["{n} Nguyen Hue Street, District 1",
           "Ho Chi Minh City"], "Vietnam"),
    "IT": (["S.p.A.", "S.r.l."], "it", ["+39 02 #### ####", "02 #### ####"],
           ["+39 347 ### ####", "333 ### ####"], ["Via Roma {n}", "20121 Milano"], "Italy"),
    "PL": (["Sp. z o.o.", "S.A."], "pl", ["+48 22 ### ## ##", "22 ### ## ##"],
           ["+48 601 ### ###", "512 ### ###"], ["ul. Marszałkowska {n}", "00-624 Warszawa"],
           "Poland"),
    "FR": (["SAS", "SARL", "S.A."], "fr", ["+33 1 ## ## ## ##", "01 ## ## ## ##"],
           ["+33 6 ## ## ## ##", "06 ## ## ## ##"], ["{n} rue de la Paix", "75002 Paris"],
           "France"),
    "GB": (["Ltd", "plc", "LLP"], "co.uk", ["+44 20 #### ####", "020 #### ####"],
           ["+44 7700 ######", "07700 ######"], ["{n} High Street", "London EC1A 1BB"],
           "United Kingdom"),
}  # fmt: skip
GIVEN = [*cardgen.GIVEN, "Kenji", "Yuki", "Minh", "Lan", "Luca", "Giulia", "Piotr", "Zofia",
         "Reto", "Ursula", "Hiroshi", "Thi", "Marco", "Agnieszka"]  # fmt: skip
FAMILY = [*cardgen.FAMILY, "Tanaka", "Suzuki", "Nguyen", "Tran", "Rossi", "Bianchi", "Kowalski",
          "Nowak", "Meier", "Brunner", "Yamamoto", "Pham", "Ferrari", "Wiśniewska"]  # fmt: skip
COMPANY_WORDS = [*cardgen.COMPANY_WORDS, ("Sakura", "Denki"), ("Mekong", "Trading"),
                 ("Vistola", "Metal"), ("Ticino", "Precision"), ("Aurora", "Holdings")]  # fmt: skip
DEPARTMENTS = ["Management Section", "Engineering Excellence", "Sales Department",
               "Research & Development", "Global Procurement Division", "Customer Success",
               "Corporate Planning Office", "Business Unit Europe"]  # fmt: skip
ODD_LABELS = ["Pax", "Direct line", "Tel./Fax", "Phone:", "\u260e", "Office:", "Hotline"]


@dataclass
class WorldSpec:
    seed: int
    region: str
    name: str
    title: str
    department: str | None
    company: str
    email: str
    url: str
    phones: list[tuple[str, str, str, str]] = field(default_factory=list)  # kind,label,text,e164
    address: list[str] = field(default_factory=list)
    name_style: str = "plain"  # plain, capitals, spaced

    def truth(self, file: str) -> dict:
        return {
            "file": file,
            "name": self.name,
            "title": self.title,
            "company": self.company,
            "emails": [self.email],
            "phones": [{"e164": e164, "kind": kind} for kind, _label, _text, e164 in self.phones],
            "url": self.url,
            "address": ", ".join(self.address),
        }


def _fill(rng: random.Random, template: str) -> str:
    return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in template)


def _number(rng: random.Random, region: str, templates: list[str]) -> tuple[str, str]:
    for _ in range(200):
        text = _fill(rng, rng.choice(templates))
        number = phonenumbers.parse(text, region)
        if phonenumbers.is_valid_number(number):
            return text, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    raise RuntimeError(f"no valid number for {region} from {templates}")


def _ascii(text: str) -> str:
    folded = cardgen._ascii(text)
    return folded.translate(str.maketrans({"ś": "s", "ł": "l", "à": "a"}))


def make_spec(seed: int) -> WorldSpec:
    rng = random.Random(seed * 101 + 7)
    region = rng.choice(list(COUNTRIES))
    forms, tld, office, mobile, address, country = COUNTRIES[region]
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    first, second = rng.choice(COMPANY_WORDS)
    company = f"{first} {second} {rng.choice(forms)}"
    if rng.random() < 0.15:
        company = f"{first} {second}"  # no legal form printed
    domain = f"{_ascii(first)}{rng.choice(['', '-' + _ascii(second)])}.{tld}"
    local = rng.choice([f"{given}.{family}", f"{given[0]}.{family}", given, "info"])
    phones = []
    text, e164 = _number(rng, region, office)
    phones.append(("work", rng.choice(["Tel", "T", "Phone", "Office", "P"]), text, e164))
    if rng.random() < 0.6:
        mobile_region = region if rng.random() < 0.8 else rng.choice(["DE", "CH", "GB", "FR"])
        templates = [t for t in COUNTRIES[mobile_region][3] if t.startswith("+")]
        text, e164 = _number(rng, mobile_region, templates if mobile_region != region else mobile)
        phones.append(("cell", rng.choice(["M", "Mobile", "Mob.", "Cell", "Handy"]), text, e164))
    if rng.random() < 0.25:
        text, e164 = _number(rng, region, office)
        phones.append(("fax", rng.choice(["F", "Fax"]), text, e164))
    if rng.random() < 0.2:  # an odd label: the number stays, its kind is work
        kind, _label, text, e164 = phones[0]
        phones[0] = (kind, rng.choice(ODD_LABELS), text, e164)
    lines = [
        line.format(n=rng.randint(1, 240), d=rng.randint(1, 9)).replace("{d}", "1")
        for line in address
    ]
    if rng.random() < 0.6:
        lines.append(country)
    return WorldSpec(
        seed=seed, region=region, name=f"{given} {family}",
        title=rng.choice(cardgen.TITLES), department=rng.choice(DEPARTMENTS)
        if rng.random() < 0.35 else None, company=company,
        email=f"{_ascii(local)}@{domain}", url=f"www.{domain}", phones=phones, address=lines,
        name_style=rng.choice(["plain", "plain", "capitals", "spaced"]),
    )  # fmt: skip


def _font(rng_choice: tuple[str, str], bold: bool, size: int) -> ImageFont.FreeTypeFont:
    try:
        return ImageFont.truetype(rng_choice[int(bold)], size)
    except OSError:  # a machine without that font: DejaVu is always there (tests install it)
        return ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans{'-Bold' * bold}.ttf", size)


def _draw_text(draw, xy, text, font, fill, anchor="la", tracking: int = 0) -> None:
    if not tracking:
        draw.text(xy, text, font=font, fill=fill, anchor=anchor)
        return
    width = sum(draw.textlength(c, font=font) + tracking for c in text) - tracking
    x, y = xy
    if anchor[0] == "m":
        x -= width / 2
    elif anchor[0] == "r":
        x -= width
    for char in text:
        draw.text((x, y), char, font=font, fill=fill, anchor="l" + anchor[1])
        x += draw.textlength(char, font=font) + tracking


def render(spec: WorldSpec) -> Image.Image:
    rng = random.Random(spec.seed * 31 + 11)
    bg, fg, accent = rng.choice(cardgen.SCHEMES[:4])
    fonts = rng.choice(FONT_FILES)
    W, H = cardgen.CARD_SIZE
    img = Image.new("RGB", (W, H), bg)
    draw = ImageDraw.Draw(img)
    name_font = _font(fonts, True, rng.randint(44, 56))
    body = _font(fonts, False, rng.randint(26, 30))
    company_font = _font(fonts, True, rng.randint(32, 40))
    name = spec.name.upper() if spec.name_style != "plain" else spec.name
    tracking = rng.randint(8, 14) if spec.name_style == "spaced" else 0
    sep = rng.choice([" ", ": ", ". "])
    contact = [
        f"{label} {text}" if label.endswith((":", ".")) else f"{label}{sep}{text}"
        for _kind, label, text, _e in spec.phones
    ]
    contact += [spec.email, spec.url]
    two_columns = rng.random() < 0.5
    if two_columns:
        # Left: who; right: how to reach them, right-aligned, small enough to fit beside.
        small = _font(fonts, False, 24)
        y = 40
        _draw_text(draw, (50, y), spec.company, company_font, accent)
        y += 70
        _draw_text(draw, (50, y), name, name_font, fg, tracking=tracking)
        y += int(name_font.size * 1.3)
        _draw_text(draw, (50, y), spec.title, body, fg)
        y += int(body.size * 1.3)
        if spec.department:
            _draw_text(draw, (50, y), spec.department, body, fg)
            y += int(body.size * 1.3)
        y = max(y + 20, 400)
        for line in spec.address:
            _draw_text(draw, (50, y), line, small, fg)
            y += int(small.size * 1.3)
        cy = 200
        for line in contact:
            _draw_text(draw, (W - 40, cy), line, small, fg, "ra")
            cy += int(small.size * 1.35)
    else:
        small = _font(fonts, False, 24)
        y = 40
        _draw_text(draw, (W // 2, y), name, name_font, fg, "ma", tracking)
        y += int(name_font.size * 1.3)
        _draw_text(draw, (W // 2, y), spec.title, body, accent, "ma")
        y += int(body.size * 1.3)
        if spec.department:
            _draw_text(draw, (W // 2, y), spec.department, body, accent, "ma")
            y += int(body.size * 1.3)
        _draw_text(draw, (W // 2, y + 8), spec.company, company_font, fg, "ma")
        y += int(company_font.size * 1.4) + 16
        lines = [" | ".join(contact[:2]), " | ".join(contact[2:]), ", ".join(spec.address)]
        for line in lines:
            while draw.textlength(line, font=small) > W - 60 and small.size > 16:
                small = _font(fonts, False, small.size - 1)
        for line in lines:
            if line:
                _draw_text(draw, (W // 2, y), line, small, fg, "ma")
                y += int(small.size * 1.35)
    return img


def as_photo(card: Image.Image, seed: int) -> bytes:
    """A photo as ``cardgen`` makes it, then maybe turned, with a right or a wrong EXIF tag."""
    rng = random.Random(seed * 19 + 5)
    data, _ = cardgen.as_photo(card, seed)
    turn = rng.choice([0, 0, 0, 90, 180, 270])
    tag = rng.random()
    image = Image.open(io.BytesIO(data))
    if turn:
        image = image.rotate(turn, expand=True)
    exif = Image.Exif()
    if turn and tag < 0.5:
        # A right tag: the viewer turns it back upright.
        exif[0x0112] = {90: 6, 180: 3, 270: 8}[turn]
    elif tag > 0.8:
        exif[0x0112] = rng.choice([3, 6, 8])  # a wrong tag: the phone's sensor was off
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=rng.randint(60, 85), exif=exif)
    return buf.getvalue()


def make_card(seed: int, kind: str) -> tuple[WorldSpec, bytes, str]:
    spec = make_spec(seed)
    card = render(spec)
    if kind == "scan":
        data, ext = cardgen.as_scan(card, seed)
        return spec, data, ext
    return spec, as_photo(card, seed), "jpg"


def write_set(out: Path, seed: int, count: int, kind: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with (out / "truth.jsonl").open("w", encoding="utf-8") as truth:
        for index in range(count):
            card_seed = seed * 100_000 + index
            spec, data, ext = make_card(card_seed, kind)
            name = f"{kind}{index:04d}.{ext}"
            (out / name).write_bytes(data)
            truth.write(json.dumps(spec.truth(name), ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--kind", choices=["scan", "photo"], default="scan")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    write_set(args.out, args.seed, args.count, args.kind)


if __name__ == "__main__":
    main()
