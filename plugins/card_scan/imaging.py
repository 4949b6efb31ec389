"""The Pillow pre-processing that turns a scan or a photo of a card into what Tesseract reads
best (reading the files themselves: ``image_files``)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PIL import (
    Image,
    ImageChops,
    ImageDraw,
    ImageFilter,
    ImageOps,
)

from .image_files import CARD_WIDTH_INCHES, TARGET_DPI, Page


def pixels(image: Image.Image) -> Iterable[Any]:
    """Pixel values in order (``getdata`` is deprecated from Pillow 12 on)."""
    flat = getattr(image, "get_flattened_data", None)
    return flat() if flat else image.getdata()


# --- pre-processing -------------------------------------------------------------------------


@dataclass
class Steps:
    """Which pre-processing steps run; the defaults are what measured best (docs/card_scan.md)."""

    perspective: bool = True
    find_card: bool = True
    deskew: bool = True
    rescale: bool = True
    flatten: bool = True
    autocontrast: bool = False
    binarize: bool = False


# Of a scan the card fills, a crop found only after deskewing keeps at least this share of the
# turned image: the card less the turn's corners keeps about 0.9 (blind seed 1 scans), a
# coloured band down the card's side 0.36-0.4.
CROP_KEEPS = 0.6


# The key of ``Image.info`` that ``prepare`` sets on a card the blur gate sharpened: the words
# read from it are marked (``scan.card_lines``, ``Word.sharpened``) and their mid band doubted.
SHARPENED = "card_scan.sharpened"


def prepare(page: Page, steps: Steps) -> Image.Image:
    """Flatten or crop to the card, straighten, grayscale, scale, even the light, maybe binarize.

    A photo whose card outline is found is warped flat at a fixed size (``perspective``); a scan,
    or a photo without a clear outline, is cropped to the card, deskewed and scaled by its DPI.
    """
    # OpenCV loads with the first card prepared, not with the plugin (see ``jobs``).
    from .perspective import (
        divide_background,
        find_card_corners,
        leaves_print_outside,
        sharpen_if_blurred,
        smooth_and_stretch,
        warp_to_card,
    )

    image = page.image.convert("RGB")
    scanned = page.dpi is not None
    card_found = warped = sharpened = False
    if steps.perspective:
        # A scanner writes its DPI, a camera none that means anything: only a photo tries
        # faint edges (a scan's inner box or band must never be taken for the card).
        corners = find_card_corners(image, faint=not scanned)
        if corners is not None and scanned and leaves_print_outside(image, corners):
            corners = None  # a band printed on the card: the lid's light hid the card's edge
        if corners is not None:
            image, card_found, warped = warp_to_card(image, corners), True, True
    if steps.find_card and not warped:
        image, card_found = crop_to_card(image, scanned=scanned)
    if steps.deskew and not warped:
        angle = estimate_skew(image)
        if abs(angle) >= 0.3:
            fill = _border_colour(image)
            image = image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=fill)
            if steps.find_card:
                cropped, found = crop_to_card(image, scanned=scanned)
                # A scan the card fills stood out from nothing before the turn; a "card" found
                # in it now may be a coloured band, and cropping to it cut every line short.
                kept = cropped.width * cropped.height / (image.width * image.height)
                if card_found or kept >= CROP_KEEPS:
                    image, card_found = cropped, found
    gray = image.convert("L")
    if steps.rescale and not warped:
        gray = rescale(gray, page.dpi, card_found)
    if _is_dark(gray):
        # Light text on a dark card: Tesseract reads dark on light best.
        gray = ImageOps.invert(gray)
    gray = invert_dark_bands(gray)
    if steps.flatten:
        # A photo's shadow: dividing by the paper keeps the ink's contrast inside the shadow.
        if warped:
            gray, sharpened = sharpen_if_blurred(smooth_and_stretch(divide_background(gray)))
        else:
            gray = flatten_light(gray)
    if steps.autocontrast:
        gray = ImageOps.autocontrast(gray, cutoff=1)
    if steps.binarize:
        gray = binarize(gray)
    gray.info[SHARPENED] = sharpened
    return gray


def _border_colour(image: Image.Image) -> tuple[int, int, int]:
    """The median colour of the image's outer frame: the desk or the scanner bed."""
    w, h = image.size
    strips = [
        image.crop((0, 0, w, max(1, h // 50))),
        image.crop((0, h - max(1, h // 50), w, h)),
        image.crop((0, 0, max(1, w // 50), h)),
        image.crop((w - max(1, w // 50), 0, w, h)),
    ]
    values: list[list[int]] = [[], [], []]
    for strip in strips:
        small = strip.resize((max(1, strip.width // 4), max(1, strip.height // 4)))
        for pixel in pixels(small):
            for channel in range(3):
                values[channel].append(pixel[channel])
    # A tuple of three (one median a channel), which a generator's tuple() cannot type.
    return tuple(sorted(v)[len(v) // 2] for v in values)  # type: ignore[return-value]


def crop_to_card(image: Image.Image, scanned: bool = False) -> tuple[Image.Image, bool]:
    """Crop the desk or scanner bed away.

    Works on a small copy: pixels far from the frame's colour are 'card', an opening removes
    desk grain, and whatever of that touches the frame is desk too (a lighter strip, a shadow).
    The box of what remains is the card, if it is large and solid. Returns whether a card was
    found; a card the colour of its scanner bed is left uncropped, and so is a ``scanned`` one
    whose box leaves print outside (a band printed on the card, its edge the lid's colour).
    """
    w, h = image.size
    factor = max(1.0, max(w, h) / 320)
    small = image.resize((max(1, round(w / factor)), max(1, round(h / factor))), Image.BILINEAR)
    background = Image.new("RGB", small.size, _border_colour(small))
    # The largest channel difference: a blue band on a brown desk differs in hue, not in luma.
    red, green, blue = ImageChops.difference(small, background).split()
    distance = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    # Otsu on the distance: uneven light spreads the desk's distances, a card stands apart.
    threshold = max(30, otsu_threshold(distance))
    mask = distance.point(lambda v: 255 if v > threshold else 0)
    mask = mask.filter(ImageFilter.MinFilter(3)).filter(ImageFilter.MaxFilter(3))
    _clear_border_regions(mask)
    box = mask.getbbox()
    if box is None:
        return image, False
    bw, bh = box[2] - box[0], box[3] - box[1]
    area = bw * bh / (small.width * small.height)
    fill = sum(pixels(mask.crop(box))) / 255 / max(1, bw * bh)
    if fill < 0.6 or area < 0.08 or area > 0.97:
        # Only text differs from the frame (a card on a scanner bed of its own colour): the
        # opening removed thin strokes, so this box is no safe crop.
        return image, False
    aspect = max(bw, bh) / max(1, min(bw, bh))
    if not 1.3 <= aspect <= 2.1:
        # Cards are about 1.6-1.8 wide to high: this box missed part of the card (a coloured
        # band close to the desk's colour) or took in desk; cutting text off is worse than
        # keeping the desk, so keep it all.
        return image, False
    # Trim the anti-aliased edge that still carries desk colour.
    inset = 1
    left = min(w - 1, int((box[0] + inset) * factor))
    top = min(h - 1, int((box[1] + inset) * factor))
    right = max(left + 1, min(w, int((box[2] - inset) * factor)))
    bottom = max(top + 1, min(h, int((box[3] - inset) * factor)))
    if scanned and _print_outside(image, (left, top, right, bottom)):
        return image, False
    return image.crop((left, top, right, bottom)), True


def _print_outside(image: Image.Image, box: tuple[int, int, int, int]) -> bool:
    from .perspective import leaves_print_outside  # OpenCV: loaded with the first card

    left, top, right, bottom = box
    return leaves_print_outside(image, [(left, top), (right, top), (right, bottom), (left, bottom)])


def _clear_border_regions(mask: Image.Image) -> None:
    """Flood every foreground region that touches the frame with background, in place."""
    w, h = mask.size
    grid = mask.load()
    frame = [(x, 0) for x in range(w)] + [(x, h - 1) for x in range(w)]
    frame += [(0, y) for y in range(h)] + [(w - 1, y) for y in range(h)]
    for point in frame:
        if grid[point] == 255:
            ImageDraw.floodfill(mask, point, 0)


def estimate_skew(image: Image.Image, limit: float = 10.0) -> float:
    """The rotation (degrees, counter-clockwise) that makes text lines horizontal.

    Projection profile on an edge map: when lines are level, row sums are peaky (high
    variance of differences between neighbouring rows). Coarse search, then a finer one.
    """
    w, h = image.size
    factor = max(1, max(w, h) // 600)
    small = image.convert("L").resize((max(1, w // factor), max(1, h // factor)))
    edges = small.filter(ImageFilter.FIND_EDGES).point(lambda v: 255 if v > 40 else 0)
    # Remove the frame: the crop's own border gives a strong edge of no use.
    edges = ImageOps.crop(edges, border=3)

    def score(angle: float) -> float:
        turned = edges.rotate(angle, resample=Image.NEAREST, expand=False)
        rows = list(pixels(turned.resize((1, turned.height), Image.BOX)))
        return sum((a - b) ** 2 for a, b in itertools.pairwise(rows))

    best = max((score(a), a) for a in _frange(-limit, limit, 1.0))[1]
    best = max((score(a), a) for a in _frange(best - 1.0, best + 1.0, 0.2))[1]
    return round(best, 2)


def _frange(start: float, stop: float, step: float) -> list[float]:
    count = round((stop - start) / step)
    return [start + i * step for i in range(count + 1)]


def rescale(gray: Image.Image, dpi: float | None, card_found: bool) -> Image.Image:
    """Scale to about 300 DPI: by the file's DPI for scans, by the card's width for photos."""
    if card_found:
        factor = TARGET_DPI * CARD_WIDTH_INCHES / max(gray.width, gray.height)
    elif dpi:
        factor = TARGET_DPI / dpi
    else:
        return gray
    factor = min(max(factor, 0.4), 3.0)
    if 0.9 <= factor <= 1.1:
        return gray
    size = (max(1, round(gray.width * factor)), max(1, round(gray.height * factor)))
    return gray.resize(size, Image.LANCZOS)


def flatten_light(gray: Image.Image) -> Image.Image:
    """Even out uneven light (a lamp on one side, a shadow): subtract the paper's brightness.

    The paper is estimated on a small copy by a maximum filter wider than any stroke (text
    disappears into the paper around it), then smoothed and scaled back; the difference to it
    is the ink. Tesseract's own global threshold fails on a gradient; after this it does not.
    """
    w, h = gray.size
    small = gray.resize((max(1, w // 8), max(1, h // 8)), Image.BILINEAR)
    paper = small.filter(ImageFilter.MaxFilter(7)).filter(ImageFilter.GaussianBlur(3))
    low, high = paper.getextrema()
    if high - low < 40:
        return gray  # evenly lit (a flatbed scan): nothing to even out, and it would cost
    paper = paper.resize((w, h), Image.BILINEAR)
    return ImageOps.invert(ImageChops.subtract(paper, gray))


def invert_dark_bands(gray: Image.Image) -> Image.Image:
    """Invert dark bands (a coloured header with the company in white).

    Tesseract's layout analysis skips light-on-dark text; dark bands on an otherwise light
    card are turned dark-on-light. Found on a small copy whose minimum filter erases the light
    letters, by a row profile (bands on cards run across) and then a column profile for the
    band's ends, so a scanner bed beside the card is left alone.
    """
    w, h = gray.size
    scale = 4
    small = gray.resize((max(1, w // scale), max(1, h // scale)), Image.BOX)
    solid = small.filter(ImageFilter.MinFilter(5))
    rows = list(pixels(solid.resize((1, solid.height), Image.BOX)))
    paper = sorted(rows)[int(0.75 * (len(rows) - 1))]
    dark = [value < min(120, 0.6 * paper) for value in rows]
    if not any(dark) or sum(dark) > 0.6 * len(dark):
        return gray

    def sharp(y: int) -> bool:
        # A printed band has a crisp edge; a shadow or a lamp's gradient fades in.
        return not 0 <= y < len(rows) or rows[y] > 0.8 * paper

    out = gray.copy()
    start = None
    for y, is_dark in enumerate([*dark, False]):
        if is_dark and start is None:
            start = y
        elif not is_dark and start is not None:
            # A band, not a rule, a line of bold text, or the dark side of uneven light.
            if (y - start) * scale >= 40 and sharp(start - 3) and sharp(y + 2):
                cols = list(pixels(solid.crop((0, start, solid.width, y)).resize((solid.width, 1))))
                inside = [x for x, value in enumerate(cols) if value < 120]
                span = inside[-1] - inside[0] + 1 if inside else 0
                # A band runs (nearly) across the card and is solid; a large bold name is not.
                if span >= 0.7 * len(cols) and len(inside) >= 0.9 * span:
                    small_box = (inside[0], start, inside[-1] + 1, y)
                    if _printed_band(small.crop(small_box), paper):
                        box = tuple(side * scale for side in small_box)
                        out.paste(ImageOps.invert(gray.crop(box)), box)
            start = None
    return out


def _printed_band(band: Image.Image, paper: int) -> bool:
    """A band printed in one colour, not a row of large bold letters that the minimum filter
    joined into one (beside a coloured strip down the card's side, or alone): a printed band is
    even where letters are ink and paper in turn. Measured on tuning cards (the band's spread
    over the paper's level): printed bands 0.08-0.11, bold name rows 0.30-0.51; and its columns
    are dark across (0.72-1.0 of them), a name row's in 0.13-0.55."""
    values = list(pixels(band))
    mean = sum(values) / len(values)
    spread = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5 / max(1, paper)
    columns = list(pixels(band.resize((band.width, 1), Image.BOX)))
    dark = sum(v < min(120, 0.6 * paper) for v in columns) / len(columns)
    return spread < 0.2 or dark >= 0.65


def _is_dark(gray: Image.Image) -> bool:
    histogram = gray.resize((max(1, gray.width // 8), max(1, gray.height // 8))).histogram()
    total = sum(histogram)
    dark = sum(histogram[:100])
    return dark > total * 0.55


def binarize(gray: Image.Image) -> Image.Image:
    """Global Otsu threshold."""
    threshold = otsu_threshold(gray)
    return gray.point(lambda v: 255 if v > threshold else 0)


def otsu_threshold(gray: Image.Image) -> int:
    """The level that best splits the histogram in two classes."""
    histogram = gray.histogram()
    total = sum(histogram)
    sum_all = sum(i * c for i, c in enumerate(histogram))
    weight_bg = sum_bg = 0.0
    best, threshold = -1.0, 128
    for level in range(256):
        weight_bg += histogram[level]
        if weight_bg == 0:
            continue
        weight_fg = total - weight_bg
        if weight_fg == 0:
            break
        sum_bg += level * histogram[level]
        mean_bg = sum_bg / weight_bg
        mean_fg = (sum_all - sum_bg) / weight_fg
        between = weight_bg * weight_fg * (mean_bg - mean_fg) ** 2
        if between > best:
            best, threshold = between, level
    return threshold
