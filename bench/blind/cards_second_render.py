"""Card rendering (fonts, logos, icons, layouts) for cards_second.py."""

from __future__ import annotations

import os
import random
from dataclasses import dataclass

from cards_second_content import Content
from PIL import Image, ImageDraw, ImageFont

TG = "/usr/share/texmf/fonts/opentype/public/tex-gyre/"
TT = "/usr/share/fonts/truetype/"
UR = "/usr/share/fonts/opentype/urw-base35/"
# family -> (regular, bold, light, weight for random choice)
FONT_TABLE: list[tuple[str, str, str, str, int]] = [
    (
        "Roboto",
        TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
        TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
        TT + "roboto/unhinted/RobotoTTF/Roboto-Light.ttf",
        6,
    ),
    (
        "Roboto Condensed",
        TT + "roboto/unhinted/RobotoCondensed-Regular.ttf",
        TT + "roboto/unhinted/RobotoCondensed-Bold.ttf",
        TT + "roboto/unhinted/RobotoCondensed-Light.ttf",
        2,
    ),
    (
        "Lato",
        TT + "lato/Lato-Regular.ttf",
        TT + "lato/Lato-Bold.ttf",
        TT + "lato/Lato-Light.ttf",
        6,
    ),
    (
        "Open Sans",
        TT + "open-sans/OpenSans-Regular.ttf",
        TT + "open-sans/OpenSans-Bold.ttf",
        TT + "open-sans/OpenSans-Light.ttf",
        6,
    ),
    ("Carlito", TT + "crosextra/Carlito-Regular.ttf", TT + "crosextra/Carlito-Bold.ttf", "", 4),
    ("Caladea", TT + "crosextra/Caladea-Regular.ttf", TT + "crosextra/Caladea-Bold.ttf", "", 3),
    (
        "Cantarell",
        "/usr/share/fonts/opentype/cantarell/Cantarell-Regular.otf",
        "/usr/share/fonts/opentype/cantarell/Cantarell-Bold.otf",
        "/usr/share/fonts/opentype/cantarell/Cantarell-Light.otf",
        3,
    ),
    ("TeX Gyre Heros", TG + "texgyreheros-regular.otf", TG + "texgyreheros-bold.otf", "", 5),
    ("TeX Gyre Heros Cn", TG + "texgyreheroscn-regular.otf", TG + "texgyreheroscn-bold.otf", "", 1),
    ("TeX Gyre Termes", TG + "texgyretermes-regular.otf", TG + "texgyretermes-bold.otf", "", 3),
    (
        "TeX Gyre Adventor",
        TG + "texgyreadventor-regular.otf",
        TG + "texgyreadventor-bold.otf",
        "",
        3,
    ),
    ("TeX Gyre Pagella", TG + "texgyrepagella-regular.otf", TG + "texgyrepagella-bold.otf", "", 3),
    ("TeX Gyre Bonum", TG + "texgyrebonum-regular.otf", TG + "texgyrebonum-bold.otf", "", 2),
    (
        "Liberation Sans",
        TT + "liberation/LiberationSans-Regular.ttf",
        TT + "liberation/LiberationSans-Bold.ttf",
        "",
        4,
    ),
    (
        "Liberation Serif",
        TT + "liberation/LiberationSerif-Regular.ttf",
        TT + "liberation/LiberationSerif-Bold.ttf",
        "",
        2,
    ),
    (
        "Liberation Sans Narrow",
        TT + "liberation/LiberationSansNarrow-Regular.ttf",
        TT + "liberation/LiberationSansNarrow-Bold.ttf",
        "",
        1,
    ),
    (
        "DejaVu Sans",
        TT + "dejavu/DejaVuSans.ttf",
        TT + "dejavu/DejaVuSans-Bold.ttf",
        TT + "dejavu/DejaVuSans-ExtraLight.ttf",
        2,
    ),
    ("DejaVu Serif", TT + "dejavu/DejaVuSerif.ttf", TT + "dejavu/DejaVuSerif-Bold.ttf", "", 1),
    ("Noto Sans", TT + "noto/NotoSans-Regular.ttf", TT + "noto/NotoSans-Bold.ttf", "", 3),
    ("Noto Serif", TT + "noto/NotoSerif-Regular.ttf", TT + "noto/NotoSerif-Bold.ttf", "", 2),
    ("FreeSans", TT + "freefont/FreeSans.ttf", TT + "freefont/FreeSansBold.ttf", "", 2),
    ("FreeSerif", TT + "freefont/FreeSerif.ttf", TT + "freefont/FreeSerifBold.ttf", "", 1),
    ("Nimbus Sans", UR + "NimbusSans-Regular.otf", UR + "NimbusSans-Bold.otf", "", 3),
    ("Nimbus Roman", UR + "NimbusRoman-Regular.otf", UR + "NimbusRoman-Bold.otf", "", 2),
    ("URW Gothic", UR + "URWGothic-Book.otf", UR + "URWGothic-Demi.otf", "", 2),
    ("C059", UR + "C059-Roman.otf", UR + "C059-Bold.otf", "", 1),
    ("P052", UR + "P052-Roman.otf", UR + "P052-Bold.otf", "", 1),
    ("URW Bookman", UR + "URWBookman-Light.otf", UR + "URWBookman-Demi.otf", "", 1),
]
FONTS = [f for f in FONT_TABLE if os.path.exists(f[1]) and os.path.exists(f[2])]
DISPLAY = [
    p
    for p in [
        TT + "lato/Lato-Black.ttf",
        TT + "roboto/unhinted/RobotoTTF/Roboto-Black.ttf",
        TT + "open-sans/OpenSans-ExtraBold.ttf",
        UR + "URWGothic-Demi.otf",
        "/usr/share/fonts/opentype/cantarell/Cantarell-ExtraBold.otf",
        TG + "texgyreadventor-bold.otf",
        TG + "texgyrepagella-bold.otf",
        UR + "C059-Bold.otf",
    ]
    if os.path.exists(p)
]

