"""Flattening photographed cards and the second reader, with real Tesseract and RapidOCR."""

from __future__ import annotations

import cardgen
import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from contactkit_plugins.card_scan import image_files, imaging, perspective, second_reading
from contactkit_plugins.card_scan.scan import OcrOptions, read_upright
from contactkit_plugins.card_scan.text_lines import Line, Word

# Where the card's corners land on the desk: a slant a phone held at an angle gives.
CORNERS = np.array([[310, 240], [1390, 330], [1330, 1010], [220, 880]], np.float32)


def _photo(spec: cardgen.CardSpec) -> Image.Image:
    """The card rendered flat, warped onto a grainy desk in perspective, softly blurred."""
    card = np.asarray(cardgen.render(spec).convert("RGB"))
    height, width = card.shape[:2]
    source = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float32)
    matrix = cv2.getPerspectiveTransform(source, CORNERS)
    rng = np.random.default_rng(5)
    desk = np.clip(rng.normal((95, 75, 55), 12, (1200, 1600, 3)), 0, 255).astype(np.uint8)
    warped = cv2.warpPerspective(card, matrix, (1600, 1200))
    inside = cv2.warpPerspective(np.full((height, width), 255, np.uint8), matrix, (1600, 1200))
    desk[inside > 127] = warped[inside > 127]
    return Image.fromarray(desk).filter(ImageFilter.GaussianBlur(0.8))


def on_desk(
    card: np.ndarray, desk: tuple[int, int, int], spread: float, seed: int, blur: float = 0.8
) -> Image.Image:
    """A flat card (an RGB array) warped onto a grainy desk of one colour at ``CORNERS``."""
    height, width = card.shape[:2]
    source = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float32)
    matrix = cv2.getPerspectiveTransform(source, CORNERS)
    rng = np.random.default_rng(seed)
    photo = np.clip(rng.normal(desk, spread, (1200, 1600, 3)), 0, 255).astype(np.uint8)
    warped = cv2.warpPerspective(card, matrix, (1600, 1200))
    inside = cv2.warpPerspective(np.full((height, width), 255, np.uint8), matrix, (1600, 1200))
    photo[inside > 127] = warped[inside > 127]
    return Image.fromarray(photo).filter(ImageFilter.GaussianBlur(blur))


def test_the_corners_of_a_card_photographed_at_a_slant_are_found():
    corners = perspective.find_card_corners(_photo(cardgen.make_spec(4)))
    assert corners is not None
    # Within a few pixels of a 1600 px photo, in the order the warp expects.
    assert np.abs(corners - CORNERS).max() < 12


def test_a_card_with_a_band_the_grey_of_the_desk_is_found_whole():
    # A purple band on a green desk: one shade of grey (66 and 63), but other colours. The white
    # part alone is nearly square, so an outline in grey found no card at all.
    card = np.full((600, 1050, 3), 250, np.uint8)
    card[:, 630:] = (90, 40, 140)
    photo = on_desk(card, (40, 75, 60), 6, seed=7)

    corners = perspective.find_card_corners(photo)
    assert corners is not None
    assert np.abs(corners - CORNERS).max() < 12


def test_a_warped_card_reads_back_with_tesseract():
    spec = cardgen.make_spec(4)
    page = image_files.Page(_photo(spec), None, 0)
    flat = imaging.prepare(page, imaging.Steps())
    assert flat.width == perspective.CARD_WIDTH_PX
    # The sides as seen, not as printed: foreshortening leaves the aspect a few % off.
    assert flat.width / flat.height == pytest.approx(1050 / 600, rel=0.08)
    _image, lines = read_upright(flat, OcrOptions(second_reader=False))
    text = "\n".join(line.text for line in lines)
    assert spec.email in text
    assert spec.family in text


def test_a_flatbed_scan_has_no_outline_and_keeps_the_crop():
    spec = cardgen.make_spec(3)  # a near-white card on a white bed: no edge to find
    bed = Image.new("RGB", (1200, 760), (252, 252, 252))
    bed.paste(cardgen.render(spec), (60, 60))
    assert perspective.find_card_corners(bed) is None
    filled = cardgen.render(cardgen.make_spec(1))  # the card is the whole image
    assert perspective.find_card_corners(filled) is None


def test_a_shadow_is_divided_out_and_the_ink_keeps_its_contrast():
    gray = Image.new("L", (600, 300), 230)
    draw = ImageDraw.Draw(gray)
    draw.rectangle((300, 0, 600, 300), fill=120)  # the right half in a phone's shadow
    draw.text((40, 140), "ink", fill=40)
    draw.text((420, 140), "ink", fill=20)
    flat = np.asarray(perspective.divide_background(gray))
    assert abs(int(flat[20, 100]) - int(flat[20, 500])) < 12  # paper as light in both halves
    assert flat[:, 400:].min() < 100  # the ink in the shadow stays dark


