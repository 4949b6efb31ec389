"""Synthetic business cards with known fields, for the card_scan tests and benchmark.

``make_card(seed)`` draws a person (name, title, company, email, phones, website, address) and
renders the card at 300 DPI with one of several layouts, fonts and colour schemes. ``as_scan`` puts
it on a flatbed (small skew, a resolution other than 300 DPI); ``as_photo`` puts it on a desk
(larger rotation, framing, blur, noise, uneven light, JPEG artefacts). Everything is seeded, so a
failing case can be re-made exactly.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field

import phonenumbers
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONTS = {
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "condensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
}

GIVEN = [
    "Anna", "Michael", "Sarah", "David", "Laura", "Thomas", "Julia", "Robert", "Emily", "Daniel",
    "Sophie", "Peter", "Claire", "Martin", "Hannah", "James", "Olivia", "Lukas", "Nina", "Paul",
    "Karen", "Stefan", "Maria", "Oliver", "Grace", "Jonas", "Elena", "Brian", "Chloe", "Felix",
]  # fmt: skip
FAMILY = [
    "Miller", "Schneider", "Johnson", "Weber", "Dubois", "Fischer", "Taylor", "Becker", "Martin",
    "Wagner", "Brown", "Hoffmann", "Anderson", "Richter", "Moreau", "Klein", "Wilson", "Lambert",
    "Schulz", "Thompson", "Keller", "Roberts", "Fontaine", "Walker", "Hartmann", "Clarke",
]  # fmt: skip
COMPANY_WORDS = [
    ("Northwind", "Traders"), ("Bluepeak", "Systems"), ("Greenfield", "Logistics"),
    ("Silverline", "Consulting"), ("Brightwater", "Analytics"), ("Redwood", "Partners"),
    ("Ironbridge", "Engineering"), ("Clearview", "Media"), ("Stonegate", "Capital"),
    ("Lakeside", "Software"), ("Summit", "Robotics"), ("Harbor", "Pharma"),
    ("Nordlicht", "Technik"), ("Alpenblick", "Solutions"), ("Lumiere", "Conseil"),
    ("Oakridge", "Networks"), ("Falcon", "Security"), ("Cobalt", "Labs"),
]  # fmt: skip
TITLES = [
    "Sales Manager", "Senior Software Engineer", "Chief Executive Officer", "Marketing Director",
    "Account Executive", "Head of Procurement", "Project Manager", "Managing Director",
    "Business Development Manager", "Chief Technology Officer", "Key Account Manager",
    "Product Manager", "Head of Operations", "Senior Consultant", "Vice President Sales",
]  # fmt: skip
REGIONS = {
    "US": {
        "suffixes": ["Inc.", "LLC", "Corp."], "tld": "com",
        "streets": ["Market Street", "Main Street", "Oak Avenue", "Harbor Road", "Elm Street"],
        "cities": [("San Francisco", "CA", "94105"), ("Boston", "MA", "02110"),
                   ("Austin", "TX", "78701"), ("Seattle", "WA", "98101")],
        "country": "USA",
    },
    "DE": {
        "suffixes": ["GmbH", "AG"], "tld": "de",
        "streets": ["Hauptstraße", "Bahnhofstraße", "Lindenweg", "Goethestraße"],
        "cities": [("Berlin", None, "10115"), ("München", None, "80331"),
                   ("Hamburg", None, "20095"), ("Köln", None, "50667")],
        "country": "Germany",
    },
    "FR": {
        "suffixes": ["SARL", "SA"], "tld": "fr",
        "streets": ["rue de la Paix", "avenue Victor Hugo", "boulevard Voltaire"],
        "cities": [("Paris", None, "75002"), ("Lyon", None, "69002"), ("Lille", None, "59000")],
        "country": "France",
    },
    "GB": {
        "suffixes": ["Ltd", "plc"], "tld": "co.uk",
        "streets": ["High Street", "Station Road", "Church Lane"],
        "cities": [("London", None, "EC1A 1BB"), ("Manchester", None, "M1 1AE")],
        "country": "United Kingdom",
    },
}  # fmt: skip
PHONE_LABELS = {
    "work": ["T", "Tel", "Phone", "P", "Office"],
    "cell": ["M", "Mobile", "Cell"],
    "fax": ["F", "Fax"],
}
SCHEMES = [  # (background, main text, accent)
    ((255, 255, 255), (20, 20, 20), (0, 70, 140)),
    ((250, 247, 240), (40, 40, 40), (150, 30, 30)),
    ((235, 242, 250), (10, 30, 60), (10, 90, 160)),
    ((245, 245, 245), (60, 60, 60), (0, 120, 80)),
    ((30, 40, 60), (240, 240, 240), (250, 200, 80)),  # dark card, light text
]
DPI = 300
CARD_SIZE = (1050, 600)  # 3.5 x 2 inches at 300 DPI


@dataclass
class CardSpec:
    """What is printed on a card: the ground truth."""

    seed: int
    region: str
    given: str
    family: str
    title: str
    company: str
    email: str
    website: str
    phones: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, label, text)
    street: str = ""
    city_line: str = ""
    country: str = ""

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}"

    def phone_e164(self) -> dict[str, str]:
        out = {}
        for kind, _label, text in self.phones:
            number = phonenumbers.parse(text, self.region)
            out[phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)] = kind
        return out


def _ascii(text: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e"})
    return text.lower().translate(table)


def _phone(rng: random.Random, region: str) -> str:
    while True:
        if region == "US":
            text = f"({rng.randint(201, 989)}) {rng.randint(200, 989)}-{rng.randint(0, 9999):04d}"
        elif region == "DE":
            area = rng.choice(["30", "89", "40", "221", "69"])
            text = f"+49 {area} {rng.randint(100000, 99999999)}"
            if rng.random() < 0.5:
                text = f"0{area} {text.split()[-1]}"
        elif region == "FR":
            digits = [f"{rng.randint(0, 99):02d}" for _ in range(4)]
            text = f"0{rng.randint(1, 5)} " + " ".join(digits)
        else:
            text = f"+44 20 {rng.randint(7000, 8999)} {rng.randint(1000, 9999)}"
        number = phonenumbers.parse(text, region)
        if phonenumbers.is_valid_number(number):
            return text


def _mobile(rng: random.Random, region: str) -> str:
    while True:
        if region == "US":
            return _phone(rng, region)
        if region == "DE":
            text = f"+49 {rng.choice(['151', '160', '171', '176'])} {rng.randint(1000000, 9999999)}"
        elif region == "FR":
            text = "06 " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))
        else:
            text = f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
        if phonenumbers.is_valid_number(phonenumbers.parse(text, region)):
            return text


def make_spec(seed: int) -> CardSpec:
    rng = random.Random(seed)
    region = rng.choice(["US", "US", "DE", "FR", "GB"])
    info = REGIONS[region]
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    first, second = rng.choice(COMPANY_WORDS)
    company = f"{first} {second} {rng.choice(info['suffixes'])}"
    domain = f"{_ascii(first)}{rng.choice(['', '-' + _ascii(second)])}.{info['tld']}"
    local = rng.choice(
        [f"{given}.{family}", f"{given[0]}{family}", f"{given}", f"{given}{family[0]}"]
    )
    email = f"{_ascii(local)}@{domain}"
    website = rng.choice([f"www.{domain}", f"https://{domain}", f"www.{domain}"])
    phones = [("work", rng.choice(PHONE_LABELS["work"]), _phone(rng, region))]
    if rng.random() < 0.6:
        phones.append(("cell", rng.choice(PHONE_LABELS["cell"]), _mobile(rng, region)))
    if rng.random() < 0.25:
        phones.append(("fax", rng.choice(PHONE_LABELS["fax"]), _phone(rng, region)))
    number = rng.randint(1, 250)
    street_name = rng.choice(info["streets"])
    city, state, postal = rng.choice(info["cities"])
    if region == "US":
        street, city_line = f"{number} {street_name}", f"{city}, {state} {postal}"
    elif region == "GB":
        street, city_line = f"{number} {street_name}", f"{city} {postal}"
    elif region == "FR":
        street, city_line = f"{number} {street_name}", f"{postal} {city}"
    else:
        street, city_line = f"{street_name} {number}", f"{postal} {city}"
    return CardSpec(
        seed=seed, region=region, given=given, family=family, title=rng.choice(TITLES),
        company=company, email=email, website=website, phones=phones, street=street,
        city_line=city_line, country=info["country"] if rng.random() < 0.5 else "",
    )  # fmt: skip


def _font(family: str, bold: bool, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(f"{FONT_DIR}/{FONTS[family][int(bold)]}", size)


def render(spec: CardSpec) -> Image.Image:
    """The card itself, flat, at 300 DPI."""
    rng = random.Random(spec.seed * 7 + 1)
    bg, fg, accent = rng.choice(SCHEMES)
    family = rng.choice(list(FONTS))
    layout = rng.choice(["left", "centered", "company_top", "two_column"])
    img = Image.new("RGB", CARD_SIZE, bg)
    draw = ImageDraw.Draw(img)
    name_font = _font(family, True, rng.randint(50, 60))
    body = _font(family, False, rng.randint(29, 33))
    small = _font(family, False, rng.randint(26, 29))
    company_font = _font(family, True, rng.randint(36, 42))
    # Cards with several numbers label them; a lone office number is often printed bare.
    labelled = len(spec.phones) > 1 or rng.random() < 0.7
    sep = rng.choice([" ", ": ", ". "])
    contact = [(f"{label}{sep}{text}" if labelled else text) for _kind, label, text in spec.phones]
    contact += [spec.email, spec.website]
    address = [spec.street, spec.city_line] + ([spec.country] if spec.country else [])
    W, H = CARD_SIZE
    room_needed = layout in ("company_top", "two_column")
    room = W
    if room_needed:
        # Right-aligned contact lines beside the name: shrink them rather than print over it.
        left_width = max(
            draw.textlength(spec.name, font=name_font), draw.textlength(spec.title, font=body)
        )
        room = W - 110 - 40 - left_width  # margins, and a gap between the columns
        while small.size > 20 and max(draw.textlength(t, font=small) for t in contact) > room:
            small = _font(family, False, small.size - 1)
    # Still too wide beside the name: the contact block goes below it instead.
    beside = max(draw.textlength(t, font=small) for t in contact) <= room if room_needed else True

    def put(x: int, y: int, text: str, font, colour, anchor: str = "la") -> int:
        draw.text((x, y), text, font=font, fill=colour, anchor=anchor)
        return y + int(font.size * 1.25)

    if layout == "left":
        y = put(60, 50, spec.name, name_font, fg)
        y = put(60, y, spec.title, body, accent)
        y = put(60, y + 4, spec.company, company_font, fg)
        y = max(y + 10, 300)
        for line in contact:
            y = put(60, y, line, small, fg)
        ay = H - 40 - len(address) * int(small.size * 1.25)
        for line in address:
            ay = put(W - 60, ay, line, small, fg, "ra")
    elif layout == "centered":
        y = put(W // 2, 40, spec.company, company_font, accent, "ma")
        y = put(W // 2, y + 20, spec.name, name_font, fg, "ma")
        y = put(W // 2, y, spec.title, body, fg, "ma")
        y += 16
        for line in [*contact, ", ".join(address)]:
            y = put(W // 2, y, line, small, fg, "ma")
    elif layout == "company_top":
        draw.rectangle((0, 0, W, 110), fill=accent)
        put(60, 30, spec.company, company_font, bg)
        y = put(60, 150, spec.name, name_font, fg)
        y = put(60, y, spec.title, body, fg)
        y = y + 20
        for line in address:
            y = put(60, y, line, small, fg)
        cy = 150 if beside else 400
        for line in contact:
            cy = put(W - 50, cy, line, small, fg, "ra")
    else:  # two_column
        y = put(50, 60, spec.name, name_font, fg)
        y = put(50, y, spec.title, body, accent)
        y = put(50, y + 30, spec.company, company_font, fg)
        for line in address:
            y = put(50, y, line, small, fg)
        cy = (340 if len(contact) < 5 else 300) if beside else 400
        for line in contact:
            cy = put(W - 40, cy, line, small, fg, "ra")
    return img


def _encode(img: Image.Image, fmt: str, dpi: int, quality: int = 92) -> bytes:
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.save(buf, "JPEG", quality=quality, dpi=(dpi, dpi))
    else:
        img.save(buf, fmt, dpi=(dpi, dpi))
    return buf.getvalue()


def as_scan(card: Image.Image, seed: int) -> tuple[bytes, str]:
    """A flatbed scan: white bed, the card near a corner, skew under 3 degrees, 200-400 DPI."""
    rng = random.Random(seed * 13 + 5)
    dpi = rng.choice([200, 300, 300, 400])
    bed = Image.new("RGB", (1200, 760), (252, 252, 252))
    bed.paste(card, (rng.randint(20, 120), rng.randint(20, 120)))
    bed = bed.rotate(rng.uniform(-2.5, 2.5), resample=Image.BICUBIC, fillcolor=(252, 252, 252))
    scale = dpi / DPI
    bed = bed.resize((int(bed.width * scale), int(bed.height * scale)), Image.LANCZOS)
    fmt = rng.choice(["PNG", "PNG", "TIFF"])
    return _encode(bed, fmt, dpi), fmt.lower().replace("tiff", "tif")


def as_photo(card: Image.Image, seed: int) -> tuple[bytes, str]:
    """A phone photo of the card on a desk: rotation, framing, blur, noise, light, JPEG."""
    rng = random.Random(seed * 17 + 3)
    W, H = 1600, 1200
    desk_colour = rng.choice([(120, 85, 55), (70, 70, 75), (140, 120, 95), (40, 50, 45)])
    desk = Image.new("RGB", (W, H), desk_colour)
    grain = Image.effect_noise((W // 4, H // 4), 40).resize((W, H), Image.BILINEAR)
    desk = Image.blend(desk, Image.merge("RGB", [grain] * 3), 0.15)
    scale = rng.uniform(0.95, 1.25)
    card = card.resize((int(card.width * scale), int(card.height * scale)), Image.LANCZOS)
    angle = rng.uniform(-8, 8)
    rotated = card.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    x = rng.randint(40, max(41, W - rotated.width - 40))
    y = rng.randint(40, max(41, H - rotated.height - 40))
    desk.paste(rotated, (x, y), rotated)
    # Uneven light: a soft gradient from one side.
    # Rotated while square, then stretched: a smooth ramp with no hard edge (a lamp, not a shadow).
    light = Image.linear_gradient("L").rotate(rng.choice([0, 90, 180, 270])).resize((W, H))
    dark = Image.new("RGB", (W, H), (0, 0, 0))
    depth = rng.uniform(0.2, 0.4)
    desk = Image.composite(desk, dark, light.point(lambda v: 255 - int(v * depth)))
    desk = desk.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.4)))
    noise = Image.effect_noise((W, H), rng.uniform(8, 18))
    desk = Image.blend(desk, Image.merge("RGB", [noise] * 3), 0.06)
    return _encode(desk, "JPEG", 72, quality=rng.randint(60, 85)), "jpg"


def make_card(seed: int, kind: str = "scan") -> tuple[CardSpec, bytes, str]:
    """(ground truth, encoded image bytes, file extension) for one card."""
    spec = make_spec(seed)
    card = render(spec)
    data, ext = as_scan(card, seed) if kind == "scan" else as_photo(card, seed)
    return spec, data, ext