_font_cache: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}
_glyph_cache: dict[tuple[str, str], bool] = {}


def font(path: str, px: float) -> ImageFont.FreeTypeFont:
    """Cached FreeType font at px pixels."""
    key = (path, max(4, round(px)))
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(path, key[1])
    return _font_cache[key]


def has_glyphs(path: str, text: str) -> bool:
    """True if every character of text has a real glyph in the font."""
    f = font(path, 40)
    ref = f.getmask("\ue000")
    ref_key = (ref.size, bytes(ref))
    for ch in sorted(set(text)):
        if ch.isspace():
            continue
        k = (path, ch)
        if k not in _glyph_cache:
            m = f.getmask(ch)
            _glyph_cache[k] = (m.size, bytes(m)) != ref_key and m.size[0] > 0
        if not _glyph_cache[k]:
            return False
    return True


# ------------------------------------------------------------ text lines
@dataclass
class Line:
    text: str
    path: str
    pt: float
    fill: tuple
    tracking: float = 0.0  # extra spacing between characters, in em
    icon: str = ""  # phone/mobile/fax/mail/web/pin
    gap: float = 0.25  # extra space after, in em
    label: str = ""  # printed label drawn before text (same line)
    label_path: str = ""
    label_fill: tuple = (0, 0, 0)
    wrap: bool = False  # may be wrapped over two lines (titles)


