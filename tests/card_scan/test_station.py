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
