#!/usr/bin/env python3
"""Synthetic business-card generator (flatbed scans or phone photos) with truth.jsonl.

Usage: python cards_second.py --seed S --count N --kind scan|photo --out DIR
Deterministic per seed: one random.Random(seed) drives everything, and the numpy
Generator is seeded from it.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import time

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cards_second_data as D
from cards_second_content import Content, make_content
from cards_second_layout import render_card
from cards_second_render import choose_style


def pick_country(rng: random.Random) -> str:
    """Two thirds from the main list, one third from the others."""
    return rng.choice(D.MAIN_COUNTRIES) if rng.random() < 2 / 3 else rng.choice(D.OTHER_COUNTRIES)


# ------------------------------------------------------------ textures
def smooth_noise(g: np.random.Generator, w: int, h: int, cell: int) -> np.ndarray:
    """Low-frequency noise in [0,1] of shape (h, w)."""
    sw, sh = max(2, w // cell + 2), max(2, h // cell + 2)
    small = (g.random((sh, sw)) * 255).astype(np.uint8)
    big = Image.fromarray(small, "L").resize((w, h), Image.BICUBIC)
    return np.asarray(big, dtype=np.float32) / 255.0


def paper_texture(card: Image.Image, g: np.random.Generator, strength: float) -> Image.Image:
    """Add fibre-like low contrast noise to the card stock."""
    a = np.asarray(card, dtype=np.float32)
    h, w = a.shape[:2]
    n = (smooth_noise(g, w, h, 40) - 0.5) * strength * 3 + g.normal(0, strength, (h, w)).astype(
        np.float32
    )
    a = a + n[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def background(
    g: np.random.Generator, rng: random.Random, w: int, h: int
) -> tuple[np.ndarray, str]:
    """Desk/wood/fabric-like background, float32 RGB."""
    kind = rng.choice(["wood", "wood", "desk", "fabric", "stone"])
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array(
            rng.choice(
                [(150, 105, 65), (110, 75, 45), (185, 145, 100), (90, 60, 40), (200, 170, 130)]
            ),
            np.float32,
        )
        warp = smooth_noise(g, w, h, 200) * 60
        ang = rng.uniform(-0.3, 0.3)
        coord = (yy * math.cos(ang) + xx * math.sin(ang)) + warp
        grain = np.sin(coord / rng.uniform(6, 14)) * 0.5 + np.sin(coord / rng.uniform(25, 50)) * 0.5
        tex = 1 + 0.09 * grain + (smooth_noise(g, w, h, 30) - 0.5) * 0.12
    elif kind == "desk":
        base = np.array(
            rng.choice(
                [(225, 225, 222), (60, 60, 62), (200, 205, 210), (235, 230, 220), (30, 32, 36)]
            ),
            np.float32,
        )
        tex = 1 + (smooth_noise(g, w, h, 80) - 0.5) * 0.06
    elif kind == "fabric":
        base = np.array(
            rng.choice([(60, 80, 120), (120, 40, 40), (70, 90, 70), (140, 130, 120), (40, 40, 45)]),
            np.float32,
        )
        f = rng.uniform(2.5, 5)
        tex = 1 + 0.10 * np.sin(xx / f) * np.sin(yy / f) + (smooth_noise(g, w, h, 60) - 0.5) * 0.15
    else:
        base = np.array(rng.choice([(170, 170, 165), (120, 115, 110), (210, 205, 195)]), np.float32)
        tex = (
            1 + (smooth_noise(g, w, h, 12) - 0.5) * 0.18 + (smooth_noise(g, w, h, 120) - 0.5) * 0.1
        )
    bg = base[None, None, :] * tex[..., None]
    bg += g.normal(0, 3, (h, w, 1)).astype(np.float32)
    return bg, kind


# ------------------------------------------------------------ geometry
def homography(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> list[float]:
    """Coefficients mapping dst -> src for PIL's PERSPECTIVE transform."""
    A, b = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    return list(np.linalg.solve(np.array(A, np.float64), np.array(b, np.float64)))