class Painter:
    """Draws Lines onto an image at a given dpi and global scale."""

    def __init__(self, img: Image.Image, dpi: int, scale: float = 1.0):
        self.img, self.dpi, self.scale = img, dpi, scale
        self.draw = ImageDraw.Draw(img)

    def px(self, pt: float) -> float:
        return pt * self.dpi / 72.0 * self.scale

    def width(self, ln: Line) -> float:
        f = font(ln.path, self.px(ln.pt))
        size = f.size
        w = self._text_w(ln.text, f, ln.tracking * size)
        if ln.label:
            lf = font(ln.label_path or ln.path, self.px(ln.pt))
            w += lf.getlength(ln.label) + size * 0.35
        if ln.icon:
            w += size * 1.35
        return w

    def _text_w(self, text: str, f: ImageFont.FreeTypeFont, track: float) -> float:
        if track <= 0:
            return f.getlength(text)
        return sum(f.getlength(c) for c in text) + track * (len(text) - 1)

    def height(self, ln: Line) -> float:
        return self.px(ln.pt) * (1.22 + ln.gap)

    def block_h(self, lines: list[Line]) -> float:
        return sum(self.height(ln) for ln in lines)

    def block_w(self, lines: list[Line]) -> float:
        return max((self.width(ln) for ln in lines), default=0)

    def draw_block(self, lines: list[Line], x: float, y: float, w: float, align: str) -> float:
        """Draw lines in a box starting at top y; returns bottom y."""
        for ln in lines:
            lw = self.width(ln)
            lx = x if align == "left" else (x + w - lw if align == "right" else x + (w - lw) / 2)
            self.draw_line(ln, lx, y)
            y += self.height(ln)
        return y

    def draw_line(self, ln: Line, x: float, y: float) -> None:
        f = font(ln.path, self.px(ln.pt))
        size = f.size
        if ln.icon:
            draw_icon(self.draw, ln.icon, x, y + size * 0.12, size * 0.95, ln.label_fill)
            x += size * 1.35
        if ln.label:
            lf = font(ln.label_path or ln.path, self.px(ln.pt))
            self.draw.text((x, y), ln.label, font=lf, fill=ln.label_fill)
            x += lf.getlength(ln.label) + size * 0.35
        track = ln.tracking * size
        if track <= 0:
            self.draw.text((x, y), ln.text, font=f, fill=ln.fill)
        else:
            for c in ln.text:
                self.draw.text((x, y), c, font=f, fill=ln.fill)
                x += f.getlength(c) + track


# ------------------------------------------------------------ icons, logos, QR
def draw_icon(d: ImageDraw.ImageDraw, kind: str, x: float, y: float, s: float, col: tuple) -> None:
    """Small pictogram of size s at (x, y)."""
    lw = max(1, int(s * 0.09))
    if kind == "phone":  # handset: thick arc with two ear pieces
        d.arc([x, y, x + s, y + s * 1.2], 200, 340, fill=col, width=max(2, int(s * 0.2)))
        d.rounded_rectangle(
            [x, y + s * 0.35, x + s * 0.32, y + s * 0.62], radius=s * 0.08, fill=col
        )
        d.rounded_rectangle(
            [x + s * 0.68, y + s * 0.35, x + s, y + s * 0.62], radius=s * 0.08, fill=col
        )
    elif kind == "mobile":
        d.rounded_rectangle(
            [x + s * 0.25, y, x + s * 0.75, y + s], radius=s * 0.1, outline=col, width=lw
        )
        d.ellipse([x + s * 0.45, y + s * 0.8, x + s * 0.55, y + s * 0.9], fill=col)
    elif kind == "fax":
        d.rectangle([x + s * 0.2, y, x + s * 0.8, y + s * 0.4], outline=col, width=lw)
        d.rectangle([x, y + s * 0.35, x + s, y + s * 0.85], fill=col)
    elif kind == "mail":
        d.rectangle([x, y + s * 0.15, x + s, y + s * 0.85], outline=col, width=lw)
        d.line([x, y + s * 0.15, x + s / 2, y + s * 0.55, x + s, y + s * 0.15], fill=col, width=lw)
    elif kind == "web":
        d.ellipse([x, y, x + s, y + s], outline=col, width=lw)
        d.ellipse([x + s * 0.3, y, x + s * 0.7, y + s], outline=col, width=lw)
        d.line([x, y + s / 2, x + s, y + s / 2], fill=col, width=lw)
    elif kind == "pin":
        d.ellipse([x + s * 0.2, y, x + s * 0.8, y + s * 0.6], fill=col)
        d.polygon(
            [(x + s * 0.25, y + s * 0.4), (x + s * 0.75, y + s * 0.4), (x + s / 2, y + s)], fill=col
        )
        d.ellipse([x + s * 0.4, y + s * 0.18, x + s * 0.6, y + s * 0.38], fill=(255, 255, 255))


