"""Card layouts: build text blocks from Content and place them on the card."""

from __future__ import annotations

import random

import cards_second_data as D
from cards_second_content import Content
from cards_second_render import (
    DISPLAY,
    LABEL_ICON,
    Line,
    Painter,
    draw_logo,
    draw_qr,
    has_glyphs,
)
from PIL import Image, ImageDraw

CARD_MM = {"EU": (85.0, 55.0), "US": (88.9, 50.8), "JP": (91.0, 55.0), "AU": (90.0, 55.0)}


def card_size_kind(cc: str) -> str:
    return {"US": "US", "CA": "US", "JP": "JP", "AU": "AU"}.get(cc, "EU")


def safe_upper(s: str) -> str:
    """Upper-case unless that would change letters (ß -> SS)."""
    return s if "ß" in s else s.upper()


def _labels(rng: random.Random, lang: str) -> dict[str, str]:
    lab = D.LABELS.get(lang, D.LABELS["en"])
    short = rng.random() < 0.5
    out = {}
    for k in ("work", "cell", "fax", "email", "web"):
        pool = [x for x in lab[k] if (len(x) <= 2) == short] or lab[k]
        out[k] = rng.choice(pool)
    return out


def build_blocks(rng: random.Random, c: Content, st: dict) -> dict:
    """Create Line lists: header, name, contacts, address, legal."""
    reg, bold, light = st["regular"], st["bold"], st["light"]
    txt, sub, acc = st["text"], st["sub"], st["accent"]
    name_pt = rng.uniform(10.5, 15.0)
    title_pt = rng.uniform(7.5, 9.5)
    cont_pt = rng.uniform(7.0, 8.6)
    addr_pt = rng.uniform(6.6, 8.0)
    # name line
    nm = c.name_printed
    tracking = 0.0
    if st["name_caps"]:
        nm = safe_upper(nm)
        tracking = rng.uniform(0.06, 0.22) if rng.random() < 0.8 else 0.0
        st["name_letter_spaced"] = tracking > 0
    shown = (
        (c.prefix + " " if c.prefix else "") + nm + (", " + c.postnominal if c.postnominal else "")
    )
    name_font = bold if rng.random() < 0.75 else (light if rng.random() < 0.5 else reg)
    name_fill = acc if st["name_color_accent"] and not st["dark_background"] else txt
    name_lines = [Line(shown, name_font, name_pt, name_fill, tracking, gap=0.15)]
    if c.title:
        t = safe_upper(c.title) if st["title_caps"] else c.title
        name_lines.append(
            Line(
                t,
                reg if rng.random() < 0.7 else light,
                title_pt,
                sub,
                0.05 if st["title_caps"] else 0,
                gap=0.1,
                wrap=True,
            )
        )
    if c.department:
        name_lines.append(Line(c.department, reg, title_pt * 0.92, sub, gap=0.1))
    # contacts
    labs = _labels(rng, c.lang)
    mode = st["label_mode"]
    lab_path = bold if mode == "bold" else reg
    lab_fill = acc if mode in ("bold", "icon") or rng.random() < 0.3 else txt

    def mk(kind: str, value: str) -> Line:
        m = mode
        if m == "none" and kind == "fax":
            m = "space"
        if m == "icon":
            return Line(
                value, reg, cont_pt, txt, icon=LABEL_ICON[kind], label_fill=lab_fill, gap=0.18
            )
        if m == "none":
            return Line(value, reg, cont_pt, txt, gap=0.18, label_fill=lab_fill)
        lab = labs[kind] + (":" if m == "colon" else "")
        return Line(
            value, reg, cont_pt, txt, label=lab, label_path=lab_path, label_fill=lab_fill, gap=0.18
        )

    contacts = [mk(p.kind, p.printed) for p in c.phones]
    contacts += [mk("email", e) for e in c.emails]
    if c.url:
        contacts.append(mk("web", c.url))
    joined = None
    if st["joined_contacts"] and mode != "icon":
        sep = st["sep"]
        ph = sep.join(
            (
                labs[p.kind] + (":" if mode == "colon" else "") + " "
                if mode != "none" or p.kind == "fax"
                else ""
            )
            + p.printed
            for p in c.phones
        )
        rest = sep.join(c.emails + ([c.url] if c.url else []))
        joined = [Line(x, reg, cont_pt, txt, gap=0.18) for x in (ph, rest) if x]
    # address
    addr = []
    if c.address_lines:
        if st["address_one_line"]:
            addr = [Line(", ".join(c.address_lines), reg, addr_pt, sub, gap=0.12)]
        else:
            addr = [Line(a, reg, addr_pt, sub, gap=0.08) for a in c.address_lines]
        if mode == "icon":
            addr[0].icon, addr[0].label_fill = "pin", lab_fill
    # company / header
    comp = safe_upper(c.company) if st["company_caps"] else c.company
    header = []
    legal = []
    logo = st["logo"]
    if logo == "wordmark":
        wm_path = rng.choice(DISPLAY)
        brand = c.brand
        if not has_glyphs(wm_path, brand):
            wm_path = bold
        header.append(
            Line(
                safe_upper(brand) if rng.random() < 0.5 else brand,
                wm_path,
                rng.uniform(13, 18),
                acc,
                0.04,
                gap=0.1,
            )
        )
        if st["legal_smallprint"]:
            legal = [Line(comp, reg, rng.uniform(6.0, 6.8), sub, gap=0)]
        else:
            header.append(Line(comp, reg, rng.uniform(6.8, 8.5), sub, 0.03, gap=0.1))
    else:
        header.append(
            Line(
                comp,
                bold,
                rng.uniform(8.5, 11.5),
                acc if not st["dark_background"] or rng.random() < 0.5 else txt,
                0.02,
                gap=0.1,
            )
        )
    return {
        "name": name_lines,
        "contacts": contacts,
        "joined": joined,
        "address": addr,
        "header": header,
        "legal": legal,
    }