def project_card(
    rng: random.Random, cw: int, ch: int, W: int, H: int, fill: float
) -> tuple[list, dict]:
    """Corners of the card in the photo after 3D tilt, roll and placement."""
    tilt = rng.uniform(0, 25)
    az = rng.uniform(0, 2 * math.pi)
    tx, ty = math.radians(tilt) * math.cos(az), math.radians(tilt) * math.sin(az)
    roll = math.radians(rng.uniform(-12, 12))
    pts = [(-cw / 2, -ch / 2), (cw / 2, -ch / 2), (cw / 2, ch / 2), (-cw / 2, ch / 2)]
    f = cw * 1.6
    out = []
    for x, y in pts:
        # rotate about x (tx) and y (ty)
        y1, z1 = y * math.cos(tx), y * math.sin(tx)
        x2, z2 = x * math.cos(ty) + z1 * math.sin(ty), -x * math.sin(ty) + z1 * math.cos(ty)
        zc = f + z2
        px, py = x2 * f / zc, y1 * f / zc
        out.append(
            (px * math.cos(roll) - py * math.sin(roll), px * math.sin(roll) + py * math.cos(roll))
        )
    xs, ys = [p[0] for p in out], [p[1] for p in out]
    bw, bh = max(xs) - min(xs), max(ys) - min(ys)
    s = min(fill * W / bw, fill * H / bh)
    s = max(s, 1150 / bw)  # keep text legible: projected card at least ~1150 px wide
    s = min(s, 0.94 * W / bw, 0.94 * H / bh)
    cx = W / 2 + rng.uniform(-1, 1) * max(0, (W - bw * s) / 2 - W * 0.03)
    cy = H / 2 + rng.uniform(-1, 1) * max(0, (H - bh * s) / 2 - H * 0.03)
    mx, my = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    corners = [((x - mx) * s + cx, (y - my) * s + cy) for x, y in out]
    return corners, {
        "tilt_deg": round(tilt, 1),
        "tilt_azimuth_deg": round(math.degrees(az), 0),
        "roll_deg": round(math.degrees(roll), 1),
        "fill": round(max(bw * s / W, bh * s / H), 3),
    }


