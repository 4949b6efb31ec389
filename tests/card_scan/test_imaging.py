"""Reading untrusted files and the pre-processing steps, on generated images."""

from __future__ import annotations

import io
import random

import cardgen
import pytest
from PIL import Image, ImageDraw, ImageFont

from contactkit_plugins.card_scan import image_files, imaging
from contactkit_plugins.card_scan.image_files import CardImageError, load_page, load_pages


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
    from contactkit_plugins.card_scan import ocr
    from contactkit_plugins.card_scan.ocr import Line, Word

    first = Line([Word("OLIVER", 0.9, 237, 100, 261, 45)])
    second = Line([Word("SCHNEIDER", 0.9, 540, 98, 402, 46)])
    column = Line([Word("info@acme.de", 0.9, 1400, 100, 300, 45)])  # another column: apart

    joined = ocr._join_neighbours([second, column, first])
    assert [line.text for line in joined] == ["OLIVER SCHNEIDER", "info@acme.de"]