def _fit_lines(
    p: Painter, lines: list[Line], max_w: float, wrap_idx: tuple[int, ...] = ()
) -> list[Line]:
    """Wrap allowed lines over two lines, shrink others to fit max_w."""
    out: list[Line] = []
    for ln in lines:
        if p.width(ln) > max_w and ln.wrap and " " in ln.text:
            words = ln.text.split(" ")
            best = None
            for k in range(1, len(words)):
                a, b = " ".join(words[:k]), " ".join(words[k:])
                la = Line(a, ln.path, ln.pt, ln.fill, ln.tracking, gap=0.02)
                lb = Line(b, ln.path, ln.pt, ln.fill, ln.tracking, gap=ln.gap)
                w = max(p.width(la), p.width(lb))
                if best is None or w < best[0]:
                    best = (w, la, lb)
            out += [best[1], best[2]]
            continue
        out.append(ln)
    for ln in out:
        while p.width(ln) > max_w and ln.pt > 4.5:
            ln.pt *= 0.95
    return out


def render_card(rng: random.Random, c: Content, st: dict, dpi: int) -> tuple[Image.Image, dict]:
    """Render the card at dpi. Returns image and layout info."""
    wmm, hmm = CARD_MM[card_size_kind(c.country)]
    W, H = round(wmm / 25.4 * dpi), round(hmm / 25.4 * dpi)
    blocks = build_blocks(rng, c, st)
    layout = st["layout"]
    if blocks["joined"] is not None and layout in (
        "centered",
        "bottom_bar",
        "band_top",
        "classic_left",
    ):
        use_joined = True
    else:
        use_joined = False
    st["joined_contacts"] = use_joined
    seed = rng.random()
    for attempt in range(14):
        scale = 0.94**attempt
        img = Image.new("RGB", (W, H), st["bg"])
        ok = _layout(img, random.Random(seed), c, st, blocks, dpi, scale, use_joined)
        if ok:
            break
    return img, {"card_mm": [wmm, hmm], "scale": round(scale, 3)}


