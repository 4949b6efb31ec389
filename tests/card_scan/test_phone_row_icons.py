"""A phone row's icon tells its kind where no label is printed (``row_icons``, session 62): the
second blind generator's cards print a handset, a mobile or a printer before each number, and
Tesseract reads them as debris ("€%", "()") or not at all."""

from __future__ import annotations

import io
from pathlib import Path

import cardgen
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.jobs import OcrOptions
from contactkit_plugins.card_scan.row_icons import icon_shape, mark_row_icons
from contactkit_plugins.card_scan.scan import card_lines
from contactkit_plugins.card_scan.text_lines import Line, Word

FONT = f"{cardgen.FONT_DIR}/DejaVuSans.ttf"
SIZE = 30  # the digits' height is about 22 px: the icons are drawn that high


def _handset(draw: ImageDraw.ImageDraw, x: int, y: int) -> None:
    """An arch: the receiver's bar on top, its two ear pieces below, open between."""
    draw.arc((x, y, x + 34, y + 30), 180, 360, fill="black", width=7)
    draw.rectangle((x, y + 13, x + 10, y + 22), fill="black")
    draw.rectangle((x + 24, y + 13, x + 34, y + 22), fill="black")


def _mobile(draw: ImageDraw.ImageDraw, x: int, y: int) -> None:
    """An upright outline with a button: hollow, its corners square."""
    draw.rectangle((x + 6, y, x + 20, y + 24), outline="black", width=3)
    draw.rectangle((x + 12, y + 19, x + 14, y + 21), fill="black")


def _fax(draw: ImageDraw.ImageDraw, x: int, y: int) -> None:
    """A printer: a sheet's outline above, a solid body below."""
    draw.rectangle((x + 8, y, x + 24, y + 10), outline="black", width=2)
    draw.rectangle((x, y + 10, x + 32, y + 22), fill="black")


def _card(rows: list[tuple[object, str]]) -> bytes:
    """A white card: a name, then each row's icon (or a printed prefix) and number."""
    image = Image.new("RGB", (1050, 600), "white")
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(FONT, SIZE)
    draw.text((70, 60), "Dana Whitfield", font=ImageFont.truetype(FONT, 46), fill="black")
    draw.text((70, 130), "Account Director", font=face, fill="black")
    for index, (mark, number) in enumerate(rows):
        y = 260 + index * 60
        if callable(mark):
            mark(draw, 70, y + 6)
            draw.text((118, y), number, font=face, fill="black")
        else:
            draw.text((70, y), f"{mark} {number}", font=face, fill="black")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _icons(data: bytes) -> dict[str, str]:
    lines = card_lines(data, 0, OcrOptions())
    return {"".join(c for c in line.text if c.isdigit())[-4:]: line.icon for line in lines}


def test_each_icon_names_its_rows_kind():
    data = _card(
        [(_handset, "(312) 555-0142"), (_mobile, "(312) 555-0187"), (_fax, "(312) 555-0143")]
    )
    icons = _icons(data)
    assert (icons["0142"], icons["0187"], icons["0143"]) == ("handset", "mobile", "fax")
    parsed = parse_card(card_lines(data, 0, OcrOptions()), default_region="US")
    kinds = {p.e164: p.kind for p in parsed.contact.phones}
    assert kinds == {"+13125550142": "work", "+13125550187": "cell", "+13125550143": "fax"}
    # North American numbers: only the icons told the kinds apart, and they are measured
    assert parsed.evidence["phones"].startswith("icon")


def test_letters_and_digits_before_a_number_are_no_icons():
    data = _card([("m", "(312) 555-0142"), ("M", "(312) 555-0187"), ("0", "(312) 555-0143")])
    assert set(_icons(data).values()) == {""}


def test_an_office_icon_before_a_mobile_number_is_doubted():
    # 0171 is a German mobile: the icon and the numbering disagree, a person looks
    data = _card([(_handset, "0171 2345678")])
    parsed = parse_card(card_lines(data, 0, OcrOptions()), default_region="DE")
    assert [p.e164 for p in parsed.contact.phones] == ["+491712345678"]
    assert parsed.evidence["phones"].startswith("icon+conflict")
    assert parsed.confidence["phones"] < REVIEW_BELOW


def _glyph(text: str, font: str, size: int = 44) -> np.ndarray:
    """A glyph's ink as ``icon_shape`` is given it: cropped to its box, 1 = ink."""
    face = ImageFont.truetype(f"{cardgen.FONT_DIR}/{font}", size)
    image = Image.new("L", (120, 90), 255)
    ImageDraw.Draw(image).text((20, 10), text, font=face, fill=0)
    ink = np.asarray(image) < 128
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    return ink[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1].astype(np.uint8)


