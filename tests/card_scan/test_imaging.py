"""Reading untrusted files, the pre-processing steps and the lines Tesseract's words are put
into, on generated images."""

from __future__ import annotations

import io
import random

import cardgen
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from contactkit_plugins.card_scan import image_files, imaging, text_lines
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.image_files import CardImageError, load_page, load_pages
from contactkit_plugins.card_scan.scan import OcrOptions, card_lines, read_upright
from contactkit_plugins.card_scan.text_lines import Line, Word


def _png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def test_not_an_image_is_a_one_line_error():
    with pytest.raises(CardImageError, match=r"^not an image \(PNG, JPEG, TIFF or PDF expected\)$"):
        load_pages(b"BEGIN:VCARD\nEND:VCARD\n")


def test_truncated_image_is_a_one_line_error():
    data = _png(cardgen.render(cardgen.make_spec(1)))
    with pytest.raises(CardImageError, match=r"^truncated or damaged image") as info:
        load_pages(data[: len(data) // 2])
    assert "\n" not in str(info.value)


def test_decompression_bomb_limit_stays_on(monkeypatch):
    data = _png(Image.new("L", (400, 300), 255))
    # 120k pixels against a limit of 100k: inside Pillow's warning band, refused all the same.
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100_000)
    with pytest.raises(CardImageError, match="decompression-bomb"):
        load_pages(data)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 50_000)
    with pytest.raises(CardImageError, match="decompression-bomb"):
        load_pages(data)


def test_exif_orientation_is_honoured():
    image = Image.new("RGB", (300, 100), "white")
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    buf = io.BytesIO()
    image.save(buf, "JPEG", exif=exif)
    page = load_page(buf.getvalue())
    assert page.image.size == (100, 300)


def test_multipage_tiff_gives_one_page_each_with_its_dpi():
    frames = [Image.new("RGB", (200, 120), c) for c in ("white", "gray", "black")]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:], dpi=(300, 300))
    pages = load_pages(buf.getvalue())
    assert [p.index for p in pages] == [0, 1, 2]
    assert pages[2].image.getpixel((5, 5)) == (0, 0, 0)
    assert pages[0].dpi == pytest.approx(300)
    assert load_page(buf.getvalue(), 1).image.getpixel((5, 5)) == (128, 128, 128)
    with pytest.raises(CardImageError, match="page 4 missing"):
        load_page(buf.getvalue(), 3)


def test_pdf_pages_render_with_pdftoppm():
    if image_files.pdf_renderer() is None:
        pytest.fail("pdftoppm missing: apt-get install poppler-utils (.ci/run installs it)")
    cards = [cardgen.render(cardgen.make_spec(s)) for s in (1, 2)]
    buf = io.BytesIO()
    cards[0].save(buf, "PDF", save_all=True, append_images=cards[1:], resolution=300)
    pages = load_pages(buf.getvalue())
    assert len(pages) == 2
    # 3.5 x 2 inches rendered at 300 DPI
    assert pages[1].image.size == pytest.approx((1050, 600), abs=3)
    assert load_page(buf.getvalue(), 1).index == 1


def test_broken_pdf_is_a_one_line_error():
    with pytest.raises(CardImageError, match=r"^unreadable PDF"):
        load_pages(b"%PDF-1.4\n garbage")


def test_photo_is_cropped_to_the_card_and_straightened():
    spec = cardgen.make_spec(4)
    card = cardgen.render(spec)
    desk = Image.new("RGB", (1600, 1200), (110, 80, 50))
    rotated = card.convert("RGBA").rotate(6, resample=Image.BICUBIC, expand=True)
    desk.paste(rotated, (250, 300), rotated)
    cropped, found = imaging.crop_to_card(desk)
    assert found
    assert imaging.estimate_skew(cropped) == pytest.approx(-6, abs=0.5)
    straight = cropped.rotate(-6, resample=Image.BICUBIC, expand=True, fillcolor=(110, 80, 50))
    final, found = imaging.crop_to_card(straight)
    assert found
    assert final.width / final.height == pytest.approx(1050 / 600, rel=0.08)


def test_card_on_a_bed_of_its_own_colour_is_not_cropped():
    bed = Image.new("RGB", (1200, 760), (252, 252, 252))
    bed.paste(cardgen.render(cardgen.make_spec(3)), (60, 60))  # spec 3: a near-white card
    assert imaging.crop_to_card(bed) == (bed, False)


def test_rescale_by_declared_dpi_or_card_width():
    gray = Image.new("L", (800, 500), 255)
    assert imaging.rescale(gray, 200, card_found=False).size == (1200, 750)
    assert imaging.rescale(gray, None, card_found=True).width == 1050
    assert imaging.rescale(gray, None, card_found=False) is gray


def test_binarize_splits_two_levels():
    rng = random.Random(1)
    gray = Image.new("L", (50, 50), 200)
    for _ in range(300):
        gray.putpixel((rng.randrange(50), rng.randrange(50)), 40)
    assert set(imaging.pixels(imaging.binarize(gray))) == {0, 255}