def _line_image(text: str) -> tuple[Image.Image, tuple[int, int, int, int]]:
    font = ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans.ttf", 40)
    image = Image.new("RGB", (1000, 120), "white")
    draw = ImageDraw.Draw(image)
    draw.text((30, 35), text, font=font, fill="black")
    return image, draw.textbbox((30, 35), text, font=font)


def test_a_doubtful_line_is_read_again_and_keeps_tesseracts_spaces():
    image, (left, top, right, bottom) = _line_image("Fon 0221 589 2090")
    # What Tesseract might give on a blurred photo: a wrong digit, unsure.
    doubtful = Line([Word("Fon", 0.4, left, top, 80, bottom - top)])
    doubtful.words.append(Word("0221 589 2O9O", 0.3, left + 100, top, right - left - 100, 40))
    sure = Line([Word("Köln", 0.95, 30, 10, 100, 20)])
    lines = second_reading.reread_doubtful(image, [doubtful, sure])
    assert lines[0].text == "Fon 0221 589 2090"
    assert lines[0].conf >= 0.8
    assert lines[1] is sure  # a sure line is not read twice


def test_specks_a_millimetre_high_are_not_read_again(monkeypatch):
    # A photo's top edge read as a row of letters 5 px high: scaled to the recogniser's height
    # it was a crop wider than the card, read three times for nothing.
    image, (left, top, right, bottom) = _line_image("Fon 0221 589 2090")
    doubtful = Line([Word("Fon", 0.4, left, top, 80, bottom - top)])
    doubtful.words.append(Word("0221 589 2O9O", 0.3, left + 100, top, right - left - 100, 40))
    specks = Line([Word("eas a_i", 0.14, 300, 0, 400, 5)])
    sure = Line([Word("Köln", 0.95, 30, 10, 100, 30)])
    read = []
    boxes = second_reading.read_boxes
    monkeypatch.setattr(
        second_reading, "read_boxes", lambda image, b, *a: read.extend(b) or boxes(image, b, *a)
    )
    lines = second_reading.reread_doubtful(image, [specks, doubtful, sure])
    assert read == [doubtful.box]
    assert lines[0] is specks
    assert lines[1].text == "Fon 0221 589 2090"


def test_a_doubtful_row_as_low_as_the_cards_whole_print_is_read_again(monkeypatch):
    # Fresh scan seed 497 card 54: every row 11-15 px high, its site row 12 px at 0.49.
    image = Image.new("RGB", (600, 200), "white")
    sure = [Line([Word(t, 0.95, 60, y, 120, 14)]) for t, y in (("Wilhelmus", 20), ("ALTAIR", 60))]
    site = Line([Word("T: www.altairnl", 0.49, 60, 100, 110, 11)])
    read = []
    monkeypatch.setattr(
        second_reading, "read_boxes", lambda image, b, *a: read.extend(b) or [[] for _ in b]
    )
    second_reading.reread_doubtful(image, [*sure, site])
    assert read == [site.box]


def test_a_second_reading_less_sure_than_tesseracts_is_not_taken():
    image = Image.new("RGB", (600, 100), "white")  # nothing printed: RapidOCR reads nothing
    line = Line([Word("ACME", 0.7, 50, 30, 200, 40)])
    assert second_reading.reread_doubtful(image, [line])[0] is line


@pytest.mark.parametrize(
    ("tesseract", "other", "expected"),
    [
        ("Fon 0221 589 20 90", "Fon0221589209O", "Fon 0221 589 20 9O"),
        # A dot Tesseract missed sits in the gap: no space goes in beside it.
        ("E tobias roth@meyer com", "E tobias.roth@meyer.com", "E tobias.roth@meyer.com"),
        ("Tel: 020 72:37 2898", "Tel 02072372898", "Tel 020 7237 2898"),
    ],
)
def test_spaces_move_over_where_the_readings_align(tesseract, other, expected):
    assert second_reading.respace(tesseract, other) == expected


def test_readings_vote_and_a_lone_guess_is_not_taken():
    line = Line([Word("JEFFREY", 0.69, 10, 10, 140, 30), Word("JONES:", 0.69, 160, 10, 120, 30)])
    # Three different readings: none agrees with another, Tesseract's stays.
    lone = [("JErFREY JONES", 0.87), ("JEFEREY JONES", 0.9), ("JEFFREY JINES", 0.8)]
    assert second_reading._vote(line, lone) is line
    # Two agree: taken, with Tesseract's spaces.
    agreed = second_reading._vote(line, [("JEFFREYJONES", 0.9), ("JEFFREY JONES", 0.85)])
    assert agreed.text == "JEFFREY JONES"
    # One agrees with Tesseract: its words and boxes stay, with the surer confidence.
    same = second_reading._vote(line, [("JEFFREYJONES:", 0.93), ("JEFEREY JONES", 0.9)])
    assert same.text == line.text and same.words[0].left == 10 and same.conf == 0.93