# ------------------------------------------------------------ photo
def make_photo(
    card: Image.Image, rng: random.Random, g: np.random.Generator
) -> tuple[Image.Image, dict]:
    """Phone photo of the card on a textured surface."""
    long_side = rng.choice([1600, 2000, 2400, 2560, 3000, 3024])
    landscape = rng.random() < 0.65
    W, H = (long_side, int(long_side * 0.75)) if landscape else (int(long_side * 0.75), long_side)
    fill = rng.uniform(0.40, 0.85)
    corners, info = project_card(rng, card.width, card.height, W, H, fill)
    bg, bgkind = background(g, rng, W, H)
    src = [(0, 0), (card.width, 0), (card.width, card.height), (0, card.height)]
    coeffs = homography(src, corners)
    warped = card.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", card.size, 255).transform(
        (W, H), Image.PERSPECTIVE, coeffs, Image.BILINEAR
    )
    # soft drop shadow
    sh_off = (rng.uniform(-1, 1) * W * 0.008, rng.uniform(0.2, 1) * W * 0.01)
    shadow = mask.transform((W, H), Image.AFFINE, (1, 0, -sh_off[0], 0, 1, -sh_off[1])).filter(
        ImageFilter.GaussianBlur(W * 0.006)
    )
    sh = np.asarray(shadow, np.float32)[..., None] / 255.0
    bg = bg * (1 - sh * rng.uniform(0.25, 0.5))
    m = np.asarray(mask, np.float32)[..., None] / 255.0
    img = bg * (1 - m) + np.asarray(warped, np.float32) * m
    # lighting: gradient + vignette
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-0.25, 0.25), rng.uniform(-0.25, 0.25)
    light = 1 + gx * (xx / W - 0.5) + gy * (yy / H - 0.5)
    r2 = (xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2
    vig = rng.uniform(0, 0.35)
    light *= 1 - vig * r2
    light *= rng.uniform(0.85, 1.08)
    hard = rng.random() < 0.25
    if hard:
        sm = Image.new("L", (W, H), 0)
        d = ImageDraw.Draw(sm)
        side = rng.choice(["left", "right", "top", "bottom"])
        cxp, cyp = {
            "left": (0, rng.uniform(0.2, 0.8) * H),
            "right": (W, rng.uniform(0.2, 0.8) * H),
            "top": (rng.uniform(0.2, 0.8) * W, 0),
            "bottom": (rng.uniform(0.2, 0.8) * W, H),
        }[side]
        rx, ry = rng.uniform(0.15, 0.35) * W, rng.uniform(0.15, 0.35) * H
        d.ellipse([cxp - rx, cyp - ry, cxp + rx, cyp + ry], fill=255)
        sm = sm.filter(ImageFilter.GaussianBlur(rng.uniform(3, 15) * W / 2000))
        dark = rng.uniform(0.25, 0.4)
        light *= 1 - dark * np.asarray(sm, np.float32) / 255.0
        info["hard_shadow"] = {"side": side, "darkness": round(dark, 2)}
    img = img * light[..., None]
    # white balance
    wb = np.array([rng.uniform(0.88, 1.1), 1.0, rng.uniform(0.85, 1.12)], np.float32)
    img = img * wb[None, None, :]
    out = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    # blur
    blur = "none"
    r = rng.random()
    if r < 0.3:
        rad = rng.uniform(0.6, 1.8) * long_side / 2400
        out = out.filter(ImageFilter.GaussianBlur(rad))
        blur = f"defocus {rad:.2f}px"
    elif r < 0.45:
        ln = rng.randint(3, 8)
        ang = rng.uniform(0, math.pi)
        a = np.asarray(out, np.float32)
        acc = np.zeros_like(a)
        for i in range(ln):
            t = i - (ln - 1) / 2
            acc += np.roll(a, (round(t * math.sin(ang)), round(t * math.cos(ang))), axis=(0, 1))
        out = Image.fromarray(np.clip(acc / ln, 0, 255).astype(np.uint8))
        blur = f"motion {ln}px {math.degrees(ang):.0f}deg"
    else:
        out = out.filter(ImageFilter.GaussianBlur(0.5))
    sigma = rng.uniform(1.5, 6.5)
    a = (
        np.asarray(out, np.float32)
        + g.normal(0, sigma, (H, W, 1)).astype(np.float32)
        + g.normal(0, sigma * 0.5, (H, W, 3)).astype(np.float32)
    )
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    info.update(
        {
            "size": [W, H],
            "background": bgkind,
            "light_gradient": [round(gx, 2), round(gy, 2)],
            "vignette": round(vig, 2),
            "white_balance": [round(float(wb[0]), 3), 1.0, round(float(wb[2]), 3)],
            "blur": blur,
            "noise_sigma": round(sigma, 2),
            "hard_shadow": info.get("hard_shadow", None),
        }
    )
    return out, info


# ------------------------------------------------------------ scan
def make_scan(
    card: Image.Image, rng: random.Random, g: np.random.Generator, dpi: int
) -> tuple[Image.Image, dict]:
    """Flatbed scan: margin of scanner lid, skew, optional speckle and edge shadow."""
    mpx = int(rng.uniform(2, 8) / 25.4 * dpi)
    lid = rng.choice([(255, 255, 255), (250, 250, 248), (242, 242, 240), (235, 236, 238)])
    skew = rng.uniform(-2, 2)
    canvas = Image.new("RGB", (card.width + 2 * mpx, card.height + 2 * mpx), lid)
    canvas.paste(card, (mpx, mpx))
    d = ImageDraw.Draw(canvas)
    info: dict = {"dpi": dpi, "skew_deg": round(skew, 2), "margin_px": mpx}
    if rng.random() < 0.35:  # faint shadow along one card edge
        side = rng.choice(["top", "left", "right", "bottom"])
        col = tuple(int(c * 0.82) for c in lid)
        w = max(2, dpi // 100)
        box = {
            "top": [mpx, mpx - w, mpx + card.width, mpx],
            "bottom": [mpx, mpx + card.height, mpx + card.width, mpx + card.height + w],
            "left": [mpx - w, mpx, mpx, mpx + card.height],
            "right": [mpx + card.width, mpx, mpx + card.width + w, mpx + card.height],
        }[side]
        d.rectangle(box, fill=col)
        info["edge_shadow"] = side
    out = canvas.rotate(skew, resample=Image.BICUBIC, expand=True, fillcolor=lid)
    a = np.asarray(out, np.float32)
    h, w = a.shape[:2]
    if rng.random() < 0.3:  # scanner illumination falloff along one image edge
        xx = np.linspace(0, 1, w, dtype=np.float32)
        a *= (
            (1 - 0.08 * np.exp(-xx / 0.05))[None, :, None]
            if rng.random() < 0.5
            else (1 - 0.08 * np.exp(-(1 - xx) / 0.05))[None, :, None]
        )
        info["scanner_shadow"] = True
    a += g.normal(0, rng.uniform(0.8, 2.5), (h, w, 1)).astype(np.float32)
    if rng.random() < 0.25:
        n = int(w * h * rng.uniform(2e-5, 1e-4))
        ys, xs = g.integers(0, h, n), g.integers(0, w, n)
        a[ys, xs] = g.uniform(40, 140, (n, 1))
        info["speckle"] = n
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(
        ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7) * dpi / 300)
    )
    return out, info


