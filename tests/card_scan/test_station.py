"""The watch-folder station: claim by rename, done/ and failed/, nothing lost when stopped."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time

from contactkit.model import Checkpoint, Observation, RecordError, ReviewItem
from contactkit_plugins.card_scan import CardScanConfig, CardScanSource
from contactkit_plugins.card_scan.station import Station


def source(context, inbox, **options):
    config = CardScanConfig(watch=inbox, station="desk1", settle_seconds=0, workers=1, **options)
    return CardScanSource(config, context)


def test_files_move_to_done_or_failed_with_a_reason(card_files, context, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _, path = card_files[1]
    shutil.copy(path, inbox / "a.png")
    (inbox / "b.png").write_text("not an image")
    (inbox / "c.png.part").write_bytes(path.read_bytes())  # still arriving: left alone
    items = list(source(context, inbox).read({}))
    assert sum(isinstance(i, Observation | ReviewItem) for i in items) == 1
    assert [i.record_key for i in items if isinstance(i, RecordError)] == [
        str(inbox / "processing" / "desk1" / "b.png")
    ]
    assert sorted(p.name for p in (inbox / "done").iterdir()) == ["a.png"]
    assert sorted(p.name for p in (inbox / "failed").iterdir()) == ["b.png", "b.png.reason.txt"]
    reason = (inbox / "failed" / "b.png.reason.txt").read_text()
    assert reason.startswith("not an image") and reason.count("\n") == 1
    assert list((inbox / "processing" / "desk1").iterdir()) == []
    assert (inbox / "c.png.part").exists()


def test_stopped_mid_card_the_file_stays_claimed_and_is_taken_up_next_start(
    card_files, context, tmp_path
):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _, path = card_files[3]
    shutil.copy(path, inbox / "card.png")
    reading = source(context, inbox).read({})
    first = next(reading)  # the card is read; the host has not stored it yet
    assert isinstance(first, Observation | ReviewItem)
    reading.close()  # the station stops here (Ctrl-C, power cut)
    claimed = inbox / "processing" / "desk1" / "card.png"
    assert claimed.exists() and not (inbox / "card.png").exists()
    assert not (inbox / "done").joinpath("card.png").exists()

    items = list(source(context, inbox).read({}))
    again = [i for i in items if isinstance(i, Observation | ReviewItem)]
    assert [i.source_key for i in again] == [first.source_key]  # same card, same key
    assert (inbox / "done" / "card.png").exists() and not claimed.exists()


def test_file_leaves_only_after_its_checkpoint(card_files, context, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(card_files[1][1], inbox / "card.png")
    reading = source(context, inbox).read({})
    next(reading)
    checkpoint = next(reading)
    assert isinstance(checkpoint, Checkpoint)
    assert (inbox / "processing" / "desk1" / "card.png").exists()  # host is storing it now
    assert list(reading) == []  # resumed: the host has stored it
    assert (inbox / "done" / "card.png").exists()


def test_a_claimed_file_has_one_owner(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "x.png").write_bytes(b"x")
    one, two = Station(inbox, "one", 0), Station(inbox, "two", 0)
    one.prepare()
    two.prepare()
    assert one.claim(inbox / "x.png") is not None
    assert two.claim(inbox / "x.png") is None


def test_settle_time_skips_files_still_being_written(tmp_path):
    station = Station(tmp_path, "s", settle_seconds=60)
    (tmp_path / "fresh.png").write_bytes(b"x")
    old = tmp_path / "old.png"
    old.write_bytes(b"x")
    past = time.time() - 120
    os.utime(old, (past, past))
    assert station.pending() == [old]


def test_same_name_twice_keeps_both_files(tmp_path):
    station = Station(tmp_path, "s", 0)
    station.prepare()
    for content in (b"first", b"second"):
        (tmp_path / "scan.png").write_bytes(content)
        claimed = station.claim(tmp_path / "scan.png")
        station.finish(claimed, content.hex())
    kept = sorted(p.read_bytes() for p in (tmp_path / "done").iterdir())
    assert kept == [b"first", b"second"]


def _contactkit(*args, cwd):
    # Not "-m contactkit.cli": that imports the CLI twice (as __main__ and by the plugin).
    entry = "from contactkit.cli import main; main()"
    command = [sys.executable, "-c", entry, "--db", str(cwd / "ck.db"), *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=120)


def test_scan_command_batch_and_station_store_the_cards(card_files, tmp_path):
    _, first = card_files[1]
    spec, second = card_files[3]
    usage = _contactkit("scan", cwd=tmp_path)
    assert usage.returncode == 2 and "give card files or folders, or --watch DIR" in usage.stderr
    batch = _contactkit("scan", "--workers", "1", str(first), cwd=tmp_path)
    assert batch.returncode == 0, batch.stderr
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(second, inbox / "next.png")
    past = time.time() - 60
    os.utime(inbox / "next.png", (past, past))
    station = _contactkit("scan", "--watch", str(inbox), "--once", "--station", "s1", cwd=tmp_path)
    assert station.returncode == 0, station.stderr
    assert (inbox / "done" / "next.png").exists()
    store = sqlite3.connect(tmp_path / "ck.db")
    text = " ".join(
        str(row) for table in ("observations", "review_items") for row in _rows(store, table)
    )
    assert spec.email in text  # the second card reached the store, as a contact or for review


def _rows(store, table):
    try:
        return store.execute(f"select * from {table}").fetchall()
    except sqlite3.OperationalError:
        return []


def test_a_failed_front_takes_its_back_along(card_files, context, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "x.png").write_text("not an image")
    shutil.copy(card_files[1][1], inbox / "x_back.png")
    items = list(source(context, inbox).read({}))
    assert [type(i) for i in items] == [RecordError, Checkpoint]
    failed = sorted(p.name for p in (inbox / "failed").iterdir())
    assert failed == ["x.png", "x.png.reason.txt", "x_back.png", "x_back.png.reason.txt"]
    assert list((inbox / "processing" / "desk1").iterdir()) == []


TINY_PDF = (
    b"%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 0.2 0.2]>>endobj\ntrailer<</Root 1 0 R>>\n"
)


def test_station_fails_each_bad_file_with_a_reason_and_goes_on(card_files, tmp_path):
    from PIL import Image

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    Image.new("RGB", (1, 1), "white").save(inbox / "a_pixel.png")
    (inbox / "b_empty.png").write_bytes(b"")
    (inbox / "c_tiny.pdf").write_bytes(TINY_PDF)  # pdftoppm renders it to 1x1
    shutil.copy(card_files[1][1], inbox / "d_card.png")
    past = time.time() - 60
    for path in inbox.iterdir():
        os.utime(path, (past, past))
    run = _contactkit("scan", "--watch", str(inbox), "--once", "--station", "s1", cwd=tmp_path)
    assert run.returncode == 1, run.stderr  # some records failed; not 3 (aborted)
    assert "Traceback" not in run.stderr and "Warning" not in run.stderr
    assert [p.name for p in (inbox / "done").iterdir()] == ["d_card.png"]
    reasons = {
        p.name.removesuffix(".reason.txt"): p.read_text()
        for p in (inbox / "failed").glob("*.reason.txt")
    }
    assert reasons == {
        "a_pixel.png": "image too small to hold a card (1x1 px)\n",
        "b_empty.png": "empty file\n",
        "c_tiny.pdf": "PDF page 1: image too small to hold a card (1x1 px)\n",
    }
    assert list((inbox / "processing" / "s1").iterdir()) == []
    # one line per bad file on the terminal, naming it
    for name in reasons:
        assert sum(name in line for line in run.stderr.splitlines() + run.stdout.splitlines()) == 1


def test_an_empty_file_waits_twice_the_settle_time(tmp_path):
    station = Station(tmp_path, "s", settle_seconds=30)
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    past = time.time() - 45
    os.utime(empty, (past, past))
    assert station.pending() == []  # a scanner may have just opened it
    past = time.time() - 90
    os.utime(empty, (past, past))
    assert station.pending() == [empty]