def draw_logo(
    img: Image.Image,
    rng: random.Random,
    kind: str,
    x: float,
    y: float,
    s: float,
    col: tuple,
    col2: tuple,
    letter: str,
    bg: tuple,
) -> None:
    """Geometric logo or monogram in an s-by-s box."""
    d = ImageDraw.Draw(img)
    if kind == "circle_mono":
        d.ellipse([x, y, x + s, y + s], fill=col)
        f = font(rng.choice(DISPLAY), s * 0.6)
        d.text((x + s / 2, y + s / 2), letter, font=f, fill=bg, anchor="mm")
    elif kind == "square_mono":
        d.rectangle([x, y, x + s, y + s], fill=col)
        f = font(rng.choice(DISPLAY), s * 0.62)
        d.text((x + s / 2, y + s / 2), letter, font=f, fill=bg, anchor="mm")
    elif kind == "triangles":
        d.polygon([(x, y + s), (x + s * 0.5, y), (x + s, y + s)], fill=col)
        d.polygon([(x + s * 0.3, y + s), (x + s * 0.65, y + s * 0.35), (x + s, y + s)], fill=col2)
    elif kind == "bars":
        for i in range(4):
            h = s * (0.35 + 0.2 * i)
            d.rectangle(
                [x + i * s * 0.26, y + s - h, x + i * s * 0.26 + s * 0.18, y + s],
                fill=col if i % 2 == 0 else col2,
            )
    elif kind == "rings":
        w = max(2, int(s * 0.12))
        d.ellipse([x, y + s * 0.15, x + s * 0.7, y + s * 0.85], outline=col, width=w)
        d.ellipse([x + s * 0.3, y + s * 0.15, x + s, y + s * 0.85], outline=col2, width=w)
    elif kind == "diamond":
        d.polygon(
            [(x + s / 2, y), (x + s, y + s / 2), (x + s / 2, y + s), (x, y + s / 2)], fill=col
        )
        d.polygon(
            [
                (x + s / 2, y + s * 0.25),
                (x + s * 0.75, y + s / 2),
                (x + s / 2, y + s * 0.75),
                (x + s * 0.25, y + s / 2),
            ],
            fill=col2,
        )
    else:  # leaf / arc
        d.pieslice([x, y, x + s * 1.4, y + s * 1.4], 180, 270, fill=col)
        d.pieslice([x + s * 0.2, y + s * 0.2, x + s * 1.2, y + s * 1.2], 180, 270, fill=col2)


def draw_qr(
    img: Image.Image, rng: random.Random, x: float, y: float, s: float, col: tuple, bg: tuple
) -> None:
    """A QR-code-like square of random modules with three finder patterns."""
    d = ImageDraw.Draw(img)
    n = 25
    m = s / n
    d.rectangle([x - m, y - m, x + s + m, y + s + m], fill=bg)
    for i in range(n):
        for j in range(n):
            if rng.random() < 0.5:
                d.rectangle(
                    [x + i * m, y + j * m, x + (i + 1) * m - 0.5, y + (j + 1) * m - 0.5], fill=col
                )
    for fi, fj in ((0, 0), (n - 7, 0), (0, n - 7)):
        fx, fy = x + fi * m, y + fj * m
        d.rectangle([fx - m, fy - m, fx + 8 * m, fy + 8 * m], fill=bg)
        d.rectangle([fx, fy, fx + 7 * m, fy + 7 * m], fill=col)
        d.rectangle([fx + m, fy + m, fx + 6 * m, fy + 6 * m], fill=bg)
        d.rectangle([fx + 2 * m, fy + 2 * m, fx + 5 * m, fy + 5 * m], fill=col)