def test_content_hash_is_of_the_bytes():
    assert image_files.content_hash(b"a") == image_files.content_hash(b"a")
    assert image_files.content_hash(b"a") != image_files.content_hash(b"a", b"b")


def test_dark_header_band_is_inverted_but_a_lamp_gradient_is_not():
    card = Image.new("L", (1050, 600), 245)
    card.paste(30, (0, 0, 1050, 110))  # a dark band with light text in it
    card.paste(240, (60, 40, 500, 70))
    out = imaging.invert_dark_bands(card)
    assert out.getpixel((800, 50)) > 200 and out.getpixel((100, 55)) < 60
    assert out.getpixel((500, 400)) == 245  # the rest untouched
    lamp = Image.linear_gradient("L").resize((1050, 600))  # dark at the top, fading in
    assert imaging.pixels(imaging.invert_dark_bands(lamp)) == imaging.pixels(lamp)


def test_uneven_light_is_flattened_and_even_light_left_alone():
    ramp = Image.linear_gradient("L").rotate(90).resize((1000, 600)).point(lambda v: 90 + v // 2)
    flat = imaging.flatten_light(ramp)
    low, high = flat.resize((50, 30)).getextrema()
    assert high - low < 25  # was 127
    even = Image.new("L", (1000, 600), 230)
    assert imaging.flatten_light(even) is even


def test_large_bold_name_is_no_band():
    card = Image.new("L", (1050, 600), 220)
    draw = ImageDraw.Draw(card)
    font = ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSerif-Bold.ttf", 60)
    draw.text((56, 50), "Lukas Schneider", font=font, fill=20)
    assert imaging.pixels(imaging.invert_dark_bands(card)) == imaging.pixels(card)


def test_pillow_warnings_do_not_leak(recwarn):
    buf = io.BytesIO()
    bad_exif = (
        b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x05\x01\x12\x00\x03\x00\x00\x00\x01\x00\x06"
    )
    Image.new("RGB", (200, 120), "white").save(buf, "JPEG", exif=bad_exif + b"\xff\xff")
    page = load_page(buf.getvalue())
    assert page.image.size in {(200, 120), (120, 200)}
    assert [str(w.message) for w in recwarn] == []


def test_an_image_too_small_for_a_card_is_a_one_line_error():
    with pytest.raises(CardImageError, match=r"^image too small to hold a card \(1x1 px\)$"):
        load_pages(_png(Image.new("RGB", (1, 1))))


def test_letter_spaced_words_given_as_lines_of_their_own_join_again():
    first = Line([Word("OLIVER", 0.9, 237, 100, 261, 45)])
    second = Line([Word("SCHNEIDER", 0.9, 540, 98, 402, 46)])
    column = Line([Word("info@acme.de", 0.9, 1400, 100, 300, 45)])  # another column: apart

    joined = text_lines._join_neighbours([second, column, first])
    assert [line.text for line in joined] == ["OLIVER SCHNEIDER", "info@acme.de"]


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans.ttf", size)


def test_a_scan_with_a_band_down_its_side_is_not_cropped_to_the_band():
    # A card that fills the scan, a blue band down its left side, scanned a little askew:
    # after deskewing, the band stood out from the turn's white corners and was taken for the
    # card, so every line was cut after four letters ("E alex", "Telefor").
    card = Image.new("RGB", (1011, 659), (252, 252, 251))
    draw = ImageDraw.Draw(card)
    draw.rectangle((0, 0, 380, 659), fill=(0, 150, 200))  # card-shaped itself
    rows = [("Alexandra Schmid", 36), ("Schwarz GmbH & Co. KG", 28), ("Telefon 0711 259408-0", 26)]
    rows += [("E alexandra.schmid@schwarz.com", 26), ("Im Gewerbepark 213, Stuttgart", 22)]
    top = 70
    for text, size in rows:
        draw.text((420, top), text, fill=(70, 70, 70), font=_font(size))
        top += int(size * 1.9)
    askew = card.rotate(0.7, resample=Image.BICUBIC, expand=True, fillcolor=(252, 252, 251))
    buffer = io.BytesIO()
    askew.save(buffer, "PNG", dpi=(300, 300))
    parsed = parse_card(card_lines(buffer.getvalue(), 0, OcrOptions()), default_region="DE")
    assert parsed.contact.emails == ["alexandra.schmid@schwarz.com"]
    assert parsed.contact.name.full == "Alexandra Schmid"
    assert [p.e164 for p in parsed.contact.phones] == ["+497112594080"]


def _strip_card(name: str) -> Image.Image:
    """A scanned card as blind seed 1 prints some: a coloured strip down its left side, the
    name in large bold capitals beside it (b1more scan 475, "KENNETH JOHNSON")."""
    card = Image.new("RGB", (1050, 600), "white")
    draw = ImageDraw.Draw(card)
    draw.rectangle((0, 0, 265, 600), fill=(0, 150, 200))
    bold = ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans-Bold.ttf", 56)
    draw.text((330, 60), name, font=bold, fill=(80, 80, 80))
    regular = ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans.ttf", 30)
    draw.text((330, 150), "Account Executive", font=regular, fill=(80, 80, 80))
    draw.text((330, 420), "Email: johnson@wilson.co.uk", font=regular, fill=(80, 80, 80))
    return card


def test_a_bold_name_beside_a_side_strip_is_no_dark_band():
    flat = imaging.prepare(
        image_files.Page(_strip_card("KENNETH JOHNSON"), 300, 0), imaging.Steps()
    )
    # The name's row, its letters joined by the minimum filter and the strip beside it, was
    # taken for a dark band and inverted: white letters on black, which Tesseract skipped.
    name_row = np.asarray(flat)[70:120, 340:900]
    assert name_row.mean() > 128  # dark letters on paper, as printed
    _image, lines = read_upright(flat, OcrOptions(second_reader=False))
    assert "KENNETH JOHNSON" in [line.text for line in lines]


def test_a_printed_band_with_white_letters_is_still_inverted():
    card = Image.new("RGB", (1050, 600), "white")
    draw = ImageDraw.Draw(card)
    draw.rectangle((0, 0, 1050, 130), fill=(20, 40, 90))
    bold = ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans-Bold.ttf", 48)
    draw.text((60, 35), "MERIDIAN LOGISTICS", font=bold, fill="white")
    regular = ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans.ttf", 30)
    draw.text((60, 250), "Anna Berg", font=regular, fill="black")
    flat = imaging.prepare(image_files.Page(card, 300, 0), imaging.Steps())
    _image, lines = read_upright(flat, OcrOptions(second_reader=False))
    assert "MERIDIAN LOGISTICS" in [line.text for line in lines]


def _card(rows: list[tuple[str, int, float]], region: str):
    """A white 300 DPI card; each row is (text, size, tracking: extra space per letter in ems)."""
    image = Image.new("RGB", (1050, 600), "white")
    draw = ImageDraw.Draw(image)
    top = 50
    for text, size, tracking in rows:
        font, x = _font(size), 60.0
        for char in text:
            draw.text((x, top), char, fill="black", font=font)
            x += font.getlength(char) + tracking * size
        top += int(size * 1.7)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(300, 300))
    return parse_card(card_lines(buffer.getvalue(), 0, OcrOptions()), default_region=region)


