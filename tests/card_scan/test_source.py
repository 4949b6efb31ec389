"""The card_scan source end to end with real Tesseract on generated cards."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import cardgen
import pytest
import scoring
from PIL import Image

from contactkit.model import Checkpoint, Drop, Observation, RecordError, ReviewItem
from contactkit_plugins.card_scan import CardScanConfig, CardScanSource
from contactkit_plugins.card_scan.image_files import content_hash
from contactkit_plugins.card_scan.ocr import OcrUnavailable


def run(context, state=None, **options):
    source = CardScanSource(CardScanConfig(**{"workers": 1, **options}), context)
    return list(source.read(state or {}))


def cards_of(items):
    return [i for i in items if isinstance(i, Observation | ReviewItem)]


def observation(item):
    return item if isinstance(item, Observation) else item.observation


def test_clean_scans_read_back_the_printed_fields(card_files, context):
    items = run(context, paths=[p for _, p in card_files.values()])
    assert sum(isinstance(i, Checkpoint) for i in items) == len(card_files)
    read = cards_of(items)
    assert len(read) == len(card_files)
    tally = scoring.Tally()
    for (spec, path), item in zip(card_files.values(), read, strict=True):
        obs = observation(item)
        assert obs.source == "card_scan"
        assert obs.source_key == content_hash(path.read_bytes())
        tally.add(spec, obs.contact)
    for field in ("name", "emails", "phones", "organization", "title"):
        assert tally.recall(field) == 1.0, tally.misses
        assert tally.precision(field) == 1.0, tally.misses


def test_every_field_has_a_confidence_and_uncertain_ones_go_to_review(card_files, context):
    spec, path = card_files[1]
    confident = cards_of(run(context, paths=[path], review_below=0.5))
    assert isinstance(confident[0], Observation)
    assert set(confident[0].confidence) >= {"name", "emails", "phones", "organization"}
    doubtful = cards_of(run(context, paths=[path], review_below=0.999))
    item = doubtful[0]
    assert isinstance(item, ReviewItem) and item.kind == "fields"
    assert item.uncertain and set(item.uncertain) <= set(item.observation.confidence)
    assert all(item.observation.confidence[f] < 0.999 for f in item.uncertain)
    assert spec.family in item.title


def test_a_stricter_review_threshold_in_settings_applies_unless_the_plugin_overrides(card_files):
    from contactkit.plugin import Settings
    from contactkit.testing import standalone_context

    _, path = card_files[1]
    strict = standalone_context(Settings(review_below=0.999))
    assert isinstance(cards_of(run(strict, paths=[path]))[0], ReviewItem)
    assert isinstance(cards_of(run(strict, paths=[path], review_below=0.1))[0], Observation)


def test_same_bytes_same_key_and_a_second_run_reads_nothing(card_files, context, tmp_path):
    _, path = card_files[3]
    copy = tmp_path / "renamed.png"
    shutil.copy(path, copy)
    first = run(context, paths=[path])
    key = cards_of(first)[0].source_key
    state = [i for i in first if isinstance(i, Checkpoint)][-1].state
    assert state == {"done": [key]}
    again = run(context, state, paths=[copy])
    assert [type(i) for i in again] == [Drop, Checkpoint]
    assert again[0].reason == "already scanned"
    rescanned = cards_of(run(context, state, paths=[copy], rescan=True))
    assert rescanned[0].source_key == key


def test_bad_files_are_record_errors_and_the_run_goes_on(card_files, context, tmp_path):
    _, good = card_files[1]
    (tmp_path / "notes.png").write_text("not an image")
    data = good.read_bytes()
    (tmp_path / "cut.png").write_bytes(data[: len(data) // 3])
    (tmp_path / "big.png").write_bytes(b"\0" * 2_000_000)
    shutil.copy(good, tmp_path / "z_good.png")
    items = run(context, paths=[tmp_path], max_file_mb=1)
    errors = {Path(e.record_key).name: e.reason for e in items if isinstance(e, RecordError)}
    assert errors["notes.png"].startswith("not an image")
    assert errors["cut.png"].startswith("truncated or damaged image")
    assert errors["big.png"] == "file too large (1.9 MB > 1 MB)"
    assert all("\n" not in r for r in errors.values())
    assert len(cards_of(items)) == 1


def test_missing_tesseract_says_how_to_install(card_files, context):
    _, path = card_files[1]
    with pytest.raises(OcrUnavailable, match="apt-get install tesseract-ocr"):
        run(context, paths=[path], engine="tesseract", tesseract_cmd="/nonexistent/tesseract")


def test_missing_language_data_says_how_to_install(card_files, context, monkeypatch, tmp_path):
    from contactkit_plugins.card_scan import ocr

    _, path = card_files[1]
    monkeypatch.setattr(ocr.glob, "glob", lambda pattern: [])  # no traineddata anywhere
    ocr.tessdata_dir.cache_clear()
    try:
        with pytest.raises(OcrUnavailable, match="apt-get install tesseract-ocr"):
            run(context, paths=[path], tesseract_cmd="/nonexistent/tesseract")
    finally:
        ocr.tessdata_dir.cache_clear()


def test_missing_second_reader_says_how_to_install_or_switch_off(card_files, context, monkeypatch):
    import sys

    _, path = card_files[1]
    monkeypatch.setitem(sys.modules, "rapidocr_onnxruntime", None)  # as if not installed
    with pytest.raises(OcrUnavailable, match=r"pip install rapidocr-onnxruntime.*second_reader"):
        run(context, paths=[path])
    # Switched off, the card is read by Tesseract alone.
    assert len(cards_of(run(context, paths=[path], second_reader=False))) == 1


def test_missing_language_says_which_package(card_files, context):
    _, path = card_files[1]
    with pytest.raises(OcrUnavailable, match="tesseract-ocr-xyz"):
        run(context, paths=[path], languages=["eng", "xyz"])


def test_back_of_a_card_is_paired_with_its_front(context, tmp_path):
    spec = cardgen.make_spec(3)
    front = cardgen.render(spec)
    back = Image.new("RGB", front.size, "white")
    from PIL import ImageDraw, ImageFont

    font = ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans.ttf", 32)
    ImageDraw.Draw(back).text((60, 250), "Mobile: +49 171 2345678", font=font, fill="black")
    front.save(tmp_path / "card7.png", dpi=(300, 300))
    back.save(tmp_path / "card7_back.png", dpi=(300, 300))
    items = cards_of(run(context, paths=[tmp_path]))
    assert len(items) == 1  # one card, not two
    contact = observation(items[0]).contact
    e164s = {p.e164 for p in contact.phones}
    assert "+491712345678" in e164s and spec.phone_e164().keys() <= e164s
    assert contact.name.full == spec.name


def test_multipage_tiff_is_one_card_per_page(context, tmp_path):
    specs = [cardgen.make_spec(s) for s in (1, 3)]
    cards = [cardgen.render(s) for s in specs]
    buf = io.BytesIO()
    cards[0].save(buf, "TIFF", save_all=True, append_images=cards[1:], dpi=(300, 300))
    (tmp_path / "stack.tif").write_bytes(buf.getvalue())
    items = cards_of(run(context, paths=[tmp_path / "stack.tif"]))
    assert [observation(i).contact.emails for i in items] == [[s.email] for s in specs]
    assert {i.source_key.rsplit(":", 1)[1] for i in items} == {"1", "2"}


def test_parallel_workers_give_the_same_cards(card_files, context):
    paths = [p for _, p in card_files.values()][:2]
    serial = [observation(i) for i in cards_of(run(context, paths=paths, workers=1))]
    parallel = [observation(i) for i in cards_of(run(context, paths=paths, workers=2))]
    assert [o.source_key for o in serial] == [o.source_key for o in parallel]
    assert [o.content_hash() for o in serial] == [o.content_hash() for o in parallel]


def test_a_card_in_review_names_its_image_and_the_terminal_shows_it(card_files, tmp_path):
    from click.testing import CliRunner

    from contactkit.cli import cli
    from contactkit.plugin import Settings
    from contactkit.store import Store
    from contactkit.testing import standalone_context

    _, path = card_files[1]
    strict = standalone_context(Settings(review_below=0.999))
    item = cards_of(run(strict, paths=[path]))[0]
    assert isinstance(item, ReviewItem) and item.file == str(path.resolve())
    db = tmp_path / "ck.db"
    store = Store(f"sqlite:///{db}")
    store.write_batch(run_id=None, source="card_scan", source_type="card_scan", items=[item],
                      state=None)  # fmt: skip
    result = CliRunner().invoke(cli, ["--db", str(db), "review"], input="a\n")
    assert result.exit_code == 0, result.output
    assert f"image: {path.resolve()}" in result.output.replace("\n", "")
    assert "[o]pen the image" in result.output


@pytest.mark.parametrize(("turn", "tag"), [(90, 3), (180, 1), (270, 6)])
def test_a_turned_card_is_read_upright_whatever_its_exif_tag(context, tmp_path, turn, tag):
    spec = cardgen.make_spec(1)
    image = cardgen.render(spec).rotate(turn, expand=True)
    exif = Image.Exif()
    exif[0x0112] = tag  # 1 says "upright"; 3 and 6 are plainly wrong here
    path = tmp_path / "turned.jpg"
    image.save(path, "JPEG", quality=92, exif=exif, dpi=(300, 300))
    contact = observation(cards_of(run(context, paths=[path]))[0]).contact
    assert contact.emails == [spec.email]
    assert contact.name.full == spec.name