# ------------------------------------------------------------ truth
def truth_record(fname: str, c: Content, st: dict, extra: dict) -> dict:
    """One truth.jsonl object (keys in the documented order)."""
    style = {
        k: v
        for k, v in st.items()
        if not k.startswith("_")
        and k not in ("regular", "bold", "light", "bg", "text", "sub", "accent")
    }
    style.update(
        {
            "accent_rgb": list(st["accent"]),
            "background_rgb": list(st["bg"]),
            "lang": c.lang,
            **extra.get("style", {}),
            "family_first": c.family_first,
            **c.flags,
        }
    )
    rec = {
        "file": fname,
        "name": c.name,
        "title": c.title,
        "company": c.company,
        "emails": c.emails,
        "phones": [{"e164": p.e164, "kind": p.kind} for p in c.phones],
        "url": c.url,
        "address": ", ".join(c.address_lines),
        "department": c.department,
        "prefix": c.prefix,
        "postnominal": c.postnominal,
        "country": c.country,
        "phones_printed": [p.printed for p in c.phones],
        "style": style,
    }
    if "photo" in extra:
        rec["photo"] = extra["photo"]
    return rec


def generate(seed: int, count: int, kind: str, out: str) -> None:
    """Write count cards of kind to out plus truth.jsonl."""
    os.makedirs(out, exist_ok=True)
    rng = random.Random(seed)
    g = np.random.default_rng(rng.getrandbits(63))
    lines = []
    t0 = time.time()
    for i in range(1, count + 1):
        cc = pick_country(rng)
        c = make_content(rng, cc)
        st = choose_style(rng, c)
        if kind == "scan":
            dpi = rng.choice([200, 300, 300, 300, 300, 400])
            card, linfo = render_card(rng, c, st, dpi)
            card = paper_texture(card, g, rng.uniform(0.6, 2.0))
            img, sinfo = make_scan(card, rng, g, dpi)
            fname = f"card-{i:03d}.png"
            img.save(os.path.join(out, fname), dpi=(dpi, dpi), optimize=False)
            rec = truth_record(fname, c, st, {"style": {**linfo, "scan": sinfo}})
        else:
            dpi = rng.choice([300, 350, 400])
            card, linfo = render_card(rng, c, st, dpi)
            card = paper_texture(card, g, rng.uniform(0.6, 2.0))
            img, pinfo = make_photo(card, rng, g)
            q = rng.randint(55, 92)
            pinfo["jpeg_quality"] = q
            fname = f"card-{i:03d}.jpg"
            orient = 1
            if rng.random() < 0.10:
                orient = rng.choice([6, 8, 3])
                img = img.transpose(
                    {6: Image.ROTATE_90, 8: Image.ROTATE_270, 3: Image.ROTATE_180}[orient]
                )
                exif = Image.Exif()
                exif[0x0112] = orient
                img.save(os.path.join(out, fname), quality=q, exif=exif.tobytes())
            else:
                img.save(os.path.join(out, fname), quality=q)
            pinfo["exif_orientation"] = orient
            pinfo["card_dpi"] = dpi
            rec = truth_record(fname, c, st, {"style": linfo, "photo": pinfo})
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    dt = time.time() - t0
    print(
        f"wrote {count} {kind} cards to {out} in {dt:.1f}s ({dt / max(1, count):.2f}s/card)",
        file=sys.stderr,
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--kind", choices=["scan", "photo"], required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    generate(a.seed, a.count, a.kind, a.out)


if __name__ == "__main__":
    main()