def test_a_letter_spaced_name_is_one_line_though_its_word_gaps_are_wide():
    # Tesseract reads each letter-spaced word well, but gives each as a line of its own: the
    # word gap of a spaced line is wider than two letters of plain print.
    parsed = _card(
        [
            ("Bram van der Wal", 34, 0.45),
            ("Financieel Controller", 26, 0.0),
            ("Berg Advies B.V.", 28, 0.0),
            ("Tel. 020 534 5010", 26, 0.0),
            ("bram_vanderwal@bergadvies.nl", 26, 0.0),
        ],
        region="NL",
    )
    assert parsed.contact.name.full == "Bram van der Wal"
    assert parsed.contact.emails == ["bram_vanderwal@bergadvies.nl"]


def _word(text: str, left: int, width: int, height: int, top: int = 394) -> Word:
    return Word(text, 0.9, left, top, width, height)


def test_a_company_and_the_small_phone_row_beside_it_are_two_lines():
    # Blind seed 1 scan 128 as Tesseract joined them: "Martin et Fils SARL" 34 px high, then
    # the phone column's row 19 px high on the same height. One line, the numbers were the
    # company's and the whole line was doubted and read again as one.
    words = [
        _word("Martin", 64, 143, 35), _word("et", 226, 43, 33), _word("Fils", 289, 73, 35),
        _word("SARL", 381, 114, 34), _word("™:", 516, 23, 19), _word("|", 552, 2, 26),
        _word("°7.3469.71.12", 565, 176, 19), _word("01.77.32.35.07", 766, 176, 19),
    ]  # fmt: skip
    parts = text_lines._split_columns(Line(words))
    assert [part.text for part in parts] == [
        "Martin et Fils SARL",
        "™: | °7.3469.71.12 01.77.32.35.07",
    ]
    # Small print after large that holds no number, or large print that holds digits, stay.
    name = [_word("Anna", 64, 100, 34), _word("Weber", 180, 130, 34), _word("MBA", 330, 60, 20)]
    assert len(text_lines._split_columns(Line(name))) == 1
    street = [_word("Hauptstr.", 64, 200, 34), _word("12", 280, 40, 34),
              _word("0711", 340, 60, 20), _word("2594080", 410, 120, 20)]  # fmt: skip
    assert len(text_lines._split_columns(Line(street))) == 1