def test_a_line_tesseract_gave_no_words_for_is_read_and_added():
    font = ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans.ttf", 36)
    image = Image.new("RGB", (1000, 300), "white")
    draw = ImageDraw.Draw(image)
    draw.text((60, 60), "Maria Meijer", font=font, fill="black")
    draw.text((60, 170), "info@dijkstra.nl", font=font, fill="black")
    left, top, right, bottom = draw.textbbox((60, 60), "Maria Meijer", font=font)
    read = Line([Word("Maria", 0.95, left, top, 110, bottom - top)])
    read.words.append(Word("Meijer", 0.95, left + 130, top, right - left - 130, bottom - top))
    lines = second_reading.read_missed(image, [read])
    assert [line.text for line in lines] == ["Maria Meijer", "info@dijkstra.nl"]
    assert lines[0] is read
    # Nothing left unread: nothing added.
    assert second_reading.read_missed(image, lines) == lines


def test_grain_is_smoothed_and_pale_ink_stretched_to_black():
    """A phone photo's pale ink in sensor grain: smoothed, stretched, then read whole."""
    paper = Image.new("L", (900, 120), 215)
    font = ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans.ttf", 44)
    ImageDraw.Draw(paper).text((30, 30), "tobias.roth@meyer.com", fill=150, font=font)
    rng = np.random.default_rng(3)
    noisy = np.clip(np.asarray(paper, np.float32) + rng.normal(0, 22, (120, 900)), 0, 255)
    grainy = Image.fromarray(noisy.astype(np.uint8))
    clean = np.asarray(perspective.smooth_and_stretch(grainy))
    ink = np.asarray(paper) < 200

    def contrast_to_grain(pixels: np.ndarray) -> float:
        return float((pixels[:20].mean() - pixels[ink].mean()) / pixels[:20].std())

    # The ink stands out of the grain twice as far, and reaches black.
    assert contrast_to_grain(clean) > 2 * contrast_to_grain(noisy)
    assert np.percentile(clean, 1) < 10 and np.percentile(clean, 99) > 245
    _image, lines = read_upright(
        Image.fromarray(clean).convert("L"), OcrOptions(second_reader=False)
    )
    assert "tobias.roth@meyer.com" in " ".join(line.text for line in lines)