@pytest.mark.parametrize("font", ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif-Bold.ttf"])
@pytest.mark.parametrize("letter", [*"mMnDO0[]B@#%&8W", "☎", "▲"])
def test_letters_read_beside_numbers_have_no_icons_shape(letter: str, font: str):
    # the labels printed before numbers ("M", "m", "D"), what icons are read as ("0", "[]"), and
    # signs that are no icon of these shapes (a second review's finds: ☎ was taken for a fax)
    mark = _glyph(letter, font)
    if np.array_equal(mark, _glyph("\U0010fffd", font)):
        pytest.skip(f"{font} draws no {letter}")  # its box for a missing glyph is drawn instead
    assert icon_shape(mark) == ""


@pytest.mark.parametrize("size", [20, 26, 32])
@pytest.mark.parametrize("letter", [*"D0"])
def test_a_small_bold_letter_is_no_mobile(letter: str, size: int):
    # at the size of a row's digits a bold monospaced "D" is nearly square on its right too
    assert icon_shape(_glyph(letter, "DejaVuSansMono-Bold.ttf", size)) == ""


def _drawn(draw_icon, blur: float = 0, turn: float = 0, speck: tuple[int, int] | None = None):
    """An icon's ink as a photo leaves it: blurred and thresholded, turned, a speck beside."""
    image = Image.new("L", (90, 70), 255)
    draw_icon(ImageDraw.Draw(image), 25, 20)
    if speck:
        image.putpixel(speck, 0)
    if turn:
        image = image.rotate(turn, fillcolor=255, resample=Image.Resampling.BILINEAR)
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    ink = np.asarray(image) < 150
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    return ink[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1].astype(np.uint8)


@pytest.mark.parametrize(
    ("draw_icon", "shape"), [(_handset, "handset"), (_mobile, "mobile"), (_fax, "fax")]
)
def test_the_drawn_icons_have_their_shapes(draw_icon, shape: str):
    assert icon_shape(_drawn(draw_icon)) == shape


@pytest.mark.parametrize(
    ("draw_icon", "shape"), [(_handset, "handset"), (_mobile, "mobile"), (_fax, "fax")]
)
def test_a_blurred_icon_keeps_its_shape(draw_icon, shape: str):
    # a photo's blur thickens a mobile's walls, rounds its corners and joins a fax's sheet to
    # its body along a wide row (session 63: 25 mobiles and 4 faxes of the tuning photos)
    assert icon_shape(_drawn(draw_icon, blur=1.2)) == shape


def test_a_speck_of_blur_beside_an_icon_leaves_its_shape():
    # a pixel above a mobile's flat top, or above the handset's crown off its middle
    assert icon_shape(_drawn(_mobile, speck=(36, 18))) == "mobile"
    assert icon_shape(_drawn(_handset, speck=(40, 18))) == "handset"


def test_a_tilted_handset_is_a_handset():
    # a photo left a little askew after its perspective is undone: the handset opens below a
    # little off its middle (one tilted 10 degrees stands on one ear: not told)
    assert icon_shape(_drawn(_handset, turn=6)) == "handset"
    assert icon_shape(_drawn(_handset, turn=-6)) == "handset"


def test_icons_on_a_grey_band_are_told():
    # a card's contact rows on a grey band, printed white: the icons are light ink too (a dark
    # band is turned light on dark when the image is prepared, a grey one is not)
    image = Image.new("RGB", (1050, 600), "white")
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(FONT, SIZE)
    draw.text((70, 60), "Dana Whitfield", font=ImageFont.truetype(FONT, 46), fill="black")
    draw.rectangle((40, 230, 1010, 460), fill=(150, 150, 150))
    icons = Image.new("L", (1050, 600), 255)  # drawn black, pasted white through it
    for index, (icon, number) in enumerate(
        [(_handset, "(312) 555-0142"), (_mobile, "(312) 555-0187"), (_fax, "(312) 555-0143")]
    ):
        y = 260 + index * 60
        icon(ImageDraw.Draw(icons), 70, y + 6)
        draw.text((118, y), number, font=face, fill="white")
    image.paste("white", mask=ImageOps.invert(icons))
    out = io.BytesIO()
    image.save(out, format="PNG")
    told = _icons(out.getvalue())
    assert (told["0142"], told["0187"], told["0143"]) == ("handset", "mobile", "fax")


def test_a_number_without_its_icon_beside_told_ones_is_doubted():
    # the fax's printer lost (here: not printed) beside an office's handset: which is which is
    # a guess, not a second office line
    data = _card([(_handset, "(312) 555-0142"), ("", "(312) 555-0143")])
    parsed = parse_card(card_lines(data, 0, OcrOptions()), default_region="US")
    assert sorted(p.e164 for p in parsed.contact.phones) == ["+13125550142", "+13125550143"]
    assert "icon-unread" in parsed.evidence["phones"]
    assert parsed.confidence["phones"] < REVIEW_BELOW


def _row(
    first_word: str, first_box: tuple[int, int], icon_top: int = 34
) -> tuple[Image.Image, Line]:
    """A handset at x 40-74 (its top at ``icon_top``; 34 centres it on the digits), then
    "02 332 43 47" from x 100, as one line; the first word's box (left, right) is given, the
    others' measured."""
    image = Image.new("L", (600, 100), 255)
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(FONT, SIZE)
    _handset(draw, 40, icon_top)
    x, words = 100, []
    for text in ["02", "332", "43", "47"]:
        left, top, right, bottom = draw.textbbox((x, 30), text, font=face)
        draw.text((x, 30), text, font=face, fill=0)
        words.append(Word(text, 0.96, left, top, right - left, bottom - top))
        x = right + 12
    top, height = words[0].top, words[0].height
    first = Word(first_word, 0.5, first_box[0], top, first_box[1] - first_box[0], height)
    if first_word == "02":
        return image, Line([first, *words[1:]])  # the icon inside the first number's box
    return image, Line([first, *words])


def test_an_icon_read_as_a_digit_is_no_part_of_the_number():
    # s5 card 44: the handset read "6", "6 02 332 43 47" taken for a Phoenix number
    image, line = _row("6", (40, 75))
    mark_row_icons(image, [line])
    assert (line.icon, line.text) == ("handset", "02 332 43 47")


def test_a_number_whose_box_holds_the_icon_keeps_its_digits():
    image, line = _row("02", (40, 130))
    mark_row_icons(image, [line])
    assert (line.icon, line.text) == ("handset", "02 332 43 47")


def test_an_icon_standing_high_is_read():
    # its middle half a digit above the digits' (five tuning scans of session 63, the handset
    # read "©" beside them)
    image, line = _row("02", (100, 130), icon_top=24)
    mark_row_icons(image, [line])
    assert line.icon == "handset"


def _marks() -> list[tuple[str, np.ndarray]]:
    """The icons of ``data/icon_marks.txt``: each block's shape and its ink."""
    blocks = (Path(__file__).parent / "data" / "icon_marks.txt").read_text().split("\n\n")[1:]
    marks = []
    for block in blocks:
        header, *rows = block.strip().splitlines()
        ink = np.array([[c == "#" for c in row] for row in rows], dtype=np.uint8)
        marks.append((header.partition(":")[0], ink))
    return marks


@pytest.mark.parametrize(("shape", "ink"), _marks())
def test_icons_as_photos_leave_them_keep_their_shape(shape: str, ink: np.ndarray):
    # blur, a speck, a tilt, a rounder style: each was missed before session 63
    assert icon_shape(ink) == shape


@pytest.mark.parametrize("blur", [0, 1.0])
@pytest.mark.parametrize("size", range(12, 24))
def test_a_small_letter_is_no_icon(size: int, blur: float):
    # "Tel. n. 02 ...": a small "n" is an arch, an "A" whose counter blur filled too (a second
    # review's sweep of every installed font; here the fonts every machine has)
    for font in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif-Bold.ttf"):
        for letter in "nAa":
            image = Image.new("L", (size * 3, size * 3), 255)
            face = ImageFont.truetype(f"{cardgen.FONT_DIR}/{font}", size)
            ImageDraw.Draw(image).text((size, size), letter, font=face, fill=0)
            if blur:
                image = image.filter(ImageFilter.GaussianBlur(blur))
            ink = np.asarray(image) < 195
            rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
            mark = ink[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1].astype(np.uint8)
            assert icon_shape(mark) == "", (font, letter)


def test_heavy_digits_filling_their_box_are_dark_ink_still():
    # digits of 8s and 0s in a bold face fill more than half their box: the band around the row
    # tells its paper (a second review's find: the handset and the fax were missed)
    image = Image.new("RGB", (1050, 600), "white")
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans-Bold.ttf", 36)
    draw.text((70, 60), "Dana Whitfield", font=ImageFont.truetype(FONT, 46), fill="black")
    rows = [(_handset, "808 808 8080"), (_mobile, "888 880 8808"), (_fax, "080 808 8088")]
    for index, (icon, number) in enumerate(rows):
        y = 250 + index * 80
        icon(draw, 70, y + 8)
        draw.text((118, y), number, font=face, fill="black")
    out = io.BytesIO()
    image.save(out, format="PNG")
    told = _icons(out.getvalue())
    assert (told["8080"], told["8808"], told["8088"]) == ("handset", "mobile", "fax")
