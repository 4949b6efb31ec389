"""A photographed card, flattened: its four corners found and warped to a level rectangle.

A phone photo shows the card in perspective (a trapezoid, turned, on a desk with shadows).
Cropping to an upright box and rotating leaves the text slanted and of unequal size from one
side to the other; Tesseract misreads the far side. Here the card's outline is found as the
largest four-cornered contour of the edge map, and the card is warped to a rectangle of a fixed
width (``CARD_WIDTH_PX``, about 400 DPI for a 3.5 inch card), so every photo reaches the OCR at
the same scale whatever the camera's distance. Measured on photos (bench/card_scan_eval.py):
emails, phones and review load improve; flatbed scans find no outline and keep the old path.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

# 400 DPI over 3.5 inches: small print (a department line) keeps a readable height; 300 DPI
# (1050 px) read fewer emails on blind seed 1, 1800 px no more than this.
CARD_WIDTH_PX = 1400
# The work is done on a copy this wide: enough for the card's edges, cheap on a 12 MP photo.
WORK_SIDE_PX = 640


# Canny's thresholds for the card's edges; a photo (a file declaring no scanning DPI) whose
# outline they miss, or find in no card's shape, tries fainter ones: a dark card on a dark desk,
# an olive band on a brown desk in shadow (tuning and held-out photos: 20 of 700 found none).
EDGE_THRESHOLDS = ((30, 90),)
FAINT_THRESHOLDS = ((15, 45),)  # (10, 30) found more, and cut a held-out card's corner off
# A faint outline is taken only where it is nearly a rectangle: seen at a photo's slant a card's
# corners stay within this of a right angle (tuning photos, outline found: at most 15 on 481 of
# 491, 29 at worst), while the faint edges' wrong outlines cut across the card (54-76).
FAINT_CORNER_DEGREES = 15.0
# and opposite sides alike (found: 1.0-1.2 on nearly all; a faint outline that cut a tuning
# card's company off: 1.25; the right faint ones: 1.02-1.14).
FAINT_SIDE_RATIO = 1.2
# Where neither finds one, the desk's colour fitted on this share of the frame (the card never
# reaches it on the tuning photos), and a pixel is card beyond this many times the ring's spread
# (its grain after smoothing) or at least DESK_FLOOR levels: 6 found the card on 41 of the 69
# tuning photos without an outline, the shape passed by the faint outline's checks (on fresh
# photos, 9 of the 13 in 700 with no outline; docs/card_scan_log.md, session 27, image27).
DESK_RING = 0.03
DESK_NOISE_TIMES = 6.0
DESK_FLOOR = 8.0


def find_card_corners(image: Image.Image, *, faint: bool = False) -> np.ndarray | None:
    """The card's four corners (x, y in the image) in the order top-left, top-right,
    bottom-right, bottom-left; None when no card-shaped outline stands out (a flatbed scan
    filled by the card, a card the colour of the desk). With ``faint``, fainter edges are tried
    where none is found, and their outline taken only if nearly a rectangle."""
    rgb = np.asarray(image.convert("RGB"))
    height, width = rgb.shape[:2]
    factor = max(1.0, max(width, height) / WORK_SIDE_PX)
    small = cv2.resize(
        rgb, (round(width / factor), round(height / factor)), interpolation=cv2.INTER_AREA
    )
    blurred = cv2.GaussianBlur(small, (5, 5), 0)
    for low, high in EDGE_THRESHOLDS:
        corners = _outline(blurred, low, high)
        if corners is not None:
            corners = corners * factor
            if _card_shaped(corners, width, height):
                return corners
            # Not card-shaped: the outline missed a corner or took in a shadow (a card in a
            # wavy shadow); the fainter edges may still find the card, else there is none.
            break
    if not faint:
        return None
    for low, high in FAINT_THRESHOLDS:
        corners = _outline(blurred, low, high)
        if corners is not None:
            corners = corners * factor
            if _card_shaped(corners, width, height) and _nearly_rectangle(corners):
                return corners
            break
    corners = _desk_outline(small)
    if corners is not None:
        corners = corners * factor
        if _card_shaped(corners, width, height) and _nearly_rectangle(corners):
            return corners
    return None


# A scan's outline holds the whole card: print found outside it, this far from the outline and
# the image's frame (the lid's edge, its shadow), says the outline was a band or a box printed
# on the card, whose own edge the scanner's light washed out (second blind generator, seed 1:
# 11 of 100 scans lost every line so).
OUTSIDE_MARGIN = 0.03
# Ink is this much darker than the paper around it; print is this many marks of a letter's or
# a word's size (at the work copy's scale), where the lid shows specks and one edge at most.
INK_BELOW_PAPER = 40
PRINT_MARKS = 6


def leaves_print_outside(image: Image.Image, corners: np.ndarray | list[tuple[int, int]]) -> bool:
    """Whether marks of print lie outside the outline ``corners`` (x, y in the image)."""
    gray = np.asarray(image.convert("L"))
    height, width = gray.shape
    factor = max(1.0, max(width, height) / WORK_SIDE_PX)
    small = cv2.resize(
        gray, (round(width / factor), round(height / factor)), interpolation=cv2.INTER_AREA
    )
    paper = cv2.morphologyEx(small, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    ink = ((paper.astype(np.int16) - small) > INK_BELOW_PAPER).astype(np.uint8)
    margin = max(2, round(OUTSIDE_MARGIN * max(small.shape)))
    inside = np.zeros_like(ink)
    cv2.fillConvexPoly(inside, np.round(np.asarray(corners) / factor).astype(np.int32), 1)
    inside = cv2.dilate(inside, np.ones((2 * margin + 1, 2 * margin + 1), np.uint8))
    ink[inside > 0] = 0
    ink[:margin], ink[-margin:], ink[:, :margin], ink[:, -margin:] = 0, 0, 0, 0
    _, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    letter_high = (stats[1:, cv2.CC_STAT_HEIGHT] >= 3) & (stats[1:, cv2.CC_STAT_HEIGHT] <= 40)
    word_wide = stats[1:, cv2.CC_STAT_WIDTH] <= 0.3 * small.shape[1]
    return int(np.sum(letter_high & word_wide & (stats[1:, cv2.CC_STAT_AREA] >= 4))) >= PRINT_MARKS


def _outline(blurred: np.ndarray, low: int, high: int) -> np.ndarray | None:
    """The largest four-cornered outline of the edge map, ordered; None where the largest
    contours have no four corners or are too small to be the card."""
    # Edges in each colour, not in grey alone: a purple band on a navy desk, or an olive band on
    # a brown one, is one shade of grey, and the outline found was the white part only.
    edges = np.zeros(blurred.shape[:2], np.uint8)
    for channel in range(3):
        edges |= cv2.Canny(blurred[:, :, channel], low, high)
    edges = cv2.dilate(edges, np.ones((3, 3), np.uint8))
    return _four_corners(edges, blurred.shape[0] * blurred.shape[1], tries=5)


def _four_corners(mask: np.ndarray, area_all: int, tries: int = 1) -> np.ndarray | None:
    """The four corners of the convex hull of the mask's largest outline (of its ``tries``
    largest, the first with four), ordered; None where it is too small to be the card."""
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    for contour in sorted(contours, key=cv2.contourArea, reverse=True)[:tries]:
        hull = cv2.convexHull(contour)
        if cv2.contourArea(hull) < 0.1 * area_all:
            return None  # the rest are smaller still: text, a logo
        perimeter = cv2.arcLength(hull, True)
        for tolerance in (0.02, 0.03, 0.05):
            corners = cv2.approxPolyDP(hull, tolerance * perimeter, True)
            if len(corners) == 4:
                return _order(corners.reshape(4, 2).astype(np.float32))
    return None


def _desk_outline(small: np.ndarray) -> np.ndarray | None:
    """The card as what differs from the desk as it is lit there, its outline ordered; None
    where no large solid shape stands out.

    Where no edge outlines the card (a dark card on a dark desk: its edge is a step of the
    brightness as deep as the light's fall across the photo, lost in the grain), the desk's
    colour is fitted on the frame's ring, a smooth surface in x and y for each channel (the
    light's gradient), refitted without what stands out there; a pixel is card where it differs
    from that fit by more than ``DESK_NOISE_TIMES`` the ring's own spread. Otsu on the plain
    distance to the desk's median instead split a bright band from the dark card (2 tuning
    photos read nothing).
    """
    smooth = cv2.GaussianBlur(small, (0, 0), 2.0).astype(np.float32)
    height, width = smooth.shape[:2]
    band = max(2, round(DESK_RING * min(height, width)))
    ring = np.ones((height, width), bool)
    ring[band:-band, band:-band] = False
    ring_ys, ring_xs = np.nonzero(ring)
    xs, ys = (
        np.arange(width, dtype=np.float32) / width,
        np.arange(height, dtype=np.float32) / height,
    )
    terms = _surface_terms(xs[ring_xs], ys[ring_ys])
    distance = np.zeros((height, width), np.float32)
    spread = 0.0
    for channel in range(3):
        values = smooth[ring_ys, ring_xs, channel]
        keep = np.ones(len(values), bool)
        for _ in range(3):  # without a card's corner or a shadow near the frame
            coefficients = np.linalg.lstsq(terms[keep], values[keep], rcond=None)[0]
            residual = values - terms @ coefficients
            deviation = 1.4826 * float(np.median(np.abs(residual - np.median(residual))))
            keep = np.abs(residual) < 3 * deviation + 1e-3
        desk = _surface(coefficients, xs[None, :], ys[:, None])
        distance = np.maximum(distance, np.abs(smooth[:, :, channel] - desk))
        spread = max(spread, deviation)
    mask = (distance > max(DESK_FLOOR, DESK_NOISE_TIMES * spread)).astype(np.uint8) * 255
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))  # grain
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))  # the print
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    if count <= 1:
        return None
    largest = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    return _four_corners(((labels == largest) * 255).astype(np.uint8), mask.size)


def _surface_terms(xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """The six terms of a quadratic surface at the points (xs, ys), one row a point."""
    return np.stack([np.ones_like(xs), xs, ys, xs * xs, ys * ys, xs * ys], axis=-1)


def _surface(coefficients: np.ndarray, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """The quadratic surface at every (x, y) that xs and ys broadcast to."""
    c = coefficients
    return c[0] + c[1] * xs + c[2] * ys + c[3] * xs * xs + c[4] * ys * ys + c[5] * xs * ys


def _nearly_rectangle(corners: np.ndarray) -> bool:
    """Every corner near a right angle and opposite sides of like length."""
    sides = [float(np.linalg.norm(corners[(i + 1) % 4] - corners[i])) for i in range(4)]
    if min(sides) <= 0:
        return False
    for i in range(4):
        before, after = corners[i - 1] - corners[i], corners[(i + 1) % 4] - corners[i]
        cosine = float(np.dot(before, after)) / (sides[i - 1] * sides[i])
        if abs(np.degrees(np.arccos(np.clip(cosine, -1.0, 1.0))) - 90) > FAINT_CORNER_DEGREES:
            return False
    ratios = (
        max(sides[0], sides[2]) / min(sides[0], sides[2]),
        max(sides[1], sides[3]) / min(sides[1], sides[3]),
    )
    return max(ratios) <= FAINT_SIDE_RATIO


def _order(points: np.ndarray) -> np.ndarray:
    """Top-left has the smallest x + y, bottom-right the largest; top-right the smallest y - x."""
    total = points.sum(axis=1)
    diff = np.diff(points, axis=1).ravel()
    return np.array(
        [
            points[np.argmin(total)],
            points[np.argmin(diff)],
            points[np.argmax(total)],
            points[np.argmax(diff)],
        ],
        dtype=np.float32,
    )


def _sides(corners: np.ndarray) -> tuple[float, float]:
    top_left, top_right, bottom_right, bottom_left = corners
    across = max(np.linalg.norm(top_right - top_left), np.linalg.norm(bottom_right - bottom_left))
    down = max(np.linalg.norm(bottom_left - top_left), np.linalg.norm(bottom_right - top_right))
    return float(across), float(down)


def _card_shaped(corners: np.ndarray, width: int, height: int) -> bool:
    """A card seen at a slant: aspect about 1.2-2.3 (ID-1 is 1.59, US 1.75, a meishi 1.65),
    not the image's own frame (a scan), and not a sliver."""
    if len({(round(float(x)), round(float(y))) for x, y in corners}) < 4:
        # Two corners in one: the outline missed a corner (a dark card on a dark desk, its
        # corner in shadow), and the warp of such a quad is one flat grey, no text at all.
        return False
    across, down = _sides(corners)
    aspect = max(across, down) / max(1.0, min(across, down))
    if not 1.2 <= aspect <= 2.3:
        return False
    margin = 0.01 * max(width, height)
    on_frame = sum(
        x <= margin or y <= margin or x >= width - margin or y >= height - margin
        for x, y in corners
    )
    return on_frame < 3  # a card cut by the frame on one side still has two free corners