def _desk_with_quad(points: list[tuple[int, int]]) -> Image.Image:
    """A card's rendered front pasted on a dark desk, and the outline the edge map found on a
    tuning photo (a dark card, its bottom-right corner lost in shadow) drawn around it."""
    desk = Image.new("RGB", (1600, 1200), (40, 42, 48))
    draw = ImageDraw.Draw(desk)
    draw.polygon(points, fill=(180, 180, 180))
    card = cardgen.render(cardgen.make_spec(4))
    desk.paste(card.resize((card.width * 6 // 10, card.height * 6 // 10)), (430, 170))
    return desk


# The four points the outline gave on blind seed 1 photo 142, in a 1600 px frame: top-left,
# top-right, and two near the bottom-left; ordered by x + y and y - x, two of them are one.
LOST_CORNER = [(177, 797), (392, 90), (1540, 247), (352, 842)]


def test_an_outline_missing_a_corner_is_no_card_and_the_card_is_still_read():
    photo = _desk_with_quad(LOST_CORNER)
    assert perspective.find_card_corners(photo) is None
    flat = imaging.prepare(image_files.Page(photo, None, 0), imaging.Steps())
    # The warp of such a quad was one flat grey: no line read at all.
    assert np.asarray(flat).std() > 20
    _image, lines = read_upright(flat, OcrOptions(second_reader=False))
    assert cardgen.make_spec(4).family in "\n".join(line.text for line in lines)


def _dark_card_on_dark_desk() -> Image.Image:
    """A navy card a shade lighter than its navy desk, a gold name line on it, blurred: the
    kind of held-out photo whose outline no edge at Canny's usual thresholds found."""
    card = np.full((600, 1050, 3), (58, 60, 68), np.uint8)
    card[250:290, 100:700] = (200, 170, 60)
    return on_desk(card, (38, 40, 48), 5, seed=7, blur=1.5)


def test_a_dark_card_on_a_dark_desk_is_found_by_its_faint_edges():
    photo = _dark_card_on_dark_desk()
    corners = perspective.find_card_corners(photo, faint=True)
    assert corners is not None
    assert np.abs(corners - CORNERS).max() < 12


def test_a_scan_tries_no_faint_edges():
    # A file declaring a scanner's DPI is read as before: a box or band inside a scan is no card.
    assert perspective.find_card_corners(_dark_card_on_dark_desk()) is None


def test_a_faint_outline_cut_across_the_card_is_refused():
    assert perspective._nearly_rectangle(CORNERS)
    # A held-out photo's faint outline: one side ran across the card (corners 62-118 degrees).
    across = np.array([[400, 300], [1390, 330], [1330, 1010], [900, 1000]], np.float32)
    assert not perspective._nearly_rectangle(across)


def test_a_band_the_colour_of_the_desk_is_found_by_faint_edges_after_a_wrong_outline():
    # An olive band on a brown desk (held-out photo 560): the usual edges outline the white part
    # alone, nearly square and refused as no card; that refusal no longer ends the search.
    card = np.full((600, 1050, 3), 235, np.uint8)
    card[:, :450] = (132, 112, 62)
    photo = on_desk(card, (110, 90, 40), 5, seed=3, blur=1.5)
    assert perspective.find_card_corners(photo) is None  # a scan would keep its crop
    corners = perspective.find_card_corners(photo, faint=True)
    assert corners is not None
    assert np.abs(corners - CORNERS).max() < 12


def _dark_card_in_falling_light(seed: int) -> Image.Image:
    """A dark card on a desk a shade lighter, the light falling to under half across the photo,
    coarse grain over both: the card's edge is a step no deeper than the light's fall, and the
    grain's edges outline no card (the tuning photos' dark cards without an outline)."""
    card = np.full((600, 1050, 3), (30, 35, 45), np.uint8)
    cv2.putText(card, "Oliver Smith", (520, 150), cv2.FONT_HERSHEY_SIMPLEX, 2.0, (200, 160, 40), 4)
    height, width = card.shape[:2]
    source = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float32)
    matrix = cv2.getPerspectiveTransform(source, CORNERS)
    photo = np.empty((1200, 1600, 3), np.float32)
    photo[:] = (48, 56, 75)
    warped = cv2.warpPerspective(card, matrix, (1600, 1200))
    inside = cv2.warpPerspective(np.full((height, width), 255, np.uint8), matrix, (1600, 1200))
    photo[inside > 127] = warped[inside > 127]
    light = np.linspace(0.45, 1.0, 1600, dtype=np.float32)[None, :, None]
    rng = np.random.default_rng(seed)
    grain = cv2.resize(rng.normal(0, 20, (600, 800)).astype(np.float32), (1600, 1200))
    photo = photo * light + grain[:, :, None] + rng.normal(0, 5, photo.shape)
    image = Image.fromarray(np.clip(photo, 0, 255).astype(np.uint8))
    return image.filter(ImageFilter.GaussianBlur(1.0))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_dark_card_on_a_dark_desk_is_found_from_the_desk_as_lit(seed, monkeypatch):
    photo = _dark_card_in_falling_light(seed)
    corners = perspective.find_card_corners(photo, faint=True)
    # The desk's colour fitted as lit finds the card (within 2 % of the photo's width)...
    assert corners is not None
    assert np.abs(corners - CORNERS).max() < 32
    # ...where the edge map, even at the faint thresholds, outlines none.
    monkeypatch.setattr(perspective, "_desk_outline", lambda small: None)
    assert perspective.find_card_corners(photo, faint=True) is None


def test_a_scan_never_takes_the_desk_fit():
    # A scanner's DPI asks for no faint search: the fit of the bed is never tried.
    assert perspective.find_card_corners(_dark_card_in_falling_light(1)) is None


def _prepared(blur: float, monkeypatch, cut: float) -> Image.Image:
    monkeypatch.setattr(perspective, "BLURRED_BELOW", cut)
    card = np.asarray(cardgen.render(cardgen.make_spec(4)).convert("RGB"))
    photo = on_desk(card, (95, 75, 55), 12, 5, blur=blur)
    return imaging.prepare(image_files.Page(photo, None, 0), imaging.Steps())


def test_only_a_blurred_photo_is_sharpened(monkeypatch):
    cut = perspective.BLURRED_BELOW
    # A sharp photo's card is left byte for byte as it was: the mask cost sharp cards names.
    sharp = _prepared(0.8, monkeypatch, cut)
    assert perspective.edge_steepness(sharp) >= cut
    assert np.array_equal(np.asarray(sharp), np.asarray(_prepared(0.8, monkeypatch, 0.0)))
    # A photo blurred as the widest photo blur leaves it gets its edges pulled back.
    blurred = _prepared(2.0, monkeypatch, cut)
    unsharpened = _prepared(2.0, monkeypatch, 0.0)
    assert perspective.edge_steepness(unsharpened) < cut
    assert perspective.edge_steepness(blurred) > 1.15 * perspective.edge_steepness(unsharpened)
    # The card says it was sharpened: its words' mid band is doubted (confidence, mask27).
    assert blurred.info[imaging.SHARPENED] and not sharp.info[imaging.SHARPENED]