# ------------------------------------------------------------ style
PALETTE = [
    (16, 42, 92),
    (140, 20, 30),
    (0, 110, 110),
    (30, 100, 50),
    (220, 100, 20),
    (90, 40, 120),
    (50, 50, 55),
    (180, 140, 40),
    (0, 90, 170),
    (200, 30, 80),
    (20, 20, 20),
    (0, 130, 200),
]
DARK_BG = [(18, 22, 30), (20, 40, 75), (30, 30, 32), (15, 60, 45), (60, 15, 25), (35, 35, 60)]
LAYOUTS = [
    "classic_left",
    "right_aligned",
    "centered",
    "two_column",
    "band_left",
    "band_top",
    "bottom_bar",
    "split",
]

LABEL_ICON = {"work": "phone", "cell": "mobile", "fax": "fax", "email": "mail", "web": "web"}


def choose_style(rng: random.Random, c: Content) -> dict:
    """Random visual style for a card; fonts must cover all printed characters."""
    all_text = " ".join(
        [
            c.name_printed,
            c.name_printed.upper(),
            c.title,
            c.department,
            c.company,
            c.company.upper(),
            " ".join(c.address_lines),
            " ".join(c.emails),
            c.url,
            c.prefix,
            c.postnominal,
            " ".join(p.printed for p in c.phones),
            "ÉÄÖÜ·|–:+()./-",
        ]
    )
    weights = [f[4] for f in FONTS]
    fam = None
    for _ in range(30):
        cand = rng.choices(FONTS, weights=weights)[0]
        paths = [cand[1], cand[2]] + ([cand[3]] if cand[3] else [])
        if all(os.path.exists(p) and has_glyphs(p, all_text) for p in paths):
            fam = cand
            break
    if fam is None:
        fam = FONTS[0]
    layout = rng.choice(LAYOUTS)
    if c.country == "JP" and rng.random() < 0.5:
        layout = "japanese"
    dark = rng.random() < 0.10
    if dark and layout in ("band_left", "band_top", "bottom_bar"):
        layout = rng.choice(["classic_left", "right_aligned", "centered", "two_column", "split"])
    accent = rng.choice(PALETTE)
    bg = (
        rng.choice(DARK_BG)
        if dark
        else rng.choice(
            [(255, 255, 255), (252, 251, 247), (248, 246, 240), (250, 250, 250), (244, 242, 236)]
        )
    )
    text = (
        (240, 240, 236)
        if dark
        else rng.choice([(20, 20, 20), (35, 35, 40), (45, 45, 50), (30, 30, 60)])
    )
    sub = (200, 200, 196) if dark else rng.choice([(90, 90, 95), (110, 110, 110), text, accent])
    if dark:
        accent = rng.choice([(212, 175, 85), (120, 200, 230), (240, 240, 236)])
    label_mode = rng.choice(["colon", "space", "icon", "none", "bold", "colon", "space"])
    return {
        "font": fam[0],
        "regular": fam[1],
        "bold": fam[2],
        "light": fam[3] or fam[1],
        "layout": layout,
        "dark_background": dark,
        "bg": bg,
        "text": text,
        "sub": sub,
        "accent": accent,
        "name_caps": rng.random() < 0.25,
        "name_letter_spaced": False,
        "name_color_accent": rng.random() < 0.3,
        "label_mode": label_mode,
        "joined_contacts": rng.random() < 0.2,
        "sep": rng.choice([" | ", " · ", "  |  ", "   "]),
        "qr": rng.random() < 0.25 and layout in ("classic_left", "band_left", "japanese", "split"),
        "logo": rng.choice(
            [
                "circle_mono",
                "square_mono",
                "triangles",
                "bars",
                "rings",
                "diamond",
                "leaf",
                "wordmark",
                "wordmark",
                "none",
            ]
        ),
        "legal_smallprint": rng.random() < 0.15,
        "title_caps": rng.random() < 0.12,
        "company_caps": rng.random() < 0.2,
        "address_one_line": rng.random() < 0.15,
        "rules": rng.random() < 0.4,
    }