def warp_to_card(
    image: Image.Image, corners: np.ndarray, width: int = CARD_WIDTH_PX
) -> Image.Image:
    """The card flattened to a rectangle ``width`` pixels along its long side."""
    across, down = _sides(corners)
    if across >= down:
        size = (width, max(1, round(width * down / across)))
    else:  # a card photographed turned: read_upright turns it back
        size = (max(1, round(width * across / down)), width)
    target = np.array(
        [[0, 0], [size[0] - 1, 0], [size[0] - 1, size[1] - 1], [0, size[1] - 1]], np.float32
    )
    matrix = cv2.getPerspectiveTransform(corners, target)
    rgb = np.asarray(image.convert("RGB"))
    flat = cv2.warpPerspective(
        rgb, matrix, size, flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE
    )
    return Image.fromarray(flat)


def divide_background(gray: Image.Image) -> Image.Image:
    """Even out a shadow across the card: each pixel divided by the paper's local brightness.

    The paper is a closing wider than any stroke (the ink disappears into it), smoothed; the
    quotient keeps the ink's contrast inside a shadow, where subtracting shrinks it. Measured
    against the subtraction (``imaging.flatten_light``) on warped photos: fewer wrong fields.
    """
    pixels = np.asarray(gray, dtype=np.uint8)
    paper = cv2.morphologyEx(pixels, cv2.MORPH_CLOSE, np.ones((25, 25), np.uint8))
    paper = cv2.GaussianBlur(paper, (0, 0), 9)
    ratio = pixels.astype(np.float32) / np.maximum(paper.astype(np.float32), 1.0)
    return Image.fromarray(np.clip(ratio * 255.0, 0, 255).astype(np.uint8))