def _copy(lines: list[Line]) -> list[Line]:
    return [Line(**vars(ln)) for ln in lines]


def _layout(
    img: Image.Image,
    rng: random.Random,
    c: Content,
    st: dict,
    blocks: dict,
    dpi: int,
    scale: float,
    use_joined: bool,
) -> bool:
    """Place all blocks; returns False if they do not fit (caller shrinks)."""
    W, H = img.size
    p = Painter(img, dpi, scale)
    d = ImageDraw.Draw(img)
    mm = dpi / 25.4
    m = rng.uniform(4.0, 6.0) * mm
    st["_m"] = m
    acc, bg = st["accent"], st["bg"]
    lay = st["layout"]
    header, name = _copy(blocks["header"]), _copy(blocks["name"])
    contacts = _copy(blocks["joined"] if use_joined else blocks["contacts"])
    addr, legal = _copy(blocks["address"]), _copy(blocks["legal"])
    logo_kind = st["logo"] if st["logo"] not in ("wordmark", "none") else ""
    logo_s = rng.uniform(8, 12) * mm * scale
    qr_s = (
        (rng.uniform(12, 15) * mm * scale)
        if st["qr"] and lay in ("classic_left", "band_left", "japanese", "split")
        else 0
    )
    letter = (c.brand[:1] or "X").upper()
    x0, x1, y0, y1 = m, W - m, m, H - m
    if legal and lay == "bottom_bar":
        contacts, addr, legal = contacts, addr + legal, []
    if legal:
        legal = _fit_lines(p, legal, x1 - x0)
        y1 -= p.block_h(legal)
        p.draw_block(
            legal,
            x0,
            y1 + p.px(1.0),
            x1 - x0,
            "center" if lay in ("centered", "japanese") else "left",
        )
    white = (255, 255, 255)
    if lay == "band_left":
        bw = W * rng.uniform(0.26, 0.34)
        d.rectangle([0, 0, bw, H], fill=acc)
        if logo_kind:
            draw_logo(
                img,
                rng,
                logo_kind,
                (bw - logo_s) / 2,
                H / 2 - logo_s,
                logo_s,
                white,
                bg,
                letter,
                acc,
            )
        x0 = bw + m
        for ln in header:
            ln.fill = acc if ln.fill == acc and not st["dark_background"] else ln.fill
        header = _fit_lines(p, header, x1 - x0)
        top = p.draw_block(header, x0, y0, x1 - x0, "left") + p.px(3)
        name = _fit_lines(p, name, x1 - x0, (1,))
        top = p.draw_block(name, x0, top, x1 - x0, "left")
        return _bottom_stack(
            p,
            contacts + addr,
            x0,
            x1 - qr_s - (m if qr_s else 0),
            top,
            y1,
            "left",
            img,
            rng,
            qr_s,
            st,
        )
    if lay == "band_top":
        bh = H * rng.uniform(0.24, 0.3)
        d.rectangle([0, 0, W, bh], fill=acc)
        for ln in header:
            ln.fill = white
        hx = m
        if logo_kind:
            ls = min(logo_s, bh * 0.7)
            draw_logo(img, rng, logo_kind, m, (bh - ls) / 2, ls, white, bg, letter, acc)
            hx = m + ls + p.px(6)
        header = _fit_lines(p, header, x1 - hx)
        hh = p.block_h(header)
        if hh > bh * 0.95:
            return False
        p.draw_block(header, hx, (bh - hh) / 2 + p.px(1), x1 - hx, "left")
        y0 = bh + m * 0.7
        name = _fit_lines(p, name, (x1 - x0), (1,))
        top = p.draw_block(name, x0, y0, x1 - x0, "left")
        return _bottom_stack(
            p,
            contacts + addr,
            x0,
            x1,
            top,
            y1,
            "left" if rng.random() < 0.6 else "right",
            img,
            rng,
            0,
            st,
        )
    if lay == "bottom_bar":
        rows = _fit_lines(p, contacts + addr, x1 - x0)
        bh = p.block_h(rows) + m * 1.1
        if bh > H * 0.6:
            return False
        d.rectangle([0, H - bh, W, H], fill=acc)
        for ln in rows:
            ln.fill, ln.label_fill = white, white
        p.draw_block(rows, x0, H - bh + m * 0.55, x1 - x0, "left")
        hw = (x1 - x0) * 0.42
        header = _fit_lines(p, header, hw)
        hy = y0
        if logo_kind:
            draw_logo(img, rng, logo_kind, x1 - logo_s, y0, logo_s, acc, st["sub"], letter, bg)
            hy += logo_s + p.px(2)
        hb = p.draw_block(header, x1 - hw, hy, hw, "right")
        name = _fit_lines(p, name, (x1 - x0) * 0.56, (1,))
        nb = p.draw_block(name, x0, y0, (x1 - x0) * 0.56, "left")
        return max(nb, hb) < H - bh - p.px(2)
    if lay == "two_column":
        mid = W * rng.uniform(0.48, 0.55)
        lw = mid - x0 - m * 0.6
        ty = y0
        if logo_kind:
            draw_logo(img, rng, logo_kind, x0, y0, logo_s, acc, st["sub"], letter, bg)
            ty += logo_s + p.px(3)
        header = _fit_lines(p, header, lw)
        ty = p.draw_block(header, x0, ty, lw, "left") + p.px(4)
        name = _fit_lines(p, name, lw, (1,))
        ty = p.draw_block(name, x0, ty, lw, "left")
        if ty > y1:
            return False
        d.line([mid, y0 + p.px(2), mid, y1 - p.px(2)], fill=acc, width=max(1, int(mm * 0.3)))
        rx = mid + m * 0.6
        right = _fit_lines(p, contacts + addr, x1 - rx)
        rh = p.block_h(right)
        if rh > y1 - y0:
            return False
        p.draw_block(right, rx, y0 + (y1 - y0 - rh) / 2, x1 - rx, "left")
        return True
    if lay == "centered" or lay == "japanese":
        cy = y0
        al = "center"
        if lay == "japanese":
            header = _fit_lines(p, header, (x1 - x0) * 0.7)
            lx = x0
            if logo_kind:
                ls = logo_s * 0.7
                draw_logo(img, rng, logo_kind, x0, y0, ls, acc, st["sub"], letter, bg)
                lx = x0 + ls + p.px(4)
            cy = p.draw_block(header, lx, y0, x1 - lx, "left") + p.px(5)
            if name and len(name) > 1:  # title above name on Japanese cards
                name = name[1:] + name[:1]
        else:
            if logo_kind:
                draw_logo(
                    img, rng, logo_kind, W / 2 - logo_s / 2, y0, logo_s, acc, st["sub"], letter, bg
                )
                cy += logo_s + p.px(2)
            header = _fit_lines(p, header, x1 - x0)
            cy = p.draw_block(header, x0, cy, x1 - x0, al) + p.px(4)
        name = _fit_lines(p, name, x1 - x0, tuple(range(len(name))))
        cy = p.draw_block(name, x0, cy, x1 - x0, al)
        if st["rules"] and lay == "centered":
            d.line(
                [W / 2 - 8 * mm, cy + p.px(2), W / 2 + 8 * mm, cy + p.px(2)],
                fill=acc,
                width=max(1, int(mm * 0.25)),
            )
            cy += p.px(5)
        return _bottom_stack(
            p,
            contacts + addr,
            x0,
            x1 - (qr_s + m if qr_s else 0),
            cy,
            y1,
            "left" if lay == "japanese" else "center",
            img,
            rng,
            qr_s,
            st,
        )
    if lay == "split":
        half = (x1 - x0) / 2
        name = _fit_lines(p, name, half * 1.1, (1,))
        nb = p.draw_block(name, x0, y0, half * 1.1, "left")
        hx = x0 + half * 1.15
        hy = y0
        if logo_kind:
            draw_logo(img, rng, logo_kind, x1 - logo_s, y0, logo_s, acc, st["sub"], letter, bg)
            hy += logo_s + p.px(2)
        header = _fit_lines(p, header, x1 - hx)
        hb = p.draw_block(header, hx, hy, x1 - hx, "right")
        top = max(nb, hb) + p.px(3)
        cont = _fit_lines(p, contacts, half * 1.15 - p.px(4))
        ad = _fit_lines(p, addr, half * 0.85 - p.px(4) - (qr_s + p.px(3) if qr_s else 0))
        ch, ah = p.block_h(cont), p.block_h(ad) + (qr_s + p.px(3) if qr_s and not ad else 0)
        if top + max(ch, ah) > y1:
            return False
        p.draw_block(cont, x0, y1 - ch, half * 1.15, "left")
        if qr_s:
            draw_qr(img, rng, x1 - qr_s, y1 - qr_s, qr_s, st["text"], bg)
            if ad and top + max(p.block_h(ad), qr_s) > y1:
                return False
            p.draw_block(
                ad, x0 + half * 1.15, y1 - p.block_h(ad), half * 0.85 - qr_s - p.px(4), "right"
            )
        else:
            p.draw_block(ad, x0 + half * 1.15, y1 - p.block_h(ad), half * 0.85, "right")
        return True
    # classic_left / right_aligned
    align = "right" if lay == "right_aligned" else "left"
    ty = y0
    if logo_kind:
        lx = x0
        draw_logo(img, rng, logo_kind, lx, y0, logo_s, acc, st["sub"], letter, bg)
        if align == "left" and rng.random() < 0.6:
            header = _fit_lines(p, header, x1 - x0 - logo_s - p.px(6))
            hh = p.block_h(header)
            p.draw_block(
                header,
                x0 + logo_s + p.px(6),
                y0 + max(0, (logo_s - hh) / 2),
                x1 - x0 - logo_s - p.px(6),
                "left",
            )
            header = []
        ty = y0 + (logo_s + p.px(3) if align == "left" else 0)
    tx0 = x0 if align == "left" else x0 + (logo_s + p.px(8) if logo_kind else 0)
    if header:
        header = _fit_lines(p, header, x1 - tx0)
        ty = p.draw_block(header, tx0, ty, x1 - tx0, align) + p.px(4)
    else:
        ty += p.px(3)
    if st["rules"]:
        d.line(
            [tx0, ty, x1 if align == "right" else tx0 + (x1 - tx0) * 0.4, ty],
            fill=acc,
            width=max(1, int(mm * 0.25)),
        )
        ty += p.px(4)
    name = _fit_lines(p, name, x1 - tx0, (1,))
    ty = p.draw_block(name, tx0, ty, x1 - tx0, align)
    return _bottom_stack(
        p,
        contacts + addr,
        tx0,
        x1 - (qr_s + m * 0.6 if qr_s else 0),
        ty,
        y1,
        align,
        img,
        rng,
        qr_s,
        st,
    )


def _bottom_stack(
    p: Painter,
    lines: list[Line],
    x0: float,
    x1: float,
    top: float,
    y1: float,
    align: str,
    img: Image.Image,
    rng: random.Random,
    qr_s: float,
    st: dict,
) -> bool:
    """Draw lines anchored to the bottom of [x0,x1]; optional QR at bottom right."""
    lines = _fit_lines(p, lines, x1 - x0)
    h = p.block_h(lines)
    if y1 - h < top + p.px(3):
        return False
    if qr_s:
        qx = img.size[0] - st["_m"] - qr_s
        if y1 - qr_s < top:
            return False
        draw_qr(img, rng, qx, y1 - qr_s, qr_s, st["text"], st["bg"])
    p.draw_block(lines, x0, y1 - h, x1 - x0, align)
    return True