def smooth_and_stretch(gray: Image.Image, sigma: float = 1.0) -> Image.Image:
    """A photo's sensor grain smoothed away, then its contrast stretched to the full range.

    A phone photo's pale ink in grain reads as broken glyphs ("roth@meyer com"); a slight
    Gaussian blur joins them, and stretching the 1st..99th percentile to black..white gives back
    the contrast the blur and the shadow took. Measured on blind seed 1 photos
    (bench/card_scan_eval.py): emails 0.84 -> 0.96, phones 0.96 -> 1.00, no wrong field added.
    Binarising instead (Otsu, Sauvola) or CLAHE lost emails and companies there: not used.
    """
    pixels = cv2.GaussianBlur(np.asarray(gray, dtype=np.uint8), (0, 0), sigma)
    low, high = np.percentile(pixels, (1, 99))
    scaled = (pixels.astype(np.float32) - low) * 255.0 / max(1.0, float(high - low))
    return Image.fromarray(np.clip(scaled, 0, 255).astype(np.uint8))


# A warped photo blurred past what its reading bears, and the mask that pulls its strokes back.
# The measure is the 99.5th percentile of the Sobel gradient of the smoothed and stretched card
# (the steepest ink edges; the stretch makes it blind to the ink's contrast). On 250 tuning
# photos with an outline, its median at the generator's blur 0 / 0.6 / 1.0 / 1.4 / 2.0 is
# 635 / 611 / 527 / 454 / 388, and it parts blur 2.0 from blur 1.0 or less nearly always;
# see docs/card_scan_log.md (session 26, sharpen26).
BLURRED_BELOW = 450.0
SHARPEN_SIGMA = 2.5
SHARPEN_AMOUNT = 0.8


def edge_steepness(gray: Image.Image) -> float:
    """The steepest ink edges of a card: the 99.5th percentile of its Sobel gradient."""
    pixels = np.asarray(gray, dtype=np.float32)
    across = cv2.Sobel(pixels, cv2.CV_32F, 1, 0)
    down = cv2.Sobel(pixels, cv2.CV_32F, 0, 1)
    return float(np.percentile(np.hypot(across, down), 99.5))


def sharpen_if_blurred(gray: Image.Image) -> tuple[Image.Image, bool]:
    """A blurred card's strokes pulled back by an unsharp mask; a sharp card left as it is.
    Returns the card and whether it was sharpened.

    Applied to every photo the mask cost names on sharp cards (letter slips the checks accept),
    so only a card whose edges are shallower than ``BLURRED_BELOW`` gets it.
    """
    if edge_steepness(gray) >= BLURRED_BELOW:
        return gray, False
    pixels = np.asarray(gray, dtype=np.float32)
    soft = cv2.GaussianBlur(pixels, (0, 0), SHARPEN_SIGMA)
    sharp = pixels + SHARPEN_AMOUNT * (pixels - soft)
    return Image.fromarray(np.clip(sharp, 0, 255).astype(np.uint8)), True
